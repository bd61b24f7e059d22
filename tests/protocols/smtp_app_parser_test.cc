#include "protocols/smtp_app_parser.h"

#include <gtest/gtest.h>

#include "protocols/protocol_stats.h"
#include "test_support.h"

namespace tapwatch {
namespace {

using test::RecordingSink;
using test::Step;
constexpr Direction kC = Direction::ToServer;
constexpr Direction kS = Direction::ToClient;

const std::string kLetter =
    "I recorded you through your webcam. Send 0.1 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh";

struct Session {
  RecordingSink sink;
  ProtocolStats stats;
  ParseStatus status = ParseStatus::Continue;
};

void run(Session& r, const std::vector<Step>& steps, size_t chunk, const ProtocolLimits& limits = {}) {
  SmtpAppParser parser(r.sink, limits, r.stats);
  r.status = test::feedSteps(parser, steps, chunk);
  if (r.status == ParseStatus::Continue) parser.finish();
  EXPECT_TRUE(r.sink.errors.empty()) << r.sink.errors.front();
  EXPECT_EQ(r.sink.openCount(), 0u);
}

std::vector<Step> session(const std::string& message, bool with_mail_from = true) {
  std::vector<Step> s = {{kS, "220 mx.example.org ESMTP\r\n"},
                         {kC, "EHLO client\r\n"},
                         {kS, "250-mx.example.org\r\n250 PIPELINING\r\n"}};
  if (with_mail_from) {
    s.push_back({kC, "MAIL FROM:<blackmailer@evil.example> SIZE=1000\r\n"});
    s.push_back({kS, "250 OK\r\n"});
  }
  s.push_back({kC, "RCPT TO:<victim@example.org>\r\n"});
  s.push_back({kS, "250 OK\r\n"});
  s.push_back({kC, "RCPT TO:<second@example.org>\r\n"});
  s.push_back({kS, "250 OK\r\n"});
  s.push_back({kC, "DATA\r\n"});
  s.push_back({kS, "354 go ahead\r\n"});
  s.push_back({kC, message + "\r\n.\r\n"});
  s.push_back({kS, "250 queued\r\n"});
  s.push_back({kC, "QUIT\r\n"});
  s.push_back({kS, "221 bye\r\n"});
  return s;
}

// Every chunk size gives the same result as one-shot feeding.
void expectChunkingInvariant(const std::vector<Step>& steps) {
  Session whole;
  run(whole, steps, 0);
  for (size_t chunk : {1u, 2u, 3u, 7u, 64u}) {
    Session pieces;
    run(pieces, steps, chunk);
    EXPECT_EQ(pieces.sink.describe(), whole.sink.describe()) << "chunk " << chunk;
  }
}

TEST(SmtpAppParser, EnvelopeHeadersSubjectAndPlainBody) {
  const std::string msg = "From: a@evil.example\r\nTo: victim@example.org\r\nSubject: Your\r\n  account\r\n\r\n" +
                          kLetter + "\r\n..leading dot line\r\n";
  Session r;
  run(r, session(msg), 0);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_EQ(s.scope, Scope::SmtpMessage);
  EXPECT_EQ(s.block(Field::SmtpMailFrom), "<blackmailer@evil.example>");
  ASSERT_EQ(s.count(Field::SmtpRcptTo), 2u);
  EXPECT_EQ(s.block(Field::SmtpRcptTo, 1), "<second@example.org>");
  EXPECT_EQ(s.block(Field::SmtpSubject), "Your  account");  // unfolded: only the CRLF goes
  EXPECT_EQ(s.block(Field::SmtpHeaders),
            "From: a@evil.example\r\nTo: victim@example.org\r\nSubject: Your  account\r\n");
  EXPECT_EQ(s.stream(Field::SmtpBody), kLetter + "\r\n.leading dot line\r\n\r\n");
  EXPECT_TRUE(s.stream_ended.at(Field::SmtpBody));
  EXPECT_EQ(s.context.app_proto, "smtp");
  EXPECT_EQ(s.context.smtp_mail_from, "<blackmailer@evil.example>");
  EXPECT_EQ(s.context.smtp_rcpt_to, (std::vector<std::string>{"<victim@example.org>", "<second@example.org>"}));
  EXPECT_EQ(s.context.email_subject, "Your  account");
  EXPECT_EQ(r.stats.transactions_smtp.value(), 1u);
  expectChunkingInvariant(session(msg));
}

TEST(SmtpAppParser, Base64AndQuotedPrintableParts) {
  const std::string msg =
      "Subject: =?UTF-8?B?" + test::base64("Я записал тебя", 0) +
      "?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
      "preamble is skipped\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
      test::base64(kLetter, 20) +
      "\r\n--b1\r\nContent-Type: text/html; charset=us-ascii\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
      "<p>pay in 48 hours or the vid=\r\neo goes to your contacts =3D gone</p>\r\n--b1--\r\nepilogue skipped\r\n";
  Session r;
  run(r, session(msg), 0);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_EQ(s.block(Field::SmtpSubject), "Я записал тебя");
  EXPECT_EQ(s.context.email_subject, "Я записал тебя");
  const std::string body = s.stream(Field::SmtpBody);
  EXPECT_NE(body.find(kLetter), std::string::npos) << body;
  EXPECT_NE(body.find("<p>pay in 48 hours or the video goes to your contacts = gone</p>"), std::string::npos) << body;
  EXPECT_EQ(body.find("preamble"), std::string::npos);
  EXPECT_EQ(body.find("epilogue"), std::string::npos);
  EXPECT_EQ(body.find("Content-Type"), std::string::npos);
  expectChunkingInvariant(session(msg));
}

// MimeParser hands a multipart body over line by line; the parser passes a
// feed's text on in one piece (each piece is a Hyperscan call on smtp.body,
// smtp.body_text and smtp.body_own_text), the same bytes as fed in pieces.
TEST(SmtpAppParser, OneFeedsBodyLinesReachTheFieldsTogether) {
  std::string letter;
  for (int i = 0; i < 12; ++i) letter += kLetter + " (" + std::to_string(i) + ")\r\n";
  const std::string msg =
      "From: a@evil.example\r\nSubject: hi\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n"
      "--m\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
      test::base64(letter, 76) + "\r\n--m\r\nContent-Type: text/plain\r\n\r\n" + letter + "--m--\r\n";
  Session r;
  run(r, session(msg), 0);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& s = r.sink.scopes[0];
  EXPECT_NE(s.stream(Field::SmtpBodyOwnText).find(kLetter + " (11)"), std::string::npos);
  // Pieces (46, 36 and 48 when each line and line break went on alone): smtp.body one a part and the
  // value's end; smtp.body_text also the line break between the parts; smtp.body_own_text also each part's
  // last line, which OwnText holds until the part ends.
  EXPECT_EQ(s.stream_calls.at(Field::SmtpBody), 3u);
  EXPECT_EQ(s.stream_calls.at(Field::SmtpBodyText), 4u);
  EXPECT_EQ(s.stream_calls.at(Field::SmtpBodyOwnText), 6u);
  expectChunkingInvariant(session(msg));
}

TEST(SmtpAppParser, Windows1251BodyAndKoi8rSubject) {
  const std::string letter = "Я записал тебя через веб-камеру. Переведи 500 евро.";
  std::string subject_q;
  for (unsigned char c : test::fromUtf8("KOI8-R", "Твоё видео")) {
    char hex[4];
    snprintf(hex, sizeof hex, "=%02X", c);
    subject_q += c == ' ' ? std::string("_") : std::string(hex);
  }
  const std::string msg = "Subject: =?koi8-r?Q?" + subject_q +
                          "?=\r\nContent-Type: text/plain; charset=\"windows-1251\"\r\n"
                          "Content-Transfer-Encoding: 8bit\r\n\r\n" +
                          test::fromUtf8("CP1251", letter) + "\r\n";
  Session r;
  run(r, session(msg), 0);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].block(Field::SmtpSubject), "Твоё видео");
  EXPECT_EQ(r.sink.scopes[0].stream(Field::SmtpBody), letter + "\r\n\r\n");
  expectChunkingInvariant(session(msg));
}

