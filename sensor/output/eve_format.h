#pragma once
// Renders an Alert as one EVE JSON line, compatible with
// Suricata's alert records. Called on the worker that raised the alert (only
// when a signature fires, never per packet).
#include <string>

#include "output/alert.h"

namespace tapwatch {

struct EveFormatOptions {
  std::string host;  // sensor.name
  uint32_t excerpt_bytes = 96;
  bool redact = false;  // replace excerpt bytes with '*' except the matched word boundaries
};

// "2020-05-26T10:00:00.000500+0000", Suricata's timestamp format, from capture time.
std::string formatEveTimestamp(Timestamp ts);

// One JSON object, no trailing newline. Invalid UTF-8 in the excerpt or in
// protocol strings is replaced (U+FFFD), so the line always parses.
std::string formatEveAlert(const Alert& alert, const EveFormatOptions& options);

// Renders the alert and wraps it with the fields outputs need.
AlertRecord makeAlertRecord(const Alert& alert, const EveFormatOptions& options);

}  // namespace tapwatch
