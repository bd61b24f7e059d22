#pragma once
// Application protocol detection for a new flow, by configured ports AND by
// content: HTTP method or status line, SMTP 220 banner / EHLO / HELO, TLS
// record header 0x16 0x03 0x0X, DNS message shape. Services on odd ports are
// still recognised, and content wins over the port when they disagree (TLS on
// port 80 is TLS; garbage on port 80 is Unknown). The port only relaxes
// checks: a bare "220 " banner on an SMTP port is SMTP, while elsewhere the
// banner must say "SMTP" or the client must send EHLO/HELO (an FTP banner
// also starts with 220); DNS shape checks are looser on DNS ports.
//
// Bytes needed: TLS 3, HTTP up to 10 ("PROPPATCH "), SMTP client 5, SMTP
// banner its first line, DNS over TCP 2 + 12 + the first question name
// (UDP: the datagram). While undecided the result is Unknown with
// final == false: the engine calls again with more bytes. Once a direction
// holds kAppDetectMaxBytes without a match it counts as "no match"; when no
// candidate is left the result is final. A client that spoke first and
// matched nothing makes the result final too (no waiting for a banner). Worker thread only; pure function.
#include <cstddef>
#include <cstdint>

#include "common/bytes.h"
#include "config/config.h"
#include "protocols/app_parser.h"

namespace tapwatch {

constexpr size_t kAppDetectMaxBytes = 512;

struct AppDetection {
  AppProto proto = AppProto::Unknown;
  bool final = false;  // false: Unknown for now, call again with more bytes
};

AppDetection detectAppProtoDetailed(ByteSpan first_to_server, ByteSpan first_to_client, uint16_t server_port,
                                    bool is_udp, const ProtocolsConfig& ports);

// The contract entry point: detectAppProtoDetailed(...).proto.
AppProto detectAppProto(ByteSpan first_to_server, ByteSpan first_to_client, uint16_t server_port, bool is_udp,
                        const ProtocolsConfig& ports);

}  // namespace tapwatch
