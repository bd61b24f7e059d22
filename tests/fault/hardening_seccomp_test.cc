// Issue 20, hardening: the seccomp deny-list refuses what a running sensor
// never needs with EPERM (the process lives on) and leaves its own work
// (files, sockets, threads) alone. Each case runs in a forked child: a
// filter cannot be removed once loaded.
#include "main/hardening_seccomp.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sched.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <string>
#include <thread>

namespace tapwatch {
namespace {

// Child exit codes: which check failed.
enum : int {
  kOk = 0,
  kApplyFailed = 10,
  kExecNotRefused,
  kUnshareNotRefused,
  kPtraceNotRefused,
  kFileFailed,
  kSocketFailed,
  kThreadFailed,
  kStatusWrong,
  kExecveBeforeFilter
};

std::string statusField(const std::string& name) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind(name + ":", 0) == 0) {
      std::string value = line.substr(name.size() + 1);
      value.erase(std::remove_if(value.begin(), value.end(), [](char c) { return c == ' ' || c == '\t'; }),
                  value.end());
      return value;
    }
  return "";
}

int hardenedChild() {
  if (!applySeccompFilter()) return kApplyFailed;
  char* const argv[] = {const_cast<char*>("/bin/true"), nullptr};
  char* const envp[] = {nullptr};
  errno = 0;
  if (::execve("/bin/true", argv, envp) != -1 || errno != EPERM) return kExecNotRefused;
  errno = 0;
  if (::unshare(CLONE_NEWUTS) != -1 || errno != EPERM) return kUnshareNotRefused;
  if (!seccompAllowsPtraceForSanitizers()) {
    errno = 0;
    if (::ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) != -1 || errno != EPERM) return kPtraceNotRefused;
  }
  // What the daemon does all day still works.
  char path[] = "/tmp/tapwatch-seccomp-XXXXXX";
  const int fd = ::mkstemp(path);
  if (fd < 0 || ::write(fd, "x", 1) != 1) return kFileFailed;
  ::close(fd);
  ::unlink(path);
  const int sock = ::socket(AF_INET, SOCK_STREAM, 0);
  if (sock < 0) return kSocketFailed;
  ::close(sock);
  bool ran = false;
  std::thread([&] { ran = true; }).join();
  if (!ran) return kThreadFailed;
  if (statusField("Seccomp") != "2" || statusField("NoNewPrivs") != "1") return kStatusWrong;
  return kOk;
}

int runInChild(int (*body)()) {
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(body());
  int status = 0;
  if (pid < 0 || ::waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

TEST(HardeningSeccomp, RefusesExecveAndKeepsTheDaemonsWork) { EXPECT_EQ(runInChild(hardenedChild), kOk); }

// The same checks fail without the filter (the test can fail): execve works.
int unfilteredChild() {
  const pid_t pid = ::fork();
  if (pid == 0) {
    char* const argv[] = {const_cast<char*>("/bin/true"), nullptr};
    char* const envp[] = {nullptr};
    ::execve("/bin/true", argv, envp);
    ::_exit(kExecveBeforeFilter);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? kOk : kExecveBeforeFilter;
}

TEST(HardeningSeccomp, ExecveWorksWithoutTheFilter) { EXPECT_EQ(runInChild(unfilteredChild), kOk); }

TEST(HardeningSeccomp, DenyListNamesTheDangerousCalls) {
  const auto& denied = seccompDeniedSyscalls();
  for (const char* name : {"execve",
                           "execveat",
                           "ptrace",
                           "process_vm_readv",
                           "process_vm_writev",
                           "mount",
                           "umount2",
                           "pivot_root",
                           "chroot",
                           "kexec_load",
                           "init_module",
                           "finit_module",
                           "delete_module",
                           "bpf",
                           "keyctl",
                           "add_key",
                           "request_key",
                           "perf_event_open",
                           "userfaultfd",
                           "personality",
                           "setns",
                           "unshare",
                           "reboot",
                           "swapon",
                           "swapoff",
                           "acct"})
    EXPECT_NE(std::find(denied.begin(), denied.end(), name), denied.end()) << name;
  // Never what the daemon needs: threads, sockets, files.
  for (const char* name : {"clone", "clone3", "socket", "connect", "openat", "write", "futex", "mmap", "setsockopt"})
    EXPECT_EQ(std::find(denied.begin(), denied.end(), name), denied.end()) << name;
}

}  // namespace
}  // namespace tapwatch
