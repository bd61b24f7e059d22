#pragma once
// A mistyped subcommand: CLI11 only says an argument was not expected; this
// names the typo and the nearest command ("unknown command 'scna'; did you
// mean 'scan'?"), like git and cargo do.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace tapwatch {

// Optimal string alignment distance (a swap of two neighbours counts 1).
size_t editDistance(std::string_view a, std::string_view b);
// The candidate nearest to `word` if it is close enough to be a typo (at most
// a third of the word's length in edits, and at least 1), else nullopt.
std::optional<std::string> nearestCommand(std::string_view word, const std::vector<std::string>& candidates);
// Walks argv through the subcommand tree; the message for the first word that
// should have been a subcommand and is none, or nullopt when argv looks fine.
std::optional<std::string> unknownSubcommand(const CLI::App& app, int argc, const char* const* argv);

}  // namespace tapwatch
