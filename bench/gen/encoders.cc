#include "encoders.h"

#include <zlib.h>

#include <cstdio>

namespace tapwatch::gen {
namespace {

constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void base64Into(std::string& out, std::string_view data, bool wrap) {
  size_t column = 0;
  auto emit = [&](char c) {
    out.push_back(c);
    if (wrap && ++column == 76) {
      out += "\r\n";
      column = 0;
    }
  };
  size_t i = 0;
  for (; i + 3 <= data.size(); i += 3) {
    const uint32_t v = (uint32_t{static_cast<uint8_t>(data[i])} << 16) |
                       (uint32_t{static_cast<uint8_t>(data[i + 1])} << 8) | static_cast<uint8_t>(data[i + 2]);
    emit(kB64[v >> 18]), emit(kB64[(v >> 12) & 63]), emit(kB64[(v >> 6) & 63]), emit(kB64[v & 63]);
  }
  if (const size_t rest = data.size() - i; rest > 0) {
    uint32_t v = uint32_t{static_cast<uint8_t>(data[i])} << 16;
    if (rest == 2) v |= uint32_t{static_cast<uint8_t>(data[i + 1])} << 8;
    emit(kB64[v >> 18]), emit(kB64[(v >> 12) & 63]);
    emit(rest == 2 ? kB64[(v >> 6) & 63] : '='), emit('=');
  }
  if (wrap && column != 0) out += "\r\n";
}

}  // namespace

std::string base64Mime(std::string_view data) {
  std::string out;
  out.reserve(data.size() * 4 / 3 + data.size() / 38 + 8);
  base64Into(out, data, true);
  return out;
}

std::string base64(std::string_view data) {
  std::string out;
  out.reserve(data.size() * 4 / 3 + 4);
  base64Into(out, data, false);
  return out;
}

std::string quotedPrintable(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size() * 2);
  size_t column = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<uint8_t>(text[i]);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      out += "\r\n";
      ++i;
      column = 0;
      continue;
    }
    const bool next_is_eol = i + 1 == text.size() || text[i + 1] == '\r';
    const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !next_is_eol);
    const size_t width = literal ? 1 : 3;
    if (column + width > 75) {
      out += "=\r\n";
      column = 0;
    }
    if (literal) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('=');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
    column += width;
  }
  return out;
}

std::string gzip(std::string_view data) {
  z_stream zs{};
  // windowBits 15 + 16 = gzip wrapper; level 1 keeps generation fast.
  if (deflateInit2(&zs, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return std::string(data);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string chunked(std::string_view body, Prng& rng) {
  std::string out;
  out.reserve(body.size() + body.size() / 256 + 32);
  size_t pos = 0;
  char line[24];
  while (pos < body.size()) {
    const size_t n = std::min<size_t>(body.size() - pos, rng.range(256, 16384));
    const int len = std::snprintf(line, sizeof line, "%zx\r\n", n);
    out.append(line, static_cast<size_t>(len));
    out.append(body.substr(pos, n));
    out += "\r\n";
    pos += n;
  }
  out += "0\r\n\r\n";
  return out;
}

}  // namespace tapwatch::gen
