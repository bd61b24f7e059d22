#include "protocols/qp_decoder.h"

namespace tapwatch {
size_t QuotedPrintableDecoder::decode(ByteSpan in, uint8_t* out) {
  size_t n = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    const uint8_t c = in[i];
    switch (state_) {
      case State::Text:
        if (c == '=') state_ = State::Equals;
        else out[n++] = c;
        break;
      case State::Equals:
        if (hexDigitValue(c) >= 0) {
          hex_ = c;
          state_ = State::OneHex;
        } else if (c == '\r') {
          state_ = State::SoftCr;
        } else if (c == '\n') {
          state_ = State::Text;  // soft line break with a bare LF
        } else if (c == ' ' || c == '\t') {
          state_ = State::SoftSpace;  // "=  \r\n": whitespace an MTA added after the soft break
        } else {
          out[n++] = '=';
          state_ = State::Text;
          --i;  // reprocess as text
        }
        break;
      case State::OneHex:
        if (hexDigitValue(c) >= 0) {
          out[n++] = static_cast<uint8_t>(hexDigitValue(hex_) * 16 + hexDigitValue(c));
          state_ = State::Text;
        } else {
          out[n++] = '=';
          out[n++] = hex_;
          state_ = State::Text;
          --i;
        }
        break;
      case State::SoftCr:
        state_ = State::Text;
        if (c != '\n') --i;  // a bare CR after '=': drop the break, keep the byte
        break;
      case State::SoftSpace:
        if (c == ' ' || c == '\t') break;
        if (c == '\r') {
          state_ = State::SoftCr;
        } else if (c == '\n') {
          state_ = State::Text;
        } else {
          out[n++] = '=';
          state_ = State::Text;
          --i;
        }
        break;
    }
  }
  return n;
}

size_t QuotedPrintableDecoder::finish(uint8_t* out) {
  size_t n = 0;
  if (state_ == State::Equals || state_ == State::SoftSpace) {
    out[n++] = '=';
  } else if (state_ == State::OneHex) {
    out[n++] = '=';
    out[n++] = hex_;
  }
  reset();
  return n;
}

}  // namespace tapwatch
