#pragma once
// QUIC long-header packets (RFC 9000 §17.2) and opening a protected Initial
// (RFC 9001 §5.4 header protection, §5.3 AEAD_AES_128_GCM). One datagram may
// carry several coalesced packets (§12.2); each long header says its length.
#include <cstdint>
#include <memory>
#include <vector>

#include "common/bytes.h"
#include "protocols/quic_initial_keys.h"

namespace tapwatch {

// QUIC variable-length integer (RFC 9000 §16); false when it runs past the end.
bool readQuicVarint(ByteSpan data, size_t& pos, uint64_t& value);

struct QuicLongHeader {
  uint32_t version = 0;
  uint8_t type = 0;  // the two type bits, version-specific meaning
  ByteSpan dcid, scid, token;
  size_t pn_offset = 0;     // where the protected packet number starts
  size_t packet_size = 0;   // header + payload: where the next coalesced packet starts
  bool has_length = false;  // Retry and Version Negotiation have none: they end the datagram
};

enum class QuicHeaderStatus : uint8_t { Ok, ShortHeader, Malformed };

// Parses the long header at the start of `data`. ShortHeader: a 1-RTT packet,
// which runs to the end of the datagram and is not readable by an observer.
QuicHeaderStatus parseQuicLongHeader(ByteSpan data, QuicLongHeader& out);

// A client Initial of QUIC v1 or v2 that could start a connection: cheap
// check for protocol detection on UDP (RFC 9000 §14.1: such datagrams are at
// least 1200 bytes).
bool looksLikeQuicInitial(ByteSpan datagram);

// Removes header protection and decrypts one Initial packet. Reuses its
// buffers, so after the first packets it does not allocate. Not thread-safe.
class QuicPacketOpener {
 public:
  QuicPacketOpener();
  ~QuicPacketOpener();
  QuicPacketOpener(const QuicPacketOpener&) = delete;
  QuicPacketOpener& operator=(const QuicPacketOpener&) = delete;

  // `packet` is exactly one packet (header.packet_size bytes). On success the
  // frames are in plaintext(); false when the packet does not authenticate.
  bool open(ByteSpan packet, const QuicLongHeader& header, const QuicInitialKeys& keys);
  ByteSpan plaintext() const { return {plain_.data(), plain_len_}; }

 private:
  struct Ciphers;
  std::unique_ptr<Ciphers> ciphers_;
  std::vector<uint8_t> packet_;  // working copy: header protection is removed in place
  std::vector<uint8_t> plain_;
  size_t plain_len_ = 0;
};

}  // namespace tapwatch
