// The EVE `tls` and `quic` objects, keys and spellings as Suricata 8 writes
// them (etc/schema.json): what a TLS handshake or a QUIC Initial showed.
#include "output/eve_json.h"

namespace tapwatch::eve {
namespace {

constexpr const char* kQuic = "quic";

void putIfSet(json& obj, const char* key, const std::string& value) {
  if (!value.empty()) obj[key] = value;
}

void putHashed(json& obj, const char* key, const std::string& hash, const std::string& text) {
  if (!hash.empty()) obj[key] = json{{"hash", hash}, {"string", text}};
}

}  // namespace

void addTls(const TransactionContext& ctx, json& root) {
  if (ctx.app_proto == kQuic) return;
  json tls = json::object();
  putIfSet(tls, "subject", ctx.tls_subject);
  putIfSet(tls, "issuerdn", ctx.tls_issuer);
  if (!ctx.tls_san.empty()) tls["subjectaltname"] = ctx.tls_san;
  putIfSet(tls, "serial", ctx.tls_serial);
  putIfSet(tls, "fingerprint", ctx.tls_fingerprint);
  putIfSet(tls, "sni", ctx.tls_sni);
  putIfSet(tls, "version", ctx.tls_version);
  putIfSet(tls, "notbefore", ctx.tls_not_before);
  putIfSet(tls, "notafter", ctx.tls_not_after);
  putHashed(tls, "ja3", ctx.tls_ja3_hash, ctx.tls_ja3);
  putHashed(tls, "ja3s", ctx.tls_ja3s_hash, ctx.tls_ja3s);
  putIfSet(tls, "ja4", ctx.tls_ja4);
  if (!ctx.tls_client_alpns.empty()) tls["client_alpns"] = ctx.tls_client_alpns;
  if (!ctx.tls_server_alpn.empty()) tls["server_alpns"] = json::array({ctx.tls_server_alpn});
  if (!tls.empty()) root["tls"] = std::move(tls);
}

void addQuic(const TransactionContext& ctx, json& root) {
  if (ctx.app_proto != kQuic) return;
  json quic = json::object();
  putIfSet(quic, "version", ctx.quic_version);
  putIfSet(quic, "sni", ctx.tls_sni);
  putIfSet(quic, "ua", ctx.quic_ua);
  putHashed(quic, "ja3", ctx.tls_ja3_hash, ctx.tls_ja3);
  putIfSet(quic, "ja4", ctx.tls_ja4);
  if (!quic.empty()) root["quic"] = std::move(quic);
}

}  // namespace tapwatch::eve
