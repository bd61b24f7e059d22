#include "output/syslog_format.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

namespace tapwatch {
namespace {

AlertRecord sampleRecord() {
  AlertRecord r;
  r.signature_id = 2100001;
  r.rev = 3;
  r.category = "sextortion";
  r.severity = 1;
  r.ts = Timestamp{1590487200, 500000};  // 2020-05-26T10:00:00.000500Z
  r.eve_json =
      R"({"timestamp":"2020-05-26T10:00:00.000500+0000","event_type":"alert","host":"tap-01","src_ip":"198.51.100.7",)"
      R"("src_port":50001,"dest_ip":"10.0.0.25","dest_port":25,"proto":"TCP","app_proto":"smtp",)"
      R"("alert":{"signature_id":2100001,"rev":3,"signature":"Sextortion: webcam | bitcoin","category":"sextortion",)"
      R"("severity":1},"payload_printable":"I recorded you a=b \\ c\nnext"})";
  return r;
}

SyslogFormatOptions options() {
  SyslogFormatOptions o;
  o.hostname = "tap-01";
  o.pid = 4242;
  o.facility = 20;
  o.version = "0.1.0";
  return o;
}

// RFC 5424 §6 grammar, written from the RFC (not from our formatter):
// <PRI>VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP SD [SP MSG]
const std::regex kRfc5424(
    R"(^<([0-9]{1,3})>([1-9][0-9]{0,2}) )"
    R"((-|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})) )"
    R"(([!-~]{1,255}) ([!-~]{1,48}) ([!-~]{1,128}) ([!-~]{1,32}) )"
    R"((-|(\[[^ =\]"]{1,32}( [^ =\]"]{1,32}="([^"\\\]]|\\["\\\]])*")*\])+)( (.*))?$)");

TEST(SyslogFormat, SeverityMapIsDocumentedAndClamped) {
  EXPECT_EQ(syslogSeverity(1), 2);
  EXPECT_EQ(syslogSeverity(2), 3);
  EXPECT_EQ(syslogSeverity(3), 4);
  EXPECT_EQ(syslogSeverity(4), 5);
  EXPECT_EQ(syslogSeverity(0), 2);
  EXPECT_EQ(syslogSeverity(200), 5);
  EXPECT_EQ(syslogPri(20, 1), 162);  // local4.crit
  EXPECT_EQ(syslogPri(3, 4), 29);    // daemon.notice
}

TEST(SyslogFormat, Facilities) {
  EXPECT_EQ(parseSyslogFacility("local4"), 20);
  EXPECT_EQ(parseSyslogFacility("local0"), 16);
  EXPECT_EQ(parseSyslogFacility("local7"), 23);
  EXPECT_EQ(parseSyslogFacility("kern"), 0);
  EXPECT_EQ(parseSyslogFacility("authpriv"), 10);
  EXPECT_FALSE(parseSyslogFacility("local8"));
  EXPECT_FALSE(parseSyslogFacility("LOCAL4"));
  EXPECT_FALSE(parseSyslogFacility(""));
}

TEST(SyslogFormat, Rfc5424MessageMatchesGrammar) {
  const std::string msg = formatSyslogMessage(sampleRecord(), options());
  std::smatch m;
  ASSERT_TRUE(std::regex_match(msg, m, kRfc5424)) << msg;
  EXPECT_EQ(m[1].str(), "162");
  EXPECT_EQ(m[2].str(), "1");
  EXPECT_EQ(m[3].str(), "2020-05-26T10:00:00.000500Z");
  EXPECT_EQ(m[6].str(), "tap-01");
  EXPECT_EQ(m[7].str(), "tapwatch");
  EXPECT_EQ(m[8].str(), "4242");
  EXPECT_EQ(m[9].str(), "alert");
  EXPECT_EQ(m[10].str(), R"([tapwatch@32473 sid="2100001" rev="3" category="sextortion" severity="1"])");
  const auto body = nlohmann::json::parse(m[15].str());
  EXPECT_EQ(body["alert"]["signature_id"], 2100001);
}

TEST(SyslogFormat, HostileCategoryIsEscapedInStructuredData) {
  AlertRecord r = sampleRecord();
  r.category = R"(a"b]c\d)";
  const std::string msg = formatSyslogMessage(r, options());
  std::smatch m;
  ASSERT_TRUE(std::regex_match(msg, m, kRfc5424)) << msg;
  EXPECT_NE(msg.find(R"(category="a\"b\]c\\d")"), std::string::npos) << msg;
}

