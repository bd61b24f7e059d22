#include "stats/metrics_server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <string>

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

TEST(MetricsServer, BadListenAddressIsAClearError) {
  auto server = MetricsServer::start({"256.1.1.1:notaport", "", ""});
  ASSERT_FALSE(server.ok());
  EXPECT_NE(server.error().describe().find("outputs.prometheus.listen"), std::string::npos);
}

}  // namespace
}  // namespace tapwatch
