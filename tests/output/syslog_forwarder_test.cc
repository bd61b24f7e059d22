// Forwarder policy against a scripted transport: order across breaks, spool
// use while down, window re-send, caps counted as drops, stop persisting.
#include "output/syslog_forwarder.h"

#include <gtest/gtest.h>

#include <boost/asio/post.hpp>

#include "test_dir.h"

namespace tapwatch {
namespace {

namespace asio = boost::asio;

// A receiver we control: `up` decides whether connect succeeds; `received`
// is what the receiver really got; `confirm_all` decides whether sent
// messages count as acknowledged.
struct FakeReceiver {
  bool up = false;
  bool confirm_all = true;
  std::vector<std::string> received;
};

class FakeTransport : public SyslogTransport {
 public:
  FakeTransport(asio::io_context& io, FakeReceiver& rx) : io_(io), rx_(rx) {}
  void connect(Done done, Done on_broken) override {
    sent_ = confirmed_ = 0;
    on_broken_ = std::move(on_broken);
    const bool ok = rx_.up;
    asio::post(io_, [done, ok] { done(ok ? "" : "refused"); });
  }
  void send(std::vector<std::string> batch, Done done) override {
    const bool ok = rx_.up;
    if (ok) {
      for (auto& m : batch) rx_.received.push_back(m);
      sent_ += batch.size();
      if (rx_.confirm_all) confirmed_ = sent_;
    }
    asio::post(io_, [done, ok] { done(ok ? "" : "broken"); });
  }
  uint64_t confirmed() override { return confirmed_; }
  void finish(Done done) override { done(""); }
  void close() override {}
  void breakNow() {
    if (on_broken_) on_broken_("receiver went away");
  }

 private:
  asio::io_context& io_;
  FakeReceiver& rx_;
  Done on_broken_;
  uint64_t sent_ = 0, confirmed_ = 0;
};

class ForwarderTest : public ::testing::Test {
 protected:
  std::unique_ptr<SyslogForwarder> make(size_t queue_max = 1000, bool with_spool = true,
                                        uint64_t spool_bytes = 1 << 20) {
    auto t = std::make_unique<FakeTransport>(io, rx);
    transport = t.get();
    std::unique_ptr<SyslogSpool> spool;
    if (with_spool) {
      SpoolOptions o;
      o.dir = dir.path() + "/spool";
      o.max_bytes = spool_bytes;
      o.segment_bytes = 4096;
      spool = std::move(SyslogSpool::open(o).value());
    }
    return std::make_unique<SyslogForwarder>(io, std::move(t), std::move(spool), SyslogFormatOptions{}, queue_max,
                                             stats);
  }
  void runFor(std::chrono::milliseconds d) {
    io.restart();
    io.run_for(d);
  }
  void stopAndRun(SyslogForwarder& f) {
    bool done = false;
    f.stop(std::chrono::milliseconds(500), [&] { done = true; });
    io.restart();
    while (!done && io.run_one_for(std::chrono::seconds(2))) {
    }
    ASSERT_TRUE(done);
  }
  static std::vector<std::string> seq(int from, int to) {
    std::vector<std::string> v;
    for (int i = from; i < to; ++i) v.push_back("m" + std::to_string(i));
    return v;
  }

