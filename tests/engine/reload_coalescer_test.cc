// Reload requests that arrive while a compile runs collapse into one
// follow-up compile, and a waiting caller gets the outcome of a compile that
// started after it asked.
#include "engine/reload_coalescer.h"

#include <gtest/gtest.h>

#include <atomic>
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

}  // namespace
}  // namespace tapwatch
