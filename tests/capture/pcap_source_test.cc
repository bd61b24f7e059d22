#include "capture/pcap_source.h"

#include <gtest/gtest.h>
#include <pcap/pcap.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

namespace tapwatch {
namespace {

std::string tempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("tapwatch_" + name + std::to_string(::getpid()))).string();
}

// Writes `count` raw-IP packets of 40 bytes with libpcap itself.
void writeCapture(const std::string& path, int count, u_int precision) {
  pcap_t* dead = pcap_open_dead_with_tstamp_precision(DLT_RAW, 65535, precision);
  pcap_dumper_t* dumper = pcap_dump_open(dead, path.c_str());
  ASSERT_NE(dumper, nullptr);
  std::vector<uint8_t> pkt(40, 0);
  pkt[0] = 0x45;
  for (int i = 0; i < count; ++i) {
    pcap_pkthdr h{};
    h.ts.tv_sec = 1590487200 + i;
    h.ts.tv_usec = precision == PCAP_TSTAMP_PRECISION_NANO ? 123456789 : 500;
    h.caplen = h.len = 40;
    pcap_dump(reinterpret_cast<u_char*>(dumper), &h, pkt.data());
  }
  pcap_dump_close(dumper);
  pcap_close(dead);
}

TEST(PcapSource, ReadsMicrosecondFileAsNanoseconds) {
  const std::string path = tempPath("micro.pcap");
  writeCapture(path, 3, PCAP_TSTAMP_PRECISION_MICRO);
  auto src = PcapSource::openFile(path);
  ASSERT_TRUE(src.ok()) << src.error().describe();
  RawPacket p;
  ASSERT_EQ(src->next(p), ReadStatus::Packet);
  EXPECT_EQ(src->datalink(), DLT_RAW);
  EXPECT_EQ(p.ts.sec, 1590487200);
  EXPECT_EQ(p.ts.nsec, 500000u);
  EXPECT_EQ(p.caplen, 40u);
  EXPECT_EQ(src->next(p), ReadStatus::Packet);
  EXPECT_EQ(src->next(p), ReadStatus::Packet);
  EXPECT_EQ(src->next(p), ReadStatus::End);
  std::filesystem::remove(path);
}

int countPackets(PcapSource& src) {
  RawPacket p;
  int n = 0;
  while (src.next(p) == ReadStatus::Packet) ++n;
  return n;
}

TEST(PcapSource, AFileIsFilteredByTheBpfAsTcpdumpReadsIt) {
  const std::string path = tempPath("bpf.pcap");
  writeCapture(path, 3, PCAP_TSTAMP_PRECISION_MICRO);  // raw IPv4, protocol 0
  auto all = PcapSource::openFile(path, "ip proto 0");
  ASSERT_TRUE(all.ok()) << all.error().describe();
  EXPECT_EQ(countPackets(*all), 3);
  auto none = PcapSource::openFile(path, "tcp");
  ASSERT_TRUE(none.ok()) << none.error().describe();
  EXPECT_EQ(countPackets(*none), 0);
  auto bad = PcapSource::openFile(path, "tcp prt 80");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().describe().find("capture.bpf"), std::string::npos) << bad.error().describe();
  std::filesystem::remove(path);
}

TEST(PcapSource, ABadFilterIsFoundBeforeAnyCaptureIsOpened) {
  EXPECT_TRUE(checkBpfFilter("").ok());
  EXPECT_TRUE(checkBpfFilter("tcp port 25 or udp port 53").ok());
  const Status bad = checkBpfFilter("tcp port twentyfive and");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().describe().find("capture.bpf"), std::string::npos) << bad.error().describe();
}

TEST(PcapSource, KeepsNanosecondTimestamps) {
  const std::string path = tempPath("nano.pcap");
  writeCapture(path, 1, PCAP_TSTAMP_PRECISION_NANO);
  auto src = PcapSource::openFile(path);
  ASSERT_TRUE(src.ok());
  RawPacket p;
  ASSERT_EQ(src->next(p), ReadStatus::Packet);
  EXPECT_EQ(p.ts.nsec, 123456789u);
  std::filesystem::remove(path);
}

TEST(PcapSource, TruncatedFileEndsWithErrorAfterCompletePackets) {
  const std::string path = tempPath("cut.pcap");
  writeCapture(path, 3, PCAP_TSTAMP_PRECISION_MICRO);
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - 10);
  auto src = PcapSource::openFile(path);
  ASSERT_TRUE(src.ok());
  RawPacket p;
  EXPECT_EQ(src->next(p), ReadStatus::Packet);
  EXPECT_EQ(src->next(p), ReadStatus::Packet);
  EXPECT_EQ(src->next(p), ReadStatus::Error);
  EXPECT_NE(src->lastError().find("truncated"), std::string::npos) << src->lastError();
  std::filesystem::remove(path);
}

TEST(PcapSource, MissingAndGarbageFilesAreClearErrors) {
  auto missing = PcapSource::openFile("/nonexistent/x.pcap");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().describe().find("/nonexistent/x.pcap"), std::string::npos);

  const std::string path = tempPath("garbage.pcap");
  std::ofstream(path) << "this is not a capture file at all";
  auto garbage = PcapSource::openFile(path);
  ASSERT_FALSE(garbage.ok());
  EXPECT_NE(garbage.error().describe().find("cannot read capture"), std::string::npos);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace tapwatch
