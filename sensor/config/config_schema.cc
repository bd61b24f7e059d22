#include "config/config_schema.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <type_traits>
#include <utility>

#include "common/overlap_policy.h"
#include "config/cidr.h"
#include "config/config_values.h"
#include "config/host_port.h"
#include "config/suppress_rules.h"
#include "config/value_readers.h"

namespace tapwatch {
namespace {

// Names a key after the Config member it fills, so a key can never be wired
// to a field of another name (the table is the only place keys are spelled).
#define TW_MEMBER(owner, member) \
#member, [](auto& c) -> auto& { return c.owner.member; }

template <typename Get>
using MemberOf = std::remove_reference_t<decltype(std::declval<Get>()(std::declval<Config&>()))>;

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

template <typename Get>
ConfigEntry number(std::string name, Get get, uint64_t min, uint64_t max) {
  using T = MemberOf<Get>;
  static_assert(std::is_unsigned_v<T>, "number keys fill unsigned members");
  if (max > std::numeric_limits<T>::max() || min > max) {
    std::fprintf(stderr, "config table bug: bad range for %s\n", name.c_str());
    std::abort();
  }
  auto load = [get, min, max](const ValueSite& site, Config& config) -> Status {
    auto value = readUnsigned(site, min, max);
    if (!value.ok()) return value.error();
    get(config) = static_cast<T>(*value);
    return Ok{};
  };
  auto show = [get](const Config& config) { return std::to_string(get(config)); };
  return ConfigEntry{std::move(name), ValueKind::Number, load, show, {}};
}

template <typename Get>
ConfigEntry boolean(std::string name, Get get) {
  static_assert(std::is_same_v<MemberOf<Get>, bool>);
  auto load = [get](const ValueSite& site, Config& config) -> Status {
    auto value = readBool(site);
    if (!value.ok()) return value.error();
    get(config) = *value;
    return Ok{};
  };
  auto show = [get](const Config& config) { return std::string(get(config) ? "true" : "false"); };
  return ConfigEntry{std::move(name), ValueKind::Bool, load, show, {}};
}

template <typename Get>
ConfigEntry text(std::string name, Get get, StringRule rule) {
  static_assert(std::is_same_v<MemberOf<Get>, std::string>);
  auto load = [get, rule](const ValueSite& site, Config& config) -> Status {
    auto value = readString(site, rule);
    if (!value.ok()) return value.error();
    get(config) = std::move(*value);
    return Ok{};
  };
  auto show = [get](const Config& config) { return quoted(get(config)); };
  return ConfigEntry{std::move(name), ValueKind::String, load, show, {}};
}

template <typename Get>
ConfigEntry choice(std::string name, Get get, std::span<const std::string_view> allowed) {
  static_assert(std::is_same_v<MemberOf<Get>, std::string>);
  auto load = [get, allowed](const ValueSite& site, Config& config) -> Status {
    auto value = readEnum(site, allowed);
    if (!value.ok()) return value.error();
    get(config) = std::move(*value);
    return Ok{};
  };
  auto show = [get](const Config& config) { return get(config); };
  return ConfigEntry{std::move(name), ValueKind::Choice, load, show, {}};
}

template <typename Get>
ConfigEntry ports(std::string name, Get get) {
  static_assert(std::is_same_v<MemberOf<Get>, std::vector<uint16_t>>);
  auto load = [get](const ValueSite& site, Config& config) -> Status {
    auto value = readPortList(site);
    if (!value.ok()) return value.error();
    get(config) = std::move(*value);
    return Ok{};
  };
  auto show = [get](const Config& config) {
    std::string out = "[";
    for (uint16_t port : get(config)) out += (out.size() > 1 ? ", " : "") + std::to_string(port);
    return out + "]";
  };
  return ConfigEntry{std::move(name), ValueKind::PortList, load, show, {}};
}

template <typename Get>
ConfigEntry textList(std::string name, Get get, StringRule item_rule, bool allow_empty_list = false) {
  static_assert(std::is_same_v<MemberOf<Get>, std::vector<std::string>>);
  auto load = [get, item_rule, allow_empty_list](const ValueSite& site, Config& config) -> Status {
    auto value = readStringList(site, item_rule, allow_empty_list);
    if (!value.ok()) return value.error();
    get(config) = std::move(*value);
    return Ok{};
  };
  auto show = [get](const Config& config) {
    std::string out = "[";
    for (const auto& item : get(config)) out += (out.size() > 1 ? ", " : "") + quoted(item);
    return out + "]";
  };
  return ConfigEntry{std::move(name), ValueKind::StringList, load, show, {}};
}

template <typename Get>
ConfigEntry suppressList(std::string name, Get get) {
  static_assert(std::is_same_v<MemberOf<Get>, std::vector<SuppressRule>>);
  auto load = [get](const ValueSite& site, Config& config) -> Status {
    auto value = readSuppressRules(site);
    if (!value.ok()) return value.error();
    get(config) = std::move(*value);
    return Ok{};
  };
  auto show = [get](const Config& config) { return showSuppressRules(get(config)); };
  return ConfigEntry{std::move(name), ValueKind::SuppressList, load, show, {}};
}

// `vars:`: a mapping NAME -> Suricata expression; a YAML list [a, b] is
// written as the Suricata list "[a,b]". Entries add to (or replace) earlier
// ones, so `--set vars.HOME_NET=...` changes one variable.
bool isVarName(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

Result<std::string> readVarValue(const ValueSite& site) {
  const YAML::Node& node = site.node();
  if (node.IsScalar() && !node.Scalar().empty()) return node.Scalar();
  if (!node.IsSequence() || node.size() == 0)
    return site.fail("expected an address/port expression or a non-empty list, got " + describeNode(node));
  std::string out = "[";
  for (size_t i = 0; i < node.size(); ++i) {
    if (!node[i].IsScalar() || node[i].Scalar().empty())
      return site.item(i, node[i]).fail("expected an address, port or range, got " + describeNode(node[i]));
    out += (i ? "," : "") + node[i].Scalar();
  }
  return out + "]";
}

ConfigEntry varMap(std::string name) {
  auto load = [](const ValueSite& site, Config& config) -> Status {
    const YAML::Node& node = site.node();
    if (node.IsNull()) return Ok{};
    if (!node.IsMap()) return site.fail("expected a mapping NAME: value, got " + describeNode(node));
    for (const auto& pair : node) {
      const YAML::Node key = pair.first;
      const YAML::Node value = pair.second;
      if (!key.IsScalar() || !isVarName(key.Scalar()))
        return ValueSite(site.source(), site.path(), key, key.Mark())
            .fail("variable names are letters, digits and '_', got " + describeNode(key));
      const ValueSite value_site(site.source(), site.path() + "." + key.Scalar(), value,
                                 value.Mark().is_null() ? key.Mark() : value.Mark());
      auto text = readVarValue(value_site);
      if (!text.ok()) return text.error();
      config.vars[key.Scalar()] = std::move(*text);
    }
    return Ok{};
  };
  auto show = [](const Config& config) {
    std::string out = "{";
    for (const auto& [k, v] : config.vars) out += (out.size() > 1 ? ", " : "") + k + ": " + quoted(v);
    return out + "}";
  };
  return ConfigEntry{std::move(name), ValueKind::VarMap, load, show, {}};
}

ConfigEntry section(std::string name, std::vector<ConfigEntry> children) {
  return ConfigEntry{std::move(name), ValueKind::Section, nullptr, nullptr, std::move(children)};
}

// ---- content checks for strings -------------------------------------------

bool hasSpace(std::string_view s) {
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

std::optional<std::string> checkSensorName(std::string_view s) {
  // The name is the syslog HOSTNAME field: printable US-ASCII without spaces (RFC 5424 §6.2.4).
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f) return "must be printable ASCII without spaces (it becomes the syslog HOSTNAME)";
  }
  return std::nullopt;
}

std::optional<std::string> checkNoSpace(std::string_view s) {
  if (hasSpace(s)) return "must not contain spaces";
  return std::nullopt;
}

std::optional<std::string> checkAccount(std::string_view s) {
  if (hasSpace(s) || s.find(':') != std::string_view::npos) return "must be a user or group name without spaces or ':'";
  return std::nullopt;
}

std::optional<std::string> checkBasicAuthUser(std::string_view s) {
  if (s.find(':') != std::string_view::npos) return "must not contain ':' (RFC 7617 basic authentication)";
  return std::nullopt;
}

std::optional<std::string> checkTarget(std::string_view s) {
  auto parsed = parseHostPort(s, HostRule::NameOrIp);
  if (!parsed.ok()) return parsed.error().message;
  return std::nullopt;
}

// outputs.redis.server: a host name or an IP literal (IPv6 without brackets), no port.
std::optional<std::string> checkRedisServer(std::string_view s) {
  // As a HOST:PORT target with a dummy port, IPv6 in brackets: one parser for every endpoint.
  const bool v6 = s.find(':') != std::string_view::npos;
  const std::string target = (v6 ? "[" + std::string(s) + "]" : std::string(s)) + ":1";
  if (parseHostPort(target, v6 ? HostRule::IpOnly : HostRule::NameOrIp).ok()) return std::nullopt;
  return "must be a host name or an IP address (the port is outputs.redis.port)";
}

// Printable ASCII without spaces: the key is also written in logs and docs.
std::optional<std::string> checkRedisKey(std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f) return "must be printable ASCII without spaces";
  }
  return std::nullopt;
}

