#pragma once
// Suricata's `tls.cert_expired` / `tls.cert_valid` (legacy tls_cert_expired /
// tls_cert_valid): the server's leaf certificate's notAfter against the flow's
// latest capture time (Suricata: expired when lastts > notAfter, valid when
// lastts <= notAfter; no certificate, no match). Dates only: no chain
// validation, as in Suricata.
#include <cstdint>
#include <optional>
#include <string_view>

#include "common/ip_address.h"
#include "detect/suricata_rule.h"

namespace tapwatch {

// "2026-01-31T12:00:00" (the TLS parser's UTC form) -> seconds since the epoch.
std::optional<int64_t> parseCertTime(std::string_view text);

// `not_after`: the leaf's notAfter as the TLS parser wrote it ("" when no certificate was read).
bool certValidityHolds(RuleCertValidity want, std::string_view not_after, Timestamp now);

}  // namespace tapwatch
