#pragma once
#include <cstdint>
#include <string_view>

namespace tapwatch {

// Which way bytes travel in a flow: from the initiator (client) or back to it.
enum class Direction : uint8_t { ToServer = 0, ToClient = 1 };

inline Direction reverse(Direction d) { return d == Direction::ToServer ? Direction::ToClient : Direction::ToServer; }
inline std::string_view directionName(Direction d) { return d == Direction::ToServer ? "to_server" : "to_client"; }
inline unsigned index(Direction d) { return static_cast<unsigned>(d); }

}  // namespace tapwatch
