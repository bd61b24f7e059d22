// syslog_driver: pushes numbered alerts through a real OutputThread so the
// end-to-end script (syslog_e2e.py) and the benchmark can talk to a real
// rsyslog. Reads commands on stdin, one per line, and answers on stdout:
//   send FIRST COUNT [INTERVAL_US]   submit alerts with flow_id FIRST..FIRST+COUNT-1
//   stats                            one JSON object with the output counters
//   wait_sent N TIMEOUT_MS           wait until sent+resent >= N (for benchmarks)
//   stop DEADLINE_MS                 drain, persist, print stats, exit
// Options: --transport T --target HOST:PORT --spool DIR [--ca F --cert F --key F]
//          [--framing lf] [--format rfc3164] [--body cef] [--eve PATH] [--queue-max N]
#include <chrono>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>

#include "config/config.h"
#include "output/eve_format.h"
#include "output/output_thread.h"

using namespace tapwatch;

namespace {

Alert makeAlert(uint64_t seq) {
  Alert a;
  a.ts = Timestamp{1590487200 + static_cast<int64_t>(seq), 1000};
  a.flow_id = seq;
  a.in_iface = "lo";
  a.src_ip = *IpAddress::parse("198.51.100.7");
  a.src_port = 50001;
  a.dest_ip = *IpAddress::parse("10.0.0.25");
  a.dest_port = 25;
  a.ip_protocol = 6;
  a.signature_id = 2100001;
  a.rev = 1;
  a.signature = "Sextortion: claims webcam recording and demands \"bitcoin\"";
  a.category = "sextortion";
  a.severity = 1;
  a.field = Field::SmtpBody;
  // Hostile bytes on purpose: quotes, brackets, a newline, invalid UTF-8.
  a.excerpt = "I recorded you ] \"now\" \\ pay\n\xff seq " + std::to_string(seq);
  a.context.app_proto = "smtp";
  return a;
}

std::string statsJson(const OutputStats& s) {
  nlohmann::json j;
  visitOutputStats(s, [&](const MetricInfo& metric, std::string_view label, uint64_t v) {
    j[std::string(metric.name) + (label.empty() ? "" : "{" + std::string(label) + "}")] = v;
  });
  return j.dump();
}

}  // namespace

int main(int argc, char** argv) {
  OutputsConfig cfg;
  cfg.eve.enabled = false;
  cfg.syslog.enabled = true;
  cfg.prometheus.enabled = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i], v = argv[i + 1];
    if (k == "--transport") cfg.syslog.transport = v;
    else if (k == "--target") cfg.syslog.target = v;
    else if (k == "--spool") cfg.syslog.spool_dir = v;
    else if (k == "--ca") cfg.syslog.tls.ca_file = v;
    else if (k == "--cert") cfg.syslog.tls.cert_file = v;
    else if (k == "--key") cfg.syslog.tls.key_file = v;
    else if (k == "--framing") cfg.syslog.framing = v;
    else if (k == "--format") cfg.syslog.format = v;
    else if (k == "--body") cfg.syslog.body = v;
    else if (k == "--queue-max") cfg.syslog.queue_max = static_cast<uint32_t>(std::stoul(v));
    else if (k == "--eve") {
      cfg.eve.enabled = true;
      cfg.eve.path = v;
    } else {
      std::cerr << "unknown option " << k << "\n";
      return 2;
    }
  }
  OutputStats stats;
  OutputThread out(cfg, "tap-e2e", stats);
  if (Status st = out.start(); !st) {
    std::cerr << "start failed: " << st.error().describe() << "\n";
    return 1;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream in(line);
    std::string cmd;
    in >> cmd;
    if (cmd == "send") {
      uint64_t first = 0, count = 0, interval_us = 0;
      in >> first >> count >> interval_us;
      // Build first so the timed part is the hand-off, formatting (output thread) and delivery.
      std::vector<EveEvent> records;
      records.reserve(count);
      for (uint64_t s = first; s < first + count; ++s) records.emplace_back(std::make_unique<Alert>(makeAlert(s)));
      const auto t0 = std::chrono::steady_clock::now();
      for (auto& r : records) {
        out.submit(std::move(r), SubmitMode::Wait);
        if (interval_us) std::this_thread::sleep_for(std::chrono::microseconds(interval_us));
      }
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::cout << "sent " << count << " " << secs << std::endl;
    } else if (cmd == "stats") {
      std::cout << statsJson(stats) << std::endl;
    } else if (cmd == "wait_sent") {
      uint64_t n = 0, timeout_ms = 0;
      in >> n >> timeout_ms;
      const auto t0 = std::chrono::steady_clock::now();
      const auto deadline = t0 + std::chrono::milliseconds(timeout_ms);
      while (stats.syslog_sent.value() + stats.syslog_resent.value() < n &&
             std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::cout << "waited " << secs << " " << statsJson(stats) << std::endl;
    } else if (cmd == "stop") {
      uint64_t ms = 0;
      in >> ms;
      out.stop(std::chrono::milliseconds(ms));
      std::cout << statsJson(stats) << std::endl;
      return 0;
    } else if (!cmd.empty()) {
      std::cout << "error unknown command " << cmd << std::endl;
    }
  }
  out.stop(std::chrono::milliseconds(1000));
  return 0;
}
