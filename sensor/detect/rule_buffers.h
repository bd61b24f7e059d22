#pragma once
// Which Tapwatch field a Suricata sticky buffer inspects, given the rule's
// direction and application protocol: Suricata names some buffers by
// direction (`http.header` to_client is the response header block,
// `file.data` is the body of whichever side the rule looks at, and of a mail
// for smtp). Buffers with no field here are refused by name: a rule never
// silently inspects something else than in Suricata.
#include <cstdint>
#include <string_view>
#include <vector>

#include "common/field.h"
#include "common/result.h"

namespace tapwatch {

enum class RuleSide : uint8_t { Unset, ToServer, ToClient };

// One or more fields (file.data on smtp: text parts and attachments).
Result<std::vector<Field>> fieldsForBuffer(std::string_view buffer, RuleSide side, std::string_view app);

}  // namespace tapwatch
