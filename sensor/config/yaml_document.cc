#include "config/yaml_document.h"

#include <yaml-cpp/eventhandler.h>

#include <sstream>

#include "common/yaml_location.h"

namespace tapwatch {
namespace {

// Remembers where each document starts; builds nothing.
class DocumentStarts : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}

  YAML::Mark start = YAML::Mark::null_mark();
};

}  // namespace

Result<YamlDocument> loadSingleYamlDocument(const std::string& text, const std::string& file) {
  std::istringstream stream(text);
  YAML::Parser parser(stream);
  DocumentStarts first;
  if (!parser.HandleNextDocument(first)) return YamlDocument{};
  DocumentStarts second;
  if (parser.HandleNextDocument(second)) {
    if (second.start.pos == first.start.pos) {
      // The parser made no progress: a token it cannot place (e.g. a stray ',').
      const auto pos = static_cast<size_t>(second.start.pos);
      const std::string shown = pos < text.size() ? std::string(1, text[pos]) : std::string("end of input");
      return makeError("YAML syntax error: unexpected '" + shown + "'", yamlLocation(file, second.start));
    }
    return makeError("a config file holds one YAML document; found more than one (remove the extra '---')",
                     yamlLocation(file, second.start));
  }
  return YamlDocument{YAML::Load(text)};
}

}  // namespace tapwatch
