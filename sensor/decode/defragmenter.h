#pragma once
// Defragmenter: IPv4 and IPv6 fragment reassembly for one worker thread
// (owned by that worker's Decoder; not thread-safe, no locks).
//
// Policy and limits:
// - Key: (src, dst, id, protocol) for IPv4 as RFC 791 does; (src, dst, id) for
//   IPv6 (RFC 8200). Fragments may arrive in any order.
// - Overlaps: resolved by the target policy of the datagram's destination
//   (config host_os_policy, looked up once per datagram when its first
//   fragment arrives; rules in common/overlap_policy.h), because the sensor
//   must rebuild what that host rebuilds. Each held byte remembers the
//   fragment that supplied it ([offset, end) of that fragment); where a new
//   fragment overlaps it, the policy compares the two fragments' extents:
//     first: held bytes stay; last: the new fragment's bytes replace them;
//     bsd: replaced only if the new fragment starts before the held one;
//     linux: as bsd, or it starts at the same offset and ends at or after it;
//     windows: replaced only if the new fragment starts before and ends
//     after the held one (covers it with room on both sides).
//   Suricata's default is bsd, and so is ours. Current Linux (>= 4.19) and
//   RFC 5722 for IPv6 drop a datagram with any overlap instead; then what we
//   reassemble was not delivered and can at worst cause a false positive.
//   Every overlap is counted (overlaps), and an overlap whose bytes differ
//   (overlap_mismatches) is an evasion signal whichever policy applies.
// - Conflicting ends (two last fragments with different ends, data past the
//   end) drop the whole datagram, as Linux does.
// - Memory: everything a datagram holds (its buffer and range list) plus the
//   tracker records is accounted against memcap_bytes. When a new datagram or a
//   larger buffer would exceed it, spare buffers are freed first, then the
//   oldest incomplete datagrams are evicted (tapwatch_memcap_drops_total). The
//   hash index is sized once at construction from the memcap and not counted.
// - Reuse: trackers and their buffers are pooled and reused, so the steady
//   state allocates nothing; a buffer only grows (geometrically) when a datagram
//   is larger than any that tracker held before.
// - Timeout: a datagram older than timeout_seconds (from its first fragment)
//   is dropped by expire() or when its next fragment arrives.
#include <cstdint>
#include <vector>

#include "common/ip_address.h"
#include "common/overlap_policy.h"
#include "config/config.h"
#include "config/host_os_policy.h"
#include "decode/decode_stats.h"

namespace tapwatch {

struct DefragLimits {
  uint64_t memcap_bytes = 64ull << 20;
  uint32_t timeout_seconds = 30;
  // A datagram of 65535 bytes in 1280-byte IPv6 minimum-MTU fragments needs 52;
  // legitimate senders stay far below 256, tiny-fragment attacks do not.
  uint32_t max_fragments_per_datagram = 256;

  static DefragLimits fromConfig(const DefragConfig& config);
};

// One fragment as the decoder found it. data points at the fragment's share of
// the datagram (after the IPv4 header / IPv6 fragment header).
struct Fragment {
  uint8_t family = 4;    // 4 or 6
  uint8_t protocol = 0;  // IPv4: header protocol; IPv6: the fragment header's next header
  IpAddress src;
  IpAddress dst;
  uint32_t id = 0;           // IPv4 16-bit id or IPv6 32-bit id
  uint32_t offset = 0;       // bytes
  bool more = false;         // MF / M flag
  uint32_t max_end = 65535;  // largest allowed offset+length (65535 minus the headers kept in front)
  Timestamp ts;
  const uint8_t* data = nullptr;
  uint32_t length = 0;
};

struct ReassembledDatagram {
  const uint8_t* data = nullptr;  // owned by the Defragmenter; valid until its next add()/releaseCompleted()
  uint32_t length = 0;
  uint8_t protocol = 0;  // IPv4 protocol / next header of the offset-0 IPv6 fragment
};

enum class DefragStatus : uint8_t {
  Held,      // buffered, datagram incomplete
  Complete,  // `out` describes the whole datagram
  Dropped,   // fragment (and maybe its datagram) dropped; the reason has been counted
};

class Defragmenter {
 public:
  Defragmenter(const DefragLimits& limits, DecodeStats& stats, HostOsPolicyTable policies = {});
  Defragmenter(const Defragmenter&) = delete;
  Defragmenter& operator=(const Defragmenter&) = delete;

