#pragma once
// Hardening of `tapwatch run` once start-up is done (config `hardening:`):
//   NoNewPrivs  prctl(PR_SET_NO_NEW_PRIVS): nothing the process could run
//               gains privileges. Set first, before any thread exists, so
//               every thread inherits it.
//   seccomp     a DENY-list filter: the system calls a running sensor never
//               needs (program execution, debugging other processes, mounts,
//               kernel modules, keyrings, namespaces, ...) fail with EPERM.
//               A deny-list, not an allow-list: the daemon's own work
//               (signature reloads, file writes, sockets to syslog / Redis,
//               Hyperscan, OpenSSL and Asio threads, libpcap) calls a long and
//               library-dependent set of system calls that an allow-list
//               would break on the next libc or library update; what matters
//               for an attacker who gains code execution is denied. Loaded
//               with TSYNC, so it covers every thread already running.
// A refused call cannot be counted or logged from inside the process (the
// filter runs in the kernel): the kernel audit log records seccomp actions
// (auditd; `ausearch -m SECCOMP`).
#include <string>
#include <vector>

#include "common/result.h"
#include "config/config.h"

namespace tapwatch {

// The denied system calls by name; names this architecture lacks (iopl on
// arm64) are skipped when the filter is built.
const std::vector<std::string>& seccompDeniedSyscalls();

// True in builds with LeakSanitizer (AddressSanitizer): its exit check
// stops the world with ptrace, so ptrace stays allowed there.
bool seccompAllowsPtraceForSanitizers();

// PR_SET_NO_NEW_PRIVS on the calling thread (inherited by threads created
// after it). Call before any thread starts.
Status applyNoNewPrivs();

// Loads the deny-list filter into every thread of the process (TSYNC).
// Sets NoNewPrivs first: the kernel requires it of an unprivileged process.
Status applySeccompFilter();

}  // namespace tapwatch
