#include "output/syslog_spool.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

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
  EXPECT_EQ(accepted, 1000 / (40 + 8));
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
  const auto got = readAll(*s);
  ASSERT_EQ(got.size(), 9u);
  EXPECT_EQ(got.back(), msg(8));
  // New records after the cut are readable.
  s->append("after");
  std::vector<std::string> more;
  s->read(more, 10, 1 << 20);
  EXPECT_EQ(more, std::vector<std::string>{"after"});
}

TEST(SyslogSpool, CorruptRecordInTheMiddleIsDetectedByCrc) {
  TestDir dir;
  {
    auto s = openSpool(dir.path(), 1 << 20, 1 << 20);
    for (int i = 0; i < 10; ++i) s->append("record-" + std::to_string(i));
  }
  const auto seg = segments(dir.path()).at(0);
  {
    // Flip one payload byte of the 5th record (each record: 8 header + 8 payload bytes).
    const int fd = ::open(seg.c_str(), O_RDWR);
    ASSERT_GE(fd, 0);
    char c = 'X';
    ASSERT_EQ(::pwrite(fd, &c, 1, 4 * 16 + 8 + 2), 1);
    ::close(fd);
  }
  auto s = openSpool(dir.path(), 1 << 20, 1 << 20);
  EXPECT_EQ(s->corruptRegions(), 1u);
  const auto got = readAll(*s);
  ASSERT_EQ(got.size(), 4u);  // everything before the damage, nothing garbled
  EXPECT_EQ(got.back(), "record-3");
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
