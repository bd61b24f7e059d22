// Option parsing helpers and the generator's outputs for people (summary on
// stderr) and for scripts (summary JSON, ground-truth JSON).
#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "generator.h"

namespace tapwatch::gen {
namespace {

double percent(uint64_t part, uint64_t whole) {
  return whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0;
}

Status writeJson(const nlohmann::json& doc, const std::string& path) {
  std::ofstream out(path, std::ios::trunc);
  if (!out) return makeError("cannot create " + path + ": " + std::strerror(errno));
  out << doc.dump(1) << '\n';
  out.close();
  if (!out) return makeError("write to " + path + " failed");
  return Ok{};
}

nlohmann::json optionsJson(const GeneratorOptions& o) {
  nlohmann::json mix = nlohmann::json::object();
  for (size_t k = 0; k < o.mix.size(); ++k) mix[std::string(flowKindName(static_cast<FlowKind>(k)))] = o.mix[k];
  return {{"seed", o.seed},
          {"target_bytes", o.target_bytes},
          {"target_packets", o.target_packets},
          {"flows", o.flows},
          {"scam_share", o.scam_share},
          {"ipv6_share", o.ipv6_share},
          {"vlan", o.vlan},
          {"mix", mix},
          {"timestamps", o.precision == TimestampPrecision::Nano ? "nano" : "micro"}};
}

}  // namespace

Status parseMix(const std::string& text, GeneratorOptions& options) {
  std::array<double, static_cast<size_t>(FlowKind::Count)> mix{};
  size_t pos = 0;
  while (pos <= text.size()) {
    const size_t comma = std::min(text.find(',', pos), text.size());
    const std::string item = text.substr(pos, comma - pos);
    const size_t eq = item.find('=');
    if (eq == std::string::npos) return makeError("--mix: expected KIND=WEIGHT, got '" + item + "'");
    const std::string name = item.substr(0, eq);
    size_t k = 0;
    while (k < mix.size() && flowKindName(static_cast<FlowKind>(k)) != name) ++k;
    if (k == mix.size()) return makeError("--mix: unknown kind '" + name + "' (http, smtp, dns, tls, bulk)");
    char* end = nullptr;
    const std::string value = item.substr(eq + 1);
    const double w = std::strtod(value.c_str(), &end);
    if (value.empty() || *end != '\0' || w < 0) return makeError("--mix: bad weight '" + value + "' for " + name);
    mix[k] = w;
    pos = comma + 1;
  }
  double total = 0;
  for (double w : mix) total += w;
  if (total <= 0) return makeError("--mix: all weights are zero");
  options.mix = mix;
  return Ok{};
}

Result<uint64_t> parseSize(const std::string& text) {
  char* end = nullptr;
  errno = 0;
  const double v = std::strtod(text.c_str(), &end);
  if (text.empty() || end == text.c_str() || errno != 0 || v < 0) return makeError("bad size '" + text + "'");
  const std::string unit(end);
  double mult = 1;
  if (unit == "" || unit == "B") mult = 1;
  else if (unit == "k" || unit == "K" || unit == "KiB") mult = 1024.0;
  else if (unit == "M" || unit == "MiB") mult = 1024.0 * 1024;
  else if (unit == "G" || unit == "GiB") mult = 1024.0 * 1024 * 1024;
  else return makeError("bad size unit in '" + text + "' (use k, M or G)");
  return static_cast<uint64_t>(v * mult);
}

void printReport(const GeneratorOptions& o, const GeneratorReport& r, std::FILE* out) {
  const double span_s = static_cast<double>(r.last_ts_ns - r.first_ts_ns) / 1e9;
  std::fprintf(out, "tapwatch-gen: wrote %s (seed %llu)\n", o.out.c_str(), static_cast<unsigned long long>(o.seed));
  std::fprintf(out, "  packets        %llu (%.1f%% of at most 128 bytes)\n", static_cast<unsigned long long>(r.packets),
               percent(r.small_packets, r.packets));
  std::fprintf(out, "  file bytes     %llu (%.2f GiB); frames %llu; TCP/UDP payload %llu\n",
               static_cast<unsigned long long>(r.file_bytes), static_cast<double>(r.file_bytes) / (1 << 30),
               static_cast<unsigned long long>(r.wire_bytes), static_cast<unsigned long long>(r.payload_bytes));
  std::fprintf(out, "  flows          %llu (%llu IPv6), up to %u at once\n", static_cast<unsigned long long>(r.flows),
               static_cast<unsigned long long>(r.ipv6_flows), o.flows);
  std::fprintf(out, "  by kind       ");
  for (size_t k = 0; k < r.flows_by_kind.size(); ++k)
    std::fprintf(out, " %s=%llu", std::string(flowKindName(static_cast<FlowKind>(k))).c_str(),
                 static_cast<unsigned long long>(r.flows_by_kind[k]));
  std::fprintf(out, "\n  scam flows     %llu:", static_cast<unsigned long long>(r.flows - r.flows_by_scam[0]));
  for (size_t s = 1; s < r.flows_by_scam.size(); ++s)
    std::fprintf(out, " %s=%llu", std::string(scamKindName(static_cast<ScamKind>(s))).c_str(),
                 static_cast<unsigned long long>(r.flows_by_scam[s]));
  std::fprintf(out, "\n  capture span   %.2f s at %.2f Gbit/s; generated in %.2f s (%.0f packets/s, %.0f MB/s)\n",
               span_s, o.gbit_per_s, r.elapsed_seconds, static_cast<double>(r.packets) / r.elapsed_seconds,
               static_cast<double>(r.file_bytes) / r.elapsed_seconds / 1e6);
}

Status writeSummaryJson(const GeneratorOptions& o, const GeneratorReport& r, const std::string& path) {
  nlohmann::json kinds = nlohmann::json::object();
  for (size_t k = 0; k < r.flows_by_kind.size(); ++k)
    kinds[std::string(flowKindName(static_cast<FlowKind>(k)))] = r.flows_by_kind[k];
  nlohmann::json scams = nlohmann::json::object();
  for (size_t s = 1; s < r.flows_by_scam.size(); ++s)
    scams[std::string(scamKindName(static_cast<ScamKind>(s)))] = r.flows_by_scam[s];
  const nlohmann::json doc = {{"file", o.out},
                              {"options", optionsJson(o)},
                              {"packets", r.packets},
                              {"small_packets", r.small_packets},
                              {"file_bytes", r.file_bytes},
                              {"wire_bytes", r.wire_bytes},
                              {"payload_bytes", r.payload_bytes},
                              {"flows", r.flows},
                              {"ipv6_flows", r.ipv6_flows},
                              {"flows_by_kind", kinds},
                              {"scam_flows", r.flows - r.flows_by_scam[0]},
                              {"scam_flows_by_kind", scams},
                              {"capture_seconds", static_cast<double>(r.last_ts_ns - r.first_ts_ns) / 1e9},
                              {"generate_seconds", r.elapsed_seconds}};
  return writeJson(doc, path);
}

Status writeTruthJson(const GeneratorOptions& o, const GeneratorReport& r, const std::string& path) {
  nlohmann::json flows = nlohmann::json::array();
  for (const TruthEntry& t : r.truth) {
    nlohmann::json f = {{"flow", t.flow},
                        {"kind", flowKindName(t.kind)},
                        {"scam", scamKindName(t.scam)},
                        {"proto", t.udp ? "UDP" : "TCP"},
                        {"src_ip", t.client},
                        {"src_port", t.client_port},
                        {"dest_ip", t.server},
                        {"dest_port", t.server_port},
                        {"encoding", t.encoding},
                        {"first_packet", t.first_packet},
                        {"last_packet", t.last_packet}};
    if (t.vlan)
      f["vlan"] = t.outer_vlan ? nlohmann::json::array({t.outer_vlan, t.vlan}) : nlohmann::json::array({t.vlan});
    if (!t.domain.empty()) f["domain"] = t.domain;
    if (!t.btc.empty()) f["btc"] = t.btc;
    flows.push_back(std::move(f));
  }
  const nlohmann::json doc = {{"file", o.out}, {"options", optionsJson(o)}, {"scam_flows", flows}};
  return writeJson(doc, path);
}

}  // namespace tapwatch::gen
