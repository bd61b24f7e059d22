#include "engine/media_body.h"

#include <array>
#include <cctype>

namespace tapwatch {

bool isMediaContentType(std::string_view media_type) {
  while (!media_type.empty() && (media_type.front() == ' ' || media_type.front() == '\t')) media_type.remove_prefix(1);
  static constexpr std::array<std::string_view, 4> kMediaTops = {"image/", "video/", "audio/", "font/"};
  for (std::string_view top : kMediaTops) {
    if (media_type.size() <= top.size()) continue;  // "image/" alone names no type
    bool same = true;
    for (size_t i = 0; i < top.size() && same; ++i)
      same = std::tolower(static_cast<unsigned char>(media_type[i])) == top[i];
    if (same) return true;
  }
  return false;
}

}  // namespace tapwatch
