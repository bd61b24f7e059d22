#include "output/eve_writer.h"

#include <gtest/gtest.h>

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
  EveWriter w("/dev/full", stats);
  w.write("a");
  w.write("b");
  w.flush();
  EXPECT_EQ(stats.eve_errors.value(), 2u);
  EXPECT_EQ(stats.eve_written.value(), 0u);
}

}  // namespace
}  // namespace tapwatch
