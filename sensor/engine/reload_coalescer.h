#pragma once
// ReloadCoalescer: runs signature reloads on a thread of its own, one at a
// time, and collapses every request that arrives while a compile runs into a
// single follow-up compile. 200 SIGHUPs during a 10 s compile cost one more
// compile, not 200. A caller that waits (`tapwatch ctl reload`) gets the
// outcome of a compile that started after its request, so it always sees
// the files as they were when it asked.
//
// Shutdown during a compile (stopWithin): the cancel token is raised, which
// the compile checks between its steps (DetectOptions::cancel); a Hyperscan
// compile already running cannot be interrupted. If the compile has not
// returned within the grace period the coalescer gives up on it: the thread
// is left running, not joined (abandoned). Ownership: an abandoned thread
// still uses this object, the compile function's captures and whatever they
// reach, so its owner must end the process (with _exit, no destructors,
// main/daemon.cc) instead of destroying them. What a shutdown tears down
// (pipeline, outputs) the compile function touches only inside
// unlessStopping(), which a stop waits for and which refuses to run once a
// stop has begun, so nothing torn down is reached from the abandoned thread.
//
// Thread use: start() and stop*() from the main thread; request() and
// requestAndWait() from any thread; the compile function runs on the
// coalescer's thread.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace tapwatch {

class ReloadCoalescer {
 public:
  struct Outcome {
    bool ok = false;
    bool stopping = false;  // the daemon stopped before a compile for this request ran
    std::string error;      // why the reload failed (file:line:col), when !ok
  };
  using Compile = std::function<Outcome()>;

  // What a stop found.
  enum class StopResult {
    Idle,       // no compile was running; the thread is joined
    Cancelled,  // a compile was running and gave up within the grace period; joined
    Abandoned,  // a compile is still running (inside Hyperscan): the thread is NOT joined
  };

  ReloadCoalescer() = default;
  ~ReloadCoalescer();
  ReloadCoalescer(const ReloadCoalescer&) = delete;
  ReloadCoalescer& operator=(const ReloadCoalescer&) = delete;

  void start(Compile compile);
  // Asks for a compile that starts after this call; does not wait.
  void request();
  // request(), then waits for the outcome of a compile that started after it.
  Outcome requestAndWait();
  // Refuses new requests, answers waiting callers {stopping}, lets a running
  // compile finish and joins the thread. Idempotent.
  void stop();
  // Like stop(), but raises the cancel token and waits at most `grace` for a
  // running compile; past it the compile is abandoned (see above). Idempotent.
  StopResult stopWithin(std::chrono::milliseconds grace);

  // Raised by stopWithin(); hand it to the compile (DetectOptions::cancel).
  std::shared_ptr<const std::atomic<bool>> cancelToken() const { return cancel_; }
  // Runs `step` on the calling (compile) thread unless a stop has begun; a
  // stop waits for a step that runs. For everything a shutdown tears down.
  bool unlessStopping(const std::function<void()>& step);

  // Requests that did not need a compile of their own (they arrived while
  // one was pending or running and share the next one).
  uint64_t coalesced() const;
  uint64_t compiles() const;
  // Compiles a stop cut short (cancelled or abandoned).
  uint64_t abandoned() const;

 private:
  uint64_t enqueue(std::unique_lock<std::mutex>& lock);
  void loop();

  Compile compile_;
  const std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
  std::mutex gate_mutex_;  // held by unlessStopping() steps; a stop takes it to raise cancel_
  mutable std::mutex mutex_;
  std::condition_variable wake_;  // a request came, or stop
  std::condition_variable done_;  // a compile finished, or stop
  uint64_t requested_ = 0;        // tickets handed out so far
  uint64_t started_upto_ = 0;     // highest ticket a started compile covers
  uint64_t finished_upto_ = 0;    // highest ticket a finished compile covers
  Outcome last_;                  // of the last finished compile
  uint64_t coalesced_ = 0;
  uint64_t compiles_ = 0;
  uint64_t abandoned_ = 0;
  bool running_ = false;  // the compile function runs
  bool stopping_ = false;
  bool left_running_ = false;  // StopResult::Abandoned: thread_ must not be joined
  std::thread thread_;
};

}  // namespace tapwatch
