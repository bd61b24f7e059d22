#pragma once
// Counts the members of an aggregate (the config structs) at compile time, so
// tests notice a field added to config.h that the key table does not load.
// The trick: brace-initialise T from N values of a type convertible to
// anything; the largest N that compiles is the member count.
#include <cstddef>
#include <utility>

namespace tapwatch::testing {

struct AnyValue {
  template <typename T>
  operator T() const;  // never defined: only used in unevaluated contexts
};

template <typename T, size_t... I>
constexpr bool initialisableWith(std::index_sequence<I...>) {
  return requires { T{(static_cast<void>(I), AnyValue{})...}; };
}

template <typename T, size_t N = 0>
constexpr size_t fieldCount() {
  if constexpr (!initialisableWith<T>(std::make_index_sequence<N + 1>{})) {
    return N;
  } else {
    return fieldCount<T, N + 1>();
  }
}

}  // namespace tapwatch::testing
