#include "output/syslog_format.h"

#include <array>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>

namespace tapwatch {
namespace {

using nlohmann::json;

struct FacilityName {
  std::string_view name;
  int code;
};
constexpr std::array<FacilityName, 25> kFacilities{{
    {"kern", 0},    {"user", 1},     {"mail", 2},    {"daemon", 3},    {"auth", 4},    {"syslog", 5},  {"lpr", 6},
    {"news", 7},    {"uucp", 8},     {"cron", 9},    {"authpriv", 10}, {"ftp", 11},    {"ntp", 12},    {"security", 13},
    {"audit", 13},  {"console", 14}, {"local0", 16}, {"local1", 17},   {"local2", 18}, {"local3", 19}, {"local4", 20},
    {"local5", 21}, {"local6", 22},  {"local7", 23}, {"clock", 15},
}};

std::string jsonString(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

std::string jsonNumber(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_number_integer()) return {};
  return std::to_string(it->get<int64_t>());
}

void appendExt(std::string& out, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  if (out.back() != '|') out += ' ';
  out += key;
  out += '=';
  out += escapeCefExtension(value);
}

// Whole milliseconds since the epoch, CEF's preferred "rt" form.
std::string epochMillis(Timestamp ts) { return std::to_string(ts.sec * 1000 + ts.nsec / 1000000); }

}  // namespace

int syslogSeverity(uint8_t eve_severity) {
  switch (eve_severity) {
    case 0:
    case 1: return kSyslogCrit;
    case 2: return kSyslogErr;
    case 3: return kSyslogWarning;
    default: return kSyslogNotice;
  }
}

int cefSeverity(uint8_t eve_severity) {
  switch (eve_severity) {
    case 0:
    case 1: return 10;
    case 2: return 7;
    case 3: return 5;
    default: return 3;
  }
}

std::optional<int> parseSyslogFacility(std::string_view name) {
  for (const auto& f : kFacilities) {
    if (f.name == name) return f.code;
  }
  return std::nullopt;
}

std::optional<SyslogFormat> parseSyslogFormat(std::string_view name) {
  if (name == "rfc5424") return SyslogFormat::Rfc5424;
  if (name == "rfc3164") return SyslogFormat::Rfc3164;
  return std::nullopt;
}

std::optional<SyslogBody> parseSyslogBody(std::string_view name) {
  if (name == "json") return SyslogBody::Json;
  if (name == "cef") return SyslogBody::Cef;
  return std::nullopt;
}

std::string escapeSdValue(std::string_view value) {
  std::string out;
  out.reserve(value.size() + 8);
  for (char c : value) {
    if (c == '"' || c == '\\' || c == ']') out += '\\';
    out += c;
  }
  return out;
}

std::string sanitizeHeaderField(std::string_view value, size_t max_len) {
  if (value.empty()) return "-";
  std::string out(value.substr(0, max_len));
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 33 || u > 126) c = '_';
  }
  return out;
}

// CEF defines escapes only for \\, | (header), = and line ends
// (extension). Every other control byte (NUL, TAB, ESC, DEL, ...) would
// reach the SIEM raw, where it can cut a field or drive a terminal: it
// becomes a space.
bool isControlByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x20 || u == 0x7f;
}

std::string escapeCefHeader(std::string_view value) {
  std::string out;
  out.reserve(value.size() + 8);
  for (char c : value) {
    if (c == '\\' || c == '|') {
      out += '\\';
      out += c;
    } else if (isControlByte(c)) {
      out += ' ';  // line ends too: a header has no escape for them
    } else {
      out += c;
    }
  }
  return out;
}

std::string escapeCefExtension(std::string_view value) {
  std::string out;
  out.reserve(value.size() + 8);
  for (char c : value) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '=': out += "\\="; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += isControlByte(c) ? ' ' : c;
    }
  }
  return out;
}

