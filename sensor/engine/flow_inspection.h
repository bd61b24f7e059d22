#pragma once
// FlowInspection: the engine's per-flow inspection state, attached to a Flow as its
// FlowContext. Worker thread only.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "detect/detection_set.h"
#include "detect/scope_scan.h"
#include "engine/rule_admission.h"
#include "flow/flow.h"
#include "output/alert.h"
#include "protocols/app_parser.h"

namespace tapwatch {

// An application-layer scope (HTTP transaction, SMTP message, ...) that is open.
struct OpenScope {
  uint32_t id = 0;
  Scope scope = Scope::Flow;
  bool media_body_skipped = false;              // its response body was media, kept from text signatures (counted once)
  const TransactionContext* context = nullptr;  // owned by the parser
  std::unique_ptr<ScopeScan> scan;
};

enum class AppState : uint8_t {
  Detecting,  // buffering the first bytes until the protocol is known
  Parsing,    // parser attached
  Off,        // unknown protocol, parser done/failed, or no signature needs app fields
};

// Bytes seen while the protocol is still unknown, in arrival order, so the
// parser sees them exactly as they came once it is attached.
struct PendingChunk {
  Direction dir;
  uint32_t length;
};
struct PendingBytes {
  std::string dir_bytes[2];  // indexed by Direction
  std::vector<PendingChunk> chunks;
};

class FlowInspection : public FlowContext {
 public:
  explicit FlowInspection(std::shared_ptr<const DetectionSet> set) : set(std::move(set)) {}

  // One per open flow (87k on bench/small's capture): keep it small. Members
  // are ordered by size so no padding hides between them: 128 bytes (120, one
  // 128-byte malloc block, before FlowbitSet took its flowint pointer; now 144).
  // The set this flow scans with: the one it started with until a reload
  // moves it to the newest at a message boundary (worker_migration.cc).
  std::shared_ptr<const DetectionSet> set;
  // Scope::Flow, field `stream`; its alerts carry only app_proto. Null while
  // nothing is to remember (a UDP flow between datagrams: Worker::onStreamData).
  std::unique_ptr<ScopeScan> payload_scan;
  AppParserPtr parser;
  std::unique_ptr<PendingBytes> pending;  // only while Detecting
  std::vector<OpenScope> scopes;
  FlowbitSet flowbits;  // Suricata rules' flowbits and flowints, indexed by the set's names
  // Signature ids the `stream` scan alerted on (at most kMaxStreamFired), so
  // that a stream scan reopened under a newer set does not alert them again.
  // Allocated with the flow's first stream alert (most flows never alert).
  static constexpr size_t kMaxStreamFired = 32;
  std::unique_ptr<std::vector<uint32_t>> stream_fired;
  uint16_t pending_per_dir[2] = {0, 0};  // bytes in `pending` (at most 2 KiB a direction: worker.cc)
  AppState app_state = AppState::Detecting;
  AppProto app_proto = AppProto::Unknown;
  bool alerted = false;     // EVE flow.alerted
  bool stream_cut = false;  // the `stream` scan was closed and reopened by a set migration
};

}  // namespace tapwatch
