// Loading config text: defaults, valid values, and a table of bad configs,
// each with the message and the 1-based line:col it must be reported at.
#include "config/config_loader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace tapwatch {
namespace {

TEST(ConfigLoader, EmptyTextGivesDefaults) {
  for (const char* text : {"", "# only a comment\n", "---\n", "capture:\n", "capture:\n  # nothing set\n"}) {
    auto config = loadConfigText(text, "t.yaml");
    ASSERT_TRUE(config.ok()) << text << " -> " << config.error().describe();
    Config expected;
    expected.source_file = "t.yaml";
    EXPECT_EQ(*config, expected) << text;
  }
}

TEST(ConfigLoader, ReadsEveryKind) {
  const char* text = R"(
sensor: {name: tap-07.example}
capture:
  interface: ens1f0
  bpf: "not port 22"
  snaplen: 9000
  promiscuous: false
  workers: 8
  fanout: 4
flow:
  timeouts:
    udp: 120
stream:
  depth_bytes: 0
  midstream: false
protocols:
  http:
    ports:
      - 80
      - 3128
    content_encoding_layers: 5
  dns:
    ports: []
signatures:
  paths: [/a, "/b with space"]
outputs:
  syslog:
    enabled: true
    target: "[2001:db8::7]:6514"
    transport: relp
    facility: local7
  prometheus:
    listen: "[::]:9917"
)";
  auto config = loadConfigText(text, "full.yaml");
  ASSERT_TRUE(config.ok()) << config.error().describe();
  const Config& c = *config;
  EXPECT_EQ(c.sensor.name, "tap-07.example");
  EXPECT_EQ(c.capture.interface, "ens1f0");
  EXPECT_EQ(c.capture.bpf, "not port 22");
  EXPECT_EQ(c.capture.snaplen, 9000u);
  EXPECT_FALSE(c.capture.promiscuous);
  EXPECT_EQ(c.capture.workers, 8u);
  EXPECT_EQ(c.capture.fanout, 4u);
  EXPECT_EQ(c.flow.timeouts.udp, 120u);
  EXPECT_EQ(c.flow.timeouts.tcp_established, 3600u);  // untouched keys keep defaults
  EXPECT_EQ(c.stream.depth_bytes, 0u);
  EXPECT_FALSE(c.stream.midstream);
  EXPECT_EQ(c.protocols.http.ports, (std::vector<uint16_t>{80, 3128}));
  EXPECT_EQ(c.protocols.http.content_encoding_layers, 5u);
  EXPECT_TRUE(c.protocols.dns.ports.empty());
  EXPECT_EQ(c.protocols.smtp.ports, (std::vector<uint16_t>{25, 587, 2525}));
  EXPECT_EQ(c.signatures.paths, (std::vector<std::string>{"/a", "/b with space"}));
  EXPECT_TRUE(c.outputs.syslog.enabled);
  EXPECT_EQ(c.outputs.syslog.target, "[2001:db8::7]:6514");
  EXPECT_EQ(c.outputs.syslog.transport, "relp");
  EXPECT_EQ(c.outputs.syslog.facility, "local7");
  EXPECT_EQ(c.outputs.prometheus.listen, "[::]:9917");
  EXPECT_EQ(c.source_file, "full.yaml");
}

// An empty name means "the machine's hostname" (resolved by the outputs), and
// it is the built-in default, so that taps sharing one config file differ.
TEST(ConfigLoader, EmptySensorNameIsAllowedAndIsTheDefault) {
  auto config = loadConfigText("sensor:\n  name: ''\n", "empty-name.yaml");
  ASSERT_TRUE(config.ok()) << config.error().describe();
  EXPECT_EQ(config->sensor.name, "");
  // A named object, not Config{}.sensor: GCC 12 -O3 reports a temporary Config's strings
  // as maybe-uninitialized (a false positive that fails the -Werror Release build).
  const Config defaults;
  EXPECT_EQ(defaults.sensor.name, "");
}

TEST(ConfigLoader, ExtremeButValidNumbers) {
  auto config = loadConfigText(
      "capture: {workers: 64, snaplen: 262144}\nstream: {depth_bytes: 18446744073709551615}\nalerts: {excerpt_bytes: 0}\n",
      "t.yaml");
  ASSERT_TRUE(config.ok()) << config.error().describe();
  EXPECT_EQ(config->capture.workers, 64u);
  EXPECT_EQ(config->stream.depth_bytes, UINT64_MAX);
  EXPECT_EQ(config->alerts.excerpt_bytes, 0u);
}

