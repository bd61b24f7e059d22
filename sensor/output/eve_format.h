#pragma once
// Renders events as EVE JSON lines, the way Suricata 8 writes them (same key
// names, types and nesting; every record validates against Suricata's
// etc/schema.json, see tests/eve/). Output thread only: workers hand over
// unformatted EveEvents and never format JSON.
#include <string>
#include <vector>

#include "output/alert.h"
#include "output/eve_event.h"

namespace tapwatch {

struct EveFormatOptions {
  std::string host;  // sensor.name, or the machine's hostname
  uint32_t excerpt_bytes = 96;
  bool redact = false;         // replace excerpt bytes with '*' except the matched word boundaries
  bool alert_context = false;  // alert.context {field, excerpt, score, indicators} (outside Suricata's schema)
  uint16_t community_id_seed = 0;
};

// "2020-05-26T10:00:00.000500+0000", Suricata's timestamp format, from capture time.
std::string formatEveTimestamp(Timestamp ts);

// One JSON object, no trailing newline. Invalid UTF-8 in the excerpt or in
// protocol strings is replaced (U+FFFD), so the line always parses.
std::string formatEveAlert(const Alert& alert, const EveFormatOptions& options);

// Renders the alert and wraps it with the fields outputs need.
AlertRecord makeAlertRecord(const Alert& alert, const EveFormatOptions& options);

// Every line an event produces, appended to `out`: one for most events; an
// smtp transaction adds one fileinfo line per attachment (when `types` has
// fileinfo). Types not in `types` produce nothing.
void formatEveEvent(const EveEvent& event, const EveFormatOptions& options, EveTypeSet types,
                    std::vector<AlertRecord>& out);

}  // namespace tapwatch
