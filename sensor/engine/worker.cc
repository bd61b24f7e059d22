#include "engine/worker.h"

#include <arpa/inet.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <utility>

#include "engine/media_body.h"
#include "protocols/app_detect.h"
#include "protocols/dns_parser.h"
#include "protocols/parser_factory.h"
#include "protocols/quic_packet.h"

namespace tapwatch {
namespace {

constexpr size_t kBatchPackets = 256;  // reload pick-up granularity
// Ticks (seconds) a flow on a replaced set gets to reach a message boundary
// or go idle before it is moved by force (worker_migration.cc).
constexpr uint32_t kGentleMigrationTicks = 60;
constexpr uint32_t kDetectBytesPerDir = 2048;  // give up on protocol detection after this
constexpr auto kLiveIdleTick = std::chrono::milliseconds(200);

// Which way a protocol field's bytes travelled.
Direction fieldDirection(Field field) { return fieldInfo(field).direction; }

Timestamp wallClockNow() {
  const auto ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  return Timestamp{ns / 1000000000, static_cast<uint32_t>(ns % 1000000000)};
}

bool needsAppLayer(const DetectionSet& set) {
  for (const auto& info : allFields())
    if (info.scope != Scope::Flow && set.inspects(info.field)) return true;  // stream and ip.src/dst need no parser
  // Rules bound to a protocol (`alert http ...`, app-layer-protocol) need it detected, buffers or not.
  for (size_t i = 0; i < set.size(); ++i)
    if (set.signature(i).rule && set.signature(i).rule->needsAppProtocol()) return true;
  return false;
}

EveTypeSet eventTypesOf(const Config& config) {
  EveTypeSet types;
  if (config.outputs.eve.enabled) types = EveTypeSet::of(config.outputs.eve.types);
  if (config.outputs.syslog.enabled) types = types.unite(EveTypeSet::of(config.outputs.syslog.types));
  if (config.outputs.redis.enabled) types = types.unite(EveTypeSet::of(config.outputs.redis.types));
  return types;
}

EveType eveTypeOf(Scope scope) {
  switch (scope) {
    case Scope::SmtpMessage: return EveType::Smtp;
    case Scope::DnsQuery: return EveType::Dns;
    case Scope::TlsHandshake: return EveType::Tls;
    default: return EveType::Http;
  }
}

// Suricata's flow states: new (no handshake or one direction only), established, closed.
const char* flowStateName(const Flow& flow) {
  switch (flow.tcp_state) {
    case TcpState::SynSent:
    case TcpState::SynReceived: return "new";
    case TcpState::Established: return "established";
    case TcpState::Closed: return "closed";
    case TcpState::None: break;
  }
  return flow.packets[0] != 0 && flow.packets[1] != 0 ? "established" : "new";
}

FlowEndCause flowEndCause(FlowEndReason reason) {
  switch (reason) {
    case FlowEndReason::Evicted: return FlowEndCause::Forced;
    case FlowEndReason::Shutdown: return FlowEndCause::Shutdown;
    default: return FlowEndCause::Timeout;
  }
}

}  // namespace

Worker::Worker(uint32_t id, const WorkerContext& context, WorkerStats& stats, std::shared_ptr<const DetectionSet> set)
    : id_(id),
      context_(context),
      stats_(stats),
      decoder_(context.config, stats.decode),
      flows_(context.config.flow, context.config.stream, stats.flow, id,
             HostOsPolicyTable::fromConfig(context.config.host_os_policy)),
      scan_scratch_(stats.detect),
      set_(std::move(set)) {
  if (context_.xbits == nullptr) {
    own_xbits_ = std::make_unique<XbitsTable>(context.config.detect.xbits.max_entries);
    context_.xbits = own_xbits_.get();
  }
  scan_scratch_.prepare(*set_);
  packet_rules_ = std::make_unique<PacketRules>(*set_);
  if (packet_rules_->empty()) packet_rules_.reset();
  app_layer_needed_ = needsAppLayer(*set_);
  events_ = eventTypesOf(context.config);
  protocol_limits_.keep_http_headers = context.config.outputs.eve.http.headers && events_.has(EveType::Http);
  protocol_limits_.track_http_files = events_.has(EveType::Fileinfo);
  if (events_.has(EveType::Anomaly)) anomalies_ = std::make_unique<AnomalyWatch>(stats_);
  protocol_limits_.max_content_encodings = context.config.protocols.http.content_encoding_layers;
  inspect_media_ = context.config.protocols.http.inspect_media;
}

Worker::~Worker() = default;

void Worker::requestSignatureSet(std::shared_ptr<const DetectionSet> set) {
  std::lock_guard lock(pending_set_mutex_);
  pending_set_ = std::move(set);
  has_pending_set_.store(true, std::memory_order_release);
}

void Worker::requestMigrateAll() {
  std::lock_guard lock(pending_set_mutex_);
  pending_migrate_all_ = true;
  has_pending_set_.store(true, std::memory_order_release);
}

void Worker::pickUpSignatureSet() {
  if (!has_pending_set_.load(std::memory_order_acquire)) return;
  std::shared_ptr<const DetectionSet> next;
  bool migrate_all = false;
  {
    std::lock_guard lock(pending_set_mutex_);
    next = std::move(pending_set_);
    migrate_all = std::exchange(pending_migrate_all_, false);
    has_pending_set_.store(false, std::memory_order_relaxed);
  }
  if (next) {
    // Scratch must fit the new set as well as the old sets that open flows still use.
    scan_scratch_.prepare(*next);
    set_ = std::move(next);
    packet_rules_ = std::make_unique<PacketRules>(*set_);
    if (packet_rules_->empty()) packet_rules_.reset();
    app_layer_needed_ = needsAppLayer(*set_);
    scan_pool_.clear();  // parked scans hold the old set (see recycleScopeScan)
    stats_.signature_set_switches.add();
    old_set_flows_ = true;
    gentle_sweeps_left_ = kGentleMigrationTicks;
  }
  if (old_set_flows_ || migrate_all) moveFlowsToNewestSet(migrate_all);
}

void Worker::run(PacketRing& ring, const std::atomic<bool>& stop, bool live) {
  uint32_t idle_rounds = 0;
  auto last_idle_tick = std::chrono::steady_clock::now();
  for (;;) {
    if (drainBatch(ring) != 0) {
      idle_rounds = 0;
      continue;
    }
    if (stop.load(std::memory_order_acquire) && ring.empty()) break;
    pickUpSignatureSet();  // an idle worker still lets go of replaced sets
    // A quiet live link still needs time to pass so flows time out.
    if (live && std::chrono::steady_clock::now() - last_idle_tick > kLiveIdleTick) {
      last_idle_tick = std::chrono::steady_clock::now();
      tick(std::max(now_, wallClockNow()));
    }
    if (++idle_rounds < 64) std::this_thread::yield();
    else std::this_thread::sleep_for(std::chrono::microseconds(idle_rounds < 1024 ? 20 : 500));
  }
  pickUpSignatureSet();
  closeAllFlows();
}

// The ring's shared positions are read and written once per batch, not per
// packet, and the next record is prefetched while this one is handled (a
// record the producer wrote a while ago is no longer in this core's cache).
size_t Worker::drainBatch(PacketRing& ring) {
  size_t n = 0;
  for (; n < kBatchPackets; ++n) {
    const RingPacketHeader* header = ring.front();
    if (header == nullptr) break;
    ring.prefetchNext(header);
    // Consumed records stay valid until release(), so they may wait in the look-ahead queue.
    queuePacket(header->datalink, header->ts, PacketRing::dataOf(header), header->caplen, header->wire_length);
    ring.popDeferred();
  }
  flushAhead();
  if (n != 0) {
    ring.release();
    batchDone();
  }
  return n;
}

void Worker::handleInline(int datalink, Timestamp ts, const uint8_t* data, uint32_t caplen, uint32_t wire_length,
                          bool stable, Timestamp floor) {
  if (stable) {
    queuePacket(datalink, ts, data, caplen, wire_length, floor);
  } else {
    flushAhead();
    if (now_ < floor) now_ = floor;
    handlePacket(datalink, ts, data, caplen, wire_length);
  }
  if (++inline_batch_ == kBatchPackets) {
    batchDone();
    inline_batch_ = 0;
  }
}

void Worker::finishInline() {
  flushAhead();
  if (inline_batch_ != 0) batchDone();
  inline_batch_ = 0;
  pickUpSignatureSet();
  closeAllFlows();
}

void Worker::handlePacket(int datalink, Timestamp ts, const uint8_t* data, uint32_t caplen, uint32_t wire_length,
                          uint64_t peeked_hash) {
  ++unpublished_packets_;
  unpublished_bytes_ += wire_length;
  if (now_ < ts) now_ = ts;
  if (now_.sec > last_tick_.sec) tick(now_);
  const bool decoded = decoder_.decode(datalink, ts, data, caplen, wire_length, packet_) == DecodeStatus::Ok;
  packet_rules_done_ = false;
  if (decoded && (packet_.isTcp() || packet_.isUdp())) flows_.process(packet_, *this, peeked_hash);
  // A packet no flow took (ICMP, other protocols, TCP without a handshake): header-only rules without flow state.
  if (decoded && packet_rules_ && !packet_rules_done_ && packet_.ip_version != 0)
    inspectPacketRules(packet_, nullptr, Direction::ToServer);
  if (anomalies_) pollAnomalies(decoded);
}

void Worker::batchDone() {
  publishCounts();
  pickUpSignatureSet();
  stats_.batches.add();
}

void Worker::publishCounts() {
  if (unpublished_packets_ == 0) return;
  stats_.packets.add(unpublished_packets_);
  stats_.bytes.add(unpublished_bytes_);
  unpublished_packets_ = 0;
  unpublished_bytes_ = 0;
}

void Worker::tick(Timestamp now) {
  last_tick_ = now;
  flows_.expire(now, *this);
  decoder_.expire(now);
  pickUpSignatureSet();
  // Flows that reached a boundary or went idle since; after a minute the rest move by force.
  if (old_set_flows_) moveFlowsToNewestSet(gentle_sweeps_left_ == 0 || --gentle_sweeps_left_ == 0);
  if (anomalies_) pollAnomalies(false);
}

void Worker::closeAllFlows() {
  publishCounts();
  flows_.closeAll(*this);
  if (anomalies_) pollAnomalies(false);
}

void Worker::noteFlow(const Flow& flow, std::string_view app_proto) {
  touched_.set = true;
  touched_.id = flow.id;
  touched_.client_ip = flow.client_ip;
  touched_.server_ip = flow.server_ip;
  touched_.client_port = flow.client_port;
  touched_.server_port = flow.server_port;
  touched_.protocol = flow.key.protocol;
  touched_.vlan = flow.key.vlan;
  touched_.vlan_count = flow.key.vlan_count;
  touched_.app_proto = app_proto;
}

void Worker::pollAnomalies(bool packet_decoded) {
  const bool app = app_ran_;
  app_ran_ = false;
  anomalies_->poll(app, [&](const AnomalyWatch::Occurrence& o) {
    auto event = std::make_unique<AnomalyEvent>();
    EveHeader& h = event->header;
    h.ts = now_;
    h.in_iface = context_.interface_name;
    // A packet that decoded carries its own tuple; a decode anomaly of a
    // packet that did not has none (what the decoder left is not trustworthy).
    if (packet_decoded) {
      h.has_tuple = true;
      h.src_ip = packet_.src;
      h.src_port = packet_.src_port;
      h.dest_ip = packet_.dst;
      h.dest_port = packet_.dst_port;
      h.ip_protocol = packet_.ip_protocol;
      for (uint8_t i = 0; i < packet_.vlan_count && i < kMaxVlanTags; ++i) h.vlan.push_back(packet_.vlan[i]);
    }
    if (o.type != AnomalyLayer::Decode && touched_.set) {
      h.flow_id = touched_.id;
      if (!h.has_tuple) {  // a timeout or shutdown: the flow's own tuple, client first
        h.has_tuple = true;
        h.src_ip = touched_.client_ip;
        h.src_port = touched_.client_port;
        h.dest_ip = touched_.server_ip;
        h.dest_port = touched_.server_port;
        h.ip_protocol = touched_.protocol;
        for (uint8_t i = 0; i < touched_.vlan_count; ++i) h.vlan.push_back(touched_.vlan[i]);
      }
      h.app_proto = touched_.app_proto;
    }
    event->type = o.type;
    event->event = o.event;
    event->layer = o.layer;
    context_.alerts.emit(EveEvent(std::move(event)));
  });
  touched_.set = false;
}

EveHeader Worker::flowHeader(const Flow& flow, Direction dir, std::string_view app_proto) const {
  EveHeader h;
  h.ts = now_;
  h.flow_id = flow.id;
  h.in_iface = context_.interface_name;
  for (uint8_t i = 0; i < flow.key.vlan_count; ++i) h.vlan.push_back(flow.key.vlan[i]);
  h.has_tuple = true;
  const bool to_server = dir == Direction::ToServer;
  h.src_ip = to_server ? flow.client_ip : flow.server_ip;
  h.src_port = to_server ? flow.client_port : flow.server_port;
  h.dest_ip = to_server ? flow.server_ip : flow.client_ip;
  h.dest_port = to_server ? flow.server_port : flow.client_port;
  h.ip_protocol = flow.key.protocol;
  h.app_proto = app_proto;
  return h;
}

void Worker::emitTransaction(const OpenScope& scope) {
  if (scope.context == nullptr || current_flow_ == nullptr) return;
  // QUIC carries a TLS handshake scope; Suricata logs it as its own `quic` record.
  const EveType type =
      current_state_ != nullptr && current_state_->app_proto == AppProto::Quic ? EveType::Quic : eveTypeOf(scope.scope);
  const bool files = (type == EveType::Smtp || type == EveType::Http) && events_.has(EveType::Fileinfo) &&
                     !scope.context->files.empty();
  if (!events_.has(type) && !files) return;
  auto tx = std::make_unique<TransactionEvent>();
  tx->type = type;
  tx->tx_id = scope.id;
  // DNS answers travel server to client; every other transaction is logged client first, as Suricata does.
  const Direction dir = type == EveType::Dns ? current_dir_ : Direction::ToServer;
  tx->header = flowHeader(*current_flow_, dir, appProtoName(current_state_->app_proto));
  tx->context = *scope.context;
  context_.alerts.emit(EveEvent(std::move(tx)));
}

void Worker::emitFlowEnd(const Flow& flow, FlowEndReason reason) {
  auto f = std::make_unique<FlowEndEvent>();
  const FlowInspection* state = flow.context ? &static_cast<const FlowInspection&>(*flow.context) : nullptr;
  f->header = flowHeader(flow, Direction::ToServer, state ? appProtoName(state->app_proto) : std::string_view{});
  f->header.ts = flow.last_seen;
  f->pkts_toserver = flow.packets[index(Direction::ToServer)];
  f->pkts_toclient = flow.packets[index(Direction::ToClient)];
  f->bytes_toserver = flow.bytes[index(Direction::ToServer)];
  f->bytes_toclient = flow.bytes[index(Direction::ToClient)];
  f->start = flow.first_seen;
  f->end = flow.last_seen;
  f->state = flowStateName(flow);
  f->reason = flowEndCause(reason);
  f->alerted = state != nullptr && state->alerted;
  f->is_tcp = flow.isTcp();
  context_.alerts.emit(EveEvent(std::move(f)));
}

FlowInspection& Worker::stateOf(Flow& flow) { return static_cast<FlowInspection&>(*flow.context); }

void Worker::onFlowOpen(Flow& flow) {
  auto state = std::make_unique<FlowInspection>(set_);
  if (!app_layer_needed_ && !events_.anyTransaction()) state->app_state = AppState::Off;
  flow.context = std::move(state);
  FlowInspection& opened = stateOf(flow);
  if (opened.set->inspects(Field::IpSrc) || opened.set->inspects(Field::IpDst)) scanAddresses(flow, opened);
  if (anomalies_) noteFlow(flow, {});
}

// The flow's addresses as text fields, scanned once when the flow starts: an
// IP list (or any pattern on ip.src / ip.dst) costs one lookup per flow, not
// per packet, and uses the same scope, condition and alert path as every
// other field. Text rather than raw bytes so regex and literal patterns work
// on addresses too; formatting costs ~100 ns per flow, only when a signature
// looks at these fields.
void Worker::scanAddresses(Flow& flow, FlowInspection& state) {
  Flow* const saved_flow = current_flow_;
  FlowInspection* const saved_state = current_state_;
  current_flow_ = &flow;
  current_state_ = &state;
  current_context_ = nullptr;
  std::unique_ptr<ScopeScan> scan = takeScopeScan(state.set, Scope::Flow);
  const std::pair<Field, const IpAddress*> addresses[] = {{Field::IpSrc, &flow.client_ip},
                                                          {Field::IpDst, &flow.server_ip}};
  for (const auto& [field, ip] : addresses) {
    if (!state.set->inspects(field) || (ip->family != 4 && ip->family != 6)) continue;
    char text[INET6_ADDRSTRLEN] = {};
    if (inet_ntop(ip->family == 4 ? AF_INET : AF_INET6, ip->bytes.data(), text, sizeof text) == nullptr) continue;
    scan->scan(scan_scratch_, field, 0, asBytes(std::string_view(text)), true, *this);
  }
  scan->close(scan_scratch_, *this);
  recycleScopeScan(std::move(scan));
  current_flow_ = saved_flow;
  current_state_ = saved_state;
}

void Worker::onStreamData(Flow& flow, Direction dir, ByteSpan data, const DecodedPacket& packet) {
  FlowInspection& state = stateOf(flow);
  current_flow_ = &flow;
  current_state_ = &state;
  current_dir_ = dir;
  if (state.set != set_ && atMessageBoundary(flow, state, false)) migrateFlow(flow, state);
  app_ran_ = app_ran_ || state.app_state != AppState::Off;
  // The parser first: Suricata detects the protocol before inspecting the
  // packet, so a stream rule bound to a protocol matches from its first bytes.
  if (state.app_state != AppState::Off) inspectApp(flow, state, dir, data, packet);
  if (state.set->inspects(Field::Payload)) {
    // From the pool: a short flow (a DNS exchange) then costs no allocation
    // and no Hyperscan stream open (the pooled scan keeps its streams).
    if (!state.payload_scan) state.payload_scan = takeScopeScan(state.set, Scope::Flow);
    current_context_ = nullptr;  // flow-level alerts: app_proto only (onHit)
    // A UDP datagram is a message of its own: end the stream after it so a
    // pattern never matches across two datagrams.
    // Packet keywords and flow:no_stream hold only on bytes of this very packet's payload.
    const bool own = packet.payload != nullptr && data.data() >= packet.payload &&
                     data.data() + data.size() <= packet.payload + packet.payload_length;
    hit_packet_ = own ? &packet : nullptr;
    state.payload_scan->scan(scan_scratch_, Field::Payload, index(dir), data, packet.isUdp(), *this);
    hit_packet_ = nullptr;
    // Memory: a UDP flow's scan that remembers nothing goes back to the pool
    // between datagrams (ScopeScan::idle()); the next datagram takes one back.
    if (packet.isUdp() && state.payload_scan->idle()) {
      state.payload_scan->close(scan_scratch_, *this);
      recycleScopeScan(std::move(state.payload_scan));
    }
  }
  if (anomalies_) noteFlow(flow, appProtoName(state.app_proto));
  current_flow_ = nullptr;
  current_state_ = nullptr;
}

void Worker::inspectApp(Flow& flow, FlowInspection& state, Direction dir, ByteSpan data, const DecodedPacket& packet) {
  if (packet.isUdp()) {
    if (state.app_state == AppState::Detecting) {
      const AppProto proto = detectAppProto(dir == Direction::ToServer ? data : ByteSpan{},
                                            dir == Direction::ToClient ? data : ByteSpan{}, flow.server_port, true,
                                            context_.config.protocols);
      // On a configured DNS port the flow is DNS even when its first datagram
      // is malformed: otherwise one bad datagram would hide every later query
      // from the same socket (counted as anomalies by the parser instead).
      const auto& dns_ports = context_.config.protocols.dns.ports;
      const bool dns_port = std::find(dns_ports.begin(), dns_ports.end(), flow.server_port) != dns_ports.end();
      if (proto != AppProto::Dns && !dns_port) {
        // QUIC: a long-header packet from the client on a configured port, or
        // on any port an Initial unmistakable by its content (long header,
        // known version, >= 1200 bytes).
        const auto& quic_ports = context_.config.protocols.quic.ports;
        const bool quic_port = std::find(quic_ports.begin(), quic_ports.end(), flow.server_port) != quic_ports.end();
        const bool long_header = !data.empty() && (data[0] & 0xc0) == 0xc0;
        if (dir == Direction::ToServer && ((quic_port && long_header) || looksLikeQuicInitial(data))) {
          attachParser(state, AppProto::Quic);
        } else {
          state.app_state = AppState::Off;
          return;
        }
      } else {
        state.app_proto = AppProto::Dns;
        // Stateful: a query's scope waits for its response datagram.
        state.parser =
            std::make_unique<DnsUdpParser>(static_cast<InspectionSink&>(*this), protocol_limits_, stats_.protocols);
        state.app_state = AppState::Parsing;
      }
    }
    feedParser(state, dir, data, packet.ts);
    return;
  }

  if (state.app_state == AppState::Parsing) {
    feedParser(state, dir, data, packet.ts);
    return;
  }
  // Detecting: keep the first bytes of each direction until the protocol is known.
  const unsigned d = index(dir);
  const uint32_t room = kDetectBytesPerDir - std::min<uint32_t>(kDetectBytesPerDir, state.pending_per_dir[d]);
  const uint32_t take = static_cast<uint32_t>(std::min<size_t>(room, data.size()));
  if (take < data.size() && room == 0) {
    state.app_state = AppState::Off;  // no protocol recognised in the first bytes
    state.pending.reset();
    return;
  }
  if (!state.pending) state.pending = std::make_unique<PendingBytes>();
  state.pending->dir_bytes[d].append(reinterpret_cast<const char*>(data.data()), take);
  state.pending->chunks.push_back(PendingChunk{dir, take});
  state.pending_per_dir[d] = static_cast<uint16_t>(state.pending_per_dir[d] + take);  // <= kDetectBytesPerDir

  const AppProto proto = detectAppProto(asBytes(state.pending->dir_bytes[0]), asBytes(state.pending->dir_bytes[1]),
                                        flow.server_port, false, context_.config.protocols);
  if (proto == AppProto::Unknown) {
    if (take < data.size()) {
      state.app_state = AppState::Off;
      state.pending.reset();
    }
    return;
  }
  attachParser(state, proto);
  // Replay what was buffered in arrival order, then the rest of this segment.
  std::unique_ptr<PendingBytes> pending = std::move(state.pending);
  size_t offsets[2] = {0, 0};
  for (const PendingChunk& chunk : pending->chunks) {
    if (state.app_state != AppState::Parsing) break;
    const unsigned cd = index(chunk.dir);
    const std::string& bytes = pending->dir_bytes[cd];
    feedParser(state, chunk.dir, asBytes(std::string_view(bytes).substr(offsets[cd], chunk.length)), packet.ts);
    offsets[cd] += chunk.length;
  }
  if (take < data.size() && state.app_state == AppState::Parsing) feedParser(state, dir, data.subspan(take), packet.ts);
}

void Worker::attachParser(FlowInspection& state, AppProto proto) {
  state.app_proto = proto;
  state.parser = makeAppParser(proto, *this, protocol_limits_, stats_.protocols);
  state.app_state = state.parser ? AppState::Parsing : AppState::Off;
}

void Worker::feedParser(FlowInspection& state, Direction dir, ByteSpan data, Timestamp ts) {
  if (state.parser->feed(dir, data, ts) != ParseStatus::Continue) finishApp(state);
}

void Worker::finishApp(FlowInspection& state) {
  if (state.parser) {
    state.parser->finish();
    state.parser.reset();
  }
  // A well-behaved parser closed its scopes in finish(); close any it left.
  while (!state.scopes.empty()) closeScope(state.scopes.back().id);
  state.app_state = AppState::Off;
  state.pending.reset();
}

void Worker::onStreamGap(Flow& flow, Direction dir, uint64_t missing_bytes) {
  FlowInspection& state = stateOf(flow);
  current_flow_ = &flow;
  current_state_ = &state;
  current_dir_ = dir;
  app_ran_ = app_ran_ || state.app_state == AppState::Parsing;
  if (anomalies_) noteFlow(flow, appProtoName(state.app_proto));
  // End the byte stream at the hole so no pattern matches across it.
  if (state.payload_scan) {
    current_context_ = nullptr;
    state.payload_scan->scan(scan_scratch_, Field::Payload, index(dir), ByteSpan{}, true, *this);
  }
  if (state.app_state == AppState::Parsing) {
    if (state.parser->gap(dir, missing_bytes) != ParseStatus::Continue) finishApp(state);
  } else if (state.app_state == AppState::Detecting) {
    state.app_state = AppState::Off;
    state.pending.reset();
  }
  current_flow_ = nullptr;
  current_state_ = nullptr;
}

void Worker::onPacket(Flow& flow, Direction dir, const DecodedPacket& packet) {
  if (packet_rules_ == nullptr) return;
  packet_rules_done_ = true;
  inspectPacketRules(packet, &flow, dir);
}

void Worker::inspectPacketRules(const DecodedPacket& packet, Flow* flow, Direction dir) {
  FlowInspection* state = flow != nullptr && flow->context ? &stateOf(*flow) : nullptr;
  // A flow's flowbit indices belong to the set it started with.
  FlowbitSet* bits = state != nullptr && state->set.get() == &packet_rules_->set() ? &state->flowbits : nullptr;
  const std::string_view app = state != nullptr ? appProtoName(state->app_proto) : std::string_view{};
  packet_rules_->evaluate(packet, flow, dir, app, bits, scan_scratch_.rules(), CrossFlowVars{context_.xbits, now_},
                          [&](const Signature& sig) { emitPacketAlert(sig, packet, flow); });
}

// A header-only rule's alert: the packet's own addresses, as Suricata logs packet alerts.
void Worker::emitPacketAlert(const Signature& sig, const DecodedPacket& packet, Flow* flow) {
  const uint64_t flow_id = flow != nullptr ? flow->id : 0;
  if (context_.alert_filter != nullptr &&
      context_.alert_filter->decide(sig, packet.src, packet.dst, flow_id, now_) != AlertVerdict::Emit)
    return;
  FlowInspection* state = flow != nullptr && flow->context ? &stateOf(*flow) : nullptr;
  if (state != nullptr) state->alerted = true;
  stats_.alerts.add();
  context_.alert_counters.countAlert(sig.id, sig.category, sig.severity);
  if (!events_.has(EveType::Alert)) return;
  auto made = std::make_unique<Alert>();
  Alert& alert = *made;
  alert.ts = now_;
  alert.flow_id = flow_id;
  alert.in_iface = context_.interface_name;
  for (uint8_t i = 0; i < packet.vlan_count && i < kMaxVlanTags; ++i) alert.vlan.push_back(packet.vlan[i]);
  alert.src_ip = packet.src;
  alert.src_port = packet.src_port;
  alert.dest_ip = packet.dst;
  alert.dest_port = packet.dst_port;
  alert.ip_protocol = packet.ip_protocol;
  alert.direction = flow != nullptr && packet.src == flow->server_ip && packet.src_port == flow->server_port
                        ? Direction::ToClient
                        : Direction::ToServer;
  alert.signature_id = sig.id;
  alert.rev = sig.rev;
  alert.signature = sig.name;
  alert.category = sig.category;
  alert.severity = sig.severity;
  alert.field = Field::Payload;
  alert.tags = sig.tags;
  alert.references = sig.references;
  alert.metadata = sig.metadata;
  alert.score = hitScore(sig, {});
  alert.indicators = hitIndicators(sig, {});
  if (state != nullptr) alert.context.app_proto = appProtoName(state->app_proto);
  context_.alerts.emit(EveEvent(std::move(made)));
}

void Worker::onFlowClose(Flow& flow, FlowEndReason reason) {
  if (flow.context) {
    FlowInspection& state = stateOf(flow);
    current_flow_ = &flow;
    current_state_ = &state;
    app_ran_ = app_ran_ || state.app_state == AppState::Parsing;
    if (anomalies_) noteFlow(flow, appProtoName(state.app_proto));
    finishApp(state);
    if (state.payload_scan) {
      current_context_ = nullptr;
      state.payload_scan->close(scan_scratch_, *this);
      recycleScopeScan(std::move(state.payload_scan));
    }
    current_flow_ = nullptr;
    current_state_ = nullptr;
  }
  if (events_.has(EveType::Flow)) emitFlowEnd(flow, reason);
}

OpenScope* Worker::findScope(FlowInspection& state, uint32_t scope_id) {
  for (auto& scope : state.scopes)
    if (scope.id == scope_id) return &scope;
  return nullptr;
}

std::unique_ptr<ScopeScan> Worker::takeScopeScan(const std::shared_ptr<const DetectionSet>& set, Scope scope) {
  if (scan_pool_.empty()) return std::make_unique<ScopeScan>(set, scope);
  std::unique_ptr<ScopeScan> scan = std::move(scan_pool_.back());
  scan_pool_.pop_back();
  scan->reset(set, scope);
  return scan;
}

void Worker::recycleScopeScan(std::unique_ptr<ScopeScan> scan) {
  constexpr size_t kMaxPooledScans = 256;  // bounds the memory parked here
  // A scan of a replaced set is freed, not parked: a parked scan holds its
  // set, and with it every compiled database of that set, alive.
  if (&scan->set() != set_.get()) return;
  if (scan_pool_.size() < kMaxPooledScans) scan_pool_.push_back(std::move(scan));
}

void Worker::openScope(uint32_t scope_id, Scope scope, const TransactionContext* context) {
  FlowInspection& state = *current_state_;
  state.scopes.push_back(OpenScope{scope_id, scope, false, context, takeScopeScan(state.set, scope)});
}

void Worker::fieldData(uint32_t scope_id, Field field, ByteSpan data, bool last) {
  FlowInspection& state = *current_state_;
  if (!state.set->inspects(field)) return;
  OpenScope* scope = findScope(state, scope_id);
  if (scope == nullptr || skipsMediaBody(*scope, field)) return;
  current_context_ = scope->context;
  if (context_.field_tap != nullptr) context_.field_tap->fieldData(scope->scan.get(), field, data, last);
  scope->scan->scan(scan_scratch_, field, 0, data, last, *this);
}

// The parser delivers response headers before the body, so the context
// already holds the body's Content-Type. Only the text-signature feed is cut:
// the parser still follows the body as a file (fileinfo size and hash).
bool Worker::skipsMediaBody(OpenScope& scope, Field field) {
  if (inspect_media_ || field != Field::HttpResponseBody || scope.context == nullptr ||
      !isMediaContentType(scope.context->http_content_type))
    return false;
  if (!scope.media_body_skipped) {
    scope.media_body_skipped = true;
    stats_.detect.bodies_skipped_media.add();
  }
  return true;
}

void Worker::closeScope(uint32_t scope_id) {
  FlowInspection& state = *current_state_;
  for (auto it = state.scopes.begin(); it != state.scopes.end(); ++it) {
    if (it->id != scope_id) continue;
    current_context_ = it->context;
    if (context_.field_tap != nullptr) context_.field_tap->scopeClosed(it->scan.get());
    it->scan->close(scan_scratch_, *this);
    emitTransaction(*it);
    recycleScopeScan(std::move(it->scan));
    state.scopes.erase(it);
    return;
  }
}

void Worker::onHit(const Signature& sig, Field field, uint32_t channel, std::string_view excerpt, PatternMask matched) {
  if (field == Field::Payload && current_context_ == nullptr && repeatsStreamHit(*current_state_, sig)) return;
  const Flow& flow = *current_flow_;
  const Direction dir = field == Field::Payload ? static_cast<Direction>(channel) : fieldDirection(field);
  const bool to_server = dir == Direction::ToServer;
  const DecodedPacket* packet = field == Field::Payload ? hit_packet_ : nullptr;
  if (sig.rule && admitRule(*sig.rule, flow, dir, appProtoName(current_state_->app_proto), current_state_->flowbits,
                            packet, current_context_, CrossFlowVars{context_.xbits, now_}) != RuleVerdict::Alert)
    return;
  if (context_.alert_filter != nullptr &&
      context_.alert_filter->decide(sig, to_server ? flow.client_ip : flow.server_ip,
                                    to_server ? flow.server_ip : flow.client_ip, flow.id, now_) != AlertVerdict::Emit)
    return;
  current_state_->alerted = true;
  stats_.alerts.add();
  context_.alert_counters.countAlert(sig.id, sig.category, sig.severity);
  if (!events_.has(EveType::Alert)) return;
  auto made = std::make_unique<Alert>();
  Alert& alert = *made;
  alert.ts = now_;
  alert.flow_id = flow.id;
  alert.in_iface = context_.interface_name;
  for (uint8_t i = 0; i < flow.key.vlan_count; ++i) alert.vlan.push_back(flow.key.vlan[i]);
  alert.src_ip = to_server ? flow.client_ip : flow.server_ip;
  alert.src_port = to_server ? flow.client_port : flow.server_port;
  alert.dest_ip = to_server ? flow.server_ip : flow.client_ip;
  alert.dest_port = to_server ? flow.server_port : flow.client_port;
  alert.ip_protocol = flow.key.protocol;
  alert.direction = dir;
  alert.signature_id = sig.id;
  alert.rev = sig.rev;
  alert.signature = sig.name;
  alert.category = sig.category;
  alert.severity = sig.severity;
  alert.field = field;
  alert.excerpt.assign(excerpt);
  alert.tags = sig.tags;
  alert.references = sig.references;
  alert.metadata = sig.metadata;
  alert.score = hitScore(sig, matched);
  alert.indicators = hitIndicators(sig, matched);
  if (current_context_ != nullptr) alert.context = *current_context_;
  alert.context.app_proto = appProtoName(current_state_->app_proto);
  context_.alerts.emit(EveEvent(std::move(made)));
}

}  // namespace tapwatch
