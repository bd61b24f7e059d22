// RuleProgramBuilder: Suricata payload keywords -> RuleProgram, and the
// combinations Suricata refuses at load, each with a message naming the keyword.
#include "detect/rule_program_builder.h"

#include <gtest/gtest.h>

#include "rule_test_util.h"

namespace tapwatch {
namespace {

using test::buildRule;

const RuleContent& contentAt(const RuleProgram& p, size_t chain, size_t step) {
  return std::get<RuleContent>(p.chains.at(chain).steps.at(step));
}

std::string errorOf(std::initializer_list<test::RuleOption> options) {
  auto program = buildRule(options);
  return program ? std::string("(built)") : program.error().message;
}

TEST(RuleProgramBuilder, ContentDecodesHexBlocksAndEscapes) {
  auto p = buildRule({{"content", R"("a|0d 0A|b\;c\"d\\e\:|7C|")"}});
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->chains.size(), 1u);
  EXPECT_EQ(p->chains[0].buffer, "pkt_data");
  EXPECT_EQ(contentAt(*p, 0, 0).bytes, std::string("a\r\nb;c\"d\\e:|"));
  EXPECT_FALSE(contentAt(*p, 0, 0).negated);
}

TEST(RuleProgramBuilder, NegatedContentKeepsItsBytes) {
  auto p = buildRule({{"content", R"(! "evil")"}});
  ASSERT_TRUE(p);
  EXPECT_TRUE(contentAt(*p, 0, 0).negated);
  EXPECT_EQ(contentAt(*p, 0, 0).bytes, "evil");
  EXPECT_FALSE(p->fast_pattern) << "a negated content cannot be a fast pattern";
}

TEST(RuleProgramBuilder, MalformedContentsAreRefusedWithTheReason) {
  EXPECT_EQ(errorOf({{"content", R"("ab|41 4")"}}), "content: unterminated |hex|");
  EXPECT_EQ(errorOf({{"content", R"("|414|")"}}), "content: odd number of hex digits in |hex|");
  EXPECT_EQ(errorOf({{"content", R"("|4G|")"}}), "content: 'G' is not a hex digit in |hex|");
  EXPECT_NE(errorOf({{"content", R"("a\nb")"}}).find("content: unknown escape"), std::string::npos);
  EXPECT_NE(errorOf({{"content", "abc"}}).find("content: the value must be quoted"), std::string::npos);
  EXPECT_EQ(errorOf({{"content", R"("")"}}), "content: empty content");
  EXPECT_NE(errorOf({{"content", R"("a"b")"}}).find("unescaped"), std::string::npos);
}

TEST(RuleProgramBuilder, ModifiersApplyToTheLastContent) {
  auto p = buildRule({{"content", R"("GET")"},
                      {"depth", "3"},
                      {"content", R"("admin")"},
                      {"nocase"},
                      {"distance", "1"},
                      {"within", "20"}});
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(contentAt(*p, 0, 0).depth, 3);
  EXPECT_FALSE(contentAt(*p, 0, 0).nocase);
  const RuleContent& admin = contentAt(*p, 0, 1);
  EXPECT_TRUE(admin.nocase);
  EXPECT_EQ(admin.distance, 1);
  EXPECT_EQ(admin.within, 20);
  EXPECT_TRUE(admin.relative());
}

TEST(RuleProgramBuilder, ModifierWithoutAContentIsRefused) {
  EXPECT_EQ(errorOf({{"within", "5"}}), "within: needs a previous content");
  EXPECT_EQ(errorOf({{"nocase"}}), "nocase: needs a previous content");
  EXPECT_EQ(errorOf({{"http_uri"}}), "http_uri: needs a previous content");
}

TEST(RuleProgramBuilder, CombinationsSuricataRefusesAreRefused) {
  EXPECT_EQ(errorOf({{"content", R"("abcd")"}, {"depth", "3"}}), "depth: 3 is smaller than the content's length 4");
  EXPECT_EQ(errorOf({{"content", R"("a")"}, {"content", R"("abcd")"}, {"within", "2"}}),
            "within: 2 is smaller than the content's length 4");
  EXPECT_NE(errorOf({{"content", R"("a")"}, {"depth", "-1"}}).find("depth: -1 is out of range [1, 1048576]"),
            std::string::npos);
  EXPECT_NE(errorOf({{"content", R"("a")"}, {"offset", "-2"}}).find("offset: -2 is out of range"), std::string::npos);
  EXPECT_NE(errorOf({{"content", R"("a")"}, {"content", R"("b")"}, {"within", "0"}}).find("within: 0 is out of range"),
            std::string::npos)
      << "within can not be 0";
  EXPECT_NE(errorOf({{"content", R"("a")"}, {"content", R"("b")"}, {"distance", "-1048577"}}).find("out of range"),
            std::string::npos);
  EXPECT_NE(errorOf({{"content", R"("a")"}, {"depth", "4"}, {"distance", "1"}}).find("distance: can't mix"),
            std::string::npos);
  EXPECT_NE(errorOf({{"content", R"("a")"}, {"within", "4"}, {"offset", "1"}}).find("offset: can't mix"),
            std::string::npos);
  EXPECT_EQ(errorOf({{"content", R"("a")"}, {"startswith"}, {"depth", "3"}}),
            "depth: can't be combined with startswith");
  EXPECT_EQ(errorOf({{"content", R"("a")"}, {"offset", "3"}, {"startswith"}}),
            "startswith: can't be combined with offset, depth, distance or within");
  EXPECT_EQ(errorOf({{"content", R"("a")"}, {"nocase"}, {"nocase"}}), "nocase: already set for this content");
  EXPECT_EQ(errorOf({{"content", R"("a")"}, {"offset", "1"}, {"offset", "2"}}), "offset: already set for this content");
  EXPECT_EQ(errorOf({{"content", R"("a")"}, {"fast_pattern"}, {"content", R"("b")"}, {"fast_pattern"}}),
            "fast_pattern: can only be set once per rule");
  EXPECT_EQ(errorOf({{"content", R"("abc")"}, {"fast_pattern", "only"}, {"offset", "2"}}),
            "fast_pattern: only can't be combined with offset, depth, distance or within");
  EXPECT_EQ(errorOf({{"content", R"(!"abc")"}, {"fast_pattern", "only"}}),
            "fast_pattern: only can't be used on a negated content");
}

TEST(RuleProgramBuilder, WithinEqualToTheContentLengthIsAccepted) {
  auto p = buildRule({{"content", R"("a")"}, {"content", R"("bcd")"}, {"within", "3"}, {"distance", "-2"}});
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(contentAt(*p, 0, 1).within, 3);
  EXPECT_EQ(contentAt(*p, 0, 1).distance, -2);
}

TEST(RuleProgramBuilder, FirstRelativeContentIsRelativeToTheBufferStart) {
  auto p = buildRule({{"http.uri"}, {"content", R"("/x")"}, {"distance", "0"}});
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->chains[0].buffer, "http.uri");
}

TEST(RuleProgramBuilder, StickyBuffersAndLegacyNamesResolveToCanonicalNames) {
  auto p = buildRule({{"file_data"},
                      {"content", R"("MZ")"},
                      {"dns_query"},
                      {"content", R"("evil")"},
                      {"tls_sni"},
                      {"content", R"("x.test")"},
                      {"http_header_names"},
                      {"content", R"("|0d 0a|Host")"},
                      {"pkt_data"},
                      {"content", R"("raw")"}});
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->chains.size(), 5u);
  EXPECT_EQ(p->chains[0].buffer, "file.data");
  EXPECT_EQ(p->chains[1].buffer, "dns.query");
  EXPECT_EQ(p->chains[2].buffer, "tls.sni");
  EXPECT_EQ(p->chains[3].buffer, "http.header_names");
  EXPECT_EQ(p->chains[4].buffer, "pkt_data");
}

TEST(RuleProgramBuilder, EveryDocumentedStickyBufferIsRecognised) {
  for (std::string_view name : {"http.uri",
                                "http.uri.raw",
                                "http.method",
                                "http.header",
                                "http.header.raw",
                                "http.header_names",
                                "http.cookie",
                                "http.user_agent",
                                "http.host",
                                "http.host.raw",
                                "http.referer",
                                "http.content_type",
                                "http.content_len",
                                "http.accept",
                                "http.accept_lang",
                                "http.accept_enc",
                                "http.connection",
                                "http.request_line",
                                "http.response_line",
                                "http.protocol",
                                "http.start",
                                "http.stat_code",
                                "http.stat_msg",
                                "http.server",
                                "http.location",
                                "http.request_body",
                                "http.response_body",
                                "file.data",
                                "dns.query",
                                "tls.sni",
                                "tls.cert_subject",
                                "tls.cert_issuer",
                                "tls.cert_serial",
                                "tls.cert_fingerprint",
                                "tls.certs",
                                "ja3.hash",
                                "ja3.string",
                                "ja3s.hash",
                                "ja4.hash",
                                "quic.sni",
                                "quic.ua",
                                "email.from",
                                "email.subject",
                                "email.url",
                                "smtp.helo",
                                "smtp.mail_from",
                                "smtp.rcpt_to",
                                "pkt_data"}) {  // base64_data: rule_base64_test.cc
    RuleProgramBuilder builder;
    auto took = builder.add(name, "");
    ASSERT_TRUE(took) << name;
    EXPECT_EQ(*took, RuleProgramBuilder::Took::Yes) << name;
    EXPECT_EQ(builder.currentBuffer(), name);
  }
}

TEST(RuleProgramBuilder, MultiBufferKeywordNamedAgainStartsANewInstance) {
  auto dns = buildRule({{"dns.query"}, {"content", R"("example")"}, {"dns.query"}, {"content", R"(".com")"}});
  ASSERT_TRUE(dns) << dns.error().message;
  ASSERT_EQ(dns->chains.size(), 2u) << "each instance may match a different query";
  EXPECT_EQ(dns->chains[0].buffer, "dns.query");
  EXPECT_EQ(dns->chains[1].buffer, "dns.query");

  auto uri = buildRule({{"http.uri"}, {"content", R"("/a")"}, {"http.uri"}, {"content", R"("b")"}, {"distance", "0"}});
  ASSERT_TRUE(uri);
  ASSERT_EQ(uri->chains.size(), 1u) << "http.uri is single-buffer: the second http.uri continues the first";
  EXPECT_EQ(uri->chains[0].steps.size(), 2u);

  auto classic = buildRule({{"dns.query"}, {"content", R"("example")"}, {"content", R"(".net")"}});
  ASSERT_TRUE(classic);
  EXPECT_EQ(classic->chains.size(), 1u);
}

TEST(RuleProgramBuilder, LegacyModifierMovesThePrecedingContentAndItsRelativeSuccessors) {
  auto p = buildRule({{"content", R"("POST")"},
                      {"http_method"},
                      {"content", R"("/login")"},
                      {"http_uri"},
                      {"content", R"(".php")"},
                      {"distance", "0"},
                      {"http_uri"},
                      {"content", R"("raw")"}});
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->chains.size(), 3u);
  EXPECT_EQ(p->chains[0].buffer, "pkt_data");
  EXPECT_EQ(p->chains[0].steps.size(), 1u);
  EXPECT_EQ(p->chains[1].buffer, "http.method");
  EXPECT_EQ(p->chains[2].buffer, "http.uri");
  ASSERT_EQ(p->chains[2].steps.size(), 2u);
  EXPECT_EQ(contentAt(*p, 2, 1).bytes, ".php");
  EXPECT_EQ(contentAt(*p, 2, 1).distance, 0);
}

TEST(RuleProgramBuilder, EveryLegacyContentModifierHasItsBuffer) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"http_uri", "http.uri"},
      {"http_raw_uri", "http.uri.raw"},
      {"http_header", "http.header"},
      {"http_raw_header", "http.header.raw"},
      {"http_cookie", "http.cookie"},
      {"http_method", "http.method"},
      {"http_client_body", "http.request_body"},
      {"http_server_body", "http.response_body"},
      {"http_stat_code", "http.stat_code"},
      {"http_stat_msg", "http.stat_msg"},
      {"http_user_agent", "http.user_agent"},
      {"http_host", "http.host"},
      {"http_raw_host", "http.host.raw"},
  };
  for (auto [modifier, buffer] : cases) {
    auto p = buildRule({{"content", R"("x")"}, {modifier}});
    ASSERT_TRUE(p) << modifier;
    ASSERT_EQ(p->chains.size(), 1u) << modifier;
    EXPECT_EQ(p->chains[0].buffer, buffer);
  }
  auto uricontent = buildRule({{"uricontent", R"("/a")"}});
  ASSERT_TRUE(uricontent);
  EXPECT_EQ(uricontent->chains[0].buffer, "http.uri");
}

