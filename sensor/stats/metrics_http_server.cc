#include "stats/metrics_http_server.h"

#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <list>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>

#include "stats/metrics_tls.h"

namespace tapwatch {
namespace {

namespace asio = boost::asio;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;

constexpr size_t kMaxHeaderBytes = 8192;  // a scrape request is a few hundred bytes

bool iequalsPrefix(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    const char a = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
    if (a != prefix[i]) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Compares without an early exit, so the time taken does not reveal how much
// of a guessed password was right.
bool sameSecret(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

std::string reply(const char* status, std::string_view extra_headers, const std::string& body, bool with_body) {
  std::string out = std::string("HTTP/1.1 ") + status + "\r\n";
  out.append(extra_headers);
  out += "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n";
  if (with_body) out += body;
  return out;
}

Result<tcp::endpoint> parseListen(const std::string& listen) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon + 1 == listen.size()) return makeError("expected host:port");
  std::string host = listen.substr(0, colon);
  const std::string port_text = listen.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  unsigned long port = 0;
  for (const char c : port_text) {
    if (c < '0' || c > '9' || port > 65535) return makeError("port '" + port_text + "' is not a number 0-65535");
    port = port * 10 + static_cast<unsigned long>(c - '0');
  }
  if (port > 65535) return makeError("port '" + port_text + "' is not a number 0-65535");
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(host.empty() ? "0.0.0.0" : host, ec);
  if (!ec) return tcp::endpoint(address, static_cast<uint16_t>(port));
  asio::io_context io;
  tcp::resolver resolver(io);
  const auto results = resolver.resolve(host, port_text, tcp::resolver::numeric_service, ec);
  if (ec || results.empty()) return makeError("cannot resolve host '" + host + "': " + ec.message());
  return results.begin()->endpoint();
}

}  // namespace

bool decodeBase64(const std::string& in, std::string& out) {
  out.clear();
  uint32_t acc = 0;
  int bits = 0;
  size_t padding = 0;
  for (const char c : in) {
    int v;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    else if (c >= '0' && c <= '9') v = c - '0' + 52;
    else if (c == '+') v = 62;
    else if (c == '/') v = 63;
    else if (c == '=') {
      ++padding;
      continue;
    } else {
      return false;
    }
    if (padding > 0) return false;  // data after padding
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return padding <= 2;
}

struct MetricsHttpServer::Impl {
  struct Connection {
    Connection(tcp::socket s, std::shared_ptr<ssl::context> tls_context)
        : socket(std::move(s)), deadline(socket.get_executor()), context(std::move(tls_context)) {
      if (context) tls.emplace(socket, *context);
    }
    tcp::socket socket;
    asio::steady_timer deadline;
    std::shared_ptr<ssl::context> context;         // kept alive as long as the session that uses it
    std::optional<ssl::stream<tcp::socket&>> tls;  // HTTPS: every byte goes through it
    std::string request;
    std::array<char, 1024> buffer{};
    std::string response;
    bool answering = false;  // headers complete; the response is being written
    bool closed = false;
    std::list<std::shared_ptr<Connection>>::iterator position;
  };
  using ConnectionPtr = std::shared_ptr<Connection>;

  MetricsHttpOptions options;
  Render render;
  asio::io_context io;
  tcp::acceptor acceptor{io};
  std::list<ConnectionPtr> live;  // oldest first; touched only on the io thread
  mutable std::mutex tls_mutex;
  std::shared_ptr<ssl::context> tls_context;  // null = plain HTTP; swapped by reloadTls()
  std::atomic<uint64_t> shed{0};
  std::thread thread;

  void accept() {
    acceptor.async_accept([this](const boost::system::error_code& ec, tcp::socket socket) {
      if (ec == asio::error::operation_aborted) return;
      if (!ec) admit(std::move(socket));
      accept();
    });
  }

  void admit(tcp::socket socket) {
    if (live.size() >= options.max_connections && !shedOldestWaiting()) {
      shed.fetch_add(1, std::memory_order_relaxed);
      return;  // every slot is busy writing a response: this one is closed unanswered
    }
    std::shared_ptr<ssl::context> context;
    {
      std::lock_guard lock(tls_mutex);
      context = tls_context;
    }
    // The response and (with TLS) the close_notify after it are small writes
    // in a row: without this, Nagle holds the second until the client's
    // delayed ACK (HTTPS scrapes took a 47 ms median without it, 2-5 ms with).
    boost::system::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    auto c = std::make_shared<Connection>(std::move(socket), std::move(context));
    c->position = live.insert(live.end(), c);
    // The TLS handshake runs inside the header deadline: a client that never
    // completes it is shed like one that never sends its request.
    c->deadline.expires_after(options.header_timeout);
    armDeadline(c);
    if (!c->tls) return read(c);
    c->tls->async_handshake(ssl::stream_base::server, [this, c](const boost::system::error_code& ec) {
      if (c->closed) return;
      if (ec) return close(c);  // plain HTTP, an old TLS version, a client that gave up
      read(c);
    });
  }

  bool shedOldestWaiting() {
    for (const auto& c : live) {
      if (c->answering) continue;
      shed.fetch_add(1, std::memory_order_relaxed);
      const ConnectionPtr victim = c;  // close() erases the list's copy
      close(victim);
      return true;
    }
    return false;
  }

  void armDeadline(const ConnectionPtr& c) {
    c->deadline.async_wait([this, c](const boost::system::error_code& ec) {
      if (ec || c->closed) return;
      if (!c->answering) shed.fetch_add(1, std::memory_order_relaxed);
      close(c);
    });
  }

  void close(const ConnectionPtr& c) {
    if (c->closed) return;
    c->closed = true;
    boost::system::error_code ignored;
    c->socket.shutdown(tcp::socket::shutdown_both, ignored);
    c->socket.close(ignored);
    c->deadline.cancel();
    live.erase(c->position);
  }

  void read(const ConnectionPtr& c) {
    auto on_read = [this, c](const boost::system::error_code& ec, size_t n) {
      if (c->closed) return;
      if (ec) return close(c);
      c->request.append(c->buffer.data(), n);
      size_t end = c->request.find("\r\n\r\n");
      if (end == std::string::npos) end = c->request.find("\n\n");
      if (end != std::string::npos) return answer(c, c->request.substr(0, end));
      if (c->request.size() > kMaxHeaderBytes) return answer(c, {});
      read(c);
    };
    if (c->tls) {
      c->tls->async_read_some(asio::buffer(c->buffer), std::move(on_read));
    } else {
      c->socket.async_read_some(asio::buffer(c->buffer), std::move(on_read));
    }
  }

  std::string respond(const std::string& head) const {
    if (head.empty()) return reply("431 Request Header Fields Too Large", "", "request headers too large\n", true);
    const std::string_view all(head);
    const std::string_view line = all.substr(0, all.find('\n'));
    const auto sp1 = line.find(' ');
    const auto sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
    if (sp2 == std::string_view::npos) return reply("400 Bad Request", "", "bad request line\n", true);
    const std::string_view method = line.substr(0, sp1);
    std::string_view target = line.substr(sp1 + 1, sp2 - sp1 - 1);
    target = target.substr(0, target.find('?'));
    const bool head_only = method == "HEAD";
    if (method != "GET" && !head_only) return reply("405 Method Not Allowed", "Allow: GET, HEAD\r\n", "", true);
    if (!options.basic_auth_user.empty() && !authorized(all))
      return reply("401 Unauthorized", "WWW-Authenticate: Basic realm=\"tapwatch\"\r\n", "", !head_only);
    if (target != "/metrics") return reply("404 Not Found", "", "only /metrics is served here\n", !head_only);
    return reply("200 OK", "Content-Type: text/plain; version=0.0.4; charset=utf-8\r\n", render(), !head_only);
  }

  bool authorized(std::string_view head) const {
    size_t pos = 0;
    while ((pos = head.find('\n', pos)) != std::string_view::npos) {
      ++pos;
      const std::string_view rest = head.substr(pos);
      const std::string_view header = rest.substr(0, rest.find('\n'));
      if (!iequalsPrefix(header, "authorization:")) continue;
      const std::string_view value = trim(header.substr(14));
      if (!iequalsPrefix(value, "basic ")) return false;
      std::string decoded;
      if (!decodeBase64(std::string(trim(value.substr(6))), decoded)) return false;
      return sameSecret(decoded, options.basic_auth_user + ":" + options.basic_auth_password);
    }
    return false;
  }

  void answer(const ConnectionPtr& c, const std::string& head) {
    c->answering = true;
    c->response = respond(head);
    c->deadline.expires_after(options.write_timeout);
    armDeadline(c);
    if (!c->tls) {
      asio::async_write(c->socket, asio::buffer(c->response), [this, c](const boost::system::error_code&, size_t) {
        close(c);  // Connection: close, as HTTP/1.0 scrapers expect
      });
      return;
    }
    asio::async_write(*c->tls, asio::buffer(c->response), [this, c](const boost::system::error_code& ec, size_t) {
      if (ec || c->closed) return close(c);
      // close_notify, so the client knows the response is complete; the
      // write deadline bounds a client that never answers it.
      c->tls->async_shutdown([this, c](const boost::system::error_code&) { close(c); });
    });
  }
};

MetricsHttpServer::MetricsHttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Result<std::unique_ptr<MetricsHttpServer>> MetricsHttpServer::start(const MetricsHttpOptions& options, Render render) {
  auto endpoint = parseListen(options.listen);
  if (!endpoint)
    return makeError("cannot listen for Prometheus scrapes on '" + options.listen + "': " + endpoint.error().message,
                     {"outputs.prometheus.listen " + options.listen});
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (!options.tls_cert_file.empty()) {
    auto context = loadMetricsTlsContext(options.tls_cert_file, options.tls_key_file);
    if (!context) return context.error();
    impl->tls_context = std::move(context.value());
  }
  if (impl->options.max_connections == 0) impl->options.max_connections = 1;
  impl->render = std::move(render);
  boost::system::error_code ec;
  impl->acceptor.open(endpoint->protocol(), ec);
  if (!ec) impl->acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
  if (!ec) impl->acceptor.bind(*endpoint, ec);
  if (!ec) impl->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec)
    return makeError("cannot listen for Prometheus scrapes on '" + options.listen + "': " + ec.message(),
                     {"outputs.prometheus.listen " + options.listen});
  impl->accept();
  Impl* raw = impl.get();
  impl->thread = std::thread([raw] { raw->io.run(); });
  return std::unique_ptr<MetricsHttpServer>(new MetricsHttpServer(std::move(impl)));
}

MetricsHttpServer::~MetricsHttpServer() {
  impl_->io.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
  boost::system::error_code ignored;
  impl_->acceptor.close(ignored);
  for (const auto& c : impl_->live) c->socket.close(ignored);
  impl_->live.clear();  // Connections still referenced by queued handlers die with the io_context
}

int MetricsHttpServer::port() const {
  boost::system::error_code ec;
  const auto endpoint = impl_->acceptor.local_endpoint(ec);
  return ec ? 0 : endpoint.port();
}

bool MetricsHttpServer::tls() const { return !impl_->options.tls_cert_file.empty(); }

Status MetricsHttpServer::reloadTls() {
  if (!tls()) return Ok{};
  auto context = loadMetricsTlsContext(impl_->options.tls_cert_file, impl_->options.tls_key_file);
  if (!context) return context.error();
  std::lock_guard lock(impl_->tls_mutex);
  impl_->tls_context = std::move(context.value());
  return Ok{};
}

uint64_t MetricsHttpServer::connectionsShed() const { return impl_->shed.load(std::memory_order_relaxed); }

}  // namespace tapwatch
