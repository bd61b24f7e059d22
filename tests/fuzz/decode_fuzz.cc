// libFuzzer entry for the packet decoder and the IP defragmenter (fuzz_decode;
// fuzz_replay_decode replays the corpus in every build, see CMakeLists.txt).
// Each input is decoded once under every supported link type, from an
// exact-size copy so ASan catches any read past caplen. The Decoder persists
// across inputs with a small memcap, so fragments from earlier inputs meet
// later ones and the defragmenter's eviction and timeout paths get exercised.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "common/link_types.h"
#include "decode/decoder.h"

namespace {

using namespace tapwatch;

constexpr int kLinkTypes[] = {link::kNull,        link::kEthernet,  link::kRaw,      link::kRawBsdOs,
                              link::kLinktypeRaw, link::kLoop,      link::kLinuxSll, link::kIpv4,
                              link::kIpv6,        link::kLinuxSll2, link::kCiscoHdlc};

struct Harness {
  DecodeStats stats;
  DefragLimits limits = [] {
    DefragLimits l;
    l.memcap_bytes = 256 * 1024;
    l.timeout_seconds = 2;
    l.max_fragments_per_datagram = 16;
    return l;
  }();
  Decoder decoder{limits, stats};
  int64_t clock = 0;
};

void checkPacket(const DecodedPacket& p, const uint8_t* data, size_t size) {
  // Payload must lie inside the input or, when reassembled, be a bounded datagram.
  if (p.payload_length > p.payload_wire_length) __builtin_trap();
  if (!p.from_fragments && p.payload_length > 0 && (p.payload < data || p.payload + p.payload_length > data + size))
    __builtin_trap();
  if (p.from_fragments && p.payload_length > 65535) __builtin_trap();
  uint8_t sum = 0;
  for (uint32_t i = 0; i < p.payload_length; ++i) sum = static_cast<uint8_t>(sum ^ p.payload[i]);  // touch every byte
  volatile uint8_t sink = sum;
  (void)sink;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Harness* harness = new Harness();  // lives for the process, like a worker's decoder
  if (size > 262144) return 0;
  std::vector<uint8_t> copy(data, data + size);
  const uint8_t* bytes = copy.empty() ? nullptr : copy.data();
  const uint32_t caplen = static_cast<uint32_t>(size);

  for (int dlt : kLinkTypes) {
    ++harness->clock;
    DecodedPacket packet;
    // Once as captured in full, once as if the snaplen had cut a longer packet.
    for (uint32_t wire : {caplen, caplen + 100}) {
      DecodeStatus status = harness->decoder.decode(dlt, {harness->clock, 0}, bytes, caplen, wire, packet);
      if (status == DecodeStatus::Ok) checkPacket(packet, bytes, size);
    }
  }
  if (harness->clock % 64 == 0) harness->decoder.expire({harness->clock, 0});
  if (harness->decoder.defragmenter().memoryUsed() > harness->limits.memcap_bytes) __builtin_trap();
  return 0;
}
