#pragma once
// A real redis-server for tests, on 127.0.0.1 and a free port, without
// persistence; killed (SIGKILL) when the test is done. available() is false
// when redis-server is not installed (the test then skips, saying why).
// `extra` are more command-line settings ("--requirepass", "pw", "--user", ...);
// with `admin_password` the test's own client authenticates with it.
#include <fcntl.h>
#include <hiredis.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

namespace tapwatch {

inline std::string redisServerBinary() {
  for (const char* path : {"/usr/bin/redis-server", "/usr/local/bin/redis-server"})
    if (::access(path, X_OK) == 0) return path;
  return "";
}

inline uint16_t freeLoopbackPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

class RedisServer {
 public:
  explicit RedisServer(uint16_t port = freeLoopbackPort()) : port_(port) {}
  RedisServer(std::vector<std::string> extra, std::string admin_password)
      : port_(freeLoopbackPort()), extra_(std::move(extra)), admin_password_(std::move(admin_password)) {}
  ~RedisServer() { kill(); }

  static bool available() { return !redisServerBinary().empty(); }
  uint16_t port() const { return port_; }

  bool start() {
    const std::string bin = redisServerBinary();
    const std::string port = std::to_string(port_);
    std::vector<std::string> args = {bin,  "--port", port,   "--bind",     "127.0.0.1", "--save", "", "--appendonly",
                                     "no", "--dir",  "/tmp", "--loglevel", "warning"};
    args.insert(args.end(), extra_.begin(), extra_.end());
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_ = ::fork();
    if (pid_ == 0) {
      const int devnull = ::open("/dev/null", O_WRONLY);  // its start-up banner is not the test's output
      ::dup2(devnull, 1);
      ::dup2(devnull, 2);
      ::execv(bin.c_str(), argv.data());
      ::_exit(127);
    }
    for (int i = 0; i < 200; ++i) {  // up to 10 s
      if (redisContext* c = connect()) {
        redisFree(c);
        return true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }

  void kill() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

  // A client for the test's own checks (caller frees); nullptr if the server is not up.
  redisContext* connect() const {
    timeval tv{1, 0};
    redisContext* c = redisConnectWithTimeout("127.0.0.1", port_, tv);
    if (c != nullptr && c->err != 0) {
      redisFree(c);
      return nullptr;
    }
    if (c != nullptr && !admin_password_.empty()) {
      auto* r = static_cast<redisReply*>(redisCommand(c, "AUTH %s", admin_password_.c_str()));
      const bool ok = r != nullptr && r->type != REDIS_REPLY_ERROR;
      if (r != nullptr) freeReplyObject(r);
      if (!ok) {
        redisFree(c);
        return nullptr;
      }
    }
    return c;
  }

 private:
  uint16_t port_;
  std::vector<std::string> extra_;
  std::string admin_password_;
  pid_t pid_ = -1;
};

}  // namespace tapwatch
