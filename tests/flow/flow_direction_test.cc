#include "flow/flow_direction.h"

#include <gtest/gtest.h>

#include "flow_test_util.h"

namespace tapwatch {
namespace {

using test::tcpPacket;
using test::udpPacket;

TEST(FlowDirection, SynSenderIsTheClientWhateverThePorts) {
  EXPECT_TRUE(firstPacketFromClient(tcpPacket({"10.0.0.1", 40000}, {"10.0.0.2", 80}, tcp_flags::Syn, 0, 0)));
  EXPECT_TRUE(firstPacketFromClient(tcpPacket({"10.0.0.1", 80}, {"10.0.0.2", 40000}, tcp_flags::Syn, 0, 0)));
}

TEST(FlowDirection, SynAckSenderIsTheServer) {
  const uint8_t synack = tcp_flags::Syn | tcp_flags::Ack;
  EXPECT_FALSE(firstPacketFromClient(tcpPacket({"10.0.0.2", 80}, {"10.0.0.1", 40000}, synack, 0, 1)));
  EXPECT_FALSE(firstPacketFromClient(tcpPacket({"10.0.0.2", 40000}, {"10.0.0.1", 80}, synack, 0, 1)));
}

TEST(FlowDirection, MidstreamUsesWellKnownPorts) {
  const uint8_t ack = tcp_flags::Ack;
  // From a well-known port to an ephemeral one: a server answering.
  EXPECT_FALSE(firstPacketFromClient(tcpPacket({"10.0.0.2", 25}, {"10.0.0.1", 50000}, ack, 0, 0)));
  EXPECT_FALSE(firstPacketFromClient(tcpPacket({"10.0.0.2", 1023}, {"10.0.0.1", 1024}, ack, 0, 0)));
  // Otherwise the sender is taken as the client.
  EXPECT_TRUE(firstPacketFromClient(tcpPacket({"10.0.0.1", 50000}, {"10.0.0.2", 25}, ack, 0, 0)));
  EXPECT_TRUE(firstPacketFromClient(tcpPacket({"10.0.0.1", 50000}, {"10.0.0.2", 8080}, ack, 0, 0)));
  EXPECT_TRUE(firstPacketFromClient(tcpPacket({"10.0.0.1", 25}, {"10.0.0.2", 587}, ack, 0, 0)));
  EXPECT_TRUE(firstPacketFromClient(tcpPacket({"10.0.0.1", 1024}, {"10.0.0.2", 1023}, ack, 0, 0)));
}

TEST(FlowDirection, UdpUsesTheSameRule) {
  EXPECT_TRUE(firstPacketFromClient(udpPacket({"10.0.0.1", 40000}, {"10.0.0.2", 53}, "q")));
  EXPECT_FALSE(firstPacketFromClient(udpPacket({"10.0.0.2", 53}, {"10.0.0.1", 40000}, "r")));
}

}  // namespace
}  // namespace tapwatch
