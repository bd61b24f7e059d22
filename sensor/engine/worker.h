#pragma once
// Worker: one packet-processing thread's whole data plane — decode, defrag,
// flow table, TCP reassembly, protocol parsing, Hyperscan detection — over
// the flows the capture thread's hash sends it. Shared-nothing: it owns its
// flows, reassembly buffers, parsers, scratch and streams.
//
// Thread use: constructed on the main thread; everything else runs on the
// worker's own thread, except requestSignatureSet() (any thread).
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "capture/packet_ring.h"
#include "config/config.h"
#include "decode/decoder.h"
#include "detect/pattern_mask.h"
#include "detect/scan_scratch.h"
#include "engine/anomaly_watch.h"
#include "engine/field_tap.h"
#include "engine/flow_inspection.h"
#include "engine/packet_rules.h"
#include "engine/worker_stats.h"
#include "engine/xbits_table.h"
#include "flow/flow_events.h"
#include "flow/flow_table.h"
#include "output/alert_sink.h"
#include "output/eve_types.h"
#include "policy/alert_counters.h"
#include "policy/alert_filter.h"
#include "protocols/inspection_sink.h"
#include "protocols/protocol_limits.h"

namespace tapwatch {

struct WorkerContext {
  const Config& config;
  AlertSink& alerts;
  AlertCounters& alert_counters;
  std::string interface_name;           // EVE in_iface; empty for files
  AlertFilter* alert_filter = nullptr;  // suppression + thresholds, shared by workers; null = emit every hit
  // Suricata xbits, shared by workers (flows of one host pair may land on
  // different workers); null = the worker keeps a private table (one worker only).
  XbitsTable* xbits = nullptr;
  // Sees every field value scanned (bench/packs/field_dump.cc); null in the sensor.
  FieldTap* field_tap = nullptr;
};

class Worker final : private FlowEvents, private InspectionSink, private HitSink {
 public:
  Worker(uint32_t id, const WorkerContext& context, WorkerStats& stats, std::shared_ptr<const DetectionSet> set);
  ~Worker() override;
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  // Any thread: new flows will use `set` once the worker reaches a batch
  // boundary; open flows move to it at their next message boundary.
  void requestSignatureSet(std::shared_ptr<const DetectionSet> set);
  // Any thread: at its next batch boundary the worker moves every open flow
  // to its newest set at once, cutting open scans (signatures.max_live_sets).
  void requestMigrateAll();

  // Worker thread: drains `ring` until `stop` is set and the ring is empty,
  // then closes every flow (flushing pending data and `not` conditions).
  void run(PacketRing& ring, const std::atomic<bool>& stop, bool live);

  // Inline mode (offline, one worker, no worker thread): the capture thread
  // hands each packet straight from libpcap's buffer, with no copy into a
  // ring; handleInline() keeps the batch bookkeeping run() does, finishInline()
  // ends the input as run() does when stopped. `stable`: the bytes stay valid
  // until flushInline() (a mapped file), so the packet may wait in the
  // look-ahead queue; otherwise it is handled at once.
  // `floor`: the packet clock before this packet, if it is ahead of what
  // this worker saw (file fanout: packets other workers handle).
  void handleInline(int datalink, Timestamp ts, const uint8_t* data, uint32_t caplen, uint32_t wire_length,
                    bool stable = false, Timestamp floor = {});
  // File fanout (engine/file_fanout.h, file_fanout_worker.cc): every worker
  // reads every packet of the file and handles only its share. Its packet
  // clock still follows every packet, so flows time out and timestamps read
  // as with one worker that handles all: handleShare() for a packet of its
  // own (inline, as handleInline()), passOver() for another worker's.
  void handleShare(int datalink, Timestamp ts, const uint8_t* data, uint32_t caplen, uint32_t wire_length, bool stable);
  void passOver(Timestamp ts) {
    if (input_clock_ < ts) advanceInputClock(ts);
  }
  // Handles every packet still in the look-ahead queue (before their source
  // closes); with file fanout, the clock then stands at the file's latest
  // packet, as for one worker (events raised at the end carry that time).
  void flushInline() {
    flushAhead();
    if (now_ < input_clock_) now_ = input_clock_;
    publishCounts();
  }
  void finishInline();

