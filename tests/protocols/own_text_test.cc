#include "protocols/own_text.h"

#include <gtest/gtest.h>

#include <string>

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
  expectEverySplit(
      "Got this today, how do I filter it?\n"
      "On Mon, 7 Dec 2026 at 10:00, Jane Doe <jane.doe@gmail.com> wrote:\n"
      "> Dear friend, I am barrister Kofi, reply to kofi.desk@outlook.com\n"
      "> > nested quote\n"
      ">>also nested\n"
      "Thanks",
      "Got this today, how do I filter it?\nThanks");
}

TEST(OwnText, AttributionLinesInEveryLanguageAreDropped) {
  const std::string in =
      "Am Mo., 7. Dez. 2026 um 10:00 Uhr schrieb Jane Doe <jane@gmail.com>:\n"
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
  const std::string in =
      "Fix the UVC quirk.\n"
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
  EXPECT_EQ(own(in),
            "Fix the UVC quirk.\n-----Original Message-----\nSent: Monday\nSubject: hello\n"
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
  const std::string in =
      "Please fill in the loan application.\n"
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

}  // namespace
}  // namespace tapwatch
