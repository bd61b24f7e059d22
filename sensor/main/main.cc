// tapwatch: command-line entry point. Only parses arguments and hands over to
// the command functions in commands.h; all wiring happens there.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "main/command_suggest.h"
#include "main/commands.h"
#include "tapwatch_build.h"

namespace {

void addConfigOptions(CLI::App* cmd, tapwatch::ConfigOptions& options) {
  cmd->add_option("-c,--config", options.config_file, "config file (default /etc/tapwatch/tapwatch.yaml if present)");
  cmd->add_option("--set", options.overrides, "override one config key: KEY.PATH=VALUE (repeatable)");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tapwatch: network sensor for blackmail and scam traffic"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("tapwatch ") + tapwatch::kTapwatchVersion + " (" +
                                        tapwatch::kTapwatchGitRevision + ")");

  tapwatch::ScanOptions scan;
  CLI::App* scan_cmd = app.add_subcommand("scan", "analyse capture files offline; EVE JSON alerts to -o");
  scan_cmd
      ->add_option("pcap", scan.pcaps,
                   "capture files or directories (every file below, sorted); pcap or pcapng; - for stdin")
      ->required();
  addConfigOptions(scan_cmd, scan.config);
  scan_cmd->add_option("-s,--signatures", scan.config.signature_paths, "signature file or directory (repeatable)");
  scan_cmd->add_option("-o,--output", scan.output, "EVE JSON output file, - for stdout");
  scan_cmd->add_option("--workers", scan.workers, "worker threads (default: capture.workers)")
      ->check(CLI::Range(1, 64));
  scan_cmd->add_flag("!--no-progress", scan.progress, "no progress bar on stderr");
  scan_cmd->add_option("--stats-json", scan.stats_json, "write the run summary as JSON to this file");
  auto* scan_follow = scan_cmd->add_flag(
      "--follow", scan.follow,
      "after the inputs, keep reading new captures that appear below the directories (recursive, sorted) until "
      "SIGTERM/SIGINT");
  scan_cmd
      ->add_option("--follow-settle", scan.follow_settle,
                   "seconds a new file must stay unchanged to count as complete (default 2; a close or rename into "
                   "place counts at once)")
      ->check(CLI::Range(0.0, 86400.0))
      ->needs(scan_follow);
  scan_cmd->add_flag("--allow-empty", scan.allow_empty,
                     "a capture with no packets (a bare header) is not an error (exit 0; e.g. to time start-up)");
  scan_cmd
      ->add_option("--types", scan.types,
                   "EVE event types to write, comma separated (default: outputs.eve.types): alert, anomaly, flow, "
                   "http, dns, tls, quic, smtp, fileinfo, stats")
      ->delimiter(',')
      ->check(CLI::IsMember({"alert", "anomaly", "flow", "http", "dns", "tls", "quic", "smtp", "fileinfo", "stats"}));

  tapwatch::RunOptions run;
  CLI::App* run_cmd = app.add_subcommand("run", "run the sensor daemon");
  addConfigOptions(run_cmd, run.config);
  auto* iface = run_cmd->add_option("-i,--interface", run.interface, "capture interface (overrides capture.interface)");
  auto* run_read = run_cmd
                       ->add_option("-r,--read", run.pcaps,
                                    "replay capture files or directories (every file below, sorted) through the "
                                    "daemon pipeline")
                       ->excludes(iface);
  auto* run_follow = run_cmd->add_flag(
      "--follow", run.follow,
      "with -r: after the files, keep reading new captures that appear below the directories until stopped");
  run_follow->needs(run_read);
  run_cmd
      ->add_option("--follow-settle", run.follow_settle,
                   "seconds a new file must stay unchanged to count as complete (default 2; a close or rename into "
                   "place counts at once)")
      ->check(CLI::Range(0.0, 86400.0))
      ->needs(run_follow);
  run_cmd->add_option("--workers", run.workers, "worker threads (default: capture.workers)")->check(CLI::Range(1, 64));
  run_cmd->add_flag("--linger", run.linger, "keep serving metrics after the replayed files end");
  run_cmd
      ->add_flag("--pcap-queue", run.pcap_queue,
                 "replay capture files handed over with `tapwatch ctl pcap FILE`, in order, until shutdown")
      ->excludes(iface);

  CLI::App* sig_cmd = app.add_subcommand("sig", "signature tools");
  sig_cmd->require_subcommand(1);
  std::vector<std::string> sig_paths;
  CLI::App* sig_check = sig_cmd->add_subcommand("check", "validate and compile signatures");
  sig_check->add_option("path", sig_paths, "signature files or directories")->required();
  std::string sig_cache_dir;
  sig_check->add_option("--cache-dir", sig_cache_dir,
                        "load/store compiled databases in this directory (as signatures.cache_dir does)");
  CLI::App* sig_test = sig_cmd->add_subcommand("test", "run every signature's embedded examples");
  sig_test->add_option("path", sig_paths, "signature files or directories")->required();
  bool sig_test_verbose = false;
  sig_test->add_flag("-v,--verbose", sig_test_verbose,
                     "print every example's outcome with the patterns it matched and its score");
  sig_test->add_option("--cache-dir", sig_cache_dir,
                       "load/store compiled databases in this directory (as signatures.cache_dir does; "
                       "default: compile without a cache)");

  tapwatch::SigProfileOptions profile;
  CLI::App* sig_profile =
      sig_cmd->add_subcommand("profile", "measure which signatures cost the most scan time on captures");
  sig_profile->add_option("pcap", profile.pcaps, "capture files (pcap or pcapng)")->required();
  addConfigOptions(sig_profile, profile.config);
  sig_profile->add_option("-s,--signatures", profile.config.signature_paths,
                          "signature file or directory (repeatable)");
  sig_profile->add_option("--repeat", profile.repeat, "runs per measurement; the fastest counts (default 3)")
      ->check(CLI::Range(1, 100));
  sig_profile->add_option("--top", profile.top, "rows to print, most expensive first; 0 = all (default 25)");
  sig_profile->add_option("--max-mb", profile.max_mb, "packet bytes held in memory (default 1024)")
      ->check(CLI::Range(1, 65536));

  tapwatch::SigImportOptions import_options;
  CLI::App* sig_import = sig_cmd->add_subcommand(
      "import-suricata",
      "check Suricata rules: which load with Suricata's meaning (written out unchanged) and why the others do not");
  sig_import->add_option("rules", import_options.inputs, "Suricata .rules files, directories, - for stdin")->required();
  sig_import->add_option("-o,--output", import_options.output,
                         "the loadable rules as a .rules file, - for stdout (default)");
  sig_import->add_option("--var", import_options.vars, "NAME=VALUE rule variable, as config vars: (repeatable)");
  sig_import->add_flag("-v,--verbose", import_options.verbose, "also list loaded and disabled rules");

  CLI::App* config_cmd = app.add_subcommand("config", "configuration tools");
  config_cmd->require_subcommand(1);
  std::string config_file;
  std::vector<std::string> config_overrides;
  CLI::App* config_check = config_cmd->add_subcommand("check", "validate a config file");
  config_check->add_option("file", config_file, "config file")->required();
  config_check->add_option("--set", config_overrides, "override one key: KEY.PATH=VALUE");
  bool config_for_replay = false;
  config_check->add_flag("--replay", config_for_replay,
                         "the config is for replays (run -r): do not require capture.interface to exist");

  tapwatch::CtlOptions ctl;
  CLI::App* ctl_cmd = app.add_subcommand("ctl", "send one command to a running daemon (control.socket)");
  ctl_cmd->add_option("-S,--socket", ctl.socket, "control socket (default: control.socket of the config)");
  ctl_cmd->add_option("-c,--config", ctl.config_file, "config file naming control.socket");
  ctl_cmd
      ->add_option("command", ctl.command,
                   "reload (waits for the compile; errors as FILE:LINE:COL), stats (every counter), ruleset, "
                   "iface (packets and drops), pcap FILE (queue a capture for a replay daemon), shutdown, version")
      ->required();
  ctl_cmd->add_option("args", ctl.args, "the command's argument (pcap: FILE)");

  CLI::App* version_cmd = app.add_subcommand("version", "print the version");

  if (auto typo = tapwatch::unknownSubcommand(app, argc, argv)) {
    std::fprintf(stderr, "%s\n", typo->c_str());
    return tapwatch::kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? tapwatch::kExitOk : tapwatch::kExitUsage;
  }

  if (scan_cmd->parsed()) return tapwatch::runScan(scan);
  if (run_cmd->parsed()) return tapwatch::runDaemon(run);
  if (sig_check->parsed()) return tapwatch::runSigCheck(sig_paths, sig_cache_dir);
  if (sig_profile->parsed()) return tapwatch::runSigProfile(profile);
  if (sig_import->parsed()) return tapwatch::runSigImportSuricata(import_options);
  if (sig_test->parsed()) return tapwatch::runSigTest(sig_paths, sig_test_verbose, sig_cache_dir);
  if (config_check->parsed()) return tapwatch::runConfigCheck(config_file, config_overrides, !config_for_replay);
  if (version_cmd->parsed()) return tapwatch::runVersion();
  if (ctl_cmd->parsed()) return tapwatch::runCtl(ctl);
  return tapwatch::kExitUsage;
}
