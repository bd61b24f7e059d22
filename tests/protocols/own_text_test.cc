#include "protocols/own_text.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
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
                      std::string_view reply_to = {}, OwnText::Mode mode = OwnText::Mode::Mail) {
  for (size_t piece = 1; piece <= in.size(); ++piece)
    EXPECT_EQ(own(in, piece, mode, from, reply_to), want) << "piece " << piece;
}

// A page's own text, in every split.
void expectPageEverySplit(const std::string& in, const std::string& want) {
  expectEverySplit(in, want, {}, {}, OwnText::Mode::Page);
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

// --- pasted and forwarded letters (round 9) ---------------------------------

const std::string kScam = "My client died without heirs and you have the same surname.\nKeep forty percent.\n";

TEST(OwnText, ALetterBetweenCutMarksUnderAnOwnCommentIsQuoted) {
  for (const std::string mark : {"-----8<-----", "--- snip ---", "=== begin ===", "----- cut here -----", "8<------"}) {
    const std::string in = "Our treasurer got this one, what should he do?\n" + mark + "\n" + kScam + mark + "\nHans\n";
    expectEverySplit(in, "Our treasurer got this one, what should he do?\nHans\n", "hans@gmx.de");
  }
  // Round 9 (lead): a three-word title with a linking word, and a cut word in brackets.
  for (const auto& [open, close] :
       {std::pair<std::string, std::string>{"----- Anfang der Mail -----", "----- Ende der Mail -----"},
        {"--- begin of message ---", "--- end of message ---"},
        // Round 10 (lead): a mail noun ends the three words.
        {"--- begin pasted mail ---", "--- end pasted mail ---"},
        {"----- start forwarded message -----", "----- end forwarded message -----"},
        {"[snip]", "[/snip]"}}) {
    const std::string in = "Hat das noch jemand bekommen? Sieht nach Betrug aus:\n" + open + "\n" + kScam + close +
                           "\nSabine\n";
    expectEverySplit(in, "Hat das noch jemand bekommen? Sieht nach Betrug aus:\nSabine\n", "sabine@web.de");
  }
  // Three words without a linking word are a heading, not a cut ("BEGIN PGP SIGNATURE", "Begin forwarded message").
  const std::string armour = "Please read my proposal carefully today.\n-----BEGIN PGP SIGNATURE-----\n" + kScam;
  EXPECT_EQ(own(armour, 0, OwnText::Mode::Mail, "kofi@gmx.net"), armour);
  // Without an own comment above (a greeting is none), the cut mark is the sender's own decoration.
  const std::string greeting = "Hello,\n-----8<-----\n" + kScam;
  EXPECT_EQ(own(greeting, 0, OwnText::Mode::Mail, "kofi@gmx.net"), greeting);
  // A rule without a title or with a title that is no cut ("PAYMENT DETAILS") is no cut mark.
  const std::string rule = "Please read my proposal carefully today.\n----- PAYMENT DETAILS -----\n" + kScam;
  EXPECT_EQ(own(rule, 0, OwnText::Mode::Mail, "kofi@gmx.net"), rule);
  // Words before the dashes: a sentence, not a rule.
  const std::string sentence = "Please read my proposal carefully today.\nSend it -- cut --\n" + kScam;
  EXPECT_EQ(own(sentence, 0, OwnText::Mode::Mail, "kofi@gmx.net"), sentence);
}

TEST(OwnText, AForwardedLetterUnderAnOwnCommentIsQuotedInEveryLanguage) {
  const std::string headers[] = {
      "---------- Forwarded message ---------\nFrom: Barrister Kofi <kofi@outlook.com>\nDate: 7 Dec 2026\n"
      "Subject: Next of kin\nTo: jane@gmail.com\n\n",
      "-------- Weitergeleitete Nachricht --------\nVon: Kofi <kofi@outlook.com>\nDatum: 7. Dez.\nBetreff: Erbe\n\n",
      "-------- Пересылаемое сообщение --------\nОт: Кофи <kofi@outlook.com>\nТема: Наследство\n\n",
      "Begin forwarded message:\nFrom: Kofi <kofi@outlook.com>\n",
      "---------- Қайта жіберілген хат ---------\nКімнен: Кофи <kofi@outlook.com>\nТақырып: Мұра\n\n",
      "-------- Пересылаемое сообщение --------\nОт кого: Кофи <kofi@outlook.com>\nКому: jane@gmail.com\n\n",
      // No marker line: a pasted header block (From and another header line).
      "De : Kofi <kofi@outlook.com>\nObjet : Héritage\n\n",
      // The leet fold may have eaten the '@' ("@t-online" read as "at-online"): the '<' is enough.
      "From: Herr Li <petra.schulzat-online.de>\nSubject: Streng vertraulich\n",
  };
  for (const std::string& h : headers) {
    const std::string in = "My mother nearly answered this one yesterday.\n" + h + kScam;
    // The marker line stays (it is the sender's); the header block and the letter go.
    const std::string first = h.substr(0, h.find('\n') + 1);
    const bool marker = first.find("From") != 0 && first.find("De ") != 0;
    expectEverySplit(in, "My mother nearly answered this one yesterday.\n" + (marker ? first : std::string()),
                     "jane@gmail.com");
  }
}

TEST(OwnText, AForwardedLetterOfTheSenderHimselfStaysHisOwn) {
  const std::string body = "Dear Friend,\n" + kScam;
  // His From address, his Reply-To, his display name (another mailbox of his), a list-rewritten name.
  const std::string by_addr = "Did you get my previous mail? Read below.\n---------- Forwarded message ---------\n"
                              "From: Kofi <kofi.desk@zoho.com>\nDate: 1 Dec\n\n" +
                              body;
  EXPECT_NE(own(by_addr, 0, OwnText::Mode::Mail, "a@b.example", "kofi.desk@zoho.com").find("same surname"),
            std::string::npos);
  const std::string by_name = "Did you get my previous mail? Read below.\n---------- Forwarded message ---------\n"
                              "From: Barrister 💰 Kofi <kofi.other@outlook.com>\nDate: 1 Dec\n\n" +
                              body;
  OwnText t;
  t.setSelf("kofi@gmx.net", {}, "Barrister Kofi");
  t.begin(OwnText::Mode::Mail);
  std::string out;
  const auto emit = [&out](ByteSpan s) { out.append(reinterpret_cast<const char*>(s.data()), s.size()); };
  t.feed(test::bytesOf(by_name), emit);
  t.finish(emit);
  EXPECT_NE(out.find("same surname"), std::string::npos) << out;
  // Someone else's name: quoted.
  out.clear();
  t.setSelf("kofi@gmx.net", {}, "Jane Doe");
  t.begin(OwnText::Mode::Mail);
  t.feed(test::bytesOf(by_name), emit);
  t.finish(emit);
  EXPECT_EQ(out.find("same surname"), std::string::npos) << out;
  // No comment above (only a greeting): forwarding is sending.
  const std::string no_comment = "Hello,\n---------- Forwarded message ---------\nFrom: Jane <jane@gmail.com>\n"
                                 "Subject: x\n\n" +
                                 body;
  EXPECT_NE(own(no_comment, 0, OwnText::Mode::Mail, "kofi@gmx.net").find("same surname"), std::string::npos);
  // A webmail submission has no sender to compare with: its forwarded blocks stay.
  const std::string post = "Is this real? My aunt got it.\n---------- Forwarded message ---------\n"
                           "From: Kofi <kofi@outlook.com>\nSubject: x\n\n" +
                           body;
  EXPECT_NE(own(post, 0, OwnText::Mode::Post).find("same surname"), std::string::npos);
}

TEST(OwnText, AQuotedLetterEndsAtAnEndMarkerNotAtItsOwnCutMarks) {
  // A digest: the first message pastes a scam between cut marks; all of it is the list's, not the sender's.
  const std::string digest = "Send foo-devel mailing list submissions to the list address.\n"
                             "Message: 1\nDate: Mon, 7 Dec 2026\nFrom: Wei <wei@outlook.com>\nSubject: rule?\n\n"
                             "Got this one, any rule?\n-----8<-----\n" +
                             kScam + "-----8<-----\n";
  EXPECT_EQ(own(digest, 0, OwnText::Mode::Mail, "foo-devel-request@lists.example"),
            "Send foo-devel mailing list submissions to the list address.\nMessage: 1\nDate: Mon, 7 Dec 2026\n");
  const std::string ended = "My mother nearly answered this one yesterday.\n---------- Forwarded message ---------\n"
                            "From: Kofi <kofi@outlook.com>\n\n" +
                            kScam + "---------- End forwarded message ----------\nWhat do you think?\n";
  EXPECT_EQ(own(ended, 0, OwnText::Mode::Mail, "jane@gmail.com"),
            "My mother nearly answered this one yesterday.\n---------- Forwarded message ---------\n"
            "What do you think?\n");
}

TEST(OwnText, AnAddressInTheSendersOwnLinesNamesHim) {
  // A fake thread in a webmail post (no headers): the address he gives above names the quoted first letter.
  const std::string in = "Reply to me at foreign.remit@gmail.com today.\n"
                         "On 1 Oct, Maria <maria@libero.it> wrote:\n> Is this genuine?\n"
                         "> On 25 Feb, foreign.remit@gmail.com wrote:\n>> We lend without checks.\n";
  expectEverySplit(in, "Reply to me at foreign.remit@gmail.com today.\nWe lend without checks.\n");
}

// Stop 36 (issue 17): a member asks "is this real?", a warning says "messages like this:", and pastes the
// lure below: its subject quoted on a line of its own and its body, or a forward without headers. In every
// mode, once a comment of the sender's (four words or more) ended in ':' or asked a question.
TEST(OwnText, APastedLetterUnderAPointingCommentIsQuoted) {
  const OwnText::Mode modes[] = {OwnText::Mode::Mail, OwnText::Mode::Post, OwnText::Mode::Page};
  // The subject in guillemets on a line of its own, the letter's body below it.
  const std::string asker = "Buenas noches, alguien sabe algo de esto? Parece oficial pero no me fio.\n\n\xc2\xab"
                            "Sus datos seran publicados\xc2\xbb\n\nHemos copiado su base de datos. Pague 0.05 BTC.\n";
  // A forward under a titled rule (a Kazakh title of 26 characters in 50 bytes), its first line looks
  // like a header but names no sender.
  const std::string forward =
      "Hammaga salom, bugun ertalab shu keldi. Rostmi yoki aldov?\n\n"
      "---------- \xd2\x9a\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb0 \xd0\xb6\xd1\x96\xd0\xb1\xd0\xb5\xd1\x80\xd1\x96"
      "\xd0\xbb\xd0\xb3\xd0\xb5\xd0\xbd \xd1\x85\xd0\xb0\xd0\xb1\xd0\xb0\xd1\x80\xd0\xbb\xd0\xb0\xd0\xbc\xd0\xb0"
      " ----------\nPayment order: your prize awaits transfer\n\nPay the fee of 90 dollars.\n";
  for (OwnText::Mode mode : modes) {
    for (size_t piece = 1; piece <= asker.size(); ++piece)
      EXPECT_EQ(own(asker, piece, mode), "Buenas noches, alguien sabe algo de esto? Parece oficial pero no me fio.\n\n")
          << "piece " << piece;
    for (size_t piece = 1; piece <= forward.size(); ++piece)
      EXPECT_EQ(own(forward, piece, mode), forward.substr(0, forward.find("Payment order"))) << "piece " << piece;
  }
  // Without a question or ':' in the comment, or without a comment of four words, the text is the sender's.
  const std::string banner = "Good morning my dear friend\n---------- Forwarded message ----------\n"
                             "David (@elif_london)\n[16:15] My uncle is an analyst, open an account here.\n";
  const std::string offer = "Dear friend, read my offer below.\n\"You won a car, pay the fee.\"\nReply today.\n";
  const std::string short_note = "Note:\n\"You won a car, pay the fee.\"\nReply today.\n";
  for (OwnText::Mode mode : modes)
    for (const std::string& kept : {banner, offer, short_note}) EXPECT_EQ(own(kept, 0, mode), kept);
  // A quoted sentence under the ':' is no subject: a scam page's testimonial. Pages drop that line alone,
  // mail and posts keep it; the offer below stays in every mode.
  const std::string reviews =
      "Masks and tests from our warehouse, read what buyers say:\n\"Arrived in two days, great!\"\n"
      "Prepayment only, to card 4400 4302.\n";
  expectPageEverySplit(
      reviews, "Masks and tests from our warehouse, read what buyers say:\nPrepayment only, to card 4400 4302.\n");
  expectEverySplit(reviews, reviews);
  expectEverySplit(reviews, reviews, {}, {}, OwnText::Mode::Post);
  // A scammer resending his own letter asks too; the forwarded letter's From line (behind emoji) is left to
  // the forwarded-mail rules, which keep a letter from the sender himself.
  const std::string resend =
      "Did you receive my previous email? Please read below and get back to me.\n\n"
      "---------- Forwarded message ---------\n\xf0\x9f\x93\x9e From: Mrs. Sarah <claims.desk@yahoo.com>\n"
      "Subject: Your partnership\n\nDear Friend, funds of 2.5 million dollars remain unclaimed.\n";
  expectEverySplit(resend, resend, "claims.desk@yahoo.com");
}

// Pages only: a passage in quotation marks over several lines under the page's own line ending in ':'.
TEST(OwnText, AMultiLinePassageUnderThePagesColonIsQuoted) {
  const std::string police =
      "Police are warning residents about messages like this one:\n\n\"Dear friend, I am a lawyer.\n"
      "Send the probate fee of 230 dollars.\"\n\nReport such messages.\n";
  expectPageEverySplit(police,
                       "Police are warning residents about messages like this one:\n\n\nReport such messages.\n");
  expectEverySplit(police, police);  // mail
  expectEverySplit(police, police, {}, {}, OwnText::Mode::Post);
}

TEST(OwnText, JsonEscapedLineBreaksEndLines) {
  // A webmail API body: the reply and its quote are one JSON string with "\n" escapes.
  const std::string in =
      R"({"draft":{"message":"I agree, see you.\r\nOn Mon, Jane <jane@x.example> wrote:\n> send the fee\n>> \"quoted\" \\n\n"},"send":true})";
  for (size_t piece = 1; piece <= in.size(); ++piece) {
    OwnText t;
    t.begin(OwnText::Mode::Post, true);
    std::string out;
    const auto emit = [&out](ByteSpan s) { out.append(reinterpret_cast<const char*>(s.data()), s.size()); };
    for (size_t off = 0; off < in.size(); off += piece) t.feed(test::bytesOf(in.substr(off, piece)), emit);
    t.finish(emit);
    // Each string is a line of its own (the quotes end lines; the punctuation between them stays).
    EXPECT_EQ(out, "{\ndraft\n:{\nmessage\n:\nI agree, see you.\n\n},\nsend\n:true}") << "piece " << piece;
  }
  // Without the flag the escapes are text: one line, decided by its start.
  EXPECT_EQ(own(in, 0, OwnText::Mode::Post), in);
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