TEST(SmtpAppParser, NestedMultipartAndAttachments) {
  const std::string msg =
      "Content-Type: multipart/mixed; boundary=outer\r\n\r\n"
      "--outer\r\nContent-Type: multipart/alternative; boundary=\"outer-inner\"\r\n\r\n"
      "--outer-inner\r\nContent-Type: text/plain\r\n\r\ninner plain text\r\n"
      "--outer-inner\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
      test::base64("<b>inner html</b>") +
      "\r\n--outer-inner--\r\n"
      "--outer\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
      test::base64("BINARY-ATTACHMENT-NOT-INSPECTED") +
      "\r\n--outer\r\nContent-Type: text/plain; name=letter.txt\r\nContent-Disposition: attachment\r\n"
      "Content-Transfer-Encoding: base64\r\n\r\n" +
      test::base64("text attachment is inspected") + "\r\n--outer--\r\n";
  Session r;
  run(r, session(msg), 0);
  const std::string body = r.sink.scopes.at(0).stream(Field::SmtpBody);
  EXPECT_NE(body.find("inner plain text"), std::string::npos) << body;
  EXPECT_NE(body.find("<b>inner html</b>"), std::string::npos) << body;
  EXPECT_NE(body.find("text attachment is inspected"), std::string::npos) << body;
  EXPECT_EQ(body.find("BINARY"), std::string::npos) << body;
  EXPECT_EQ(body.find("--outer"), std::string::npos) << body;
  expectChunkingInvariant(session(msg));
}

