#pragma once
// Inflater: incremental decoding of one gzip / deflate content-coding layer
// of an HTTP body, lenient the way browsers are, with the output capped so a
// decompression bomb is cut at the cap instead of inflating gigabytes.
//
// The declared coding is only a hint: the first bytes decide. 1f 8b is a gzip
// member (header parsed here, so FEXTRA/FNAME/FCOMMENT/FHCRC and reserved
// flag bits are skipped and reported instead of failing, and a wrong CRC32 /
// ISIZE or a missing trailer keeps the inflated bytes); a valid RFC 1950
// header is zlib-wrapped deflate; anything else is tried as raw deflate.
// Concatenated gzip members continue. A body that does not decode is not
// lost: the first kReplayBytes of input are kept, and on an error they (when
// they are all the input so far) and every later byte pass on raw, so the
// bytes as sent are still inspected.
//
// One z_stream per instance, created on first use and reset (not
// reallocated) for each later body. Worker thread only.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "common/bytes.h"

struct z_stream_s;

namespace tapwatch {

class Inflater {
 public:
  enum class Coding : uint8_t { Gzip, Deflate };  // as declared; the bytes decide
  enum class State : uint8_t {
    Running,      // decoding
    Finished,     // end of the compressed data; later bytes are not content
    Passthrough,  // did not decode: the raw bytes are passed on
    Capped,       // the output cap was reached
  };
  // What was noticed about this body (bits, see events()).
  enum Event : uint8_t {
    kGzipHeaderFlags = 1,  // FEXTRA / FNAME / FCOMMENT / FHCRC or reserved bits
    kGzipBadTrailer = 2,   // CRC32 or ISIZE wrong, or the trailer missing
    kRawDeflate = 4,       // deflate without zlib header
    kDecodeError = 8,      // did not decode as declared: raw bytes passed on
  };
  static constexpr size_t kReplayBytes = 4096;

  Inflater();
  ~Inflater();
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  // Starts a new body; at most `max_output` bytes will ever be produced.
  void start(Coding coding, uint64_t max_output);

  // Decodes `in`, calling emit(ByteSpan) for each piece of output (from a
  // stack buffer, valid during the call).
  template <typename Emit>
  void feed(ByteSpan in, Emit&& emit) {
    remember(in);
    uint8_t buf[kChunk];
    while (!in.empty()) {
      if (state_ == State::Finished && phase_ == Phase::AfterMember) {
        if (in[0] != 0x1f) return;  // trailing bytes after the last gzip member: not content
        state_ = State::Running;    // RFC 1952 §2.2: another member follows
        phase_ = Phase::Detect;
        head_len_ = 0;
      }
      if (state_ == State::Passthrough) {
        emitRaw(in, emit);
        return;
      }
      if (state_ != State::Running) return;
      const size_t n = step(in, buf, sizeof buf);
      if (n > 0) emit(ByteSpan(buf, n));
      if (state_ == State::Passthrough && replay_complete_) {  // failed: the body as sent instead
        emitRaw(ByteSpan(reinterpret_cast<const uint8_t*>(replay_.data()), replay_.size()), emit);
        return;
      }
      if (n == 0 && stalled_) break;
    }
  }

  // The body ended. A gzip member without its trailer is reported; input
  // that never decoded to anything is passed on raw.
  template <typename Emit>
  void finish(Emit&& emit) {
    if (state_ == State::Running && atTrailer()) events_ |= kGzipBadTrailer;
    if (state_ == State::Running && produced_ == 0 && total_in_ > 0 && replay_complete_) {
      events_ |= kDecodeError;
      state_ = State::Passthrough;
      emitRaw(ByteSpan(reinterpret_cast<const uint8_t*>(replay_.data()), replay_.size()), emit);
    }
  }

  State state() const { return state_; }
  uint8_t events() const { return events_; }
  uint64_t produced() const { return produced_; }

 private:
  static constexpr size_t kChunk = 8192;
  enum class Phase : uint8_t { Detect, GzipHeader, Inflate, GzipTrailer, AfterMember };

  template <typename Emit>
  void emitRaw(ByteSpan raw, Emit& emit) {
    const uint64_t room = max_output_ - produced_;
    if (raw.size() > room) {
      raw = raw.first(static_cast<size_t>(room));
      state_ = State::Capped;
    }
    produced_ += raw.size();
    if (!raw.empty()) emit(raw);
  }

  void remember(ByteSpan in);
  // One step of decoding; advances `in`, returns bytes written to out.
  size_t step(ByteSpan& in, uint8_t* out, size_t cap);
  bool detect(ByteSpan& in);
  bool gzipHeader(ByteSpan& in);
  bool gzipTrailer(ByteSpan& in);
  size_t inflateSome(ByteSpan& in, uint8_t* out, size_t cap);
  bool atTrailer() const { return phase_ == Phase::GzipTrailer; }
  void fail();

  z_stream_s* zs_ = nullptr;
  Coding coding_ = Coding::Gzip;
  State state_ = State::Finished;
  Phase phase_ = Phase::Detect;
  bool gzip_ = false;     // the current stream is a gzip member
  bool stalled_ = false;  // no progress possible without more input
  uint8_t events_ = 0;
  uint8_t head_[10] = {};  // detection bytes / gzip fixed header / trailer
  uint8_t head_len_ = 0;
  uint8_t gz_flags_ = 0;
  uint8_t gz_part_ = 0;  // which optional gzip header part is being skipped
  uint32_t gz_skip_ = 0;
  uint32_t crc_ = 0;
  uint32_t isize_ = 0;
  uint64_t produced_ = 0;
  uint64_t max_output_ = 0;
  uint64_t total_in_ = 0;
  std::string replay_;  // first kReplayBytes of input, for the raw fallback
  bool replay_complete_ = true;
};

}  // namespace tapwatch
