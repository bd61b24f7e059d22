#!/usr/bin/env python3
"""How much of an operator's Suricata rule set (e.g. an ET Open download, not in git)
tapwatch loads with Suricata's meaning.

    bench/rules/et_coverage.py --tapwatch build/sensor/main/tapwatch RULES_DIR_OR_FILES...

Runs `tapwatch sig import-suricata -v` over the inputs (every *.rules under a
directory), then `tapwatch sig check` on the converted output, and prints a
markdown report:

- enabled rules (not commented out);
- rules whose protocol the sensor parses: header protocol tcp, udp, ip, icmp,
  http/http1, smtp, dns, tls, quic, and not bound to another application protocol
  (app-layer-protocol, or a sticky buffer / keyword of a protocol the sensor does
  not parse: ftp, smb, ssh, dcerpc, krb5, ...);
- converted with exact meaning: what import-suricata loaded (the loader refuses a
  rule rather than change its meaning), overall and among the parsed-protocol rules;
- refused, by kind (protocol not parsed; raw stream content mixed with an
  application buffer; a keyword or keyword form refused; syntax; duplicate sid);
- refused, by keyword (top 20), overall and among the parsed-protocol rules;
- per input file: enabled, parsed-protocol, converted (parsed protocols) and refused;
- converted rules whose payload chain runs on raw TCP data (content / pcre / byte_*
  before any sticky buffer, or after pkt_data, on a TCP-borne protocol, not tcp-pkt
  or flow:no_stream): tapwatch confirms those on one segment's bytes, where
  Suricata inspects the reassembled stream (bench/README.md, stop 28); and, of
  those, the ones whose raw chain is position-free (no offset / depth /
  startswith, no absolute byte_* / isdataat, no anchored pcre, no packet
  keyword): these are also confirmed on a look-back window joined to the segment
  (sensor/detect/rule_stream_lookback.h), so a pattern split across segments
  matches. Read from the rule text, so approximate; the loader decides exactly.

Exit status 0 when the report was made (whatever the coverage), 2 on usage errors,
1 when tapwatch failed or the converted file did not pass `sig check`.
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

PARSED_PROTOCOLS = {"tcp", "udp", "ip", "icmp", "http", "http1", "smtp", "dns", "tls", "quic",
                    "tcp-pkt", "tcp-stream"}
# Prefixes of keywords / buffers of application protocols the sensor does not parse.
OTHER_APP_PREFIXES = ("ftp", "smb", "ssh", "dcerpc", "dce_", "krb5", "nfs", "snmp", "sip", "rdp", "mqtt", "modbus",
                      "dnp3", "enip", "cip_", "ike", "http2", "dhcp", "rfb", "tftp", "pgsql", "ldap", "websocket",
                      "imap", "pop3")

RESULT_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?:sid (?P<sid>\d+): )?(?P<rest>.*)$")


def parseArgs():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tapwatch", default="build/sensor/main/tapwatch", help="the tapwatch binary")
    p.add_argument("--top", type=int, default=20, help="refusal keywords listed (default 20)")
    p.add_argument("--var", action="append", default=[], help="NAME=VALUE, passed to import-suricata")
    p.add_argument("inputs", nargs="+", help=".rules files or directories")
    return p.parse_args()


def ruleText(cache, path, line):
    """The rule starting at `line` of `path` (continuation lines joined), without a leading '#'."""
    if path not in cache:
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                cache[path] = fh.read().split("\n")
        except OSError:
            cache[path] = []
    lines = cache[path]
    i = line - 1
    if i < 0 or i >= len(lines):
        return ""
    text = lines[i]
    while text.endswith("\\") and i + 1 < len(lines):
        i += 1
        text = text[:-1] + lines[i]
    return text.lstrip().lstrip("#").strip()


def protocolParsed(rule):
    """(header protocol, parsed?) of one rule's text."""
    words = rule.split(None, 2)
    if len(words) < 2:
        return "?", False
    protocol = words[1].lower()
    if protocol not in PARSED_PROTOCOLS:
        return protocol, False
    options = rule[rule.find("(") + 1:] if "(" in rule else ""
    for option in options.split(";"):
        keyword = option.strip().split(":", 1)[0].strip().lower()
        value = option.split(":", 1)[1].strip().lower() if ":" in option else ""
        if keyword == "app-layer-protocol":
            name = value.lstrip("!").strip()
            if not value.startswith("!") and name not in PARSED_PROTOCOLS:
                return protocol, False
        elif keyword.startswith(OTHER_APP_PREFIXES):
            return protocol, False
    return protocol, True


