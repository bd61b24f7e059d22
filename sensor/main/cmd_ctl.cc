// `tapwatch ctl [-S SOCKET] COMMAND [ARG]`: one request to a running daemon
// over its control socket (main/control_server.h), the JSON reply on stdout.
// Exit 0 when the daemon did it, 1 when it answered with an error (reload:
// the file:line:col errors also go to stderr) or cannot be reached, 2 on usage.
#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <cstdio>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "main/command_suggest.h"
#include "main/commands.h"
#include "main/config_resolution.h"

namespace tapwatch {
namespace {

namespace asio = boost::asio;
using Local = asio::local::stream_protocol;

std::string socketPath(const CtlOptions& options) {
  if (!options.socket.empty()) return options.socket;
  ConfigOptions config;
  config.config_file = options.config_file;
  auto loaded = resolveConfig(config);
  return loaded ? loaded->control.socket : Config{}.control.socket;
}

const std::vector<std::string> kCommands = {"reload", "stats", "ruleset", "iface", "pcap", "shutdown", "version"};

Result<nlohmann::json> request(const CtlOptions& options) {
  if (std::find(kCommands.begin(), kCommands.end(), options.command) == kCommands.end()) {
    std::string message = "unknown ctl command '" + options.command + "'";
    if (auto nearest = nearestCommand(options.command, kCommands)) message += "; did you mean '" + *nearest + "'?";
    return makeError(message + "\ncommands: reload stats ruleset iface pcap FILE shutdown version");
  }
  nlohmann::json req = {{"command", options.command}};
  if (options.command == "pcap") {
    if (options.args.size() != 1) return makeError("usage: tapwatch ctl pcap FILE");
    // The daemon has another working directory: send an absolute path.
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(options.args.front(), ec);
    req["arguments"] = {{"filename", ec ? options.args.front() : absolute.lexically_normal().string()}};
  } else if (!options.args.empty()) {
    return makeError("'" + options.command + "' takes no argument");
  }
  return req;
}

}  // namespace

int runCtl(const CtlOptions& options) {
  auto req = request(options);
  if (!req) {
    std::fprintf(stderr, "%s\n", req.error().message.c_str());
    return kExitUsage;
  }
  const std::string path = socketPath(options);
  asio::io_context io;
  Local::socket socket(io);
  boost::system::error_code ec;
  socket.connect(Local::endpoint(path), ec);
  if (ec) {
    std::fprintf(stderr, "cannot reach the daemon on %s: %s (is `tapwatch run` running? control.socket, -S)\n",
                 path.c_str(), ec.message().c_str());
    return kExitRuntime;
  }
  asio::write(socket, asio::buffer(req->dump() + "\n"), ec);
  if (!ec) socket.shutdown(Local::socket::shutdown_send, ec);
  std::string text;
  asio::read(socket, asio::dynamic_buffer(text), ec);  // until the daemon closes (eof)
  if (ec && ec != asio::error::eof) {
    std::fprintf(stderr, "control socket %s: %s\n", path.c_str(), ec.message().c_str());
    return kExitRuntime;
  }
  nlohmann::json reply = nlohmann::json::parse(text, nullptr, false);
  if (reply.is_discarded() || !reply.is_object()) {
    std::fprintf(stderr, "control socket %s: not a JSON reply: %s\n", path.c_str(), text.c_str());
    return kExitRuntime;
  }
  std::printf("%s\n", reply.dump(2).c_str());
  if (!reply.contains("error")) return kExitOk;
  std::fprintf(stderr, "error: %s\n", reply["error"].dump().c_str());
  if (const auto errors = reply.find("errors"); errors != reply.end() && errors->is_array())
    for (const auto& e : *errors) std::fprintf(stderr, "%s\n", e.is_string() ? e.get<std::string>().c_str() : "");
  return kExitRuntime;
}

}  // namespace tapwatch
