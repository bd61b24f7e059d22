#pragma once
// Mail addresses from RFC 5322 address headers (From, To, Cc), for the alert
// context: `"Name, Jr." <a@b.example>, c@d.example, Group: e@f.example;`
// gives a@b.example, c@d.example, e@f.example. Display names, comments and
// group names are dropped; quoted commas do not split. Once per message.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tapwatch {

// Appends the addresses of `value` to `out` while out.size() < max; returns
// false if some were left out because of `max`.
bool appendMailAddresses(std::string_view value, std::vector<std::string>& out, size_t max);

// The first address of `value` ("" if none).
std::string_view firstMailAddress(std::string_view value, std::string& storage);

// The display name of a From value, quotes removed: "Mr. Robert" of `"Mr. Robert" <r@x>`; empty when
// there is no `<`. A list that rewrites From (DMARC) writes "Kofi Mensah via foo-devel": the author's name
// is what comes before " via ". Encoded-words are left as they are (the caller decodes them).
std::string_view fromDisplayName(std::string_view value);

}  // namespace tapwatch
