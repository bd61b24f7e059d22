#include "detect/ioc_list.h"

#include <fstream>
#include <sstream>
#include <unordered_set>

#include "detect/domain_matcher.h"
#include "detect/idn_forms.h"

namespace tapwatch {
namespace {

constexpr size_t kMaxLiteralEntry = 1024;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

}  // namespace

std::string normaliseDomain(std::string_view entry, std::string& why) {
  if (entry.starts_with("*.")) {
    why = "wildcards are implicit: a domain entry already matches all its subdomains";
    return {};
  }
  std::string out;
  out.reserve(entry.size());
  for (char raw : entry) {
    const char c = domainByte(static_cast<uint8_t>(raw));
    if (c == 0) {
      why = std::string("character '").append(1, raw) + "' cannot be part of a domain name";
      return {};
    }
    out += c;
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  if (out.empty()) {
    why = "empty domain";
    return {};
  }
  if (out.size() > kMaxDomainToken) {
    why = "domain longer than " + std::to_string(kMaxDomainToken) + " characters";
    return {};
  }
  if (out.front() == '.' || out.find("..") != std::string::npos) {
    why = "empty label in domain";
    return {};
  }
  return out;
}

Result<std::vector<ListEntry>> loadIocList(const std::string& path, ListKind kind) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return makeError("cannot read list file", SourceLocation{path, 0, 0});
  std::vector<ListEntry> entries;
  std::unordered_set<std::string> seen;
  std::string line;
  uint32_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    size_t begin = 0;
    while (begin < line.size() && isSpace(line[begin])) ++begin;
    if (begin == line.size() || line[begin] == '#') continue;
    size_t end = line.size();
    if (kind == ListKind::Domain) {
      // Domains cannot contain '#' or blanks, so a trailing comment is safe to cut.
      const size_t hash = line.find('#', begin);
      if (hash != std::string::npos) end = hash;
    }
    while (end > begin && isSpace(line[end - 1])) --end;
    const std::string_view raw(line.data() + begin, end - begin);
    const SourceLocation where{path, line_no, static_cast<uint32_t>(begin + 1)};
    std::string value;
    if (kind == ListKind::Domain) {
      std::string why;
      value = normaliseDomain(raw, why);
      if (value.empty()) return makeError(std::string("list entry '").append(raw) + "': " + why, where);
      if (isInternationalised(value)) {
        // Both spellings go in: the wire carries xn-- in DNS/SNI/certificates and UTF-8 in mail text.
        DomainForms forms;
        if (!idnForms(value, forms, why))
          return makeError(std::string("list entry '").append(raw) + "': " + why, where);
        if (!forms.unicode.empty()) entries.push_back({std::move(forms.unicode), line_no});
        value = std::move(forms.ascii);
      }
    } else {
      if (raw.size() > kMaxLiteralEntry)
        return makeError("list entry longer than " + std::to_string(kMaxLiteralEntry) + " bytes", where);
      value = std::string(raw);
    }
    // Domains are de-duplicated by the DomainMatcher; literals would become duplicate expressions.
    if (kind == ListKind::Domain || seen.insert(value).second) entries.push_back({std::move(value), line_no});
  }
  if (in.bad()) return makeError("error reading list file", SourceLocation{path, 0, 0});
  return entries;
}

Result<std::vector<IpPrefix>> loadIpList(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return makeError("cannot read list file", SourceLocation{path, 0, 0});
  std::vector<IpPrefix> entries;
  std::string line, why;
  uint32_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    size_t begin = 0;
    while (begin < line.size() && isSpace(line[begin])) ++begin;
    if (begin == line.size() || line[begin] == '#') continue;
    size_t end = std::min(line.find('#', begin), line.size());
    while (end > begin && isSpace(line[end - 1])) --end;
    IpPrefix prefix;
    size_t col = 1;
    if (!parseIpPrefix(std::string_view(line).substr(begin, end - begin), prefix, why, col))
      return makeError("list entry: " + why, SourceLocation{path, line_no, static_cast<uint32_t>(begin + col)});
    prefix.line = line_no;
    entries.push_back(prefix);
  }
  if (in.bad()) return makeError("error reading list file", SourceLocation{path, 0, 0});
  return entries;
}

}  // namespace tapwatch
