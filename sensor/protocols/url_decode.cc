#include "protocols/url_decode.h"

namespace tapwatch {
void percentDecodeAppend(std::string_view in, std::string& out, bool plus_to_space) {
  for (size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '%' && i + 2 < in.size() && hexDigitValue(in[i + 1]) >= 0 && hexDigitValue(in[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hexDigitValue(in[i + 1]) * 16 + hexDigitValue(in[i + 2])));
      i += 2;
    } else if (c == '+' && plus_to_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
}

void normalizePath(std::string& path) {
  if (path.empty() || path[0] != '/') return;  // "*", authority-form: nothing to normalise
  // Rewrite in place: `w` is the write position, always <= the read position.
  size_t w = 0;
  size_t r = 0;
  const size_t n = path.size();
  bool trailing_slash = false;
  while (r < n) {
    // path[r] == '/': skip the run of slashes, then read one segment.
    while (r < n && path[r] == '/') ++r;
    const size_t start = r;
    while (r < n && path[r] != '/') ++r;
    const size_t len = r - start;
    trailing_slash = (r == n && len == 0) || (r < n);
    if (len == 0) continue;
    if (len == 1 && path[start] == '.') {
      trailing_slash = true;
      continue;
    }
    if (len == 2 && path[start] == '.' && path[start + 1] == '.') {
      while (w > 0 && path[w - 1] != '/') --w;  // drop the last written segment
      if (w > 0) --w;                           // and its slash
      trailing_slash = true;
      continue;
    }
    path[w++] = '/';
    for (size_t i = 0; i < len; ++i) path[w++] = path[start + i];
    trailing_slash = false;
  }
  if (w == 0 || trailing_slash) path[w++] = '/';
  path.resize(w);
}

void normalizeUri(std::string_view target, std::string& out) {
  out.clear();
  const size_t q = target.find('?');
  const std::string_view path = target.substr(0, q);
  percentDecodeAppend(path, out, false);
  normalizePath(out);
  if (q != std::string_view::npos) {
    out.push_back('?');
    percentDecodeAppend(target.substr(q + 1), out, false);
  }
}

size_t FormDecoder::decode(ByteSpan in, uint8_t* out) {
  size_t n = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    const uint8_t c = in[i];
    if (pending_ == 0) {
      if (c == '%') pending_ = 1;
      else if (c == '&' && separators_ == Separators::FieldsAsLines) out[n++] = '\n';
      else out[n++] = c == '+' ? ' ' : c;
    } else if (pending_ == 1) {
      if (hexDigitValue(c) >= 0) {
        first_ = c;
        pending_ = 2;
      } else {
        out[n++] = '%';
        pending_ = 0;
        --i;
      }
    } else {
      if (hexDigitValue(c) >= 0) {
        out[n++] = static_cast<uint8_t>(hexDigitValue(first_) * 16 + hexDigitValue(c));
        pending_ = 0;
      } else {
        out[n++] = '%';
        out[n++] = first_;
        pending_ = 0;
        --i;
      }
    }
  }
  return n;
}

size_t FormDecoder::finish(uint8_t* out) {
  size_t n = 0;
  if (pending_ >= 1) out[n++] = '%';
  if (pending_ == 2) out[n++] = first_;
  pending_ = 0;
  return n;
}

}  // namespace tapwatch
