#include "engine/rule_cert_validity.h"

#include <charconv>

namespace tapwatch {
namespace {

std::optional<int64_t> number(std::string_view text, size_t pos, size_t len) {
  int64_t v = 0;
  const char* begin = text.data() + pos;
  const auto [ptr, ec] = std::from_chars(begin, begin + len, v);
  if (ec != std::errc{} || ptr != begin + len) return std::nullopt;
  return v;
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
int64_t daysFromCivil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::optional<int64_t> parseCertTime(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS
  if (text.size() != 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
    return std::nullopt;
  const auto y = number(text, 0, 4), mo = number(text, 5, 2), d = number(text, 8, 2);
  const auto h = number(text, 11, 2), mi = number(text, 14, 2), s = number(text, 17, 2);
  if (!y || !mo || !d || !h || !mi || !s) return std::nullopt;
  if (*mo < 1 || *mo > 12 || *d < 1 || *d > 31 || *h > 23 || *mi > 59 || *s > 60) return std::nullopt;
  return daysFromCivil(*y, *mo, *d) * 86400 + *h * 3600 + *mi * 60 + *s;
}

bool certValidityHolds(RuleCertValidity want, std::string_view not_after, Timestamp now) {
  if (want == RuleCertValidity::Any) return true;
  const auto epoch = parseCertTime(not_after);
  if (!epoch) return false;  // no (readable) certificate: Suricata's cert_epoch 0, no match
  return want == RuleCertValidity::Expired ? now.sec > *epoch : now.sec <= *epoch;
}

}  // namespace tapwatch
