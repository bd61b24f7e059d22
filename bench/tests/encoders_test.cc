#include "encoders.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace tapwatch::gen {
namespace {

std::string unBase64(std::string_view in) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : in) {
    const int v = value(c);
    if (v < 0) continue;  // CRLF, '='
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xff));
    }
  }
  return out;
}

std::string unQp(std::string_view in) {
  std::string out;
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '=') {
      out.push_back(in[i]);
    } else if (in.substr(i + 1, 2) == "\r\n") {
      i += 2;
    } else {
      out.push_back(static_cast<char>(std::stoi(std::string(in.substr(i + 1, 2)), nullptr, 16)));
      i += 2;
    }
  }
  return out;
}

std::string gunzip(const std::string& in) {
  z_stream zs{};
  EXPECT_EQ(inflateInit2(&zs, 15 + 16), Z_OK);
  std::string out(in.size() * 20 + 1024, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  inflateEnd(&zs);
  return out;
}

std::string binary(Prng& rng, size_t n) {
  std::string s(n, '\0');
  rng.fill(reinterpret_cast<uint8_t*>(s.data()), n);
  return s;
}

TEST(Base64, Rfc4648Vectors) {
  EXPECT_EQ(base64(""), "");
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
}

TEST(Base64, MimeWrapsAt76AndRoundTrips) {
  Prng rng(3);
  for (size_t n : {0, 1, 56, 57, 58, 1000, 4099}) {
    const std::string data = binary(rng, n);
    const std::string enc = base64Mime(data);
    size_t start = 0;
    while (start < enc.size()) {
      const size_t eol = enc.find("\r\n", start);
      ASSERT_NE(eol, std::string::npos) << "every line ends with CRLF";
      EXPECT_LE(eol - start, 76u);
      start = eol + 2;
    }
    EXPECT_EQ(unBase64(enc), data) << n;
  }
}

TEST(QuotedPrintable, RoundTripsAndStaysWithinLineLimit) {
  Prng rng(4);
  const std::string text = "Caf\xc3\xa9 = 100% \xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 trailing space \r\n" +
                           std::string(300, 'x') + "\tend\t\r\nlast";
  const std::string enc = quotedPrintable(text);
  EXPECT_EQ(unQp(enc), text);
  EXPECT_NE(enc.find("=3D"), std::string::npos);
  EXPECT_NE(enc.find("=C3=A9"), std::string::npos);
  EXPECT_NE(enc.find("space=20\r\n"), std::string::npos) << "a space before a line break must be encoded";
  size_t start = 0;
  while (start < enc.size()) {
    size_t eol = enc.find("\r\n", start);
    if (eol == std::string::npos) eol = enc.size();
    EXPECT_LE(eol - start, 76u);
    for (size_t i = start; i < eol; ++i) EXPECT_LT(static_cast<uint8_t>(enc[i]), 0x80);
    start = eol + 2;
  }
}

TEST(Gzip, InflatesBackToInput) {
  Prng rng(5);
  const std::string text = std::string(10000, 'a') + binary(rng, 5000);
  const std::string z = gzip(text);
  ASSERT_GE(z.size(), 18u);
  EXPECT_EQ(static_cast<uint8_t>(z[0]), 0x1f);
  EXPECT_EQ(static_cast<uint8_t>(z[1]), 0x8b);
  EXPECT_EQ(gunzip(z), text);
  EXPECT_EQ(gunzip(gzip("")), "");
}

TEST(Chunked, DechunksToInput) {
  Prng rng(6);
  const std::string body = binary(rng, 50000);
  const std::string enc = chunked(body, rng);
  std::string out;
  size_t pos = 0;
  size_t chunks = 0;
  for (;;) {
    const size_t eol = enc.find("\r\n", pos);
    ASSERT_NE(eol, std::string::npos);
    const size_t n = std::stoul(enc.substr(pos, eol - pos), nullptr, 16);
    pos = eol + 2;
    if (n == 0) break;
    ++chunks;
    out += enc.substr(pos, n);
    pos += n;
    ASSERT_EQ(enc.substr(pos, 2), "\r\n");
    pos += 2;
  }
  EXPECT_EQ(enc.substr(pos), "\r\n");
  EXPECT_EQ(out, body);
  EXPECT_GT(chunks, 2u);
  EXPECT_EQ(chunked("", rng), "0\r\n\r\n");
}

}  // namespace
}  // namespace tapwatch::gen
