#include "protocols/own_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "protocols/http_app_parser.h"
#include "protocols/smtp_app_parser.h"
#include "test_support.h"

namespace tapwatch {
namespace {

// The own text of `in` (already normalised body text) fed in pieces of `piece` bytes (0 = whole).
std::string own(const std::string& in, size_t piece = 0, OwnText::Mode mode = OwnText::Mode::Mail,
                std::string_view from = {}, std::string_view reply_to = {}) {
  OwnText t;
  t.setSelf(from, reply_to);
  t.begin(mode);
  std::string out;
  const auto emit = [&out](ByteSpan s) { out.append(reinterpret_cast<const char*>(s.data()), s.size()); };
  if (piece == 0) piece = in.size() + 1;
  for (size_t off = 0; off < in.size(); off += piece) t.feed(test::bytesOf(in.substr(off, piece)), emit);
  t.finish(emit);
  return out;
}

void expectEverySplit(const std::string& in, const std::string& want, std::string_view from = {},
                      std::string_view reply_to = {}) {
  for (size_t piece = 1; piece <= in.size(); ++piece)
    EXPECT_EQ(own(in, piece, OwnText::Mode::Mail, from, reply_to), want) << "piece " << piece;
}

TEST(OwnText, QuotedLinesAndAttributionsAreNotTheSendersWords) {
  expectEverySplit("Got this today, how do I filter it?\n"
                   "On Mon, 7 Dec 2026 at 10:00, Jane Doe <jane.doe@gmail.com> wrote:\n"
                   "> Dear friend, I am barrister Kofi, reply to kofi.desk@outlook.com\n"
                   "> > nested quote\n"
                   ">>also nested\n"
                   "Thanks",
                   "Got this today, how do I filter it?\nThanks");
}

TEST(OwnText, AttributionLinesInEveryLanguageAreDropped) {
  const std::string in = "Am Mo., 7. Dez. 2026 um 10:00 Uhr schrieb Jane Doe <jane@gmail.com>:\n"
                         "Le lun. 7 déc. 2026 à 10:00, Jane <jane@yahoo.fr> a écrit :\n"
                         "El lun, 7 dic 2026, Juan <juan@hotmail.com> escribió:\n"
                         "7 дек. 2026 г., в 10:00, Иван <ivan@mail.ru> написал(а):\n"
                         "jane.doe@gmail.com> wrote:\n"  // the second half of a wrapped Gmail attribution
                         "my own line\n";
  EXPECT_EQ(own(in), "my own line\n");
  // Without an address, or without the closing colon, a line is the sender's.
  EXPECT_EQ(own("On Monday Jane wrote:\nwrite to me at kofi@gmail.com\n"),
            "On Monday Jane wrote:\nwrite to me at kofi@gmail.com\n");
}

TEST(OwnText, QuotedHeaderLinesAndTrailersAreDropped) {
  const std::string in = "Fix the UVC quirk.\n"
                         "Reported-by: Jane Doe <jane@gmail.com>\n"
                         "Signed-off-by: Ivan Petrov <ivan.petrov@yandex.ru>\n"
                         "-----Original Message-----\n"
                         "From: Mrs. Sarah <sarah.fund@gmx.de>\n"
                         "Von: Hans <hans@web.de>\n"
                         "De : Marie <marie@laposte.net>\n"
                         "От: Иван <ivan@mail.ru>\n"
                         "Sent: Monday\n"
                         "Subject: hello\n"
                         "Email: barrister.kofi@gmail.com\n";
  // The forwarded block itself stays (forwarding a letter is sending it), its address header lines do not;
  // "Email:" is no header of a quoted message.
  EXPECT_EQ(own(in), "Fix the UVC quirk.\n-----Original Message-----\nSent: Monday\nSubject: hello\n"
                     "Email: barrister.kofi@gmail.com\n");
}

TEST(OwnText, SignatureAndListFooterEndTheOwnTextInMailOnly) {
  const std::string in = "Thanks for the fix.\n--\nJane Doe\njane@gmail.com\n";
  EXPECT_EQ(own(in), "Thanks for the fix.\n");
  EXPECT_EQ(own("Hello\n_______________________________________________\nfoo-devel mailing list\n"), "Hello\n");
  // A webmail submission is no mail with a signature convention: only quotes are dropped.
  EXPECT_EQ(own(in, 0, OwnText::Mode::Post), in);
  // A new part starts over.
  OwnText t;
  t.begin(OwnText::Mode::Mail);
  std::string out;
  const auto emit = [&out](ByteSpan s) { out.append(reinterpret_cast<const char*>(s.data()), s.size()); };
  t.feed(test::bytesOf("a\n--\nsig\n"), emit);
  t.finish(emit);
  t.begin(OwnText::Mode::Mail);
  t.feed(test::bytesOf("b\n"), emit);
  t.finish(emit);
  EXPECT_EQ(out, "a\nb\n");
}

TEST(OwnText, TheSendersOwnQuotedLetterCounts) {
  // A fake "Re:" thread: the scammer's reply, the victim's quoted answer, and his own first letter quoted
  // under an attribution that names his Reply-To address.
  const std::string in = "Please fill in the loan application.\n"
                         "On 1 Oct 2025, Maria <maria.k26@libero.it> wrote:\n"
                         "> How do I know you are genuine?\n"
                         ">\n"
                         "> On 12 Oct 2025, Foreign.Remit76@zoho.com wrote:\n"
                         ">> We are a private lender offering loans without any credit check.\n"
                         ">> Reply today.\n"
                         "> thanks\n";
  expectEverySplit(in,
                   "Please fill in the loan application.\nWe are a private lender offering loans without any credit "
                   "check.\nReply today.\n",
                   "mr.robert@orange.fr", "foreign.remit76@zoho.com");
  // Quoting someone else: nothing of the quote is own text.
  expectEverySplit(in, "Please fill in the loan application.\n", "mr.robert@orange.fr", "other@zoho.com");
}

TEST(OwnText, LongLinesAreDecidedByTheirStart) {
  const std::string long_own(3 * OwnText::kHold, 'a');
  const std::string long_quoted = "> " + std::string(3 * OwnText::kHold, 'q');
  expectEverySplit(long_own + "\n" + long_quoted + "\nend", long_own + "\nend");
}

// --- the parsers deliver the own-text fields --------------------------------

constexpr Direction kC = Direction::ToServer;
constexpr Direction kS = Direction::ToClient;

struct Session {
  test::RecordingSink sink;
  ProtocolStats stats;
};

TEST(OwnTextFields, MailKeepsTheSendersLinesAndHisOwnQuotedLetter) {
  // A fake "Re:" thread: the quoted first letter is attributed to the Reply-To address, the middle quote to
  // someone else. Every text part (plain and HTML) goes through its own OwnText.
  const std::string msg =
      "From: \"Mr. Robert\" <mr.robert@orange.example>\r\nReply-To: <Remit.Desk@zoho.example>\r\nSubject: Re: loan\r\n"
      "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
      "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
      "Send the fee today.\r\nOn 1 Oct, Maria <maria@mail.example> wrote:\r\n> Are you genuine?\r\n"
      "> On 2 Oct, remit.desk@zoho.example wrote:\r\n>> We lend without checks.\r\n-- \r\nRobert\r\n"
      "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
      "<p>Send the fee today.</p><p>&gt; Are you genuine?</p>\r\n--b1--\r\n";
  const std::vector<test::Step> steps = {{kS, "220 mx\r\n"},          {kC, "HELO c\r\n"},     {kS, "250 ok\r\n"},
                                         {kC, "MAIL FROM:<a@b>\r\n"}, {kS, "250 ok\r\n"},     {kC, "RCPT TO:<c@d>\r\n"},
                                         {kS, "250 ok\r\n"},          {kC, "DATA\r\n"},       {kS, "354 go\r\n"},
                                         {kC, msg + "\r\n.\r\n"},     {kS, "250 queued\r\n"}, {kC, "QUIT\r\n"}};
  for (size_t chunk : {0u, 1u, 2u, 5u, 64u}) {
    Session r;
    SmtpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
    test::feedSteps(parser, steps, chunk);
    parser.finish();
    ASSERT_TRUE(r.sink.errors.empty()) << r.sink.errors.front();
    ASSERT_EQ(r.sink.scopes.size(), 1u);
    const auto& s = r.sink.scopes[0];
    EXPECT_NE(s.stream(Field::SmtpBodyText).find("Are you genuine?"), std::string::npos);
    EXPECT_EQ(s.stream(Field::SmtpBodyOwnText), "Send the fee today.\nWe lend without checks.\n\nSend the fee today.\n")
        << "chunk " << chunk;
  }
}

TEST(OwnTextFields, WebmailPostDropsQuotesResponsesHaveNoOwnText) {
  const std::string form = "msg=I+agree.%0AOn+Mon%2C+jane%40mail.example+wrote%3A%0A%3E+send+the+fee%0A--%0AIvan";
  const std::string page = "<p>&gt; quoted on a page</p>";
  const std::vector<test::Step> steps = {
      {kC, "POST /send HTTP/1.1\r\nHost: mail.example\r\nContent-Type: application/x-www-form-urlencoded\r\n"
           "Content-Length: " +
               std::to_string(form.size()) + "\r\n\r\n" + form},
      {kS, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + std::to_string(page.size()) + "\r\n\r\n" +
               page}};
  for (size_t chunk : {0u, 1u, 3u, 64u}) {
    Session r;
    HttpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
    test::feedSteps(parser, steps, chunk);
    parser.finish();
    ASSERT_TRUE(r.sink.errors.empty()) << r.sink.errors.front();
    ASSERT_EQ(r.sink.scopes.size(), 1u);
    const auto& s = r.sink.scopes[0];
    // A webmail submission keeps the signature convention out: only quotes and attributions go.
    EXPECT_EQ(s.stream(Field::HttpRequestBodyOwnText), "msg=I agree.\n--\nIvan") << "chunk " << chunk;
    EXPECT_EQ(s.stream(Field::HttpResponseBodyText), "> quoted on a page");
    EXPECT_EQ(s.streams.count(Field::HttpRequestBodyOwnText), 1u);
  }
}

}  // namespace
}  // namespace tapwatch
