// A `stream` value that arrives whole (a UDP datagram: one scan() call with
// last = true) is scanned by the block-mode twin of the field's streaming
// database (PatternDatabase::whole). These tests pin that it reports exactly
// what the streaming path reports for the same bytes, and that it really
// takes the block path (no Hyperscan stream is opened).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/scope_scan.h"
#include "detect_test_util.h"
#include "temp_dir.h"

namespace tapwatch {
namespace {

// Literal, end and start anchors, a two-pattern condition, a `not`
// condition decided at close(), and a domain list next to the patterns.
constexpr const char* kPack = R"(signatures:
  - {id: 1, name: literal, patterns: [{literal: 'send bitcoin'}]}
  - {id: 2, name: end anchor, patterns: [{regex: 'pay now\z'}]}
  - {id: 3, name: start anchor, patterns: [{regex: '\Ahello'}]}
  - {id: 4, name: both, patterns: [{id: s, literal: seed}, {id: w, literal: wallet}], condition: "s and w"}
  - {id: 5, name: not, patterns: [{id: g, literal: gift card}, {id: u, literal: unsubscribe}],
     condition: "g and not u"}
  - {id: 6, name: names, patterns: [{list: domains.txt, kind: domain}]}
)";

class WholeValueScan : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("domains.txt", "scam.example\n");
    auto set = DetectionSet::load({dir_.write("pack.yaml", kPack)}, DetectOptions{});
    ASSERT_TRUE(set.ok()) << set.error().describe();
    set_ = *set;
    ASSERT_TRUE(scratch_.prepare(*set_));
  }
  // One datagram: a single call with last = true (the block path).
  std::vector<test::Hit> asDatagram(const std::string& text) {
    test::RecordingSink sink;
    ScopeScan scan(set_, Scope::Flow);
    scan.scan(scratch_, Field::Payload, 0, asBytes(text), true, sink);
    scan.close(scratch_, sink);
    return sink.hits;
  }
  // The same bytes through a stream: opened by a call that is not last, ended by an empty last one.
  std::vector<test::Hit> asStream(const std::string& text) {
    test::RecordingSink sink;
    ScopeScan scan(set_, Scope::Flow);
    scan.scan(scratch_, Field::Payload, 0, asBytes(text), false, sink);
    scan.scan(scratch_, Field::Payload, 0, {}, true, sink);
    scan.close(scratch_, sink);
    return sink.hits;
  }

  test::TempDir dir_;
  std::shared_ptr<const DetectionSet> set_;
  DetectStats stats_;
  ScanScratch scratch_{stats_};
};

TEST_F(WholeValueScan, OnlyTheStreamFieldGetsABlockTwin) {
  EXPECT_NE(set_->database(Field::Payload).patterns.whole, nullptr);
  auto mail = test::buildSet("signatures:\n  - {id: 1, name: a, fields: [smtp.body], patterns: [{literal: x}]}\n");
  ASSERT_TRUE(mail);
  EXPECT_EQ(mail->database(Field::SmtpBody).patterns.whole, nullptr);
}

TEST_F(WholeValueScan, ADatagramMatchesAsTheStreamWould) {
  const std::vector<std::string> texts = {
      "hello, please send bitcoin to pay now",
      "pay now or else: hello",                         // anchors that must not match
      "my seed and my wallet, see login.scam.example",  // condition + domain at the end
      "scam.example/gift card",                         // domain at the start, `not` fires at close
      "a gift card, unsubscribe here",                  // `not` suppressed
      "nothing here at all",
      std::string(5000, 'x') + "send bitcoin" + std::string(3000, 'y') + "pay now",  // long excerpts
  };
  size_t total = 0;
  for (const std::string& text : texts) {
    SCOPED_TRACE(text.substr(0, 60));
    const auto whole = asDatagram(text);
    const auto stream = asStream(text);
    ASSERT_EQ(whole.size(), stream.size());
    for (size_t i = 0; i < whole.size(); ++i) {
      EXPECT_EQ(whole[i].id, stream[i].id);
      EXPECT_EQ(whole[i].excerpt, stream[i].excerpt);
      EXPECT_EQ(whole[i].matched, stream[i].matched);
      EXPECT_EQ(whole[i].channel, stream[i].channel);
    }
    total += whole.size();
  }
  EXPECT_EQ(total, 9u);  // 1 2 3 | - | 4 6 | 6 5 | - | - | 1 2: the texts do reach every kind
}

TEST_F(WholeValueScan, DatagramsOpenNoStream) {
  ScopeScan scan(set_, Scope::Flow);
  test::RecordingSink sink;
  scan.scan(scratch_, Field::Payload, 0, asBytes("send bit"), true, sink);
  scan.scan(scratch_, Field::Payload, 0, asBytes("coin"), true, sink);  // no match across datagrams
  EXPECT_TRUE(scan.idle());  // nothing open, nothing matched: the worker pools it between datagrams
  scan.scan(scratch_, Field::Payload, 1, asBytes("please pay now"), true, sink);
  EXPECT_EQ(sink.ids(), std::vector<uint32_t>{2});
  EXPECT_EQ(stats_.streams_opened.value(), 0u);
}

TEST_F(WholeValueScan, AValueBegunInPiecesEndsOnItsStream) {
  // The last piece of a value already streaming must not be scanned alone.
  ScopeScan scan(set_, Scope::Flow);
  test::RecordingSink sink;
  scan.scan(scratch_, Field::Payload, 0, asBytes("please send bit"), false, sink);
  scan.scan(scratch_, Field::Payload, 1, asBytes("coin"), true, sink);  // another channel: whole, no match
  EXPECT_TRUE(sink.hits.empty());
  scan.scan(scratch_, Field::Payload, 0, asBytes("coin"), true, sink);
  ASSERT_EQ(sink.ids(), std::vector<uint32_t>{1});
  EXPECT_EQ(sink.hits[0].excerpt, "please send bitcoin");
  EXPECT_EQ(stats_.streams_opened.value(), 1u);
}

}  // namespace
}  // namespace tapwatch
