#include "detect/suricata_import.h"

#include <hs.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "detect/pattern_compiler.h"

namespace tapwatch {
namespace {

// ---- reading rules -----------------------------------------------------------

struct RawOption {
  std::string name;
  std::string value;  // raw text after ':' (trimmed), quotes kept
  bool has_value = false;
};

std::string trim(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return std::string(s.substr(b, e - b));
}

// Splits "a:1; b; c:\"x\\;y\";" at ';' outside quotes (backslash escapes inside).
std::optional<std::vector<RawOption>> splitOptions(std::string_view body, std::string& why) {
  std::vector<RawOption> out;
  std::string current;
  bool quoted = false;
  for (size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (c == '\\' && i + 1 < body.size()) {
      current += c;
      current += body[++i];
      continue;
    }
    if (c == '"') quoted = !quoted;
    if (c == ';' && !quoted) {
      const std::string item = trim(current);
      current.clear();
      if (item.empty()) continue;
      RawOption opt;
      const size_t colon = item.find(':');
      opt.name = trim(std::string_view(item).substr(0, colon));
      if (colon != std::string::npos) {
        opt.value = trim(std::string_view(item).substr(colon + 1));
        opt.has_value = true;
      }
      out.push_back(std::move(opt));
      continue;
    }
    current += c;
  }
  if (quoted) {
    why = "unterminated quoted string in the options";
    return std::nullopt;
  }
  if (!trim(current).empty()) {
    why = "options must each end with ';' (near '" + trim(current).substr(0, 40) + "')";
    return std::nullopt;
  }
  return out;
}

// A quoted option value: strips the quotes and a leading '!', undoes \" \; \\ escapes.
struct QuotedValue {
  std::string text;
  bool negated = false;
};

// Suricata escapes '"', ';' and backslash inside quoted values. A pcre keeps every
// other backslash as written: it belongs to the regex.
std::optional<QuotedValue> unquote(std::string_view value, bool regex = false) {
  QuotedValue out;
  std::string v = trim(value);
  if (!v.empty() && v[0] == '!') {
    out.negated = true;
    v = trim(std::string_view(v).substr(1));
  }
  if (v.size() < 2 || v.front() != '"' || v.back() != '"') return std::nullopt;
  for (size_t i = 1; i + 1 < v.size(); ++i) {
    if (v[i] == '\\' && i + 2 < v.size()) {
      const char next = v[i + 1];
      if (next == '"' || next == ';' || (next == '\\' && !regex)) ++i;
      else if (!regex && next == ':') ++i;
    }
    out.text += v[i];
  }
  return out;
}

// Suricata content: ASCII with |41 42| hex runs.
std::optional<std::string> decodeContent(std::string_view text, std::string& why) {
  std::string out;
  bool hex = false;
  int nibble = -1;
  for (char c : text) {
    if (c == '|') {
      if (hex && nibble >= 0) {
        why = "odd number of hex digits in content";
        return std::nullopt;
      }
      hex = !hex;
      continue;
    }
    if (!hex) {
      out += c;
      continue;
    }
    if (c == ' ') continue;
    int v = -1;
    if (c >= '0' && c <= '9') v = c - '0';
    else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
    if (v < 0) {
      why = std::string("bad hex digit '") + c + "' in content";
      return std::nullopt;
    }
    if (nibble < 0) {
      nibble = v;
    } else {
      out += static_cast<char>(nibble * 16 + v);
      nibble = -1;
    }
  }
  if (hex) {
    why = "unterminated |hex| block in content";
    return std::nullopt;
  }
  if (out.empty()) {
    why = "empty content";
    return std::nullopt;
  }
  return out;
}

bool parseUnsigned(std::string_view text, uint64_t max, uint64_t& out) {
  const std::string t = trim(text);
  if (t.empty() || t.size() > 10) return false;
  out = 0;
  for (char c : t) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + static_cast<uint64_t>(c - '0');
  }
  return out <= max;
}

// ---- what a rule turns into --------------------------------------------------

struct PatternOut {
  bool regex = false;
  std::string text;  // literal bytes or regex source
  bool caseless = false;
  bool dotall = false;
  bool multiline = false;
  bool negated = false;
  std::vector<std::string> fields;  // Tapwatch field names; empty = the rule's current buffer (stream)
  // Content modifiers that turn a literal into an anchored regex.
  std::optional<uint64_t> offset;
  std::optional<uint64_t> depth;
  bool startswith = false;
  bool endswith = false;
};

struct RuleOut {
  uint32_t sid = 0;
  uint32_t rev = 1;
  std::string msg;
  std::string classtype;
  std::optional<uint32_t> priority;
  std::vector<std::string> references;
  std::vector<PatternOut> patterns;
  std::optional<std::string> threshold;  // YAML flow mapping
  std::set<std::string> notes;
  bool enabled = true;
};

// Sticky buffers (Suricata 5+ dotted names and the older underscore modifiers)
// that have a Tapwatch field. file.data depends on the rule's protocol.
std::vector<std::string> bufferFields(std::string_view name, std::string_view proto) {
  static const std::map<std::string_view, std::string_view> kBuffers = {
      {"http.uri", "http.uri"},
      {"http_uri", "http.uri"},
      {"http.host", "http.host"},
      {"http_host", "http.host"},
      {"http.user_agent", "http.user_agent"},
      {"http_user_agent", "http.user_agent"},
      {"http.request_body", "http.request_body"},
      {"http_client_body", "http.request_body"},
      {"http.response_body", "http.response_body"},
      {"http_server_body", "http.response_body"},
      {"http.method", "http.method"},
      {"http_method", "http.method"},
      {"http.header", "http.request_headers"},
      {"http_header", "http.request_headers"},
      {"http.request_header", "http.request_headers"},
      {"http.response_header", "http.response_headers"},
      {"dns.query", "dns.query"},
      {"dns_query", "dns.query"},
      {"tls.sni", "tls.sni"},
      {"tls_sni", "tls.sni"},
      {"email.subject", "smtp.subject"},
      {"smtp.mail_from", "smtp.mail_from"},
      {"smtp.rcpt_to", "smtp.rcpt_to"},
  };
  if (name == "file.data" || name == "file_data") {
    if (proto == "http" || proto == "http1") return {"http.response_body"};
    if (proto == "smtp") return {"smtp.body"};
    return {"http.response_body", "smtp.body"};
  }
  const auto it = kBuffers.find(name);
  if (it == kBuffers.end()) return {};
  return {std::string(it->second)};
}

// Buffers Suricata has and Tapwatch does not, with the reason shown to the operator.
std::optional<std::string> missingBuffer(std::string_view name) {
  static const std::set<std::string_view> kNoField = {"http.uri.raw",
                                                      "http_raw_uri",
                                                      "http.header.raw",
                                                      "http_raw_header",
                                                      "http.cookie",
                                                      "http_cookie",
                                                      "http.stat_code",
                                                      "http_stat_code",
                                                      "http.stat_msg",
                                                      "http_stat_msg",
                                                      "http.request_line",
                                                      "http.response_line",
                                                      "http.protocol",
                                                      "http.header_names",
                                                      "http.accept",
                                                      "http.accept_enc",
                                                      "http.accept_lang",
                                                      "http.connection",
                                                      "http.content_type",
                                                      "http.content_len",
                                                      "http.referer",
                                                      "http.start",
                                                      "http.server",
                                                      "http.location",
                                                      "http.request_body.raw",
                                                      "tls.cert_subject",
                                                      "tls.cert_issuer",
                                                      "tls.cert_serial",
                                                      "tls.cert_fingerprint",
                                                      "tls.certs",
                                                      "tls.version",
                                                      "ja3.hash",
                                                      "ja3.string",
                                                      "ja3s.hash",
                                                      "ja3s.string",
                                                      "ja4.hash",
                                                      "dns.answer.name",
                                                      "dns.queries.rrname",
                                                      "email.from",
                                                      "email.to",
                                                      "email.cc",
                                                      "email.date",
                                                      "email.message_id",
                                                      "email.x_mailer",
                                                      "email.url",
                                                      "email.received",
                                                      "smtp.helo",
                                                      "file.name",
                                                      "filename",
                                                      "fileext",
                                                      "filemagic",
                                                      "file.magic",
                                                      "base64_data",
                                                      "pkt_data",
                                                      "ssh.proto",
                                                      "ssh.software",
                                                      "quic.sni",
                                                      "http2.header",
                                                      "http.location"};
  if (kNoField.count(name)) return "buffer '" + std::string(name) + "' has no Tapwatch field";
  return std::nullopt;
}

// Options that make a rule impossible to express, with why.
std::optional<std::string> unsupportedOption(std::string_view name) {
  static const std::set<std::string_view> kPositional = {"distance", "within", "isdataat", "rawbytes",
                                                         "bsize",    "dsize",  "urilen",   "stream_size"};
  static const std::set<std::string_view> kBytes = {"byte_test", "byte_jump", "byte_extract", "byte_math", "entropy"};
  static const std::set<std::string_view> kState = {"flowbits",
                                                    "xbits",
                                                    "flowint",
                                                    "hostbits",
                                                    "noalert",
                                                    "tag",
                                                    "dataset",
                                                    "datarep",
                                                    "iprep",
                                                    "lua",
                                                    "luajit",
                                                    "app-layer-event",
                                                    "app-layer-protocol",
                                                    "stream-event",
                                                    "decode-event",
                                                    "ssl_state",
                                                    "ssl_version",
                                                    "tls.store",
                                                    "filestore",
                                                    "filesize",
                                                    "file.size",
                                                    "filemd5",
                                                    "filesha1",
                                                    "filesha256",
                                                    "base64_decode",
                                                    "threshold",
                                                    "target",
                                                    "requires",
                                                    "bypass",
                                                    "config",
                                                    "prefilter"};
  static const std::set<std::string_view> kTransforms = {
      "to_lowercase",         "to_uppercase",        "to_md5",     "to_sha1", "to_sha256", "dotprefix",
      "strip_whitespace",     "compress_whitespace", "url_decode", "xor",     "pcrexform", "header_lowercase",
      "strip_pseudo_headers", "from_base64",         "luaxform"};
  static const std::set<std::string_view> kPacket = {
      "ttl",        "itype",   "icode",    "icmp_id",  "icmp_seq",   "id",       "ipopts", "fragbits",
      "fragoffset", "flags",   "window",   "seq",      "ack",        "ip_proto", "sameip", "tos",
      "tcp.mss",    "tcp.hdr", "ipv4.hdr", "ipv6.hdr", "icmpv6.hdr", "udp.hdr"};
  if (kPositional.count(name))
    return "'" + std::string(name) +
           "' (positional matching) has no equivalent: Tapwatch patterns are not placed "
           "relative to each other";
  if (kBytes.count(name)) return "'" + std::string(name) + "' (binary field arithmetic) has no equivalent";
  if (name == "threshold")
    return "'threshold' (type threshold/limit/both) has no exact equivalent: Tapwatch thresholds alert from the "
           "count-th event on (like detection_filter)";
  if (kState.count(name)) return "'" + std::string(name) + "' (rule state, files or engine control) is not supported";
  if (kTransforms.count(name)) return "transform '" + std::string(name) + "' is not supported";
  if (kPacket.count(name)) return "packet header option '" + std::string(name) + "' is not supported";
  return std::nullopt;
}

// Tapwatch's categories where a Suricata classtype has a clear counterpart.
std::string categoryFor(const std::string& classtype) {
  static const std::map<std::string, std::string> kMap = {{"credential-theft", "phishing"},
                                                          {"social-engineering", "scam"},
                                                          {"trojan-activity", "malware"},
                                                          {"command-and-control", "malware"},
                                                          {"coin-mining", "cryptomining"},
                                                          {"policy-violation", "policy"},
                                                          {"web-application-attack", "attack"},
                                                          {"attempted-user", "attack"},
                                                          {"attempted-admin", "attack"},
                                                          {"bad-unknown", "suspicious"},
                                                          {"misc-activity", "misc"},
                                                          {"exploit-kit", "malware"},
                                                          {"domain-c2", "malware"},
                                                          {"targeted-activity", "attack"},
                                                          {"pup-activity", "pup"}};
  if (classtype.empty()) return "imported";
  const auto it = kMap.find(classtype);
  return it == kMap.end() ? classtype : it->second;
}

// Default priority of Suricata's classification.config (and ET's additions).
uint32_t classtypePriority(const std::string& classtype) {
  static const std::map<std::string, uint32_t> kMap = {{"trojan-activity", 1},
                                                       {"credential-theft", 1},
                                                       {"command-and-control", 1},
                                                       {"exploit-kit", 1},
                                                       {"web-application-attack", 1},
                                                       {"attempted-admin", 1},
                                                       {"attempted-user", 1},
                                                       {"policy-violation", 1},
                                                       {"targeted-activity", 1},
                                                       {"domain-c2", 1},
                                                       {"social-engineering", 2},
                                                       {"bad-unknown", 2},
                                                       {"coin-mining", 2},
                                                       {"pup-activity", 2},
                                                       {"misc-activity", 3},
                                                       {"not-suspicious", 3},
                                                       {"unknown", 3}};
  const auto it = kMap.find(classtype);
  return it == kMap.end() ? 2 : it->second;
}

std::string referenceUrl(const std::string& value) {
  const size_t comma = value.find(',');
  if (comma == std::string::npos) return trim(value);
  const std::string type = trim(std::string_view(value).substr(0, comma));
  const std::string id = trim(std::string_view(value).substr(comma + 1));
  if (type == "url") return id.find("://") == std::string::npos ? "http://" + id : id;
  if (type == "cve") return "https://www.cve.org/CVERecord?id=CVE-" + id;
  return type + ":" + id;
}

std::string regexEscape(std::string_view bytes) {
  return hexEscapeExcept(bytes, [](unsigned char c) {
    return isAsciiAlnum(c) || std::string_view(" _-/=,:@").find(static_cast<char>(c)) != std::string_view::npos;
  });
}

bool printableText(std::string_view s) {
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7f) return false;
  return isValidUtf8(s);
}

