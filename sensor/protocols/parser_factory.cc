#include "protocols/parser_factory.h"

#include <memory>

#include "protocols/dns_parser.h"
#include "protocols/http_app_parser.h"
#include "protocols/quic_app_parser.h"
#include "protocols/smtp_app_parser.h"
#include "protocols/tls_app_parser.h"

namespace tapwatch {

std::string_view appProtoName(AppProto proto) {
  switch (proto) {
    case AppProto::Http: return "http";
    case AppProto::Smtp: return "smtp";
    case AppProto::Dns: return "dns";
    case AppProto::Tls: return "tls";
    case AppProto::Quic: return "quic";
    case AppProto::Unknown: break;
  }
  return "";
}

AppParserPtr makeAppParser(AppProto proto, InspectionSink& sink, const ProtocolLimits& limits, ProtocolStats& stats) {
  switch (proto) {
    case AppProto::Http: return std::make_unique<HttpAppParser>(sink, limits, stats);
    case AppProto::Smtp: return std::make_unique<SmtpAppParser>(sink, limits, stats);
    case AppProto::Dns: return std::make_unique<DnsTcpParser>(sink, limits, stats);
    case AppProto::Tls: return std::make_unique<TlsAppParser>(sink, limits, stats);
    case AppProto::Quic: return std::make_unique<QuicAppParser>(sink, limits, stats);
    case AppProto::Unknown: break;
  }
  return nullptr;
}

}  // namespace tapwatch
