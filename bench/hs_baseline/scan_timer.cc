#include "scan_timer.h"

#include <time.h>

#include <vector>

namespace tapwatch {
namespace {

struct Clock {
  timespec wall{};
  timespec cpu{};
  static Clock now() {
    Clock c;
    clock_gettime(CLOCK_MONOTONIC, &c.wall);
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c.cpu);
    return c;
  }
};
double since(const timespec& a, const timespec& b) {
  return static_cast<double>(b.tv_sec - a.tv_sec) + static_cast<double>(b.tv_nsec - a.tv_nsec) / 1e9;
}

int onMatch(unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
  ++*static_cast<uint64_t*>(ctx);
  return 0;
}

void finish(ScanTiming& t, const Clock& start) {
  const Clock end = Clock::now();
  t.wall_seconds = since(start.wall, end.wall);
  t.cpu_seconds = since(start.cpu, end.cpu);
}

}  // namespace

Result<ScanTiming> timeBlockScan(const hs_database_t* db, hs_scratch_t* scratch, const PayloadSet& payloads) {
  ScanTiming t;
  const uint8_t* base = payloads.bytes.data();
  const Clock start = Clock::now();
  for (const PayloadItem& item : payloads.items) {
    const hs_error_t rc =
        hs_scan(db, reinterpret_cast<const char*>(base + item.offset), item.size, 0, scratch, onMatch, &t.matches);
    if (rc != HS_SUCCESS) return makeError("hs_scan failed with " + std::to_string(rc));
    t.bytes += item.size;
  }
  finish(t, start);
  t.calls = payloads.items.size();
  return t;
}

Result<ScanTiming> timeStreamScan(const hs_database_t* db, hs_scratch_t* scratch, const PayloadSet& payloads) {
  ScanTiming t;
  std::vector<hs_stream_t*> streams(payloads.streams(), nullptr);
  const uint8_t* base = payloads.bytes.data();
  const Clock start = Clock::now();
  for (size_t i = 0; i < payloads.items.size(); ++i) {
    const PayloadItem& item = payloads.items[i];
    hs_stream_t*& stream = streams[item.stream];
    if (stream == nullptr && hs_open_stream(db, 0, &stream) != HS_SUCCESS) return makeError("hs_open_stream failed");
    const hs_error_t rc = hs_scan_stream(stream, reinterpret_cast<const char*>(base + item.offset), item.size, 0,
                                         scratch, onMatch, &t.matches);
    if (rc != HS_SUCCESS) return makeError("hs_scan_stream failed with " + std::to_string(rc));
    t.bytes += item.size;
    if (payloads.last_item[item.stream] == i) {
      hs_close_stream(stream, scratch, onMatch, &t.matches);  // end-of-data matches ($ anchors) count too
      stream = nullptr;
    }
  }
  finish(t, start);
  t.calls = payloads.items.size();
  return t;
}

}  // namespace tapwatch
