#include "generator.h"

#include <chrono>
#include <cstdio>

#include "flow_emitter.h"

namespace tapwatch::gen {
namespace {

constexpr uint32_t kClients = 4096;
constexpr uint32_t kServersPerKind = 64;
// 2024-01-01T00:00:00Z: a fixed start keeps files identical across runs.
constexpr uint64_t kStartNs = 1704067200ULL * 1000000000ULL;

constexpr std::array<double, static_cast<size_t>(ScamKind::Count)> kScamWeights = {0, 30, 20, 25, 15, 10};

IpAddr v4(uint8_t a, uint8_t b, uint8_t c, uint8_t d) {
  IpAddr ip;
  ip.bytes[0] = a, ip.bytes[1] = b, ip.bytes[2] = c, ip.bytes[3] = d;
  return ip;
}

// 2001:db8:<group>:<sub>::<host>
IpAddr v6(uint16_t group, uint16_t sub, uint32_t host) {
  IpAddr ip;
  ip.v6 = true;
  const uint8_t prefix[] = {0x20, 0x01, 0x0d, 0xb8};
  std::copy(std::begin(prefix), std::end(prefix), ip.bytes.begin());
  ip.bytes[4] = static_cast<uint8_t>(group >> 8), ip.bytes[5] = static_cast<uint8_t>(group);
  ip.bytes[6] = static_cast<uint8_t>(sub >> 8), ip.bytes[7] = static_cast<uint8_t>(sub);
  for (int i = 0; i < 4; ++i) ip.bytes[12 + i] = static_cast<uint8_t>(host >> (24 - 8 * i));
  return ip;
}

std::array<uint8_t, 6> macFor(const IpAddr& ip) {
  const size_t at = ip.v6 ? 12 : 0;
  return {0x02,
          static_cast<uint8_t>(ip.v6 ? 0x06 : 0x04),
          ip.bytes[at],
          ip.bytes[at + 1],
          ip.bytes[at + 2],
          ip.bytes[at + 3]};
}

std::string formatIp(const IpAddr& ip) {
  char buf[64];
  if (!ip.v6) {
    std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", ip.bytes[0], ip.bytes[1], ip.bytes[2], ip.bytes[3]);
    return buf;
  }
  // Our addresses are 2001:db8:G:S:0:0:H:L, always written in this compressed form.
  auto word = [&](int i) { return (unsigned{ip.bytes[2 * i]} << 8) | ip.bytes[2 * i + 1]; };
  std::snprintf(buf, sizeof buf, "%x:%x:%x:%x::%x:%x", word(0), word(1), word(2), word(3), word(6), word(7));
  return buf;
}

template <size_t N>
size_t pickWeighted(Prng& rng, const std::array<double, N>& weights) {
  double total = 0;
  for (double w : weights) total += w;
  double x = rng.uniform() * total;
  for (size_t i = 0; i < N; ++i) {
    if (weights[i] <= 0) continue;
    if (x < weights[i]) return i;
    x -= weights[i];
  }
  for (size_t i = N; i-- > 0;)
    if (weights[i] > 0) return i;
  return 0;
}

FlowScript buildScript(FlowKind kind, ScamKind scam, Prng& rng) {
  switch (kind) {
    case FlowKind::Http: return httpScript(rng, scam);
    case FlowKind::Smtp: return smtpScript(rng, scam);
    case FlowKind::Dns: return dnsScript(rng, scam);
    case FlowKind::Tls: return tlsScript(rng, scam);
    default: return bulkScript(rng);
  }
}

Endpoints makeEndpoints(Prng& rng, const GeneratorOptions& options, FlowKind kind, uint16_t server_port,
                        uint64_t flow_index) {
  const bool six = rng.chance(options.ipv6_share);
  const auto client_id = static_cast<uint32_t>(rng.below(kClients));
  const auto server_id = static_cast<uint32_t>(rng.below(kServersPerKind));
  const auto k = static_cast<uint8_t>(kind);
  Path up;
  if (six) {
    up.src = v6(1, 0, client_id + 1);
    up.dst = v6(2, k, server_id + 1);
  } else {
    up.src = v4(10, static_cast<uint8_t>(1 + (client_id >> 8)), static_cast<uint8_t>(client_id & 0xff), 10);
    up.dst = v4(10, static_cast<uint8_t>(100 + k), 0, static_cast<uint8_t>(server_id + 1));
  }
  // Ephemeral ports advance with the flow number, so open flows never share a 5-tuple.
  up.sport = static_cast<uint16_t>(32768 + (flow_index * 7919) % 28232);
  up.dport = server_port;
  up.src_mac = macFor(up.src);
  up.dst_mac = macFor(up.dst);
  if (options.vlan) {
    up.vlan = static_cast<uint16_t>(100 + rng.below(32));
    if (rng.chance(0.1)) up.outer_vlan = 10;
  }
  Path down = up;
  std::swap(down.src, down.dst);
  std::swap(down.sport, down.dport);
  std::swap(down.src_mac, down.dst_mac);
  return {up, down};
}

struct Active {
  FlowEmitter emitter;
  long truth = -1;  // index into report.truth
};

}  // namespace

Result<GeneratorReport> generate(const GeneratorOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  PcapWriter writer;
  if (auto st = writer.open(options.out, options.precision); !st) return st.error();
  Wire wire(writer, kStartNs, options.gbit_per_s);
  GeneratorReport report;
  report.first_ts_ns = kStartNs;

  // Scam kinds only where the mix has flows of the kind that carries them.
  auto scam_weights = kScamWeights;
  bool any_scam = false;
  for (size_t s = 1; s < scam_weights.size(); ++s) {
    if (options.mix[static_cast<size_t>(flowKindFor(static_cast<ScamKind>(s)))] <= 0) scam_weights[s] = 0;
    any_scam = any_scam || scam_weights[s] > 0;
  }

  Prng master(options.seed);
  std::vector<Active> active;
  active.reserve(options.flows);
  uint64_t pending_payload = 0;

  auto want_more = [&] {
    if (report.flows == 0) return true;
    const uint64_t n = active.size();
    if (options.target_bytes > 0)
      return writer.fileBytes() + pending_payload + pending_payload / 10 + n * 400 < options.target_bytes;
    return writer.packets() + pending_payload / 1000 + n * 6 < options.target_packets;
  };

  auto start_flow = [&] {
    const uint64_t index = report.flows++;
    Prng rng(master.fork());
    ScamKind scam = ScamKind::None;
    FlowKind kind;
    if (any_scam && rng.chance(options.scam_share)) {
      scam = static_cast<ScamKind>(pickWeighted(rng, scam_weights));
      kind = flowKindFor(scam);
    } else {
      kind = static_cast<FlowKind>(pickWeighted(rng, options.mix));
    }
    FlowScript script = buildScript(kind, scam, rng);
    Endpoints ends = makeEndpoints(rng, options, kind, script.server_port, index);
    ++report.flows_by_kind[static_cast<size_t>(kind)];
    ++report.flows_by_scam[static_cast<size_t>(scam)];
    if (ends.to_server.src.v6) ++report.ipv6_flows;
    long truth = -1;
    if (scam != ScamKind::None) {
      TruthEntry t;
      t.flow = index;
      t.kind = kind;
      t.scam = scam;
      t.client = formatIp(ends.to_server.src);
      t.client_port = ends.to_server.sport;
      t.server = formatIp(ends.to_server.dst);
      t.server_port = ends.to_server.dport;
      t.udp = script.udp;
      t.vlan = ends.to_server.vlan;
      t.outer_vlan = ends.to_server.outer_vlan;
      t.encoding = script.encoding;
      t.domain = script.domain;
      t.btc = script.btc;
      truth = static_cast<long>(report.truth.size());
      report.truth.push_back(std::move(t));
    }
    pending_payload += script.payloadBytes();
    active.push_back(Active{FlowEmitter(std::move(script), std::move(ends), rng.fork()), truth});
  };

  bool stopping = false;
  for (;;) {
    while (!stopping && active.size() < options.flows) {
      if (!want_more()) {
        stopping = true;
        break;
      }
      start_flow();
    }
    if (active.empty()) break;
    const size_t i = master.below(active.size());
    Active& a = active[i];
    const uint64_t before = a.emitter.remainingPayload();
    bool done = false;
    if (auto st = a.emitter.step(wire, done); !st) return st.error();
    pending_payload -= before - a.emitter.remainingPayload();
    if (done) {
      if (a.truth >= 0) {
        TruthEntry& t = report.truth[static_cast<size_t>(a.truth)];
        t.first_packet = a.emitter.firstPacket();
        t.last_packet = wire.packets();
      }
      if (i + 1 != active.size()) active[i] = std::move(active.back());
      active.pop_back();
    }
  }
  if (auto st = writer.close(); !st) return st.error();

  report.packets = writer.packets();
  report.file_bytes = writer.fileBytes();
  report.wire_bytes = wire.wireBytes();
  report.payload_bytes = wire.payloadBytes();
  report.small_packets = wire.smallPackets();
  report.last_ts_ns = wire.clockNs();
  report.elapsed_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace tapwatch::gen