TEST(RuleProgramBuilder, LegacyModifierOnAStickyBufferContentIsRefused) {
  EXPECT_NE(
      errorOf({{"http.uri"}, {"content", R"("x")"}, {"http_header"}}).find("http_header: the content is in sticky"),
      std::string::npos);
}

TEST(RuleProgramBuilder, PcreFlagsChooseTheBufferAndOptions) {
  auto p = buildRule({{"pcre", R"("/^\/admin/Ui")"}, {"pcre", R"(!"/bot/V")"}, {"pcre", R"("m{x+}sR")"}});
  ASSERT_FALSE(p) << "the third pcre is relative with nothing before it in pkt_data";
  EXPECT_NE(p.error().message.find("pcre: m{x+}sR is relative (/R) but has no previous match"), std::string::npos)
      << p.error().message;

  p = buildRule(
      {{"pcre", R"("/^\/admin/Ui")"}, {"pcre", R"(!"/bot/V")"}, {"content", R"("a")"}, {"pcre", R"("m{x+}sR")"}});
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->chains.size(), 3u);
  EXPECT_EQ(p->chains[0].buffer, "http.uri");
  EXPECT_EQ(p->chains[1].buffer, "http.user_agent");
  EXPECT_TRUE(std::get<RulePcre>(p->chains[1].steps[0]).negated);
  EXPECT_TRUE(std::get<RulePcre>(p->chains[2].steps[1]).relative);
  EXPECT_FALSE(p->fast_pattern.has_value() && p->fast_pattern->chain != 2);
}

