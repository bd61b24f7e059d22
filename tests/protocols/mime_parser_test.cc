#include "protocols/mime_parser.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace tapwatch {
namespace {

struct Recorder : MimeHandler {
  std::string headers, subject, body;
  int header_calls = 0;
  void onMessageHeaders(std::string_view b) override {
    headers += b;
    ++header_calls;
  }
  void onSubject(std::string_view s) override { subject = s; }
  void onBodyText(ByteSpan t) override { body.append(reinterpret_cast<const char*>(t.data()), t.size()); }
};

Recorder parse(const std::string& msg, size_t piece, ProtocolStats* stats_out = nullptr) {
  ProtocolStats stats;
  MimeParser parser(test::kDefaultLimits, stats);
  Recorder r;
  parser.begin(r);
  for (size_t off = 0; off < msg.size(); off += piece) parser.feed(test::bytesOf(msg.substr(off, piece)));
  parser.finish();
  if (stats_out != nullptr) {
    stats_out->anomaly_mime_missing_boundary.add(stats.anomaly_mime_missing_boundary.value());
    stats_out->anomaly_mime_header_too_long.add(stats.anomaly_mime_header_too_long.value());
  }
  return r;
}

TEST(MimeParser, ForwardedMessageRfc822IsOpened) {
  const std::string msg =
      "Subject: Fwd: invoice\r\nContent-Type: multipart/mixed; boundary=\"==b==\"\r\n\r\n"
      "--==b==\r\nContent-Type: text/plain\r\n\r\nsee below\r\n"
      "--==b==\r\nContent-Type: message/rfc822\r\n\r\n"
      "Subject: inner subject is not the message subject\r\nContent-Type: text/plain; charset=koi8-r\r\n"
      "Content-Transfer-Encoding: base64\r\n\r\n" +
      test::base64(test::fromUtf8("KOI8-R", "пересланное письмо")) + "\r\n--==b==--\r\n";
  for (size_t piece : {1u, 3u, 1000u}) {
    const Recorder r = parse(msg, piece);
    EXPECT_EQ(r.subject, "Fwd: invoice");
    EXPECT_EQ(r.header_calls, 1);
    EXPECT_NE(r.body.find("see below"), std::string::npos);
    EXPECT_NE(r.body.find("пересланное письмо"), std::string::npos) << r.body;
    EXPECT_EQ(r.body.find("inner subject"), std::string::npos);
  }
}

TEST(MimeParser, HeadersWithoutBlankLineAndNoHeadersAtAll) {
  EXPECT_EQ(parse("Subject: s\r\nthis line is not a header\r\nbody\r\n", 2).body,
            "this line is not a header\r\nbody\r\n");
  const Recorder none = parse("\r\njust a body", 1);
  EXPECT_EQ(none.body, "just a body");
  EXPECT_EQ(none.header_calls, 0);
  EXPECT_EQ(parse("Subject: only headers", 4).subject, "only headers");
}

TEST(MimeParser, MultipartWithoutBoundaryIsSkippedAndCounted) {
  ProtocolStats stats;
  const Recorder r =
      parse("Content-Type: multipart/mixed\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nhidden\r\n", 5, &stats);
  EXPECT_EQ(r.body, "");
  EXPECT_EQ(stats.anomaly_mime_missing_boundary.value(), 1u);
}

TEST(MimeParser, BoundaryLookalikesAndLongLines) {
  const std::string long_line = "--" + std::string(5000, 'b') + "\r\n";
  const std::string msg = "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n--bb not a boundary\r\n" +
                          long_line + "-- dash line\r\n--b  \r\n\r\nsecond part\r\n--b--  \r\n";
  for (size_t piece : {1u, 7u, 100000u}) {
    const Recorder r = parse(msg, piece);
    // The line ending before a boundary belongs to the boundary (RFC 2046).
    EXPECT_EQ(r.body, "--bb not a boundary\r\n" + long_line + "-- dash linesecond part") << piece;
  }
}

TEST(MimeParser, OverlongHeaderIsCutAndCounted) {
  ProtocolStats stats;
  const Recorder r = parse("Subject: " + std::string(20000, 's') + "\r\n\r\nbody", 1000, &stats);
  EXPECT_EQ(r.body, "body");
  EXPECT_LE(r.subject.size(), test::kDefaultLimits.max_subject_bytes);
  EXPECT_GE(stats.anomaly_mime_header_too_long.value(), 1u);
}

}  // namespace
}  // namespace tapwatch