TEST(ConfigLoader, AnchorsAndAliasesWork) {
  auto config = loadConfigText(
      "protocols:\n  http: {ports: &web [80, 81]}\n  tls: {ports: [443]}\nsensor: {name: &n tap}\n", "t.yaml");
  ASSERT_TRUE(config.ok()) << config.error().describe();
  EXPECT_EQ(config->protocols.http.ports, (std::vector<uint16_t>{80, 81}));
}

struct BadCase {
  const char* name;
  const char* yaml;
  const char* message;  // substring of Error::message
  uint32_t line;
  uint32_t column;
  const char* also = "";  // a second required substring
};

// Test names show the case's name, not the struct's bytes.
void PrintTo(const BadCase& c, std::ostream* os) { *os << c.name; }

class BadConfig : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadConfig, ReportsKeyAndPosition) {
  const BadCase& c = GetParam();
  auto config = loadConfigText(c.yaml, "bad.yaml");
  ASSERT_FALSE(config.ok()) << "accepted:\n" << c.yaml;
  const Error& e = config.error();
  EXPECT_NE(e.message.find(c.message), std::string::npos) << "message: " << e.message;
  EXPECT_NE(e.message.find(c.also), std::string::npos) << "message: " << e.message;
  EXPECT_EQ(e.where.file, "bad.yaml");
  EXPECT_EQ(e.where.line, c.line) << e.describe();
  EXPECT_EQ(e.where.column, c.column) << e.describe();
}

