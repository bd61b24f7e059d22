#include "detect/rule_transforms.h"

#include <openssl/evp.h>

#include <algorithm>

namespace tapwatch {
namespace {

// isspace() in the C locale, without the locale lookup.
bool isSpace(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
uint8_t lower(uint8_t c) { return c >= 'A' && c <= 'Z' ? static_cast<uint8_t>(c + 32) : c; }
uint8_t upper(uint8_t c) { return c >= 'a' && c <= 'z' ? static_cast<uint8_t>(c - 32) : c; }

// Appends into a fixed span; remembers whether anything was cut.
struct Writer {
  std::span<uint8_t> out;
  size_t size = 0;
  bool truncated = false;
  void put(uint8_t c) {
    if (size < out.size()) {
      out[size++] = c;
    } else {
      truncated = true;
    }
  }
  ByteSpan result() const { return ByteSpan(out.data(), size); }
};

void urlDecode(ByteSpan in, Writer& w) {
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '+') {
      w.put(' ');
    } else if (in[i] == '%' && i + 2 < in.size() && hexDigitValue(in[i + 1]) >= 0 && hexDigitValue(in[i + 2]) >= 0) {
      w.put(static_cast<uint8_t>(hexDigitValue(in[i + 1]) * 16 + hexDigitValue(in[i + 2])));
      i += 2;
    } else {
      w.put(in[i]);  // a bad escape stays as written
    }
  }
}

// Calls `line(begin, end_with_terminator)` for each line of a header block ("\n"-terminated, last may not be).
template <typename Fn>
void forEachLine(ByteSpan in, Fn&& line) {
  size_t begin = 0;
  while (begin < in.size()) {
    size_t end = begin;
    while (end < in.size() && in[end] != '\n') ++end;
    if (end < in.size()) ++end;
    line(begin, end);
    begin = end;
  }
}

void stripPseudoHeaders(ByteSpan in, Writer& w) {
  forEachLine(in, [&](size_t begin, size_t end) {
    if (in[begin] == ':') return;  // HTTP/2 ":method: GET" and friends
    for (size_t i = begin; i < end; ++i) w.put(in[i]);
  });
}

void headerLowercase(ByteSpan in, Writer& w) {
  forEachLine(in, [&](size_t begin, size_t end) {
    bool in_name = true;
    for (size_t i = begin; i < end; ++i) {
      if (in[i] == ':') in_name = false;
      w.put(in_name ? lower(in[i]) : in[i]);
    }
  });
}

// Each whitespace run becomes its first byte, kept as it is: Suricata 7 copies that byte
// (a tab-led run stays one tab), although its documentation says "a single space"; the
// Suricata oracle (tests/rules/suricata_oracle) checks this against the real Suricata.
void compressWhitespace(ByteSpan in, Writer& w) {
  for (size_t i = 0; i < in.size(); ++i) {
    w.put(in[i]);
    if (!isSpace(in[i])) continue;
    while (i + 1 < in.size() && isSpace(in[i + 1])) ++i;
  }
}

}  // namespace

RuleTransformScratch::RuleTransformScratch(size_t capacity)
    : first_(std::max<size_t>(capacity, 64)), second_(std::max<size_t>(capacity, 64)) {}

void RuleTransformScratch::DigestContextDeleter::operator()(void* ctx) const {
  EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx));
}

ByteSpan RuleTransformScratch::apply(const RuleChain& chain, ByteSpan input) {
  ByteSpan current = input;
  bool into_first = true;
  for (RuleTransform transform : chain.transforms) {
    std::span<uint8_t> out = into_first ? std::span<uint8_t>(first_) : std::span<uint8_t>(second_);
    current = applyOne(transform, chain, current, out);
    into_first = !into_first;
  }
  return current;
}

ByteSpan RuleTransformScratch::applyOne(RuleTransform transform, const RuleChain& chain, ByteSpan in,
                                        std::span<uint8_t> out) {
  Writer w{out};
  switch (transform) {
    case RuleTransform::DotPrefix:
      w.put('.');
      for (uint8_t c : in) w.put(c);
      break;
    case RuleTransform::StripWhitespace:
      for (uint8_t c : in)
        if (!isSpace(c)) w.put(c);
      break;
    case RuleTransform::CompressWhitespace: compressWhitespace(in, w); break;
    case RuleTransform::ToLowercase:
      for (uint8_t c : in) w.put(lower(c));
      break;
    case RuleTransform::ToUppercase:
      for (uint8_t c : in) w.put(upper(c));
      break;
    case RuleTransform::UrlDecode: urlDecode(in, w); break;
    case RuleTransform::StripPseudoHeaders: stripPseudoHeaders(in, w); break;
    case RuleTransform::HeaderLowercase: headerLowercase(in, w); break;
    case RuleTransform::Xor:
      for (size_t i = 0; i < in.size(); ++i)
        w.put(chain.xor_key.empty()
                  ? in[i]
                  : static_cast<uint8_t>(in[i] ^ static_cast<uint8_t>(chain.xor_key[i % chain.xor_key.size()])));
      break;
    case RuleTransform::Md5:
    case RuleTransform::Sha1:
    case RuleTransform::Sha256: return digest(transform, in, out);
  }
  if (w.truncated) ++truncations;
  return w.result();
}

ByteSpan RuleTransformScratch::digest(RuleTransform transform, ByteSpan in, std::span<uint8_t> out) {
  const EVP_MD* md = transform == RuleTransform::Md5    ? EVP_md5()
                     : transform == RuleTransform::Sha1 ? EVP_sha1()
                                                        : EVP_sha256();
  if (!digest_ctx_) digest_ctx_.reset(EVP_MD_CTX_new());
  auto* ctx = static_cast<EVP_MD_CTX*>(digest_ctx_.get());
  unsigned int len = 0;
  // On an OpenSSL failure (out of memory) the buffer becomes empty: no content can match a digest then.
  if (ctx == nullptr || EVP_DigestInit_ex(ctx, md, nullptr) != 1 || EVP_DigestUpdate(ctx, in.data(), in.size()) != 1 ||
      EVP_DigestFinal_ex(ctx, out.data(), &len) != 1)
    return {};
  return ByteSpan(out.data(), len);
}

}  // namespace tapwatch
