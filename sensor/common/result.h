#pragma once
// Result<T>: the control plane's error channel (config, signatures, CLI).
// Shaped like std::expected so it can be swapped for it under C++23.
// The data plane never uses this: it returns a status and bumps a counter.
#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace tapwatch {

// Where in a source file an error was found; line and column are 1-based, 0 = unknown.
struct SourceLocation {
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;
};

struct Error {
  std::string message;
  SourceLocation where;

  // "FILE:LINE:COL: message" (or a shorter prefix when parts are unknown).
  std::string describe() const;
};

inline Error makeError(std::string message, SourceLocation where = {}) {
  return Error{std::move(message), std::move(where)};
}

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

// Result<void> equivalent.
struct Ok {};
using Status = Result<Ok>;

}  // namespace tapwatch
