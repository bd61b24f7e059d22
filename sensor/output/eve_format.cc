#include "output/eve_format.h"

#include <cctype>
#include <ctime>

#include "output/eve_json.h"

namespace tapwatch {
namespace {

using eve::json;

// Redaction keeps the shape of the excerpt (length, spacing, punctuation) for
// triage while hiding personal content such as names and addresses.
std::string redactText(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) c = '*';
  }
  return out;
}

std::string excerptText(const Alert& a, const EveFormatOptions& options) {
  std::string_view excerpt = a.excerpt;
  if (excerpt.size() > options.excerpt_bytes) excerpt = excerpt.substr(excerpt.size() - options.excerpt_bytes);
  // The excerpt window may start inside a multi-byte UTF-8 character; begin at
  // the next character so the text does not open with a replacement mark.
  for (int i = 0; i < 3 && !excerpt.empty() && (static_cast<unsigned char>(excerpt[0]) & 0xC0) == 0x80; ++i)
    excerpt.remove_prefix(1);
  return options.redact ? redactText(excerpt) : std::string(excerpt);
}

EveHeader alertHeader(const Alert& a) {
  EveHeader h;
  h.ts = a.ts;
  h.flow_id = a.flow_id;
  h.in_iface = a.in_iface;
  h.vlan = a.vlan;
  h.has_tuple = true;
  h.src_ip = a.src_ip;
  h.src_port = a.src_port;
  h.dest_ip = a.dest_ip;
  h.dest_port = a.dest_port;
  h.ip_protocol = a.ip_protocol;
  return h;
}

void addContextObjects(const TransactionContext& ctx, uint64_t tx_id, json& root) {
  eve::addHttp(ctx, root);
  eve::addSmtp(ctx, root);
  eve::addEmail(ctx, root);
  eve::addDns(ctx, tx_id, root);
  eve::addTls(ctx, root);
  eve::addQuic(ctx, root);
}

std::string_view flowReasonName(FlowEndCause reason) {
  switch (reason) {
    case FlowEndCause::Forced: return "forced";
    case FlowEndCause::Shutdown: return "shutdown";
    case FlowEndCause::Timeout: break;
  }
  return "timeout";
}

std::string_view anomalyTypeName(AnomalyLayer type) {
  switch (type) {
    case AnomalyLayer::Stream: return "stream";
    case AnomalyLayer::AppLayer: return "applayer";
    case AnomalyLayer::Decode: break;
  }
  return "decode";
}

AlertRecord lineOf(EveType type, Timestamp ts, std::string json_line) {
  AlertRecord r;
  r.type = type;
  r.ts = ts;
  r.severity = 4;  // syslog PRI of non-alert records: informational
  r.eve_json = std::move(json_line);
  return r;
}

void formatTransaction(const TransactionEvent& tx, const EveFormatOptions& options, EveTypeSet types,
                       std::vector<AlertRecord>& out) {
  const TransactionContext& ctx = tx.context;
  if (types.has(tx.type)) {
    json root = eve::header(tx.header, eveTypeName(tx.type), options);
    root["tx_id"] = tx.tx_id;
    if (!tx.header.app_proto.empty()) root["app_proto"] = tx.header.app_proto;
    switch (tx.type) {
      case EveType::Http: eve::addHttp(ctx, root); break;
      case EveType::Dns: eve::addDns(ctx, tx.tx_id, root); break;
      case EveType::Tls: eve::addTls(ctx, root); break;
      case EveType::Smtp:
        eve::addSmtp(ctx, root);
        eve::addEmail(ctx, root);
        break;
      case EveType::Quic: eve::addQuic(ctx, root); break;
      default: break;
    }
    out.push_back(lineOf(tx.type, tx.header.ts, eve::dump(root)));
  }
  if (types.has(EveType::Fileinfo)) {
    for (const FileInfo& file : ctx.files) {
      json root = eve::header(tx.header, "fileinfo", options);
      root["tx_id"] = tx.tx_id;
      if (!tx.header.app_proto.empty()) root["app_proto"] = tx.header.app_proto;
      if (tx.type == EveType::Smtp) {
        eve::addSmtp(ctx, root);
        eve::addEmail(ctx, root);
      } else if (tx.type == EveType::Http) {
        eve::addHttp(ctx, root);
      }
      root["fileinfo"] = eve::fileinfo(file, tx.tx_id);
      out.push_back(lineOf(EveType::Fileinfo, tx.header.ts, eve::dump(root)));
    }
  }
}

