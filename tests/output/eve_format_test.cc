#include "output/eve_format.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace tapwatch {
namespace {

Alert sampleAlert() {
  Alert a;
  a.ts = Timestamp{1590487200, 500000};  // 2020-05-26T10:00:00.000500
  a.flow_id = 1234567;
  a.in_iface = "eth0";
  a.vlan = {42};
  a.src_ip = *IpAddress::parse("198.51.100.7");
  a.src_port = 50001;
  a.dest_ip = *IpAddress::parse("10.0.0.25");
  a.dest_port = 25;
  a.ip_protocol = 6;
  a.direction = Direction::ToServer;
  a.signature_id = 2100001;
  a.rev = 3;
  a.signature = "Sextortion: claims webcam recording";
  a.category = "sextortion";
  a.severity = 1;
  a.field = Field::SmtpBody;
  a.excerpt = "...I recorded you...";
  a.context.app_proto = "smtp";
  a.context.smtp_mail_from = "<a@b>";
  a.context.smtp_rcpt_to = {"<c@d>"};
  a.context.email_subject = "Your account";
  return a;
}

TEST(EveFormat, SuricataCompatibleRecord) {
  const auto j = nlohmann::json::parse(formatEveAlert(sampleAlert(), {"tap-01", 96, false}));
  EXPECT_EQ(j["timestamp"], "2020-05-26T10:00:00.000500+0000");
  EXPECT_EQ(j["event_type"], "alert");
  EXPECT_EQ(j["host"], "tap-01");
  EXPECT_EQ(j["flow_id"], 1234567);
  EXPECT_EQ(j["in_iface"], "eth0");
  EXPECT_EQ(j["vlan"], nlohmann::json::array({42}));
  EXPECT_EQ(j["src_ip"], "198.51.100.7");
  EXPECT_EQ(j["dest_port"], 25);
  EXPECT_EQ(j["proto"], "TCP");
  EXPECT_EQ(j["app_proto"], "smtp");
  EXPECT_EQ(j["direction"], "to_server");
  EXPECT_EQ(j["alert"]["gid"], 1);
  EXPECT_EQ(j["alert"]["action"], "allowed");
  EXPECT_EQ(j["alert"]["signature_id"], 2100001);
  EXPECT_EQ(j["alert"]["rev"], 3);
  EXPECT_EQ(j["alert"]["severity"], 1);
  // Suricata's schema allows no field/excerpt keys in `alert`: the excerpt is
  // payload_printable, and alert.context exists only when asked for.
  EXPECT_FALSE(j["alert"].contains("field"));
  EXPECT_FALSE(j["alert"].contains("excerpt"));
  EXPECT_FALSE(j["alert"].contains("context"));
  EXPECT_EQ(j["payload_printable"], "...I recorded you...");
  EXPECT_TRUE(j.contains("community_id"));
  EXPECT_EQ(j["smtp"]["rcpt_to"][0], "<c@d>");
  EXPECT_EQ(j["email"]["subject"], "Your account");
  EXPECT_FALSE(j.contains("http"));
  EXPECT_FALSE(j.contains("dns"));
}

TEST(EveFormat, TimestampFirstLikeSuricata) {
  const std::string line = formatEveAlert(sampleAlert(), {"tap-01", 96, false});
  EXPECT_EQ(line.rfind("{\"timestamp\":", 0), 0u) << line;
}

TEST(EveFormat, InvalidUtf8NeverBreaksTheLine) {
  Alert a = sampleAlert();
  a.excerpt = std::string("ok \xff\xfe bad \xd0", 10);
  a.context.email_subject.assign(
      1, static_cast<char>(0xc3));  // assign(): GCC 12 -O3 -Wrestrict false positive on = "\xc3"
  EXPECT_TRUE(nlohmann::json::accept(formatEveAlert(a, {"h", 96, false})));
}

TEST(EveFormat, ExcerptKeepsTheLastBytesAndStartsOnACharacter) {
  Alert a = sampleAlert();
  a.excerpt = "xxxxxxxxxx\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82";  // "привет" after 10 x
  const auto j = nlohmann::json::parse(formatEveAlert(a, {"h", 11, false}));
  // 11 bytes from the end start in the middle of "п"; the partial byte is dropped.
  EXPECT_EQ(j["payload_printable"], "ривет");
}

TEST(EveFormat, RedactionHidesLettersAndDigitsOnly) {
  Alert a = sampleAlert();
  a.excerpt = "Pay 1BTC, Иван!";
  const auto j = nlohmann::json::parse(formatEveAlert(a, {"h", 96, true}));
  const std::string ex = j["payload_printable"];
  EXPECT_EQ(ex.find("Pay"), std::string::npos);
  EXPECT_EQ(ex.find("Иван"), std::string::npos);
  EXPECT_NE(ex.find(", "), std::string::npos);
  EXPECT_EQ(ex.size(), std::string("Pay 1BTC, ").size() + 8 + 1);
}

TEST(EveFormat, AlertContextWhenEnabled) {
  Alert a = sampleAlert();
  a.score = 7;
  a.indicators = {"recorded", "btc"};
  a.tags = {"covid19"};
  a.references = {"https://example.org/advisory"};
  EveFormatOptions options{"h", 96, false};
  options.alert_context = true;
  const auto j = nlohmann::json::parse(formatEveAlert(a, options));
  EXPECT_EQ(j["alert"]["context"]["field"], "smtp.body");
  EXPECT_EQ(j["alert"]["context"]["excerpt"], "...I recorded you...");
  EXPECT_EQ(j["alert"]["context"]["score"], 7);
  EXPECT_EQ(j["alert"]["context"]["indicators"], nlohmann::json::array({"recorded", "btc"}));
  EXPECT_EQ(j["alert"]["metadata"]["tag"], nlohmann::json::array({"covid19"}));
  EXPECT_EQ(j["alert"]["references"], nlohmann::json::array({"https://example.org/advisory"}));
  a.score = -1;  // not score-based: no score key
  options.alert_context = true;
  EXPECT_FALSE(nlohmann::json::parse(formatEveAlert(a, options))["alert"]["context"].contains("score"));
}

TEST(EveFormat, RecordCarriesSyslogFields) {
  const AlertRecord r = makeAlertRecord(sampleAlert(), {"h", 96, false});
  EXPECT_EQ(r.signature_id, 2100001u);
  EXPECT_EQ(r.rev, 3u);
  EXPECT_EQ(r.category, "sextortion");
  EXPECT_EQ(r.severity, 1);
  EXPECT_EQ(r.ts.sec, 1590487200);
  EXPECT_EQ(r.eve_json.find('\n'), std::string::npos);
}

}  // namespace
}  // namespace tapwatch
