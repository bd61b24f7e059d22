// The one source of tapwatch_test_pch (tests/CMakeLists.txt): the target exists to
// build the precompiled GoogleTest/GoogleMock header every test executable reuses.
