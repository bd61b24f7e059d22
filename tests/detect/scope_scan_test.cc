#include "detect/scope_scan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

#include "detect_test_util.h"

namespace tapwatch {
namespace {

using test::buildSet;
using test::RecordingSink;

class DetectScopeScanTest : public ::testing::Test {
 protected:
  void scanAll(ScopeScan& scan, Field field, const std::vector<std::string>& pieces, uint32_t channel = 0) {
    for (size_t i = 0; i < pieces.size(); ++i)
      scan.scan(scratch, field, channel, asBytes(pieces[i]), i + 1 == pieces.size(), sink);
  }
  // Prepares the scratch for `set` and scans `text` as one whole stream scope.
  std::vector<uint32_t> hitsFor(const std::shared_ptr<const DetectionSet>& set, const std::string& text,
                                Field field = Field::Payload) {
    scratch.prepare(*set);
    RecordingSink local;
    ScopeScan scan(set, fieldInfo(field).scope);
    scan.scan(scratch, field, 0, asBytes(text), true, local);
    scan.close(scratch, local);
    return local.ids();
  }

  DetectStats stats;
  ScanScratch scratch{stats};
  RecordingSink sink;
};

TEST_F(DetectScopeScanTest, MatchSplitAcrossCallsInStreamingField) {
  auto set = buildSet("signatures:\n  - {id: 1, name: a, patterns: [{literal: 'send bitcoin now'}]}\n");
  ASSERT_TRUE(set);
  ASSERT_TRUE(scratch.prepare(*set));
  ScopeScan scan(set, Scope::Flow);
  scanAll(scan, Field::Payload, {"please se", "nd bit", "c", "oin now!"});
  ASSERT_EQ(sink.hits.size(), 1u);
  EXPECT_EQ(sink.hits[0].id, 1u);
  EXPECT_EQ(sink.hits[0].excerpt, "please send bitcoin now");  // bytes from all four calls
  scan.close(scratch, sink);
  EXPECT_EQ(sink.hits.size(), 1u);
  EXPECT_EQ(stats.scanned_bytes[static_cast<size_t>(Field::Payload)].value(), 24u);
}

TEST_F(DetectScopeScanTest, OneSharedExpressionFiresEverySignatureUsingIt) {
  // `wallet` is compiled once (DetectionSet) and its match fans out to all three users.
  auto set = buildSet(R"(signatures:
  - {id: 1, name: a, patterns: [{regex: wallet}]}
  - {id: 2, name: b, patterns: [{id: s, regex: seed}, {id: w, regex: wallet}], condition: "s and w"}
  - {id: 3, name: c, patterns: [{id: w, regex: wallet}, {id: p, regex: phrase}], condition: "w and p"}
  - {id: 4, name: d, patterns: [{regex: Wallet}]}
)");
  ASSERT_TRUE(set);
  auto ids = hitsFor(set, "your seed phrase and wallet");
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<uint32_t>{1, 2, 3}));
  EXPECT_EQ(hitsFor(set, "wallet only"), (std::vector<uint32_t>{1}));
}

TEST_F(DetectScopeScanTest, ChannelsAreSeparateStreams) {
  auto set = buildSet("signatures:\n  - {id: 1, name: a, patterns: [{literal: 'abcdef'}]}\n");
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  ScopeScan scan(set, Scope::Flow);
  scan.scan(scratch, Field::Payload, 0, asBytes("abc"), false, sink);
  scan.scan(scratch, Field::Payload, 1, asBytes("def"), false, sink);  // other direction: no match
  EXPECT_TRUE(sink.hits.empty());
  scan.scan(scratch, Field::Payload, 1, asBytes("abcdef"), false, sink);
  ASSERT_EQ(sink.hits.size(), 1u);
  EXPECT_EQ(sink.hits[0].channel, 1u);
}

