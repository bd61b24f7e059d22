"""ssl_version cases: the TLS version the server negotiated (flow:to_client), as the
ServerHello gives it (legacy version field, or supported_versions for TLS 1.3).
Every session is one ClientHello and one ServerHello on port 443; the record
version the server writes equals its hello version (TLS 1.3: 0x0303 and
supported_versions 0x0304, as RFC 8446 prescribes), so no case depends on which of
the two a parser reads. The client always offers up to TLS 1.3, so only the
server's choice decides."""
import struct

from . import net
from .case import CLIENT_IP, SERVER_IP, Case, clientPort, rule, tcp

CASES = []
C = "ssl_version"
TLSR = "tls any any -> any any"

WHY = ('Suricata "SSL/TLS Keywords", ssl_version: "Match version of SSL/TLS record. Supported values \'sslv2\', '
       '\'sslv3\', \'tls1.0\', \'tls1.1\', \'tls1.2\', \'tls1.3\'"; "It is also possible to match on several versions '
       'at the same time" (ssl_version:sslv2,sslv3). With flow:to_client the version is the server\'s, i.e. the '
       'negotiated one (TLS 1.3 negotiated through supported_versions).')

SSL3, TLS10, TLS11, TLS12, TLS13 = 0x0300, 0x0301, 0x0302, 0x0303, 0x0304


def clientHello(seed):
    """A ClientHello offering TLS 1.3 and 1.2 (supported_versions), legacy version 0x0303."""
    random = bytes((seed * 29 + i * 13) & 0xFF for i in range(32))
    suites = [0x1301, 0x1302, 0xC02F, 0xC030, 0x009C, 0x002F]
    host = b"zq-ver.example"
    server_name = struct.pack(">HBH", len(host) + 3, 0, len(host)) + host
    exts = struct.pack(">HH", 0, len(server_name)) + server_name
    versions = struct.pack(">BHH", 4, TLS13, TLS12)
    exts += struct.pack(">HH", 0x002B, len(versions)) + versions
    body = struct.pack(">H", TLS12) + random + b"\x00"
    body += struct.pack(">H", 2 * len(suites)) + b"".join(struct.pack(">H", s) for s in suites)
    body += b"\x01\x00" + struct.pack(">H", len(exts)) + exts
    handshake = b"\x01" + struct.pack(">I", len(body))[1:] + body
    return b"\x16\x03\x01" + struct.pack(">H", len(handshake)) + handshake


def serverHello(version, seed):
    """The server's hello choosing `version`; TLS 1.3 as RFC 8446 writes it (legacy 0x0303 + supported_versions)."""
    random = bytes((seed * 41 + i * 5) & 0xFF for i in range(32))
    legacy = TLS12 if version == TLS13 else version
    suite = 0x1301 if version == TLS13 else 0xC02F
    exts = struct.pack(">HHH", 0x002B, 2, TLS13) if version == TLS13 else b""
    body = struct.pack(">H", legacy) + random + b"\x00" + struct.pack(">H", suite) + b"\x00"
    body += struct.pack(">H", len(exts)) + exts
    handshake = b"\x02" + struct.pack(">I", len(body))[1:] + body
    return struct.pack(">BH", 0x16, legacy) + struct.pack(">H", len(handshake)) + handshake


def session(version):
    def traffic(cap):
        conv = net.TcpConversation(cap, (CLIENT_IP, clientPort(cap)), (SERVER_IP, 443))
        conv.toServer(clientHello(cap.conversations))
        conv.toClient(serverHello(version, cap.conversations))
        conv.close()
        return conv
    return traffic


def add(name, rules, traffic, alerts):
    CASES.append(Case(name, C, rules, traffic, alerts, WHY))


def ver(value, sid, header=TLSR):
    return rule(header, f"flow:established,to_client; ssl_version:{value};", sid)


add("ssl_version_tls12_server_tls12_alert", [ver("tls1.2", 9401)], session(TLS12), {9401: 1})
add("ssl_version_tls12_server_tls11_noalert", [ver("tls1.2", 9402)], session(TLS11), {9402: 0})
add("ssl_version_list_tls10_tls11_server_tls10_alert", [ver("tls1.0,tls1.1", 9403)], session(TLS10), {9403: 1})
add("ssl_version_list_tls10_tls11_server_tls12_noalert", [ver("tls1.0,tls1.1", 9404)], session(TLS12),
    {9404: 0})
add("ssl_version_list_tls10_tls11_server_tls11_alert", [ver("tls1.0,tls1.1", 9405)], session(TLS11), {9405: 1})
add("ssl_version_tls13_via_supported_versions_alert", [ver("tls1.3", 9406)], session(TLS13), {9406: 1})
add("ssl_version_tls12_server_tls13_legacy_field_noalert", [ver("tls1.2", 9407)], session(TLS13), {9407: 0})
add("ssl_version_sslv3_server_sslv3_alert", [ver("sslv3", 9408)], session(SSL3), {9408: 1})
add("ssl_version_sslv3_server_tls10_noalert", [ver("sslv3", 9409)], session(TLS10), {9409: 0})
# flow:to_client: the server's packets carry the version, so the header's source port is the server's.
add("ssl_version_tcp_header_tls12_alert", [ver("tls1.2", 9410, "tcp any 443 -> any any")], session(TLS12),
    {9410: 1})
