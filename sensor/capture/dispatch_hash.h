#pragma once
// The capture thread's worker choice: a symmetric hash of the VLAN ids and
// the IP address pair only. Ports are left out on purpose: non-first IP
// fragments carry no ports, and every fragment of a flow must reach the same
// worker as the flow's other packets (defragmentation happens in the worker).
// Reads only link, VLAN and IP address bytes, bounds-checked; anything it
// cannot parse hashes to 0 (the worker then decodes and counts it).
#include <cstdint>

namespace tapwatch {

uint32_t dispatchHash(int datalink, const uint8_t* data, uint32_t caplen);

}  // namespace tapwatch
