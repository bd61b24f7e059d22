#include "common/host_name.h"

#include <unistd.h>
#include <climits>

namespace tapwatch {

std::string sensorHostName(std::string_view configured_name) {
  if (!configured_name.empty()) return std::string(configured_name);
  char buf[HOST_NAME_MAX + 1] = {};
  if (::gethostname(buf, sizeof buf - 1) != 0 || buf[0] == '\0') return "localhost";
  return buf;
}

}  // namespace tapwatch