std::optional<std::string> checkListen(std::string_view s) {
  auto parsed = parseHostPort(s, HostRule::IpOnly);
  if (!parsed.ok()) return parsed.error().message;
  return std::nullopt;
}

std::optional<std::string> checkEveType(std::string_view s) {
  static constexpr std::string_view kNames[] = {"alert", "anomaly", "flow", "http",     "dns",
                                                "tls",   "quic",    "smtp", "fileinfo", "stats"};
  for (std::string_view name : kNames)
    if (s == name) return std::nullopt;
  return "must be an EVE event type: alert, anomaly, flow, http, dns, tls, quic, smtp, fileinfo, stats";
}

std::optional<std::string> checkCidr(std::string_view s) {
  auto parsed = Cidr::parse(s);
  if (!parsed.ok()) return parsed.error().message;
  return std::nullopt;
}

constexpr StringRule kAnyText{};
constexpr StringRule kEveTypeName{.allow_empty = false, .max_length = 16, .check = checkEveType};
constexpr StringRule kCidrText{.allow_empty = false, .max_length = 64, .check = checkCidr};
constexpr StringRule kRequiredText{.allow_empty = false};
constexpr StringRule kBpf{.allow_empty = true, .max_length = 65536};

const auto kFacilityNames = [] {
  std::array<std::string_view, kSyslogFacilities.size()> names{};
  for (size_t i = 0; i < names.size(); ++i) names[i] = kSyslogFacilities[i].name;
  return names;
}();

