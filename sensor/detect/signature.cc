#include "detect/signature.h"

namespace tapwatch {

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
