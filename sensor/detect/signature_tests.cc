#include "detect/signature_tests.h"

#include <algorithm>
#include <optional>

#include "detect/scan_scratch.h"
#include "detect/scope_scan.h"
#include "protocols/html_text.h"
#include "protocols/mail_addresses.h"
#include "protocols/own_text.h"
#include "protocols/text_util.h"

namespace tapwatch {
namespace {

class FiredSink final : public HitSink {
 public:
  explicit FiredSink(uint32_t id) : id_(id) {}
  void onHit(const Signature& sig, Field, uint32_t, std::string_view, PatternMask) override {
    fired_ = fired_ || sig.id == id_;
  }
  bool fired() const { return fired_; }

 private:
  uint32_t id_;
  bool fired_ = false;
};

// The *_text fields carry what the parsers make of a body (protocols/html_text.h):
// an example written as HTML, with entities or zero-width characters, is
// rendered the same way, so examples show what the sensor would see.
bool isOwnTextField(Field f) {
  return f == Field::SmtpBodyOwnText || f == Field::HttpRequestBodyOwnText || f == Field::HttpResponseBodyOwnText;
}

OwnText::Mode ownTextMode(Field f) {
  if (f == Field::SmtpBodyOwnText) return OwnText::Mode::Mail;
  return f == Field::HttpRequestBodyOwnText ? OwnText::Mode::Post : OwnText::Mode::Page;
}

bool isBodyTextField(Field f) {
  return f == Field::SmtpBodyText || f == Field::HttpRequestBodyText || f == Field::HttpResponseBodyText ||
         isOwnTextField(f);
}

// The sender's From and Reply-To addresses from an example's smtp.headers, as the SMTP parser takes them.
void senderAddresses(std::string_view headers, std::string& from, std::string& reply_to, std::string& from_name) {
  while (!headers.empty()) {
    const size_t eol = headers.find('\n');
    const std::string_view line = trim(headers.substr(0, eol));
    headers = eol == std::string_view::npos ? std::string_view{} : headers.substr(eol + 1);
    if (istartsWith(line, "from:") && from.empty()) {
      firstMailAddress(line.substr(5), from);
      from_name.assign(fromDisplayName(line.substr(5)));
    }
    if (istartsWith(line, "reply-to:") && reply_to.empty()) firstMailAddress(line.substr(9), reply_to);
  }
}

// The *_own_text fields hold the sender's lines of the rendered text (protocols/own_text.h).
std::string renderOwnText(std::string_view rendered, Field f, std::string_view from, std::string_view reply_to,
                          std::string_view from_name) {
  OwnText own;
  own.setSelf(from, reply_to, from_name);
  own.begin(ownTextMode(f));
  std::string out;
  auto append = [&out](ByteSpan piece) { out.append(reinterpret_cast<const char*>(piece.data()), piece.size()); };
  own.feed(asBytes(rendered), append);
  own.finish(append);
  return out;
}

std::string renderBodyText(std::string_view raw) {
  HtmlText text;
  text.begin(HtmlText::Mode::Html);
  std::string out;
  text.whole(asBytes(raw),
             [&out](ByteSpan piece) { out.append(reinterpret_cast<const char*>(piece.data()), piece.size()); });
  return out;
}

// Runs one example; returns whether `sig` (index `sig_index` in `set`)
// alerted and ORs the patterns it matched in any scope into `matched`.
bool exampleAlerts(const std::shared_ptr<const DetectionSet>& set, ScanScratch& scratch, const Signature& sig,
                   uint32_t sig_index, const SignatureExample& example, PatternMask& matched) {
  std::vector<std::pair<Field, std::string>> inputs;
  if (example.by_field.empty())
    for (Field f : sig.fields) inputs.emplace_back(f, example.text);
  else
    for (const auto& [f, text] : example.by_field) inputs.emplace_back(f, text);
  // An example that gives a body text but not its own-text field gets it derived, as the parsers would
  // (a mail written with "> " quotes shows which lines are the sender's own).
  if (!example.by_field.empty())
    for (auto [from, own] : {std::pair{Field::SmtpBodyText, Field::SmtpBodyOwnText},
                             std::pair{Field::HttpRequestBodyText, Field::HttpRequestBodyOwnText},
                             std::pair{Field::HttpResponseBodyText, Field::HttpResponseBodyOwnText}}) {
      if (std::find(sig.fields.begin(), sig.fields.end(), own) == sig.fields.end()) continue;
      std::optional<std::string> body;
      bool has_own = false;
      for (const auto& [f, text] : inputs) {
        has_own = has_own || f == own;
        if (f == from) body = text;
      }
      if (body && !has_own) inputs.emplace_back(own, std::move(*body));
    }
  for (auto& [f, text] : inputs)
    if (isBodyTextField(f)) text = renderBodyText(text);
  std::string from, reply_to, from_name;
  for (const auto& [f, text] : inputs)
    if (f == Field::SmtpHeaders) senderAddresses(text, from, reply_to, from_name);
  for (auto& [f, text] : inputs)
    if (isOwnTextField(f)) text = renderOwnText(text, f, from, reply_to, from_name);

  // One ScopeScan per scope the inputs belong to, as the engine would have.
  std::vector<Scope> scopes;
  for (const auto& [f, text] : inputs)
    if (std::find(scopes.begin(), scopes.end(), fieldInfo(f).scope) == scopes.end())
      scopes.push_back(fieldInfo(f).scope);
  FiredSink sink(sig.id);
  for (Scope scope : scopes) {
    ScopeScan scan(set, scope);
    for (const auto& [f, text] : inputs)
      if (fieldInfo(f).scope == scope) scan.scan(scratch, f, 0, asBytes(text), true, sink);
    scan.close(scratch, sink);
    matched |= scan.matchedPatterns(sig_index);
  }
  return sink.fired();
}

}  // namespace

Result<std::shared_ptr<const DetectionSet>> checkSignatures(const std::vector<std::string>& paths,
                                                            const DetectOptions& options) {
  return DetectionSet::load(paths, options);
}

std::string ExampleResult::describe() const {
  std::string detail;
  if (score >= 0) detail = "score " + std::to_string(score);
  if (!detail.empty()) detail += ", ";
  detail += "matched: ";
  if (indicators.empty()) detail += "none";
  for (size_t i = 0; i < indicators.size(); ++i) detail += (i ? ", " : "") + indicators[i];
  // Which did not match is what a failed example's author looks for first.
  detail += "; not matched: ";
  if (missed.empty()) detail += "none";
  for (size_t i = 0; i < missed.size(); ++i) detail += (i ? ", " : "") + missed[i];
  const Error e = makeError("signature " + std::to_string(signature_id) + ": " +
                                (expected_match ? "match" : "no_match") + " example #" +
                                std::to_string(example_index + 1) + (alerted ? " alerted" : " did not alert") +
                                (passed() ? " (ok; " : " (") + detail + ")",
                            where);
  return e.describe();
}

ExampleReport runSignatureExamples(const std::shared_ptr<const DetectionSet>& set) {
  ExampleReport report;
  DetectStats stats;
  ScanScratch scratch(stats);
  scratch.prepare(*set);
  for (size_t i = 0; i < set->size(); ++i) {
    const Signature& sig = set->signature(i);
    if (!sig.enabled) continue;
    ++report.signatures_tested;
    auto run = [&](const std::vector<SignatureExample>& examples, bool expect) {
      for (size_t k = 0; k < examples.size(); ++k) {
        ++report.examples_run;
        PatternMask matched;
        ExampleResult r;
        r.signature_id = sig.id;
        r.expected_match = expect;
        r.alerted = exampleAlerts(set, scratch, sig, static_cast<uint32_t>(i), examples[k], matched);
        r.example_index = k;
        r.where = examples[k].where;
        r.score = hitScore(sig, matched);
        r.indicators = hitIndicators(sig, matched);
        r.missed = hitIndicators(sig, ~matched);
        if (!r.passed()) report.failures.push_back(r);
        report.results.push_back(std::move(r));
      }
    };
    run(sig.match_examples, true);
    run(sig.no_match_examples, false);
  }
  return report;
}

}  // namespace tapwatch
