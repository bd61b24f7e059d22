#pragma once
// ScopeScan: all detection state of one scope (a flow's `stream`, one HTTP
// transaction, SMTP message, DNS query or TLS handshake): open Hyperscan
// streams per (field, channel), a short tail of recent bytes per stream for
// excerpts, and matched-pattern bits for signatures that matched.
// Worker thread only; created and driven by the engine, scanning with that
// worker's ScanScratch. Holds its DetectionSet alive, so a reload never pulls
// the databases from under an open stream.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "common/field.h"
#include "detect/detection_set.h"
#include "detect/domain_matcher.h"
#include "detect/hs_handles.h"
#include "detect/pattern_mask.h"
#include "detect/scan_scratch.h"

namespace tapwatch {

// Receives hits synchronously from scan()/close(). Must not call back into
// the ScopeScan that reports the hit. `excerpt` is valid only during the call.
// `matched`: bit i = sig.patterns[i] matched in the scope so far (hitScore()
// and hitIndicators() in signature.h turn it into the alert's score and
// indicators).
class HitSink {
 public:
  virtual ~HitSink() = default;
  virtual void onHit(const Signature& sig, Field field, uint32_t channel, std::string_view excerpt,
                     PatternMask matched) = 0;
};

class ScopeScan {
 public:
  ScopeScan(std::shared_ptr<const DetectionSet> set, Scope scope);
  ~ScopeScan();
  ScopeScan(const ScopeScan&) = delete;
  ScopeScan& operator=(const ScopeScan&) = delete;

  // Scans a piece of `field`. `channel` separates parallel streams of one
  // field (the engine passes the Direction index for `stream`, else 0).
  // Streaming fields: a Hyperscan stream per (field, channel) opens on first
  // data and ends on `last` (more data later starts a new value: nothing
  // matches across `last`; the stream's memory is reused); a value whole
  // in one call (`last`, nothing of it open: a UDP datagram) is scanned by
  // the field's block-mode twin when it has one, with the same matches. Block
  // fields: each call is one whole value. Each signature fires at most once
  // per ScopeScan; conditions with `not` wait for close().
  void scan(ScanScratch& scratch, Field field, uint32_t channel, ByteSpan data, bool last, HitSink& sink);

  // The scope ended: flushes open streams (end-anchored matches), then decides
  // pending `not` conditions. Later scan() calls are ignored.
  void close(ScanScratch& scratch, HitSink& sink);

  // Makes a closed scan ready for a new scope of `set`. With the same set it
  // keeps its Hyperscan streams (already reset by close()) and buffers, so a
  // worker that pools ScopeScans opens transactions without allocating.
  void reset(const std::shared_ptr<const DetectionSet>& set, Scope scope);

  // Patterns of signature `index` (in set()) matched in this scope so far;
  // bit i = patterns[i]. For `sig test` reports; not used on the data path.
  PatternMask matchedPatterns(uint32_t index) const;

  // Caps on the field values kept for confirming Suricata rules: a value
  // longer than kMaxRetainedValue (a body: like Suricata's default
  // request/response body inspection limits) is inspected on its first
  // bytes; a scope keeps at most kMaxRetainedScope bytes in all.
  static constexpr size_t kMaxRetainedValue = 64 * 1024;
  static constexpr size_t kMaxRetainedScope = 256 * 1024;

  // Look-ahead hints (the worker's prefetch queue): pull this scan's stream
  // slots, then their Hyperscan stream states, toward the cache. Read only.
  void prefetchSlots() const {
    if (!slots_.empty()) __builtin_prefetch(slots_.data());
  }
  void prefetchStreams() const {
    for (const StreamSlot& slot : slots_)
      if (slot.stream) __builtin_prefetch(slot.stream.get());
  }

  Scope scope() const { return scope_; }
  bool closed() const { return closed_; }
  // Nothing to remember: no stream open, no signature matched anything, no
  // value retained. Closing and pooling an idle scan, then taking a fresh
  // one for the next value, is indistinguishable from keeping it, so a
  // worker returns the `stream` scan of a UDP flow to its pool after each
  // datagram instead of parking ~1.3 KB (streams, tails) on every idle flow.
  bool idle() const;
  const DetectionSet& set() const { return *set_; }