ConfigEntry buildSchema() {
  return section(
      "",
      {
          section("sensor",
                  {
                      text(TW_MEMBER(sensor, name), {.allow_empty = true, .max_length = 255, .check = checkSensorName}),
                  }),
          section("capture",
                  {
                      text(TW_MEMBER(capture, interface),
                           {.allow_empty = false, .max_length = 255, .check = checkNoSpace}),
                      text(TW_MEMBER(capture, bpf), kBpf),
                      number(TW_MEMBER(capture, snaplen), 64, 262144),
                      boolean(TW_MEMBER(capture, promiscuous)),
                      number(TW_MEMBER(capture, buffer_mb), 1, 65536),
                      number(TW_MEMBER(capture, workers), 1, 64),
                      number(TW_MEMBER(capture, ring_mb), 1, 4096),
                      number(TW_MEMBER(capture, fanout), 0, 64),
                      choice(TW_MEMBER(capture, mode), kCaptureModes),
                      section("afpacket",
                              {
                                  number(TW_MEMBER(capture.afpacket, block_size), 4096, 16777216),
                                  number(TW_MEMBER(capture.afpacket, block_count), 2, 65536),
                                  choice(TW_MEMBER(capture.afpacket, fanout), kAfPacketFanouts),
                              }),
                      choice(TW_MEMBER(capture, offline_mode), kOfflineModes),
                  }),
          section("flow",
                  {
                      number(TW_MEMBER(flow, max_flows), 1, 100000000),
                      section("timeouts",
                              {
                                  number(TW_MEMBER(flow.timeouts, tcp_established), 1, 604800),
                                  number(TW_MEMBER(flow.timeouts, tcp_closed), 1, 86400),
                                  number(TW_MEMBER(flow.timeouts, tcp_syn), 1, 86400),
                                  number(TW_MEMBER(flow.timeouts, udp), 1, 86400),
                              }),
                  }),
          section("stream",
                  {
                      number(TW_MEMBER(stream, depth_bytes), 0, std::numeric_limits<uint64_t>::max()),
                      number(TW_MEMBER(stream, max_out_of_order_bytes), 0, 1073741824),
                      number(TW_MEMBER(stream, memcap_mb), 1, 1048576),
                      boolean(TW_MEMBER(stream, midstream)),
                  }),
          section("defrag",
                  {
                      number(TW_MEMBER(defrag, memcap_mb), 1, 65536),
                      number(TW_MEMBER(defrag, timeout_seconds), 1, 3600),
                  }),
          section("decode",
                  {
                      ports(TW_MEMBER(decode, vxlan_ports)),
                      ports(TW_MEMBER(decode, geneve_ports)),
                      choice(TW_MEMBER(decode, checksum_validation), kChecksumValidationModes),
                  }),
          // The YAML keys are policy names; "default" and "linux" cannot be C++ member names.
          section("host_os_policy",
                  {
                      choice(
                          "default", [](auto& c) -> auto& { return c.host_os_policy.default_policy; },
                          kOverlapPolicyNames),
                      textList(
                          "first", [](auto& c) -> auto& { return c.host_os_policy.first_nets; }, kCidrText, true),
                      textList(
                          "last", [](auto& c) -> auto& { return c.host_os_policy.last_nets; }, kCidrText, true),
                      textList(
                          "bsd", [](auto& c) -> auto& { return c.host_os_policy.bsd_nets; }, kCidrText, true),
                      textList(
                          "linux", [](auto& c) -> auto& { return c.host_os_policy.linux_nets; }, kCidrText, true),
                      textList(
                          "windows", [](auto& c) -> auto& { return c.host_os_policy.windows_nets; }, kCidrText, true),
                  }),
          section("protocols",
                  {
                      section("http",
                              {
                                  ports(TW_MEMBER(protocols.http, ports)),
                                  // ContentDecoder::kMaxLayers (sensor/protocols) is 8.
                                  number(TW_MEMBER(protocols.http, content_encoding_layers), 0, 8),
                                  boolean(TW_MEMBER(protocols.http, inspect_media)),
                              }),
                      section("smtp", {ports(TW_MEMBER(protocols.smtp, ports))}),
                      section("dns", {ports(TW_MEMBER(protocols.dns, ports))}),
                      section("tls", {ports(TW_MEMBER(protocols.tls, ports))}),
                      section("quic", {ports(TW_MEMBER(protocols.quic, ports))}),
                  }),
          section("signatures",
                  {
                      textList(TW_MEMBER(signatures, paths), kRequiredText),
                      boolean(TW_MEMBER(signatures, watch)),
                      suppressList(TW_MEMBER(signatures, suppress)),
                      text(TW_MEMBER(signatures, suppress_file), kAnyText),
                      text(TW_MEMBER(signatures, cache_dir), kAnyText),
                      text(TW_MEMBER(signatures, classification_file), kAnyText),
                      boolean(TW_MEMBER(signatures, allow_list_outside)),
                      // The running set and the one being compiled are always alive.
                      number(TW_MEMBER(signatures, max_live_sets), 2, 64),
                  }),
          section("detect", {section("xbits", {number(TW_MEMBER(detect.xbits, max_entries), 16, 16777216)})}),
          varMap("vars"),
          section("alerts",
                  {
                      number(TW_MEMBER(alerts, excerpt_bytes), 0, 4096),
                      boolean(TW_MEMBER(alerts, redact)),
                  }),
          section("outputs",
                  {
                      section("eve",
                              {
                                  boolean(TW_MEMBER(outputs.eve, enabled)),
                                  text(TW_MEMBER(outputs.eve, path), kRequiredText),
                                  textList(TW_MEMBER(outputs.eve, types), kEveTypeName),
                                  section("files",
                                          {
                                              text(TW_MEMBER(outputs.eve.files, alert), kAnyText),
                                              text(TW_MEMBER(outputs.eve.files, anomaly), kAnyText),
                                              text(TW_MEMBER(outputs.eve.files, flow), kAnyText),
                                              text(TW_MEMBER(outputs.eve.files, http), kAnyText),
                                              text(TW_MEMBER(outputs.eve.files, dns), kAnyText),
                                              text(TW_MEMBER(outputs.eve.files, tls), kAnyText),
                                              text(TW_MEMBER(outputs.eve.files, quic), kAnyText),
                                              text(TW_MEMBER(outputs.eve.files, smtp), kAnyText),
                                              text(TW_MEMBER(outputs.eve.files, fileinfo), kAnyText),
                                              text(TW_MEMBER(outputs.eve.files, stats), kAnyText),
                                          }),
                                  number(TW_MEMBER(outputs.eve, stats_interval), 0, 86400),
                                  number(TW_MEMBER(outputs.eve, community_id_seed), 0, 65535),
                                  boolean(TW_MEMBER(outputs.eve, alert_context)),
                                  section("http", {boolean(TW_MEMBER(outputs.eve.http, headers))}),
                              }),
                      section("syslog",
                              {
                                  boolean(TW_MEMBER(outputs.syslog, enabled)),
                                  text(TW_MEMBER(outputs.syslog, target),
                                       {.allow_empty = false, .max_length = 300, .check = checkTarget}),
                                  choice(TW_MEMBER(outputs.syslog, transport), kSyslogTransports),
                                  choice(TW_MEMBER(outputs.syslog, framing), kSyslogFramings),
                                  choice(TW_MEMBER(outputs.syslog, format), kSyslogFormats),
                                  choice(TW_MEMBER(outputs.syslog, body), kSyslogBodies),
                                  choice(TW_MEMBER(outputs.syslog, facility), kFacilityNames),
                                  number(TW_MEMBER(outputs.syslog, queue_max), 1, 10000000),
                                  text(TW_MEMBER(outputs.syslog, spool_dir), kRequiredText),
                                  number(TW_MEMBER(outputs.syslog, spool_max_mb), 1, 1048576),
                                  section("tls",
                                          {
                                              text(TW_MEMBER(outputs.syslog.tls, ca_file), kAnyText),
                                              text(TW_MEMBER(outputs.syslog.tls, cert_file), kAnyText),
                                              text(TW_MEMBER(outputs.syslog.tls, key_file), kAnyText),
                                          }),
                                  textList(TW_MEMBER(outputs.syslog, types), kEveTypeName),
                              }),
                      section("redis",
                              {
                                  boolean(TW_MEMBER(outputs.redis, enabled)),
                                  text(TW_MEMBER(outputs.redis, server),
                                       {.allow_empty = false, .max_length = 253, .check = checkRedisServer}),
                                  number(TW_MEMBER(outputs.redis, port), 1, 65535),
                                  choice(TW_MEMBER(outputs.redis, mode), kRedisModes),
                                  text(TW_MEMBER(outputs.redis, key),
                                       {.allow_empty = false, .max_length = 512, .check = checkRedisKey}),
                                  textList(TW_MEMBER(outputs.redis, types), kEveTypeName),
                                  number(TW_MEMBER(outputs.redis, batch), 1, 10000),
                                  text(TW_MEMBER(outputs.redis, spool_dir), kAnyText),
                                  number(TW_MEMBER(outputs.redis, spool_max_mb), 1, 1048576),
                                  number(TW_MEMBER(outputs.redis, queue_max), 1, 10000000),
                                  text(TW_MEMBER(outputs.redis, username),
                                       {.allow_empty = true, .max_length = 256, .check = checkRedisKey}),
                                  text(TW_MEMBER(outputs.redis, password), {.allow_empty = true, .max_length = 512}),
                                  number(TW_MEMBER(outputs.redis, db), 0, 1000000),
                                  number(TW_MEMBER(outputs.redis, stream_maxlen), 0, 1ull << 40),
                              }),
                      section("prometheus",
                              {
                                  boolean(TW_MEMBER(outputs.prometheus, enabled)),
                                  text(TW_MEMBER(outputs.prometheus, listen),
                                       {.allow_empty = false, .max_length = 300, .check = checkListen}),
                                  text(TW_MEMBER(outputs.prometheus, basic_auth_user),
                                       {.allow_empty = true, .max_length = 256, .check = checkBasicAuthUser}),
                                  text(TW_MEMBER(outputs.prometheus, basic_auth_password),
                                       {.allow_empty = true, .max_length = 256}),
                                  number(TW_MEMBER(outputs.prometheus, max_connections), 1, 10000),
                                  number(TW_MEMBER(outputs.prometheus, header_timeout), 1, 300),
                                  section("tls",
                                          {
                                              text(TW_MEMBER(outputs.prometheus.tls, cert_file), kAnyText),
                                              text(TW_MEMBER(outputs.prometheus.tls, key_file), kAnyText),
                                          }),
                              }),
                  }),
          section("control", {text(TW_MEMBER(control, socket), kAnyText)}),
          section("privileges",
                  {
                      text(TW_MEMBER(privileges, user), {.allow_empty = true, .max_length = 32, .check = checkAccount}),
                      text(TW_MEMBER(privileges, group),
                           {.allow_empty = true, .max_length = 32, .check = checkAccount}),
                  }),
          section("hardening",
                  {
                      boolean(TW_MEMBER(hardening, seccomp)),
                      boolean(TW_MEMBER(hardening, no_new_privs)),
                  }),
          section("logging",
                  {
                      choice(TW_MEMBER(logging, level), kLogLevels),
                  }),
      });
}

