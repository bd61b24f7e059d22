#include "generator.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "test_pcap.h"

namespace tapwatch::gen {
namespace {

using test::Frame;

GeneratorOptions smallOptions(const std::string& name, uint64_t seed = 7) {
  GeneratorOptions o;
  o.out = test::tempPath(name);
  o.target_bytes = 3u << 20;
  o.flows = 60;
  o.seed = seed;
  return o;
}

// One decoded frame, as far as these tests need it.
struct Parsed {
  bool ok = false;
  bool v6 = false;
  bool tcp = false;
  std::vector<uint16_t> vlans;
  std::string src, dst;  // raw address bytes
  uint16_t sport = 0, dport = 0;
  uint32_t seq = 0;
  uint8_t flags = 0;
  bool l3_checksum_ok = true;
  bool l4_checksum_ok = false;
  std::string payload;
};

Parsed parse(const Frame& f) {
  Parsed r;
  const uint8_t* p = f.bytes.data();
  size_t n = f.bytes.size();
  if (n < 14) return r;
  size_t off = 12;
  uint16_t type = (p[off] << 8) | p[off + 1];
  while (type == 0x8100 || type == 0x88a8) {
    r.vlans.push_back(((p[off + 2] << 8) | p[off + 3]) & 0xfff);
    off += 4;
    type = (p[off] << 8) | p[off + 1];
  }
  off += 2;
  size_t l4 = 0, l4len = 0;
  uint32_t pseudo = 0;
  uint8_t proto = 0;
  if (type == 0x0800) {
    const uint8_t* ip = p + off;
    const size_t total = (ip[2] << 8) | ip[3];
    if (off + total != n) return r;  // no padding, no truncation in generated frames
    r.l3_checksum_ok = test::checksumOk(test::wordSum(ip, 20));
    proto = ip[9];
    r.src.assign(reinterpret_cast<const char*>(ip + 12), 4);
    r.dst.assign(reinterpret_cast<const char*>(ip + 16), 4);
    pseudo = test::wordSum(ip + 12, 8);
    l4 = off + 20;
    l4len = total - 20;
  } else if (type == 0x86dd) {
    const uint8_t* ip = p + off;
    r.v6 = true;
    if (off + 40 + ((ip[4] << 8) | ip[5]) != n) return r;
    proto = ip[6];
    r.src.assign(reinterpret_cast<const char*>(ip + 8), 16);
    r.dst.assign(reinterpret_cast<const char*>(ip + 24), 16);
    pseudo = test::wordSum(ip + 8, 32);
    l4 = off + 40;
    l4len = n - l4;
  } else {
    return r;
  }
  pseudo += proto + static_cast<uint32_t>(l4len);
  const uint8_t* t = p + l4;
  r.l4_checksum_ok = test::checksumOk(pseudo + test::wordSum(t, l4len));
  r.sport = (t[0] << 8) | t[1];
  r.dport = (t[2] << 8) | t[3];
  if (proto == 6) {
    r.tcp = true;
    r.seq = (uint32_t{t[4]} << 24) | (t[5] << 16) | (t[6] << 8) | t[7];
    r.flags = t[13];
    const size_t hlen = (t[12] >> 4) * 4u;
    r.payload.assign(reinterpret_cast<const char*>(t + hlen), l4len - hlen);
  } else if (proto == 17) {
    r.payload.assign(reinterpret_cast<const char*>(t + 8), l4len - 8);
  } else {
    return r;
  }
  r.ok = true;
  return r;
}

std::string ipText(const std::string& raw) {
  char buf[64];
  const auto* b = reinterpret_cast<const uint8_t*>(raw.data());
  if (raw.size() == 4) {
    std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
    return buf;
  }
  auto w = [&](int i) { return (b[2 * i] << 8) | b[2 * i + 1]; };
  std::snprintf(buf, sizeof buf, "%x:%x:%x:%x::%x:%x", w(0), w(1), w(2), w(3), w(6), w(7));
  return buf;
}

TEST(Generator, SameSeedSameBytesOtherSeedOtherBytes) {
  auto a = smallOptions("det_a.pcap");
  auto b = smallOptions("det_b.pcap");
  auto c = smallOptions("det_c.pcap", 8);
  ASSERT_TRUE(generate(a));
  ASSERT_TRUE(generate(b));
  ASSERT_TRUE(generate(c));
  const auto fa = test::readFile(a.out);
  EXPECT_GT(fa.size(), 2u << 20);
  EXPECT_EQ(fa, test::readFile(b.out));
  EXPECT_NE(fa, test::readFile(c.out));
}

TEST(Generator, FramesAreWellFormedWithValidChecksums) {
  auto o = smallOptions("valid.pcap");
  o.ipv6_share = 0.3;
  auto report = generate(o);
  ASSERT_TRUE(report);
  const auto frames = test::readFrames(o.out);
  ASSERT_EQ(frames.size(), report->packets);
  uint64_t payload = 0, small = 0, v6 = 0;
  uint64_t last_ts = 0;
  for (size_t i = 0; i < frames.size(); ++i) {
    const Parsed p = parse(frames[i]);
    ASSERT_TRUE(p.ok) << "frame " << i;
    EXPECT_TRUE(p.l3_checksum_ok) << "frame " << i;
    EXPECT_TRUE(p.l4_checksum_ok) << "frame " << i;
    EXPECT_TRUE(p.vlans.empty());
    EXPECT_LE(frames[i].bytes.size(), 1514u);
    EXPECT_GE(frames[i].ts_us, last_ts) << "timestamps never go backwards";
    last_ts = frames[i].ts_us;
    payload += p.payload.size();
    small += frames[i].bytes.size() <= 128;
    v6 += p.v6;
  }
  EXPECT_EQ(payload, report->payload_bytes);
  EXPECT_EQ(small, report->small_packets);
  EXPECT_GT(v6, 0u);
  // A tap sees many small packets (ACKs, handshakes, DNS) beside full segments.
  EXPECT_GT(static_cast<double>(small) / static_cast<double>(frames.size()), 0.25);
  EXPECT_LT(static_cast<double>(small) / static_cast<double>(frames.size()), 0.65);
  EXPECT_GE(report->flows_by_kind[static_cast<size_t>(FlowKind::Http)], 1u);
  EXPECT_GE(report->flows_by_kind[static_cast<size_t>(FlowKind::Dns)], 1u);
}

TEST(Generator, TcpFlowsAreCompleteAndInSequence) {
  auto o = smallOptions("tcp.pcap");
  ASSERT_TRUE(generate(o));
  struct Dir {
    bool syn = false, fin = false, data_after_fin = false;
    uint32_t next = 0;
    uint64_t out_of_order = 0;
  };
  std::map<std::tuple<std::string, uint16_t, std::string, uint16_t>, Dir> dirs;
  for (const Frame& f : test::readFrames(o.out)) {
    const Parsed p = parse(f);
    ASSERT_TRUE(p.ok);
    if (!p.tcp) continue;
    Dir& d = dirs[{p.src, p.sport, p.dst, p.dport}];
    if (p.flags & 0x02) {
      EXPECT_FALSE(d.syn) << "one SYN per direction";
      d.syn = true;
      d.next = p.seq + 1;
      continue;
    }
    ASSERT_TRUE(d.syn) << "every segment follows its direction's SYN";
    if (p.seq != d.next) ++d.out_of_order;
    if (d.fin && !p.payload.empty()) d.data_after_fin = true;
    d.next = p.seq + static_cast<uint32_t>(p.payload.size()) + ((p.flags & 0x01) ? 1 : 0);
    if (p.flags & 0x01) d.fin = true;
  }
  ASSERT_FALSE(dirs.empty());
  for (const auto& [key, d] : dirs) {
    EXPECT_EQ(d.out_of_order, 0u);
    EXPECT_TRUE(d.fin) << "every flow is closed: the generator drains open flows";
    EXPECT_FALSE(d.data_after_fin);
  }
}

TEST(Generator, VlanTagsEveryFrame) {
  auto o = smallOptions("vlan.pcap");
  o.vlan = true;
  ASSERT_TRUE(generate(o));
  size_t qinq = 0;
  const auto frames = test::readFrames(o.out);
  for (const Frame& f : frames) {
    const Parsed p = parse(f);
    ASSERT_TRUE(p.ok);
    ASSERT_FALSE(p.vlans.empty());
    EXPECT_GE(p.vlans.back(), 100);
    EXPECT_LT(p.vlans.back(), 132);
    qinq += p.vlans.size() == 2;
  }
  EXPECT_GT(qinq, 0u);
  EXPECT_LT(qinq, frames.size());
}

TEST(Generator, MixRestrictsFlowKinds) {
  auto o = smallOptions("mix.pcap");
  ASSERT_TRUE(parseMix("dns=1,tls=0", o));
  o.target_bytes = 200000;
  auto report = generate(o);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->flows_by_kind[static_cast<size_t>(FlowKind::Dns)], report->flows);
  for (const Frame& f : test::readFrames(o.out)) EXPECT_FALSE(parse(f).tcp);
}

TEST(Generator, OptionParsingRejectsNonsense) {
  GeneratorOptions o;
  EXPECT_FALSE(parseMix("", o));
  EXPECT_FALSE(parseMix("http", o));
  EXPECT_FALSE(parseMix("ftp=3", o));
  EXPECT_FALSE(parseMix("http=-1", o));
  EXPECT_FALSE(parseMix("http=0,dns=0", o));
  EXPECT_FALSE(parseMix("http=1x", o));
  ASSERT_TRUE(parseMix("smtp=2.5", o));
  EXPECT_EQ(o.mix[static_cast<size_t>(FlowKind::Smtp)], 2.5);
  EXPECT_EQ(o.mix[static_cast<size_t>(FlowKind::Http)], 0);
  EXPECT_EQ(*parseSize("1G"), 1ULL << 30);
  EXPECT_EQ(*parseSize("512M"), 512ULL << 20);
  EXPECT_EQ(*parseSize("100k"), 102400u);
  EXPECT_EQ(*parseSize("1234"), 1234u);
  EXPECT_FALSE(parseSize("1T"));
  EXPECT_FALSE(parseSize("lots"));
  EXPECT_FALSE(parseSize("-5M"));
  EXPECT_FALSE(parseSize(""));
}

TEST(Generator, UnwritableOutputIsAnError) {
  GeneratorOptions o = smallOptions("x.pcap");
  o.out = "/nonexistent-dir/x.pcap";
  auto r = generate(o);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("/nonexistent-dir/x.pcap"), std::string::npos);
}

