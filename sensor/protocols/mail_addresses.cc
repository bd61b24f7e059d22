#include "protocols/mail_addresses.h"

#include "protocols/text_util.h"

namespace tapwatch {
namespace {

// Splits `value` at top-level commas (and the ':' / ';' of groups) and calls
// fn(address) for each mailbox. Stops when fn returns false.
template <typename Fn>
void forEachMailbox(std::string_view value, Fn&& fn) {
  size_t start = 0;
  bool quoted = false;
  int comment = 0;
  bool angle = false;
  auto emit = [&](size_t end) {
    std::string_view box = trim(value.substr(start, end - start));
    start = end + 1;
    if (box.empty()) return true;
    // "Name <addr>": the part in angle brackets.
    const size_t lt = box.rfind('<');
    if (lt != std::string_view::npos) {
      const size_t gt = box.find('>', lt);
      box = trim(box.substr(lt + 1, gt == std::string_view::npos ? std::string_view::npos : gt - lt - 1));
    } else {
      // addr-spec possibly followed by a comment: "a@b (Name)".
      box = trim(box.substr(0, box.find('(')));
    }
    if (box.empty()) return true;
    return fn(box);
  };
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (quoted) {
      if (c == '\\') ++i;
      else if (c == '"') quoted = false;
      continue;
    }
    if (comment > 0) {
      if (c == '\\') ++i;
      else if (c == '(') ++comment;
      else if (c == ')') --comment;
      continue;
    }
    switch (c) {
      case '"': quoted = true; break;
      case '(': comment = 1; break;
      case '<': angle = true; break;
      case '>': angle = false; break;
      case ':':
        if (!angle) start = i + 1;  // "Group:" name is not an address
        break;
      case ',':
      case ';':
        if (!angle && !emit(i)) return;
        break;
      default: break;
    }
  }
  emit(value.size());
}

}  // namespace

bool appendMailAddresses(std::string_view value, std::vector<std::string>& out, size_t max) {
  bool complete = true;
  forEachMailbox(value, [&](std::string_view address) {
    if (out.size() >= max) {
      complete = false;
      return false;
    }
    out.emplace_back(address);
    return true;
  });
  return complete;
}

std::string_view firstMailAddress(std::string_view value, std::string& storage) {
  storage.clear();
  forEachMailbox(value, [&](std::string_view address) {
    storage.assign(address);
    return false;
  });
  return storage;
}

std::string_view fromDisplayName(std::string_view value) {
  const size_t lt = value.find('<');
  if (lt == std::string_view::npos) return {};
  std::string_view name = trim(value.substr(0, lt));
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
  if (const size_t via = name.rfind(" via "); via != std::string_view::npos && via > 0) name = name.substr(0, via);
  return trim(name);
}

}  // namespace tapwatch