TEST(OwnTextFields, AnHtmlOnlyReplyQuotesWithBlockquote) {
  // Round 9: the quoted scam of an HTML-only reply sits in a <blockquote>, not behind "&gt;".
  const std::string msg =
      "From: Jane <jane@mail.example>\r\nSubject: Re: x\r\nMIME-Version: 1.0\r\n"
      "Content-Type: text/html; charset=utf-8\r\n\r\n"
      "<div>Same here, three copies.</div><div class=\"gmail_quote\">On Mon, Kofi &lt;kofi@zoho.example&gt; "
      "wrote:<blockquote class=\"gmail_quote\">My client died without heirs.<br>Keep forty percent.</blockquote>"
      "</div><div>Jane</div>\r\n";
  const std::vector<test::Step> steps = {{kS, "220 mx\r\n"},          {kC, "HELO c\r\n"},     {kS, "250 ok\r\n"},
                                         {kC, "MAIL FROM:<a@b>\r\n"}, {kS, "250 ok\r\n"},     {kC, "RCPT TO:<c@d>\r\n"},
                                         {kS, "250 ok\r\n"},          {kC, "DATA\r\n"},       {kS, "354 go\r\n"},
                                         {kC, msg + "\r\n.\r\n"},     {kS, "250 queued\r\n"}, {kC, "QUIT\r\n"}};
  for (size_t chunk : {0u, 1u, 7u}) {
    Session r;
    SmtpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
    test::feedSteps(parser, steps, chunk);
    parser.finish();
    ASSERT_EQ(r.sink.scopes.size(), 1u);
    EXPECT_EQ(r.sink.scopes[0].stream(Field::SmtpBodyOwnText), "Same here, three copies.\nJane") << "chunk " << chunk;
  }
}

