#include "config/yaml_document.h"

#include <yaml-cpp/eventhandler.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tapwatch {
namespace {

std::string allowedList(std::initializer_list<std::string_view> allowed) {
  std::string out;
  for (auto key : allowed) {
    if (!out.empty()) out += ", ";
    out += key;
  }
  return out;
}

std::string_view nodeKind(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null: return "nothing";
    case YAML::NodeType::Scalar: return "a scalar";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a mapping";
    default: return "an undefined node";
  }
}

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

SourceLocation yamlLocation(const std::string& file, const YAML::Mark& mark) {
  SourceLocation where;
  where.file = file;
  if (mark.line >= 0) where.line = static_cast<uint32_t>(mark.line) + 1;
  if (mark.line >= 0 && mark.column >= 0) where.column = static_cast<uint32_t>(mark.column) + 1;
  return where;
}

SourceLocation yamlLocation(const std::string& file, const YAML::Node& node) { return yamlLocation(file, node.Mark()); }

bool isPlainScalar(const YAML::Node& node) { return node.IsScalar() && node.Tag() == "?"; }

bool isQuotedScalar(const YAML::Node& node) { return node.IsScalar() && node.Tag() == "!"; }

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

Result<std::string> readBoundedTextFile(const std::string& path, std::string_view kind, std::uintmax_t max_bytes) {
  const SourceLocation where{path};
  const std::string name(kind);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return makeError("is a directory, not a " + name, where);
  std::ifstream in(path, std::ios::binary);
  if (!in) return makeError("cannot open " + name + ": " + std::strerror(errno), where);
  std::string text;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<size_t>(in.gcount()));
    if (text.size() > max_bytes)
      return makeError(name + " is larger than " + std::to_string(max_bytes) + " bytes", where);
  }
  if (in.bad()) return makeError("cannot read " + name + ": " + std::strerror(errno), where);
  return text;
}

Result<YAML::Node> loadYamlValue(const std::string& text) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return makeError(e.msg);
  }
}

const YamlEntry* YamlMap::find(std::string_view key) const {
  for (const auto& e : entries_)
    if (e.key == key) return &e;
  return nullptr;
}

SourceLocation YamlReader::at(const YAML::Node& node) const { return yamlLocation(file_, node); }

Error YamlReader::error(const YAML::Node& node, std::string message) const {
  return makeError(std::move(message), at(node));
}

Result<YamlMap> YamlReader::map(const YAML::Node& node, std::string_view what,
                                std::initializer_list<std::string_view> allowed) const {
  if (!node.IsMap())
    return error(node, std::string(what) + ": expected a mapping, found " + std::string(nodeKind(node)));
  YamlMap out;
  out.node = node;
  for (const auto& pair : node) {
    const YAML::Node key = pair.first;
    if (!key.IsScalar()) return error(key, std::string(what) + ": keys must be plain names");
    const std::string name = key.Scalar();
    bool known = false;
    for (auto a : allowed) known = known || a == name;
    if (!known)
      return error(key, std::string(what) + ": unknown key '" + name + "' (allowed: " + allowedList(allowed) + ")");
    if (const YamlEntry* first = out.find(name)) {
      const SourceLocation prev = at(first->key_node);
      return error(key, std::string(what) + ": duplicate key '" + name + "' (first at line " +
                            std::to_string(prev.line) + ")");
    }
    out.entries_.push_back({name, key, pair.second});
  }
  return out;
}

Result<std::string> YamlReader::string(const YamlEntry& e) const {
  if (!e.value.IsScalar())
    return error(e.value, "'" + e.key + "': expected a string, found " + std::string(nodeKind(e.value)));
  return e.value.Scalar();
}

Result<uint32_t> YamlReader::uint32(const YamlEntry& e) const {
  if (!e.value.IsScalar() || isQuotedScalar(e.value))
    return error(e.value, "'" + e.key + "': expected an unsigned integer, found " +
                              std::string(isQuotedScalar(e.value) ? "a quoted string" : nodeKind(e.value)));
  const std::string& s = e.value.Scalar();
  uint32_t value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (s.empty() || s[0] == '+' || s[0] == '-' || ec != std::errc() || end != s.data() + s.size())
    return error(e.value, "'" + e.key + "': expected an unsigned integer (0.." + std::to_string(UINT32_MAX) +
                              "), found '" + s + "'");
  return value;
}

Result<bool> YamlReader::boolean(const YamlEntry& e) const {
  if (e.value.IsScalar() && !isQuotedScalar(e.value)) {
    const std::string& s = e.value.Scalar();
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
  }
  return error(e.value, "'" + e.key + "': expected true or false");
}

Result<std::vector<YamlEntry>> YamlReader::sequence(const YamlEntry& e) const {
  if (!e.value.IsSequence())
    return error(e.value, "'" + e.key + "': expected a list, found " + std::string(nodeKind(e.value)));
  std::vector<YamlEntry> items;
  size_t i = 0;
  for (const auto& item : e.value) items.push_back({e.key + "[" + std::to_string(i++) + "]", item, item});
  return items;
}

Result<std::vector<std::string>> YamlReader::stringList(const YamlEntry& e) const {
  auto items = sequence(e);
  if (!items) return items.error();
  std::vector<std::string> out;
  for (const auto& item : *items) {
    auto s = string(item);
    if (!s) return s.error();
    out.push_back(std::move(*s));
  }
  return out;
}

}  // namespace tapwatch
