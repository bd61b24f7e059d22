// Case-folded scanning (detect/case_fold.h): the fold table agrees with
// Hyperscan's caseless matching, rewritten expressions on folded text match
// exactly what the caseless originals match on the original text, and a
// folded database's case-sensitive part is merged in offset order.
#include "detect/case_fold.h"

#include <gtest/gtest.h>
#include <hs.h>

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "detect/hs_handles.h"
#include "detect_test_util.h"

namespace tapwatch {
namespace {

using test::buildSet;
using test::RecordingSink;

std::string utf8(uint32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

std::string folded(const std::string& text) {
  std::string out(text.size(), '\0');
  foldText(reinterpret_cast<const uint8_t*>(text.data()), text.size(), reinterpret_cast<uint8_t*>(out.data()));
  return out;
}

using Matches = std::set<std::pair<unsigned, unsigned long long>>;  // (id, end offset)

int collect(unsigned id, unsigned long long, unsigned long long to, unsigned, void* ctx) {
  static_cast<Matches*>(ctx)->emplace(id, to);
  return 0;
}

// Block-mode matches of `exprs` (one id each) over `text`.
Matches scanWith(const std::vector<std::string>& exprs, const std::vector<unsigned>& flags, const std::string& text) {
  std::vector<const char*> texts;
  std::vector<unsigned> ids;
  for (size_t i = 0; i < exprs.size(); ++i) texts.push_back(exprs[i].c_str()), ids.push_back(static_cast<unsigned>(i));
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  const hs_error_t rc = hs_compile_multi(texts.data(), flags.data(), ids.data(), static_cast<unsigned>(texts.size()),
                                         HS_MODE_BLOCK, nullptr, &db, &error);
  HsCompileErrorPtr error_owner(error);
  EXPECT_EQ(rc, HS_SUCCESS) << (error ? error->message : "");
  if (rc != HS_SUCCESS) return {};
  HsDatabasePtr db_owner(db);
  hs_scratch_t* scratch = nullptr;
  EXPECT_EQ(hs_alloc_scratch(db, &scratch), HS_SUCCESS);
  HsScratchPtr scratch_owner(scratch);
  Matches out;
  hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, collect, &out);
  return out;
}

bool isKeyboardFolded(uint32_t cp) {
  for (size_t i = 0; i < kKeyboardFoldPairCount; ++i)
    if (kKeyboardFoldPairs[i].from == cp) return true;
  return false;
}

TEST(DetectCaseFold, FoldKeepsLengthAndLowersEveryScript) {
  const std::string text = "ПРИВЕТ Straße ÀÉÎ ÇĞŞ ӘҒҚҢӨҰҮҺІ ЎҲ ΣΑΣ ẞ İ 😀 Ab";
  const std::string out = folded(text);
  ASSERT_EQ(out.size(), text.size());
  // ẞ and İ fold to other lengths: kept. The region's letters fold on to the Russian keyboard's (і stays).
  EXPECT_EQ(out, "привет straße àéî çğş агкноуухі ух σασ ẞ İ 😀 ab");
  // A sequence cut off at the end of the piece, and invalid bytes, are copied as they are.
  EXPECT_EQ(folded("AБ\xD0"), "aб\xD0");
  EXPECT_EQ(folded("\x80\xFFZ"), "\x80\xFFz");
}

// Every letter of the scripts the packs use: the table folds two characters
// together exactly when Hyperscan's caseless UTF-8 matching equates them,
// apart from the documented characters whose fold has another length.
TEST(DetectCaseFold, TableAgreesWithHyperscanCaselessMatching) {
  std::vector<uint32_t> cps;
  for (uint32_t cp = 0x41; cp < 0x530; ++cp)
    if (cp < 0x7B || cp >= 0xC0) cps.push_back(cp);
  for (uint32_t cp = 0x1E00; cp < 0x2000; ++cp) cps.push_back(cp);
  for (uint32_t cp : {0x212Au, 0x212Bu, 0x2126u, 0x017Fu, 0x1E9Eu, 0x1FBEu, 0x1C80u}) cps.push_back(cp);
  const std::set<uint32_t> other_length{0x212A, 0x212B, 0x2126, 0x017F, 0x1E9E, 0x1FBE, 0x1C80};
  std::vector<std::string> exprs;
  std::string text;
  std::vector<size_t> end_of;  // offset just after character i in `text`
  for (uint32_t cp : cps) {
    exprs.push_back("\\x{" + [&] {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%x", cp);
      return std::string(buf);
    }() + "}");
    text += utf8(cp);
    end_of.push_back(text.size());
    text += '\n';
  }
  size_t checked = 0;
  for (size_t p = 0; p < cps.size(); ++p) {
    const Matches own = scanWith({exprs[p]}, {HS_FLAG_CASELESS | HS_FLAG_UTF8}, text);
    std::set<uint32_t> hyperscan;
    for (const auto& m : own)
      for (size_t t = 0; t < cps.size(); ++t)
        if (end_of[t] == m.second) hyperscan.insert(cps[t]);
    // The keyboard fold equates letters Hyperscan keeps apart (ә and а): left out here, checked below.
    std::set<uint32_t> table;
    for (uint32_t t : cps)
      if (foldCodepoint(t) == foldCodepoint(cps[p]) && !isKeyboardFolded(t)) table.insert(t);
    if (other_length.count(cps[p]) || isKeyboardFolded(cps[p])) continue;
    for (uint32_t t : other_length) hyperscan.erase(t);
    EXPECT_EQ(hyperscan, table) << "U+" << std::hex << cps[p];
    ++checked;
  }
  EXPECT_GT(checked, 1000u);
}

// Each caseless expression (original flags) and text: the rewritten
// expression on the folded text matches at exactly the same offsets.
TEST(DetectCaseFold, RewrittenExpressionsMatchLikeTheCaselessOriginals) {
  const std::vector<std::pair<std::string, unsigned>> exprs = {
      {"ваше видео", HS_FLAG_UTF8},
      {"ВАШЕ\\s+ВИДЕО", HS_FLAG_UTF8},
      {"b\\W?[iі]\\W?t\\W?[cс]\\W?[оo]\\W?[iі]\\W?n", HS_FLAG_UTF8},
      {"[А-ЯЁ]{3}\\s\\d", HS_FLAG_UTF8},
      {"[^а-яё\\s]{2}", HS_FLAG_UTF8},
      {"(?:^|[^\\p{L}\\p{N}])мвф", HS_FLAG_UTF8},
      {"\\bIMF\\b|Straße|ÇOK\\s+TEŞEKKÜR", HS_FLAG_UTF8},
      {"\\x{0416}\\x{0443}", HS_FLAG_UTF8},
      {"\\x41\\x{62}c", HS_FLAG_UTF8},
      {"(\\$|\\xe2\\x82\\xac)\\s?\\d+\\s*(million|MIO)", 0},
      {"[A-Z]{2}\\d", 0},
      {"[^a-z ]{3}", 0},
      {"σας|ΣΑΣ", HS_FLAG_UTF8},
      {"[ђ-ќ]+ 5", HS_FLAG_UTF8},  // no keyboard-folded letter inside (see the keyboard test)
  };
  const std::string text =
      "Я ЗАПИСАЛ Ваше Видео. B.I.T.С.О.І.N and bitcoin ВЫК 5, ЁЖИ 7 !! 12 МВФ и мвф (IMF) STRASSE Straße "
      "çok teşekkür Жу жУ ABc abc € 5 Mio $10 MILLION AB1 ab2 #$% ΣΑΣ σας ЂЉЊ 5 ПРИВЕТ 5";
  std::vector<std::string> original, rewritten;
  std::vector<unsigned> original_flags, rewritten_flags;
  for (const auto& [expr, flags] : exprs) {
    const auto out = foldExpression(expr, flags | HS_FLAG_CASELESS);
    ASSERT_TRUE(out) << expr;
    original.push_back(expr);
    original_flags.push_back(flags | HS_FLAG_CASELESS);
    rewritten.push_back(*out);
    rewritten_flags.push_back(flags);
  }
  for (size_t i = 0; i < exprs.size(); ++i) {
    const Matches want = scanWith({original[i]}, {original_flags[i]}, text);
    const Matches got = scanWith({rewritten[i]}, {rewritten_flags[i]}, folded(text));
    EXPECT_FALSE(want.empty()) << original[i];
    EXPECT_EQ(got, want) << original[i] << " -> " << rewritten[i];
  }
}

// The keyboard fold (case_fold.h): each of the region's letters, in either
// case, folds to its Russian stand-in, and an expression written with the
// region's letters matches the text typed with the stand-ins, at the same
// offsets; a class holding a stand-in also holds the letter.
TEST(DetectCaseFold, KeyboardFoldReadsTheRegionsLettersTypedInRussian) {
  ASSERT_EQ(kKeyboardFoldPairCount, 26u);
  for (size_t i = 0; i < kKeyboardFoldPairCount; ++i) {
    const CaseFoldPair& p = kKeyboardFoldPairs[i];
    EXPECT_EQ(foldCodepoint(p.from), p.to) << std::hex << p.from;
    EXPECT_EQ(utf8(p.from).size(), utf8(p.to).size());
    if (i > 0) {
      EXPECT_LT(kKeyboardFoldPairs[i - 1].from, p.from);
    }
  }
  EXPECT_EQ(foldCodepoint(0x0456), 0x0456u);  // Kazakh і stays
  const std::string text = "ТОЛЕМ толем төлем кызмет Тулов ЧАВОБ чавоб ұтыс утыс";
  // (expression, what it must match: the same written for either spelling, caseless, on the original text)
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"төлем", "т[оө]лем"}, {"қызмет", "[кқ]ызмет"}, {"тўлов", "т[уў]лов"},
      {"ҷавоб", "[чҷ]авоб"}, {"[ұү]тыс", "[уұү]тыс"}, {"[а-яё]+ем", "[а-яёө]+ем"},
  };
  for (const auto& [expr, plain] : cases) {
    const auto rewritten = foldExpression(expr, HS_FLAG_CASELESS | HS_FLAG_UTF8);
    ASSERT_TRUE(rewritten) << expr;
    const Matches got = scanWith({*rewritten}, {HS_FLAG_UTF8}, folded(text));
    const Matches want = scanWith({plain}, {HS_FLAG_CASELESS | HS_FLAG_UTF8}, text);
    EXPECT_FALSE(want.empty()) << plain;
    EXPECT_EQ(got, want) << expr << " -> " << *rewritten;
  }
}

