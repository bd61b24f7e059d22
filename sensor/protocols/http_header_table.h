#pragma once
// HttpHeaderTable: one HTTP message's headers the way Suricata's libhtp keeps
// them, so the buffers built from it mean what Suricata's sticky buffers
// mean: a name seen again is merged into its first occurrence with ", "
// between the values ("User-Agent: a" + "User-Agent: b" -> "a, b"), names
// compare case-insensitively and keep the spelling first sent, and lines
// without a colon are kept verbatim in their place (browsers skip them; the
// header block still shows their bytes to signatures).
//
// Bounded: at most `max_entries` lines and `max_bytes` of names and values
// (the caller's ProtocolLimits); past either, add() refuses and the caller
// counts it. Storage is one byte arena plus a small entry array, both reused
// across messages, so a warm flow does not allocate. Worker thread only.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tapwatch {

class HttpHeaderTable {
 public:
  enum class Added : uint8_t { Ok, TooMany, TooLong };

  void clear();
  // One header line: `name` without the colon, `value` trimmed. `raw` lines
  // (no colon) pass the whole line as value and an empty name.
  Added add(std::string_view name, std::string_view value, size_t max_entries, size_t max_bytes, bool raw = false);

  // The merged value of `name` (case-insensitive); false when no such header.
  // The view stays valid until the next add/clear/value call.
  bool value(std::string_view name, std::string_view& out);

  // Suricata's http.header buffer: "Name: value\r\n" per distinct name in
  // first-seen order, merged values, lines without a colon as sent plus CRLF.
  // Headers named `skip` (case-insensitive; Cookie or Set-Cookie) are left
  // out, as Suricata leaves them to http.cookie. Returns false when cut at `max`.
  bool writeBlock(std::string& out, std::string_view skip, size_t max) const;
  // Suricata's http.header_names buffer: "\r\n" + each distinct name + "\r\n",
  // then a final "\r\n" ("\r\nHost\r\nUser-Agent\r\n\r\n"). Empty when no headers.
  bool writeNames(std::string& out, size_t max) const;

  size_t lines() const { return count_; }
  // Line i when it is the first of its name: its name and merged value (the
  // view as from value()); false for repeats and lines without a colon.
  bool entry(size_t i, std::string_view& name, std::string_view& value);

 private:
  struct Entry {
    uint32_t name_off = 0, name_len = 0;
    uint32_t value_off = 0, value_len = 0;
    int32_t first = -1;  // index of the first entry with this name (itself when it is the first)
    bool raw = false;
    bool repeated = false;  // on a first entry: a later line has its name
  };
  // A 64-bit filter of the names present: most lookups are for headers a
  // message does not have, and they end here without a scan.
  static uint64_t nameBit(std::string_view name);
  std::string_view nameOf(const Entry& e) const { return std::string_view(arena_).substr(e.name_off, e.name_len); }
  std::string_view valueOf(const Entry& e) const { return std::string_view(arena_).substr(e.value_off, e.value_len); }
  bool appendMerged(std::string& out, size_t first, size_t max) const;

  std::string arena_;
  std::vector<Entry> entries_;
  size_t count_ = 0;
  uint64_t present_ = 0;
  std::string joined_;  // value(): merged values of a repeated header
};

}  // namespace tapwatch
