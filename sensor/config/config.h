#pragma once
// The configuration model. Every field's initialiser is the
// built-in default and must match the commented config/tapwatch.yaml.
// Immutable once loaded; shared as shared_ptr<const Config>. Loaded and
// validated by config/config_loader.h; operator== lets a reload tell whether
// anything changed.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tapwatch {

struct SensorConfig {
  std::string name;  // "" = the machine's hostname (common/host_name.h)

  bool operator==(const SensorConfig&) const = default;
};

// capture.mode afpacket: each worker reads its own TPACKET_V3 ring.
struct AfPacketConfig {
  uint32_t block_size = 262144;  // bytes per ring block; a power of two, at least a page
  uint32_t block_count = 128;    // blocks per worker ring
  std::string fanout = "hash";   // how the kernel spreads packets over the workers' sockets

  bool operator==(const AfPacketConfig&) const = default;
};

struct CaptureConfig {
  std::string interface = "eth0";
  std::string mode = "pcap";  // pcap: libpcap + dispatch thread; afpacket: per-worker rings, no dispatch
  std::string bpf;
  uint32_t snaplen = 65535;
  bool promiscuous = true;
  uint32_t buffer_mb = 64;
  uint32_t workers = 2;
  uint32_t ring_mb = 16;  // packet bytes buffered per worker between capture and worker
  uint32_t fanout = 0;    // >0: that many capture threads in one AF_PACKET fanout group
  AfPacketConfig afpacket;
  // Offline input with several workers. fanout: every worker reads the file
  // itself and handles its hash share (engine/file_fanout.h); dispatch: one
  // capture thread hashes and copies each packet into a worker's ring.
  std::string offline_mode = "fanout";

  bool operator==(const CaptureConfig&) const = default;
};

struct FlowTimeouts {
  uint32_t tcp_established = 3600;
  uint32_t tcp_closed = 30;
  uint32_t tcp_syn = 60;
  uint32_t udp = 60;

  bool operator==(const FlowTimeouts&) const = default;
};

struct FlowConfig {
  uint32_t max_flows = 1000000;
  FlowTimeouts timeouts;

  bool operator==(const FlowConfig&) const = default;
};

struct StreamConfig {
  uint64_t depth_bytes = 1048576;  // per direction; 0 = unlimited
  uint32_t max_out_of_order_bytes = 262144;
  uint32_t memcap_mb = 1024;
  bool midstream = true;

  bool operator==(const StreamConfig&) const = default;
};

struct DefragConfig {
  uint32_t memcap_mb = 64;
  uint32_t timeout_seconds = 30;

  bool operator==(const DefragConfig&) const = default;
};

// decode: how the decoder treats what it finds.
struct DecodeConfig {
  // UDP destination ports on which the decoder opens tunnels (sensor/decode).
  std::vector<uint16_t> vxlan_ports{4789};
  std::vector<uint16_t> geneve_ports{6081};
  // auto | yes | no: verify IPv4 header, TCP and UDP checksums and drop what
  // fails (the host drops it too). auto turns itself off on a capture whose
  // packets mostly fail (checksum offload on the capturing host).
  std::string checksum_validation = "auto";

  bool operator==(const DecodeConfig&) const = default;
};

// host_os_policy: the overlap policy (common/overlap_policy.h) of the hosts in
// each list of networks; other hosts use default_policy. Key "default" in YAML.
struct HostOsPolicyConfig {
  std::string default_policy = "bsd";
  std::vector<std::string> first_nets;  // CIDRs; YAML keys first, last, bsd, linux, windows
  std::vector<std::string> last_nets;
  std::vector<std::string> bsd_nets;
  std::vector<std::string> linux_nets;
  std::vector<std::string> windows_nets;

  bool operator==(const HostOsPolicyConfig&) const = default;
};

struct ProtocolPorts {
  std::vector<uint16_t> ports;

  bool operator==(const ProtocolPorts&) const = default;
};

// HTTP: its ports, and how many content codings of one body are undone
// ("gzip, gzip, gzip" is three layers; more stay encoded and are counted).
struct HttpProtocolConfig : ProtocolPorts {
  uint32_t content_encoding_layers = 3;
  // Feed response bodies typed image/*, video/*, audio/* or font/* to text
  // signatures (http.response_body). Off: they are skipped (counted); files still logged.
  bool inspect_media = false;

