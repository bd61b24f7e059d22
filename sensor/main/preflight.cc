#include "main/preflight.h"

#include <fcntl.h>
#include <grp.h>
#include <net/if.h>
#include <netdb.h>
#include <pcap/pcap.h>
#include <pwd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>

#include "detect/detection_set.h"
#include "policy/alert_counters.h"
#include "policy/alert_filter.h"
#include "stats/metrics_tls.h"

namespace tapwatch {
namespace {

namespace fs = std::filesystem;

// Opens like EveWriter (O_APPEND, never O_TRUNC); removes what it created.
void checkWritableFile(const std::string& path, const std::string& key, std::vector<Error>& errors) {
  if (path.empty() || path == "-") return;
  std::error_code ec;
  const bool existed = fs::exists(path, ec);
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
  if (fd < 0) {
    errors.push_back(makeError("cannot open " + path + " for writing: " + std::strerror(errno), {key}));
    return;
  }
  ::close(fd);
  if (!existed) ::unlink(path.c_str());
}

void checkReadableFile(const std::string& path, const std::string& key, std::vector<Error>& errors) {
  if (path.empty()) return;
  if (::access(path.c_str(), R_OK) != 0)
    errors.push_back(makeError("cannot read " + path + ": " + std::strerror(errno), {key}));
}

// The spool directory is created by the forwarder: it must exist and be
// writable, or its nearest existing parent must be. Writability is proven by
// creating (and removing) a file, as the user that will write the spool:
// access(2) answers from mode bits and misses an immutable directory or a
// security module's veto, and a spool that cannot be written turns every
// receiver outage into drops.
void checkWritableDir(const std::string& dir, const std::string& key, std::vector<Error>& errors) {
  std::error_code ec;
  fs::path probe = dir;
  while (!probe.empty() && !fs::exists(probe, ec)) probe = probe.parent_path();
  if (probe.empty()) probe = ".";
  if (!fs::is_directory(probe, ec)) {
    errors.push_back(makeError(probe.string() + " is not a directory", {key + " " + dir}));
    return;
  }
  std::string name = (probe / ".tapwatch-write-probe-XXXXXX").string();
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    errors.push_back(makeError("cannot write in " + probe.string() + ": " + std::strerror(errno), {key + " " + dir}));
    return;
  }
  ::close(fd);
  ::unlink(name.c_str());
}

// The sink resolves the name at every connect; a name that does not resolve
// now is almost always a typo. (The port range is the schema's.)
void checkResolvable(const std::string& host, const std::string& key, std::vector<Error>& errors) {
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  const int rc = ::getaddrinfo(host.c_str(), nullptr, &hints, &found);
  if (rc != 0) {
    errors.push_back(makeError("cannot resolve '" + host + "': " + ::gai_strerror(rc), {key}));
    return;
  }
  ::freeaddrinfo(found);
}

}  // namespace

std::vector<Error> checkOutputs(const Config& config) {
  std::vector<Error> errors;
  const EveOutputConfig& eve = config.outputs.eve;
  if (eve.enabled) {
    std::set<std::string> seen;
    const auto check = [&](const std::string& path, const std::string& key) {
      if (!path.empty() && seen.insert(path).second) checkWritableFile(path, key, errors);
    };
    check(eve.path, "outputs.eve.path");
    const EveFilesConfig& f = eve.files;
    const std::pair<const std::string*, const char*> files[] = {
        {&f.alert, "alert"},       {&f.anomaly, "anomaly"}, {&f.flow, "flow"}, {&f.http, "http"},
        {&f.dns, "dns"},           {&f.tls, "tls"},         {&f.quic, "quic"}, {&f.smtp, "smtp"},
        {&f.fileinfo, "fileinfo"}, {&f.stats, "stats"}};
    for (const auto& [path, name] : files) check(*path, std::string("outputs.eve.files.") + name);
  }
  const PrometheusOutputConfig& prometheus = config.outputs.prometheus;
  if (prometheus.enabled) {
    // Readable, PEM, key matches certificate: what the server loads at start.
    if (!prometheus.tls.cert_file.empty() || !prometheus.tls.key_file.empty()) {
      if (auto s = checkMetricsTlsFiles(prometheus.tls.cert_file, prometheus.tls.key_file); !s)
        errors.push_back(s.error());
    }
  }
  const SyslogOutputConfig& syslog = config.outputs.syslog;
  if (syslog.enabled) {
    if (!syslog.spool_dir.empty()) checkWritableDir(syslog.spool_dir, "outputs.syslog.spool_dir", errors);
    checkReadableFile(syslog.tls.ca_file, "outputs.syslog.tls.ca_file", errors);
    checkReadableFile(syslog.tls.cert_file, "outputs.syslog.tls.cert_file", errors);
    checkReadableFile(syslog.tls.key_file, "outputs.syslog.tls.key_file", errors);
  }
  const RedisOutputConfig& redis = config.outputs.redis;
  if (redis.enabled) {
    if (!redis.spool_dir.empty()) checkWritableDir(redis.spool_dir, "outputs.redis.spool_dir", errors);
    checkResolvable(redis.server, "outputs.redis.server", errors);
  }
  return errors;
}

