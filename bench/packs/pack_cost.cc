// tapwatch-pack-cost: where a signature pack's Hyperscan cost goes, per field.
//   tapwatch-pack-cost -s signatures --field smtp.body_text [--sample FILE] [--per-expression] [--top 20]
//                      [--leave-one-out N] [--max-mb M]
// Takes the field's distinct expressions exactly as the sensor compiles them
// (detect/detection_set.h: sensorExpressionsFor) and reports
//   - the whole database: compile CPU, database and stream-state bytes, and,
//     with --sample, the CPU of scanning every sample value in its own stream;
//   - with --per-expression, every expression compiled (and scanned) alone:
//     compile CPU, bytes, hs_expression_info widths, scan CPU and matches;
//   - with --leave-one-out N (needs --per-expression and a sample), the N
//     expressions dearest alone, each left out of the whole database: the
//     scan CPU the whole database saves without it (its marginal cost; the
//     whole and the one without scanned alternately, the fastest of each).
// The per-expression costs do not add up to the whole: Hyperscan compiles the
// expressions of one database together (shared literal matcher, merged
// engines), which is what the whole-database line measures.
// The sample is a text file of field values separated by NUL bytes (one value
// when there is none), e.g. decoded mail bodies (tapwatch-field-dump writes
// them from a capture); keep it outside git. --max-mb keeps the first values.
// A case-folded database (detect/case_fold.h) is measured as the sensor runs
// it: the rewritten caseless expressions over the folded sample, the
// case-sensitive ones over the original, plus the CPU of folding the sample.
// Timings are the process/thread CPU clock: the machine is shared.
#include <hs.h>
#include <time.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/field.h"
#include "detect/case_fold.h"
#include "detect/detection_set.h"
#include "detect/hs_handles.h"
#include "detect/signature_loader.h"

