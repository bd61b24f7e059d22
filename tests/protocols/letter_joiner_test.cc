#include "protocols/letter_joiner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <string>

#include "protocols/html_text.h"
#include "test_support.h"

namespace tapwatch {
namespace {

// Joins `in` fed in pieces of `piece` bytes (0 = whole).
std::string join(const std::string& in, size_t piece = 0) {
  LetterJoiner j;
  std::string out;
  const auto emit = [&out](ByteSpan s) { out.append(reinterpret_cast<const char*>(s.data()), s.size()); };
  if (piece == 0) piece = in.size() + 1;
  for (size_t off = 0; off < in.size(); off += piece) j.feed(test::bytesOf(in.substr(off, piece)), emit);
  j.finish(emit);
  return out;
}

void expectEverySplit(const std::string& in, const std::string& want) {
  for (size_t piece = 1; piece <= in.size(); ++piece) EXPECT_EQ(join(in, piece), want) << "piece " << piece;
}

// The whole text stage (HtmlText: whitespace, joiner, leet).
std::string text(const std::string& in, HtmlText::Mode mode = HtmlText::Mode::Plain) {
  HtmlText t;
  t.begin(mode);
  std::string out;
  t.whole(test::bytesOf(in), [&out](ByteSpan s) { out.append(reinterpret_cast<const char*>(s.data()), s.size()); });
  return out;
}

const std::string kGap(1, static_cast<char>(LetterJoiner::kWideGap));

TEST(LetterJoiner, SpelledWordsAreJoinedWithEverySeparator) {
  // The first run also stays as sent, on a line of its own after its line (the `obfuscated` indicator reads it).
  expectEverySplit("Send B I T C O I N now", "Send BITCOIN now\nB I T C O I N");
  expectEverySplit("Sie haben G.E.W.O.N.N.E.N. Ja", "Sie haben GEWONNEN. Ja\nG.E.W.O.N.N.E.N");
  // One kept run per separator (the indicator reads some separators and not others).
  expectEverySplit("the w-i-n-n-e-r is P_A_Y_M_E_N_T f . u . n . d x*y*z*w, l-o-s-e-r",
                   "the winner is PAYMENT fund xyzw, loser\nw-i-n-n-e-r\nP_A_Y_M_E_N_T\nf . u . n . d\nx*y*z*w");
  expectEverySplit("о\xC2\xB7п\xC2\xB7л\xC2\xB7а\xC2\xB7т\xC2\xB7а!",
                   "оплата!\nо\xC2\xB7п\xC2\xB7л\xC2\xB7а\xC2\xB7т\xC2\xB7а");
}

TEST(LetterJoiner, WideGapsAndSlashesSeparateSpelledWords) {
  expectEverySplit("Y O U" + kGap + "H A V E" + kGap + "W O N.", "YOU HAVE WON.\nY O U H A V E W O N");
  expectEverySplit("C L A I M / N O W", "CLAIM NOW\nC L A I M / N O W");
  expectEverySplit("Y.O.U H.A.V.E W.O.N", "YOU HAVE WON\nY.O.U H.A.V.E W.O.N");
  // Wide gaps between all letters are the separator; a narrower space then ends the run.
  expectEverySplit("B" + kGap + "I" + kGap + "T" + kGap + "C" + kGap + "O" + kGap + "I" + kGap + "N now",
                   "BITCOIN now\nB I T C O I N");
  expectEverySplit("I" + kGap + "A M here", "I A M here");
  // A wide gap outside a run is one space.
  expectEverySplit("one" + kGap + "two", "one two");
}

TEST(LetterJoiner, LeetCharactersJoinOnceLettersDominate) {
  expectEverySplit("B 1 T C 0 1 N", "B1TC01N\nB 1 T C 0 1 N");
  expectEverySplit("A 1 2 3 4 5", "A 1 2 3 4 5");  // digits, no word
  expectEverySplit("a 1 b 3 c 0", "a 1 b 3 c 0");  // as many leet characters as letters
  expectEverySplit("1 2 3 4 a b c d", "1 2 3 4 abcd\na b c d");
}

TEST(LetterJoiner, LegitimateTextStays) {
  for (const std::string s : {"e.g. the U.S. and i.e. a.k.a. U.S.A.", "и в лесу, и в поле я был",
                              "Olma a bor, u o'qidi", "T-Mobile and e-mail, J. R. R. Tolkien", "I am a b c",
                              "x - y, a-b c-d", "B I T\nC O I", "1 2 3 4", "B I T.C.O"})
    EXPECT_EQ(join(s), s) << s;
}

TEST(LetterJoiner, ASymbolGluedToALetterStartsNoRunWhereverThePiecesEnd) {
  // "₿x": like any non-ASCII character, the symbol ends no word, whether the 'x' arrives with it or later.
  expectEverySplit("pay \xE2\x82\xBFx y z w v now", "pay \xE2\x82\xBFx yzwv now\ny z w v");
}

TEST(LetterJoiner, KeptRunKeepsItsLinesQuotePrefixAndIsWrittenOnce) {
  expectEverySplit("> > Send B I T C O I N now\n> > and B I T C O I N\nok",
                   "> > Send BITCOIN now\n> > B I T C O I N\n> > and BITCOIN\nok");
}

TEST(LetterJoiner, LongRunsAreJoinedInPieces) {
  std::string spelled;
  std::string joined;
  for (int i = 0; i < 60; ++i) {
    spelled += std::string(i ? " " : "") + static_cast<char>('a' + i % 26);
    joined += static_cast<char>('a' + i % 26);
  }
  const std::string out = join(spelled);
  std::string letters;
  for (const char c : out.substr(0, out.find('\n')))
    if (c != ' ') letters += c;
  EXPECT_EQ(letters, joined);
  EXPECT_LT(out.find('\n'), spelled.size());
}

TEST(LetterJoiner, HtmlTextJoinsWhatAReaderReadsAsWords) {
  // Plain text: two spaces are a wide gap; HTML: ASCII spaces collapse, no-break spaces do not.
  EXPECT_EQ(text("Y O U  H A V E  W O N   $500. S e n d  B 1 T C 0 1 N"),
            "YOU HAVE WON $500. Send BiTCoiN\nY O U H A V E W O N");
  EXPECT_EQ(text("<p>Y O U &nbsp;H A V E&nbsp;&nbsp;W O N</p>", HtmlText::Mode::Html),
            "YOU HAVE WON\nY O U H A V E W O N");
  EXPECT_EQ(text("<p>Y O U  H A V E</p>", HtmlText::Mode::Html), "YOUHAVE\nY O U H A V E");
  // A body's own marker byte is a space, never a gap of its own.
  EXPECT_EQ(text("one\x1Ftwo&#31;three", HtmlText::Mode::Html), "one two three");
}

// HtmlText fed in random pieces of 1-7 bytes.
std::string textInPieces(const std::string& in, HtmlText::Mode mode, std::mt19937& rng) {
  HtmlText t;
  t.begin(mode);
  std::string out;
  const auto emit = [&out](ByteSpan s) { out.append(reinterpret_cast<const char*>(s.data()), s.size()); };
  for (size_t off = 0; off < in.size();) {
    const size_t len = std::min<size_t>(1 + rng() % 7, in.size() - off);
    t.feed(test::bytesOf(in.substr(off, len)), emit);
    off += len;
  }
  t.finish(emit);
  return out;
}

TEST(LetterJoiner, RandomTextsComeOutTheSameWhateverThePiecesAndNeverShowTheMarker) {
  // Texts made of the pieces the joiner looks at: letters, leet, separators, gaps, symbols, cut UTF-8, markup.
  const char* const atoms[] = {"a",
                               "B",
                               "c",
                               "1",
                               "0",
                               "@",
                               "$",
                               " ",
                               "  ",
                               "\t",
                               "\n",
                               ".",
                               " . ",
                               "-",
                               "_",
                               "*",
                               "\xC2\xB7",
                               " / ",
                               "\xD0\xB1",
                               "\xD0",
                               "\xE2\x82\xBF",
                               "\xF0\x9F\x92\xB0",
                               "&nbsp;",
                               "&#31;",
                               "\x1F",
                               "<b>",
                               "<img alt=\"x y\">",
                               "<p>",
                               "> ",
                               "word",
                               "11",
                               "!"};
  std::mt19937 rng(20261207);
  for (int i = 0; i < 3000; ++i) {
    std::string in;
    for (int k = static_cast<int>(rng() % 60); k > 0; --k) in += atoms[rng() % std::size(atoms)];
    if (i % 100 == 0)
      for (int k = 0; k < 150; ++k) in += k % 2 ? " " : "x";  // a run longer than what is held
    for (const auto mode : {HtmlText::Mode::Plain, HtmlText::Mode::Html}) {
      const std::string whole = text(in, mode);
      ASSERT_EQ(textInPieces(in, mode, rng), whole) << in;
      ASSERT_EQ(whole.find('\x1F'), std::string::npos) << in;
    }
  }
}

}  // namespace
}  // namespace tapwatch
