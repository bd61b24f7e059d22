#include "capture/pcap_source.h"

#include "capture/pcap_file_map.h"

#include <linux/if_packet.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace tapwatch {
namespace {
constexpr int kLiveTimeoutMs = 100;  // immediate mode delivers at once; this bounds a quiet wait
// libpcap reads a file record by record through stdio; with the default
// 4 KiB buffer that is a read() per few packets. 1 MiB cuts the replay's
// syscalls (and the capture thread's kernel time) ~250-fold.
constexpr size_t kFileBufferBytes = 1 << 20;

// libpcap's ps_* fields are 32-bit and wrap; accumulate deltas into 64 bits.
uint64_t accumulate(uint64_t total, uint32_t& last_raw, uint32_t now_raw) {
  total += static_cast<uint32_t>(now_raw - last_raw);
  last_raw = now_raw;
  return total;
}
// Compiles and installs `bpf` on an open handle; the error names capture.bpf.
Status applyFilter(pcap_t* handle, const std::string& bpf) {
  if (bpf.empty()) return Ok{};
  bpf_program program{};
  if (pcap_compile(handle, &program, bpf.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0)
    return makeError(std::string("bad BPF filter \"") + bpf + "\": " + pcap_geterr(handle), {"capture.bpf"});
  const int set = pcap_setfilter(handle, &program);
  pcap_freecode(&program);
  if (set != 0) return makeError(std::string("cannot set BPF filter: ") + pcap_geterr(handle), {"capture.bpf"});
  return Ok{};
}
}  // namespace

Status checkBpfFilter(const std::string& bpf) {
  if (bpf.empty()) return Ok{};
  PcapHandle dead(pcap_open_dead(DLT_EN10MB, 65535));
  if (!dead) return makeError("cannot check the BPF filter: pcap_open_dead failed", {"capture.bpf"});
  bpf_program program{};
  if (pcap_compile(dead.get(), &program, bpf.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0)
    return makeError(std::string("bad BPF filter \"") + bpf + "\": " + pcap_geterr(dead.get()), {"capture.bpf"});
  pcap_freecode(&program);
  return Ok{};
}

PcapSource::PcapSource(PcapHandle handle, std::string name, bool live, std::unique_ptr<char[]> file_buffer)
    : file_buffer_(std::move(file_buffer)),
      handle_(std::move(handle)),
      name_(std::move(name)),
      live_(live),
      datalink_(pcap_datalink(handle_.get())) {}

PcapSource::~PcapSource() = default;
PcapSource::PcapSource(PcapSource&&) noexcept = default;
PcapSource& PcapSource::operator=(PcapSource&&) noexcept = default;

uint64_t PcapSource::filePosition() const {
  if (map_) return map_->position();
  std::FILE* file = handle_ ? pcap_file(handle_.get()) : nullptr;
  if (file == nullptr || file == stdin) return 0;
  const long at = std::ftell(file);
  return at < 0 ? 0 : static_cast<uint64_t>(at);
}

Result<PcapSource> PcapSource::openFile(const std::string& path, const std::string& bpf, FileRead read) {
  char errbuf[PCAP_ERRBUF_SIZE] = {};
  FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) return makeError(std::string("cannot read capture: ") + std::strerror(errno), {path});
  auto buffer = std::make_unique<char[]>(kFileBufferBytes);
  std::setvbuf(file, buffer.get(), _IOFBF, kFileBufferBytes);  // before any read
  pcap_t* p = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_NANO, errbuf);
  if (p == nullptr) {
    if (file != stdin) std::fclose(file);
    else buffer.release();  // stdin may still be read by others and keeps its buffer (reachable, not leaked)
    return makeError(std::string("cannot read capture: ") + errbuf, {path});
  }
  PcapSource source(PcapHandle(p), path, false, std::move(buffer));
  if (Status filtered = applyFilter(p, bpf); !filtered) {
    Error e = filtered.error();
    e.message += " (link type of " + path + ")";
    return e;
  }
  // libpcap has checked the file header; the mapping then reads the records,
  // for the link types whose records libpcap hands over unchanged.
  static constexpr int kPlainLinkTypes[] = {DLT_EN10MB, DLT_NULL, DLT_LOOP, DLT_RAW, DLT_LINUX_SLL, DLT_LINUX_SLL2};
  const bool plain = std::find(std::begin(kPlainLinkTypes), std::end(kPlainLinkTypes), source.datalink_) !=
                     std::end(kPlainLinkTypes);
  if (read == FileRead::Mapped && bpf.empty() && path != "-" && plain && file != stdin)
    source.map_ = PcapFileMap::open(fileno(file), static_cast<uint32_t>(std::max(pcap_snapshot(p), 0)));
  return source;
}

