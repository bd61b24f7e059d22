#include "decode/decode_stats.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

namespace tapwatch {
namespace {

bool isSnakeCase(std::string_view s) {
  if (s.empty() || s.front() == '_' || s.back() == '_') return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

TEST(DecodeStats, ErrorNamesAreUniqueSnakeCase) {
  std::set<std::string_view> seen;
  for (size_t i = 0; i < kDecodeErrorCount; ++i) {
    std::string_view name = decodeErrorName(static_cast<DecodeError>(i));
    EXPECT_TRUE(isSnakeCase(name)) << name;
    EXPECT_TRUE(seen.insert(name).second) << "duplicate " << name;
  }
  EXPECT_EQ(decodeErrorName(DecodeError::TruncatedEthernet), "truncated_ethernet");
  EXPECT_EQ(decodeErrorName(DecodeError::Ipv6ExtHeaderLoop), "ipv6_ext_header_loop");
  EXPECT_EQ(decodeErrorName(DecodeError::BadUdpLength), "bad_udp_length");
  EXPECT_EQ(decodeErrorName(static_cast<DecodeError>(kDecodeErrorCount)), "unknown");
}

TEST(DecodeStats, SkipNames) {
  EXPECT_EQ(skipReasonName(SkipReason::Arp), "arp");
  EXPECT_EQ(skipReasonName(SkipReason::Llc), "llc");
  EXPECT_EQ(skipReasonName(SkipReason::NonIp), "non_ip");
}

TEST(DecodeStats, VisitorReportsEveryCounterWithItsValue) {
  DecodeStats stats;
  stats.count(DecodeError::TruncatedVlan);
  stats.count(DecodeError::TruncatedVlan);
  stats.count(SkipReason::Arp);
  stats.count(TunnelType::Vxlan);
  stats.defrag.memcap_drops.add(5);
  stats.defrag.reassembled.add(3);
  stats.defrag.memory_bytes.set(4096);

  std::map<std::pair<std::string, std::string>, uint64_t> seen;
  visitDecodeStats(stats, [&](const MetricInfo& metric, std::string_view label, uint64_t value) {
    const std::string_view name = metric.name;
    EXPECT_TRUE(name.starts_with("tapwatch_")) << name;
    EXPECT_TRUE(seen.emplace(std::pair{std::string(name), std::string(label)}, value).second)
        << "series visited twice: " << name << "{" << label << "}";
  });

  size_t error_series = 0;
  for (const auto& [key, value] : seen)
    if (key.first == "tapwatch_decode_errors_total") ++error_series;
  EXPECT_EQ(error_series, kDecodeErrorCount);
  EXPECT_EQ((seen[{"tapwatch_decode_errors_total", "truncated_vlan"}]), 2u);
  EXPECT_EQ((seen[{"tapwatch_decode_errors_total", "truncated_ethernet"}]), 0u);
  EXPECT_EQ((seen[{"tapwatch_decode_skipped_total", "arp"}]), 1u);
  EXPECT_EQ((seen[{"tapwatch_decode_tunnels_total", "vxlan"}]), 1u);
  EXPECT_EQ((seen[{"tapwatch_decode_tunnels_total", "gre"}]), 0u);
  EXPECT_EQ((seen[{"tapwatch_memcap_drops_total", "defrag"}]), 5u);
  EXPECT_EQ((seen[{"tapwatch_defrag_reassembled_total", ""}]), 3u);
  EXPECT_EQ((seen[{"tapwatch_defrag_memory_bytes", ""}]), 4096u);
  EXPECT_EQ(stats.totalErrors(), 2u);
}

}  // namespace
}  // namespace tapwatch
