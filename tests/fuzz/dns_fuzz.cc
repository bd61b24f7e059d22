// libFuzzer entry for DNS: the bytes after the control byte are parsed as one
// UDP datagram (parseDnsDatagram, and the pairing DnsUdpParser) and every name offset is read with
// readDnsName; the whole input also drives the TCP parser (length-framed
// messages, app_stream_driver.h layout).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "app_stream_driver.h"
#include "checking_sink.h"
#include "fuzz_check.h"
#include "protocols/dns_parser.h"

using namespace tapwatch;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 65536) return 0;
  static const ProtocolLimits kDefault{};
  ProtocolLimits tight;
  tight.max_dns_names = 2;
  tight.max_dns_pointer_hops = 1 + data[0] % 4;
  const ProtocolLimits& limits = (data[0] & 1) ? tight : kDefault;

  // Exact-size copy: the datagram ends where the allocation ends.
  const std::vector<uint8_t> datagram(data + 1, data + size);
  const ByteSpan message(datagram.data(), datagram.size());
  {
    ProtocolStats stats;
    fuzz::CheckingSink sink(limits);
    TransactionContext context;
    parseDnsDatagram(message, sink, 1, stats, context, limits);
    FUZZ_CHECK(sink.openCount() == 0);
    FUZZ_CHECK(context.dns_rrname.size() <= kDnsMaxNameText);
  }
  {
    // The paired UDP parser: the datagram as a query and as an answer, twice
    // (a response may join the query scope the first feed left open).
    ProtocolStats stats;
    fuzz::CheckingSink sink(limits);
    DnsUdpParser parser(sink, limits, stats);
    for (int round = 0; round < 2; ++round) {
      FUZZ_CHECK(parser.feed(Direction::ToServer, message, {}) == ParseStatus::Continue);
      FUZZ_CHECK(parser.feed(Direction::ToClient, message, {}) == ParseStatus::Continue);
    }
    FUZZ_CHECK(sink.openCount() <= limits.max_dns_pending);
    parser.finish();
    FUZZ_CHECK(sink.openCount() == 0);
  }
  // Every start offset, as if a question or a pointer led there.
  for (size_t offset = 0; offset < message.size() && offset < 512; ++offset) {
    char name[kDnsMaxNameText + 1];
    size_t name_len = 0;
    size_t next = 0;
    const DnsNameStatus status = readDnsName(message, offset, limits.max_dns_pointer_hops, name, name_len, next);
    if (status != DnsNameStatus::Ok) continue;
    FUZZ_CHECK(name_len <= kDnsMaxNameText);
    FUZZ_CHECK(next > offset && next <= message.size());
    for (size_t i = 0; i < name_len; ++i) FUZZ_CHECK(name[i] < 'A' || name[i] > 'Z');  // lowercased
  }
  fuzz::fuzzAppStream(AppProto::Dns, data, size);
  return 0;
}
