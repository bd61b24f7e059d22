#pragma once
// HttpLineReader: splits an HTTP byte stream into lines the way browsers do,
// across feeds: a line ends at CRLF, a bare LF, a bare CR, or LF CR. A bare CR
// or LF is only known to be one when the next byte arrives (it may be the CR
// of CRLF, or the LF of "LF CR"), so that line is completed one byte later;
// an empty line ended by LF or CRLF completes at once (it may end a header
// block, and the body's first byte must not be taken for a line end).
// "\n\r\n" is a line ended by LF followed by an empty CRLF line.
// Lines longer than the cap are reported as Overflow; the caller decides to
// keep reading them (the rest is dropped, truncated() says so) or to treat the
// bytes otherwise. The line buffer is reused: no allocation once warm.
#include <cstdint>
#include <string>
#include <string_view>

#include "common/bytes.h"

namespace tapwatch {

enum class LineEnd : uint8_t { CrLf, Lf, Cr, LfCr, Eof };

class HttpLineReader {
 public:
  enum class Result : uint8_t { NeedMore, Line, Overflow };

  // Consumes bytes of `data` from `pos`. Line: line()/end() hold a complete
  // line (valid until the next call). Overflow: `max` bytes of an unfinished
  // line are in line(); call again to go on (further bytes of that line are
  // dropped) or reset() to give the bytes another meaning.
  Result next(ByteSpan data, size_t& pos, size_t max);
  // End of stream: a pending line (or a line end still waiting for its next
  // byte) is completed. True when there was one.
  bool flush();
  void reset();

  std::string_view line() const { return line_; }
  LineEnd end() const { return end_; }
  bool truncated() const { return truncated_; }
  bool empty() const { return line_.empty() && pending_ == Pending::None && seen_ == 0 && !queued_empty_; }
  // The bytes of the line end as sent ("\r\n", "\n", ...), to replay a line raw.
  static std::string_view endBytes(LineEnd end);

 private:
  enum class Pending : uint8_t { None, Cr, Lf, LfCr };
  Result complete(LineEnd end);

  std::string line_;
  size_t seen_ = 0;  // bytes of the current line, dropped ones included
  Pending pending_ = Pending::None;
  LineEnd end_ = LineEnd::Eof;
  bool ready_ = false;         // line_ holds a line returned by the last call
  bool queued_empty_ = false;  // "\n\r\n": an empty CRLF line follows the one returned
  bool truncated_ = false;
  bool overflowed_ = false;  // Overflow already reported for this line
};

}  // namespace tapwatch
