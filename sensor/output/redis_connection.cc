#include "output/redis_connection.h"

#include <hiredis.h>
#include <sys/time.h>

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

std::string RedisConnection::connect(const std::string& host, uint16_t port, std::chrono::milliseconds timeout) {
  close();
  const timeval tv = toTimeval(timeout);
  redisContext* ctx = redisConnectWithTimeout(host.c_str(), port, tv);
  const std::string where = host + ":" + std::to_string(port);
  if (ctx == nullptr) return "cannot connect to Redis " + where + ": out of memory";
  if (ctx->err != 0) {
    std::string error = contextError(ctx, ("cannot connect to Redis " + where).c_str());
    redisFree(ctx);
    return error;
  }
  // Replies that take longer than this count as a broken connection; keepalive
  // notices a server that vanished without a reset.
  if (redisSetTimeout(ctx, tv) != REDIS_OK || redisEnableKeepAlive(ctx) != REDIS_OK) {
    std::string error = contextError(ctx, ("cannot set socket options for Redis " + where).c_str());
    redisFree(ctx);
    return error;
  }
  ctx_ = ctx;
  return "";
}

RedisBatchResult RedisConnection::send(RedisMode mode, const std::string& key, const std::vector<std::string>& events) {
  RedisBatchResult result;
  if (ctx_ == nullptr) {
    result.error = "not connected";
    return result;
  }
  for (const std::string& json : events) {
    const RedisCommand cmd = redisCommandFor(mode, key, json);
    const char* argv[5];
    size_t lens[5];
    for (size_t i = 0; i < cmd.argc; ++i) {
      argv[i] = cmd.args[i].data();
      lens[i] = cmd.args[i].size();
    }
    if (redisAppendCommandArgv(ctx_, static_cast<int>(cmd.argc), argv, lens) != REDIS_OK) {
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