namespace {

using tapwatch::SensorExpression;

double threadCpu() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

struct Compiled {
  tapwatch::HsDatabasePtr db;
  std::string error;
  double cpu_seconds = 0;
  size_t db_bytes = 0;
  size_t stream_bytes = 0;
};

Compiled compile(const std::vector<const SensorExpression*>& exprs, bool streaming) {
  std::vector<const char*> texts;
  std::vector<unsigned> flags, ids;
  for (size_t i = 0; i < exprs.size(); ++i) {
    texts.push_back(exprs[i]->text.c_str());
    flags.push_back(exprs[i]->flags);
    ids.push_back(static_cast<unsigned>(i));
  }
  Compiled out;
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  const double started = threadCpu();
  const hs_error_t rc = hs_compile_multi(texts.data(), flags.data(), ids.data(), static_cast<unsigned>(texts.size()),
                                         streaming ? HS_MODE_STREAM : HS_MODE_BLOCK, nullptr, &db, &error);
  out.cpu_seconds = threadCpu() - started;
  if (rc != HS_SUCCESS) {
    out.error = error ? error->message : "compile failed";
    hs_free_compile_error(error);
    return out;
  }
  out.db.reset(db);
  hs_database_size(db, &out.db_bytes);
  if (streaming) hs_stream_size(db, &out.stream_bytes);
  return out;
}

int countMatch(unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
  ++*static_cast<size_t*>(ctx);
  return 0;
}

struct ScanCost {
  double cpu_seconds = 0;
  size_t matches = 0;
};

// Each value in its own stream (block mode: one hs_scan), as the sensor scans one field value; best of `repeat`.
ScanCost scanSample(const hs_database_t* db, bool streaming, const std::vector<std::string_view>& values,
                    unsigned repeat) {
  hs_scratch_t* raw = nullptr;
  if (hs_alloc_scratch(db, &raw) != HS_SUCCESS) return {};
  tapwatch::HsScratchPtr scratch(raw);
  hs_stream_t* stream = nullptr;
  if (streaming && hs_open_stream(db, 0, &stream) != HS_SUCCESS) return {};
  ScanCost best{1e300, 0};
  for (unsigned r = 0; r < repeat; ++r) {
    size_t matches = 0;
    const double started = threadCpu();
    for (std::string_view v : values) {
      const auto n = static_cast<unsigned>(v.size());
      if (streaming) {
        hs_scan_stream(stream, v.data(), n, 0, scratch.get(), countMatch, &matches);
        hs_reset_stream(stream, 0, scratch.get(), countMatch, &matches);
      } else {
        hs_scan(db, v.data(), n, 0, scratch.get(), countMatch, &matches);
      }
    }
    best.cpu_seconds = std::min(best.cpu_seconds, threadCpu() - started);
    best.matches = matches;
  }
  if (stream) hs_close_stream(stream, scratch.get(), nullptr, nullptr);
  return best;
}

std::string oneLine(const std::string& text, size_t width) {
  std::string out = text.substr(0, width);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> sig_paths;
  std::string field_name;
  std::string sample_path;
  bool per_expression = false;
  size_t top = 20;
  unsigned repeat = 2;
  std::string dump_path;
  size_t leave_one_out = 0;
  size_t max_mb = 0;
  CLI::App app{"Hyperscan compile and scan cost of one field's database, whole and per expression"};
  app.add_option("-s,--signatures", sig_paths, "signature files or directories")->required();
  app.add_option("--field", field_name, "field, e.g. smtp.body_text")->required();
  app.add_option("--sample", sample_path, "NUL-separated field values to scan");
  app.add_flag("--per-expression", per_expression, "also compile (and scan) every expression alone");
  app.add_option("--top", top, "rows per per-expression table (0 = all)");
  app.add_option("--repeat", repeat, "scan runs, the fastest counts");
  app.add_option("--leave-one-out", leave_one_out,
                 "leave each of the N expressions dearest alone out of the whole database (with --per-expression)");
  app.add_option("--max-mb", max_mb, "scan only the first values of the sample, up to this many MB (0 = all)");
  app.add_option("--dump", dump_path,
                 "write the field's expressions to FILE (flags TAB user TAB text a line); alone, only that");
  CLI11_PARSE(app, argc, argv);

  const auto field = tapwatch::fieldFromName(field_name);
  if (!field) {
    std::fprintf(stderr, "unknown field %s\n", field_name.c_str());
    return 2;
  }
  auto sigs = tapwatch::loadSignatureFiles(sig_paths);
  if (!sigs) {
    std::fprintf(stderr, "%s\n", sigs.error().describe().c_str());
    return 2;
  }
  const std::vector<SensorExpression> exprs = tapwatch::sensorExpressionsFor(*sigs, *field);
  if (exprs.empty()) {
    std::fprintf(stderr, "no Hyperscan expression on %s\n", field_name.c_str());
    return 2;
  }
  const bool streaming = tapwatch::fieldInfo(*field).hs_streaming;
  if (!dump_path.empty()) {
    // For experiments outside the sensor (other flags, rewritten texts): exactly what build() compiles.
    std::ofstream out(dump_path, std::ios::binary);
    for (const auto& e : exprs) out << e.flags << '\t' << e.user << '\t' << e.text << '\n';
    if (!out) {
      std::fprintf(stderr, "cannot write %s\n", dump_path.c_str());
      return 2;
    }
    if (sample_path.empty()) return 0;  // only the dump was asked for
  }

  std::string sample;
  std::vector<std::string_view> values;
  if (!sample_path.empty()) {
    std::ifstream in(sample_path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", sample_path.c_str());
      return 2;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    sample = buffer.str();
    if (max_mb != 0 && sample.size() > max_mb * 1000000) {
      const size_t cut = sample.find('\0', max_mb * 1000000);
      if (cut != std::string::npos) sample.resize(cut);
    }
    for (size_t pos = 0; pos < sample.size();) {
      size_t end = sample.find('\0', pos);
      if (end == std::string::npos) end = sample.size();
      if (end > pos) values.emplace_back(sample.data() + pos, end - pos);
      pos = end + 1;
    }
  }

  // The folded copy of the sample, value for value (same lengths, NULs stay).
  const bool folded = exprs.front().folded;
  std::string folded_sample(sample.size(), '\0');
  std::vector<std::string_view> folded_values;
  double fold_cpu = 1e300;
  if (folded && !sample.empty()) {
    for (unsigned r = 0; r < repeat; ++r) {
      const double started = threadCpu();
      tapwatch::foldText(reinterpret_cast<const uint8_t*>(sample.data()), sample.size(),
                         reinterpret_cast<uint8_t*>(folded_sample.data()));
      fold_cpu = std::min(fold_cpu, threadCpu() - started);
    }
    for (std::string_view v : values)
      folded_values.emplace_back(folded_sample.data() + (v.data() - sample.data()), v.size());
  }
  auto valuesFor = [&](const SensorExpression& e) -> const std::vector<std::string_view>& {
    return e.folded && !e.exact ? folded_values : values;
  };

  std::vector<const SensorExpression*> all, exact;
  for (const auto& e : exprs) (e.exact ? exact : all).push_back(&e);
  const Compiled whole = compile(all, streaming);
  if (!whole.db) {
    std::fprintf(stderr, "compile failed: %s\n", whole.error.c_str());
    return 1;
  }
  std::printf("field %s (%s mode): %zu distinct expressions%s\n", field_name.c_str(), streaming ? "stream" : "block",
              exprs.size(), folded ? ", case-folded" : "");
  std::printf("%s database: compile %.2f s CPU, %zu bytes, stream state %zu bytes\n", folded ? "folded" : "whole",
              whole.cpu_seconds, whole.db_bytes, whole.stream_bytes);
  Compiled exact_db;
  if (!exact.empty()) {
    exact_db = compile(exact, streaming);
    if (!exact_db.db) {
      std::fprintf(stderr, "compile failed: %s\n", exact_db.error.c_str());
      return 1;
    }
    std::printf(
        "exact (case-sensitive) database: %zu expressions, compile %.2f s CPU, %zu bytes, stream state %zu bytes\n",
        exact.size(), exact_db.cpu_seconds, exact_db.db_bytes, exact_db.stream_bytes);
  }
  ScanCost whole_scan, exact_scan;
  if (!values.empty()) {
    const ScanCost cost = whole_scan = scanSample(whole.db.get(), streaming, folded ? folded_values : values, repeat);
    std::printf("sample %s: %zu values, %zu bytes; scan %.4f s CPU = %.2f s/GB, %zu matches\n", sample_path.c_str(),
                values.size(), sample.size(), cost.cpu_seconds, cost.cpu_seconds / (sample.size() / 1e9), cost.matches);
    if (exact_db.db) {
      const ScanCost e = exact_scan = scanSample(exact_db.db.get(), streaming, values, repeat);
      std::printf("exact database over the original sample: %.4f s CPU = %.2f s/GB, %zu matches\n", e.cpu_seconds,
                  e.cpu_seconds / (sample.size() / 1e9), e.matches);
    }
    if (folded) std::printf("folding the sample: %.4f s CPU = %.2f s/GB\n", fold_cpu, fold_cpu / (sample.size() / 1e9));
  }
  if (!per_expression) return 0;

  struct Row {
    const SensorExpression* e;
    Compiled c;
    unsigned min_width = 0, max_width = 0;
    ScanCost scan;
    // --leave-one-out: the whole database (folded or exact part) scanned without this expression.
    bool left_out = false;
    ScanCost without;
    double saved = 0;  // whole - without, CPU s
  };
  std::vector<Row> rows;
  double sum_compile = 0, sum_scan = 0;
  for (const auto& e : exprs) {
    Row row{&e, compile({&e}, streaming)};
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_expression_info(e.text.c_str(), e.flags, &info, &error) == HS_SUCCESS) {
      row.min_width = info->min_width;
      row.max_width = info->max_width;
      free(info);  // NOLINT: Hyperscan's misc allocator is malloc
    } else {
      hs_free_compile_error(error);
    }
    if (row.c.db && !values.empty()) row.scan = scanSample(row.c.db.get(), streaming, valuesFor(e), repeat);
    sum_compile += row.c.cpu_seconds;
    sum_scan += row.scan.cpu_seconds;
    row.c.db.reset();
    rows.push_back(std::move(row));
  }
  std::printf("expressions alone: compile %.2f s CPU in all", sum_compile);
  if (!values.empty()) std::printf(", scan %.3f s CPU in all", sum_scan);
  std::printf("\n");

  auto byScan = [](const Row& a, const Row& b) { return a.scan.cpu_seconds > b.scan.cpu_seconds; };
  if (leave_one_out != 0 && !values.empty()) {
    std::sort(rows.begin(), rows.end(), byScan);
    for (size_t i = 0; i < rows.size() && i < leave_one_out; ++i) {
      Row& r = rows[i];
      const std::vector<const SensorExpression*>& group = r.e->exact ? exact : all;
      std::vector<const SensorExpression*> rest;
      for (const SensorExpression* e : group)
        if (e != r.e) rest.push_back(e);
      r.left_out = true;
      if (rest.empty()) {  // the group was this expression: without it, nothing is scanned
        r.saved = (r.e->exact ? exact_scan : whole_scan).cpu_seconds;
        continue;
      }
      const Compiled c = compile(rest, streaming);
      if (!c.db) continue;
      // The whole database again, run for run beside the one without: on a shared machine the load moves
      // between one leave-one-out and the next by more than one expression costs.
      const hs_database_t* whole_db = r.e->exact ? exact_db.db.get() : whole.db.get();
      ScanCost with{1e300, 0};
      r.without = ScanCost{1e300, 0};
      for (unsigned k = 0; k < repeat; ++k) {
        const ScanCost a = scanSample(whole_db, streaming, valuesFor(*r.e), 1);
        const ScanCost b = scanSample(c.db.get(), streaming, valuesFor(*r.e), 1);
        with.cpu_seconds = std::min(with.cpu_seconds, a.cpu_seconds);
        r.without.cpu_seconds = std::min(r.without.cpu_seconds, b.cpu_seconds);
        r.without.matches = b.matches;
      }
      r.saved = with.cpu_seconds - r.without.cpu_seconds;
    }
  }

  auto table = [&](const char* title, auto key, bool only_left_out) {
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return key(a) > key(b); });
    std::printf("\n%s\n%-9s %-9s %-9s %-8s %-10s %-9s %-8s %-6s ", title, "compile_s", "db_bytes", "scan_s", "s/GB",
                "matches", "stream_b", "width", "chars");
    if (only_left_out) std::printf("%-9s %-7s ", "saved_s", "saved%");
    std::printf("%-28s %-5s %s\n", "sid:pattern", "users", "expression");
    size_t shown = 0;
    for (const Row& r : rows) {
      if (only_left_out && !r.left_out) continue;
      if (top != 0 && shown++ >= top) break;
      const std::string width = std::to_string(r.min_width) + ".." +
                                (r.max_width == UINT_MAX ? std::string("inf") : std::to_string(r.max_width));
      std::printf("%-9.3f %-9zu %-9.4f %-8.2f %-10zu %-9zu %-8s %-6zu ", r.c.cpu_seconds, r.c.db_bytes,
                  r.scan.cpu_seconds, sample.empty() ? 0.0 : r.scan.cpu_seconds / (sample.size() / 1e9), r.scan.matches,
                  r.c.stream_bytes, width.c_str(), r.e->text.size());
      if (only_left_out) {
        const double of = (r.e->exact ? exact_scan : whole_scan).cpu_seconds;
        std::printf("%-9.4f %-7.1f ", r.saved, of > 0 ? 100.0 * r.saved / of : 0.0);
      }
      std::printf("%-28s %-5zu %s\n", r.e->short_user.c_str(), r.e->users, oneLine(r.e->text, 60).c_str());
    }
  };
  table(
      "by compile CPU (alone)", [](const Row& r) { return r.c.cpu_seconds; }, false);
  if (!values.empty())
    table(
        "by scan CPU (alone)", [](const Row& r) { return r.scan.cpu_seconds; }, false);
  if (leave_one_out != 0 && !values.empty())
    table(
        "left out of the whole database, by scan CPU saved (whole minus without it; not additive)",
        [](const Row& r) { return r.left_out ? r.saved : -1e300; }, true);
  return 0;
}
