#pragma once
// StdinPump: makes `run -r -` stoppable while stdin is idle.
//
// libpcap reads a capture from stdin with blocking stdio reads, and a thread
// blocked in read(2) on a pipe or terminal that never delivers cannot be
// woken to join it. So the real stdin is moved to another descriptor and fd 0
// becomes the read end of a pipe that this thread fills. The thread waits in
// poll() on the real stdin and on a stop eventfd; stop() closes the pipe's
// write end, the capture sees end of file after what was already copied, and
// every thread can be joined.
#include <thread>

namespace tapwatch {

class StdinPump {
 public:
  StdinPump() = default;
  ~StdinPump();
  StdinPump(const StdinPump&) = delete;
  StdinPump& operator=(const StdinPump&) = delete;

  bool start();  // false (errno set) when the pipe or eventfd cannot be made; stdin is then untouched
  void stop();   // idempotent

 private:
  void pump();
  int source_ = -1;  // the real stdin, moved off fd 0
  int sink_ = -1;    // write end of the pipe now on fd 0 (non-blocking)
  int wakeup_ = -1;  // eventfd: stop()
  std::thread thread_;
};

}  // namespace tapwatch
