// The reload hand-over: flows opened under a replaced signature set move to
// the worker's newest set, so an old set (every compiled database of it) is
// freed soon after a reload instead of living as long as its longest flow.
//
// Hyperscan stream state belongs to one set's databases, so a flow can only
// switch where nothing is mid-scan, or by ending its open scans there:
// - at a message boundary (no HTTP transaction, SMTP message, DNS query or
//   TLS handshake open): the next message opens under the new set. The flow's
//   `stream` scan is cut there too (closed under the old set, reopened under
//   the new one); a `stream` pattern straddling two messages is then missed,
//   which on a message boundary is rare. Checked when the flow's next data
//   arrives, so busy keep-alive connections move within one request.
// - when the flow has been idle for kMigrateIdle of capture time (even raw
//   TCP with no parser), checked once per tick while old flows remain.
// - forced (the sets cap, SignatureReloader, or a flow that found no boundary
//   and never idled for kGentleMigrationTicks after the reload, so the old set
//   and the per-tick sweep do not last forever): every flow moves at once, open
//   transaction scans included. Cut mid-message, a pattern straddling the
//   cut, or a `not` condition whose negative comes after it, is judged wrong;
//   the cap makes this the exception.
// Flows with Suricata flowbits set wait for the forced move: bit indices are
// per set, so moving drops them.
// A signature the `stream` scan already alerted on is not alerted again after
// a cut (stream_fired), so a flow's stream alerts stay once per flow.
#include <algorithm>

#include "engine/worker.h"

namespace tapwatch {
namespace {

constexpr int64_t kMigrateIdleSeconds = 2;

bool idleFor(const Flow& flow, Timestamp now, int64_t seconds) {
  return Timestamp{flow.last_seen.sec + seconds, flow.last_seen.nsec} <= now;
}

}  // namespace

void Worker::moveFlowsToNewestSet(bool force) {
  bool left = false;
  const Timestamp now = std::max(now_, last_tick_);  // a quiet live link ticks by wall clock
  flows_.forEachFlow([&](Flow& flow) {
    if (!flow.context) return;
    FlowInspection& state = stateOf(flow);
    if (state.set == set_) return;
    if (force || atMessageBoundary(flow, state, idleFor(flow, now, kMigrateIdleSeconds))) {
      migrateFlow(flow, state);
    } else {
      left = true;
    }
  });
  old_set_flows_ = left;
}

bool Worker::atMessageBoundary(const Flow& flow, const FlowInspection& state, bool idle) const {
  if (!state.scopes.empty() || state.flowbits.any()) return false;
  if (idle) return true;
  // No `stream` scan spans packets: UDP ends it after every datagram.
  if (!state.payload_scan || !flow.isTcp()) return true;
  // Between two messages of a parsed protocol: the `stream` scan is cut here.
  return state.app_state == AppState::Parsing;
}

void Worker::migrateFlow(Flow& flow, FlowInspection& state) {
  Flow* const saved_flow = current_flow_;
  FlowInspection* const saved_state = current_state_;
  const TransactionContext* const saved_context = current_context_;
  current_flow_ = &flow;
  current_state_ = &state;
  // Forced only: open transactions end their old scan here and go on under the new set.
  for (OpenScope& scope : state.scopes) {
    current_context_ = scope.context;
    scope.scan->close(scan_scratch_, *this);
    scope.scan = takeScopeScan(set_, scope.scope);
  }
  if (state.payload_scan) {
    current_context_ = nullptr;
    state.payload_scan->close(scan_scratch_, *this);
    state.payload_scan->reset(set_, Scope::Flow);
    state.stream_cut = true;
  }
  state.flowbits.reset();  // indices into the old set's flowbit names
  state.set = set_;
  stats_.flows_migrated.add();
  current_flow_ = saved_flow;
  current_state_ = saved_state;
  current_context_ = saved_context;
}

bool Worker::repeatsStreamHit(FlowInspection& state, const Signature& sig) {
  if (!state.stream_fired) state.stream_fired = std::make_unique<std::vector<uint32_t>>();
  std::vector<uint32_t>& fired = *state.stream_fired;
  if (std::find(fired.begin(), fired.end(), sig.id) != fired.end()) return state.stream_cut;
  if (fired.size() < FlowInspection::kMaxStreamFired) fired.push_back(sig.id);
  return false;
}

}  // namespace tapwatch
