#include "output/syslog_spool.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "test_dir.h"

namespace tapwatch {
namespace {

namespace fs = std::filesystem;

std::unique_ptr<SyslogSpool> openSpool(const std::string& dir, uint64_t max_bytes = 1 << 20,
                                       uint64_t segment_bytes = 4096) {
  SpoolOptions o;
  o.dir = dir;
  o.max_bytes = max_bytes;
  o.segment_bytes = segment_bytes;
  auto r = SyslogSpool::open(o);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? std::move(r.value()) : nullptr;
}

std::string msg(int i) { return "message-" + std::to_string(i) + std::string(static_cast<size_t>(i % 37), '.'); }

std::vector<std::string> readAll(SyslogSpool& s) {
  std::vector<std::string> out;
  while (s.read(out, 1000, 1 << 20) > 0) {
  }
  return out;
}

std::vector<fs::path> segments(const std::string& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().filename().string().starts_with("seg-")) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(SyslogSpool, KeepsOrderAcrossSegments) {
  TestDir dir;
  auto s = openSpool(dir.path());
  for (int i = 0; i < 500; ++i) ASSERT_EQ(s->append(msg(i)), SyslogSpool::WriteStatus::Ok);
  EXPECT_GT(segments(dir.path()).size(), 3u);  // small segments: the test crosses boundaries
  EXPECT_EQ(s->pendingRecords(), 500u);
  const auto got = readAll(*s);
  ASSERT_EQ(got.size(), 500u);
  for (int i = 0; i < 500; ++i) EXPECT_EQ(got[static_cast<size_t>(i)], msg(i));
  EXPECT_EQ(s->unreadRecords(), 0u);
  EXPECT_EQ(s->pendingRecords(), 500u);  // read is not delivered
  s->commit(500);
  EXPECT_EQ(s->pendingRecords(), 0u);
  EXPECT_EQ(s->liveBytes(), 0u);
  EXPECT_TRUE(segments(dir.path()).empty());  // delivered segments are deleted
}

TEST(SyslogSpool, SurvivesRestartWithCursor) {
  TestDir dir;
  {
    auto s = openSpool(dir.path());
    for (int i = 0; i < 300; ++i) s->append(msg(i));
    std::vector<std::string> out;
    ASSERT_EQ(s->read(out, 120, 1 << 20), 120u);
    s->commit(100);  // 100 delivered, 20 read but not confirmed
    s->sync();
  }
  auto s = openSpool(dir.path());
  EXPECT_EQ(s->pendingRecords(), 200u);
  const auto got = readAll(*s);
  ASSERT_EQ(got.size(), 200u);
  for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i], msg(static_cast<int>(i) + 100));
  // Appends after a restart go after the old records.
  s->append("new");
  std::vector<std::string> more;
  s->read(more, 10, 1 << 20);
  EXPECT_EQ(more, std::vector<std::string>{"new"});
}

TEST(SyslogSpool, RewindReturnsUnconfirmedRecords) {
  TestDir dir;
  auto s = openSpool(dir.path());
  for (int i = 0; i < 50; ++i) s->append(msg(i));
  std::vector<std::string> out;
  s->read(out, 30, 1 << 20);
  s->commit(10);
  s->rewind();
  EXPECT_EQ(s->unreadRecords(), 40u);
  const auto got = readAll(*s);
  ASSERT_EQ(got.size(), 40u);
  EXPECT_EQ(got.front(), msg(10));
  EXPECT_EQ(got.back(), msg(49));
}

TEST(SyslogSpool, BoundedBySizeDropsTheNewest) {
  TestDir dir;
  auto s = openSpool(dir.path(), /*max_bytes=*/1000, /*segment_bytes=*/300);
  int accepted = 0;
  for (int i = 0; i < 100; ++i) {
    if (s->append("0123456789012345678901234567890123456789") == SyslogSpool::WriteStatus::Ok) ++accepted;
  }
  EXPECT_EQ(accepted, 1000 / (40 + SyslogSpool::kHeader));
  EXPECT_LE(s->liveBytes(), 1000u);
  // Delivering frees room again.
  std::vector<std::string> out;
  s->read(out, 5, 1 << 20);
  s->commit(5);
  EXPECT_EQ(s->append("0123456789012345678901234567890123456789"), SyslogSpool::WriteStatus::Ok);
  EXPECT_EQ(s->append(std::string(SyslogSpool::kMaxRecord + 1, 'x')), SyslogSpool::WriteStatus::TooLarge);
}

