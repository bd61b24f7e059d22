#pragma once
// One direction of a TLS byte stream cut into records (RFC 8446 §5.1) and
// handshake messages (§4): a message may span records and TCP segments, and
// a record may hold several messages. Messages are buffered up to a cap (the
// caller counts TooLarge). Worker thread only; one per direction per flow.
#include <cstdint>
#include <string>

#include "common/bytes.h"

namespace tapwatch {

inline constexpr uint8_t kTlsContentChangeCipherSpec = 20;
inline constexpr uint8_t kTlsContentAlert = 21;
inline constexpr uint8_t kTlsContentHandshake = 22;
inline constexpr uint8_t kTlsContentApplicationData = 23;

class TlsHandshakeHandler {
 public:
  virtual ~TlsHandshakeHandler() = default;
  // A complete handshake message; false stops the reader (Stopped).
  virtual bool onHandshakeMessage(uint8_t type, ByteSpan body) = 0;
  // A record that is not a handshake record (ChangeCipherSpec, alert,
  // application data): what follows is usually encrypted. False stops.
  virtual bool onOtherRecord(uint8_t content_type) = 0;
};

enum class TlsReadStatus : uint8_t { Continue, Stopped, BadRecord, TooLarge };

class TlsHandshakeReader {
 public:
  explicit TlsHandshakeReader(size_t max_message_bytes) : max_message_(max_message_bytes) {}

  TlsReadStatus feed(ByteSpan data, TlsHandshakeHandler& handler);
  void release();  // frees the buffer once the direction is of no more interest

 private:
  static constexpr size_t kRecordHeader = 5;
  static constexpr size_t kMaxRecord = 16384 + 2048;  // TLSPlaintext limit plus slack for old stacks

  TlsReadStatus handshakeBytes(ByteSpan piece, TlsHandshakeHandler& handler);
  // Delivers every complete message at the front of `bytes`; `used` is how many bytes they took.
  TlsReadStatus deliver(ByteSpan bytes, size_t& used, TlsHandshakeHandler& handler);

  size_t max_message_;
  uint8_t header_[kRecordHeader] = {};
  size_t header_len_ = 0;
  size_t record_remaining_ = 0;
  std::string pending_;  // an incomplete handshake message carried across records and segments
};

}  // namespace tapwatch
