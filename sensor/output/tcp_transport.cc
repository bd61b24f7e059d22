#include "output/tcp_transport.h"

#include <linux/sockios.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ip/udp.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <deque>

namespace tapwatch {
namespace {

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
using asio::ip::tcp;
using asio::ip::udp;
using boost::system::error_code;

constexpr auto kConnectTimeout = std::chrono::seconds(10);
// TLS: a partly acknowledged record is not readable at the receiver; allow one
// full record of slack so the plaintext estimate stays a lower bound.
constexpr uint64_t kTlsRecordSlack = 16384 + 256;

class TcpTransport final : public SyslogTransport {
 public:
  TcpTransport(asio::io_context& io, TransportTarget target, SyslogFraming framing, std::shared_ptr<ssl::context> tls)
      : io_(io), resolver_(io), target_(std::move(target)), framing_(framing), tls_(std::move(tls)) {
    plain_ = !tls_;
    if (plain_) tls_ = std::make_shared<ssl::context>(ssl::context::tls_client);  // never used for a handshake
  }
  ~TcpTransport() override { close(); }

  void connect(Done done, Done on_broken) override {
    close();
    auto conn = std::make_shared<Conn>(io_, *tls_);
    conn_ = conn;
    const uint64_t gen = ++gen_;
    written_ = 0;
    ends_.clear();
    confirmed_ = 0;
    on_broken_ = std::move(on_broken);
    auto finish = std::make_shared<Done>(std::move(done));
    conn->timer.expires_after(kConnectTimeout);
    conn->timer.async_wait([conn](const error_code& ec) {
      if (!ec && !conn->established) {
        error_code ignored;
        conn->stream.lowest_layer().close(ignored);  // fails the pending connect/handshake
      }
    });
    resolver_.async_resolve(
        target_.host, std::to_string(target_.port),
        [this, conn, gen, finish](const error_code& ec, const tcp::resolver::results_type& results) {
          if (gen != gen_) return;
          if (ec) return fail(conn, *finish, "cannot resolve " + target_.host + ": " + ec.message());
          asio::async_connect(conn->stream.next_layer(), results,
                              [this, conn, gen, finish](const error_code& cec, const tcp::endpoint&) {
                                if (gen != gen_) return;
                                if (cec)
                                  return fail(conn, *finish, "cannot connect to " + describe() + ": " + cec.message());
                                tuneSocket(conn->stream.next_layer());
                                if (plain_) return established(conn, gen, *finish);
                                handshake(conn, gen, finish);
                              });
        });
  }

  void send(std::vector<std::string> batch, Done done) override {
    auto conn = conn_;
    if (!conn || !conn->established) return done("not connected");
    auto bytes = std::make_shared<std::string>();
    std::vector<uint64_t> ends;
    ends.reserve(batch.size());
    for (const auto& m : batch) {
      appendFramed(*bytes, m, framing_);
      ends.push_back(written_ + bytes->size());
    }
    const uint64_t gen = gen_;
    // The messages count as sent from the start, and written_ follows every
    // partial write: confirmed() then credits what the peer acknowledged of a
    // batch still being written (a frozen receiver holds a batch half
    // written for as long as it stays frozen). Counting only whole batches
    // sent acknowledged messages back to the spool: duplicates.
    ends_.insert(ends_.end(), ends.begin(), ends.end());
    const uint64_t start = written_;
    auto progress = [this, gen, start](const error_code& ec, size_t transferred) -> size_t {
      if (gen == gen_) written_ = start + transferred;
      return asio::transfer_all()(ec, transferred);
    };
    auto handler = [this, gen, start, bytes, done = std::move(done)](const error_code& ec, size_t) {
      if (gen != gen_ || ec)
        return done(ec ? "write to " + describe() + " failed: " + ec.message() : "connection replaced");
      written_ = start + bytes->size();  // asio skips the completion condition after the last write
      done("");
    };
    if (plain_) {
      asio::async_write(conn->stream.next_layer(), asio::buffer(*bytes), std::move(progress), std::move(handler));
    } else {
      asio::async_write(conn->stream, asio::buffer(*bytes), std::move(progress), std::move(handler));
    }
  }