TEST(RuleProgramBuilder, FirstRelativePcreIsAllowedInAStickyBufferOnly) {
  auto sticky = buildRule({{"http.uri"}, {"pcre", R"("/^\/x/R")"}});
  ASSERT_TRUE(sticky) << sticky.error().message;
  EXPECT_TRUE(std::get<RulePcre>(sticky->chains[0].steps[0]).relative);
  EXPECT_FALSE(buildRule({{"pcre", R"("/x/R")"}}));
  EXPECT_FALSE(buildRule({{"pcre", R"("/x/UR")"}})) << "a buffer flag is not a sticky buffer";
}

TEST(RuleProgramBuilder, EverySuricataPcreModifierIsAccepted) {
  const std::pair<char, std::string_view> buffers[] = {
      {'U', "http.uri"},    {'I', "http.uri.raw"},    {'P', "http.request_body"}, {'Q', "http.response_body"},
      {'H', "http.header"}, {'D', "http.header.raw"}, {'M', "http.method"},       {'C', "http.cookie"},
      {'K', "http.cookie"}, {'S', "http.stat_code"},  {'Y', "http.stat_msg"},     {'V', "http.user_agent"},
      {'W', "http.host"},   {'Z', "http.host.raw"}};
  for (auto [flag, buffer] : buffers) {
    const std::string value = std::string("\"/x/") + flag + "\"";
    auto p = buildRule({{"pcre", value}});
    ASSERT_TRUE(p) << flag << ": " << p.error().message;
    EXPECT_EQ(p->chains[0].buffer, buffer) << flag;
  }
  auto perl = buildRule({{"pcre", R"("/a b # comment
/ismxAEGBO")"}});
  ASSERT_TRUE(perl) << perl.error().message;
  EXPECT_EQ(perl->chains[0].buffer, "pkt_data");
  auto captures = buildRule({{"pcre", R"("/(a)\/b/, flow:name/x, pkt:other")"}});
  ASSERT_TRUE(captures) << captures.error().message;
}

