"""Application payloads for the rule cases: HTTP/1.1, DNS, TLS ClientHello, SMTP.

Each builder returns the bytes one side sends; the texts are written for this
project. Defaults look like an ordinary browser exchange so that a case only
differs from plain traffic where it means to.
"""
import base64
import struct

DEFAULT_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0"


def httpRequest(method="GET", target="/index.html", host="www.example.com", headers=None, body=b"",
                ua=DEFAULT_UA):
    """headers: list of (name, value) after Host and User-Agent. A body gets a Content-Length."""
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}"]
    if ua is not None:
        lines.append(f"User-Agent: {ua}")
    lines += [f"{n}: {v}" for n, v in (headers or [])]
    if body:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def httpResponse(status=200, reason="OK", headers=None, body=b"<html><body>ok</body></html>\n",
                 ctype="text/html; charset=utf-8"):
    lines = [f"HTTP/1.1 {status} {reason}", "Server: nginx/1.22.1", f"Content-Type: {ctype}"]
    lines += [f"{n}: {v}" for n, v in (headers or [])]
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _dnsName(name):
    out = b""
    for label in name.rstrip(".").split("."):
        out += bytes([len(label)]) + label.encode("ascii")
    return out + b"\0"


def dnsQuery(name, txid, qtype=1):
    """A standard recursive query for one name (type A by default)."""
    return struct.pack(">HHHHHH", txid, 0x0100, 1, 0, 0, 0) + _dnsName(name) + struct.pack(">HH", qtype, 1)


def dnsResponse(name, txid, address="203.0.113.80"):
    """The answer to dnsQuery(name): one A record, name compressed to the question."""
    question = _dnsName(name) + struct.pack(">HH", 1, 1)
    answer = struct.pack(">HHHIH", 0xC00C, 1, 1, 300, 4) + bytes(int(x) for x in address.split("."))
    return struct.pack(">HHHHHH", txid, 0x8180, 1, 1, 0, 0) + question + answer


def tlsClientHello(sni, seed=1):
    """A TLS 1.2-style ClientHello record carrying server_name (and a few common extensions)."""
    random = bytes((seed * 37 + i * 11) & 0xFF for i in range(32))
    suites = [0x1301, 0x1302, 0xC02B, 0xC02F, 0xC02C, 0xC030, 0x009C, 0x002F]
    host = sni.encode("ascii")
    server_name = struct.pack(">HBH", len(host) + 3, 0, len(host)) + host
    exts = struct.pack(">HH", 0, len(server_name)) + server_name
    groups = struct.pack(">HHH", 4, 0x001D, 0x0017)
    exts += struct.pack(">HH", 10, len(groups)) + groups
    alpn_list = b"\x02h2\x08http/1.1"
    alpn = struct.pack(">H", len(alpn_list)) + alpn_list
    exts += struct.pack(">HH", 16, len(alpn)) + alpn
    body = struct.pack(">H", 0x0303) + random + b"\x00"
    body += struct.pack(">H", 2 * len(suites)) + b"".join(struct.pack(">H", s) for s in suites)
    body += b"\x01\x00" + struct.pack(">H", len(exts)) + exts
    handshake = b"\x01" + struct.pack(">I", len(body))[1:] + body
    return b"\x16\x03\x01" + struct.pack(">H", len(handshake)) + handshake


def tlsServerHello(seed=2):
    random = bytes((seed * 53 + i * 7) & 0xFF for i in range(32))
    body = struct.pack(">H", 0x0303) + random + b"\x00" + struct.pack(">H", 0xC02F) + b"\x00" + b"\x00\x00"
    handshake = b"\x02" + struct.pack(">I", len(body))[1:] + body
    return b"\x16\x03\x03" + struct.pack(">H", len(handshake)) + handshake


def emailMessage(subject, body_text, attachment=None, sender="alice@example.org", rcpt="bob@example.net"):
    """An RFC 5322 message; with attachment=(filename, bytes) a multipart/mixed one
    whose attachment is base64-encoded (what a mail client sends)."""
    head = [f"From: <{sender}>", f"To: <{rcpt}>", f"Subject: {subject}",
            "Date: Tue, 26 May 2020 10:00:00 +0000", "Message-ID: <case-0001@example.org>",
            "MIME-Version: 1.0"]
    if attachment is None:
        head.append("Content-Type: text/plain; charset=us-ascii")
        return ("\r\n".join(head) + "\r\n\r\n" + body_text + "\r\n").encode("ascii")
    filename, data = attachment
    boundary = "----=_part_0001"
    encoded = base64.b64encode(data).decode("ascii")
    encoded = "\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))
    head.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
    parts = [f"--{boundary}", "Content-Type: text/plain; charset=us-ascii", "", body_text,
             f"--{boundary}", f'Content-Type: application/octet-stream; name="{filename}"',
             "Content-Transfer-Encoding: base64", f'Content-Disposition: attachment; filename="{filename}"',
             "", encoded, f"--{boundary}--"]
    return ("\r\n".join(head) + "\r\n\r\n" + "\r\n".join(parts) + "\r\n").encode("ascii")


def smtpSession(conv, message, sender="alice@example.org", rcpt="bob@example.net"):
    """Plays a whole SMTP session on a TcpConversation (server speaks first)."""
    conv.toClient(b"220 mx.example.net ESMTP ready\r\n")
    conv.toServer(b"EHLO client.example.org\r\n")
    conv.toClient(b"250-mx.example.net\r\n250-SIZE 10485760\r\n250 8BITMIME\r\n")
    conv.toServer(f"MAIL FROM:<{sender}>\r\n".encode())
    conv.toClient(b"250 2.1.0 Ok\r\n")
    conv.toServer(f"RCPT TO:<{rcpt}>\r\n".encode())
    conv.toClient(b"250 2.1.5 Ok\r\n")
    conv.toServer(b"DATA\r\n")
    conv.toClient(b"354 End data with <CR><LF>.<CR><LF>\r\n")
    conv.toServer(message + b".\r\n")
    conv.toClient(b"250 2.0.0 Ok: queued as 4AB12\r\n")
    conv.toServer(b"QUIT\r\n")
    conv.toClient(b"221 2.0.0 Bye\r\n")
