// matchChain for a typical Suricata rule after its fast pattern has hit:
// three contents (startswith, relative with distance/within, nocase) and a
// relative pcre, on a 1 KiB HTTP-request-like buffer. Three cases: the rule
// matches; it fails at the last step (every earlier content retried: the
// backtracking cost); the first content is absent (the cheapest reject).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "common/bytes.h"
#include "detect/rule_chain_matcher.h"
#include "detect/rule_program_builder.h"

namespace tapwatch::bench {
namespace {

RuleChain typicalChain() {
  RuleProgramBuilder builder;
  const std::pair<std::string_view, std::string_view> options[] = {
      {"content", "\"POST \""},
      {"startswith", ""},
      {"content", "\"/upload\""},
      {"distance", "0"},
      {"within", "64"},
      {"content", "\"content-type|3a| multipart\""},
      {"nocase", ""},
      {"distance", "0"},
      {"pcre", "\"/filename=\\x22[^\\x22]{1,64}\\.(php|jsp|aspx)\\x22/Ri\""},
  };
  for (auto [keyword, value] : options) {
    if (auto took = builder.add(keyword, value); !took) {
      std::fprintf(stderr, "rule_chain_bench: %s\n", took.error().message.c_str());
      std::abort();
    }
  }
  auto program = builder.finish();
  if (!program) std::abort();
  return program->chains.at(0);
}

// ~1 KiB: request line, ordinary headers, then the multipart part header.
std::string buffer(std::string_view filename, std::string_view method) {
  std::string text = std::string(method) + " /upload/files.cgi HTTP/1.1\r\nHost: uploads.example.test\r\n";
  while (text.size() < 800) text += "X-Padding-Header: some ordinary header value of moderate length\r\n";
  text += "Content-Type: multipart/form-data; boundary=xyz\r\n\r\n--xyz\r\n";
  text += "Content-Disposition: form-data; name=\"f\"; filename=\"" + std::string(filename) + "\"\r\n\r\n";
  text.resize(1024, 'z');
  return text;
}

void run(benchmark::State& state, const std::string& data, bool expected) {
  const RuleChain chain = typicalChain();
  RuleScratch scratch;
  for (auto _ : state) {
    const bool matched = matchChain(chain, asBytes(data), scratch);
    benchmark::DoNotOptimize(matched);
    if (matched != expected) state.SkipWithError("unexpected result");
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(data.size()));
}

void BM_RuleChainMatch(benchmark::State& state) { run(state, buffer("shell.php", "POST"), true); }
void BM_RuleChainFailsAtPcre(benchmark::State& state) { run(state, buffer("report.pdf", "POST"), false); }
void BM_RuleChainFailsAtFirstContent(benchmark::State& state) { run(state, buffer("shell.php", "GET"), false); }

BENCHMARK(BM_RuleChainMatch);
BENCHMARK(BM_RuleChainFailsAtPcre);
BENCHMARK(BM_RuleChainFailsAtFirstContent);

}  // namespace
}  // namespace tapwatch::bench
