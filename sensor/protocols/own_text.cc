#include "protocols/own_text.h"

#include <array>

#include "protocols/text_util.h"

namespace tapwatch {
namespace {

// Header names that open a quoted or forwarded message's header block, in the
// languages mail clients write them ("From:", "Von:", "De :", "Kimden:"; the
// escapes are "от", "От", "кому", "Кому").
constexpr std::array<std::string_view, 16> kHeaderNames{"from",
                                                        "von",
                                                        "de",
                                                        "da",
                                                        "van",
                                                        "kimden",
                                                        "kime",
                                                        "to",
                                                        "an",
                                                        "cc",
                                                        "reply-to",
                                                        "sender",
                                                        "\xd0\xbe\xd1\x82",
                                                        "\xd0\x9e\xd1\x82",
                                                        "\xd0\xba\xd0\xbe\xd0\xbc\xd1\x83",
                                                        "\xd0\x9a\xd0\xbe\xd0\xbc\xd1\x83"};

// Quote depth: the '>' markers at the start ("> > x" and ">> x" are 2); `p`
// is left at the first byte of the content.
unsigned quoteDepth(std::string_view line, size_t& p) {
  unsigned depth = 0;
  p = 0;
  while (p < line.size()) {
    if (line[p] == '>') {
      ++depth;
    } else if (!(line[p] == ' ' && depth > 0)) {
      break;
    }
    ++p;
  }
  return depth;
}

bool isHeaderLine(std::string_view s) {
  const size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon > 12) return false;
  const std::string_view name = trim(s.substr(0, colon));
  for (std::string_view h : kHeaderNames)
    if (iequals(name, h)) return true;
  return false;
}

// "Signed-off-by:", "Reported-by:", "Reviewed-and-tested-by:": a git trailer.
bool isTrailer(std::string_view s) {
  const size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon < 4 || colon > 40) return false;
  const std::string_view name = s.substr(0, colon);
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) return false;
  return name.size() > 3 && iequals(name.substr(name.size() - 3), "-by");
}

bool isFooterRule(std::string_view s) {
  if (s.size() < 10) return false;
  for (char c : s)
    if (c != '_') return false;
  return true;
}

}  // namespace

void OwnText::begin(Mode mode) {
  mode_ = mode;
  state_ = State::Holding;
  rest_dropped_ = false;
  self_depth_ = 0;
  len_ = 0;
}

bool OwnText::namesSelf(std::string_view s) const {
  for (std::string_view addr : self_) {
    if (addr.size() < 3 || addr.size() > s.size()) continue;
    for (size_t i = 0; i + addr.size() <= s.size(); ++i)
      if (iequals(s.substr(i, addr.size()), addr)) return true;
  }
  return false;
}

std::string_view OwnText::decideLine() {
  std::string_view line(line_, len_);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  size_t p = 0;
  const unsigned depth = quoteDepth(line, p);
  const std::string_view content = line.substr(p);
  const bool has_at = content.find('@') != std::string_view::npos;

  if (depth < self_depth_) self_depth_ = 0;  // the sender's quoted letter ended
  if (!content.empty() && content.back() == ':' && has_at) {
    // An attribution line: whose words follow, one level deeper?
    if (namesSelf(content)) self_depth_ = static_cast<uint8_t>(depth + 1 > 255 ? 255 : depth + 1);
    return {};
  }
  const bool own_level = depth == 0 || (self_depth_ > 0 && depth >= self_depth_);
  if (!own_level) return {};
  if (depth == 0 && mode_ == Mode::Mail && (content == "--" || isFooterRule(content))) {
    rest_dropped_ = true;
    return {};
  }
  if (isTrailer(content) || (has_at && isHeaderLine(content) && !namesSelf(content))) return {};
  return content.empty() ? std::string_view(line_, 0) : content;
}

std::string_view OwnText::decideLongLine() {
  const std::string_view line(line_, len_);
  size_t p = 0;
  const unsigned depth = quoteDepth(line, p);
  if (depth < self_depth_) self_depth_ = 0;
  const bool own_level = depth == 0 || (self_depth_ > 0 && depth >= self_depth_);
  return own_level ? line.substr(p) : std::string_view{};
}

}  // namespace tapwatch