TEST_F(DetectScopeScanTest, OneAlertPerScopeButAgainInTheNextScope) {
  auto set = buildSet("signatures:\n  - {id: 7, name: a, patterns: [{regex: 'gift\\s*card', flags: [caseless]}]}\n");
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  {
    ScopeScan scan(set, Scope::Flow);
    scanAll(scan, Field::Payload, {"gift card, GIFT CARD, giftcard", "more gift cards"});
    scan.close(scratch, sink);
  }
  EXPECT_EQ(sink.ids(), std::vector<uint32_t>{7});
  {
    ScopeScan scan(set, Scope::Flow);
    scanAll(scan, Field::Payload, {"gift card"});
    scan.close(scratch, sink);
  }
  EXPECT_EQ(sink.ids(), (std::vector<uint32_t>{7, 7}));
  EXPECT_EQ(stats.hits.value(), 2u);
}

TEST_F(DetectScopeScanTest, NotConditionIsDecidedAtCloseWithSavedExcerpt) {
  auto set = buildSet(R"(signatures:
  - id: 3
    name: lottery
    patterns:
      - {id: win, literal: 'you have won'}
      - {id: unsub, literal: 'unsubscribe'}
    condition: "win and not unsub"
)",
                      DetectOptions{12});
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  {
    ScopeScan scan(set, Scope::Flow);
    scan.scan(scratch, Field::Payload, 0, asBytes("hello, you have won!"), false, sink);
    scan.scan(scratch, Field::Payload, 0, asBytes(" more text without the magic word"), false, sink);
    EXPECT_TRUE(sink.hits.empty()) << "must wait: 'unsubscribe' could still arrive";
    scan.close(scratch, sink);
    ASSERT_EQ(sink.hits.size(), 1u);
    EXPECT_EQ(sink.hits[0].excerpt, "you have won");  // 12 bytes ending at the positive match
  }
  sink.hits.clear();
  {
    ScopeScan scan(set, Scope::Flow);
    scan.scan(scratch, Field::Payload, 0, asBytes("you have won"), false, sink);
    scan.scan(scratch, Field::Payload, 0, asBytes(" ... click to unsub"), false, sink);
    scan.scan(scratch, Field::Payload, 0, asBytes("scribe"), true, sink);  // the `not` term completes late
    scan.close(scratch, sink);
    EXPECT_TRUE(sink.hits.empty());
  }
}

TEST_F(DetectScopeScanTest, ScoreFiresWhenTheScopeSumPassesTheThresholdAndReportsIndicators) {
  auto set = buildSet(R"(signatures:
  - id: 4
    name: advance fee
    fields: [smtp.subject, smtp.body]
    patterns:
      - {id: story, literal: 'inheritance', score: 3}
      - {id: ask, literal: 'reply urgently', score: 2}
      - {id: sum, literal: 'million', score: 2}
    condition: "score >= 5"
)");
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  {
    // Repeats count once: three times 'inheritance' is still 3.
    ScopeScan scan(set, Scope::SmtpMessage);
    scan.scan(scratch, Field::SmtpBody, 0, asBytes("inheritance inheritance inheritance"), true, sink);
    scan.close(scratch, sink);
    EXPECT_TRUE(sink.hits.empty());
  }
  {
    // Subject and body are one scope: their indicators add up.
    ScopeScan scan(set, Scope::SmtpMessage);
    scan.scan(scratch, Field::SmtpSubject, 0, asBytes("your inheritance"), true, sink);
    EXPECT_TRUE(sink.hits.empty());
    scan.scan(scratch, Field::SmtpBody, 0, asBytes("a million dollars, reply urgently"), true, sink);
    ASSERT_EQ(sink.hits.size(), 1u) << "fires at the match that reaches 5, without waiting for the end";
    scan.close(scratch, sink);
  }
  ASSERT_EQ(sink.hits.size(), 1u);
  const Signature& sig = set->signature(0);
  EXPECT_EQ(hitScore(sig, sink.hits[0].matched), 5);
  EXPECT_EQ(hitIndicators(sig, sink.hits[0].matched), (std::vector<std::string>{"story", "sum"}));
}

// A signature of n literal patterns: id p<i> matches the word w<iii>x (w000x, w001x, ...).
std::string wideSignature(uint32_t id, size_t n, const std::string& condition) {
  std::string yaml = "signatures:\n  - id: " + std::to_string(id) + "\n    name: wide\n    patterns:\n";
  for (size_t i = 0; i < n; ++i) {
    std::string word = std::to_string(1000 + i).substr(1);
    yaml.append("      - {id: p").append(std::to_string(i)).append(", literal: w").append(word).append("x}\n");
  }
  return yaml + "    condition: \"" + condition + "\"\n";
}