// A pcre option: "/regex/flags" -> pattern, or a reason it cannot be converted.
std::optional<std::string> convertPcre(const QuotedValue& value, PatternOut& out) {
  const std::string& t = value.text;
  const size_t last = t.rfind('/');
  if (t.size() < 2 || t[0] != '/' || last == 0) return "pcre is not of the form /regex/flags";
  out.regex = true;
  out.negated = value.negated;
  out.text = t.substr(1, last - 1);
  bool anchored = false;
  for (char f : t.substr(last + 1)) {
    switch (f) {
      case 'i': out.caseless = true; break;
      case 's': out.dotall = true; break;
      case 'm': out.multiline = true; break;
      case 'x': out.text = "(?x)" + out.text; break;
      case 'A': anchored = true; break;
      case 'O': break;  // match-limit override: meaningless for Hyperscan
      case 'U': out.fields = {"http.uri"}; break;
      case 'P': out.fields = {"http.request_body"}; break;
      case 'H': out.fields = {"http.request_headers"}; break;
      case 'M': out.fields = {"http.method"}; break;
      case 'V': out.fields = {"http.user_agent"}; break;
      case 'W': out.fields = {"http.host"}; break;
      case 'Q': out.fields = {"http.response_body"}; break;
      case 'R': return "pcre /R (relative to the previous match) has no equivalent";
      case 'I':
      case 'D':
      case 'C':
      case 'S':
      case 'Y':
      case 'B': return std::string("pcre /") + f + " names a buffer Tapwatch does not have";
      default: return std::string("pcre flag '") + f + "' is not supported";
    }
  }
  if (anchored) out.text = "^(?:" + out.text + ")";
  return std::nullopt;
}

