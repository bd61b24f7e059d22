#include "config/config_checks.h"

#include <array>
#include <utility>

namespace tapwatch {
namespace {

// Both keys set or neither: half a credential is always a mistake.
Status checkPair(const std::string& a_value, const char* a_path, const std::string& b_value, const char* b_path,
                 const KeyOrigins& origins) {
  if (a_value.empty() == b_value.empty()) return Ok{};
  const char* set = a_value.empty() ? b_path : a_path;
  const char* missing = a_value.empty() ? a_path : b_path;
  return origins.error(set, std::string("is set but ") + missing + " is empty; set both or neither");
}

Status checkPortOverlap(const Config& config, const KeyOrigins& origins) {
  // Port-based protocol detection needs one protocol per port; content
  // detection still finds services on unlisted ports.
  const std::array<std::pair<const char*, const std::vector<uint16_t>*>, 4> lists{{
      {"protocols.http.ports", &config.protocols.http.ports},
      {"protocols.smtp.ports", &config.protocols.smtp.ports},
      {"protocols.dns.ports", &config.protocols.dns.ports},
      {"protocols.tls.ports", &config.protocols.tls.ports},
  }};
  for (size_t i = 0; i < lists.size(); ++i) {
    for (size_t j = i + 1; j < lists.size(); ++j) {
      for (uint16_t port : *lists[j].second) {
        for (uint16_t other : *lists[i].second) {
          if (port != other) continue;
          // Blame the list the operator changed (the later one if both were set).
          const char* blame = origins.isSet(lists[j].first) || !origins.isSet(lists[i].first) ? lists[j].first
                                                                                              : lists[i].first;
          const char* other_path = blame == lists[j].first ? lists[i].first : lists[j].first;
          return origins.error(blame, "port " + std::to_string(port) + " is also listed in " + other_path +
                                          "; each port can map to one protocol");
        }
      }
    }
  }
  return Ok{};
}

// The kernel's ring wants page-sized power-of-two blocks, and the
// libpcap-fanout capture threads (capture.fanout) are the other live mode.
Status checkAfPacket(const Config& config, const KeyOrigins& origins) {
  const AfPacketConfig& af = config.capture.afpacket;
  if ((af.block_size & (af.block_size - 1)) != 0)
    return origins.error("capture.afpacket.block_size", "must be a power of two (4096, 65536, 1048576, ...)");
  if (config.capture.mode == "afpacket" && af.block_size < config.capture.snaplen + 128)
    return origins.error("capture.afpacket.block_size", "must hold a whole packet: at least capture.snaplen + 128 (" +
                                                            std::to_string(config.capture.snaplen + 128) + ")");
  if (config.capture.mode == "afpacket" && config.capture.fanout > 0)
    return origins.error("capture.fanout",
                         "is for capture.mode pcap; with capture.mode afpacket every worker already reads its own "
                         "fanout socket (set capture.workers instead)");
  return Ok{};
}

}  // namespace

void KeyOrigins::record(const std::string& path, const ValueSource& source, const YAML::Mark& mark) {
  origins_.insert_or_assign(path, Origin{source, mark});
}

Error KeyOrigins::error(std::string_view path, std::string_view message) const {
  const auto it = origins_.find(path);
  if (it == origins_.end()) return configError(ValueSource{file_, false}, path, YAML::Mark::null_mark(), message);
  return configError(it->second.source, path, it->second.mark, message);
}

Status checkKeyCombinations(const Config& config, const KeyOrigins& origins) {
  const auto& tls = config.outputs.syslog.tls;
  if (auto s = checkPair(tls.cert_file, "outputs.syslog.tls.cert_file", tls.key_file, "outputs.syslog.tls.key_file",
                         origins);
      !s.ok()) {
    return s;
  }
  const auto& prom = config.outputs.prometheus;
  if (auto s = checkPair(prom.basic_auth_user, "outputs.prometheus.basic_auth_user", prom.basic_auth_password,
                         "outputs.prometheus.basic_auth_password", origins);
      !s.ok()) {
    return s;
  }
  if (prom.tls.cert_file.empty() && !prom.tls.key_file.empty())
    return origins.error("outputs.prometheus.tls.key_file",
                         "is set but outputs.prometheus.tls.cert_file is empty; HTTPS needs the certificate too");
  const auto& redis = config.outputs.redis;
  if (!redis.username.empty() && redis.password.empty())
    return origins.error("outputs.redis.username",
                         "is set but outputs.redis.password is empty; an ACL user authenticates with its password");
  if (auto s = checkAfPacket(config, origins); !s.ok()) return s;
  return checkPortOverlap(config, origins);
}

}  // namespace tapwatch
