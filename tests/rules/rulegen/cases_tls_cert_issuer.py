"""tls.cert_issuer cases: the issuer distinguished name of the server's
certificate, RDNs in certificate order joined with ", " ("C=US, O=..., CN=..."),
as ET Open's certificate rules write it. The certificates here have an issuer
different from the subject, so a match proves which name was read."""
import datetime

from . import net
from .case import CLIENT_IP, SERVER_IP, Case, clientPort, rule
from .cases_tls_state import clientHello, serverFlight

CASES = []
C = "tls_cert_issuer"
TLSR = "tls any any -> any any"
WHY = ('Suricata "TLS Keywords", tls.cert_issuer: "Match TLS/SSL certificate Issuer field" (a sticky buffer: '
       'content keywords follow it), e.g. `tls.cert_issuer; content:"CN=thawte SSL CA";`; the field reads as the '
       'RDNs joined with ", ".')


def certificate(subject_cn, issuer_org, issuer_cn, seed):
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.x509.oid import NameOID

    key = ed25519.Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject_cn)])
    issuer = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
                        x509.NameAttribute(NameOID.ORGANIZATION_NAME, issuer_org),
                        x509.NameAttribute(NameOID.COMMON_NAME, issuer_cn)])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key.public_key())
            .serial_number(0x15500 + seed).not_valid_before(datetime.datetime(2024, 1, 1))
            .not_valid_after(datetime.datetime(2034, 1, 1)).sign(key, None))
    return cert.public_bytes(serialization.Encoding.DER)


def session(issuer_org, seed):
    def traffic(cap):
        conv = net.TcpConversation(cap, (CLIENT_IP, clientPort(cap)), (SERVER_IP, 443))
        conv.toServer(clientHello(cap.conversations))
        conv.toClient(serverFlight(cap.conversations, certificate("zq-leaf.example", issuer_org, "zq Issuing CA 1",
                                                                  seed)))
        conv.close()
        return conv
    return traffic


def add(name, rules, traffic, alerts):
    CASES.append(Case(name, C, rules, traffic, alerts, WHY))


WHOLE = rule(TLSR, 'flow:established,to_client; tls.cert_issuer; content:"C=US, O=zq Test CA, CN=zq Issuing CA 1"; '
                   'startswith; endswith;', 9881)
add("tls_cert_issuer_whole_name_alert", [WHOLE], session("zq Test CA", 41), {9881: 1})
add("tls_cert_issuer_whole_name_other_ca_noalert", [WHOLE], session("zq Other CA", 42), {9881: 0})
ORG = rule(TLSR, 'tls.cert_issuer; content:"O=zq test ca,"; nocase;', 9882)
add("tls_cert_issuer_org_nocase_alert", [ORG], session("zq Test CA", 43), {9882: 1})
SUBJECT = rule(TLSR, 'tls.cert_issuer; content:"zq-leaf.example";', 9883)
add("tls_cert_issuer_is_not_the_subject_noalert", [SUBJECT], session("zq Test CA", 44), {9883: 0})
