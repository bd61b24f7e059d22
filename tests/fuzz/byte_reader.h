#pragma once
// ByteReader: takes typed values off the front of a fuzz input, returning
// zeros once it is used up (a small stand-in for libFuzzer's
// FuzzedDataProvider, which gcc builds of the replay driver do not have).
#include <cstddef>
#include <cstdint>
#include <span>

namespace tapwatch::fuzz {

class ByteReader {
 public:
  ByteReader(const uint8_t* data, size_t size) : data_(data), size_(size) {}

  bool empty() const { return pos_ >= size_; }
  size_t remaining() const { return size_ - pos_; }

  uint8_t u8() { return pos_ < size_ ? data_[pos_++] : 0; }
  uint16_t u16() { return static_cast<uint16_t>(u8() | (u8() << 8)); }
  uint32_t u32() { return uint32_t{u16()} | (uint32_t{u16()} << 16); }

  // Up to `n` bytes (fewer at the end of the input).
  std::span<const uint8_t> bytes(size_t n) {
    if (n > remaining()) n = remaining();
    std::span<const uint8_t> out(data_ + pos_, n);
    pos_ += n;
    return out;
  }
  std::span<const uint8_t> rest() { return bytes(remaining()); }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

// Deterministic generator for choices that need not come from the input
// (chunk sizes), so one input always replays the same way.
class SplitMix {
 public:
  explicit SplitMix(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  uint32_t below(uint32_t n) { return n == 0 ? 0 : static_cast<uint32_t>(next() % n); }

 private:
  uint64_t state_;
};

}  // namespace tapwatch::fuzz