  TestDir dir;
  asio::io_context io;
  FakeReceiver rx;
  FakeTransport* transport = nullptr;
  OutputStats stats;
};

TEST_F(ForwarderTest, DownAtStartThenUpDeliversEverythingInOrder) {
  auto f = make();
  f->start();
  for (int i = 0; i < 20; ++i) f->enqueue(std::string("m").append(std::to_string(i)));
  runFor(std::chrono::milliseconds(50));
  EXPECT_TRUE(rx.received.empty());
  EXPECT_EQ(stats.syslog_spooled.value(), 20u);
  EXPECT_EQ(stats.syslog_connected.value(), 0u);
  rx.up = true;
  runFor(std::chrono::milliseconds(400));  // backoff retry connects
  EXPECT_EQ(stats.syslog_connected.value(), 1u);
  for (int i = 20; i < 30; ++i) f->enqueue(std::string("m").append(std::to_string(i)));
  runFor(std::chrono::milliseconds(100));
  EXPECT_EQ(rx.received, seq(0, 30));
  EXPECT_EQ(stats.syslog_resent.value(), 20u);
  EXPECT_EQ(stats.syslog_sent.value(), 10u);
  EXPECT_EQ(stats.syslog_dropped.value(), 0u);
  stopAndRun(*f);
}

TEST_F(ForwarderTest, UnconfirmedWindowIsResentAfterABreakBeforeNewerMessages) {
  rx.up = true;
  rx.confirm_all = false;  // the receiver's kernel never acknowledged these
  auto f = make();
  f->start();
  runFor(std::chrono::milliseconds(20));
  for (int i = 0; i < 5; ++i) f->enqueue(std::string("m").append(std::to_string(i)));
  runFor(std::chrono::milliseconds(20));
  ASSERT_EQ(rx.received, seq(0, 5));
  rx.received.clear();  // they were lost in the receiver's buffers
  rx.up = false;
  transport->breakNow();
  for (int i = 5; i < 8; ++i) f->enqueue(std::string("m").append(std::to_string(i)));
  rx.up = true;
  rx.confirm_all = true;
  runFor(std::chrono::milliseconds(400));
  EXPECT_EQ(rx.received, seq(0, 8));
  stopAndRun(*f);
}

TEST_F(ForwarderTest, MixedSpoolAndMemoryWindowIsResentInAgeOrder) {
  auto f = make();
  f->start();
  for (int i = 0; i < 5; ++i) f->enqueue(std::string("m").append(std::to_string(i)));  // down: spooled
  rx.up = true;
  rx.confirm_all = false;
  runFor(std::chrono::milliseconds(400));
  for (int i = 5; i < 9; ++i) f->enqueue(std::string("m").append(std::to_string(i)));  // up, spool drained: from memory
  runFor(std::chrono::milliseconds(50));
  ASSERT_EQ(rx.received, seq(0, 9));
  EXPECT_EQ(f->inFlight(), 9u);  // nothing confirmed: 5 from the spool, 4 from memory
  rx.received.clear();
  rx.up = false;
  transport->breakNow();
  f->enqueue("m9");
  rx.up = true;
  rx.confirm_all = true;
  runFor(std::chrono::milliseconds(500));
  EXPECT_EQ(rx.received, seq(0, 10));
  stopAndRun(*f);
}

TEST_F(ForwarderTest, StopWithReceiverDownKeepsEverythingForTheNextRun) {
  {
    auto f = make();
    f->start();
    for (int i = 0; i < 40; ++i) f->enqueue(std::string("m").append(std::to_string(i)));
    runFor(std::chrono::milliseconds(20));
    stopAndRun(*f);
  }
  EXPECT_TRUE(rx.received.empty());
  rx.up = true;
  auto f = make();
  f->start();
  f->enqueue("m40");
  runFor(std::chrono::milliseconds(300));
  EXPECT_EQ(rx.received, seq(0, 41));
  stopAndRun(*f);
}

TEST_F(ForwarderTest, MemoryOnlyOverflowDropsTheNewestAndCountsIt) {
  auto f = make(/*queue_max=*/10, /*with_spool=*/false);
  f->start();
  rx.up = false;
  for (int i = 0; i < 25; ++i) f->enqueue(std::string("m").append(std::to_string(i)));
  EXPECT_EQ(stats.syslog_dropped.value(), 15u);
  rx.up = true;
  runFor(std::chrono::milliseconds(400));
  EXPECT_EQ(rx.received, seq(0, 10));
  stopAndRun(*f);
}

TEST_F(ForwarderTest, FullSpoolCountsDrops) {
  auto f = make(/*queue_max=*/1000, /*with_spool=*/true, /*spool_bytes=*/100);
  f->start();
  for (int i = 0; i < 50; ++i) f->enqueue(std::string("m").append(std::to_string(i)));
  EXPECT_GT(stats.syslog_dropped.value(), 0u);
  EXPECT_EQ(stats.syslog_dropped.value() + stats.syslog_spooled.value(), 50u);
  rx.up = true;
  runFor(std::chrono::milliseconds(400));
  EXPECT_EQ(rx.received.size(), stats.syslog_spooled.value());
  EXPECT_EQ(rx.received, seq(0, static_cast<int>(rx.received.size())));  // the oldest are the ones kept
  stopAndRun(*f);
}

TEST_F(ForwarderTest, SlowReceiverOverflowsToSpoolWithoutReordering) {
  rx.up = true;
  rx.confirm_all = true;
  auto f = make(/*queue_max=*/8);
  f->start();
  runFor(std::chrono::milliseconds(20));
  // Enqueue a burst without letting the io_context run: memory fills, the rest spools.
  for (int i = 0; i < 100; ++i) f->enqueue(std::string("m").append(std::to_string(i)));
  EXPECT_GT(stats.syslog_spooled.value(), 0u);
  runFor(std::chrono::milliseconds(200));
  EXPECT_EQ(rx.received, seq(0, 100));
  stopAndRun(*f);
}

}  // namespace
}  // namespace tapwatch