TEST(DetectCaseFold, RefusesWhatItCannotRewrite) {
  for (const char* expr : {"(?i)abc", "(?-i:ab)", "\\p{Lu}+", "[[:upper:]]", "(a)\\1", "\\Qa.b\\E", "\\cA"})
    EXPECT_FALSE(foldExpression(expr, HS_FLAG_CASELESS | HS_FLAG_UTF8)) << expr;
  // Byte mode leaves non-ASCII letters as bytes, the folded text would not: refused.
  EXPECT_FALSE(foldExpression("\\xd0\\x96", HS_FLAG_CASELESS));
  EXPECT_FALSE(foldExpression("Ж", HS_FLAG_CASELESS));
  EXPECT_TRUE(foldExpression("\\xe2\\x82\\xac", HS_FLAG_CASELESS));  // € has no case
}

class DetectFoldedScan : public ::testing::Test {
 protected:
  DetectStats stats;
  ScanScratch scratch{stats};
  RecordingSink sink;
};

// A set with caseless Cyrillic and a case-sensitive pattern on one streaming
// field: folded database plus exact part, and the signature fires at the
// match that completes it, whichever database reports it.
TEST_F(DetectFoldedScan, CaseSensitivePartIsMergedInOffsetOrder) {
  auto set = buildSet(R"(signatures:
  - id: 1
    name: x
    fields: [smtp.body_text]
    patterns: [{id: a, regex: 'ПЕРЕВОД', flags: [caseless]}, {id: b, regex: 'XyZ'}]
    condition: "a and b"
)",
                      DetectOptions{8});
  ASSERT_TRUE(set);
  const PatternDatabase& db = set->database(Field::SmtpBodyText).patterns;
  EXPECT_TRUE(db.folded);
  EXPECT_TRUE(db.exact);
  ASSERT_TRUE(scratch.prepare(*set));
  auto run = [&](const std::vector<std::string>& pieces) {
    sink.hits.clear();
    ScopeScan scan(set, fieldInfo(Field::SmtpBodyText).scope);
    for (size_t i = 0; i < pieces.size(); ++i)
      scan.scan(scratch, Field::SmtpBodyText, 0, asBytes(pieces[i]), i + 1 == pieces.size(), sink);
    scan.close(scratch, sink);
    return sink.hits.empty() ? std::string("-") : sink.hits[0].excerpt;
  };
  // The case-sensitive match comes last: the excerpt ends there, not at the folded match.
  EXPECT_EQ(run({"перевод ... 12345 XyZ"}), "2345 XyZ");
  EXPECT_EQ(run({"xyz Перевод XyZ ..."}), "од XyZ");
  // The folded match comes last.
  EXPECT_EQ(run({"XyZ 1234567 ПеРеВоД!"}), "еВоД");  // excerpts show the original bytes
  EXPECT_EQ(run({"XYZ перевод"}), "-");              // case-sensitive stays case-sensitive
  EXPECT_EQ(run({"XyZ пере", "вод"}), "евод");
  // A character cut between two calls (a TCP segment ends anywhere) is folded whole.
  EXPECT_EQ(run({"XyZ ПЕРЕ\xD0", "\x92ОД"}), "ЕВОД");
  EXPECT_EQ(run({"XyZ ПЕРЕВО", "\xD0", "\x94 ."}), "ЕВОД");
}

