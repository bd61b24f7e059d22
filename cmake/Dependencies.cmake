# Every third-party dependency becomes one imported target named tw::<name>, so
# sensor targets never see include paths or flags they did not ask for.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

# Hyperscan and Vectorscan both install libhs.pc and the same API.
pkg_check_modules(HS REQUIRED IMPORTED_TARGET libhs)
add_library(tw::hyperscan ALIAS PkgConfig::HS)

# PCRE2 (8-bit, with JIT) confirms Suricata rules' pcre options.
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-8)
add_library(tw::pcre2 ALIAS PkgConfig::PCRE2)

pkg_check_modules(PCAP REQUIRED IMPORTED_TARGET libpcap)
add_library(tw::pcap ALIAS PkgConfig::PCAP)

find_package(yaml-cpp REQUIRED)
if(TARGET yaml-cpp::yaml-cpp)
  add_library(tw::yaml ALIAS yaml-cpp::yaml-cpp)
else()
  add_library(tw::yaml INTERFACE IMPORTED)
  target_link_libraries(tw::yaml INTERFACE yaml-cpp)
endif()

find_package(nlohmann_json 3.9 REQUIRED)
add_library(tw::json ALIAS nlohmann_json::nlohmann_json)

find_package(CLI11 REQUIRED)
add_library(tw::cli11 ALIAS CLI11::CLI11)

find_package(ZLIB REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS system)
find_package(prometheus-cpp CONFIG REQUIRED)

pkg_check_modules(RELP REQUIRED IMPORTED_TARGET relp)
add_library(tw::relp ALIAS PkgConfig::RELP)
# Redis output (sensor/output/redis_*).
pkg_check_modules(HIREDIS REQUIRED IMPORTED_TARGET hiredis)
add_library(tw::hiredis ALIAS PkgConfig::HIREDIS)
pkg_check_modules(SYSTEMD REQUIRED IMPORTED_TARGET libsystemd)
add_library(tw::systemd ALIAS PkgConfig::SYSTEMD)
pkg_check_modules(CAPNG REQUIRED IMPORTED_TARGET libcap-ng)
add_library(tw::capng ALIAS PkgConfig::CAPNG)
# IDNA 2008 / UTS 46 for internationalised entries of domain lists (detect/ioc_list.cc).
pkg_check_modules(IDN2 REQUIRED IMPORTED_TARGET libidn2)
add_library(tw::idn2 ALIAS PkgConfig::IDN2)
# Seccomp deny-list filter applied after start-up (sensor/main/hardening_*).
pkg_check_modules(SECCOMP REQUIRED IMPORTED_TARGET libseccomp)
add_library(tw::seccomp ALIAS PkgConfig::SECCOMP)
