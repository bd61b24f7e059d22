#pragma once
// The closed sets of words some config keys accept, in one place so the
// loader's validation, its error messages and the modules that act on them
// (syslog forwarder, logging) agree. Any thread (constant data).
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace tapwatch {

inline constexpr std::array<std::string_view, 4> kSyslogTransports{"udp", "tcp", "tls", "relp"};
inline constexpr std::array<std::string_view, 2> kSyslogFramings{"octet-counting", "lf"};
inline constexpr std::array<std::string_view, 2> kSyslogFormats{"rfc5424", "rfc3164"};
inline constexpr std::array<std::string_view, 2> kSyslogBodies{"json", "cef"};
inline constexpr std::array<std::string_view, 4> kRedisModes{"list", "rpush", "channel", "stream"};
inline constexpr std::array<std::string_view, 4> kLogLevels{"debug", "info", "warning", "error"};
inline constexpr std::array<std::string_view, 3> kChecksumValidationModes{"auto", "yes", "no"};
inline constexpr std::array<std::string_view, 2> kCaptureModes{"pcap", "afpacket"};
inline constexpr std::array<std::string_view, 2> kAfPacketFanouts{"hash", "cpu"};
// capture.offline_mode: how several workers share an offline capture file.
inline constexpr std::array<std::string_view, 2> kOfflineModes{"fanout", "dispatch"};
// Which alert address a suppression CIDR is checked against.
inline constexpr std::array<std::string_view, 3> kSuppressTracks{"by_src", "by_dst", "by_either"};

struct SyslogFacility {
  std::string_view name;
  int code;  // RFC 5424 §6.2.1 facility number; PRI = code * 8 + severity
};

inline constexpr std::array<SyslogFacility, 20> kSyslogFacilities{{
    {"kern", 0},    {"user", 1},    {"mail", 2},    {"daemon", 3},    {"auth", 4},    {"syslog", 5},  {"lpr", 6},
    {"news", 7},    {"uucp", 8},    {"cron", 9},    {"authpriv", 10}, {"ftp", 11},    {"local0", 16}, {"local1", 17},
    {"local2", 18}, {"local3", 19}, {"local4", 20}, {"local5", 21},   {"local6", 22}, {"local7", 23},
}};

// Facility number for a configured name (the loader has already rejected unknown names).
std::optional<int> syslogFacilityCode(std::string_view name);

bool isOneOf(std::string_view value, std::span<const std::string_view> allowed);
// "udp, tcp, tls, relp" for messages.
std::string joinWords(std::span<const std::string_view> words);

}  // namespace tapwatch
