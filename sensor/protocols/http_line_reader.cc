#include "protocols/http_line_reader.h"

#include <algorithm>
#include <cstring>

namespace tapwatch {

void HttpLineReader::reset() {
  line_.clear();
  seen_ = 0;
  pending_ = Pending::None;
  ready_ = false;
  queued_empty_ = false;
  truncated_ = false;
  overflowed_ = false;
}

std::string_view HttpLineReader::endBytes(LineEnd end) {
  switch (end) {
    case LineEnd::CrLf: return "\r\n";
    case LineEnd::Lf: return "\n";
    case LineEnd::Cr: return "\r";
    case LineEnd::LfCr: return "\n\r";
    case LineEnd::Eof: return "";
  }
  return "";
}

HttpLineReader::Result HttpLineReader::complete(LineEnd end) {
  end_ = end;
  pending_ = Pending::None;
  ready_ = true;
  return Result::Line;
}

HttpLineReader::Result HttpLineReader::next(ByteSpan data, size_t& pos, size_t max) {
  if (ready_) {
    line_.clear();
    seen_ = 0;
    ready_ = false;
    truncated_ = false;
    overflowed_ = false;
    if (queued_empty_) {
      queued_empty_ = false;
      return complete(LineEnd::CrLf);
    }
  }
  while (pos < data.size()) {
    const uint8_t c = data[pos];
    switch (pending_) {
      case Pending::Cr:
        if (c == '\n') {
          ++pos;
          return complete(LineEnd::CrLf);
        }
        return complete(LineEnd::Cr);  // c starts the next line
      case Pending::Lf:
        if (c == '\r') {
          ++pos;
          pending_ = Pending::LfCr;
          continue;
        }
        return complete(LineEnd::Lf);
      case Pending::LfCr:
        if (c == '\n') {  // "\n" then an empty "\r\n" line
          ++pos;
          queued_empty_ = true;
          return complete(LineEnd::Lf);
        }
        return complete(LineEnd::LfCr);
      case Pending::None: break;
    }
    // Copy up to the next CR or LF.
    const uint8_t* from = data.data() + pos;
    const size_t left = data.size() - pos;
    const auto* cr = static_cast<const uint8_t*>(std::memchr(from, '\r', left));
    const auto* lf = static_cast<const uint8_t*>(std::memchr(from, '\n', cr != nullptr ? size_t(cr - from) : left));
    const uint8_t* stop = lf != nullptr ? lf : cr;
    const size_t end = stop != nullptr ? pos + static_cast<size_t>(stop - from) : data.size();
    if (end > pos) {
      const size_t room = max > line_.size() ? max - line_.size() : 0;
      const size_t take = std::min(room, end - pos);
      line_.append(reinterpret_cast<const char*>(data.data()) + pos, take);
      if (take < end - pos && !overflowed_) {
        overflowed_ = true;
        truncated_ = true;
        pos += take;  // line() holds exactly the bytes consumed so far
        seen_ += take;
        return Result::Overflow;
      }
      if (take < end - pos) truncated_ = true;
      seen_ += end - pos;
      pos = end;
    }
    if (pos == data.size()) return Result::NeedMore;
    const uint8_t e = data[pos++];
    if (e == '\r') {
      pending_ = Pending::Cr;
    } else if (seen_ == 0) {
      return complete(LineEnd::Lf);  // an empty LF line: final at once
    } else {
      pending_ = Pending::Lf;
    }
  }
  return Result::NeedMore;
}

bool HttpLineReader::flush() {
  if (ready_) {
    ready_ = false;
    line_.clear();
    seen_ = 0;
    if (queued_empty_) {
      queued_empty_ = false;
      complete(LineEnd::CrLf);
      return true;
    }
  }
  switch (pending_) {
    case Pending::Cr: complete(LineEnd::Cr); return true;
    case Pending::Lf: complete(LineEnd::Lf); return true;
    case Pending::LfCr: complete(LineEnd::LfCr); return true;
    case Pending::None: break;
  }
  if (seen_ == 0 && line_.empty()) return false;
  complete(LineEnd::Eof);
  return true;
}

}  // namespace tapwatch
