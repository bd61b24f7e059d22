#include "capture/afpacket_socket.h"

#include <arpa/inet.h>
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <pcap/pcap.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tapwatch {
namespace {

constexpr uint32_t kVlanTagBytes = 4;
constexpr uint32_t kMacAddressBytes = 12;  // destination + source, before the EtherType / tag

Error socketError(const std::string& interface, const std::string& what) {
  return makeError(what + ": " + std::strerror(errno), {"capture.interface " + interface});
}

// The interface's link type, as a pcap DLT. Loopback frames carry an
// Ethernet header with zero addresses on Linux, as libpcap also reports.
Result<int> datalinkOf(int fd, const std::string& interface) {
  ifreq request{};
  std::strncpy(request.ifr_name, interface.c_str(), IFNAMSIZ - 1);
  if (ioctl(fd, SIOCGIFHWADDR, &request) != 0) return socketError(interface, "cannot read the link type");
  const int type = request.ifr_hwaddr.sa_family;
  if (type == ARPHRD_ETHER || type == ARPHRD_LOOPBACK) return DLT_EN10MB;
  return makeError("capture.mode afpacket reads Ethernet interfaces only (link type " + std::to_string(type) +
                       "); use capture.mode pcap",
                   {"capture.interface " + interface});
}

// capture.bpf compiled as libpcap would for this link. Even an empty filter
// is attached: pcap's "accept" returns the snap length, so the kernel copies
// at most snaplen bytes of each packet into the ring.
Status attachFilter(int fd, const AfPacketOptions& options, int datalink) {
  pcap_t* dead = pcap_open_dead(datalink, static_cast<int>(options.snaplen));
  if (dead == nullptr) return makeError("cannot compile the BPF filter: pcap_open_dead failed", {"capture.bpf"});
  bpf_program program{};
  if (pcap_compile(dead, &program, options.bpf.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
    Error error = makeError("bad BPF filter \"" + options.bpf + "\": " + pcap_geterr(dead), {"capture.bpf"});
    pcap_close(dead);
    return error;
  }
  sock_fprog fprog{};
  fprog.len = static_cast<unsigned short>(program.bf_len);
  fprog.filter = reinterpret_cast<sock_filter*>(program.bf_insns);
  const int rc = setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &fprog, sizeof fprog);
  const int saved = errno;
  pcap_freecode(&program);
  pcap_close(dead);
  errno = saved;
  if (rc != 0) return makeError(std::string("cannot attach the BPF filter: ") + std::strerror(errno), {"capture.bpf"});
  return Ok{};
}

}  // namespace

Result<std::unique_ptr<AfPacketSocket>> AfPacketSocket::open(const AfPacketOptions& options) {
  const unsigned ifindex = if_nametoindex(options.interface.c_str());
  if (ifindex == 0) return makeError("no such network interface '" + options.interface + "'", {"capture.interface"});
  // Protocol 0: the socket receives nothing until bind(), so no packet from
  // another interface or before the filter can reach the ring.
  const int fd = socket(AF_PACKET, SOCK_RAW, 0);
  if (fd < 0) return socketError(options.interface, "cannot open an AF_PACKET socket (needs CAP_NET_RAW)");
  std::unique_ptr<AfPacketSocket> self(new AfPacketSocket(fd, options.interface, options.block_size,
                                                          options.block_count, options.snaplen));

  auto datalink = datalinkOf(fd, options.interface);
  if (!datalink) return datalink.error();
  self->datalink_ = *datalink;

  const int version = TPACKET_V3;
  if (setsockopt(fd, SOL_PACKET, PACKET_VERSION, &version, sizeof version) != 0)
    return socketError(options.interface, "cannot select TPACKET_V3");
  tpacket_req3 request{};
  request.tp_block_size = options.block_size;
  request.tp_block_nr = options.block_count;
  request.tp_frame_size = TPACKET_ALIGNMENT << 7;  // only a sanity unit for V3: 2048
  request.tp_frame_nr = options.block_size / request.tp_frame_size * options.block_count;
  request.tp_retire_blk_tov = options.block_timeout_ms;
  if (setsockopt(fd, SOL_PACKET, PACKET_RX_RING, &request, sizeof request) != 0)
    return socketError(options.interface, "cannot create the TPACKET_V3 ring (capture.afpacket.block_size/count)");
  self->ring_bytes_ = size_t{options.block_size} * options.block_count;
  void* ring = mmap(nullptr, self->ring_bytes_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, 0);
  if (ring == MAP_FAILED) return socketError(options.interface, "cannot map the TPACKET_V3 ring");
  self->ring_ = static_cast<uint8_t*>(ring);

  if (Status filter = attachFilter(fd, options, self->datalink_); !filter) return filter.error();

  sockaddr_ll address{};
  address.sll_family = AF_PACKET;
  address.sll_protocol = htons(ETH_P_ALL);
  address.sll_ifindex = static_cast<int>(ifindex);
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
    return socketError(options.interface, "cannot bind the AF_PACKET socket");

  if (options.promiscuous) {
    packet_mreq membership{};
    membership.mr_ifindex = static_cast<int>(ifindex);
    membership.mr_type = PACKET_MR_PROMISC;
    if (setsockopt(fd, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &membership, sizeof membership) != 0)
      return socketError(options.interface, "cannot enable promiscuous mode");
  }
  if (options.fanout) {
    // PACKET_FANOUT_HASH uses the kernel's flow hash, which is symmetric for
    // received packets (both directions, one socket); FLAG_DEFRAG reassembles
    // IP fragments before hashing, since only the first fragment has ports.
    // capture.afpacket.fanout cpu trusts the NIC's RSS to keep flows together.
    const int mode = (options.fanout_by_cpu ? PACKET_FANOUT_CPU : PACKET_FANOUT_HASH) | PACKET_FANOUT_FLAG_DEFRAG;
    const int arg = options.fanout_group | (mode << 16);
    if (setsockopt(fd, SOL_PACKET, PACKET_FANOUT, &arg, sizeof arg) != 0)
      return socketError(options.interface,
                         "cannot join AF_PACKET fanout group " + std::to_string(options.fanout_group));
  }
  // Start from zero: what the kernel counted before bind() is not ours.
  AfPacketKernelStats ignored;
  self->kernelStats(ignored);
  self->totals_ = {};
  return self;
}

AfPacketSocket::AfPacketSocket(int fd, std::string interface, uint32_t block_size, uint32_t block_count,
                               uint32_t snaplen)
    : fd_(fd),
      interface_(std::move(interface)),
      block_size_(block_size),
      block_count_(block_count),
      vlan_frame_(size_t{snaplen} + kVlanTagBytes) {}

AfPacketSocket::~AfPacketSocket() {
  if (ring_ != nullptr) munmap(ring_, ring_bytes_);
  if (fd_ >= 0) close(fd_);
}

const uint8_t* AfPacketSocket::waitForBlock(int timeout_ms) {
  auto* desc = reinterpret_cast<tpacket_block_desc*>(ring_ + size_t{current_} * block_size_);
  // Acquire: the packets the kernel wrote are visible once we see the status.
  if ((__atomic_load_n(&desc->hdr.bh1.block_status, __ATOMIC_ACQUIRE) & TP_STATUS_USER) == 0) {
    pollfd wait{fd_, POLLIN | POLLERR, 0};
    if (poll(&wait, 1, timeout_ms) <= 0) return nullptr;
    if ((__atomic_load_n(&desc->hdr.bh1.block_status, __ATOMIC_ACQUIRE) & TP_STATUS_USER) == 0) return nullptr;
  }
  return reinterpret_cast<const uint8_t*>(desc);
}

void AfPacketSocket::releaseBlock() {
  auto* desc = reinterpret_cast<tpacket_block_desc*>(ring_ + size_t{current_} * block_size_);
  // Release: we are done reading before the kernel may refill the block.
  __atomic_store_n(&desc->hdr.bh1.block_status, TP_STATUS_KERNEL, __ATOMIC_RELEASE);
  current_ = (current_ + 1) % block_count_;
}

uint32_t AfPacketSocket::packetCount(const uint8_t* block) {
  return reinterpret_cast<const tpacket_block_desc*>(block)->hdr.bh1.num_pkts;
}

const uint8_t* AfPacketSocket::firstPacket(const uint8_t* block) {
  return block + reinterpret_cast<const tpacket_block_desc*>(block)->hdr.bh1.offset_to_first_pkt;
}

const uint8_t* AfPacketSocket::frameOf(const uint8_t* block, const uint8_t* packet, AfPacketFrame& frame) {
  const auto* header = reinterpret_cast<const tpacket3_hdr*>(packet);
  const uint8_t* end = block + block_size_;
  frame.data = nullptr;
  // The kernel writes these; a bad offset would be a kernel bug, but a
  // bounded read costs two compares per packet.
  if (packet + sizeof(tpacket3_hdr) > end || packet + header->tp_mac + header->tp_snaplen > end) return nullptr;
  frame.ts.sec = header->tp_sec;
  frame.ts.nsec = header->tp_nsec;
  frame.caplen = header->tp_snaplen;
  frame.wire_length = header->tp_len;
  frame.data = packet + header->tp_mac;
  // The kernel moved the 802.1Q tag out of the frame (VLAN offload): put it
  // back after the MAC addresses, as it was on the wire.
  if ((header->tp_status & TP_STATUS_VLAN_VALID) != 0 && frame.caplen >= kMacAddressBytes &&
      frame.caplen + kVlanTagBytes <= vlan_frame_.size()) {
    const uint16_t tpid = (header->tp_status & TP_STATUS_VLAN_TPID_VALID) != 0 ? header->hv1.tp_vlan_tpid
                                                                               : uint16_t{ETH_P_8021Q};
    uint8_t* out = vlan_frame_.data();
    std::memcpy(out, frame.data, kMacAddressBytes);
    const uint16_t tag[2] = {htons(tpid), htons(static_cast<uint16_t>(header->hv1.tp_vlan_tci))};
    std::memcpy(out + kMacAddressBytes, tag, kVlanTagBytes);
    std::memcpy(out + kMacAddressBytes + kVlanTagBytes, frame.data + kMacAddressBytes, frame.caplen - kMacAddressBytes);
    frame.data = out;
    frame.caplen += kVlanTagBytes;
    frame.wire_length += kVlanTagBytes;
  }
  if (header->tp_next_offset == 0) return nullptr;
  return packet + header->tp_next_offset;
}

bool AfPacketSocket::kernelStats(AfPacketKernelStats& out) {
  tpacket_stats_v3 stats{};
  socklen_t length = sizeof stats;
  if (getsockopt(fd_, SOL_PACKET, PACKET_STATISTICS, &stats, &length) != 0) return false;
  totals_.packets += stats.tp_packets;
  totals_.drops += stats.tp_drops;
  totals_.freezes += stats.tp_freeze_q_cnt;
  out = totals_;
  return true;
}

}  // namespace tapwatch
