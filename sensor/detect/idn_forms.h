#pragma once
// Internationalised domain names in IOC lists. A name like bücher.example
// travels as its ASCII form xn--bcher-kva.example in DNS, SNI and
// certificates, but is written in UTF-8 in mail text and links. A list entry
// in either form gets both (IDNA 2008 with UTS 46 mapping, via libidn2), so
// the matcher stays a plain hash lookup with no conversion per packet.
// Main thread (list loading).
#include <string>
#include <string_view>

namespace tapwatch {

struct DomainForms {
  std::string ascii;    // A-labels, lower case
  std::string unicode;  // U-labels in UTF-8, lower case; empty when equal to `ascii`
};

// True when `name` (already lower-cased ASCII) needs IDNA: a non-ASCII byte
// or an "xn--" label.
bool isInternationalised(std::string_view name);

// Both forms of `name`; false + `why` when it is not a valid IDN. An entry
// with a malformed xn-- label is kept in its ASCII form only (it can still
// appear on the wire as written).
bool idnForms(std::string_view name, DomainForms& out, std::string& why);

}  // namespace tapwatch
