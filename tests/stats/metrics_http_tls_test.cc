// MetricsHttpServer with a certificate: HTTPS with TLS 1.2 and 1.3 (the
// certificate verified against itself as the CA), older versions and plain
// HTTP refused, basic auth inside TLS, the handshake inside header_timeout
// (silent and half-handshaking clients are shed; idle TCP connections that
// never say hello do not delay a scrape), certificate errors naming the key,
// and a certificate reload. Certificates come from the openssl CLI, made per
// test in a temporary directory.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "stats/metrics_http_server.h"
#include "stats/metrics_tls.h"

namespace tapwatch {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "tw-metrics-tls-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data()) != nullptr ? pattern : "";
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// A self-signed certificate for 127.0.0.1 with common name `cn`.
bool makeCert(const std::string& cert, const std::string& key, const std::string& cn) {
  const std::string cmd =
      "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=" + cn +
      " -addext subjectAltName=IP:127.0.0.1 -keyout '" + key + "' -out '" + cert + "' >/dev/null 2>&1";
  return std::system(cmd.c_str()) == 0;
}

int connectLoopback(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  timeval tv{5, 0};  // a test never hangs on a server that does not answer
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  return fd;
}

struct TlsReply {
  bool handshake = false;
  std::string response;
  std::string peer_cn;
  std::string version;  // "TLSv1.3", ...
};

struct TlsClientOptions {
  std::string ca_file;
  int max_version = 0;  // 0 = the library's newest
  int min_version = 0;
  std::string extra_header;
};

TlsReply tlsGet(int port, const TlsClientOptions& o) {
  TlsReply out;
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  // Level 0 lets this client offer TLS 1.0/1.1: a refusal is then the server's.
  SSL_CTX_set_security_level(ctx, 0);
  SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");
  if (o.min_version != 0) SSL_CTX_set_min_proto_version(ctx, o.min_version);
  if (o.max_version != 0) SSL_CTX_set_max_proto_version(ctx, o.max_version);
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
  SSL_CTX_load_verify_locations(ctx, o.ca_file.c_str(), nullptr);
  const int fd = connectLoopback(port);
  SSL* ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  SSL_set1_host(ssl, "127.0.0.1");
  if (fd >= 0 && SSL_connect(ssl) == 1) {
    out.handshake = true;
    out.version = SSL_get_version(ssl);
    if (X509* peer = SSL_get1_peer_certificate(ssl)) {
      char cn[256] = {};
      X509_NAME_get_text_by_NID(X509_get_subject_name(peer), NID_commonName, cn, sizeof cn);
      out.peer_cn = cn;
      X509_free(peer);
    }
    const std::string req = "GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n" + o.extra_header + "\r\n";
    SSL_write(ssl, req.data(), static_cast<int>(req.size()));
    char buf[4096];
    int n;
    while ((n = SSL_read(ssl, buf, sizeof buf)) > 0) out.response.append(buf, static_cast<size_t>(n));
  }
  ERR_clear_error();
  SSL_free(ssl);
  if (fd >= 0) ::close(fd);
  SSL_CTX_free(ctx);
  return out;
}

// Whether the server closes `fd` (read returns 0 or an error) within `limit`.
bool closedWithin(int fd, milliseconds limit) {
  pollfd p{fd, POLLIN, 0};
  if (::poll(&p, 1, static_cast<int>(limit.count())) <= 0) return false;
  char c;
  return ::read(fd, &c, 1) <= 0;
}

class MetricsHttpTls : public testing::Test {
 protected:
  void SetUp() override {
    cert_ = dir_.file("cert.pem");
    key_ = dir_.file("key.pem");
    ASSERT_TRUE(makeCert(cert_, key_, "tapwatch-test-a")) << "the openssl CLI could not make a certificate";
  }

  std::unique_ptr<MetricsHttpServer> start(MetricsHttpOptions options = {}) {
    options.listen = "127.0.0.1:0";
    options.tls_cert_file = cert_;
    options.tls_key_file = key_;
    auto server = MetricsHttpServer::start(options, [] { return std::string("tapwatch_up 1\n"); });
    EXPECT_TRUE(server.ok()) << (server.ok() ? "" : server.error().describe());
    return server.ok() ? std::move(server.value()) : nullptr;
  }