const BadCase kBadCases[] = {
    // Unknown keys list the valid keys of their section.
    {"UnknownTopLevel", "sensr:\n  name: x\n", "sensr: unknown key; did you mean 'sensor'?", 1, 1,
     "valid top-level keys: sensor, capture, flow"},
    {"UnknownNested", "capture:\n  wrokers: 4\n", "capture.wrokers: unknown key; did you mean 'workers'?", 2, 3,
     "valid keys in capture: interface, bpf, snaplen, promiscuous, buffer_mb, workers, ring_mb, fanout, mode, afpacket"},
    {"UnknownDeep", "outputs:\n  syslog:\n    tls:\n      ca: x\n", "outputs.syslog.tls.ca: unknown key", 4, 7,
     "valid keys in outputs.syslog.tls: ca_file, cert_file, key_file"},
    {"MergeKeyIsUnknown", "capture:\n  <<: {workers: 2}\n", "capture.<<: unknown key", 2, 3},
    {"DuplicateKey", "capture:\n  workers: 2\n  workers: 3\n", "capture.workers: duplicate key (first set on line 2)",
     3, 3},
    {"NonScalarKey", "? [a, b]\n: 1\n", "keys must be plain names", 1, 3},
    // Shapes.
    {"RootIsList", "- a\n- b\n", "expected a mapping with keys sensor, capture", 1, 1},
    {"RootIsScalar", "hello\n", "expected a mapping with keys sensor", 1, 1, "got 'hello'"},
    {"SectionIsScalar", "capture: eth0\n", "capture: expected a mapping with keys interface, bpf", 1, 10},
    {"SectionIsList", "flow:\n  timeouts: [1, 2]\n", "flow.timeouts: expected a mapping", 2, 13},
    {"StringGotList", "capture:\n  interface: [eth0, eth1]\n", "capture.interface: expected a string, got a list", 2,
     14},
    {"StringGotNull", "capture:\n  bpf:\n", "capture.bpf: expected a string, got null", 2, 3, "write \"\""},
    {"TwoDocuments", "sensor:\n  name: a\n---\nsensor:\n  name: b\n", "one YAML document; found more than one", 3, 1},
    {"EmptyThenDocument", "---\n---\nsensor: {name: b}\n", "one YAML document", 2, 1},
    // Numbers.
    {"IntGotWord", "capture:\n  workers: four\n", "capture.workers: expected an unsigned integer, got 'four'", 2, 12},
    {"IntNegative", "capture:\n  workers: -1\n", "capture.workers: expected an unsigned integer, got '-1'", 2, 12,
     "negative"},
    {"WorkersTooMany", "capture:\n  workers: 65\n", "capture.workers: value 65 is out of range 1..64", 2, 12},
    {"WorkersZero", "capture:\n  workers: 0\n", "capture.workers: value 0 is out of range 1..64", 2, 12},
    {"IntQuoted", "capture:\n  workers: \"4\"\n", "capture.workers: expected an unsigned integer, got a quoted string",
     2, 12},
    {"IntFloat", "capture:\n  snaplen: 1.5\n", "capture.snaplen: expected an unsigned integer, got '1.5'", 2, 12},
    {"IntHex", "capture:\n  snaplen: 0x100\n", "expected an unsigned integer, got '0x100'", 2, 12},
    {"IntLeadingZero", "capture:\n  workers: 010\n", "without leading zeros", 2, 12},
    {"IntPlusSign", "capture:\n  workers: +4\n", "expected an unsigned integer, got '+4'", 2, 12},
    {"IntEmptyQuoted", "capture:\n  workers: ''\n", "expected an unsigned integer, got an empty value", 2, 12},
    {"IntGotList", "capture:\n  workers: [4]\n", "expected an unsigned integer, got a list", 2, 12},
    {"SnaplenTooSmall", "capture:\n  snaplen: 10\n", "capture.snaplen: value 10 is out of range 64..262144", 2, 12},
    {"U64Overflow", "stream:\n  depth_bytes: 99999999999999999999999\n", "out of range 0..18446744073709551615", 2, 16},
    {"MaxFlowsHuge", "flow:\n  max_flows: 4294967296\n", "flow.max_flows: value 4294967296 is out of range", 2, 14},
    {"TimeoutZero", "flow:\n  timeouts:\n    udp: 0\n", "flow.timeouts.udp: value 0 is out of range 1..86400", 3, 10},
    {"ExcerptTooLong", "alerts: {excerpt_bytes: 5000}\n", "alerts.excerpt_bytes: value 5000 is out of range 0..4096", 1,
     25},
    // Booleans.
    {"BoolYes", "capture:\n  promiscuous: yes\n", "capture.promiscuous: expected true or false, got 'yes'", 2, 16},
    {"BoolCapitalised", "stream:\n  midstream: True\n", "stream.midstream: expected true or false, got 'True'", 2, 14},
    {"BoolNumber", "alerts:\n  redact: 1\n", "alerts.redact: expected true or false, got '1'", 2, 11},
    {"BoolQuoted", "alerts:\n  redact: \"true\"\n", "expected true or false, got a quoted string 'true'", 2, 11},
    // Enumerations.
    {"Transport", "outputs:\n  syslog:\n    transport: sctp\n",
     "outputs.syslog.transport: expected one of udp, tcp, tls, relp, got 'sctp'", 3, 16},
    {"Framing", "outputs:\n  syslog:\n    framing: crlf\n", "expected one of octet-counting, lf, got 'crlf'", 3, 14},
    {"Format", "outputs:\n  syslog:\n    format: rfc9999\n", "expected one of rfc5424, rfc3164, got 'rfc9999'", 3, 13},
    {"Body", "outputs:\n  syslog:\n    body: xml\n", "outputs.syslog.body: expected one of json, cef, got 'xml'", 3,
     11},
    {"Facility", "outputs:\n  syslog:\n    facility: local8\n", "outputs.syslog.facility: expected one of kern, user",
     3, 15, "local7"},
    {"FacilityCase", "outputs:\n  syslog:\n    facility: LOCAL4\n", "got 'LOCAL4'", 3, 15},
    {"LogLevel", "logging:\n  level: verbose\n", "logging.level: expected one of debug, info, warning, error", 2, 10},
    // Endpoints.
    {"TargetNoPort", "outputs:\n  syslog:\n    target: siem.example.org\n", "outputs.syslog.target: expected HOST:PORT",
     3, 13, "port is missing"},
    {"TargetPortZero", "outputs:\n  syslog:\n    target: 10.0.0.1:0\n", "port '0' is not a number in 1..65535", 3, 13},
    {"TargetPortHigh", "outputs:\n  syslog:\n    target: 10.0.0.1:70000\n", "port '70000' is not a number", 3, 13},
    {"TargetBadHost", "outputs:\n  syslog:\n    target: bad_host:514\n", "neither an IP address nor a valid host name",
     3, 13},
    {"TargetBadIpv4", "outputs:\n  syslog:\n    target: 10.0.0.300:514\n", "neither an IP address", 3, 13},
    {"TargetBareIpv6", "outputs:\n  syslog:\n    target: \"::1:514\"\n", "goes in brackets", 3, 13},
    {"TargetBadIpv6", "outputs:\n  syslog:\n    target: \"[fe80::zz]:514\"\n", "is not an IPv6 address", 3, 13},
    {"ListenHostName", "outputs:\n  prometheus:\n    listen: localhost:9917\n",
     "outputs.prometheus.listen: 'localhost' is not an IP address", 3, 13},
    {"ListenNoHost", "outputs:\n  prometheus:\n    listen: \":9917\"\n", "host is missing", 3, 13},
    {"ListenEmpty", "outputs:\n  prometheus:\n    listen: \"\"\n", "outputs.prometheus.listen: must not be empty", 3,
     13},
    // Port lists.
    {"PortTooHigh", "protocols:\n  http:\n    ports: [80, 70000]\n",
     "protocols.http.ports[1]: value 70000 is out of range 1..65535", 3, 17},
    {"PortZero", "protocols:\n  dns:\n    ports: [0]\n", "protocols.dns.ports[0]: value 0 is out of range 1..65535", 3,
     13},
    {"PortNegative", "protocols:\n  dns:\n    ports: [-53]\n", "negative values are not allowed", 3, 13},
    {"PortWord", "protocols:\n  dns:\n    ports: [domain]\n", "expected an unsigned integer, got 'domain'", 3, 13},
    {"PortsNotList", "protocols:\n  dns:\n    ports: 53\n", "protocols.dns.ports: expected a list of ports", 3, 12},
    {"PortTwice", "protocols:\n  http:\n    ports: [80, 80]\n", "protocols.http.ports[1]: port 80 is listed twice", 3,
     17},
    {"TooManyContentEncodingLayers", "protocols:\n  http:\n    content_encoding_layers: 9\n",
     "protocols.http.content_encoding_layers: value 9 is out of range 0..8", 3, 30},
    {"PortInBlockList", "protocols:\n  smtp:\n    ports:\n      - 25\n      - x\n", "protocols.smtp.ports[1]", 5, 9},
    {"PortInTwoProtocols", "protocols:\n  tls:\n    ports: [443, 8080]\n",
     "protocols.tls.ports: port 8080 is also listed in protocols.http.ports", 3, 12},
    // Signature paths.
    {"PathsEmpty", "signatures:\n  paths: []\n", "signatures.paths: must list at least one entry", 2, 10},
    {"PathsEmptyEntry", "signatures:\n  paths: [\"\"]\n", "signatures.paths[0]: must not be empty", 2, 11},
    {"PathsScalar", "signatures:\n  paths: /etc/x\n", "signatures.paths: expected a list such as [a, b], got '/etc/x'",
     2, 10},
    {"PathsTwice", "signatures:\n  paths: [/a, /a]\n", "signatures.paths[1]: '/a' is listed twice", 2, 15},
    {"PathsNested", "signatures:\n  paths: [[/a]]\n", "signatures.paths[0]: expected a string, got a list", 2, 11},
    // Strings.
    {"ControlCharacter", "sensor:\n  name: \"tap\\x01\"\n", "sensor.name: contains a control character", 2, 9},
    {"NewlineInPath", "outputs:\n  eve:\n    path: \"/var/log/a\\nb\"\n", "contains a control character", 3, 11},
    {"SensorNameSpace", "sensor:\n  name: tap 01\n", "sensor.name: must be printable ASCII without spaces", 2, 9},
    {"InterfaceSpace", "capture:\n  interface: \"eth 0\"\n", "capture.interface: must not contain spaces", 2, 14},
    {"EvePathEmpty", "outputs:\n  eve: {path: \"\"}\n", "outputs.eve.path: must not be empty", 2, 15},
    {"UserWithColon", "privileges:\n  user: \"a:b\"\n", "privileges.user: must be a user or group name", 2, 9},
    {"BasicAuthUserColon", "outputs:\n  prometheus:\n    basic_auth_user: \"a:b\"\n    basic_auth_password: x\n",
     "must not contain ':'", 3, 22},
    // Combinations.
    {"CertWithoutKey", "outputs:\n  syslog:\n    tls:\n      cert_file: /etc/c.pem\n",
     "outputs.syslog.tls.cert_file: is set but outputs.syslog.tls.key_file is empty", 4, 18},
    {"KeyWithoutCert", "outputs:\n  syslog:\n    tls:\n      key_file: /etc/k.pem\n",
     "outputs.syslog.tls.key_file: is set but outputs.syslog.tls.cert_file is empty", 4, 17},
    {"PasswordWithoutUser", "outputs:\n  prometheus:\n    basic_auth_password: s3cret\n",
     "outputs.prometheus.basic_auth_password: is set but outputs.prometheus.basic_auth_user is empty", 3, 26},
    {"MetricsKeyWithoutCert", "outputs:\n  prometheus:\n    tls:\n      key_file: /etc/k.pem\n",
     "outputs.prometheus.tls.key_file: is set but outputs.prometheus.tls.cert_file is empty", 4, 17},
    {"RedisUserWithoutPassword", "outputs:\n  redis:\n    username: sensor\n",
     "outputs.redis.username: is set but outputs.redis.password is empty", 3, 15},
    // YAML syntax errors keep the parser's position.
    {"SyntaxNestedMapValue", "a: b: c\n", "YAML syntax error: illegal map value", 1, 5},
    {"SyntaxExtraBracket", "x: [a, b]]\n", "YAML syntax error", 1, 10},
    {"SyntaxUnknownAlias", "sensor:\n  name: *nowhere\n", "YAML syntax error", 2, 9},
    {"SyntaxBadIndent", "capture:\n  workers: 2\n bad: 3\n", "YAML syntax error", 3, 2},
    // yaml-cpp 0.7 loops forever on these in LoadAll and accepts them as empty in Load.
    {"SyntaxStrayComma", ",\n", "YAML syntax error: unexpected ','", 1, 1},
    {"SyntaxStrayCommaBeforeKey", ",k: v\n", "YAML syntax error: unexpected ','", 1, 1},
    {"SyntaxStrayCommaAfterComment", "# config\n  ,\n", "YAML syntax error: unexpected ','", 2, 3},
};