// --- ground truth: the scam content is really in the flows it names -------

std::string decodeQp(const std::string& in) {
  std::string out;
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '=' && i + 2 < in.size()) {
      if (in[i + 1] == '\r' && in[i + 2] == '\n') {
        i += 2;
        continue;
      }
      if (isxdigit(static_cast<unsigned char>(in[i + 1])) && isxdigit(static_cast<unsigned char>(in[i + 2]))) {
        out.push_back(static_cast<char>(std::stoi(in.substr(i + 1, 2), nullptr, 16)));
        i += 2;
        continue;
      }
    }
    out.push_back(in[i]);
  }
  return out;
}

std::string decodeBase64Blocks(const std::string& in) {
  // Decode every run of base64 lines that follows "base64\r\n\r\n".
  std::string out;
  size_t pos = 0;
  while ((pos = in.find("base64\r\n\r\n", pos)) != std::string::npos) {
    pos += 10;
    uint32_t acc = 0;
    int bits = 0;
    for (; pos < in.size() && !(in[pos] == '\r' && in.compare(pos, 4, "\r\n\r\n") == 0) && in[pos] != '-'; ++pos) {
      const char c = in[pos];
      int v = c >= 'A' && c <= 'Z'   ? c - 'A'
              : c >= 'a' && c <= 'z' ? c - 'a' + 26
              : c >= '0' && c <= '9' ? c - '0' + 52
              : c == '+'             ? 62
              : c == '/'             ? 63
                                     : -1;
      if (v < 0) continue;
      acc = (acc << 6) | static_cast<uint32_t>(v);
      bits += 6;
      if (bits >= 8) bits -= 8, out.push_back(static_cast<char>((acc >> bits) & 0xff));
    }
  }
  return out;
}

