#pragma once
// StartupSignalWatch: SIGTERM/SIGINT acted on while start-up blocks.
//
// Two start-up steps can take long and cannot be interrupted: the Hyperscan
// compile of the signatures (tens of seconds for the shipped packs, no cancel
// hook) and reading a capture file's header from an idle stdin (`run -r -`).
// Until outputs are opened nothing has been captured, written or bound, so
// the compile is simply abandoned: a thread of its own collects the stop
// signal and ends the process at once. Stop the watch before start-up
// creates anything that a shutdown must drain or remove; a SIGHUP seen
// meanwhile is dropped (the set being loaded is read from the current files).
#include <atomic>
#include <thread>

namespace tapwatch {

class StartupSignalWatch {
 public:
  StartupSignalWatch();  // call after blockDaemonSignals()
  ~StartupSignalWatch();
  StartupSignalWatch(const StartupSignalWatch&) = delete;
  StartupSignalWatch& operator=(const StartupSignalWatch&) = delete;

  void stop();  // idempotent; joins within one poll interval

 private:
  std::atomic<bool> done_{false};
  std::thread thread_;
};

}  // namespace tapwatch