  bool operator==(const HttpProtocolConfig&) const = default;
};

struct ProtocolsConfig {
  HttpProtocolConfig http{{{80, 8080}}};
  ProtocolPorts smtp{{25, 587, 2525}};
  ProtocolPorts dns{{53}};
  ProtocolPorts tls{{443}};
  ProtocolPorts quic{{443}};  // UDP: may share numbers with the TCP lists (HTTP/3 next to HTTPS)

  bool operator==(const ProtocolsConfig&) const = default;
};

// One suppression: alerts of `signature_id` (0 = every signature) are not
// emitted, either all of them (no cidr) or those whose source / destination /
// either address (track) is inside `cidr`.
struct SuppressRule {
  uint32_t signature_id = 0;
  std::string track = "by_either";  // by_src | by_dst | by_either (with a cidr)
  std::string cidr;                 // empty = every alert of the signature

  bool operator==(const SuppressRule&) const = default;
};

struct SignaturesConfig {
  std::vector<std::string> paths{"/etc/tapwatch/signatures"};
  bool watch = true;
  std::vector<SuppressRule> suppress;
  std::string suppress_file;  // more rules in a YAML file, re-read with every signature reload; empty = none
  std::string cache_dir = "/var/cache/tapwatch";  // compiled Hyperscan databases; empty = no cache
  std::string classification_file;  // Suricata classification.config for `.rules` classtypes; empty = built-in
  bool allow_list_outside = false;  // a pattern `list:` file may lie outside its signature file's directory
  uint32_t max_live_sets = 3;       // compiled sets alive at once (running + ones old flows still use); >= 2

  bool operator==(const SignaturesConfig&) const = default;
};

// Rule engine state beyond one flow. xbits: Suricata `xbits` bits per host or
// host pair, shared by the workers (engine/xbits_table.h).
struct XbitsConfig {
  uint32_t max_entries = 65536;  // bits kept at once; the least recently set is dropped beyond

  bool operator==(const XbitsConfig&) const = default;
};

struct DetectConfig {
  XbitsConfig xbits;

  bool operator==(const DetectConfig&) const = default;
};

struct AlertsConfig {
  uint32_t excerpt_bytes = 96;
  bool redact = false;

  bool operator==(const AlertsConfig&) const = default;
};

// One optional file per EVE event type; "" = the type goes to outputs.eve.path.
struct EveFilesConfig {
  std::string alert, anomaly, flow, http, dns, tls, quic, smtp, fileinfo, stats;

  bool operator==(const EveFilesConfig&) const = default;
};

struct EveHttpConfig {
  bool headers = false;  // log request_headers/response_headers in http records (ProtocolLimits::keep_http_headers)

  bool operator==(const EveHttpConfig&) const = default;
};

struct EveOutputConfig {
  bool enabled = true;
  std::string path = "/var/log/tapwatch/eve.json";
  // Event types written (output/eve_types.h names); default all.
  std::vector<std::string> types = {"alert", "anomaly", "flow", "http",     "dns",
                                    "tls",   "quic",    "smtp", "fileinfo", "stats"};
  EveFilesConfig files;
  uint32_t stats_interval = 60;    // seconds between stats records; 0 = only the final one at stop
  uint32_t community_id_seed = 0;  // Community ID v1 seed (0..65535)
  bool alert_context = false;      // alert.context {field, excerpt, score, indicators}: outside Suricata's schema
  EveHttpConfig http;

  bool operator==(const EveOutputConfig&) const = default;
};

struct SyslogTlsConfig {
  std::string ca_file;
  std::string cert_file;
  std::string key_file;

  bool operator==(const SyslogTlsConfig&) const = default;
};

struct SyslogOutputConfig {
  bool enabled = false;
  std::string target = "127.0.0.1:6514";
  std::string transport = "tcp";           // udp | tcp | tls | relp
  std::string framing = "octet-counting";  // octet-counting | lf (tcp and tls)
  std::string format = "rfc5424";          // rfc5424 | rfc3164
  std::string body = "json";               // json | cef
  std::string facility = "local4";
  uint32_t queue_max = 100000;
  std::string spool_dir = "/var/lib/tapwatch/spool";
  uint32_t spool_max_mb = 512;
  SyslogTlsConfig tls;
  std::vector<std::string> types = {"alert"};  // EVE event types forwarded (output/eve_types.h names)

