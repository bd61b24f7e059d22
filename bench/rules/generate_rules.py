#!/usr/bin/env python3
"""Writes N Suricata-syntax rules with a mix like ET Open's enabled HTTP / DNS / TLS /
raw-payload rules, for the rule engine's load-time, memory and throughput benchmark
(bench/rules/run.sh). Deterministic: the same --count and --seed give the same file.

  generate_rules.py --count 10000 --out rules-10k.rules [--seed 18]

The rules are written for this project from templates (nothing is copied from a
ruleset). Mix, by share of rules:
  http_uri 22%   http.uri contents with nocase / offset / depth / distance / within, some bsize
  http_hdr 10%   http.header / http.user_agent / http.host / http.cookie contents
  http_body 6%   http.request_body and file.data (response) contents, relative pairs
  http_pcre 8%   a content to anchor plus a relative or absolute pcre
  dns_ioc 20%    dns.query; dotprefix; content:".domain"; endswith;   (domain IOC)
  tls_ioc 12%    tls.sni; dotprefix; content:".domain"; endswith;     (and a few exact SNI)
  tcp_raw 10%    flow:established,to_server raw contents with depth / offset / hex bytes
  udp_raw 4%     raw UDP payload contents
  flowbits 4%    pairs: a set+noalert rule and an isset rule (2 rules per pair)
  http_resp 4%   http.stat_code + http.stat_msg / response header contents
"""
import argparse
import random

MIX = [("http_uri", 22), ("http_hdr", 10), ("http_body", 6), ("http_pcre", 8), ("dns_ioc", 20), ("tls_ioc", 12),
       ("tcp_raw", 10), ("udp_raw", 4), ("flowbits", 4), ("http_resp", 4)]
SYLLABLES = ["ka", "lo", "mi", "ze", "tor", "van", "qu", "ex", "bri", "sol", "nu", "pax", "dre", "fi", "gon", "hal",
             "jet", "kri", "lum", "mor", "nix", "op", "pry", "ras", "sy", "tek", "ul", "vy", "wen", "xo", "yar", "zu"]
TLDS = ["com", "net", "org", "info", "xyz", "top", "ru", "cn", "online", "site", "club", "example"]
EXTS = [".php", ".asp", ".aspx", ".jsp", ".cgi", ".exe", ".dll", ".bin", ".js", ".txt", ".dat", ".zip"]
CLASSTYPES = ["trojan-activity", "web-application-attack", "bad-unknown", "policy-violation", "misc-activity",
              "attempted-admin", "command-and-control", "domain-c2", "exploit-kit", "social-engineering"]


class Writer:
    def __init__(self, rng, first_sid):
        self.rng = rng
        self.sid = first_sid
        self.lines = []

    def word(self, lo=2, hi=4):
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(lo, hi)))

    def domain(self):
        labels = [self.word(2, 4)] + ([self.word(1, 2)] if self.rng.random() < 0.3 else [])
        return ".".join(labels) + "." + self.rng.choice(TLDS)

    def path(self):
        parts = [self.word(1, 3) for _ in range(self.rng.randint(1, 3))]
        return "/" + "/".join(parts) + self.rng.choice(EXTS)

    def hexbytes(self, n):
        return " ".join(f"{self.rng.randrange(256):02X}" for _ in range(n))

    def emit(self, header, msg, options, classtype=None):
        ct = classtype or self.rng.choice(CLASSTYPES)
        meta = (f"metadata:created_at 20{self.rng.randint(15, 25)}_{self.rng.randint(1, 12):02d}_"
                f"{self.rng.randint(1, 28):02d}, signature_severity {self.rng.choice(['Major', 'Minor', 'Informational'])};")
        self.lines.append(f'alert {header} (msg:"TWBENCH {msg}"; {options} classtype:{ct}; {meta} '
                          f'sid:{self.sid}; rev:{self.rng.randint(1, 6)};)')
        self.sid += 1


def httpUri(w):
    p = w.path()
    kind = w.rng.randrange(6)
    if kind == 0:
        opts = f'http.uri; content:"{p}"; nocase; endswith;'
    elif kind == 1:
        opts = f'http.uri; content:"/{w.word()}"; depth:{w.rng.randint(6, 14)}; content:"{w.rng.choice(EXTS)}"; distance:0;'
    elif kind == 2:
        opts = f'http.uri; content:"{p}?"; startswith; content:"{w.word(1, 2)}="; distance:0; within:{w.rng.randint(8, 40)};'
    elif kind == 3:
        opts = f'http.method; content:"POST"; http.uri; content:"{p}"; nocase; bsize:<{w.rng.randint(30, 90)};'
    elif kind == 4:
        opts = f'http.uri; content:"{w.word()}="; offset:{w.rng.randint(1, 10)}; content:"&{w.word(1, 2)}="; distance:1;'
    else:
        opts = f'content:"{p}"; http_uri; nocase; content:"{w.word()}"; http_uri; distance:0;'
    w.emit("http $HOME_NET any -> $EXTERNAL_NET any", f"HTTP request for {p}", "flow:established,to_server; " + opts)


def httpHeader(w):
    kind = w.rng.randrange(4)
    if kind == 0:
        ua = f"{w.word().capitalize()}/{w.rng.randint(1, 9)}.{w.rng.randint(0, 9)}"
        opts = f'http.user_agent; content:"{ua}"; startswith;'
    elif kind == 1:
        opts = f'http.host; content:"{w.domain()}"; endswith;'
    elif kind == 2:
        opts = f'http.header; content:"X-{w.word().capitalize()}|3a 20|"; nocase; content:"{w.word()}"; distance:0; within:32;'
    else:
        opts = f'http.cookie; content:"{w.word()}="; content:"{w.word(1, 2)}"; distance:0; within:20;'
    w.emit("http $HOME_NET any -> $EXTERNAL_NET any", "HTTP header indicator", "flow:established,to_server; " + opts)


