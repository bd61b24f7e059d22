"""TLS and QUIC wire builders for the golden cases: a browser-like ClientHello,
ServerHellos, a certificate chain (Ed25519, so signatures and with them the
files are deterministic) and protected QUIC v1/v2 Initial packets (RFC 9001
§5, RFC 9369 §3), written with the Python `cryptography` package and hmac.

The expected values (JA3/JA4, subject strings, serials, fingerprints) come
from tests/protocols/tls_fingerprint_reference.py and from the certificate
attributes as written here, never from sensor output.
"""
import datetime
import hashlib
import hmac
import os
import struct
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509.oid import NameOID

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "protocols"))
import tls_fingerprint_reference as fpref  # noqa: E402


def _ext(t, data):
    return struct.pack(">HH", t, len(data)) + data


def clientHello(sni, alpns=(b"h2", b"http/1.1"), seed=1, quic_ua=None, pad=0):
    """A TLS 1.3 ClientHello handshake message with GREASE, like a browser's."""
    rnd = bytes((seed * 29 + i * 5) & 0xFF for i in range(32))
    ciphers = [0x2a2a, 0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xcca9]
    host = sni.encode()
    alpn = b"".join(bytes([len(a)]) + a for a in alpns)
    exts = [
        _ext(0x1a1a, b""),
        _ext(0x0000, struct.pack(">HBH", len(host) + 3, 0, len(host)) + host),
        _ext(0x000a, struct.pack(">H3H", 6, 0x001d, 0x0017, 0x0018)),
        _ext(0x000b, b"\x01\x00"),
        _ext(0x0010, struct.pack(">H", len(alpn)) + alpn),
        _ext(0x000d, struct.pack(">H5H", 10, 0x0403, 0x0804, 0x0401, 0x0503, 0x0805)),
        _ext(0x002b, b"\x04\x03\x04\x03\x03"),
        _ext(0x0033, struct.pack(">H", 0)),
    ]
    if quic_ua is not None:
        params = b"\x80\x00\x31\x29" + bytes([len(quic_ua)]) + quic_ua.encode()  # 0x3129 as a 4-byte varint
        params += b"\x04\x04\x80\x10\x00\x00"                                    # initial_max_data
        exts.append(_ext(0x0039, params))
    if pad:
        exts.append(_ext(0x0015, bytes(pad)))
    e = b"".join(exts)
    body = (b"\x03\x03" + rnd + b"\x00" + struct.pack(">H", 2 * len(ciphers)) + struct.pack(f">{len(ciphers)}H", *ciphers)
            + b"\x01\x00" + struct.pack(">H", len(e)) + e)
    return b"\x01" + len(body).to_bytes(3, "big") + body


def handshakeMsg(kind, body):
    return bytes([kind]) + len(body).to_bytes(3, "big") + body


def serverHello(tls13, cipher, alpn=None):
    exts = b""
    if alpn:
        exts += _ext(0x0010, struct.pack(">HB", len(alpn) + 1, len(alpn)) + alpn)
    if tls13:
        exts += _ext(0x002b, b"\x03\x04")
    body = b"\x03\x03" + bytes(range(64, 96)) + b"\x00" + struct.pack(">HB", cipher, 0) + struct.pack(">H", len(exts)) + exts
    return handshakeMsg(2, body)


def records(payload, size, kind=0x16):
    return b"".join(bytes([kind]) + b"\x03\x03" + struct.pack(">H", len(payload[i:i + size])) + payload[i:i + size]
                    for i in range(0, len(payload), size))


class Cert:
    """A certificate and what the sensor must report for it, from the attributes used to build it."""

    def __init__(self, der, subject, issuer, sans, serial, not_before, not_after):
        self.der = der
        self.subject, self.issuer, self.sans = subject, issuer, sans
        raw = serial.to_bytes((serial.bit_length() + 8) // 8, "big")   # DER content octets: a 00 before a high bit
        self.serial = ":".join(f"{b:02X}" for b in raw)
        self.fingerprint = ":".join(f"{b:02x}" for b in hashlib.sha1(der).digest())
        self.not_before = not_before.strftime("%Y-%m-%dT%H:%M:%S")
        self.not_after = not_after.strftime("%Y-%m-%dT%H:%M:%S")


def _name(parts):
    oids = {"C": NameOID.COUNTRY_NAME, "O": NameOID.ORGANIZATION_NAME, "CN": NameOID.COMMON_NAME}
    return x509.Name([x509.NameAttribute(oids[k], v) for k, v in parts])


def _text(parts):
    return ", ".join(f"{k}={v}" for k, v in parts)


def makeCert(subject, issuer, sans, serial, key_seed, signer_seed):
    key = ed25519.Ed25519PrivateKey.from_private_bytes(bytes([key_seed]) * 32)
    signer = ed25519.Ed25519PrivateKey.from_private_bytes(bytes([signer_seed]) * 32)
    nb = datetime.datetime(2026, 1, 1, 12, 0, 0)
    na = datetime.datetime(2027, 3, 15, 23, 59, 59)
    b = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
         .public_key(key.public_key()).serial_number(serial).not_valid_before(nb).not_valid_after(na))
    if sans:
        b = b.add_extension(x509.SubjectAlternativeName([x509.DNSName(s) for s in sans]), critical=False)
    der = b.sign(signer, None).public_bytes(serialization.Encoding.DER)
    return Cert(der, _text(subject), _text(issuer), list(sans), serial, nb, na)


