#include "decode/checksum_validator.h"

#include <algorithm>
#include <cstdio>

#include "common/log.h"

namespace tapwatch {

std::optional<ChecksumMode> parseChecksumMode(std::string_view text) {
  if (text == "auto") return ChecksumMode::Auto;
  if (text == "yes") return ChecksumMode::Yes;
  if (text == "no") return ChecksumMode::No;
  return std::nullopt;
}

ChecksumValidator::ChecksumValidator(ChecksumMode mode, DecodeStats& stats, uint32_t auto_sample)
    : stats_(stats),
      sample_(auto_sample == 0 ? 1 : auto_sample),
      state_(mode == ChecksumMode::Auto  ? State::Learning
             : mode == ChecksumMode::Yes ? State::On
                                         : State::Off) {
  stats_.checksum_validation.set(active() ? 1 : 0);
}

bool ChecksumValidator::verdict(std::optional<DecodeError> bad_reason) {
  if (state_ == State::Off) return false;
  if (state_ == State::On) {
    if (!bad_reason) return false;
    stats_.count(*bad_reason);
    return true;
  }
  ++checked_;
  bool drop = false;
  if (bad_reason) {
    ++bad_;
    if (uint64_t{bad_} * 2 >= checked_) {
      stats_.count(DecodeError::BadChecksumInspected);  // looks like offload so far: keep looking
    } else {
      stats_.count(*bad_reason);
      drop = true;
    }
  }
  if (checked_ >= sample_) decide();
  return drop;
}

void ChecksumValidator::decide() {
  const bool offloaded = uint64_t{bad_} * 10 > checked_;
  state_ = offloaded ? State::Off : State::On;
  stats_.checksum_validation.set(offloaded ? 0 : 1);
  // Formatted on the stack: this runs on the worker's packet path, which must not allocate.
  char line[320];
  const int n = offloaded ? std::snprintf(line, sizeof line,
                                          "decode.checksum_validation auto: %u of the first %u packets had bad "
                                          "checksums, which looks like checksum offload on the capturing host; "
                                          "checksum validation is now off for this capture (set it to yes to force it)",
                                          bad_, checked_)
                          : std::snprintf(line, sizeof line,
                                          "decode.checksum_validation auto: %u of the first %u packets had bad "
                                          "checksums; validation stays on",
                                          bad_, checked_);
  const std::string_view message(line, n > 0 ? std::min<size_t>(static_cast<size_t>(n), sizeof line - 1) : 0);
  if (offloaded) {
    logWarning(message);
  } else {
    logInfo(message);
  }
}

}  // namespace tapwatch