std::string formatCef(const AlertRecord& record, std::string_view version) {
  const json root = json::parse(record.eve_json, nullptr, /*allow_exceptions=*/false);
  const bool ok = root.is_object();
  const json empty = json::object();
  const json& alert = ok && root.contains("alert") && root["alert"].is_object() ? root["alert"] : empty;
  std::string name = jsonString(alert, "signature");

  std::string out = "CEF:0|Tapwatch|tapwatch|";
  out += escapeCefHeader(version);
  out += '|';
  out += std::to_string(record.signature_id);
  out += '|';
  out += escapeCefHeader(name.empty() ? "tapwatch alert " + std::to_string(record.signature_id) : name);
  out += '|';
  out += std::to_string(cefSeverity(record.severity));
  out += '|';
  if (record.ts.sec != 0) appendExt(out, "rt", epochMillis(record.ts));
  if (ok) {
    appendExt(out, "dvchost", jsonString(root, "host"));
    // CEF's src/dst are IPv4 only; IPv6 goes to the c6a2/c6a3 custom fields ArcSight defines for it.
    const std::string src = jsonString(root, "src_ip"), dst = jsonString(root, "dest_ip");
    appendExt(out, src.find(':') == std::string::npos ? "src" : "c6a2", src);
    appendExt(out, "spt", jsonNumber(root, "src_port"));
    appendExt(out, dst.find(':') == std::string::npos ? "dst" : "c6a3", dst);
    appendExt(out, "dpt", jsonNumber(root, "dest_port"));
    appendExt(out, "proto", jsonString(root, "proto"));
    appendExt(out, "app", jsonString(root, "app_proto"));
  }
  appendExt(out, "cat", record.category);
  appendExt(out, "cs1Label", "rev");
  appendExt(out, "cs1", std::to_string(record.rev));
  // The matched excerpt: alert.context.excerpt when alert context is on, else payload_printable.
  const json& context = alert.contains("context") && alert["context"].is_object() ? alert["context"] : empty;
  if (ok) {
    const std::string excerpt = jsonString(context, "excerpt");
    appendExt(out, "msg", excerpt.empty() ? jsonString(root, "payload_printable") : excerpt);
  }
  return out;
}

std::string formatRfc5424Timestamp(Timestamp ts) {
  if (ts.sec == 0 && ts.nsec == 0) return "-";
  std::tm tm{};
  const auto secs = static_cast<time_t>(ts.sec);
  gmtime_r(&secs, &tm);
  char buf[48];
  const size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(buf + n, sizeof buf - n, ".%06uZ", (ts.nsec % 1000000000u) / 1000);
  return buf;
}

std::string formatRfc3164Timestamp(Timestamp ts) {
  std::tm tm{};
  const auto secs = static_cast<time_t>(ts.sec);
  gmtime_r(&secs, &tm);
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s %2d %02d:%02d:%02d", kMonths[tm.tm_mon % 12], tm.tm_mday, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return buf;
}

std::string formatSyslogMessage(const AlertRecord& record, const SyslogFormatOptions& options) {
  const std::string body = options.body == SyslogBody::Cef && record.type == EveType::Alert
                               ? formatCef(record, options.version)
                               : record.eve_json;
  const int pri = syslogPri(options.facility, record.severity);
  std::string out;
  out.reserve(body.size() + 160);
  out += '<';
  out += std::to_string(pri);
  out += '>';
  if (options.format == SyslogFormat::Rfc3164) {
    // RFC 3164 has no structured data; sid/rev/category are in the body.
    out += formatRfc3164Timestamp(record.ts);
    out += ' ';
    out += sanitizeHeaderField(options.hostname, 255);
    out += ' ';
    out += sanitizeHeaderField(options.app_name, 32);
    out += '[';
    out += std::to_string(options.pid);
    out += "]: ";
    out += body;
    return out;
  }
  out += "1 ";
  out += formatRfc5424Timestamp(record.ts);
  out += ' ';
  out += sanitizeHeaderField(options.hostname, 255);
  out += ' ';
  out += sanitizeHeaderField(options.app_name, 48);
  out += ' ';
  out += std::to_string(options.pid);
  if (record.type != EveType::Alert) {
    // Other event types (outputs.syslog.types): MSGID names the type, no structured data.
    out += ' ';
    out += sanitizeHeaderField(std::string(eveTypeName(record.type)), 32);
    out += " - ";
    out += record.eve_json;
    return out;
  }
  out += " alert [";
  out += kSdId;
  out += " sid=\"";
  out += std::to_string(record.signature_id);
  out += "\" rev=\"";
  out += std::to_string(record.rev);
  out += "\" category=\"";
  out += escapeSdValue(record.category);
  out += "\" severity=\"";
  out += std::to_string(record.severity);
  out += "\"] ";
  out += body;  // MSG-ANY: no BOM, many SIEM parsers reject one
  return out;
}

}  // namespace tapwatch
