// Links in mail text: plain and HTML parts, character references, the
// scheme-less www. form, trimming, the length cap, and the SMTP parser's
// smtp.url values after base64 / quoted-printable decoding.
#include "protocols/url_extractor.h"

#include <gtest/gtest.h>

#include "common/url_host.h"
#include "protocols/protocol_stats.h"
#include "protocols/smtp_app_parser.h"
#include "test_support.h"

namespace tapwatch {
namespace {

struct Collect : UrlSink {
  std::vector<std::string> urls;
  void onUrl(std::string_view url) override { urls.emplace_back(url); }
};

std::vector<std::string> extract(const std::string& text, bool html, size_t chunk = 0) {
  UrlExtractor x;
  Collect c;
  x.begin(html);
  if (chunk == 0) chunk = text.size() + 1;
  for (size_t i = 0; i < text.size(); i += chunk) x.feed(test::bytesOf(text.substr(i, chunk)), c);
  x.finish(c);
  return c.urls;
}

using V = std::vector<std::string>;

TEST(UrlExtractor, PlainTextSchemesAndWww) {
  EXPECT_EQ(extract("Pay at https://Pay.Scam.example/now. Or ftp://files.example/x or www.shop.example/a!", false),
            (V{"https://Pay.Scam.example/now", "ftp://files.example/x", "www.shop.example/a"}));
  EXPECT_EQ(extract("see <http://a.example/path?q=1&r=2>, thanks", false), (V{"http://a.example/path?q=1&r=2"}));
  EXPECT_TRUE(extract("awww.example is not a link, nor is www.word or http:// alone", false).empty());
  EXPECT_TRUE(extract("mailto:someone@example.org and plain words", false).empty());
}

TEST(UrlExtractor, HtmlAttributesAndReferences) {
  const std::string html = "<p>Dear customer,</p><a href=\"https://login.scam.example/verify?id=7&amp;t=9\">Click</a>"
                           "<img src='http://cdn.example/pixel.gif'><a href=&#104;ttps://hidden.example/x>y</a>"
                           "<a href=\"&#x68;&#x74;tp://hex.example/\">z</a> text www.visible.example/&lt;tag";
  EXPECT_EQ(extract(html, true), (V{"https://login.scam.example/verify?id=7&t=9", "http://cdn.example/pixel.gif",
                                    "https://hidden.example/x", "http://hex.example/", "www.visible.example/"}));
  // Fed one byte at a time: the same links (references and runs span pieces).
  EXPECT_EQ(extract(html, true, 1), extract(html, true));
  // In plain text '&' is just a byte.
  EXPECT_EQ(extract("http://a.example/?x=1&amp;y=2", false), (V{"http://a.example/?x=1&amp;y=2"}));
}

TEST(UrlExtractor, UnknownReferenceSeparatesAndMalformedOnePassesThrough) {
  EXPECT_EQ(extract("http://a.example/&nbsp;http://b.example/", true), (V{"http://a.example/", "http://b.example/"}));
  EXPECT_EQ(extract("http://a.example/?q&x=1", true), (V{"http://a.example/?q&x=1"}));
}

TEST(UrlExtractor, OverlongRunIsDroppedAndCounted) {
  UrlExtractor x;
  Collect c;
  x.begin(false);
  const std::string long_url = "https://long.example/" + std::string(UrlExtractor::kMaxUrlBytes, 'a');
  x.feed(test::bytesOf(long_url + " https://short.example/"), c);
  x.finish(c);
  EXPECT_EQ(c.urls, (V{"https://short.example/"}));
  EXPECT_EQ(x.overlong(), 1u);
}

TEST(UrlHost, AuthorityForms) {
  EXPECT_EQ(urlHost("https://user:pw@Scam.Example:8443/p?q#f").host, "Scam.Example");
  EXPECT_EQ(urlHost("http://bank.example@scam.example/").host, "scam.example");
  EXPECT_EQ(urlHost("www.shop.example/a").host, "www.shop.example");
  EXPECT_EQ(urlHost("http:\\\\back.example\\x").host, "back.example");
  const UrlHost v6 = urlHost("http://[2001:db8::1]:80/");
  EXPECT_EQ(v6.host, "2001:db8::1");
  EXPECT_TRUE(v6.bracketed);
  EXPECT_EQ(urlHost("http://[broken/").host, "");
  EXPECT_EQ(urlHost("ftp://files.example?x").host, "files.example");
}

// The parser end to end: a base64 HTML part and a quoted-printable text part.
std::vector<test::Step> mailSession(const std::string& message) {
  return {{Direction::ToClient, "220 mx ESMTP\r\n"}, {Direction::ToServer, "HELO c\r\n"},
          {Direction::ToClient, "250 ok\r\n"},       {Direction::ToServer, "MAIL FROM:<a@example.org>\r\n"},
          {Direction::ToClient, "250 ok\r\n"},       {Direction::ToServer, "RCPT TO:<b@example.org>\r\n"},
          {Direction::ToClient, "250 ok\r\n"},       {Direction::ToServer, "DATA\r\n"},
          {Direction::ToClient, "354 go\r\n"},       {Direction::ToServer, message + "\r\n.\r\n"},
          {Direction::ToClient, "250 queued\r\n"}};
}

TEST(SmtpUrls, DecodedPartsGiveOneValuePerDistinctLink) {
  const std::string html =
      "<html><body><a href=\"https://pay.scam.example/invoice?n=1&amp;k=2\">https://pay.scam.example/invoice?n=1&amp;"
      "k=2</a></body></html>";
  const std::string message =
      "From: a@example.org\r\nSubject: invoice\r\nMIME-Version: 1.0\r\n"
      "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
      "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
      "Open http://qp.example/a=3Db and www.plain.example/x=\r\nyz now\r\n"
      "--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
      test::base64(html) + "\r\n--b1--\r\n";
  for (size_t chunk : {0u, 1u, 5u}) {
    test::RecordingSink sink;
    ProtocolStats stats;
    SmtpAppParser parser(sink, test::kDefaultLimits, stats);
    test::feedSteps(parser, mailSession(message), chunk);
    parser.finish();
    ASSERT_EQ(sink.scopes.size(), 1u);
    const auto& scope = sink.scopes[0];
    const V want{"http://qp.example/a=b", "www.plain.example/xyz", "https://pay.scam.example/invoice?n=1&k=2"};
    EXPECT_EQ(scope.blocks.at(Field::SmtpUrl), want) << "chunk " << chunk;
    EXPECT_EQ(scope.context.email_urls, want);
    EXPECT_EQ(stats.urls_dropped_smtp.value(), 0u);
  }
}

TEST(SmtpUrls, CappedPerMessageWithACounter) {
  std::string body;
  for (int i = 0; i < 70; ++i) body += "http://h" + std::to_string(i) + ".example/ ";
  test::RecordingSink sink;
  ProtocolStats stats;
  SmtpAppParser parser(sink, test::kDefaultLimits, stats);
  test::feedSteps(parser, mailSession("Subject: many\r\n\r\n" + body), 0);
  parser.finish();
  ASSERT_EQ(sink.scopes.size(), 1u);
  EXPECT_EQ(sink.scopes[0].blocks.at(Field::SmtpUrl).size(), 64u);
  EXPECT_EQ(stats.urls_dropped_smtp.value(), 6u);
}

}  // namespace
}  // namespace tapwatch
