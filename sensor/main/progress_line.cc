#include "main/progress_line.h"

#include <unistd.h>

#include <cstdio>

namespace tapwatch {
namespace {

constexpr int kBarWidth = 24;

std::string duration(double seconds) {
  const auto s = static_cast<uint64_t>(seconds + 0.5);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%llu:%02llu:%02llu", static_cast<unsigned long long>(s / 3600),
                  static_cast<unsigned long long>(s / 60 % 60), static_cast<unsigned long long>(s % 60));
  else
    std::snprintf(buf, sizeof buf, "%llu:%02llu", static_cast<unsigned long long>(s / 60),
                  static_cast<unsigned long long>(s % 60));
  return buf;
}

}  // namespace

ProgressLine::ProgressLine(bool enabled, uint64_t total_bytes)
    : enabled_(enabled && isatty(STDERR_FILENO)), total_bytes_(total_bytes) {}

std::string ProgressLine::render(const std::string& name, uint64_t done_bytes, uint64_t total_bytes, double seconds,
                                 uint64_t packets, uint64_t alerts) {
  const double fraction =
      total_bytes ? std::min(1.0, static_cast<double>(done_bytes) / static_cast<double>(total_bytes)) : 0.0;
  const int filled = static_cast<int>(fraction * kBarWidth);
  std::string bar = std::string("[").append(static_cast<size_t>(filled), '#') +
                    std::string(static_cast<size_t>(kBarWidth - filled), '.') + "]";
  const double rate = seconds > 0 ? static_cast<double>(done_bytes) / seconds : 0;
  // Unknown total (stdin) or no rate yet: no ETA rather than a wrong one.
  const std::string eta = total_bytes && rate > 0 && done_bytes <= total_bytes
                              ? duration(static_cast<double>(total_bytes - done_bytes) / rate)
                              : std::string("--:--");
  char buf[512];
  std::snprintf(buf, sizeof buf, "%s %5.1f%% %7.1f MB/s ETA %s  %llu packets  %llu alerts  %s", bar.c_str(),
                100.0 * fraction, rate / 1e6, eta.c_str(), static_cast<unsigned long long>(packets),
                static_cast<unsigned long long>(alerts), name.c_str());
  return buf;
}

void ProgressLine::update(const std::string& name, uint64_t done_bytes, uint64_t packets, uint64_t alerts) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - started_).count();
  std::fprintf(stderr, "\r\033[K%s", render(name, done_bytes, total_bytes_, seconds, packets, alerts).c_str());
  drawn_ = true;
}

void ProgressLine::clear() {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
  drawn_ = false;
}

}  // namespace tapwatch
