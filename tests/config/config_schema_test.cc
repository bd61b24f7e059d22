// The key table against the config model: every struct field has exactly one
// key, every key fills its own field, and values round-trip through show().
#include "config/config_schema.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <map>
#include <set>

#include "field_count.h"

namespace tapwatch {
namespace {

using testing::fieldCount;

static_assert(fieldCount<SyslogTlsConfig>() == 3, "the field counter itself must work");

// One valid, non-default value per key. Adding a key to the table without a
// value here fails EveryKeyHasATestValue, so the checks below cover it.
const std::map<std::string, std::string> kOtherValues = {
    {"sensor.name", "tap-99"},
    {"capture.interface", "eth9"},
    {"capture.bpf", "port 1"},
    {"capture.snaplen", "1500"},
    {"capture.promiscuous", "false"},
    {"capture.buffer_mb", "65"},
    {"capture.workers", "3"},
    {"capture.ring_mb", "17"},
    {"capture.fanout", "2"},
    {"capture.mode", "afpacket"},
    {"capture.afpacket.block_size", "65536"},
    {"capture.afpacket.block_count", "4"},
    {"capture.afpacket.fanout", "cpu"},
    {"capture.offline_mode", "dispatch"},
    {"flow.max_flows", "7"},
    {"flow.timeouts.tcp_established", "11"},
    {"flow.timeouts.tcp_closed", "12"},
    {"flow.timeouts.tcp_syn", "13"},
    {"flow.timeouts.udp", "14"},
    {"stream.depth_bytes", "5"},
    {"stream.max_out_of_order_bytes", "6"},
    {"stream.memcap_mb", "7"},
    {"stream.midstream", "false"},
    {"defrag.memcap_mb", "8"},
    {"detect.xbits.max_entries", "4096"},
    {"defrag.timeout_seconds", "9"},
    {"decode.vxlan_ports", "[8472]"},
    {"decode.geneve_ports", "[]"},
    {"decode.checksum_validation", "no"},
    {"host_os_policy.default", "linux"},
    {"host_os_policy.first", "[10.0.0.0/8]"},
    {"host_os_policy.last", "[10.1.0.0/16]"},
    {"host_os_policy.bsd", "[\"2001:db8::/32\"]"},
    {"host_os_policy.linux", "[192.0.2.1]"},
    {"host_os_policy.windows", "[198.51.100.0/24]"},
    {"protocols.http.ports", "[1]"},
    {"protocols.http.content_encoding_layers", "7"},
    {"protocols.http.inspect_media", "true"},
    {"protocols.smtp.ports", "[2]"},
    {"protocols.dns.ports", "[3]"},
    {"protocols.tls.ports", "[4]"},
    {"protocols.quic.ports", "[5]"},
    {"signatures.paths", "[/x]"},
    {"signatures.watch", "false"},
    {"signatures.suppress", "[{signature_id: 7, track: by_src, cidr: \"10.0.0.0/8\"}]"},
    {"signatures.suppress_file", "/etc/s.yaml"},
    {"signatures.cache_dir", "/c"},
    {"signatures.classification_file", "/cls"},
    {"signatures.max_live_sets", "7"},
    {"vars", "{HOME_NET: \"[127.0.0.0/8]\"}"},
    {"alerts.excerpt_bytes", "1"},
    {"alerts.redact", "true"},
    {"outputs.eve.enabled", "false"},
    {"outputs.eve.path", "/x"},
    {"outputs.eve.types", "[alert, flow]"},
    {"outputs.eve.files.alert", "/a"},
    {"outputs.eve.files.anomaly", "/an"},
    {"outputs.eve.files.flow", "/f"},
    {"outputs.eve.files.http", "/h"},
    {"outputs.eve.files.dns", "/d"},
    {"outputs.eve.files.tls", "/t"},
    {"outputs.eve.files.quic", "/q"},
    {"outputs.eve.files.smtp", "/sm"},
    {"outputs.eve.files.fileinfo", "/fi"},
    {"outputs.eve.files.stats", "/st"},
    {"outputs.eve.stats_interval", "5"},
    {"outputs.eve.community_id_seed", "1"},
    {"outputs.eve.alert_context", "true"},
    {"outputs.eve.http.headers", "true"},
    {"outputs.syslog.enabled", "true"},
    {"outputs.syslog.target", "10.0.0.1:1"},
    {"outputs.syslog.transport", "udp"},
    {"outputs.syslog.framing", "lf"},
    {"outputs.syslog.format", "rfc3164"},
    {"outputs.syslog.body", "cef"},
    {"outputs.syslog.facility", "local0"},
    {"outputs.syslog.queue_max", "1"},
    {"outputs.syslog.spool_dir", "/s"},
    {"outputs.syslog.spool_max_mb", "1"},
    {"outputs.syslog.tls.ca_file", "/ca"},
    {"outputs.syslog.tls.cert_file", "/c"},
    {"outputs.syslog.tls.key_file", "/k"},
    {"outputs.syslog.types", "[alert, dns]"},
    {"outputs.prometheus.enabled", "false"},
    {"outputs.prometheus.listen", "127.0.0.1:1"},
    {"outputs.prometheus.basic_auth_user", "u"},
    {"outputs.prometheus.basic_auth_password", "p"},
    {"signatures.allow_list_outside", "true"},
    {"outputs.prometheus.max_connections", "5"},
    {"outputs.prometheus.header_timeout", "7"},
    {"outputs.prometheus.tls.cert_file", "/c.pem"},
    {"outputs.prometheus.tls.key_file", "/k.pem"},
    {"outputs.redis.enabled", "true"},
    {"outputs.redis.server", "redis.example.org"},
    {"outputs.redis.port", "6380"},
    {"outputs.redis.mode", "stream"},
    {"outputs.redis.key", "tw-events"},
    {"outputs.redis.types", "[alert, flow]"},
    {"outputs.redis.batch", "17"},
    {"outputs.redis.spool_dir", "/rs"},
    {"outputs.redis.spool_max_mb", "2"},
    {"outputs.redis.queue_max", "9"},
    {"outputs.redis.username", "ops"},
    {"outputs.redis.password", "pw"},
    {"outputs.redis.db", "4"},
    {"outputs.redis.stream_maxlen", "1000"},
    {"control.socket", "/run/t.sock"},
    {"privileges.user", "u"},
    {"privileges.group", "g"},
    {"hardening.seccomp", "false"},
    {"hardening.no_new_privs", "false"},
    {"logging.level", "debug"},
};

std::map<std::string, std::string> showAll(const Config& config) {
  std::map<std::string, std::string> out;
  forEachConfigKey([&](const std::string& path, const ConfigEntry& key) { out[path] = key.show(config); });
  return out;
}

Status loadOne(const ConfigEntry& key, const std::string& path, const std::string& yaml, Config& config) {
  static const ValueSource source{"test", false};
  const YAML::Node node = YAML::Load(yaml);
  return key.load(ValueSite(source, path, node, node.Mark()), config);
}

TEST(ConfigSchema, EveryKeyHasATestValue) {
  std::set<std::string> keys;
  forEachConfigKey([&](const std::string& path, const ConfigEntry&) { keys.insert(path); });
  std::set<std::string> valued;
  for (const auto& [path, value] : kOtherValues) valued.insert(path);
  EXPECT_EQ(keys, valued);
}

TEST(ConfigSchema, EachKeyFillsOnlyItsOwnField) {
  const Config default_config;  // named: GCC 12 -O3 flags a temporary Config's strings maybe-uninitialized
  const auto defaults = showAll(default_config);
  forEachConfigKey([&](const std::string& path, const ConfigEntry& key) {
    Config config;
    auto status = loadOne(key, path, kOtherValues.at(path), config);
    ASSERT_TRUE(status.ok()) << path << ": " << status.error().describe();
    const Config model;  // named: GCC 12 -O3 flags a temporary Config's strings maybe-uninitialized
    EXPECT_NE(config, model) << path << " changed nothing in Config";
    const auto after = showAll(config);
    for (const auto& [other, value] : after) {
      if (other == path) {
        EXPECT_NE(value, defaults.at(other)) << path << " does not show its new value";
      } else {
        EXPECT_EQ(value, defaults.at(other)) << "loading " << path << " changed " << other;
      }
    }
  });
}

TEST(ConfigSchema, ShownValuesLoadBackUnchanged) {
  // show() prints YAML, so `config check` output could be pasted into a file.
  Config changed;
  forEachConfigKey([&](const std::string& path, const ConfigEntry& key) {
    ASSERT_TRUE(loadOne(key, path, kOtherValues.at(path), changed).ok()) << path;
  });
  for (const Config& original : {Config{}, changed}) {
    Config copy;
    forEachConfigKey([&](const std::string& path, const ConfigEntry& key) {
      auto status = loadOne(key, path, key.show(original), copy);
      EXPECT_TRUE(status.ok()) << path << " = " << key.show(original) << ": " << status.error().describe();
    });
    EXPECT_EQ(copy, original);
  }
}

// Each section of the table and the struct it loads: the table must have as
// many entries (keys + subsections) as the struct has members.
struct SectionShape {
  const char* path;
  size_t fields;
};

const SectionShape kShapes[] = {
    {"", fieldCount<Config>() - 1},  // all but source_file, which is not a key
    {"sensor", fieldCount<SensorConfig>()},
    {"capture", fieldCount<CaptureConfig>()},
    {"capture.afpacket", fieldCount<AfPacketConfig>()},
    {"flow", fieldCount<FlowConfig>()},
    {"flow.timeouts", fieldCount<FlowTimeouts>()},
    {"stream", fieldCount<StreamConfig>()},
    {"defrag", fieldCount<DefragConfig>()},
    {"decode", fieldCount<DecodeConfig>()},
    {"host_os_policy", fieldCount<HostOsPolicyConfig>()},
    {"protocols", fieldCount<ProtocolsConfig>()},
    {"protocols.http", fieldCount<HttpProtocolConfig>()},
    {"protocols.smtp", fieldCount<ProtocolPorts>()},
    {"protocols.dns", fieldCount<ProtocolPorts>()},
    {"protocols.tls", fieldCount<ProtocolPorts>()},
    {"protocols.quic", fieldCount<ProtocolPorts>()},
    {"signatures", fieldCount<SignaturesConfig>()},
    {"detect", fieldCount<DetectConfig>()},
    {"detect.xbits", fieldCount<XbitsConfig>()},
    {"alerts", fieldCount<AlertsConfig>()},
    {"outputs", fieldCount<OutputsConfig>()},
    {"outputs.eve", fieldCount<EveOutputConfig>()},
    {"outputs.eve.files", fieldCount<EveFilesConfig>()},
    {"outputs.eve.http", fieldCount<EveHttpConfig>()},
    {"outputs.syslog", fieldCount<SyslogOutputConfig>()},
    {"outputs.syslog.tls", fieldCount<SyslogTlsConfig>()},
    {"outputs.redis", fieldCount<RedisOutputConfig>()},
    {"outputs.prometheus", fieldCount<PrometheusOutputConfig>()},
    {"outputs.prometheus.tls", fieldCount<PrometheusTlsConfig>()},
    {"control", fieldCount<ControlConfig>()},
    {"privileges", fieldCount<PrivilegesConfig>()},
    {"hardening", fieldCount<HardeningConfig>()},
    {"logging", fieldCount<LoggingConfig>()},
};

void collectSections(const ConfigEntry& entry, const std::string& path, std::set<std::string>& out) {
  out.insert(path);
  for (const auto& child : entry.children) {
    if (child.isSection()) collectSections(child, path.empty() ? child.name : path + "." + child.name, out);
  }
}

TEST(ConfigSchema, EveryStructFieldHasAnEntry) {
  std::set<std::string> sections;
  collectSections(configSchema(), "", sections);
  std::set<std::string> shaped;
  for (const auto& shape : kShapes) {
    shaped.insert(shape.path);
    const ConfigEntry* entry = findConfigEntry(shape.path);
    ASSERT_NE(entry, nullptr) << "no section '" << shape.path << "' in the key table";
    ASSERT_TRUE(entry->isSection()) << shape.path;
    EXPECT_EQ(entry->children.size(), shape.fields)
        << "section '" << shape.path << "' has " << entry->children.size() << " entries but its struct has "
        << shape.fields << " fields: a field of config.h has no key (or a key has no field)";
  }
  EXPECT_EQ(sections, shaped) << "every section of the table needs a row in kShapes";
}

TEST(ConfigSchema, NamesAreUniqueSnakeCase) {
  std::set<std::string> seen;
  forEachConfigKey([&](const std::string& path, const ConfigEntry&) {
    EXPECT_TRUE(seen.insert(path).second) << "duplicate key " << path;
    for (char c : path) {
      EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.') << path;
    }
  });
  EXPECT_EQ(seen.size(), kOtherValues.size());
}

TEST(ConfigSchema, FindEntry) {
  ASSERT_NE(findConfigEntry("outputs.syslog.tls"), nullptr);
  EXPECT_TRUE(findConfigEntry("outputs.syslog.tls")->isSection());
  ASSERT_NE(findConfigEntry("capture.workers"), nullptr);
  EXPECT_FALSE(findConfigEntry("capture.workers")->isSection());
  EXPECT_EQ(findConfigEntry("capture.workers.x"), nullptr);
  EXPECT_EQ(findConfigEntry("capture.nope"), nullptr);
  EXPECT_EQ(findConfigEntry("capture."), nullptr);
  EXPECT_EQ(findConfigEntry(".capture"), nullptr);
  EXPECT_EQ(findConfigEntry("")->children.size(), fieldCount<Config>() - 1);
  EXPECT_EQ(findConfigEntry("outputs.syslog.tls")->childNames(), "ca_file, cert_file, key_file");
}

}  // namespace
}  // namespace tapwatch
