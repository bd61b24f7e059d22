// Issue 20: a signature pattern's `list:` file may not leave the directory of
// the signature file naming it (by "../", an absolute path or a symlink)
// unless signatures.allow_list_outside is set.
#include <gtest/gtest.h>

#include <filesystem>

#include "../detect/temp_dir.h"
#include "detect/signature_loader.h"

namespace tapwatch {
namespace {

using test::TempDir;

std::string pack(const std::string& list) {
  return "signatures:\n  - id: 1\n    name: a\n    patterns:\n      - {id: d, list: '" + list + "', kind: domain}\n";
}

Result<SignatureLoad> load(const std::string& yaml, bool allow) {
  RulesOptions options;
  options.allow_list_outside = allow;
  return loadSignatureSet({yaml}, options);
}

TEST(ListConfinement, ParentDirectoryIsRefusedUnlessAllowed) {
  TempDir dir;
  dir.write("outside.txt", "scam.example\n");
  const auto yaml = dir.write("pack/sigs.yaml", pack("../outside.txt"));
  auto refused = load(yaml, false);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("outside the signature directory"), std::string::npos)
      << refused.error().describe();
  EXPECT_NE(refused.error().message.find("signatures.allow_list_outside"), std::string::npos);
  EXPECT_EQ(refused.error().where.line, 5u);  // points at the list: value
  auto allowed = load(yaml, true);
  ASSERT_TRUE(allowed.ok()) << allowed.error().describe();
  EXPECT_EQ(allowed->signatures.at(0).patterns.at(0).list_entries.size(), 1u);
}

TEST(ListConfinement, AbsolutePathOutsideIsRefused) {
  TempDir dir;
  const auto outside = dir.write("elsewhere/list.txt", "scam.example\n");
  const auto yaml = dir.write("pack/sigs.yaml", pack(outside));
  EXPECT_FALSE(load(yaml, false).ok());
}

TEST(ListConfinement, SymlinkLeavingTheDirectoryIsRefused) {
  TempDir dir;
  const auto outside = dir.write("secret.txt", "scam.example\n");
  const auto yaml = dir.write("pack/sigs.yaml", pack("lists/l.txt"));
  std::filesystem::create_directories(dir.path() + "/pack/lists");
  std::filesystem::create_symlink(outside, dir.path() + "/pack/lists/l.txt");
  EXPECT_FALSE(load(yaml, false).ok());
}

TEST(ListConfinement, SubdirectoryAndDotDotThatStaysInsideAreAccepted) {
  TempDir dir;
  dir.write("pack/lists/l.txt", "scam.example\n");
  const auto yaml = dir.write("pack/sigs.yaml", pack("lists/../lists/l.txt"));
  auto result = load(yaml, false);
  ASSERT_TRUE(result.ok()) << result.error().describe();
}

TEST(ListConfinement, ADirectoryWhoseNameExtendsThePackIsNotInside) {
  TempDir dir;
  dir.write("pack2/l.txt", "scam.example\n");
  const auto yaml = dir.write("pack/sigs.yaml", pack("../pack2/l.txt"));
  EXPECT_FALSE(load(yaml, false).ok());
}

}  // namespace
}  // namespace tapwatch
