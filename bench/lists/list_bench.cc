// 1M-entry IOC lists: load time, memory and lookup cost, through the
// sensor's own path (list file -> loader -> DetectionSet -> ScopeScan).
//
//   tapwatch-list-bench [--entries N] [--lookups N] [--dir DIR]
//
// Writes an IP list (half IPv4 addresses and /24s, half IPv6 /64s and /48s,
// random, with ~1% duplicates) and a domain list (random two-label names
// under 200 TLD-like suffixes) of N entries each, then for each list: loads a
// one-signature pack naming it (load time, matcher bytes), and scans N lookups
// of field values (half listed, half not) one scope each, as the engine does
// per flow (ip.dst) or per DNS query (dns.query). Times are this thread's
// CPU time. Prints a Markdown table.
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "detect/detection_set.h"
#include "detect/scan_scratch.h"
#include "detect/scope_scan.h"

namespace {

using namespace tapwatch;
// CPU time of this thread: the shared 2-core build machine runs other jobs,
// and wall time there measures the queue, not the code.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
};

double seconds(double a, double b) { return b - a; }

struct CountingSink : HitSink {
  uint64_t hits = 0;
  void onHit(const Signature&, Field, uint32_t, std::string_view, PatternMask) override { ++hits; }
};

std::string v4(uint32_t a) {
  return std::to_string(a >> 24) + "." + std::to_string((a >> 16) & 255) + "." + std::to_string((a >> 8) & 255) + "." +
         std::to_string(a & 255);
}
std::string v6(uint32_t a, uint32_t b) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "2a00:%x:%x:%x::", a >> 16, a & 0xffff, b & 0xffff);
  return buf;
}
std::string domain(std::mt19937& rng) {
  static const char* kAlpha = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string label;
  const size_t len = 6 + rng() % 12;
  for (size_t i = 0; i < len; ++i) label += kAlpha[rng() % 36];
  return label + "-" + std::to_string(rng() % 1000) + ".tld" + std::to_string(rng() % 200);
}

struct Row {
  std::string what;
  size_t entries;
  double load_s;
  double ns_per_lookup;
  double ns_per_raw_lookup;  // the matcher alone: parse + search (IP) / suffix walk (domain)
  size_t structure_bytes;
  uint64_t hits, lookups;
};

Row run(const std::string& what, const std::string& dir, const std::string& kind, const std::string& list, Field field,
        const std::vector<std::string>& values, size_t entries) {
  const std::string yaml = dir + "/" + kind + ".yaml";
  std::ofstream(yaml) << "signatures:\n  - id: 1\n    name: bench\n    fields: [" << fieldName(field)
                      << "]\n    patterns:\n      - {list: " << list << ", kind: " << kind << "}\n";
  const auto t0 = Clock::now();
  auto set = DetectionSet::load({yaml}, DetectOptions{});
  const auto t1 = Clock::now();
  if (!set.ok()) {
    std::fprintf(stderr, "%s\n", set.error().describe().c_str());
    std::exit(1);
  }
  DetectStats stats;
  ScanScratch scratch(stats);
  scratch.prepare(**set);
  CountingSink sink;
  ScopeScan scan(*set, fieldInfo(field).scope);
  const auto t2 = Clock::now();
  for (const auto& v : values) {
    scan.reset(*set, fieldInfo(field).scope);
    scan.scan(scratch, field, 0, asBytes(v), true, sink);
    scan.close(scratch, sink);
  }
  const auto t3 = Clock::now();
  const FieldDatabase& db = (*set)->database(field);
  uint64_t raw_hits = 0;
  const auto t4 = Clock::now();
  for (const auto& v : values) {
    if (db.ips) {
      IpValue ip;
      if (parseIpValue(v, ip)) db.ips->lookup(ip, [&](PatternRef) { ++raw_hits; });
    } else {
      db.domains->lookup(v, [&](PatternRef) { ++raw_hits; });
    }
  }
  const auto t5 = Clock::now();
  if (raw_hits != sink.hits)
    std::fprintf(stderr, "warning: raw lookups found %llu, scans %llu\n", static_cast<unsigned long long>(raw_hits),
                 static_cast<unsigned long long>(sink.hits));
  const size_t bytes = db.ips ? db.ips->memoryBytes() : db.domains->memoryBytes();
  const double n = static_cast<double>(values.size());
  return {what,  entries,   seconds(t0, t1), seconds(t2, t3) * 1e9 / n, seconds(t4, t5) * 1e9 / n,
          bytes, sink.hits, values.size()};
}

}  // namespace

