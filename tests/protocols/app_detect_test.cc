#include "protocols/app_detect.h"

#include <gtest/gtest.h>

#include "protocols/parser_factory.h"
#include "test_support.h"

namespace tapwatch {
namespace {

const ProtocolsConfig kPorts;

AppDetection tcp(const std::string& to_server, const std::string& to_client, uint16_t port) {
  return detectAppProtoDetailed(test::bytesOf(to_server), test::bytesOf(to_client), port, false, kPorts);
}

TEST(AppDetect, ContentOnOddPorts) {
  EXPECT_EQ(tcp("GET / HTTP/1.1\r\n", "", 31337).proto, AppProto::Http);
  EXPECT_EQ(tcp("", "HTTP/1.1 200 OK\r\n", 31337).proto, AppProto::Http);
  EXPECT_EQ(tcp(std::string("\x16\x03\x01\x02\x00", 5), "", 31337).proto, AppProto::Tls);
  EXPECT_EQ(tcp("EHLO me\r\n", "", 31337).proto, AppProto::Smtp);
  EXPECT_EQ(tcp("", "220 mail.example ESMTP Postfix\r\n", 31337).proto, AppProto::Smtp);
  const std::string q = test::dnsQuery("x.example");
  EXPECT_EQ(tcp(test::be16(static_cast<uint16_t>(q.size())) + q, "", 31337).proto, AppProto::Dns);
}

TEST(AppDetect, ContentWinsOverPort) {
  EXPECT_EQ(tcp(std::string("\x16\x03\x03\x00\x10", 5), "", 80).proto, AppProto::Tls);
  EXPECT_EQ(tcp("GET / HTTP/1.1\r\n", "", 443).proto, AppProto::Http);
  const AppDetection junk = tcp("\x01\x02 garbage that is not http", "", 80);
  EXPECT_EQ(junk.proto, AppProto::Unknown);
  EXPECT_TRUE(junk.final);
}

TEST(AppDetect, NeedsMoreBytesBeforeDeciding) {
  for (const char* partial : {"", "G", "GE", "PROPP", "\x16", "\x16\x03", "EHL"}) {
    const AppDetection d = tcp(partial, "", 8000);
    EXPECT_EQ(d.proto, AppProto::Unknown) << partial;
    EXPECT_FALSE(d.final) << partial;
  }
  EXPECT_FALSE(tcp("", "220 ftp.example ready", 2121).final);  // banner line not complete yet
}

TEST(AppDetect, BannerOnSmtpPortVersusElsewhere) {
  EXPECT_EQ(tcp("", "220 welcome\r\n", 25).proto, AppProto::Smtp);
  // An FTP-like banner on another port is not SMTP unless the client says EHLO/HELO.
  const AppDetection ftp = tcp("USER anonymous\r\n", "220 welcome\r\n", 2121);
  EXPECT_EQ(ftp.proto, AppProto::Unknown);
  EXPECT_TRUE(ftp.final);
  EXPECT_EQ(tcp("HELO x\r\n", "220 welcome\r\n", 2121).proto, AppProto::Smtp);
}

TEST(AppDetect, GivesUpAfterTheByteBudget) {
  const AppDetection d = tcp(std::string(kAppDetectMaxBytes, 'G'), std::string(kAppDetectMaxBytes, 'x'), 80);
  EXPECT_EQ(d.proto, AppProto::Unknown);
  EXPECT_TRUE(d.final);
}

TEST(AppDetect, Udp) {
  const std::string q = test::dnsQuery("a.example");
  EXPECT_EQ(detectAppProto(test::bytesOf(q), {}, 5353, true, kPorts), AppProto::Dns);
  EXPECT_EQ(detectAppProto(test::bytesOf(q), {}, 53, true, kPorts), AppProto::Dns);
  const std::string response = test::dnsQuery("a.example", 1, 0x8180);
  EXPECT_EQ(detectAppProto({}, test::bytesOf(response), 53, true, kPorts), AppProto::Dns);
  EXPECT_EQ(detectAppProto({}, test::bytesOf(response), 5353, true, kPorts), AppProto::Unknown);
  const AppDetection junk = detectAppProtoDetailed(test::bytesOf(std::string("\x01\x02\x03", 3)), {}, 53, true, kPorts);
  EXPECT_EQ(junk.proto, AppProto::Unknown);
  EXPECT_TRUE(junk.final);
}

TEST(AppDetect, FactoryAndNames) {
  test::RecordingSink sink;
  ProtocolStats stats;
  ProtocolLimits limits;
  for (AppProto p : {AppProto::Http, AppProto::Smtp, AppProto::Dns, AppProto::Tls}) {
    AppParserPtr parser = makeAppParser(p, sink, limits, stats);
    ASSERT_NE(parser, nullptr);
    EXPECT_EQ(parser->proto(), p);
  }
  EXPECT_EQ(makeAppParser(AppProto::Unknown, sink, limits, stats), nullptr);
  EXPECT_EQ(appProtoName(AppProto::Smtp), "smtp");
  EXPECT_EQ(appProtoName(AppProto::Unknown), "");
}

}  // namespace
}  // namespace tapwatch