TEST(RuleProgramBuilder, BadPcresAreRefused) {
  EXPECT_EQ(errorOf({{"pcre", R"("/x/J")"}}), "pcre: unknown flag 'J'");
  EXPECT_NE(errorOf({{"pcre", R"("/(x/")"}}).find("pcre: does not compile"), std::string::npos);
  EXPECT_NE(errorOf({{"pcre", R"("/x/UH")"}}).find("pcre: flags name two buffers"), std::string::npos);
  EXPECT_NE(errorOf({{"pcre", "/x/"}}).find("must be quoted"), std::string::npos);
  EXPECT_NE(errorOf({{"http.header"}, {"pcre", R"("/x/U")"}}).find("but the sticky buffer is http.header"),
            std::string::npos);
}

TEST(RuleProgramBuilder, FastPatternExplicitWinsThenPriorityThenLengthThenStrength) {
  auto explicit_fp = buildRule({{"content", R"("a-long-payload-content")"}, {"content", R"("ab")"}, {"fast_pattern"}});
  ASSERT_TRUE(explicit_fp);
  ASSERT_TRUE(explicit_fp->fast_pattern);
  EXPECT_EQ(explicit_fp->fast_pattern->bytes, "ab");

  auto priority = buildRule({{"content", R"("a-long-payload-content")"}, {"http.uri"}, {"content", R"("/x")"}});
  ASSERT_TRUE(priority);
  EXPECT_EQ(priority->fast_pattern->bytes, "/x") << "http.uri has a better priority than pkt_data";
  EXPECT_EQ(priority->chains[priority->fast_pattern->chain].buffer, "http.uri");

  auto method_low = buildRule({{"http.method"}, {"content", R"("POST")"}, {"http.uri"}, {"content", R"("/a")"}});
  ASSERT_TRUE(method_low);
  EXPECT_EQ(method_low->fast_pattern->bytes, "/a") << "http.method ranks with pkt_data, below http.uri";

  auto longest = buildRule({{"content", R"("abc")"}, {"content", R"(!"abcdefgh")"}, {"content", R"("abcde")"}});
  ASSERT_TRUE(longest);
  EXPECT_EQ(longest->fast_pattern->bytes, "abcde") << "longest positive content; the negated one is ignored";
  EXPECT_EQ(longest->fast_pattern->step, 2u);

  auto strength = buildRule({{"content", R"("aaaa")"}, {"content", R"("a|00|b.")"}});
  ASSERT_TRUE(strength);
  EXPECT_EQ(strength->fast_pattern->bytes, std::string("a\0b.", 4)) << "equal length: more diverse bytes win";

  auto tie = buildRule({{"content", R"("abcd")"}, {"content", R"("efgh")"}});
  ASSERT_TRUE(tie);
  EXPECT_EQ(tie->fast_pattern->bytes, "abcd") << "a full tie: first in rule order";

  auto pcre_only = buildRule({{"pcre", R"("/x+/")"}});
  ASSERT_TRUE(pcre_only);
  EXPECT_FALSE(pcre_only->fast_pattern);
}

TEST(RuleProgramBuilder, FastPatternOnlyAndChop) {
  auto only = buildRule({{"content", R"("abcdef")"}, {"fast_pattern", "only"}, {"nocase"}});
  ASSERT_TRUE(only);
  EXPECT_TRUE(only->fast_pattern->only);
  EXPECT_TRUE(only->fast_pattern->nocase);
  auto chop = buildRule({{"content", R"("abcdef")"}, {"fast_pattern", "2,3"}});
  ASSERT_TRUE(chop);
  EXPECT_EQ(chop->fast_pattern->bytes, "cde");
  EXPECT_EQ(errorOf({{"content", R"("abc")"}, {"fast_pattern", "2,3"}}),
            "fast_pattern: offset + length is beyond the content");
}

TEST(RuleProgramBuilder, TransformsFollowTheirStickyBuffer) {
  auto p = buildRule({{"dns.query"}, {"dotprefix"}, {"to_lowercase"}, {"content", R"(".example.com")"}, {"endswith"}});
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->chains.size(), 1u);
  EXPECT_EQ(p->chains[0].transforms,
            (std::vector<RuleTransform>{RuleTransform::DotPrefix, RuleTransform::ToLowercase}));
  EXPECT_TRUE(contentAt(*p, 0, 0).endswith);

  EXPECT_NE(errorOf({{"http.uri"}, {"content", R"("a")"}, {"url_decode"}}).find("url_decode: a transform must follow"),
            std::string::npos);
  EXPECT_EQ(errorOf({{"http.uri"}, {"pcrexform", R"("x")"}}), "pcrexform: this transform is not supported");

  auto xored = buildRule({{"pkt_data"}, {"xor", R"("0d0a")"}, {"content", R"("x")"}});
  ASSERT_TRUE(xored) << xored.error().message;
  EXPECT_EQ(xored->chains[0].xor_key, "\r\n");
  EXPECT_NE(errorOf({{"xor", R"("0d0")"}}).find("xor: needs an even number"), std::string::npos);

  auto two = buildRule({{"http.uri"}, {"content", R"("A")"}, {"http.uri"}, {"to_lowercase"}, {"content", R"("b")"}});
  ASSERT_TRUE(two);
  EXPECT_EQ(two->chains.size(), 2u) << "the same buffer with other transforms is its own chain";
}

