// Reload requests that arrive while a compile runs collapse into one
// follow-up compile, and a waiting caller gets the outcome of a compile that
// started after it asked.
#include "engine/reload_coalescer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <string>
#include <thread>

namespace tapwatch {
namespace {

// A compile that blocks until the test releases it, and says which run it was.
struct GatedCompile {
  std::mutex mutex;
  std::condition_variable changed;
  int started = 0;
  int released = 0;

  ReloadCoalescer::Outcome operator()() {
    std::unique_lock lock(mutex);
    const int run = ++started;
    changed.notify_all();
    changed.wait(lock, [&] { return released >= run; });
    return {.ok = true, .stopping = false, .error = "run " + std::to_string(run)};
  }
  void waitStarted(int n) {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return started >= n; });
  }
  void release(int n) {
    std::lock_guard lock(mutex);
    released = n;
    changed.notify_all();
  }
};

TEST(ReloadCoalescer, RequestsDuringACompileShareOneFollowUp) {
  GatedCompile gate;
  ReloadCoalescer reloads;
  reloads.start([&] { return gate(); });
  reloads.request();
  gate.waitStarted(1);
  // 200 SIGHUPs while the first compile runs, and a `ctl reload` waiting among them.
  for (int i = 0; i < 100; ++i) reloads.request();
  auto waiter = std::async(std::launch::async, [&] { return reloads.requestAndWait(); });
  for (int i = 0; i < 100; ++i) reloads.request();
  while (reloads.coalesced() < 200) std::this_thread::yield();  // the waiter has asked too
  gate.release(1);
  gate.waitStarted(2);
  gate.release(2);
  const ReloadCoalescer::Outcome outcome = waiter.get();
  EXPECT_TRUE(outcome.ok);
  EXPECT_EQ(outcome.error, "run 2") << "the caller got a compile that started before its request";
  reloads.stop();
  EXPECT_EQ(reloads.compiles(), 2u);
  EXPECT_EQ(reloads.coalesced(), 200u);  // 201 requests after the first rode on one compile
}

TEST(ReloadCoalescer, StopAnswersWaitingCallers) {
  GatedCompile gate;
  ReloadCoalescer reloads;
  reloads.start([&] { return gate(); });
  reloads.request();
  gate.waitStarted(1);
  auto waiter = std::async(std::launch::async, [&] { return reloads.requestAndWait(); });
  std::thread stopper([&] { reloads.stop(); });
  // stop() waits for the running compile; the waiter is answered without a second one.
  const ReloadCoalescer::Outcome outcome = waiter.get();
  EXPECT_TRUE(outcome.stopping);
  gate.release(1);
  stopper.join();
  EXPECT_EQ(reloads.compiles(), 1u);
  EXPECT_TRUE(reloads.requestAndWait().stopping);
}

// A compile that notices the cancel token between its steps (as the
// signature load does between databases) gives up and is joined.
TEST(ReloadCoalescer, StopCancelsACompileThatChecksTheToken) {
  ReloadCoalescer reloads;
  const auto cancel = reloads.cancelToken();
  std::atomic<bool> started{false};
  reloads.start([&] {
    started.store(true);
    while (!cancel->load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return ReloadCoalescer::Outcome{.ok = false, .stopping = false, .error = "cancelled"};
  });
  reloads.request();
  while (!started.load()) std::this_thread::yield();
  const auto before = std::chrono::steady_clock::now();
  EXPECT_EQ(reloads.stopWithin(std::chrono::seconds(5)), ReloadCoalescer::StopResult::Cancelled);
  EXPECT_LT(std::chrono::steady_clock::now() - before, std::chrono::seconds(2));
  EXPECT_EQ(reloads.abandoned(), 1u);
  EXPECT_FALSE(reloads.unlessStopping([] { ADD_FAILURE() << "a step ran after the stop"; }));
  EXPECT_TRUE(reloads.requestAndWait().stopping);
}

TEST(ReloadCoalescer, StopWithNoCompileRunningIsIdle) {
  ReloadCoalescer reloads;
  reloads.start([] { return ReloadCoalescer::Outcome{.ok = true, .stopping = false, .error = ""}; });
  int steps = 0;
  EXPECT_TRUE(reloads.unlessStopping([&] { ++steps; }));
  EXPECT_EQ(reloads.stopWithin(std::chrono::milliseconds(10)), ReloadCoalescer::StopResult::Idle);
  EXPECT_EQ(steps, 1);
  EXPECT_EQ(reloads.abandoned(), 0u);
}

// A compile that cannot be interrupted (Hyperscan) is left running past the
// grace period: stopWithin returns without joining it. As the header says,
// its owner must not free what it uses: here both live in static storage,
// and the thread ends on its own once released.
TEST(ReloadCoalescer, StopAbandonsACompileThatIgnoresTheToken) {
  // Never freed (reachable from statics, so not a leak): the abandoned thread uses both.
  static GatedCompile* gate = new GatedCompile();
  static ReloadCoalescer* reloads = new ReloadCoalescer();
  reloads->start([] { return (*gate)(); });
  reloads->request();
  gate->waitStarted(1);
  const auto before = std::chrono::steady_clock::now();
  EXPECT_EQ(reloads->stopWithin(std::chrono::milliseconds(50)), ReloadCoalescer::StopResult::Abandoned);
  EXPECT_LT(std::chrono::steady_clock::now() - before, std::chrono::seconds(2));
  EXPECT_EQ(reloads->abandoned(), 1u);
  EXPECT_FALSE(reloads->unlessStopping([] { ADD_FAILURE() << "a step ran after the stop"; }));
  // Idempotent, and a plain stop() must not wait for (join) the abandoned thread.
  EXPECT_EQ(reloads->stopWithin(std::chrono::milliseconds(0)), ReloadCoalescer::StopResult::Abandoned);
  reloads->stop();
  EXPECT_TRUE(reloads->requestAndWait().stopping);
  gate->release(1);  // the thread finishes its compile and leaves its loop
}

}  // namespace
}  // namespace tapwatch
