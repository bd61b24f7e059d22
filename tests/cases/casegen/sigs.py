"""The signature pack used by the golden cases, its signature-file YAML form
and a Python-regex model of it that the oracle uses to find what must alert.

The patterns are kept to the subset where Hyperscan and Python's `re` agree
(no \\b, no look-around, ASCII whitespace in the traffic), so the model is an
honest stand-in for the sensor's detector.
"""
import re
from dataclasses import dataclass, field

SEVERITY = {"high": 1, "medium": 2, "low": 3, "info": 4}


def _urlHost(data):
    """(offset, host bytes) of a URL's host: scheme://userinfo@host:port/..., www.host/..., [v6]."""
    m = re.match(rb"[A-Za-z][A-Za-z0-9+.\-]*:", data)
    at = m.end() if m else 0
    while at < len(data) and data[at:at + 1] in (b"/", b"\\"):
        at += 1
    end = len(data)
    for c in (b"/", b"\\", b"?", b"#"):
        i = data.find(c, at)
        if i >= 0:
            end = min(end, i)
    userinfo = data.rfind(b"@", at, end)
    if userinfo >= 0:
        at = userinfo + 1
    if data[at:at + 1] == b"[":
        close = data.find(b"]", at)
        return (at + 1, data[at + 1:close]) if close >= 0 else (at, b"")
    colon = data.find(b":", at, end)
    return at, data[at:colon if colon >= 0 else end]


def _domainForms(entry):
    """A list entry in both IDN forms (the sensor stores both; libidn2 there, Python's codec here)."""
    e = entry.lower().rstrip(".")
    forms = {e}
    if any(ord(c) > 127 for c in e):
        forms.add(e.encode("idna").decode("ascii"))
    elif any(label.startswith("xn--") for label in e.split(".")):
        forms.add(e.encode("ascii").decode("idna"))
    return {f.encode("utf-8") for f in forms}


@dataclass
class Pattern:
    id: str = None
    regex: str = None
    literal: str = None
    flags: tuple = ()
    list_file: str = None     # `list:` patterns: the file the case writes next to signatures.yaml
    kind: str = None          # domain | ip
    entries: tuple = ()

    def listMatch(self, data, field):
        """(start, end) of a list hit in one value: domain tokens equal to an entry or a subdomain of
        it (smtp.url: in the link's host only); ip: the whole value (smtp.url: its host) in a prefix."""
        base = 0
        if field == "smtp.url":
            base, data = _urlHost(data)
        if self.kind == "ip":
            import ipaddress
            try:
                ip = ipaddress.ip_address(data.decode().strip())
            except ValueError:
                return None
            nets = [ipaddress.ip_network(e, strict=False) for e in self.entries]
            return (base, base + len(data)) if any(ip.version == n.version and ip in n for n in nets) else None
        forms = set().union(*(_domainForms(e) for e in self.entries))
        for m in re.finditer(rb"[A-Za-z0-9_.\-\x80-\xff]+", data):
            token = m.group().lower().rstrip(b".")
            labels = token.split(b".")
            if any(b".".join(labels[i:]) in forms for i in range(len(labels))):
                return base + m.start(), base + m.start() + len(token)
        return None

    def compiled(self):
        unicode_mode = "utf8" in self.flags or "ucp" in self.flags
        source = self.regex if self.regex is not None else re.escape(self.literal)
        opts = 0
        if "caseless" in self.flags:
            opts |= re.IGNORECASE
        if "dotall" in self.flags:
            opts |= re.DOTALL
        if "multiline" in self.flags:
            opts |= re.MULTILINE
        if unicode_mode:
            return re.compile(source, opts), True
        return re.compile(source.encode("utf-8"), opts), False

    def earliestMatch(self, data, field=None):
        """(start, end) in bytes of the match that ends first in `data`, as a
        streaming matcher reports it first, or None."""
        if self.list_file:
            return self.listMatch(data, field)
        rx, unicode_mode = self.compiled()
        text = data.decode("utf-8", "surrogateescape") if unicode_mode else data
        m = rx.search(text)
        if not m:
            return None
        # Every match starts at or after the leftmost one, so the earliest end is found
        # by growing the end bound from there.
        for end in range(m.start() + 1, m.end() + 1):
            m2 = rx.search(text, m.start(), end)
            if m2:
                m = m2
                break
        if unicode_mode:
            enc = lambda s: len(s.encode("utf-8", "surrogateescape"))  # noqa: E731
            return enc(text[:m.start()]), enc(text[:m.end()])
        return m.start(), m.end()


