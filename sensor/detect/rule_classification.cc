#include "detect/rule_classification.h"

#include <charconv>
#include <fstream>
#include <sstream>

#include "detect/rule_text.h"

namespace tapwatch {
namespace {

// Suricata's classification.config as shipped (name, description, priority).
constexpr std::string_view kBuiltin = R"(
config classification: not-suspicious,Not Suspicious Traffic,3
config classification: unknown,Unknown Traffic,3
config classification: bad-unknown,Potentially Bad Traffic,2
config classification: attempted-recon,Attempted Information Leak,2
config classification: successful-recon-limited,Information Leak,2
config classification: successful-recon-largescale,Large Scale Information Source Leak,2
config classification: attempted-dos,Attempted Denial of Service,2
config classification: successful-dos,Denial of Service,2
config classification: attempted-user,Attempted User Privilege Gain,1
config classification: unsuccessful-user,Unsuccessful User Privilege Gain,1
config classification: successful-user,Successful User Privilege Gain,1
config classification: attempted-admin,Attempted Administrator Privilege Gain,1
config classification: successful-admin,Successful Administrator Privilege Gain,1
config classification: rpc-portmap-decode,Decode of an RPC Query,2
config classification: shellcode-detect,Executable code was detected,1
config classification: string-detect,A suspicious string was detected,3
config classification: suspicious-filename-detect,A suspicious filename was detected,2
config classification: suspicious-login,An attempted login using a suspicious username was detected,2
config classification: system-call-detect,A system call was detected,2
config classification: tcp-connection,A TCP connection was detected,4
config classification: trojan-activity,A Network Trojan was detected,1
config classification: unusual-client-port-connection,A client was using an unusual port,2
config classification: network-scan,Detection of a Network Scan,3
config classification: denial-of-service,Detection of a Denial of Service Attack,2
config classification: non-standard-protocol,Detection of a non-standard protocol or event,2
config classification: protocol-command-decode,Generic Protocol Command Decode,3
config classification: web-application-activity,access to a potentially vulnerable web application,2
config classification: web-application-attack,Web Application Attack,1
config classification: misc-activity,Misc activity,3
config classification: misc-attack,Misc Attack,2
config classification: icmp-event,Generic ICMP event,3
config classification: inappropriate-content,Inappropriate Content was Detected,1
config classification: policy-violation,Potential Corporate Privacy Violation,1
config classification: default-login-attempt,Attempt to login by a default username and password,2
config classification: targeted-activity,Targeted Malicious Activity was Detected,1
config classification: exploit-kit,Exploit Kit Activity Detected,1
config classification: external-ip-check,Device Retrieving External IP Address Detected,2
config classification: domain-c2,Domain Observed Used for C2 Detected,1
config classification: pup-activity,Possibly Unwanted Program Detected,2
config classification: credential-theft,Successful Credential Theft Detected,1
config classification: social-engineering,Possible Social Engineering Attempted,2
config classification: coin-mining,Crypto Currency Mining Activity Detected,2
config classification: command-and-control,Malware Command and Control Activity Detected,1
)";

}  // namespace

ClassificationTable ClassificationTable::builtin() {
  ClassificationTable table;
  (void)table.load(kBuiltin, "<built-in classification>");
  return table;
}

Status ClassificationTable::load(std::string_view text, const std::string& file) {
  constexpr std::string_view kPrefix = "config classification:";
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty() || line.front() == '#' || line == "\r") continue;
    if (line.substr(0, kPrefix.size()) != kPrefix)
      return makeError("expected 'config classification: name,description,priority'", {file, line_no, 1});
    const auto parts = splitRuleList(line.substr(kPrefix.size()));
    unsigned priority = 0;
    if (parts.size() != 3 ||
        std::from_chars(parts[2].data(), parts[2].data() + parts[2].size(), priority).ec != std::errc{} ||
        priority == 0 || priority > 255)
      return makeError("expected 'config classification: name,description,priority'", {file, line_no, 1});
    types_[parts[0]] = ClassType{parts[1], static_cast<uint8_t>(priority)};
  }
  return Ok{};
}

Status ClassificationTable::loadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return makeError("cannot read classification file", {path, 0, 0});
  std::ostringstream text;
  text << in.rdbuf();
  return load(text.str(), path);
}

const ClassType* ClassificationTable::find(std::string_view name) const {
  const auto it = types_.find(name);
  return it == types_.end() ? nullptr : &it->second;
}

}  // namespace tapwatch