TEST(SmtpAppParser, MimeDepthAndPartCapsAreCounted) {
  std::string msg;
  for (int i = 0; i < 12; ++i)
    msg += "Content-Type: multipart/mixed; boundary=l" + std::to_string(i) + "\r\n\r\n--l" + std::to_string(i) + "\r\n";
  msg += "Content-Type: text/plain\r\n\r\ndeep text\r\n";
  Session r;
  run(r, session(msg), 0);
  EXPECT_EQ(r.stats.anomaly_mime_depth_exceeded.value(), 1u);
  EXPECT_EQ(r.sink.scopes.at(0).stream(Field::SmtpBody).find("deep text"), std::string::npos);

  std::string many = "Content-Type: multipart/mixed; boundary=p\r\n\r\n";
  for (int i = 0; i < 10; ++i) many += "--p\r\n\r\npart" + std::to_string(i) + "\r\n";
  many += "--p--\r\n";
  ProtocolLimits limits;
  limits.max_mime_parts = 3;
  Session r2;
  run(r2, session(many), 0, limits);
  const std::string body = r2.sink.scopes.at(0).stream(Field::SmtpBody);
  EXPECT_NE(body.find("part2"), std::string::npos);
  EXPECT_EQ(body.find("part3"), std::string::npos);
  EXPECT_EQ(r2.stats.anomaly_mime_too_many_parts.value(), 1u);
}

TEST(SmtpAppParser, SeveralMessagesPerSessionAndRset) {
  std::vector<Step> steps = session("Subject: one\r\n\r\nfirst body");
  steps.pop_back();
  steps.pop_back();  // no QUIT yet
  steps.push_back({kC, "MAIL FROM:<x@y>\r\nRCPT TO:<z@w>\r\nRSET\r\n"});
  steps.push_back({kC, "MAIL FROM:<second@y>\r\nRCPT TO:<v@w>\r\nDATA\r\n"});
  steps.push_back({kS, "250 ok\r\n250 ok\r\n250 ok\r\n250 ok\r\n250 ok\r\n354 go\r\n"});
  steps.push_back({kC, "Subject: two\r\n\r\nsecond body\r\n.\r\nQUIT\r\n"});
  Session r;
  run(r, steps, 0);
  ASSERT_EQ(r.sink.scopes.size(), 3u);
  EXPECT_EQ(r.sink.scopes[0].block(Field::SmtpSubject), "one");
  EXPECT_EQ(r.sink.scopes[0].stream(Field::SmtpBody), "first body\r\n");
  EXPECT_EQ(r.sink.scopes[1].context.smtp_mail_from, "<x@y>");  // envelope only (RSET)
  EXPECT_EQ(r.sink.scopes[1].streams.count(Field::SmtpBody), 0u);
  EXPECT_EQ(r.sink.scopes[2].block(Field::SmtpSubject), "two");
  EXPECT_EQ(r.sink.scopes[2].stream(Field::SmtpBody), "second body\r\n");
  EXPECT_EQ(r.sink.scopes[2].context.smtp_mail_from, "<second@y>");
  EXPECT_EQ(r.stats.transactions_smtp.value(), 3u);
  expectChunkingInvariant(steps);
}

