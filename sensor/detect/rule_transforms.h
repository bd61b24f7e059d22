#pragma once
// Suricata's buffer transforms (dotprefix, strip_whitespace, to_lowercase,
// url_decode, to_sha256, xor, ...), applied in rule order to a sticky buffer
// before its chain is matched. Worker thread; allocation-free: each transform
// writes into one of two fixed buffers owned here, ping-ponging between them.
//
// Bound: a transform's output stops at the buffer capacity (64 KiB by
// default), so a longer value is transformed up to the cap and the chain sees
// the truncated result; digests always fit.
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "common/bytes.h"
#include "detect/rule_program.h"

namespace tapwatch {

// Movable, not copyable.
class RuleTransformScratch {
 public:
  explicit RuleTransformScratch(size_t capacity);

  // `input` after every transform of `chain`; `input` itself when there are none.
  // The result stays valid until the next call.
  ByteSpan apply(const RuleChain& chain, ByteSpan input);

  size_t capacity() const { return first_.size(); }
  uint64_t truncations = 0;  // outputs cut at the capacity

 private:
  ByteSpan applyOne(RuleTransform transform, const RuleChain& chain, ByteSpan in, std::span<uint8_t> out);
  ByteSpan digest(RuleTransform transform, ByteSpan in, std::span<uint8_t> out);

  std::vector<uint8_t> first_, second_;
  struct DigestContextDeleter {
    void operator()(void* ctx) const;
  };
  std::unique_ptr<void, DigestContextDeleter> digest_ctx_;  // EVP_MD_CTX, made on first use, then reused
};

}  // namespace tapwatch
