#pragma once
// TextBatch: collects the pieces a text stage writes during one call into a
// buffer the caller owns (on its stack) and hands them on together. Every
// piece of an inspection field is a Hyperscan call, and a stream call costs
// far more than copying its bytes: HtmlText's stages write up to 1 KiB at a
// time, OwnText a line and its line break apart, MimeParser a multipart body
// line by line (bench/README.md, "Stop 34"). Same bytes, same order, fewer
// and larger pieces. No heap.
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "common/bytes.h"

namespace tapwatch {

class TextBatch {
 public:
  TextBatch(uint8_t* buf, size_t cap) : buf_(buf), cap_(cap) {}
  TextBatch(const TextBatch&) = delete;
  TextBatch& operator=(const TextBatch&) = delete;

  // Keeps `piece`; what was kept goes to emit first when it would not fit,
  // and a piece bigger than the buffer goes on as it is.
  template <typename Emit>
  void add(ByteSpan piece, Emit&& emit) {
    if (used_ + piece.size() > cap_) {
      flush(emit);
      if (piece.size() > cap_) {
        emit(piece);
        return;
      }
    }
    std::memcpy(buf_ + used_, piece.data(), piece.size());
    used_ += piece.size();
  }

  // Hands on what was kept (nothing: no call).
  template <typename Emit>
  void flush(Emit&& emit) {
    if (used_ == 0) return;
    const size_t n = used_;
    used_ = 0;  // before emit: it may add to the batch again
    emit(ByteSpan(buf_, n));
  }

  bool empty() const { return used_ == 0; }

 private:
  uint8_t* buf_;
  size_t cap_;
  size_t used_ = 0;
};

}  // namespace tapwatch
