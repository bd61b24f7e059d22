#pragma once
// ChecksumValidator: decides, per worker, whether packets with a wrong IPv4
// header, TCP or UDP checksum are dropped before inspection (the destination
// host drops them, so an attacker can use them to feed the sensor decoy bytes:
// Ptacek & Newsham's insertion attack). Worker thread only; no allocation.
//
// Modes (config decode.checksum_validation):
// - yes : every bad packet is dropped and counted by reason (bad_*_checksum).
// - no  : nothing is verified (the cost is skipped too).
// - auto: modelled on Suricata's checksum-validation auto. A capture taken on
//   the sending host with checksum offload records outgoing packets before
//   the NIC fills the checksum in, so most of them look bad. While learning
//   (the first kAutoSample packets that carry a checksum), a bad packet is
//   dropped only while bad ones are the minority so far; when they are half
//   or more it looks like offload and the packet is inspected anyway (counted
//   as bad_checksum_inspected). After the sample, more than 10% bad turns
//   validation off for good (logged once, gauge
//   tapwatch_decode_checksum_validation = 0); otherwise it stays on as "yes".
//   So a short capture on `lo` is inspected whole, and a clean capture drops
//   an insertion packet from its first packet on. The price: an attacker who
//   controls most of the first packets of a capture can keep the sensor from
//   validating; pin the mode to yes where the capture is known clean.
#include <cstdint>
#include <optional>
#include <string_view>

#include "decode/decode_stats.h"

namespace tapwatch {

enum class ChecksumMode : uint8_t { Auto, Yes, No };

std::optional<ChecksumMode> parseChecksumMode(std::string_view text);  // "auto" | "yes" | "no"

class ChecksumValidator {
 public:
  static constexpr uint32_t kAutoSample = 1000;

  ChecksumValidator(ChecksumMode mode, DecodeStats& stats, uint32_t auto_sample = kAutoSample);

  // Whether checksums are to be computed at all for the next packet.
  bool active() const { return state_ != State::Off; }

  // One packet's checksums were computed; `bad_reason` is set when one failed.
  // Returns true when the packet must be dropped (the reason has been counted).
  bool verdict(std::optional<DecodeError> bad_reason);

 private:
  enum class State : uint8_t { Learning, On, Off };
  void decide();

  DecodeStats& stats_;
  uint32_t sample_;
  State state_;
  uint32_t checked_ = 0;
  uint32_t bad_ = 0;
};

}  // namespace tapwatch
