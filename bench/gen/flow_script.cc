#include "flow_script.h"

#include <algorithm>

namespace tapwatch::gen {
namespace {

constexpr uint64_t kTlsRecordBody = 16401;  // 2^14 plaintext + TLS 1.3 content type and AEAD tag
constexpr uint64_t kTlsRecord = 5 + kTlsRecordBody;

}  // namespace

std::string_view flowKindName(FlowKind kind) {
  switch (kind) {
    case FlowKind::Http: return "http";
    case FlowKind::Smtp: return "smtp";
    case FlowKind::Dns: return "dns";
    case FlowKind::Tls: return "tls";
    case FlowKind::Bulk: return "bulk";
    case FlowKind::Count: break;
  }
  return "?";
}

std::string_view scamKindName(ScamKind kind) {
  switch (kind) {
    case ScamKind::None: return "none";
    case ScamKind::SextortionEn: return "sextortion_en";
    case ScamKind::SextortionRu: return "sextortion_ru";
    case ScamKind::ScamShop: return "scam_shop";
    case ScamKind::ScamDns: return "scam_dns";
    case ScamKind::ScamSni: return "scam_sni";
    case ScamKind::Count: break;
  }
  return "?";
}

FlowKind flowKindFor(ScamKind scam) {
  switch (scam) {
    case ScamKind::SextortionEn:
    case ScamKind::SextortionRu: return FlowKind::Smtp;
    case ScamKind::ScamShop: return FlowKind::Http;
    case ScamKind::ScamDns: return FlowKind::Dns;
    case ScamKind::ScamSni: return FlowKind::Tls;
    default: return FlowKind::Bulk;
  }
}

uint64_t tlsFillerSize(uint64_t wanted) {
  wanted = std::max<uint64_t>(wanted, 6);
  const uint64_t tail = wanted % kTlsRecord;
  if (tail != 0 && tail <= 5) wanted += 6 - tail;
  return wanted;
}

void fillFiller(Prng& rng, FillerKind kind, uint64_t total, uint64_t offset, uint8_t* out, size_t n) {
  rng.fill(out, n);
  if (kind != FillerKind::TlsRecords) return;
  // Overwrite the record headers that fall inside [offset, offset + n).
  for (uint64_t record = offset / kTlsRecord * kTlsRecord; record < offset + n; record += kTlsRecord) {
    const uint64_t body = std::min(kTlsRecordBody, total - record - 5);
    const uint8_t header[5] = {0x17, 0x03, 0x03, static_cast<uint8_t>(body >> 8), static_cast<uint8_t>(body)};
    for (uint64_t i = 0; i < 5; ++i) {
      const uint64_t at = record + i;
      if (at >= offset && at < offset + n) out[at - offset] = header[i];
    }
  }
}

}  // namespace tapwatch::gen
