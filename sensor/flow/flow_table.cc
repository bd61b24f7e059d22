#include "flow/flow_table.h"

#include <sys/mman.h>

#include <algorithm>
#include <new>
#include <optional>
#include <utility>

#include "common/flow_id.h"
#include "flow/flow_direction.h"
#include "flow/flow_key_peek.h"

namespace tapwatch {

namespace {

constexpr size_t kCacheLine = 64;
// As many flows as fit one huge page (6393 at 328 bytes a flow).
constexpr uint32_t kMaxChunkFlows = static_cast<uint32_t>(kHugePageBytes / sizeof(Flow));
constexpr uint32_t kInitialIndexFlows = 4096;  // the index starts sized for this many flows (or max_flows)
constexpr size_t kMinIndexSlots = 64;
constexpr int64_t kNsPerSec = 1000000000;

uint8_t directionBit(Direction dir) { return static_cast<uint8_t>(1u << index(dir)); }

int64_t nanoseconds(Timestamp ts) { return ts.sec * kNsPerSec + ts.nsec; }

TimeoutClass timeoutClassOf(const Flow& flow) {
  switch (flow.tcp_state) {
    case TcpState::None:
      return flow.packets[0] != 0 && flow.packets[1] != 0 ? TimeoutClass::Udp : TimeoutClass::UdpOneWay;
    case TcpState::SynSent:
    case TcpState::SynReceived: return TimeoutClass::TcpSyn;
    case TcpState::Established: return TimeoutClass::TcpEstablished;
    case TcpState::Closed: return TimeoutClass::TcpClosed;
  }
  return TimeoutClass::Udp;
}

// A packet standing in for the flow in `dir` when bytes are delivered without
// a packet of that direction at hand (flush at close, gap found by an ACK).
DecodedPacket syntheticPacket(const Flow& flow, Direction dir, Timestamp ts) {
  DecodedPacket p;
  p.ts = ts;
  p.vlan = flow.key.vlan;
  p.vlan_count = flow.key.vlan_count;
  p.ip_version = flow.key.family;
  p.ip_protocol = flow.key.protocol;
  const bool to_server = dir == Direction::ToServer;
  p.src = to_server ? flow.client_ip : flow.server_ip;
  p.dst = to_server ? flow.server_ip : flow.client_ip;
  p.src_port = to_server ? flow.client_port : flow.server_port;
  p.dst_port = to_server ? flow.server_port : flow.client_port;
  return p;
}

// Forwards one direction's reassembled bytes to FlowEvents. When the packet
// at hand travels the other way (an ACK), a matching synthetic packet is
// built only if something is actually delivered.
class EventSink final : public ReassemblySink {
 public:
  EventSink(Flow& flow, Direction dir, const DecodedPacket& packet, bool packet_matches_dir, FlowEvents& events)
      : flow_(flow), dir_(dir), packet_(packet), matches_(packet_matches_dir), events_(events) {}

  void streamData(ByteSpan data) override { events_.onStreamData(flow_, dir_, data, packet()); }
  void streamGap(uint64_t missing_bytes) override { events_.onStreamGap(flow_, dir_, missing_bytes); }

 private:
  const DecodedPacket& packet() {
    if (matches_) return packet_;
    if (!synthetic_) synthetic_ = syntheticPacket(flow_, dir_, packet_.ts);
    return *synthetic_;
  }