  TlsClientOptions client() const { return {.ca_file = cert_}; }

  TempDir dir_;
  std::string cert_;
  std::string key_;
};

TEST_F(MetricsHttpTls, ServesMetricsOverTls13AndTls12) {
  auto server = start();
  ASSERT_TRUE(server);
  EXPECT_TRUE(server->tls());
  for (int version : {TLS1_3_VERSION, TLS1_2_VERSION}) {
    auto options = client();
    options.max_version = version;
    const TlsReply reply = tlsGet(server->port(), options);
    ASSERT_TRUE(reply.handshake) << version;
    EXPECT_EQ(reply.version, version == TLS1_3_VERSION ? "TLSv1.3" : "TLSv1.2");
    EXPECT_EQ(reply.peer_cn, "tapwatch-test-a");
    EXPECT_TRUE(reply.response.starts_with("HTTP/1.1 200 OK\r\n")) << reply.response;
    EXPECT_NE(reply.response.find("\r\n\r\ntapwatch_up 1\n"), std::string::npos) << reply.response;
  }
}

TEST_F(MetricsHttpTls, RefusesTlsOlderThan12) {
  auto server = start();
  ASSERT_TRUE(server);
  for (int version : {TLS1_VERSION, TLS1_1_VERSION}) {
    auto options = client();
    options.min_version = version;
    options.max_version = version;
    EXPECT_FALSE(tlsGet(server->port(), options).handshake) << "TLS version " << std::hex << version;
  }
}

TEST_F(MetricsHttpTls, PlainHttpToTheTlsPortGetsNoHttpResponse) {
  auto server = start();
  ASSERT_TRUE(server);
  const int fd = connectLoopback(server->port());
  ASSERT_GE(fd, 0);
  const std::string req = "GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
  ASSERT_EQ(::write(fd, req.data(), req.size()), static_cast<ssize_t>(req.size()));
  std::string got;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) got.append(buf, static_cast<size_t>(n));
  ::close(fd);
  EXPECT_EQ(got.find("HTTP/"), std::string::npos) << got;
  EXPECT_EQ(got.find("tapwatch_up"), std::string::npos) << got;
  // The server is unharmed: the next HTTPS scrape works.
  EXPECT_TRUE(tlsGet(server->port(), client()).response.starts_with("HTTP/1.1 200"));
}

TEST_F(MetricsHttpTls, BasicAuthIsCheckedInsideTls) {
  MetricsHttpOptions options;
  options.basic_auth_user = "prom";
  options.basic_auth_password = "s3cret";
  auto server = start(options);
  ASSERT_TRUE(server);
  auto c = client();
  EXPECT_TRUE(tlsGet(server->port(), c).response.starts_with("HTTP/1.1 401")) << "no credentials";
  c.extra_header = "Authorization: Basic cHJvbTp3cm9uZw==\r\n";  // prom:wrong
  EXPECT_TRUE(tlsGet(server->port(), c).response.starts_with("HTTP/1.1 401")) << "wrong password";
  c.extra_header = "Authorization: Basic cHJvbTpzM2NyZXQ=\r\n";  // prom:s3cret
  EXPECT_TRUE(tlsGet(server->port(), c).response.starts_with("HTTP/1.1 200"));
}

TEST_F(MetricsHttpTls, SilentAndHalfHandshakingClientsAreClosedAtTheHeaderTimeout) {
  MetricsHttpOptions options;
  options.header_timeout = milliseconds(300);
  auto server = start(options);
  ASSERT_TRUE(server);
  const int silent = connectLoopback(server->port());
  const int half = connectLoopback(server->port());
  ASSERT_GE(silent, 0);
  ASSERT_GE(half, 0);
  // The first bytes of a TLS record header (handshake, TLS 1.0 record version), then nothing.
  const unsigned char start_of_hello[] = {0x16, 0x03, 0x01, 0x00};
  ASSERT_EQ(::write(half, start_of_hello, sizeof start_of_hello), 4);
  const auto started = std::chrono::steady_clock::now();
  EXPECT_TRUE(closedWithin(silent, milliseconds(3000)));
  EXPECT_TRUE(closedWithin(half, milliseconds(3000)));
  EXPECT_LT(std::chrono::steady_clock::now() - started, milliseconds(2000));
  EXPECT_GE(server->connectionsShed(), 2u);
  ::close(silent);
  ::close(half);
}

