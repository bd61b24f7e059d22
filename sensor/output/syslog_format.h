#pragma once
// Renders an AlertRecord as one syslog message: RFC 5424
// (default) or RFC 3164 header, the tapwatch structured data, and a body that
// is the EVE JSON line or a CEF record. Pure functions; called on the output
// thread, once per alert (never per packet).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "output/alert.h"

namespace tapwatch {

enum class SyslogFormat : uint8_t { Rfc5424, Rfc3164 };
enum class SyslogBody : uint8_t { Json, Cef };

// Syslog severities (RFC 5424 §6.2.1) used by the mapping below.
inline constexpr int kSyslogCrit = 2, kSyslogErr = 3, kSyslogWarning = 4, kSyslogNotice = 5;
// Private enterprise number in the SD-ID "tapwatch@32473" (32473 is the
// RFC 5612 documentation number; operators may keep it, SIEMs key on the name).
inline constexpr std::string_view kSdId = "tapwatch@32473";

// EVE severity (1 high .. 4 info) -> syslog severity: 1 -> crit(2), 2 -> err(3),
// 3 -> warning(4), 4 -> notice(5). Out-of-range values clamp to the nearest end,
// so a bad value never produces an alert/emerg page or a debug-level drop.
int syslogSeverity(uint8_t eve_severity);

// "local4" -> 20, "daemon" -> 3, ... (RFC 5424 facility names, plus "security"
// for 13); nullopt for an unknown name.
std::optional<int> parseSyslogFacility(std::string_view name);
std::optional<SyslogFormat> parseSyslogFormat(std::string_view name);
std::optional<SyslogBody> parseSyslogBody(std::string_view name);

// PRI = facility * 8 + severity.
inline int syslogPri(int facility, uint8_t eve_severity) { return facility * 8 + syslogSeverity(eve_severity); }

// Escapes an SD-PARAM value: '"', '\' and ']' get a backslash (RFC 5424 §6.3.3).
std::string escapeSdValue(std::string_view value);

// RFC 5424 HOSTNAME / APP-NAME: printable US-ASCII without spaces, at most
// max_len characters; anything else becomes '_', empty becomes "-" (NILVALUE).
std::string sanitizeHeaderField(std::string_view value, size_t max_len);

// CEF escaping: header fields escape '\' and '|', extension values escape
// '\' and '='; newlines become "\n"/"\r" in extensions and a space in headers.
std::string escapeCefHeader(std::string_view value);
std::string escapeCefExtension(std::string_view value);

// EVE severity -> CEF severity 0..10: 1 -> 10, 2 -> 7, 3 -> 5, 4 -> 3.
int cefSeverity(uint8_t eve_severity);

// The CEF record for an alert, built from its EVE JSON (falls back to the
// record's own fields if the JSON does not parse).
std::string formatCef(const AlertRecord& record, std::string_view version);

struct SyslogFormatOptions {
  SyslogFormat format = SyslogFormat::Rfc5424;
  SyslogBody body = SyslogBody::Json;
  int facility = 20;     // local4
  std::string hostname;  // sensor.name
  std::string app_name = "tapwatch";
  int pid = 0;
  std::string version;  // CEF device version
};

// "2020-05-26T10:00:00.000500Z" from capture time; "-" when the time is unset.
std::string formatRfc5424Timestamp(Timestamp ts);
// "May 26 10:00:00" (UTC, day space-padded) for RFC 3164.
std::string formatRfc3164Timestamp(Timestamp ts);

// One complete syslog message without transport framing.
std::string formatSyslogMessage(const AlertRecord& record, const SyslogFormatOptions& options);

}  // namespace tapwatch
