#include "protocols/leet_fold.h"

#include <gtest/gtest.h>

#include <string>

#include "test_support.h"

namespace tapwatch {
namespace {

// Folds `in` fed in pieces of `piece` bytes (0 = whole).
std::string fold(const std::string& in, size_t piece = 0) {
  LeetFold f;
  std::string out;
  const auto emit = [&out](ByteSpan s) { out.append(reinterpret_cast<const char*>(s.data()), s.size()); };
  if (piece == 0) piece = in.size() + 1;
  for (size_t off = 0; off < in.size(); off += piece) f.feed(test::bytesOf(in.substr(off, piece)), emit);
  f.finish(emit);
  return out;
}

void expectEverySplit(const std::string& in, const std::string& want) {
  for (size_t piece = 1; piece <= in.size(); ++piece) EXPECT_EQ(fold(in, piece), want) << "piece " << piece;
}

TEST(LeetFold, DigitsAndSymbolsBetweenLettersBecomeLetters) {
  expectEverySplit("Send b1tc0in to my w4ll37, p@55w0rd l0773ry ca$h 5c4m",
                   "Send bitcoin to my wallet, password lottery cash scam");
  // Cyrillic words fold to Cyrillic letters (no mixed-script word appears).
  expectEverySplit("д0ставка п0сылки, д3ньги, кош3л3к, п@роль", "доставка посылки, деньги, кошелек, пароль");
}

// Plain words and the bytes between them move in one copy (step()'s fast
// path); a word cut at the end of a piece may go on with a digit, so only
// words whose end is in the piece take it.
TEST(LeetFold, PlainWordsPassAsTheyAreAroundDisguisedOnes) {
  const std::string w64(LeetFold::kMaxWord, 'a');
  const std::string w65(LeetFold::kMaxWord + 1, 'b');
  expectEverySplit("plain text, " + w64 + " b1tc0in " + w65 + "1 and p@55w0rd now. Bye",
                   "plain text, " + w64 + " bitcoin " + w65 + "1 and password now. Bye");
  std::string many;
  for (int i = 0; i < 300; ++i) many += "send the w4ll37 key now. ";
  std::string want;
  for (int i = 0; i < 300; ++i) want += "send the wallet key now. ";
  EXPECT_EQ(fold(many), want);
  EXPECT_EQ(fold(many, 1000), want);
}

TEST(LeetFold, OneIsAnLWhereAnIWouldDoubleAnI) {
  // '1' imitates 'i' and 'l'; "ii" hardly occurs, so next to an 'i', and as the first of "11", it is an 'l'.
  expectEverySplit("wa11et c11ente c1ick on1ine bi11ion m\xC3\xB6g11ch staat11che b1tc0in w1nn3r",
                   "wallet cliente click online billion m\xC3\xB6glich staatliche bitcoin winner");
}

TEST(LeetFold, AtAtTheEdgeOfACyrillicWordIsItsA) {
  // "Карт@ @нықталды к@рт@." -> "Карта анықталды карта."; mail addresses and handles stay.
  expectEverySplit(
      "\xD0\x9A\xD0\xB0\xD1\x80\xD1\x82@ @\xD0\xBD\xD1\x8B\xD2\x9B\xD1\x82\xD0\xB0\xD0\xBB\xD0\xB4\xD1\x8B "
      "\xD0\xBA@\xD1\x80\xD1\x82@. info@bank4you.com @crypt0king",
      "\xD0\x9A\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 \xD0\xB0\xD0\xBD\xD1\x8B\xD2\x9B\xD1\x82\xD0\xB0\xD0\xBB\xD0\xB4\xD1\x8B "
      "\xD0\xBA\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0. info@bank4you.com @crypt0king");
}

TEST(LeetFold, EmojiInsideWordsIsDroppedOutsideKept) {
  expectEverySplit("bit\xF0\x9F\x92\xB0"
                   "coin \xF0\x9F\x94\xA5 pay\xE2\x9A\xA0\xEF\xB8\x8Fment \xF0\x9F\x92\xB0"
                   "bitcoin",
                   "bitcoin \xF0\x9F\x94\xA5 payment \xF0\x9F\x92\xB0"
                   "bitcoin");
  expectEverySplit("\xE2\x82\xBFitcoin, \xE2\x82\xBF\xD0\xB8\xD1\x82\xD0\xBA\xD0\xBE\xD0\xB8\xD0\xBD, 0.5 \xE2\x82\xBF",
                   "bitcoin, \xD0\xB1\xD0\xB8\xD1\x82\xD0\xBA\xD0\xBE\xD0\xB8\xD0\xBD, 0.5 \xE2\x82\xBF");
  expectEverySplit("b\xC2\xB7i\xC2\xB7t\xC2\xB7"
                   "coin",
                   "bitcoin");
}

TEST(LeetFold, NumbersAmountsAddressesAndCodesStay) {
  const std::string keep =
      "Pay 500USD or $500 or 0.05BTC to bc1qkq0xuh4f6crnm2z7y0rw20tmfdn2hxye4jr5m6 or "
      "0x71C7656EC7ab88b098defB751B7401B5f6d8976F or TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf by 10am, "
      "web3 covid19 mp3 sha256 win10 1st 24h +7(900)123-45-67 write to info@bank4you.com or @crypt0king, "
      "4x4 A4 x86_64 3D trc20 10:30 50% 2024";
  expectEverySplit(keep, keep);
}

TEST(LeetFold, OnlyWordsWithADisguiseBetweenLettersFoldAtTheirEdges) {
  // "m0ney100": the inner 0 makes it leet, but a three-digit tail is a number.
  EXPECT_EQ(fold("m0ney100 fr33 b1tc0in2024"), "money100 fr33 bitcoin2024");
}

TEST(LeetFold, OverlongRunsPassUnchanged) {
  const std::string run = std::string(40, 'a') + "0" + std::string(40, 'b');
  EXPECT_EQ(fold(run + " b1t"), run + " bit");
  const std::string cyr = "\xD0\xB4" + std::string("0") + std::string(70, 'x');
  EXPECT_EQ(fold(cyr), cyr);
}

}  // namespace
}  // namespace tapwatch
