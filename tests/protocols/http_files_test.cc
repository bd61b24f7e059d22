// HTTP bodies followed as files for EVE fileinfo: which bodies are files, how
// they are named, and when they are CLOSED (whole, hashed) or TRUNCATED.
#include <gtest/gtest.h>

#include "protocols/http_app_parser.h"
#include "protocols/sha256_hasher.h"
#include "test_support.h"

namespace tapwatch {
namespace {

using test::RecordingSink;
using test::Step;
constexpr Direction kC = Direction::ToServer;
constexpr Direction kS = Direction::ToClient;

// SHA-256 of "hello" (FIPS 180 test tooling agrees; also `printf hello | sha256sum`).
constexpr char kHelloSha256[] = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

std::string hex(const Sha256Hasher::Digest& d) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (uint8_t b : d) {
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

ProtocolLimits tracking() {
  ProtocolLimits l;
  l.track_http_files = true;
  return l;
}

std::vector<FileInfo> filesOf(const std::vector<Step>& steps, const ProtocolLimits& limits = tracking(),
                              bool gap_at_end = false) {
  RecordingSink sink;
  ProtocolStats stats;
  HttpAppParser parser(sink, limits, stats);
  test::feedSteps(parser, steps, 0);
  if (gap_at_end) parser.gap(Direction::ToClient, 100);
  parser.finish();
  EXPECT_TRUE(sink.errors.empty());
  std::vector<FileInfo> out;
  for (const auto& s : sink.scopes)
    for (const auto& f : s.context.files) out.push_back(f);
  return out;
}

TEST(HttpFiles, AResponseBodyIsAFileNamedByTheUriPathAndHashed) {
  const auto files = filesOf({{kC, "GET /dl/../get/report.pdf?id=3 HTTP/1.1\r\nHost: h\r\n\r\n"},
                              {kS, "HTTP/1.1 200 OK\r\nContent-Type: application/pdf; q=1\r\nContent-Length: "
                                   "5\r\n\r\nhello"}});
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].filename, "/get/report.pdf");  // Suricata names HTTP files by the URI path
  EXPECT_EQ(files[0].content_type, "application/pdf");
  EXPECT_EQ(files[0].size, 5u);
  EXPECT_FALSE(files[0].truncated);
  ASSERT_TRUE(files[0].sha256_valid);
  EXPECT_EQ(hex(files[0].sha256), kHelloSha256);
}

TEST(HttpFiles, TheFileIsTheDecodedBodyAndContentDispositionNamesIt) {
  const std::string text = "a saved document, after gzip is undone";
  const std::string gz = test::gzip(text);
  const auto files = filesOf({{kC, "GET /x HTTP/1.1\r\nHost: h\r\n\r\n"},
                              {kS, "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Disposition: attachment; "
                                   "filename=\"invoice 7.zip\"\r\nTransfer-Encoding: chunked\r\n\r\n" +
                                       [&] {
                                         char size[16];
                                         snprintf(size, sizeof size, "%zx", gz.size());
                                         return std::string(size) + "\r\n" + gz + "\r\n0\r\n\r\n";
                                       }()}});
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].filename, "invoice 7.zip");
  EXPECT_EQ(files[0].size, text.size());
  Sha256Hasher h;
  Sha256Hasher::Digest want{};
  ASSERT_TRUE(h.begin());
  h.update(test::bytesOf(text));
  ASSERT_TRUE(h.finish(want));
  ASSERT_TRUE(files[0].sha256_valid);
  EXPECT_EQ(hex(files[0].sha256), hex(want));
  EXPECT_FALSE(files[0].truncated);
}

TEST(HttpFiles, ABodyCutShortIsTruncatedAndNotHashed) {
  // The connection closes 3 bytes into a 5-byte body.
  const auto early =
      filesOf({{kC, "GET /f HTTP/1.1\r\nHost: h\r\n\r\n"}, {kS, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel"}});
  ASSERT_EQ(early.size(), 1u);
  EXPECT_TRUE(early[0].truncated);
  EXPECT_FALSE(early[0].sha256_valid);
  EXPECT_EQ(early[0].size, 3u);
  // The body cap.
  ProtocolLimits capped = tracking();
  capped.max_body_bytes = 4;
  const auto cut = filesOf({{kC, "GET /f HTTP/1.1\r\nHost: h\r\n\r\n"},
                            {kS, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789"}},
                           capped);
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_TRUE(cut[0].truncated);
  EXPECT_EQ(cut[0].size, 4u);
}

TEST(HttpFiles, AnUntilCloseBodyIsWholeAtTheCloseButNotAtAGap) {
  const std::vector<Step> steps = {{kC, "GET /c HTTP/1.0\r\n\r\n"}, {kS, "HTTP/1.0 200 OK\r\n\r\nhello"}};
  const auto closed = filesOf(steps);
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_FALSE(closed[0].truncated);
  EXPECT_EQ(hex(closed[0].sha256), kHelloSha256);
  const auto gapped = filesOf(steps, tracking(), true);
  ASSERT_EQ(gapped.size(), 1u);
  EXPECT_TRUE(gapped[0].truncated);
}

TEST(HttpFiles, APutBodyIsAFileAPostFormIsNot) {
  const auto put = filesOf({{kC, "PUT /up/hello.txt HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"},
                            {kS, "HTTP/1.1 204 No Content\r\n\r\n"}});
  ASSERT_EQ(put.size(), 1u);
  EXPECT_EQ(put[0].filename, "/up/hello.txt");
  EXPECT_EQ(hex(put[0].sha256), kHelloSha256);
  const auto post = filesOf({{kC, "POST /f HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                  "Content-Length: 5\r\n\r\na=b%20"},
                             {kS, "HTTP/1.1 204 No Content\r\n\r\n"}});
  EXPECT_TRUE(post.empty());
}

TEST(HttpFiles, EmptyBodiesAndSensorsWithoutFileinfoHaveNoFiles) {
  const std::vector<Step> empty = {{kC, "GET / HTTP/1.1\r\nHost: h\r\n\r\n"},
                                   {kS, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"}};
  EXPECT_TRUE(filesOf(empty).empty());
  const std::vector<Step> body = {{kC, "GET / HTTP/1.1\r\nHost: h\r\n\r\n"},
                                  {kS, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"}};
  EXPECT_EQ(filesOf(body).size(), 1u);
  EXPECT_TRUE(filesOf(body, ProtocolLimits{}).empty());
}

TEST(HttpFiles, KeepAliveTransactionsEachHaveTheirOwnFile) {
  const auto files = filesOf({{kC, "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n"},
                              {kS, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloHTTP/1.1 200 OK\r\n"
                                   "Content-Length: 2\r\n\r\nhi"}});
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].filename, "/a");
  EXPECT_EQ(files[1].filename, "/b");
  EXPECT_EQ(files[1].size, 2u);
}

}  // namespace
}  // namespace tapwatch