TEST(SmtpAppParser, BdatChunks) {
  const std::string part1 = "Subject: chunked\r\n\r\nbody across ";
  const std::string part2 = "two BDAT chunks\r\n.not stuffed\r\n";
  std::vector<Step> steps = {{kS, "220 mx ESMTP\r\n"},
                             {kC, "EHLO c\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\n"},
                             {kS, "250 ok\r\n250 ok\r\n250 ok\r\n"},
                             {kC, "BDAT " + std::to_string(part1.size()) + "\r\n" + part1},
                             {kS, "250 ok\r\n"},
                             {kC, "BDAT " + std::to_string(part2.size()) + " LAST\r\n" + part2 + "QUIT\r\n"},
                             {kS, "250 ok\r\n221 bye\r\n"}};
  Session r;
  run(r, steps, 0);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].block(Field::SmtpSubject), "chunked");
  EXPECT_EQ(r.sink.scopes[0].stream(Field::SmtpBody), "body across two BDAT chunks\r\n.not stuffed\r\n");
  expectChunkingInvariant(steps);

  Session bad;
  SmtpAppParser parser(bad.sink, test::kDefaultLimits, bad.stats);
  EXPECT_EQ(parser.feed(kC, test::bytesOf("MAIL FROM:<a@b>\r\nBDAT 12x\r\n"), {}), ParseStatus::Failed);
  EXPECT_EQ(bad.stats.anomaly_smtp_bad_bdat.value(), 1u);
  EXPECT_EQ(bad.sink.openCount(), 0u);
}

TEST(SmtpAppParser, StartTlsAcceptedEndsInspection) {
  Session r;
  SmtpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
  EXPECT_EQ(parser.feed(kS, test::bytesOf("220 mx ESMTP\r\n"), {}), ParseStatus::Continue);
  EXPECT_EQ(parser.feed(kC, test::bytesOf("EHLO c\r\n"), {}), ParseStatus::Continue);
  EXPECT_EQ(parser.feed(kS, test::bytesOf("250-mx\r\n250 STARTTLS\r\n"), {}), ParseStatus::Continue);
  EXPECT_EQ(parser.feed(kC, test::bytesOf("STARTTLS\r\n"), {}), ParseStatus::Continue);
  EXPECT_EQ(parser.feed(kS, test::bytesOf("220 2.0.0 Ready to start TLS\r\n"), {}), ParseStatus::Done);
  EXPECT_EQ(parser.feed(kC, test::bytesOf(std::string("\x16\x03\x01\x02\x00", 5)), {}), ParseStatus::Done);
  EXPECT_EQ(r.stats.starttls_smtp.value(), 1u);
}

TEST(SmtpAppParser, StartTlsRefusedKeepsParsing) {
  std::vector<Step> steps = {{kS, "220 mx ESMTP\r\n"}, {kC, "STARTTLS\r\n"}, {kS, "454 TLS not available\r\n"}};
  auto rest = session("Subject: after refusal\r\n\r\nstill inspected");
  steps.insert(steps.end(), rest.begin() + 1, rest.end());
  Session r;
  run(r, steps, 0);
  EXPECT_EQ(r.status, ParseStatus::Continue);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].block(Field::SmtpSubject), "after refusal");
}

TEST(SmtpAppParser, StartTlsWhenTheReplyIsSeenLate) {
  // The client's TLS hello reaches the parser before the server's 220.
  Session r;
  SmtpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
  parser.feed(kS, test::bytesOf("220 mx ESMTP\r\n"), {});
  parser.feed(kC, test::bytesOf("STARTTLS\r\n"), {});
  EXPECT_EQ(parser.feed(kC, test::bytesOf(std::string("\x16\x03\x01\x00\x05hello", 10)), {}), ParseStatus::Done);
}

TEST(SmtpAppParser, DataRefusedReturnsToCommands) {
  std::vector<Step> steps = {{kS, "220 mx\r\n"},
                             {kC, "MAIL FROM:<a@b>\r\n"},
                             {kS, "250 ok\r\n"},
                             {kC, "DATA\r\n"},
                             {kS, "554 no valid recipients\r\n"},
                             {kC, "MAIL FROM:<next@b>\r\nRCPT TO:<c@d>\r\nDATA\r\n"},
                             {kS, "250 ok\r\n250 ok\r\n354 go\r\n"},
                             {kC, "Subject: s\r\n\r\nreal\r\n.\r\n"}};
  Session r;
  run(r, steps, 0);
  ASSERT_EQ(r.sink.scopes.size(), 2u);
  EXPECT_EQ(r.sink.scopes[1].context.smtp_mail_from, "<next@b>");
  EXPECT_EQ(r.sink.scopes[1].stream(Field::SmtpBody), "real\r\n");
}

