#pragma once
// The EVE flow_id of a flow, as Suricata derives it: a hash of the flow's key
// mixed with its start time, masked to 51 bits so it is a positive integer
// every JSON reader holds exactly (a double's 53-bit mantissa). Both
// directions share it (the key is direction-normalised); two workers never
// hold the same key, and a restart sees other start times, so ids do not
// repeat across workers or runs, and do not depend on the number of workers
// (a capture replayed gives the same ids). Like Suricata's, two flows on one
// key starting in the same microsecond would share an id.
#include <cstdint>

namespace tapwatch {

inline constexpr uint64_t kFlowIdMask = (uint64_t{1} << 51) - 1;

inline uint64_t mixFlowIdBits(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

inline uint64_t makeFlowId(uint64_t key_hash, int64_t start_sec, uint32_t start_nsec) {
  const uint64_t start_us = static_cast<uint64_t>(start_sec) * 1000000u + start_nsec / 1000u;
  const uint64_t id = mixFlowIdBits(key_hash ^ mixFlowIdBits(start_us)) & kFlowIdMask;
  return id == 0 ? 1 : id;
}

}  // namespace tapwatch
