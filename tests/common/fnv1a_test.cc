// fnv1a.h: the published FNV-1a 64 values, and fnv1aOf() hashing key fields
// exactly as mixing their bytes one field after another (the threshold and
// xbits tables' shard choice depends on it).
#include "common/fnv1a.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string_view>

#include "common/ip_address.h"

namespace tapwatch {
namespace {

uint64_t fnv1aOfText(std::string_view text) { return fnv1aMix(kFnv1aOffset, text.data(), text.size()); }

TEST(Fnv1a, PublishedValues) {
  EXPECT_EQ(fnv1aOfText(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(fnv1aOfText("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(fnv1aOfText("foobar"), 0x85944171f73967e8ull);
}

TEST(Fnv1a, FieldsHashAsTheirBytesInOrder) {
  const uint32_t id = 2100001;
  const bool pair = true;
  const IpAddress a = *IpAddress::parse("127.0.0.1");
  const IpAddress b = *IpAddress::parse("::1");
  uint64_t h = kFnv1aOffset;
  h = fnv1aMix(h, &id, sizeof id);
  h = fnv1aMix(h, &pair, sizeof pair);
  h = fnv1aMix(h, a.bytes.data(), a.bytes.size());
  h = fnv1aMix(h, &a.family, 1);
  h = fnv1aMix(h, b.bytes.data(), b.bytes.size());
  h = fnv1aMix(h, &b.family, 1);
  EXPECT_EQ(fnv1aOf(id, pair, a, b), h);
  EXPECT_NE(fnv1aOf(id, pair, b, a), h);  // order counts
  EXPECT_EQ(fnv1aOf(), kFnv1aOffset);
}

}  // namespace
}  // namespace tapwatch
