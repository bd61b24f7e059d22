// ScopeScan's Suricata-rule half: Hyperscan only finds a rule's fast pattern
// (a candidate); the whole rule is confirmed here on the kept values of its
// buffers, as Suricata and Snort 3 confirm after their MPM stage. Values are
// kept only for fields some rule chain inspects, within fixed caps (counted
// when cut). Candidates of an app-layer scope are confirmed when the scope
// closes (every buffer of the transaction has arrived by then); `stream`
// (pkt_data) candidates on the bytes of the call that found them, so a
// payload rule alerts per matching packet, as in Suricata -- and, for TCP
// chains that do not depend on where the buffer starts, also on the
// direction's look-back bytes joined to them (rule_stream_lookback.h), so a
// pattern split across segments matches as in Suricata's stream inspection.
#include <algorithm>

#include "detect/rule_chain_matcher.h"
#include "detect/rule_stream_lookback.h"
#include "detect/scope_scan.h"
#include "detect/suricata_rule.h"

namespace tapwatch {
namespace {
constexpr size_t kMaxRetainedValues = 256;  // values per scope (e.g. many DNS answers)
}

void ScopeScan::retain(ScanScratch& scratch, Field field, ByteSpan data, bool last) {
  const bool piecewise = fieldInfo(field).piecewise;
  RetainedValue* value = nullptr;
  if (piecewise)
    for (size_t i = value_count_; i-- > 0;)
      if (values_[i].field == field && values_[i].open) {
        value = &values_[i];
        break;
      }
  if (value == nullptr) {
    if (value_count_ >= kMaxRetainedValues) {
      scratch.stats().rule_values_truncated.add();
      return;
    }
    if (value_count_ == values_.size()) values_.emplace_back();
    value = &values_[value_count_++];
    value->field = field;
    value->open = piecewise;
    value->bytes.clear();  // keeps the capacity of an earlier scope's value
  }
  const size_t room = std::min(kMaxRetainedValue - std::min(kMaxRetainedValue, value->bytes.size()),
                               kMaxRetainedScope - std::min(kMaxRetainedScope, retained_bytes_));
  const size_t take = std::min(room, data.size());
  if (take < data.size()) scratch.stats().rule_values_truncated.add();
  value->bytes.append(asStringView(data.first(take)));
  retained_bytes_ += take;
  if (last) value->open = false;
}

// Only the first fast-pattern hit of a scope (or packet) makes a candidate: the rest add nothing.
void ScopeScan::markCandidate(ScanScratch& scratch, SigState& st, size_t pattern, Field field, uint32_t channel,
                              std::string_view excerpt) {
  st.matched.set(pattern);
  st.field = field;
  st.channel = channel;
  st.excerpt.assign(excerpt);
  has_rule_candidates_ = true;
  scratch.stats().rule_candidates.add();
}

void ScopeScan::markUnfiltered(const FieldDatabase& db, Field field, uint32_t channel) {
  for (uint32_t index : db.unfiltered) {
    SigState& st = stateFor(index);
    if (st.status != SigStatus::Pending || st.matched.any()) continue;
    st.matched = PatternMask::bit(0);  // a candidate without a fast pattern: any non-empty mask marks it
    st.field = field;
    st.channel = channel;
    st.excerpt.clear();
    has_rule_candidates_ = true;
  }
}

bool ScopeScan::confirmRule(ScanScratch& scratch, const Signature& sig, ByteSpan payload) const {
  const SuricataRule& rule = *sig.rule;
  for (size_t c = 0; c < rule.program.chains.size(); ++c) {
    const RuleChain& chain = rule.program.chains[c];
    const auto& fields = rule.chain_fields[c];
    bool held = false;
    if (fields.front() == Field::Payload) {
      held = matchChain(chain, payload, scratch.rules());
      const std::string& back = scratch.lookBack();
      if (!held && !back.empty() && !payload.empty() && c < rule.chain_looks_back.size() && rule.chain_looks_back[c]) {
        // Across the segment boundary: holds on look-back + segment but not on the look-back alone (that
        // match was the earlier segment's, already inspected).
        std::string& joined = scratch.joined();
        joined.assign(back);
        joined.append(asStringView(payload));
        held = matchChain(chain, asBytes(joined), scratch.rules()) &&
               !matchChain(chain, asBytes(back), scratch.rules());
      }
    } else {
      // Multi-value buffers (one value per call): any value will do.
      for (size_t i = 0; i < value_count_ && !held; ++i)
        held = std::find(fields.begin(), fields.end(), values_[i].field) != fields.end() &&
               matchChain(chain, asBytes(values_[i].bytes), scratch.rules());
    }
    if (!held) return false;
  }
  if (rule.ssl_version.active) {
    // The server's negotiated version: the handshake's one tls.version value (none before a ServerHello).
    for (size_t i = 0; i < value_count_; ++i)
      if (values_[i].field == Field::TlsVersion) return rule.ssl_version.matches(values_[i].bytes);
    return false;
  }
  return true;
}

void ScopeScan::confirmCandidates(ScanScratch& scratch, HitSink& sink, ByteSpan payload, bool payload_pass,
                                  uint32_t channel) {
  has_rule_candidates_ = false;
  bool carried = false;
  // Suricata evaluates flowbit setters before the rules that check them, so
  // `set` then `isset` in one transaction or packet alerts.
  for (const bool checkers : {false, true}) {
    auto visit = [&](SigState& st) {
      if (st.status != SigStatus::Pending || !st.matched.any()) return;
      const Signature& sig = set_->signature(st.signature);
      if (!sig.rule || sig.rule->checksFlowbits() != checkers) return;
      if (payload_pass != (sig.rule->scope == Scope::Flow)) return;
      if (st.carry_bytes != 0 && st.channel != channel) {  // carried for the other direction
        carried = true;
        return;
      }
      if (confirmRule(scratch, sig, payload)) {
        scratch.stats().rule_confirmed.add();
        st.carry_bytes = 0;
        const std::string saved = std::move(st.excerpt);
        fire(scratch, sink, st, st.field, st.channel, saved);
      } else if (payload_pass && sig.rule->looksBack() && (st.carry_bytes == 0 || st.carry_bytes > payload.size())) {
        // The rest of the chain may still arrive in the next segments: the fast pattern is not seen
        // again there, so the candidate stays while its bytes are within the look-back window.
        st.carry_bytes = st.carry_bytes == 0 ? static_cast<uint32_t>(kPayloadLookBackBytes)
                                             : st.carry_bytes - static_cast<uint32_t>(payload.size());
        carried = true;
      } else {
        st.carry_bytes = 0;
        st.status = SigStatus::Dead;
      }
    };
    for (size_t i = 0; i < inline_count_; ++i) visit(inline_states_[i]);
    for (auto& st : more_states_) visit(st);
  }
  if (!payload_pass) return;
  has_rule_candidates_ = carried;
  // A payload rule may match again in a later packet of the flow.
  auto rearm = [&](SigState& st) {
    const Signature& sig = set_->signature(st.signature);
    if (!sig.rule || sig.rule->scope != Scope::Flow) return;
    if (st.carry_bytes != 0 && st.status == SigStatus::Pending) return;  // still a candidate
    st.status = SigStatus::Pending;
    st.matched = {};
  };
  for (size_t i = 0; i < inline_count_; ++i) rearm(inline_states_[i]);
  for (auto& st : more_states_) rearm(st);
}

}  // namespace tapwatch
