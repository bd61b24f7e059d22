#include "protocols/rfc2047.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tapwatch {
namespace {

std::string decode(std::string_view v, size_t max = 4096, Rfc2047Decoder::Outcome* outcome = nullptr) {
  Rfc2047Decoder d;
  std::string out;
  const auto o = d.decode(v, out, max);
  if (outcome != nullptr) *outcome = o;
  return out;
}

TEST(Rfc2047, Utf8BAndQ) {
  const std::string subject = "Я знаю твой пароль";
  EXPECT_EQ(decode("=?UTF-8?B?" + test::base64(subject, 0) + "?="), subject);
  EXPECT_EQ(decode("=?utf-8?q?I_know_your_password=3A_=E2=80=94?="), "I know your password: \xE2\x80\x94");
}

TEST(Rfc2047, Windows1251AndKoi8r) {
  const std::string subject = "Ваше видео";
  EXPECT_EQ(decode("=?windows-1251?B?" + test::base64(test::fromUtf8("CP1251", subject), 0) + "?="), subject);
  std::string q;
  for (unsigned char c : test::fromUtf8("KOI8-R", subject)) {
    char hex[4];
    snprintf(hex, sizeof hex, "=%02X", c);
    q += c == ' ' ? std::string("_") : std::string(hex);
  }
  EXPECT_EQ(decode("=?KOI8-R?Q?" + q + "?="), subject);
}

TEST(Rfc2047, AdjacentWordsJoinAndSplitCharacters) {
  // "Привет" in UTF-8 split in the middle of a character across two words.
  const std::string text = "Привет";
  const std::string a = text.substr(0, 5), b = text.substr(5);
  EXPECT_EQ(decode("=?UTF-8?B?" + test::base64(a, 0) + "?= \r\n =?UTF-8?B?" + test::base64(b, 0) + "?="), text);
  EXPECT_EQ(decode("Re: =?UTF-8?Q?a?= =?UTF-8?Q?b?= tail"), "Re: ab tail");
}

TEST(Rfc2047, MalformedWordsStayLiteral) {
  Rfc2047Decoder::Outcome o;
  EXPECT_EQ(decode("=?UTF-8?X?abc?= ok", 4096, &o), "=?UTF-8?X?abc?= ok");
  EXPECT_TRUE(o.malformed);
  EXPECT_EQ(decode("=?UTF-8?B?unterminated"), "=?UTF-8?B?unterminated");
  EXPECT_EQ(decode("=?"), "=?");
  EXPECT_EQ(decode("=?"
                   "?B?"
                   "?="),
            "=?"
            "?B?"
            "?=");
}

TEST(Rfc2047, UnknownCharsetPassesBytes) {
  Rfc2047Decoder::Outcome o;
  EXPECT_EQ(decode("=?x-unknown?Q?hello?=", 4096, &o), "hello");
  EXPECT_TRUE(o.unknown_charset);
}

TEST(Rfc2047, UnpaddedBase64WordKeepsItsTail) {
  // "счёт" is D1 81 D1 87 D1 91 D1 82; padded it is 0YHRh9GR0YI=.
  EXPECT_EQ(decode("=?UTF-8?B?0YHRh9GR0YI?="), "счёт");
}

TEST(Rfc2047, CutOnUtf8Boundary) {
  const std::string out = decode("=?UTF-8?B?" + test::base64("ЖЖЖЖ", 0) + "?=", 5);
  EXPECT_EQ(out, "ЖЖ");  // 4 bytes: a third Ж would need 6
}

}  // namespace
}  // namespace tapwatch