def httpBody(w):
    if w.rng.random() < 0.5:
        opts = (f'flow:established,to_server; http.method; content:"POST"; http.request_body; content:"{w.word()}="; '
                f'startswith; content:"&{w.word()}="; distance:0;')
        w.emit("http $HOME_NET any -> $EXTERNAL_NET any", "HTTP POST body indicator", opts)
    else:
        opts = (f'flow:established,to_client; file.data; content:"<{w.word(1, 2)} "; nocase; content:"{w.word()}("; '
                f'distance:0; within:{w.rng.randint(20, 200)};')
        w.emit("http $EXTERNAL_NET any -> $HOME_NET any", "HTTP response body indicator", opts)


def httpPcre(w):
    anchor = w.word()
    if w.rng.random() < 0.5:
        opts = (f'flow:established,to_server; http.uri; content:"/{anchor}"; '
                f'pcre:"/^\\/{anchor}\\/[a-z0-9]{{{w.rng.randint(4, 16)}}}\\.(php|asp)\\?id=\\d+$/i";')
    else:
        opts = (f'flow:established,to_server; http.request_body; content:"{anchor}="; '
                f'pcre:"/^[A-Za-z0-9+\\/]{{{w.rng.randint(20, 60)},}}={{0,2}}(&|$)/R";')
    w.emit("http $HOME_NET any -> $EXTERNAL_NET any", "HTTP pcre indicator", opts)


def dnsIoc(w):
    d = w.domain()
    w.emit("dns $HOME_NET any -> any any", f"DNS query for {d}",
           f'dns.query; dotprefix; content:".{d}"; nocase; endswith;', "domain-c2")


def tlsIoc(w):
    d = w.domain()
    if w.rng.random() < 0.8:
        opts = f'flow:established,to_server; tls.sni; dotprefix; content:".{d}"; nocase; endswith;'
    else:
        opts = f'flow:established,to_server; tls.sni; content:"{d}"; bsize:{len(d)};'
    w.emit("tls $HOME_NET any -> $EXTERNAL_NET any", f"TLS SNI {d}", opts, "domain-c2")


def tcpRaw(w):
    kind = w.rng.randrange(3)
    port = w.rng.choice(["any", "443", "[8000:9000]", "$HTTP_PORTS", "!80", "[1024:]"])
    if kind == 0:
        opts = f'content:"|{w.hexbytes(w.rng.randint(4, 8))}|"; depth:{w.rng.randint(8, 16)};'
    elif kind == 1:
        opts = (f'content:"{w.word().upper()} "; depth:{w.rng.randint(8, 12)}; '
                f'content:"|0d 0a|"; distance:0; within:{w.rng.randint(20, 80)};')
    else:
        opts = (f'content:"|{w.hexbytes(2)}|"; offset:{w.rng.randint(0, 4)}; depth:{w.rng.randint(4, 8)}; '
                f'byte_test:2,>,{w.rng.randint(100, 60000)},0,relative; content:"{w.word()}"; distance:2;')
    w.emit(f"tcp $HOME_NET any -> $EXTERNAL_NET {port}", "raw TCP indicator", "flow:established,to_server; " + opts)


def udpRaw(w):
    opts = f'content:"|{w.hexbytes(w.rng.randint(3, 6))}|"; depth:{w.rng.randint(6, 12)}; content:"{w.word()}"; distance:0;'
    w.emit(f"udp $HOME_NET any -> $EXTERNAL_NET {w.rng.choice(['any', '53', '123', '[10000:20000]'])}",
           "raw UDP indicator", opts)


def flowbitsPair(w):
    bit = f"tw.{w.word()}.{w.sid}"
    p = w.path()
    w.emit("http $HOME_NET any -> $EXTERNAL_NET any", f"flowbit set {bit}",
           f'flow:established,to_server; http.uri; content:"{p}"; flowbits:set,{bit}; flowbits:noalert;')
    w.emit("http $EXTERNAL_NET any -> $HOME_NET any", f"flowbit check {bit}",
           f'flow:established,to_client; flowbits:isset,{bit}; file.data; content:"{w.word()}"; nocase;')


def httpResp(w):
    code = w.rng.choice(["200", "302", "403", "404", "500"])
    w.emit("http $EXTERNAL_NET any -> $HOME_NET any", f"HTTP {code} response indicator",
           f'flow:established,to_client; http.stat_code; content:"{code}"; http.header; '
           f'content:"Server|3a 20|{w.word().capitalize()}"; nocase;')


BUILDERS = {"http_uri": httpUri, "http_hdr": httpHeader, "http_body": httpBody, "http_pcre": httpPcre,
            "dns_ioc": dnsIoc, "tls_ioc": tlsIoc, "tcp_raw": tcpRaw, "udp_raw": udpRaw, "flowbits": flowbitsPair,
            "http_resp": httpResp}


def generate(count, seed, first_sid=9100000):
    rng = random.Random(seed)
    w = Writer(rng, first_sid)
    kinds = [k for k, _ in MIX]
    weights = [p for _, p in MIX]
    while len(w.lines) < count:
        BUILDERS[rng.choices(kinds, weights)[0]](w)
    return w.lines[:count]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    lines = generate(args.count, args.seed)
    with open(args.out, "w") as fh:
        fh.write(f"# {args.count} generated Suricata-syntax rules (bench/rules/generate_rules.py, seed {args.seed})\n")
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
