"""Conversation scripts: turn application exchanges into ordered TCP packets."""
from .packets import TO_CLIENT, TO_SERVER


def turns(flow, script, sizes=None, mss=1400):
    """script: [(direction, bytes)]. Each turn is segmented and then ACKed by the peer."""
    out = []
    for direction, data in script:
        out += flow.segments(direction, data, sizes, mss)
        out.append(flow.ack(1 - direction))
    return out


def cutAt(flow, direction, data, cuts):
    """Send `data` as segments split at the given offsets (relative to `data`)."""
    base = flow.send(direction, data)
    points = [0] + sorted(set(c for c in cuts if 0 < c < len(data))) + [len(data)]
    return [flow.seg(direction, base + a, b - a) for a, b in zip(points, points[1:])]


def smtp(flow, body, sender="<noreply@mail-secure.example>", rcpt="<victim@example.org>", sizes=None):
    """A complete SMTP session: banner, EHLO, envelope, DATA with `body`, QUIT."""
    script = [
        (TO_CLIENT, b"220 mx.example.org ESMTP Postfix\r\n"),
        (TO_SERVER, b"EHLO mail-secure.example\r\n"),
        (TO_CLIENT, b"250-mx.example.org\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n"),
        (TO_SERVER, f"MAIL FROM:{sender}\r\n".encode()),
        (TO_CLIENT, b"250 2.1.0 Ok\r\n"),
        (TO_SERVER, f"RCPT TO:{rcpt}\r\n".encode()),
        (TO_CLIENT, b"250 2.1.5 Ok\r\n"),
        (TO_SERVER, b"DATA\r\n"),
        (TO_CLIENT, b"354 End data with <CR><LF>.<CR><LF>\r\n"),
        (TO_SERVER, body.encode() + b"\r\n.\r\n"),
        (TO_CLIENT, b"250 2.0.0 Ok: queued as 4C1F2A0B3\r\n"),
        (TO_SERVER, b"QUIT\r\n"),
        (TO_CLIENT, b"221 2.0.0 Bye\r\n"),
    ]
    return turns(flow, script, sizes)


def conversation(flow, script, sizes=None, mss=1400):
    """Handshake, the scripted turns, orderly close."""
    return flow.handshake() + turns(flow, script, sizes, mss) + flow.close()


def phraseCuts(data, phrase, offsets):
    """Absolute offsets in `data` for segment boundaries at the given byte offsets
    inside `phrase` (so the phrase is split across segments; with Cyrillic text an
    odd offset splits a UTF-8 character)."""
    p = phrase.encode()
    at = data.find(p)
    assert at >= 0, f"{phrase!r} not in data"
    assert all(0 < o < len(p) for o in offsets)
    return [at + o for o in offsets]
