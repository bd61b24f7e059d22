// The command each outputs.redis.mode sends for one EVE record, argument by
// argument, and which error replies keep the record for a retry.
#include "output/redis_command.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tapwatch {
namespace {

std::vector<std::string> argsOf(const RedisCommand& cmd) {
  std::vector<std::string> out;
  for (size_t i = 0; i < cmd.argc; ++i) out.emplace_back(cmd.args[i]);
  return out;
}

const std::string kJson = R"({"event_type":"alert","flow_id":7})";

TEST(RedisCommand, ListPushesAtTheHead) {
  EXPECT_EQ(argsOf(redisCommandFor(RedisMode::List, "tw", kJson)), (std::vector<std::string>{"LPUSH", "tw", kJson}));
}

TEST(RedisCommand, RpushPushesAtTheTail) {
  EXPECT_EQ(argsOf(redisCommandFor(RedisMode::Rpush, "k", kJson)), (std::vector<std::string>{"RPUSH", "k", kJson}));
}

TEST(RedisCommand, ChannelPublishes) {
  EXPECT_EQ(argsOf(redisCommandFor(RedisMode::Channel, "eve", kJson)),
            (std::vector<std::string>{"PUBLISH", "eve", kJson}));
}

TEST(RedisCommand, StreamAddsOneEveFieldWithAServerId) {
  EXPECT_EQ(argsOf(redisCommandFor(RedisMode::Stream, "s", kJson)),
            (std::vector<std::string>{"XADD", "s", "*", "eve", kJson}));
}

TEST(RedisCommand, StreamWithACapTrimsApproximately) {
  EXPECT_EQ(argsOf(redisCommandFor(RedisMode::Stream, "s", kJson, "5000")),
            (std::vector<std::string>{"XADD", "s", "MAXLEN", "~", "5000", "*", "eve", kJson}));
  // The cap is for streams only: a list has no length cap here.
  EXPECT_EQ(argsOf(redisCommandFor(RedisMode::List, "k", kJson, "5000")),
            (std::vector<std::string>{"LPUSH", "k", kJson}));
}

TEST(RedisCommand, CredentialErrorsAreTransientAuthFailures) {
  for (const char* reply :
       {"NOAUTH Authentication required.", "WRONGPASS invalid username-password pair or user is disabled.",
        "NOPERM this user has no permissions to access one of the keys used as arguments"}) {
    EXPECT_TRUE(isRedisAuthError(reply)) << reply;
    EXPECT_TRUE(isTransientRedisError(reply)) << reply;
  }
  EXPECT_FALSE(isRedisAuthError("WRONGTYPE Operation against a key holding the wrong kind of value"));
  EXPECT_FALSE(isTransientRedisError("WRONGTYPE Operation against a key holding the wrong kind of value"));
  EXPECT_FALSE(isRedisAuthError("LOADING Redis is loading the dataset in memory"));
}

TEST(RedisCommand, BinarySafeArguments) {
  // Arguments are length-counted: a NUL or CRLF inside the record stays inside its argument.
  const std::string odd("a\0b\r\nc", 6);
  const RedisCommand cmd = redisCommandFor(RedisMode::List, "k", odd);
  ASSERT_EQ(cmd.argc, 3u);
  EXPECT_EQ(cmd.args[2].size(), 6u);
  EXPECT_EQ(std::string(cmd.args[2]), odd);
}

TEST(RedisCommand, ModeNamesRoundTrip) {
  for (const char* name : {"list", "rpush", "channel", "stream"}) {
    const auto mode = parseRedisMode(name);
    ASSERT_TRUE(mode.has_value()) << name;
    EXPECT_EQ(redisModeName(*mode), name);
  }
  EXPECT_FALSE(parseRedisMode("lpush").has_value());
  EXPECT_FALSE(parseRedisMode("").has_value());
  EXPECT_FALSE(parseRedisMode("LIST").has_value());
}

TEST(RedisCommand, TransientErrorsAreRetriedOthersAreNot) {
  EXPECT_TRUE(isTransientRedisError("LOADING Redis is loading the dataset in memory"));
  EXPECT_TRUE(isTransientRedisError("OOM command not allowed when used memory > 'maxmemory'."));
  EXPECT_TRUE(isTransientRedisError("READONLY You can't write against a read only replica."));
  EXPECT_TRUE(isTransientRedisError("BUSY Redis is busy running a script."));
  EXPECT_FALSE(isTransientRedisError("WRONGTYPE Operation against a key holding the wrong kind of value"));
  EXPECT_FALSE(isTransientRedisError("ERR unknown command"));
  EXPECT_FALSE(isTransientRedisError(""));
}

}  // namespace
}  // namespace tapwatch