// A Kazakh indicator written with the region's letters fires on the same
// words typed on a Russian keyboard; the excerpt shows the bytes as sent.
TEST_F(DetectFoldedScan, RegionLettersMatchTheirRussianKeyboardStandIns) {
  auto set = buildSet(R"(signatures:
  - id: 1
    name: x
    fields: [smtp.body_text]
    patterns: [{id: a, regex: 'төлем\s+жасаңыз', flags: [caseless]}]
)",
                      DetectOptions{8});
  ASSERT_TRUE(set);
  EXPECT_TRUE(set->database(Field::SmtpBodyText).patterns.folded);
  ASSERT_TRUE(scratch.prepare(*set));
  auto run = [&](const std::string& text) {
    sink.hits.clear();
    ScopeScan scan(set, fieldInfo(Field::SmtpBodyText).scope);
    scan.scan(scratch, Field::SmtpBodyText, 0, asBytes(text), true, sink);
    scan.close(scratch, sink);
    return sink.hits.empty() ? std::string("-") : sink.hits[0].excerpt;
  };
  EXPECT_EQ(run("Бүгін төлем жасаңыз!"), "аңыз");  // the excerpt's last 8 bytes
  EXPECT_EQ(run("Бугин толем жасаныз!"), "аныз");
  EXPECT_EQ(run("БУГИН ТОЛЕМ ЖАСАНЫЗ!"), "АНЫЗ");
  EXPECT_EQ(run("Бугин телем жасаныз!"), "-");  // е is no stand-in for ө
}

TEST_F(DetectFoldedScan, AsciiOnlyCaselessSetsAreNotFolded) {
  auto set = buildSet("signatures:\n  - {id: 1, name: a, fields: [smtp.body_text], patterns: [{regex: 'abc', flags: "
                      "[caseless]}, {regex: 'XyZ'}]}\n");
  ASSERT_TRUE(set);
  EXPECT_FALSE(set->database(Field::SmtpBodyText).patterns.folded);
}

}  // namespace
}  // namespace tapwatch