TCP_PROTOCOLS = {"tcp", "http", "http1", "smtp", "tls", "tcp-stream"}
STICKY_PREFIXES = ("ja3", "ja4", "tls_", "dns_", "ssh_", "smb_", "krb5_", "sip_", "quic_")  # dot-less sticky buffers
PAYLOAD_KEYWORDS = {"content", "pcre", "byte_test", "byte_jump", "byte_extract", "byte_math", "isdataat",
                    "base64_decode"}


def rawTcpPayload(rule):
    """Does the rule's text put a payload keyword on raw TCP data (see the module docstring)?"""
    words = rule.split(None, 2)
    if len(words) < 2 or words[1].lower() not in TCP_PROTOCOLS:
        return False
    options = rule[rule.find("(") + 1:] if "(" in rule else ""
    on_payload = True  # until a sticky buffer
    for option in re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', options):
        keyword = option.strip().split(":", 1)[0].strip().lower()
        value = option.split(":", 1)[1].strip().lower() if ":" in option else ""
        if keyword == "flow" and "no_stream" in value:
            return False
        if keyword == "pkt_data":
            on_payload = True
        elif keyword in ("file_data", "file.data") or "." in keyword or keyword.startswith(STICKY_PREFIXES):
            on_payload = False
        elif keyword.startswith("http_") and keyword not in ("http_start",):
            continue  # a content modifier: only the content before it moved
        elif keyword in PAYLOAD_KEYWORDS and on_payload:
            following = options[options.find(option) + len(option):].lstrip("; ").lower()
            if keyword == "content" and re.match(r"(?:nocase;\s*)?(http_|fast_pattern;\s*http_)", following):
                continue
            return True
    return False


PACKET_KEYWORDS = {"dsize", "flags", "ttl", "window", "id", "seq", "ack", "tos", "ipopts", "fragbits", "fragoffset",
                   "ip_proto", "tcp.mss", "icode", "itype", "icmp_id", "icmp_seq", "sameip"}
ANCHORS = {"depth", "offset", "startswith", "bsize", "base64_decode", "to_lowercase", "to_uppercase",
           "compress_whitespace", "strip_whitespace", "url_decode", "xor", "dotprefix", "to_md5", "to_sha1",
           "to_sha256", "pcrexform", "header_lowercase"}


def pcreAnchored(value):
    """A pcre option value ("/regex/flags") anchored at the buffer start: ^ outside a class, \\A, \\G, /A."""
    body = value.strip().strip('"')
    if "/" not in body or body.rfind("/") == body.find("/"):
        return True
    regex, flags = body[body.find("/") + 1:body.rfind("/")], body[body.rfind("/") + 1:]
    if "A" in flags:
        return True
    i, in_class = 0, False
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            if regex[i + 1:i + 2] in ("A", "G"):
                return True
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if regex[i + 1:i + 2] == "^" else 0
            i += 1 if regex[i + 1:i + 2] == "]" else 0
        elif c == "^":
            return True
        i += 1
    return False


