#pragma once
// One blocking connection to a Redis server (hiredis), used only by the Redis
// sink's own thread. send() pipelines a batch: every command is written in
// one go, then the replies are read in order, so a batch costs one round
// trip instead of one per event.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "output/redis_command.h"

struct redisContext;

namespace tapwatch {

struct RedisBatchResult {
  size_t settled = 0;     // leading events answered: stored, or rejected for good
  size_t rejected = 0;    // of those, refused with a permanent error reply (dropped)
  std::string rejection;  // the first permanent error reply, for the log
  std::string error;      // non-empty: the connection broke; events from `settled` on are not confirmed
};

class RedisConnection {
 public:
  RedisConnection() = default;
  ~RedisConnection();
  RedisConnection(const RedisConnection&) = delete;
  RedisConnection& operator=(const RedisConnection&) = delete;

  // "" on success, else why not. `timeout` bounds the connect and every later read/write.
  std::string connect(const std::string& host, uint16_t port, std::chrono::milliseconds timeout);
  bool connected() const { return ctx_ != nullptr; }
  void close();

  RedisBatchResult send(RedisMode mode, const std::string& key, const std::vector<std::string>& events);

 private:
  redisContext* ctx_ = nullptr;
};

}  // namespace tapwatch
