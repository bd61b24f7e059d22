#pragma once
// The Redis command that carries one EVE record, per outputs.redis.mode
// (Suricata's EVE redis output is the model):
//   list    LPUSH key JSON
//   rpush   RPUSH key JSON
//   channel PUBLISH key JSON
//   stream  XADD key * eve JSON, or XADD key MAXLEN ~ N * eve JSON with a cap
//           (outputs.redis.stream_maxlen; "~": Redis trims whole nodes, cheaply)
// Kept apart from the connection so the exact arguments are unit-tested
// without a server. Pure functions; any thread.
#include <array>
#include <optional>
#include <string_view>

namespace tapwatch {

enum class RedisMode { List, Rpush, Channel, Stream };

std::optional<RedisMode> parseRedisMode(std::string_view name);
std::string_view redisModeName(RedisMode mode);

// Up to eight arguments; views into `key`, `json`, `stream_maxlen` and static
// text, valid while they are.
struct RedisCommand {
  std::array<std::string_view, 8> args{};
  size_t argc = 0;
};

// `stream_maxlen`: the cap as decimal text ("" = no cap); used by stream mode only.
RedisCommand redisCommandFor(RedisMode mode, std::string_view key, std::string_view json,
                             std::string_view stream_maxlen = {});

// Error replies that mean "not now" (the server is loading its data, busy
// with a script, out of memory, a read-only replica): the event is kept and
// re-sent after a reconnect. Any other error reply (WRONGTYPE: the key holds
// another type) would fail again forever: the event is dropped and counted.
// NOAUTH, WRONGPASS and NOPERM (credentials or ACL rights wrong or missing)
// are transient too: the operator fixes the server or the config, and the
// events wait in the spool meanwhile. They are also auth failures (counted).
bool isTransientRedisError(std::string_view reply_text);
bool isRedisAuthError(std::string_view reply_text);

}  // namespace tapwatch
