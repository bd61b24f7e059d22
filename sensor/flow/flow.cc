#include "flow/flow.h"

namespace tapwatch {

std::string_view tcpStateName(TcpState state) {
  switch (state) {
    case TcpState::None: return "none";
    case TcpState::SynSent: return "syn_sent";
    case TcpState::SynReceived: return "syn_received";
    case TcpState::Established: return "established";
    case TcpState::Closed: return "closed";
  }
  return "unknown";
}

std::string_view flowEndReasonName(FlowEndReason reason) {
  switch (reason) {
    case FlowEndReason::TcpClosed: return "tcp_closed";
    case FlowEndReason::Timeout: return "timeout";
    case FlowEndReason::Evicted: return "evicted";
    case FlowEndReason::Shutdown: return "shutdown";
  }
  return "unknown";
}

}  // namespace tapwatch