TEST(RuleProgramBuilder, BsizeFormsParse) {
  using Mode = RuleBsize::Mode;
  struct Case {
    std::string_view text;
    Mode mode;
    uint64_t a, b;
  };
  const Case cases[] = {{"19", Mode::Equal, 19, 0},
                        {"=0x13", Mode::Equal, 19, 0},
                        {"!20", Mode::NotEqual, 20, 0},
                        {"!=20", Mode::NotEqual, 20, 0},
                        {">21", Mode::Greater, 21, 0},
                        {">=21", Mode::GreaterEqual, 21, 0},
                        {"<22", Mode::Less, 22, 0},
                        {"<=22", Mode::LessEqual, 22, 0},
                        {"19-22", Mode::Range, 19, 22},
                        {"!19-22", Mode::NotRange, 19, 22},
                        {"19<>22", Mode::Range, 19, 22},
                        {"&0xc0=0x80", Mode::MaskEqual, 0xc0, 0x80},
                        {"&0xc0!=0", Mode::MaskNotEqual, 0xc0, 0},
                        {"2kb", Mode::Equal, 2048, 0}};
  for (const Case& c : cases) {
    auto p = buildRule({{"http.uri"}, {"bsize", c.text}});
    ASSERT_TRUE(p) << c.text << ": " << p.error().message;
    const auto& b = std::get<RuleBsize>(p->chains[0].steps[0]);
    EXPECT_EQ(b.mode, c.mode) << c.text;
    EXPECT_EQ(b.a, c.a) << c.text;
    EXPECT_EQ(b.b, c.b) << c.text;
  }
  EXPECT_NE(errorOf({{"bsize", "abc"}}).find("bsize: 'abc' is not an unsigned integer"), std::string::npos);
  EXPECT_NE(errorOf({{"bsize", "9-3"}}).find("bsize: a range needs"), std::string::npos);
  EXPECT_NE(errorOf({{"http.host"}, {"content", R"("abcdef")"}, {"bsize", "<5"}}).find("can never hold"),
            std::string::npos);
}

