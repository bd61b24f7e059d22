// The sensor's reported name: the configured one, else the machine's.
#include "common/host_name.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <climits>
#include <string>

namespace tapwatch {
namespace {

TEST(SensorHostName, ConfiguredNameWins) { EXPECT_EQ(sensorHostName("tap-east-3"), "tap-east-3"); }

TEST(SensorHostName, EmptyNameIsTheMachinesHostname) {
  char buf[HOST_NAME_MAX + 1] = {};
  ASSERT_EQ(::gethostname(buf, sizeof buf - 1), 0);
  ASSERT_NE(buf[0], '\0') << "this machine has no hostname to compare with";
  EXPECT_EQ(sensorHostName(""), std::string(buf));
}

}  // namespace
}  // namespace tapwatch
