#include "engine/file_fanout.h"

#include <memory>
#include <optional>

#include "capture/pcap_file_map.h"
#include "common/log.h"

namespace tapwatch {
namespace {

constexpr uint64_t kCountBatch = 256;  // own packets between two updates of the share's capture counters

}  // namespace

bool FileFanout::suits(const std::vector<std::string>& paths, const std::string& bpf) {
  if (!bpf.empty()) return false;  // libpcap filters; the mapping does not
  for (const std::string& path : paths) {
    if (path == "-") return false;
    auto source = PcapSource::openFile(path, bpf, FileRead::Mapped);
    if (source && !source->isMapped()) return false;
  }
  return true;
}

// The records of the file for one worker: worker 0 reads the caller's
// source; every other worker a reader of the same mapping with a position of
// its own or, should the file no longer be one the mapping takes, a libpcap
// handle of its own.
class FileFanout::ShareReader {
 public:
  explicit ShareReader(PcapSource& source) : source_(&source) {}
  ShareReader(const PcapSource& source, bool) : map_(source.shareMapping()), name_(source.name()) {}
  bool open() {
    if (map_ || source_ != nullptr) return true;
    auto own = PcapSource::openFile(name_, "", FileRead::Libpcap);
    if (!own) {
      error_ = own.error().describe();
      return false;
    }
    own_.emplace(std::move(own.value()));
    source_ = &*own_;
    return true;
  }
  ReadStatus next(RawPacket& packet) {
    if (!map_) return source_->next(packet);
    packet.stable = true;
    return map_->next(packet, error_);
  }
  const std::string& error() const { return map_ || source_ == nullptr ? error_ : source_->lastError(); }
  const PcapSource* source() const { return source_; }

 private:
  std::unique_ptr<PcapFileMap> map_;
  std::optional<PcapSource> own_;
  PcapSource* source_ = nullptr;
  std::string name_;
  std::string error_;
};

uint64_t FileFanout::run(PcapSource& source, const CaptureLoop::Progress& progress) {
  const size_t workers = pipeline_.workerCount();
  std::vector<uint64_t> read(workers, 0);
  std::vector<char> opened(workers, 1);
  const uint64_t errors_before = pipeline_.captureStats(0).file_errors.value();
  // Made here, before any worker reads: no page is given back before every reader has passed it.
  std::vector<std::unique_ptr<ShareReader>> readers;
  readers.push_back(std::make_unique<ShareReader>(source));
  for (size_t i = 1; i < workers; ++i) readers.push_back(std::make_unique<ShareReader>(source, true));
  pipeline_.runOnEachWorker([&](size_t i, Worker& worker, const std::atomic<bool>&) {
    if (!readers[i]->open()) {
      logError(source.name() + ": worker " + std::to_string(i) + " cannot read its share: " + readers[i]->error());
      opened[i] = 0;
      return;
    }
    read[i] = readShare(i, worker, source.datalink(), *readers[i], i == 0 ? progress : CaptureLoop::Progress{});
  });
  readers.clear();  // before the caller closes `source`
  if (stop_.load()) return read[0];
  // Every worker must have read the same records, or some share went unread
  // (the file changed while it was read): a read error of the file.
  for (size_t i = 1; i < workers; ++i) {
    if (opened[i] && read[i] == read[0]) continue;
    if (opened[i])
      logWarning(source.name() + ": the workers read different numbers of packets (" + std::to_string(read[0]) +
                 " and " + std::to_string(read[i]) + "); did the file change while it was read?");
    if (pipeline_.captureStats(0).file_errors.value() == errors_before) pipeline_.captureStats(0).file_errors.add();
    break;
  }
  return read[0];
}

uint64_t FileFanout::readShare(size_t i, Worker& worker, int datalink, ShareReader& reader,
                               const CaptureLoop::Progress& progress) {
  CaptureStats& stats = pipeline_.captureStats(i);
  RawPacket packet;
  uint64_t packets = 0;
  // This share's packets and bytes, added to `stats` once a batch rather than per packet.
  uint64_t own_packets = 0, own_bytes = 0;
  const auto publish = [&] {
    stats.packets.add(own_packets);
    stats.bytes.add(own_bytes);
    own_packets = own_bytes = 0;
  };
  while (!stop_.load(std::memory_order_relaxed)) {
    const ReadStatus status = reader.next(packet);
    if (status == ReadStatus::Timeout) continue;
    // Every worker meets a read error at the same record; worker 0 logs and counts it, as the capture loop does.
    if (status == ReadStatus::Error && i == 0) {
      logWarning(reader.source()->name() + ": stopped after " + std::to_string(packets) +
                 " packets: " + reader.error());
      stats.file_errors.add();
    }
    if (status != ReadStatus::Packet) break;
    ++packets;
    if (pipeline_.workerOf(datalink, packet.data, packet.caplen) == i) {
      ++own_packets;
      own_bytes += packet.wire_length;
      if (own_packets == kCountBatch) publish();
      worker.handleShare(datalink, packet.ts, packet.data, packet.caplen, packet.wire_length, packet.stable);
    } else {
      worker.passOver(packet.ts);
    }
    if (progress && packets % CaptureLoop::kProgressEvery == 0) progress(*reader.source(), packets);
  }
  worker.flushInline();  // before the reader closes: queued packets point into it
  publish();
  return packets;
}

}  // namespace tapwatch
