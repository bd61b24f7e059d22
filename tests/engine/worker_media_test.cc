// protocols.http.inspect_media: a real Worker over HTTP exchanges. A JPEG
// response body no longer reaches a text signature on http.response_body
// (counted in bodies_skipped_media), a text/html body still does, and with
// inspect_media: true the JPEG body is inspected again.
#include <gtest/gtest.h>
#include <pcap/dlt.h>

#include <string>

#include "detect/detection_set.h"
#include "detect/signature_loader.h"
#include "engine/media_body.h"
#include "engine/worker.h"
#include "worker_test_util.h"

namespace tapwatch {
namespace {

using namespace test;

constexpr const char* kSignatures = R"(signatures:
  - id: 31
    name: gift card text in a body
    category: test
    fields: [http.response_body]
    patterns: [{literal: "redeem your gift card"}]
)";

// A response body: a few JPEG-looking bytes with the phrase inside (EXIF
// comments carry text), or an HTML page with it.
std::string response(std::string_view content_type, std::string_view body) {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + std::string(content_type) +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

struct Fixture {
  Config config;
  CountingSink sink;
  AlertCounters counters;
  WorkerStats stats;
  std::unique_ptr<Worker> worker;
  int64_t sec = 1000;

  explicit Fixture(bool inspect_media) {
    config.protocols.http.inspect_media = inspect_media;
    auto sigs = loadSignatureText(kSignatures, "media.yaml");
    EXPECT_TRUE(sigs.ok()) << sigs.error().describe();
    auto set = DetectionSet::build(std::move(sigs.value()), {});
    EXPECT_TRUE(set.ok()) << set.error().describe();
    worker = std::make_unique<Worker>(0, WorkerContext{config, sink, counters, ""}, stats, *set);
  }
  void send(Connection& c, bool from_client, uint8_t flags, const std::string& payload) {
    const Bytes frame = c.frame(from_client, flags, text(payload));
    worker->handlePacket(DLT_EN10MB, Timestamp{sec, 0}, frame.data(), static_cast<uint32_t>(frame.size()),
                         static_cast<uint32_t>(frame.size()));
  }
  // One whole HTTP exchange on its own connection, closed with FINs.
  void exchange(uint8_t n, std::string_view content_type, std::string_view body) {
    Connection c{n, 80};
    send(c, true, 0x02, "");   // SYN
    send(c, false, 0x12, "");  // SYN+ACK
    send(c, true, 0x10, "");   // ACK
    send(c, true, 0x18, "GET /item HTTP/1.1\r\nHost: shop.example\r\n\r\n");
    send(c, false, 0x18, response(content_type, body));
    send(c, true, 0x11, "");  // FIN+ACK
    send(c, false, 0x11, "");
    send(c, true, 0x10, "");
  }
};

const std::string kJpegBody = std::string("\xff\xd8\xff\xe0\x00\x10JFIF\x00", 11) + " redeem your gift card now " +
                              std::string("\xff\xd9", 2);
const std::string kHtmlBody = "<html><body>Please redeem your gift card today</body></html>";

TEST(EngineWorkerMedia, JpegBodyDoesNotReachTextSignatureByDefault) {
  Fixture f(false);
  f.exchange(1, "image/jpeg", kJpegBody);
  f.worker->closeAllFlows();
  EXPECT_EQ(f.sink.alerts, 0);
  EXPECT_EQ(f.stats.detect.bodies_skipped_media.value(), 1u);
}

TEST(EngineWorkerMedia, HtmlBodyStillReachesTextSignature) {
  Fixture f(false);
  f.exchange(2, "text/html; charset=utf-8", kHtmlBody);
  f.worker->closeAllFlows();
  EXPECT_EQ(f.sink.alerts, 1);
  EXPECT_EQ(f.stats.detect.bodies_skipped_media.value(), 0u);
}

TEST(EngineWorkerMedia, InspectMediaTrueScansJpegBody) {
  Fixture f(true);
  f.exchange(3, "image/jpeg", kJpegBody);
  f.worker->closeAllFlows();
  EXPECT_EQ(f.sink.alerts, 1);
  EXPECT_EQ(f.stats.detect.bodies_skipped_media.value(), 0u);
}

TEST(EngineWorkerMedia, MediaTypesByTopLevelType) {
  EXPECT_TRUE(isMediaContentType("image/jpeg"));
  EXPECT_TRUE(isMediaContentType("Video/MP4"));
  EXPECT_TRUE(isMediaContentType(" audio/ogg"));
  EXPECT_TRUE(isMediaContentType("font/woff2"));
  EXPECT_FALSE(isMediaContentType("image/"));
  EXPECT_FALSE(isMediaContentType("text/html"));
  EXPECT_FALSE(isMediaContentType("application/json"));
  EXPECT_FALSE(isMediaContentType("application/x-image"));
  EXPECT_FALSE(isMediaContentType(""));
}

}  // namespace
}  // namespace tapwatch