// Literal + offset/depth/startswith/endswith -> an anchored regex.
std::optional<std::string> finishPattern(PatternOut& p) {
  if (p.regex) return std::nullopt;
  const bool positional = p.offset || p.depth || p.startswith || p.endswith;
  if (!positional && printableText(p.text)) return std::nullopt;  // stays a literal
  std::string re = regexEscape(p.text);
  if (p.startswith || p.offset || p.depth) {
    const uint64_t offset = p.offset.value_or(0);
    if (p.depth && *p.depth < p.text.size()) return "depth is shorter than the content";
    if (p.startswith && (offset || p.depth)) return "startswith together with offset/depth";
    std::string prefix = "^";
    if (p.depth) {
      const uint64_t slack = *p.depth - p.text.size();
      if (offset + slack > 0) prefix += "(?s:.{" + std::to_string(offset) + "," + std::to_string(offset + slack) + "})";
    } else if (offset) {
      prefix += "(?s:.{" + std::to_string(offset) + ",})";
    }
    re = prefix + re;
  }
  if (p.endswith) re += "$";
  p.regex = true;
  p.text = std::move(re);
  return std::nullopt;
}

unsigned patternFlags(const PatternOut& p) {
  uint32_t flags = 0;
  if (p.caseless) flags |= pattern_flag::Caseless;
  if (p.dotall) flags |= pattern_flag::Dotall;
  if (p.multiline) flags |= pattern_flag::Multiline;
  return flags;
}

