#include "detect/rule_pcre.h"

#include <array>

namespace tapwatch {
namespace {

// Suricata's own pcre modifiers that pick an inspection buffer (Payload Keywords, "Suricata's modifiers").
// K (Snort's raw cookie) has no separate buffer in Suricata: the cookie buffer is already unnormalised.
std::string_view bufferForModifier(char flag) {
  switch (flag) {
    case 'U': return "http.uri";
    case 'I': return "http.uri.raw";
    case 'P': return "http.request_body";
    case 'Q': return "http.response_body";
    case 'H': return "http.header";
    case 'D': return "http.header.raw";
    case 'M': return "http.method";
    case 'C': return "http.cookie";
    case 'K': return "http.cookie";
    case 'S': return "http.stat_code";
    case 'Y': return "http.stat_msg";
    case 'V': return "http.user_agent";
    case 'W': return "http.host";
    case 'Z': return "http.host.raw";
    default: return {};
  }
}

// Where ", flow:name" / ", pkt:name" / ", alert:name" capture lists begin (the value's size if none).
size_t captureListStart(std::string_view value) {
  for (size_t comma = value.find(','); comma != std::string_view::npos; comma = value.find(',', comma + 1)) {
    std::string_view rest = value.substr(comma + 1);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.starts_with("flow:") || rest.starts_with("pkt:") || rest.starts_with("alert:")) return comma;
  }
  return value.size();
}

Error pcreError(std::string_view what) { return makeError(std::string("pcre: ").append(what)); }

// Strips the option's quotes and the negation mark: `!"/x/i"` -> `/x/i`, negated.
Result<std::string_view> unquotePcre(std::string_view text, bool* negated) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  *negated = !text.empty() && text.front() == '!';
  if (*negated) text.remove_prefix(1);
  if (text.size() < 2 || text.front() != '"' || text.back() != '"')
    return pcreError("the value must be quoted: pcre:\"/regex/flags\"");
  return text.substr(1, text.size() - 2);
}

struct PcreFlags {
  uint32_t options = 0;
  bool relative = false;
  bool override_limit = false;
  std::string buffer;
};

Status applyFlag(char flag, PcreFlags& out) {
  switch (flag) {
    case 'i': out.options |= PCRE2_CASELESS; return Ok{};
    case 's': out.options |= PCRE2_DOTALL; return Ok{};
    case 'm': out.options |= PCRE2_MULTILINE; return Ok{};
    case 'x': out.options |= PCRE2_EXTENDED; return Ok{};
    case 'A': out.options |= PCRE2_ANCHORED; return Ok{};
    case 'E': out.options |= PCRE2_DOLLAR_ENDONLY; return Ok{};
    case 'G': out.options |= PCRE2_UNGREEDY; return Ok{};
    case 'R': out.relative = true; return Ok{};
    case 'O': out.override_limit = true; return Ok{};
    case 'B': return Ok{};  // Snort's rawbytes: accepted for compatibility, changes nothing
    default: break;
  }
  std::string_view buffer = bufferForModifier(flag);
  if (buffer.empty()) return pcreError(std::string("unknown flag '") + flag + "'");
  if (!out.buffer.empty() && out.buffer != buffer)
    return pcreError("flags name two buffers (" + out.buffer + std::string(" and ").append(buffer) + ")");
  out.buffer = std::string(buffer);
  return Ok{};
}

Result<std::shared_ptr<const RulePcreCode>> compile(std::string_view regex, const PcreFlags& flags) {
  int error_code = 0;
  PCRE2_SIZE error_offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(regex.data()), regex.size(), flags.options, &error_code,
                                   &error_offset, nullptr);
  if (code == nullptr) {
    std::array<PCRE2_UCHAR, 256> message{};
    pcre2_get_error_message(error_code, message.data(), message.size());
    return pcreError("does not compile at offset " + std::to_string(error_offset) + ": " +
                     reinterpret_cast<const char*>(message.data()));
  }
  auto compiled = std::make_shared<RulePcreCode>();
  compiled->code = code;
  // JIT is an optimisation: where it is unavailable the interpreter gives the same answers.
  compiled->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
  compiled->override_limit = flags.override_limit;
  return std::shared_ptr<const RulePcreCode>(std::move(compiled));
}

}  // namespace

