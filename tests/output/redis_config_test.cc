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
  EXPECT_GT(redis.queue_max, 0u);
  EXPECT_EQ(redis.spool_dir, "/var/lib/tapwatch/spool-redis");  // DESIGN.md 3a
  EXPECT_EQ(redis.spool_max_mb, 512u);
  EXPECT_TRUE(redis.password.empty());
  EXPECT_EQ(redis.db, 0u);
  EXPECT_EQ(redis.stream_maxlen, 0u);
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
    spool_max_mb: 2
    queue_max: 10
    username: sensor
    password: "s3cret pass"
    db: 3
    stream_maxlen: 5000
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
  EXPECT_EQ(r.spool_max_mb, 2u);
  EXPECT_EQ(r.queue_max, 10u);
  EXPECT_EQ(r.username, "sensor");
  EXPECT_EQ(r.password, "s3cret pass");
  EXPECT_EQ(r.db, 3u);
  EXPECT_EQ(r.stream_maxlen, 5000u);
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
                    BadCase{"outputs:\n  redis:\n    spool_max_mb: 0\n", "bad.yaml:3:19: outputs.redis.spool_max_mb"},
                    BadCase{"outputs:\n  redis:\n    queue_max: 0\n", "bad.yaml:3:16: outputs.redis.queue_max"},
                    // The names before DESIGN.md 3a's are unknown keys now.
                    BadCase{"outputs:\n  redis:\n    queue_size: 10\n", "bad.yaml:3:5: outputs.redis.queue_size"},
                    BadCase{"outputs:\n  redis:\n    spool_max_bytes: 1048576\n",
                            "bad.yaml:3:5: outputs.redis.spool_max_bytes"},
                    BadCase{"outputs:\n  redis:\n    db: -1\n", "bad.yaml:3:9: outputs.redis.db"},
                    BadCase{"outputs:\n  redis:\n    username: \"a b\"\n", "bad.yaml:3:15: outputs.redis.username"},
                    BadCase{"outputs:\n  redis:\n    username: sensor\n", "bad.yaml:3:15: outputs.redis.username"},
                    BadCase{"outputs:\n  redis:\n    tls: true\n", "bad.yaml:3:5: outputs.redis.tls"},
                    BadCase{"outputs:\n  redis:\n    hostname: x\n", "bad.yaml:3:5: outputs.redis.hostname"}));

}  // namespace
}  // namespace tapwatch
