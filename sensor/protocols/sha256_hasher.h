#pragma once
// Sha256Hasher: incremental SHA-256 (OpenSSL EVP) of an attachment's decoded
// bytes as they stream through the MIME parser, so EVE fileinfo can name the
// file by hash without the part ever being buffered. The EVP context is made
// once per hasher and reused for every file. Worker thread only.
#include <array>
#include <cstdint>

#include "common/bytes.h"

namespace tapwatch {

class Sha256Hasher {
 public:
  using Digest = std::array<uint8_t, 32>;

  Sha256Hasher() = default;
  ~Sha256Hasher();
  Sha256Hasher(const Sha256Hasher&) = delete;
  Sha256Hasher& operator=(const Sha256Hasher&) = delete;

  // Starts a new digest (drops one in progress). False if OpenSSL failed
  // (out of memory); update() and finish() are then no-ops.
  bool begin();
  void update(ByteSpan data);
  // The digest of everything since begin(); false if it cannot be trusted.
  bool finish(Digest& out);
  bool active() const { return active_; }

 private:
  void* ctx_ = nullptr;  // EVP_MD_CTX
  bool active_ = false;
};

}  // namespace tapwatch
