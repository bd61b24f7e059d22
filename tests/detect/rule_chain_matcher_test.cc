// matchChain: Suricata's payload-keyword semantics on one buffer. Each
// expectation follows a sentence of Suricata's "Payload Keywords" (and
// "Transforms") documentation; the texts are written for these tests.
#include "detect/rule_chain_matcher.h"

#include <gtest/gtest.h>

#include <string>
#include <type_traits>

#include "rule_test_util.h"

namespace tapwatch {
namespace {

using test::buildRule;
using test::RuleOption;

// Builds the rule and matches its only chain (the one named `buffer`, when given) on `data`.
bool matches(std::initializer_list<RuleOption> options, std::string_view data, RuleScratch* scratch = nullptr) {
  auto program = buildRule(options);
  EXPECT_TRUE(program) << program.error().message;
  if (!program) return false;
  EXPECT_EQ(program->chains.size(), 1u);
  RuleScratch local;
  return matchChain(program->chains.at(0), asBytes(data), scratch != nullptr ? *scratch : local);
}

std::string bytes(std::initializer_list<int> values) {
  std::string out;
  for (int v : values) out.push_back(static_cast<char>(v));
  return out;
}

// A worker may keep its scratch by value or in a container.
static_assert(std::is_move_constructible_v<RuleScratch> && !std::is_copy_constructible_v<RuleScratch>);

TEST(RuleChainMatcher, MovedScratchStillMatches) {
  RuleScratch first;
  RuleScratch moved(std::move(first));
  auto program = buildRule({{"content", R"("a")"}, {"pcre", R"("/b+/R")"}, {"http.uri"}, {"to_sha1"}});
  ASSERT_TRUE(program);
  EXPECT_TRUE(matchChain(program->chains[0], asBytes("xabb"), moved));
}

TEST(RuleChainMatcher, ContentAnywhereCaseSensitiveUnlessNocase) {
  EXPECT_TRUE(matches({{"content", R"("evil")"}}, "an evil payload"));
  EXPECT_FALSE(matches({{"content", R"("evil")"}}, "an EVIL payload"));
  EXPECT_TRUE(matches({{"content", R"("evil")"}, {"nocase"}}, "an EVIL payload"));
  EXPECT_FALSE(matches({{"content", R"("evil")"}}, "an evi"));
  EXPECT_TRUE(matches({{"content", R"("|00 ff|A")"}}, bytes({1, 0, 0xff, 'A'})));
  EXPECT_FALSE(matches({{"content", R"("|00 ff|A")"}}, bytes({1, 0, 0xfe, 'A'})));
}

TEST(RuleChainMatcher, OffsetCountsFromTheBufferStart) {
  EXPECT_TRUE(matches({{"content", R"("abc")"}, {"offset", "3"}}, "xxxabc"));
  EXPECT_FALSE(matches({{"content", R"("abc")"}, {"offset", "3"}}, "xxabcx"));
  EXPECT_TRUE(matches({{"content", R"("abc")"}, {"offset", "3"}}, "xxabcabc")) << "a later occurrence counts";
}

TEST(RuleChainMatcher, DepthBoundsWhereTheMatchMayEnd) {
  EXPECT_TRUE(matches({{"content", R"("abc")"}, {"depth", "3"}}, "abcx"));
  EXPECT_FALSE(matches({{"content", R"("abc")"}, {"depth", "3"}}, "xabc"));
  EXPECT_TRUE(matches({{"content", R"("abc")"}, {"depth", "4"}}, "xabc"));
  // With offset, depth counts from the offset: bytes [2, 5).
  EXPECT_TRUE(matches({{"content", R"("abc")"}, {"offset", "2"}, {"depth", "3"}}, "xxabc"));
  EXPECT_FALSE(matches({{"content", R"("abc")"}, {"offset", "2"}, {"depth", "3"}}, "xxxabc"));
}

TEST(RuleChainMatcher, DistanceJustInsideAndJustOutside) {
  const std::initializer_list<RuleOption> rule = {{"content", R"("ab")"}, {"content", R"("cd")"}, {"distance", "2"}};
  EXPECT_TRUE(matches(rule, "abxxcd"));
  EXPECT_TRUE(matches(rule, "abxxxxcd")) << "distance is a minimum, not an exact gap";
  EXPECT_FALSE(matches(rule, "abxcd"));
}

TEST(RuleChainMatcher, WithinExactlyTheContentLength) {
  const std::initializer_list<RuleOption> rule = {{"content", R"("ab")"}, {"content", R"("cd")"}, {"within", "2"}};
  EXPECT_TRUE(matches(rule, "abcd"));
  EXPECT_FALSE(matches(rule, "abxcd"));
}

TEST(RuleChainMatcher, DistanceAndWithinTogetherFormAWindow) {
  const std::initializer_list<RuleOption> rule = {{"content", R"("ab")"},
                                                  {"content", R"("cd")"},
                                                  {"distance", "1"},
                                                  {"within", "3"}};
  EXPECT_FALSE(matches(rule, "abcd")) << "starts before distance";
  EXPECT_TRUE(matches(rule, "abxcd"));
  EXPECT_TRUE(matches(rule, "abxxcd")) << "ends exactly at distance + within";
  EXPECT_FALSE(matches(rule, "abxxxcd")) << "ends one byte past the window";
}

TEST(RuleChainMatcher, NegativeDistanceLooksBack) {
  EXPECT_TRUE(matches({{"content", R"("cd")"}, {"content", R"("ab")"}, {"distance", "-4"}, {"within", "2"}}, "abcd"));
  EXPECT_FALSE(matches({{"content", R"("cd")"}, {"content", R"("ab")"}, {"distance", "-3"}, {"within", "2"}}, "abcd"));
}

TEST(RuleChainMatcher, FirstRelativeContentCountsFromTheBufferStart) {
  EXPECT_TRUE(matches({{"content", R"("ab")"}, {"distance", "0"}, {"within", "3"}}, "xab"));
  EXPECT_FALSE(matches({{"content", R"("ab")"}, {"distance", "0"}, {"within", "3"}}, "xxab"));
}

TEST(RuleChainMatcher, LaterRelativeFailureRetriesTheEarlierContent) {
  const std::initializer_list<RuleOption> rule = {{"content", R"("a")"}, {"content", R"("b")"}, {"within", "1"}};
  EXPECT_TRUE(matches(rule, "axab")) << "the first 'a' fails, the second one is followed by 'b'";
  EXPECT_FALSE(matches(rule, "axaxa"));
  const std::initializer_list<RuleOption> three = {{"content", R"("k=")"},
                                                   {"content", R"("v")"},
                                                   {"within", "1"},
                                                   {"content", R"(";")"},
                                                   {"within", "1"}};
  EXPECT_TRUE(matches(three, "k=x;k=v!k=v;")) << "backtracks through two levels";
}

TEST(RuleChainMatcher, NegatedContentMeansNotFoundInItsWindow) {
  EXPECT_TRUE(matches({{"content", R"(!"evil")"}}, "all good"));
  EXPECT_FALSE(matches({{"content", R"(!"evil")"}}, "so evil"));
  const std::initializer_list<RuleOption> rule = {{"content", R"("user=")"},
                                                  {"content", R"(!"admin")"},
                                                  {"within", "5"}};
  EXPECT_FALSE(matches(rule, "user=admin"));
  EXPECT_TRUE(matches(rule, "user=guest admin")) << "admin is outside the 5 bytes after user=";
  EXPECT_TRUE(matches(rule, "user=admin user=bob")) << "the second user= has no admin after it";
  EXPECT_TRUE(matches({{"content", R"(!"AB")"}, {"nocase"}, {"offset", "2"}}, "abxx"));
  EXPECT_FALSE(matches({{"content", R"(!"AB")"}, {"nocase"}, {"offset", "2"}}, "xxab"));
}

TEST(RuleChainMatcher, NegatedContentWithNegativeDistanceExcludesOneVersion) {
  // "Alert unless the browser is exactly version 9.8.7": the negated content looks back over the positive one.
  const std::initializer_list<RuleOption> rule = {{"content", R"("Agent|3A| ")"},
                                                  {"content", R"("Browser/9.")"},
                                                  {"distance", "0"},
                                                  {"content", R"(!"Browser/9.8.7")"},
                                                  {"distance", "-10"}};
  EXPECT_TRUE(matches(rule, "Agent: Browser/9.1.0"));
  EXPECT_FALSE(matches(rule, "Agent: Browser/9.8.7"));
  EXPECT_FALSE(matches(rule, "Agent: Browser/8.0"));
}

TEST(RuleChainMatcher, StartswithAndEndswith) {
  EXPECT_TRUE(matches({{"content", R"("GET /")"}, {"startswith"}}, "GET /index"));
  EXPECT_FALSE(matches({{"content", R"("GET /")"}, {"startswith"}}, " GET /index"));
  EXPECT_TRUE(matches({{"content", R"(".exe")"}, {"endswith"}}, "setup.exe"));
  EXPECT_TRUE(matches({{"content", R"(".exe")"}, {"endswith"}}, "a.exe.exe"));
  EXPECT_FALSE(matches({{"content", R"(".exe")"}, {"endswith"}}, "setup.exe?x=1"));
  EXPECT_TRUE(matches({{"content", R"("abc")"}, {"startswith"}, {"endswith"}}, "abc"));
  EXPECT_FALSE(matches({{"content", R"("abc")"}, {"startswith"}, {"endswith"}}, "abcabc"));
}

TEST(RuleChainMatcher, DotprefixMatchesADomainAndItsSubdomainsOnly) {
  const std::initializer_list<RuleOption> rule = {{"dns.query"},
                                                  {"dotprefix"},
                                                  {"content", R"(".example.com")"},
                                                  {"endswith"}};
  EXPECT_TRUE(matches(rule, "example.com"));
  EXPECT_TRUE(matches(rule, "a.example.com"));
  EXPECT_TRUE(matches(rule, "deep.a.example.com"));
  EXPECT_FALSE(matches(rule, "badexample.com"));
  EXPECT_FALSE(matches(rule, "example.com.evil.net"));
}

TEST(RuleChainMatcher, IsdataatAbsoluteAndRelative) {
  EXPECT_TRUE(matches({{"isdataat", "3"}}, "abcd"));
  EXPECT_FALSE(matches({{"isdataat", "3"}}, "abc"));
  EXPECT_TRUE(matches({{"isdataat", "!3"}}, "abc"));
  EXPECT_TRUE(matches({{"content", R"("ab")"}, {"isdataat", "2,relative"}}, "abxx"));
  EXPECT_FALSE(matches({{"content", R"("ab")"}, {"isdataat", "2,relative"}}, "abx"));
  EXPECT_TRUE(matches({{"content", R"("ab")"}, {"isdataat", "!1,relative"}}, "xxab"));
  EXPECT_FALSE(matches({{"content", R"("ab")"}, {"isdataat", "!1,relative"}}, "abab!")) << "the later ab is not last";
}

TEST(RuleChainMatcher, IsdataatRelativeAllowsOneByteMoreThanAbsolute) {
  // The documentation's 8-byte example "abcdefgh".
  const std::string_view data = "abcdefgh";
  EXPECT_TRUE(matches({{"isdataat", "7"}}, data));
  EXPECT_FALSE(matches({{"isdataat", "8"}}, data));
  EXPECT_TRUE(matches({{"isdataat", "7,relative"}}, data));
  EXPECT_TRUE(matches({{"isdataat", "8,relative"}}, data));
  EXPECT_FALSE(matches({{"isdataat", "9,relative"}}, data));
  EXPECT_TRUE(matches({{"content", R"("c")"}, {"isdataat", "4,relative"}}, data));
  EXPECT_TRUE(matches({{"content", R"("c")"}, {"isdataat", "5,relative"}}, data));
  EXPECT_FALSE(matches({{"content", R"("c")"}, {"isdataat", "6,relative"}}, data));
}

TEST(RuleChainMatcher, BsizeFormsOnTheBufferLength) {
  auto size = [](std::string_view compare, size_t length) {
    return matches({{"http.uri"}, {"bsize", compare}}, std::string(length, 'x'));
  };
  EXPECT_TRUE(size("5", 5));
  EXPECT_FALSE(size("5", 4));
  EXPECT_TRUE(size("<5", 4));
  EXPECT_FALSE(size("<5", 5));
  EXPECT_TRUE(size("<=5", 5));
  EXPECT_TRUE(size(">5", 6));
  EXPECT_FALSE(size(">5", 5));
  EXPECT_TRUE(size(">=5", 5));
  EXPECT_TRUE(size("!5", 6));
  EXPECT_FALSE(size("!5", 5));
  // Ranges are exclusive: 3<>6 holds for 4 and 5 only.
  EXPECT_FALSE(size("3<>6", 3));
  EXPECT_TRUE(size("3<>6", 4));
  EXPECT_TRUE(size("3-6", 5));
  EXPECT_FALSE(size("3-6", 6));
  EXPECT_TRUE(size("!3-6", 6));
  EXPECT_FALSE(size("!3-6", 4));
  EXPECT_TRUE(size("&0x04=4", 5));
  EXPECT_FALSE(size("&0x04=4", 3));
  // bsize sees the transformed buffer.
  EXPECT_TRUE(matches({{"http.host"}, {"dotprefix"}, {"bsize", "4"}}, "abc"));
}

TEST(RuleChainMatcher, PcreAbsoluteAndFlags) {
  EXPECT_TRUE(matches({{"pcre", R"("/id=[0-9]{3}&/")"}}, "?id=123&x"));
  EXPECT_FALSE(matches({{"pcre", R"("/id=[0-9]{3}&/")"}}, "?id=12&x"));
  EXPECT_TRUE(matches({{"pcre", R"("/ID=/i")"}}, "?id=1"));
  EXPECT_FALSE(matches({{"pcre", R"("/a.b/")"}}, "a\nb"));
  EXPECT_TRUE(matches({{"pcre", R"("/a.b/s")"}}, "a\nb"));
  EXPECT_FALSE(matches({{"pcre", R"("/^x/")"}}, "a\nx"));
  EXPECT_TRUE(matches({{"pcre", R"("/^x/m")"}}, "a\nx"));
  EXPECT_FALSE(matches({{"pcre", R"("/x/A")"}}, "ax"));
  EXPECT_TRUE(matches({{"pcre", R"("/x$/")"}}, "ax\n"));
  EXPECT_FALSE(matches({{"pcre", R"("/x$/E")"}}, "ax\n")) << "E: $ only at the very end";
  EXPECT_TRUE(matches({{"pcre", R"(!"/evil/")"}}, "good"));
  EXPECT_FALSE(matches({{"pcre", R"(!"/evil/")"}}, "evil"));
}

TEST(RuleChainMatcher, RelativePcreStartsAtThePreviousMatchAndSetsTheNext) {
  const std::initializer_list<RuleOption> anchored = {{"content", R"("GET")"}, {"pcre", R"("/^ \/admin/R")"}};
  EXPECT_TRUE(matches(anchored, "GET /admin"));
  EXPECT_FALSE(matches(anchored, "GET x /admin")) << "^ anchors at the end of the previous match";
  EXPECT_FALSE(matches({{"content", R"("b")"}, {"pcre", R"("/a/R")"}}, "ab")) << "nothing after b";
  EXPECT_TRUE(matches({{"http.uri"}, {"pcre", R"("/^\/x/R")"}}, "/x")) << "first in a sticky buffer: from its start";
  EXPECT_FALSE(matches({{"http.uri"}, {"pcre", R"("/^\/x/R")"}}, "a/x"));
  // The pcre's match end is where the next relative content counts from.
  const std::initializer_list<RuleOption> chained = {{"content", R"("k")"},
                                                     {"pcre", R"("/[0-9]+/R")"},
                                                     {"content", R"(";")"},
                                                     {"within", "1"}};
  EXPECT_TRUE(matches(chained, "k123;"));
  EXPECT_FALSE(matches(chained, "k123 ;"));
  EXPECT_TRUE(matches(chained, "k1 k22;")) << "the content is retried at its next occurrence";
}

TEST(RuleChainMatcher, PathologicalPcreIsBoundedAndCountsAsNoMatch) {
  RuleScratch scratch;
  const std::string subject = std::string(40, 'a') + "!";
  EXPECT_FALSE(matches({{"pcre", R"("/(a+)+$/")"}}, subject, &scratch));
  EXPECT_GE(scratch.pcre.limit_hits, 1u);
  // The same regex on a subject it matches quickly is unaffected.
  EXPECT_TRUE(matches({{"pcre", R"("/(a+)+$/")"}}, "aaa", &scratch));
}

TEST(RuleChainMatcher, ByteTestOperators) {
  const std::string two = bytes({0x01, 0x00});  // 256 big-endian, 1 little-endian
  auto test = [&](std::string_view options) { return matches({{"byte_test", options}}, two); };
  EXPECT_TRUE(test("2,=,256,0"));
  EXPECT_FALSE(test("2,=,255,0"));
  EXPECT_TRUE(test("2,!=,255,0"));
  EXPECT_FALSE(test("2,!=,256,0"));
  EXPECT_TRUE(test("2,<,257,0"));
  EXPECT_FALSE(test("2,<,256,0"));
  EXPECT_TRUE(test("2,<=,256,0"));
  EXPECT_TRUE(test("2,>,255,0"));
  EXPECT_FALSE(test("2,>,256,0"));
  EXPECT_TRUE(test("2,>=,256,0"));
  EXPECT_TRUE(test("2,&,0x100,0"));
  EXPECT_FALSE(test("2,&,0x0ff,0"));
  EXPECT_TRUE(test("2,^,0x0ff,0"));
  EXPECT_FALSE(test("2,^,0x100,0"));
  EXPECT_TRUE(test("2,=,1,0,little"));
  EXPECT_TRUE(test("1,=,0,1"));
  EXPECT_FALSE(test("2,=,0,1")) << "reading past the end fails";
  EXPECT_TRUE(test("2,=,1,0,bitmask 0x0f00")) << "masked, then shifted by the mask's trailing zeros";
}

TEST(RuleChainMatcher, ByteTestStringsAndRelative) {
  EXPECT_TRUE(matches({{"content", R"("len=")"}, {"byte_test", "4,>,1000,0,relative,string,dec"}}, "len=1234;"));
  EXPECT_FALSE(matches({{"content", R"("len=")"}, {"byte_test", "4,>,1000,0,relative,string,dec"}}, "len=0999;"));
  EXPECT_TRUE(matches({{"byte_test", "2,=,255,0,string,hex"}}, "ff"));
  EXPECT_TRUE(matches({{"byte_test", "3,=,8,0,string,oct"}}, "10;"));
  EXPECT_FALSE(matches({{"byte_test", "3,=,0,0,string,dec"}}, "abc")) << "no digits: not a number";
  EXPECT_TRUE(matches({{"byte_test", "4,=,12,0,string,dec"}}, " +12")) << "read like strtoull: blanks and a sign";
  EXPECT_TRUE(matches({{"byte_test", "4,=,26,0,string,hex"}}, "0x1a"));
}

TEST(RuleChainMatcher, ByteJumpMovesTheCursor) {
  const std::initializer_list<RuleOption> rule = {{"content", R"("LEN")"},
                                                  {"byte_jump", "1,0,relative"},
                                                  {"content", R"("X")"},
                                                  {"within", "1"}};
  EXPECT_TRUE(matches(rule, std::string("LEN").append(bytes({2})) + "abX"));
  EXPECT_FALSE(matches(rule, std::string("LEN").append(bytes({1})) + "abX"));
  EXPECT_FALSE(matches(rule, std::string("LEN").append(bytes({9})) + "abX")) << "a jump past the end fails";
  EXPECT_TRUE(matches({{"byte_jump", "1,0,multiplier 2"}, {"content", R"("X")"}, {"within", "1"}},
                      bytes({2}) + "abcdX"));
  EXPECT_TRUE(matches({{"byte_jump", "1,0,align"}, {"content", R"("X")"}, {"within", "1"}}, bytes({2}) + "abcdX"))
      << "the value 2 rounded up to 4, counted from after the length byte";
  EXPECT_TRUE(matches({{"byte_jump", "1,1,from_beginning"}, {"content", R"("X")"}, {"within", "1"}},
                      std::string("a").append(bytes({3})) + "bX"));
  EXPECT_TRUE(matches({{"byte_jump", "0,0,from_end,post_offset -2"}, {"content", R"("ok")"}, {"within", "2"}},
                      "0 ... ok"))
      << "from the end, two bytes back";
  EXPECT_TRUE(matches({{"byte_jump", "2,0,string,dec"}, {"content", R"("Y")"}, {"within", "1"}}, "03abcY"));
  EXPECT_TRUE(matches({{"byte_jump", "2,0,string,dec,post_offset 1"}, {"content", R"("Y")"}, {"within", "1"}},
                      "03abcdY"));
  EXPECT_FALSE(matches({{"byte_jump", "2,0,string,dec,post_offset 1"}, {"content", R"("Y")"}}, "03abcY"))
      << "the jump lands on the end of the buffer, outside it";
}

TEST(RuleChainMatcher, ByteExtractFeedsLaterPositions) {
  const std::initializer_list<RuleOption> rule = {{"byte_extract", "1,0,gap"},
                                                  {"content", R"("Z")"},
                                                  {"distance", "gap"},
                                                  {"within", "1"}};
  EXPECT_TRUE(matches(rule, bytes({3}) + "abcZ"));
  EXPECT_FALSE(matches(rule, bytes({2}) + "abcZ"));
  EXPECT_TRUE(matches({{"byte_extract", "2,0,want,string,dec"}, {"byte_test", "1,=,want,2"}}, "65A"))
      << "'65' read as decimal, compared with the byte 'A'";
}

TEST(RuleChainMatcher, ByteMathResultFeedsLaterKeywords) {
  const std::initializer_list<RuleOption> add = {{"byte_math", "bytes 1, offset 0, oper +, rvalue 2, result v"},
                                                 {"byte_test", "1,=,v,1"}};
  EXPECT_TRUE(matches(add, bytes({3, 5})));
  EXPECT_FALSE(matches(add, bytes({3, 4})));
  // The documentation's example shape: an extracted value as rvalue, the result tested.
  const std::initializer_list<RuleOption> chained = {{"byte_extract", "1,0,x"},
                                                     {"byte_math", "bytes 1, offset 1, oper *, rvalue x, result y"},
                                                     {"byte_test", "1,=,y,2"}};
  EXPECT_TRUE(matches(chained, bytes({3, 4, 12})));
  EXPECT_FALSE(matches(chained, bytes({3, 4, 7})));
  EXPECT_TRUE(matches({{"byte_math", "bytes 2, offset 0, oper >>, rvalue 4, result s, endian little"},
                       {"byte_test", "1,=,s,2"}},
                      bytes({0x10, 0x00, 0x01})));
  EXPECT_FALSE(matches({{"byte_math", "bytes 1, offset 0, oper /, rvalue 0, result q"}}, bytes({4})))
      << "division by zero fails";
  EXPECT_TRUE(matches({{"content", R"("n=")"},
                       {"byte_math", "bytes 2, offset 0, oper -, rvalue 10, result d, "
                                     "relative, string dec"},
                       {"content", R"("!")"},
                       {"distance", "d"},
                       {"within", "1"}},
                      "n=14ab!"))
      << "14 - 10 = 4 bytes after n= (byte_math leaves the cursor where it was)";
}

TEST(RuleChainMatcher, EveryTransform) {
  EXPECT_TRUE(matches({{"http.uri"}, {"strip_whitespace"}, {"content", R"("a=b")"}, {"startswith"}}, " a =\tb"));
  EXPECT_TRUE(matches({{"http.uri"}, {"compress_whitespace"}, {"content", R"("a b")"}}, "a \t\r\n b"));
  EXPECT_FALSE(matches({{"http.uri"}, {"compress_whitespace"}, {"content", R"("a  b")"}}, "a  b"));
  EXPECT_TRUE(matches({{"http.uri"}, {"to_lowercase"}, {"content", R"("select")"}}, "SeLeCT"));
  EXPECT_TRUE(matches({{"http.uri"}, {"to_uppercase"}, {"content", R"("UNION")"}}, "union"));
  EXPECT_TRUE(matches({{"http.uri"}, {"url_decode"}, {"content", R"("<script> x")"}}, "%3Cscript%3e+x"));
  EXPECT_TRUE(matches({{"http.uri"}, {"url_decode"}, {"content", R"("%zz")"}}, "%zz")) << "a bad escape stays";
  EXPECT_TRUE(matches({{"http.header"}, {"header_lowercase"}, {"content", R"("x-api-key: ABC")"}},
                      "X-Api-Key: ABC\r\n"));
  EXPECT_FALSE(matches({{"http.header"}, {"strip_pseudo_headers"}, {"content", R"(":path")"}},
                       ":path: /\r\nhost: a\r\n"));
  EXPECT_TRUE(matches({{"http.header"}, {"strip_pseudo_headers"}, {"content", R"("host: a")"}, {"startswith"}},
                      ":path: /\r\nhost: a\r\n"));
  EXPECT_TRUE(matches({{"http.uri"},
                       {"to_md5"},
                       {"content", R"("|90 01 50 98 3c d2 4f b0 d6 96 3f 7d 28 e1 7f 72|")"},
                       {"bsize", "16"}},
                      "abc"));
  EXPECT_TRUE(matches(
      {{"http.uri"}, {"to_sha1"}, {"content", R"("|a9 99 3e 36 47 06 81 6a ba 3e 25 71 78 50 c2 6c 9c d0 d8 9d|")"}},
      "abc"));
  EXPECT_TRUE(matches(
      {{"http.uri"},
       {"to_sha256"},
       {"content",
        R"("|ba 78 16 bf 8f 01 cf ea 41 41 40 de 5d ae 22 23 b0 03 61 a3 96 17 7a 9c b4 10 ff 61 f2 00 15 ad|")"}},
      "abc"));
  EXPECT_TRUE(matches({{"pkt_data"}, {"xor", R"("0102")"}, {"content", R"("|60 60 62|")"}}, "abc"));
}

TEST(RuleChainMatcher, TransformOutputIsCappedAtTheScratchSize) {
  RuleScratch scratch(64);
  const std::string long_value(100, 'A');
  EXPECT_TRUE(matches({{"http.uri"}, {"to_lowercase"}, {"bsize", "64"}}, long_value, &scratch));
  EXPECT_GE(scratch.transforms.truncations, 1u);
}

TEST(RuleChainMatcher, BacktrackingIsBoundedByTheInspectionBudget) {
  // A negated content right after each 'a' forces a retry per 'a'; only the last one matches.
  const std::initializer_list<RuleOption> rule = {{"content", R"("a")"}, {"content", R"(!"a")"}, {"within", "1"}};
  RuleScratch scratch;
  EXPECT_TRUE(matches(rule, std::string(100, 'a'), &scratch));
  EXPECT_EQ(scratch.budget_exhausted, 0u);
  EXPECT_FALSE(matches(rule, std::string(5000, 'a'), &scratch)) << "the budget runs out before the last 'a'";
  EXPECT_EQ(scratch.budget_exhausted, 1u);
}

}  // namespace
}  // namespace tapwatch