TEST_F(DetectScopeScanTest, NotOverAPatternBeyondTheFirst64IsDecidedAtClose) {
  auto set = buildSet(wideSignature(9, 100, "p0 and not p90"));
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  {
    ScopeScan scan(set, Scope::Flow);
    // w026x: bit 90 - 64, where p90 would land if the mask wrapped at 64.
    scanAll(scan, Field::Payload, {"w000x and ", "w026x"});
    EXPECT_TRUE(sink.hits.empty()) << "p90 may still arrive: undecided until the scope ends";
    scan.close(scratch, sink);
    ASSERT_EQ(sink.hits.size(), 1u);
    EXPECT_EQ(sink.hits[0].excerpt, "w000x and w026x");  // kept at the last match that left it true
    EXPECT_EQ(hitIndicators(set->signature(0), sink.hits[0].matched), (std::vector<std::string>{"p0", "p26"}));
  }
  sink.hits.clear();
  {
    ScopeScan scan(set, Scope::Flow);
    scanAll(scan, Field::Payload, {"w000x and ", "late w090x"});
    scan.close(scratch, sink);
    EXPECT_TRUE(sink.hits.empty()) << "p90 matched in the scope";
  }
}

TEST_F(DetectScopeScanTest, NotConditionWithoutPositiveMatchNeverFires) {
  auto set = buildSet(R"(signatures:
  - id: 3
    name: x
    patterns: [{id: a, literal: aaa}, {id: b, literal: bbb}, {id: c, literal: ccc}]
    condition: "(a or b) and not c"
)");
  ASSERT_TRUE(set);
  EXPECT_TRUE(hitsFor(set, "nothing here").empty());
  EXPECT_TRUE(hitsFor(set, "ccc only").empty());
  EXPECT_EQ(hitsFor(set, "bbb"), std::vector<uint32_t>{3});
  EXPECT_TRUE(hitsFor(set, "aaa ccc").empty());
  EXPECT_TRUE(hitsFor(set, "ccc aaa").empty());
}

TEST_F(DetectScopeScanTest, AndConditionFiresAtTheCompletingMatchWithoutWaiting) {
  auto set = buildSet(R"(signatures:
  - id: 4
    name: x
    patterns: [{id: a, literal: recorded}, {id: b, literal: bitcoin}]
    condition: "a and b"
)",
                      DetectOptions{20});
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  ScopeScan scan(set, Scope::Flow);
  scan.scan(scratch, Field::Payload, 0, asBytes("I recorded you. "), false, sink);
  EXPECT_TRUE(sink.hits.empty());
  scan.scan(scratch, Field::Payload, 0, asBytes("Pay bitcoin."), false, sink);
  ASSERT_EQ(sink.hits.size(), 1u);  // before close()
  EXPECT_EQ(sink.hits[0].excerpt, "ded you. Pay bitcoin");
}

TEST_F(DetectScopeScanTest, MultiFieldSignatureCombinesFieldsInOneScope) {
  auto set = buildSet(R"(signatures:
  - id: 5
    name: subject and body
    fields: [smtp.subject, smtp.body]
    patterns:
      - {id: subj, literal: 'Your account', flags: [caseless]}
      - {id: body, regex: 'bitcoin|btc'}
    condition: "subj and body"
)");
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  ScopeScan scan(set, Scope::SmtpMessage);
  scan.scan(scratch, Field::SmtpSubject, 0, asBytes("YOUR ACCOUNT was hacked"), true, sink);
  EXPECT_TRUE(sink.hits.empty());
  scan.scan(scratch, Field::SmtpBody, 0, asBytes("send 0.1 "), false, sink);
  scan.scan(scratch, Field::SmtpBody, 0, asBytes("btc"), true, sink);
  ASSERT_EQ(sink.hits.size(), 1u);
  EXPECT_EQ(sink.hits[0].field, Field::SmtpBody);
  scan.close(scratch, sink);
  EXPECT_EQ(sink.hits.size(), 1u);
}

