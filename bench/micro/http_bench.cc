// HttpAppParser: the per-transaction CPU cost of parsing a few typical
// exchanges on one keep-alive flow, bodies delivered to a sink that only
// counts (no Hyperscan). One iteration = the three transactions below:
//   1. GET + "200 OK", gzip, chunked in 1 KiB chunks (~10 KiB of HTML inflated)
//   2. POST of an url-encoded form + "302" with a small body
//   3. two pipelined GETs, both requests first, then both responses
// Fed in 1460-byte segments, as reassembly would deliver them.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "protocols/http_app_parser.h"

namespace tapwatch::bench {
namespace {

class CountingSink final : public InspectionSink {
 public:
  void openScope(uint32_t, Scope, const TransactionContext*) override { ++scopes; }
  void fieldData(uint32_t, Field, ByteSpan data, bool) override { bytes += data.size(); }
  void closeScope(uint32_t) override {}
  uint64_t scopes = 0, bytes = 0;
};

std::string gzipOf(const std::string& in) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, in.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string chunkedOf(const std::string& body, size_t size) {
  std::string out;
  for (size_t off = 0; off < body.size(); off += size) {
    const std::string piece = body.substr(off, size);
    char hex[20];
    std::snprintf(hex, sizeof hex, "%zx\r\n", piece.size());
    out += hex + piece + "\r\n";
  }
  return out + "0\r\n\r\n";
}

struct Exchange {
  std::string to_server, to_client;
};

Exchange typicalExchange() {
  std::string html = "<!doctype html><html><head><title>Order status</title></head><body>";
  for (int i = 0; html.size() < 10 * 1024; ++i)
    html += "<p class=\"row\">Order " + std::to_string(1000 + i) + " shipped; track it in your account.</p>\n";
  html += "</body></html>";
  const std::string gz = gzipOf(html);
  const std::string ua = "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\r\n";
  const std::string form = "user=jo.doe%40example.test&pass=hunter2&remember=on&next=%2Faccount%2Forders";
  Exchange e;
  e.to_server = "GET /account/orders?page=2 HTTP/1.1\r\nHost: shop.example.test\r\n" + ua +
                "Accept: text/html\r\nAccept-Encoding: gzip, deflate\r\nConnection: keep-alive\r\n\r\n";
  e.to_server += "POST /login HTTP/1.1\r\nHost: shop.example.test\r\n" + ua +
                 "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + std::to_string(form.size()) +
                 "\r\n\r\n" + form;
  e.to_server += "GET /static/app.js HTTP/1.1\r\nHost: shop.example.test\r\n" + ua + "\r\n";
  e.to_server += "GET /static/app.css HTTP/1.1\r\nHost: shop.example.test\r\n" + ua + "\r\n";
  e.to_client = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                "Transfer-Encoding: chunked\r\nServer: nginx\r\n\r\n" +
                chunkedOf(gz, 1024);
  e.to_client += "HTTP/1.1 302 Found\r\nLocation: /account\r\nContent-Length: 5\r\n\r\nmoved";
  e.to_client +=
      "HTTP/1.1 200 OK\r\nContent-Type: text/javascript\r\nContent-Length: 24\r\n\r\nconsole.log('ready');\n\n\n";
  e.to_client += "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\nContent-Length: 18\r\n\r\nbody{margin:0;}\n\n\n";
  return e;
}

void feedSegments(HttpAppParser& parser, Direction dir, const std::string& bytes) {
  constexpr size_t kMss = 1460;
  for (size_t off = 0; off < bytes.size(); off += kMss) {
    const size_t n = std::min(kMss, bytes.size() - off);
    parser.feed(dir, ByteSpan(reinterpret_cast<const uint8_t*>(bytes.data()) + off, n), Timestamp{});
  }
}

// Requests 1-2 and their responses alternate (request, response), then the
// two pipelined requests go out before their responses.
void BM_HttpTransaction(benchmark::State& state) {
  static const Exchange e = typicalExchange();
  const size_t post_end = e.to_server.find("GET /static/app.js");
  const size_t first_resp_end = e.to_client.find("HTTP/1.1 302");
  const size_t second_resp_end = e.to_client.find("HTTP/1.1 200 OK\r\nContent-Type: text/javascript");
  const size_t get_end = e.to_server.find("POST /login");
  CountingSink sink;
  ProtocolStats stats;
  const ProtocolLimits limits;
  HttpAppParser parser(sink, limits, stats);
  for (auto _ : state) {
    feedSegments(parser, Direction::ToServer, e.to_server.substr(0, get_end));
    feedSegments(parser, Direction::ToClient, e.to_client.substr(0, first_resp_end));
    feedSegments(parser, Direction::ToServer, e.to_server.substr(get_end, post_end - get_end));
    feedSegments(parser, Direction::ToClient, e.to_client.substr(first_resp_end, second_resp_end - first_resp_end));
    feedSegments(parser, Direction::ToServer, e.to_server.substr(post_end));
    feedSegments(parser, Direction::ToClient, e.to_client.substr(second_resp_end));
  }
  benchmark::DoNotOptimize(sink.bytes);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * 4);  // transactions
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * (e.to_server.size() + e.to_client.size())));
  state.counters["scopes_per_iter"] = static_cast<double>(sink.scopes) /
                                      static_cast<double>(std::max<int64_t>(1, state.iterations()));
}
BENCHMARK(BM_HttpTransaction);

}  // namespace
}  // namespace tapwatch::bench
