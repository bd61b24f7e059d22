#include "common/result.h"

namespace tapwatch {

std::string Error::describe() const {
  if (where.file.empty()) return message;
  std::string out = where.file;
  if (where.line > 0) {
    out += ':' + std::to_string(where.line);
    if (where.column > 0) out += ':' + std::to_string(where.column);
  }
  out += ": ";
  out += message;
  return out;
}

}  // namespace tapwatch
