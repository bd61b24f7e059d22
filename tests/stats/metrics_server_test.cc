#include "stats/metrics_server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace tapwatch {
namespace {

class CountingSource final : public MetricsSource {
 public:
  std::atomic<uint64_t> packets{0};
  void collect(MetricsBuilder& out) const override {
    out.family("tapwatch_packets_total", "Packets read.", MetricKind::Counter);
    out.add({{"interface", "lo"}}, static_cast<double>(packets.load()));
  }
};

// A plain HTTP/1.0 GET over a real socket, so the test exercises the server
// exactly as Prometheus does.
std::string httpGet(int port, const std::string& path, const std::string& extra_header = "") {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return "";
  }
  const std::string req = "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n" + extra_header + "\r\n";
  (void)!::write(fd, req.data(), req.size());
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  ::close(fd);
  return out;
}

TEST(MetricsServer, ServesValuesReadAtScrapeTime) {
  auto server = MetricsServer::start({"127.0.0.1:0", "", ""});
  ASSERT_TRUE(server.ok()) << server.error().describe();
  CountingSource source;
  (*server)->addSource(&source);
  ASSERT_GT((*server)->port(), 0);

  source.packets = 41;
  std::string body = httpGet((*server)->port(), "/metrics");
  EXPECT_NE(body.find("tapwatch_packets_total{interface=\"lo\"} 41"), std::string::npos) << body;
  source.packets = 42;
  body = httpGet((*server)->port(), "/metrics");
  EXPECT_NE(body.find("tapwatch_packets_total{interface=\"lo\"} 42"), std::string::npos) << body;
  EXPECT_NE(body.find("# HELP tapwatch_packets_total Packets read."), std::string::npos);
}

TEST(MetricsServer, BasicAuthRejectsMissingCredentials) {
  auto server = MetricsServer::start({"127.0.0.1:0", "prom", "s3cret"});
  ASSERT_TRUE(server.ok());
  CountingSource source;
  (*server)->addSource(&source);
  EXPECT_NE(httpGet((*server)->port(), "/metrics").find("401"), std::string::npos);
  // "prom:s3cret" in base64.
  const std::string ok = httpGet((*server)->port(), "/metrics", "Authorization: Basic cHJvbTpzM2NyZXQ=\r\n");
  EXPECT_NE(ok.find("tapwatch_packets_total"), std::string::npos) << ok;
}

int connectIdle(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// Issue 20: two idle connections used to hold civetweb's two threads for its
// 30 s request timeout. 100 idle clients (more than the connection cap, so
// shedding is exercised too) must not delay a scrape by a second.
TEST(MetricsServer, IdleConnectionsDoNotDelayAScrape) {
  MetricsServerOptions options{"127.0.0.1:0", "", ""};
  options.max_connections = 32;
  options.header_timeout = std::chrono::seconds(10);  // longer than the test: only the cap makes room
  auto server = MetricsServer::start(options);
  ASSERT_TRUE(server.ok()) << server.error().describe();
  CountingSource source;
  source.packets = 7;
  (*server)->addSource(&source);
  std::vector<int> idle;
  for (int i = 0; i < 100; ++i) {
    const int fd = connectIdle((*server)->port());
    ASSERT_GE(fd, 0);
    idle.push_back(fd);
  }
  const auto started = std::chrono::steady_clock::now();
  const std::string body = httpGet((*server)->port(), "/metrics");
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  for (const int fd : idle) ::close(fd);
  std::printf("scrape with 100 idle connections took %lld ms\n", static_cast<long long>(took.count()));
  EXPECT_NE(body.find("tapwatch_packets_total{interface=\"lo\"} 7"), std::string::npos) << body;
  EXPECT_LT(took.count(), 1000);
}

TEST(MetricsServer, SilentClientIsClosedAfterTheHeaderTimeout) {
  MetricsServerOptions options{"127.0.0.1:0", "", ""};
  options.header_timeout = std::chrono::milliseconds(200);
  auto server = MetricsServer::start(options);
  ASSERT_TRUE(server.ok());
  const int fd = connectIdle((*server)->port());
  ASSERT_GE(fd, 0);
  const auto started = std::chrono::steady_clock::now();
  char byte;
  EXPECT_EQ(::read(fd, &byte, 1), 0);  // EOF: the server gave up on it
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  ::close(fd);
  EXPECT_GE(took.count(), 150);
  EXPECT_LT(took.count(), 3000);
}

TEST(MetricsServer, OnlyMetricsIsServedAndWrongPasswordIsRefused) {
  auto server = MetricsServer::start({"127.0.0.1:0", "prom", "s3cret"});
  ASSERT_TRUE(server.ok());
  // "prom:wrong" in base64.
  EXPECT_NE(httpGet((*server)->port(), "/metrics", "Authorization: Basic cHJvbTp3cm9uZw==\r\n").find("401"),
            std::string::npos);
  EXPECT_NE(httpGet((*server)->port(), "/other", "Authorization: Basic cHJvbTpzM2NyZXQ=\r\n").find("404"),
            std::string::npos);
}

TEST(MetricsServer, PortInUseCarriesTheErrnoText) {
  auto first = MetricsServer::start({"127.0.0.1:0", "", ""});
  ASSERT_TRUE(first.ok());
  auto second = MetricsServer::start({"127.0.0.1:" + std::to_string((*first)->port()), "", ""});
  ASSERT_FALSE(second.ok());
  EXPECT_NE(second.error().describe().find("Address already in use"), std::string::npos) << second.error().describe();
}

TEST(MetricsServer, BadListenAddressIsAClearError) {
  auto server = MetricsServer::start({"256.1.1.1:notaport", "", ""});
  ASSERT_FALSE(server.ok());
  EXPECT_NE(server.error().describe().find("outputs.prometheus.listen"), std::string::npos);
}

}  // namespace
}  // namespace tapwatch