  uint64_t confirmed() override {
    if (conn_ && conn_->established && !ends_.empty()) {
      int outq = 0;
      if (::ioctl(conn_->stream.lowest_layer().native_handle(), SIOCOUTQ, &outq) == 0 && outq >= 0) {
        uint64_t unacked = static_cast<uint64_t>(outq);
        if (!plain_ && unacked > 0) unacked += kTlsRecordSlack;
        const uint64_t acked = written_ > unacked ? written_ - unacked : 0;
        while (!ends_.empty() && ends_.front() <= acked) {
          ends_.pop_front();
          ++confirmed_;
        }
      }
    }
    return confirmed_;
  }

  void finish(Done done) override { done(""); }

  void close() override {
    ++gen_;
    resolver_.cancel();
    if (conn_) {
      error_code ignored;
      conn_->timer.cancel();
      abortUnacknowledged(conn_->stream.lowest_layer());
      conn_->stream.lowest_layer().close(ignored);
      conn_.reset();
    }
  }

 private:
  struct Conn {
    Conn(asio::io_context& io, ssl::context& ctx) : stream(io, ctx), timer(io) {}
    ssl::stream<tcp::socket> stream;
    asio::steady_timer timer;
    std::array<char, 512> rbuf{};
    bool established = false;
  };

  std::string describe() const { return target_.host + ":" + std::to_string(target_.port); }

  void fail(const std::shared_ptr<Conn>& conn, const Done& done, const std::string& why) {
    error_code ignored;
    conn->timer.cancel();
    conn->stream.lowest_layer().close(ignored);
    if (conn_ == conn) conn_.reset();
    done(why);
  }

  // The forwarder keeps every message the peer's TCP has not acknowledged
  // (confirmed() reads SIOCOUTQ) and spools it again. A plain close would let
  // the kernel deliver those bytes anyway once a frozen receiver wakes up:
  // each of them then arrives twice. Resetting the connection (SO_LINGER 0)
  // discards them, while what the receiver's kernel already acknowledged
  // stays readable there; so only a message cut by the acknowledged
  // boundary can still arrive twice (its head torn, then whole).
  static void abortUnacknowledged(tcp::socket::lowest_layer_type& sock) {
    if (!sock.is_open()) return;
    int outq = 0;
    if (::ioctl(sock.native_handle(), SIOCOUTQ, &outq) != 0 || outq <= 0) return;
    error_code ignored;
    sock.set_option(asio::socket_base::linger(true, 0), ignored);
  }

  static void tuneSocket(tcp::socket& sock) {
    error_code ignored;
    sock.set_option(asio::socket_base::keep_alive(true), ignored);
    // A receiver that vanishes without a RST is noticed within 30 s, not 15 min.
    const int fd = sock.native_handle();
    unsigned int user_timeout_ms = 30000;
    ::setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &user_timeout_ms, sizeof user_timeout_ms);
    int idle = 30, interval = 10, count = 3;
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
  }

  void handshake(const std::shared_ptr<Conn>& conn, uint64_t gen, const std::shared_ptr<Done>& finish) {
    error_code ip_ec;
    asio::ip::make_address(target_.host, ip_ec);
    if (ip_ec) {  // a name: send SNI
      SSL_set_tlsext_host_name(conn->stream.native_handle(), target_.host.c_str());
    }
    conn->stream.set_verify_mode(ssl::verify_peer);
    conn->stream.set_verify_callback(ssl::host_name_verification(target_.host));
    conn->stream.async_handshake(ssl::stream_base::client, [this, conn, gen, finish](const error_code& ec) {
      if (gen != gen_) return;
      if (ec) return fail(conn, *finish, "TLS handshake with " + describe() + " failed: " + ec.message());
      established(conn, gen, *finish);
    });
  }

  void established(const std::shared_ptr<Conn>& conn, uint64_t gen, const Done& done) {
    conn->established = true;
    conn->timer.cancel();
    readLoop(conn, gen);
    done("");
  }

