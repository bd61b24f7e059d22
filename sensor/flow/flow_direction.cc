#include "flow/flow_direction.h"

namespace tapwatch {

bool firstPacketFromClient(const DecodedPacket& packet) {
  if (packet.isTcp() && (packet.tcp_flags & tcp_flags::Syn) != 0) return (packet.tcp_flags & tcp_flags::Ack) == 0;
  return !(packet.src_port < 1024 && packet.dst_port >= 1024);
}

}  // namespace tapwatch
