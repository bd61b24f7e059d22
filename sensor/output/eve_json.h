#pragma once
// Shared pieces of the EVE formatters (output thread only): the JSON type,
// the common header keys, and the application-layer objects that both
// transaction records and alerts carry.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "output/eve_event.h"
#include "output/eve_format.h"

namespace tapwatch::eve {

// ordered_json keeps Suricata's key order (timestamp first) for people reading the log.
using json = nlohmann::ordered_json;

const char* protoName(uint8_t ip_protocol);

// timestamp, flow_id, in_iface, event_type, vlan, tuple, proto, community_id, host.
json header(const EveHeader& h, std::string_view event_type, const EveFormatOptions& options);

// Captured bytes are not guaranteed UTF-8; replace rather than throw.
std::string dump(const json& j);

// The application objects of one transaction, added to `root`: http, dns,
// tls, quic, smtp (+ email). An empty context adds nothing.
void addHttp(const TransactionContext& ctx, json& root);
void addDns(const TransactionContext& ctx, uint64_t tx_id, json& root);
void addTls(const TransactionContext& ctx, json& root);   // eve_tls_json.cc; nothing for a QUIC context
void addQuic(const TransactionContext& ctx, json& root);  // eve_tls_json.cc; only for a QUIC context
void addSmtp(const TransactionContext& ctx, json& root);
void addEmail(const TransactionContext& ctx, json& root);
json fileinfo(const FileInfo& file, uint64_t tx_id);

}  // namespace tapwatch::eve