TEST(RuleProgramBuilder, UrilenBecomesASizeCheckOnTheUri) {
  auto p = buildRule({{"urilen", "5<>10,raw"}});
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->chains[0].buffer, "http.uri.raw");
  EXPECT_EQ(std::get<RuleBsize>(p->chains[0].steps[0]).mode, RuleBsize::Mode::Range);
}

TEST(RuleProgramBuilder, ByteKeywordsParse) {
  auto p = buildRule({{"content", R"("LEN")"},
                      {"byte_test", "2, !<=, 0x100, 1, relative, little, bitmask 0x0ff0"},
                      {"byte_test", "4,>,1000,0,relative,string,dec"},
                      {"byte_jump", "2,0,relative,multiplier 2,align,post_offset -1,little"},
                      {"byte_extract", "1,0,size,relative"},
                      {"content", R"("X")"},
                      {"distance", "size"},
                      {"isdataat", "!size,relative"}});
  ASSERT_TRUE(p) << p.error().message;
  const auto& steps = p->chains[0].steps;
  ASSERT_EQ(steps.size(), 7u);
  const auto& t = std::get<RuleByteTest>(steps[1]);
  EXPECT_EQ(t.bytes, 2);
  EXPECT_TRUE(t.negated);
  EXPECT_EQ(t.op, RuleByteOp::LessEqual);
  EXPECT_EQ(t.value.literal, 0x100);
  EXPECT_TRUE(t.relative);
  EXPECT_TRUE(t.little_endian);
  EXPECT_EQ(t.bitmask, 0x0ff0u);
  EXPECT_EQ(std::get<RuleByteTest>(steps[2]).base, RuleNumberBase::Dec);
  const auto& j = std::get<RuleByteJump>(steps[3]);
  EXPECT_EQ(j.multiplier, 2u);
  EXPECT_TRUE(j.align);
  EXPECT_EQ(j.post_offset, -1);
  EXPECT_EQ(std::get<RuleByteExtract>(steps[4]).variable, 0);
  EXPECT_EQ(contentAt(*p, 0, 5).distance_var, 0);
  EXPECT_TRUE(std::get<RuleIsDataAt>(steps[6]).negated);
  EXPECT_TRUE(std::get<RuleIsDataAt>(steps[6]).offset.isVariable());
}

