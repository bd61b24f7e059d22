#pragma once
// Helpers for driving the CLI commands as library calls: a scratch directory
// per test, files in it, and EVE output read back line by line.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace tapwatch::test {

// The demo capture and the shipped packs, from the source tree.
inline std::string demoPcap() { return std::string(TAPWATCH_SOURCE_DIR) + "/demo/demo.pcap"; }
inline std::string shippedSignatures() { return std::string(TAPWATCH_SOURCE_DIR) + "/signatures"; }

// One signature that alerts on the demo capture's DNS lookup of a fake-shop
// domain: compiles in milliseconds, unlike the shipped packs.
constexpr const char* kDnsSignature = R"(signatures:
  - id: 3000001
    rev: 1
    name: "test: fake shop domain looked up"
    category: scam
    severity: medium
    fields: [dns.query]
    patterns: [{literal: "luxury-watches-90off.example"}]
)";

// A fresh directory (mkdtemp: unique across parallel ctest processes), removed afterwards.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "tapwatch-main-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  // Writes `content` to `name` in the directory and returns the full path.
  std::string write(const std::string& name, const std::string& content) const {
    const std::string full = file(name);
    std::ofstream(full, std::ios::binary) << content;
    return full;
  }

 private:
  std::string path_;
};

inline std::vector<std::string> readLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

inline std::string readFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every line of an EVE file parsed as JSON; a line that is not JSON throws.
inline std::vector<nlohmann::json> readEve(const std::string& path) {
  std::vector<nlohmann::json> out;
  for (const std::string& line : readLines(path)) out.push_back(nlohmann::json::parse(line));
  return out;
}

}  // namespace tapwatch::test
