#include "protocols/inflater.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace tapwatch {
namespace {
constexpr int kZlibBits = 15;
constexpr int kRawBits = -15;
// RFC 1952 FLG bits.
constexpr uint8_t kFhcrc = 0x02, kFextra = 0x04, kFname = 0x08, kFcomment = 0x10, kReserved = 0xe0;
enum GzipPart : uint8_t { kPartExtraLen, kPartExtra, kPartName, kPartComment, kPartHcrc, kPartDone };

uint32_t le32(const uint8_t* p) {
  return static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[1]) << 8 | static_cast<uint32_t>(p[2]) << 16 |
         static_cast<uint32_t>(p[3]) << 24;
}
}  // namespace

Inflater::Inflater() = default;

Inflater::~Inflater() {
  if (zs_ != nullptr) {
    inflateEnd(zs_);
    delete zs_;
  }
}

void Inflater::start(Coding coding, uint64_t max_output) {
  coding_ = coding;
  max_output_ = max_output;
  produced_ = 0;
  total_in_ = 0;
  head_len_ = 0;
  stalled_ = false;
  gzip_ = false;
  events_ = 0;
  phase_ = Phase::Detect;
  replay_.clear();
  replay_complete_ = true;
  state_ = State::Running;
  if (zs_ == nullptr) {
    zs_ = new z_stream{};
    if (inflateInit2(zs_, kRawBits) != Z_OK) {
      delete zs_;
      zs_ = nullptr;
      state_ = State::Passthrough;
      events_ |= kDecodeError;
    }
  }
}

void Inflater::remember(ByteSpan in) {
  total_in_ += in.size();
  if (!replay_complete_ || state_ != State::Running) return;
  if (replay_.size() + in.size() > kReplayBytes) {
    replay_complete_ = false;
    return;
  }
  replay_.append(reinterpret_cast<const char*>(in.data()), in.size());
}

void Inflater::fail() {
  events_ |= kDecodeError;
  state_ = State::Passthrough;
}

// The first two bytes say what the body is, whatever it was declared as.
bool Inflater::detect(ByteSpan& in) {
  while (head_len_ < 2 && !in.empty()) {
    head_[head_len_++] = in[0];
    in = in.subspan(1);
  }
  if (head_len_ < 2) return false;
  if (head_[0] == 0x1f && head_[1] == 0x8b) {
    gzip_ = true;
    phase_ = Phase::GzipHeader;  // head_ keeps the magic; the fixed header continues at byte 2
    return true;
  }
  if (gzip_) {  // a later "member" that is not one: trailing bytes, ignored
    state_ = State::Finished;
    return false;
  }
  // RFC 1950 header: CM = 8 and the 16-bit header is a multiple of 31.
  const bool zlib = (head_[0] & 0x0f) == 8 && ((head_[0] << 8) | head_[1]) % 31 == 0;
  if (!zlib) events_ |= kRawDeflate;
  if (inflateReset2(zs_, zlib ? kZlibBits : kRawBits) != Z_OK) {
    fail();
    return false;
  }
  phase_ = Phase::Inflate;  // the two bytes stay in head_ and go to zlib first
  return true;
}

