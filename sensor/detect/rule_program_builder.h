#pragma once
// RuleProgramBuilder turns a Suricata rule's payload options, fed one by one
// in rule order, into a RuleProgram (rule_program.h). Main thread (rule
// loading). What it does, as Suricata does:
// - sticky buffers (`http.uri;`) switch the buffer later options go to until
//   the next one; `pkt_data;` switches back to the raw payload;
// - legacy content modifiers (`content:"x"; http_uri;`) move the preceding
//   content, and whatever followed it in its buffer, into that buffer;
// - content modifiers (nocase, offset, depth, distance, within, startswith,
//   endswith, fast_pattern, rawbytes) apply to the last content of the rule;
// - transforms must follow their sticky buffer, before its first match
//   keyword; a buffer used with different transforms is a different chain;
// - naming a multi-buffer keyword again (dns.query, file.data, tls.certs, ...
//   Suricata 7's "Multiple Buffer Matching") starts a new chain, which may
//   match another value of that buffer; other sticky buffers continue theirs;
// - `base64_decode` ends its buffer's steps, and `base64_data` sends the
//   match keywords after it to what that decode produced (Suricata's "Base64
//   keywords"); it is the rule's last buffer.
// Refused, with a message naming the keyword: anything Suricata refuses at
// load (depth smaller than the content, offset with startswith, distance with
// depth on one content, relative pcre with no previous match in the payload, a
// second fast_pattern, ...), and the payload keywords this engine does not
// implement (base64_decode, pcrexform, dce options, ...).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "detect/rule_program.h"

namespace tapwatch {

class RuleProgramBuilder {
 public:
  enum class Took : uint8_t { Yes, NotMine };  // NotMine: not a payload keyword; the caller handles or refuses it

  // `value`: the raw text after ':' (quotes included for content/pcre), "" when the option has none.
  Result<Took> add(std::string_view keyword, std::string_view value);
  // Validates what needs the whole rule and chooses the fast pattern. Call once.
  Result<RuleProgram> finish();

  // Addition to the contract: the canonical name of the sticky buffer options go to now ("pkt_data" before
  // any), so the caller can bind its own buffer keywords (dataset, ...) to the same buffer.
  std::string_view currentBuffer() const { return buffer_; }

 private:
  struct ContentRef {
    size_t chain = 0, step = 0;
    bool base64 = false;  // in chains[chain].base64_steps
    bool operator==(const ContentRef&) const = default;
  };
  struct Variable {
    std::string name;
    size_t chain = 0;
    uint8_t index = 0;
  };

  Status addContent(std::string_view keyword, std::string_view value);
  Status addContentModifier(std::string_view keyword, std::string_view value);
  Status addPosition(std::string_view keyword, std::string_view value, RuleContent& content);
  Status addFastPattern(std::string_view value, RuleContent& content);
  Status moveLastContent(std::string_view keyword, std::string_view buffer);
  Status addTransform(std::string_view keyword, std::string_view value);
  Status addPcre(std::string_view value);
  Status addStep(std::string_view keyword, std::string_view value);
  Status addBase64Decode(std::string_view value);
  Status addBase64Step(std::string_view keyword, std::string_view value);
  std::vector<RuleStep>& stepsOf(const ContentRef& ref);
  template <typename Step>
  Status defineVariable(std::string_view keyword, size_t chain, Step step);
  void selectBuffer(std::string_view buffer);
  size_t currentChain();
  size_t chainFor(std::string_view buffer, const std::vector<RuleTransform>& transforms, const std::string& xor_key);
  RuleContent* lastContent();
  int8_t variableIndex(std::string_view name, size_t chain) const;
  Status validateChain(size_t index) const;

  RuleProgram program_;
  std::string buffer_ = "pkt_data";        // the sticky buffer options go to now
  std::vector<RuleTransform> transforms_;  // transforms given since that sticky buffer
  std::string xor_key_;
  bool new_instance_ = false;  // a multi-buffer keyword was named: its options start a new chain
  size_t chain_ = SIZE_MAX;    // chain of (buffer_, transforms_), SIZE_MAX until its first step
  std::optional<ContentRef> last_content_;
  std::vector<Variable> variables_;
  bool fast_pattern_seen_ = false;
  std::optional<size_t> base64_chain_;    // the chain base64_decode ended
  bool in_base64_data_ = false;           // after base64_data: match keywords go to base64_chain_'s base64_steps
  std::vector<ContentRef> sticky_pcres_;  // pcres given under a sticky buffer (only payload steps ever move)
};

}  // namespace tapwatch