TEST(SyslogFormat, SdEscaping) {
  EXPECT_EQ(escapeSdValue("plain"), "plain");
  EXPECT_EQ(escapeSdValue(R"(")"), R"(\")");
  EXPECT_EQ(escapeSdValue(R"(\)"), R"(\\)");
  EXPECT_EQ(escapeSdValue("]"), R"(\])");
  EXPECT_EQ(escapeSdValue("["), "[");  // only " \ ] need escaping
  EXPECT_EQ(escapeSdValue(""), "");
}

TEST(SyslogFormat, HostnameWithSpacesAndControlsIsSanitized) {
  SyslogFormatOptions o = options();
  o.hostname = "tap 01\n\x01";
  const std::string msg = formatSyslogMessage(sampleRecord(), o);
  EXPECT_TRUE(std::regex_match(msg, kRfc5424)) << msg;
  EXPECT_NE(msg.find(" tap_01__ "), std::string::npos);
  o.hostname = "";
  EXPECT_NE(formatSyslogMessage(sampleRecord(), o).find(" - tapwatch "), std::string::npos);
  EXPECT_EQ(sanitizeHeaderField(std::string(300, 'h'), 255).size(), 255u);
}

TEST(SyslogFormat, UnsetTimestampIsNil) {
  AlertRecord r = sampleRecord();
  r.ts = Timestamp{};
  const std::string msg = formatSyslogMessage(r, options());
  EXPECT_TRUE(std::regex_match(msg, kRfc5424)) << msg;
  EXPECT_EQ(msg.rfind("<162>1 - tap-01 ", 0), 0u) << msg;
}

TEST(SyslogFormat, Rfc3164) {
  SyslogFormatOptions o = options();
  o.format = SyslogFormat::Rfc3164;
  AlertRecord r = sampleRecord();
  r.ts = Timestamp{1588413600, 0};  // 2020-05-02T10:00:00Z: day 2 is space padded
  const std::string msg = formatSyslogMessage(r, o);
  EXPECT_EQ(msg.rfind("<162>May  2 10:00:00 tap-01 tapwatch[4242]: {", 0), 0u) << msg;
  EXPECT_TRUE(nlohmann::json::accept(msg.substr(msg.find(": ") + 2)));
}

TEST(SyslogFormat, CefEscaping) {
  EXPECT_EQ(escapeCefHeader(R"(a|b\c)"), R"(a\|b\\c)");
  EXPECT_EQ(escapeCefHeader("a\nb"), "a b");
  EXPECT_EQ(escapeCefExtension(R"(a=b\c)"), R"(a\=b\\c)");
  EXPECT_EQ(escapeCefExtension("a\r\nb"), R"(a\r\nb)");
  EXPECT_EQ(escapeCefExtension("a|b"), "a|b");  // pipes are literal in extensions
  // Every other control byte becomes a space, in header and extension alike.
  const std::string controls("x\0\t\x1b[31m\x7f\x01y", 11);
  EXPECT_EQ(escapeCefHeader(controls), "x   [31m  y");
  EXPECT_EQ(escapeCefExtension(controls), "x   [31m  y");
}

// Splits a CEF extension string on unescaped " key=" boundaries.
std::map<std::string, std::string> cefExtensions(const std::string& ext) {
  std::map<std::string, std::string> out;
  static const std::regex kKey(R"((?:^| )([A-Za-z0-9]+)=)");
  std::vector<std::pair<size_t, std::string>> keys;
  for (auto it = std::sregex_iterator(ext.begin(), ext.end(), kKey); it != std::sregex_iterator(); ++it) {
    const size_t pos = static_cast<size_t>(it->position(0));
    if (pos > 0 && ext[pos - 1] == '\\') continue;
    keys.emplace_back(pos + it->length(0), (*it)[1].str());
  }
  for (size_t i = 0; i < keys.size(); ++i) {
    const size_t end = i + 1 < keys.size() ? ext.rfind(' ' + keys[i + 1].second + '=', keys[i + 1].first) : ext.size();
    out[keys[i].second] = ext.substr(keys[i].first, end - keys[i].first);
  }
  return out;
}

TEST(SyslogFormat, OtherEventTypesNameThemselvesInMsgid) {
  AlertRecord r;
  r.type = EveType::Flow;
  r.severity = 4;
  r.ts = Timestamp{1590487200, 0};
  r.eve_json = R"({"event_type":"flow","flow":{"pkts_toserver":1}})";
  SyslogFormatOptions o = options();
  o.body = SyslogBody::Cef;  // CEF is for alerts; other records go as their EVE JSON
  const std::string msg = formatSyslogMessage(r, o);
  EXPECT_NE(msg.find(" 4242 flow - {\"event_type\":\"flow\""), std::string::npos) << msg;
  EXPECT_EQ(msg.find("tapwatch@32473"), std::string::npos) << msg;
}

TEST(SyslogFormat, CefFromEveJson) {
  const std::string cef = formatCef(sampleRecord(), "0.1.0");
  // Header: 7 fields separated by unescaped pipes.
  std::vector<std::string> fields;
  std::string cur;
  size_t i = 0;
  for (; i < cef.size() && fields.size() < 7; ++i) {
    if (cef[i] == '\\' && i + 1 < cef.size()) {
      cur += cef[++i];
    } else if (cef[i] == '|') {
      fields.push_back(cur);
      cur.clear();
    } else {
      cur += cef[i];
    }
  }
  ASSERT_EQ(fields.size(), 7u) << cef;
  EXPECT_EQ(fields[0], "CEF:0");
  EXPECT_EQ(fields[1], "Tapwatch");
  EXPECT_EQ(fields[2], "tapwatch");
  EXPECT_EQ(fields[3], "0.1.0");
  EXPECT_EQ(fields[4], "2100001");
  EXPECT_EQ(fields[5], "Sextortion: webcam | bitcoin");
  EXPECT_EQ(fields[6], "10");
  const auto ext = cefExtensions(cef.substr(i));
  EXPECT_EQ(ext.at("src"), "198.51.100.7");
  EXPECT_EQ(ext.at("spt"), "50001");
  EXPECT_EQ(ext.at("dst"), "10.0.0.25");
  EXPECT_EQ(ext.at("dpt"), "25");
  EXPECT_EQ(ext.at("proto"), "TCP");
  EXPECT_EQ(ext.at("cat"), "sextortion");
  EXPECT_EQ(ext.at("msg"), R"(I recorded you a\=b \\ c\nnext)");
  EXPECT_EQ(ext.at("rt"), "1590487200000");
  EXPECT_EQ(cef.find('\n'), std::string::npos);
}

TEST(SyslogFormat, CefIpv6UsesCustomFields) {
  AlertRecord r = sampleRecord();
  r.eve_json = R"({"src_ip":"2001:db8::1","dest_ip":"2001:db8::2","alert":{"signature":"x"}})";
  const std::string cef = formatCef(r, "1");
  EXPECT_NE(cef.find("c6a2=2001:db8::1"), std::string::npos) << cef;
  EXPECT_NE(cef.find("c6a3=2001:db8::2"), std::string::npos) << cef;
  EXPECT_EQ(cef.find(" src="), std::string::npos);
}

TEST(SyslogFormat, CefSurvivesBrokenJson) {
  AlertRecord r = sampleRecord();
  r.eve_json = "{not json";
  const std::string cef = formatCef(r, "1");
  EXPECT_EQ(cef.rfind("CEF:0|Tapwatch|tapwatch|1|2100001|tapwatch alert 2100001|10|", 0), 0u) << cef;
  EXPECT_NE(cef.find("cat=sextortion"), std::string::npos);
  r.eve_json = R"({"alert":"not an object","src_ip":5})";
  EXPECT_NO_THROW(formatCef(r, "1"));
}

TEST(SyslogFormat, CefBodyInSyslogMessage) {
  SyslogFormatOptions o = options();
  o.body = SyslogBody::Cef;
  const std::string msg = formatSyslogMessage(sampleRecord(), o);
  std::smatch m;
  ASSERT_TRUE(std::regex_match(msg, m, kRfc5424)) << msg;
  EXPECT_EQ(m[15].str().rfind("CEF:0|", 0), 0u);
}

TEST(SyslogFormat, ParseNames) {
  EXPECT_EQ(parseSyslogFormat("rfc5424"), SyslogFormat::Rfc5424);
  EXPECT_EQ(parseSyslogFormat("rfc3164"), SyslogFormat::Rfc3164);
  EXPECT_FALSE(parseSyslogFormat("rfc5425"));
  EXPECT_EQ(parseSyslogBody("cef"), SyslogBody::Cef);
  EXPECT_FALSE(parseSyslogBody("leef"));
}

}  // namespace
}  // namespace tapwatch
