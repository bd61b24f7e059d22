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

Error yamlExceptionError(const YAML::Exception& e, const std::string& file, const YamlWording& wording) {
  const bool parser = dynamic_cast<const YAML::ParserException*>(&e) != nullptr;
  return makeError((parser ? std::string(wording.syntax_error) : std::string("YAML error: ")) + e.msg,
                   yamlLocation(file, e.mark));
}

Result<YAML::Node> loadSingleYamlDocument(const std::string& text, const std::string& file,
                                          const YamlWording& wording) {
  return catchYamlErrors(file, wording, [&]() -> Result<YAML::Node> {
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    DocumentStarts first;
    if (!parser.HandleNextDocument(first)) return YAML::Node();
    DocumentStarts second;
    if (parser.HandleNextDocument(second)) {
      if (second.start.pos == first.start.pos) {
        // The parser made no progress: a token it cannot place (e.g. a stray ',').
        const auto pos = static_cast<size_t>(second.start.pos);
        const std::string shown = pos < text.size() ? std::string(1, text[pos]) : std::string("end of input");
        return makeError(std::string(wording.stalled) + "unexpected '" + shown + "'", yamlLocation(file, second.start));
      }
      return makeError(std::string(wording.extra_document), yamlLocation(file, second.start));
    }
    return YAML::Load(text);
  });
}

Result<YAML::Node> loadYamlValue(const std::string& text) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return makeError(e.msg);
  }
}

}  // namespace tapwatch
