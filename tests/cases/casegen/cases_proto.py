"""Protocol cases: SMTP with MIME, HTTP, DNS and TLS fields, their
scopes and the alert context. Each case records, while it builds the wire
bytes, what a sensor must decode (casegen/appwire.py -> appmodel.AppScope);
the oracle evaluates sigs.PROTO_PACK over that and over the raw streams."""
import base64
import io
import ipaddress
import struct
import zipfile

from . import appwire as W
from . import capfile, sigs
from . import texts as T
from .capture import Capture
from .case import Case
from .packets import TO_CLIENT, TO_SERVER, Link, TcpFlow, UdpFlow

P = sigs.PROTO_PACK
SENDER = "<noreply@mail-secure.example>"
VICTIM = "<victim@victim-corp.example>"
ACCOUNTING = "<accounting@victim-corp.example>"
INVEST_PHRASE = "Guaranteed returns of 40%"


def eth():
    return Capture(Link(capfile.LINKTYPE_ETHERNET))


def crlf(text):
    """Text with bare newlines written the way mail and HTTP carry it."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b64(data):
    """Base64 body lines of 76 characters, CRLF-terminated (RFC 2045)."""
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def mail(headers, body):
    """A message: header lines and a body (bytes or str), no trailing CRLF (DATA adds it)."""
    head = "".join(f"{h}\r\n" for h in headers).encode()
    body = body.encode() if isinstance(body, str) else body
    return head + b"\r\n" + body.rstrip(b"\r\n")


def smtpSession(flow, messages, sizes=None, greeting=True):
    sc = W.Script(flow)
    if greeting:
        W.smtpGreeting(sc)
    for m in messages:
        m.script(sc, sizes=sizes)
    W.smtpQuit(sc)
    return sc


SEXTORTION_TEXT = crlf(
    "Hello!\n\n"
    "I have been watching you for a few months now. Unfortunately " + T.P_WEBCAM + "\n"
    "while you were visiting adult websites. I also have the list of your contacts.\n\n"
    "Transfer the amount to my wallet: " + T.BTC_ADDRESS + "\n")
SEXTORTION_HTML = crlf(
    "<html><body><p>Hello!</p><p>Unfortunately <b>I recorded you through your webcam</b> "
    "while you were visiting adult websites.</p></body></html>\n")


# ------------------------------------------------------------------ SMTP

def smtp_base64_multipart_nested():
    cap = eth()
    f = TcpFlow(("198.51.100.20", 51000), ("203.0.113.25", 25), isn=(11_000_000, 12_000_000))
    png = bytes(range(256)) * 3
    body = (
        b"This is a multi-part message in MIME format.\r\n\r\n"
        b"--==outer-7f3a==\r\n"
        b"Content-Type: multipart/alternative; boundary=\"alt-19c2\"\r\n\r\n"
        b"--alt-19c2\r\n"
        b"Content-Type: text/plain; charset=\"utf-8\"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + b64(SEXTORTION_TEXT.encode()) +
        b"\r\n--alt-19c2\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: BASE64\r\n\r\n"
        + b64(SEXTORTION_HTML.encode()) +
        b"\r\n--alt-19c2--\r\n\r\n"
        b"--==outer-7f3a==\r\n"
        b"Content-Type: image/png; name=\"proof.png\"\r\n"
        b"Content-Disposition: attachment; filename=\"proof.png\"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + b64(png) +
        b"\r\n--==outer-7f3a==--\r\n")
    raw = mail(["From: \"Security Department\" " + SENDER, "To: " + VICTIM, "Cc: " + ACCOUNTING,
                "Subject: Security notice", "MIME-Version: 1.0",
                "Content-Type: multipart/mixed;\r\n boundary=\"==outer-7f3a==\""], body)
    m = W.SmtpMessage(f, SENDER, [VICTIM, ACCOUNTING], raw)
    # Small DATA segments: base64 quanta and boundary lines are cut across segments.
    cap.add(smtpSession(f, [m], sizes=[97, 230, 41]).conversation())
    return Case("smtp_base64_multipart_nested",
                "One SMTP message: multipart/mixed holding a multipart/alternative (text/plain and text/html, both "
                "base64, the webcam claim in each) and a base64 PNG attachment, sent in small segments. smtp.body "
                "must see the decoded text (one alert per message although both parts match); the second RCPT TO "
                "alerts on smtp.rcpt_to with both recipients in the context.",
                cap, [(2200001, f, TO_SERVER), (2200013, f, TO_SERVER)], pack=P, scopes=[m.scope])


def smtp_quoted_printable():
    cap = eth()
    f = TcpFlow(("198.51.100.21", 51001), ("203.0.113.25", 25), isn=(13_000_000, 14_000_000))
    qp = (b"Hello!=0D=0A=0D=0AI know your secret =E2=80=94 unfortunately I recorded=20you thr=\r\n"
          b"ough your w=65bcam while you were busy. Nobody else has the video =\r\n"
          b"yet.\r\n"
          b"If you pay, the video will be deleted.=\r\n")
    raw = mail(["From: " + SENDER, "To: " + VICTIM, "Subject: Secret", "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp)
    m = W.SmtpMessage(f, SENDER, [VICTIM], raw)
    assert b"recorded you through your webcam" in b"".join(m.texts)
    cap.add(smtpSession(f, [m], sizes=[60, 7]).conversation())
    return Case("smtp_quoted_printable",
                "A quoted-printable body: the webcam claim is broken by a soft line break, an encoded space (=20) "
                "and an encoded letter (=65), with UTF-8 written as =E2=80=94; segments cut the escapes. smtp.body "
                "must match the decoded text once.",
                cap, [(2200001, f, TO_SERVER)], pack=P, scopes=[m.scope])


def smtp_rfc2047_subjects():
    cap = eth()
    f = TcpFlow(("198.51.100.22", 51002), ("203.0.113.25", 25), isn=(15_000_000, 16_000_000))
    subj = "Ваш аккаунт взломан"
    utf8_b = "=?UTF-8?B?" + base64.b64encode(subj.encode()).decode() + "?="
    cp1251 = (subj + ", оплатите").encode("cp1251")
    q = "".join("_" if c == 0x20 else chr(c) if 0x30 <= c < 0x7F and c not in (0x3D, 0x3F, 0x5F) else f"={c:02X}"
                for c in cp1251)
    cp1251_q = "=?windows-1251?Q?" + q + "?="
    # One UTF-8 byte sequence cut into two encoded words inside a two-byte letter
    # (seen from real mailers); adjacent encoded words join without the space.
    raw_bytes = "Срочно: аккаунт взломан".encode()
    cut = raw_bytes.index("взломан".encode()) + 3
    split_b = ("=?utf-8?b?" + base64.b64encode(raw_bytes[:cut]).decode() + "?=\r\n =?utf-8?b?"
               + base64.b64encode(raw_bytes[cut:]).decode() + "?=")
    messages = []
    for n, s in enumerate([utf8_b, cp1251_q, split_b, "=?UTF-8?Q?Re:_=D0=B2=D1=81=D1=82=D1=80=D0=B5=D1=87=D0=B0?="]):
        raw = mail(["From: " + SENDER, "To: " + VICTIM, "Subject: " + s, "MIME-Version: 1.0",
                    "Content-Type: text/plain; charset=utf-8"], f"Message {n + 1}.\r\n")
        messages.append(W.SmtpMessage(f, SENDER, [VICTIM], raw, note=f"subject {n + 1}"))
    assert messages[0].subject == subj and messages[1].subject.startswith(subj)
    assert messages[2].subject == "Срочно: аккаунт взломан", messages[2].subject
    cap.add(smtpSession(f, messages).conversation())
    return Case("smtp_rfc2047_subjects",
                "Four messages in one SMTP session with RFC 2047 subjects: UTF-8 B, windows-1251 Q (underscores for "
                "spaces), a UTF-8 B subject cut inside a Cyrillic letter across two folded encoded words, and a "
                "benign UTF-8 Q one. smtp.subject sees UTF-8: the first three alert, each with its decoded "
                "email.subject in the context.",
                cap, [(2200003, f, TO_SERVER)] * 3, pack=P, scopes=[m.scope for m in messages])


def smtp_cyrillic_charsets():
    cap = eth()
    f = TcpFlow(("198.51.100.23", 51003), ("203.0.113.25", 25), isn=(17_000_000, 18_000_000))
    # KOI8-R has no em dash: a plain hyphen keeps the letter the same in both charsets.
    text = crlf(T.RUSSIAN_EMAIL.replace("—", "-") + ".Точка в начале строки (dot-stuffed).\n")
    m1 = W.SmtpMessage(f, SENDER, [VICTIM], mail(
        ["From: " + SENDER, "To: " + VICTIM, "Subject: =?windows-1251?B?" +
         base64.b64encode("Видео".encode("cp1251")).decode() + "?=", "MIME-Version: 1.0",
         "Content-Type: text/plain; charset=windows-1251", "Content-Transfer-Encoding: 8bit"],
        text.encode("cp1251")), note="windows-1251 8bit")
    m2 = W.SmtpMessage(f, SENDER, [VICTIM], mail(
        ["From: " + SENDER, "To: " + VICTIM, "Subject: Video", "MIME-Version: 1.0",
         "Content-Type: text/plain; charset=\"KOI8-R\"", "Content-Transfer-Encoding: base64"],
        b64(text.encode("koi8_r"))), note="koi8-r base64")
    for m in (m1, m2):
        assert T.P_RU_VIDEO.encode() in b"".join(m.texts)
    cap.add(smtpSession(f, [m1, m2], sizes=[333]).conversation())
    return Case("smtp_cyrillic_charsets",
                "The same Russian extortion letter twice in one session: windows-1251 8bit (with a dot-stuffed "
                "line), then KOI8-R in base64. Neither is UTF-8 on the wire; one UTF-8 caseless signature on "
                "smtp.body must match both after charset conversion.",
                cap, [(2200002, f, TO_SERVER)] * 2, pack=P, scopes=[m1.scope, m2.scope])


def smtp_subject_and_body_condition():
    cap = eth()
    f = TcpFlow(("198.51.100.24", 51004), ("203.0.113.25", 587), isn=(19_000_000, 20_000_000))
    hdr = lambda subject: ["From: " + SENDER, "To: " + VICTIM, "Subject: " + subject,  # noqa: E731
                           "Content-Type: text/plain; charset=us-ascii"]
    msgs = [
        ("Your device was hacked", "Send the money to " + T.BTC_ADDRESS + " today.", "subject + address: alerts"),
        ("Invoice 2291", "Please pay invoice 2291 to " + T.BTC_ADDRESS + ".", "address only"),
        ("Your account has been hacked", "Change your password now.", "subject only"),
        ("Weekly contest", "You have 48 hours to enter the draw.\r\nTo unsubscribe, reply STOP.",
         "deadline in a newsletter (not unsub)"),
        ("Last warning", "You have 48 hours to pay. After that the video goes public.", "deadline: alerts at end"),
    ]
    messages = [W.SmtpMessage(f, SENDER, [VICTIM], mail(hdr(s), b), note=n) for s, b, n in msgs]
    cap.add(smtpSession(f, messages).conversation())
    return Case("smtp_subject_and_body_condition",
                "Five messages in one session. Signature 2200004 needs its subject pattern (smtp.subject) AND a "
                "bitcoin address (smtp.body) in the same message: only the first message has both. Signature "
                "2200014 is 'deadline and not unsub': the newsletter that has an unsubscribe line after the "
                "deadline must stay silent (decided at the end of the message), the last message alerts.",
                cap, [(2200004, f, TO_SERVER), (2200014, f, TO_SERVER)], pack=P,
                scopes=[m.scope for m in messages])


def smtp_pipelining_bdat_forwarded():
    cap = eth()
    f = TcpFlow(("198.51.100.25", 51005), ("203.0.113.25", 25), isn=(27_000_000, 28_000_000))
    qp_inner = (b"Hi,=0D=0A=0D=0Aunfortunately I recorded you through your w=\r\n"
                b"ebcam. Pay or else.\r\n")
    forwarded = (
        b"This is a forwarded message.\r\n"
        b"--fwd-8d1\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Look at what I received, is this real?\r\n"
        b"--fwd-8d1\r\n"
        b"Content-Type: message/rfc822\r\n\r\n"
        b"From: " + SENDER.encode() + b"\r\nTo: " + VICTIM.encode() + b"\r\nSubject: Secret\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + qp_inner +
        b"\r\n--fwd-8d1--\r\n")
    subj = "Fwd: Ваш аккаунт взломан, срочно"
    b = subj.encode()
    folded = ("=?UTF-8?B?" + base64.b64encode(b[:20]).decode() + "?=\r\n\t=?UTF-8?B?"
              + base64.b64encode(b[20:]).decode() + "?=")
    m1 = W.SmtpMessage(f, "<colleague@victim-corp.example>", [ACCOUNTING], mail(
        ["From: <colleague@victim-corp.example>", "To: " + ACCOUNTING, "Subject: " + folded, "MIME-Version: 1.0",
         "Content-Type: multipart/mixed; boundary=fwd-8d1"], forwarded), note="pipelined, forwarded rfc822")
    assert m1.subject == subj, m1.subject
    assert b"recorded you through your webcam" in b"".join(m1.texts)
    m2 = W.SmtpMessage(f, SENDER, [VICTIM], mail(
        ["From: " + SENDER, "To: " + VICTIM, "Subject: Last warning", "Content-Type: text/plain"],
        crlf("You have 48 hours to pay.\n" + "Unfortunately " + T.P_WEBCAM + ".\n")), note="BDAT chunks")
    sc = W.smtpGreeting(W.Script(f))
    m1.script(sc, mode="pipelined", sizes=[200])
    m2.script(sc, mode="bdat", bdat_chunks=[70, 23])
    W.smtpQuit(sc)
    cap.add(sc.conversation())
    return Case("smtp_pipelining_bdat_forwarded",
                "One session, two messages. The first uses PIPELINING (MAIL, RCPT and DATA in one segment, the "
                "replies in one) and forwards the extortion mail as a message/rfc822 part whose text is "
                "quoted-printable; its subject is two folded UTF-8 encoded words. The second is sent with BDAT in "
                "five chunks (a header line and the phrase cross chunk boundaries). Every field alerts in its own "
                "message.",
                cap, [(2200001, f, TO_SERVER), (2200003, f, TO_SERVER), (2200013, f, TO_SERVER),
                      (2200001, f, TO_SERVER), (2200014, f, TO_SERVER)], pack=P, scopes=[m1.scope, m2.scope])


def smtp_starttls_ends_inspection():
    cap = eth()
    text = crlf("Unfortunately " + T.P_WEBCAM + ".\n")
    flows, scopes, expect = [], [], []
    for i, mode in enumerate(["accepted", "refused", "none"]):
        f = TcpFlow((f"198.51.100.{30 + i}", 52000 + i), ("203.0.113.25", 25), isn=(21_000_000 + i, 22_000_000 + i))
        sc = W.smtpGreeting(W.Script(f))
        if mode != "none":
            sc.say(TO_SERVER, b"STARTTLS\r\n")
            sc.say(TO_CLIENT, b"220 2.0.0 Ready to start TLS\r\n" if mode == "accepted"
                   else b"454 4.7.0 TLS not available due to local problem\r\n")
        m = W.SmtpMessage(f, SENDER, [VICTIM], mail(["From: " + SENDER, "To: " + VICTIM, "Subject: hi"], text))
        m.script(sc)
        W.smtpQuit(sc)
        cap.add(sc.conversation())
        if mode != "accepted":
            scopes.append(m.scope)
            expect.append((2200001, f, TO_SERVER))
        flows.append(f)
    return Case("smtp_starttls_ends_inspection",
                "Three SMTP sessions send the same message in clear text. In the first the server accepted "
                "STARTTLS (220): what follows is taken as TLS and must not be inspected, so the message after it "
                "must not alert. In the second STARTTLS is refused (454) and in the third never asked: both alert.",
                cap, expect, pack=P, scopes=scopes,
                protocols={"protocol_starttls_total{smtp}": {"eq": 1}})


def smtp_odd_port():
    cap = eth()
    text = crlf("Unfortunately " + T.P_WEBCAM + ".\n")
    f1 = TcpFlow(("198.51.100.40", 53000), ("203.0.113.26", 2626), isn=(23_000_000, 24_000_000))
    f2 = TcpFlow(("198.51.100.41", 53001), ("203.0.113.26", 10025), isn=(25_000_000, 26_000_000))
    scopes = []
    for f, banner in ((f1, b"220 relay.example ESMTP Exim 4.96 ready\r\n"), (f2, b"220 relay.example ready\r\n")):
        sc = W.smtpGreeting(W.Script(f), banner=banner)
        m = W.SmtpMessage(f, SENDER, [VICTIM], mail(["From: " + SENDER, "To: " + VICTIM, "Subject: hi"], text))
        m.script(sc)
        W.smtpQuit(sc)
        cap.add(sc.conversation())
        scopes.append(m.scope)
    return Case("smtp_odd_port",
                "SMTP on ports that are not configured for SMTP: 2626 with a banner naming ESMTP, and 10025 with a "
                "banner that does not (the client's EHLO tells). Detected by content, both messages alert on "
                "smtp.body with app_proto smtp.",
                cap, [(2200001, f1, TO_SERVER), (2200001, f2, TO_SERVER)], pack=P, scopes=scopes)


# ------------------------------------------------------------------ HTTP

UA = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/118.0")


def httpFlow(flow, txns, pipelined=False, req_sizes=None, resp_sizes=None):
    sc = W.Script(flow)
    if pipelined:
        reqs = b"".join(t.request for t in txns)
        sc.say(TO_SERVER, reqs, lambda off: [t.requestPlaced(off + sum(len(u.request) for u in txns[:i]))
                                             for i, t in enumerate(txns)], sizes=req_sizes)
        resps = b"".join(t.response for t in txns)
        sc.say(TO_CLIENT, resps, lambda off: [t.responsePlaced(off + sum(len(u.response) for u in txns[:i]))
                                              for i, t in enumerate(txns)], sizes=resp_sizes)
    else:
        for t in txns:
            sc.say(TO_SERVER, t.request, t.requestPlaced, sizes=req_sizes)
            sc.say(TO_CLIENT, t.response, t.responsePlaced, sizes=resp_sizes)
    return sc


def http_gzip_chunked_response():
    cap = eth()
    f = TcpFlow(("198.51.100.50", 54000), ("203.0.113.80", 80), isn=(31_000_000, 32_000_000))
    t = W.HttpTxn(f, "GET", "/invest/plans.html", [("Host", "www.CryptoMax-Capital.example"), UA,
                                                   ("Accept-Encoding", "gzip, deflate")])
    t.respond(200, T.INVESTMENT_PAGE.encode() * 3, encoding="gzip", chunk_sizes=[100, 37, 512])
    cap.add(httpFlow(f, [t], resp_sizes=[150]).conversation())
    return Case("http_gzip_chunked_response",
                "A scam page served gzip-compressed AND chunked (one chunk carries an extension), cut into small "
                "segments. http.response_body must be de-chunked and inflated: it alerts with status 200 and the "
                "request's url, method and hostname (lowercased) in the context; http.host alerts on the request. "
                "The compressed stream itself must not match the stream signature.",
                cap, [(2200009, f, TO_SERVER), (2200005, f, TO_CLIENT)], pack=P, scopes=[t.scope])


def http_deflate_response():
    cap = eth()
    f = TcpFlow(("198.51.100.51", 54001), ("203.0.113.80", 80), isn=(33_000_000, 34_000_000))
    t1 = W.HttpTxn(f, "GET", "/offer?src=mail", [("Host", "offers.example"), UA])
    t1.respond(200, T.INVESTMENT_PAGE.encode(), encoding="deflate")
    t2 = W.HttpTxn(f, "GET", "/offer/page2", [("Host", "offers.example"), UA])
    t2.respond(200, T.INVESTMENT_PAGE.replace("40%", "60%").encode(), encoding="deflate-raw")
    cap.add(httpFlow(f, [t1, t2], resp_sizes=[90]).conversation())
    return Case("http_deflate_response",
                "Two transactions on one keep-alive connection, both 'Content-Encoding: deflate': the first "
                "zlib-wrapped (RFC 1950, as the standard says), the second raw deflate (as some servers send). Each "
                "response body alerts once, with its own request's url.",
                cap, [(2200005, f, TO_CLIENT)] * 2, pack=P, scopes=[t1.scope, t2.scope])


def http_form_post_webmail():
    cap = eth()
    f = TcpFlow(("198.51.100.52", 54002), ("203.0.113.81", 80), isn=(35_000_000, 36_000_000))
    body = (b"to=victim%40victim-corp.example&subject=Your+secret&body=Hello%2C%0D%0AI+know+what+you+did."
            b"+Pay+me+0.15+BTC+within+2+days%2C+or+else.&send=Send")
    t = W.HttpTxn(f, "POST", "/mail/compose.php?action=send",
                  [("Host", "webmail.example"), UA, ("Content-Type", "application/x-www-form-urlencoded")], body)
    t.respond(200, b"<html><body>Message sent.</body></html>")
    at = t.request.index(b"0.15")
    req_cuts = [len(t.request) - len(body) + body.index(b"%2C") + 1, at + 2]   # inside an escape; in the number
    sc = W.Script(f)
    sc.say(TO_SERVER, t.request, t.requestPlaced, cuts=req_cuts)
    sc.say(TO_CLIENT, t.response, t.responsePlaced)
    cap.add(sc.conversation())
    return Case("http_form_post_webmail",
                "A webmail compose form POSTed as application/x-www-form-urlencoded: '+' for spaces and %XX "
                "escapes, one escape cut across segments. http.request_body is url-decoded, so the payment demand "
                "matches; the context carries method POST, the url as sent and the hostname.",
                cap, [(2200007, f, TO_SERVER)], pack=P, scopes=[t.scope])


def http_pipelined_requests():
    cap = eth()
    f = TcpFlow(("198.51.100.53", 54003), ("203.0.113.82", 80), isn=(37_000_000, 38_000_000))
    host = [("Host", "wallet-check.example"), UA]
    t1 = W.HttpTxn(f, "GET", "/wallet/%76erify?id=7", host, uri="/wallet/verify?id=7")
    t1.respond(200, b"<html>Enter your seed phrase</html>")
    t2 = W.HttpTxn(f, "GET", "/account/..//wallet//verify?id=8", host, uri="/wallet/verify?id=8")
    t2.respond(403, ("<p>" + INVEST_PHRASE.replace("40", "55") + "</p>").encode())
    t3 = W.HttpTxn(f, "GET", "/static/app.js", host)
    t3.respond(404, b"not found")
    cap.add(httpFlow(f, [t1, t2, t3], pipelined=True).conversation())
    return Case("http_pipelined_requests",
                "Three GET requests pipelined in one segment, then their three responses in one segment. The first "
                "two URIs normalise to /wallet/verify (a %76 escape; '..' and '//'): each alerts on http.uri with "
                "its own url. Only the second response (403) carries the scam phrase (plain, so the stream signature "
                "matches too): its body alert must name the second url and status 403, so responses are paired "
                "with requests in order.",
                cap, [(2200008, f, TO_SERVER), (2200008, f, TO_SERVER), (2200005, f, TO_CLIENT),
                      (2200006, f, TO_CLIENT)], pack=P, scopes=[t1.scope, t2.scope, t3.scope])


def http_odd_port():
    cap = eth()
    f = TcpFlow(("198.51.100.54", 54004), ("203.0.113.83", 8888), isn=(39_000_000, 40_000_000))
    t = W.HttpTxn(f, "GET", "/", [("Host", "CryptoMax-Capital.example:8888"), UA])
    t.respond(200, T.INVESTMENT_PAGE.encode())
    cap.add(httpFlow(f, [t]).conversation())
    return Case("http_odd_port",
                "HTTP on port 8888, which is not configured for HTTP: found by content. http.host (port stripped, "
                "lowercased) and the plain response body alert with app_proto http; the plain body also matches "
                "the stream signature (the twin of the body signature, so it is alive).",
                cap, [(2200009, f, TO_SERVER), (2200005, f, TO_CLIENT), (2200006, f, TO_CLIENT)], pack=P,
                scopes=[t.scope])


def http_compressed_body_not_in_stream():
    cap = eth()
    fz = TcpFlow(("198.51.100.55", 54005), ("203.0.113.84", 80), isn=(41_000_000, 42_000_000))
    fp = TcpFlow(("198.51.100.56", 54006), ("203.0.113.84", 80), isn=(43_000_000, 44_000_000))
    tz = W.HttpTxn(fz, "GET", "/", [("Host", "invest.example"), UA, ("Accept-Encoding", "gzip")])
    tz.respond(200, T.INVESTMENT_PAGE.encode(), encoding="gzip")
    tp = W.HttpTxn(fp, "GET", "/", [("Host", "invest.example"), UA])
    tp.respond(200, T.INVESTMENT_PAGE.encode())
    cap.add(httpFlow(fz, [tz]).conversation(), httpFlow(fp, [tp]).conversation())
    return Case("http_compressed_body_not_in_stream",
                "The same scam page twice: gzip-compressed, then plain. The body signature alerts on both; its "
                "stream twin only on the plain one, because the stream field carries the wire bytes and the "
                "decompressed text must not leak into it.",
                cap, [(2200005, fz, TO_CLIENT), (2200005, fp, TO_CLIENT), (2200006, fp, TO_CLIENT)], pack=P,
                scopes=[tz.scope, tp.scope])


def http_decompression_bomb():
    cap = eth()
    f = TcpFlow(("198.51.100.57", 54007), ("203.0.113.85", 80), isn=(45_000_000, 46_000_000))
    host = [("Host", "bomb.example"), UA, ("Accept-Encoding", "gzip")]
    t1 = W.HttpTxn(f, "GET", "/big", host)
    # 64 MiB of zeros, then the phrase: far beyond any inflate cap a sensor may have
    # (the shipped one is 4 MiB), so what can be inspected is zeros only.
    t1.respond(200, bytes(64 << 20) + INVEST_PHRASE.encode(), encoding="gzip", inspected=bytes(4096))
    t2 = W.HttpTxn(f, "GET", "/after", host)
    t2.respond(200, T.INVESTMENT_PAGE.encode(), encoding="gzip")
    cap.add(httpFlow(f, [t1, t2]).conversation())
    return Case("http_decompression_bomb",
                "A gzip response of about 64 KiB that inflates to 64 MiB of zeros followed by the scam phrase: it "
                "must be cut at the inflate cap and counted as a decompression bomb, without alerting. The next "
                "transaction on the same connection is inspected normally and alerts with its own url.",
                cap, [(2200005, f, TO_CLIENT)], pack=P, scopes=[t1.scope, t2.scope],
                protocols={"protocol_decompression_bombs_total{http}": {"eq": 1}})


def http_malformed_mixed_with_good():
    cap = eth()
    fb = TcpFlow(("198.51.100.58", 54008), ("203.0.113.86", 80), isn=(47_000_000, 48_000_000))
    fg = TcpFlow(("198.51.100.59", 54009), ("203.0.113.86", 80), isn=(49_000_000, 50_000_000))
    host = [("Host", "wallet-check.example"), UA]
    # A request whose Content-Length is not a number: servers refuse it without reading a body.
    bad = W.HttpTxn(fb, "POST", "/upload", host + [("Content-Length", "12abc")], note="malformed request")
    bad.respond(400, b"bad request")
    after = W.HttpTxn(fb, "GET", "/wallet/verify?id=9", host, note="after the malformed one")
    after.respond(200, b"ok")
    good = W.HttpTxn(fg, "GET", "/wallet/verify?id=10", host)
    good.respond(200, b"ok")

    sb = W.Script(fb)
    sb.say(TO_SERVER, bad.request)
    sb.say(TO_CLIENT, bad.response, bad.responsePlaced)
    sb.say(TO_SERVER, after.request, after.requestPlaced)
    sb.say(TO_CLIENT, after.response, after.responsePlaced)
    pb = sb.conversation()
    pg = httpFlow(fg, [good]).conversation()
    # Interleave the two connections packet by packet.
    mixed = [p for pair in zip(pb, pg) for p in pair] + pb[len(pg):] + pg[len(pb):]
    cap.add(mixed)
    return Case("http_malformed_mixed_with_good",
                "Two interleaved connections. One sends a request with 'Content-Length: 12abc' (counted as "
                "http_invalid_content_length; the request has no body, as servers refuse it), gets a 400, then "
                "sends a good request on the same connection: that one is read as a request of its own and alerts "
                "on http.uri. The other connection is clean and alerts as usual.",
                cap, [(2200008, fb, TO_SERVER), (2200008, fg, TO_SERVER)], pack=P,
                scopes=[bad.scope, after.scope, good.scope],
                protocols={"protocol_anomalies_total{http_invalid_content_length}": {"eq": 1},
                           "protocol_anomalies_total{http_parse_error}": {"eq": 0}})


def http_suricata_buffers():
    cap = eth()
    f = TcpFlow(("198.51.100.58", 54010), ("203.0.113.88", 80), isn=(47_000_000, 48_000_000))
    t = W.HttpTxn(f, "GET", "/kit/../login.php?acct=%41%42",
                  [("Host", "bank-secure.example"), UA, ("X-Kit", "1"), ("Cookie", "lang=en"),
                   ("Accept-Language", "ru-RU"), ("cookie", "kit_session=7f3a"), ("X-Kit", "2")])
    t.respond(302, b"moved", headers=[("Location", "http://bank-secure.example/kit/landing.html"),
                                      ("Set-Cookie", "kit_session=7f3a; Path=/")])
    # A second transaction whose cookie, target and header order are clean: no alert.
    t2 = W.HttpTxn(f, "GET", "/login.php", [("Host", "bank-secure.example"), UA, ("Cookie", "lang=en")])
    t2.respond(200, b"<html>login</html>")
    cap.add(httpFlow(f, [t, t2], req_sizes=[40]).conversation())
    return Case("http_suricata_buffers",
                "Suricata's HTTP buffers, each on its own signature: http.cookie (two Cookie headers merged into "
                "one value with \", \"), http.uri.raw (the traversal as sent; http.uri has it removed), "
                "http.header_names (X-Kit then Cookie, names once each in first-sent order) and a response "
                "signature on http.stat_code and http.location together. The request is cut into 40-byte "
                "segments. The second transaction matches none of them.",
                cap, [(2200018, f, TO_SERVER), (2200019, f, TO_SERVER), (2200017, f, TO_SERVER),
                      (2200020, f, TO_CLIENT)], pack=P, scopes=[t.scope, t2.scope])


# ------------------------------------------------------------------ DNS

def dns_udp_queries():
    cap = eth()
    f = UdpFlow(("198.51.100.60", 40001), ("192.0.2.53", 53))
    loop = W.dnsMessage(0x1000, [b"\x03www\xc0\x0c"])                   # a pointer to itself: a loop
    q1 = "login.scam-wallet.example"
    # Second question: "cdn" + a pointer to "scam-wallet.example" inside the first one.
    two = W.dnsMessage(0x1001, [W.dnsLabels(q1), b"\x03cdn\xc0" + bytes([12 + 6])])
    answer = (b"\xc0\x0c" + b"\x00\x01\x00\x01\x00\x00\x0e\x10\x00\x04" + bytes([192, 0, 2, 99]))
    resp = W.dnsMessage(0x1001, [W.dnsLabels(q1)], response=True, answers=answer, ancount=1)
    benign = W.dnsMessage(0x1002, [W.dnsLabels("www.example.org")])
    lookalike = W.dnsMessage(0x1003, [W.dnsLabels("scam-wallet.example.org")])
    upper = W.dnsMessage(0x1004, [W.dnsLabels("PAY.Scam-Wallet.EXAMPLE")])
    off = UdpFlow(("198.51.100.61", 40002), ("192.0.2.54", 5300))
    offq = W.dnsMessage(0x2000, [W.dnsLabels("scam-wallet.example")])

    pkts = [f.datagram(TO_SERVER, loop), f.datagram(TO_SERVER, two), f.datagram(TO_CLIENT, resp),
            f.datagram(TO_SERVER, benign), f.datagram(TO_SERVER, lookalike), f.datagram(TO_SERVER, upper),
            off.datagram(TO_SERVER, offq)]
    cap.add(pkts)
    scopes = [W.dnsAnswered(W.dnsQueryScope(f, [q1, "cdn.scam-wallet.example"], ("udp", two)),
                            [q1, "192.0.2.99"], ("udp", resp)),
              W.dnsQueryScope(f, ["www.example.org"], ("udp", benign)),
              W.dnsQueryScope(f, ["scam-wallet.example.org"], ("udp", lookalike)),
              W.dnsQueryScope(f, ["pay.scam-wallet.example"], ("udp", upper)),
              W.dnsQueryScope(off, ["scam-wallet.example"], ("udp", offq))]
    return Case("dns_udp_queries",
                "DNS over UDP. On port 53: first a query whose name is a compression-pointer loop (counted, "
                "skipped; the flow stays DNS), then a two-question query whose second name is 'cdn' plus a "
                "pointer into the first (both names alert; dns.rrname is the first), its response (same id and "
                "first question: it joins the query's scope with its answer in dns.answer), a benign query, a look-alike suffix, and a mixed-case name (lowercased). On port 5300 "
                "a standard query is recognised by its shape.",
                cap, [(2200010, f, TO_SERVER), (2200011, f, TO_SERVER), (2200010, f, TO_SERVER),
                      (2200010, off, TO_SERVER)], pack=P, scopes=scopes,
                protocols={"protocol_anomalies_total{dns_bad_pointer}": {"eq": 1}})


def dns_tcp_queries():
    cap = eth()
    f = TcpFlow(("198.51.100.62", 40003), ("192.0.2.53", 53), isn=(51_000_000, 52_000_000))
    names = ["www.example.org", "wallet.scam-wallet.example", "cdn.scam-wallet.example"]
    msgs = [W.dnsMessage(0x3000 + i, [W.dnsLabels(n)]) for i, n in enumerate(names)]
    framed = [len(m).to_bytes(2, "big") + m for m in msgs]
    scopes = []

    def placed(base, i):
        start = base + sum(len(x) for x in framed[:i])
        scopes.append(W.dnsQueryScope(f, [names[i]], (TO_SERVER, start, start + len(framed[i]))))

    sc = W.Script(f)
    # Two messages in one segment, the third with its length prefix cut after one byte.
    first = framed[0] + framed[1]
    sc.say(TO_SERVER, first, lambda off: [placed(off, 0), placed(off, 1)])
    sc.say(TO_SERVER, framed[2], lambda off: placed(off - len(first), 2), cuts=[1, 9])
    resp = W.dnsMessage(0x3001, [W.dnsLabels(names[1])], response=True,
                        answers=b"\xc0\x0c\x00\x01\x00\x01\x00\x00\x0e\x10\x00\x04\xc0\x00\x02\x63", ancount=1)
    framed_resp = len(resp).to_bytes(2, "big") + resp
    sc.say(TO_CLIENT, framed_resp, lambda off: W.dnsAnswered(
        scopes[1], [names[1], "192.0.2.99"], (TO_CLIENT, off, off + len(framed_resp))))
    cap.add(sc.conversation())
    return Case("dns_tcp_queries",
                "DNS over TCP (two-byte length framing): two queries in one segment, a third whose length prefix "
                "is cut after its first byte, and the response to the second (it joins that query's scope). The "
                "two scam-wallet names alert on dns.query, each in its own query scope.",
                cap, [(2200010, f, TO_SERVER), (2200010, f, TO_SERVER), (2200011, f, TO_SERVER)], pack=P,
                scopes=scopes)


# ------------------------------------------------------------------ SMTP attachments

PHRASE_LURE = "Enter your wallet recovery phrase"
WALLET_PAGE = ("<html><body><h1>Wallet security check</h1><p>Your wallet was flagged for unusual activity. "
               + PHRASE_LURE + " below within 24 hours to keep access.</p><input name=\"seed\"></body></html>\n")


def _zip(name, data, method):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 6)), data, compress_type=method)
    return buf.getvalue()


def _attachmentMail(attachment_headers, encoded, text="Please find the verification form attached."):
    body = (b"--att-5e1d\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + text.encode() + b"\r\n"
            b"--att-5e1d\r\n" + attachment_headers + b"\r\n" + encoded + b"\r\n--att-5e1d--\r\n")
    return mail(["From: \"Wallet Support\" " + SENDER, "To: " + VICTIM, "Subject: Action required",
                 "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"att-5e1d\""], body)


def smtp_attachment_base64_zip():
    cap = eth()
    f = TcpFlow(("198.51.100.23", 51003), ("203.0.113.25", 25), isn=(17_100_000, 17_200_000))
    page = WALLET_PAGE.encode()
    stored = _zip("verify-wallet.html", page, zipfile.ZIP_STORED)
    deflated = _zip("verify-wallet.html", page, zipfile.ZIP_DEFLATED)
    assert page in stored and PHRASE_LURE.encode() not in deflated
    phish = _attachmentMail(b"Content-Type: application/zip; name=\"verify-wallet.zip\"\r\n"
                            b"Content-Disposition: attachment; filename=\"verify-wallet.zip\"\r\n"
                            b"Content-Transfer-Encoding: base64\r\n", b64(stored))
    packed = _attachmentMail(b"Content-Type: application/zip\r\n"
                             b"Content-Disposition: attachment; filename*=utf-8''verify%2Dwallet.zip\r\n"
                             b"Content-Transfer-Encoding: base64\r\n", b64(deflated))
    m1 = W.SmtpMessage(f, SENDER, [VICTIM], phish, note="stored zip")
    m2 = W.SmtpMessage(f, SENDER, [VICTIM], packed, note="deflated zip")
    assert m1.attachments == [stored] and m2.attachments == [deflated]
    cap.add(smtpSession(f, [m1, m2], sizes=[97, 230, 41]).conversation())
    return Case("smtp_attachment_base64_zip",
                "Two SMTP messages in one session, each a text part plus a base64 application/zip attachment "
                "holding an HTML page that asks for the wallet recovery phrase. The first zip stores the page "
                "uncompressed: smtp.attachment (the decoded attachment bytes) shows the phrase and alerts. The "
                "second zip deflates it: the phrase is not in the attachment's bytes and nothing alerts.",
                cap, [(2200015, f, TO_SERVER)], pack=P, scopes=[m1.scope, m2.scope])


def smtp_attachment_malformed_base64():
    cap = eth()
    f = TcpFlow(("198.51.100.24", 51004), ("203.0.113.25", 25), isn=(17_300_000, 17_400_000))
    plain = ("%PDF-1.4\n% Wallet verification form\n1 0 obj << /Title (Security check) >> endobj\n% "
             + PHRASE_LURE + " to unlock your funds.\n%%EOF\n").encode()
    # Cut the data inside the phrase into blocks whose lengths are not multiples of 3, encode each
    # with its own padding (padding in the middle), drop the final padding, and sprinkle characters
    # outside the alphabet: mail clients still show the document, and so must smtp.attachment.
    at = plain.index(PHRASE_LURE.encode())
    first = next(at + k for k in range(5, 9) if (at + k) % 3 != 0)
    cuts = [first, first + 13]
    assert all(c % 3 != 0 for c in (cuts[0], cuts[1] - cuts[0]))
    blocks = [plain[:cuts[0]], plain[cuts[0]:cuts[1]], plain[cuts[1]:]]
    encoded = b"".join(base64.b64encode(b) for b in blocks).rstrip(b"=")
    assert encoded.count(b"=") >= 2
    noisy = b"".join(encoded[i:i + 19] + b"*" for i in range(0, len(encoded), 19))
    wire = b"\r\n".join(noisy[i:i + 70] for i in range(0, len(noisy), 70)) + b"\r\n"
    raw = _attachmentMail(b"Content-Type: application/pdf\r\n"
                          b"Content-Disposition: attachment; filename=\"=?utf-8?q?wallet_check.pdf?=\"\r\n"
                          b"Content-Transfer-Encoding: base64\r\n", wire, text="See the attached form.")
    m = W.SmtpMessage(f, SENDER, [VICTIM], raw, attachments=[plain])
    cap.add(smtpSession(f, [m], sizes=[120, 33]).conversation())
    return Case("smtp_attachment_malformed_base64",
                "A base64 PDF attachment encoded the sloppy way some mailers and spam tools do: three separately "
                "padded blocks cut inside the lure phrase, no final padding, and '*' junk characters every 19 "
                "characters. Decoded as mail clients do (junk skipped, decoding goes on after padding, the "
                "unpadded tail kept), smtp.attachment holds the whole document and the phrase alerts; the "
                "malformed base64 is counted once.",
                cap, [(2200015, f, TO_SERVER)], pack=P, scopes=[m.scope],
                protocols={"protocol_anomalies_total{mime_bad_base64}": {"eq": 1}})


# ------------------------------------------------------------------ DNS answers

def _dnsMsg(qid, qname, qtype, response=False, answers=(), rcode=0, tail=b""):
    """qname: a name or encoded bytes; answers: encoded records (W.dnsRecord)."""
    q = W.dnsLabels(qname) if isinstance(qname, str) else qname
    flags = (0x8180 | rcode) if response else 0x0100
    return (struct.pack(">HHHHHH", qid, flags, 1, len(answers), 0, 0) + q + struct.pack(">HH", qtype, 1)
            + b"".join(answers) + tail)


def dns_forward_pointer():
    cap = eth()
    f = UdpFlow(("198.51.100.63", 40004), ("192.0.2.53", 53))
    name = "login.scam-wallet.example"
    # The question's name is a pointer forward to offset 18, just past QTYPE/QCLASS, where the
    # labels follow. Legal (RFC 1035 only asks for an offset in the message); resolvers accept it.
    query = _dnsMsg(0x5000, b"\xc0\x12", 1, tail=W.dnsLabels(name))
    assert len(query) > 18 and query[18:] == W.dnsLabels(name)
    # Response: a CNAME whose target is a pointer forward to the next record's owner name.
    first_at = 12 + len(W.dnsLabels(name)) + 4
    second_at = first_at + 2 + 10 + 2
    edge = "edge.drainer-infra.example"
    answers = [W.dnsRecord(b"\xc0\x0c", 5, struct.pack(">H", 0xC000 | second_at)),
               W.dnsRecord(W.dnsLabels(edge), 1, bytes([203, 0, 113, 66]))]
    resp = _dnsMsg(0x5000, name, 1, response=True, answers=answers)
    assert resp[second_at:second_at + len(W.dnsLabels(edge))] == W.dnsLabels(edge)
    cap.add([f.datagram(TO_SERVER, query), f.datagram(TO_CLIENT, resp)])
    scopes = [W.dnsAnswered(W.dnsQueryScope(f, [name], ("udp", query)), [name, edge, edge, "203.0.113.66"],
                            ("udp", resp))]
    return Case("dns_forward_pointer",
                "DNS compression pointers that point forward: a query whose question name is a pointer to labels "
                "stored after the question (dns.query alerts on the scam-wallet name), and its response whose "
                "CNAME target points forward to the next record's owner name (dns.answer alerts on the "
                "drainer-infra target and address). The response joins its query's scope, which alerts once per "
                "signature; nothing is counted as a bad pointer.",
                cap, [(2200010, f, TO_SERVER), (2200016, f, TO_CLIENT)], pack=P, scopes=scopes,
                protocols={"protocol_anomalies_total{dns_bad_pointer}": {"eq": 0}})


def dns_answers_all_types():
    cap = eth()
    f = UdpFlow(("198.51.100.64", 40005), ("192.0.2.53", 53))
    Q = b"\xc0\x0c"                      # the question name
    bad4, bad6 = bytes([203, 0, 113, 66]), ipaddress.IPv6Address("2001:db8:bad::66").packed
    soa = (W.dnsLabels("ns.drainer-infra.example") + W.dnsLabels("hostmaster.wallet-app.example")
           + struct.pack(">IIIII", 2024010101, 3600, 600, 86400, 300))
    txt = b"v=spf1 include:_spf.drainer-infra.example -all"
    # (query name, qtype, [(owner text, type, rdata, rdata text)]): rdata text is what dns.answer
    # must show ("" for a type recorded without rdata).
    exchanges = [
        ("api.wallet-app.example", 1, [(None, 1, bad4, str(ipaddress.IPv4Address(bad4)))]),
        ("api.wallet-app.example", 28, [(None, 28, bad6, str(ipaddress.IPv6Address(bad6)))]),
        ("static.wallet-app.example", 1, [(None, 5, W.dnsLabels("cdn.drainer-infra.example"),
                                           "cdn.drainer-infra.example"),
                                          ("cdn.drainer-infra.example", 1, bytes([192, 0, 2, 77]), "192.0.2.77")]),
        ("wallet-app.example", 15, [(None, 15, struct.pack(">H", 10) + W.dnsLabels("mx1.drainer-infra.example"),
                                     "mx1.drainer-infra.example")]),
        ("wallet-app.example", 2, [(None, 2, W.dnsLabels("ns1.drainer-infra.example"), "ns1.drainer-infra.example")]),
        ("66.113.0.203.in-addr.arpa", 12, [(None, 12, W.dnsLabels("host.drainer-infra.example"),
                                             "host.drainer-infra.example")]),
        ("wallet-app.example", 16, [(None, 16, bytes([len(txt)]) + txt, txt.decode())]),
        ("wallet-app.example", 6, [(None, 6, soa, "ns.drainer-infra.example")]),
        ("wallet-app.example", 65280, [(None, 65280, b"drainer-infra.example", "")]),   # private type: no rdata
        ("www.example.org", 1, [(None, 1, bytes([192, 0, 2, 10]), "192.0.2.10")]),
    ]
    pkts, scopes, expect = [], [], []
    for i, (qname, qtype, records) in enumerate(exchanges):
        qid = 0x6000 + i
        query = _dnsMsg(qid, qname, qtype)
        answers, values = [], []
        for owner, rtype, rdata, text in records:
            answers.append(W.dnsRecord(Q if owner is None else W.dnsLabels(owner), rtype, rdata))
            values += [qname if owner is None else owner, text]
        resp = _dnsMsg(qid, qname, qtype, response=True, answers=answers)
        pkts += [f.datagram(TO_SERVER, query), f.datagram(TO_CLIENT, resp)]
        scopes.append(W.dnsAnswered(W.dnsQueryScope(f, [qname], ("udp", query)), values, ("udp", resp)))
        if any("drainer-infra" in v or v in ("203.0.113.66", "2001:db8:bad::66") for v in values if v):
            expect.append((2200016, f, TO_CLIENT))
    # An NXDOMAIN without answers ends its query's scope; a response whose query was not
    # captured is a scope of its own.
    nx_q = _dnsMsg(0x6100, "gone.drainer-infra.example", 1)
    nx = _dnsMsg(0x6100, "gone.drainer-infra.example", 1, response=True, rcode=3)
    lone = _dnsMsg(0x6200, "lost.wallet-app.example", 1, response=True,
                   answers=[W.dnsRecord(Q, 1, bad4)])
    pkts += [f.datagram(TO_SERVER, nx_q), f.datagram(TO_CLIENT, nx), f.datagram(TO_CLIENT, lone)]
    scopes.append(W.dnsAnswered(W.dnsQueryScope(f, ["gone.drainer-infra.example"], ("udp", nx_q)), [], ("udp", nx)))
    scopes.append(W.dnsResponseScope(f, "lost.wallet-app.example", ["lost.wallet-app.example", "203.0.113.66"],
                                     ("udp", lone)))
    expect.append((2200016, f, TO_CLIENT))
    cap.add(pkts)
    assert len(expect) == 9
    return Case("dns_answers_all_types",
                "DNS queries and their responses over UDP, one answer type each: A, AAAA, CNAME (then A), MX, NS, "
                "PTR, TXT, SOA, a private type (65280, recorded without rdata: the name inside its rdata must not "
                "alert) and a benign A. dns.answer carries owner names and rdata in presentation form (dotted / "
                "RFC 5952 addresses, names, TXT text, the SOA primary server). Each response joins its query's "
                "scope; every one naming the drainer infrastructure alerts once, to_client. An NXDOMAIN ends its "
                "query's scope; a response whose query is not in the capture is a scope of its own and alerts too.",
                cap, expect, pack=P, scopes=scopes)


# ------------------------------------------------------------------ TLS

def tls_sni_split_segments():
    cap = eth()
    specs = [
        ("198.51.100.70", 443, "secure.wallet-verify.example", None, "sni"),        # segment cut inside the name
        ("198.51.100.71", 443, "wallet-verify.example", 120, "record"),             # hello in two records
        ("198.51.100.72", 443, "wallet-verify.example.net", None, "sni"),           # look-alike: no alert
        ("198.51.100.73", 8443, "Login.Wallet-Verify.Example", None, "sni"),        # odd port, mixed case
    ]
    scopes, expect = [], []
    for i, (ip, port, sni, record_cut, where) in enumerate(specs):
        f = TcpFlow((ip, 55000 + i), ("203.0.113.90", port), isn=(53_000_000 + i, 54_000_000 + i))
        hello = W.clientHello(sni, seed=i + 1)
        records = W.tlsRecords(hello, cut=record_cut)
        if where == "sni":
            at = records.index(sni.encode())
            cuts = [at + len(sni) // 2]
        else:
            second = 5 + record_cut
            cuts = [second + 2, second + 5 + 3]      # inside the second record header, then just after it
        sc = W.Script(f)
        sc.say(TO_SERVER, records, lambda off, f=f, sni=sni, n=len(records): scopes.append(
            W.tlsScope(f, sni.lower(), off, n)), cuts=cuts)
        server_hello = (b"\x02\x00\x00\x2e\x03\x03" + bytes(range(32)) + b"\x00\x13\x01\x00"
                        + b"\x00\x06\x00\x2b\x00\x02\x03\x04")
        sc.say(TO_CLIENT, b"\x16\x03\x03" + len(server_hello).to_bytes(2, "big") + server_hello)
        sc.say(TO_SERVER, b"\x17\x03\x03\x00\x20" + bytes(range(100, 132)))
        cap.add(sc.conversation())
        if "wallet-verify.example" in sni.lower() and not sni.lower().endswith(".net"):
            expect.append((2200012, f, TO_SERVER))
    return Case("tls_sni_split_segments",
                "TLS ClientHellos whose SNI must be read although the hello is split: across two TCP segments "
                "inside the server name, and across two TLS records with segments cut inside the second record "
                "header. A look-alike name must not alert; on port 8443 TLS is found by content and the name is "
                "lowercased.",
                cap, expect, pack=P, scopes=scopes)


CASES = [smtp_base64_multipart_nested, smtp_quoted_printable, smtp_rfc2047_subjects, smtp_cyrillic_charsets,
         smtp_subject_and_body_condition, smtp_pipelining_bdat_forwarded, smtp_starttls_ends_inspection,
         smtp_odd_port,
         http_gzip_chunked_response, http_deflate_response, http_form_post_webmail, http_pipelined_requests,
         http_odd_port, http_compressed_body_not_in_stream, http_decompression_bomb, http_malformed_mixed_with_good,
         http_suricata_buffers,
         dns_udp_queries, dns_tcp_queries, tls_sni_split_segments,
         smtp_attachment_base64_zip, smtp_attachment_malformed_base64, dns_forward_pointer, dns_answers_all_types]
