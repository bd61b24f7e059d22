// protocols.http.inspect_media: a real Worker over HTTP exchanges. A JPEG
// response body no longer reaches a text signature on http.response_body
// (counted in bodies_skipped_media), a text/html body still does, and with
// inspect_media: true the JPEG body is inspected again.
#include <gtest/gtest.h>

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

struct Fixture {
  Config config;
  CountingSink sink;
  AlertCounters counters;
  WorkerStats stats;
  std::unique_ptr<Worker> worker;

  explicit Fixture(bool inspect_media) {
    config.protocols.http.inspect_media = inspect_media;
    auto sigs = loadSignatureText(kSignatures, "media.yaml");
    EXPECT_TRUE(sigs.ok()) << sigs.error().describe();
    auto set = DetectionSet::build(std::move(sigs.value()), {});
    EXPECT_TRUE(set.ok()) << set.error().describe();
    worker = std::make_unique<Worker>(0, WorkerContext{config, sink, counters, ""}, stats, *set);
  }
  void exchange(uint8_t n, std::string_view content_type, std::string_view body) {
    sendHttpExchange(*worker, n, content_type, body);
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