TEST(RuleProgramBuilder, BadByteKeywordsAreRefused) {
  EXPECT_EQ(errorOf({{"byte_test", "2,=,1,0,dce"}}), "byte_test: dce (DCE/RPC byte order) is not supported");
  EXPECT_EQ(errorOf({{"byte_test", "9,=,1,0"}}), "byte_test: more than 8 bytes needs the string option");
  EXPECT_NE(errorOf({{"byte_test", "2,~,1,0"}}).find("byte_test: unknown operator"), std::string::npos);
  EXPECT_NE(errorOf({{"byte_test", "2,=,missing,0"}}).find("byte_test: unknown variable 'missing'"), std::string::npos);
  EXPECT_EQ(errorOf({{"byte_jump", "2"}}), "byte_jump: needs <bytes>, <offset>");
  EXPECT_EQ(errorOf({{"byte_jump", "2,0,from_beginning,from_end"}}),
            "byte_jump: from_beginning and from_end exclude each other");
  EXPECT_NE(errorOf({{"byte_extract", "1,0,v"}, {"byte_extract", "1,1,v"}}).find("defined twice"), std::string::npos);
  EXPECT_NE(errorOf({{"content", R"("a")"}, {"distance", "nosuch"}}).find("distance: unknown variable"),
            std::string::npos);
  EXPECT_EQ(errorOf({{"base64_decode", "bytes 10"}}),
            "base64_decode: without base64_data it never alerts (Suricata needs both)");
  EXPECT_EQ(errorOf({{"byte_math", "bytes 1, offset 0, oper %, rvalue 1, result v"}}),
            "byte_math: oper must be one of + - * / << >>, not '%'");
  EXPECT_EQ(errorOf({{"byte_math", "bytes 1, offset 0, oper +, rvalue 1"}}),
            "byte_math: needs bytes, offset, oper, rvalue and result");
}

TEST(RuleProgramBuilder, NonPayloadKeywordsAreNotMine) {
  RuleProgramBuilder builder;
  for (std::string_view keyword : {"msg", "sid", "flow", "flowbits", "classtype", "dsize", "dataset", "threshold"}) {
    auto took = builder.add(keyword, "x");
    ASSERT_TRUE(took) << keyword;
    EXPECT_EQ(*took, RuleProgramBuilder::Took::NotMine) << keyword;
  }
  auto took = builder.add("rawbytes", "");
  EXPECT_FALSE(took) << "rawbytes still needs a content to modify";
}

}  // namespace
}  // namespace tapwatch