@dataclass
class Signature:
    id: int
    rev: int
    name: str
    category: str
    severity: str
    patterns: list
    enabled: bool = True
    condition: str = None
    match: list = field(default_factory=list)
    no_match: list = field(default_factory=list)
    fields: tuple = ("stream",)           # "stream" or protocol fields ("http.uri", ...)

    def isStream(self):
        assert "stream" not in self.fields or self.fields == ("stream",), \
            f"{self.id}: the cases never mix stream with protocol fields in one signature"
        return self.fields == ("stream",)

    def negated(self):
        """Pattern ids that appear under `not` in the condition."""
        return set(re.findall(r"\bnot\s+([A-Za-z_][A-Za-z0-9_]*)", self.condition or ""))

    def meta(self):
        return {"rev": self.rev, "signature": self.name, "category": self.category,
                "severity": SEVERITY[self.severity]}

    def conditionHolds(self, matched_ids):
        """Evaluates `condition` (and/or/not/parentheses) over the set of matched pattern ids."""
        if self.condition is None:
            return bool(matched_ids)
        tokens = re.findall(r"\(|\)|[A-Za-z_][A-Za-z0-9_]*", self.condition)
        expr = []
        for t in tokens:
            if t in ("and", "or", "not", "(", ")"):
                expr.append(t)
            else:
                assert t in {p.id for p in self.patterns}, f"unknown pattern id {t}"
                expr.append("True" if t in matched_ids else "False")
        return eval(" ".join(expr), {"__builtins__": {}}, {})  # only and/or/not/True/False/() reach here

    def matchesText(self, text):
        data = text.encode("utf-8")
        ids = {p.id or str(i) for i, p in enumerate(self.patterns) if p.earliestMatch(data)}
        return self.conditionHolds(ids)


def _q(s):
    """YAML single-quoted scalar (only the quote itself needs escaping)."""
    return "'" + s.replace("'", "''") + "'"


def toYaml(signatures, header):
    lines = [f"# {line}" for line in header.splitlines()] + ["signatures:"]
    for s in signatures:
        lines += [f"  - id: {s.id}",
                  f"    rev: {s.rev}",
                  f"    name: {_q(s.name)}",
                  f"    category: {s.category}",
                  f"    severity: {s.severity}",
                  f"    enabled: {'true' if s.enabled else 'false'}",
                  f"    fields: [{', '.join(s.fields)}]",
                  "    patterns:"]
        for p in s.patterns:
            first = "      - "
            if p.id:
                lines.append(f"{first}id: {p.id}")
                first = "        "
            if p.list_file is not None:
                lines.append(f"{first}list: {p.list_file}")
                lines.append(f"        kind: {p.kind}")
            elif p.regex is not None:
                lines.append(f"{first}regex: {_q(p.regex)}")
            else:
                lines.append(f"{first}literal: {_q(p.literal)}")
            if p.flags:
                lines.append(f"        flags: [{', '.join(p.flags)}]")
        if s.condition:
            lines.append(f"    condition: {_q(s.condition)}")
        lines.append("    examples:")
        lines.append("      match:")
        lines += [f"        - {_q(m)}" for m in s.match]
        lines.append("      no_match:")
        lines += [f"        - {_q(m)}" for m in s.no_match]
    return "\n".join(lines) + "\n"


CI = ("caseless",)
CI_UTF8 = ("caseless", "utf8", "ucp")

PACK = [
    Signature(2100001, 1, "Sextortion: claims a webcam recording of the victim", "sextortion", "high",
              [Pattern(regex=r"recorded\s+you\s+(through|via|with)\s+your\s+(webcam|camera)", flags=CI)],
              match=["Unfortunately I recorded you through your webcam.", "I RECORDED YOU VIA YOUR CAMERA"],
              no_match=["I recorded your webcam settings", "we recorded yours via webcam"]),
    Signature(2100002, 2, "Sextortion: demands a bitcoin payment", "sextortion", "high",
              [Pattern(regex=r"pay\s+(me\s+)?[0-9]+(\.[0-9]+)?\s*(btc|bitcoin)", flags=CI)],
              match=["Pay me 0.15 BTC now", "you must pay 500 bitcoin"],
              no_match=["pay me in bitcoin later", "pay 0.15 bit coin"]),
    Signature(2100003, 1, "Sextortion (ru): threatens to send the video to all contacts", "sextortion", "high",
              [Pattern(literal="отправлю это видео всем твоим контактам", flags=CI_UTF8)],
              match=["Я ОТПРАВЛЮ это видео всем твоим контактам."],
              no_match=["отправлю это видео всем моим контактам"]),
    Signature(2100004, 1, "Scam: guaranteed investment returns", "scam", "medium",
              [Pattern(regex=r"guaranteed\s+(profit|returns?)\s+of\s+[0-9]{2,3}\s*%", flags=CI)],
              match=["Guaranteed returns of 40% every month"],
              no_match=["guaranteed returns of 5% a year", "no guaranteed profit of any kind"]),
    Signature(2100005, 1, "Blackmail (ru): demands a bitcoin transfer", "blackmail", "high",
              [Pattern(regex=r"переведи(те)?\s+[0-9]+([.,][0-9]+)?\s*(btc|биткоин)", flags=CI_UTF8)],
              match=["Переведите 0,05 биткоина на кошелёк", "ПЕРЕВЕДИ 1 BTC"],
              no_match=["переведи деньги маме", "переведите на русский"]),
    Signature(2100006, 1, "Blackmail: payment deadline", "blackmail", "medium",
              [Pattern(literal="you have 48 hours", flags=CI)],
              match=["You have 48 hours to pay."],
              no_match=["you have 24 hours", "you had 48 hours"]),
    Signature(2100007, 1, "Test: a disabled signature never alerts", "scam", "low",
              [Pattern(literal="webcam")], enabled=False,
              match=["webcam"], no_match=["camera"]),
    Signature(2100008, 3, "Sextortion: device takeover claim with a bitcoin address", "sextortion", "high",
              [Pattern(id="hacked", regex=r"i\s+(have\s+)?hacked\s+your\s+(device|computer|phone)", flags=CI),
               Pattern(id="btc", regex=r"(bc1[a-z0-9]{25,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})")],
              condition="hacked and btc",
              match=["I have hacked your computer. Wallet: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"],
              no_match=["I have hacked your computer.", "Wallet: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"]),
    Signature(2100009, 1, "Phishing: wallet verification lure", "phishing", "info",
              [Pattern(literal="verify your wallet", flags=CI)],
              match=["Please VERIFY YOUR WALLET today"], no_match=["verify your email"]),
]


