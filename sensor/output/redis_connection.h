#pragma once
// One blocking connection to a Redis server (hiredis), used only by the Redis
// sink's own thread. send() pipelines a batch: every command is written in
// one go, then the replies are read in order, so a batch costs one round
// trip instead of one per event. connect() also authenticates (AUTH)
// and selects the database (SELECT), so a reconnect restores the session.
#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "output/redis_command.h"

struct redisContext;

namespace tapwatch {

struct RedisBatchResult {
  size_t settled = 0;         // leading events answered: stored, or rejected for good
  size_t rejected = 0;        // of those, refused with a permanent error reply (dropped)
  std::string rejection;      // the first permanent error reply, for the log
  std::string error;          // non-empty: the connection broke; events from `settled` on are not confirmed
  bool auth_refused = false;  // the break was NOAUTH/WRONGPASS/NOPERM (credentials or ACL rights)
};

// What connect() does after the TCP connection is up.
struct RedisSession {
  std::string username;  // "" = AUTH password (requirepass / the default user)
  std::string password;  // "" = no AUTH
  uint32_t db = 0;       // 0 = no SELECT
};

struct RedisConnectResult {
  std::string error;          // "" = connected (and authenticated, database selected)
  bool auth_refused = false;  // the server refused AUTH: the password or user is wrong
};

class RedisConnection {
 public:
  RedisConnection() = default;
  ~RedisConnection();
  RedisConnection(const RedisConnection&) = delete;
  RedisConnection& operator=(const RedisConnection&) = delete;

  // `timeout` bounds the connect and every later read/write.
  RedisConnectResult connect(const std::string& host, uint16_t port, std::chrono::milliseconds timeout,
                             const RedisSession& session = {});
  bool connected() const { return ctx_ != nullptr; }
  void close();

  // `stream_maxlen`: decimal cap for stream mode's XADD MAXLEN ~ ("" = none).
  RedisBatchResult send(RedisMode mode, const std::string& key, const std::vector<std::string>& events,
                        std::string_view stream_maxlen = {});

 private:
  // One command on the fresh connection; "" when it succeeded, else the error text.
  std::string command(std::initializer_list<std::string_view> args);

  redisContext* ctx_ = nullptr;
};

}  // namespace tapwatch