 private:
  enum class SigStatus : uint8_t { Pending, Fired, Dead };
  // Only signatures with at least one matched pattern get a state. Members
  // ordered so the 16-byte mask costs no padding: 64 bytes, as with 64 bits.
  struct SigState {
    uint32_t signature = 0;
    SigStatus status = SigStatus::Pending;
    Field field = Field::Payload;  // where the saved excerpt came from (conditions with `not`)
    uint32_t channel = 0;
    // A payload candidate that failed but looks back (rule_stream_lookback.h): retried on the next
    // segments of `channel` until this many more bytes have arrived there.
    uint32_t carry_bytes = 0;
    PatternMask matched;  // bit i = pattern i matched in this scope
    std::string excerpt;  // saved at the positive match, for hits decided at close()
  };
  struct StreamSlot {
    Field field = Field::Payload;
    uint32_t channel = 0;
    bool open = false;
    HsStreamPtr stream;        // kept (reset) between values; null if no Hyperscan database or it failed
    HsStreamPtr exact_stream;  // a case-folded database's case-sensitive part (PatternDatabase::exact)
    // Case-folded database: the start of a character cut off at the end of
    // the last call (a TCP segment ends anywhere), folded and scanned with the
    // rest of it in the next call, or as it is when the value ends.
    std::array<uint8_t, 3> held{};
    uint8_t held_len = 0;
    uint64_t offset = 0;  // bytes scanned in this stream so far
    std::string tail;     // last tailBytes(field) bytes before `offset`
    // Only when the field's database has domain lists: 260 bytes a stream
    // that most sets never use (every flow of a 50-content set held two).
    std::unique_ptr<DomainTokenizer> tokens;
  };
  struct Call;  // one scan call's context for the match callbacks
  // A value of a field some Suricata rule chain inspects (buffers reused across scopes).
  struct RetainedValue {
    Field field = Field::Payload;
    bool open = false;  // piecewise field still arriving
    std::string bytes;
  };

  static int onHyperscanMatch(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void* ctx);
  static int onExactMatch(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void* ctx);
  void fanOut(Call& call, unsigned id, uint64_t to);
  void recordExactUpTo(Call& call, uint64_t to);
  void scanFolded(ScanScratch& scratch, StreamSlot& slot, Call& call, ByteSpan data);
  void record(Call& call, PatternRef ref, uint64_t end);
  std::string_view excerpt(Call& call, uint64_t end);
  void fire(ScanScratch& scratch, HitSink& sink, SigState& state, Field field, uint32_t channel,
            std::string_view excerpt);
  SigState& stateFor(uint32_t signature);
  StreamSlot& slotFor(const FieldDatabase& db, Field field, uint32_t channel);
  void scanStream(ScanScratch& scratch, const FieldDatabase& db, Field field, uint32_t channel, ByteSpan data,
                  bool last, HitSink& sink);
  void scanBlock(ScanScratch& scratch, const FieldDatabase& db, Field field, uint32_t channel, ByteSpan data,
                 HitSink& sink);
  // A streaming field's value complete in this call (last, no stream of it
  // open) that its block-mode twin (PatternDatabase::whole) can scan at once.
  bool arrivesWhole(const FieldDatabase& db, Field field, uint32_t channel, ByteSpan data, bool last) const;
  void scanWhole(ScanScratch& scratch, const FieldDatabase& db, Field field, uint32_t channel, ByteSpan data,
                 HitSink& sink);
  void lookUpDomains(Call& call, ByteSpan names, uint64_t base);
  void finishStream(ScanScratch& scratch, const FieldDatabase& db, StreamSlot& slot, HitSink& sink);
  void keepTail(StreamSlot& slot, ByteSpan data);
  // excerpt_bytes; for the payload, at least kPayloadLookBackBytes (rule_stream_lookback.h).
  size_t tailBytes(Field field) const;
  // Suricata rules (scope_scan_rules.cc).
  void retain(ScanScratch& scratch, Field field, ByteSpan data, bool last);
  void markCandidate(ScanScratch& scratch, SigState& st, size_t pattern, Field field, uint32_t channel,
                     std::string_view excerpt);
  void markUnfiltered(const FieldDatabase& db, Field field, uint32_t channel);
  bool confirmRule(ScanScratch& scratch, const Signature& sig, ByteSpan payload) const;
  // channel: the payload call's direction (payload_pass only).
  void confirmCandidates(ScanScratch& scratch, HitSink& sink, ByteSpan payload, bool payload_pass,
                         uint32_t channel = 0);

  std::shared_ptr<const DetectionSet> set_;
  Scope scope_;
  bool closed_ = false;
  // Most scopes match few signatures: keep the first ones inline, no allocation.
  static constexpr size_t kInlineStates = 4;
  std::array<SigState, kInlineStates> inline_states_;
  size_t inline_count_ = 0;
  std::vector<SigState> more_states_;
  std::vector<StreamSlot> slots_;
  std::vector<RetainedValue> values_;  // [0, value_count_) belong to this scope
  size_t value_count_ = 0;
  size_t retained_bytes_ = 0;
  bool has_rule_candidates_ = false;
};

}  // namespace tapwatch