std::string httpBodies(const std::string& in) {
  // Every response body, de-chunked and gunzipped.
  std::string out;
  size_t pos = 0;
  while ((pos = in.find("HTTP/1.1 200 OK\r\n", pos)) != std::string::npos) {
    const size_t hend = in.find("\r\n\r\n", pos);
    const std::string headers = in.substr(pos, hend - pos);
    size_t body_at = hend + 4;
    std::string body;
    if (headers.find("Transfer-Encoding: chunked") != std::string::npos) {
      for (;;) {
        const size_t eol = in.find("\r\n", body_at);
        const size_t n = std::stoul(in.substr(body_at, eol - body_at), nullptr, 16);
        body_at = eol + 2;
        if (n == 0) break;
        body += in.substr(body_at, n);
        body_at += n + 2;
      }
    } else {
      const size_t cl = headers.find("Content-Length: ");
      body = in.substr(body_at, std::stoul(headers.substr(cl + 16)));
    }
    if (headers.find("Content-Encoding: gzip") != std::string::npos) {
      z_stream zs{};
      inflateInit2(&zs, 15 + 16);
      std::string plain(body.size() * 20 + 4096, '\0');
      zs.next_in = reinterpret_cast<Bytef*>(body.data());
      zs.avail_in = static_cast<uInt>(body.size());
      zs.next_out = reinterpret_cast<Bytef*>(plain.data());
      zs.avail_out = static_cast<uInt>(plain.size());
      EXPECT_EQ(inflate(&zs, Z_FINISH), Z_STREAM_END);
      plain.resize(zs.total_out);
      inflateEnd(&zs);
      body = plain;
    }
    out += body;
    pos = body_at;
  }
  return out;
}

