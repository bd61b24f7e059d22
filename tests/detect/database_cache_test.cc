// The compiled-database cache: a second build of the same set loads every
// database from disk and detects the same; any change recompiles; corrupt,
// foreign or unwritable cache state falls back to compiling, counted.
#include "detect/database_cache.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "detect_test_util.h"

namespace tapwatch {
namespace {
namespace fs = std::filesystem;

using test::buildSet;
using test::RecordingSink;

// smtp.body streams and has no block-mode twin (PatternDatabase::whole, which
// only `stream` gets): one database per field, counted below.
constexpr const char* kSet = R"(signatures:
  - {id: 1, name: a, fields: [smtp.body], patterns: [{literal: "send bitcoin"}]}
  - {id: 2, name: b, fields: [http.uri], patterns: [{regex: '/gate\.php\?id=\d+'}]}
)";

class DetectDatabaseCache : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "tw_cache_test_" + std::to_string(::getpid()) + "_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    options_.cache_dir = dir_;
  }
  void TearDown() override { fs::remove_all(dir_); }
  size_t cacheFiles() const {
    size_t n = 0;
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
      n += it->path().extension() == ".hsdb";
    return n;
  }
  std::vector<uint32_t> hits(const std::shared_ptr<const DetectionSet>& set, Field field, const std::string& text) {
    DetectStats stats;
    ScanScratch scratch(stats);
    EXPECT_TRUE(scratch.prepare(*set));
    RecordingSink sink;
    ScopeScan scan(set, fieldInfo(field).scope);
    scan.scan(scratch, field, 0, asBytes(text), true, sink);
    scan.close(scratch, sink);
    return sink.ids();
  }

  std::string dir_;
  DetectOptions options_;
};

TEST_F(DetectDatabaseCache, SecondBuildLoadsFromDiskAndDetectsTheSame) {
  auto cold = buildSet(kSet, options_);
  ASSERT_TRUE(cold);
  const DatabaseLoadStats& c = cold->loadStats();
  EXPECT_EQ(c.databases, 2u);
  EXPECT_EQ(c.cache_misses, 2u);
  EXPECT_EQ(c.cache_hits, 0u);
  EXPECT_EQ(c.cache_errors, 0u);
  EXPECT_GT(c.compile_seconds, 0.0);
  EXPECT_EQ(cacheFiles(), 2u);

  auto warm = buildSet(kSet, options_);
  ASSERT_TRUE(warm);
  const DatabaseLoadStats& w = warm->loadStats();
  EXPECT_EQ(w.cache_hits, 2u);
  EXPECT_EQ(w.cache_misses, 0u);
  EXPECT_EQ(w.compile_seconds, 0.0);
  EXPECT_EQ(hits(warm, Field::SmtpBody, "please send bitcoin now"), std::vector<uint32_t>{1});
  EXPECT_EQ(hits(warm, Field::HttpUri, "/gate.php?id=42"), std::vector<uint32_t>{2});
  EXPECT_TRUE(hits(warm, Field::HttpUri, "/gate.php?id=x").empty());
}

TEST_F(DetectDatabaseCache, StreamAndItsBlockTwinAreBothCached) {
  const std::string yaml = "signatures:\n  - {id: 1, name: a, patterns: [{literal: \"send bitcoin\"}]}\n";
  auto cold = buildSet(yaml, options_);
  ASSERT_TRUE(cold);
  EXPECT_EQ(cold->loadStats().cache_misses, 2u);  // `stream` in streaming and in block mode
  EXPECT_EQ(cacheFiles(), 2u);
  auto warm = buildSet(yaml, options_);
  ASSERT_TRUE(warm);
  EXPECT_EQ(warm->loadStats().cache_hits, 2u);
  EXPECT_EQ(warm->loadStats().cache_misses, 0u);
  EXPECT_NE(warm->database(Field::Payload).patterns.whole, nullptr);
  EXPECT_EQ(hits(warm, Field::Payload, "please send bitcoin now"), std::vector<uint32_t>{1});
}

TEST_F(DetectDatabaseCache, AnyChangeToPatternsOrFlagsRecompiles) {
  ASSERT_TRUE(buildSet(kSet, options_));
  std::string changed = kSet;
  changed.replace(changed.find("send bitcoin"), 12, "send bitcoins");
  auto set = buildSet(changed, options_);
  ASSERT_TRUE(set);
  EXPECT_EQ(set->loadStats().cache_hits, 1u) << "http.uri is unchanged";
  EXPECT_EQ(set->loadStats().cache_misses, 1u);
  EXPECT_TRUE(hits(set, Field::SmtpBody, "please send bitcoin now").empty());

  std::string caseless = kSet;
  caseless.replace(caseless.find("\"send bitcoin\"}"), 15, "\"send bitcoin\", flags: [caseless]}");
  auto set2 = buildSet(caseless, options_);
  ASSERT_TRUE(set2);
  EXPECT_EQ(set2->loadStats().cache_misses, 1u);
  EXPECT_EQ(hits(set2, Field::SmtpBody, "SEND BITCOIN"), std::vector<uint32_t>{1});
}

