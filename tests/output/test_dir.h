#pragma once
// A fresh temporary directory per test, removed afterwards.
#include <cstdlib>
#include <filesystem>
#include <string>

namespace tapwatch {

class TestDir {
 public:
  TestDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "tapwatch-alert-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TestDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace tapwatch