std::vector<Error> checkCapture(const Config& config, bool live) {
  std::vector<Error> errors;
  if (live && !config.capture.interface.empty() && if_nametoindex(config.capture.interface.c_str()) == 0)
    errors.push_back(makeError("no such network interface '" + config.capture.interface + "'", {"capture.interface"}));
  if (!live && config.capture.mode == "afpacket")
    errors.push_back(makeError("capture.mode afpacket reads a live interface; a replay reads files with libpcap "
                               "(drop the mode or check the config without --replay)",
                               {"capture.mode"}));
  if (!config.capture.bpf.empty()) {
    // A dead Ethernet handle compiles the filter as the live handle would.
    pcap_t* dead = pcap_open_dead(DLT_EN10MB, static_cast<int>(config.capture.snaplen));
    bpf_program program{};
    if (dead == nullptr) {
      errors.push_back(makeError("cannot create a libpcap handle to compile the filter", {"capture.bpf"}));
    } else if (pcap_compile(dead, &program, config.capture.bpf.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
      errors.push_back(makeError("bad BPF filter '" + config.capture.bpf + "': " + pcap_geterr(dead), {"capture.bpf"}));
    } else {
      pcap_freecode(&program);
    }
    if (dead != nullptr) pcap_close(dead);
  }
  return errors;
}

std::vector<Error> checkSignatures(const Config& config) {
  std::vector<Error> errors;
  if (config.signatures.paths.empty()) errors.push_back(makeError("no signature paths", {"signatures.paths"}));
  std::error_code ec;
  for (const std::string& path : config.signatures.paths)
    if (!fs::exists(path, ec)) errors.push_back(makeError("no such file or directory: " + path, {"signatures.paths"}));
  if (!errors.empty()) return errors;  // loading would only repeat the missing path
  DetectOptions options;
  options.excerpt_bytes = config.alerts.excerpt_bytes;
  options.cache_dir = config.signatures.cache_dir;
  options.allow_list_outside = config.signatures.allow_list_outside;
  auto set = DetectionSet::load(config.signatures.paths, options);
  if (!set) {
    errors.push_back(set.error());
    return errors;
  }
  AlertCounters counters;
  AlertFilter filter(counters);
  if (Status st = filter.loadSuppressions(config.signatures); !st) errors.push_back(st.error());
  return errors;
}

std::vector<Error> checkSystem(const Config& config) {
  std::vector<Error> errors;
  if (!config.privileges.user.empty() && getpwnam(config.privileges.user.c_str()) == nullptr)
    errors.push_back(makeError("unknown user '" + config.privileges.user + "'", {"privileges.user"}));
  if (!config.privileges.group.empty() && getgrnam(config.privileges.group.c_str()) == nullptr)
    errors.push_back(makeError("unknown group '" + config.privileges.group + "'", {"privileges.group"}));
  return errors;
}

}  // namespace tapwatch
