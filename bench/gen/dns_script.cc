// DNS over UDP: one to three query/response pairs (A, AAAA, MX) with real
// wire encoding (labels, compression pointers in answers). Scam flows resolve
// a scam domain.
#include "corpus.h"
#include "flow_script.h"

namespace tapwatch::gen {
namespace {

void put16(std::string& s, uint16_t v) {
  s.push_back(static_cast<char>(v >> 8));
  s.push_back(static_cast<char>(v));
}
void put32(std::string& s, uint32_t v) {
  put16(s, static_cast<uint16_t>(v >> 16));
  put16(s, static_cast<uint16_t>(v));
}

void putName(std::string& s, std::string_view name) {
  while (!name.empty()) {
    const size_t dot = name.find('.');
    const std::string_view label = name.substr(0, dot);
    s.push_back(static_cast<char>(label.size()));
    s.append(label);
    if (dot == std::string_view::npos) break;
    name.remove_prefix(dot + 1);
  }
  s.push_back('\0');
}

std::string query(uint16_t id, std::string_view name, uint16_t qtype) {
  std::string q;
  put16(q, id);
  put16(q, 0x0100);  // standard query, recursion desired
  put16(q, 1), put16(q, 0), put16(q, 0), put16(q, 0);
  putName(q, name);
  put16(q, qtype), put16(q, 1);
  return q;
}

std::string response(Prng& rng, const std::string& q, uint16_t qtype) {
  std::string r = q;
  r[2] = static_cast<char>(0x81), r[3] = static_cast<char>(0x80);  // response, RD, RA, NOERROR
  const uint16_t answers = static_cast<uint16_t>(rng.range(1, 4));
  r[6] = 0, r[7] = static_cast<char>(answers);
  for (uint16_t i = 0; i < answers; ++i) {
    put16(r, 0xc00c);  // pointer to the question name
    put16(r, qtype), put16(r, 1);
    put32(r, static_cast<uint32_t>(rng.range(60, 86400)));
    if (qtype == 28) {
      put16(r, 16);
      put32(r, 0x20010db8), put32(r, 0x00030000), put32(r, 0), put32(r, static_cast<uint32_t>(rng.below(1 << 16)));
    } else if (qtype == 15) {
      put16(r, 2 + 6 + 2);  // preference + "\x04mail" + pointer
      put16(r, static_cast<uint16_t>(10 * (i + 1)));
      r += "\x04mail";
      put16(r, 0xc00c);
    } else {
      put16(r, 4);
      put32(r, 0xc6336400u | static_cast<uint32_t>(rng.below(256)));  // 198.51.100.0/24 (documentation)
    }
  }
  return r;
}

}  // namespace

FlowScript dnsScript(Prng& rng, ScamKind scam) {
  static constexpr uint16_t kTypes[] = {1, 1, 1, 28, 28, 15};
  FlowScript s;
  s.kind = FlowKind::Dns;
  s.scam = scam;
  s.udp = true;
  s.server_port = 53;
  const std::string name = scam == ScamKind::ScamDns ? scamDomain(rng) : benignHost(rng);
  if (scam == ScamKind::ScamDns) {
    s.domain = name;
    s.encoding = "dns query";
  }
  const size_t pairs = rng.range(1, 3);
  for (size_t i = 0; i < pairs; ++i) {
    const uint16_t qtype = kTypes[rng.below(std::size(kTypes))];
    std::string q = query(static_cast<uint16_t>(rng.below(65536)), name, qtype);
    std::string r = response(rng, q, qtype);
    s.messages.push_back(Message{true, std::move(q), 0, FillerKind::Random});
    s.messages.push_back(Message{false, std::move(r), 0, FillerKind::Random});
  }
  return s;
}

}  // namespace tapwatch::gen