TEST(SmtpAppParser, BodyCapTruncatesButFindsTheEnd) {
  ProtocolLimits limits;
  limits.max_body_bytes = 100;
  const std::string msg = "Subject: big\r\n\r\n" + std::string(5000, 'A') + "\r\nTAIL";
  auto steps = session(msg);
  steps.push_back({kC, "MAIL FROM:<after@cap>\r\n"});
  Session r;
  run(r, steps, 0, limits);
  ASSERT_EQ(r.sink.scopes.size(), 2u);
  EXPECT_LE(r.sink.scopes[0].stream(Field::SmtpBody).size(), 100u);
  EXPECT_EQ(r.stats.bodies_truncated_smtp.value(), 1u);
  EXPECT_EQ(r.sink.scopes[1].context.smtp_mail_from, "<after@cap>");
}

TEST(SmtpAppParser, OverlongLinesAndGapsAreSurvived) {
  ProtocolLimits limits;
  Session r;
  SmtpAppParser parser(r.sink, limits, r.stats);
  parser.feed(kC, test::bytesOf(std::string(100000, 'x') + "\r\n"), {});
  EXPECT_EQ(r.stats.anomaly_smtp_line_too_long.value(), 1u);
  parser.feed(kC, test::bytesOf("MAIL FROM:<a@"), {});
  EXPECT_EQ(parser.gap(kC, 10), ParseStatus::Continue);
  parser.feed(kC, test::bytesOf("lost part>\r\nMAIL FROM:<ok@b>\r\nDATA\r\nhello\r\n"), {});
  EXPECT_EQ(parser.gap(kC, 100), ParseStatus::Continue);
  parser.feed(kC, test::bytesOf("more\r\n.\r\n"), {});
  parser.finish();
  EXPECT_TRUE(r.sink.errors.empty());
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].context.smtp_mail_from, "<ok@b>");
  EXPECT_EQ(r.stats.gaps_smtp.value(), 2u);
  EXPECT_EQ(r.sink.openCount(), 0u);
}

TEST(SmtpAppParser, TruncatedSessionsAtEveryByteNeverBreakTheSink) {
  const std::string msg = "Subject: =?UTF-8?B?" + test::base64("тема", 0) +
                          "?=\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\nContent-Type: text/plain; "
                          "charset=utf-16\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
                          test::base64(test::fromUtf8("UTF-16", "видео")) + "\r\n--z--\r\n";
  std::string client;
  for (const auto& s : session(msg))
    if (s.dir == kC) client += s.data;
  for (size_t cut = 0; cut <= client.size(); ++cut) {
    Session r;
    SmtpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
    parser.feed(kC, test::bytesOf(client.substr(0, cut)), {});
    parser.finish();
    ASSERT_TRUE(r.sink.errors.empty()) << cut << ": " << r.sink.errors.front();
    ASSERT_EQ(r.sink.openCount(), 0u) << cut;
  }
  Session full;
  SmtpAppParser parser(full.sink, test::kDefaultLimits, full.stats);
  parser.feed(kC, test::bytesOf(client), {});
  parser.finish();
  EXPECT_EQ(full.sink.scopes.at(0).stream(Field::SmtpBody), "видео");
  EXPECT_EQ(full.sink.scopes.at(0).block(Field::SmtpSubject), "тема");
}

TEST(SmtpAppParser, HostileBytesDoNotCrash) {
  uint32_t seed = 12345;
  for (int round = 0; round < 200; ++round) {
    std::string junk;
    for (int i = 0; i < 600; ++i) {
      seed = seed * 1103515245 + 12345;
      const char pool[] = "DATA\r\n.MAIL FROM:<>RCPT TO:BDAT 5 LAST--=?B?Q?=\x00\xff\x16\x03 ";
      junk += pool[(seed >> 16) % (sizeof pool - 1)];
    }
    Session r;
    SmtpAppParser parser(r.sink, test::kDefaultLimits, r.stats);
    test::feedSteps(parser, {{kC, junk}, {kS, junk}}, (round % 5) + 1);
    parser.finish();
    ASSERT_TRUE(r.sink.errors.empty()) << r.sink.errors.front();
    ASSERT_EQ(r.sink.openCount(), 0u);
  }
}

}  // namespace
}  // namespace tapwatch