TEST(SyslogSpool, TornTailRecordIsCutOffAtOpen) {
  TestDir dir;
  {
    auto s = openSpool(dir.path(), 1 << 20, 1 << 20);
    for (int i = 0; i < 10; ++i) s->append(msg(i));
  }
  const auto segs = segments(dir.path());
  ASSERT_EQ(segs.size(), 1u);
  const auto full = fs::file_size(segs[0]);
  fs::resize_file(segs[0], full - 3);  // crash in the middle of the last write
  auto s = openSpool(dir.path(), 1 << 20, 1 << 20);
  EXPECT_EQ(s->corruptRegions(), 1u);
  EXPECT_EQ(s->lostTorn(), 1u);  // the cut record is counted, not silently gone
  EXPECT_EQ(s->lostCorrupt(), 0u);
  const auto got = readAll(*s);
  ASSERT_EQ(got.size(), 9u);
  EXPECT_EQ(got.back(), msg(8));
  // New records after the cut are readable.
  s->append("after");
  std::vector<std::string> more;
  s->read(more, 10, 1 << 20);
  EXPECT_EQ(more, std::vector<std::string>{"after"});
}

// Ten records "record-0".."record-9" (8 payload bytes each) in one segment.
fs::path tenRecords(const std::string& dir) {
  auto s = openSpool(dir, 1 << 20, 1 << 20);
  for (int i = 0; i < 10; ++i) s->append("record-" + std::to_string(i));
  return segments(dir).at(0);
}

constexpr off_t kRecordBytes = SyslogSpool::kHeader + 8;

void flipBit(const fs::path& file, off_t offset, int bit = 0) {
  const int fd = ::open(file.c_str(), O_RDWR);
  ASSERT_GE(fd, 0);
  char c = 0;
  ASSERT_EQ(::pread(fd, &c, 1, offset), 1);
  c = static_cast<char>(c ^ (1 << bit));
  ASSERT_EQ(::pwrite(fd, &c, 1, offset), 1);
  ::close(fd);
}

TEST(SyslogSpool, OneFlippedPayloadBitLosesOneRecordAndItIsCounted) {
  TestDir dir;
  flipBit(tenRecords(dir.path()), 4 * kRecordBytes + SyslogSpool::kHeader + 2);
  auto s = openSpool(dir.path(), 1 << 20, 1 << 20);
  EXPECT_EQ(s->corruptRegions(), 1u);
  EXPECT_EQ(s->lostCorrupt(), 1u);
  const auto got = readAll(*s);
  ASSERT_EQ(got.size(), 9u);  // the rest of the segment is recovered, nothing garbled
  EXPECT_EQ(got[3], "record-3");
  EXPECT_EQ(got[4], "record-5");
  EXPECT_EQ(got.size() + s->lostRecords(), 10u);
}

TEST(SyslogSpool, FlippedLengthOrMagicBitsAreCaughtAndCountedExactly) {
  // Header damage of several neighbours: the sequence numbers of the good
  // records around the damage say exactly how many were lost.
  for (const off_t header_byte : {off_t{0}, off_t{5}, off_t{9}, off_t{17}}) {
    TestDir dir;
    const fs::path seg = tenRecords(dir.path());
    for (int r = 2; r <= 4; ++r) flipBit(seg, r * kRecordBytes + header_byte, 3);
    auto s = openSpool(dir.path(), 1 << 20, 1 << 20);
    EXPECT_EQ(s->lostCorrupt(), 3u) << "header byte " << header_byte;
    const auto got = readAll(*s);
    ASSERT_EQ(got.size(), 7u) << "header byte " << header_byte;
    EXPECT_EQ(got[1], "record-1");
    EXPECT_EQ(got[2], "record-5");
  }
}

TEST(SyslogSpool, DamageFoundWhileReadingIsSkippedAndCounted) {
  TestDir dir;
  auto s = openSpool(dir.path(), 1 << 20, 1 << 20);
  for (int i = 0; i < 10; ++i) s->append("record-" + std::to_string(i));
  s->sync();
  flipBit(segments(dir.path()).at(0), 6 * kRecordBytes + SyslogSpool::kHeader);  // after open: a disk error
  const auto got = readAll(*s);
  ASSERT_EQ(got.size(), 9u);
  EXPECT_EQ(got[6], "record-7");
  EXPECT_EQ(s->lostCorrupt(), 1u);
  s->commit(got.size());
  EXPECT_EQ(s->pendingRecords(), 0u);  // nothing phantom left waiting
  s->append("after");
  std::vector<std::string> more;
  s->read(more, 10, 1 << 20);
  EXPECT_EQ(more, std::vector<std::string>{"after"});
}

