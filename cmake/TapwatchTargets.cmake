# Project-wide build settings live on one interface target instead of global
# flags, so third-party code is never compiled with our warnings-as-errors.
add_library(tapwatch_options INTERFACE)
target_compile_features(tapwatch_options INTERFACE cxx_std_20)
target_compile_options(tapwatch_options INTERFACE
  $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wno-missing-field-initializers>)
# Off by default: a packager's plain build must not fail because a newer
# compiler grew a warning. CI and developers turn it on to keep the tree clean.
option(TAPWATCH_WERROR "Treat compiler warnings in Tapwatch's own code as errors" OFF)
if(TAPWATCH_WERROR)
  target_compile_options(tapwatch_options INTERFACE $<$<COMPILE_LANGUAGE:CXX>:-Werror>)
endif()
target_include_directories(tapwatch_options INTERFACE ${PROJECT_SOURCE_DIR}/sensor ${PROJECT_BINARY_DIR}/generated)
target_link_libraries(tapwatch_options INTERFACE Threads::Threads)

if(TAPWATCH_SANITIZERS)
  target_compile_options(tapwatch_options INTERFACE -fsanitize=${TAPWATCH_SANITIZERS} -fno-omit-frame-pointer
                         -fno-sanitize-recover=all)
  target_link_options(tapwatch_options INTERFACE -fsanitize=${TAPWATCH_SANITIZERS})
  # GCC 12's ASan instrumentation makes -Wmaybe-uninitialized fire inside
  # libstdc++ (std::function in <regex>): false positives that would fail the
  # -Werror build. The plain build keeps the warning.
  target_compile_options(tapwatch_options INTERFACE $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
endif()

# tapwatch_library(<folder> SOURCES ... DEPS ...) makes the static library
# tapwatch_<folder> from one sensor/ folder.
function(tapwatch_library folder)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(tapwatch_${folder} STATIC ${ARG_SOURCES})
  target_link_libraries(tapwatch_${folder} PUBLIC tapwatch_options ${ARG_DEPS})
endfunction()

# tapwatch_test(<name> SOURCES ... DEPS ...) makes one GoogleTest executable
# registered with ctest test by test.
function(tapwatch_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE tapwatch_options ${ARG_DEPS} GTest::gtest GTest::gtest_main GTest::gmock)
  target_compile_definitions(${name} PRIVATE TAPWATCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                             TAPWATCH_BINARY_DIR="${PROJECT_BINARY_DIR}")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)
endfunction()
