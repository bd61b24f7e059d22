#pragma once
// CheckingSink: an InspectionSink for fuzz targets that aborts (FUZZ_CHECK)
// when a parser breaks the sink contract (inspection_sink.h) or a limit of
// ProtocolLimits: data outside an open scope, a field of the wrong scope, a
// block field in pieces, streaming data after `last`, a scope opened twice,
// buffers larger than the caps allow. It reads every delivered byte and the
// alert context strings so ASan sees stale or out-of-bounds memory.
#include <array>
#include <cstdint>
#include <map>
#include <string>

#include "common/bytes.h"
#include "common/field.h"
#include "fuzz_check.h"
#include "protocols/inspection_sink.h"
#include "protocols/protocol_limits.h"
#include "protocols/transaction_context.h"

namespace tapwatch::fuzz {

class CheckingSink final : public InspectionSink {
 public:
  explicit CheckingSink(const ProtocolLimits& limits) : limits_(limits) {}

  void openScope(uint32_t scope_id, Scope scope, const TransactionContext* context) override {
    FUZZ_CHECK(context != nullptr);
    FUZZ_CHECK(open_.find(scope_id) == open_.end());
    open_[scope_id] = OpenScope{scope, context, {}, {}};
    ++opened_;
  }

  void fieldData(uint32_t scope_id, Field field, ByteSpan data, bool last) override {
    auto it = open_.find(scope_id);
    FUZZ_CHECK(it != open_.end());
    OpenScope& s = it->second;
    FUZZ_CHECK(fieldInfo(field).scope == s.scope);
    touch(data);
    const size_t f = static_cast<size_t>(field);
    if (!fieldInfo(field).piecewise) {
      FUZZ_CHECK(last);
      FUZZ_CHECK(data.size() <= blockLimit(field));
      return;
    }
    FUZZ_CHECK(!s.ended[f]);
    s.streamed[f] += data.size();
    FUZZ_CHECK(s.streamed[f] <= streamLimit());
    if (last) s.ended[f] = true;
  }

  void closeScope(uint32_t scope_id) override {
    auto it = open_.find(scope_id);
    FUZZ_CHECK(it != open_.end());
    const TransactionContext& c = *it->second.context;
    size_t n = c.app_proto.size() + c.http_hostname.size() + c.http_url.size() + c.http_method.size() +
               c.http_user_agent.size() + c.smtp_mail_from.size() + c.email_subject.size() + c.dns_rrname.size() +
               c.tls_sni.size() + c.tls_ja3.size() + c.tls_ja4.size() + c.tls_subject.size() + c.tls_issuer.size() +
               c.tls_serial.size() + c.tls_fingerprint.size() + c.quic_ua.size();
    for (const auto& san : c.tls_san) n += san.size();
    for (const auto& alpn : c.tls_client_alpns) n += alpn.size();
    for (const auto& r : c.smtp_rcpt_to) n += r.size();
    touch(asBytes(c.http_url));
    touch(asBytes(c.email_subject));
    // The alert context is copied into every alert: it must stay small.
    FUZZ_CHECK(c.smtp_rcpt_to.size() <= limits_.max_recipients);
    FUZZ_CHECK(c.email_subject.size() <= limits_.max_subject_bytes);
    FUZZ_CHECK(n <= 64 * 1024 + static_cast<size_t>(limits_.max_recipients) * limits_.max_smtp_line_bytes);
    open_.erase(it);
  }

  size_t openCount() const { return open_.size(); }
  uint64_t opened() const { return opened_; }

 private:
  struct OpenScope {
    Scope scope;
    const TransactionContext* context;
    std::array<uint64_t, kFieldCount> streamed;
    std::array<bool, kFieldCount> ended;
  };

  static void touch(ByteSpan data) {
    uint8_t x = 0;
    for (uint8_t b : data) x = static_cast<uint8_t>(x ^ b);
    volatile uint8_t sink = x;
    (void)sink;
  }

  size_t blockLimit(Field field) const {
    switch (field) {
      case Field::DnsQuery: return 253;
      case Field::TlsSni: return 65535;
      case Field::SmtpSubject: return limits_.max_subject_bytes;
      default:
        return static_cast<size_t>(limits_.max_header_block_bytes) + limits_.max_header_line_bytes +
               limits_.max_smtp_line_bytes;
    }
  }
  // Decoding can grow text (charset conversion to UTF-8 up to 4x), never past this.
  uint64_t streamLimit() const { return 4 * (limits_.max_body_bytes + limits_.max_inflated_bytes); }

  const ProtocolLimits& limits_;
  std::map<uint32_t, OpenScope> open_;
  uint64_t opened_ = 0;
};

}  // namespace tapwatch::fuzz
