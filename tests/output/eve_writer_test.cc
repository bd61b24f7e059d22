#include "output/eve_writer.h"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <csignal>

#include <filesystem>
#include <fstream>

#include "test_dir.h"

namespace tapwatch {
namespace {

std::vector<std::string> lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> out;
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

TEST(EveWriter, BuffersUntilFlush) {
  TestDir dir;
  OutputStats stats;
  const std::string path = dir.path() + "/eve.json";
  EveWriter w(path, stats);
  w.write(R"({"a":1})");
  w.write(R"({"a":2})");
  EXPECT_TRUE(lines(path).empty());  // buffered
  w.flush();
  EXPECT_EQ(lines(path), (std::vector<std::string>{R"({"a":1})", R"({"a":2})"}));
  EXPECT_EQ(stats.eve_written.value(), 2u);
}

TEST(EveWriter, LargeVolumeFlushesOnItsOwn) {
  TestDir dir;
  OutputStats stats;
  const std::string path = dir.path() + "/eve.json";
  EveWriter w(path, stats);
  const std::string line(1000, 'x');
  for (int i = 0; i < 100; ++i) w.write(line);
  EXPECT_GE(lines(path).size(), 60u);
}

TEST(EveWriter, ReopenFollowsLogrotate) {
  TestDir dir;
  OutputStats stats;
  const std::string path = dir.path() + "/eve.json";
  EveWriter w(path, stats);
  w.write("old");
  w.flush();
  std::filesystem::rename(path, path + ".1");
  w.write("still-old-file");
  w.reopen();  // flushes to the renamed file, then opens a new one
  w.write("new");
  w.flush();
  EXPECT_EQ(lines(path + ".1"), (std::vector<std::string>{"old", "still-old-file"}));
  EXPECT_EQ(lines(path), (std::vector<std::string>{"new"}));
}

TEST(EveWriter, UnwritablePathCountsErrorsAndRecoversWhenFixed) {
  TestDir dir;
  OutputStats stats;
  const std::string sub = dir.path() + "/missing";
  EveWriter w(sub + "/eve.json", stats);
  EXPECT_FALSE(w.isOpen());
  w.write("kept while the directory is missing");
  w.flush();
  EXPECT_EQ(stats.eve_written.value(), 0u);
  std::filesystem::create_directories(sub);
  w.flush();
  EXPECT_EQ(stats.eve_written.value(), 1u);
  EXPECT_EQ(lines(sub + "/eve.json").size(), 1u);
}

TEST(EveWriter, WriteErrorIsCounted) {
  // /dev/full is the one portable way to make every write fail; minimal
  // containers may not have it, and then there is nothing to test with.
  if (!std::filesystem::exists("/dev/full"))
    GTEST_SKIP() << "no /dev/full on this system: cannot provoke a write error";
  OutputStats stats;
  {
    EveWriter w("/dev/full", stats);
    w.write("a");
    w.write("b");
    w.flush();
    EXPECT_EQ(stats.eve_written.value(), 0u);
    EXPECT_EQ(stats.eve_errors.value(), 0u);  // still held for the next flush
    EXPECT_NE(w.lastError().find("errno 28"), std::string::npos) << w.lastError();
  }
  EXPECT_EQ(stats.eve_errors.value(), 2u);  // never written by the time the writer closed
}

// The file may grow only to `bytes` (writes beyond it fail with EFBIG, the
// way a full disk fails them) while this object lives.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    ::getrlimit(RLIMIT_FSIZE, &saved_);
    old_handler_ = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = saved_;
    limit.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &limit);
  }
  ~FileSizeLimit() {
    ::setrlimit(RLIMIT_FSIZE, &saved_);
    std::signal(SIGXFSZ, old_handler_);
  }

 private:
  rlimit saved_{};
  void (*old_handler_)(int) = nullptr;
};

TEST(EveWriter, AWriteCutShortLeavesNoTornLineAndTheRestFollowsLater) {
  TestDir dir;
  OutputStats stats;
  const std::string path = dir.path() + "/eve.json";
  std::vector<std::string> records;
  for (int i = 0; i < 30; ++i) records.push_back(R"({"event_type":"alert","n":)" + std::to_string(i) + "}");
  EveWriter w(path, stats);
  {
    const FileSizeLimit full(200);  // the disk fills in the middle of a record
    for (const auto& r : records) w.write(r);
    w.flush();
    const auto partial = lines(path);
    ASSERT_FALSE(partial.empty());
    ASSERT_LT(partial.size(), records.size());
    for (size_t i = 0; i < partial.size(); ++i) EXPECT_EQ(partial[i], records[i]) << "torn or merged line " << i;
    EXPECT_EQ(stats.eve_written.value(), partial.size());
    EXPECT_EQ(stats.eve_errors.value(), 0u);
    EXPECT_NE(w.lastError().find("errno 27"), std::string::npos) << w.lastError();  // EFBIG
  }
  w.flush();  // room again: the rest follows, each record once, in order
  EXPECT_EQ(lines(path), records);
  EXPECT_EQ(stats.eve_written.value(), records.size());
  EXPECT_EQ(stats.eve_errors.value(), 0u);
}

}  // namespace
}  // namespace tapwatch
