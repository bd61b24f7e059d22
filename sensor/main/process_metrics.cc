#include "main/process_metrics.h"

#include <sys/resource.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace tapwatch {
namespace {

// The fields of /proc/self/stat after the command name (which may hold
// spaces, so split after its closing parenthesis); [0] is field 3, state.
std::vector<std::string> statFields() {
  std::ifstream in("/proc/self/stat");
  std::string line;
  std::getline(in, line);
  const size_t close = line.rfind(')');
  std::vector<std::string> fields;
  if (close == std::string::npos) return fields;
  std::istringstream rest(line.substr(close + 1));
  for (std::string f; rest >> f;) fields.push_back(f);
  return fields;
}

double field(const std::vector<std::string>& fields, size_t stat_field_number) {
  const size_t index = stat_field_number - 3;
  if (index >= fields.size()) return 0;
  return std::strtod(fields[index].c_str(), nullptr);
}

double bootTimeUnix() {
  std::ifstream in("/proc/stat");
  for (std::string key; in >> key;) {
    if (key == "btime") {
      double value = 0;
      in >> value;
      return value;
    }
    in.ignore(1 << 20, '\n');
  }
  return 0;
}

double openFds() {
  std::error_code ec;
  double n = 0;
  for (auto it = std::filesystem::directory_iterator("/proc/self/fd", ec);
       !ec && it != std::filesystem::directory_iterator(); it.increment(ec))
    ++n;
  return n > 0 ? n - 1 : 0;  // the iterator's own descriptor is not the process's
}

}  // namespace

ProcessMetrics::ProcessMetrics() {
  const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
  start_time_unix_ = bootTimeUnix() + field(statFields(), 22) / ticks;
}

void ProcessMetrics::collect(MetricsBuilder& out) const {
  const std::vector<std::string> stat = statFields();
  const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
  out.family(ProcessMetricsInfo::cpu_seconds);
  out.set({}, (field(stat, 14) + field(stat, 15)) / ticks);  // utime + stime
  out.family(ProcessMetricsInfo::resident_memory);
  out.set({}, field(stat, 24) * static_cast<double>(sysconf(_SC_PAGESIZE)));
  out.family(ProcessMetricsInfo::virtual_memory);
  out.set({}, field(stat, 23));
  out.family(ProcessMetricsInfo::open_fds);
  out.set({}, openFds());
  rlimit limit{};
  out.family(ProcessMetricsInfo::max_fds);
  out.set({}, getrlimit(RLIMIT_NOFILE, &limit) == 0 ? static_cast<double>(limit.rlim_cur) : 0);
  out.family(ProcessMetricsInfo::start_time);
  out.set({}, start_time_unix_);
}

}  // namespace tapwatch
