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
target_include_directories(tapwatch_options INTERFACE ${PROJECT_BINARY_DIR}/generated)
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

# tapwatch_library(<folder> SOURCES ... PUBLIC ... PRIVATE ...) makes the static
# library tapwatch_<folder> from one sensor/ folder. PUBLIC: what the folder's
# headers include; PRIVATE: what only its .cc files include.
#
# Each library gets an include root of its own that holds just its folder
# (a symlink <build>/include_roots/<folder>/<folder> -> sensor/<folder>), so
# "folder/file.h" resolves only for targets that link tapwatch_<folder>: an
# include the link dependencies do not allow, such as a back-edge against the
# folder order, fails to compile instead of working by accident.
function(tapwatch_library folder)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
  add_library(tapwatch_${folder} STATIC ${ARG_SOURCES})
  set(root ${PROJECT_BINARY_DIR}/include_roots/${folder})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${PROJECT_SOURCE_DIR}/sensor/${folder} ${root}/${folder} SYMBOLIC)
  target_include_directories(tapwatch_${folder} PUBLIC ${root})
  target_link_libraries(tapwatch_${folder} PUBLIC tapwatch_options ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
endfunction()

# The compiled-signature cache every test of this build tree shares (TAPWATCH_TEST_SIG_CACHE,
# tests/CMakeLists.txt). Two build trees of the same Hyperscan may share one (CI's Release and
# ASan builds): its key holds the Hyperscan version, the CPU features and every expression.
set(TAPWATCH_TEST_SIG_CACHE_DIR ${PROJECT_BINARY_DIR}/test-sig-cache CACHE PATH
    "Compiled-signature cache shared by the tests (TAPWATCH_TEST_SIG_CACHE)")

# tapwatch_test(<name> SOURCES ... DEPS ... [PREFIX p] [SHIPPED_SIGNATURES]) makes one
# GoogleTest executable registered with ctest test by test; PREFIX is put before each
# ctest name (e.g. "main." so `ctest -R ^main` selects a folder's tests).
# SHIPPED_SIGNATURES: its tests load the shipped packs, so they wait for the test
# that compiles them into the shared cache (fixture shipped_sig_cache, tests/CMakeLists.txt).
function(tapwatch_test name)
  cmake_parse_arguments(ARG "SHIPPED_SIGNATURES" "PREFIX" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE tapwatch_options ${ARG_DEPS} GTest::gtest GTest::gtest_main GTest::gmock)
  target_compile_definitions(${name} PRIVATE TAPWATCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                             TAPWATCH_BINARY_DIR="${PROJECT_BINARY_DIR}")
  set(prefix_args)
  if(ARG_PREFIX)
    set(prefix_args TEST_PREFIX ${ARG_PREFIX})
  endif()
  set(fixture_args)
  if(ARG_SHIPPED_SIGNATURES)
    set(fixture_args FIXTURES_REQUIRED shipped_sig_cache)
  endif()
  # TAPWATCH_TEST_SIG_CACHE: the build tree's shared signature-database cache (tests/CMakeLists.txt).
  gtest_discover_tests(${name} ${prefix_args} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit
                       ENVIRONMENT "TAPWATCH_TEST_SIG_CACHE=${TAPWATCH_TEST_SIG_CACHE_DIR}" ${fixture_args})
endfunction()
