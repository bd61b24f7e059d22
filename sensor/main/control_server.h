#pragma once
// ControlServer: the daemon's control socket (control.socket), served on its
// own thread with Boost.Asio. One JSON request per connection
// ({"command": "...", "arguments": {...}}, optionally newline-terminated),
// one JSON reply, then the server closes the connection. Connections are
// served one at a time: a handler may block (reload waits for the compile).
// Malformed requests get {"error": "..."} without reaching the handler.
//
// Main thread: bind() (before the privilege drop, so the socket can be given
// to privileges.group), start(), destroy. The handler runs on the control
// thread and must be thread-safe.
#include <functional>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "common/result.h"

namespace tapwatch {

class ControlServer {
 public:
  using Handler = std::function<nlohmann::json(const nlohmann::json& request)>;

  // Creates the socket at `path`, mode 0660, owned by privileges.user and
  // privileges.group when set (so the dropped daemon can still remove it).
  // A stale socket file left by a crashed daemon is replaced; a live one
  // (another daemon answers) is an error.
  static Result<std::unique_ptr<ControlServer>> bind(const std::string& path, const std::string& user,
                                                     const std::string& group);
  ~ControlServer();  // stops the thread and removes the socket file
  ControlServer(const ControlServer&) = delete;
  ControlServer& operator=(const ControlServer&) = delete;

  void start(Handler handler);
  const std::string& path() const { return path_; }

 private:
  struct State;
  ControlServer() = default;
  std::string path_;
  std::unique_ptr<State> state_;
};

// Checks a request's shape and returns its command, or an error reply in `error`.
std::string controlCommandOf(const nlohmann::json& request, nlohmann::json& error);
nlohmann::json controlError(const std::string& message);

}  // namespace tapwatch