namespace tapwatch {
namespace {

TEST(SmtpContext, HeloHeaderAddressesAndAttachments) {
  const std::string zip = std::string("PK\x03\x04", 4) + "pay 0.5 BTC or else";
  const std::string message = std::string("From: \"Support, Team\" <support@evil.example>\r\n") +
                              "To: victim@example.org, \"Doe, J\" <jdoe@example.org>\r\n" +
                              "Cc: Group: a@example.org, b@example.org;\r\n" +
                              "Subject: files\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" +
                              "Content-Type: text/plain\r\n\r\nsee attached\r\n--b\r\n" +
                              "Content-Type: application/zip\r\nContent-Disposition: attachment; filename=x.zip\r\n" +
                              "Content-Transfer-Encoding: base64\r\n\r\n" + test::base64(zip) + "\r\n--b--\r\n";
  for (size_t chunk : {0u, 1u, 5u}) {
    Session r;
    run(r, session(message), chunk);
    ASSERT_EQ(r.sink.scopes.size(), 1u);
    const auto& s = r.sink.scopes[0];
    EXPECT_EQ(s.stream(Field::SmtpAttachment), zip);
    EXPECT_TRUE(s.stream_ended.at(Field::SmtpAttachment));
    EXPECT_EQ(s.stream(Field::SmtpBody), "see attached");
    const TransactionContext& c = s.context;
    EXPECT_EQ(c.smtp_helo, "client");
    EXPECT_EQ(c.email_from, "support@evil.example");
    EXPECT_EQ(c.email_to, (std::vector<std::string>{"victim@example.org", "jdoe@example.org"}));
    EXPECT_EQ(c.email_cc, (std::vector<std::string>{"a@example.org", "b@example.org"}));
    ASSERT_EQ(c.files.size(), 1u);
    EXPECT_EQ(c.files[0].filename, "x.zip");
    EXPECT_EQ(c.files[0].content_type, "application/zip");
    EXPECT_EQ(c.files[0].size, zip.size());
    EXPECT_TRUE(c.files[0].sha256_valid);
    EXPECT_FALSE(c.files[0].truncated);
  }
}

TEST(SmtpContext, SecondMessageStartsWithAFreshContextButKeepsHelo) {
  std::vector<Step> steps = session("From: a@x.example\r\nTo: t@x.example\r\n"
                                    "Content-Type: application/pdf; name=a.pdf\r\n\r\n%PDF");
  steps.pop_back();
  steps.pop_back();  // no QUIT yet
  steps.push_back({kC, "MAIL FROM:<b@y.example>\r\n"});
  steps.push_back({kC, "RCPT TO:<t@y.example>\r\n"});
  steps.push_back({kC, "DATA\r\n"});
  steps.push_back({kC, "Subject: plain\r\n\r\nno files here\r\n.\r\n"});
  Session r;
  run(r, steps, 0);
  ASSERT_EQ(r.sink.scopes.size(), 2u);
  EXPECT_EQ(r.sink.scopes[0].context.files.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].stream(Field::SmtpAttachment), "%PDF\r\n");  // a top-level part ends with its line
  const TransactionContext& second = r.sink.scopes[1].context;
  EXPECT_EQ(second.smtp_helo, "client");
  EXPECT_TRUE(second.files.empty());
  EXPECT_EQ(second.email_from, "");
  EXPECT_TRUE(second.email_to.empty());
  EXPECT_EQ(r.sink.scopes[1].streams.count(Field::SmtpAttachment), 0u);
}

TEST(SmtpContext, HeaderRecipientsAreBounded) {
  ProtocolLimits limits;
  limits.max_recipients = 2;
  Session r;
  run(r, session("To: a@x.example, b@x.example, c@x.example\r\n\r\nbody"), 0, limits);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  EXPECT_EQ(r.sink.scopes[0].context.email_to.size(), 2u);
  EXPECT_GE(r.stats.anomaly_smtp_too_many_recipients.value(), 1u);
}

TEST(SmtpContext, BodyCapTruncatesTheOpenAttachment) {
  ProtocolLimits limits;
  limits.max_body_bytes = 120;
  const std::string message = "Content-Type: application/octet-stream; name=big.bin\r\n"
                              "Content-Transfer-Encoding: base64\r\n\r\n" +
                              test::base64(std::string(400, 'z'));
  Session r;
  run(r, session(message), 0, limits);
  ASSERT_EQ(r.sink.scopes.size(), 1u);
  const auto& files = r.sink.scopes[0].context.files;
  ASSERT_EQ(files.size(), 1u);
  EXPECT_TRUE(files[0].truncated);
  EXPECT_FALSE(files[0].sha256_valid);
  EXPECT_GT(files[0].size, 0u);
  EXPECT_LT(files[0].size, 120u);
}

}  // namespace
}  // namespace tapwatch
