// The mapped reader (FileRead::Mapped) must hand over exactly what libpcap
// reads from the same file: same packets, timestamps, lengths and bytes, the
// same end, and the same error at the same place for a cut or corrupt file.
#include "capture/pcap_file_map.h"

#include <gtest/gtest.h>
#include <pcap/pcap.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "capture/pcap_source.h"

namespace tapwatch {
namespace {

std::string tempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("tapwatch_map_" + name + std::to_string(::getpid()))).string();
}

struct Packet {
  Timestamp ts;
  uint32_t wire_length = 0;
  std::vector<uint8_t> bytes;
};

struct Reading {
  std::vector<Packet> packets;
  ReadStatus last = ReadStatus::End;
  std::string error;
  bool mapped = false;
};

Reading readAll(const std::string& path, FileRead how) {
  Reading r;
  auto src = PcapSource::openFile(path, "", how);
  EXPECT_TRUE(src.ok()) << src.error().describe();
  if (!src.ok()) return r;
  r.mapped = src->isMapped();
  RawPacket p;
  while ((r.last = src->next(p)) == ReadStatus::Packet)
    r.packets.push_back(Packet{p.ts, p.wire_length, std::vector<uint8_t>(p.data, p.data + p.caplen)});
  r.error = src->lastError();
  return r;
}

// Varied sizes (0 to 1600 bytes), snaplen-cut records (caplen < len), with libpcap's own writer.
void writeCapture(const std::string& path, int count, u_int precision, int dlt = DLT_EN10MB, int snaplen = 65535) {
  pcap_t* dead = pcap_open_dead_with_tstamp_precision(dlt, snaplen, precision);
  pcap_dumper_t* dumper = pcap_dump_open(dead, path.c_str());
  ASSERT_NE(dumper, nullptr);
  for (int i = 0; i < count; ++i) {
    std::vector<uint8_t> pkt(static_cast<size_t>((i * 397) % 1601));
    for (size_t k = 0; k < pkt.size(); ++k) pkt[k] = static_cast<uint8_t>(i + k);
    pcap_pkthdr h{};
    h.ts.tv_sec = 1700000000 + i;
    h.ts.tv_usec = precision == PCAP_TSTAMP_PRECISION_NANO ? 999999999 - i : 999999 - i;
    h.caplen = static_cast<bpf_u_int32>(pkt.size());
    h.len = h.caplen + static_cast<bpf_u_int32>(i % 3 == 0 ? 100 : 0);
    pcap_dump(reinterpret_cast<u_char*>(dumper), &h, pkt.data());
  }
  pcap_dump_close(dumper);
  pcap_close(dead);
}

void expectSame(const Reading& mapped, const Reading& libpcap) {
  EXPECT_TRUE(mapped.mapped);
  EXPECT_FALSE(libpcap.mapped);
  ASSERT_EQ(mapped.packets.size(), libpcap.packets.size());
  for (size_t i = 0; i < mapped.packets.size(); ++i) {
    EXPECT_EQ(mapped.packets[i].ts.sec, libpcap.packets[i].ts.sec) << i;
    EXPECT_EQ(mapped.packets[i].ts.nsec, libpcap.packets[i].ts.nsec) << i;
    EXPECT_EQ(mapped.packets[i].wire_length, libpcap.packets[i].wire_length) << i;
    EXPECT_EQ(mapped.packets[i].bytes, libpcap.packets[i].bytes) << i;
  }
  EXPECT_EQ(mapped.last, libpcap.last);
  EXPECT_EQ(mapped.error, libpcap.error);
}

TEST(PcapFileMap, ReadsWhatLibpcapReadsInBothPrecisions) {
  for (u_int precision : {PCAP_TSTAMP_PRECISION_MICRO, PCAP_TSTAMP_PRECISION_NANO}) {
    const std::string path = tempPath("same.pcap");
    writeCapture(path, 500, precision);
    const Reading mapped = readAll(path, FileRead::Mapped);
    expectSame(mapped, readAll(path, FileRead::Libpcap));
    EXPECT_EQ(mapped.packets.size(), 500u);
    EXPECT_EQ(mapped.last, ReadStatus::End);
    std::filesystem::remove(path);
  }
}

TEST(PcapFileMap, ReadsBigEndianFiles) {
  const std::string path = tempPath("swapped.pcap");
  writeCapture(path, 40, PCAP_TSTAMP_PRECISION_MICRO);
  // Rewrite every 32-bit header field in the other byte order (the 16-bit version fields too).
  std::vector<char> bytes((std::istreambuf_iterator<char>(std::ifstream(path, std::ios::binary).rdbuf())), {});
  const auto swap32 = [&](size_t at) {
    uint32_t v;
    std::memcpy(&v, &bytes[at], 4);
    v = __builtin_bswap32(v);
    std::memcpy(&bytes[at], &v, 4);
  };
  const auto swap16 = [&](size_t at) { std::swap(bytes[at], bytes[at + 1]); };
  swap32(0);
  swap16(4);
  swap16(6);
  for (size_t at = 8; at < 24; at += 4) swap32(at);
  for (size_t at = 24; at + 16 <= bytes.size();) {
    uint32_t caplen;
    std::memcpy(&caplen, &bytes[at + 8], 4);
    for (size_t f = 0; f < 16; f += 4) swap32(at + f);
    at += 16 + caplen;
  }
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  const Reading mapped = readAll(path, FileRead::Mapped);
  expectSame(mapped, readAll(path, FileRead::Libpcap));
  EXPECT_EQ(mapped.packets.size(), 40u);
  std::filesystem::remove(path);
}

