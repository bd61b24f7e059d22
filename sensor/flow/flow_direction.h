#pragma once
// Which endpoint of a new flow is the client, decided from the first packet
// the table sees of it. Worker thread (pure function).
//   - TCP SYN without ACK: its sender is the client.
//   - TCP SYN+ACK: its sender is the server (the SYN was missed).
//   - Anything else (TCP picked up mid-stream, UDP): the sender is the client,
//     unless the packet goes from a port < 1024 to a port >= 1024: then it
//     looks like a well-known service answering, and the sender is the server.
#include "decode/decoded_packet.h"

namespace tapwatch {

bool firstPacketFromClient(const DecodedPacket& packet);

}  // namespace tapwatch
