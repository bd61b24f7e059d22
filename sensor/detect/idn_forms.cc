#include "detect/idn_forms.h"

#include <idn2.h>

#include <cstdlib>
#include <memory>

namespace tapwatch {
namespace {

struct FreeDeleter {
  void operator()(char* p) const { idn2_free(p); }
};
using IdnString = std::unique_ptr<char, FreeDeleter>;

bool hasNonAscii(std::string_view s) {
  for (const char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

}  // namespace

bool isInternationalised(std::string_view name) {
  if (hasNonAscii(name)) return true;
  for (size_t at = name.find("xn--"); at != std::string_view::npos; at = name.find("xn--", at + 1))
    if (at == 0 || name[at - 1] == '.') return true;
  return false;
}

bool idnForms(std::string_view name, DomainForms& out, std::string& why) {
  const std::string input(name);
  out.ascii = input;
  out.unicode.clear();
  if (hasNonAscii(name)) {
    char* raw = nullptr;
    // Non-transitional UTS 46 (ß stays ß), NFC first: what browsers resolve today.
    const int rc = idn2_to_ascii_8z(input.c_str(), &raw, IDN2_NFC_INPUT | IDN2_NONTRANSITIONAL);
    IdnString ascii(raw);
    if (rc != IDN2_OK) {
      why = std::string("not a valid internationalised domain name (") + idn2_strerror(rc) + ")";
      return false;
    }
    out.ascii = ascii.get();
    for (char& c : out.ascii)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  char* raw = nullptr;
  const int rc = idn2_to_unicode_8z8z(out.ascii.c_str(), &raw, 0);
  IdnString unicode(raw);
  if (rc == IDN2_OK && unicode && out.ascii != unicode.get()) out.unicode = unicode.get();
  return true;
}

}  // namespace tapwatch
