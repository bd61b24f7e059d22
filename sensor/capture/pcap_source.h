#pragma once
// PcapSource: one libpcap packet source, a capture file (pcap/pcapng, "-" for
// stdin) or a live interface. Used by exactly one capture thread.
#include <cstdint>
#include <memory>
#include <string>

#include "capture/pcap_handle.h"
#include "common/ip_address.h"
#include "common/result.h"
#include "config/config.h"

namespace tapwatch {

struct RawPacket {
  Timestamp ts;
  uint32_t caplen = 0;
  uint32_t wire_length = 0;
  const uint8_t* data = nullptr;  // valid until the next next() call
  // The bytes stay valid until the source is closed (a mapped file): a
  // consumer may keep a few packets queued (engine/worker.h look-ahead).
  bool stable = false;
};

enum class ReadStatus { Packet, Timeout, End, Error };

struct PcapKernelStats {
  uint64_t received = 0;
  uint64_t kernel_drops = 0;     // ps_drop: no room in the kernel buffer
  uint64_t interface_drops = 0;  // ps_ifdrop: dropped by the interface / driver
};

// Compiles `bpf` for an Ethernet link (the common case) to catch a bad
// filter before any capture is opened; "" is no filter and always valid.
Status checkBpfFilter(const std::string& bpf);

class PcapFileMap;

// How an offline file is read. Mapped: classic pcap files are read in place
// from a mapping (capture/pcap_file_map.h: no copies; the file must not be
// truncated while read); anything else, or a BPF filter, falls back to libpcap.
enum class FileRead { Libpcap, Mapped };

class PcapSource {
 public:
  // Offline file, read with nanosecond timestamps whatever the file's
  // precision; `bpf` (capture.bpf) filters it as tcpdump -r does.
  static Result<PcapSource> openFile(const std::string& path, const std::string& bpf = "",
                                     FileRead read = FileRead::Libpcap);
  ~PcapSource();
  PcapSource(PcapSource&&) noexcept;
  PcapSource& operator=(PcapSource&&) noexcept;
  // Live interface: snaplen, promiscuous, buffer size, immediate mode with a
  // short timeout so quiet links still flush, then the BPF filter.
  static Result<PcapSource> openLive(const CaptureConfig& config);
  // Live interface joined to AF_PACKET fanout group `group` (hash mode, with
  // kernel defragmentation so every fragment of a flow reaches one socket).
  // Open several with the same group: the kernel spreads flows over them.
  static Result<PcapSource> openLiveFanout(const CaptureConfig& config, uint16_t group);

  ReadStatus next(RawPacket& out);
  int datalink() const { return datalink_; }
  const std::string& name() const { return name_; }
  bool isLive() const { return live_; }
  // The libpcap message after ReadStatus::Error, e.g. "truncated dump file".
  const std::string& lastError() const { return last_error_; }
  // Live only: the kernel's counters (monotonic here even if libpcap's wrap).
  bool kernelStats(PcapKernelStats& out);
  // Makes a blocking next() return End soon; safe from a signal-handling thread.
  void breakLoop();
  pcap_t* handle() const { return handle_.get(); }
  // Offline: bytes of the file read so far (progress); 0 when unknown (stdin).
  uint64_t filePosition() const;
  bool isMapped() const { return map_ != nullptr; }
  // Mapped files: another reader of the same mapping, at the first record, with
  // a position of its own (capture/pcap_file_map.h); nullptr otherwise.
  std::unique_ptr<PcapFileMap> shareMapping() const;

 private:
  PcapSource(PcapHandle handle, std::string name, bool live, std::unique_ptr<char[]> file_buffer = nullptr);

  // stdio buffer of an offline file; declared before handle_ so it outlives
  // the FILE that pcap_close() closes.
  std::unique_ptr<char[]> file_buffer_;
  PcapHandle handle_;
  std::unique_ptr<PcapFileMap> map_;  // set: records come from the mapping, not from handle_
  std::string name_;
  bool live_ = false;
  int datalink_ = 0;
  std::string last_error_;
  PcapKernelStats last_stats_;
  uint32_t raw_received_ = 0, raw_drop_ = 0, raw_ifdrop_ = 0;
};

}  // namespace tapwatch
