#include "decode/decode_stats.h"

namespace tapwatch {

namespace {

#define TAPWATCH_X(name, text) std::string_view{text},
constexpr std::array<std::string_view, kDecodeErrorCount> kErrorNames{TAPWATCH_DECODE_ERRORS(TAPWATCH_X)};
constexpr std::array<std::string_view, kSkipReasonCount> kSkipNames{TAPWATCH_DECODE_SKIPS(TAPWATCH_X)};
#undef TAPWATCH_X

}  // namespace

std::string_view decodeErrorName(DecodeError error) {
  auto i = static_cast<size_t>(error);
  return i < kErrorNames.size() ? kErrorNames[i] : std::string_view{"unknown"};
}

std::string_view skipReasonName(SkipReason reason) {
  auto i = static_cast<size_t>(reason);
  return i < kSkipNames.size() ? kSkipNames[i] : std::string_view{"unknown"};
}

uint64_t DecodeStats::totalErrors() const {
  uint64_t total = 0;
  for (const Counter& c : errors) total += c.value();
  return total;
}

void visitDecodeStats(const DecodeStats& stats, const CounterVisitor& visit) {
  for (size_t i = 0; i < kDecodeErrorCount; ++i)
    visit("tapwatch_decode_errors_total", kErrorNames[i], stats.errors[i].value());
  for (size_t i = 0; i < kSkipReasonCount; ++i)
    visit("tapwatch_decode_skipped_total", kSkipNames[i], stats.skipped[i].value());

  const DefragStats& d = stats.defrag;
  visit("tapwatch_memcap_drops_total", "defrag", d.memcap_drops.value());
  visit("tapwatch_defrag_fragments_total", "", d.fragments.value());
  visit("tapwatch_defrag_reassembled_total", "", d.reassembled.value());
  visit("tapwatch_defrag_timeouts_total", "", d.timeouts.value());
  visit("tapwatch_defrag_overlaps_total", "", d.overlaps.value());
  visit("tapwatch_defrag_overlap_mismatches_total", "", d.overlap_mismatches.value());
  visit("tapwatch_defrag_too_many_fragments_total", "", d.too_many_fragments.value());
  visit("tapwatch_defrag_datagrams_active", "", d.datagrams_active.value());
  visit("tapwatch_defrag_memory_bytes", "", d.memory_bytes.value());
}

}  // namespace tapwatch
