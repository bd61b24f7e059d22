#include "output/redis_connection.h"

#include <hiredis.h>
#include <sys/time.h>

#include <array>
#include <tuple>

namespace tapwatch {
namespace {

timeval toTimeval(std::chrono::milliseconds ms) {
  timeval tv{};
  tv.tv_sec = static_cast<time_t>(ms.count() / 1000);
  tv.tv_usec = static_cast<suseconds_t>((ms.count() % 1000) * 1000);
  return tv;
}

std::string contextError(const redisContext* ctx, const char* what) {
  std::string text = what;
  if (ctx != nullptr && ctx->err != 0) text += std::string(": ") + ctx->errstr;
  return text;
}

}  // namespace

RedisConnection::~RedisConnection() { close(); }

void RedisConnection::close() {
  if (ctx_ != nullptr) redisFree(ctx_);
  ctx_ = nullptr;
}

std::string RedisConnection::command(std::initializer_list<std::string_view> args) {
  const char* argv[4];
  size_t lens[4];
  size_t argc = 0;
  for (std::string_view a : args) {
    if (argc == 4) break;
    argv[argc] = a.data();
    lens[argc++] = a.size();
  }
  auto* reply = static_cast<redisReply*>(redisCommandArgv(ctx_, static_cast<int>(argc), argv, lens));
  if (reply == nullptr) return contextError(ctx_, "connection lost");
  std::string error;
  if (reply->type == REDIS_REPLY_ERROR) error.assign(reply->str, reply->len);
  freeReplyObject(reply);
  return error;
}

RedisConnectResult RedisConnection::connect(const std::string& host, uint16_t port, std::chrono::milliseconds timeout,
                                            const RedisSession& session) {
  close();
  const timeval tv = toTimeval(timeout);
  redisContext* ctx = redisConnectWithTimeout(host.c_str(), port, tv);
  const std::string where = host + ":" + std::to_string(port);
  if (ctx == nullptr) return {"cannot connect to Redis " + where + ": out of memory"};
  if (ctx->err != 0) {
    std::string error = contextError(ctx, ("cannot connect to Redis " + where).c_str());
    redisFree(ctx);
    return {error};
  }
  // Replies that take longer than this count as a broken connection; keepalive
  // notices a server that vanished without a reset.
  if (redisSetTimeout(ctx, tv) != REDIS_OK || redisEnableKeepAlive(ctx) != REDIS_OK) {
    std::string error = contextError(ctx, ("cannot set socket options for Redis " + where).c_str());
    redisFree(ctx);
    return {error};
  }
  ctx_ = ctx;
  if (!session.password.empty()) {
    // The password is never put in a message; the user name is, to say which.
    const std::string error = session.username.empty() ? command({"AUTH", session.password})
                                                       : command({"AUTH", session.username, session.password});
    if (!error.empty()) {
      const bool lost = ctx_->err != 0;
      close();
      if (lost) return {"Redis " + where + " closed the connection during AUTH: " + error};
      const std::string who = session.username.empty() ? "" : " as user '" + session.username + "'";
      return {"Redis " + where + " refused AUTH" + who + ": " + error +
                  " (check outputs.redis.username and outputs.redis.password)",
              true};
    }
  }
  if (session.db != 0) {
    const std::string db = std::to_string(session.db);
    const std::string error = command({"SELECT", db});
    if (!error.empty()) {
      close();
      return {"Redis " + where + " refused SELECT " + db + ": " + error + " (check outputs.redis.db)",
              isRedisAuthError(error)};
    }
  }
  return {};
}

RedisBatchResult RedisConnection::send(RedisMode mode, const std::string& key, const std::vector<std::string>& events,
                                       std::string_view stream_maxlen) {
  RedisBatchResult result;
  if (ctx_ == nullptr) {
    result.error = "not connected";
    return result;
  }
  for (const std::string& json : events) {
    const RedisCommand cmd = redisCommandFor(mode, key, json, stream_maxlen);
    std::array<const char*, std::tuple_size_v<decltype(cmd.args)>> argv{};
    std::array<size_t, std::tuple_size_v<decltype(cmd.args)>> lens{};
    for (size_t i = 0; i < cmd.argc; ++i) {
      argv[i] = cmd.args[i].data();
      lens[i] = cmd.args[i].size();
    }
    if (redisAppendCommandArgv(ctx_, static_cast<int>(cmd.argc), argv.data(), lens.data()) != REDIS_OK) {
      result.error = contextError(ctx_, "cannot queue a Redis command");
      return result;
    }
  }
  // The first redisGetReply writes the whole batch, then replies are read in order.
  for (size_t i = 0; i < events.size(); ++i) {
    void* raw = nullptr;
    if (redisGetReply(ctx_, &raw) != REDIS_OK || raw == nullptr) {
      result.error = contextError(ctx_, "Redis connection lost");
      return result;
    }
    auto* reply = static_cast<redisReply*>(raw);
    if (reply->type == REDIS_REPLY_ERROR) {
      const std::string text(reply->str, reply->len);
      freeReplyObject(reply);
      if (isTransientRedisError(text)) {
        result.auth_refused = isRedisAuthError(text);
        result.error = "Redis refused for now: " + text;
        return result;
      }
      if (result.rejected++ == 0) result.rejection = text;
    } else {
      freeReplyObject(reply);
    }
    ++result.settled;
  }
  return result;
}

}  // namespace tapwatch
