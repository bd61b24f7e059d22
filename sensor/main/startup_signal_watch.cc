#include "main/startup_signal_watch.h"

#include <unistd.h>

#include <chrono>

#include "common/log.h"
#include "main/commands.h"
#include "main/signals.h"

namespace tapwatch {
namespace {
constexpr auto kPoll = std::chrono::milliseconds(50);
}

StartupSignalWatch::StartupSignalWatch()
    : thread_([this] {
        while (!done_.load()) {
          const DaemonSignal sig = waitForSignal(kPoll);
          if (sig == DaemonSignal::Reload) logInfo("SIGHUP during start-up ignored: the signatures are being loaded");
          if (sig != DaemonSignal::Stop) continue;
          logInfo("stop signal during start-up: exiting without finishing it (nothing was captured yet)");
          ::_exit(kExitOk);  // the compile cannot be cancelled; no thread, file or socket needs cleaning up yet
        }
      }) {}

StartupSignalWatch::~StartupSignalWatch() { stop(); }

void StartupSignalWatch::stop() {
  done_.store(true);
  if (thread_.joinable()) thread_.join();
}

}  // namespace tapwatch
