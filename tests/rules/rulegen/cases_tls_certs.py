"""tls.certs cases: Suricata's multi-buffer of the server's certificate chain --
each certificate of the TLS Certificate message, raw DER as sent, inspected on
its own (so bsize is one certificate's size, and a match in the second
certificate counts). TLS 1.2 flights (ServerHello, Certificate, ServerHelloDone)
with deterministic Ed25519 certificates from cases_tls_state.certificate()."""
import struct

from . import net
from .case import CLIENT_IP, SERVER_IP, Case, clientPort, rule, tcp
from .cases_tls_state import TLS12, certificate, clientHello, handshake, serverHello

CASES = []
C = "tls_certs"
TLSR = "tls any any -> any any"

WHY = ('Suricata "TLS Keywords", tls.certs: "Do a raw match on each of the certificates in the TLS certificate '
       'chain" -- a multi-buffer, one buffer per certificate (DER), to_client. ET sid 2025315 writes '
       'tls.certs; content:"This program cannot be run in DOS mode"; bsize:>768.')

LEAF = certificate("zq-certs-leaf.example", 2031)
CA = certificate("zq-certs-issuing-ca.example", 2033)


def flight(seed, ders):
    hello = serverHello(TLS12, seed)[5:]
    chain = b"".join(len(d).to_bytes(3, "big") + d for d in ders)
    msgs = hello + handshake(11, len(chain).to_bytes(3, "big") + chain) + handshake(14, b"")
    return b"\x16\x03\x03" + struct.pack(">H", len(msgs)) + msgs


def session(ders):
    def traffic(cap):
        conv = net.TcpConversation(cap, (CLIENT_IP, clientPort(cap)), (SERVER_IP, 443))
        conv.toServer(clientHello(cap.conversations))
        conv.toClient(flight(cap.conversations, ders))
        conv.close()
        return conv
    return traffic


def add(name, rules, traffic, alerts):
    CASES.append(Case(name, C, rules, traffic, alerts, WHY))


def certs(options, sid, header=TLSR):
    return rule(header, f"flow:established,to_client; tls.certs; {options}", sid)


add("tls_certs_leaf_name_bytes_alert", [certs('content:"zq-certs-leaf.example";', 9871)], session([LEAF]),
    {9871: 1})
add("tls_certs_name_absent_noalert", [certs('content:"zq-certs-other.example";', 9872)], session([LEAF]),
    {9872: 0})
# One buffer per certificate: bsize is the size of one DER.
add("tls_certs_bsize_one_certificate_alert", [certs(f"bsize:{len(LEAF)};", 9873)], session([LEAF]), {9873: 1})
add("tls_certs_bsize_one_more_noalert", [certs(f"bsize:{len(LEAF) + 1};", 9874)], session([LEAF]), {9874: 0})
# A DER certificate is a SEQUENCE: its first byte is 0x30.
add("tls_certs_der_sequence_startswith_alert", [certs('content:"|30|"; startswith;', 9875)], session([LEAF]),
    {9875: 1})
# The second certificate of the chain is a buffer of its own.
add("tls_certs_second_certificate_alert", [certs('content:"zq-certs-issuing-ca.example";', 9876)],
    session([LEAF, CA]), {9876: 1})
# Two certificates are never one buffer: a size covering both matches neither.
add("tls_certs_chain_is_not_one_buffer_noalert", [certs(f"bsize:{len(LEAF) + len(CA)};", 9877)],
    session([LEAF, CA]), {9877: 0})
# The same DER bytes as plain TCP payload are no TLS certificate.
add("tls_certs_der_in_plain_tcp_noalert",
    [rule("tcp any any -> any any", 'flow:established,to_client; tls.certs; content:"zq-certs-leaf.example";', 9878)],
    lambda cap: tcp(cap, [(True, b"HELLO\r\n"), (False, LEAF)], server_port=443), {9878: 0})