add("ssl_version_port_mismatch_noalert", [ver("tls1.2", 9411, "tls any 8443 -> any any")], session(TLS12),
    {9411: 0})
add("ssl_version_plain_tcp_noalert", [ver("tls1.2", 9412, "tcp any 443 -> any any")],
    lambda cap: tcp(cap, [(True, b"HELLO zq\r\n"), (False, b"TLS 1.2\r\n")], server_port=443), {9412: 0})


# ------------------------------------------------------------ tls_cert_expired / tls_cert_valid
# Written as Suricata 7 spells them (it has no "tls.cert_expired" / "tls.cert_valid"; tapwatch
# accepts both spellings).
# The server's flight is ServerHello, Certificate (one Ed25519 leaf, so the bytes are
# deterministic), ServerHelloDone (TLS 1.2). The capture runs on 2020-05-26; notAfter
# is years away from it on either side, so no case rests on which packet's time counts.
W_CERT = ('Suricata "SSL/TLS Keywords": tls_cert_expired "Match returns true if certificate is expired. It evaluates '
          'the validity date from the certificate"; tls_cert_valid "Match returns true if certificate is not expired. '
          'It only evaluates the validity date. It does *not* do cert chain validation. It is the opposite of '
          'tls_cert_expired." (TLS 1.3 sends the certificate encrypted: nothing to evaluate.)')


def certificate(subject_cn, not_after_year):
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.x509.oid import NameOID

    key = ed25519.Ed25519PrivateKey.from_private_bytes(bytes([not_after_year & 0xFF]) * 32)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject_cn)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(0x5A17 + not_after_year).not_valid_before(datetime.datetime(2015, 1, 1))
            .not_valid_after(datetime.datetime(not_after_year, 6, 30, 12, 0, 0)).sign(key, None))
    return cert.public_bytes(serialization.Encoding.DER)


def handshake(kind, body):
    return bytes([kind]) + struct.pack(">I", len(body))[1:] + body


def serverFlight(seed, der):
    hello = serverHello(TLS12, seed)[5:]   # the handshake message without its record header
    chain = len(der).to_bytes(3, "big") + der
    msgs = hello + handshake(11, len(chain).to_bytes(3, "big") + chain) + handshake(14, b"")
    return b"\x16\x03\x03" + struct.pack(">H", len(msgs)) + msgs


def certSession(subject_cn, not_after_year):
    def traffic(cap):
        conv = net.TcpConversation(cap, (CLIENT_IP, clientPort(cap)), (SERVER_IP, 443))
        conv.toServer(clientHello(cap.conversations))
        conv.toClient(serverFlight(cap.conversations, certificate(subject_cn, not_after_year)))
        conv.close()
        return conv
    return traffic


def addCert(name, rules, traffic, alerts):
    CASES.append(Case(name, "tls_cert_validity", rules, traffic, alerts, W_CERT))


EXPIRED = rule(TLSR, "tls_cert_expired;", 9421)
VALID = rule(TLSR, "tls_cert_valid;", 9422)
addCert("tls_cert_expired_notafter_2019_alert", [EXPIRED], certSession("zq-old.example", 2019), {9421: 1})
addCert("tls_cert_expired_notafter_2030_noalert", [EXPIRED], certSession("zq-new.example", 2030), {9421: 0})
addCert("tls_cert_valid_notafter_2030_alert", [VALID], certSession("zq-new.example", 2030), {9422: 1})
addCert("tls_cert_valid_notafter_2019_noalert", [VALID], certSession("zq-old.example", 2019), {9422: 0})
addCert("tls_cert_expired_and_valid_rules_expired_cert", [EXPIRED, VALID], certSession("zq-old.example", 2018),
        {9421: 1, 9422: 0})
addCert("tls_cert_valid_tls13_no_certificate_noalert", [VALID], session(TLS13), {9422: 0})
addCert("tls_cert_expired_tls13_no_certificate_noalert", [EXPIRED], session(TLS13), {9421: 0})
SUBJECT_EXPIRED = rule(TLSR, 'tls.cert_subject; content:"zq-old"; tls_cert_expired;', 9423)
addCert("tls_cert_expired_with_subject_alert", [SUBJECT_EXPIRED], certSession("zq-old.example", 2019), {9423: 1})
addCert("tls_cert_expired_with_subject_other_name_noalert", [SUBJECT_EXPIRED], certSession("zq-new.example", 2019),
        {9423: 0})
addCert("tls_cert_expired_with_subject_valid_cert_noalert", [SUBJECT_EXPIRED], certSession("zq-old.example", 2031),
        {9423: 0})
