#pragma once
// Test helpers: read a pcap back with libpcap, and an independent
// (16-bit-word, obviously correct) Internet checksum to check the generator's.
#include <unistd.h>

#include <gtest/gtest.h>
#include <pcap/pcap.h>

#include <cstdio>

#include <cstdint>
#include <string>
#include <vector>

namespace tapwatch::test {

struct Frame {
  uint64_t ts_us = 0;
  std::vector<uint8_t> bytes;
};

inline std::vector<Frame> readFrames(const std::string& path) {
  std::vector<Frame> frames;
  char err[PCAP_ERRBUF_SIZE];
  pcap_t* p = pcap_open_offline(path.c_str(), err);
  if (!p) return frames;
  pcap_pkthdr* h;
  const u_char* d;
  while (pcap_next_ex(p, &h, &d) == 1)
    frames.push_back({static_cast<uint64_t>(h->ts.tv_sec) * 1000000 + static_cast<uint64_t>(h->ts.tv_usec),
                      std::vector<uint8_t>(d, d + h->caplen)});
  pcap_close(p);
  return frames;
}

inline uint32_t wordSum(const uint8_t* p, size_t n) {
  uint32_t s = 0;
  for (size_t i = 0; i + 1 < n; i += 2) s += (p[i] << 8) | p[i + 1];
  if (n & 1) s += p[n - 1] << 8;
  return s;
}
// True when the ones'-complement sum over the bytes (checksum field included) is 0xffff.
inline bool checksumOk(uint32_t sum) {
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return sum == 0xffff;
}

inline std::vector<uint8_t> readFile(const std::string& path) {
  std::vector<uint8_t> out;
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    uint8_t buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.insert(out.end(), buf, buf + n);
    std::fclose(f);
  }
  return out;
}

// ctest runs every test in its own process, in parallel: the pid keeps
// two tests writing the same name apart.
inline std::string tempPath(const std::string& name) {
  return std::string(::testing::TempDir()) + "/tapwatch_bench_" + std::to_string(::getpid()) + "_" + name;
}

}  // namespace tapwatch::test
