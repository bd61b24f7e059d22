"""ja3.hash cases (and `ja3_hash`, the older name ET Open's ja3 rules use): the
lower-case hex MD5 of the ClientHello's JA3 text (cases_ja3_string.JA3 is that
text for apps.tlsClientHello)."""
import hashlib

from .case import Case, rule, tcp, tls
from .cases_ja3_string import JA3

CASES = []
C = "ja3_hash"
TLSR = "tls any any -> any any"
WHY = ('Suricata "JA3 Keywords", ja3.hash: "Match on JA3 hash (md5)" -- the MD5 of the ja3.string text, 32 '
       'lower-case hex digits; "ja3_hash" is its older name (ET Open writes `ja3_hash; content:"<md5>";`).')
HASH = hashlib.md5(JA3.encode()).hexdigest()
OTHER = hashlib.md5(JA3.replace("0-10-16", "0-10-11-16").encode()).hexdigest()


def add(name, rules, traffic, alerts):
    CASES.append(Case(name, C, rules, traffic, alerts, WHY))


def hello(cap):
    return tls(cap, "zq-ja3h.example")


add("ja3_hash_md5_of_ja3_string_alert", [rule(TLSR, f'ja3.hash; content:"{HASH}"; bsize:32;', 9871)], hello,
    {9871: 1})
add("ja3_hash_other_md5_noalert", [rule(TLSR, f'ja3.hash; content:"{OTHER}";', 9872)], hello, {9872: 0})
add("ja3_hash_legacy_name_alert", [rule(TLSR, f'ja3_hash; content:"{HASH}";', 9873)], hello, {9873: 1})
# The hash written in plain TCP payload is no ClientHello.
add("ja3_hash_legacy_name_text_in_plain_tcp_noalert", [rule("tcp any any -> any any", f'ja3_hash; content:"{HASH}";',
                                                            9874)],
    lambda cap: tcp(cap, [(True, HASH.encode() + b"\r\n")], server_port=443), {9874: 0})
