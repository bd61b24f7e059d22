#pragma once
// FlowTable: one worker's flows. Looks up or creates the flow of each TCP/UDP
// packet, tracks TCP state, runs reassembly per direction and reports to
// FlowEvents. Worker thread only (constructed on the main thread).
//
// Memory: flows live in chunks of a pool with a free list, so only growth
// allocates; the index is an open-addressing hash table (linear probing,
// backward-shift deletion) of flow numbers. Every flow is on one intrusive
// LRU list per TimeoutClass, so expire() only looks at list heads and
// eviction at flow.max_flows takes a closed flow first, then the oldest
// half-open TCP or one-way UDP flow (a spoofed flood cannot evict
// conversations), else the least recently used of those heads.
// Lists are ordered by arrival; capture times that go backwards can leave an
// expired flow behind a fresher one for one more expire() round.
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "config/config.h"
#include "config/host_os_policy.h"
#include "decode/decoded_packet.h"
#include "flow/fast_divisor.h"
#include "flow/flow.h"
#include "flow/flow_events.h"
#include "flow/flow_stats.h"
#include "flow/huge_page_allocator.h"
#include "flow/tcp_reassembler.h"

namespace tapwatch {

class FlowTable {
 public:
  // Flow ids (common/flow_id.h) do not depend on `worker_id`; kept for callers.
  // `policies`: the overlap policy of each host (looked up once per flow and direction).
  FlowTable(const FlowConfig& flow_config, const StreamConfig& stream_config, FlowStats& stats, uint32_t worker_id,
            HostOsPolicyTable policies = {});
  ~FlowTable();
  FlowTable(const FlowTable&) = delete;
  FlowTable& operator=(const FlowTable&) = delete;

  // One decoded TCP or UDP packet (others are counted and ignored). New TCP
  // flows start at a SYN or SYN+ACK; without one they start mid-stream when
  // stream.midstream is true, else the packet is counted (no_syn) and dropped.
  // A lone RST never creates a flow. A SYN on a flow that is Closed ends that
  // flow (TcpClosed) and starts a new one (port reuse).
  // RST: one inside the receiver's window (seq within [its last ACK, + its
  // advertised window scaled by RFC 7323 when both SYNs agreed on it], or the
  // sender's next byte when the receiver has not ACKed yet) closes the flow
  // and ends inspection: buffered bytes are flushed, later data is ignored,
  // as the host ignores it. One outside it is ignored like the host ignores
  // it (counted: rst_out_of_window), so a decoy RST cannot blind the sensor.
  // When the window cannot be judged (nothing seen yet, stream no longer
  // tracked) the RST is believed; on flows picked up mid-stream the window
  // scale is taken as the largest (14), as the SYNs that set it were missed.
  // `peeked_hash`: the look-ahead's hash of the frame (flow/flow_key_peek.h),
  // taken instead of hashing the key again when peekedHashApplies(packet);
  // kNoPeekedHash (any value above 32 bits) when there is none. Not an
  // std::optional<uint32_t>: GCC built that on the stack from a 4-byte and a
  // 1-byte store and loaded it back as one 8-byte word, a store-forwarding
  // stall on every packet (twice: Worker::handleQueued, Worker::handlePacket).
  static constexpr uint64_t kNoPeekedHash = UINT64_MAX;
  void process(const DecodedPacket& packet, FlowEvents& events, uint64_t peeked_hash = kNoPeekedHash);
  // Closes flows idle longer than their state's timeout, by capture time.
  void expire(Timestamp now, FlowEvents& events);
  // Flushes buffered data (holes become gaps) and closes every flow (Shutdown).
  void closeAll(FlowEvents& events);

  size_t activeFlows() const { return active_; }
  // Calls visit(Flow&) for every open flow (least recently seen first within
  // each timeout class). `visit` must not open or close flows. Not for the
  // packet path: the engine walks flows only after a signature reload.
  template <typename Visit>
  void forEachFlow(Visit&& visit) {
    for (const LruList& list : lru_) {
      for (uint32_t number = list.head; number != Flow::kNoLink;) {
        Flow& flow = flowAt(number);
        number = flow.lru_next;
        visit(flow);
      }
    }
  }
  // The flow `packet` belongs to (either direction), or nullptr. For tests and tools.
  Flow* find(const DecodedPacket& packet);