  bool operator==(const SyslogOutputConfig&) const = default;
};

// HTTPS for /metrics: PEM certificate (chain) and private key; empty = HTTP.
struct PrometheusTlsConfig {
  std::string cert_file;
  std::string key_file;  // empty = the key is in cert_file

  bool operator==(const PrometheusTlsConfig&) const = default;
};

struct PrometheusOutputConfig {
  bool enabled = true;
  std::string listen = "127.0.0.1:9917";  // this host only: a remote scrape is a choice (with auth/TLS)
  std::string basic_auth_user;            // empty = no authentication
  std::string basic_auth_password;
  uint32_t max_connections = 64;  // at the cap the oldest connection still sending its request is closed
  uint32_t header_timeout = 2;    // seconds a client has to send its request
  PrometheusTlsConfig tls;

  bool operator==(const PrometheusOutputConfig&) const = default;
};

// EVE records to Redis (Suricata's redis output is the model): LPUSH (list),
// RPUSH (rpush), PUBLISH (channel) or XADD key * eve JSON (stream).
struct RedisOutputConfig {
  bool enabled = false;
  std::string server = "127.0.0.1";  // host name or IP literal
  uint32_t port = 6379;
  std::string mode = "list";  // list | rpush | channel | stream
  std::string key = "tapwatch";
  std::vector<std::string> types = {"alert"};               // EVE event types sent (output/eve_types.h names)
  uint32_t batch = 256;                                     // commands per pipelined round trip
  std::string spool_dir = "/var/lib/tapwatch/spool-redis";  // "" = no spool
  uint32_t spool_max_mb = 512;
  uint32_t queue_max = 100000;  // events held in memory before the spool
  std::string username;         // Redis 6 ACL user (AUTH username password); "" = AUTH password alone
  std::string password;         // "" = no AUTH
  uint32_t db = 0;              // SELECT db after connecting (0 = Redis' default database)
  uint64_t stream_maxlen = 0;   // stream mode: XADD key MAXLEN ~ N; 0 = no cap

  bool operator==(const RedisOutputConfig&) const = default;
};

struct OutputsConfig {
  EveOutputConfig eve;
  SyslogOutputConfig syslog;
  RedisOutputConfig redis;
  PrometheusOutputConfig prometheus;

  bool operator==(const OutputsConfig&) const = default;
};

// The control socket `tapwatch ctl` talks to; "" = none.
struct ControlConfig {
  std::string socket = "/run/tapwatch/tapwatch.sock";

  bool operator==(const ControlConfig&) const = default;
};

struct PrivilegesConfig {
  std::string user;
  std::string group;

  bool operator==(const PrivilegesConfig&) const = default;
};

// Applied by `run` once start-up is done (main/hardening.h).
struct HardeningConfig {
  bool seccomp = true;       // deny-list seccomp filter (EPERM); implies no_new_privs
  bool no_new_privs = true;  // PR_SET_NO_NEW_PRIVS: no execve can gain privileges

  bool operator==(const HardeningConfig&) const = default;
};

struct LoggingConfig {
  std::string level = "info";  // debug | info | warning | error

  bool operator==(const LoggingConfig&) const = default;
};

struct Config {
  SensorConfig sensor;
  CaptureConfig capture;
  FlowConfig flow;
  StreamConfig stream;
  DefragConfig defrag;
  DecodeConfig decode;
  HostOsPolicyConfig host_os_policy;
  ProtocolsConfig protocols;
  SignaturesConfig signatures;
  DetectConfig detect;
  AlertsConfig alerts;
  OutputsConfig outputs;
  ControlConfig control;
  PrivilegesConfig privileges;
  HardeningConfig hardening;
  LoggingConfig logging;
  // Suricata rule variables (`vars:`): NAME -> address or port expression in
  // Suricata syntax ("[10.0.0.0/8,!10.1.0.0/16]", "!$HOME_NET", "[80,8080]").
  // Unset names take Suricata's defaults when rules load (detect/rule_vars.h).
  std::map<std::string, std::string> vars;

  std::string source_file;  // the file this was loaded from; empty = built-in defaults

  bool operator==(const Config&) const = default;
};

}  // namespace tapwatch
