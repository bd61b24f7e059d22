#include "detect/signature.h"

namespace tapwatch {

int hitScore(const Signature& sig, PatternMask matched) {
  return sig.condition.hasScore() ? sig.condition.score(matched) : -1;
}

std::vector<std::string> hitIndicators(const Signature& sig, PatternMask matched) {
  std::vector<std::string> ids;
  const PatternMask own = matched & PatternMask::firstN(sig.patterns.size());  // `~matched` has bits beyond them
  ids.reserve(own.count());
  own.forEach([&](size_t i) {
    if (!sig.patterns[i].id.empty()) {
      ids.push_back(sig.patterns[i].id);
      return;
    }
    // Appended, not "#" + std::string: GCC 12 -O3 warns (-Wrestrict) on that form.
    std::string unnamed = "#";
    unnamed.append(std::to_string(i + 1));
    ids.push_back(std::move(unnamed));
  });
  return ids;
}

std::string_view severityName(uint8_t severity) {
  switch (severity) {
    case 1: return "high";
    case 2: return "medium";
    case 3: return "low";
    case 4: return "info";
    default: return "?";
  }
}

std::string_view thresholdTrackName(ThresholdTrack track) {
  switch (track) {
    case ThresholdTrack::BySrc: return "by_src";
    case ThresholdTrack::ByDst: return "by_dst";
    case ThresholdTrack::ByBoth: return "by_both";
    case ThresholdTrack::ByRule: return "by_rule";
    case ThresholdTrack::ByFlow: return "by_flow";
  }
  return "?";
}

}  // namespace tapwatch
