#pragma once
// Counts every global operator new of a test binary, for the "no heap
// allocation per packet" tests. Include it in exactly one .cc of a binary
// (replacement allocation functions must be defined once, non-inline), and
// give such a test its own binary.
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <new>

inline std::atomic<uint64_t> g_allocations{0};

// How many allocations `fn` makes.
inline uint64_t allocationsDuring(const std::function<void()>& fn) {
  const uint64_t before = g_allocations.load();
  fn();
  return g_allocations.load() - before;
}

// The replacement pair is malloc/free on purpose; GCC cannot see they match.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void* operator new(std::size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return ::operator new(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
// The nothrow forms too (std::stable_sort's temporary buffer uses them): left
// to the runtime, they would be freed by the replaced delete above — an
// alloc/dealloc mismatch under AddressSanitizer.
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(size ? size : 1);
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return ::operator new(size, tag); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