std::string formatFlow(const FlowEndEvent& f, const EveFormatOptions& options) {
  json root = eve::header(f.header, "flow", options);
  if (!f.header.app_proto.empty()) root["app_proto"] = f.header.app_proto;
  json flow;
  flow["pkts_toserver"] = f.pkts_toserver;
  flow["pkts_toclient"] = f.pkts_toclient;
  flow["bytes_toserver"] = f.bytes_toserver;
  flow["bytes_toclient"] = f.bytes_toclient;
  flow["start"] = formatEveTimestamp(f.start);
  flow["end"] = formatEveTimestamp(f.end);
  flow["age"] = f.end.sec > f.start.sec ? f.end.sec - f.start.sec : 0;
  flow["state"] = f.state;
  flow["reason"] = flowReasonName(f.reason);
  flow["alerted"] = f.alerted;
  root["flow"] = std::move(flow);
  return eve::dump(root);
}

std::string formatAnomaly(const AnomalyEvent& a, const EveFormatOptions& options) {
  json root = eve::header(a.header, "anomaly", options);
  if (!a.header.app_proto.empty()) root["app_proto"] = a.header.app_proto;
  json anomaly;
  anomaly["type"] = anomalyTypeName(a.type);
  anomaly["event"] = a.event;
  if (!a.layer.empty()) anomaly["layer"] = a.layer;
  if (a.type == AnomalyLayer::AppLayer && !a.header.app_proto.empty()) anomaly["app_proto"] = a.header.app_proto;
  root["anomaly"] = std::move(anomaly);
  return eve::dump(root);
}

// Suricata writes each `metadata:` key once, its values as an array of strings.
void addRuleMetadata(json& alert, const Alert& a) {
  for (const auto& [key, value] : a.metadata) alert["metadata"][key].push_back(value);
}

}  // namespace

std::string formatEveTimestamp(Timestamp ts) {
  std::tm tm{};
  const time_t secs = static_cast<time_t>(ts.sec);
  gmtime_r(&secs, &tm);
  char buf[64];
  const size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(buf + n, sizeof buf - n, ".%06u+0000", ts.nsec / 1000);
  return buf;
}

std::string formatEveAlert(const Alert& a, const EveFormatOptions& options) {
  json root = eve::header(alertHeader(a), "alert", options);
  if (!a.context.app_proto.empty()) root["app_proto"] = a.context.app_proto;
  root["direction"] = directionName(a.direction);

  const std::string excerpt = excerptText(a, options);
  json alert;
  alert["action"] = "allowed";
  alert["gid"] = 1;
  alert["signature_id"] = a.signature_id;
  alert["rev"] = a.rev;
  alert["signature"] = a.signature;
  alert["category"] = a.category;
  alert["severity"] = a.severity;
  if (!a.tags.empty()) alert["metadata"] = json{{"tag", a.tags}};
  addRuleMetadata(alert, a);
  if (!a.references.empty()) alert["references"] = a.references;
  if (options.alert_context) {
    json context;
    context["field"] = fieldName(a.field);
    context["excerpt"] = excerpt;
    if (a.score >= 0) context["score"] = a.score;
    if (!a.indicators.empty()) context["indicators"] = a.indicators;
    alert["context"] = std::move(context);
  }
  root["alert"] = std::move(alert);
  addContextObjects(a.context, 0, root);
  // Suricata's own key for the printable form of what matched.
  root["payload_printable"] = excerpt;
  return eve::dump(root);
}

AlertRecord makeAlertRecord(const Alert& alert, const EveFormatOptions& options) {
  AlertRecord record;
  record.type = EveType::Alert;
  record.signature_id = alert.signature_id;
  record.rev = alert.rev;
  record.category = alert.category;
  record.severity = alert.severity;
  record.ts = alert.ts;
  record.eve_json = formatEveAlert(alert, options);
  return record;
}

void formatEveEvent(const EveEvent& event, const EveFormatOptions& options, EveTypeSet types,
                    std::vector<AlertRecord>& out) {
  switch (event.payload.index()) {
    case 1:
      if (types.has(EveType::Alert)) out.push_back(makeAlertRecord(*std::get<1>(event.payload), options));
      break;
    case 2: formatTransaction(*std::get<2>(event.payload), options, types, out); break;
    case 3:
      if (types.has(EveType::Flow)) {
        const FlowEndEvent& f = *std::get<3>(event.payload);
        out.push_back(lineOf(EveType::Flow, f.header.ts, formatFlow(f, options)));
      }
      break;
    case 4:
      if (types.has(EveType::Anomaly)) {
        const AnomalyEvent& a = *std::get<4>(event.payload);
        out.push_back(lineOf(EveType::Anomaly, a.header.ts, formatAnomaly(a, options)));
      }
      break;
    default: break;
  }
}

}  // namespace tapwatch
