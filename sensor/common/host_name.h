#pragma once
// The name a sensor reports itself under: EVE `host` and the syslog HOSTNAME.
#include <string>
#include <string_view>

namespace tapwatch {

// `sensor.name` when it is set, otherwise the machine's hostname (as Suricata
// and rsyslog do), so that two taps with the shipped config stay distinct in a
// SIEM. "localhost" only if the kernel will not say.
std::string sensorHostName(std::string_view configured_name);

}  // namespace tapwatch
