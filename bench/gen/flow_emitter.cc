#include "flow_emitter.h"

#include <algorithm>

namespace tapwatch::gen {
namespace {

constexpr uint16_t kWindow = 502;  // scaled by 2^7: ~64 KB, Linux-like
constexpr size_t kSmallFrame = 128;

}  // namespace

Status Wire::emit(std::span<const uint8_t> frame, uint64_t payload) {
  if (auto st = writer_.write(clock_ns_, frame.data(), static_cast<uint32_t>(frame.size())); !st) return st;
  // The capture clock advances by the frame's time on the wire at the target
  // line rate (plus preamble and gap), so timestamps are monotonic and plausible.
  carry_ns_ += static_cast<double>(frame.size() + 20) * ns_per_byte_;
  const auto whole = static_cast<uint64_t>(carry_ns_);
  clock_ns_ += whole;
  carry_ns_ -= static_cast<double>(whole);
  wire_bytes_ += frame.size();
  payload_bytes_ += payload;
  if (frame.size() <= kSmallFrame) ++small_packets_;
  return Ok{};
}

FlowEmitter::FlowEmitter(FlowScript script, Endpoints endpoints, uint64_t seed)
    : script_(std::move(script)), endpoints_(std::move(endpoints)), rng_(seed) {
  next_seq_[0] = static_cast<uint32_t>(rng_.next());
  next_seq_[1] = static_cast<uint32_t>(rng_.next());
  ts_base_ = static_cast<uint32_t>(rng_.next());
  mss_ = endpoints_.to_server.src.v6 ? 1428 : 1448;
  remaining_ = script_.payloadBytes();
  phase_ = script_.udp ? Phase::Data : Phase::Syn;
  while (message_ < script_.messages.size() && script_.messages[message_].size() == 0) ++message_;
}

Status FlowEmitter::sendTcp(Wire& wire, bool to_server, uint8_t flags, size_t payload_size, const Message* msg) {
  const int me = to_server ? 0 : 1;
  TcpFields t;
  t.seq = next_seq_[me];
  t.ack = (flags & tcp_flag::Ack) ? next_seq_[1 - me] : 0;
  t.flags = flags;
  t.window = (flags & tcp_flag::Syn) ? 64240 : kWindow;
  t.tsval = ts_base_ + static_cast<uint32_t>(wire.clockNs() / 1000000) + (to_server ? 0 : 7777);
  t.tsecr = (flags & tcp_flag::Syn) && to_server ? 0 : ts_base_ + static_cast<uint32_t>(wire.clockNs() / 1000000);
  t.mss = mss_;
  const Path& p = path(to_server);
  FrameBuilder& b = wire.builder();
  if (payload_size > 0) {
    uint8_t* slot = b.payloadSlot(p, true, false);
    const size_t literal = offset_ < msg->bytes.size() ? std::min<size_t>(payload_size, msg->bytes.size() - offset_)
                                                       : 0;
    if (literal) std::copy_n(msg->bytes.data() + offset_, literal, slot);
    if (literal < payload_size)
      fillFiller(rng_, msg->filler_kind, msg->filler, offset_ + literal - msg->bytes.size(), slot + literal,
                 payload_size - literal);
  }
  const auto frame = b.tcpInPlace(p, t, payload_size);
  next_seq_[me] += static_cast<uint32_t>(payload_size) + ((flags & (tcp_flag::Syn | tcp_flag::Fin)) ? 1 : 0);
  return wire.emit(frame, payload_size);
}

void FlowEmitter::nextMessage() {
  offset_ = 0;
  ++message_;
  while (message_ < script_.messages.size() && script_.messages[message_].size() == 0) ++message_;
}

Status FlowEmitter::stepData(Wire& wire) {
  if (ack_owed_) {
    // The receiver of the previous burst acknowledges it.
    ack_owed_ = false;
    unacked_segments_ = 0;
    return sendTcp(wire, ack_to_server_, tcp_flag::Ack, 0, nullptr);
  }
  const Message& m = script_.messages[message_];
  if (script_.udp) {
    const auto frame =
        wire.builder().udp(path(m.to_server), {reinterpret_cast<const uint8_t*>(m.bytes.data()), m.bytes.size()});
    remaining_ -= m.size();
    nextMessage();
    return wire.emit(frame, m.bytes.size());
  }
  const size_t n = static_cast<size_t>(std::min<uint64_t>(mss_, m.size() - offset_));
  const bool last = offset_ + n == m.size();
  const uint8_t flags = tcp_flag::Ack | (last ? tcp_flag::Psh : 0);
  if (auto st = sendTcp(wire, m.to_server, flags, n, &m); !st) return st;
  offset_ += n;
  remaining_ -= n;
  ack_to_server_ = !m.to_server;
  if (++unacked_segments_ >= 2) ack_owed_ = true;
  if (last) {
    const bool reply_next = message_ + 1 < script_.messages.size() &&
                            script_.messages[message_ + 1].to_server != m.to_server;
    // Delayed ACK at the end of a burst, unless the reply carries the acknowledgement.
    ack_owed_ = !reply_next;
    if (reply_next) unacked_segments_ = 0;
    nextMessage();
  }
  return Ok{};
}

Status FlowEmitter::step(Wire& wire, bool& done) {
  if (first_packet_ == 0) first_packet_ = wire.packets() + 1;
  if (phase_ == Phase::Data && !ack_owed_ && message_ >= script_.messages.size())
    phase_ = script_.udp ? Phase::Done : Phase::FinClient;
  Status st = Ok{};
  switch (phase_) {
    case Phase::Syn:
      st = sendTcp(wire, true, tcp_flag::Syn, 0, nullptr);
      phase_ = Phase::SynAck;
      break;
    case Phase::SynAck:
      st = sendTcp(wire, false, tcp_flag::Syn | tcp_flag::Ack, 0, nullptr);
      phase_ = Phase::HandshakeAck;
      break;
    case Phase::HandshakeAck:
      st = sendTcp(wire, true, tcp_flag::Ack, 0, nullptr);
      phase_ = Phase::Data;
      break;
    case Phase::Data:
      st = stepData(wire);
      if (script_.udp && message_ >= script_.messages.size()) phase_ = Phase::Done;
      break;
    case Phase::FinClient:
      st = sendTcp(wire, true, tcp_flag::Fin | tcp_flag::Ack, 0, nullptr);
      phase_ = Phase::FinServer;
      break;
    case Phase::FinServer:
      st = sendTcp(wire, false, tcp_flag::Fin | tcp_flag::Ack, 0, nullptr);
      phase_ = Phase::LastAck;
      break;
    case Phase::LastAck:
      st = sendTcp(wire, true, tcp_flag::Ack, 0, nullptr);
      phase_ = Phase::Done;
      break;
    case Phase::Done: break;
  }
  done = phase_ == Phase::Done;
  return st;
}

}  // namespace tapwatch::gen
