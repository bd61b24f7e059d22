#pragma once
// The capture thread's worker choice: a symmetric, seeded hash of the VLAN
// ids and the IP address pair only. Ports are left out on purpose: non-first
// IP fragments carry no ports, and every fragment of a flow must reach the
// same worker as the flow's other packets (defragmentation happens in the
// worker) — fragmenting TCP is an evasion technique (the overlap_policy_frag
// golden cases), so even TCP cannot hash its ports. Many flows between few
// hosts therefore spread unevenly in this mode; AF_PACKET fanout (kernel
// defragmentation, then a hash with ports) or defragmenting in the capture
// thread are the ways out. The seed is random per process, so nobody outside
// can aim traffic at one worker.
// Reads only link, VLAN, IP and tunnel header bytes, bounds-checked, no
// allocation; anything it cannot parse hashes to what it read so far (0 when
// no IP header was reached; the worker then decodes and counts it).
//
// Tunnel-aware: the hash follows the decoder into the tunnels it opens (GRE,
// ERSPAN, VXLAN/Geneve on the configured ports, IP-in-IP, EtherIP, MPLS,
// PPPoE, at most 4 layers) and hashes the INNER address pair (and inner VLAN
// ids), the one the flow is keyed on. So both directions of an inner flow meet
// on one worker even when they are mirrored with different outer addresses
// (cloud traffic mirroring sends each direction from its own source); a
// symmetric outer hash would only cover the reverse-path case. Left out: an
// outer IP fragment is hashed on the outer addresses (its inner header is not
// in every fragment), so a tunnelled flow whose outer packets are sometimes
// fragmented may be split between workers.
#include <cstdint>

#include "config/config.h"

namespace tapwatch {

// `ports`: decode.vxlan_ports / decode.geneve_ports, as the workers' decoders use them.
uint32_t dispatchHash(int datalink, const uint8_t* data, uint32_t caplen, const DecodeConfig& ports, uint64_t seed = 0);
// With the default tunnel ports.
uint32_t dispatchHash(int datalink, const uint8_t* data, uint32_t caplen);

}  // namespace tapwatch
