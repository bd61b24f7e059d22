#include "output/redis_command.h"

namespace tapwatch {

std::optional<RedisMode> parseRedisMode(std::string_view name) {
  if (name == "list") return RedisMode::List;
  if (name == "rpush") return RedisMode::Rpush;
  if (name == "channel") return RedisMode::Channel;
  if (name == "stream") return RedisMode::Stream;
  return std::nullopt;
}

std::string_view redisModeName(RedisMode mode) {
  switch (mode) {
    case RedisMode::List: return "list";
    case RedisMode::Rpush: return "rpush";
    case RedisMode::Channel: return "channel";
    case RedisMode::Stream: break;
  }
  return "stream";
}

RedisCommand redisCommandFor(RedisMode mode, std::string_view key, std::string_view json,
                             std::string_view stream_maxlen) {
  RedisCommand cmd;
  switch (mode) {
    case RedisMode::List:
      cmd.args = {"LPUSH", key, json};
      cmd.argc = 3;
      break;
    case RedisMode::Rpush:
      cmd.args = {"RPUSH", key, json};
      cmd.argc = 3;
      break;
    case RedisMode::Channel:
      cmd.args = {"PUBLISH", key, json};
      cmd.argc = 3;
      break;
    case RedisMode::Stream:
      // "*": the server assigns the entry id; one field named like Suricata's.
      if (stream_maxlen.empty()) {
        cmd.args = {"XADD", key, "*", "eve", json};
        cmd.argc = 5;
      } else {
        cmd.args = {"XADD", key, "MAXLEN", "~", stream_maxlen, "*", "eve", json};
        cmd.argc = 8;
      }
      break;
  }
  return cmd;
}

bool isRedisAuthError(std::string_view reply_text) {
  for (std::string_view prefix : {"NOAUTH", "WRONGPASS", "NOPERM"}) {
    if (reply_text.starts_with(prefix)) return true;
  }
  // Redis before 6 answers a wrong requirepass with a plain ERR.
  return reply_text.starts_with("ERR invalid password") || reply_text.starts_with("ERR invalid username-password") ||
         reply_text.starts_with("ERR AUTH");
}

bool isTransientRedisError(std::string_view reply_text) {
  if (isRedisAuthError(reply_text)) return true;
  for (std::string_view prefix : {"LOADING", "BUSY", "OOM", "READONLY", "MASTERDOWN", "TRYAGAIN", "CLUSTERDOWN"}) {
    if (reply_text.starts_with(prefix)) return true;
  }
  return false;
}

}  // namespace tapwatch