# The pack of the protocol cases (casegen/cases_proto.py): one signature per
# protocol field they exercise, plus a `stream` twin of the response-body
# signature so "compressed text is not in the stream" can be shown to alert on
# plain text and stay silent on gzip.
BTC_RE = r"(bc1[a-z0-9]{25,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})"
PROTO_PACK = [
    Signature(2200001, 1, "Sextortion mail: claims a webcam recording", "sextortion", "high",
              [Pattern(regex=r"recorded\s+you\s+(through|via|with)\s+your\s+(webcam|camera)", flags=CI)],
              fields=("smtp.body",),
              match=["I recorded you through your webcam"], no_match=["I recorded your webcam settings"]),
    Signature(2200002, 1, "Sextortion mail (ru): threatens to send the video to all contacts", "sextortion", "high",
              [Pattern(literal="отправлю это видео всем твоим контактам", flags=CI_UTF8)],
              fields=("smtp.body",),
              match=["Я ОТПРАВЛЮ это видео всем твоим контактам"], no_match=["отправлю это видео всем моим контактам"]),
    Signature(2200003, 1, "Sextortion mail (ru): subject claims the account was hacked", "sextortion", "medium",
              [Pattern(regex=r"аккаунт\s+взломан", flags=CI_UTF8)],
              fields=("smtp.subject",),
              match=["Ваш АККАУНТ взломан"], no_match=["аккаунт создан"]),
    Signature(2200004, 1, "Sextortion mail: hacked-device subject with a bitcoin address in the body", "sextortion",
              "high",
              [Pattern(id="subj", regex=r"your\s+(device|account|computer)\s+(was|has\s+been)\s+hacked", flags=CI),
               Pattern(id="btc", regex=BTC_RE)],
              condition="subj and btc", fields=("smtp.subject", "smtp.body"),
              match=["Your device was hacked. bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"],
              no_match=["Your device was hacked.", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"]),
    Signature(2200005, 1, "Scam page: guaranteed investment returns (HTTP response body)", "scam", "medium",
              [Pattern(regex=r"guaranteed\s+(profit|returns?)\s+of\s+[0-9]{2,3}\s*%", flags=CI)],
              fields=("http.response_body",),
              match=["Guaranteed returns of 40%"], no_match=["guaranteed returns of 5%"]),
    Signature(2200006, 1, "Scam page: guaranteed investment returns (raw stream)", "scam", "low",
              [Pattern(regex=r"guaranteed\s+(profit|returns?)\s+of\s+[0-9]{2,3}\s*%", flags=CI)],
              match=["Guaranteed returns of 40%"], no_match=["guaranteed returns of 5%"]),
    Signature(2200007, 1, "Webmail form: bitcoin payment demand (HTTP request body)", "sextortion", "high",
              [Pattern(regex=r"pay\s+(me\s+)?[0-9]+(\.[0-9]+)?\s*(btc|bitcoin)", flags=CI)],
              fields=("http.request_body",),
              match=["pay me 0.15 BTC"], no_match=["pay+me+0.15+BTC"]),
    Signature(2200008, 1, "Phishing: wallet verification page requested (HTTP URI)", "phishing", "medium",
              [Pattern(literal="/wallet/verify")],
              fields=("http.uri",),
              match=["/wallet/verify?id=1"], no_match=["/wallet/%76erify"]),
    Signature(2200009, 1, "Scam: investment scam host (HTTP Host)", "scam", "medium",
              [Pattern(regex=r"(^|\.)cryptomax-capital\.example$", flags=CI)],
              fields=("http.host",),
              match=["cryptomax-capital.example", "www.cryptomax-capital.example"],
              no_match=["notcryptomax-capital.example", "cryptomax-capital.example.org"]),
    Signature(2200010, 1, "Scam: wallet-drainer domain looked up (DNS)", "scam", "high",
              [Pattern(regex=r"(^|\.)scam-wallet\.example$")],
              fields=("dns.query",),
              match=["scam-wallet.example", "login.scam-wallet.example"],
              no_match=["notscam-wallet.example", "scam-wallet.example.org"]),
    Signature(2200011, 1, "Scam: wallet-drainer CDN host looked up (DNS)", "scam", "low",
              [Pattern(regex=r"^cdn\.scam-wallet\.example$")],
              fields=("dns.query",),
              match=["cdn.scam-wallet.example"], no_match=["login.scam-wallet.example"]),
    Signature(2200012, 1, "Phishing: wallet verification site (TLS SNI)", "phishing", "high",
              [Pattern(regex=r"(^|\.)wallet-verify\.example$")],
              fields=("tls.sni",),
              match=["wallet-verify.example", "secure.wallet-verify.example"],
              no_match=["wallet-verify.example.net", "mywallet-verify.example"]),
    Signature(2200013, 1, "Blackmail mail to the accounting mailbox (SMTP RCPT TO)", "blackmail", "low",
              [Pattern(literal="accounting@victim-corp.example", flags=CI)],
              fields=("smtp.rcpt_to",),
              match=["<Accounting@victim-corp.example>"], no_match=["<hr@victim-corp.example>"]),
    Signature(2200014, 1, "Blackmail mail: payment deadline, not a newsletter", "blackmail", "medium",
              [Pattern(id="deadline", literal="you have 48 hours", flags=CI),
               Pattern(id="unsub", literal="unsubscribe", flags=CI)],
              condition="deadline and not unsub", fields=("smtp.body",),
              match=["You have 48 hours to pay."], no_match=["You have 48 hours to enter. Unsubscribe here."]),
    Signature(2200015, 1, "Phishing attachment: asks for the wallet recovery phrase (SMTP attachment)", "phishing",
              "high",
              [Pattern(regex=r"enter\s+your\s+wallet\s+recovery\s+phrase", flags=CI)],
              fields=("smtp.attachment",),
              match=["Enter your wallet  recovery phrase"], no_match=["enter your wallet address"]),
    Signature(2200016, 1, "Scam: wallet-drainer infrastructure in a DNS answer", "scam", "high",
              [Pattern(regex=r"drainer-infra\.example|203\.0\.113\.66|2001:db8:bad::66")],
              fields=("dns.answer",),
              match=["cdn.drainer-infra.example", "203.0.113.66", "2001:db8:bad::66"],
              no_match=["drainer-infra-example.org", "203.0.113.6"]),
]


def checkExamples(signatures):
    """The pack's own examples must agree with the model (catches typos in the pack)."""
    for s in signatures:
        for m in s.match:
            assert s.matchesText(m), f"{s.id}: example should match: {m!r}"
        for m in s.no_match:
            assert not s.matchesText(m), f"{s.id}: example should not match: {m!r}"


# The pack of the IOC-list cases (casegen/cases_lists.py): a domain list on the
# name fields and an IP list on the address fields, as the shipped scam-domains
# pack uses them.
LURE_DOMAINS = ("scam-lure.example", "bücher-sale.example", "drainer-cdn.example")
LURE_IPS = ("198.51.100.66", "203.0.113.128/25", "2001:db8:5ca::/48")
LIST_PACK = [
    Signature(2300001, 1, "IOC domain list: name in DNS or a mail link", "phishing", "medium",
              [Pattern(id="lure", list_file="lure-domains.txt", kind="domain", entries=LURE_DOMAINS)],
              fields=("dns.query", "dns.answer", "smtp.url"),
              match=["pay.scam-lure.example", "https://login.scam-lure.example/x", "xn--bcher-sale-9db.example"],
              no_match=["notscam-lure.example", "scam-lure.example.org"]),
    Signature(2300002, 1, "IOC IP list: flow or DNS answer address", "phishing", "medium",
              [Pattern(id="bad_ip", list_file="lure-ips.txt", kind="ip", entries=LURE_IPS)],
              fields=("ip.src", "ip.dst", "dns.answer"),
              match=["198.51.100.66", "203.0.113.200", "2001:db8:5ca::10"],
              no_match=["198.51.100.67", "203.0.113.127", "2001:db8:5cb::1"]),
]
