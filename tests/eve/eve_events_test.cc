// The EVE formatters, one record type at a time: the keys Suricata 8 writes,
// with their types and nesting (the schema check runs over the same samples).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "eve_samples.h"
#include "output/community_id.h"
#include "output/eve_format.h"
#include "output/eve_stats.h"

namespace tapwatch {
namespace {

using nlohmann::json;

std::vector<json> render(const EveEvent& event, EveTypeSet types = EveTypeSet::all()) {
  EveFormatOptions options;
  options.host = "tap-01";
  std::vector<AlertRecord> lines;
  formatEveEvent(event, options, types, lines);
  std::vector<json> out;
  for (const auto& l : lines) out.push_back(json::parse(l.eve_json));
  return out;
}

TEST(EveEvents, HttpTransaction) {
  const auto out = render(EveEvent(test::sampleHttp()));
  ASSERT_EQ(out.size(), 1u);
  const json& j = out[0];
  EXPECT_EQ(j["event_type"], "http");
  EXPECT_EQ(j["tx_id"], 2);
  EXPECT_EQ(j["app_proto"], "http");
  EXPECT_EQ(j["flow_id"], 1955473209872431);
  const json& h = j["http"];
  EXPECT_EQ(h["hostname"], "wallet-check.example");
  EXPECT_EQ(h["url"], "/verify?id=7");
  EXPECT_EQ(h["http_user_agent"], "Mozilla/5.0");
  EXPECT_EQ(h["http_content_type"], "text/html");
  EXPECT_EQ(h["http_refer"], "http://mail.example/");
  EXPECT_EQ(h["http_method"], "GET");
  EXPECT_EQ(h["protocol"], "HTTP/1.1");
  EXPECT_EQ(h["status"], 200);
  EXPECT_EQ(h["length"], 512);
  EXPECT_EQ(h["request_headers"][0], (json{{"name", "Host"}, {"value", "wallet-check.example"}}));
  EXPECT_EQ(h["response_headers"].size(), 1u);
}

TEST(EveEvents, DnsVersion3RequestAndResponse) {
  const json q = render(EveEvent(test::sampleDns(false)))[0]["dns"];
  EXPECT_EQ(q["version"], 3);
  EXPECT_EQ(q["type"], "request");
  EXPECT_EQ(q["id"], 4660);
  EXPECT_EQ(q["queries"][0], (json{{"rrname", "login.scam-wallet.example"}, {"rrtype", "A"}}));
  EXPECT_FALSE(q.contains("answers"));
  EXPECT_FALSE(q.contains("rcode"));
  const json r = render(EveEvent(test::sampleDns(true)))[0]["dns"];
  EXPECT_EQ(r["type"], "response");
  EXPECT_EQ(r["rcode"], "NOERROR");
  ASSERT_EQ(r["answers"].size(), 2u);
  EXPECT_EQ(r["answers"][1],
            (json{{"rrname", "cdn.scam-wallet.example"}, {"rrtype", "A"}, {"ttl", 60}, {"rdata", "192.0.2.80"}}));
}

TEST(EveEvents, TlsLeavesUnknownKeysOut) {
  const json t = render(EveEvent(test::sampleTls()))[0];
  EXPECT_EQ(t["tls"], (json{{"sni", "wallet-check.example"}}));  // no empty subject/version/ja3
}

TEST(EveEvents, SmtpWithEmailAndOneFileinfoPerAttachment) {
  const auto out = render(EveEvent(test::sampleSmtp()));
  ASSERT_EQ(out.size(), 3u);
  const json& m = out[0];
  EXPECT_EQ(m["event_type"], "smtp");
  EXPECT_EQ(m["smtp"]["helo"], "mx.example");
  EXPECT_EQ(m["smtp"]["rcpt_to"].size(), 2u);
  EXPECT_EQ(m["email"]["from"], "Support <a@example.org>");
  EXPECT_EQ(m["email"]["to"], json::array({"c@example.net"}));
  EXPECT_EQ(m["email"]["cc"], json::array({"d@example.net"}));
  EXPECT_EQ(m["email"]["attachment"], json::array({"invoice.zip", "big.pdf"}));
  // Links as extracted (smtp.url), and the flags Suricata derives from them.
  EXPECT_EQ(m["email"]["url"], json::array({"https://login.scam.example/verify?a=1&b=2", "http://192.0.2.7/setup.EXE",
                                            "http://[2001:db8::7]/"}));
  EXPECT_EQ(m["email"]["has_ipv4_url"], true);
  EXPECT_EQ(m["email"]["has_ipv6_url"], true);
  EXPECT_EQ(m["email"]["has_exe_url"], true);
  const json& f = out[1]["fileinfo"];
  EXPECT_EQ(out[1]["event_type"], "fileinfo");
  EXPECT_EQ(f["filename"], "invoice.zip");
  EXPECT_EQ(f["size"], 1234);
  EXPECT_EQ(f["state"], "CLOSED");
  EXPECT_EQ(f["stored"], false);
  std::string hash;
  for (int i = 0; i < 32; ++i) hash += "ab";
  EXPECT_EQ(f["sha256"], hash);
  EXPECT_FALSE(f.contains("magic"));
  EXPECT_EQ(out[2]["fileinfo"]["state"], "TRUNCATED");
  EXPECT_FALSE(out[2]["fileinfo"].contains("sha256"));  // cut at a cap: no hash of a partial file
  // Only the types asked for.
  EveTypeSet only_files;
  only_files.add(EveType::Fileinfo);
  EXPECT_EQ(render(EveEvent(test::sampleSmtp()), only_files).size(), 2u);
}

TEST(EveEvents, FlowRecord) {
  const json j = render(EveEvent(test::sampleFlow()))[0];
  EXPECT_EQ(j["event_type"], "flow");
  const json& f = j["flow"];
  EXPECT_EQ(f["pkts_toserver"], 7);
  EXPECT_EQ(f["pkts_toclient"], 5);
  EXPECT_EQ(f["bytes_toserver"], 900);
  EXPECT_EQ(f["bytes_toclient"], 4000);
  EXPECT_EQ(f["start"], "2020-05-26T10:00:00.000000+0000");
  EXPECT_EQ(f["end"], "2020-05-26T10:01:05.250000+0000");
  EXPECT_EQ(f["age"], 65);
  EXPECT_EQ(f["state"], "closed");
  EXPECT_EQ(f["reason"], "timeout");
  EXPECT_EQ(f["alerted"], true);
}

TEST(EveEvents, AnomalyRecords) {
  const json d = render(EveEvent(test::sampleAnomaly(AnomalyLayer::Decode)))[0];
  EXPECT_EQ(d["anomaly"], (json{{"type", "decode"}, {"event", "truncated_ipv4"}, {"layer", "ipv4"}}));
  EXPECT_FALSE(d.contains("flow_id"));
  EXPECT_FALSE(d.contains("src_ip"));
  EXPECT_FALSE(d.contains("community_id"));
  const json a = render(EveEvent(test::sampleAnomaly(AnomalyLayer::AppLayer)))[0];
  EXPECT_EQ(a["anomaly"]["type"], "applayer");
  EXPECT_EQ(a["anomaly"]["app_proto"], "http");
  EXPECT_EQ(a["anomaly"]["layer"], "proto_parser");
  EXPECT_TRUE(a.contains("community_id"));
  EXPECT_EQ(render(EveEvent(test::sampleAnomaly(AnomalyLayer::Stream)))[0]["anomaly"]["type"], "stream");
}

TEST(EveEvents, TypesNotSelectedProduceNothing) {
  EveTypeSet alerts;
  alerts.add(EveType::Alert);
  EXPECT_TRUE(render(EveEvent(test::sampleHttp()), alerts).empty());
  EXPECT_TRUE(render(EveEvent(test::sampleFlow()), alerts).empty());
  EXPECT_EQ(render(EveEvent(test::sampleAlertEvent()), alerts).size(), 1u);
}

TEST(EveEvents, StatsFollowSuricataLayout) {
  StatsSource source = [](const StatsVisitor& visit) {
    const MetricInfo pkts{"tapwatch_worker_packets_total", MetricKind::Counter, "worker", ""};
    visit(pkts, "", 10);  // worker 0
    visit(pkts, "", 5);   // worker 1: summed
    visit(MetricInfo{"tapwatch_protocol_transactions_total", MetricKind::Counter, "proto", ""}, "http", 3);
    visit(MetricInfo{"tapwatch_protocol_transactions_total", MetricKind::Counter, "proto", ""}, "dns", 4);
    visit(MetricInfo{"tapwatch_flows_total", MetricKind::Counter, "", ""}, "", 2);
    visit(MetricInfo{"tapwatch_alerts_total", MetricKind::Counter, "", ""}, "", 6);
    visit(MetricInfo{"tapwatch_stream_ooo_cap_hits_total", MetricKind::Counter, "", ""}, "", 9);  // no equivalent
  };
  const json j = json::parse(formatEveStats(Timestamp{1590487300, 0}, 42, source, {}));
  EXPECT_EQ(j["event_type"], "stats");
  const json& s = j["stats"];
  EXPECT_EQ(s["uptime"], 42);
  EXPECT_EQ(s["decoder"]["pkts"], 15);
  EXPECT_EQ(s["app_layer"]["tx"]["http"], 3);
  EXPECT_EQ(s["app_layer"]["tx"]["dns_udp"], 4);
  EXPECT_EQ(s["flow"]["total"], 2);
  EXPECT_EQ(s["detect"]["alert"], 6);
  EXPECT_FALSE(s.contains("tapwatch"));  // Suricata's schema forbids other keys under stats
}

// Community ID v1 test vectors published with the spec
// (github.com/corelight/community-id-spec, baseline/baseline_deflt.json and
// baseline_seed1.json), plus Zeek's community_id_v1 tests (1.2.3.4 -> 5.6.7.8).
struct Vector {
  const char* src;
  uint16_t sport;
  const char* dst;
  uint16_t dport;
  uint8_t proto;
  uint16_t seed;
  const char* id;
};
constexpr Vector kVectors[] = {
    {"128.232.110.120", 34855, "66.35.250.204", 80, 6, 0, "1:LQU9qZlK+B5F3KDmev6m5PMibrg="},
    {"66.35.250.204", 80, "128.232.110.120", 34855, 6, 0, "1:LQU9qZlK+B5F3KDmev6m5PMibrg="},
    {"192.168.1.52", 54585, "8.8.8.8", 53, 17, 0, "1:d/FP5EW3wiY1vCndhwleRRKHowQ="},
    {"2001:470:e5bf:dead:4957:2174:e82c:4887", 63943, "2607:f8b0:400c:c03::1a", 25, 6, 0,
     "1:/qFaeAR+gFe1KYjMzVDsMv+wgU4="},
    {"128.232.110.120", 34855, "66.35.250.204", 80, 6, 1, "1:3V71V58M3Ksw/yuFALMcW0LAHvc="},
    {"8.8.8.8", 53, "192.168.1.52", 54585, 17, 1, "1:Q9We8WO3piVF8yEQBNJF4uiSVrI="},
    {"2607:f8b0:400c:c03::1a", 25, "2001:470:e5bf:dead:4957:2174:e82c:4887", 63943, 6, 1,
     "1:eJYTW6AOzFLlSUoESovMjnu7rMw="},
    {"1.2.3.4", 1122, "5.6.7.8", 3344, 6, 0, "1:wCb3OG7yAFWelaUydu0D+125CLM="},
    {"1.2.3.4", 1122, "5.6.7.8", 3344, 17, 0, "1:0Mu9InQx6z4ZiCZM/7HXi2WMhOg="},
};

TEST(CommunityId, PublishedVectors) {
  for (const Vector& v : kVectors) {
    EXPECT_EQ(communityIdV1(*IpAddress::parse(v.src), v.sport, *IpAddress::parse(v.dst), v.dport, v.proto, v.seed),
              v.id)
        << v.src << ":" << v.sport << " -> " << v.dst << ":" << v.dport << " proto " << int(v.proto) << " seed "
        << v.seed;
  }
}

}  // namespace
}  // namespace tapwatch