def certificateMsg(chain):
    body = b"".join(len(c.der).to_bytes(3, "big") + c.der for c in chain)
    return handshakeMsg(11, len(body).to_bytes(3, "big") + body)


def fingerprints(hello, transport="t"):
    text, md5 = fpref.ja3(hello)
    return {"ja3": text, "ja3_hash": md5, "ja4": fpref.ja4(hello, transport)}


# ------------------------------------------------------------------ QUIC

V1, V2 = 0x00000001, 0x6b3343cf
_SALT = {V1: bytes.fromhex("38762cf7f55934b34d179ae6a4c80cadccbb7f0a"),
         V2: bytes.fromhex("0dede3def700a6db819381be6e269dcbf9bd2ed9")}


def _expandLabel(secret, label, length):
    full = b"tls13 " + label
    info = struct.pack(">HB", length, len(full)) + full + b"\x00"
    return hmac.new(secret, info + b"\x01", hashlib.sha256).digest()[:length]


def initialKeys(version, dcid):
    initial = hmac.new(_SALT[version], dcid, hashlib.sha256).digest()
    client = _expandLabel(initial, b"client in", 32)
    p = b"quicv2 " if version == V2 else b"quic "
    return _expandLabel(client, p + b"key", 16), _expandLabel(client, p + b"iv", 12), _expandLabel(client, p + b"hp", 16)


def varint(v):
    if v < 64:
        return bytes([v])
    if v < 16384:
        return struct.pack(">H", 0x4000 | v)
    return struct.pack(">I", 0x80000000 | v)


def cryptoFrame(offset, data):
    return b"\x06" + varint(offset) + varint(len(data)) + data


def initialPacket(version, dcid, scid, pn, frames, size=0):
    """A protected client Initial of `size` bytes (PADDING added), 4-byte packet number."""
    key, iv, hp = initialKeys(version, dcid)
    first = 0xc0 | ((1 if version == V2 else 0) << 4) | 0x03
    head = bytes([first]) + struct.pack(">I", version) + bytes([len(dcid)]) + dcid + bytes([len(scid)]) + scid + b"\x00"
    fixed = len(head) + 2 + 4 + 16
    if size > fixed + len(frames):
        frames += bytes(size - fixed - len(frames))
    head += struct.pack(">H", 0x4000 | (4 + len(frames) + 16))
    pn_offset = len(head)
    head += struct.pack(">I", pn)
    nonce = bytes(a ^ b for a, b in zip(iv, bytes(8) + struct.pack(">I", pn)))
    sealed = AESGCM(key).encrypt(nonce, frames, head)
    packet = bytearray(head + sealed)
    enc = Cipher(algorithms.AES(hp), modes.ECB()).encryptor()
    mask = enc.update(bytes(packet[pn_offset + 4:pn_offset + 20])) + enc.finalize()
    packet[0] ^= mask[0] & 0x0f
    for i in range(4):
        packet[pn_offset + i] ^= mask[1 + i]
    return bytes(packet)


def handshakeTypePacket(version, dcid, body_len):
    """A long-header Handshake packet (contents opaque to an observer) to coalesce after an Initial."""
    kind = 3 if version == V2 else 2
    return (bytes([0xc0 | kind << 4 | 0x01]) + struct.pack(">I", version) + bytes([len(dcid)]) + dcid + b"\x00"
            + varint(body_len) + bytes((i * 7) & 0xff for i in range(body_len)))


def rfc9001ClientInitial():
    """RFC 9001 Appendix A.2's protected client Initial (read from the C++ test vectors)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "protocols", "quic_rfc_vectors.h")
    text = open(path).read()
    start = text.index("kRfc9001ClientInitial =")
    end = text.index(";", start)
    return bytes.fromhex("".join(part for part in text[start:end].split('"')[1::2]))
