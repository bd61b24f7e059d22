// RedisSink's session against a real redis-server: AUTH with requirepass and
// with a Redis 6 ACL user, SELECT of outputs.redis.db, the stream cap
// (XADD MAXLEN ~), and credentials that are wrong or lack ACL rights: counted
// as auth failures, events kept (spooled), delivered once the server side is
// fixed, nothing dropped.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "output/redis_sink.h"
#include "redis_server.h"
#include "redis_sink_records.h"
#include "test_dir.h"

namespace tapwatch {
namespace {

using std::chrono::milliseconds;

constexpr const char* kAdminPassword = "admin-pass-7";
constexpr const char* kSensorPassword = "sensor pass: with spaces";

RedisSinkOptions optionsFor(const RedisServer& server) {
  RedisSinkOptions o;
  o.port = server.port();
  o.mode = RedisMode::Rpush;
  o.key = "tw-test";
  o.batch = 32;
  o.backoff_initial = milliseconds(20);
  o.backoff_max = milliseconds(100);
  return o;
}

// `setup` runs first on the admin connection (SELECT, ...); then the command whose array reply is returned.
std::vector<std::string> arrayReply(const RedisServer& server, const std::vector<std::string>& setup,
                                    const std::string& command) {
  std::vector<std::string> out;
  redisContext* c = server.connect();
  if (c == nullptr) return out;
  for (const std::string& s : setup) freeReplyObject(redisCommand(c, s.c_str()));
  auto* r = static_cast<redisReply*>(redisCommand(c, command.c_str()));
  if (r != nullptr && r->type == REDIS_REPLY_ARRAY)
    for (size_t i = 0; i < r->elements; ++i) out.emplace_back(r->element[i]->str, r->element[i]->len);
  if (r != nullptr) freeReplyObject(r);
  redisFree(c);
  return out;
}

long long integerReply(const RedisServer& server, const std::string& command) {
  redisContext* c = server.connect();
  if (c == nullptr) return -1;
  auto* r = static_cast<redisReply*>(redisCommand(c, command.c_str()));
  const long long v = r != nullptr && r->type == REDIS_REPLY_INTEGER ? r->integer : -1;
  if (r != nullptr) freeReplyObject(r);
  redisFree(c);
  return v;
}

bool adminCommand(const RedisServer& server, const std::vector<std::string>& args) {
  redisContext* c = server.connect();
  if (c == nullptr) return false;
  std::vector<const char*> argv;
  std::vector<size_t> lens;
  for (const auto& a : args) {
    argv.push_back(a.data());
    lens.push_back(a.size());
  }
  auto* r = static_cast<redisReply*>(redisCommandArgv(c, static_cast<int>(argv.size()), argv.data(), lens.data()));
  const bool ok = r != nullptr && r->type != REDIS_REPLY_ERROR;
  if (r != nullptr) freeReplyObject(r);
  redisFree(c);
  return ok;
}

// The eve field of the stream's newest entry ([id, [field, value]]).
std::string newestStreamEntry(const RedisServer& server, const std::string& key) {
  std::string out;
  redisContext* c = server.connect();
  if (c == nullptr) return out;
  auto* r = static_cast<redisReply*>(redisCommand(c, "XREVRANGE %s + - COUNT 1", key.c_str()));
  if (r != nullptr && r->type == REDIS_REPLY_ARRAY && r->elements == 1) {
    const redisReply* fields = r->element[0]->element[1];
    if (fields->elements == 2) out.assign(fields->element[1]->str, fields->element[1]->len);
  }
  if (r != nullptr) freeReplyObject(r);
  redisFree(c);
  return out;
}

template <typename Pred>
bool waitUntil(Pred pred, milliseconds limit = milliseconds(10000)) {
  const auto end = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < end) {
    if (pred()) return true;
    std::this_thread::sleep_for(milliseconds(10));
  }
  return pred();
}

// requirepass for the default user; "sensor" may only push to tw-* keys.
RedisServer serverWithAcl(const std::string& sensor_keys = "~tw-*") {
  return RedisServer({"--requirepass", kAdminPassword, "--user", "sensor", "on", std::string(">") + kSensorPassword,
                      sensor_keys, "+@all"},
                     kAdminPassword);
}

TEST(RedisAuth, RequirepassAuthenticates) {
  REQUIRE_REDIS();
  RedisServer server = serverWithAcl();
  ASSERT_TRUE(server.start());
  OutputStats stats;
  auto options = optionsFor(server);
  options.session.password = kAdminPassword;  // AUTH password: the default user
  RedisSink sink(options, nullptr, stats);
  sink.start();
  for (int i = 0; i < 100; ++i) sink.submit(record(i));
  sink.stop(milliseconds(5000));
  EXPECT_EQ(arrayReply(server, {}, "LRANGE tw-test 0 -1"), expected(100));
  EXPECT_EQ(stats.redis_sent.value(), 100u);
  EXPECT_EQ(stats.redis_auth_failures.value(), 0u);
}

TEST(RedisAuth, AclUserAuthenticatesAndSelectsTheDatabase) {
  REQUIRE_REDIS();
  RedisServer server = serverWithAcl();
  ASSERT_TRUE(server.start());
  OutputStats stats;
  auto options = optionsFor(server);
  options.session = RedisSession{"sensor", kSensorPassword, 3};
  RedisSink sink(options, nullptr, stats);
  sink.start();
  for (int i = 0; i < 50; ++i) sink.submit(record(i));
  sink.stop(milliseconds(5000));
  EXPECT_EQ(arrayReply(server, {"SELECT 3"}, "LRANGE tw-test 0 -1"), expected(50));
  EXPECT_TRUE(arrayReply(server, {}, "LRANGE tw-test 0 -1").empty()) << "written to database 0, not 3";
  EXPECT_EQ(stats.redis_auth_failures.value(), 0u);
  EXPECT_EQ(stats.redis_dropped.value(), 0u);
}

TEST(RedisAuth, AWrongPasswordIsCountedAndRetriedAndNothingIsLost) {
  REQUIRE_REDIS();
  RedisServer server = serverWithAcl();
  ASSERT_TRUE(server.start());
  TestDir dir;
  OutputStats stats;
  auto options = optionsFor(server);
  options.session = RedisSession{"sensor", "not the password", 0};
  RedisSink sink(options, openSpool(dir.path()), stats);
  sink.start();
  for (int i = 0; i < 40; ++i) sink.submit(record(i));
  // Refused, retried with backoff (more than one attempt), kept meanwhile.
  ASSERT_TRUE(waitUntil([&] { return stats.redis_auth_failures.value() >= 3; })) << stats.redis_auth_failures.value();
  EXPECT_EQ(stats.redis_connected.value(), 0);
  EXPECT_EQ(stats.redis_sent.value(), 0u);
  EXPECT_EQ(stats.redis_queue_depth.value(), 40);
  // The operator gives the user the password the sensor has: delivered, in order.
  ASSERT_TRUE(adminCommand(server, {"ACL", "SETUSER", "sensor", ">not the password"}));
  ASSERT_TRUE(waitUntil([&] { return stats.redis_sent.value() == 40; })) << stats.redis_sent.value();
  sink.stop(milliseconds(5000));
  EXPECT_EQ(arrayReply(server, {}, "LRANGE tw-test 0 -1"), expected(40));
  EXPECT_EQ(stats.redis_dropped.value(), 0u);
}

TEST(RedisAuth, MissingAclRightsKeepTheEvents) {
  REQUIRE_REDIS();
  RedisServer server = serverWithAcl("~other-*");  // the sensor may not touch tw-test
  ASSERT_TRUE(server.start());
  TestDir dir;
  OutputStats stats;
  auto options = optionsFor(server);
  options.session = RedisSession{"sensor", kSensorPassword, 0};
  RedisSink sink(options, openSpool(dir.path()), stats);
  sink.start();
  for (int i = 0; i < 20; ++i) sink.submit(record(i));
  // NOPERM on RPUSH: not a permanent refusal (the events would be dropped), an auth failure.
  ASSERT_TRUE(waitUntil([&] { return stats.redis_auth_failures.value() >= 1; }));
  // The connection works, only the command is refused: retried with backoff
  // (20 ms doubling to 100 ms here), not in a tight reconnect loop.
  std::this_thread::sleep_for(milliseconds(500));
  EXPECT_LE(stats.redis_auth_failures.value(), 15u);
  EXPECT_EQ(stats.redis_dropped.value(), 0u);
  ASSERT_TRUE(adminCommand(server, {"ACL", "SETUSER", "sensor", "~tw-*"}));
  ASSERT_TRUE(waitUntil([&] { return stats.redis_sent.value() == 20; })) << stats.redis_sent.value();
  sink.stop(milliseconds(5000));
  EXPECT_EQ(arrayReply(server, {}, "LRANGE tw-test 0 -1"), expected(20));
  EXPECT_EQ(stats.redis_dropped.value(), 0u);
}

TEST(RedisAuth, WithoutAPasswordARequirepassServerIsAnAuthFailure) {
  REQUIRE_REDIS();
  RedisServer server = serverWithAcl();
  ASSERT_TRUE(server.start());
  OutputStats stats;
  RedisSink sink(optionsFor(server), nullptr, stats);  // no AUTH: every command gets NOAUTH
  sink.start();
  for (int i = 0; i < 5; ++i) sink.submit(record(i));
  ASSERT_TRUE(waitUntil([&] { return stats.redis_auth_failures.value() >= 1; }));
  sink.stop(milliseconds(0));
  EXPECT_EQ(stats.redis_sent.value(), 0u);
  EXPECT_EQ(stats.redis_dropped_rejected.value(), 0u) << "NOAUTH is not a permanent refusal";
}

TEST(RedisAuth, StreamMaxlenCapsTheStream) {
  REQUIRE_REDIS();
  RedisServer server;
  ASSERT_TRUE(server.start());
  constexpr int kRecords = 3000;
  for (uint64_t cap : {0u, 200u}) {
    OutputStats stats;
    auto options = optionsFor(server);
    options.mode = RedisMode::Stream;
    options.key = "tw-stream-" + std::to_string(cap);
    options.queue_max = kRecords;
    options.stream_maxlen = cap;
    RedisSink sink(options, nullptr, stats);
    sink.start();
    for (int i = 0; i < kRecords; ++i) sink.submit(record(i));
    sink.stop(milliseconds(10000));
    ASSERT_EQ(stats.redis_sent.value(), static_cast<uint64_t>(kRecords));
    const long long length = integerReply(server, "XLEN " + options.key);
    if (cap == 0) {
      EXPECT_EQ(length, kRecords);
    } else {
      // "~": trimmed in whole nodes (stream-node-max-entries, 100 by default), never below the cap.
      EXPECT_GE(length, 200);
      EXPECT_LE(length, 300);
    }
    EXPECT_EQ(newestStreamEntry(server, options.key), record(kRecords - 1)) << "the cap trims the oldest";
  }
}

}  // namespace
}  // namespace tapwatch