TEST(PcapFileMap, CutFilesEndWithLibpcapsErrorAtTheSamePacket) {
  const std::string path = tempPath("cut.pcap");
  writeCapture(path, 30, PCAP_TSTAMP_PRECISION_MICRO);
  const auto full = std::filesystem::file_size(path);
  // Cut inside a record's data, inside a record header, and right after a header.
  for (uintmax_t cut : {full - 10, full - 1000, uintmax_t{24 + 5}, uintmax_t{24 + 16 + 9}, uintmax_t{24 + 32 + 100}}) {
    writeCapture(path, 30, PCAP_TSTAMP_PRECISION_MICRO);
    std::filesystem::resize_file(path, cut);
    const Reading mapped = readAll(path, FileRead::Mapped);
    const Reading libpcap = readAll(path, FileRead::Libpcap);
    expectSame(mapped, libpcap);
    EXPECT_EQ(mapped.last, ReadStatus::Error) << cut;
  }
  std::filesystem::remove(path);
}

TEST(PcapFileMap, AnOversizedRecordIsAnErrorAsInLibpcap) {
  const std::string path = tempPath("huge.pcap");
  writeCapture(path, 3, PCAP_TSTAMP_PRECISION_MICRO);
  std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
  f.seekp(24 + 8);  // the first record's caplen
  const uint32_t huge = 0x7fffffff;
  f.write(reinterpret_cast<const char*>(&huge), 4);
  f.close();
  const Reading mapped = readAll(path, FileRead::Mapped);
  expectSame(mapped, readAll(path, FileRead::Libpcap));
  EXPECT_EQ(mapped.last, ReadStatus::Error);
  std::filesystem::remove(path);
}

// A file whose header claims a smaller snapshot length than its records
// (old Solaris writers, edited files): libpcap keeps the first snaplen bytes.
TEST(PcapFileMap, RecordsLongerThanTheSnaplenAreCutAsLibpcapCutsThem) {
  const std::string path = tempPath("snap.pcap");
  writeCapture(path, 20, PCAP_TSTAMP_PRECISION_MICRO, DLT_EN10MB, 200);
  const Reading mapped = readAll(path, FileRead::Mapped);
  expectSame(mapped, readAll(path, FileRead::Libpcap));
  ASSERT_EQ(mapped.packets.size(), 20u);
  EXPECT_EQ(mapped.packets[1].bytes.size(), 200u);  // 397 bytes written
  std::filesystem::remove(path);
}

TEST(PcapFileMap, OtherSourcesStayWithLibpcap) {
  const std::string path = tempPath("filtered.pcap");
  writeCapture(path, 3, PCAP_TSTAMP_PRECISION_MICRO);
  auto filtered = PcapSource::openFile(path, "tcp", FileRead::Mapped);  // a BPF filter: libpcap applies it
  ASSERT_TRUE(filtered.ok());
  EXPECT_FALSE(filtered->isMapped());
  auto asked_libpcap = PcapSource::openFile(path, "", FileRead::Libpcap);
  ASSERT_TRUE(asked_libpcap.ok());
  EXPECT_FALSE(asked_libpcap->isMapped());
  std::filesystem::remove(path);
  writeCapture(path, 3, PCAP_TSTAMP_PRECISION_MICRO, DLT_USB_LINUX);  // libpcap rewrites these headers
  auto rewritten = PcapSource::openFile(path, "", FileRead::Mapped);
  ASSERT_TRUE(rewritten.ok());
  EXPECT_FALSE(rewritten->isMapped());
  std::filesystem::remove(path);
}

TEST(PcapFileMap, PositionFollowsTheRecordsRead) {
  const std::string path = tempPath("pos.pcap");
  writeCapture(path, 5, PCAP_TSTAMP_PRECISION_MICRO);
  auto src = PcapSource::openFile(path, "", FileRead::Mapped);
  ASSERT_TRUE(src.ok());
  ASSERT_TRUE(src->isMapped());
  EXPECT_EQ(src->filePosition(), 24u);
  RawPacket p;
  uint64_t expected = 24;
  while (src->next(p) == ReadStatus::Packet) {
    expected += 16 + p.caplen;
    EXPECT_EQ(src->filePosition(), expected);
  }
  EXPECT_EQ(expected, std::filesystem::file_size(path));
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace tapwatch