  // Worker thread (or single-threaded callers): one packet. Its packet and
  // byte counts reach stats() at the next batchDone(), flushInline() or
  // closeAllFlows(), not per packet.
  // `peeked_hash`: the look-ahead's flow hash of the frame, if it took one
  // (FlowTable::process, which explains the type).
  void handlePacket(int datalink, Timestamp ts, const uint8_t* data, uint32_t caplen, uint32_t wire_length,
                    uint64_t peeked_hash = FlowTable::kNoPeekedHash);
  // Worker thread: a batch of packets ended (run(), handleInline() and
  // engine/afpacket_reader.h); picks up a new signature set.
  void batchDone();
  // Periodic housekeeping by capture time: flow and fragment timeouts, reload pick-up.
  void tick(Timestamp now);
  void closeAllFlows();

 private:
  // FlowEvents
  void onFlowOpen(Flow& flow) override;
  void onStreamData(Flow& flow, Direction dir, ByteSpan data, const DecodedPacket& packet) override;
  void onStreamGap(Flow& flow, Direction dir, uint64_t missing_bytes) override;
  void onPacket(Flow& flow, Direction dir, const DecodedPacket& packet) override;
  void onFlowClose(Flow& flow, FlowEndReason reason) override;
  // InspectionSink (calls arrive synchronously while current_flow_ is set)
  void openScope(uint32_t scope_id, Scope scope, const TransactionContext* context) override;
  void fieldData(uint32_t scope_id, Field field, ByteSpan data, bool last) override;
  void closeScope(uint32_t scope_id) override;
  // HitSink
  void onHit(const Signature& sig, Field field, uint32_t channel, std::string_view excerpt,
             PatternMask matched) override;

  FlowInspection& stateOf(Flow& flow);
  // Header-only rules on one packet (`flow` null when the packet has none), and their alerts.
  void inspectPacketRules(const DecodedPacket& packet, Flow* flow, Direction dir);
  void emitPacketAlert(const Signature& sig, const DecodedPacket& packet, Flow* flow);
  // ip.src / ip.dst, once per flow at its start (Scope::Flow).
  void scanAddresses(Flow& flow, FlowInspection& state);
  void inspectApp(Flow& flow, FlowInspection& state, Direction dir, ByteSpan data, const DecodedPacket& packet);
  void attachParser(FlowInspection& state, AppProto proto);
  void feedParser(FlowInspection& state, Direction dir, ByteSpan data, Timestamp ts);
  void finishApp(FlowInspection& state);
  OpenScope* findScope(FlowInspection& state, uint32_t scope_id);
  // A media response body (image/video/audio/font) that text signatures do not see (counted once per body).
  bool skipsMediaBody(OpenScope& scope, Field field);
  std::unique_ptr<ScopeScan> takeScopeScan(const std::shared_ptr<const DetectionSet>& set, Scope scope);
  void recycleScopeScan(std::unique_ptr<ScopeScan> scan);
  void pickUpSignatureSet();
  // Up to kBatchPackets packets from `ring`, its space handed back once; 0 when empty.
  size_t drainBatch(PacketRing& ring);
  // Look-ahead queue (worker_lookahead.cc): a packet waits kAheadDepth - 1
  // packets before it is handled, and while it waits its flow-table slot,
  // flow, LRU neighbours, inspection state and Hyperscan streams are
  // prefetched one step per packet, so each dependent miss overlaps the
  // handling of another packet instead of stalling its own. Order is kept.
  struct AheadPacket {
    const uint8_t* data = nullptr;
    Timestamp ts;
    uint32_t caplen = 0;
    uint32_t wire_length = 0;
    int datalink = 0;
    uint32_t hash = 0;
    bool hashed = false;
    bool payload = false;        // peekFlowHash: may carry payload (else its inspection state is not prefetched)
    const Flow* flow = nullptr;  // a guess from the hash; only read for hints
    Timestamp floor;             // the packet clock before it (file fanout; 0 otherwise)
  };
  static constexpr size_t kAheadDepth = 6;
  void queuePacket(int datalink, Timestamp ts, const uint8_t* data, uint32_t caplen, uint32_t wire_length,
                   Timestamp floor = {});
  void handleQueued(const AheadPacket& packet);
  // File fanout: another worker's packet moved the input clock to `ts`.
  void advanceInputClock(Timestamp ts);
  void prefetchStep(AheadPacket& packet, size_t distance);
  void flushAhead();
  // Reload hand-over (worker_migration.cc): flows on an older set move to set_.
  void moveFlowsToNewestSet(bool force);
  bool atMessageBoundary(const Flow& flow, const FlowInspection& state, bool idle) const;
  void migrateFlow(Flow& flow, FlowInspection& state);
  bool repeatsStreamHit(FlowInspection& state, const Signature& sig);
  // EVE events (built only when raised; the output thread formats them).
  EveHeader flowHeader(const Flow& flow, Direction dir, std::string_view app_proto) const;
  void emitTransaction(const OpenScope& scope);
  void emitFlowEnd(const Flow& flow, FlowEndReason reason);
  void pollAnomalies(bool packet_decoded);
  void noteFlow(const Flow& flow, std::string_view app_proto);

