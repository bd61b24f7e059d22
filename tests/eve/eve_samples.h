#pragma once
// One event of every kind Tapwatch raises, with every field its formatter
// can write filled in: the unit tests check the keys, eve_samples prints
// them for the schema check (tests/eve/eve_schema.py).
#include <memory>
#include <vector>

#include "output/eve_event.h"

namespace tapwatch::test {

inline EveHeader sampleHeader() {
  EveHeader h;
  h.ts = Timestamp{1590487200, 500000};
  h.flow_id = 1955473209872431;
  h.in_iface = "eth0";
  h.vlan = {42};
  h.has_tuple = true;
  h.src_ip = *IpAddress::parse("198.51.100.7");
  h.src_port = 50001;
  h.dest_ip = *IpAddress::parse("10.0.0.25");
  h.dest_port = 80;
  h.ip_protocol = 6;
  return h;
}

inline std::unique_ptr<TransactionEvent> sampleHttp() {
  auto tx = std::make_unique<TransactionEvent>();
  tx->header = sampleHeader();
  tx->header.app_proto = "http";
  tx->type = EveType::Http;
  tx->tx_id = 2;
  TransactionContext& c = tx->context;
  c.app_proto = "http";
  c.http_hostname = "wallet-check.example";
  c.http_url = "/verify?id=7";
  c.http_method = "GET";
  c.http_user_agent = "Mozilla/5.0";
  c.http_status = 200;
  c.http_protocol = "HTTP/1.1";
  c.http_content_type = "text/html";
  c.http_referer = "http://mail.example/";
  c.http_response_length = 512;
  c.http_request_headers = {{"Host", "wallet-check.example"}, {"User-Agent", "Mozilla/5.0"}};
  c.http_response_headers = {{"Content-Type", "text/html"}};
  return tx;
}

inline std::unique_ptr<TransactionEvent> sampleDns(bool response) {
  auto tx = std::make_unique<TransactionEvent>();
  tx->header = sampleHeader();
  tx->header.ip_protocol = 17;
  tx->header.dest_port = 53;
  tx->header.app_proto = "dns";
  tx->type = EveType::Dns;
  tx->tx_id = 0;
  TransactionContext& c = tx->context;
  c.dns_rrname = "login.scam-wallet.example";
  c.dns_rrtype = "A";
  c.dns_id = 4660;
  if (response) {
    c.dns_rcode = "NOERROR";
    c.dns_answers = {{"login.scam-wallet.example", "CNAME", "cdn.scam-wallet.example", 300},
                     {"cdn.scam-wallet.example", "A", "192.0.2.80", 60}};
  }
  return tx;
}

inline std::unique_ptr<TransactionEvent> sampleTls() {
  auto tx = std::make_unique<TransactionEvent>();
  tx->header = sampleHeader();
  tx->header.dest_port = 443;
  tx->header.app_proto = "tls";
  tx->type = EveType::Tls;
  tx->context.tls_sni = "wallet-check.example";
  return tx;
}

inline std::unique_ptr<TransactionEvent> sampleSmtp() {
  auto tx = std::make_unique<TransactionEvent>();
  tx->header = sampleHeader();
  tx->header.dest_port = 25;
  tx->header.app_proto = "smtp";
  tx->type = EveType::Smtp;
  tx->tx_id = 1;
  TransactionContext& c = tx->context;
  c.smtp_helo = "mx.example";
  c.smtp_mail_from = "<a@example.org>";
  c.smtp_rcpt_to = {"<c@example.net>", "<d@example.net>"};
  c.email_from = "Support <a@example.org>";
  c.email_to = {"c@example.net"};
  c.email_cc = {"d@example.net"};
  c.email_subject = "Your account";
  c.email_urls = {"https://login.scam.example/verify?a=1&b=2", "http://192.0.2.7/setup.EXE", "http://[2001:db8::7]/"};
  FileInfo zip;
  zip.filename = "invoice.zip";
  zip.content_type = "application/zip";
  zip.size = 1234;
  zip.sha256.fill(0xab);
  zip.sha256_valid = true;
  FileInfo cut;
  cut.filename = "big.pdf";
  cut.size = 1048576;
  cut.truncated = true;
  c.files = {zip, cut};
  return tx;
}

inline std::unique_ptr<FlowEndEvent> sampleFlow() {
  auto f = std::make_unique<FlowEndEvent>();
  f->header = sampleHeader();
  f->header.app_proto = "http";
  f->pkts_toserver = 7;
  f->pkts_toclient = 5;
  f->bytes_toserver = 900;
  f->bytes_toclient = 4000;
  f->start = Timestamp{1590487200, 0};
  f->end = Timestamp{1590487265, 250000000};
  f->state = "closed";
  f->reason = FlowEndCause::Timeout;
  f->alerted = true;
  f->is_tcp = true;
  return f;
}

inline std::unique_ptr<AnomalyEvent> sampleAnomaly(AnomalyLayer type) {
  auto a = std::make_unique<AnomalyEvent>();
  a->header = sampleHeader();
  a->type = type;
  if (type == AnomalyLayer::Decode) {
    a->header.flow_id = 0;
    a->header.has_tuple = false;
    a->event = "truncated_ipv4";
    a->layer = "ipv4";
  } else if (type == AnomalyLayer::Stream) {
    a->event = "stream_gaps";
    a->layer = "stream";
  } else {
    a->header.app_proto = "http";
    a->event = "http_bare_lf_line_end";
    a->layer = "proto_parser";
  }
  return a;
}

inline std::unique_ptr<Alert> sampleAlertEvent() {
  auto a = std::make_unique<Alert>();
  a->ts = Timestamp{1590487200, 500000};
  a->flow_id = 1955473209872431;
  a->in_iface = "eth0";
  a->src_ip = *IpAddress::parse("198.51.100.7");
  a->src_port = 50001;
  a->dest_ip = *IpAddress::parse("10.0.0.25");
  a->dest_port = 25;
  a->ip_protocol = 6;
  a->signature_id = 2100001;
  a->signature = "Sextortion: claims webcam recording";
  a->category = "sextortion";
  a->severity = 1;
  a->field = Field::SmtpBody;
  a->excerpt = "I recorded you";
  a->score = 7;
  a->indicators = {"recorded"};
  a->tags = {"covid19"};
  a->references = {"https://example.org/advisory"};
  a->context = sampleSmtp()->context;
  a->context.app_proto = "smtp";
  return a;
}

inline std::vector<EveEvent> allSampleEvents() {
  std::vector<EveEvent> events;
  events.emplace_back(sampleAlertEvent());
  events.emplace_back(sampleHttp());
  events.emplace_back(sampleDns(false));
  events.emplace_back(sampleDns(true));
  events.emplace_back(sampleTls());
  events.emplace_back(sampleSmtp());
  events.emplace_back(sampleFlow());
  events.emplace_back(sampleAnomaly(AnomalyLayer::Decode));
  events.emplace_back(sampleAnomaly(AnomalyLayer::Stream));
  events.emplace_back(sampleAnomaly(AnomalyLayer::AppLayer));
  return events;
}

}  // namespace tapwatch::test