INSTANTIATE_TEST_SUITE_P(Cases, BadConfig, ::testing::ValuesIn(kBadCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(ConfigLoader, DescribeGivesFileLineColumn) {
  auto config = loadConfigText("capture:\n  workers: x\n", "/etc/tapwatch/tapwatch.yaml");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.error().describe(),
            "/etc/tapwatch/tapwatch.yaml:2:12: capture.workers: expected an unsigned integer, got 'x'");
}

TEST(ConfigLoader, HostileInputsFailCleanly) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "[";
  const std::string inputs[] = {
      deep,
      std::string("\0\0\0", 3),
      "\xff\xfe garbage",
      "capture: &a {workers: *a}\n",
      "sensor:\n  name: \"" + std::string(300, 'x') + "\"\n",
      "capture:\n  bpf: \"" + std::string(70000, 'x') + "\"\n",
      std::string(5u << 20, '#'),  // bigger than the size limit
  };
  for (const auto& text : inputs) {
    auto config = loadConfigText(text, "hostile.yaml");
    EXPECT_FALSE(config.ok()) << text.substr(0, 60);
    if (!config.ok()) {
      EXPECT_FALSE(config.error().message.empty());
    }
  }
}

TEST(ConfigLoader, NulBytesAreRejectedWithTheirPosition) {
  auto config = loadConfigText(std::string("capture:\n  bpf: a\0b\n", 20), "nul.yaml");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.error().describe(), "nul.yaml:2:9: contains a NUL byte; a config file is UTF-8 text");
}

