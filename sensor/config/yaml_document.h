#pragma once
// The strict YAML layer for every YAML file the sensor reads (config, suppress
// file, signature packs): the one place yaml-cpp exceptions are caught, so
// every problem comes back as an Error at FILE:LINE:COL (1-based). Main thread only.
#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

#include "common/result.h"

namespace tapwatch {

// How one kind of file words its YAML errors. The wording differs per kind and
// operators' scripts match on it, so each loader keeps its own.
struct YamlWording {
  std::string_view syntax_error;    // before a parser error's text, e.g. "YAML syntax error: "
  std::string_view stalled;         // before "unexpected 'X'" when the parser cannot place a token
  std::string_view extra_document;  // the whole message for a second document
};

// A yaml-cpp exception raised while reading `file`, as an Error at its mark:
// parser errors get wording.syntax_error, any other "YAML error: ".
Error yamlExceptionError(const YAML::Exception& e, const std::string& file, const YamlWording& wording);

// Runs `body` (which parses or walks YAML read from `file`) and returns its
// result, or the Error for a yaml-cpp exception it raised.
template <typename Body>
auto catchYamlErrors(const std::string& file, const YamlWording& wording, Body&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const YAML::Exception& e) {
    return yamlExceptionError(e, file, wording);
  }
}

// The one document `text` may hold: a null node when it holds none (empty,
// comments only), an Error when it holds two or the parser fails. yaml-cpp
// 0.7's LoadAll loops forever on a stray flow indicator such as a leading ','
// (fixed upstream in 0.9), so documents are counted with a bounded event pass.
Result<YAML::Node> loadSingleYamlDocument(const std::string& text, const std::string& file,
                                          const YamlWording& wording);

// One value typed outside a file (a `--set` override). The Error holds
// yaml-cpp's message alone: there is no file position to give.
Result<YAML::Node> loadYamlValue(const std::string& text);

}  // namespace tapwatch
