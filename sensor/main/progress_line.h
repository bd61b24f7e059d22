#pragma once
// ProgressLine: `scan`'s one-line progress on stderr when it is a terminal:
// a bar over the bytes of every input, the rate, the time left, and the
// alerts so far. Redrawn at most 4 times a second; clear() before logging.
#include <chrono>
#include <cstdint>
#include <string>

namespace tapwatch {

class ProgressLine {
 public:
  ProgressLine(bool enabled, uint64_t total_bytes);
  // `done_bytes`: over all inputs so far; `name`: the file being read.
  void update(const std::string& name, uint64_t done_bytes, uint64_t packets, uint64_t alerts);
  void clear();
  // --follow: a new input joins the total.
  void addTotal(uint64_t bytes) { total_bytes_ += bytes; }

  // The line itself (no terminal codes), for tests and for update().
  static std::string render(const std::string& name, uint64_t done_bytes, uint64_t total_bytes, double seconds,
                            uint64_t packets, uint64_t alerts);

 private:
  bool enabled_;
  bool drawn_ = false;
  uint64_t total_bytes_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace tapwatch
