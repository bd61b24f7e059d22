// Result/Error: what the control plane prints for an error, and the value /
// error channel callers branch on.
#include "common/result.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace tapwatch {
namespace {

TEST(ErrorDescribe, FullLocationReadsFileLineColumnMessage) {
  EXPECT_EQ(makeError("unknown key 'colour'", {"sigs/a.yaml", 5, 7}).describe(),
            "sigs/a.yaml:5:7: unknown key 'colour'");
}

TEST(ErrorDescribe, UnknownColumnLeavesItOut) {
  EXPECT_EQ(makeError("bad value", {"a.yaml", 12, 0}).describe(), "a.yaml:12: bad value");
}

TEST(ErrorDescribe, UnknownLineLeavesLineAndColumnOut) {
  EXPECT_EQ(makeError("cannot open", {"a.yaml", 0, 0}).describe(), "a.yaml: cannot open");
  // A column without a line points nowhere, so it is not printed either.
  EXPECT_EQ(makeError("cannot open", {"a.yaml", 0, 9}).describe(), "a.yaml: cannot open");
}

TEST(ErrorDescribe, NoFileIsJustTheMessage) {
  EXPECT_EQ(makeError("out of memory").describe(), "out of memory");
  EXPECT_EQ(makeError("out of memory", {"", 3, 4}).describe(), "out of memory");
}

TEST(ErrorDescribe, KeyPathStandsInForTheFile) {
  // Config checks name the key instead of a file: "privileges.group: ...".
  EXPECT_EQ(makeError("needs privileges.user", {"privileges.group"}).describe(),
            "privileges.group: needs privileges.user");
}

TEST(MakeError, KeepsMessageAndLocation) {
  const Error e = makeError("m", {"f", 1, 2});
  EXPECT_EQ(e.message, "m");
  EXPECT_EQ(e.where.file, "f");
  EXPECT_EQ(e.where.line, 1u);
  EXPECT_EQ(e.where.column, 2u);
  const Error bare = makeError("m");
  EXPECT_TRUE(bare.where.file.empty());
  EXPECT_EQ(bare.where.line, 0u);
  EXPECT_EQ(bare.where.column, 0u);
}

TEST(Result, ValueIsOkAndReachableEveryWay) {
  Result<std::string> r(std::string("hello"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(static_cast<bool>(r));
  EXPECT_EQ(r.value(), "hello");
  EXPECT_EQ(*r, "hello");
  EXPECT_EQ(r->size(), 5u);
  r.value() += " world";  // value() is a reference into the result
  EXPECT_EQ(*r, "hello world");
}

TEST(Result, ErrorIsNotOkAndCarriesTheError) {
  Result<int> r = makeError("nope", {"x.yaml", 2, 3});
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(static_cast<bool>(r));
  EXPECT_EQ(r.error().message, "nope");
  EXPECT_EQ(r.error().describe(), "x.yaml:2:3: nope");
}

TEST(Result, RvalueValueMovesOut) {
  Result<std::unique_ptr<int>> r(std::make_unique<int>(42));
  std::unique_ptr<int> taken = std::move(r).value();
  ASSERT_NE(taken, nullptr);
  EXPECT_EQ(*taken, 42);
}

TEST(Status, OkAndErrorAreDistinguished) {
  const Status good = Ok{};
  EXPECT_TRUE(good.ok());
  const Status bad = makeError("disk full");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().describe(), "disk full");
}

}  // namespace
}  // namespace tapwatch