TEST(Generator, GroundTruthNamesFlowsThatCarryTheContent) {
  auto o = smallOptions("truth.pcap");
  o.scam_share = 0.5;
  o.target_bytes = 6u << 20;
  auto report = generate(o);
  ASSERT_TRUE(report);
  const std::string truth_path = test::tempPath("truth.json");
  ASSERT_TRUE(writeTruthJson(o, *report, truth_path));
  const auto truth = nlohmann::json::parse(std::ifstream(truth_path));
  ASSERT_EQ(truth["scam_flows"].size(), report->truth.size());
  ASSERT_GT(report->truth.size(), 10u);

  // Reassemble both directions of every flow, keyed by client endpoint.
  std::map<std::pair<std::string, uint16_t>, std::pair<std::string, std::string>> flows;  // up, down
  std::map<std::pair<std::string, uint16_t>, std::pair<uint64_t, uint64_t>> span;         // first, last packet
  const auto frames = test::readFrames(o.out);
  for (size_t i = 0; i < frames.size(); ++i) {
    const Parsed p = parse(frames[i]);
    ASSERT_TRUE(p.ok);
    const bool up = p.dport < 32768;
    const auto key = up ? std::make_pair(ipText(p.src), p.sport) : std::make_pair(ipText(p.dst), p.dport);
    (up ? flows[key].first : flows[key].second) += p.payload;
    auto& s = span.try_emplace(key, i + 1, i + 1).first->second;
    s.second = i + 1;
  }
  std::map<std::string, int> seen;
  for (const auto& t : truth["scam_flows"]) {
    const auto key = std::make_pair(t["src_ip"].get<std::string>(), t["src_port"].get<uint16_t>());
    ASSERT_TRUE(flows.count(key)) << t.dump();
    EXPECT_EQ(span[key].first, t["first_packet"].get<uint64_t>()) << t.dump();
    EXPECT_EQ(span[key].second, t["last_packet"].get<uint64_t>()) << t.dump();
    const auto& [up, down] = flows[key];
    const std::string scam = t["scam"];
    const std::string enc = t["encoding"];
    ++seen[scam];
    if (scam == "scam_dns" || scam == "scam_sni") {
      // DNS names travel as labels; compare label by label.
      const std::string domain = t["domain"];
      const std::string first_label = domain.substr(0, domain.find('.'));
      EXPECT_NE(up.find(first_label), std::string::npos) << t.dump();
      if (scam == "scam_sni") {
        EXPECT_NE(up.find(domain), std::string::npos) << t.dump();
      }
    } else if (scam == "scam_shop") {
      const std::string body = httpBodies(down);
      EXPECT_NE(body.find(t["btc"].get<std::string>()), std::string::npos) << t.dump();
      EXPECT_NE(up.find("Host: " + t["domain"].get<std::string>()), std::string::npos) << t.dump();
    } else {
      std::string text = enc.find("base64") != std::string::npos   ? decodeBase64Blocks(up)
                         : enc.find("quoted") != std::string::npos ? decodeQp(up)
                                                                   : up;
      EXPECT_NE(text.find(t["btc"].get<std::string>()), std::string::npos) << t.dump();
      const char* marker =
          scam == "sextortion_ru" ? "\xd0\xb2\xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbe" /* видео */ : "recorded you";
      EXPECT_NE(text.find(marker), std::string::npos) << t.dump();
    }
  }
  EXPECT_EQ(seen.size(), 5u) << "all five scam kinds appear at this share";
}

}  // namespace
}  // namespace tapwatch::gen
