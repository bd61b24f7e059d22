// What `scan --follow` / `run -r --follow` read before following: the files
// below the directories as without --follow, minus temporary names and
// non-captures; and the usage errors.
#include <gtest/gtest.h>

#include <filesystem>

#include "main/capture_inputs.h"
#include "main_test_util.h"

namespace tapwatch {
namespace {

using test::TempDir;

std::string pcapMagic() { return std::string("\xd4\xc3\xb2\xa1", 4) + std::string(20, '\0'); }

TEST(FollowedInputs, SkipsTemporaryNamesAndNonCapturesAndKeepsTheOrder) {
  TempDir dir;
  std::filesystem::create_directories(dir.file("d/sub"));
  dir.write("d/sub/2.pcap", pcapMagic());
  dir.write("d/1.pcap", pcapMagic());
  dir.write("d/0.pcap.part", pcapMagic());
  dir.write("d/0.pcap.tmp", pcapMagic());
  dir.write("d/.0.pcap", pcapMagic());
  dir.write("d/README", "not a capture");
  dir.write("single.pcap", "named explicitly: read (and judged) as given");
  auto inputs = expandFollowedInputs({dir.file("single.pcap"), dir.file("d")});
  ASSERT_TRUE(inputs) << inputs.error().describe();
  EXPECT_EQ(inputs->files,
            (std::vector<std::string>{dir.file("single.pcap"), dir.file("d/1.pcap"), dir.file("d/sub/2.pcap")}));
  EXPECT_EQ(inputs->skipped, std::vector<std::string>{dir.file("d/README")});
  EXPECT_EQ(inputs->directories, std::vector<std::string>{dir.file("d")});
}

TEST(FollowedInputs, AnEmptyDirectoryIsFineButSomethingMustBeFollowed) {
  TempDir dir;
  std::filesystem::create_directories(dir.file("empty"));
  auto inputs = expandFollowedInputs({dir.file("empty")});
  ASSERT_TRUE(inputs) << inputs.error().describe();
  EXPECT_TRUE(inputs->files.empty());

  auto files_only = expandFollowedInputs({dir.write("a.pcap", pcapMagic())});
  ASSERT_FALSE(files_only);
  EXPECT_NE(files_only.error().message.find("needs a directory"), std::string::npos);
  auto from_stdin = expandFollowedInputs({dir.file("empty"), "-"});
  ASSERT_FALSE(from_stdin);
  EXPECT_NE(from_stdin.error().message.find("stdin"), std::string::npos);
}

}  // namespace
}  // namespace tapwatch
