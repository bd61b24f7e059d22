#include "protocols/html_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "protocols/http_app_parser.h"
#include "protocols/smtp_app_parser.h"
#include "test_support.h"

namespace tapwatch {
namespace {

using test::Step;

// Normalises `in` fed in pieces of `piece` bytes (0 = whole).
std::string render(const std::string& in, HtmlText::Mode mode = HtmlText::Mode::Html, size_t piece = 0) {
  HtmlText t;
  t.begin(mode);
  std::string out;
  const auto emit = [&out](ByteSpan s) { out.append(reinterpret_cast<const char*>(s.data()), s.size()); };
  if (piece == 0) piece = in.size() + 1;
  for (size_t off = 0; off < in.size(); off += piece) t.feed(test::bytesOf(in.substr(off, piece)), emit);
  t.finish(emit);
  return out;
}

// The same text whatever the pieces: every split point of a tag, entity,
// UTF-8 sequence and "</script" is carried across calls.
void expectEverySplit(const std::string& in, const std::string& want, HtmlText::Mode mode = HtmlText::Mode::Html) {
  for (size_t piece = 1; piece <= in.size(); ++piece) EXPECT_EQ(render(in, mode, piece), want) << "piece " << piece;
}

// One feed's text reaches emit in one piece when it fits kTextBuffer (each
// piece is a Hyperscan call downstream); the text is the same as whole.
TEST(HtmlText, OneFeedsTextIsEmittedInOnePiece) {
  std::string page;
  for (int i = 0; page.size() < 3000; ++i)
    page += "<p>Line " + std::to_string(i) + " of the <b>n</b>ews, &amp; more</p>\n";
  HtmlText t;
  t.begin(HtmlText::Mode::Html);
  std::vector<std::string> pieces;
  const auto emit = [&](ByteSpan s) { pieces.emplace_back(reinterpret_cast<const char*>(s.data()), s.size()); };
  t.feed(test::bytesOf(page), emit);
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_GT(pieces[0].size(), HtmlText::kOutBuffer);
  std::string whole = pieces[0];
  t.finish(emit);
  for (size_t i = 1; i < pieces.size(); ++i) whole += pieces[i];
  EXPECT_EQ(whole, render(page));
}

// Words and the single spaces between them move in one copy (step()'s fast
// path); wider gaps, line breaks, quoted lines and hidden text keep their rules.
TEST(HtmlText, SingleSpacesBetweenWordsPassAsTheyAre) {
  expectEverySplit("Pay the fee now, or the video goes out.", "Pay the fee now, or the video goes out.");
  expectEverySplit("Pay the fee now, or the video goes out.", "Pay the fee now, or the video goes out.",
                   HtmlText::Mode::Plain);
  expectEverySplit("<p>one two</p>  three  four <b>five</b> six", "one two\nthree four five six");
  expectEverySplit("x<span style=\"display:none\">a b c</span> y z", "x y z");
  expectEverySplit("<blockquote>one two three</blockquote>four five", "> one two three\nfour five");
}

TEST(HtmlText, WordsSplitAcrossInlineTagsAreWholeAgain) {
  expectEverySplit("<p>Send <b>bit</b>coin to <span style=\"x\">opla</span>tite</p>", "Send bitcoin to oplatite");
  expectEverySplit("bit<!-- filler -->coin and bit<wbr>coin", "bitcoin and bitcoin");
}

TEST(HtmlText, BlockTagsSeparateWords) {
  expectEverySplit("<div>one</div><div>two</div>three<br>four<td>five", "one\ntwo\nthree\nfour\nfive");
}

TEST(HtmlText, BlockquoteLinesAreQuotedPerLevel) {
  // Gmail: the attribution in div.gmail_quote, the letter in a blockquote; a nested quote is two levels.
  expectEverySplit("<div>Send the fee today.</div><div class=\"gmail_quote\"><div>On Mon, Jane &lt;j@x.example&gt; "
                   "wrote:</div><blockquote class=\"gmail_quote\">How do I know?<br>Thanks<blockquote type=\"cite\">"
                   "We lend without checks.</blockquote>Jane</blockquote></div><p>Bye</p>",
                   "Send the fee today.\nOn Mon, Jane <j@x.example> wrote:\n> How do I know?\n> Thanks\n> > We lend "
                   "without checks.\n> Jane\nBye");
  // A body that starts inside a quote, deeper than three levels, and a stray end tag.
  expectEverySplit("<blockquote><blockquote><blockquote><blockquote>deep</blockquote></blockquote></blockquote>"
                   "</blockquote></blockquote>after",
                   "> > > deep\nafter");
  // Plain text has no markup: a "<blockquote>" there is text.
  EXPECT_EQ(render("<blockquote>x", HtmlText::Mode::Plain), "<blockquote>x");
}

TEST(HtmlText, NumericAndNamedEntitiesBecomeUtf8) {
  // "вы" as decimal entities, "в" as hex, the common named ones.
  expectEverySplit("&#1074;&#1099; &#x432;&#X432; Tom&amp;Jerry&nbsp;&lt;3 &laquo;ok&raquo; &hellip;",
                   "вы вв Tom&Jerry <3 «ok» …");
  // Numeric without ';' is decoded, as browsers do; legacy names too.
  expectEverySplit("&#98it &amp co", "bit & co");
}

TEST(HtmlText, UnknownOrBrokenEntitiesStayLiteral) {
  expectEverySplit("&bogus; &#; &#xZZ; AT&T & you &", "&bogus; &#; &#xZZ; AT&T & you &");
  // Out-of-range and NUL code points become U+FFFD rather than bad UTF-8.
  EXPECT_EQ(render("&#1114112;&#0;"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  // An entity longer than the carry-over is literal, not buffered without bound.
  const std::string longname = "&" + std::string(40, 'a') + ";";
  EXPECT_EQ(render(longname), longname);
}

TEST(HtmlText, EntitiesDecodingToMarkupAreText) { expectEverySplit("&lt;b&gt;bold&lt;/b&gt;", "<b>bold</b>"); }

TEST(HtmlText, ZeroWidthCharactersAndSoftHyphensAreDropped) {
  const std::string zw = "b\u200Bi\u200Ct\u200Dc\u2060o\uFEFFi\u00ADn";
  expectEverySplit(zw, "bitcoin");
  expectEverySplit(zw, "bitcoin", HtmlText::Mode::Plain);
  expectEverySplit("b&#8203;i&zwnj;t&shy;coin", "bitcoin");
  // Other characters on the same lead bytes pass through untouched.
  expectEverySplit("\u2014 \u00E9 \u20AC \u0416", "\u2014 \u00E9 \u20AC \u0416", HtmlText::Mode::Plain);
}

TEST(HtmlText, CombiningMarksAreDroppedFullWidthLettersBecomeAscii) {
  // Strokes, accents and the combining grapheme joiner stacked on a keyword.
  const std::string marked = "b\u0336i\u0336t\u0301c\u0323o\u0331i\u034Fn \u0432\u0300\u044B";
  expectEverySplit(marked, "bitcoin \u0432\u044B");
  expectEverySplit(marked, "bitcoin \u0432\u044B", HtmlText::Mode::Plain);
  expectEverySplit("\uFF42\uFF49\uFF54coin \uFF30\uFF21\uFF39 \uFF11\uFF10\uFF05", "bitcoin PAY 10%");
  expectEverySplit("&#xFF42;&#65353;t", "bit");
  // A full-width '<' is a character, not markup; precomposed letters and other
  // characters on the same lead bytes stay as they are.
  expectEverySplit("\uFF1Cb\uFF1E \u00E9\u00F1 \u0391\u03B2 \uFF5F\uFFE5",
                   "<b> \u00E9\u00F1 \u0391\u03B2 \uFF5F\uFFE5");
}

TEST(HtmlText, WhitespaceCollapses) {
  expectEverySplit("  a \t\r\n\n b\u00A0\u00A0c&nbsp; d  ", "a\nb c d");
  expectEverySplit("  a \t b  ", "a b", HtmlText::Mode::Plain);
}

TEST(HtmlText, ScriptStyleAndHeadMarkupAreSkipped) {
  expectEverySplit("<html><head><title>Hi</title><style>p{color:red}</style>"
                   "<script>var s = \"</scr\" + \"ipt>\"; if (a < b) x = '<b>';</script></head>"
                   "<body><!DOCTYPE x><p title='a > b'>Pay now</p></body></html>",
                   "Hi\nPay now");
}

TEST(HtmlText, HiddenElementsAreDropped) {
  // Junk hidden inside keywords: the reader sees the word whole.
  expectEverySplit(
      "bitc<span style=\"font-size:0\">xq</span>oin p<span style='display: none'>Lorem</span>ay "
      "wal<font size=\"1\" color=\"#ffffff\">news</font>let cr<span style=\"color:#fff;font-size:1px\">0</span>ypto "
      "pri<i style=\"display:none;mso-hide:all\">zz</i>ze pa<span style=\"OPACITY: 0\">q</span>id "
      "<div hidden>filler text</div>end",
      "bitcoin pay wallet crypto prize paid\nend");
  // Same-name nesting is counted; void and self-closed elements hide nothing.
  expectEverySplit("a<span style=\"display:none\">x<span>y</span>z</span>b <img style=\"display:none\">c "
                   "<span style=\"display:none\"/>d",
                   "ab\nc d");
}

TEST(HtmlText, VisibleStylesStay) {
  expectEverySplit("<span style=\"font-size:0.9em\">small</span> <span style=\"opacity:0.5\">faint</span> "
                   "<a style=\"color:#ffffff;background-color:#06c\">Pay now</a> <font color=white>white</font> "
                   "<span style=\"font-size:10px\">ten</span> <p style=\"background-color:#fff\">bg</p>",
                   "small faint Pay now white ten\nbg");
}

TEST(HtmlText, HiddenElementWithoutEndTagEndsWhereABrowserEndsIt) {
  // An inline element ends at the next block tag, a block at its cell's end.
  expectEverySplit("<p>junk<span style=display:none>hidden</p><p>visible text</p>", "junk\nvisible text");
  expectEverySplit("<table><tr><td><div style=\"display:none\">x</td><td>shown</td></tr></table>", "shown");
}

TEST(HtmlText, ImageAltTextIsShownInThePicturesPlace) {
  // A mail made of pictures: with images blocked the reader sees their alt text, entities decoded.
  expectEverySplit("<table><tr><td><img src=\"a.png\" width=\"600\" alt=\"Your parcel is held &amp; "
                   "the fee is &#x27;2 EUR&#39;\"></td></tr><tr><td><a href=\"x\"><img alt=Pay border=0></a>"
                   "</td></tr></table>",
                   "Your parcel is held & the fee is '2 EUR'\nPay");
  // Between words of its own; an end tag, another tag's alt-like attribute and a hidden picture show nothing.
  expectEverySplit("see<img alt=\"the  offer\">now <p title=\"x\" data-alt=\"y\">z</p alt=\"q\">"
                   "<span style=\"display:none\"><img alt=\"junk\"></span>end",
                   "see the offer\nnow\nz\nend");
}

TEST(HtmlText, LeetInsideWordsIsFolded) {
  expectEverySplit("<p>Send 0.5 b1tc0in to bc1qkq0xuh4f6crnm2z7y0rw20tmfdn2hxye4jr5m6</p>",
                   "Send 0.5 bitcoin to bc1qkq0xuh4f6crnm2z7y0rw20tmfdn2hxye4jr5m6");
  EXPECT_EQ(render("p@55w0rd", HtmlText::Mode::Plain), "password");
}

TEST(HtmlText, StrayLessThanIsText) { expectEverySplit("a < b and 3<4 <", "a < b and 3<4 <"); }

TEST(HtmlText, PlainModeLeavesMarkupAlone) {
  expectEverySplit("<b>bit</b>coin &amp;", "<b>bit</b>coin &amp;", HtmlText::Mode::Plain);
}

TEST(HtmlText, StateDoesNotLeakIntoTheNextBody) {
  HtmlText t;
  t.begin(HtmlText::Mode::Html);
  std::string out;
  const auto emit = [&out](ByteSpan s) { out.append(reinterpret_cast<const char*>(s.data()), s.size()); };
  t.feed(test::bytesOf("text <script>never closed &#10"), emit);
  t.finish(emit);
  t.feed(test::bytesOf("next body"), emit);
  t.finish(emit);
  EXPECT_EQ(out, "textnext body");
}

TEST(HtmlText, LongInputsComeOutInBoundedPieces) {
  std::string in;
  for (int i = 0; i < 2000; ++i) in += "<i>w</i>&#1074; ";
  HtmlText t;
  t.begin(HtmlText::Mode::Html);
  size_t total = 0;
  size_t largest = 0;
  t.whole(test::bytesOf(in), [&](ByteSpan s) {
    total += s.size();
    largest = std::max(largest, s.size());
  });
  EXPECT_EQ(total, 2000u * 4 - 1);            // "wв " per repetition, no trailing space
  EXPECT_LE(largest, HtmlText::kTextBuffer);  // feed() collects up to that for one emit
}

TEST(HtmlText, MediaTypesChooseTheMode) {
  EXPECT_EQ(textModeForMediaType("text/html; charset=utf-8"), HtmlText::Mode::Html);
  EXPECT_EQ(textModeForMediaType(" Text/HTML "), HtmlText::Mode::Html);
  EXPECT_EQ(textModeForMediaType("application/x-www-form-urlencoded"), HtmlText::Mode::Html);
  EXPECT_EQ(textModeForMediaType("multipart/form-data; boundary=x"), HtmlText::Mode::Html);
  EXPECT_EQ(textModeForMediaType("application/json"), HtmlText::Mode::Html);
  EXPECT_EQ(textModeForMediaType(""), HtmlText::Mode::Html);
  EXPECT_EQ(textModeForMediaType("text/plain"), HtmlText::Mode::Plain);
  EXPECT_EQ(textModeForMediaType("application/rss+xml"), HtmlText::Mode::Plain);
  EXPECT_EQ(textModeForMediaType("image/jpeg"), std::nullopt);
  EXPECT_EQ(textModeForMediaType("application/octet-stream"), std::nullopt);
  EXPECT_EQ(textModeForMediaType("video/mp4"), std::nullopt);
}

// --- the parsers deliver the text fields -------------------------------------

constexpr Direction kC = Direction::ToServer;
constexpr Direction kS = Direction::ToClient;

struct Session {
  test::RecordingSink sink;
  ProtocolStats stats;
};

TEST(HtmlTextFields, HtmlMailPartIsRenderedPlainPartKept) {
  const std::string msg =
      "Subject: hi\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
      "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain <b>part</b> b\u200Bit\r\n"
      "--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
      "<p>send <b>bit</b>co=\r\nin &#1074;&#1099;</p>\r\n--b1--\r\n";
  const std::vector<Step> steps = {{kS, "220 mx\r\n"},          {kC, "HELO c\r\n"},     {kS, "250 ok\r\n"},
                                   {kC, "MAIL FROM:<a@b>\r\n"}, {kS, "250 ok\r\n"},     {kC, "RCPT TO:<c@d>\r\n"},
                                   {kS, "250 ok\r\n"},          {kC, "DATA\r\n"},       {kS, "354 go\r\n"},
                                   {kC, msg + "\r\n.\r\n"},     {kS, "250 queued\r\n"}, {kC, "QUIT\r\n"}};
  std::string want;
  for (size_t chunk : {0u, 1u, 2u, 5u, 64u}) {
    Session r;
    SmtpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
    test::feedSteps(parser, steps, chunk);
    parser.finish();
    ASSERT_TRUE(r.sink.errors.empty()) << r.sink.errors.front();
    ASSERT_EQ(r.sink.scopes.size(), 1u);
    const auto& s = r.sink.scopes[0];
    // The raw field keeps the markup (Suricata's file.data, rules that want it).
    EXPECT_NE(s.stream(Field::SmtpBody).find("<b>bit</b>co"), std::string::npos);
    EXPECT_EQ(s.stream(Field::SmtpBodyText), "plain <b>part</b> bit\nsend bitcoin вы") << "chunk " << chunk;
  }
}

TEST(HtmlTextFields, HtmlPageAndFormPostAreRenderedMediaHasNoText) {
  const std::string page = "<html><body><p>Pay the <b>fe</b>e&nbsp;now</p></body></html>";
  const std::string jpeg = std::string("\xFF\xD8\xFF\xE0", 4) + "JFIF b\xE2\x80\x8Bit";
  const std::vector<Step> steps = {
      {kC, "POST /send HTTP/1.1\r\nHost: mail.example\r\nContent-Type: application/x-www-form-urlencoded\r\n"
           "Content-Length: 32\r\n\r\nmsg=%3Cb%3Ebit%3C%2Fb%3Ecoin+now"},
      {kS, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + std::to_string(page.size()) + "\r\n\r\n" +
               page},
      {kC, "GET /a.jpg HTTP/1.1\r\nHost: mail.example\r\n\r\n"},
      {kS, "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: " + std::to_string(jpeg.size()) +
               "\r\n\r\n" + jpeg}};
  for (size_t chunk : {0u, 1u, 3u, 64u}) {
    Session r;
    HttpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
    test::feedSteps(parser, steps, chunk);
    parser.finish();
    ASSERT_TRUE(r.sink.errors.empty()) << r.sink.errors.front();
    ASSERT_EQ(r.sink.scopes.size(), 2u);
    const auto& first = r.sink.scopes[0];
    EXPECT_EQ(first.stream(Field::HttpRequestBody), "msg=<b>bit</b>coin now");
    EXPECT_EQ(first.stream(Field::HttpRequestBodyText), "msg=bitcoin now") << "chunk " << chunk;
    EXPECT_EQ(first.stream(Field::HttpResponseBody), page);
    EXPECT_EQ(first.stream(Field::HttpResponseBodyText), "Pay the fee now") << "chunk " << chunk;
    const auto& second = r.sink.scopes[1];
    EXPECT_EQ(second.stream(Field::HttpResponseBody), jpeg);
    EXPECT_EQ(second.streams.count(Field::HttpResponseBodyText), 0u);
  }
}

}  // namespace
}  // namespace tapwatch
