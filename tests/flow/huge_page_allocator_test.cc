// HugePageAllocator: arrays of 1 MiB and more start on a 2 MiB boundary (so
// the kernel can back them with huge pages), smaller ones are ordinary heap,
// and a vector using it keeps its contents across growth.
#include "flow/huge_page_allocator.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace tapwatch {
namespace {

struct EightBytes {
  uint32_t a = 0;
  uint32_t b = 0;
};

TEST(HugePageAllocatorTest, BigArraysStartOnAHugePageBoundary) {
  HugePageAllocator<EightBytes> alloc;
  for (size_t n : {size_t{1} << 17, size_t{1} << 18, (size_t{1} << 18) + 3}) {  // 1 MiB, 2 MiB, 2 MiB + 24 bytes
    EightBytes* p = alloc.allocate(n);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % kHugePageBytes, 0u) << n;
    p[n - 1].a = 7;  // the whole array is usable (rounded up, not down)
    alloc.deallocate(p, n);
  }
}

TEST(HugePageAllocatorTest, VectorGrowsAcrossTheThresholdKeepingItsContents) {
  std::vector<EightBytes, HugePageAllocator<EightBytes>> v;
  for (uint32_t i = 0; i < (1u << 18); ++i) v.push_back(EightBytes{i, ~i});
  ASSERT_EQ(v.size(), size_t{1} << 18);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(v.data()) % kHugePageBytes, 0u);
  for (uint32_t i = 0; i < v.size(); i += 4099) {
    EXPECT_EQ(v[i].a, i);
    EXPECT_EQ(v[i].b, ~i);
  }
  v.assign(16, EightBytes{});  // shrinking contents keeps the capacity; no mismatch of new and delete
  EXPECT_EQ(v.size(), 16u);
}

}  // namespace
}  // namespace tapwatch
