#pragma once
// Shared by the RedisSink tests against a real redis-server: the skip when
// redis-server is missing, the records they submit and the spool they open.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "output/syslog_spool.h"
#include "redis_server.h"

namespace tapwatch {

#define REQUIRE_REDIS() \
  if (!RedisServer::available()) \
  GTEST_SKIP() << "redis-server is not installed (deploy/install-deps.sh); " \
                  "the Redis sink is not tested against a real server"

// Record i of a run: distinct, so order and duplicates show.
inline std::string record(int i) { return R"({"event_type":"alert","seq":)" + std::to_string(i) + "}"; }

inline std::vector<std::string> expected(int n) {
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) out.push_back(record(i));
  return out;
}

inline std::unique_ptr<SyslogSpool> openSpool(const std::string& dir) {
  SpoolOptions so;
  so.dir = dir;
  so.label = "redis";
  auto spool = SyslogSpool::open(so);
  EXPECT_TRUE(spool.ok());
  return spool.ok() ? std::move(spool.value()) : nullptr;
}

}  // namespace tapwatch
