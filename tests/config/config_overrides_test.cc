// --set KEY.PATH=VALUE overrides: every value form, precedence over the file,
// and errors that name the override.
#include <gtest/gtest.h>

#include "config/config_loader.h"

namespace tapwatch {
namespace {

Config loadOk(const std::vector<std::string>& overrides, const char* yaml = "") {
  auto config = loadConfigText(yaml, "t.yaml", overrides);
  EXPECT_TRUE(config.ok()) << config.error().describe();
  return config.ok() ? *config : Config{};
}

std::string loadError(const std::vector<std::string>& overrides, const char* yaml = "") {
  auto config = loadConfigText(yaml, "t.yaml", overrides);
  EXPECT_FALSE(config.ok());
  return config.ok() ? std::string() : config.error().describe();
}

TEST(ConfigOverrides, EveryValueForm) {
  const Config c = loadOk(
      {
          "capture.workers=4",                         // unsigned integer
          "stream.midstream=false",                    // boolean
          "capture.interface=ens3",                    // plain string
          "capture.bpf=tcp port 25 or tcp port 587",   // string with spaces
          "outputs.prometheus.listen=127.0.0.1:9918",  // endpoint
          "outputs.syslog.target=[::1]:6514",          // strings are literal: no YAML list here
          "outputs.syslog.transport=tls",              // enumeration
          "protocols.http.ports=[80,8000]",            // flow sequence of ports
          "protocols.dns.ports=[]",                    // empty list
          "signatures.paths=[a,b]",                    // flow sequence of strings
      },
      "");
  EXPECT_EQ(c.capture.workers, 4u);
  EXPECT_FALSE(c.stream.midstream);
  EXPECT_EQ(c.capture.interface, "ens3");
  EXPECT_EQ(c.capture.bpf, "tcp port 25 or tcp port 587");
  EXPECT_EQ(c.outputs.prometheus.listen, "127.0.0.1:9918");
  EXPECT_EQ(c.outputs.syslog.target, "[::1]:6514");
  EXPECT_EQ(c.outputs.syslog.transport, "tls");
  EXPECT_EQ(c.protocols.http.ports, (std::vector<uint16_t>{80, 8000}));
  EXPECT_TRUE(c.protocols.dns.ports.empty());
  EXPECT_EQ(c.signatures.paths, (std::vector<std::string>{"a", "b"}));
}

TEST(ConfigOverrides, StringsAreTakenLiterally) {
  // YAML would read these as a list, a comment, an alias or a sequence entry.
  const Config c =
      loadOk({"outputs.prometheus.listen=[::]:9917", "capture.bpf=port 80 #not a comment",
              "outputs.prometheus.basic_auth_user=ops", "outputs.prometheus.basic_auth_password=*s3cr#t &x",
              "outputs.eve.path=-", "sensor.name=tap-9"});
  EXPECT_EQ(c.outputs.prometheus.listen, "[::]:9917");
  EXPECT_EQ(c.capture.bpf, "port 80 #not a comment");
  EXPECT_EQ(c.outputs.prometheus.basic_auth_password, "*s3cr#t &x");
  EXPECT_EQ(c.outputs.eve.path, "-");
  EXPECT_EQ(c.sensor.name, "tap-9");
}

TEST(ConfigOverrides, EmptyValueIsEmptyString) {
  const Config c = loadOk({"capture.bpf="}, "capture:\n  bpf: \"port 80\"\n");
  EXPECT_EQ(c.capture.bpf, "");
}

TEST(ConfigOverrides, ValueMayContainEquals) {
  const Config c = loadOk({"outputs.prometheus.basic_auth_user=ops", "outputs.prometheus.basic_auth_password=a=b=c"});
  EXPECT_EQ(c.outputs.prometheus.basic_auth_password, "a=b=c");
}

TEST(ConfigOverrides, OverrideWinsOverFileAndLaterWinsOverEarlier) {
  const Config c = loadOk({"capture.workers=6", "capture.workers=7"}, "capture:\n  workers: 3\n  snaplen: 1500\n");
  EXPECT_EQ(c.capture.workers, 7u);
  EXPECT_EQ(c.capture.snaplen, 1500u);  // the file's other keys stay
}

TEST(ConfigOverrides, ApplyToBuiltInDefaults) {
  auto config = defaultConfig({"capture.workers=4", "outputs.eve.path=-"});
  ASSERT_TRUE(config.ok()) << config.error().describe();
  EXPECT_EQ(config->capture.workers, 4u);
  EXPECT_EQ(config->outputs.eve.path, "-");
  EXPECT_EQ(config->source_file, "");
  Config expected;
  expected.capture.workers = 4;
  expected.outputs.eve.path = "-";
  EXPECT_EQ(*config, expected);
}

TEST(ConfigOverrides, DefaultConfigWithoutOverridesIsTheModel) {
  auto config = defaultConfig();
  ASSERT_TRUE(config.ok()) << config.error().describe();
  const Config model;  // named: GCC 12 -O3 flags a temporary Config's strings maybe-uninitialized
  EXPECT_EQ(*config, model);
}

struct BadOverride {
  const char* name;
  const char* set;
  const char* message;  // the whole describe() text must contain this
};

// Test names show the case's name, not the struct's bytes.
void PrintTo(const BadOverride& c, std::ostream* os) { *os << c.name; }

class BadOverrides : public ::testing::TestWithParam<BadOverride> {};

TEST_P(BadOverrides, NameTheOverride) {
  const BadOverride& c = GetParam();
  auto config = defaultConfig({c.set});
  ASSERT_FALSE(config.ok()) << c.set;
  const std::string text = config.error().describe();
  EXPECT_NE(text.find(c.message), std::string::npos) << text;
  EXPECT_EQ(text.rfind("--set ", 0), 0u) << "must start with --set: " << text;
  EXPECT_EQ(config.error().where.line, 0u) << "an override has no file position";
}

const BadOverride kBadOverrides[] = {
    {"NotANumber", "capture.workers=x", "--set capture.workers: expected an unsigned integer, got 'x'"},
    {"OutOfRange", "capture.workers=65", "--set capture.workers: value 65 is out of range 1..64"},
    {"Negative", "capture.workers=-2", "negative values are not allowed"},
    {"EmptyNumber", "capture.workers=", "--set capture.workers: expected an unsigned integer, got an empty value"},
    {"BadBool", "stream.midstream=on", "--set stream.midstream: expected true or false, got 'on'"},
    {"BadEnum", "outputs.syslog.transport=http", "--set outputs.syslog.transport: expected one of udp, tcp, tls, relp"},
    {"BadPort", "protocols.http.ports=[80,0]", "--set protocols.http.ports[1]: value 0 is out of range 1..65535"},
    {"PortsScalar", "protocols.http.ports=80", "--set protocols.http.ports: expected a list of ports"},
    {"EmptyPaths", "signatures.paths=[]", "--set signatures.paths: must list at least one entry"},
    {"PathsScalar", "signatures.paths=/x", "--set signatures.paths: expected a list such as [a, b], got '/x'"},
    {"LiteralStillValidated", "outputs.prometheus.listen=[::1]9917",
     "--set outputs.prometheus.listen: expected ADDRESS:PORT"},
    {"EnumIsCaseSensitive", "logging.level=INFO",
     "--set logging.level: expected one of debug, info, warning, error, got 'INFO'"},
    {"NameWithSpace", "sensor.name=tap 9", "--set sensor.name: must be printable ASCII without spaces"},
    {"BadListen", "outputs.prometheus.listen=localhost:9917", "'localhost' is not an IP address"},
    {"MapForNumber", "capture.workers={a: b}", "--set capture.workers: expected an unsigned integer, got a mapping"},
    {"ListForBool", "signatures.watch=[true]", "--set signatures.watch: expected true or false, got a list"},
    {"UnparsableValue", "protocols.http.ports=[80,", "--set protocols.http.ports: cannot parse '[80,' as a YAML value"},
    {"UnknownKey", "capture.wrokers=4", "--set capture.wrokers: unknown key; did you mean 'workers'?"},
    {"UnknownSection", "captur.workers=4", "--set captur: unknown key; did you mean 'capture'?"},
    {"UnknownListsKeys", "outputs.kafka.enabled=true", "valid keys in outputs: eve, syslog, redis, prometheus"},
    {"SectionNotKey", "capture=4", "--set capture: is a section, not a key; set one of its keys: interface, bpf"},
    {"KeyNotSection", "capture.workers.max=4", "--set capture.workers.max: capture.workers is a key, not a section"},
    {"NoEquals", "capture.workers", "--set capture.workers: expected KEY.PATH=VALUE"},
    {"EmptyKey", "=4", "expected KEY.PATH=VALUE"},
    {"EmptyComponent", "capture..workers=4", "--set capture.: unknown key"},
    {"HalfCredential", "outputs.syslog.tls.cert_file=/c.pem",
     "--set outputs.syslog.tls.cert_file: is set but outputs.syslog.tls.key_file is empty"},
    {"PortClash", "protocols.smtp.ports=[25,53]",
     "--set protocols.smtp.ports: port 53 is also listed in protocols.dns.ports"},
    {"ControlChar", "capture.interface=a\tb", "--set capture.interface: contains a control character"},
};

INSTANTIATE_TEST_SUITE_P(Cases, BadOverrides, ::testing::ValuesIn(kBadOverrides),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(ConfigOverrides, FileErrorsComeBeforeOverrides) {
  // A broken file is reported as such even when an override would set the same key.
  const std::string text = loadError({"capture.workers=4"}, "capture:\n  workers: lots\n");
  EXPECT_EQ(text, "t.yaml:2:12: capture.workers: expected an unsigned integer, got 'lots'");
}

TEST(ConfigOverrides, OverrideCanRepairACombination) {
  // The file sets half a credential pair; the override completes it, so the checks run after overrides.
  const Config c =
      loadOk({"outputs.syslog.tls.key_file=/k.pem"}, "outputs:\n  syslog:\n    tls:\n      cert_file: /c.pem\n");
  EXPECT_EQ(c.outputs.syslog.tls.key_file, "/k.pem");
}

TEST(ConfigOverrides, CombinationErrorPointsAtTheFileWhenTheFileSetIt) {
  const std::string text = loadError({"protocols.dns.ports=[53,5353]"}, "protocols:\n  tls:\n    ports: [443, 5353]\n");
  EXPECT_EQ(text.rfind("t.yaml:3:12: protocols.tls.ports: port 5353 is also listed in protocols.dns.ports", 0), 0u)
      << text;
}

}  // namespace
}  // namespace tapwatch
