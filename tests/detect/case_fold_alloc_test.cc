// A case-folded database (detect/case_fold.h) scans without allocating once
// warm: folding goes through the worker's buffer, the case-sensitive part's
// matches through its reserved vector, and streams are reset and reused.
// Counts every operator new of this binary.
#include <gtest/gtest.h>

#include <string>

#include "detect/scope_scan.h"
#include "detect_test_util.h"

#include "../support/counting_new.h"

namespace tapwatch {
namespace {

class CountingHits : public HitSink {
 public:
  void onHit(const Signature&, Field, uint32_t, std::string_view, PatternMask) override { ++hits; }
  size_t hits = 0;
};

TEST(CaseFoldAllocations, FoldedScanAllocatesNothingOnceWarm) {
  auto set = test::buildSet(R"(signatures:
  - id: 1
    name: x
    fields: [smtp.body_text]
    patterns: [{id: a, regex: 'ПЕРЕВОД', flags: [caseless]}, {id: b, regex: 'XyZ'}]
    condition: "a and b"
  - {id: 2, name: y, fields: [smtp.body_text], patterns: [{regex: 'Ab[0-9]'}]}
)");
  ASSERT_TRUE(set);
  ASSERT_TRUE(set->database(Field::SmtpBodyText).patterns.folded);
  DetectStats stats;
  ScanScratch scratch{stats};
  ASSERT_TRUE(scratch.prepare(*set));
  // More than one fold chunk, matches of both databases in every chunk.
  std::string text;
  while (text.size() < 3 * ScanScratch::kFoldChunk) text += "Перевод XyZ Ab1 ПЕРЕВОД xyz ab2 ";
  CountingHits sink;
  ScopeScan scan(set, fieldInfo(Field::SmtpBodyText).scope);
  auto oneScope = [&] {
    scan.scan(scratch, Field::SmtpBodyText, 0, asBytes(std::string_view(text).substr(0, 5000)), false, sink);
    scan.scan(scratch, Field::SmtpBodyText, 0, asBytes(std::string_view(text).substr(5000)), true, sink);
    scan.close(scratch, sink);
    scan.reset(set, fieldInfo(Field::SmtpBodyText).scope);
  };
  oneScope();  // warm: streams opened
  EXPECT_EQ(sink.hits, 2u);
  EXPECT_EQ(allocationsDuring([&] {
              for (int i = 0; i < 3; ++i) oneScope();
            }),
            0u);
  EXPECT_EQ(sink.hits, 8u);
}

}  // namespace
}  // namespace tapwatch
