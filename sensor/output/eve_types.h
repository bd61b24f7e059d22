#pragma once
// The EVE event types Tapwatch writes, named as Suricata names them
// (`event_type`), and a small set of them (outputs.eve.types,
// outputs.syslog.types, `scan --types`). Header-only: the worker asks
// `has()` once per event it could raise, so it must be a bit test.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tapwatch {

// Quic is listed so configs and the type set are ready for the QUIC parser;
// nothing raises it yet.
enum class EveType : uint8_t { Alert, Anomaly, Flow, Http, Dns, Tls, Quic, Smtp, Fileinfo, Stats };
inline constexpr size_t kEveTypeCount = 10;

inline constexpr std::array<std::string_view, kEveTypeCount> kEveTypeNames = {
    "alert", "anomaly", "flow", "http", "dns", "tls", "quic", "smtp", "fileinfo", "stats"};

constexpr std::string_view eveTypeName(EveType type) { return kEveTypeNames[static_cast<size_t>(type)]; }

inline std::optional<EveType> parseEveType(std::string_view name) {
  for (size_t i = 0; i < kEveTypeCount; ++i)
    if (kEveTypeNames[i] == name) return static_cast<EveType>(i);
  return std::nullopt;
}

class EveTypeSet {
 public:
  EveTypeSet() = default;
  static EveTypeSet all() {
    EveTypeSet s;
    s.bits_ = (1u << kEveTypeCount) - 1;
    return s;
  }
  // Unknown names are ignored here; the config schema rejects them first.
  static EveTypeSet of(const std::vector<std::string>& names) {
    EveTypeSet s;
    for (const auto& n : names)
      if (auto t = parseEveType(n)) s.add(*t);
    return s;
  }
  void add(EveType t) { bits_ |= bit(t); }
  bool has(EveType t) const { return (bits_ & bit(t)) != 0; }
  bool empty() const { return bits_ == 0; }
  EveTypeSet intersect(EveTypeSet other) const {
    EveTypeSet s;
    s.bits_ = bits_ & other.bits_;
    return s;
  }
  EveTypeSet unite(EveTypeSet other) const {
    EveTypeSet s;
    s.bits_ = bits_ | other.bits_;
    return s;
  }
  // Any transaction type (the app layer must be parsed to log it).
  bool anyTransaction() const {
    return has(EveType::Http) || has(EveType::Dns) || has(EveType::Tls) || has(EveType::Quic) || has(EveType::Smtp) ||
           has(EveType::Fileinfo);
  }

 private:
  static uint32_t bit(EveType t) { return 1u << static_cast<unsigned>(t); }
  uint32_t bits_ = 0;
};

}  // namespace tapwatch
