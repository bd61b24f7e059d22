// Bulk TCP transfers (backup, file sync, storage): a short command, then
// 32 KiB..2 MiB of incompressible data one way (70% download, 30% upload)
// and a short status reply. They carry most of the bytes and no scam content.
#include "flow_script.h"

namespace tapwatch::gen {

FlowScript bulkScript(Prng& rng) {
  static constexpr uint16_t kPorts[] = {873, 2049, 3260, 5001, 8000, 9000, 22000};
  FlowScript s;
  s.kind = FlowKind::Bulk;
  s.server_port = kPorts[rng.below(std::size(kPorts))];
  const bool upload = rng.chance(0.3);
  std::string hello(rng.range(20, 200), '\0');
  rng.fill(reinterpret_cast<uint8_t*>(hello.data()), hello.size());
  s.messages.push_back(Message{true, std::move(hello), 0, FillerKind::Random});
  s.messages.push_back(Message{upload, "", rng.logUniform(32 * 1024, 2 * 1024 * 1024), FillerKind::Random});
  s.messages.push_back(Message{!upload, "", rng.range(8, 64), FillerKind::Random});  // status / checksum
  return s;
}

}  // namespace tapwatch::gen
