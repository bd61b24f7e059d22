// tapwatch-field-dump: the decoded field values the sensor scans on a capture,
// as samples for tapwatch-pack-cost.
//   tapwatch-field-dump CAPTURE -s signatures -o DIR [--field http.response_body_text ...] [--set KEY=VALUE]
// Replays the capture through one in-process Worker (the sensor's own decode,
// reassembly, parsers and text stages, as `tapwatch scan --workers 1` and
// `sig profile` do) with a FieldTap, and writes every value of each field
// the signatures read to DIR/<field>.nul, values separated by NUL bytes. A
// value is what one ScopeScan scans in one Hyperscan stream, its pieces
// joined. Media response bodies are left out as the sensor leaves them out.
// The `stream` field (raw payload) is not a scoped field and is not dumped:
// the raw baseline (bench/hs_baseline) measures that.
// Values holding a NUL byte are cut there by the format; the tool says how many.
#include <CLI/CLI.hpp>
#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "capture/pcap_source.h"
#include "engine/field_tap.h"
#include "engine/worker.h"
#include "main/config_resolution.h"
#include "main/detect_setup.h"

namespace {

using tapwatch::Field;

class NullAlertSink final : public tapwatch::AlertSink {
 public:
  void emit(tapwatch::EveEvent&&) override {}
};

// Joins each open scope's pieces per field; a value goes to its field's file when it ends.
class DumpTap final : public tapwatch::FieldTap {
 public:
  DumpTap(const std::string& dir, const std::vector<Field>& fields) {
    for (Field f : fields) {
      const auto i = static_cast<size_t>(f);
      files_[i] =
          std::make_unique<std::ofstream>(dir + "/" + std::string(tapwatch::fieldName(f)) + ".nul", std::ios::binary);
    }
  }

  void fieldData(const void* scope, Field field, tapwatch::ByteSpan data, bool last) override {
    if (!files_[static_cast<size_t>(field)]) return;
    std::string& value = open_[{scope, field}];
    value.append(reinterpret_cast<const char*>(data.data()), data.size());
    if (last) finish(scope, field);
  }

  void scopeClosed(const void* scope) override {
    for (auto it = open_.lower_bound({scope, Field{}}); it != open_.end() && it->first.first == scope;) it = write(it);
  }

  // Values still open when the capture ends.
  void flush() {
    for (auto it = open_.begin(); it != open_.end();) it = write(it);
  }

  bool ok() const {
    for (const auto& f : files_)
      if (f && !*f) return false;
    return true;
  }

  void report() const {
    for (size_t i = 0; i < files_.size(); ++i)
      if (files_[i])
        std::printf("%-28s %10zu values %14zu bytes %8zu cut at a NUL\n",
                    std::string(tapwatch::fieldName(static_cast<Field>(i))).c_str(), values_[i], bytes_[i], cut_[i]);
  }

 private:
  using Key = std::pair<const void*, Field>;

  void finish(const void* scope, Field field) {
    if (auto it = open_.find({scope, field}); it != open_.end()) write(it);
  }

  std::map<Key, std::string>::iterator write(std::map<Key, std::string>::iterator it) {
    const auto i = static_cast<size_t>(it->first.second);
    const std::string& value = it->second;
    if (!value.empty()) {
      const size_t nul = value.find('\0');
      if (nul != std::string::npos) ++cut_[i];
      const size_t n = nul == std::string::npos ? value.size() : nul;
      files_[i]->write(value.data(), static_cast<std::streamsize>(n));
      files_[i]->put('\0');
      ++values_[i];
      bytes_[i] += n;
    }
    return open_.erase(it);
  }

  std::array<std::unique_ptr<std::ofstream>, tapwatch::kFieldCount> files_;
  std::array<size_t, tapwatch::kFieldCount> values_{}, bytes_{}, cut_{};
  std::map<Key, std::string> open_;
};

}  // namespace

int main(int argc, char** argv) {
  std::string capture;
  std::string out_dir;
  std::vector<std::string> field_names;
  tapwatch::ConfigOptions config_options;
  CLI::App app{"Dump the decoded field values the sensor scans on a capture (samples for tapwatch-pack-cost)"};
  app.add_option("capture", capture, "pcap or pcapng file")->required();
  app.add_option("-s,--signatures", config_options.signature_paths, "signature files or directories")->required();
  app.add_option("-o,--out", out_dir, "directory for <field>.nul files")->required();
  app.add_option("--field", field_names, "fields to dump (default: every scoped field the signatures read)");
  app.add_option("--set", config_options.overrides, "config override KEY.PATH=VALUE, as tapwatch scan");
  CLI11_PARSE(app, argc, argv);

  auto config = tapwatch::resolveConfig(config_options);
  if (!config) {
    std::fprintf(stderr, "%s\n", config.error().describe().c_str());
    return 2;
  }
  auto set = tapwatch::DetectionSet::load(config->signatures.paths, tapwatch::detectOptionsFrom(*config));
  if (!set) {
    std::fprintf(stderr, "%s\n", set.error().describe().c_str());
    return 2;
  }
  std::vector<Field> fields;
  for (const std::string& name : field_names) {
    const auto f = tapwatch::fieldFromName(name);
    if (!f) {
      std::fprintf(stderr, "unknown field %s\n", name.c_str());
      return 2;
    }
    fields.push_back(*f);
  }
  if (fields.empty())
    for (const auto& info : tapwatch::allFields())
      if (info.field != Field::Payload && (*set)->inspects(info.field)) fields.push_back(info.field);

  auto source = tapwatch::PcapSource::openFile(capture);
  if (!source) {
    std::fprintf(stderr, "%s\n", source.error().describe().c_str());
    return 2;
  }
  DumpTap tap(out_dir, fields);
  NullAlertSink sink;
  tapwatch::AlertCounters counters;
  tapwatch::AlertFilter filter(counters);
  tapwatch::WorkerStats stats;
  tapwatch::Config alerts_only = *config;  // transaction and flow events cost time and change nothing here
  alerts_only.outputs.eve.types = {"alert"};
  alerts_only.outputs.syslog.enabled = false;
  tapwatch::WorkerContext context{alerts_only, sink, counters, "", &filter};
  context.field_tap = &tap;
  {
    tapwatch::Worker worker(0, context, stats, *set);
    tapwatch::RawPacket raw;
    for (;;) {
      const tapwatch::ReadStatus status = source->next(raw);
      if (status == tapwatch::ReadStatus::End) break;
      if (status == tapwatch::ReadStatus::Error) {
        std::fprintf(stderr, "%s: %s\n", capture.c_str(), source->lastError().c_str());
        return 1;
      }
      if (status == tapwatch::ReadStatus::Packet)
        worker.handlePacket(source->datalink(), raw.ts, raw.data, raw.caplen, raw.wire_length);
    }
    worker.closeAllFlows();
  }
  tap.flush();
  tap.report();
  if (!tap.ok()) {
    std::fprintf(stderr, "cannot write into %s\n", out_dir.c_str());
    return 1;
  }
  return 0;
}
