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
#include <string>

#include "capture/packet_ring.h"
#include "config/config.h"
#include "decode/decoder.h"
#include "detect/scan_scratch.h"
#include "engine/anomaly_watch.h"
#include "engine/flow_inspection.h"
#include "engine/worker_stats.h"
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
};

class Worker final : private FlowEvents, private InspectionSink, private HitSink {
 public:
  Worker(uint32_t id, const WorkerContext& context, WorkerStats& stats, std::shared_ptr<const DetectionSet> set);
  ~Worker() override;
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  // Any thread: new flows will use `set` once the worker reaches a batch boundary.
  void requestSignatureSet(std::shared_ptr<const DetectionSet> set);

  // Worker thread: drains `ring` until `stop` is set and the ring is empty,
  // then closes every flow (flushing pending data and `not` conditions).
  void run(PacketRing& ring, const std::atomic<bool>& stop, bool live);

  // Worker thread (or single-threaded callers): one packet.
  void handlePacket(int datalink, Timestamp ts, const uint8_t* data, uint32_t caplen, uint32_t wire_length);
  // Worker thread, for readers other than run() (engine/afpacket_reader.h):
  // a batch of packets ended; picks up a new signature set.
  void batchDone();
  // Periodic housekeeping by capture time: flow and fragment timeouts, reload pick-up.
  void tick(Timestamp now);
  void closeAllFlows();

 private:
  // FlowEvents
  void onFlowOpen(Flow& flow) override;
  void onStreamData(Flow& flow, Direction dir, ByteSpan data, const DecodedPacket& packet) override;
  void onStreamGap(Flow& flow, Direction dir, uint64_t missing_bytes) override;
  void onFlowClose(Flow& flow, FlowEndReason reason) override;
  // InspectionSink (calls arrive synchronously while current_flow_ is set)
  void openScope(uint32_t scope_id, Scope scope, const TransactionContext* context) override;
  void fieldData(uint32_t scope_id, Field field, ByteSpan data, bool last) override;
  void closeScope(uint32_t scope_id) override;
  // HitSink
  void onHit(const Signature& sig, Field field, uint32_t channel, std::string_view excerpt, uint64_t matched) override;

  FlowInspection& stateOf(Flow& flow);
  // ip.src / ip.dst, once per flow at its start (Scope::Flow).
  void scanAddresses(Flow& flow, FlowInspection& state);
  void inspectApp(Flow& flow, FlowInspection& state, Direction dir, ByteSpan data, const DecodedPacket& packet);
  void attachParser(FlowInspection& state, AppProto proto);
  void feedParser(FlowInspection& state, Direction dir, ByteSpan data, Timestamp ts);
  void finishApp(FlowInspection& state);
  OpenScope* findScope(FlowInspection& state, uint32_t scope_id);
  std::unique_ptr<ScopeScan> takeScopeScan(const std::shared_ptr<const DetectionSet>& set, Scope scope);
  void recycleScopeScan(std::unique_ptr<ScopeScan> scan);
  void pickUpSignatureSet();
  // EVE events (built only when raised; the output thread formats them).
  EveHeader flowHeader(const Flow& flow, Direction dir, std::string_view app_proto) const;
  void emitTransaction(const OpenScope& scope);
  void emitFlowEnd(const Flow& flow, FlowEndReason reason);
  void pollAnomalies(bool packet_decoded);
  void noteFlow(const Flow& flow, std::string_view app_proto);

  const uint32_t id_;
  WorkerContext context_;
  WorkerStats& stats_;
  ProtocolLimits protocol_limits_;
  EveTypeSet events_;  // event types some output takes (outputs.eve.types and outputs.syslog.types)
  Decoder decoder_;
  FlowTable flows_;
  ScanScratch scan_scratch_;
  std::shared_ptr<const DetectionSet> set_;
  // Closed ScopeScans kept for reuse: an HTTP transaction or DNS query then
  // opens without a heap allocation.
  std::vector<std::unique_ptr<ScopeScan>> scan_pool_;

  std::mutex pending_set_mutex_;
  std::shared_ptr<const DetectionSet> pending_set_;
  std::atomic<bool> has_pending_set_{false};

  // What the current callback chain is about (synchronous, so plain pointers).
  Flow* current_flow_ = nullptr;
  FlowInspection* current_state_ = nullptr;
  const TransactionContext* current_context_ = nullptr;
  Timestamp now_;
  Timestamp last_tick_;
  DecodedPacket packet_;
  Direction current_dir_ = Direction::ToServer;  // of the data being delivered

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
