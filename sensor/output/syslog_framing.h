#pragma once
// Transport framing for syslog over stream transports: RFC 6587 octet
// counting ("LEN SP MSG", the default for tcp and the only framing of RFC 5425
// tls) and LF-terminated framing (`framing: lf`, for receivers that only know
// the traditional form). The parser is the receiving side, used by tests and
// tools to check what we send. Output thread / any thread (no shared state).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tapwatch {

enum class SyslogFraming : uint8_t { OctetCounting, Lf };

std::optional<SyslogFraming> parseSyslogFraming(std::string_view name);

// Appends one framed message to out. LF framing replaces embedded CR/LF with a
// space: the messages we build never contain them, and a stray one would split
// the record in two at the receiver.
void appendFramed(std::string& out, std::string_view message, SyslogFraming framing);

// Incremental RFC 6587 octet-counting decoder.
class OctetCountingParser {
 public:
  enum class Status { NeedMore, Frame, Error };

  explicit OctetCountingParser(size_t max_frame = 1 << 20) : max_frame_(max_frame) {}

  // Consumes bytes from input (advancing it). Returns Frame with the message
  // in frame(), NeedMore when input is exhausted, or Error on a malformed
  // length (non-digit, leading zero, too long); after Error the stream is lost.
  Status next(std::string_view& input);
  const std::string& frame() const { return frame_; }

 private:
  size_t max_frame_;
  bool in_body_ = false;
  bool error_ = false;
  size_t length_ = 0;
  size_t digits_ = 0;
  std::string frame_;
};

}  // namespace tapwatch
