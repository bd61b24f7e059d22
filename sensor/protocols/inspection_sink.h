#pragma once
// InspectionSink: where protocol parsers deliver the named inspection buffers
// (common/field.h) and their scope boundaries. Implemented by the engine, which
// scans each buffer with Hyperscan. Worker thread only; calls are synchronous
// from AppParser::feed()/gap()/finish().
#include <cstdint>

#include "common/bytes.h"
#include "common/field.h"
#include "protocols/transaction_context.h"

namespace tapwatch {

class InspectionSink {
 public:
  virtual ~InspectionSink() = default;

  // A scope (HTTP transaction, SMTP message, DNS query, TLS handshake) begins.
  // scope_id is unique within the flow. `context` is owned by the parser, is
  // kept up to date as the parser learns more (e.g. HTTP status arrives after
  // the request), and stays valid until closeScope(scope_id).
  virtual void openScope(uint32_t scope_id, Scope scope, const TransactionContext* context) = 0;

  // Part of a field's value within an open scope.
  // Block fields (fieldInfo(f).piecewise == false) arrive whole in one call
  // with last == true; a field that occurs several times in one scope (e.g.
  // smtp.rcpt_to) is delivered once per occurrence.
  // Streaming fields arrive in any number of calls; the final one has
  // last == true (data may be empty then).
  virtual void fieldData(uint32_t scope_id, Field field, ByteSpan data, bool last) = 0;

  // The scope is complete (or abandoned); `not` conditions are decided now.
  virtual void closeScope(uint32_t scope_id) = 0;
};

}  // namespace tapwatch
