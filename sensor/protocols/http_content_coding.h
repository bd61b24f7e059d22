#pragma once
// ContentDecoder: undoes the codings of one HTTP body, layer by layer, each
// an Inflater (gzip / deflate, told apart by their bytes; see inflater.h).
// Layers are given in decoding order, i.e. the last coding the sender applied
// first. Each layer is capped at the inflated-size limit; a layer that does
// not decode passes its input on raw, so the next layer (or the sink) still
// sees bytes. Layers are fixed members: no allocation per body once the
// z_streams exist. Worker thread only.
#include <array>
#include <cstdint>

#include "protocols/inflater.h"

namespace tapwatch {

class ContentDecoder {
 public:
  static constexpr size_t kMaxLayers = 8;  // the config allows no more (protocols.http.content_encoding_layers)

  void clear() { layers_ = 0; }
  // Appends a layer; false when kMaxLayers are in use.
  bool add(Inflater::Coding coding) {
    if (layers_ == kMaxLayers) return false;
    codings_[layers_++] = coding;
    return true;
  }
  size_t layers() const { return layers_; }
  void start(uint64_t max_output) {
    for (size_t i = 0; i < layers_; ++i) inflaters_[i].start(codings_[i], max_output);
  }

  // Decoded output goes to emit(ByteSpan).
  template <typename Emit>
  void feed(ByteSpan in, Emit&& emit) {
    push(0, in, emit);
  }
  // The body ended: each layer completes in order, its last output passing
  // through the layers after it.
  template <typename Emit>
  void finish(Emit&& emit) {
    for (size_t i = 0; i < layers_; ++i) {
      inflaters_[i].finish([&](ByteSpan out) { push(i + 1, out, emit); });
    }
  }

  // OR of every layer's Inflater::Event bits.
  uint8_t events() const {
    uint8_t e = 0;
    for (size_t i = 0; i < layers_; ++i) e |= inflaters_[i].events();
    return e;
  }
  bool capped() const {
    for (size_t i = 0; i < layers_; ++i)
      if (inflaters_[i].state() == Inflater::State::Capped) return true;
    return false;
  }
  // Nothing more will come out (the outermost layer finished, failed to a cap, ...).
  bool done() const {
    return layers_ > 0 &&
           (inflaters_[0].state() == Inflater::State::Finished || inflaters_[0].state() == Inflater::State::Capped);
  }

 private:
  template <typename Emit>
  void push(size_t level, ByteSpan in, Emit& emit) {
    if (in.empty()) return;
    if (level >= layers_) {
      emit(in);
      return;
    }
    inflaters_[level].feed(in, [&](ByteSpan out) { push(level + 1, out, emit); });
  }

  std::array<Inflater, kMaxLayers> inflaters_;
  std::array<Inflater::Coding, kMaxLayers> codings_{};
  size_t layers_ = 0;
};

}  // namespace tapwatch
