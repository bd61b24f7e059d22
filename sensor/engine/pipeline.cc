#include "engine/pipeline.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

namespace tapwatch {

Pipeline::Pipeline(const Config& config, const WorkerContext& context, std::shared_ptr<const DetectionSet> set,
                   uint32_t workers, bool live, uint32_t producers)
    : live_(live),
      tunnel_ports_(config.decode),
      dispatch_seed_((uint64_t{std::random_device{}()} << 32) | std::random_device{}()) {
  if (workers == 0) workers = 1;
  for (uint32_t i = 0; i < std::max<uint32_t>(producers, 1); ++i)
    capture_stats_.push_back(std::make_unique<CaptureStats>());
  inline_ = workers == 1 && !live && producers <= 1;
  // Offline input waits for ring space instead of dropping, so a ring only
  // has to cover the jitter between capture and worker: a few MiB do; the
  // configured size (sized for live bursts) would only add resident memory.
  constexpr uint32_t kOfflineRingMb = 4;
  const uint32_t ring_mb = live ? config.capture.ring_mb : std::min(config.capture.ring_mb, kOfflineRingMb);
  const size_t ring_bytes = size_t{ring_mb} * 1024 * 1024;
  for (uint32_t i = 0; i < workers; ++i) {
    stats_.push_back(std::make_unique<WorkerStats>());
    if (!inline_) rings_.push_back(std::make_unique<PacketRing>(ring_bytes));
    workers_.push_back(std::make_unique<Worker>(i, context, *stats_.back(), set));
  }
  worker_divisor_ = FastDivisor(std::max<uint32_t>(static_cast<uint32_t>(workers_.size()), 1));
}

Pipeline::~Pipeline() { finish(); }

void Pipeline::start() {
  if (inline_) return;
  for (size_t i = 0; i < workers_.size(); ++i)
    threads_.emplace_back([this, i] { workers_[i]->run(*rings_[i], stop_, live_); });
}

void Pipeline::startWith(const WorkerBody& body) {
  rings_.clear();  // nothing dispatches in workers mode
  for (size_t i = 0; i < workers_.size(); ++i) threads_.emplace_back([this, i, body] { body(i, *workers_[i], stop_); });
}

void Pipeline::startFileFanout() {
  rings_.clear();  // every worker reads the file itself
  file_fanout_ = true;
}

void Pipeline::runOnEachWorker(const WorkerBody& body) {
  std::vector<std::thread> threads;
  threads.reserve(workers_.size());
  for (size_t i = 0; i < workers_.size(); ++i) threads.emplace_back([this, i, &body] { body(i, *workers_[i], stop_); });
  for (auto& t : threads) t.join();
}

bool Pipeline::dispatch(int datalink, const RawPacket& packet) {
  if (inline_) return handleInline(*capture_stats_[0], datalink, packet);
  return push(*rings_[workerOf(datalink, packet.data, packet.caplen)], *capture_stats_[0], datalink, packet);
}

bool Pipeline::dispatchTo(size_t worker, int datalink, const RawPacket& packet) {
  if (inline_) return handleInline(*capture_stats_[0], datalink, packet);
  return push(*rings_[worker], *capture_stats_[worker], datalink, packet);
}

CaptureTotals Pipeline::captureTotals() const {
  CaptureTotals totals;
  for (const auto& s : capture_stats_) totals.add(*s);
  return totals;
}

bool Pipeline::push(PacketRing& ring, CaptureStats& stats, int datalink, const RawPacket& packet) {
  stats.packets.add();
  stats.bytes.add(packet.wire_length);
  RingPacketHeader header;
  header.ts = packet.ts;
  header.caplen = packet.caplen;
  header.wire_length = packet.wire_length;
  header.datalink = datalink;
  if (ring.tryPush(header, packet.data)) return true;
  if (!ring.fits(packet.caplen)) {
    stats.oversize_drops.add();
    return false;
  }
  if (live_) {
    stats.ring_full_drops.add();
    return false;
  }
  // Offline: backpressure. The worker frees space as it goes. Sleep rather
  // than spin once it is clearly behind: a spinning capture thread takes the
  // core the other workers need (2 workers + capture on 2 cores), and a full
  // ring holds milliseconds of work, so 50 µs naps never starve a worker.
  for (uint32_t tries = 0; !ring.tryPush(header, packet.data); ++tries) {
    if (tries < 16) std::this_thread::yield();
    else std::this_thread::sleep_for(std::chrono::microseconds(50));
  }
  return true;
}

bool Pipeline::handleInline(CaptureStats& stats, int datalink, const RawPacket& packet) {
  stats.packets.add();
  stats.bytes.add(packet.wire_length);
  workers_[0]->handleInline(datalink, packet.ts, packet.data, packet.caplen, packet.wire_length, packet.stable);
  return true;
}

void Pipeline::sourceDone() {
  if (inline_) workers_[0]->flushInline();
}

void Pipeline::finish() {
  if (finished_) return;
  finished_ = true;
  stop_.store(true, std::memory_order_release);
  for (auto& t : threads_)
    if (t.joinable()) t.join();
  if (inline_) workers_[0]->finishInline();
  // Every worker closes its own flows at once, as the worker threads do at their end.
  if (file_fanout_) runOnEachWorker([](size_t, Worker& worker, const std::atomic<bool>&) { worker.finishInline(); });
}

void Pipeline::setSignatureSet(std::shared_ptr<const DetectionSet> set) {
  for (auto& worker : workers_) worker->requestSignatureSet(set);
}

void Pipeline::migrateAllFlows() {
  for (auto& worker : workers_) worker->requestMigrateAll();
}

}  // namespace tapwatch
