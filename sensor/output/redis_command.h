#pragma once
// The Redis command that carries one EVE record, per outputs.redis.mode
// (Suricata's EVE redis output is the model):
//   list    LPUSH key JSON
//   rpush   RPUSH key JSON
//   channel PUBLISH key JSON
//   stream  XADD key * eve JSON
// Kept apart from the connection so the exact arguments are unit-tested
// without a server. Pure functions; any thread.
#include <array>
#include <optional>
#include <string_view>

namespace tapwatch {

enum class RedisMode { List, Rpush, Channel, Stream };

std::optional<RedisMode> parseRedisMode(std::string_view name);
std::string_view redisModeName(RedisMode mode);

// Up to five arguments; views into `key`, `json` and static text, valid while they are.
struct RedisCommand {
  std::array<std::string_view, 5> args{};
  size_t argc = 0;
};

RedisCommand redisCommandFor(RedisMode mode, std::string_view key, std::string_view json);

// Error replies that mean "not now" (the server is loading its data, busy
// with a script, out of memory, a read-only replica): the event is kept and
// re-sent after a reconnect. Any other error reply (WRONGTYPE: the key holds
// another type) would fail again forever: the event is dropped and counted.
bool isTransientRedisError(std::string_view reply_text);

}  // namespace tapwatch