bool Inflater::gzipHeader(ByteSpan& in) {
  while (head_len_ < 10) {
    if (in.empty()) return false;
    head_[head_len_++] = in[0];
    in = in.subspan(1);
    if (head_len_ == 3 && head_[2] != 8) {  // CM must be deflate
      fail();
      return false;
    }
    if (head_len_ == 4) {
      gz_flags_ = head_[3];
      if ((gz_flags_ & (kFhcrc | kFextra | kFname | kFcomment | kReserved)) != 0) events_ |= kGzipHeaderFlags;
      gz_part_ = kPartExtraLen;
      gz_skip_ = 0;
    }
  }
  while (gz_part_ != kPartDone) {
    switch (gz_part_) {
      case kPartExtraLen:
        if ((gz_flags_ & kFextra) == 0) {
          gz_part_ = kPartName;
          break;
        }
        while (gz_skip_ < 2) {  // XLEN, little-endian, collected in the (spent) head_ bytes 4..5
          if (in.empty()) return false;
          head_[4 + gz_skip_++] = in[0];
          in = in.subspan(1);
        }
        gz_skip_ = static_cast<uint32_t>(head_[4]) | static_cast<uint32_t>(head_[5]) << 8;
        gz_part_ = kPartExtra;
        break;
      case kPartExtra: {
        const size_t n = std::min<size_t>(gz_skip_, in.size());
        in = in.subspan(n);
        gz_skip_ -= static_cast<uint32_t>(n);
        if (gz_skip_ > 0) return false;
        gz_part_ = kPartName;
        break;
      }
      case kPartName:
      case kPartComment: {
        const uint8_t bit = gz_part_ == kPartName ? kFname : kFcomment;
        if ((gz_flags_ & bit) != 0) {
          if (in.empty()) return false;
          const auto* zero = static_cast<const uint8_t*>(std::memchr(in.data(), 0, in.size()));
          if (zero == nullptr) {
            in = in.subspan(in.size());
            return false;
          }
          in = in.subspan(static_cast<size_t>(zero - in.data()) + 1);
        }
        gz_part_ = gz_part_ == kPartName ? kPartComment : kPartHcrc;
        gz_skip_ = 0;
        break;
      }
      case kPartHcrc:
        if ((gz_flags_ & kFhcrc) != 0) {  // header CRC16: skipped, not checked (browsers do not either)
          while (gz_skip_ < 2) {
            if (in.empty()) return false;
            in = in.subspan(1);
            ++gz_skip_;
          }
        }
        gz_part_ = kPartDone;
        break;
      default: gz_part_ = kPartDone;
    }
  }
  if (inflateReset2(zs_, kRawBits) != Z_OK) {
    fail();
    return false;
  }
  crc_ = crc32(0L, Z_NULL, 0);
  isize_ = 0;
  head_len_ = 0;
  phase_ = Phase::Inflate;
  return true;
}

bool Inflater::gzipTrailer(ByteSpan& in) {
  while (head_len_ < 8) {
    if (in.empty()) return false;
    head_[head_len_++] = in[0];
    in = in.subspan(1);
  }
  if (le32(head_) != crc_ || le32(head_ + 4) != isize_) events_ |= kGzipBadTrailer;
  head_len_ = 0;
  phase_ = Phase::AfterMember;
  state_ = State::Finished;  // unless another member follows (feed() reopens)
  return true;
}

size_t Inflater::inflateSome(ByteSpan& in, uint8_t* out, size_t cap) {
  // Leftover detection bytes (zlib or raw deflate) go first.
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
  const size_t consumed = static_cast<size_t>(zs_->next_in - src);
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
  if (gzip_ && written > 0) {
    crc_ = crc32(crc_, dst, static_cast<uInt>(written));
    isize_ += static_cast<uint32_t>(written);
  }
  if (rc == Z_STREAM_END) {
    if (gzip_) {
      phase_ = Phase::GzipTrailer;
      head_len_ = 0;
    } else {
      state_ = State::Finished;
    }
  } else if (rc == Z_BUF_ERROR) {
    stalled_ = true;
  } else if (rc != Z_OK) {
    fail();
    return 0;
  }
  if (consumed == 0 && written == 0) stalled_ = true;
  produced_ += probing ? 0 : written;
  return probing ? 0 : written;
}

size_t Inflater::step(ByteSpan& in, uint8_t* out, size_t cap) {
  stalled_ = false;
  switch (phase_) {
    case Phase::Detect:
      if (!detect(in)) stalled_ = true;
      return 0;
    case Phase::GzipHeader:
      if (!gzipHeader(in)) stalled_ = true;
      return 0;
    case Phase::Inflate: return inflateSome(in, out, cap);
    case Phase::GzipTrailer:
      if (!gzipTrailer(in)) stalled_ = true;
      return 0;
    case Phase::AfterMember: stalled_ = true; return 0;
  }
  return 0;
}

}  // namespace tapwatch
