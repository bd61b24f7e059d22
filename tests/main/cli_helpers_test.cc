// The CLI's helpers: typo suggestions, capture directories, the progress line.
#include <gtest/gtest.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "main/capture_inputs.h"
#include "main/command_suggest.h"
#include "main/progress_line.h"
#include "main_test_util.h"

namespace tapwatch {
namespace {

using test::TempDir;

TEST(CommandSuggest, EditDistanceCountsSwapsAsOne) {
  EXPECT_EQ(editDistance("scan", "scan"), 0u);
  EXPECT_EQ(editDistance("scna", "scan"), 1u);
  EXPECT_EQ(editDistance("rn", "run"), 1u);
  EXPECT_EQ(editDistance("", "sig"), 3u);
}

TEST(CommandSuggest, NearestOnlyWhenCloseEnough) {
  const std::vector<std::string> commands = {"scan", "run", "sig", "config", "version", "ctl"};
  EXPECT_EQ(nearestCommand("scna", commands), "scan");
  EXPECT_EQ(nearestCommand("confgi", commands), "config");
  EXPECT_EQ(nearestCommand("verison", commands), "version");
  EXPECT_EQ(nearestCommand("zzzzzz", commands), std::nullopt);
}

TEST(CommandSuggest, WalksTheSubcommandTree) {
  CLI::App app;
  CLI::App* sig = app.add_subcommand("sig");
  sig->add_subcommand("check");
  sig->add_subcommand("test");
  app.add_subcommand("scan");
  const char* typo[] = {"tapwatch", "sig", "tset"};
  auto message = unknownSubcommand(app, 3, typo);
  ASSERT_TRUE(message);
  EXPECT_NE(message->find("tapwatch sig: unknown command 'tset'; did you mean 'test'?"), std::string::npos) << *message;
  const char* fine[] = {"tapwatch", "scan", "file.pcap"};
  EXPECT_EQ(unknownSubcommand(app, 3, fine), std::nullopt);
  const char* option[] = {"tapwatch", "--version"};
  EXPECT_EQ(unknownSubcommand(app, 2, option), std::nullopt);
}

TEST(CaptureInputs, DirectoriesExpandRecursivelySortedWithoutHiddenFiles) {
  TempDir dir;
  std::filesystem::create_directories(dir.file("day/b"));
  std::filesystem::create_directories(dir.file("day/.snapshots"));
  dir.write("day/b/2.pcap", "x");
  dir.write("day/1.pcap", "x");
  dir.write("day/.partial.pcap", "x");
  dir.write("day/.snapshots/0.pcap", "x");
  dir.write("single.pcap", "x");
  auto files = expandCaptureInputs({dir.file("single.pcap"), dir.file("day"), "-"});
  ASSERT_TRUE(files) << files.error().describe();
  EXPECT_EQ(*files,
            (std::vector<std::string>{dir.file("single.pcap"), dir.file("day/1.pcap"), dir.file("day/b/2.pcap"), "-"}));
}

TEST(CaptureInputs, DirectoryOrderIsSortedWhateverTheCreationOrder) {
  TempDir dir;
  std::vector<std::string> want;
  for (int i = 0; i < 40; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "%s/%02d.pcap", i % 3 == 0 ? "day/n" : "day", i);
    want.push_back(dir.file(name));
  }
  std::sort(want.begin(), want.end());
  std::filesystem::create_directories(dir.file("day/n"));
  for (auto it = want.rbegin(); it != want.rend(); ++it) std::ofstream(*it) << "x";  // newest name first
  auto files = expandCaptureInputs({dir.file("day")});
  ASSERT_TRUE(files) << files.error().describe();
  EXPECT_EQ(*files, want);
}

TEST(CaptureInputs, EmptyDirectoryIsAnError) {
  TempDir dir;
  std::filesystem::create_directories(dir.file("empty"));
  auto files = expandCaptureInputs({dir.file("empty")});
  ASSERT_FALSE(files);
  EXPECT_NE(files.error().message.find("no capture files"), std::string::npos);
}

TEST(ProgressLine, ShowsBarRateEtaAndAlerts) {
  // Half of 200 MB in 10 s: 10 MB/s, 10 s left.
  const std::string line = ProgressLine::render("a.pcap", 100'000'000, 200'000'000, 10.0, 12345, 7);
  EXPECT_NE(line.find("[############............]"), std::string::npos) << line;
  EXPECT_NE(line.find("50.0%"), std::string::npos) << line;
  EXPECT_NE(line.find("10.0 MB/s"), std::string::npos) << line;
  EXPECT_NE(line.find("ETA 0:10"), std::string::npos) << line;
  EXPECT_NE(line.find("12345 packets"), std::string::npos) << line;
  EXPECT_NE(line.find("7 alerts"), std::string::npos) << line;
  // Unknown size (stdin): no ETA rather than a wrong one.
  EXPECT_NE(ProgressLine::render("-", 5, 0, 1.0, 1, 0).find("ETA --:--"), std::string::npos);
}

}  // namespace
}  // namespace tapwatch
