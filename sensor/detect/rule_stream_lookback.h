#pragma once
// Which payload chains may be confirmed on a TCP direction's earlier bytes
// plus the segment that completed their fast pattern.
//
// Suricata inspects a `tcp` rule's payload keywords on the packet and on the
// reassembled stream, so a pattern split across segments ("zq-who" + "ami")
// matches; `tcp-pkt` rules see single packets only (docs.suricata.io, "Rules
// Format", protocol; developer guide, "Inspection of raw stream data").
// tapwatch confirms a payload chain on the segment's bytes and, when that
// fails, on a short look-back window (the direction's last
// kPayloadLookBackBytes bytes before the segment) joined to the segment. Only
// chains whose meaning does not depend on where the inspected buffer starts
// are retried that way: no offset / depth / startswith, no absolute
// byte_test / byte_jump / byte_extract / byte_math / isdataat, no bsize, no
// relative step before the first positive content or pcre, no pcre anchored
// at the buffer start, no transforms, no base64. Other chains keep the
// per-segment meaning.
#include <cstddef>

#include "detect/suricata_rule.h"

namespace tapwatch {

inline constexpr size_t kPayloadLookBackBytes = 128;

// Rule-level: a TCP payload rule Suricata also inspects on the stream
// (not tcp-pkt, not flow:no_stream, no packet keywords).
bool ruleInspectsStream(const SuricataRule& rule);

// Chain-level: chain `index` of `rule` means the same on look-back bytes + segment.
bool chainLooksBack(const SuricataRule& rule, size_t index);

}  // namespace tapwatch