TEST_F(DetectScopeScanTest, BlockFieldCallsAreIndependentValues) {
  auto set =
      buildSet("signatures:\n  - {id: 6, name: rcpt, fields: [smtp.rcpt_to], patterns: [{regex: '^victim@'}]}\n");
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  ScopeScan scan(set, Scope::SmtpMessage);
  scan.scan(scratch, Field::SmtpRcptTo, 0, asBytes("vic"), true, sink);
  scan.scan(scratch, Field::SmtpRcptTo, 0, asBytes("tim@x"), true, sink);
  EXPECT_TRUE(sink.hits.empty()) << "block values must not be joined";
  scan.scan(scratch, Field::SmtpRcptTo, 0, asBytes("victim@example.org"), true, sink);
  EXPECT_EQ(sink.ids(), std::vector<uint32_t>{6});
}

TEST_F(DetectScopeScanTest, EndAnchoredMatchIsReportedWhenTheStreamCloses) {
  auto set = buildSet("signatures:\n  - {id: 8, name: end, patterns: [{regex: 'pay now\\z'}]}\n", DetectOptions{7});
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  ScopeScan scan(set, Scope::Flow);
  scan.scan(scratch, Field::Payload, 0, asBytes("please pay now"), false, sink);
  EXPECT_TRUE(sink.hits.empty());
  scan.close(scratch, sink);
  ASSERT_EQ(sink.ids(), std::vector<uint32_t>{8});
  EXPECT_EQ(sink.hits[0].excerpt, "pay now");  // taken from the kept tail
}

TEST_F(DetectScopeScanTest, ExcerptIsBoundedAndZeroDisablesIt) {
  const std::string yaml = "signatures:\n  - {id: 1, name: a, patterns: [{literal: 'TARGET'}]}\n";
  auto set = buildSet(yaml, DetectOptions{10});
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  ScopeScan scan(set, Scope::Flow);
  scan.scan(scratch, Field::Payload, 0, asBytes(std::string(1000, 'x') + "TARGET" + std::string(50, 'y')), true, sink);
  ASSERT_EQ(sink.hits.size(), 1u);
  EXPECT_EQ(sink.hits[0].excerpt, "xxxxTARGET");

  auto none = buildSet(yaml, DetectOptions{0});
  ASSERT_TRUE(none);
  scratch.prepare(*none);
  RecordingSink other;
  ScopeScan scan2(none, Scope::Flow);
  scan2.scan(scratch, Field::Payload, 0, asBytes("TARGET"), true, other);
  ASSERT_EQ(other.hits.size(), 1u);
  EXPECT_EQ(other.hits[0].excerpt, "");
}

// A caseless pattern in Cyrillic/Kazakh/Uzbek must match in any case, and
// only the intended words.
struct Utf8Case {
  std::string pattern;  // YAML-quoted value
  std::string kind;     // regex | literal
  std::string text;
  bool match;
};

std::ostream& operator<<(std::ostream& os, const Utf8Case& c) {
  return os << c.kind << " '" << c.pattern << "' on '" << c.text << "'";
}

class DetectUtf8Caseless : public DetectScopeScanTest, public ::testing::WithParamInterface<Utf8Case> {};

TEST_P(DetectUtf8Caseless, MatchesRegardlessOfCase) {
  const auto& c = GetParam();
  auto set = buildSet("signatures:\n  - {id: 1, name: u, patterns: [{" + c.kind + ": '" + c.pattern +
                      "', flags: [caseless]}]}\n");
  ASSERT_TRUE(set);
  EXPECT_EQ(!hitsFor(set, c.text).empty(), c.match) << c.pattern << " vs " << c.text;
}