#undef TW_MEMBER

void visitKeys(const ConfigEntry& entry, const std::string& path,
               const std::function<void(const std::string&, const ConfigEntry&)>& visit) {
  for (const auto& child : entry.children) {
    const std::string child_path = path.empty() ? child.name : path + "." + child.name;
    if (child.isSection()) {
      visitKeys(child, child_path, visit);
    } else {
      visit(child_path, child);
    }
  }
}

}  // namespace

const ConfigEntry* ConfigEntry::child(std::string_view child_name) const {
  for (const auto& c : children) {
    if (c.name == child_name) return &c;
  }
  return nullptr;
}

std::string ConfigEntry::childNames() const {
  std::string out;
  for (const auto& c : children) {
    if (!out.empty()) out += ", ";
    out += c.name;
  }
  return out;
}

const ConfigEntry& configSchema() {
  static const ConfigEntry schema = buildSchema();
  return schema;
}

const ConfigEntry* findConfigEntry(std::string_view dotted_path) {
  const ConfigEntry* entry = &configSchema();
  if (dotted_path.empty()) return entry;
  size_t start = 0;
  while (entry != nullptr) {
    const size_t dot = dotted_path.find('.', start);
    entry =
        entry->child(dotted_path.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (dot == std::string_view::npos) return entry;
    start = dot + 1;
  }
  return nullptr;
}

void forEachConfigKey(const std::function<void(const std::string& path, const ConfigEntry& key)>& visit) {
  visitKeys(configSchema(), "", visit);
}

}  // namespace tapwatch
