#include "main/capture_inputs.h"

#include <pcap/pcap.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "common/log.h"

namespace tapwatch {

Result<std::vector<std::string>> expandCaptureInputs(const std::vector<std::string>& arguments) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& argument : arguments) {
    std::error_code ec;
    if (argument == "-" || !fs::is_directory(argument, ec)) {
      files.push_back(argument);  // a missing file is reported when it is opened, in order
      continue;
    }
    std::vector<std::string> found;
    auto it = fs::recursive_directory_iterator(argument, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (name.starts_with(".")) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    if (ec) return makeError("cannot list " + argument + ": " + ec.message());
    if (found.empty()) return makeError("no capture files in directory " + argument);
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

namespace {
long filePosition(const PcapSource& source) {
  std::FILE* file = pcap_file(source.handle());
  return file == nullptr ? -1 : std::ftell(file);
}
}  // namespace

EmptyCaptureCheck::EmptyCaptureCheck(const PcapSource& source) : header_end_(filePosition(source)) {}

EmptyCaptureCheck::Verdict EmptyCaptureCheck::verdict(const PcapSource& source, uint64_t packets, bool read_error,
                                                      bool filtered) const {
  if (packets > 0) return {};
  const long end = filePosition(source);
  const bool content_after_header = header_end_ >= 0 && end > header_end_;
  const std::string name = source.name() == "-" ? std::string("stdin") : source.name();
  if (read_error || (content_after_header && !filtered))
    return {Kind::Unreadable,
            name + ": no packets in capture: none could be read (" +
                (read_error ? "it stopped on an error" : "its blocks after the header carry no packet libpcap reads") +
                ")"};
  if (content_after_header) return {};  // the filter matched none of its packets
  return {Kind::Empty, name + ": no packets in capture"};
}

bool EmptyCaptureTally::note(const EmptyCaptureCheck::Verdict& verdict, uint64_t packets) {
  packets_ += packets;
  if (verdict.kind == EmptyCaptureCheck::Kind::Empty) empty_.push_back(verdict.message);
  if (verdict.kind != EmptyCaptureCheck::Kind::Unreadable) return false;
  logError(verdict.message);
  return true;
}

bool EmptyCaptureTally::finish() const {
  if (allow_empty_ || empty_.empty()) return false;
  const bool others_had_packets = files_ > 1 && packets_ > 0;
  for (const std::string& message : empty_) {
    if (others_had_packets) logWarning(message + " (the other files were analysed)");
    else logError(message + "; nothing was analysed (tapwatch scan --allow-empty accepts it)");
  }
  return !others_had_packets;
}

}  // namespace tapwatch
