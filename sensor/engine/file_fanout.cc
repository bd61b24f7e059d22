#include "engine/file_fanout.h"

#include <optional>

#include "common/log.h"

namespace tapwatch {

bool FileFanout::suits(const std::vector<std::string>& paths, const std::string& bpf) {
  if (!bpf.empty()) return false;  // libpcap filters; the mapping does not
  for (const std::string& path : paths) {
    if (path == "-") return false;
    auto source = PcapSource::openFile(path, bpf, FileRead::Mapped);
    if (source && !source->isMapped()) return false;
  }
  return true;
}

uint64_t FileFanout::run(PcapSource& source, const CaptureLoop::Progress& progress) {
  const size_t workers = pipeline_.workerCount();
  std::vector<uint64_t> read(workers, 0);
  std::vector<char> opened(workers, 1);
  const uint64_t errors_before = pipeline_.captureStats(0).file_errors.value();
  pipeline_.runOnEachWorker([&](size_t i, Worker& worker, const std::atomic<bool>&) {
    if (i == 0) {
      read[0] = readShare(0, worker, source, progress);
      return;
    }
    // A reader of its own: its own mapping (or, should the file no longer be
    // one the mapping takes, its own libpcap handle) and its own position.
    auto own = PcapSource::openFile(source.name(), "", source.isMapped() ? FileRead::Mapped : FileRead::Libpcap);
    if (!own) {
      logError(source.name() + ": worker " + std::to_string(i) + " cannot read its share: " + own.error().describe());
      opened[i] = 0;
      worker.flushInline();
      return;
    }
    read[i] = readShare(i, worker, *own, {});
  });
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

uint64_t FileFanout::readShare(size_t i, Worker& worker, PcapSource& source, const CaptureLoop::Progress& progress) {
  CaptureStats& stats = pipeline_.captureStats(i);
  const int datalink = source.datalink();
  RawPacket packet;
  uint64_t packets = 0;
  while (!stop_.load(std::memory_order_relaxed)) {
    const ReadStatus status = source.next(packet);
    if (status == ReadStatus::Timeout) continue;
    if (status == ReadStatus::Error && i == 0) {
      logWarning(source.name() + ": stopped after " + std::to_string(packets) + " packets: " + source.lastError());
      stats.file_errors.add();
    }
    if (status != ReadStatus::Packet) break;
    ++packets;
    if (pipeline_.workerOf(datalink, packet.data, packet.caplen) == i) {
      stats.packets.add();
      stats.bytes.add(packet.wire_length);
      worker.handleShare(datalink, packet.ts, packet.data, packet.caplen, packet.wire_length, packet.stable);
    } else {
      worker.passOver(packet.ts);
    }
    if (progress && packets % CaptureLoop::kProgressEvery == 0) progress(source, packets);
  }
  worker.flushInline();  // before the reader closes: queued packets point into it
  return packets;
}

}  // namespace tapwatch
