#include "protocols/quic_packet.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cstring>

namespace tapwatch {
namespace {

constexpr size_t kMaxCidLen = 20;  // RFC 9000 §17.2 for v1 (and v2)
constexpr size_t kSampleLen = 16;
constexpr size_t kTagLen = 16;
constexpr size_t kMinInitialDatagram = 1200;

struct CipherCtxFree {
  void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};

}  // namespace

struct QuicPacketOpener::Ciphers {
  std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ecb{EVP_CIPHER_CTX_new()};
  std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> gcm{EVP_CIPHER_CTX_new()};
};

bool readQuicVarint(ByteSpan data, size_t& pos, uint64_t& value) {
  if (pos >= data.size()) return false;
  const size_t len = size_t{1} << (data[pos] >> 6);
  if (len > data.size() - pos) return false;
  value = data[pos] & 0x3f;
  for (size_t i = 1; i < len; ++i) value = (value << 8) | data[pos + i];
  pos += len;
  return true;
}

QuicHeaderStatus parseQuicLongHeader(ByteSpan data, QuicLongHeader& out) {
  out = QuicLongHeader{};
  if (data.empty() || (data[0] & 0x80) == 0) return QuicHeaderStatus::ShortHeader;
  if (data.size() < 7) return QuicHeaderStatus::Malformed;
  out.version = (uint32_t{data[1]} << 24) | (uint32_t{data[2]} << 16) | (uint32_t{data[3]} << 8) | data[4];
  out.type = static_cast<uint8_t>((data[0] >> 4) & 0x3);
  size_t p = 5;
  const size_t dcid_len = data[p++];
  if (dcid_len > kMaxCidLen || p + dcid_len + 1 > data.size()) return QuicHeaderStatus::Malformed;
  out.dcid = data.subspan(p, dcid_len);
  p += dcid_len;
  const size_t scid_len = data[p++];
  if (scid_len > kMaxCidLen || p + scid_len > data.size()) return QuicHeaderStatus::Malformed;
  out.scid = data.subspan(p, scid_len);
  p += scid_len;
  // Version Negotiation, Retry, unknown versions: no length field we can trust.
  if (!quicVersionSupported(out.version) || out.type == quicRetryType(out.version)) {
    out.packet_size = data.size();
    return QuicHeaderStatus::Ok;
  }
  if (out.type == quicInitialType(out.version)) {
    uint64_t token_len = 0;
    if (!readQuicVarint(data, p, token_len) || token_len > data.size() - p) return QuicHeaderStatus::Malformed;
    out.token = data.subspan(p, static_cast<size_t>(token_len));
    p += static_cast<size_t>(token_len);
  }
  uint64_t length = 0;
  if (!readQuicVarint(data, p, length) || length > data.size() - p) return QuicHeaderStatus::Malformed;
  out.pn_offset = p;
  out.packet_size = p + static_cast<size_t>(length);
  out.has_length = true;
  return QuicHeaderStatus::Ok;
}

bool looksLikeQuicInitial(ByteSpan datagram) {
  if (datagram.size() < kMinInitialDatagram || (datagram[0] & 0xc0) != 0xc0) return false;
  QuicLongHeader h;
  return parseQuicLongHeader(datagram, h) == QuicHeaderStatus::Ok && quicVersionSupported(h.version) &&
         h.type == quicInitialType(h.version) && h.has_length && h.dcid.size() >= 8;
}

QuicPacketOpener::QuicPacketOpener() : ciphers_(std::make_unique<Ciphers>()) {}
QuicPacketOpener::~QuicPacketOpener() = default;

bool QuicPacketOpener::open(ByteSpan packet, const QuicLongHeader& header, const QuicInitialKeys& keys) {
  plain_len_ = 0;
  const size_t pn_offset = header.pn_offset;
  // The sample starts 4 bytes after the packet number's start (RFC 9001 §5.4.2).
  if (!ciphers_->ecb || !ciphers_->gcm || packet.size() < pn_offset + 4 + kSampleLen) return false;
  packet_.assign(packet.begin(), packet.end());
  uint8_t mask[32];
  int out_len = 0;
  EVP_CIPHER_CTX* ecb = ciphers_->ecb.get();
  if (EVP_EncryptInit_ex(ecb, EVP_aes_128_ecb(), nullptr, keys.hp.data(), nullptr) != 1) return false;
  EVP_CIPHER_CTX_set_padding(ecb, 0);
  if (EVP_EncryptUpdate(ecb, mask, &out_len, packet_.data() + pn_offset + 4, kSampleLen) != 1 || out_len != 16)
    return false;
  packet_[0] ^= mask[0] & 0x0f;  // long header: the low four bits are protected
  const size_t pn_len = (packet_[0] & 0x03) + 1;
  uint64_t pn = 0;
  for (size_t i = 0; i < pn_len; ++i) {
    packet_[pn_offset + i] ^= mask[1 + i];
    pn = (pn << 8) | packet_[pn_offset + i];
  }
  const size_t header_len = pn_offset + pn_len;
  if (packet_.size() < header_len + kTagLen) return false;
  const size_t cipher_len = packet_.size() - header_len - kTagLen;

  // Nonce: the IV XOR the packet number, left-padded (RFC 9001 §5.3). Initial
  // packet numbers are small, so the truncated number is the full one.
  std::array<uint8_t, 12> nonce = keys.iv;
  for (size_t i = 0; i < 8; ++i) nonce[nonce.size() - 1 - i] ^= static_cast<uint8_t>(pn >> (8 * i));

  if (plain_.size() < cipher_len) plain_.resize(cipher_len);
  EVP_CIPHER_CTX* gcm = ciphers_->gcm.get();
  int len = 0;
  if (EVP_DecryptInit_ex(gcm, EVP_aes_128_gcm(), nullptr, keys.key.data(), nonce.data()) != 1) return false;
  if (EVP_DecryptUpdate(gcm, nullptr, &len, packet_.data(), static_cast<int>(header_len)) != 1) return false;
  if (cipher_len > 0 &&
      EVP_DecryptUpdate(gcm, plain_.data(), &len, packet_.data() + header_len, static_cast<int>(cipher_len)) != 1)
    return false;
  if (EVP_CIPHER_CTX_ctrl(gcm, EVP_CTRL_GCM_SET_TAG, kTagLen, packet_.data() + header_len + cipher_len) != 1)
    return false;
  int final_len = 0;
  uint8_t final_block[16];
  if (EVP_DecryptFinal_ex(gcm, final_block, &final_len) != 1) return false;  // tag mismatch
  plain_len_ = cipher_len;
  return true;
}

}  // namespace tapwatch