  Flow& flow_;
  Direction dir_;
  const DecodedPacket& packet_;
  bool matches_;
  FlowEvents& events_;
  std::optional<DecodedPacket> synthetic_;
};

}  // namespace

FlowTable::FlowTable(const FlowConfig& flow_config, const StreamConfig& stream_config, FlowStats& stats,
                     uint32_t /*worker_id*/, HostOsPolicyTable policies)
    : config_(flow_config),
      midstream_(stream_config.midstream),
      stats_(stats),
      policies_(std::move(policies)),
      resources_(stream_config, stats, uint64_t{stream_config.memcap_mb} << 20) {
  config_.max_flows = std::max<uint32_t>(config_.max_flows, 1);
  chunk_flows_ = std::min(config_.max_flows, kMaxChunkFlows);
  chunk_divisor_ = FastDivisor(chunk_flows_);
  size_t slots = kMinIndexSlots;
  while (slots < 2 * size_t{std::min(config_.max_flows, kInitialIndexFlows)}) slots <<= 1;
  index_.assign(slots, Slot{});
  index_mask_ = slots - 1;
}

FlowTable::~FlowTable() = default;

Flow* FlowTable::find(const DecodedPacket& packet) {
  const FlowKey key = makeFlowKey(packet);
  return lookup(key, static_cast<uint32_t>(hashFlowKey(key)));
}

Flow* FlowTable::lookup(const FlowKey& key, uint32_t hash) {
  for (size_t i = hash & index_mask_;; i = (i + 1) & index_mask_) {
    const Slot& slot = index_[i];
    if (slot.flow == kEmpty) return nullptr;
    if (slot.hash == hash) {
      Flow& flow = flowAt(slot.flow);
      if (flow.key == key) return &flow;
    }
  }
}

const Flow* FlowTable::prefetchFlow(uint32_t hash) const {
  constexpr size_t kMaxProbes = 4;  // longer chains are rare at load factor <= 1/2; give up the hint
  size_t i = hash & index_mask_;
  for (size_t probe = 0; probe < kMaxProbes; ++probe, i = (i + 1) & index_mask_) {
    const Slot& slot = index_[i];
    if (slot.flow == kEmpty) return nullptr;
    if (slot.hash != hash) continue;
    const Flow& flow = flowAt(slot.flow);
    // Every line of the record, for writing: process() compares the key,
    // counts packets and bytes, touch() moves last_seen and the LRU links,
    // TCP updates its windows and reassemblers, the worker follows the
    // context pointer. Only the key's and the context's lines were
    // prefetched before, and the first write of the packet counters (a
    // line of their own) was the costliest stall of process() (perf annotate).
    const auto* record = reinterpret_cast<const char*>(&flow);
    for (size_t line = 0; line < sizeof(Flow); line += kCacheLine) __builtin_prefetch(record + line, 1);
    __builtin_prefetch(record + sizeof(Flow) - 1, 1);  // a record not aligned to lines ends in one more
    return &flow;
  }
  return nullptr;
}

void FlowTable::prefetchNeighbours(const Flow& flow) const {
  if (flow.lru_prev != Flow::kNoLink && flow.lru_prev < allocated_)
    __builtin_prefetch(&flowAt(flow.lru_prev).lru_next, 1);
  if (flow.lru_next != Flow::kNoLink && flow.lru_next < allocated_)
    __builtin_prefetch(&flowAt(flow.lru_next).lru_prev, 1);
}

void FlowTable::process(const DecodedPacket& packet, FlowEvents& events, uint64_t peeked_hash) {
  if ((!packet.isTcp() && !packet.isUdp()) || (packet.ip_version != 4 && packet.ip_version != 6)) {
    stats_.ignored_not_tcp_udp.add();
    return;
  }
  bool src_is_low = true;
  const FlowKey key = makeFlowKey(packet, src_is_low);
  // The look-ahead hashed the same headers already (a chain of five
  // multiplies saved a packet); a tunnelled or reassembled packet is keyed by
  // headers the peek never read, so it is hashed here.
  const auto hash = peeked_hash <= UINT32_MAX && peekedHashApplies(packet) ? static_cast<uint32_t>(peeked_hash)
                                                                           : static_cast<uint32_t>(hashFlowKey(key));
  Flow* flow = lookup(key, hash);

  const bool tcp = packet.isTcp();
  const bool pure_syn = tcp && (packet.tcp_flags & (tcp_flags::Syn | tcp_flags::Ack)) == tcp_flags::Syn;
  if (flow != nullptr && pure_syn && flow->tcp_state == TcpState::Closed) {
    // A new connection reusing the 4-tuple of a finished one.
    stats_.tcp_port_reuse.add();
    reused_id_ = flow->id;  // the successor must not get it, even when it starts in the same microsecond
    close(*flow, FlowEndReason::TcpClosed, events);
    flow = nullptr;
  }
  if (flow == nullptr) {
    flow = create(packet, key, hash, src_is_low, events);
    reused_id_ = 0;
    if (flow == nullptr) return;
  }

  const Direction dir = src_is_low == flow->client_is_low ? Direction::ToServer : Direction::ToClient;
  ++flow->packets[index(dir)];
  flow->bytes[index(dir)] += packet.wire_length;

  if (tcp) {
    handleTcp(*flow, dir, packet, events);
  } else if (packet.payload_length != 0 && packet.payload != nullptr) {
    events.onStreamData(*flow, dir, ByteSpan{packet.payload, packet.payload_length}, packet);
  }
  events.onPacket(*flow, dir, packet);
  touch(*flow, packet.ts);
}

Flow* FlowTable::create(const DecodedPacket& packet, const FlowKey& key, uint32_t hash, bool src_is_low,
                        FlowEvents& events) {
  TcpState state = TcpState::None;
  bool midstream = false;
  if (packet.isTcp()) {
    const uint8_t flags = packet.tcp_flags;
    if ((flags & tcp_flags::Syn) != 0) {
      state = (flags & tcp_flags::Ack) != 0 ? TcpState::SynReceived : TcpState::SynSent;
    } else if ((flags & tcp_flags::Rst) != 0) {
      // Answers to scans and stale connections: not worth a flow.
      stats_.ignored_orphan_rst.add();
      return nullptr;
    } else if (!midstream_) {
      stats_.ignored_no_syn.add();
      return nullptr;
    } else {
      state = TcpState::Established;
      midstream = true;
      stats_.tcp_midstream_flows.add();
    }
  }

  if (active_ >= config_.max_flows) {
    // Evict a closed flow (it only waits out tcp_closed) if there is one, else
    // the oldest half-open TCP flow, else the oldest one-way UDP flow, else the
    // least recently used flow. One-sided flows go before conversations so a
    // flood from spoofed sources (a new flow per packet, never answered)
    // cannot push established flows out of a full table.
    Flow* victim = nullptr;
    for (TimeoutClass cls : {TimeoutClass::TcpClosed, TimeoutClass::TcpSyn, TimeoutClass::UdpOneWay}) {
      const LruList& list = lru_[static_cast<size_t>(cls)];
      if (victim == nullptr && list.head != Flow::kNoLink) victim = &flowAt(list.head);
    }
    const bool preferred = victim != nullptr;
    for (const LruList& list : lru_) {
      if (preferred || list.head == Flow::kNoLink) continue;
      Flow& candidate = flowAt(list.head);
      if (victim == nullptr || candidate.last_seen < victim->last_seen) victim = &candidate;
    }
    if (victim != nullptr) {
      stats_.evicted_cap.add();
      close(*victim, FlowEndReason::Evicted, events);
    }
  }
  if ((active_ + 1) * 2 > index_.size()) growIndex();

  const uint32_t number = allocate();
  Flow& flow = flowAt(number);
  flow.in_use = true;
  flow.number = number;
  flow.key = key;
  flow.hash = hash;
  flow.id = makeFlowId(hashFlowKey(key), packet.ts.sec, packet.ts.nsec);
  if (flow.id == reused_id_) flow.id = flow.id % kFlowIdMask + 1;
  const bool sender_is_client = firstPacketFromClient(packet);
  flow.client_is_low = sender_is_client == src_is_low;
  flow.client_ip = sender_is_client ? packet.src : packet.dst;
  flow.client_port = sender_is_client ? packet.src_port : packet.dst_port;
  flow.server_ip = sender_is_client ? packet.dst : packet.src;
  flow.server_port = sender_is_client ? packet.dst_port : packet.src_port;
  flow.first_seen = flow.last_seen = packet.ts;
  flow.packets = {};
  flow.bytes = {};
  flow.tcp_state = state;
  flow.fin_seen = 0;
  flow.midstream = midstream;
  for (TcpReassembler& stream : flow.streams) stream.attach(resources_);
  // Overlaps are resolved the way the receiving host would.
  flow.stream(Direction::ToServer).setPolicy(policies_.lookup(flow.server_ip));
  flow.stream(Direction::ToClient).setPolicy(policies_.lookup(flow.client_ip));
  flow.ack_seen = 0;
  flow.window_scale = {-1, -1};
  flow.context.reset();
  flow.timeout_class = timeoutClassOf(flow);

  insertIndex(hash, number);
  link(flow);
  ++active_;
  stats_.flows_total.add();
  stats_.flows_active.set(active_);
  events.onFlowOpen(flow);
  return &flow;
}

void FlowTable::handleTcp(Flow& flow, Direction dir, const DecodedPacket& packet, FlowEvents& events) {
  const uint8_t flags = packet.tcp_flags;
  const bool syn = (flags & tcp_flags::Syn) != 0;
  const bool ack = (flags & tcp_flags::Ack) != 0;
  TcpReassembler& stream = flow.stream(dir);
  TcpReassembler& reverse_stream = flow.stream(reverse(dir));
  // The SYN occupies one sequence number; data on a SYN (TCP Fast Open) follows it.
  const uint32_t data_seq = packet.tcp_seq + (syn ? 1 : 0);

  if (syn && !ack) {
    if (dir == Direction::ToServer && flow.tcp_state == TcpState::SynSent) stream.init(data_seq);
  } else if (syn && ack) {
    if (dir == Direction::ToClient && flow.tcp_state != TcpState::Closed) {
      stream.init(data_seq);
      // The SYN+ACK acknowledges the client's ISN+1, which starts the other direction.
      if (!reverse_stream.initialised()) reverse_stream.init(packet.tcp_ack);
      if (flow.tcp_state == TcpState::SynSent) flow.tcp_state = TcpState::SynReceived;
    }
  }

  if ((flags & tcp_flags::Rst) != 0) {
    if (!rstInWindow(flow, dir, packet)) {
      stats_.rst_out_of_window.add();
      return;
    }
    flow.tcp_state = TcpState::Closed;
    flushStreams(flow, events);
    for (TcpReassembler& s : flow.streams) s.stop();
    return;
  }
  if (syn) {
    flow.window_scale[index(dir)] = packet.tcp_window_scale;
  }
  flow.window[index(dir)] = packet.tcp_window;
  flow.window_on_syn[index(dir)] = syn;
  if (ack) {
    flow.last_ack[index(dir)] = packet.tcp_ack;
    flow.ack_seen |= directionBit(dir);
  }

  if (flow.tcp_state == TcpState::SynSent || flow.tcp_state == TcpState::SynReceived) {
    // The handshake's last ACK, or data from either side when handshake packets were lost.
    const bool final_ack = !syn && ack && dir == Direction::ToServer && flow.tcp_state == TcpState::SynReceived;
    if (final_ack || (!syn && packet.payload_length != 0)) flow.tcp_state = TcpState::Established;
  }

  if (packet.payload_length != 0 && packet.payload != nullptr) {
    EventSink sink(flow, dir, packet, true, events);
    stream.segment(data_seq, ByteSpan{packet.payload, packet.payload_length}, sink);
  }
  if (ack) {
    EventSink sink(flow, reverse(dir), packet, false, events);
    reverse_stream.ack(packet.tcp_ack, sink);
  }
  if ((flags & tcp_flags::Fin) != 0) {
    stream.fin(data_seq + packet.payload_length);
    flow.fin_seen |= directionBit(dir);
    if (flow.fin_seen == (directionBit(Direction::ToServer) | directionBit(Direction::ToClient)))
      flow.tcp_state = TcpState::Closed;
  }
}

bool FlowTable::rstInWindow(const Flow& flow, Direction dir, const DecodedPacket& packet) const {
  const TcpReassembler& sender = flow.stream(dir);
  const size_t receiver = index(reverse(dir));
  uint32_t base = 0;
  if ((flow.ack_seen & directionBit(reverse(dir))) != 0) {
    base = flow.last_ack[receiver];  // the receiver's next expected byte, in its own words
  } else if (sender.initialised() && !sender.stopped() && !sender.depthReached()) {
    base = sender.nextSeq();
  } else {
    return true;  // nothing to judge by
  }
  const int64_t distance = static_cast<int32_t>(packet.tcp_seq - base);
  if (distance == 0) return true;
  uint64_t window = flow.window[receiver];
  const int8_t scale = flow.window_scale[receiver];
  if (!flow.window_on_syn[receiver] && scale >= 0 && flow.window_scale[index(dir)] >= 0) window <<= scale;
  // Picked up mid-stream: the scale the SYNs agreed on is unknown, so assume the largest (RFC 7323: 14).
  if (flow.midstream && !flow.window_on_syn[receiver]) window <<= 14;
  return distance > 0 && static_cast<uint64_t>(distance) < window;
}

void FlowTable::expire(Timestamp now, FlowEvents& events) {
  const int64_t now_ns = nanoseconds(now);
  for (size_t c = 0; c < kTimeoutClassCount; ++c) {
    const auto cls = static_cast<TimeoutClass>(c);
    const auto timeout = static_cast<int64_t>(timeoutNs(cls));
    while (lru_[c].head != Flow::kNoLink) {
      Flow& flow = flowAt(lru_[c].head);
      if (now_ns - nanoseconds(flow.last_seen) <= timeout) break;
      switch (cls) {
        case TimeoutClass::TcpSyn: stats_.timeout_tcp_syn.add(); break;
        case TimeoutClass::TcpEstablished: stats_.timeout_tcp_established.add(); break;
        case TimeoutClass::TcpClosed: stats_.timeout_tcp_closed.add(); break;
        case TimeoutClass::Udp:
        case TimeoutClass::UdpOneWay: stats_.timeout_udp.add(); break;
      }
      close(flow, cls == TimeoutClass::TcpClosed ? FlowEndReason::TcpClosed : FlowEndReason::Timeout, events);
    }
  }
}

void FlowTable::closeAll(FlowEvents& events) {
  for (LruList& list : lru_) {
    while (list.head != Flow::kNoLink) close(flowAt(list.head), FlowEndReason::Shutdown, events);
  }
}

uint64_t FlowTable::timeoutNs(TimeoutClass cls) const {
  const FlowTimeouts& t = config_.timeouts;
  uint64_t seconds = 0;
  switch (cls) {
    case TimeoutClass::TcpSyn: seconds = t.tcp_syn; break;
    case TimeoutClass::TcpEstablished: seconds = t.tcp_established; break;
    case TimeoutClass::TcpClosed: seconds = t.tcp_closed; break;
    case TimeoutClass::Udp:
    case TimeoutClass::UdpOneWay: seconds = t.udp; break;
  }
  return seconds * kNsPerSec;
}

void FlowTable::flushStreams(Flow& flow, FlowEvents& events) {
  for (Direction dir : {Direction::ToServer, Direction::ToClient}) {
    TcpReassembler& stream = flow.stream(dir);
    if (!stream.initialised()) continue;
    const DecodedPacket packet = syntheticPacket(flow, dir, flow.last_seen);
    EventSink sink(flow, dir, packet, true, events);
    stream.flush(sink);
  }
}

void FlowTable::close(Flow& flow, FlowEndReason reason, FlowEvents& events) {
  if (flow.isTcp()) flushStreams(flow, events);
  events.onFlowClose(flow, reason);
  unlink(flow);
  eraseIndex(flow);
  for (TcpReassembler& stream : flow.streams) stream.reset();
  flow.context.reset();
  flow.in_use = false;
  free_.push_back(flow.number);
  --active_;
  stats_.flows_active.set(active_);
}

uint32_t FlowTable::allocate() {
  if (!free_.empty()) {
    const uint32_t number = free_.back();
    free_.pop_back();
    return number;
  }
  if (allocated_ == chunks_.size() * chunk_flows_) {
    chunks_.push_back(makeChunk());
    // Reserve now so close() never allocates when it returns a flow.
    free_.reserve(chunks_.size() * chunk_flows_);
  }
  return allocated_++;
}

FlowTable::FlowChunk FlowTable::makeChunk() const {
  const bool huge = chunk_flows_ == kMaxChunkFlows;  // small tables keep small chunks and ordinary pages
  const size_t bytes = huge ? kHugePageBytes : size_t{chunk_flows_} * sizeof(Flow);
  void* raw = huge ? ::operator new (bytes, std::align_val_t{kHugePageBytes}) : ::operator new(bytes);
  // Best effort: with THP off (or "never") this is refused and 4 KiB pages are used.
  if (huge) madvise(raw, bytes, MADV_HUGEPAGE);
  auto* flows = static_cast<Flow*>(raw);
  for (uint32_t i = 0; i < chunk_flows_; ++i) ::new (static_cast<void*>(flows + i)) Flow();
  return FlowChunk(flows, ChunkDeleter{chunk_flows_, huge});
}

void FlowTable::ChunkDeleter::operator()(Flow* flows) const {
  for (uint32_t i = count; i-- > 0;) flows[i].~Flow();
  if (huge) ::operator delete (static_cast<void*>(flows), std::align_val_t{kHugePageBytes});
  else ::operator delete(static_cast<void*>(flows));
}

void FlowTable::growIndex() {
  std::vector<Slot, HugePageAllocator<Slot>> old = std::move(index_);
  index_.assign(old.size() * 2, Slot{});
  index_mask_ = index_.size() - 1;
  for (const Slot& slot : old)
    if (slot.flow != kEmpty) insertIndex(slot.hash, slot.flow);
}

void FlowTable::insertIndex(uint32_t hash, uint32_t number) {
  size_t i = hash & index_mask_;
  while (index_[i].flow != kEmpty) i = (i + 1) & index_mask_;
  index_[i] = Slot{hash, number};
}

// Backward-shift deletion keeps probe chains intact without tombstones.
void FlowTable::eraseIndex(const Flow& flow) {
  size_t i = flow.hash & index_mask_;
  while (index_[i].flow != flow.number) i = (i + 1) & index_mask_;
  for (size_t j = (i + 1) & index_mask_; index_[j].flow != kEmpty; j = (j + 1) & index_mask_) {
    const size_t home = index_[j].hash & index_mask_;
    // Slot j may move back to i only if its home is not cyclically within (i, j].
    if (((j - home) & index_mask_) >= ((j - i) & index_mask_)) {
      index_[i] = index_[j];
      i = j;
    }
  }
  index_[i] = Slot{};
}

void FlowTable::link(Flow& flow) {
  LruList& list = lru_[static_cast<size_t>(flow.timeout_class)];
  flow.lru_prev = list.tail;
  flow.lru_next = Flow::kNoLink;
  if (list.tail != Flow::kNoLink) {
    flowAt(list.tail).lru_next = flow.number;
  } else {
    list.head = flow.number;
  }
  list.tail = flow.number;
}

void FlowTable::unlink(Flow& flow) {
  LruList& list = lru_[static_cast<size_t>(flow.timeout_class)];
  if (flow.lru_prev != Flow::kNoLink) {
    flowAt(flow.lru_prev).lru_next = flow.lru_next;
  } else {
    list.head = flow.lru_next;
  }
  if (flow.lru_next != Flow::kNoLink) {
    flowAt(flow.lru_next).lru_prev = flow.lru_prev;
  } else {
    list.tail = flow.lru_prev;
  }
  flow.lru_prev = flow.lru_next = Flow::kNoLink;
}

// Moves the flow to the fresh end of the list its (possibly new) state uses.
void FlowTable::touch(Flow& flow, Timestamp ts) {
  if (flow.last_seen < ts) flow.last_seen = ts;
  unlink(flow);
  flow.timeout_class = timeoutClassOf(flow);
  link(flow);
}

}  // namespace tapwatch
