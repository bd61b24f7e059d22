#include "output/alert_queue.h"

#include <gtest/gtest.h>

#include <thread>

namespace tapwatch {
namespace {

TEST(AlertQueue, BoundedAndFifoForOneProducer) {
  AlertQueue q(4);
  EXPECT_EQ(q.capacity(), 4u);
  for (uint32_t i = 0; i < 4; ++i) {
    AlertRecord r;
    r.signature_id = i;
    ASSERT_TRUE(q.tryPush(r));
  }
  AlertRecord extra;
  extra.eve_json = "kept";
  EXPECT_FALSE(q.tryPush(extra));
  EXPECT_EQ(extra.eve_json, "kept");  // a refused record is not moved from
  AlertRecord out;
  for (uint32_t i = 0; i < 4; ++i) {
    ASSERT_TRUE(q.tryPop(out));
    EXPECT_EQ(out.signature_id, i);
  }
  EXPECT_FALSE(q.tryPop(out));
}

TEST(AlertQueue, ManyProducersLoseNothing) {
  AlertQueue q(64);
  constexpr int kThreads = 4, kPer = 20000;
  std::vector<std::thread> producers;
  for (int t = 0; t < kThreads; ++t) {
    producers.emplace_back([&q, t] {
      for (int i = 0; i < kPer; ++i) {
        AlertRecord r;
        r.signature_id = static_cast<uint32_t>(t);
        r.rev = static_cast<uint32_t>(i);
        while (!q.tryPush(r)) std::this_thread::yield();
      }
    });
  }
  std::vector<int> next(kThreads, 0);
  AlertRecord out;
  int total = 0;
  while (total < kThreads * kPer) {
    if (!q.tryPop(out)) continue;
    // Per producer, order is preserved.
    ASSERT_EQ(static_cast<int>(out.rev), next[out.signature_id]++);
    ++total;
  }
  for (auto& p : producers) p.join();
  EXPECT_FALSE(q.tryPop(out));
}

}  // namespace
}  // namespace tapwatch
