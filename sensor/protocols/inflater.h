#pragma once
// Inflater: incremental gzip / deflate decoding of an HTTP body with zlib,
// with the output capped so a decompression bomb is cut at the cap instead of
// inflating gigabytes. One z_stream per instance, initialised on first use and
// reset (not reallocated) for each following body. Worker thread only.
#include <cstddef>
#include <cstdint>
#include <span>

#include "common/bytes.h"

struct z_stream_s;

namespace tapwatch {

class Inflater {
 public:
  enum class Mode : uint8_t { Gzip, Deflate };  // Deflate: zlib-wrapped or raw, told apart by its first 2 bytes
  enum class State : uint8_t { Running, Finished, Error, Capped };

  Inflater();
  ~Inflater();
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  // Starts a new body; at most `max_output` bytes will ever be produced.
  void start(Mode mode, uint64_t max_output);

  // Inflates `in`, calling emit(ByteSpan) for each piece of output (from a
  // stack buffer, valid during the call). Stops at the end of the stream, an
  // error or the cap; state() says which.
  template <typename Emit>
  void feed(ByteSpan in, Emit&& emit) {
    uint8_t buf[kChunk];
    while (state_ == State::Running) {
      const size_t n = step(in, buf, sizeof buf);
      if (n > 0) emit(ByteSpan(buf, n));
      if (n == 0 && in.empty()) break;
      if (n == 0 && stalled_) break;
    }
  }

  State state() const { return state_; }
  uint64_t produced() const { return produced_; }

 private:
  static constexpr size_t kChunk = 16384;
  // One inflate() call; advances `in`, returns bytes written to out.
  size_t step(ByteSpan& in, uint8_t* out, size_t cap);
  bool prepare(ByteSpan& in);  // Deflate: decide zlib vs raw once 2 bytes are known

  z_stream_s* zs_ = nullptr;
  Mode mode_ = Mode::Gzip;
  State state_ = State::Finished;
  bool decided_ = false;
  bool stalled_ = false;  // zlib made no progress on the last call: needs more input
  uint8_t head_[2] = {0, 0};
  uint8_t head_len_ = 0;
  uint64_t produced_ = 0;
  uint64_t max_output_ = 0;
};

}  // namespace tapwatch