// ---- YAML output -----------------------------------------------------------------

std::string yamlQuote(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string flowList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out + "]";
}

std::string renderRule(const RuleOut& r, const std::vector<std::string>& fields) {
  std::string y;
  y += "  - id: " + std::to_string(r.sid) + "\n";
  y += "    rev: " + std::to_string(r.rev) + "\n";
  y += "    name: " + yamlQuote(r.msg) + "\n";
  y += "    category: " + yamlQuote(categoryFor(r.classtype)) + "\n";
  static constexpr const char* kSeverity[] = {"high", "medium", "low", "info"};
  const uint32_t priority = std::clamp<uint32_t>(r.priority.value_or(classtypePriority(r.classtype)), 1, 4);
  y += std::string("    severity: ") + kSeverity[priority - 1] + "\n";
  if (!r.enabled) y += "    enabled: false\n";
  y += "    fields: " + flowList(fields) + "\n";
  y += "    patterns:\n";
  std::vector<std::string> positive;
  std::vector<std::string> negative;
  for (size_t i = 0; i < r.patterns.size(); ++i) {
    const PatternOut& p = r.patterns[i];
    const std::string id = "c" + std::to_string(i + 1);
    (p.negated ? negative : positive).push_back(id);
    y += "      - {id: " + id + ", " + (p.regex ? "regex: " : "literal: ") + yamlQuote(p.text);
    std::vector<std::string> flags;
    if (p.caseless) flags.push_back("caseless");
    if (p.dotall) flags.push_back("dotall");
    if (p.multiline) flags.push_back("multiline");
    if (!flags.empty()) y += ", flags: " + flowList(flags);
    if (fields.size() > 1) y += ", fields: " + flowList(p.fields);
    y += "}\n";
  }
  if (r.patterns.size() > 1) {
    std::string cond;
    for (const auto& id : positive) cond += (cond.empty() ? "" : " and ") + id;
    for (const auto& id : negative) cond += " and not " + id;
    y += "    condition: " + yamlQuote(cond) + "\n";
  }
  if (r.threshold) y += "    threshold: " + *r.threshold + "\n";
  if (!r.references.empty()) {
    std::vector<std::string> quoted;
    for (const auto& ref : r.references) quoted.push_back(yamlQuote(ref));
    y += "    references: " + flowList(quoted) + "\n";
  }
  std::vector<std::string> tags{"suricata"};
  if (!r.classtype.empty()) tags.push_back(yamlQuote(r.classtype));
  y += "    tags: " + flowList(tags) + "\n";
  return y;
}