TEST(OwnTextFields, AJsonSubmissionsEscapedQuoteIsDropped) {
  const std::string json =
      R"({"to":"a@b.example","message":"Thanks, will do.\nOn Mon, jane@mail.example wrote:\n> send the fee today\n"})";
  const std::vector<test::Step> steps = {
      {kC, "POST /api/v1/messages HTTP/1.1\r\nHost: mail.example\r\nContent-Type: application/json; charset=utf-8\r\n"
           "Content-Length: " +
               std::to_string(json.size()) + "\r\n\r\n" + json},
      {kS, "HTTP/1.1 204 No Content\r\n\r\n"}};
  for (size_t chunk : {0u, 1u, 5u}) {
    Session r;
    HttpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
    test::feedSteps(parser, steps, chunk);
    parser.finish();
    ASSERT_EQ(r.sink.scopes.size(), 1u);
    EXPECT_EQ(r.sink.scopes[0].stream(Field::HttpRequestBodyOwnText),
              "{\nto\n:\na@b.example\n,\nmessage\n:\nThanks, will do.\n\n}")
        << "chunk " << chunk;
  }
}

// Stop 35 (issue 17): a warning pasted into a webmail form starts with the sender's own line, which often
// ends in ':' ("Police warn about messages like this:"). Read together with the recipient's address of the
// field before it, that line had an '@' and a final ':', an attribution, and was dropped: the warning's
// own words went and the pasted scam stayed. Each form field and each JSON string now starts a line.
TEST(OwnTextFields, AWebmailPostsFirstLineIsNotReadWithTheRecipient) {
  const std::string form =
      "to=user%40mail.example&subject=Warning&message=Police+warn+about+messages+like+this%3A%0A%0A"
      "You+won+a+car%2C+pay+the+fee";
  const std::string json = R"({"to": "user@mail.example", "message": "Police warn about messages like this:

)"
                           R"(You won a car, pay the fee"})";
  for (const auto& [type, body] : {std::pair<std::string, std::string>{"application/x-www-form-urlencoded", form},
                                   std::pair<std::string, std::string>{"application/json", json}}) {
    const std::vector<test::Step> steps = {{kC, "POST /send HTTP/1.1\r\nHost: mail.example\r\nContent-Type: " + type +
                                                    "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" +
                                                    body},
                                           {kS, "HTTP/1.1 204 No Content\r\n\r\n"}};
    for (size_t chunk : {0u, 1u, 4u}) {
      Session r;
      HttpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
      test::feedSteps(parser, steps, chunk);
      parser.finish();
      ASSERT_EQ(r.sink.scopes.size(), 1u);
      const auto& s = r.sink.scopes[0];
      const std::string own = s.stream(Field::HttpRequestBodyOwnText);
      EXPECT_NE(own.find("Police warn about messages like this:"), std::string::npos) << type << " chunk " << chunk;
      EXPECT_NE(own.find("You won a car, pay the fee"), std::string::npos) << type << " chunk " << chunk;
      // The body field itself is as decoded before: the form's separators stay '&'.
      if (body == form) {
        EXPECT_EQ(s.stream(Field::HttpRequestBody),
                  "to=user@mail.example&subject=Warning&message=Police warn about messages like this:\n\n"
                  "You won a car, pay the fee");
      }
    }
  }
}

