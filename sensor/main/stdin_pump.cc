#include "main/stdin_pump.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <vector>

namespace tapwatch {
namespace {
constexpr size_t kChunk = 64 * 1024;
}

StdinPump::~StdinPump() { stop(); }

bool StdinPump::start() {
  int ends[2];
  if (::pipe2(ends, O_CLOEXEC) != 0) return false;
  wakeup_ = ::eventfd(0, EFD_CLOEXEC);
  source_ = ::fcntl(0, F_DUPFD_CLOEXEC, 3);
  if (wakeup_ < 0 || source_ < 0 || ::dup2(ends[0], 0) < 0) {
    const int saved = errno;
    ::close(ends[0]);
    ::close(ends[1]);
    if (wakeup_ >= 0) ::close(wakeup_);
    if (source_ >= 0) ::close(source_);
    wakeup_ = source_ = -1;
    errno = saved;
    return false;
  }
  ::close(ends[0]);
  sink_ = ends[1];
  ::fcntl(sink_, F_SETFL, ::fcntl(sink_, F_GETFL) | O_NONBLOCK);
  thread_ = std::thread([this] { pump(); });
  return true;
}

void StdinPump::pump() {
  std::vector<char> buffer(kChunk);
  size_t have = 0, sent = 0;
  bool eof = false;
  for (;;) {
    if (eof && sent == have) break;
    pollfd fds[2] = {{wakeup_, POLLIN, 0},
                     {sent < have ? sink_ : source_, static_cast<short>(sent < have ? POLLOUT : POLLIN), 0}};
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (fds[0].revents != 0) break;  // stop(): whatever is still unread is not needed
    if (sent < have) {
      const ssize_t n = ::write(sink_, buffer.data() + sent, have - sent);
      if (n < 0 && errno != EAGAIN && errno != EINTR) break;  // the capture closed its end
      if (n > 0) sent += static_cast<size_t>(n);
      continue;
    }
    const ssize_t n = ::read(source_, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    have = n > 0 ? static_cast<size_t>(n) : 0;
    sent = 0;
    if (n <= 0) eof = true;
  }
  ::close(sink_);  // the capture reads end of file
  sink_ = -1;
}

void StdinPump::stop() {
  if (!thread_.joinable()) return;
  const uint64_t one = 1;
  (void)!::write(wakeup_, &one, sizeof one);
  thread_.join();
  ::close(wakeup_);
  ::close(source_);
  wakeup_ = source_ = -1;
}

}  // namespace tapwatch