// ---- one rule ----------------------------------------------------------------------

bool isAddressOrPortAny(std::string_view s) { return s == "any" || (!s.empty() && s[0] == '$'); }

struct Converted {
  RuleOut rule;
  std::vector<std::string> fields;
};

// Returns the reason when the rule cannot be converted.
std::optional<std::string> convertRule(std::string_view text, Converted& out) {
  RuleOut& r = out.rule;
  const size_t open = text.find('(');
  const size_t close = text.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open)
    return "not a rule: expected 'action proto src sport -> dst dport (options)'";
  std::vector<std::string> header;
  {
    std::string word;
    for (char c : text.substr(0, open)) {
      if (c == ' ' || c == '\t') {
        if (!word.empty()) header.push_back(std::move(word));
        word.clear();
      } else {
        word += c;
      }
    }
    if (!word.empty()) header.push_back(std::move(word));
  }
  std::string why;
  auto options = splitOptions(text.substr(open + 1, close - open - 1), why);
  // Read msg/sid first so even a rejected rule is named.
  if (options) {
    for (const RawOption& o : *options) {
      if (o.name == "msg") {
        if (auto q = unquote(o.value)) r.msg = q->text;
      } else if (o.name == "sid") {
        uint64_t v = 0;
        if (parseUnsigned(o.value, UINT32_MAX, v)) r.sid = static_cast<uint32_t>(v);
      }
    }
  }
  if (header.size() != 7) return "rule header must be 'action proto src sport direction dst dport'";
  const std::string& action = header[0];
  const std::string& proto = header[1];
  if (action == "pass") return "pass rules allow traffic; write a suppress rule instead";
  if (action != "alert" && action != "drop" && action != "reject" && action != "rejectsrc" && action != "rejectdst" &&
      action != "rejectboth")
    return "unknown action '" + action + "'";
  if (!isAddressOrPortAny(header[2]) || !isAddressOrPortAny(header[3]) || !isAddressOrPortAny(header[5]) ||
      !isAddressOrPortAny(header[6]))
    r.notes.insert("header addresses/ports not applied");
  if (!options) return why;
  if (r.sid == 0) return "missing or invalid sid";

  std::vector<std::string> sticky;  // current sticky buffer's fields; empty = raw stream
  PatternOut* last_content = nullptr;
  for (const RawOption& o : *options) {
    const std::string& n = o.name;
    if (n == "msg" || n == "sid" || n == "gid") continue;
    if (n == "rev") {
      uint64_t v = 0;
      if (!parseUnsigned(o.value, UINT32_MAX, v) || v == 0) return "invalid rev";
      r.rev = static_cast<uint32_t>(v);
    } else if (n == "classtype") {
      r.classtype = trim(o.value);
    } else if (n == "priority") {
      uint64_t v = 0;
      if (!parseUnsigned(o.value, 255, v) || v == 0) return "invalid priority";
      r.priority = static_cast<uint32_t>(v);
    } else if (n == "reference") {
      r.references.push_back(referenceUrl(o.value));
    } else if (n == "metadata" || n == "fast_pattern") {
      continue;  // informational / a prefilter hint
    } else if (n == "flow") {
      r.notes.insert("flow:" + trim(o.value) + " not checked");
    } else if (n == "content" || n == "uricontent") {
      auto q = unquote(o.value);
      if (!q) return "content value must be a quoted string";
      auto bytes = decodeContent(q->text, why);
      if (!bytes) return why;
      PatternOut p;
      p.text = std::move(*bytes);
      p.negated = q->negated;
      p.fields = n == "uricontent" ? std::vector<std::string>{"http.uri"} : sticky;
      r.patterns.push_back(std::move(p));
      last_content = &r.patterns.back();
    } else if (n == "pcre") {
      auto q = unquote(o.value, /*regex=*/true);
      if (!q) return "pcre value must be a quoted string";
      PatternOut p;
      if (auto bad = convertPcre(*q, p)) return *bad;
      if (p.fields.empty()) p.fields = sticky;
      r.patterns.push_back(std::move(p));
      last_content = nullptr;  // content modifiers never follow a pcre
    } else if (n == "nocase") {
      if (!last_content) return "nocase without a content before it";
      last_content->caseless = true;
    } else if (n == "offset" || n == "depth") {
      if (!last_content) return n + " without a content before it";
      uint64_t v = 0;
      if (!parseUnsigned(o.value, 65535, v)) return n + " must be a number (variables are not supported)";
      (n == "offset" ? last_content->offset : last_content->depth) = v;
    } else if (n == "startswith" || n == "endswith") {
      if (!last_content) return n + " without a content before it";
      (n == "startswith" ? last_content->startswith : last_content->endswith) = true;
    } else if (n == "detection_filter") {
      std::string track;
      uint64_t count = 0;
      uint64_t seconds = 0;
      size_t pos = 0;
      const std::string v = o.value;
      while (pos <= v.size()) {
        const size_t comma = std::min(v.find(',', pos), v.size());
        const std::string item = trim(std::string_view(v).substr(pos, comma - pos));
        pos = comma + 1;
        const size_t space = item.find(' ');
        const std::string key = item.substr(0, space);
        const std::string val = space == std::string::npos ? "" : trim(std::string_view(item).substr(space + 1));
        if (key == "track") track = val;
        else if (key == "count" && !parseUnsigned(val, UINT32_MAX - 1, count)) return "detection_filter: bad count";
        else if (key == "seconds" && !parseUnsigned(val, UINT32_MAX, seconds)) return "detection_filter: bad seconds";
      }
      if ((track != "by_src" && track != "by_dst") || count == 0 || seconds == 0)
        return "detection_filter needs track by_src|by_dst, count and seconds";
      // Suricata alerts once the count is exceeded; Tapwatch from the count-th event.
      r.threshold = "{count: " + std::to_string(count + 1) + ", seconds: " + std::to_string(seconds) +
                    ", track: " + track + "}";
    } else if (auto fields = bufferFields(n, proto); !fields.empty()) {
      if (o.has_value) return "'" + n + "' takes no value";
      // Old-style modifiers (http_uri, ...) apply to the content before them;
      // sticky buffers (http.uri, ...) to the contents after them.
      const bool modifier = n.find('.') == std::string::npos && n != "file_data" && n != "dns_query" && n != "tls_sni";
      if (modifier) {
        if (!last_content) return "'" + n + "' without a content before it";
        last_content->fields = fields;
      } else {
        sticky = fields;
        last_content = nullptr;
      }
    } else if (auto missing = missingBuffer(n)) {
      return *missing;
    } else if (auto unsupported = unsupportedOption(n)) {
      return *unsupported;
    } else {
      return "unknown option '" + n + "'";
    }
  }
  if (r.msg.empty()) return "missing msg";
  if (r.patterns.empty()) return "no content or pcre: nothing for Tapwatch to match";
  if (r.patterns.size() > 64) return "more than 64 contents";
  if (std::all_of(r.patterns.begin(), r.patterns.end(), [](const PatternOut& p) { return p.negated; }))
    return "only negated contents: the rule would alert on everything else";

  for (PatternOut& p : r.patterns) {
    if (p.fields.empty()) p.fields = {"stream"};
    if (auto bad = finishPattern(p)) return *bad;
    if (p.regex) {
      Pattern probe;
      probe.kind = PatternKind::Regex;
      probe.text = p.text;
      if (auto st = checkWordBoundaries(p.text); !st) return "pcre: " + st.error().message;
      const auto flags = hyperscanFlags(patternFlags(p), p.text, false);
      if (auto st = checkExpression(hyperscanExpression(probe, p.text), flags); !st)
        return "Hyperscan cannot compile /" + p.text + "/: " + st.error().message;
    }
    for (const auto& f : p.fields)
      if (std::find(out.fields.begin(), out.fields.end(), f) == out.fields.end()) out.fields.push_back(f);
  }
  return std::nullopt;
}

}  // namespace