TEST_F(MetricsHttpTls, IdleConnectionsThatNeverHandshakeDoNotDelayAScrape) {
  MetricsHttpOptions options;
  options.max_connections = 16;
  auto server = start(options);
  ASSERT_TRUE(server);
  std::vector<int> idle;
  for (int i = 0; i < 100; ++i) idle.push_back(connectLoopback(server->port()));
  const auto started = std::chrono::steady_clock::now();
  const TlsReply reply = tlsGet(server->port(), client());
  const auto took = std::chrono::steady_clock::now() - started;
  for (int fd : idle) ::close(fd);
  EXPECT_TRUE(reply.response.starts_with("HTTP/1.1 200")) << reply.response;
  EXPECT_LT(took, milliseconds(1000));
  EXPECT_GE(server->connectionsShed(), 84u) << "beyond the cap, the oldest waiting connections make room";
}

TEST_F(MetricsHttpTls, ReloadTakesARenewedCertificateAndKeepsTheOldOnError) {
  auto server = start();
  ASSERT_TRUE(server);
  EXPECT_EQ(tlsGet(server->port(), client()).peer_cn, "tapwatch-test-a");
  ASSERT_TRUE(makeCert(cert_, key_, "tapwatch-test-b"));
  ASSERT_TRUE(server->reloadTls().ok());
  EXPECT_EQ(tlsGet(server->port(), client()).peer_cn, "tapwatch-test-b");
  std::ofstream(key_) << "not a key\n";
  const Status bad = server->reloadTls();
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().describe().find("outputs.prometheus.tls.key_file"), std::string::npos)
      << bad.error().describe();
  const TlsReply still = tlsGet(server->port(), client());
  EXPECT_EQ(still.peer_cn, "tapwatch-test-b");
  EXPECT_TRUE(still.response.starts_with("HTTP/1.1 200"));
}

class MetricsTlsFiles : public MetricsHttpTls {
 protected:
  std::string startError(const std::string& cert, const std::string& key) {
    MetricsHttpOptions options;
    options.listen = "127.0.0.1:0";
    options.tls_cert_file = cert;
    options.tls_key_file = key;
    auto server = MetricsHttpServer::start(options, [] { return std::string(); });
    return server.ok() ? std::string("started") : server.error().describe();
  }
};

TEST_F(MetricsTlsFiles, AMissingCertificateNamesCertFile) {
  const std::string error = startError(dir_.file("absent.pem"), key_);
  EXPECT_TRUE(error.starts_with("outputs.prometheus.tls.cert_file")) << error;
  EXPECT_NE(error.find("absent.pem"), std::string::npos) << error;
}

TEST_F(MetricsTlsFiles, AKeyOfAnotherCertificateNamesKeyFile) {
  const std::string other_cert = dir_.file("other-cert.pem");
  const std::string other_key = dir_.file("other-key.pem");
  ASSERT_TRUE(makeCert(other_cert, other_key, "other"));
  const std::string error = startError(cert_, other_key);
  EXPECT_TRUE(error.starts_with("outputs.prometheus.tls.key_file")) << error;
  EXPECT_NE(error.find("does not match"), std::string::npos) << error;
}

TEST_F(MetricsTlsFiles, ACertificateThatIsNotPemNamesCertFile) {
  const std::string junk = dir_.file("junk.pem");
  std::ofstream(junk) << "hello\n";
  const std::string error = startError(junk, key_);
  EXPECT_TRUE(error.starts_with("outputs.prometheus.tls.cert_file")) << error;
}

TEST_F(MetricsTlsFiles, OneFileWithCertificateAndKeyWorks) {
  const std::string both = dir_.file("both.pem");
  {
    std::ofstream out(both);
    out << std::ifstream(cert_).rdbuf() << std::ifstream(key_).rdbuf();
  }
  EXPECT_EQ(startError(both, ""), "started");
  EXPECT_TRUE(checkMetricsTlsFiles(both, "").ok());
  EXPECT_FALSE(checkMetricsTlsFiles(dir_.file("absent.pem"), "").ok());
}

}  // namespace
}  // namespace tapwatch