  const uint32_t id_;
  std::unique_ptr<XbitsTable> own_xbits_;  // when the context brought none
  WorkerContext context_;
  WorkerStats& stats_;
  ProtocolLimits protocol_limits_;
  EveTypeSet events_;  // event types some output takes (outputs.eve.types and outputs.syslog.types)
  Decoder decoder_;
  FlowTable flows_;
  ScanScratch scan_scratch_;
  std::shared_ptr<const DetectionSet> set_;
  std::unique_ptr<PacketRules> packet_rules_;  // set_'s header-only rules; null when it has none
  bool packet_rules_done_ = false;             // this packet went through onPacket
  bool app_layer_needed_ = false;              // set_ needs flows' protocols detected (fields or rule headers)
  bool inspect_media_ = false;                 // protocols.http.inspect_media
  const DecodedPacket* hit_packet_ = nullptr;  // the packet whose own payload the stream scan is on
  // Closed ScopeScans kept for reuse: an HTTP transaction or DNS query then
  // opens without a heap allocation.
  std::vector<std::unique_ptr<ScopeScan>> scan_pool_;

  std::mutex pending_set_mutex_;
  std::shared_ptr<const DetectionSet> pending_set_;
  bool pending_migrate_all_ = false;  // under pending_set_mutex_
  std::atomic<bool> has_pending_set_{false};
  bool old_set_flows_ = false;       // some open flow still scans with a replaced set
  uint32_t gentle_sweeps_left_ = 0;  // ticks to wait for boundaries before moving the rest by force

  // What the current callback chain is about (synchronous, so plain pointers).
  Flow* current_flow_ = nullptr;
  FlowInspection* current_state_ = nullptr;
  const TransactionContext* current_context_ = nullptr;
  Timestamp now_;
  Timestamp last_tick_;
  Timestamp input_clock_;  // file fanout: the latest timestamp of every packet read, handled here or not
  DecodedPacket packet_;
  Direction current_dir_ = Direction::ToServer;  // of the data being delivered
  size_t inline_batch_ = 0;                      // packets since the last batch boundary (inline mode)
  // Packets and wire bytes handled since the counts were last published:
  // plain integers on the packet path, added to stats_.packets/bytes once a
  // batch (publishCounts()), so totals stay exact and readers see them late
  // by at most one batch.
  uint64_t unpublished_packets_ = 0;
  uint64_t unpublished_bytes_ = 0;
  void publishCounts();
  std::array<AheadPacket, kAheadDepth> ahead_{};
  size_t ahead_first_ = 0;  // oldest queued packet
  size_t ahead_count_ = 0;

  // Anomaly events: the watch over the anomaly counters, and the flow the
  // current packet (or timeout) touched, to bind stream/app-layer anomalies to it.
  std::unique_ptr<AnomalyWatch> anomalies_;
  bool app_ran_ = false;
  struct TouchedFlow {
    bool set = false;
    uint64_t id = 0;
    IpAddress client_ip, server_ip;
    uint16_t client_port = 0, server_port = 0;
    uint8_t protocol = 0;
    std::array<uint16_t, kMaxVlanTags> vlan{};
    uint8_t vlan_count = 0;
    std::string_view app_proto;
  } touched_;
};

}  // namespace tapwatch
