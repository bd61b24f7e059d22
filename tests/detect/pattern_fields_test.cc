// Per-pattern `fields:` restrict where one pattern looks inside a
// multi-field signature; `threshold.track: by_flow` loads.
#include <gtest/gtest.h>

#include "detect_test_util.h"

namespace tapwatch {
namespace {

using test::buildSet;
using test::RecordingSink;

constexpr const char* kSet = R"(signatures:
  - id: 1
    name: post to gate
    fields: [http.method, http.uri]
    patterns:
      - {id: post, literal: "POST", fields: [http.method]}
      - {id: gate, literal: "/gate.php", fields: [http.uri]}
    condition: "post and gate"
)";

std::vector<uint32_t> scanTransaction(const std::shared_ptr<const DetectionSet>& set, const std::string& method,
                                      const std::string& uri) {
  DetectStats stats;
  ScanScratch scratch(stats);
  EXPECT_TRUE(scratch.prepare(*set));
  RecordingSink sink;
  ScopeScan scan(set, Scope::HttpTransaction);
  scan.scan(scratch, Field::HttpMethod, 0, asBytes(method), true, sink);
  scan.scan(scratch, Field::HttpUri, 0, asBytes(uri), true, sink);
  scan.close(scratch, sink);
  return sink.ids();
}

TEST(DetectPatternFields, PatternsMatchOnlyInTheirOwnFields) {
  auto set = buildSet(kSet);
  ASSERT_TRUE(set);
  EXPECT_EQ(scanTransaction(set, "POST", "/gate.php"), std::vector<uint32_t>{1});
  // Both words present, but each in the other field: no alert.
  EXPECT_TRUE(scanTransaction(set, "GET", "/POST/gate.php").empty()) << "POST must be the method";
  EXPECT_TRUE(scanTransaction(set, "/gate.php", "/x?POST").empty());
}

TEST(DetectPatternFields, LoaderRejectsFieldsOutsideTheSignature) {
  auto bad = loadSignatureText(R"(signatures:
  - id: 1
    name: x
    fields: [http.uri]
    patterns: [{literal: a, fields: [http.host]}]
)",
                               "f.yaml");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("'http.host' is not one of the signature's fields"), std::string::npos)
      << bad.error().describe();
  EXPECT_EQ(bad.error().where.line, 5u);
  EXPECT_FALSE(loadSignatureText("signatures:\n  - {id: 1, name: x, patterns: [{literal: a, fields: []}]}\n",
                                 "f.yaml"));
  EXPECT_FALSE(loadSignatureText("signatures:\n  - {id: 1, name: x, patterns: [{literal: a, fields: [nope]}]}\n",
                                 "f.yaml"));
  EXPECT_FALSE(loadSignatureText(
      "signatures:\n  - {id: 1, name: x, patterns: [{literal: a, fields: [stream, stream]}]}\n", "f.yaml"));
}

TEST(DetectPatternFields, ThresholdTrackByFlowLoads) {
  auto sigs = loadSignatureText(
      "signatures:\n  - {id: 1, name: x, patterns: [{literal: a}], threshold: {count: 2, seconds: 9, track: by_flow}}\n",
      "t.yaml");
  ASSERT_TRUE(sigs) << sigs.error().describe();
  ASSERT_TRUE((*sigs)[0].threshold);
  EXPECT_EQ((*sigs)[0].threshold->track, ThresholdTrack::ByFlow);
  EXPECT_EQ(thresholdTrackName(ThresholdTrack::ByFlow), "by_flow");
}

}  // namespace
}  // namespace tapwatch
