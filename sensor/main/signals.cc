#include "main/signals.h"

#include <pthread.h>
#include <signal.h>

namespace tapwatch {
namespace {
sigset_t daemonSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  return set;
}
}  // namespace

void blockDaemonSignals() {
  const sigset_t set = daemonSignals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

DaemonSignal waitForSignal(std::chrono::milliseconds timeout) {
  const sigset_t set = daemonSignals();
  timespec ts{};
  ts.tv_sec = timeout.count() / 1000;
  ts.tv_nsec = (timeout.count() % 1000) * 1000000;
  const int sig = sigtimedwait(&set, nullptr, &ts);
  if (sig == SIGHUP) return DaemonSignal::Reload;
  if (sig == SIGINT || sig == SIGTERM) return DaemonSignal::Stop;
  return DaemonSignal::None;
}

}  // namespace tapwatch
