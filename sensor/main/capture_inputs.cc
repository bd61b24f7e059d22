#include "main/capture_inputs.h"

#include <algorithm>
#include <filesystem>

namespace tapwatch {

Result<std::vector<std::string>> expandCaptureInputs(const std::vector<std::string>& arguments) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& argument : arguments) {
    std::error_code ec;
    if (argument == "-" || !fs::is_directory(argument, ec)) {
      files.push_back(argument);  // a missing file is reported when it is opened, in order
      continue;
    }
    std::vector<std::string> found;
    auto it = fs::recursive_directory_iterator(argument, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (name.starts_with(".")) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    if (ec) return makeError("cannot list " + argument + ": " + ec.message());
    if (found.empty()) return makeError("no capture files in directory " + argument);
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

std::string emptyCaptureMessage(const std::string& path) {
  return (path == "-" ? std::string("stdin") : path) +
         ": no packets in this capture (an empty file, or only blocks that carry no packets); nothing was analysed";
}

}  // namespace tapwatch