INSTANTIATE_TEST_SUITE_P(Languages, DetectUtf8Caseless,
                         ::testing::Values(
                             // Russian
                             Utf8Case{"ваше видео", "literal", "Я ЗАПИСАЛ ВАШЕ ВИДЕО", true},
                             Utf8Case{"ВАШЕ ВИДЕО", "literal", "я записал ваше видео", true},
                             Utf8Case{"ваше видео", "literal", "я записал ваше фото", false},
                             Utf8Case{"(?:^|[^\\p{L}\\p{N}])биткоин", "regex", "Переведи БИТКОИН сейчас", true},
                             Utf8Case{"(?:^|[^\\p{L}\\p{N}])биткоин", "regex", "криптобиткоинов", false},
                             Utf8Case{"\\w+ \\d", "regex", "ВЫКУП 5", false},   // \w stays ASCII without ucp
                             Utf8Case{"[а-я]+ \\d", "regex", "ВЫКУП 5", true},  // caseless Cyrillic ranges fold too
                             Utf8Case{"ё", "literal", "ЁЛКА", true},
                             // Kazakh letters outside the Russian alphabet
                             Utf8Case{"бейнеге түсірдім", "literal", "БЕЙНЕГЕ ТҮСІРДІМ", true},
                             Utf8Case{"ӘҒҚҢӨҰҮҺІ", "literal", "әғқңөұүһі", true},
                             // ... also typed with the Russian keyboard's letter (detect/case_fold.h, keyboard fold)
                             Utf8Case{"қ", "literal", "к", true}, Utf8Case{"қ", "literal", "х", false},
                             Utf8Case{"төлем", "literal", "ТОЛЕМ", true}, Utf8Case{"төлем", "literal", "телем", false},
                             // Uzbek: Cyrillic and Latin with the modifier letter ʻ
                             Utf8Case{"ЎҚҒҲ", "literal", "ўқғҳ", true},
                             Utf8Case{"pulni oʻtkazing", "literal", "PULNI OʻTKAZING", true},
                             Utf8Case{"sovgʻa", "regex", "SOVGʻA KARTASI", true},
                             // \p{...} needs UTF-8 mode, turned on for the operator even in an ASCII-only regex
                             Utf8Case{"\\p{Cyrillic}{4}\\s+\\d+", "regex", "ВЫКУП 500", true},
                             Utf8Case{"\\p{Cyrillic}{4}\\s+\\d+", "regex", "ransom 500", false}));

TEST_F(DetectScopeScanTest, Utf8PatternsSurviveInvalidUtf8Input) {
  auto set = buildSet("signatures:\n  - {id: 1, name: u, patterns: [{literal: \"привет\", flags: [caseless]}]}\n");
  ASSERT_TRUE(set);
  std::mt19937 rng(7);
  std::string junk(1 << 16, '\0');
  for (auto& c : junk) c = static_cast<char>(rng());
  EXPECT_TRUE(hitsFor(set, junk).empty());
  EXPECT_EQ(hitsFor(set, "\xff\xd0" + std::string("ПРИВЕТ") + "\xd0"), std::vector<uint32_t>{1});
}

TEST_F(DetectScopeScanTest, UnpreparedScratchIsCountedNotCrashing) {
  auto set = buildSet("signatures:\n  - {id: 1, name: a, patterns: [{literal: abc}]}\n");
  ASSERT_TRUE(set);
  ScopeScan scan(set, Scope::Flow);  // scratch.prepare() deliberately not called
  scan.scan(scratch, Field::Payload, 0, asBytes("abc"), false, sink);
  scan.close(scratch, sink);
  EXPECT_TRUE(sink.hits.empty());
  EXPECT_GE(stats.scan_errors.value(), 1u);
}

TEST_F(DetectScopeScanTest, ScratchPreparedForNewSetStillScansOldSet) {
  auto old_set = buildSet("signatures:\n  - {id: 1, name: a, patterns: [{literal: 'old one'}]}\n");
  auto new_set = buildSet(
      "signatures:\n  - {id: 2, name: b, fields: [stream, http.uri, dns.query], patterns: [{regex: 'n[e]w{1,3}x'}]}\n");
  ASSERT_TRUE(old_set && new_set);
  scratch.prepare(*old_set);
  ScopeScan old_scan(old_set, Scope::Flow);
  old_scan.scan(scratch, Field::Payload, 0, asBytes("the old"), false, sink);
  scratch.prepare(*new_set);  // reload between batches
  old_scan.scan(scratch, Field::Payload, 0, asBytes(" one"), false, sink);
  EXPECT_EQ(sink.ids(), std::vector<uint32_t>{1});
  EXPECT_EQ(hitsFor(new_set, "a newwx b"), std::vector<uint32_t>{2});
  EXPECT_EQ(stats.scan_errors.value(), 0u);
}

