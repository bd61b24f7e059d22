"""ja3.string cases: the JA3 text of the ClientHello (TLS version, ciphers,
extensions, elliptic curves, point formats -- decimal, '-' within a list, ','
between lists), the text whose MD5 is ja3.hash. apps.tlsClientHello offers
TLS 1.2 (771), eight suites, extensions server_name (0), supported_groups (10)
and ALPN (16), groups x25519 (29) and secp256r1 (23), and no point formats."""
import hashlib

from . import apps
from .case import Case, rule, tcp, tls

CASES = []
C = "ja3_string"
TLSR = "tls any any -> any any"

WHY = ('Suricata "JA3 Keywords", ja3.string: "Match on JA3 string" -- the SSLVersion,Cipher,SSLExtension,'
       'EllipticCurve,EllipticCurvePointFormat text of the ClientHello (GREASE values left out) whose MD5 is '
       'ja3.hash.')

JA3 = "771,4865-4866-49195-49199-49196-49200-156-47,0-10-16,29-23,"


def add(name, rules, traffic, alerts):
    CASES.append(Case(name, C, rules, traffic, alerts, WHY))


def ja3(options, sid, header=TLSR):
    return rule(header, f"ja3.string; {options}", sid)


def hello(cap):
    return tls(cap, "zq-ja3.example")


add("ja3_string_whole_text_alert", [ja3(f'content:"{JA3}"; startswith; endswith;', 9851)], hello, {9851: 1})
add("ja3_string_extension_list_alert", [ja3('content:",0-10-16,";', 9852)], hello, {9852: 1})
add("ja3_string_other_extension_list_noalert", [ja3('content:",0-10-11-16,";', 9853)], hello, {9853: 0})
add("ja3_string_is_not_the_hash_noalert",
    [ja3(f'content:"{hashlib.md5(JA3.encode()).hexdigest()}";', 9854)], hello, {9854: 0})
add("ja3_string_version_field_alert", [ja3('content:"771,4865-"; startswith;', 9855)], hello, {9855: 1})
add("ja3_string_other_version_noalert", [ja3('content:"769,"; startswith;', 9856)], hello, {9856: 0})
# The same text sent as plain TCP payload is no ClientHello.
add("ja3_string_text_in_plain_tcp_noalert", [ja3(f'content:"{JA3}";', 9857, "tcp any any -> any any")],
    lambda cap: tcp(cap, [(True, JA3.encode() + b"\r\n")], server_port=443), {9857: 0})
add("ja3_string_pcre_curves_alert", [ja3(r'pcre:"/,29-23,$/";', 9858)], hello, {9858: 1})
