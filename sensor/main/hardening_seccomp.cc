#include "main/hardening_seccomp.h"

#include <seccomp.h>
#include <sys/prctl.h>

#include <cerrno>
#include <cstring>

namespace tapwatch {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kLeakSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
constexpr bool kLeakSanitizer = true;
#else
constexpr bool kLeakSanitizer = false;
#endif
#else
constexpr bool kLeakSanitizer = false;
#endif

// Frees the libseccomp context on every path.
struct FilterContext {
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
  ~FilterContext() {
    if (ctx != nullptr) seccomp_release(ctx);
  }
  FilterContext() = default;
  FilterContext(const FilterContext&) = delete;
  FilterContext& operator=(const FilterContext&) = delete;
};

Error seccompError(const std::string& what, int rc) {
  // libseccomp returns -errno.
  return makeError("hardening.seccomp: " + what + ": " + std::strerror(-rc));
}

}  // namespace

const std::vector<std::string>& seccompDeniedSyscalls() {
  static const std::vector<std::string> kDenied = {
      // running another program (an attacker's first step)
      "execve", "execveat",
      // reading or writing other processes
      "ptrace", "process_vm_readv", "process_vm_writev",
      // the file system tree and escapes from it
      "mount", "umount2", "pivot_root", "chroot", "open_by_handle_at",
      // the kernel itself
      "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "reboot", "swapon", "swapoff",
      "iopl", "ioperm", "acct",
      // eBPF programs (socket filters are set with setsockopt, not bpf(2)), perf, userfaultfd
      "bpf", "perf_event_open", "userfaultfd",
      // keyrings
      "keyctl", "add_key", "request_key",
      // execution domain and namespaces
      "personality", "setns", "unshare"};
  return kDenied;
}

bool seccompAllowsPtraceForSanitizers() { return kLeakSanitizer; }

Status applyNoNewPrivs() {
  if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
    return makeError(std::string("hardening.no_new_privs: prctl(PR_SET_NO_NEW_PRIVS): ") + std::strerror(errno));
  return Ok{};
}

Status applySeccompFilter() {
  if (Status nnp = applyNoNewPrivs(); !nnp) return nnp;
  FilterContext filter;
  if (filter.ctx == nullptr) return makeError("hardening.seccomp: cannot create a seccomp filter");
  // NoNewPrivs is set above; TSYNC puts the filter on every thread already running.
  if (int rc = seccomp_attr_set(filter.ctx, SCMP_FLTATR_CTL_NNP, 0); rc != 0) return seccompError("no NNP", rc);
  if (int rc = seccomp_attr_set(filter.ctx, SCMP_FLTATR_CTL_TSYNC, 1); rc != 0) return seccompError("TSYNC", rc);
  for (const std::string& name : seccompDeniedSyscalls()) {
    // LeakSanitizer's exit check (ASan builds) attaches to the threads with ptrace.
    if (kLeakSanitizer && name == "ptrace") continue;
    const int nr = seccomp_syscall_resolve_name(name.c_str());
    if (nr == __NR_SCMP_ERROR) continue;  // not a system call on this architecture
    if (int rc = seccomp_rule_add(filter.ctx, SCMP_ACT_ERRNO(EPERM), nr, 0); rc != 0)
      return seccompError("deny " + name, rc);
  }
  // Refused by an outer filter (a systemd unit without `SystemCallFilter=seccomp`, a container profile).
  if (int rc = seccomp_load(filter.ctx); rc != 0)
    return seccompError("load the filter (set hardening.seccomp: false to run without it)", rc);
  return Ok{};
}

}  // namespace tapwatch
