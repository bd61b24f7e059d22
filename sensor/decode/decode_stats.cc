#include "decode/decode_stats.h"

namespace tapwatch {

namespace {

#define TAPWATCH_X(name, text) std::string_view{text},
constexpr std::array<std::string_view, kDecodeErrorCount> kErrorNames{TAPWATCH_DECODE_ERRORS(TAPWATCH_X)};
constexpr std::array<std::string_view, kSkipReasonCount> kSkipNames{TAPWATCH_DECODE_SKIPS(TAPWATCH_X)};
constexpr std::array<std::string_view, kTunnelTypeCount> kTunnelNames{TAPWATCH_DECODE_TUNNELS(TAPWATCH_X)};
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

std::string_view tunnelTypeName(TunnelType type) {
  auto i = static_cast<size_t>(type);
  return i < kTunnelNames.size() ? kTunnelNames[i] : std::string_view{"unknown"};
}

uint64_t DecodeStats::totalErrors() const {
  uint64_t total = 0;
  for (const Counter& c : errors) total += c.value();
  return total;
}

namespace {
TAPWATCH_DEFINE_STATS_VISITOR(visitDecodeCounters, DecodeStats, TAPWATCH_DECODE_STATS)
TAPWATCH_DEFINE_STATS_VISITOR(visitDefragStats, DefragStats, TAPWATCH_DEFRAG_STATS)
}  // namespace

void visitDecodeStats(const DecodeStats& stats, const StatsVisitor& visit) {
  visitDecodeCounters(stats, visit);
  visitDefragStats(stats.defrag, visit);
}

}  // namespace tapwatch
