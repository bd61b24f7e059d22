#pragma once
// ReloadCoalescer: runs signature reloads on a thread of its own, one at a
// time, and collapses every request that arrives while a compile runs into a
// single follow-up compile. 200 SIGHUPs during a 10 s compile cost one more
// compile, not 200. A caller that waits (`tapwatch ctl reload`) gets the
// outcome of a compile that started after its request, so it always sees
// the files as they were when it asked.
//
// Thread use: start() and stop() from the main thread; request() and
// requestAndWait() from any thread; the compile function runs on the
// coalescer's thread.
#include <condition_variable>
#include <cstdint>
#include <functional>
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

  ReloadCoalescer() = default;
  ~ReloadCoalescer() { stop(); }
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

  // Requests that did not need a compile of their own (they arrived while
  // one was pending or running and share the next one).
  uint64_t coalesced() const;
  uint64_t compiles() const;

 private:
  uint64_t enqueue(std::unique_lock<std::mutex>& lock);
  void loop();

  Compile compile_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;  // a request came, or stop
  std::condition_variable done_;  // a compile finished, or stop
  uint64_t requested_ = 0;        // tickets handed out so far
  uint64_t started_upto_ = 0;     // highest ticket a started compile covers
  uint64_t finished_upto_ = 0;    // highest ticket a finished compile covers
  Outcome last_;                  // of the last finished compile
  uint64_t coalesced_ = 0;
  uint64_t compiles_ = 0;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace tapwatch