TEST(ConfigLoader, HugePortListStaysFast) {
  // 65535 distinct ports then a duplicate: must be found without quadratic work.
  std::string text = "protocols:\n  http:\n    ports: [";
  for (int p = 1; p <= 65535; ++p) text += std::to_string(p) + ",";
  text += "80]\n  smtp: {ports: []}\n  dns: {ports: []}\n  tls: {ports: []}\n";
  auto config = loadConfigText(text, "big.yaml");
  ASSERT_FALSE(config.ok());
  EXPECT_NE(config.error().message.find("protocols.http.ports[65535]: port 80 is listed twice"), std::string::npos)
      << config.error().message;
}

TEST(ConfigLoader, FileErrors) {
  auto missing = loadConfigFile("/nonexistent/tapwatch.yaml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().where.file, "/nonexistent/tapwatch.yaml");
  EXPECT_NE(missing.error().message.find("cannot open config file"), std::string::npos);

  auto directory = loadConfigFile("/tmp");
  ASSERT_FALSE(directory.ok());
  EXPECT_NE(directory.error().message.find("is a directory"), std::string::npos);
}

TEST(ConfigLoader, FileLoadsAndRecordsItsName) {
  const std::string path = ::testing::TempDir() + "tapwatch_loader_test.yaml";
  {
    std::ofstream out(path);
    out << "capture:\n  workers: 3\n  snaplen: nope\n";
  }
  auto bad = loadConfigFile(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().describe(), path + ":3:12: capture.snaplen: expected an unsigned integer, got 'nope'");
  {
    std::ofstream out(path);
    out << "capture:\n  workers: 3\n";
  }
  auto good = loadConfigFile(path);
  ASSERT_TRUE(good.ok()) << good.error().describe();
  EXPECT_EQ(good->capture.workers, 3u);
  EXPECT_EQ(good->source_file, path);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace tapwatch
