// tapwatch-eve-bench: how many events per second the output thread turns
// into EVE lines. Builds N events (a mix of alerts, http/dns/smtp
// transactions, flow ends and anomalies, as a busy sensor raises them), hands
// them to a real OutputThread (EVE to a file; /dev/null by default) from one
// producer thread, and times hand-off + formatting + writing until stop()
// returns. Usage: tapwatch-eve-bench [EVENTS] [PATH]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "config/config.h"
#include "output/output_thread.h"

namespace tapwatch {
namespace {

EveHeader header(uint64_t i) {
  EveHeader h;
  h.ts = Timestamp{1590487200 + static_cast<int64_t>(i / 1000), static_cast<uint32_t>(i % 1000) * 1000};
  h.flow_id = 1 + i * 7919;
  h.has_tuple = true;
  h.src_ip = *IpAddress::parse("198.51.100.7");
  h.src_port = static_cast<uint16_t>(1024 + i % 60000);
  h.dest_ip = *IpAddress::parse("203.0.113.25");
  h.dest_port = 80;
  h.ip_protocol = 6;
  h.app_proto = "http";
  return h;
}

EveEvent makeEvent(uint64_t i) {
  switch (i % 10) {
    case 0: {
      auto a = std::make_unique<Alert>();
      a->ts = header(i).ts;
      a->flow_id = header(i).flow_id;
      a->src_ip = header(i).src_ip;
      a->dest_ip = header(i).dest_ip;
      a->src_port = 50000;
      a->dest_port = 25;
      a->ip_protocol = 6;
      a->signature_id = 2100001;
      a->signature = "Sextortion: claims webcam recording";
      a->category = "sextortion";
      a->excerpt = "Unfortunately I recorded you through your webcam";
      a->context.app_proto = "smtp";
      a->context.smtp_mail_from = "<a@example.org>";
      a->context.smtp_rcpt_to = {"<c@example.net>"};
      a->context.email_subject = "Your account";
      return EveEvent(std::move(a));
    }
    case 1:
    case 2:
    case 3: {
      auto tx = std::make_unique<TransactionEvent>();
      tx->header = header(i);
      tx->type = EveType::Http;
      tx->tx_id = i % 8;
      tx->context.http_hostname = "shop.example";
      tx->context.http_url = "/index.html?id=" + std::to_string(i);
      tx->context.http_method = "GET";
      tx->context.http_user_agent = "Mozilla/5.0 (X11; Linux x86_64)";
      tx->context.http_status = 200;
      tx->context.http_protocol = "HTTP/1.1";
      return EveEvent(std::move(tx));
    }
    case 4:
    case 5: {
      auto tx = std::make_unique<TransactionEvent>();
      tx->header = header(i);
      tx->header.ip_protocol = 17;
      tx->header.dest_port = 53;
      tx->header.app_proto = "dns";
      tx->type = EveType::Dns;
      tx->context.dns_rrname = "host" + std::to_string(i % 500) + ".example.com";
      tx->context.dns_rrtype = "A";
      return EveEvent(std::move(tx));
    }
    case 6: {
      auto tx = std::make_unique<TransactionEvent>();
      tx->header = header(i);
      tx->header.dest_port = 25;
      tx->header.app_proto = "smtp";
      tx->type = EveType::Smtp;
      tx->context.smtp_helo = "mx.example";
      tx->context.smtp_mail_from = "<a@example.org>";
      tx->context.smtp_rcpt_to = {"<c@example.net>"};
      tx->context.email_subject = "Invoice";
      return EveEvent(std::move(tx));
    }
    case 7: {
      auto a = std::make_unique<AnomalyEvent>();
      a->header = header(i);
      a->type = AnomalyLayer::AppLayer;
      a->event = "http_bare_lf_line_end";
      a->layer = "proto_parser";
      return EveEvent(std::move(a));
    }
    default: {
      auto f = std::make_unique<FlowEndEvent>();
      f->header = header(i);
      f->pkts_toserver = 10;
      f->pkts_toclient = 12;
      f->bytes_toserver = 1500;
      f->bytes_toclient = 90000;
      f->start = f->header.ts;
      f->end = f->header.ts;
      f->state = "closed";
      return EveEvent(std::move(f));
    }
  }
}

}  // namespace
}  // namespace tapwatch

int main(int argc, char** argv) {
  using namespace tapwatch;
  const uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  OutputsConfig config;
  config.eve.path = argc > 2 ? argv[2] : "/dev/null";
  config.eve.stats_interval = 0;
  config.prometheus.enabled = false;
  OutputStats stats;
  std::vector<EveEvent> events;
  events.reserve(n);
  for (uint64_t i = 0; i < n; ++i) events.push_back(makeEvent(i));
  OutputThread out(config, "bench", stats, {.submit = SubmitMode::Wait});
  if (Status st = out.start(); !st) {
    std::fprintf(stderr, "%s\n", st.error().describe().c_str());
    return 1;
  }
  const auto t0 = std::chrono::steady_clock::now();
  for (auto& e : events) out.submit(std::move(e), SubmitMode::Wait);
  out.stop(std::chrono::milliseconds(0));
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf(
      "{\"events\": %llu, \"lines_written\": %llu, \"errors\": %llu, \"seconds\": %.3f, \"events_per_s\": %.0f}\n",
      static_cast<unsigned long long>(stats.events_received.value()),
      static_cast<unsigned long long>(stats.eve_written.value()),
      static_cast<unsigned long long>(stats.eve_errors.value()), secs,
      static_cast<double>(stats.events_received.value()) / secs);
  return stats.events_received.value() == n ? 0 : 1;
}