  // Receivers send nothing on these transports; a completed read means the
  // receiver closed or reset the connection, which we want to know before
  // writing more into a dead socket.
  void readLoop(const std::shared_ptr<Conn>& conn, uint64_t gen) {
    auto handler = [this, conn, gen](const error_code& ec, size_t) {
      if (gen != gen_) return;
      if (!ec) return readLoop(conn, gen);
      confirmed();  // last look at what the peer acknowledged
      conn->established = false;
      if (on_broken_) {
        auto cb = std::move(on_broken_);
        on_broken_ = nullptr;
        cb("connection to " + describe() + " lost: " + ec.message());
      }
    };
    if (plain_) {
      conn->stream.next_layer().async_read_some(asio::buffer(conn->rbuf), std::move(handler));
    } else {
      conn->stream.async_read_some(asio::buffer(conn->rbuf), std::move(handler));
    }
  }

  asio::io_context& io_;
  tcp::resolver resolver_;
  TransportTarget target_;
  SyslogFraming framing_;
  std::shared_ptr<ssl::context> tls_;
  bool plain_ = true;
  std::shared_ptr<Conn> conn_;
  uint64_t gen_ = 0;
  uint64_t written_ = 0;
  std::deque<uint64_t> ends_;  // end offset of each sent, unconfirmed message
  uint64_t confirmed_ = 0;
  Done on_broken_;
};

// RFC 5426: one message per datagram, nothing is acknowledged: lossy by nature.
class UdpTransport final : public SyslogTransport {
 public:
  UdpTransport(asio::io_context& io, TransportTarget target) : socket_(io), resolver_(io), target_(std::move(target)) {}

  void connect(Done done, Done) override {
    close();
    const uint64_t gen = ++gen_;
    sent_ = 0;
    resolver_.async_resolve(target_.host, std::to_string(target_.port),
                            [this, gen, done](const error_code& ec, const udp::resolver::results_type& results) {
                              if (gen != gen_) return;
                              if (ec || results.empty())
                                return done("cannot resolve " + target_.host + ": " + ec.message());
                              const udp::endpoint ep = *results.begin();
                              error_code oec;
                              socket_.open(ep.protocol(), oec);
                              if (!oec) socket_.connect(ep, oec);  // lets ICMP errors surface on later sends
                              if (oec) return done("cannot open udp socket: " + oec.message());
                              done("");
                            });
  }

  void send(std::vector<std::string> batch, Done done) override {
    auto msgs = std::make_shared<std::vector<std::string>>(std::move(batch));
    sendOne(msgs, 0, gen_, std::move(done));
  }

  uint64_t confirmed() override { return sent_; }
  void finish(Done done) override { done(""); }
  void close() override {
    ++gen_;
    resolver_.cancel();
    error_code ignored;
    socket_.close(ignored);
  }

 private:
  static constexpr size_t kMaxDatagram = 65507;  // IPv4 UDP payload limit

  void sendOne(std::shared_ptr<std::vector<std::string>> msgs, size_t i, uint64_t gen, Done done) {
    if (i == msgs->size()) return done("");
    std::string& m = (*msgs)[i];
    if (m.size() > kMaxDatagram) m.resize(kMaxDatagram);  // RFC 5426 §3.2: receivers may truncate anyway
    socket_.async_send(asio::buffer(m), [this, msgs, i, gen, done = std::move(done)](const error_code& ec, size_t) {
      if (gen != gen_) return done("connection replaced");
      if (ec) return done("udp send to " + target_.host + " failed: " + ec.message());
      ++sent_;
      sendOne(msgs, i + 1, gen, done);
    });
  }

  udp::socket socket_;
  udp::resolver resolver_;
  TransportTarget target_;
  uint64_t gen_ = 0;
  uint64_t sent_ = 0;
};

}  // namespace

SyslogTransportPtr makeTcpTransport(asio::io_context& io, TransportTarget target, SyslogFraming framing,
                                    std::shared_ptr<ssl::context> tls_context) {
  return std::make_unique<TcpTransport>(io, std::move(target), framing, std::move(tls_context));
}

SyslogTransportPtr makeUdpTransport(asio::io_context& io, TransportTarget target) {
  return std::make_unique<UdpTransport>(io, std::move(target));
}

}  // namespace tapwatch