TEST_F(DetectScopeScanTest, ScanAfterCloseIsIgnoredAndDataAfterLastStartsANewStream) {
  auto set = buildSet("signatures:\n  - {id: 1, name: a, fields: [http.request_body], patterns: [{literal: abcd}]}\n");
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  ScopeScan scan(set, Scope::HttpTransaction);
  scan.scan(scratch, Field::HttpRequestBody, 0, asBytes("ab"), true, sink);
  scan.scan(scratch, Field::HttpRequestBody, 0, asBytes("cd"), true, sink);  // new stream: no join across `last`
  EXPECT_TRUE(sink.hits.empty());
  scan.close(scratch, sink);
  scan.scan(scratch, Field::HttpRequestBody, 0, asBytes("abcd"), true, sink);
  EXPECT_TRUE(sink.hits.empty());
  EXPECT_TRUE(scan.closed());
}

TEST_F(DetectScopeScanTest, EachDatagramIsOneValueAndReusesTheStream) {
  // The engine scans UDP payloads as `stream` with last=true per datagram;
  // on a field without a block-mode twin (smtp.body here; `stream` has one:
  // whole_value_scan_test.cc) each is a stream of its own, reset and reused.
  auto set = buildSet(
      "signatures:\n  - {id: 1, name: a, fields: [smtp.body], patterns: [{regex: 'ab\\z'}, {literal: 'xyz'}]}\n");
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  ScopeScan scan(set, Scope::SmtpMessage);
  scan.scan(scratch, Field::SmtpBody, 0, asBytes("x"), true, sink);
  scan.scan(scratch, Field::SmtpBody, 0, asBytes("yz"), true, sink);  // no match across datagrams
  EXPECT_TRUE(sink.hits.empty());
  scan.scan(scratch, Field::SmtpBody, 0, asBytes("--ab"), true, sink);  // end anchor at each datagram's end
  EXPECT_EQ(sink.ids(), std::vector<uint32_t>{1});
  EXPECT_EQ(stats.streams_opened.value(), 1u);
}

// idle(): the worker pools a UDP flow's `stream` scan between datagrams only
// when it remembers nothing, so matches that span datagrams still combine.
TEST_F(DetectScopeScanTest, IdleOnlyWhenNoStreamIsOpenAndNothingMatched) {
  auto set = buildSet(R"(signatures:
  - {id: 1, name: a, patterns: [{id: s, literal: seed}, {id: w, literal: wallet}], condition: "s and w"}
)");
  ASSERT_TRUE(set);
  ASSERT_TRUE(scratch.prepare(*set));
  ScopeScan scan(set, Scope::Flow);
  EXPECT_TRUE(scan.idle());
  scan.scan(scratch, Field::Payload, 0, asBytes("nothing here"), false, sink);
  EXPECT_FALSE(scan.idle());  // a stream is open: its state carries into the next call
  scan.scan(scratch, Field::Payload, 0, asBytes(" either"), true, sink);
  EXPECT_TRUE(scan.idle());  // the value ended without a match
  scan.scan(scratch, Field::Payload, 1, asBytes("my seed"), true, sink);
  EXPECT_FALSE(scan.idle());  // half of `s and w` matched: the next datagram may complete it
  EXPECT_TRUE(sink.hits.empty());
  scan.scan(scratch, Field::Payload, 0, asBytes("a wallet"), true, sink);
  ASSERT_EQ(sink.hits.size(), 1u);
  EXPECT_FALSE(scan.idle());  // fired: it must not fire again in this scope
  scan.close(scratch, sink);
  EXPECT_FALSE(scan.idle());  // closed scans wait for reset()
  scan.reset(set, Scope::Flow);
  EXPECT_TRUE(scan.idle());
}

TEST_F(DetectScopeScanTest, FieldsNotInspectedCostNothing) {
  auto set = buildSet("signatures:\n  - {id: 1, name: a, patterns: [{literal: abc}]}\n");
  ASSERT_TRUE(set);
  scratch.prepare(*set);
  ScopeScan scan(set, Scope::HttpTransaction);
  scan.scan(scratch, Field::HttpUri, 0, asBytes("abc"), true, sink);
  EXPECT_TRUE(sink.hits.empty());
  EXPECT_EQ(stats.scanned_bytes[static_cast<size_t>(Field::HttpUri)].value(), 0u);
}

