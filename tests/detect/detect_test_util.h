#pragma once
// Shared helpers for detect tests: build a DetectionSet from YAML text and
// record hits.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "detect/detection_set.h"
#include "detect/scope_scan.h"
#include "detect/signature_loader.h"

namespace tapwatch::test {

inline std::shared_ptr<const DetectionSet> buildSet(const std::string& yaml, DetectOptions options = {},
                                                    const std::string& file = "test.yaml") {
  auto sigs = loadSignatureText(yaml, file);
  EXPECT_TRUE(sigs.ok()) << sigs.error().describe();
  if (!sigs.ok()) return nullptr;
  auto set = DetectionSet::build(std::move(*sigs), options);
  EXPECT_TRUE(set.ok()) << set.error().describe();
  return set.ok() ? *set : nullptr;
}

struct Hit {
  uint32_t id;
  Field field;
  uint32_t channel;
  std::string excerpt;
  PatternMask matched;
};

class RecordingSink : public HitSink {
 public:
  void onHit(const Signature& sig, Field field, uint32_t channel, std::string_view excerpt,
             PatternMask matched) override {
    hits.push_back({sig.id, field, channel, std::string(excerpt), matched});
  }
  std::vector<uint32_t> ids() const {
    std::vector<uint32_t> out;
    for (const auto& h : hits) out.push_back(h.id);
    return out;
  }
  std::vector<Hit> hits;
};

}  // namespace tapwatch::test
