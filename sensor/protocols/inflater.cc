#include "protocols/inflater.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace tapwatch {
namespace {
constexpr int kGzipBits = 15 + 16;
constexpr int kZlibBits = 15;
constexpr int kRawBits = -15;
}  // namespace

Inflater::Inflater() = default;

Inflater::~Inflater() {
  if (zs_ != nullptr) {
    inflateEnd(zs_);
    delete zs_;
  }
}

void Inflater::start(Mode mode, uint64_t max_output) {
  mode_ = mode;
  max_output_ = max_output;
  produced_ = 0;
  head_len_ = 0;
  stalled_ = false;
  decided_ = false;
  state_ = State::Running;
  if (zs_ == nullptr) {
    zs_ = new z_stream{};
    if (inflateInit2(zs_, kGzipBits) != Z_OK) {
      delete zs_;
      zs_ = nullptr;
      state_ = State::Error;
      return;
    }
  }
  if (mode == Mode::Gzip) {
    decided_ = inflateReset2(zs_, kGzipBits) == Z_OK;
    if (!decided_) state_ = State::Error;
  }
}

bool Inflater::prepare(ByteSpan& in) {
  if (decided_) return true;
  while (head_len_ < 2 && !in.empty()) {
    head_[head_len_++] = in[0];
    in = in.subspan(1);
  }
  if (head_len_ < 2) return false;
  // RFC 1950 header: CM = 8 and the 16-bit header is a multiple of 31.
  const bool zlib = (head_[0] & 0x0f) == 8 && ((head_[0] << 8) | head_[1]) % 31 == 0;
  if (inflateReset2(zs_, zlib ? kZlibBits : kRawBits) != Z_OK) {
    state_ = State::Error;
    return false;
  }
  decided_ = true;  // the two header bytes stay in head_ and go to zlib first
  return true;
}

size_t Inflater::step(ByteSpan& in, uint8_t* out, size_t cap) {
  stalled_ = false;
  if (!prepare(in)) {
    stalled_ = true;
    return 0;
  }
  // Leftover header bytes (raw deflate) go first.
  const bool from_head = head_len_ > 0;
  const uint8_t* src = from_head ? head_ : in.data();
  const size_t src_len = from_head ? head_len_ : in.size();
  const uint64_t room = max_output_ - produced_;
  // At the cap, probe with one byte: output means a bomb, end-of-stream means it fit exactly.
  uint8_t probe[1];
  const bool probing = room == 0;
  uint8_t* dst = probing ? probe : out;
  const size_t dst_len = probing ? 1 : static_cast<size_t>(std::min<uint64_t>(cap, room));

  zs_->next_in = const_cast<uint8_t*>(src);
  zs_->avail_in = static_cast<uInt>(std::min<size_t>(src_len, 1u << 30));
  zs_->next_out = dst;
  zs_->avail_out = static_cast<uInt>(dst_len);
  const int rc = inflate(zs_, Z_NO_FLUSH);
  const size_t consumed = zs_->next_in - src;
  const size_t written = dst_len - zs_->avail_out;

  if (from_head) {
    head_len_ = static_cast<uint8_t>(head_len_ - consumed);
    if (head_len_ == 1 && consumed == 1) head_[0] = head_[1];
  } else {
    in = in.subspan(consumed);
  }

  if (probing && written > 0) {
    state_ = State::Capped;
    return 0;
  }
  if (rc == Z_STREAM_END) {
    // Concatenated gzip members (RFC 1952 §2.2) continue after a reset.
    if (mode_ == Mode::Gzip && !in.empty() && in[0] == 0x1f) {
      inflateReset2(zs_, kGzipBits);
    } else {
      state_ = State::Finished;
    }
  } else if (rc == Z_BUF_ERROR) {
    stalled_ = true;  // no progress possible: needs more input
  } else if (rc != Z_OK) {
    state_ = State::Error;
    return 0;
  }
  if (consumed == 0 && written == 0) stalled_ = true;
  produced_ += probing ? 0 : written;
  return probing ? 0 : written;
}

}  // namespace tapwatch
