// kind: ip lists: parsing (file:line:col errors), IPv4/IPv6 CIDR ranges,
// duplicates and overlaps within and across lists, the ends of the address
// space, a 1M-entry build, and the fields they apply to.
#include "detect/ip_list.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "detect/ioc_list.h"
#include "detect_test_util.h"
#include "temp_dir.h"

namespace tapwatch {
namespace {

IpPrefix prefix(const std::string& text) {
  IpPrefix p;
  std::string why;
  size_t col = 0;
  EXPECT_TRUE(parseIpPrefix(text, p, why, col)) << text << ": " << why;
  return p;
}

// Which of the refs (by pattern index) cover `address`.
std::vector<int> covering(const IpMatcher& m, const std::string& address) {
  IpValue v;
  EXPECT_TRUE(parseIpValue(address, v)) << address;
  std::vector<int> out;
  m.lookup(v, [&](PatternRef ref) { out.push_back(ref.pattern); });
  std::sort(out.begin(), out.end());
  return out;
}

using V = std::vector<int>;

TEST(IpPrefixParse, AddressesPrefixesAndErrors) {
  const IpPrefix p = prefix("192.0.2.77/24");
  EXPECT_EQ(p.bits, 24);
  EXPECT_EQ(p.addr[3], 0);  // host bits cleared
  EXPECT_FALSE(p.v6);
  EXPECT_EQ(prefix("2001:db8::1").bits, 128);
  EXPECT_TRUE(prefix("::/0").v6);
  for (const auto& [bad, col] : std::vector<std::pair<std::string, size_t>>{{"10.0.0.1/33", 10},
                                                                            {"2001:db8::/129", 12},
                                                                            {"10.0.0.1/", 10},
                                                                            {"10.0.0.1/x", 10},
                                                                            {"10.0.0", 1},
                                                                            {"scam.example", 1},
                                                                            {"10.0.0.1/2/3", 10}}) {
    IpPrefix out;
    std::string why;
    size_t c = 0;
    EXPECT_FALSE(parseIpPrefix(bad, out, why, c)) << bad;
    EXPECT_EQ(c, col) << bad;
    EXPECT_FALSE(why.empty());
  }
}

TEST(IpMatcher, V4AndV6PrefixesWithBoundaries) {
  IpMatcher m;
  m.add(prefix("198.51.100.0/24"), {0, 0});
  m.add(prefix("203.0.113.5"), {0, 0});
  m.add(prefix("2001:db8:5ca::/48"), {0, 0});
  m.build();
  EXPECT_EQ(covering(m, "198.51.100.0"), V{0});
  EXPECT_EQ(covering(m, "198.51.100.255"), V{0});
  EXPECT_EQ(covering(m, "198.51.101.0"), V{});
  EXPECT_EQ(covering(m, "198.51.99.255"), V{});
  EXPECT_EQ(covering(m, "203.0.113.5"), V{0});
  EXPECT_EQ(covering(m, "203.0.113.6"), V{});
  EXPECT_EQ(covering(m, "2001:db8:5ca:ffff:ffff:ffff:ffff:ffff"), V{0});
  EXPECT_EQ(covering(m, "2001:db8:5cb::"), V{});
  EXPECT_EQ(covering(m, " 2001:db8:5ca::1\t"), V{0});  // blanks around a value are not part of it
  // An IPv4 list never matches the IPv6 form of the same bytes, and vice versa.
  EXPECT_EQ(covering(m, "::ffff:198.51.100.1"), V{});
}

TEST(IpMatcher, DuplicatesAndOverlapsCollapseWithinAList) {
  IpMatcher m;
  for (const char* p : {"10.0.0.0/8", "10.1.2.3", "10.1.0.0/16", "10.0.0.0/8", "11.0.0.0/8", "12.1.0.0/16"})
    m.add(prefix(p), {0, 0});
  m.build();
  EXPECT_EQ(m.ranges(), 2u);  // 10/8 + 11/8 adjacent: one range; 12.1/16 another
  EXPECT_EQ(covering(m, "10.1.2.3"), V{0});
  EXPECT_EQ(covering(m, "11.255.255.255"), V{0});
  EXPECT_EQ(covering(m, "12.0.255.255"), V{});
  EXPECT_EQ(covering(m, "12.1.255.255"), V{0});
}

TEST(IpMatcher, OverlapsAcrossListsReportEveryList) {
  IpMatcher m;
  m.add(prefix("10.0.0.0/8"), {0, 0});
  m.add(prefix("10.1.0.0/16"), {0, 1});
  m.add(prefix("10.1.2.3"), {0, 2});
  m.add(prefix("2001:db8::/32"), {0, 0});
  m.add(prefix("2001:db8::/32"), {0, 1});
  m.build();
  EXPECT_EQ(covering(m, "10.9.9.9"), V{0});
  EXPECT_EQ(covering(m, "10.1.9.9"), (V{0, 1}));
  EXPECT_EQ(covering(m, "10.1.2.3"), (V{0, 1, 2}));
  EXPECT_EQ(covering(m, "10.1.2.4"), (V{0, 1}));
  EXPECT_EQ(covering(m, "10.2.0.0"), V{0});
  EXPECT_EQ(covering(m, "2001:db8:1::1"), (V{0, 1}));
}

TEST(IpMatcher, EndsOfTheAddressSpace) {
  IpMatcher m;
  m.add(prefix("255.255.255.255"), {0, 0});
  m.add(prefix("0.0.0.0"), {0, 1});
  m.add(prefix("ffff::/16"), {0, 0});
  m.add(prefix("::/0"), {0, 1});
  m.build();
  EXPECT_EQ(covering(m, "255.255.255.255"), V{0});
  EXPECT_EQ(covering(m, "255.255.255.254"), V{});
  EXPECT_EQ(covering(m, "0.0.0.0"), V{1});
  EXPECT_EQ(covering(m, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), (V{0, 1}));
  EXPECT_EQ(covering(m, "::1"), V{1});
  IpMatcher all;
  all.add(prefix("0.0.0.0/0"), {0, 0});
  all.build();
  EXPECT_EQ(covering(all, "255.255.255.255"), V{0});
  EXPECT_EQ(covering(all, "1.2.3.4"), V{0});
}

// Random v4 /32s and prefixes checked against a brute-force scan of the entries.
TEST(IpMatcher, AgreesWithBruteForceOnRandomLists) {
  std::mt19937 rng(42);
  std::vector<std::pair<uint32_t, uint32_t>> ranges;  // lo, hi
  IpMatcher m;
  for (int i = 0; i < 3000; ++i) {
    const uint32_t bits = 8 + rng() % 25;
    const uint32_t addr = (rng() & 0x0FFFFFFF) | 0x0A000000u;  // inside 10/8 and 11/8 .. so overlaps happen
    IpPrefix p;
    p.bits = static_cast<uint8_t>(bits);
    const uint32_t mask = bits == 0 ? 0 : ~uint32_t{0} << (32 - bits);
    const uint32_t lo = addr & mask;
    for (int b = 0; b < 4; ++b) p.addr[static_cast<size_t>(b)] = static_cast<uint8_t>(lo >> (24 - 8 * b));
    m.add(p, {0, 0});
    ranges.emplace_back(lo, lo | ~mask);
  }
  m.build();
  for (int i = 0; i < 20000; ++i) {
    const uint32_t a = (rng() & 0x0FFFFFFF) | 0x0A000000u;
    const bool want = std::any_of(ranges.begin(), ranges.end(), [&](auto r) { return a >= r.first && a <= r.second; });
    const std::string text = std::to_string(a >> 24) + "." + std::to_string((a >> 16) & 255) + "." +
                             std::to_string((a >> 8) & 255) + "." + std::to_string(a & 255);
    ASSERT_EQ(!covering(m, text).empty(), want) << text;
  }
}

// 1M entries (half IPv4 /32s, half IPv6 /64s) build within the stated budget.
TEST(IpMatcher, MillionEntriesBuildWithinBudget) {
  IpMatcher m;
  std::mt19937 rng(7);
  for (uint32_t i = 0; i < 1'000'000; ++i) {
    IpPrefix p;
    const uint32_t r = rng();
    if (i % 2 == 0) {
      p.bits = 32;
      for (int b = 0; b < 4; ++b) p.addr[static_cast<size_t>(b)] = static_cast<uint8_t>(r >> (8 * b));
    } else {
      p.v6 = true;
      p.bits = 64;
      p.addr[0] = 0x20;
      p.addr[1] = 0x01;
      for (int b = 0; b < 4; ++b) p.addr[static_cast<size_t>(4 + b)] = static_cast<uint8_t>(r >> (8 * b));
    }
    m.add(p, {0, 0});
  }
  m.build();
  EXPECT_GT(m.ranges(), 900'000u);
  // 500k v4 ranges x 12 B + 500k v6 ranges x 36 B + 256 KiB index = ~24.3 MB.
  EXPECT_LT(m.memoryBytes(), 32u << 20);
}

class IpListFields : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("ips.txt", "# feed\n198.51.100.0/24\n\n2001:db8:5ca::/48   # v6 block\n198.51.100.9\n");
    const std::string yaml = dir_.write("pack.yaml", R"(signatures:
  - id: 1
    name: ip list
    fields: [ip.src, ip.dst, dns.answer, smtp.url]
    patterns:
      - {list: ips.txt, kind: ip}
)");
    auto set = DetectionSet::load({yaml}, DetectOptions{});
    ASSERT_TRUE(set.ok()) << set.error().describe();
    set_ = *set;
    scratch_.prepare(*set_);
  }
  size_t hits(Field field, const std::string& value) {
    test::RecordingSink sink;
    ScopeScan scan(set_, fieldInfo(field).scope);
    scan.scan(scratch_, field, 0, asBytes(value), true, sink);
    scan.close(scratch_, sink);
    return sink.hits.size();
  }
  test::TempDir dir_;
  std::shared_ptr<const DetectionSet> set_;
  DetectStats stats_;
  ScanScratch scratch_{stats_};
};

TEST_F(IpListFields, MatchesWholeAddressValuesOnly) {
  EXPECT_EQ(hits(Field::IpSrc, "198.51.100.7"), 1u);
  EXPECT_EQ(hits(Field::IpDst, "2001:db8:5ca::80"), 1u);
  EXPECT_EQ(hits(Field::IpDst, "198.51.101.7"), 0u);
  EXPECT_EQ(hits(Field::DnsAnswer, "198.51.100.200"), 1u);
  EXPECT_EQ(hits(Field::DnsAnswer, "scam.example"), 0u);  // a name is not an address
  EXPECT_EQ(hits(Field::SmtpUrl, "http://198.51.100.3:8080/pay"), 1u);
  EXPECT_EQ(hits(Field::SmtpUrl, "http://[2001:db8:5ca::1]/pay"), 1u);
  EXPECT_EQ(hits(Field::SmtpUrl, "http://ok.example/?ip=198.51.100.3"), 0u);
  EXPECT_EQ(set_->database(Field::IpSrc).ips, set_->database(Field::DnsAnswer).ips);  // one matcher, shared
}

TEST(IpListFile, ErrorsNameFileLineAndColumn) {
  test::TempDir dir;
  const std::string path = dir.write("bad.txt", "10.0.0.1\n  192.0.2.0/40\n");
  auto r = loadIpList(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where.line, 2u);
  EXPECT_EQ(r.error().where.column, 13u);
  EXPECT_NE(r.error().message.find("prefix length"), std::string::npos);
}

TEST(IpListFile, StreamedFieldsAreRefused) {
  test::TempDir dir;
  dir.write("ips.txt", "192.0.2.1\n");
  const std::string yaml = dir.write("pack.yaml", R"(signatures:
  - id: 1
    name: ip on stream
    fields: [stream]
    patterns:
      - {list: ips.txt, kind: ip}
)");
  auto set = DetectionSet::load({yaml}, DetectOptions{});
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.error().message.find("whole-value"), std::string::npos) << set.error().message;
}

}  // namespace
}  // namespace tapwatch
