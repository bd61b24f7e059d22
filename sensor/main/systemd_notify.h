#pragma once
// What the daemon tells systemd (Type=notify): READY=1 once serving,
// RELOADING=1 with MONOTONIC_USEC around a reload (systemd 253 wants the
// timestamp), STOPPING=1 when draining, and WATCHDOG=1 pings at half the
// unit's WatchdogSec, from the main loop, so a wedged main thread is noticed.
// Without NOTIFY_SOCKET every call is a no-op. Main thread only.
#include <chrono>

namespace tapwatch {

class SystemdNotifier {
 public:
  SystemdNotifier();
  void ready();
  void reloading();
  void stopping();
  // Sends WATCHDOG=1 when half the watchdog interval has passed since the last ping.
  void tick();

 private:
  std::chrono::steady_clock::duration ping_every_{};  // zero = no watchdog
  std::chrono::steady_clock::time_point next_ping_{};
};

}  // namespace tapwatch
