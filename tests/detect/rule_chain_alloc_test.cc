// matchChain allocates nothing: contents with backtracking, pcre (JIT, match
// data and JIT stack from RuleScratch), byte_* keywords, transforms and
// base64_decode (into RuleScratch::base64), on
// matching and non-matching buffers. Counts every operator new of this binary.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/rule_chain_matcher.h"
#include "rule_test_util.h"

#include "../support/counting_new.h"

namespace tapwatch {
namespace {

using test::buildRule;

TEST(RuleChainAllocations, NoneWhileMatching) {
  std::vector<RuleProgram> programs;
  auto add = [&](std::initializer_list<test::RuleOption> options) {
    auto program = buildRule(options);
    ASSERT_TRUE(program) << program.error().message;
    programs.push_back(std::move(*program));
  };
  add({{"content", R"("GET ")"},
       {"startswith"},
       {"content", R"("/admin")"},
       {"distance", "0"},
       {"content", R"("HTTP/1.")"},
       {"within", "64"},
       {"pcre", R"("/\/admin\/[a-z]+\.php/i")"}});
  add({{"content", R"("k")"},
       {"pcre", R"("/[0-9]+/R")"},
       {"content", R"(";")"},
       {"within", "1"},
       {"content", R"(!"bad")"},
       {"isdataat", "1,relative"}});
  add({{"content", R"("LEN")"},
       {"byte_jump", "1,0,relative"},
       {"byte_extract", "1,0,n,relative"},
       {"byte_test", "1,<,200,0,relative"},
       {"content", R"("X")"},
       {"distance", "n"}});
  add({{"http.uri"},
       {"url_decode"},
       {"to_lowercase"},
       {"compress_whitespace"},
       {"content", R"("select ")"},
       {"bsize", "<2000"}});
  add({{"dns.query"}, {"dotprefix"}, {"content", R"(".example.com")"}, {"endswith"}});
  add({{"http.uri"}, {"to_sha256"}, {"bsize", "32"}});
  add({{"content", R"("k")"},
       {"base64_decode", "bytes 400, relative"},
       {"base64_data"},
       {"content", R"("ab")"},
       {"pcre", R"("/c+/R")"}});

  std::vector<std::string> buffers = {
      "GET /admin/login.PHP HTTP/1.1\r\nHost: a\r\n\r\n",
      "k1 k22; and k333;!",
      std::string("LEN") + '\x02' + "ab" + '\x03' + "xxxX",
      "/q?x=SELECT%20%20*+from+t",
      "a.example.com",
      std::string(3000, 'a') + "k1;",
      "",
      "k1 kYWJjYw== kYWJj",  // base64 after the third k decodes to "abcc"
  };
  RuleScratch scratch;
  auto run = [&](int rounds) {
    int hits = 0;
    for (int r = 0; r < rounds; ++r)
      for (const RuleProgram& p : programs)
        for (const std::string& b : buffers) hits += matchChain(p.chains[0], asBytes(b), scratch);
    return hits;
  };
  const int warm_hits = run(1);  // the digest context and PCRE2 frames settle on first use
  EXPECT_GT(warm_hits, 0);
  int hits = 0;
  EXPECT_EQ(allocationsDuring([&] { hits = run(50); }), 0u);
  EXPECT_EQ(hits, warm_hits * 50);
}

}  // namespace
}  // namespace tapwatch
