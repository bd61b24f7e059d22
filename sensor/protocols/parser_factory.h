#pragma once
// Creating the parser for a detected protocol. Worker thread only (parsers
// are per flow). `limits` and `stats` must outlive the parser.
#include "protocols/app_parser.h"
#include "protocols/inspection_sink.h"
#include "protocols/protocol_limits.h"
#include "protocols/protocol_stats.h"

namespace tapwatch {

// nullptr for AppProto::Unknown. AppProto::Dns gives the TCP (length-framed)
// parser; DNS over UDP goes through parseDnsDatagram() (dns_parser.h).
AppParserPtr makeAppParser(AppProto proto, InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats);
AppParserPtr makeAppParser(AppProto, InspectionSink&, ProtocolLimits&&, ProtocolStats&) = delete;

}  // namespace tapwatch
