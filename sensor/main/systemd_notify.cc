#include "main/systemd_notify.h"

#include <systemd/sd-daemon.h>
#include <time.h>

#include <string>

namespace tapwatch {

SystemdNotifier::SystemdNotifier() {
  uint64_t usec = 0;
  if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) ping_every_ = std::chrono::microseconds(usec / 2);
}

void SystemdNotifier::ready() { sd_notify(0, "READY=1"); }

void SystemdNotifier::reloading() {
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  const uint64_t usec = static_cast<uint64_t>(now.tv_sec) * 1000000u + static_cast<uint64_t>(now.tv_nsec) / 1000u;
  sd_notify(0, ("RELOADING=1\nMONOTONIC_USEC=" + std::to_string(usec)).c_str());
}

void SystemdNotifier::stopping() { sd_notify(0, "STOPPING=1"); }

void SystemdNotifier::tick() {
  if (ping_every_ == std::chrono::steady_clock::duration::zero()) return;
  const auto now = std::chrono::steady_clock::now();
  if (now < next_ping_) return;
  next_ping_ = now + ping_every_;
  sd_notify(0, "WATCHDOG=1");
}

}  // namespace tapwatch