SuricataImport importSuricataRules(std::string_view text) {
  SuricataImport result;
  std::set<uint32_t> sids;
  uint32_t line_no = 0;
  std::string pending;  // a rule continued with trailing backslashes
  uint32_t pending_line = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t nl = std::min(text.find('\n', pos), text.size());
    std::string line = trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (!pending.empty() || (!line.empty() && line.back() == '\\')) {
      if (pending.empty()) pending_line = line_no;
      const bool more = !line.empty() && line.back() == '\\';
      pending += more ? line.substr(0, line.size() - 1) : line;
      if (more && pos < text.size()) continue;
      line = std::move(pending);
      pending.clear();
    } else {
      pending_line = line_no;
    }
    if (line.empty()) continue;
    bool disabled = false;
    if (line[0] == '#') {
      // ET ships disabled rules commented out: "# alert http ...".
      std::string rest = trim(std::string_view(line).substr(1));
      const size_t space = rest.find(' ');
      const std::string first = rest.substr(0, space);
      static const std::set<std::string> kActions = {"alert",     "drop",       "reject", "rejectsrc",
                                                     "rejectdst", "rejectboth", "pass"};
      if (!kActions.count(first) || rest.find('(') == std::string::npos) continue;  // a plain comment
      disabled = true;
      line = std::move(rest);
    }
    ++result.rules_seen;
    Converted converted;
    converted.rule.enabled = !disabled;
    auto reason = convertRule(line, converted);
    if (!reason && sids.count(converted.rule.sid)) reason = "duplicate sid (an earlier rule has it)";
    if (reason) {
      result.rejected.push_back(RejectedRule{pending_line, converted.rule.sid, converted.rule.msg, std::move(*reason),
                                             disabled});
      continue;
    }
    sids.insert(converted.rule.sid);
    ConvertedRule out;
    out.sid = converted.rule.sid;
    out.line = pending_line;
    out.notes.assign(converted.rule.notes.begin(), converted.rule.notes.end());
    out.yaml = renderRule(converted.rule, converted.fields);
    result.converted.push_back(std::move(out));
  }
  return result;
}

std::string SuricataImport::yaml(const std::string& source) const {
  std::string y = "# Converted from Suricata rules in " + source + " by `tapwatch sig import-suricata`.\n";
  y += "# " + std::to_string(converted.size()) + " of " + std::to_string(rules_seen) +
       " rules converted; the others are listed on stderr with the reason.\n";
  y += "# Imported rules carry no examples: add match/no_match examples before relying on them.\n";
  y += "signatures:\n";
  if (converted.empty()) return y + "  []\n";
  for (const ConvertedRule& rule : converted) {
    y += "  # suricata sid " + std::to_string(rule.sid) + " (line " + std::to_string(rule.line) + ")";
    if (!rule.notes.empty()) {
      y += "; not applied: ";
      for (size_t i = 0; i < rule.notes.size(); ++i) y += (i ? ", " : "") + rule.notes[i];
    }
    y += "\n" + rule.yaml;
  }
  return y;
}

}  // namespace tapwatch
