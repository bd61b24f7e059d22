#pragma once
// FieldTap: sees every field value a Worker hands to detection, exactly as
// ScopeScan scans it (after the media-body cut), for tools that measure what
// the packs cost on real decoded text (bench/packs/field_dump.cc). The
// sensor runs without one (WorkerContext::field_tap is null).
#include <cstdint>

#include "common/bytes.h"
#include "common/field.h"

namespace tapwatch {

class FieldTap {
 public:
  virtual ~FieldTap() = default;
  // A piece of `field`'s value in the open scope `scope` (unique while the
  // scope is open); `last` ends that value.
  virtual void fieldData(const void* scope, Field field, ByteSpan data, bool last) = 0;
  // The scope ended: values it did not end with `last` end here.
  virtual void scopeClosed(const void* scope) = 0;
};

}  // namespace tapwatch
