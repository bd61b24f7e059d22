#pragma once
// Signal handling for the daemon without async handlers: SIGINT, SIGTERM and
// SIGHUP are blocked in every thread (call blockDaemonSignals() before any
// thread starts) and the main thread collects them with waitForSignal().
#include <chrono>

namespace tapwatch {

enum class DaemonSignal { None, Stop, Reload };

void blockDaemonSignals();
DaemonSignal waitForSignal(std::chrono::milliseconds timeout);

}  // namespace tapwatch
