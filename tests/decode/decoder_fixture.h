#pragma once
// A Decoder with its stats, and helpers to decode test frames and compare counters.
#include <gtest/gtest.h>

#include <string>

#include "common/link_types.h"
#include "decode/decoder.h"
#include "packet_builder.h"

namespace tapwatch::test {

class DecoderTest : public ::testing::Test {
 protected:
  // Decodes from an exact-size copy of the first `caplen` bytes that lives
  // until the next call, as a capture buffer would (payload points into it).
  DecodeStatus decode(int dlt, const Bytes& frame, std::optional<uint32_t> caplen = std::nullopt,
                      std::optional<uint32_t> wire = std::nullopt, Timestamp ts = {1000, 0}) {
    uint32_t cap = caplen.value_or(static_cast<uint32_t>(frame.size()));
    frame_.assign(frame.begin(), frame.begin() + cap);
    frame_.shrink_to_fit();
    return decoder_.decode(dlt, ts, frame_.data(), cap, wire.value_or(static_cast<uint32_t>(frame.size())), packet_);
  }

  // The only error counted so far is `e`, exactly `times` times.
  void expectOnlyError(DecodeError e, uint64_t times = 1) {
    EXPECT_EQ(stats_.value(e), times) << decodeErrorName(e);
    EXPECT_EQ(stats_.totalErrors(), times) << "other reasons were counted too";
  }

  std::string payloadString() const {
    return std::string(reinterpret_cast<const char*>(packet_.payload), packet_.payload_length);
  }

  Bytes frame_;
  DecodeStats stats_;
  DefragLimits limits_{};
  // The packet builder leaves checksums zero; checksum_validation_test.cc covers them.
  Decoder decoder_{limits_, stats_, DecoderOptions{.checksum = ChecksumMode::No}};
  DecodedPacket packet_;
};

inline IpAddress v4(std::array<uint8_t, 4> a) { return IpAddress::v4(a.data()); }
inline IpAddress v6(std::array<uint8_t, 16> a) { return IpAddress::v6(a.data()); }

}  // namespace tapwatch::test