TEST(OwnTextFields, WebmailPostDropsQuotesAPageDropsWhatItQuotes) {
  const std::string form = "msg=I+agree.%0AOn+Mon%2C+jane%40mail.example+wrote%3A%0A%3E+send+the+fee%0A--%0AIvan";
  // A police warning page: a blockquote, and a lure in quotation marks under the page's own "...:".
  const std::string page =
      "<h1>Scam alert</h1><p>Residents received this message last week:</p>"
      "<blockquote>Your parcel is held, pay 2 dollars</blockquote>"
      "<p>Police are warning about messages like this one:</p><p>\"You won a car, pay the fee to claim it.\"</p>"
      "<p>Never pay to receive a prize.</p>";
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
    EXPECT_EQ(s.streams.count(Field::HttpRequestBodyOwnText), 1u);
    // The page's text keeps everything; its own text keeps its own words only.
    const std::string text = s.stream(Field::HttpResponseBodyText);
    EXPECT_NE(text.find("> Your parcel is held"), std::string::npos) << text;
    EXPECT_NE(text.find("You won a car"), std::string::npos) << text;
    const std::string own = s.stream(Field::HttpResponseBodyOwnText);
    EXPECT_EQ(own.find("parcel"), std::string::npos) << own;
    EXPECT_EQ(own.find("You won a car"), std::string::npos) << own;
    EXPECT_NE(own.find("Residents received this message last week:"), std::string::npos) << own;
    EXPECT_NE(own.find("Police are warning about messages like this one:"), std::string::npos) << own;
  }
}

}  // namespace
}  // namespace tapwatch
