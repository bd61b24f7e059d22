// MIME attachments: every non-text part is decoded into onAttachmentData and
// listed as a file (name, type, size, SHA-256); text attachments stay in the
// body and are listed too. Expected digests were computed when the tests were
// written with Python's hashlib over the same plain bytes (independent of the
// decoder under test), e.g.
//   python3 -c 'import hashlib;print(hashlib.sha256(bytes(range(256))*4).hexdigest())'
// and the empty digest checked with `openssl dgst -sha256 </dev/null`.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "protocols/mime_parser.h"
#include "test_support.h"

namespace tapwatch {
namespace {

std::string hexOf(const std::array<uint8_t, 32>& d) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (uint8_t b : d) {
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

std::string fromHex(std::string_view hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    out += static_cast<char>(hexDigitValue(static_cast<uint8_t>(hex[i])) * 16 +
                             hexDigitValue(static_cast<uint8_t>(hex[i + 1])));
  return out;
}

// Quoted-printable with every byte but letters and digits escaped, soft line
// breaks every 60 characters: a binary part as cautious encoders write it.
std::string qpAll(const std::string& in) {
  static const char* digits = "0123456789ABCDEF";
  std::string out;
  size_t col = 0;
  for (unsigned char c : in) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (col >= 60) {
      out += "=\r\n";
      col = 0;
    }
    if (plain) {
      out += static_cast<char>(c);
      ++col;
    } else {
      out += '=';
      out += digits[c >> 4];
      out += digits[c & 15];
      col += 3;
    }
  }
  return out;
}

struct File {
  FileInfo info;
  bool ended = false;
};

struct Recorder : MimeHandler {
  std::string subject, body, attachments;
  std::vector<File> files;
  std::vector<std::string> errors;
  void onMessageHeaders(std::string_view) override {}
  void onSubject(std::string_view s) override { subject = s; }
  void onBodyText(ByteSpan t) override { body.append(reinterpret_cast<const char*>(t.data()), t.size()); }
  void onFileStart(const FileInfo& f) override {
    if (!files.empty() && !files.back().ended) errors.push_back("file started inside a file");
    if (f.size != 0) errors.push_back("file starts with a size");
    files.push_back(File{f, false});
  }
  void onAttachmentData(ByteSpan d) override {
    if (files.empty() || files.back().ended) errors.push_back("attachment data outside a file");
    attachments.append(reinterpret_cast<const char*>(d.data()), d.size());
  }
  void onFileEnd(const FileInfo& f) override {
    if (files.empty() || files.back().ended) errors.push_back("file ended twice");
    else files.back() = File{f, true};
  }
};

Recorder parse(const std::string& msg, size_t piece, const ProtocolLimits& limits, ProtocolStats& stats) {
  MimeParser parser(limits, stats);
  Recorder r;
  parser.begin(r);
  for (size_t off = 0; off < msg.size(); off += piece) parser.feed(test::bytesOf(msg.substr(off, piece)));
  parser.finish();
  return r;
}

Recorder parse(const std::string& msg, size_t piece) {
  ProtocolStats stats;
  return parse(msg, piece, test::kDefaultLimits, stats);
}

const std::string kOctets = [] {
  std::string s;
  for (int r = 0; r < 4; ++r)
    for (int i = 0; i < 256; ++i) s += static_cast<char>(i);
  return s;
}();
constexpr std::string_view kOctetsSha = "785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9";

// A stored (uncompressed) zip holding note.txt, written by Python's zipfile.
const std::string kZip = fromHex(
    "504b030414000000000083182258a5b9834e5100000051000000080000006e6f74652e74787450617920302e352042544320746f206263"
    "31717879326b676479676a727371747a71326e30797266323439337038336b6b666a687830776c68206f722074686520766964656f2067"
    "6f6573206f75742e0a504b0102140314000000000083182258a5b9834e51000000510000000800000000000000000000008001000000006e"
    "6f74652e747874504b0506000000000100010036000000770000000000");
constexpr std::string_view kZipSha = "fa7aa493fbef554ed69d86fa8f75e42663b8791f40a626ab62463b3f9358e168";

const std::string kPng =
    std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89=tail\xff", 39);
constexpr std::string_view kPngSha = "ea0ffe5f040b68233808a82ef034ef49c18d1bcc7dff820d142a8fb3184757b1";

const std::string kPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% send 0.5 BTC = \xe2\x82\xbf\n%%EOF\n";
constexpr std::string_view kPdfSha = "966f648681b9ef73f9eb31f3d3438e843868676ddfdd4b0a9702d8e7b33f530f";

std::string part(const std::string& headers, const std::string& body) { return headers + "\r\n\r\n" + body + "\r\n"; }

TEST(MimeAttachments, EveryKindIsDecodedHashedAndListed) {
  const std::string msg =
      std::string("Subject: invoice\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\npreamble\r\n--b1\r\n") +
      part("Content-Type: text/plain", "see the files") + "--b1\r\n" +
      part("Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=data.bin\r\n"
           "Content-Transfer-Encoding: base64",
           test::base64(kOctets)) +
      std::string("--b1\r\n") +
      part("Content-Type: application/zip; name=\"wallet.zip\"\r\nContent-Transfer-Encoding: base64",
           test::base64(kZip)) +
      std::string("--b1\r\n") +
      part("Content-Type: image/png\r\nContent-Disposition: inline; filename=\"proof.png\"\r\n"
           "Content-Transfer-Encoding: quoted-printable",
           qpAll(kPng)) +
      std::string("--b1\r\n") +
      part("Content-Type: application/pdf\r\nContent-Disposition: attachment;\r\n filename=\"Invoice 42.pdf\"\r\n"
           "Content-Transfer-Encoding: Quoted-Printable",
           qpAll(kPdf)) +
      "--b1--\r\nepilogue\r\n";
  for (size_t piece : {1u, 5u, 77u, 100000u}) {
    const Recorder r = parse(msg, piece);
    EXPECT_TRUE(r.errors.empty()) << r.errors.front();
    EXPECT_EQ(r.body, "see the files");
    EXPECT_EQ(r.attachments, kOctets + kZip + kPng + kPdf) << piece;
    ASSERT_EQ(r.files.size(), 4u);
    const struct {
      std::string_view name, type, sha;
      size_t size;
    } want[] = {{"data.bin", "application/octet-stream", kOctetsSha, kOctets.size()},
                {"wallet.zip", "application/zip", kZipSha, kZip.size()},
                {"proof.png", "image/png", kPngSha, kPng.size()},
                {"Invoice 42.pdf", "application/pdf", kPdfSha, kPdf.size()}};
    for (size_t i = 0; i < 4; ++i) {
      const FileInfo& f = r.files[i].info;
      EXPECT_TRUE(r.files[i].ended);
      EXPECT_EQ(f.filename, want[i].name);
      EXPECT_EQ(f.content_type, want[i].type);
      EXPECT_EQ(f.size, want[i].size);
      EXPECT_TRUE(f.sha256_valid);
      EXPECT_FALSE(f.truncated);
      EXPECT_EQ(hexOf(f.sha256), want[i].sha) << want[i].name;
    }
  }
}

TEST(MimeAttachments, TextAttachmentStaysInTheBodyAndIsListed) {
  const std::string letter = "I recorded you. Pay 0.5 BTC.";
  const std::string msg = std::string("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n") +
                          part("Content-Type: text/plain", "hello") + "--x\r\n" +
                          part("Content-Type: text/plain; charset=us-ascii\r\n"
                               "Content-Disposition: attachment; filename=letter.txt",
                               letter) +
                          "--x--\r\n";
  const Recorder r = parse(msg, 3);
  EXPECT_EQ(r.body, std::string("hello") + letter);
  EXPECT_EQ(r.attachments, "");
  ASSERT_EQ(r.files.size(), 1u);
  EXPECT_EQ(r.files[0].info.filename, "letter.txt");
  EXPECT_EQ(r.files[0].info.content_type, "text/plain");
  EXPECT_EQ(r.files[0].info.size, letter.size());
  // python3 -c 'import hashlib;print(hashlib.sha256(b"I recorded you. Pay 0.5 BTC.").hexdigest())'
  EXPECT_EQ(hexOf(r.files[0].info.sha256), "be93bf634093bd135d0be5b69d91207b541061253ac5a6fecf9f5ab102568fc6");
}

TEST(MimeAttachments, MixedInsideAlternativeAndForwardedMessages) {
  const std::string inner_message =
      std::string("Subject: forwarded\r\nContent-Type: multipart/mixed; boundary=in\r\n\r\n--in\r\n") +
      part("Content-Type: text/plain", "inner text") + "--in\r\n" +
      part("Content-Type: application/zip\r\nContent-Disposition: attachment; filename=inner.zip\r\n"
           "Content-Transfer-Encoding: base64",
           test::base64(kZip)) +
      "--in--\r\n";
  const std::string msg =
      std::string("Content-Type: multipart/alternative; boundary=alt\r\n\r\n--alt\r\n") +
      part("Content-Type: text/plain", "plain version") + "--alt\r\n" +
      "Content-Type: multipart/mixed; boundary=mix\r\n\r\n--mix\r\n" + part("Content-Type: text/html", "<p>html</p>") +
      std::string("--mix\r\n") +
      part("Content-Type: application/octet-stream; name=a.bin\r\nContent-Transfer-Encoding: base64",
           test::base64(kOctets)) +
      std::string("--mix\r\nContent-Type: message/rfc822\r\n\r\n") + inner_message + "--mix\r\n" +
      part("Content-Type: message/rfc822; name=encoded.eml\r\nContent-Transfer-Encoding: base64",
           test::base64("Subject: hidden\r\n\r\nencoded message")) +
      "--mix--\r\n--alt--\r\n";
  for (size_t piece : {1u, 64u, 100000u}) {
    const Recorder r = parse(msg, piece);
    EXPECT_TRUE(r.errors.empty());
    EXPECT_EQ(r.body, "plain version<p>html</p>inner text");
    EXPECT_EQ(r.attachments, kOctets + kZip + "Subject: hidden\r\n\r\nencoded message");
    ASSERT_EQ(r.files.size(), 3u);
    EXPECT_EQ(r.files[0].info.filename, "a.bin");
    EXPECT_EQ(hexOf(r.files[0].info.sha256), kOctetsSha);
    EXPECT_EQ(r.files[1].info.filename, "inner.zip");
    EXPECT_EQ(hexOf(r.files[1].info.sha256), kZipSha);
    EXPECT_EQ(r.files[2].info.filename, "encoded.eml");
    EXPECT_EQ(r.files[2].info.content_type, "message/rfc822");
  }
}

std::string fileNameOf(const std::string& headers) {
  const std::string msg = headers + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + test::base64("x") + "\r\n";
  const Recorder r = parse(msg, 1000);
  return r.files.empty() ? "<no file>" : r.files[0].info.filename;
}

TEST(MimeAttachments, FileNameForms) {
  EXPECT_EQ(fileNameOf("Content-Type: application/zip\r\nContent-Disposition: attachment; filename=plain.zip"),
            "plain.zip");
  EXPECT_EQ(
      fileNameOf("Content-Type: application/zip\r\nContent-Disposition: attachment; filename=\"a \\\"b\\\";c.zip\""),
      "a \"b\";c.zip");
  EXPECT_EQ(fileNameOf("Content-Type: application/zip; name=\"from type.zip\""), "from type.zip");
  // The Content-Disposition name wins over the Content-Type one.
  EXPECT_EQ(
      fileNameOf("Content-Type: application/zip; name=type.zip\r\nContent-Disposition: attachment; filename=d.zip"),
      "d.zip");
  // RFC 2231: charset and percent-encoding ("счёт.zip" in UTF-8).
  EXPECT_EQ(fileNameOf("Content-Type: application/zip\r\nContent-Disposition: attachment;\r\n"
                       " filename*=UTF-8''%D1%81%D1%87%D1%91%D1%82.zip"),
            "счёт.zip");
  // RFC 2231 wins over the plain parameter, wherever it is written.
  EXPECT_EQ(fileNameOf("Content-Type: application/zip\r\nContent-Disposition: attachment; filename*=utf-8'en'new.zip;"
                       " filename=old.zip"),
            "new.zip");
  // RFC 2231 continuations, out of order, in windows-1251 ("отчёт" = EE F2 F7 B8 F2).
  EXPECT_EQ(fileNameOf("Content-Type: application/zip\r\nContent-Disposition: attachment;\r\n"
                       " filename*1=\"-2024\"; filename*0*=windows-1251''%EE%F2%F7%B8%F2;\r\n filename*2*=.zip"),
            "отчёт-2024.zip");
  // RFC 2047 encoded-words in a quoted value (not standard, common).
  EXPECT_EQ(fileNameOf("Content-Type: application/pdf; name=\"=?UTF-8?B?0YHRh9GR0YI=?=.pdf\""), "счёт.pdf");
  EXPECT_EQ(fileNameOf("Content-Type: application/pdf\r\nContent-Disposition: attachment; "
                       "filename=\"=?koi8-r?Q?=D3=DE=A3=D4?= 2.pdf\""),
            "счёт 2.pdf");
  EXPECT_EQ(fileNameOf("Content-Type: application/octet-stream"), "");
}

// What a mail client shows for malformed base64; the expected bytes are
// written out by hand.
TEST(MimeAttachments, MalformedBase64DecodesLikeAMailClient) {
  const struct {
    std::string encoded, decoded;
  } cases[] = {
      {"UGF5IDAuNSBCVEM=", "Pay 0.5 BTC"},                    // well-formed
      {"UGF5IDAu*NSB!CV~EM=", "Pay 0.5 BTC"},                 // junk characters skipped
      {"UGF5\r\n IDAu\tNSBC\r\nVEM", "Pay 0.5 BTC"},          // whitespace noise, padding missing
      {"UGF5IA==MC41IEJUQw==", "Pay 0.5 BTC"},                // padded blocks concatenated
      {"UGF5IDAuNSBCVEM=====", "Pay 0.5 BTC"},                // too much padding
      {"UGF5IDAuNSBCVEMh=\r\nbW9yZQ==", "Pay 0.5 BTC!more"},  // '=' mid-stream, stray
      {"UGF5IDAuNSBCVEMhI", "Pay 0.5 BTC!"},                  // one dangling character carries no byte
  };
  for (const auto& c : cases) {
    const std::string msg =
        std::string("Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n") + c.encoded +
        "\r\n";
    for (size_t piece : {1u, 2u, 1000u}) {
      ProtocolStats stats;
      const Recorder r = parse(msg, piece, test::kDefaultLimits, stats);
      EXPECT_EQ(r.attachments, c.decoded) << c.encoded << " / " << piece;
      EXPECT_EQ(stats.anomaly_mime_bad_base64.value(), &c == &cases[0] ? 0u : 1u) << c.encoded;
    }
  }
  // A text part decodes the same way (its unpadded tail is no longer lost).
  ProtocolStats stats;
  EXPECT_EQ(
      parse("Content-Transfer-Encoding: base64\r\n\r\nSSByZWNvcmRlZCB5b3U\r\n", 4, test::kDefaultLimits, stats).body,
      "I recorded you");
  EXPECT_EQ(stats.anomaly_mime_bad_base64.value(), 1u);
}

TEST(MimeAttachments, LineEndingBeforeABoundaryBelongsToTheBoundary) {
  // Identity and quoted-printable parts: the CRLF before "--x" is not content; a soft
  // line break right before the boundary writes nothing; a hard one inside stays.
  const std::string msg = std::string("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n") +
                          part("Content-Type: application/octet-stream; name=raw.bin", "line1\r\nline2") + "--x\r\n" +
                          part("Content-Type: application/pdf; name=qp.pdf\r\nContent-Transfer-Encoding: "
                               "quoted-printable",
                               "%PDF=0Aend=") +
                          "--x--\r\n";
  for (size_t piece : {1u, 2u, 1000u}) {
    const Recorder r = parse(msg, piece);
    EXPECT_EQ(r.attachments, "line1\r\nline2%PDF\nend") << piece;
    ASSERT_EQ(r.files.size(), 2u);
    EXPECT_EQ(r.files[0].info.size, 12u);
    EXPECT_EQ(r.files[1].info.size, 8u);
  }
}

TEST(MimeAttachments, ByteCapTruncatesAndInvalidatesTheHash) {
  ProtocolLimits limits;
  limits.max_attachment_bytes = 1000;
  const std::string msg =
      std::string("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n") +
      part("Content-Type: application/octet-stream; name=big.bin\r\n"
           "Content-Transfer-Encoding: base64",
           test::base64(kOctets)) +
      std::string("--x\r\n") +
      part("Content-Type: application/zip; name=late.zip\r\nContent-Transfer-Encoding: base64", test::base64(kZip)) +
      std::string("--x\r\n") + part("Content-Type: text/plain", "text still arrives") + "--x--\r\n";
  ProtocolStats stats;
  const Recorder r = parse(msg, 13, limits, stats);
  EXPECT_EQ(r.attachments, kOctets.substr(0, 1000));
  EXPECT_EQ(r.body, "text still arrives");
  ASSERT_EQ(r.files.size(), 2u);
  EXPECT_TRUE(r.files[0].info.truncated);
  EXPECT_FALSE(r.files[0].info.sha256_valid);
  EXPECT_EQ(r.files[0].info.size, 1000u);
  EXPECT_TRUE(r.files[1].info.truncated);
  EXPECT_EQ(r.files[1].info.size, 0u);
  EXPECT_EQ(r.files[1].info.filename, "late.zip");
}

TEST(MimeAttachments, PartCapBoundsTheFiles) {
  ProtocolLimits limits;
  limits.max_mime_parts = 3;
  std::string msg = "Content-Type: multipart/mixed; boundary=x\r\n\r\n";
  for (int i = 0; i < 6; ++i)
    msg += std::string("--x\r\n") +
           part("Content-Type: application/octet-stream; name=f" + std::to_string(i) + ".bin", "data");
  msg += "--x--\r\n";
  ProtocolStats stats;
  const Recorder r = parse(msg, 7, limits, stats);
  ASSERT_EQ(r.files.size(), 3u);
  EXPECT_EQ(r.files[2].info.filename, "f2.bin");
  EXPECT_EQ(r.attachments, "datadatadata");
  EXPECT_EQ(stats.anomaly_mime_too_many_parts.value(), 1u);
}

TEST(MimeAttachments, MessageCutAtTheBodyCapTruncatesTheOpenFile) {
  ProtocolStats stats;
  MimeParser parser(test::kDefaultLimits, stats);
  Recorder r;
  parser.begin(r);
  parser.feed(test::bytesOf("Content-Type: application/zip; name=a.zip\r\n\r\nPK\x03\x04"));
  parser.finish(/*cut=*/true);
  ASSERT_EQ(r.files.size(), 1u);
  EXPECT_TRUE(r.files[0].info.truncated);
  EXPECT_FALSE(r.files[0].info.sha256_valid);
  EXPECT_EQ(r.files[0].info.size, 4u);
}

TEST(MimeAttachments, EmptyAttachmentHasTheEmptyDigest) {
  const Recorder r = parse("Content-Type: application/octet-stream; name=empty\r\n\r\n", 1000);
  ASSERT_EQ(r.files.size(), 1u);
  EXPECT_TRUE(r.files[0].info.sha256_valid);
  EXPECT_EQ(hexOf(r.files[0].info.sha256), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

}  // namespace
}  // namespace tapwatch
