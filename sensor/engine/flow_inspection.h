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

  // The set this flow scans with: the one it started with until a reload
  // moves it to the newest at a message boundary (worker_migration.cc).
  std::shared_ptr<const DetectionSet> set;
  std::unique_ptr<ScopeScan> payload_scan;  // Scope::Flow, field `stream`; its alerts carry only app_proto

  AppState app_state = AppState::Detecting;
  AppProto app_proto = AppProto::Unknown;
  AppParserPtr parser;
  std::unique_ptr<PendingBytes> pending;  // only while Detecting
  uint32_t pending_per_dir[2] = {0, 0};
  std::vector<OpenScope> scopes;
  bool alerted = false;  // EVE flow.alerted
  FlowbitSet flowbits;   // Suricata rules' flowbits and flowints, indexed by the set's names
  // Signature ids the `stream` scan alerted on (at most kMaxStreamFired), so
  // that a stream scan reopened under a newer set does not alert them again.
  static constexpr size_t kMaxStreamFired = 32;
  std::vector<uint32_t> stream_fired;
  bool stream_cut = false;  // the `stream` scan was closed and reopened by a set migration
};

}  // namespace tapwatch
