#include "app_stream_driver.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "byte_reader.h"
#include "checking_sink.h"
#include "fuzz_check.h"
#include "protocols/app_detect.h"
#include "protocols/parser_factory.h"
#include "protocols/protocol_limits.h"
#include "protocols/protocol_stats.h"

namespace tapwatch::fuzz {
namespace {

// Small enough that short inputs hit every cap (header counts, body bytes,
// inflation, MIME depth, pipelining, DNS hops, TLS hello size).
ProtocolLimits tightLimits() {
  ProtocolLimits l;
  l.max_headers = 4;
  l.max_header_line_bytes = 64;
  l.max_header_block_bytes = 256;
  l.max_body_bytes = 512;
  l.max_inflated_bytes = 2048;
  l.max_pipelined = 2;
  l.max_smtp_line_bytes = 64;
  l.max_recipients = 2;
  l.max_mime_depth = 2;
  l.max_mime_parts = 4;
  l.max_subject_bytes = 32;
  l.max_dns_names = 2;
  l.max_dns_pointer_hops = 2;
  l.max_tls_hello_bytes = 256;
  return l;
}

}  // namespace

void fuzzAppStream(AppProto proto, const uint8_t* data, size_t size) {
  if (size == 0 || size > (1u << 20)) return;
  static const ProtocolLimits kDefault{};
  static const ProtocolLimits kTight = tightLimits();
  const uint8_t control = data[0];
  const ProtocolLimits& limits = (control & 1) ? kTight : kDefault;

  const std::string_view all(reinterpret_cast<const char*>(data + 1), size - 1);
  const size_t marker = all.find(kServerMarker);
  const std::string_view sides[2] = {all.substr(0, marker), marker == std::string_view::npos
                                                                ? std::string_view{}
                                                                : all.substr(marker + kServerMarker.size())};

  // Detection must cope with any prefix; the parser is chosen by the target, not by it.
  ProtocolsConfig ports;
  (void)detectAppProtoDetailed(asBytes(sides[0].substr(0, kAppDetectMaxBytes)),
                               asBytes(sides[1].substr(0, kAppDetectMaxBytes)), 80, false, ports);

  ProtocolStats stats;
  CheckingSink sink(limits);
  AppParserPtr parser = makeAppParser(proto, sink, limits, stats);
  FUZZ_CHECK(parser != nullptr);
  FUZZ_CHECK(parser->proto() == proto);

  SplitMix rng(control);
  const bool with_gaps = (control & 2) != 0;
  const uint32_t max_chunk = (control & 4) ? 7 : 1500;  // tiny chunks split every token
  size_t pos[2] = {0, 0};
  Timestamp ts{1590000000, 0};
  bool running = true;
  while (running && (pos[0] < sides[0].size() || pos[1] < sides[1].size())) {
    // Mostly the client first, as a conversation goes; sometimes the other side jumps in.
    unsigned d = pos[0] < sides[0].size() ? 0 : 1;
    if (d == 0 && pos[1] < sides[1].size() && rng.below(3) == 0) d = 1;
    const Direction dir = d == 0 ? Direction::ToServer : Direction::ToClient;
    const size_t n = std::min<size_t>(1 + rng.below(max_chunk), sides[d].size() - pos[d]);
    ts.nsec += 1000;
    ParseStatus status;
    if (with_gaps && rng.below(16) == 0) {
      status = parser->gap(dir, n);  // those bytes were lost by the capture
    } else {
      // A private copy of exactly the chunk: reads past it are ASan errors.
      std::vector<uint8_t> chunk(sides[d].begin() + pos[d], sides[d].begin() + pos[d] + n);
      status = parser->feed(dir, ByteSpan(chunk.data(), chunk.size()), ts);
    }
    pos[d] += n;
    running = status == ParseStatus::Continue;
  }
  parser->finish();
  FUZZ_CHECK(sink.openCount() == 0);
}

}  // namespace tapwatch::fuzz
