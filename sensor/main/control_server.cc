#include "main/control_server.h"

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/asio/buffers_iterator.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <thread>

#include "common/log.h"

namespace tapwatch {
namespace {

namespace asio = boost::asio;
using Local = asio::local::stream_protocol;

constexpr size_t kMaxRequestBytes = 64 * 1024;            // a request is a command and a path
constexpr auto kReadDeadline = std::chrono::seconds(10);  // a silent client must not hold the socket

// A socket file nobody answers on is what a crashed daemon leaves behind.
bool someoneListens(asio::io_context& io, const std::string& path) {
  Local::socket probe(io);
  boost::system::error_code ec;
  probe.connect(Local::endpoint(path), ec);
  return !ec;
}

}  // namespace

struct ControlServer::State {
  asio::io_context io;
  Local::acceptor acceptor{io};
  Handler handler;
  std::thread thread;

  // One connection at a time: read the request (bounded, with a deadline),
  // answer, close, then accept the next.
  void acceptNext() {
    acceptor.async_accept([this](boost::system::error_code ec, Local::socket socket) {
      if (ec) {
        if (ec != asio::error::operation_aborted) acceptNext();
        return;
      }
      serve(std::move(socket));
    });
  }

  void serve(Local::socket socket) {
    auto conn = std::make_shared<Connection>(std::move(socket), io);
    conn->deadline.expires_after(kReadDeadline);
    conn->deadline.async_wait([conn](boost::system::error_code ec) {
      if (!ec) conn->socket.cancel(ec);
    });
    asio::async_read_until(conn->socket, conn->buffer, '\n', [this, conn](boost::system::error_code ec, size_t) {
      conn->deadline.cancel();
      nlohmann::json reply;
      if (ec && ec != asio::error::eof) {
        reply = controlError(ec == asio::error::not_found ? "request larger than 64 KiB"
                                                          : "no complete request: " + ec.message());
      } else {
        reply = answer(std::string(asio::buffers_begin(conn->buffer.data()), asio::buffers_end(conn->buffer.data())));
      }
      conn->reply = reply.dump() + "\n";
      asio::async_write(conn->socket, asio::buffer(conn->reply), [this, conn](boost::system::error_code, size_t) {
        boost::system::error_code ignored;
        conn->socket.shutdown(Local::socket::shutdown_both, ignored);
        acceptNext();
      });
    });
  }

  nlohmann::json answer(const std::string& text) {
    nlohmann::json request = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (request.is_discarded()) return controlError("bad request: not JSON");
    nlohmann::json error;
    if (controlCommandOf(request, error).empty()) return error;
    try {
      return handler(request);
    } catch (const std::exception& e) {  // e.g. a JSON type error in a handler: answer, keep serving
      return controlError(std::string("internal error: ") + e.what());
    }
  }

  struct Connection {
    Connection(Local::socket s, asio::io_context& io) : socket(std::move(s)), deadline(io) {}
    Local::socket socket;
    asio::steady_timer deadline;
    asio::streambuf buffer{kMaxRequestBytes};
    std::string reply;
  };
};

nlohmann::json controlError(const std::string& message) { return nlohmann::json{{"error", message}}; }

std::string controlCommandOf(const nlohmann::json& request, nlohmann::json& error) {
  if (!request.is_object()) {
    error = controlError("bad request: expected a JSON object {\"command\": ...}");
    return {};
  }
  const auto it = request.find("command");
  if (it == request.end() || !it->is_string() || it->get<std::string>().empty()) {
    error = controlError("bad request: \"command\" (a string) is missing");
    return {};
  }
  if (const auto args = request.find("arguments"); args != request.end() && !args->is_object()) {
    error = controlError("bad request: \"arguments\" must be an object");
    return {};
  }
  return it->get<std::string>();
}

Result<std::unique_ptr<ControlServer>> ControlServer::bind(const std::string& path, const std::string& user,
                                                           const std::string& group) {
  const SourceLocation where{"control.socket " + path};
  std::unique_ptr<ControlServer> server(new ControlServer());
  server->path_ = path;
  server->state_ = std::make_unique<State>();
  State& st = *server->state_;
  std::error_code fs_ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), fs_ec);
  if (std::filesystem::exists(path, fs_ec)) {
    if (someoneListens(st.io, path)) return makeError("another daemon is answering on the control socket", where);
    ::unlink(path.c_str());
  }
  boost::system::error_code ec;
  st.acceptor.open(Local(), ec);
  if (!ec) st.acceptor.bind(Local::endpoint(path), ec);
  if (!ec) st.acceptor.listen(8, ec);
  if (ec) return makeError("cannot create the control socket: " + ec.message(), where);
  // Only the service's user and group may command the sensor.
  if (::chmod(path.c_str(), 0660) != 0)
    return makeError(std::string("cannot chmod the control socket: ") + std::strerror(errno), where);
  uid_t uid = static_cast<uid_t>(-1);
  gid_t gid = static_cast<gid_t>(-1);
  if (!user.empty()) {
    const struct passwd* pw = getpwnam(user.c_str());
    if (pw == nullptr) return makeError("unknown user '" + user + "'", {"privileges.user"});
    uid = pw->pw_uid;
    gid = pw->pw_gid;
  }
  if (!group.empty()) {
    const struct group* gr = getgrnam(group.c_str());
    if (gr == nullptr) return makeError("unknown group '" + group + "'", {"privileges.group"});
    gid = gr->gr_gid;
  }
  if ((!user.empty() || !group.empty()) && ::chown(path.c_str(), uid, gid) != 0)
    return makeError(
        std::string("cannot give the control socket to the service user and group: ") + std::strerror(errno), where);
  return server;
}

void ControlServer::start(Handler handler) {
  state_->handler = std::move(handler);
  state_->acceptNext();
  state_->thread = std::thread([this] { state_->io.run(); });
}

ControlServer::~ControlServer() {
  if (!state_) return;
  state_->io.stop();
  if (state_->thread.joinable()) state_->thread.join();
  ::unlink(path_.c_str());
}

}  // namespace tapwatch
