#include "detect/scope_scan.h"

#include <algorithm>
#include <limits>

#include "common/url_host.h"
#include "detect/case_fold.h"
#include "detect/rule_stream_lookback.h"

namespace tapwatch {

struct ScopeScan::Call {
  ScopeScan* self;
  ScanScratch* scratch;
  HitSink* sink;
  Field field;
  uint32_t channel;
  const FieldDatabase* db;
  const PatternDatabase* patterns;  // the Hyperscan database being scanned: what its ids mean
  ByteSpan data;                    // this call's bytes (empty when flushing a stream)
  uint64_t data_offset;             // stream offset of data[0]
  std::string_view tail;            // bytes just before data_offset
  // Case-folded database: the case-sensitive part's matches not yet recorded (merged by offset).
  std::vector<ScanScratch::ExactMatch>* pending = nullptr;
  size_t next_pending = 0;
};

ScopeScan::ScopeScan(std::shared_ptr<const DetectionSet> set, Scope scope) : set_(std::move(set)), scope_(scope) {}

ScopeScan::~ScopeScan() = default;  // HsStreamPtr frees any stream still open, without reporting

void ScopeScan::scan(ScanScratch& scratch, Field field, uint32_t channel, ByteSpan data, bool last, HitSink& sink) {
  if (closed_) return;
  const FieldDatabase& db = set_->database(field);
  if (!db.used()) return;
  scratch.stats().scanned_bytes[static_cast<size_t>(field)].add(data.size());
  // `stream` (pkt_data) rules are confirmed on this call's bytes right away;
  // other fields' values are kept until the scope closes.
  if (db.retain && field != Field::Payload) retain(scratch, field, data, last);
  if (!db.unfiltered.empty() && !data.empty()) markUnfiltered(db, field, channel);
  if (field == Field::Payload) scratch.lookBack().clear();
  if (!db.streaming) scanBlock(scratch, db, field, channel, data, sink);
  else if (arrivesWhole(db, field, channel, data, last)) scanWhole(scratch, db, field, channel, data, sink);
  else scanStream(scratch, db, field, channel, data, last, sink);
  if (field == Field::Payload && has_rule_candidates_) confirmCandidates(scratch, sink, data, true, channel);
}

void ScopeScan::close(ScanScratch& scratch, HitSink& sink) {
  if (closed_) return;
  for (auto& slot : slots_)
    if (slot.open) finishStream(scratch, set_->database(slot.field), slot, sink);
  if (has_rule_candidates_) confirmCandidates(scratch, sink, {}, false);
  auto decide = [&](SigState& st) {
    if (st.status != SigStatus::Pending || set_->signature(st.signature).rule) return;
    const Signature& sig = set_->signature(st.signature);
    if (sig.condition.evaluate(st.matched, true) == Truth::True) {
      const std::string saved = std::move(st.excerpt);
      fire(scratch, sink, st, st.field, st.channel, saved);
    } else {
      st.status = SigStatus::Dead;
    }
  };
  for (size_t i = 0; i < inline_count_; ++i) decide(inline_states_[i]);
  for (auto& st : more_states_) decide(st);
  closed_ = true;  // slots stay: their streams were reset above and can serve reset()
}

void ScopeScan::reset(const std::shared_ptr<const DetectionSet>& set, Scope scope) {
  if (!closed_ || set_ != set) {
    slots_.clear();  // streams of another set's databases (or left open) cannot be reused
    set_ = set;
  }
  scope_ = scope;
  closed_ = false;
  inline_count_ = 0;
  more_states_.clear();
  value_count_ = 0;
  retained_bytes_ = 0;
  has_rule_candidates_ = false;
}

void ScopeScan::scanBlock(ScanScratch& scratch, const FieldDatabase& db, Field field, uint32_t channel, ByteSpan data,
                          HitSink& sink) {
  if (data.empty()) return;
  // hs_scan takes an unsigned length; a block field is never near 4 GiB.
  const ByteSpan block = data.first(std::min<size_t>(data.size(), std::numeric_limits<unsigned>::max()));
  Call call{this, &scratch, &sink, field, channel, &db, nullptr, block, 0, {}};
  for (const PatternDatabase* patterns : {&db.patterns, &db.lists}) {
    if (!patterns->hs) continue;
    call.patterns = patterns;
    const hs_error_t rc = hs_scan(patterns->hs.get(), reinterpret_cast<const char*>(block.data()),
                                  static_cast<unsigned>(block.size()), 0, scratch.hs(), onHyperscanMatch, &call);
    if (rc != HS_SUCCESS) scratch.stats().scan_errors.add();
  }
  if (!db.hasDomains() && !db.hasIps()) return;
  // Lists look at where a link goes: its host, not a name in its path or query.
  ByteSpan names = block;
  uint64_t base = 0;  // offset of `names` in the value, for excerpts
  if (field == Field::SmtpUrl) {
    const std::string_view host = urlHost(asStringView(block)).host;
    if (host.empty()) return;
    base = static_cast<uint64_t>(host.data() - reinterpret_cast<const char*>(block.data()));
    names = block.subspan(static_cast<size_t>(base), host.size());
  }
  if (db.hasDomains()) lookUpDomains(call, names, base);
  IpValue ip;
  if (db.hasIps() && parseIpValue(asStringView(names), ip))
    db.ips->lookup(
        ip, [&](PatternRef ref) { record(call, ref, base + names.size()); }, fieldBit(static_cast<size_t>(field)));
}

bool ScopeScan::arrivesWhole(const FieldDatabase& db, Field field, uint32_t channel, ByteSpan data, bool last) const {
  if (!last || !db.patterns.whole || data.empty() || data.size() > std::numeric_limits<unsigned>::max()) return false;
  // An open stream holds earlier pieces of this value: they must end together.
  return std::none_of(slots_.begin(), slots_.end(), [&](const StreamSlot& slot) {
    return slot.open && slot.field == field && slot.channel == channel;
  });
}

// A whole value of a streaming field (a UDP datagram): the same matches, at
// the same offsets, as opening a stream, scanning `data` and ending it, with
// no stream, slot or tail (excerpts come from `data` alone, as they would:
// the stream would have started empty).
void ScopeScan::scanWhole(ScanScratch& scratch, const FieldDatabase& db, Field field, uint32_t channel, ByteSpan data,
                          HitSink& sink) {
  Call call{this, &scratch, &sink, field, channel, &db, &db.patterns, data, 0, {}};
  if (hs_scan(db.patterns.whole.get(), reinterpret_cast<const char*>(data.data()), static_cast<unsigned>(data.size()),
              0, scratch.hs(), onHyperscanMatch, &call) != HS_SUCCESS)
    scratch.stats().scan_errors.add();
  if (db.hasDomains()) lookUpDomains(call, data, 0);
}

// Every name in `names` (a whole value, or the part of it a list looks at,
// starting at offset `base`) against the set's domain lists.
void ScopeScan::lookUpDomains(Call& call, ByteSpan names, uint64_t base) {
  const FieldMask bit = fieldBit(static_cast<size_t>(call.field));  // the one set-wide matcher serves every field
  DomainTokenizer tokens;
  auto onToken = [&](std::string_view token, uint64_t end) {
    call.db->domains->lookup(
        token, [&](PatternRef ref) { record(call, ref, end); }, bit);
  };
  tokens.feed(names.data(), names.size(), base, onToken);
  tokens.finish(base + names.size(), onToken);
}

void ScopeScan::scanStream(ScanScratch& scratch, const FieldDatabase& db, Field field, uint32_t channel, ByteSpan data,
                           bool last, HitSink& sink) {
  StreamSlot& slot = slotFor(db, field, channel);
  if (!slot.open) {
    if (data.empty() && last) return;  // nothing ever arrived
    slot.open = true;
    slot.offset = 0;
    slot.held_len = 0;
    slot.tail.clear();
    if (slot.tokens) slot.tokens->reset();
    // Streaming fields keep their literal lists in `patterns` (DetectionSet):
    // one stream per slot.
    auto open = [&](const std::shared_ptr<const hs_database_t>& hs, HsStreamPtr& into) {
      if (!hs || into) return;  // a stream finished by `last` is reset and reused, not reallocated
      hs_stream_t* stream = nullptr;
      if (hs_open_stream(hs.get(), 0, &stream) == HS_SUCCESS) {
        into.reset(stream);
        scratch.stats().streams_opened.add();
      } else {
        scratch.stats().stream_open_failures.add();
      }
    };
    open(db.patterns.hs, slot.stream);
    open(db.patterns.exact, slot.exact_stream);
  }
  Call call{this, &scratch, &sink, field, channel, &db, &db.patterns, data, slot.offset, slot.tail};
  if (db.patterns.folded) scanFolded(scratch, slot, call, data);
  // hs_scan_stream takes an unsigned length: feed huge buffers in pieces.
  size_t done = 0;
  while (slot.stream && !db.patterns.folded && done < data.size()) {
    const size_t n = std::min<size_t>(data.size() - done, std::numeric_limits<unsigned>::max());
    const hs_error_t rc = hs_scan_stream(slot.stream.get(), reinterpret_cast<const char*>(data.data() + done),
                                         static_cast<unsigned>(n), 0, scratch.hs(), onHyperscanMatch, &call);
    if (rc != HS_SUCCESS) {
      scratch.stats().scan_errors.add();
      slot.stream.reset();  // its state is unusable now; the domain lists keep working
    }
    done += n;
  }
  const FieldMask bit = fieldBit(static_cast<size_t>(field));  // the one set-wide matcher serves every field
  if (db.hasDomains() && slot.tokens) {
    slot.tokens->feed(data.data(), data.size(), slot.offset, [&](std::string_view token, uint64_t end) {
      db.domains->lookup(
          token, [&](PatternRef ref) { record(call, ref, end); }, bit);
    });
  }
  slot.offset += data.size();
  // The bytes before this call, for payload chains confirmed across segments (before the tail moves on).
  if (field == Field::Payload && has_rule_candidates_) scratch.lookBack().assign(slot.tail);
  keepTail(slot, data);
  if (last) finishStream(scratch, db, slot, sink);
}

// A case-folded database (detect/case_fold.h): each piece of `data` is
// folded into the worker's buffer and scanned by the folded database; the
// case-sensitive part scans the original piece first, and its matches are
// recorded in offset order among the folded database's (at equal offsets
// first), so the signatures see the matches in the order one database would
// report them. Offsets are those of the original (the fold keeps lengths).
// A character cut off at the end of a piece is held back (StreamSlot::held)
// and folded whole with the next piece: Hyperscan sees the same bytes at the
// same stream offsets, up to 3 of them one call later.
namespace {
// Bytes at the end of [p, p + n) that start a UTF-8 sequence not complete there (0-3).
size_t incompleteTail(const uint8_t* p, size_t n) {
  for (size_t k = 1; k <= 3 && k <= n; ++k) {
    const uint8_t c = p[n - k];
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: its lead is further back
    if (c < 0xC0) return 0;
    const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    return len > k ? k : 0;
  }
  return 0;
}
}  // namespace

void ScopeScan::scanFolded(ScanScratch& scratch, StreamSlot& slot, Call& call, ByteSpan data) {
  auto& pending = scratch.exactMatches();
  uint8_t* folded = scratch.foldBuffer();
  for (size_t done = 0; done < data.size();) {
    const size_t n = std::min(data.size() - done, ScanScratch::kFoldChunk);
    const char* piece = reinterpret_cast<const char*>(data.data() + done);
    const size_t held = slot.held_len;
    std::copy_n(slot.held.data(), held, folded);
    std::copy_n(data.data() + done, n, folded + held);
    const size_t cut = incompleteTail(folded, held + n);
    const size_t ready = held + n - cut;
    std::copy_n(folded + ready, cut, slot.held.data());
    slot.held_len = static_cast<uint8_t>(cut);
    pending.clear();
    if (slot.exact_stream && hs_scan_stream(slot.exact_stream.get(), piece, static_cast<unsigned>(n), 0, scratch.hs(),
                                            onExactMatch, &pending) != HS_SUCCESS) {
      scratch.stats().scan_errors.add();
      slot.exact_stream.reset();
    }
    call.pending = &pending;
    call.next_pending = 0;
    foldText(folded, ready, folded);
    if (slot.stream && ready > 0 &&
        hs_scan_stream(slot.stream.get(), reinterpret_cast<const char*>(folded), static_cast<unsigned>(ready), 0,
                       scratch.hs(), onHyperscanMatch, &call) != HS_SUCCESS) {
      scratch.stats().scan_errors.add();
      slot.stream.reset();
    }
    recordExactUpTo(call, UINT64_MAX);
    call.pending = nullptr;
    done += n;
  }
}

void ScopeScan::finishStream(ScanScratch& scratch, const FieldDatabase& db, StreamSlot& slot, HitSink& sink) {
  Call call{this, &scratch, &sink, slot.field, slot.channel, &db, &db.patterns, {}, slot.offset, slot.tail};
  if (slot.held_len > 0 && slot.stream &&
      hs_scan_stream(slot.stream.get(), reinterpret_cast<const char*>(slot.held.data()), slot.held_len, 0, scratch.hs(),
                     onHyperscanMatch, &call) != HS_SUCCESS) {  // a cut-off character, as it is
    scratch.stats().scan_errors.add();
    slot.stream.reset();
  }
  slot.held_len = 0;
  if (slot.exact_stream) {
    auto& pending = scratch.exactMatches();
    pending.clear();
    if (hs_reset_stream(slot.exact_stream.get(), 0, scratch.hs(), onExactMatch, &pending) != HS_SUCCESS) {
      scratch.stats().scan_errors.add();
      slot.exact_stream.reset();
    }
    call.pending = &pending;
  }
  if (slot.stream) {
    // End-of-data matches (`$`, `\z`) are reported here. Resetting instead of
    // closing keeps the allocation for the next value of this field (a UDP
    // flow ends its `stream` value with every datagram).
    if (hs_reset_stream(slot.stream.get(), 0, scratch.hs(), onHyperscanMatch, &call) != HS_SUCCESS) {
      scratch.stats().scan_errors.add();
      slot.stream.reset();  // state unknown: free it, the next value opens a fresh one
    }
  }
  if (call.pending) recordExactUpTo(call, UINT64_MAX);
  const FieldMask bit = fieldBit(static_cast<size_t>(slot.field));  // the one set-wide matcher serves every field
  if (db.hasDomains() && slot.tokens) {
    slot.tokens->finish(slot.offset, [&](std::string_view token, uint64_t end) {
      db.domains->lookup(
          token, [&](PatternRef ref) { record(call, ref, end); }, bit);
    });
  }
  slot.open = false;
}

int ScopeScan::onHyperscanMatch(unsigned id, unsigned long long /*from*/, unsigned long long to, unsigned /*flags*/,
                                void* ctx) {
  auto& call = *static_cast<Call*>(ctx);
  if (call.pending) call.self->recordExactUpTo(call, to);
  call.self->fanOut(call, id, to);
  return 0;  // keep scanning: terminating would make the stream unusable
}

int ScopeScan::onExactMatch(unsigned id, unsigned long long /*from*/, unsigned long long to, unsigned /*flags*/,
                            void* ctx) {
  // Kept in the worker's buffer (reserved; grows only for a piece with more matches than ever before).
  static_cast<std::vector<ScanScratch::ExactMatch>*>(ctx)->push_back(ScanScratch::ExactMatch{to, id});
  return 0;
}

void ScopeScan::recordExactUpTo(Call& call, uint64_t to) {
  const auto& pending = *call.pending;
  for (; call.next_pending < pending.size() && pending[call.next_pending].to <= to; ++call.next_pending)
    fanOut(call, pending[call.next_pending].id, pending[call.next_pending].to);
}

void ScopeScan::fanOut(Call& call, unsigned id, uint64_t to) {
  // One expression stands for every pattern written the same way (DetectionSet): fan out.
  const PatternDatabase& db = *call.patterns;
  if (id >= db.expressionCount()) return;
  for (uint32_t k = db.ref_begin[id], end = db.ref_begin[id + 1]; k < end; ++k) record(call, db.refs[k], to);
}

void ScopeScan::record(Call& call, PatternRef ref, uint64_t end) {
  SigState& st = stateFor(ref.signature);
  if (st.status != SigStatus::Pending || st.matched.test(ref.pattern)) return;  // the common repeat: no work
  const Signature& sig = set_->signature(ref.signature);
  if (sig.rule) {
    if (!st.matched.any()) markCandidate(*call.scratch, st, ref.pattern, call.field, call.channel, excerpt(call, end));
    return;
  }
  st.matched.set(ref.pattern);
  switch (sig.condition.evaluate(st.matched, false)) {
    case Truth::True: fire(*call.scratch, *call.sink, st, call.field, call.channel, excerpt(call, end)); break;
    case Truth::False: st.status = SigStatus::Dead; break;
    case Truth::Unknown:
      // Only a `not` can leave a matched signature undecided until the end:
      // keep the bytes now, the sensor's buffers are gone by close().
      if (sig.condition.hasNot() && sig.condition.evaluate(st.matched, true) == Truth::True) {
        st.excerpt.assign(excerpt(call, end));
        st.field = call.field;
        st.channel = call.channel;
      }
      break;
  }
}

void ScopeScan::fire(ScanScratch& scratch, HitSink& sink, SigState& state, Field field, uint32_t channel,
                     std::string_view excerpt) {
  state.status = SigStatus::Fired;
  state.excerpt.clear();
  scratch.stats().hits.add();
  sink.onHit(set_->signature(state.signature), field, channel, excerpt, state.matched);
}

std::string_view ScopeScan::excerpt(Call& call, uint64_t end) {
  const uint64_t want = set_->options().excerpt_bytes;
  const uint64_t data_end = call.data_offset + call.data.size();
  end = std::min(end, data_end);
  const uint64_t avail_start = call.data_offset - std::min<uint64_t>(call.tail.size(), call.data_offset);
  uint64_t start = std::max(end > want ? end - want : 0, avail_start);
  if (start >= end) return {};
  if (start >= call.data_offset)
    return asStringView(call.data.subspan(static_cast<size_t>(start - call.data_offset),
                                          static_cast<size_t>(end - start)));
  std::string& buf = call.scratch->excerptBuffer();
  const size_t tail_from = call.tail.size() - static_cast<size_t>(call.data_offset - start);
  const size_t tail_len = static_cast<size_t>(std::min(end, call.data_offset) - start);
  buf.assign(call.tail.substr(tail_from, tail_len));
  if (end > call.data_offset) buf.append(asStringView(call.data.first(static_cast<size_t>(end - call.data_offset))));
  return buf;
}

PatternMask ScopeScan::matchedPatterns(uint32_t index) const {
  for (size_t i = 0; i < inline_count_; ++i)
    if (inline_states_[i].signature == index) return inline_states_[i].matched;
  for (const auto& st : more_states_)
    if (st.signature == index) return st.matched;
  return {};
}

ScopeScan::SigState& ScopeScan::stateFor(uint32_t signature) {
  for (size_t i = 0; i < inline_count_; ++i)
    if (inline_states_[i].signature == signature) return inline_states_[i];
  for (auto& st : more_states_)
    if (st.signature == signature) return st;
  if (inline_count_ < kInlineStates) {
    // The slot may hold a previous scope's state (reset() reuses scans):
    // start clean, keeping only the excerpt buffer's capacity.
    SigState& st = inline_states_[inline_count_++];
    st.signature = signature;
    st.status = SigStatus::Pending;
    st.field = Field::Payload;
    st.channel = 0;
    st.matched = {};
    st.carry_bytes = 0;
    st.excerpt.clear();
    return st;
  }
  SigState& st = more_states_.emplace_back();
  st.signature = signature;
  return st;
}

ScopeScan::StreamSlot& ScopeScan::slotFor(const FieldDatabase& db, Field field, uint32_t channel) {
  for (auto& slot : slots_)
    if (slot.field == field && slot.channel == channel) return slot;
  // Most scopes use one or two streams (a flow's two directions): reserve
  // exactly that rather than letting growth double past it.
  if (slots_.empty()) slots_.reserve(field == Field::Payload ? 2 : 1);
  StreamSlot& slot = slots_.emplace_back();
  slot.field = field;
  slot.channel = channel;
  slot.tail.reserve(tailBytes(field));
  // A slot lives as long as its set's databases (reset() drops slots of another set).
  if (db.hasDomains()) slot.tokens = std::make_unique<DomainTokenizer>();
  return slot;
}

bool ScopeScan::idle() const {
  if (closed_ || inline_count_ != 0 || !more_states_.empty() || value_count_ != 0 || has_rule_candidates_) return false;
  return std::none_of(slots_.begin(), slots_.end(), [](const StreamSlot& slot) { return slot.open; });
}

size_t ScopeScan::tailBytes(Field field) const {
  const size_t excerpt = set_->options().excerpt_bytes;
  return field == Field::Payload ? std::max(excerpt, kPayloadLookBackBytes) : excerpt;
}

void ScopeScan::keepTail(StreamSlot& slot, ByteSpan data) {
  const size_t cap = tailBytes(slot.field);
  if (cap == 0 || data.empty()) return;
  if (data.size() >= cap) {
    slot.tail.assign(asStringView(data.last(cap)));
    return;
  }
  const size_t keep = std::min(slot.tail.size(), cap - data.size());
  slot.tail.erase(0, slot.tail.size() - keep);
  slot.tail.append(asStringView(data));
}

}  // namespace tapwatch