TEST(SyslogSpool, FirstFormatSegmentsAreConvertedNotLost) {
  TestDir dir;
  fs::create_directories(dir.path());
  {
    // [u32 length][u32 crc32 of the payload][payload], the format before the magic.
    std::ofstream f(dir.path() + "/seg-00000001099511627776.log", std::ios::binary);
    for (const std::string payload : {"old-1", "old-2", "old-3"}) {
      const uint32_t len = static_cast<uint32_t>(payload.size());
      const auto crc = static_cast<uint32_t>(::crc32(0L, reinterpret_cast<const Bytef*>(payload.data()),
                                                     static_cast<uInt>(payload.size())));
      f.write(reinterpret_cast<const char*>(&len), 4);
      f.write(reinterpret_cast<const char*>(&crc), 4);
      f << payload;
    }
  }
  auto s = openSpool(dir.path());
  EXPECT_EQ(s->lostRecords(), 0u);
  s->append("new-4");
  const auto got = readAll(*s);
  EXPECT_EQ(got, (std::vector<std::string>{"old-1", "old-2", "old-3", "new-4"}));
}

TEST(SyslogSpool, RandomDamageNeverLosesARecordUncounted) {
  // 2,000 records over several segments, bits flipped at random: every
  // record is either read back intact or counted as lost, exactly.
  for (uint32_t seed = 1; seed <= 10; ++seed) {
    TestDir dir;
    {
      auto s = openSpool(dir.path(), 8 << 20, 16 << 10);
      for (int i = 0; i < 2000; ++i) s->append(msg(i));
    }
    uint32_t rng = seed;
    auto next = [&rng] { return rng = rng * 1103515245u + 12345u; };
    const auto segs = segments(dir.path());
    for (int k = 0; k < 40; ++k) {
      const fs::path& seg = segs[(next() >> 8) % segs.size()];
      flipBit(seg, static_cast<off_t>((next() >> 4) % fs::file_size(seg)), static_cast<int>((next() >> 12) % 8));
    }
    auto s = openSpool(dir.path(), 8 << 20, 16 << 10);
    const auto got = readAll(*s);
    std::set<std::string> expected;
    for (int i = 0; i < 2000; ++i) expected.insert(msg(i));
    for (const auto& m : got) EXPECT_TRUE(expected.count(m)) << "garbled record read back: " << m;
    EXPECT_GT(got.size(), 1800u) << "seed " << seed;
    EXPECT_EQ(got.size() + s->lostRecords(), 2000u) << "seed " << seed;
  }
}

TEST(SyslogSpool, HostileLengthFieldDoesNotAllocateOrReadPastTheFile) {
  TestDir dir;
  fs::create_directories(dir.path());
  {
    std::ofstream f(dir.path() + "/seg-00000001099511627776.log", std::ios::binary);
    const unsigned char header[8] = {0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0};
    f.write(reinterpret_cast<const char*>(header), 8);
    f << "short";
  }
  auto s = openSpool(dir.path());
  EXPECT_EQ(s->pendingRecords(), 0u);
  EXPECT_EQ(s->corruptRegions(), 1u);
  EXPECT_EQ(s->lostRecords(), 1u);
}

TEST(SyslogSpool, PrependPutsRecordsFirstAndSurvivesRestart) {
  TestDir dir;
  {
    auto s = openSpool(dir.path());
    for (int i = 10; i < 20; ++i) s->append(msg(i));
    std::vector<std::string> out;
    s->read(out, 3, 1 << 20);
    s->commit(3);  // 10..12 delivered
    ASSERT_EQ(s->prepend({msg(1), msg(2)}), SyslogSpool::WriteStatus::Ok);
    EXPECT_EQ(s->pendingRecords(), 9u);
    s->append(msg(20));
    s->sync();
  }
  auto s = openSpool(dir.path());
  const auto got = readAll(*s);
  std::vector<std::string> want = {msg(1), msg(2)};
  for (int i = 13; i <= 20; ++i) want.push_back(msg(i));
  EXPECT_EQ(got, want);
}

TEST(SyslogSpool, UnusableDirectoryIsAnError) {
  TestDir dir;
  const std::string file = dir.path() + "/plainfile";
  std::ofstream(file) << "x";
  SpoolOptions o;
  o.dir = file + "/spool";
  EXPECT_FALSE(SyslogSpool::open(o).ok());
}

}  // namespace
}  // namespace tapwatch
