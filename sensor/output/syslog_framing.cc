#include "output/syslog_framing.h"

namespace tapwatch {

std::optional<SyslogFraming> parseSyslogFraming(std::string_view name) {
  if (name == "octet-counting") return SyslogFraming::OctetCounting;
  if (name == "lf") return SyslogFraming::Lf;
  return std::nullopt;
}

void appendFramed(std::string& out, std::string_view message, SyslogFraming framing) {
  if (framing == SyslogFraming::OctetCounting) {
    out += std::to_string(message.size());
    out += ' ';
    out += message;
    return;
  }
  const size_t start = out.size();
  out += message;
  for (size_t i = start; i < out.size(); ++i) {
    if (out[i] == '\n' || out[i] == '\r') out[i] = ' ';
  }
  out += '\n';
}

OctetCountingParser::Status OctetCountingParser::next(std::string_view& input) {
  if (error_) return Status::Error;
  while (!input.empty()) {
    if (!in_body_) {
      const char c = input.front();
      if (c == ' ') {
        if (digits_ == 0) return error_ = true, Status::Error;
        input.remove_prefix(1);
        in_body_ = true;
        frame_.clear();
        if (length_ == 0) return error_ = true, Status::Error;  // MSG-LEN = NONZERO-DIGIT *DIGIT
        continue;
      }
      if (c < '0' || c > '9' || (digits_ == 0 && c == '0')) return error_ = true, Status::Error;
      length_ = length_ * 10 + static_cast<size_t>(c - '0');
      if (++digits_ > 9 || length_ > max_frame_) return error_ = true, Status::Error;
      input.remove_prefix(1);
      continue;
    }
    const size_t take = std::min(length_ - frame_.size(), input.size());
    frame_.append(input.substr(0, take));
    input.remove_prefix(take);
    if (frame_.size() == length_) {
      in_body_ = false;
      length_ = 0;
      digits_ = 0;
      return Status::Frame;
    }
  }
  return Status::NeedMore;
}

}  // namespace tapwatch