TEST_F(DetectDatabaseCache, KeyCoversModeFlagsIdsAndVersion) {
  CompileInput a;
  a.expressions = {"abc"};
  a.flags = {0};
  a.ids = {0};
  CompileInput b = a;
  b.mode = HS_MODE_STREAM;
  CompileInput c = a;
  c.flags = {HS_FLAG_CASELESS};
  CompileInput d = a;
  d.ids = {1};
  const std::string key = cacheKeyMaterial(a);
  EXPECT_NE(key, cacheKeyMaterial(b));
  EXPECT_NE(key, cacheKeyMaterial(c));
  EXPECT_NE(key, cacheKeyMaterial(d));
  EXPECT_NE(key.find(hs_version()), std::string::npos);
  // Length-prefixed: ["ab", "c"] and ["a", "bc"] are different compiles.
  CompileInput e;
  e.expressions = {"ab", "c"};
  e.flags = {0, 0};
  e.ids = {0, 1};
  CompileInput f = e;
  f.expressions = {"a", "bc"};
  EXPECT_NE(cacheKeyMaterial(e), cacheKeyMaterial(f));
}

TEST_F(DetectDatabaseCache, CorruptFilesAreCountedAndReplaced) {
  ASSERT_TRUE(buildSet(kSet, options_));
  for (const auto& entry : fs::directory_iterator(dir_)) {
    std::string bytes;
    {
      std::ifstream in(entry.path(), std::ios::binary);
      bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    bytes.resize(bytes.size() - 100);  // truncated database
    std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << bytes;
  }
  auto set = buildSet(kSet, options_);
  ASSERT_TRUE(set);
  EXPECT_EQ(set->loadStats().cache_errors, 2u);
  EXPECT_EQ(set->loadStats().cache_misses, 2u);
  EXPECT_EQ(hits(set, Field::SmtpBody, "send bitcoin"), std::vector<uint32_t>{1});
  auto again = buildSet(kSet, options_);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->loadStats().cache_hits, 2u) << "the corrupt files were rewritten";
}

TEST_F(DetectDatabaseCache, GarbageUnderACacheNameIsNotLoaded) {
  ASSERT_TRUE(buildSet(kSet, options_));
  for (const auto& entry : fs::directory_iterator(dir_))
    std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << "TWHSDB1";
  auto set = buildSet(kSet, options_);
  ASSERT_TRUE(set);
  EXPECT_EQ(set->loadStats().cache_hits, 0u);
  EXPECT_EQ(set->loadStats().cache_errors, 2u);
}

TEST_F(DetectDatabaseCache, UnusableDirectoryCompilesWithoutCache) {
  std::ofstream(dir_) << "a file where the directory should be";
  options_.cache_dir = dir_ + "/sub";
  auto set = buildSet(kSet, options_);
  ASSERT_TRUE(set) << "an unusable cache never fails the load";
  EXPECT_EQ(set->loadStats().cache_errors, 2u);
  EXPECT_EQ(hits(set, Field::SmtpBody, "send bitcoin"), std::vector<uint32_t>{1});
  fs::remove(dir_);
}

TEST_F(DetectDatabaseCache, NoCacheDirMeansNoFiles) {
  options_.cache_dir.clear();
  auto set = buildSet(kSet, options_);
  ASSERT_TRUE(set);
  EXPECT_EQ(set->loadStats().cache_misses + set->loadStats().cache_hits, 0u);
  EXPECT_FALSE(fs::exists(dir_));
}

// Eviction is least-recently-used: a set loaded again and again (the shipped
// packs on every restart) survives a flood of new small sets.
TEST_F(DetectDatabaseCache, DirectoryIsBoundedAndKeepsTheSetInUse) {
  ASSERT_TRUE(buildSet(kSet, options_));
  for (size_t i = 0; i < kMaxCacheFiles + 6; ++i) {
    const std::string yaml = "signatures:\n  - {id: 1, name: a, fields: [smtp.body], patterns: [{literal: \"word" +
                             std::to_string(i) + "\"}]}\n";
    ASSERT_TRUE(buildSet(yaml, options_));
    if (i == kMaxCacheFiles / 2) {  // used again before the cache is full: a hit, nothing evicted yet
      auto in_use = buildSet(kSet, options_);
      ASSERT_TRUE(in_use);
      ASSERT_EQ(in_use->loadStats().cache_misses, 0u);
    }
  }
  EXPECT_LE(cacheFiles(), kMaxCacheFiles);
  auto again = buildSet(kSet, options_);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->loadStats().cache_misses, 0u) << "the set in use was evicted";
  EXPECT_GT(again->loadStats().cache_hits, 0u);
}

TEST_F(DetectDatabaseCache, CompileErrorsStillNameThePattern) {
  auto sigs = loadSignatureText("signatures:\n  - {id: 9, name: bad, patterns: [{regex: 'a(?=b)'}]}\n", "bad.yaml");
  ASSERT_TRUE(sigs);
  auto set = DetectionSet::build(std::move(*sigs), options_);
  ASSERT_FALSE(set);
  EXPECT_NE(set.error().message.find("signature 9"), std::string::npos) << set.error().describe();
  EXPECT_EQ(cacheFiles(), 0u);
}

}  // namespace
}  // namespace tapwatch
