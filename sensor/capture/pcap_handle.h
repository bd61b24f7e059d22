#pragma once
// PcapHandle: move-only owner of a pcap_t (PcapPlusPlus-style get/release/reset).
#include <pcap/pcap.h>

#include <utility>

namespace tapwatch {

class PcapHandle {
 public:
  PcapHandle() = default;
  explicit PcapHandle(pcap_t* handle) : handle_(handle) {}
  ~PcapHandle() { reset(); }
  PcapHandle(PcapHandle&& other) noexcept : handle_(other.release()) {}
  PcapHandle& operator=(PcapHandle&& other) noexcept {
    if (this != &other) reset(other.release());
    return *this;
  }
  PcapHandle(const PcapHandle&) = delete;
  PcapHandle& operator=(const PcapHandle&) = delete;

  pcap_t* get() const { return handle_; }
  pcap_t* release() { return std::exchange(handle_, nullptr); }
  void reset(pcap_t* handle = nullptr) {
    if (handle_ != nullptr) pcap_close(handle_);
    handle_ = handle;
  }
  explicit operator bool() const { return handle_ != nullptr; }

 private:
  pcap_t* handle_ = nullptr;
};

}  // namespace tapwatch