  DefragStatus add(const Fragment& fragment, ReassembledDatagram& out);

  // Returns the datagram handed out by the last Complete to the pool. add()
  // calls it too; the Decoder calls it at the start of every decode().
  void releaseCompleted();

  // Drops incomplete datagrams whose first fragment is older than the timeout.
  void expire(Timestamp now);

  size_t activeDatagrams() const { return active_; }
  uint64_t memoryUsed() const { return memory_used_; }
  const DefragLimits& limits() const { return limits_; }

 private:
  struct Range {
    uint32_t begin;
    uint32_t end;
  };
  // Held bytes [begin, end) supplied by the fragment that covered [frag_begin, frag_end).
  struct Piece {
    uint32_t begin;
    uint32_t end;
    uint32_t frag_begin;
    uint32_t frag_end;
  };
  struct Tracker {
    IpAddress src;
    IpAddress dst;
    uint32_t id = 0;
    uint8_t family = 0;
    uint8_t key_protocol = 0;  // IPv4 only; 0 for IPv6
    uint8_t protocol = 0;
    OverlapPolicy policy = OverlapPolicy::Bsd;  // of dst, looked up when the tracker is allocated
    bool have_first = false;                    // the offset-0 fragment arrived
    bool have_last = false;
    bool linked = false;        // in the hash index and the age list (an incomplete datagram)
    uint32_t total_length = 0;  // valid once have_last
    uint32_t fragment_count = 0;
    int64_t first_seen_ns = 0;
    int32_t hash_next = -1;
    int32_t age_prev = -1;
    int32_t age_next = -1;
    int32_t free_next = -1;
    uint32_t bucket = 0;
    uint64_t accounted = 0;  // buffer + range capacity charged to memory_used_
    std::vector<uint8_t> buffer;
    std::vector<Range> ranges;  // sorted, disjoint, non-adjacent filled byte ranges
    std::vector<Piece> pieces;  // sorted, disjoint: who supplied each held byte
  };

  uint32_t bucketOf(const Fragment& f) const;
  int32_t find(const Fragment& f, uint32_t bucket) const;
  int32_t allocate(const Fragment& f, uint32_t bucket);
  void unlink(int32_t index);
  void recycle(int32_t index);  // unlink + back to the pool
  bool makeRoom(uint64_t bytes, int32_t protect);
  bool reserve(int32_t index, size_t buffer_bytes, size_t ranges, size_t pieces);
  void reaccount(Tracker& t);
  DefragStatus addTo(int32_t index, const Fragment& f, uint32_t end, ReassembledDatagram& out);
  void insert(Tracker& t, const Fragment& f);
  void publishGauges();

  DefragLimits limits_;
  DecodeStats& stats_;
  HostOsPolicyTable policies_;
  std::vector<Piece> scratch_;  // insert()'s new piece list; grows to the largest datagram seen
  uint64_t seed_;
  uint32_t max_trackers_;
  std::vector<Tracker> pool_;      // reserved once: indices and buffers never move
  std::vector<int32_t> buckets_;   // power-of-two hash index into pool_
  int32_t free_with_buffer_ = -1;  // recycled trackers that kept their buffers (reused first)
  int32_t free_empty_ = -1;        // recycled trackers whose buffers were freed for the memcap
  int32_t age_head_ = -1;          // oldest incomplete datagram
  int32_t age_tail_ = -1;          // newest
  int32_t completed_ = -1;         // handed out by the last Complete, released on the next call
  size_t active_ = 0;
  uint64_t memory_used_ = 0;
};

}  // namespace tapwatch
