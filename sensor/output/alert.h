#pragma once
// Alert: one detection, with everything its EVE record needs.
// Built by a worker, moved to the output thread; allocations here happen only
// when a signature fires, never per packet.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/direction.h"
#include "common/field.h"
#include "common/ip_address.h"
#include "output/eve_types.h"
#include "protocols/transaction_context.h"

namespace tapwatch {

struct Alert {
  Timestamp ts;  // capture time of the packet that completed the match
  uint64_t flow_id = 0;
  std::string in_iface;
  std::vector<uint16_t> vlan;
  IpAddress src_ip;
  uint16_t src_port = 0;
  IpAddress dest_ip;
  uint16_t dest_port = 0;
  uint8_t ip_protocol = 0;  // 6 = TCP, 17 = UDP
  Direction direction = Direction::ToServer;

  uint32_t signature_id = 0;
  uint32_t rev = 0;
  std::string signature;  // name
  std::string category;
  uint8_t severity = 3;  // 1 (high) .. 4 (info)
  Field field = Field::Payload;
  std::string excerpt;                  // raw bytes from the sensor's buffers; EVE writer makes them valid UTF-8
  int score = -1;                       // summed weights when the signature is score-based
  std::vector<std::string> indicators;  // ids of the patterns that matched in the scope
  std::vector<std::string> tags;        // the signature's tags (alert.metadata.tag)
  std::vector<std::string> references;  // the signature's references (alert.references)
  // Suricata rules' `metadata:` pairs: alert.metadata.<key> = [values...], as Suricata writes them.
  std::vector<std::pair<std::string, std::string>> metadata;

  TransactionContext context;  // of the scope that alerted
};

// A rendered record handed to outputs (EVE file, syslog): the JSON line plus the
// few fields syslog needs for PRI and structured data (alerts only; other
// event types leave signature_id 0 and carry their type in event_type).
struct AlertRecord {
  EveType type = EveType::Alert;
  uint32_t signature_id = 0;
  uint32_t rev = 0;
  std::string category;
  uint8_t severity = 3;
  Timestamp ts;
  std::string eve_json;  // one EVE JSON object, no trailing newline
};

}  // namespace tapwatch
