// tapwatch: command-line entry point. Only parses arguments and hands over to
// the command functions in commands.h; all wiring happens there.
#include <CLI/CLI.hpp>

#include "main/commands.h"

namespace {

void addConfigOptions(CLI::App* cmd, tapwatch::ConfigOptions& options) {
  cmd->add_option("-c,--config", options.config_file, "config file (default /etc/tapwatch/tapwatch.yaml if present)");
  cmd->add_option("--set", options.overrides, "override one config key: KEY.PATH=VALUE (repeatable)");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tapwatch: network sensor for blackmail and scam traffic"};
  app.require_subcommand(1);

  tapwatch::ScanOptions scan;
  CLI::App* scan_cmd = app.add_subcommand("scan", "analyse capture files offline; EVE JSON alerts to -o");
  scan_cmd->add_option("pcap", scan.pcaps, "capture files (pcap or pcapng; - for stdin)")->required();
  addConfigOptions(scan_cmd, scan.config);
  scan_cmd->add_option("-s,--signatures", scan.config.signature_paths, "signature file or directory (repeatable)");
  scan_cmd->add_option("-o,--output", scan.output, "EVE JSON output file, - for stdout");
  scan_cmd->add_option("--workers", scan.workers, "worker threads (default: capture.workers)")
      ->check(CLI::Range(1, 64));
  scan_cmd->add_flag("!--no-progress", scan.progress, "no progress bar on stderr");
  scan_cmd->add_option("--stats-json", scan.stats_json, "write the run summary as JSON to this file");

  tapwatch::RunOptions run;
  CLI::App* run_cmd = app.add_subcommand("run", "run the sensor daemon");
  addConfigOptions(run_cmd, run.config);
  auto* iface = run_cmd->add_option("-i,--interface", run.interface, "capture interface (overrides capture.interface)");
  run_cmd->add_option("-r,--read", run.pcaps, "replay capture files through the daemon pipeline")->excludes(iface);
  run_cmd->add_option("--workers", run.workers, "worker threads (default: capture.workers)")->check(CLI::Range(1, 64));
  run_cmd->add_flag("--linger", run.linger, "keep serving metrics after the replayed files end");

  CLI::App* sig_cmd = app.add_subcommand("sig", "signature tools");
  sig_cmd->require_subcommand(1);
  std::vector<std::string> sig_paths;
  CLI::App* sig_check = sig_cmd->add_subcommand("check", "validate and compile signatures");
  sig_check->add_option("path", sig_paths, "signature files or directories")->required();
  CLI::App* sig_test = sig_cmd->add_subcommand("test", "run every signature's embedded examples");
  sig_test->add_option("path", sig_paths, "signature files or directories")->required();

  CLI::App* config_cmd = app.add_subcommand("config", "configuration tools");
  config_cmd->require_subcommand(1);
  std::string config_file;
  std::vector<std::string> config_overrides;
  CLI::App* config_check = config_cmd->add_subcommand("check", "validate a config file");
  config_check->add_option("file", config_file, "config file")->required();
  config_check->add_option("--set", config_overrides, "override one key: KEY.PATH=VALUE");

  CLI::App* version_cmd = app.add_subcommand("version", "print the version");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? tapwatch::kExitOk : tapwatch::kExitUsage;
  }

  if (scan_cmd->parsed()) return tapwatch::runScan(scan);
  if (run_cmd->parsed()) return tapwatch::runDaemon(run);
  if (sig_check->parsed()) return tapwatch::runSigCheck(sig_paths);
  if (sig_test->parsed()) return tapwatch::runSigTest(sig_paths);
  if (config_check->parsed()) return tapwatch::runConfigCheck(config_file, config_overrides);
  if (version_cmd->parsed()) return tapwatch::runVersion();
  return tapwatch::kExitUsage;
}
