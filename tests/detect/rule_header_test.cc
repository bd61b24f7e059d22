#include "detect/rule_header.h"

#include <gtest/gtest.h>

namespace tapwatch {
namespace {

IpAddress ip(const char* text) { return *IpAddress::parse(text); }

const RuleVarMap& vars() {
  static const RuleVarMap v = ruleVarsWithDefaults({{"HOME_NET", "[127.0.0.0/8,!127.0.0.99]"}});
  return v;
}

TEST(RuleHeader, AddressesCidrListsAndNegation) {
  auto any = parseAddressExpr("any", vars());
  ASSERT_TRUE(any.ok());
  EXPECT_TRUE(any->matches(ip("::1")));

  auto cidr = parseAddressExpr("127.0.0.0/24", vars());
  ASSERT_TRUE(cidr.ok());
  EXPECT_TRUE(cidr->matches(ip("127.0.0.200")));
  EXPECT_FALSE(cidr->matches(ip("127.0.1.1")));
  EXPECT_FALSE(cidr->matches(ip("::1")));  // other family

  auto list = parseAddressExpr("[127.0.0.0/8,![127.0.0.5,127.0.0.6]]", vars());
  ASSERT_TRUE(list.ok()) << list.error().message;
  EXPECT_TRUE(list->matches(ip("127.0.0.4")));
  EXPECT_FALSE(list->matches(ip("127.0.0.5")));
  EXPECT_FALSE(list->matches(ip("10.0.0.1")));

  auto v6 = parseAddressExpr("!::1/128", vars());
  ASSERT_TRUE(v6.ok());
  EXPECT_FALSE(v6->matches(ip("::1")));
  EXPECT_TRUE(v6->matches(ip("::2")));

  auto only_negative = parseAddressExpr("[!127.0.0.1]", vars());
  ASSERT_TRUE(only_negative.ok());
  EXPECT_TRUE(only_negative->matches(ip("127.0.0.2")));  // no positive item: everything but the negated
  EXPECT_FALSE(only_negative->matches(ip("127.0.0.1")));
}

TEST(RuleHeader, VariablesResolveWithSuricataDefaults) {
  auto home = parseAddressExpr("$HOME_NET", vars());
  ASSERT_TRUE(home.ok());
  EXPECT_TRUE(home->matches(ip("127.0.0.1")));
  EXPECT_FALSE(home->matches(ip("127.0.0.99")));
  auto external = parseAddressExpr("$EXTERNAL_NET", vars());  // default "!$HOME_NET"
  ASSERT_TRUE(external.ok());
  EXPECT_FALSE(external->matches(ip("127.0.0.1")));
  EXPECT_TRUE(external->matches(ip("127.0.0.99")));
  auto servers = parseAddressExpr("$HTTP_SERVERS", vars());  // default "$HOME_NET"
  ASSERT_TRUE(servers.ok());
  EXPECT_TRUE(servers->matches(ip("127.0.0.1")));

  auto unknown = parseAddressExpr("$NO_SUCH", vars());
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("$NO_SUCH"), std::string::npos);

  auto cycle = parseAddressExpr("$A", RuleVarMap{{"A", "$B"}, {"B", "$A"}});
  EXPECT_FALSE(cycle.ok());
}

TEST(RuleHeader, PortsRangesListsAndNegation) {
  auto range = parsePortExpr("1024:", vars());
  ASSERT_TRUE(range.ok());
  EXPECT_TRUE(range->matches(1024));
  EXPECT_TRUE(range->matches(65535));
  EXPECT_FALSE(range->matches(1023));

  auto upto = parsePortExpr(":80", vars());
  ASSERT_TRUE(upto.ok());
  EXPECT_TRUE(upto->matches(0));
  EXPECT_FALSE(upto->matches(81));

  auto list = parsePortExpr("[80,8000:8100,!8080]", vars());
  ASSERT_TRUE(list.ok());
  EXPECT_TRUE(list->matches(80));
  EXPECT_TRUE(list->matches(8001));
  EXPECT_FALSE(list->matches(8080));
  EXPECT_FALSE(list->matches(443));

  auto shellcode = parsePortExpr("$SHELLCODE_PORTS", vars());  // "!80"
  ASSERT_TRUE(shellcode.ok());
  EXPECT_FALSE(shellcode->matches(80));
  EXPECT_TRUE(shellcode->matches(81));

  auto file_data = parsePortExpr("$FILE_DATA_PORTS", vars());  // [$HTTP_PORTS,110,143]
  ASSERT_TRUE(file_data.ok());
  EXPECT_TRUE(file_data->matches(80));
  EXPECT_TRUE(file_data->matches(143));

  EXPECT_FALSE(parsePortExpr("70000", vars()).ok());
  EXPECT_FALSE(parsePortExpr("90:80", vars()).ok());
  EXPECT_FALSE(parsePortExpr("[80", vars()).ok());
}

TEST(RuleHeader, DirectionFixesTheSourceUnlessBidirectional) {
  RuleHeader h;
  h.src_addr = *parseAddressExpr("127.0.0.1", vars());
  h.dst_port = *parsePortExpr("80", vars());
  EXPECT_TRUE(h.matches(ip("127.0.0.1"), 40000, ip("127.0.0.2"), 80));
  EXPECT_FALSE(h.matches(ip("127.0.0.2"), 80, ip("127.0.0.1"), 40000));  // the reply: source is the server
  h.bidirectional = true;
  EXPECT_TRUE(h.matches(ip("127.0.0.2"), 80, ip("127.0.0.1"), 40000));
}

TEST(RuleHeader, ProtocolsTheSensorParses) {
  EXPECT_EQ(parseRuleProtocol("tcp")->ip_proto, 6);
  EXPECT_EQ(parseRuleProtocol("udp")->ip_proto, 17);
  EXPECT_EQ(parseRuleProtocol("http")->app, "http");
  EXPECT_EQ(parseRuleProtocol("http1")->app, "http");
  EXPECT_EQ(parseRuleProtocol("dns")->ip_proto, 0);  // DNS over UDP and TCP
  EXPECT_EQ(parseRuleProtocol("tls")->app, "tls");
  EXPECT_FALSE(parseRuleProtocol("ftp").ok());
  EXPECT_FALSE(parseRuleProtocol("smb").ok());
}

}  // namespace
}  // namespace tapwatch