  // Look-ahead hints for packets a few places behind in the worker's queue
  // (flow/flow_key_peek.h gives their hash): they only pull memory toward the
  // cache, change nothing and count nothing. With tens of thousands of live
  // flows the slot, the flow and its neighbours are cache misses otherwise.
  // 1) The index slot a lookup of `hash` starts at.
  void prefetchSlot(uint32_t hash) const { __builtin_prefetch(&index_[hash & index_mask_]); }
  // 2) The flow whose slot carries `hash` (the key is not compared: a guess,
  //    right for all but hash collisions), its record prefetched; nullptr if none.
  //    The pointer stays dereferenceable while the table lives (chunks are
  //    never freed) but may name another flow by the time it is used.
  const Flow* prefetchFlow(uint32_t hash) const;
  // 3) The flows touch() will relink next to `flow` (its LRU neighbours).
  void prefetchNeighbours(const Flow& flow) const;

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t flow = kEmpty;
  };
  static constexpr uint32_t kEmpty = UINT32_MAX;

  Flow& flowAt(uint32_t number) {
    const uint32_t chunk = chunk_divisor_.quotient(number);
    return chunks_[chunk][chunk_divisor_.remainder(number, chunk)];
  }
  const Flow& flowAt(uint32_t number) const {
    const uint32_t chunk = chunk_divisor_.quotient(number);
    return chunks_[chunk][chunk_divisor_.remainder(number, chunk)];
  }

  Flow* lookup(const FlowKey& key, uint32_t hash);
  Flow* create(const DecodedPacket& packet, const FlowKey& key, uint32_t hash, bool src_is_low, FlowEvents& events);
  void handleTcp(Flow& flow, Direction dir, const DecodedPacket& packet, FlowEvents& events);
  bool rstInWindow(const Flow& flow, Direction dir, const DecodedPacket& packet) const;
  void close(Flow& flow, FlowEndReason reason, FlowEvents& events);
  void flushStreams(Flow& flow, FlowEvents& events);

  uint32_t allocate();
  void growIndex();
  void insertIndex(uint32_t hash, uint32_t number);
  void eraseIndex(const Flow& flow);

  void link(Flow& flow);
  void unlink(Flow& flow);
  void touch(Flow& flow, Timestamp ts);
  uint64_t timeoutNs(TimeoutClass cls) const;

  FlowConfig config_;
  bool midstream_;
  FlowStats& stats_;
  uint64_t reused_id_ = 0;  // id of the flow a port reuse just closed (process() to create())
  HostOsPolicyTable policies_;

  StreamResources resources_;  // before the flows: their reassemblers return buffers to it

  uint32_t chunk_flows_;
  FastDivisor chunk_divisor_;  // by chunk_flows_: flowAt() runs several times a packet
  // Flows live in chunks that never move or shrink. A full-size chunk is one
  // 2 MiB-aligned block advised MADV_HUGEPAGE: flows are touched in hash
  // order, and with 4 KiB pages nearly every flow of a big table is a TLB
  // miss as well as a cache miss.
  struct ChunkDeleter {
    uint32_t count = 0;
    bool huge = false;
    void operator()(Flow* flows) const;
  };
  using FlowChunk = std::unique_ptr<Flow[], ChunkDeleter>;
  FlowChunk makeChunk() const;
  std::vector<FlowChunk> chunks_;
  std::vector<uint32_t> free_;
  uint32_t allocated_ = 0;  // flow numbers handed out so far (chunks_ * chunk_flows_ >= this)

  // On huge pages once it reaches 2 MiB (262,144 slots, ~131k flows): every
  // packet reads one slot at random (huge_page_allocator.h).
  std::vector<Slot, HugePageAllocator<Slot>> index_;
  size_t index_mask_ = 0;
  size_t active_ = 0;

  struct LruList {
    uint32_t head = Flow::kNoLink;
    uint32_t tail = Flow::kNoLink;
  };
  std::array<LruList, kTimeoutClassCount> lru_{};
};

}  // namespace tapwatch
