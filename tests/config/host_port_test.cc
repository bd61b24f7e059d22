#include "config/host_port.h"

#include <gtest/gtest.h>

namespace tapwatch {
namespace {

TEST(HostPort, ParsesNamesAndAddresses) {
  auto v4 = parseHostPort("192.0.2.10:6514", HostRule::NameOrIp);
  ASSERT_TRUE(v4.ok());
  EXPECT_EQ(*v4, (HostPort{"192.0.2.10", 6514, true}));

  auto v6 = parseHostPort("[2001:db8::1]:514", HostRule::IpOnly);
  ASSERT_TRUE(v6.ok()) << v6.error().message;
  EXPECT_EQ(*v6, (HostPort{"2001:db8::1", 514, true}));

  auto name = parseHostPort("siem-01.example.org:65535", HostRule::NameOrIp);
  ASSERT_TRUE(name.ok());
  EXPECT_EQ(*name, (HostPort{"siem-01.example.org", 65535, false}));

  auto any = parseHostPort("0.0.0.0:1", HostRule::IpOnly);
  ASSERT_TRUE(any.ok());
  EXPECT_EQ(any->port, 1);
}

TEST(HostPort, RejectsMalformed) {
  const char* bad[] = {"",         ":514",          "host",       "host:",          "host:0",    "host:65536",
                       "host:-1",  "host:51a",      "host:0x10",  "host:123456",    "a b:514",   "::1:514",
                       "[::1]514", "[::1:514",      "[]:514",     "[10.0.0.1]:514", "-host:514", "host-:514",
                       "a..b:514", "999.1.1.1:514", "1.2.3:514x", "h_st:514",       "host.:514"};
  for (const char* text : bad) {
    EXPECT_FALSE(parseHostPort(text, HostRule::NameOrIp).ok()) << text;
  }
}

TEST(HostPort, ListenNeedsALiteral) {
  EXPECT_FALSE(parseHostPort("localhost:9917", HostRule::IpOnly).ok());
  EXPECT_TRUE(parseHostPort("localhost:9917", HostRule::NameOrIp).ok());
  EXPECT_TRUE(parseHostPort("[::]:9917", HostRule::IpOnly).ok());
}

TEST(HostPort, HostNameRules) {
  EXPECT_TRUE(isValidHostName("a"));
  EXPECT_TRUE(isValidHostName("x1.example-site.org"));
  EXPECT_TRUE(isValidHostName(std::string(63, 'a') + ".org"));
  EXPECT_FALSE(isValidHostName(std::string(64, 'a') + ".org"));
  EXPECT_FALSE(isValidHostName(std::string(254, 'a')));
  EXPECT_FALSE(isValidHostName("10.0.0.256"));
  EXPECT_FALSE(isValidHostName("caf\xc3\xa9.org"));
}

}  // namespace
}  // namespace tapwatch
