#pragma once
// CharsetConverter: incremental conversion of text in a declared charset
// (windows-1251, KOI8-R, ISO-8859-5, UTF-16, ...) to UTF-8 with glibc iconv,
// so one UTF-8 signature matches mail in any of them. A multibyte sequence
// split across calls is carried over; invalid sequences become U+FFFD.
// The iconv descriptor is opened once per distinct charset and reused.
// Worker thread only.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "common/bytes.h"

namespace tapwatch {

class CharsetConverter {
 public:
  CharsetConverter() = default;
  ~CharsetConverter();
  CharsetConverter(const CharsetConverter&) = delete;
  CharsetConverter& operator=(const CharsetConverter&) = delete;

  enum class Open : uint8_t { Passthrough, Converting, Unknown };
  // Prepares for text in `charset` (a MIME charset name, any case, quotes and
  // an RFC 2231 "*lang" suffix tolerated). Passthrough: already UTF-8 / ASCII
  // or unknown (bytes are then passed as they are).
  Open open(std::string_view charset);

  // Converts `in`, calling emit(ByteSpan utf8) with pieces of output.
  template <typename Emit>
  void convert(ByteSpan in, Emit&& emit) {
    if (cd_ == nullptr || passthrough_) {
      if (!in.empty()) emit(in);
      return;
    }
    Output out{const_cast<void*>(static_cast<const void*>(&emit)), &emitThunk<Emit>};
    convertImpl(in, out);
  }

  // End of the text: an incomplete trailing sequence becomes U+FFFD; the
  // shift state is reset for the next text in the same charset.
  template <typename Emit>
  void finish(Emit&& emit) {
    if (cd_ == nullptr || passthrough_) return;
    Output out{const_cast<void*>(static_cast<const void*>(&emit)), &emitThunk<Emit>};
    finishImpl(out);
  }

  // Invalid sequences seen since open() (the caller counts one anomaly per text).
  uint64_t invalidSequences() const { return invalid_; }

 private:
  struct Output {
    void* ctx;
    void (*fn)(void*, ByteSpan);
    void operator()(ByteSpan b) const { fn(ctx, b); }
  };
  template <typename Emit>
  static void emitThunk(void* ctx, ByteSpan b) {
    (*static_cast<std::remove_reference_t<Emit>*>(ctx))(b);
  }
  void convertImpl(ByteSpan in, const Output& out);
  void finishImpl(const Output& out);
  // Converts [p, p+len) as far as possible; returns the bytes left over
  // (an incomplete sequence at the end).
  size_t run(const uint8_t* p, size_t len, const Output& out);
  void close();

  static constexpr size_t kNameMax = 48;
  static constexpr size_t kCarryMax = 16;
  void* cd_ = nullptr;  // iconv_t
  bool passthrough_ = true;
  char name_[kNameMax] = {};
  uint8_t carry_[kCarryMax] = {};
  size_t carry_len_ = 0;
  uint64_t invalid_ = 0;
};

}  // namespace tapwatch