RulePcreCode::~RulePcreCode() { pcre2_code_free(code); }

Result<ParsedRulePcre> parseRulePcre(std::string_view text) {
  ParsedRulePcre parsed;
  auto body = unquotePcre(text, &parsed.pcre.negated);
  if (!body) return body.error();
  std::string_view value = *body;
  const std::string_view written = value.substr(0, captureListStart(value));
  // Capture-to-variable lists (", flow:name, pkt:name") after the regex are not kept: matching ignores them.
  char open = '/';
  if (value.size() >= 2 && value.front() == 'm' && value[1] != '/') {
    open = value[1];
    value.remove_prefix(1);
  }
  if (value.empty() || value.front() != open) return pcreError("the regex must start with '/' (or m<delimiter>)");
  const char close = open == '{' ? '}' : open == '(' ? ')' : open == '[' ? ']' : open == '<' ? '>' : open;
  value = value.substr(0, captureListStart(value));
  const size_t end = value.rfind(close);
  if (end == 0 || end == std::string_view::npos) return pcreError("the regex has no closing delimiter");
  std::string_view regex = value.substr(1, end - 1);
  std::string_view flag_text = value.substr(end + 1);
  PcreFlags flags;
  for (char flag : flag_text) {
    if (flag == ' ') continue;
    if (auto status = applyFlag(flag, flags); !status) return status.error();
  }
  auto code = compile(regex, flags);
  if (!code) return code.error();
  parsed.pcre.code = std::move(*code);
  parsed.pcre.relative = flags.relative;
  parsed.pcre.source = std::string(written);
  parsed.buffer = std::move(flags.buffer);
  return parsed;
}

RulePcreScratch::RulePcreScratch()
    : match_data_(pcre2_match_data_create(1, nullptr)),
      context_(pcre2_match_context_create(nullptr)),
      override_context_(pcre2_match_context_create(nullptr)),
      // 32 KiB grows to at most 512 KiB: enough for the bounded matches, allocated once per worker.
      jit_stack_(pcre2_jit_stack_create(32 * 1024, 512 * 1024, nullptr)) {
  pcre2_set_match_limit(context_.get(), kRulePcreMatchLimit);
  pcre2_set_depth_limit(context_.get(), kRulePcreDepthLimit);
  pcre2_set_match_limit(override_context_.get(), kRulePcreOverrideMatchLimit);
  pcre2_jit_stack_assign(context_.get(), nullptr, jit_stack_.get());
  pcre2_jit_stack_assign(override_context_.get(), nullptr, jit_stack_.get());
}

RulePcreScratch::Outcome RulePcreScratch::match(const RulePcreCode& code, ByteSpan subject, size_t* start,
                                                size_t* end) {
  // An empty span may carry a null pointer, which PCRE2 rejects even for length 0.
  static const uint8_t kEmpty = 0;
  const uint8_t* data = subject.empty() ? &kEmpty : subject.data();
  int rc = pcre2_match(code.code, data, subject.size(), 0, 0, match_data_.get(),
                       code.override_limit ? override_context_.get() : context_.get());
  if (rc >= 0) {  // 0: matched, ovector too small for the groups (only group 0 is kept)
    const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(match_data_.get());
    *start = ovector[0];
    *end = ovector[1];
    return Outcome::Match;
  }
  if (rc == PCRE2_ERROR_NOMATCH) return Outcome::NoMatch;
  // Match/depth/heap limit, JIT stack exhausted: bounded work, counted, and the regex does not hold.
  ++limit_hits;
  return Outcome::LimitHit;
}

}  // namespace tapwatch
