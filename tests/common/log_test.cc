// Log levels: the names config's logging.level accepts, and that messages
// below the set level are not printed.
#include "common/log.h"

#include <gtest/gtest.h>

#include <string>

namespace tapwatch {
namespace {

TEST(ParseLogLevel, AcceptsTheFourLevelNames) {
  LogLevel level = LogLevel::Error;
  ASSERT_TRUE(parseLogLevel("debug", level));
  EXPECT_EQ(level, LogLevel::Debug);
  ASSERT_TRUE(parseLogLevel("info", level));
  EXPECT_EQ(level, LogLevel::Info);
  ASSERT_TRUE(parseLogLevel("warning", level));
  EXPECT_EQ(level, LogLevel::Warning);
  ASSERT_TRUE(parseLogLevel("error", level));
  EXPECT_EQ(level, LogLevel::Error);
}

TEST(ParseLogLevel, RejectsOtherNamesAndLeavesTheLevelAlone) {
  for (std::string_view name : {"", "warn", "INFO", "Info", "verbose", "trace", "error ", "debugx"}) {
    LogLevel level = LogLevel::Warning;
    EXPECT_FALSE(parseLogLevel(name, level)) << "'" << name << "'";
    EXPECT_EQ(level, LogLevel::Warning) << "'" << name << "'";
  }
}

class LogLevelFilter : public testing::Test {
 protected:
  void SetUp() override { saved_ = logLevel(); }
  void TearDown() override { setLogLevel(saved_); }

 private:
  LogLevel saved_ = LogLevel::Info;
};

TEST_F(LogLevelFilter, MessagesBelowTheLevelAreDropped) {
  setLogLevel(LogLevel::Warning);
  EXPECT_EQ(logLevel(), LogLevel::Warning);
  testing::internal::CaptureStderr();
  logDebug("debug-line");
  logInfo("info-line");
  logWarning("warning-line");
  logError("error-line");
  const std::string out = testing::internal::GetCapturedStderr();
  EXPECT_EQ(out.find("debug-line"), std::string::npos) << out;
  EXPECT_EQ(out.find("info-line"), std::string::npos) << out;
  EXPECT_NE(out.find("warning: warning-line\n"), std::string::npos) << out;
  EXPECT_NE(out.find("error: error-line\n"), std::string::npos) << out;
}

TEST_F(LogLevelFilter, DebugLevelPrintsEverything) {
  setLogLevel(LogLevel::Debug);
  testing::internal::CaptureStderr();
  logDebug("debug-line");
  const std::string out = testing::internal::GetCapturedStderr();
  EXPECT_NE(out.find("debug: debug-line\n"), std::string::npos) << out;
}

}  // namespace
}  // namespace tapwatch
