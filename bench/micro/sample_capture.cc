#include "sample_capture.h"

#include <pcap/pcap.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <utility>

#include "generator.h"

namespace tapwatch::bench {

const std::vector<SampleFrame>& sampleCapture(uint64_t bytes, uint32_t flows) {
  static std::map<std::pair<uint64_t, uint32_t>, std::vector<SampleFrame>> cache;
  auto& frames = cache[{bytes, flows}];
  if (!frames.empty()) return frames;
  gen::GeneratorOptions o;
  const char* tmp = std::getenv("TMPDIR");
  o.out = std::string(tmp ? tmp : "/tmp") + "/tapwatch-microbench-" + std::to_string(bytes) + "-" +
          std::to_string(flows) + ".pcap";
  o.target_bytes = bytes;
  o.flows = flows;
  o.seed = 42;
  auto report = gen::generate(o);
  if (!report) {
    std::fprintf(stderr, "microbench: %s\n", report.error().message.c_str());
    std::exit(1);
  }
  char err[PCAP_ERRBUF_SIZE];
  pcap_t* p = pcap_open_offline(o.out.c_str(), err);
  if (!p) {
    std::fprintf(stderr, "microbench: %s\n", err);
    std::exit(1);
  }
  pcap_pkthdr* h;
  const u_char* d;
  while (pcap_next_ex(p, &h, &d) == 1)
    frames.push_back({std::vector<uint8_t>(d, d + h->caplen), h->ts.tv_sec,
                      static_cast<uint32_t>(h->ts.tv_usec) * 1000});
  pcap_close(p);
  std::remove(o.out.c_str());
  return frames;
}

}  // namespace tapwatch::bench
