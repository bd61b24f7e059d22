#include "config/value_site.h"

#include <cstdio>

#include "config/yaml_document.h"

namespace tapwatch {

ValueSite::ValueSite(const ValueSource& source, std::string path, YAML::Node node, YAML::Mark mark)
    : source_(source), path_(std::move(path)), node_(std::move(node)), mark_(mark) {}

SourceLocation ValueSite::location() const {
  if (source_.from_override) return {};
  return yamlLocation(source_.file, mark_);
}

Error ValueSite::fail(std::string_view message) const { return configError(source_, path_, mark_, message); }

ValueSite ValueSite::item(size_t index, const YAML::Node& element) const {
  return ValueSite(source_, path_ + "[" + std::to_string(index) + "]", element,
                   element.IsNull() ? mark_ : element.Mark());
}

Error configError(const ValueSource& source, std::string_view path, const YAML::Mark& where, std::string_view message) {
  if (source.from_override) {
    // No file position to give: name the override the operator typed instead.
    return makeError("--set " + std::string(path) + ": " + std::string(message));
  }
  std::string text = path.empty() ? std::string(message) : std::string(path) + ": " + std::string(message);
  return makeError(std::move(text), yamlLocation(source.file, where));
}

std::string describeNode(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "null";
  if (node.IsSequence()) return "a list";
  if (node.IsMap()) return "a mapping";
  constexpr size_t kMaxShown = 60;
  const std::string& text = node.Scalar();
  std::string out = "'";
  for (size_t i = 0; i < text.size() && i < kMaxShown; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (text.size() > kMaxShown) out += "...";
  out += "'";
  return out;
}

}  // namespace tapwatch
