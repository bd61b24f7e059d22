#pragma once
// The CLI commands. Each returns the process exit code:
// 0 ok, 1 runtime failure, 2 usage / config / signature error.
#include <cstdint>
#include <string>
#include <vector>

namespace tapwatch {

constexpr int kExitOk = 0;
constexpr int kExitRuntime = 1;
constexpr int kExitUsage = 2;

// What `run` and `scan` share: where the config comes from and how it is adjusted.
struct ConfigOptions {
  std::string config_file;                   // -c; empty = default location or built-ins
  std::vector<std::string> overrides;        // --set KEY.PATH=VALUE
  std::vector<std::string> signature_paths;  // -s; replaces the configured paths
};

struct ScanOptions {
  ConfigOptions config;
  std::vector<std::string> pcaps;
  std::string output = "-";
  uint32_t workers = 0;  // 0 = from config
  bool progress = true;
  std::string stats_json;          // optional machine-readable summary
  std::vector<std::string> types;  // --types: EVE event types written (default outputs.eve.types)
  bool follow = false;             // --follow: then read new captures below the directories until SIGTERM/SIGINT
  double follow_settle = 2.0;      // --follow-settle: seconds a file must stay unchanged to count as complete
  bool allow_empty = false;        // --allow-empty: a capture with no packet is not an error
};

struct RunOptions {
  ConfigOptions config;
  std::string interface;           // -i
  std::vector<std::string> pcaps;  // -r
  uint32_t workers = 0;
  bool linger = false;
  bool pcap_queue = false;  // replay files queued with `tapwatch ctl pcap` until shutdown
  bool follow = false;      // -r ... --follow: then read new captures below the directories until stopped
  double follow_settle = 2.0;
  // Filled by runDaemon from the -r arguments with --follow (main/capture_inputs.h FollowedInputs).
  std::vector<std::string> follow_directories;
  std::vector<std::string> follow_skipped;
};

// `tapwatch ctl [-S SOCKET] COMMAND [ARG]`: one request to a running daemon.
struct CtlOptions {
  std::string socket;  // empty = control.socket of the config (-c) or the default
  std::string config_file;
  std::string command;
  std::vector<std::string> args;
};

struct SigProfileOptions {
  ConfigOptions config;  // -c / -s, like scan
  std::vector<std::string> pcaps;
  uint32_t repeat = 3;     // runs per measurement; the fastest counts
  size_t top = 25;         // rows printed; 0 = all
  uint64_t max_mb = 1024;  // packets held in memory
};

int runScan(const ScanOptions& options);
int runDaemon(const RunOptions& options);
int runSigCheck(const std::vector<std::string>& paths, const std::string& cache_dir = "");
int runSigProfile(const SigProfileOptions& options);
struct SigImportOptions {
  std::vector<std::string> inputs;  // files, directories (*.rules inside), "-" = stdin
  std::string output = "-";         // the loadable rules as a .rules file; "-" = stdout
  std::vector<std::string> vars;    // NAME=VALUE, as config `vars:`
  bool verbose = false;             // also list loaded and disabled rules
};
int runSigImportSuricata(const SigImportOptions& options);
int runSigTest(const std::vector<std::string>& paths, bool verbose = false, const std::string& cache_dir = "");
// `live`: the config is for live capture (check the interface); false for replays (-r).
int runConfigCheck(const std::string& file, const std::vector<std::string>& overrides, bool live = true);
int runVersion();
int runCtl(const CtlOptions& options);

}  // namespace tapwatch
