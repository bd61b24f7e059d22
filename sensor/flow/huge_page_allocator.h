#pragma once
// HugePageAllocator: a std::allocator for big arrays read at random on the
// packet path (the flow table's index). An array of at least 2 MiB is
// 2 MiB-aligned, rounded up to whole 2 MiB and advised MADV_HUGEPAGE, so a
// lookup costs one cache miss and no TLB miss: a 2 MiB index on 4 KiB pages
// is 512 pages, and a random slot is nearly always outside the TLB (perf: the
// look-ahead's prefetch of the slot was the costliest instruction of
// Worker::queuePacket). Arrays under 1 MiB use ordinary pages (the rounding
// would cost more memory than the TLB saves). Best effort: with THP "never" the advice is
// refused and nothing else changes. Only growth allocates, never a packet.
#include <sys/mman.h>

#include <cstddef>
#include <new>

namespace tapwatch {

inline constexpr size_t kHugePageBytes = size_t{2} << 20;

template <typename T>
struct HugePageAllocator {
  using value_type = T;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>& /*other*/) {}  // NOLINT(google-explicit-constructor): allocator rebind

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (!huge(bytes)) return static_cast<T*>(::operator new(bytes));
    void* raw = ::operator new (roundUp(bytes), std::align_val_t{kHugePageBytes});
    madvise(raw, roundUp(bytes), MADV_HUGEPAGE);
    return static_cast<T*>(raw);
  }
  void deallocate(T* p, size_t n) {
    if (!huge(n * sizeof(T))) ::operator delete(static_cast<void*>(p));
    else ::operator delete (static_cast<void*>(p), std::align_val_t{kHugePageBytes});
  }

  template <typename U>
  bool operator==(const HugePageAllocator<U>& /*other*/) const {
    return true;
  }

 private:
  static bool huge(size_t bytes) { return bytes >= kHugePageBytes / 2; }
  // Whole huge pages: the tail of a partial one would fall back to 4 KiB pages.
  static size_t roundUp(size_t bytes) { return (bytes + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes; }
};

}  // namespace tapwatch