std::unique_ptr<PcapFileMap> PcapSource::shareMapping() const { return map_ ? map_->share() : nullptr; }

Result<PcapSource> PcapSource::openLive(const CaptureConfig& config) {
  char errbuf[PCAP_ERRBUF_SIZE] = {};
  PcapHandle h(pcap_create(config.interface.c_str(), errbuf));
  const std::string where = "capture.interface " + config.interface;
  if (!h) return makeError(std::string("pcap_create: ") + errbuf, {where});
  pcap_set_snaplen(h.get(), static_cast<int>(config.snaplen));
  pcap_set_promisc(h.get(), config.promiscuous ? 1 : 0);
  pcap_set_buffer_size(h.get(), static_cast<int>(config.buffer_mb) * 1024 * 1024);
  pcap_set_immediate_mode(h.get(), 1);
  pcap_set_timeout(h.get(), kLiveTimeoutMs);
  pcap_set_tstamp_precision(h.get(), PCAP_TSTAMP_PRECISION_NANO);  // best effort; micro if unsupported
  const int rc = pcap_activate(h.get());
  if (rc < 0) return makeError(std::string("cannot open interface: ") + pcap_geterr(h.get()), {where});
  if (Status filtered = applyFilter(h.get(), config.bpf); !filtered) return filtered.error();
  return PcapSource(std::move(h), config.interface, true);
}

Result<PcapSource> PcapSource::openLiveFanout(const CaptureConfig& config, uint16_t group) {
  auto source = openLive(config);
  if (!source) return source;
  // PACKET_FANOUT_HASH hashes flows symmetrically (both directions, one
  // socket); FLAG_DEFRAG reassembles fragments first, since only the first
  // fragment carries ports.
  const int mode = PACKET_FANOUT_HASH | PACKET_FANOUT_FLAG_DEFRAG;
  const int arg = group | (mode << 16);
  if (setsockopt(pcap_fileno(source->handle()), SOL_PACKET, PACKET_FANOUT, &arg, sizeof arg) != 0)
    return makeError(std::string("cannot join AF_PACKET fanout group: ") + std::strerror(errno),
                     {"capture.fanout on " + config.interface});
  return source;
}

ReadStatus PcapSource::next(RawPacket& out) {
  out.stable = map_ != nullptr;
  if (map_) return map_->next(out, last_error_);
  pcap_pkthdr* header = nullptr;
  const u_char* data = nullptr;
  const int rc = pcap_next_ex(handle_.get(), &header, &data);
  if (rc == 1) {
    out.ts.sec = header->ts.tv_sec;
    // The handle was opened with nanosecond precision: tv_usec carries nanoseconds,
    // unless a live device refused it (then it is microseconds).
    const bool nano = pcap_get_tstamp_precision(handle_.get()) == PCAP_TSTAMP_PRECISION_NANO;
    out.ts.nsec = static_cast<uint32_t>(header->ts.tv_usec) * (nano ? 1u : 1000u);
    out.caplen = header->caplen;
    out.wire_length = header->len;
    out.data = data;
    return ReadStatus::Packet;
  }
  if (rc == 0) return ReadStatus::Timeout;
  if (rc == PCAP_ERROR_BREAK) return ReadStatus::End;
  last_error_ = pcap_geterr(handle_.get());
  return ReadStatus::Error;
}

bool PcapSource::kernelStats(PcapKernelStats& out) {
  if (!live_) return false;
  pcap_stat st{};
  if (pcap_stats(handle_.get(), &st) != 0) return false;
  last_stats_.received = accumulate(last_stats_.received, raw_received_, st.ps_recv);
  last_stats_.kernel_drops = accumulate(last_stats_.kernel_drops, raw_drop_, st.ps_drop);
  last_stats_.interface_drops = accumulate(last_stats_.interface_drops, raw_ifdrop_, st.ps_ifdrop);
  out = last_stats_;
  return true;
}

void PcapSource::breakLoop() { pcap_breakloop(handle_.get()); }

}  // namespace tapwatch