TEST_F(DetectScopeScanTest, ManySignaturesMatchingInOneScopeAllFireOnce) {
  std::string yaml = "signatures:\n";
  for (int i = 1; i <= 20; ++i)
    yaml += "  - {id: " + std::to_string(i) + ", name: s, patterns: [{literal: 'w" + std::to_string(i) + "x'}]}\n";
  auto set = buildSet(yaml);
  ASSERT_TRUE(set);
  std::string text;
  for (int round = 0; round < 3; ++round)
    for (int i = 20; i >= 1; --i) text.append("w").append(std::to_string(i)).append("x ");
  auto ids = hitsFor(set, text);
  std::sort(ids.begin(), ids.end());
  std::vector<uint32_t> expected;
  for (uint32_t i = 1; i <= 20; ++i) expected.push_back(i);
  EXPECT_EQ(ids, expected);
}

TEST_F(DetectScopeScanTest, StatsVisitorNamesEveryCounter) {
  // smtp.body: a streaming field without a block-mode twin, so the value opens a stream.
  auto set = buildSet("signatures:\n  - {id: 1, name: a, fields: [smtp.body], patterns: [{literal: abc}]}\n");
  ASSERT_TRUE(set);
  hitsFor(set, "xxabc", Field::SmtpBody);
  std::map<std::string, uint64_t> seen;
  visitDetectStats(stats, [&](const MetricInfo& metric, std::string_view label, uint64_t value) {
    seen[std::string(metric.name) + "{" + std::string(label) + "}"] = value;
  });
  EXPECT_EQ(seen["tapwatch_scanned_bytes_total{smtp.body}"], 5u);
  EXPECT_EQ(seen["tapwatch_scanned_bytes_total{stream}"], 0u);
  EXPECT_EQ(seen["tapwatch_scanned_bytes_total{dns.query}"], 0u);
  EXPECT_EQ(seen["tapwatch_detect_hits_total{}"], 1u);
  EXPECT_EQ(seen["tapwatch_detect_streams_opened_total{}"], 1u);
  EXPECT_EQ(seen.count("tapwatch_detect_errors_total{scan}"), 1u);
  EXPECT_EQ(seen.size(), kFieldCount + 9);  // the per-field array plus the 9 rows after it in detect_stats.h
}

}  // namespace
}  // namespace tapwatch

namespace tapwatch {
namespace {

// Workers pool ScopeScans: a scan reused through reset() must behave exactly
// like a new one — a signature that fired (or died) in the previous scope
// fires again, streams start fresh, and nothing leaks across scopes.
TEST_F(DetectScopeScanTest, ResetScanIsLikeANewScope) {
  auto set = buildSet(
      "signatures:\n"
      "  - {id: 1, name: a, fields: [smtp.body], patterns: [{literal: 'send bitcoin now'}]}\n"
      "  - {id: 2, name: b, fields: [smtp.body], patterns: [{id: x, literal: 'hello'}, {id: y, literal: 'bye'}],\n"
      "     condition: 'x and not y'}\n");
  ASSERT_TRUE(set);
  ASSERT_TRUE(scratch.prepare(*set));
  ScopeScan scan(set, Scope::SmtpMessage);
  for (int round = 0; round < 3; ++round) {
    RecordingSink local;
    if (round > 0) scan.reset(set, Scope::SmtpMessage);
    scan.scan(scratch, Field::SmtpBody, 0, asBytes("hello, please se"), false, local);
    scan.scan(scratch, Field::SmtpBody, 0, asBytes("nd bitcoin now"), true, local);
    scan.close(scratch, local);
    EXPECT_EQ(local.ids(), (std::vector<uint32_t>{1, 2})) << "round " << round;
  }
  // A scope where only half of a split pattern arrives must not complete a
  // match with the other half from the next scope.
  RecordingSink half;
  scan.reset(set, Scope::SmtpMessage);
  scan.scan(scratch, Field::SmtpBody, 0, asBytes("please send bit"), true, half);
  scan.close(scratch, half);
  scan.reset(set, Scope::SmtpMessage);
  scan.scan(scratch, Field::SmtpBody, 0, asBytes("coin now"), true, half);
  scan.close(scratch, half);
  EXPECT_TRUE(half.ids().empty());
}

}  // namespace
}  // namespace tapwatch
