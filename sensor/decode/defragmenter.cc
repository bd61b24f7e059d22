#include "decode/defragmenter.h"

#include <algorithm>
#include <cstring>
#include <random>
#include <utility>

namespace tapwatch {

namespace {

constexpr uint32_t kMaxDatagram = 65535;
constexpr size_t kMinBuffer = 2048;  // covers the first 1500-byte fragment without a regrow
constexpr size_t kMinRanges = 8;
constexpr uint64_t kBytesPerTracker = 1024;  // memcap share that allows one more tracker record
constexpr uint32_t kMaxTrackers = 1u << 20;

int64_t toNs(Timestamp ts) { return ts.sec * 1'000'000'000 + ts.nsec; }

uint64_t mix(uint64_t h, uint64_t word) {
  h = (h ^ word) * 0x9e3779b97f4a7c15ull;
  return h ^ (h >> 29);
}

uint64_t randomSeed() {
  // Keys are attacker-chosen: a per-instance seed keeps chains short.
  std::random_device device;
  return (uint64_t{device()} << 32) ^ device();
}

}  // namespace

DefragLimits DefragLimits::fromConfig(const DefragConfig& config) {
  DefragLimits limits;
  limits.memcap_bytes = uint64_t{config.memcap_mb} << 20;
  limits.timeout_seconds = config.timeout_seconds;
  return limits;
}

Defragmenter::Defragmenter(const DefragLimits& limits, DecodeStats& stats, HostOsPolicyTable policies)
    : limits_(limits), stats_(stats), policies_(std::move(policies)), seed_(randomSeed()) {
  max_trackers_ = static_cast<uint32_t>(std::min<uint64_t>(limits_.memcap_bytes / kBytesPerTracker, kMaxTrackers));
  pool_.reserve(max_trackers_);
  size_t buckets = 16;
  while (buckets < max_trackers_) buckets <<= 1;
  buckets_.assign(buckets, -1);
}

uint32_t Defragmenter::bucketOf(const Fragment& f) const {
  uint8_t key_protocol = f.family == 4 ? f.protocol : 0;
  uint64_t h = mix(seed_, (uint64_t{f.id} << 16) | (uint64_t{f.family} << 8) | key_protocol);
  uint64_t words[4];
  std::memcpy(&words[0], f.src.bytes.data(), 16);
  std::memcpy(&words[2], f.dst.bytes.data(), 16);
  for (uint64_t w : words) h = mix(h, w);
  return static_cast<uint32_t>(h & (buckets_.size() - 1));
}

int32_t Defragmenter::find(const Fragment& f, uint32_t bucket) const {
  uint8_t key_protocol = f.family == 4 ? f.protocol : 0;
  for (int32_t i = buckets_[bucket]; i >= 0; i = pool_[i].hash_next) {
    const Tracker& t = pool_[i];
    if (t.id == f.id && t.family == f.family && t.key_protocol == key_protocol && t.src == f.src && t.dst == f.dst)
      return i;
  }
  return -1;
}

int32_t Defragmenter::allocate(const Fragment& f, uint32_t bucket) {
  if (free_with_buffer_ < 0 && free_empty_ < 0) {
    if (pool_.size() < max_trackers_ && makeRoom(sizeof(Tracker), -1) && free_with_buffer_ < 0 && free_empty_ < 0) {
      pool_.emplace_back();
      memory_used_ += sizeof(Tracker);
      pool_.back().free_next = -1;
      free_empty_ = static_cast<int32_t>(pool_.size() - 1);
    } else if (free_with_buffer_ < 0 && free_empty_ < 0) {
      if (age_head_ < 0) return -1;  // memcap too small for even one datagram
      recycle(age_head_);            // tracker cap reached: evict the oldest
      stats_.defrag.memcap_drops.add();
    }
  }
  int32_t& list = free_with_buffer_ >= 0 ? free_with_buffer_ : free_empty_;
  int32_t index = list;
  Tracker& t = pool_[index];
  list = t.free_next;

  t.src = f.src;
  t.dst = f.dst;
  t.id = f.id;
  t.family = f.family;
  t.key_protocol = f.family == 4 ? f.protocol : 0;
  t.protocol = f.protocol;
  t.policy = policies_.lookup(f.dst);
  t.have_first = false;
  t.have_last = false;
  t.total_length = 0;
  t.fragment_count = 0;
  t.first_seen_ns = toNs(f.ts);
  t.free_next = -1;
  t.bucket = bucket;
  t.hash_next = buckets_[bucket];
  buckets_[bucket] = index;
  t.age_next = -1;
  t.age_prev = age_tail_;
  if (age_tail_ >= 0) pool_[age_tail_].age_next = index;
  else age_head_ = index;
  age_tail_ = index;
  t.linked = true;
  ++active_;
  return index;
}

void Defragmenter::unlink(int32_t index) {
  Tracker& t = pool_[index];
  if (!t.linked) return;
  for (int32_t* link = &buckets_[t.bucket]; *link >= 0; link = &pool_[*link].hash_next) {
    if (*link == index) {
      *link = t.hash_next;
      break;
    }
  }
  if (t.age_prev >= 0) pool_[t.age_prev].age_next = t.age_next;
  else age_head_ = t.age_next;
  if (t.age_next >= 0) pool_[t.age_next].age_prev = t.age_prev;
  else age_tail_ = t.age_prev;
  t.hash_next = t.age_prev = t.age_next = -1;
  t.linked = false;
  --active_;
}

void Defragmenter::recycle(int32_t index) {
  unlink(index);
  Tracker& t = pool_[index];
  t.buffer.clear();  // keeps capacity for the next datagram
  t.ranges.clear();
  t.pieces.clear();
  int32_t& list = (t.buffer.capacity() > 0 || t.ranges.capacity() > 0 || t.pieces.capacity() > 0) ? free_with_buffer_
                                                                                                  : free_empty_;
  t.free_next = list;
  list = index;
}

void Defragmenter::releaseCompleted() {
  if (completed_ < 0) return;
  int32_t index = completed_;
  completed_ = -1;
  recycle(index);
}

void Defragmenter::reaccount(Tracker& t) {
  uint64_t now = t.buffer.capacity() + t.ranges.capacity() * sizeof(Range) + t.pieces.capacity() * sizeof(Piece);
  memory_used_ = memory_used_ - t.accounted + now;
  t.accounted = now;
}

bool Defragmenter::makeRoom(uint64_t bytes, int32_t protect) {
  while (memory_used_ + bytes > limits_.memcap_bytes) {
    if (free_with_buffer_ >= 0) {  // spare buffers go before live datagrams
      int32_t index = free_with_buffer_;
      Tracker& t = pool_[index];
      free_with_buffer_ = t.free_next;
      std::vector<uint8_t>().swap(t.buffer);
      std::vector<Range>().swap(t.ranges);
      std::vector<Piece>().swap(t.pieces);
      reaccount(t);
      t.free_next = free_empty_;
      free_empty_ = index;
      continue;
    }
    int32_t victim = age_head_;
    if (victim >= 0 && victim == protect) victim = pool_[victim].age_next;
    if (victim < 0) return false;
    recycle(victim);
    stats_.defrag.memcap_drops.add();
  }
  return true;
}

bool Defragmenter::reserve(int32_t index, size_t buffer_bytes, size_t ranges, size_t pieces) {
  Tracker& t = pool_[index];
  size_t buffer_cap = t.buffer.capacity();
  if (buffer_bytes > buffer_cap)
    buffer_cap = std::clamp<size_t>(std::max({buffer_bytes, 2 * buffer_cap, kMinBuffer}), buffer_bytes, kMaxDatagram);
  size_t ranges_cap = t.ranges.capacity();
  if (ranges > ranges_cap) {
    size_t most = std::max<size_t>(limits_.max_fragments_per_datagram, 1) + 1;
    ranges_cap = std::clamp<size_t>(std::max({ranges, 2 * ranges_cap, kMinRanges}), ranges, std::max(most, ranges));
  }
  size_t pieces_cap = t.pieces.capacity();
  if (pieces > pieces_cap) pieces_cap = std::max({pieces, 2 * pieces_cap, kMinRanges});
  uint64_t growth = (buffer_cap - t.buffer.capacity()) + (ranges_cap - t.ranges.capacity()) * sizeof(Range) +
                    (pieces_cap - t.pieces.capacity()) * sizeof(Piece);
  if (growth == 0) return true;
  if (!makeRoom(growth, index)) return false;
  t.buffer.reserve(buffer_cap);
  t.ranges.reserve(ranges_cap);
  t.pieces.reserve(pieces_cap);
  if (scratch_.capacity() < pieces_cap) scratch_.reserve(pieces_cap);
  reaccount(t);
  return true;
}

void Defragmenter::insert(Tracker& t, const Fragment& f) {
  const uint32_t begin = f.offset;
  const uint32_t end = f.offset + f.length;
  if (t.buffer.size() < end) t.buffer.resize(end);
  uint8_t* buffer = t.buffer.data();

  // Walk the held pieces; holes take the new bytes, overlaps go to whoever
  // the destination's policy favours. scratch_ becomes the new piece list.
  bool overlap = false;
  bool mismatch = false;
  scratch_.clear();
  auto take_new = [&](uint32_t from, uint32_t to) {
    std::memcpy(buffer + from, f.data + (from - begin), to - from);
    scratch_.push_back(Piece{from, to, begin, end});
  };
  uint32_t cursor = begin;
  for (const Piece& held : t.pieces) {
    if (held.end <= begin || held.begin >= end) {
      if (held.begin >= end && cursor < end) {
        take_new(cursor, end);
        cursor = end;
      }
      scratch_.push_back(held);
      continue;
    }
    if (held.begin > cursor) take_new(cursor, held.begin);
    const uint32_t overlap_begin = std::max(held.begin, begin);
    const uint32_t overlap_end = std::min(held.end, end);
    overlap = true;
    if (held.begin < overlap_begin)
      scratch_.push_back(Piece{held.begin, overlap_begin, held.frag_begin, held.frag_end});
    const bool differs =
        std::memcmp(buffer + overlap_begin, f.data + (overlap_begin - begin), overlap_end - overlap_begin) != 0;
    mismatch = mismatch || differs;
    if (newDataWins(t.policy, OverlapLayer::IpFragment, begin, end, held.frag_begin, held.frag_end)) {
      take_new(overlap_begin, overlap_end);
    } else {
      scratch_.push_back(Piece{overlap_begin, overlap_end, held.frag_begin, held.frag_end});
    }
    if (overlap_end < held.end) scratch_.push_back(Piece{overlap_end, held.end, held.frag_begin, held.frag_end});
    cursor = overlap_end;
  }
  if (cursor < end) take_new(cursor, end);
  if (overlap) stats_.defrag.overlaps.add();
  if (mismatch) stats_.defrag.overlap_mismatches.add();

  // Neighbouring pieces of one fragment become one again (capacity was reserved).
  t.pieces.clear();
  for (const Piece& piece : scratch_) {
    Piece* last = t.pieces.empty() ? nullptr : &t.pieces.back();
    if (last != nullptr && last->end == piece.begin && last->frag_begin == piece.frag_begin &&
        last->frag_end == piece.frag_end) {
      last->end = piece.end;
    } else {
      t.pieces.push_back(piece);
    }
  }

  // Merge [begin, end) into the sorted range list (capacity was reserved).
  auto& ranges = t.ranges;
  size_t first = 0;
  while (first < ranges.size() && ranges[first].end < begin) ++first;
  size_t last = first;
  Range merged{begin, end};
  while (last < ranges.size() && ranges[last].begin <= end) {
    merged.begin = std::min(merged.begin, ranges[last].begin);
    merged.end = std::max(merged.end, ranges[last].end);
    ++last;
  }
  if (first == last) {
    ranges.insert(ranges.begin() + static_cast<std::ptrdiff_t>(first), merged);
  } else {
    ranges[first] = merged;
    ranges.erase(ranges.begin() + static_cast<std::ptrdiff_t>(first + 1),
                 ranges.begin() + static_cast<std::ptrdiff_t>(last));
  }
}

DefragStatus Defragmenter::add(const Fragment& f, ReassembledDatagram& out) {
  releaseCompleted();
  stats_.defrag.fragments.add();
  DefragStatus status = DefragStatus::Dropped;

  const uint64_t end = uint64_t{f.offset} + f.length;
  const int64_t timeout_ns = int64_t{limits_.timeout_seconds} * 1'000'000'000;
  if (f.length == 0 || (f.more && f.length % 8 != 0)) {
    stats_.count(DecodeError::BadFragmentLength);
  } else if (end > f.max_end || end > kMaxDatagram) {
    stats_.count(DecodeError::FragmentTooLarge);
  } else {
    uint32_t bucket = bucketOf(f);
    int32_t index = find(f, bucket);
    if (index >= 0 && toNs(f.ts) - pool_[index].first_seen_ns > timeout_ns) {
      recycle(index);
      stats_.defrag.timeouts.add();
      index = -1;
    }
    if (index < 0) index = allocate(f, bucket);
    if (index < 0) {
      stats_.defrag.memcap_drops.add();
    } else {
      status = addTo(index, f, static_cast<uint32_t>(end), out);
    }
  }
  publishGauges();
  return status;
}

DefragStatus Defragmenter::addTo(int32_t index, const Fragment& f, uint32_t end, ReassembledDatagram& out) {
  Tracker& t = pool_[index];
  bool conflict = f.more ? (t.have_last && end > t.total_length)
                         : ((t.have_last && t.total_length != end) || (!t.ranges.empty() && t.ranges.back().end > end));
  if (conflict) {
    recycle(index);
    stats_.count(DecodeError::FragmentEndConflict);
    return DefragStatus::Dropped;
  }
  if (t.fragment_count >= limits_.max_fragments_per_datagram) {
    recycle(index);
    stats_.defrag.too_many_fragments.add();
    return DefragStatus::Dropped;
  }
  // New pieces: the held ones, at most one per hole the fragment fills, and two split ends.
  if (!reserve(index, end, t.ranges.size() + 1, t.pieces.size() + t.ranges.size() + 3)) {
    recycle(index);
    stats_.defrag.memcap_drops.add();
    return DefragStatus::Dropped;
  }

  insert(t, f);
  ++t.fragment_count;
  if (f.offset == 0 && !t.have_first) {  // IPv6: the next header comes from the first fragment only
    t.have_first = true;
    t.protocol = f.protocol;
  }
  if (!f.more) {
    t.have_last = true;
    t.total_length = end;
  }
  if (!(t.have_last && t.ranges.size() == 1 && t.ranges[0].begin == 0 && t.ranges[0].end == t.total_length))
    return DefragStatus::Held;

  unlink(index);  // out of the index now; the buffer lives until releaseCompleted()
  completed_ = index;
  stats_.defrag.reassembled.add();
  out.data = t.buffer.data();
  out.length = t.total_length;
  out.protocol = t.protocol;
  return DefragStatus::Complete;
}

void Defragmenter::expire(Timestamp now) {
  const int64_t now_ns = toNs(now);
  const int64_t timeout_ns = int64_t{limits_.timeout_seconds} * 1'000'000'000;
  // The age list is in arrival order, so the expired datagrams are at its head.
  while (age_head_ >= 0 && now_ns - pool_[age_head_].first_seen_ns > timeout_ns) {
    recycle(age_head_);
    stats_.defrag.timeouts.add();
  }
  publishGauges();
}

void Defragmenter::publishGauges() {
  stats_.defrag.datagrams_active.set(active_);
  stats_.defrag.memory_bytes.set(memory_used_);
}

}  // namespace tapwatch
