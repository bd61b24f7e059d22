#include "profile/signature_profiler.h"

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <map>

#include "capture/pcap_source.h"
#include "engine/worker.h"

namespace tapwatch {
namespace {

class NullAlertSink final : public AlertSink {
 public:
  void emit(EveEvent&&) override {}
};

double threadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct RunResult {
  double seconds = 0;
  std::map<uint32_t, uint64_t> hits;
  std::array<uint64_t, kFieldCount> scanned{};
};

RunResult runOnce(const Config& config, const std::shared_ptr<const DetectionSet>& set,
                  const CapturedPackets& packets) {
  NullAlertSink sink;
  AlertCounters counters;
  AlertFilter filter(counters);
  WorkerStats stats;
  RunResult result;
  // Only alerts: transaction, flow and anomaly events would add their cost to every signature's time.
  Config alerts_only = config;
  alerts_only.outputs.eve.types = {"alert"};
  alerts_only.outputs.syslog.enabled = false;
  {
    Worker worker(0, WorkerContext{alerts_only, sink, counters, "", &filter}, stats, set);
    const double started = threadCpuSeconds();
    for (const auto& p : packets.packets())
      worker.handlePacket(p.datalink, p.ts, packets.data(p), p.caplen, p.wire_length);
    worker.closeAllFlows();
    result.seconds = threadCpuSeconds() - started;
  }
  filter.signatureCounters().forEach([&](uint32_t id, const SignatureCounters::Counts& c) {
    result.hits[id] = c.hits;
  });
  for (size_t i = 0; i < kFieldCount; ++i) result.scanned[i] = stats.detect.scanned_bytes[i].value();
  return result;
}

RunResult fastestOf(uint32_t repeat, const Config& config, const std::shared_ptr<const DetectionSet>& set,
                    const CapturedPackets& packets) {
  RunResult best = runOnce(config, set, packets);
  for (uint32_t i = 1; i < repeat; ++i) {
    RunResult r = runOnce(config, set, packets);
    if (r.seconds < best.seconds) best.seconds = r.seconds;
  }
  return best;
}

std::string fieldList(const std::vector<Field>& fields) {
  std::string out;
  for (Field f : fields) out += (out.empty() ? "" : ", ") + std::string(fieldName(f));
  return out;
}

// A signature on `fields` whose pattern never occurs in real traffic: the
// cost of getting those buffers scanned at all.
Signature baselineSignature(const std::vector<Field>& fields) {
  Signature sig;
  sig.id = 1;
  sig.name = "baseline";
  sig.fields = fields;
  Pattern p;
  p.kind = PatternKind::Literal;
  p.text = "\xff\xfe\x01tapwatch-profile-baseline\x01\xfe\xff";
  sig.patterns.push_back(std::move(p));
  return sig;
}

}  // namespace

Status CapturedPackets::load(const std::string& path, uint64_t max_bytes) {
  auto source = PcapSource::openFile(path);
  if (!source) return source.error();
  RawPacket raw;
  for (;;) {
    const ReadStatus status = source->next(raw);
    if (status == ReadStatus::End) break;
    if (status == ReadStatus::Error)
      return makeError("stopped after " + std::to_string(packets_.size()) + " packets: " + source->lastError(),
                       SourceLocation{path});
    if (status != ReadStatus::Packet) continue;
    if (data_.size() + raw.caplen > max_bytes)
      return makeError("captures hold more than " + std::to_string(max_bytes >> 20) +
                           " MiB of packets; profile a smaller sample",
                       SourceLocation{path});
    packets_.push_back(Packet{source->datalink(), raw.ts, raw.wire_length, data_.size(), raw.caplen});
    data_.insert(data_.end(), raw.data, raw.data + raw.caplen);
    bytes_ += raw.wire_length;
  }
  return Ok{};
}

Result<ProfileReport> profileSignatures(const Config& config, const std::vector<Signature>& signatures,
                                        const CapturedPackets& packets, const ProfileOptions& options) {
  ProfileReport report;
  report.packets = packets.count();
  report.bytes = packets.bytes();
  report.repeat = std::max<uint32_t>(1, options.repeat);

  auto full_set = DetectionSet::build(signatures, options.detect);
  if (!full_set) return full_set.error();
  const RunResult full = fastestOf(report.repeat, config, *full_set, packets);
  report.full_seconds = full.seconds;
  for (const auto& info : allFields())
    if (uint64_t n = full.scanned[static_cast<size_t>(info.field)])
      report.scanned_bytes.emplace_back(std::string(info.name), n);

  std::map<std::vector<Field>, double> baselines;
  for (const Signature& sig : signatures) {
    if (!sig.enabled) continue;
    auto& baseline = baselines[sig.fields];
    if (baseline == 0) {
      auto set = DetectionSet::build({baselineSignature(sig.fields)}, options.detect);
      if (!set) return set.error();
      baseline = std::max(1e-9, fastestOf(report.repeat, config, *set, packets).seconds);
    }
    Signature alone = sig;
    alone.threshold.reset();  // count every hit the same way in every run
    auto set = DetectionSet::build({alone}, options.detect);
    if (!set) return set.error();
    const RunResult isolated = fastestOf(report.repeat, config, *set, packets);
    SignatureCost cost;
    cost.id = sig.id;
    cost.name = sig.name;
    cost.fields = fieldList(sig.fields);
    const auto hit = full.hits.find(sig.id);
    cost.hits = hit == full.hits.end() ? 0 : hit->second;
    cost.isolated_seconds = isolated.seconds;
    cost.baseline_seconds = baseline;
    cost.cost_seconds = std::max(0.0, isolated.seconds - baseline);
    report.signatures.push_back(std::move(cost));
  }
  std::stable_sort(report.signatures.begin(), report.signatures.end(),
                   [](const SignatureCost& a, const SignatureCost& b) { return a.cost_seconds > b.cost_seconds; });
  return report;
}

std::string formatProfile(const ProfileReport& report, size_t top) {
  std::string out;
  char line[512];
  std::snprintf(line, sizeof line,
                "%llu packets, %.1f MB; every run replayed in memory through one worker, CPU time, fastest of %u\n",
                static_cast<unsigned long long>(report.packets), static_cast<double>(report.bytes) / 1e6,
                report.repeat);
  out += line;
  std::snprintf(line, sizeof line, "all signatures together: %.3f ms\n", report.full_seconds * 1e3);
  out += line;
  if (!report.scanned_bytes.empty()) {
    out += "scanned bytes:";
    for (const auto& [field, n] : report.scanned_bytes) out += " " + field + "=" + std::to_string(n);
    out += "\n";
  }
  out += "cost = time with this signature alone - time with a never-matching pattern on the same fields\n"
         "(its own scan and match work; parsing and the buffer scans are in the baseline).\n"
         "Costs overlap in the full set (one Hyperscan pass per field), so they need not add up.\n\n";
  std::snprintf(line, sizeof line, "%-10s %10s %8s %11s %11s %10s  %-28s %s\n", "sid", "cost_ms", "share", "alone_ms",
                "base_ms", "hits", "fields", "name");
  out += line;
  double total_cost = 0;
  for (const auto& s : report.signatures) total_cost += s.cost_seconds;
  size_t shown = 0;
  for (const auto& s : report.signatures) {
    if (top != 0 && shown++ >= top) break;
    const double share = total_cost > 0 ? 100.0 * s.cost_seconds / total_cost : 0.0;
    std::snprintf(line, sizeof line, "%-10u %10.3f %7.1f%% %11.3f %11.3f %10llu  %-28s %s\n", s.id,
                  s.cost_seconds * 1e3, share, s.isolated_seconds * 1e3, s.baseline_seconds * 1e3,
                  static_cast<unsigned long long>(s.hits), s.fields.substr(0, 28).c_str(), s.name.c_str());
    out += line;
  }
  if (top != 0 && report.signatures.size() > top)
    out += "... " + std::to_string(report.signatures.size() - top) + " more (use --top 0 for all)\n";
  return out;
}

}  // namespace tapwatch
