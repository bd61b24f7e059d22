// signatures.max_live_sets: a reload that would exceed the cap first asks
// the workers to move every flow to the running set; when the old sets are
// still in use after that (here: workers that are not running), the reload
// is refused, counted and reported, and the running set stays.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "engine/pipeline.h"
#include "engine/signature_reloader.h"
#include "stats/metrics_builder.h"

namespace tapwatch {
namespace {
namespace fs = std::filesystem;

TEST(EngineReloaderCap, RefusesWhenOldSetsStayInUseAndRecoversOnceFreed) {
  const std::string dir = ::testing::TempDir() + "tw_reloader_cap_" + std::to_string(::getpid());
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir + "/a.yaml") << "signatures:\n  - {id: 5, name: a, patterns: [{literal: x}]}\n";

  Config config;
  config.capture.ring_mb = 1;
  SignatureReloader reloader({dir}, {});
  reloader.setMaxLiveSets(2);
  auto initial = reloader.loadInitial();
  ASSERT_TRUE(initial) << initial.error().describe();
  AlertCounters counters;
  struct NullSink final : AlertSink {
    void emit(EveEvent&&) override {}
  } sink;
  const WorkerContext context{config, sink, counters, ""};
  // Live: a worker thread runs and picks sets up (offline with one worker runs inline, without one).
  Pipeline pipeline(config, context, *initial, 1, /*live=*/true);
  initial = makeError("released");  // only the reloader and the worker hold the first set now
  EXPECT_EQ(reloader.setsAlive(), 1u);

  // The worker is not running: it keeps the first set until it picks the second up.
  ASSERT_TRUE(reloader.reload(pipeline));
  EXPECT_EQ(reloader.setsAlive(), 2u);
  Status refused = reloader.reload(pipeline);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("max_live_sets=2"), std::string::npos) << refused.error().message;
  EXPECT_EQ(reloader.setsAlive(), 2u) << "a refused reload must not compile a third set";
  EXPECT_NE(reloader.summary().last_error.find("refused"), std::string::npos) << "`ctl ruleset` shows why";

  // Running, the worker takes the newest set and lets the first one go: reloads work again.
  pipeline.start();
  ASSERT_TRUE(reloader.reload(pipeline));
  EXPECT_LE(reloader.setsAlive(), 2u);
  pipeline.finish();

  MetricsBuilder builder;
  reloader.collect(builder);
  std::map<std::string, double> samples;
  for (const auto& family : builder.take())
    for (const auto& metric : family.metric) {
      std::string key = family.name;
      for (const auto& label : metric.label) key += "," + label.name + "=" + label.value;
      samples[key] = family.type == prometheus::MetricType::Counter ? metric.counter.value : metric.gauge.value;
    }
  EXPECT_EQ(samples["tapwatch_signature_reloads_refused_total,reason=sets_cap"], 1);
  EXPECT_EQ(samples.count("tapwatch_signature_sets_alive"), 1u);
  EXPECT_EQ(samples.count("tapwatch_signature_reloads_coalesced_total"), 1u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace tapwatch
