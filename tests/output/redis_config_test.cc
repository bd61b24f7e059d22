// outputs.redis in the config file: defaults, every key read, and bad values
// reported as FILE:LINE:COL with the key's path.
#include <gtest/gtest.h>

#include "config/config_loader.h"

namespace tapwatch {
namespace {

TEST(RedisConfig, DefaultsAreOffWithAlertsToAList) {
  const RedisOutputConfig redis;
  EXPECT_FALSE(redis.enabled);
  EXPECT_EQ(redis.server, "127.0.0.1");
  EXPECT_EQ(redis.port, 6379u);
  EXPECT_EQ(redis.mode, "list");
  EXPECT_EQ(redis.types, std::vector<std::string>{"alert"});
  EXPECT_GT(redis.queue_size, 0u);
  EXPECT_FALSE(redis.spool_dir.empty());
}

TEST(RedisConfig, ReadsEveryKey) {
  auto config = loadConfigText(R"(
outputs:
  redis:
    enabled: true
    server: redis-1.example.org
    port: 6380
    mode: stream
    key: sensors
    types: [alert, flow]
    batch: 50
    spool_dir: ""
    spool_max_bytes: 2097152
    queue_size: 10
)",
                               "r.yaml");
  ASSERT_TRUE(config.ok()) << config.error().describe();
  const RedisOutputConfig& r = config->outputs.redis;
  EXPECT_TRUE(r.enabled);
  EXPECT_EQ(r.server, "redis-1.example.org");
  EXPECT_EQ(r.port, 6380u);
  EXPECT_EQ(r.mode, "stream");
  EXPECT_EQ(r.key, "sensors");
  EXPECT_EQ(r.types, (std::vector<std::string>{"alert", "flow"}));
  EXPECT_EQ(r.batch, 50u);
  EXPECT_EQ(r.spool_dir, "");
  EXPECT_EQ(r.spool_max_bytes, 2097152u);
  EXPECT_EQ(r.queue_size, 10u);
}

TEST(RedisConfig, IpLiteralsAreServers) {
  for (const char* server : {"127.0.0.1", "::1", "2001:db8::7", "localhost"}) {
    auto config = loadConfigText(std::string("outputs:\n  redis:\n    server: \"") + server + "\"\n", "r.yaml");
    EXPECT_TRUE(config.ok()) << server << ": " << config.error().describe();
  }
}

struct BadCase {
  const char* yaml;
  const char* error;  // the whole FILE:LINE:COL: message must start with this
};

class RedisConfigErrors : public testing::TestWithParam<BadCase> {};

TEST_P(RedisConfigErrors, NameTheKeyAndPosition) {
  auto config = loadConfigText(GetParam().yaml, "bad.yaml");
  ASSERT_FALSE(config.ok()) << GetParam().yaml;
  EXPECT_TRUE(config.error().describe().starts_with(GetParam().error)) << config.error().describe();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RedisConfigErrors,
    testing::Values(BadCase{"outputs:\n  redis:\n    mode: lpush\n", "bad.yaml:3:11: outputs.redis.mode"},
                    BadCase{"outputs:\n  redis:\n    port: 0\n", "bad.yaml:3:11: outputs.redis.port"},
                    BadCase{"outputs:\n  redis:\n    port: 65536\n", "bad.yaml:3:11: outputs.redis.port"},
                    BadCase{"outputs:\n  redis:\n    server: \"redis:6379\"\n", "bad.yaml:3:13: outputs.redis.server"},
                    BadCase{"outputs:\n  redis:\n    server: \"\"\n", "bad.yaml:3:13: outputs.redis.server"},
                    BadCase{"outputs:\n  redis:\n    key: \"a b\"\n", "bad.yaml:3:10: outputs.redis.key"},
                    BadCase{"outputs:\n  redis:\n    types: [alert, dhcp]\n", "bad.yaml:3:20: outputs.redis.types"},
                    BadCase{"outputs:\n  redis:\n    batch: 0\n", "bad.yaml:3:12: outputs.redis.batch"},
                    BadCase{"outputs:\n  redis:\n    spool_max_bytes: 1000\n",
                            "bad.yaml:3:22: outputs.redis.spool_max_bytes"},
                    BadCase{"outputs:\n  redis:\n    queue_size: 0\n", "bad.yaml:3:17: outputs.redis.queue_size"},
                    BadCase{"outputs:\n  redis:\n    hostname: x\n", "bad.yaml:3:5: outputs.redis.hostname"}));

}  // namespace
}  // namespace tapwatch