def rawTcpLooksBack(rule):
    """A rawTcpPayload rule whose raw chain does not depend on where the buffer starts (the module docstring)."""
    if rule.split(None, 2)[1].lower() == "tcp-pkt":
        return False
    options = rule[rule.find("(") + 1:] if "(" in rule else ""
    parts = [o.strip() for o in re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', options)]
    on_payload, last_raw, seen = True, False, False
    for n, option in enumerate(parts):
        keyword = option.split(":", 1)[0].strip().lower()
        value = option.split(":", 1)[1].strip() if ":" in option else ""
        if keyword in PACKET_KEYWORDS:
            return False
        if keyword == "pkt_data":
            on_payload = True
        elif keyword in ("file_data", "file.data") or "." in keyword or keyword.startswith(STICKY_PREFIXES):
            on_payload, last_raw = False, False
        elif keyword.startswith("http_") and keyword != "http_start":
            last_raw = False  # an old-style modifier: the content before it is not raw
        elif keyword in ("content", "pcre"):
            following = " ".join(parts[n + 1:n + 3]).lower()
            raw = on_payload and not re.match(r"(?:nocase\s*)?(http_|fast_pattern\s*http_)", following)
            last_raw = raw
            if not raw:
                continue
            negated = value.startswith("!")
            if keyword == "pcre":
                relative = "R" in value.strip('"').rsplit("/", 1)[-1]
                if (relative and not seen) or (not relative and pcreAnchored(value.lstrip("!"))):
                    return False
            seen = seen or not negated
        elif keyword in ("distance", "within") and last_raw:
            if not seen or (seen and parts_first_raw_is_this(parts, n)):
                return False
        elif keyword in ANCHORS and (last_raw or on_payload and keyword not in ("depth", "offset", "startswith")):
            return False
        elif keyword in ("byte_test", "byte_jump", "byte_extract", "byte_math", "isdataat") and on_payload:
            if "relative" not in value or "from_beginning" in value or not seen:
                return False
    return seen


def parts_first_raw_is_this(parts, n):
    """Is the content that distance/within at parts[n] modifies the first positive raw content or pcre?"""
    for i in range(n - 1, -1, -1):
        if parts[i].split(":", 1)[0].strip().lower() in ("content", "pcre"):
            return not any(p.split(":", 1)[0].strip().lower() in ("content", "pcre")
                           and not p.split(":", 1)[1].strip().startswith("!") for p in parts[:i])
    return True


REFUSAL_CLASSES = (
    "protocol the sensor does not parse",
    "raw stream content mixed with an application buffer in one rule",
    "keyword or keyword form refused",
    "rule text not parsed (syntax)",
    "duplicate sid",
)


def refusalClass(keyword, why, is_parsed):
    """Which kind of refusal a `tapwatch sig import-suricata -v` reason is."""
    if keyword == "protocol" or not is_parsed:
        return REFUSAL_CLASSES[0]
    if "buffers of different scopes" in why or "buffers of another scope" in why:
        return REFUSAL_CLASSES[1]
    if keyword == "syntax":
        return REFUSAL_CLASSES[3]
    if keyword == "sid" and "duplicate" in why:
        return REFUSAL_CLASSES[4]
    return REFUSAL_CLASSES[2]


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace")


def percent(part, whole):
    return f"{100.0 * part / whole:.1f}%" if whole else "-"


def main():
    args = parseArgs()
    if not os.access(args.tapwatch, os.X_OK):
        print(f"{args.tapwatch}: not an executable tapwatch", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="et_coverage.") as tmp:
        out = os.path.join(tmp, "converted.rules")
        cmd = [args.tapwatch, "sig", "import-suricata", "-v", "-o", out]
        for v in args.var:
            cmd += ["--var", v]
        result = run(cmd + args.inputs)
        if result.returncode != 0:
            print(f"import-suricata failed ({result.returncode}):\n{result.stderr}", file=sys.stderr)
            return 1
        check = run([args.tapwatch, "sig", "check", out])
        check_ok = check.returncode == 0

    cache = {}
    rules = {}  # (file, line) -> (sid, loaded, disabled, keyword)
    for text in result.stderr.splitlines():
        m = RESULT_LINE.match(text)
        if not m:
            continue
        rest = m.group("rest")
        key = (m.group("file"), int(m.group("line")))
        if rest == "loaded":
            rules[key] = (m.group("sid"), True, False, "", "")
        elif rest.endswith(": not loaded") or rest == "not loaded":
            why = rest[: -len(": not loaded")]
            disabled = why.endswith("disabled (commented out)")
            keyword = "" if disabled else why.split(":", 1)[0]
            rules[key] = (m.group("sid"), False, disabled, keyword, why)

    enabled = parsed = loaded = loaded_parsed = 0
    refused_all, refused_parsed, protocols = collections.Counter(), collections.Counter(), collections.Counter()
    classes_all, classes_parsed = collections.Counter(), collections.Counter()
    per_file = collections.defaultdict(lambda: [0, 0, 0, 0])  # enabled, parsed, converted (parsed), refused
    raw_tcp = raw_tcp_back = 0
    for (path, line), (_sid, ok, disabled, keyword, why) in rules.items():
        if disabled:
            continue
        enabled += 1
        text = ruleText(cache, path, line)
        protocol, is_parsed = protocolParsed(text)
        raw_tcp += bool(ok) and rawTcpPayload(text)
        raw_tcp_back += bool(ok) and rawTcpPayload(text) and rawTcpLooksBack(text)
        row = per_file[os.path.basename(path)]
        row[0] += 1
        row[1] += is_parsed
        row[2] += ok and is_parsed
        row[3] += not ok
        protocols[(protocol, is_parsed)] += 1
        parsed += is_parsed
        loaded += ok
        loaded_parsed += ok and is_parsed
        if not ok:
            refused_all[keyword] += 1
            cls = refusalClass(keyword, why, is_parsed)
            classes_all[cls] += 1
            if is_parsed:
                refused_parsed[keyword] += 1
                classes_parsed[cls] += 1

    print(f"# Suricata rule coverage: {', '.join(args.inputs)}\n")
    print("| what | rules | share |")
    print("| --- | ---: | ---: |")
    print(f"| rules read (enabled + commented out) | {len(rules)} | |")
    print(f"| enabled | {enabled} | 100% |")
    print(f"| enabled, protocol the sensor parses | {parsed} | {percent(parsed, enabled)} |")
    print(f"| converted with exact meaning (all enabled) | {loaded} | {percent(loaded, enabled)} |")
    print(f"| converted with exact meaning (parsed protocols) | {loaded_parsed} | {percent(loaded_parsed, parsed)} |")
    print(f"| refused | {enabled - loaded} | {percent(enabled - loaded, enabled)} |")
    print(f"| converted file passes `sig check` | {'yes' if check_ok else 'NO'} | |")
    print(f"| converted, payload chain on raw TCP data | {raw_tcp} | {percent(raw_tcp, loaded)} |")
    print(f"| of those, also confirmed across segments (look-back) | {raw_tcp_back} | {percent(raw_tcp_back, raw_tcp)} |")
    print(f"| of those, confirmed per segment only (anchored chain) | {raw_tcp - raw_tcp_back} | "
          f"{percent(raw_tcp - raw_tcp_back, raw_tcp)} |")
    print()
    print("## Refused, by kind\n")
    print("| kind | all enabled | parsed protocols |")
    print("| --- | ---: | ---: |")
    for cls in REFUSAL_CLASSES:
        if classes_all.get(cls):
            print(f"| {cls} | {classes_all[cls]} | {classes_parsed.get(cls, 0)} |")
    print()
    print(f"## Refused, by keyword (top {args.top})\n")
    print("(For a rule refused for mixing scopes the keyword is the buffer that met the other scope.)\n")
    print("| keyword | all enabled | parsed protocols |")
    print("| --- | ---: | ---: |")
    for keyword, count in sorted(refused_all.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]:
        print(f"| `{keyword or '?'}` | {count} | {refused_parsed.get(keyword, 0)} |")
    print()
    print("## Per file\n")
    print("| file | enabled | parsed protocols | converted (parsed) | refused |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, (n_enabled, n_parsed, n_loaded, n_refused) in sorted(per_file.items()):
        print(f"| {name} | {n_enabled} | {n_parsed} | {n_loaded} ({percent(n_loaded, n_parsed)}) | {n_refused} |")
    print()
    print("## Enabled rules by header protocol\n")
    print("| protocol | parsed | rules |")
    print("| --- | --- | ---: |")
    for (protocol, is_parsed), count in sorted(protocols.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {protocol} | {'yes' if is_parsed else 'no'} | {count} |")
    if not check_ok:
        print(f"\nsig check failed on the converted rules:\n{check.stdout}{check.stderr}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
