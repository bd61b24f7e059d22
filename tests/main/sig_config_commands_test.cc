// `sig check` and `config check` as library calls: exit codes and the
// FILE:LINE:COL an operator is pointed at.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "main/commands.h"
#include "main_test_util.h"

namespace tapwatch {
namespace {

using test::TempDir;

// `colour` sits at line 5, column 5.
constexpr const char* kUnknownKeySignature = R"(signatures:
  - id: 3000002
    name: "bad"
    category: scam
    colour: blue
    patterns: [{literal: "x"}]
)";

TEST(SigCheck, GoodSignatureFileIsExitZeroAndCounted) {
  TempDir dir;
  const std::string sig = dir.write("good.yaml", test::kDnsSignature);
  testing::internal::CaptureStdout();
  const int rc = runSigCheck({sig});
  const std::string out = testing::internal::GetCapturedStdout();
  EXPECT_EQ(rc, kExitOk);
  EXPECT_NE(out.find("OK: 1 signatures (1 enabled) compiled"), std::string::npos) << out;
}

TEST(SigCheck, BadSignatureFileIsExitTwoAndNamesFileLineColumn) {
  TempDir dir;
  const std::string sig = dir.write("bad.yaml", kUnknownKeySignature);
  testing::internal::CaptureStderr();
  const int rc = runSigCheck({sig});
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_EQ(rc, kExitUsage);
  EXPECT_EQ(err.rfind(sig + ":5:5: ", 0), 0u) << err;
  EXPECT_NE(err.find("colour"), std::string::npos) << err;
}

TEST(SigCheck, PatternThatDoesNotCompileIsExitTwoAtItsLocation) {
  TempDir dir;
  // The regex value starts at line 5, column 24.
  const std::string sig = dir.write("regex.yaml", R"(signatures:
  - id: 3000003
    name: "bad regex"
    category: scam
    patterns: [{regex: "(unclosed"}]
)");
  testing::internal::CaptureStderr();
  const int rc = runSigCheck({sig});
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_EQ(rc, kExitUsage);
  EXPECT_EQ(err.rfind(sig + ":5:24: ", 0), 0u) << err;
}

TEST(SigCheck, OneBadFileInADirectoryFailsTheWholeCheck) {
  TempDir dir;
  dir.write("a-good.yaml", test::kDnsSignature);
  const std::string bad = dir.write("b-bad.yaml", kUnknownKeySignature);
  testing::internal::CaptureStderr();
  const int rc = runSigCheck({dir.path()});
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_EQ(rc, kExitUsage);
  EXPECT_NE(err.find(bad + ":5:5:"), std::string::npos) << err;
}

TEST(SigCheck, CacheDirServesTheSecondCheck) {
  TempDir dir;
  const std::string sig = dir.write("good.yaml", test::kDnsSignature);
  const std::string cache = dir.file("cache");
  testing::internal::CaptureStdout();
  const int first = runSigCheck({sig}, cache);
  const std::string cold = testing::internal::GetCapturedStdout();
  testing::internal::CaptureStdout();
  const int second = runSigCheck({sig}, cache);
  const std::string warm = testing::internal::GetCapturedStdout();
  EXPECT_EQ(first, kExitOk);
  EXPECT_EQ(second, kExitOk);
  EXPECT_NE(cold.find("cache " + cache + ": 0 of 1 databases loaded, 1 compiled"), std::string::npos) << cold;
  EXPECT_NE(warm.find("cache " + cache + ": 1 of 1 databases loaded, 0 compiled"), std::string::npos) << warm;
}

// `config check` is a full test (signatures, outputs, interface): point the
// machine-specific paths of a config at this test's directory and a small set.
std::vector<std::string> runnableHere(const TempDir& dir) {
  const std::string sig = dir.write("check.yaml", test::kDnsSignature);
  return {"signatures.paths=[" + sig + "]", "signatures.cache_dir=", "outputs.eve.path=" + dir.file("eve.json"),
          "capture.interface=lo"};
}

TEST(ConfigCheck, ShippedConfigIsExitZero) {
  TempDir dir;
  const std::string file = std::string(TAPWATCH_SOURCE_DIR) + "/config/tapwatch.yaml";
  testing::internal::CaptureStdout();
  const int rc = runConfigCheck(file, runnableHere(dir));
  const std::string out = testing::internal::GetCapturedStdout();
  EXPECT_EQ(rc, kExitOk);
  EXPECT_EQ(out.rfind(file + ": OK\n", 0), 0u) << out;
}

TEST(ConfigCheck, GoodFileWithOverridesIsExitZero) {
  TempDir dir;
  const std::string file = dir.write("tapwatch.yaml", "sensor: {name: check-me}\ncapture:\n  workers: 3\n");
  std::vector<std::string> overrides = runnableHere(dir);
  overrides.push_back("capture.workers=4");
  testing::internal::CaptureStdout();
  const int rc = runConfigCheck(file, overrides);
  const std::string out = testing::internal::GetCapturedStdout();
  EXPECT_EQ(rc, kExitOk);
  EXPECT_NE(out.find("check-me"), std::string::npos) << out;
}

TEST(ConfigCheck, BadValueIsExitTwoAndNamesFileLineColumn) {
  TempDir dir;
  const std::string file = dir.write("bad.yaml", "capture:\n  workers: lots\n");
  testing::internal::CaptureStderr();
  const int rc = runConfigCheck(file, {});
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_EQ(rc, kExitUsage);
  EXPECT_EQ(err.rfind(file + ":2:12: capture.workers", 0), 0u) << err;
}

TEST(ConfigCheck, BadOverrideIsExitTwoAndNamesTheOverride) {
  TempDir dir;
  const std::string file = dir.write("good.yaml", "capture:\n  workers: 2\n");
  testing::internal::CaptureStderr();
  const int rc = runConfigCheck(file, {"capture.workers=zero"});
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_EQ(rc, kExitUsage);
  EXPECT_EQ(err.rfind("--set capture.workers:", 0), 0u) << err;
}

TEST(ConfigCheck, MissingFileIsExitTwo) {
  TempDir dir;
  testing::internal::CaptureStderr();
  const int rc = runConfigCheck(dir.file("absent.yaml"), {});
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_EQ(rc, kExitUsage);
  EXPECT_NE(err.find("absent.yaml"), std::string::npos) << err;
}

}  // namespace
}  // namespace tapwatch