int main(int argc, char** argv) {
  size_t entries = 1'000'000, lookups = 1'000'000;
  std::string dir = std::filesystem::temp_directory_path() / "tapwatch-list-bench";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--entries") entries = std::stoul(argv[i + 1]);
    else if (a == "--lookups") lookups = std::stoul(argv[i + 1]);
    else if (a == "--dir") dir = argv[i + 1];
  }
  std::filesystem::create_directories(dir);
  std::mt19937 rng(2026);

  // IP list + lookups (half are listed addresses, half random ones).
  std::vector<std::string> listed, ip_values, domain_values;
  {
    std::ofstream out(dir + "/ips.txt");
    out << "# generated\n";
    for (size_t i = 0; i < entries; ++i) {
      const uint32_t a = rng(), b = rng();
      std::string e;
      switch (i % 4) {
        case 0: e = v4(a); break;
        case 1: e = v4(a & 0xffffff00u) + "/24"; break;
        case 2: e = v6(a, b) + "/64"; break;
        default: e = v6(a, b) + "/48"; break;
      }
      if (i % 100 == 99) e = listed.back();  // duplicates happen in real feeds
      out << e << '\n';
      if (listed.size() < lookups / 2 && e.find('/') == std::string::npos) listed.push_back(e);
    }
  }
  for (size_t i = 0; i < lookups; ++i) {
    if (i % 2 == 0 && !listed.empty()) ip_values.push_back(listed[(i / 2) % listed.size()]);
    else ip_values.push_back(i % 4 == 1 ? v4(rng()) : "2001:db9::" + std::to_string(i % 9999));  // db9: never listed
  }
  listed.clear();
  {
    std::ofstream out(dir + "/domains.txt");
    for (size_t i = 0; i < entries; ++i) {
      std::string d = domain(rng);
      out << d << '\n';
      if (listed.size() < lookups / 2) listed.push_back(d);
    }
  }
  for (size_t i = 0; i < lookups; ++i) {
    // Listed names are looked up as subdomains (www.<entry>): the suffix walk a real query takes.
    if (i % 2 == 0) domain_values.push_back("www." + listed[(i / 2) % listed.size()]);
    else domain_values.push_back("www." + domain(rng));
  }
  listed.clear();
  listed.shrink_to_fit();

  std::vector<Row> rows;
  rows.push_back(run("ip list (ip.dst)", dir, "ip", "ips.txt", Field::IpDst, ip_values, entries));
  rows.push_back(run("domain list (dns.query)", dir, "domain", "domains.txt", Field::DnsQuery, domain_values, entries));
  std::printf("| list | entries | load (s CPU) | matcher (MiB) | scope scan (ns CPU/value) | matcher lookup (ns CPU) | "
              "hits / lookups |\n");
  std::printf("|---|---|---|---|---|---|---|\n");
  for (const auto& r : rows)
    std::printf("| %s | %zu | %.2f | %.1f | %.0f | %.0f | %llu / %llu |\n", r.what.c_str(), r.entries, r.load_s,
                static_cast<double>(r.structure_bytes) / (1 << 20), r.ns_per_lookup, r.ns_per_raw_lookup,
                static_cast<unsigned long long>(r.hits), static_cast<unsigned long long>(r.lookups));
  std::filesystem::remove_all(dir);
  return 0;
}
