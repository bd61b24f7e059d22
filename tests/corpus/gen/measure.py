#!/usr/bin/env python3
"""Generalisation test of the shipped packs on the generated corpus.

Generates the corpus (generate.py, deterministic), keeps one half (default:
held-out), writes every item as real traffic into one pcap (its own client
address per item):
  mail  SMTP dialogue; body base64 / quoted-printable / 8bit, charset utf-8,
        windows-1251 or koi8-r, RFC 2047 subject, optional text/html part
  post  webmail/API submission: POST with a form-encoded, JSON or
        multipart/form-data body holding subject and message
  page  GET of an HTML page showing the text, gzip and/or chunked
runs `tapwatch scan`, and reports recall (scam items with an alert of a scam
category) and false positives (benign items with any alert) per family, per
language, per channel and per obfuscation. Exit 1 when recall < --min-recall
or the false-positive rate > --max-fp-rate, 2 on errors.

usage: measure.py --tapwatch BIN [--signatures DIR] [--split heldout|dev|all] [--work DIR]
       measure.py --pcap-only OUT.pcap [--split ...]
       --batch base|extra|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|tuning|all (default all;
       tuning = all but the seventh, the eighth, the ninth, the tenth, the eleventh and the twelfth)

The fourth batch (round 5, fourth_batch.py) is not in generate.generate():
it is appended here only, so tools that walk the generated dev half
(margin.py) never see it. Its texts are never printed (ids only, either
half, and ids only in --batch fourth runs) unless --show-fourth-texts is
given: it is the blind held-out batch. The fifth batch (round 6,
fifth_batch.py) is handled the same way (--batch fifth, --show-fifth-texts),
and so is the sixth (round 7, sixth_batch.py: --batch sixth,
--show-sixth-texts), the seventh (round 8, seventh_batch.py: a mailing
list archive; --batch seventh, --show-seventh-texts), the eighth (round 9,
eighth_batch.py: user-help, community and non-English list archives;
--batch eighth, --show-eighth-texts), the ninth (round 10,
ninth_batch.py: bulk-sender spintax scam and open-source project lists;
--batch ninth, --show-ninth-texts) and the tenth (round 11,
tenth_batch.py: old-school 419 letters and the lists of genealogists,
parishes, clubs, co-operatives, probate practitioners and aid volunteers;
--batch tenth, --show-tenth-texts) and the eleventh (round 12,
eleventh_batch.py: job, parcel, tech-support, shop, loan, romance and
crypto scams in Russian, the region's languages, Turkish, English and
German, by mail, post and page, and look-alikes of the same worlds;
--batch eleventh, --show-eleventh-texts) and the twelfth (round 14,
twelfth_batch.py: a 2020s spam folder, blackmail in all its variants and
every other family, in French, Spanish, German, English, Russian, Turkish
and the region's languages as people type them, some lures in a text
attachment, and look-alikes of the same worlds; --batch twelfth,
--show-twelfth-texts).
"""
import argparse
import base64
import collections
import gzip
import html
import json
import os
import quopri
import re
import struct
import subprocess
import sys
import tempfile
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import eighth_batch  # noqa: E402
import eleventh_batch  # noqa: E402
import fifth_batch  # noqa: E402
import fourth_batch  # noqa: E402
import generate  # noqa: E402
import ninth_batch  # noqa: E402
import seventh_batch  # noqa: E402
import sixth_batch  # noqa: E402
import tenth_batch  # noqa: E402
import twelfth_batch  # noqa: E402

# The bar issue 17 sets for the held-out half; --min-recall / --max-fp-rate default to it.
BAR_RECALL = 0.95
BAR_FP_RATE = 1 / 2000
SCAM_CATEGORIES = {"sextortion", "blackmail", "scam", "fraud", "money-laundering"}
MSS = 1400
T0 = 1700000000


# ---------------------------------------------------------------- payloads

def encodedWord(text, charset):
    if all(ord(c) < 128 for c in text):
        return text
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset, 'replace')).decode()}?="


def encodeBody(text, charset, cte, qp_break_words=None):
    if qp_break_words and cte == "quoted-printable":
        # Fifth batch: keywords broken by soft line breaks on the wire (fifth_batch.qpEncodeBreaking).
        return fifth_batch.qpEncodeBreaking(text, charset, qp_break_words)
    raw = text.replace("\n", "\r\n").encode(charset, "replace")
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


ATTACH_COVER = "Please see the attached file."


def htmlParagraphs(text):
    # quote=False: text nodes keep their apostrophes (Uzbek o' and g'), as most sites write them.
    return "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in text.split("\n\n"))


def address(name, addr):
    """A mailbox with its display name (RFC 2047 when the name is not ASCII, quoted when it has specials)."""
    if not name:
        return f"<{addr}>"
    if not all(ord(c) < 128 for c in name):
        return f"{encodedWord(name, 'utf-8')} <{addr}>"
    return f"\"{name}\" <{addr}>" if re.search(r"[()<>,;:.@\[\]\"]", name) else f"{name} <{addr}>"


def headerLines(item, index):
    """The header of a sixth-batch mail (item["headers"], sixth_batch.scamHeaders / hamHeaders): Received,
    From with a display name, Reply-To, To, Date, Message-ID, a mailer and list headers, as a real mail
    carries them. Earlier batches have no item["headers"] and keep their fixed lines."""
    h, charset = item["headers"], item["charset"]
    lines = [f"Received: {r}" for r in h.get("received", [])]
    lines.append(f"From: {address(h.get('from_name'), h['from'])}")
    if h.get("reply_to"):
        lines.append(f"Reply-To: {h['reply_to']}")
    to = h.get("to") or f"<user{index}@example.org>"
    lines += [f"To: {to}", f"Subject: {encodedWord(item['subject'], charset)}", f"Date: {h['date']}",
              f"Message-ID: {h['msgid']}"]
    if h.get("mailer"):
        lines.append(f"X-Mailer: {h['mailer']}")
    lines += [f"{k}: {v}" for k, v in h.get("extra", [])]
    lines.append("MIME-Version: 1.0")
    return lines


def mailExchanges(item, index):
    charset, cte = item["charset"], item["cte"]
    lines = [f"From: <sender{index}@mail.example.net>", f"To: <user{index}@example.org>",
             f"Subject: {encodedWord(item['subject'], charset)}", f"Date: Tue, 14 Nov 2023 22:13:{index % 60:02d} +0000",
             f"Message-ID: <gen-{index}@mail.example>", "MIME-Version: 1.0"]
    if item.get("headers"):
        lines = headerLines(item, index)
    envelope = item["headers"].get("envelope", item["headers"]["from"]) if item.get("headers") else f"sender{index}@mail.example.net"
    part = f"Content-Type: text/plain; charset=\"{charset}\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode() + \
        encodeBody(item.get("text_part", item["body"]), charset, cte, item.get("qp_break_words"))
    # Third batch: the HTML part may carry its own markup (item["html"]: entities, words split by tags).
    hpart = f"Content-Type: text/html; charset=\"{charset}\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode() + \
        encodeBody(f"<html><body>\n{item.get('html') or htmlParagraphs(item['body'])}</body></html>\n", charset, cte)
    if item.get("footer_part"):
        msg = listFooterMessage(item, lines, part, hpart, index)
    elif item.get("html_only"):
        msg = ("\r\n".join(lines) + "\r\n").encode() + hpart
    elif item.get("attach"):
        # Third batch: the text travels as a .txt attachment behind a one-line cover note.
        cover = f"Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n{ATTACH_COVER}\r\n"
        att = (f"Content-Type: text/plain; charset=\"{charset}\"; name=\"message.txt\"\r\n"
               f"Content-Disposition: attachment; filename=\"message.txt\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n").encode() + \
            encodeBody(item["body"], charset, cte, item.get("qp_break_words"))
        if item.get("attach_name"):
            # Sixth batch: its own cover note, file name, and the letter as text/plain or text/html.
            cover = "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + \
                base64.encodebytes(item.get("cover", ATTACH_COVER).encode()).decode().replace("\n", "\r\n")
            name = item["attach_name"]
            if item.get("attach_type") == "html":
                content = f"<html><head><meta charset=\"{charset}\"></head><body>\n{item.get('html') or htmlParagraphs(item['body'])}</body></html>\n"
                att = (f"Content-Type: text/html; charset=\"{charset}\"; name=\"{name}\"\r\n"
                       f"Content-Disposition: attachment; filename=\"{name}\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n").encode() + \
                    encodeBody(content, charset, cte)
            else:
                att = (f"Content-Type: text/plain; charset=\"{charset}\"; name=\"{name}\"\r\n"
                       f"Content-Disposition: attachment; filename=\"{name}\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n").encode() + \
                    encodeBody(item["body"], charset, cte, item.get("qp_break_words"))
        boundary = f"----=_Mixed_{index}_gen"
        lines.append(f"Content-Type: multipart/mixed; boundary=\"{boundary}\"")
        msg = ("\r\n".join(lines) + "\r\n\r\n").encode()
        for p in (cover.encode(), att):
            msg += f"--{boundary}\r\n".encode() + p + b"\r\n"
        msg += f"--{boundary}--\r\n".encode()
    elif item.get("html_alt"):
        boundary = f"----=_Part_{index}_gen"
        lines.append(f"Content-Type: multipart/alternative; boundary=\"{boundary}\"")
        msg = ("\r\n".join(lines) + "\r\n\r\n").encode()
        for p in (part, hpart):
            msg += f"--{boundary}\r\n".encode() + p + b"\r\n"
        msg += f"--{boundary}--\r\n".encode()
    else:
        msg = ("\r\n".join(lines) + "\r\n").encode() + part
    if not msg.endswith(b"\r\n"):
        msg += b"\r\n"
    msg = re.sub(rb"(?m)^\.", b"..", msg)
    return [("s", b"220 mx.example.org ESMTP\r\n"), ("c", b"EHLO client.example.net\r\n"),
            ("s", b"250-mx.example.org\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"),
            ("c", f"MAIL FROM:<{envelope}>\r\n".encode()), ("s", b"250 2.1.0 Ok\r\n"),
            ("c", f"RCPT TO:<user{index}@example.org>\r\n".encode()), ("s", b"250 2.1.5 Ok\r\n"),
            ("c", b"DATA\r\n"), ("s", b"354 End data with <CR><LF>.<CR><LF>\r\n"), ("c", msg + b".\r\n"),
            ("s", b"250 2.0.0 Ok: queued\r\n"), ("c", b"QUIT\r\n"), ("s", b"221 2.0.0 Bye\r\n")]


def listFooterMessage(item, lines, part, hpart, index):
    """Seventh batch: a multipart post as list software delivers it, the list's footer in a text/plain part
    of its own after the post (the post's HTML part, or its text and HTML alternatives, wrapped in
    multipart/mixed)."""
    if item.get("html_only"):
        inner = hpart
    else:
        alt = f"----=_Part_{index}_gen"
        inner = f"Content-Type: multipart/alternative; boundary=\"{alt}\"\r\n\r\n".encode()
        for p in (part, hpart):
            inner += f"--{alt}\r\n".encode() + p + b"\r\n"
        inner += f"--{alt}--\r\n".encode()
    # A footer in the list's own script (the eighth batch's Russian list) travels as UTF-8, 8bit.
    ascii_footer = item["footer_part"].isascii()
    footer = (f"Content-Type: text/plain; charset=\"{'us-ascii' if ascii_footer else 'utf-8'}\"\r\n"
              f"Content-Transfer-Encoding: {'7bit' if ascii_footer else '8bit'}\r\n"
              "Content-Disposition: inline\r\n\r\n" + item["footer_part"].replace("\n", "\r\n") + "\r\n").encode()
    mixed = f"===============_{index}_list=="
    msg = ("\r\n".join(lines + [f"Content-Type: multipart/mixed; boundary=\"{mixed}\""]) + "\r\n\r\n").encode()
    for p in (inner, footer):
        msg += f"--{mixed}\r\n".encode() + p + b"\r\n"
    return msg + f"--{mixed}--\r\n".encode()


def postExchanges(item, index):
    fmt = item["post_format"]
    fields = {"to": f"user{index}@example.org", "subject": item["subject"], "message": item["body"]}
    if item.get("html"):
        fields["message"] = item["html"]  # third batch: a rich-text editor posts the message as HTML
    if fmt == "upload":
        # Third batch: the text uploaded as a .txt attachment of a webmail draft, beside a one-line message.
        boundary = f"----WebKitFormBoundary{index:08d}att"
        fields["message"] = ATTACH_COVER
        body = b"".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n".encode() + v.encode() + b"\r\n"
                        for k, v in fields.items())
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"letter.txt\"\r\n"
                 "Content-Type: text/plain; charset=utf-8\r\n\r\n").encode() + item["body"].encode() + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        ctype = f"multipart/form-data; boundary={boundary}"
        path = "/compose/attach"
    elif fmt == "form":
        body = urllib.parse.urlencode(fields).encode()
        ctype = "application/x-www-form-urlencoded"
        path = "/mail/compose/send"
    elif fmt == "json":
        body = json.dumps({"draft": fields, "action": "send"}, ensure_ascii=False).encode()
        ctype = "application/json"
        path = "/api/v1/messages"
    else:
        boundary = f"----WebKitFormBoundary{index:08d}gen"
        body = b"".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n".encode() + v.encode() + b"\r\n"
                        for k, v in fields.items()) + f"--{boundary}--\r\n".encode()
        ctype = f"multipart/form-data; boundary={boundary}"
        path = "/compose"
    req = (f"POST {path} HTTP/1.1\r\nHost: webmail{index % 7}.example.com\r\nUser-Agent: Mozilla/5.0\r\n"
           f"Content-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
    return [("c", req), ("s", b"HTTP/1.1 302 Found\r\nLocation: /\r\nContent-Length: 0\r\n\r\n")]


def pageExchanges(item, index):
    page = (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(item['subject'])}</title></head>"
            f"<body>\n<h1>{html.escape(item['subject'])}</h1>\n{item.get('html') or htmlParagraphs(item['body'])}</body></html>\n").encode()
    req = (f"GET /p/{index} HTTP/1.1\r\nHost: site{index % 11}.example.com\r\nUser-Agent: Mozilla/5.0\r\n"
           "Accept-Encoding: gzip\r\n\r\n").encode()
    body = gzip.compress(page, mtime=0) if item.get("gzip") else page
    head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
    if item.get("gzip"):
        head += "Content-Encoding: gzip\r\n"
    if item.get("chunked"):
        chunks = b"".join(b"%x\r\n" % len(body[i:i + 900]) + body[i:i + 900] + b"\r\n" for i in range(0, len(body), 900))
        resp = (head + "Transfer-Encoding: chunked\r\n\r\n").encode() + chunks + b"0\r\n\r\n"
    else:
        resp = (head + f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    return [("c", req), ("s", resp)]


# ---------------------------------------------------------------- pcap (no scapy: fast, deterministic)

def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ip4(a):
    return bytes(int(x) for x in a.split("."))


class PcapWriter:
    def __init__(self, f):
        self.f = f
        self.t = T0 * 1000000
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))

    def tcp(self, src, dst, sport, dport, seq, ack, flags, payload=b""):
        tcph = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF, 5 << 4, flags, 64240, 0, 0)
        pseudo = src + dst + struct.pack("!BBH", 0, 6, len(tcph) + len(payload))
        csum = checksum(pseudo + tcph + payload)
        tcph = tcph[:16] + struct.pack("!H", csum) + tcph[18:]
        iph = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcph) + len(payload), 0, 0x4000, 64, 6, 0, src, dst)
        iph = iph[:10] + struct.pack("!H", checksum(iph)) + iph[12:]
        frame = b"\x02\0\0\0\0\x02\x02\0\0\0\0\x01\x08\x00" + iph + tcph + payload
        self.t += 500
        self.f.write(struct.pack("<IIII", int(self.t // 1000000), int(self.t % 1000000), len(frame), len(frame)) + frame)

    def flow(self, cip, sip, cport, sport, exchanges, seed):
        c, s = ip4(cip), ip4(sip)
        cseq, sseq = 100000 + seed * 7919, 900000 + seed * 104729
        SYN, ACK, PSH, FIN = 0x02, 0x10, 0x08, 0x01
        self.tcp(c, s, cport, sport, cseq - 1, 0, SYN)
        self.tcp(s, c, sport, cport, sseq - 1, cseq, SYN | ACK)
        self.tcp(c, s, cport, sport, cseq, sseq, ACK)
        for who, data in exchanges:
            for off in range(0, len(data), MSS):
                seg = data[off:off + MSS]
                if who == "c":
                    self.tcp(c, s, cport, sport, cseq, sseq, PSH | ACK, seg)
                    cseq += len(seg)
                else:
                    self.tcp(s, c, sport, cport, sseq, cseq, PSH | ACK, seg)
                    sseq += len(seg)
            if who == "c":
                self.tcp(s, c, sport, cport, sseq, cseq, ACK)
            else:
                self.tcp(c, s, cport, sport, cseq, sseq, ACK)
        self.tcp(c, s, cport, sport, cseq, sseq, FIN | ACK)
        self.tcp(s, c, sport, cport, sseq, cseq + 1, FIN | ACK)
        self.tcp(c, s, cport, sport, cseq + 1, sseq + 1, ACK)


def clientIp(index):
    return f"10.{80 + index // 50000}.{(index // 200) % 250}.{index % 200 + 10}"


def buildPcap(items, path):
    with open(path, "wb") as f:
        w = PcapWriter(f)
        for i, item in enumerate(items):
            ch = item["channel"]
            ex = mailExchanges(item, i) if ch == "mail" else postExchanges(item, i) if ch == "post" else pageExchanges(item, i)
            server = {"mail": ("198.51.100.25", 25), "post": ("198.51.100.81", 80), "page": ("198.51.100.80", 80)}[ch]
            w.flow(clientIp(i), server[0], 20000 + i % 40000, server[1], ex, i)


class ScanFailed(Exception):
    pass


def scanItems(tapwatch, signatures, items, work=None, cache_dir=None, extra=(), timeout=1800):
    """Writes `items` as traffic (buildPcap), runs `tapwatch scan` over it (1 worker, alerts only) and
    returns, per item, the alert events raised on its flow (each item has its own client address).
    `extra` adds command-line arguments (e.g. --set outputs.eve.alert_context=true). Raises ScanFailed
    with the command and its output when the scan fails."""
    with tempfile.TemporaryDirectory(prefix="tapwatch-gen-") as tmp:
        work = work or tmp
        os.makedirs(work, exist_ok=True)
        pcap, eve = os.path.join(work, "generated.pcap"), os.path.join(work, "eve.json")
        buildPcap(items, pcap)
        cmd = [tapwatch, "scan", pcap, "-s", os.path.abspath(signatures), "-o", eve, "--no-progress",
               "--workers", "1", "--types", "alert", *extra]
        if cache_dir:
            cmd += ["--set", f"signatures.cache_dir={cache_dir}"]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0:
            raise ScanFailed(f"tapwatch scan failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stdout}{proc.stderr}")
        by_ip = {clientIp(i): i for i in range(len(items))}
        events = [[] for _ in items]
        with open(eve, encoding="utf-8") as f:
            for line in f:
                ev = json.loads(line) if line.strip() else {}
                if ev.get("event_type") != "alert":
                    continue
                i = by_ip.get(ev.get("src_ip"), by_ip.get(ev.get("dest_ip")))
                if i is not None:
                    events[i].append(ev)
    return events


# ---------------------------------------------------------------- scoring

def table(title, rows, key, hits, label):
    groups = collections.defaultdict(list)
    for i, it in enumerate(rows):
        groups[key(it)].append(i)
    out = []
    for g in sorted(groups):
        idx = groups[g]
        n = len(idx)
        k = sum(1 for i in idx if hits[i])
        out.append((g, n, k))
    print(f"\n{title}")
    if label == "scam":
        print(f"  {'':<16} {'items':>6} {'detected':>9} {'recall':>7}")
        for g, n, k in out:
            print(f"  {g:<16} {n:>6} {k:>9} {k / n:>7.3f}")
    else:
        print(f"  {'':<16} {'items':>6} {'alerted':>9} {'fp rate':>8}")
        for g, n, k in out:
            print(f"  {g:<16} {n:>6} {k:>9} {k / n:>8.4f}")


def mailPackaging(item):
    if item["channel"] == "post" and item.get("post_format") == "upload":
        return "post/upload"
    if item["channel"] != "mail":
        return item["channel"]
    if item.get("html_only"):
        return "mail/html-only"
    if item.get("attach"):
        return "mail/attachment"
    return f"mail/{item['charset']}"


def sixthPackaging(item):
    """mailPackaging, with the sixth batch's attachment types and page kinds told apart."""
    p = mailPackaging(item)
    if p == "mail/attachment" and item.get("attach_type"):
        return f"mail/attachment-{item['attach_type']}"
    if p == "post":
        return f"post/{item.get('post_format', '-')}"
    if p == "page" and item.get("page_kind"):
        return f"page/{item['page_kind']}"
    return p


def seventhPackaging(item):
    """The MIME structure of a seventh-batch mail and where the list put its footer."""
    shape = "html-only" if item.get("html_only") else "alternative" if item.get("html_alt") else "plain"
    return f"{shape}/footer-{item.get('footer', '-')}"


def seventhTables(srows, shits, hrows, hhits, batch="seventh"):
    """Recall and false positives of the seventh batch (a list archive) by the classes it is built from; the
    eighth batch (other kinds of list archive) is built from the same classes."""
    s = [(it, h) for it, h in zip(srows, shits) if it["batch"] == batch]
    b = [(it, h) for it, h in zip(hrows, hhits) if it["batch"] == batch]
    common = (("charset", lambda it: it.get("charset", "-")), ("transfer encoding", lambda it: it.get("cte", "-")),
              ("MIME structure and footer", seventhPackaging), ("list", lambda it: it.get("list", "-")),
              ("Reply-To", lambda it: it.get("reply_to", "-")), ("From rewritten by the list", lambda it: str(it.get("munged", "-"))))
    for title, key in (("family", lambda it: it["family"]), ("language", lambda it: it["lang"]),
                       ("scenario (theme)", lambda it: it.get("theme", "-")), ("shape", lambda it: it.get("shape", "-")),
                       ("sender (From) kind", lambda it: it.get("from_kind", "-")),
                       ("sum written as", lambda it: it.get("amount_style", "-"))) + common:
        table(f"{batch} batch: recall by {title}", [it for it, _ in s], key, [h for _, h in s], "scam")
    for title, key in (("kind", lambda it: it["family"]), ("language", lambda it: it["lang"]), ("form", lambda it: it.get("shape", "-")),
                       ("pasted scam's language", lambda it: it.get("paste_lang", "-")),
                       ("sender (From) kind", lambda it: it.get("from_kind", "-"))) + common:
        table(f"{batch} batch: false positives by {title}", [it for it, _ in b], key, [h for _, h in b], "benign")


def twelfthTables(srows, shits, hrows, hhits):
    """The seventh batch's tables for the twelfth, and the classes it adds: channel, disguise, markup, the
    keyboard the text was typed on, the lure in an attachment."""
    seventhTables(srows, shits, hrows, hhits, "twelfth")
    s = [(it, h) for it, h in zip(srows, shits) if it["batch"] == "twelfth"]
    b = [(it, h) for it, h in zip(hrows, hhits) if it["batch"] == "twelfth"]
    for title, key in (("channel", lambda it: it["channel"]), ("disguise", lambda it: it["obfuscation"]),
                       ("markup", lambda it: it.get("markup", "-")), ("keyboard", lambda it: it.get("keyboard", "-")),
                       ("attachment", lambda it: it.get("attach_kind", "-"))):
        table(f"twelfth batch: recall by {title}", [it for it, _ in s], key, [h for _, h in s], "scam")
    for title, key in (("channel", lambda it: it["channel"]), ("keyboard", lambda it: it.get("keyboard", "-"))):
        table(f"twelfth batch: false positives by {title}", [it for it, _ in b], key, [h for _, h in b], "benign")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tapwatch")
    ap.add_argument("--signatures", default=os.path.join(HERE, "..", "..", "..", "signatures"))
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default="heldout")
    ap.add_argument("--batch", choices=["base", "extra", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                                        "eleventh", "twelfth", "tuning", "all"],
                    default="all",
                    help="base = the first 1,012 scam and 4,210 benign items (the set the bar was set on); "
                         "extra = round 3's second batch (scam_extra.py, ham_extra.py); "
                         "third = round 4's blind batch (scam_third.py, ham_third.py, third_batch.py); "
                         "fourth = round 5's blind batch (scam_fourth.py, ham_fourth.py, fourth_batch.py); "
                         "fifth = round 6's blind batch (scam_fifth.py, ham_fifth.py, fifth_batch.py); "
                         "sixth = round 7's blind batch (scam_sixth*.py, ham_sixth*.py, sixth_batch.py); "
                         "seventh = round 8's blind batch, a mailing list archive (scam_seventh*.py, ham_seventh*.py, "
                         "seventh_batch.py); eighth = round 9's blind batch, user-help, community and non-English list "
                         "archives (scam_eighth*.py, ham_eighth*.py, eighth_batch.py); ninth = round 10's blind batch, bulk-sender "
                         "spintax scam and open-source project lists (scam_ninth*.py, ham_ninth*.py, ninth_batch.py); tenth = round "
                         "11's blind batch, old-school 419 letters and genealogy, parish, club, co-operative, probate and aid "
                         "lists (scam_tenth*.py, ham_tenth*.py, tenth_batch.py); eleventh = round 12's blind batch, "
                         "job, parcel, tech-support, shop, loan, romance and crypto scams in Russian and the region's languages "
                         "by mail, post and page, and look-alikes of the same worlds (scam_eleventh*.py, ham_eleventh*.py, "
                         "eleventh_batch.py); twelfth = round 14's blind batch, a 2020s spam folder with blackmail in all its "
                         "variants in French, Spanish, German, English, Russian, Turkish and the region's languages, and "
                         "look-alikes of the same worlds (scam_twelfth*.py, ham_twelfth*.py, twelfth_batch.py); tuning = every "
                         "batch but the six newest blind ones (the seventh to the twelfth), what a tuner may measure; all = "
                         "every batch")
    ap.add_argument("--show-fourth-texts", action="store_true",
                    help="also print texts of fourth-batch items (dev half, with -v or misses); off by default: the batch is blind")
    ap.add_argument("--show-fifth-texts", action="store_true",
                    help="also print texts of fifth-batch items (dev half, with -v or misses); off by default: the batch is blind")
    ap.add_argument("--show-sixth-texts", action="store_true",
                    help="also print texts of sixth-batch items (dev half, with -v or misses); off by default: the batch is blind")
    ap.add_argument("--show-seventh-texts", action="store_true",
                    help="also print texts of seventh-batch items (dev half, with -v or misses); off by default: the batch is blind")
    ap.add_argument("--show-eighth-texts", action="store_true",
                    help="also print texts of eighth-batch items (dev half, with -v or misses); off by default: the batch is blind")
    ap.add_argument("--show-ninth-texts", action="store_true",
                    help="also print texts of ninth-batch items (dev half, with -v or misses); off by default: the batch is blind")
    ap.add_argument("--show-tenth-texts", action="store_true",
                    help="also print texts of tenth-batch items (dev half, with -v or misses); off by default: the batch is blind")
    ap.add_argument("--show-eleventh-texts", action="store_true",
                    help="also print texts of eleventh-batch items (dev half, with -v or misses); off by default: the batch is blind")
    ap.add_argument("--show-twelfth-texts", action="store_true",
                    help="also print texts of twelfth-batch items (dev half, with -v or misses); off by default: the batch is blind")
    ap.add_argument("--work")
    ap.add_argument("--cache-dir")
    ap.add_argument("--pcap-only", metavar="OUT")
    ap.add_argument("--benign-only", action="store_true", help="only the benign items (a clean capture for profiling)")
    ap.add_argument("--min-recall", type=float, default=BAR_RECALL)
    ap.add_argument("--max-fp-rate", type=float, default=BAR_FP_RATE)
    ap.add_argument("--show-misses", type=int, default=15,
                    help="print up to N missed scam items and all false positives (texts only for the dev half)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="dev half only: print every miss and false positive with its whole subject and body")
    a = ap.parse_args()
    if a.verbose and a.split != "dev":
        ap.error("-v lists item texts: only for --split dev (never read held-out texts)")

    corpus = generate.generate() if a.batch not in ("fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                                                                 "eleventh", "twelfth") else []
    if a.batch in ("fourth", "all", "tuning"):
        corpus += fourth_batch.generate(generate.SEED)
    if a.batch in ("fifth", "all", "tuning"):
        corpus += fifth_batch.generate(generate.SEED)
    if a.batch in ("sixth", "all", "tuning"):
        corpus += sixth_batch.generate(generate.SEED)
    if a.batch in ("seventh", "all"):
        corpus += seventh_batch.generate(generate.SEED)
    if a.batch in ("eighth", "all"):
        # Appended after the seventh: every earlier item keeps its index, client address and bytes.
        corpus += eighth_batch.generate(generate.SEED)
    if a.batch in ("ninth", "all"):
        # Appended after the eighth: every earlier item keeps its index, client address and bytes.
        corpus += ninth_batch.generate(generate.SEED)
    if a.batch in ("tenth", "all"):
        # Appended after the ninth: every earlier item keeps its index, client address and bytes.
        corpus += tenth_batch.generate(generate.SEED)
    if a.batch in ("eleventh", "all"):
        # Appended after the tenth: every earlier item keeps its index, client address and bytes.
        corpus += eleventh_batch.generate(generate.SEED)
    if a.batch in ("twelfth", "all"):
        # Appended after the eleventh: every earlier item keeps its index, client address and bytes.
        corpus += twelfth_batch.generate(generate.SEED)
    items = [it for it in corpus if (a.split == "all" or it["split"] == a.split)
             and (a.batch in ("all", "tuning") or it["batch"] == a.batch)]
    if a.benign_only:
        items = [it for it in items if it["label"] == "benign"]
    if a.pcap_only:
        buildPcap(items, a.pcap_only)
        print(f"{a.pcap_only}: {len(items)} items")
        return 0
    if not a.tapwatch:
        ap.error("--tapwatch is required")
    try:
        events = scanItems(a.tapwatch, a.signatures, items, a.work, a.cache_dir)
    except ScanFailed as e:
        print(e)
        return 2
    alerts = [[(ev["alert"]["signature_id"], ev["alert"]["category"]) for ev in evs] for evs in events]
    scam = [i for i, it in enumerate(items) if it["label"] == "scam"]
    ham = [i for i, it in enumerate(items) if it["label"] == "benign"]
    detected = {i: any(c in SCAM_CATEGORIES for _, c in alerts[i]) for i in scam}
    fp = {i: bool(alerts[i]) for i in ham}
    print(f"split {a.split}, batch {a.batch}: {len(scam)} scam items, {len(ham)} benign items; signatures {a.signatures}")
    srows, hrows = [items[i] for i in scam], [items[i] for i in ham]
    shits, hhits = [detected[i] for i in scam], [fp[i] for i in ham]
    table("recall by family", srows, lambda it: it["family"], shits, "scam")
    table("recall by language", srows, lambda it: it["lang"], shits, "scam")
    table("recall by channel", srows, lambda it: it["channel"], shits, "scam")
    table("recall by obfuscation", srows, lambda it: it["obfuscation"], shits, "scam")
    table("recall by batch (base = the first 1,012 items; extra = round 3's scam_extra.py; third = round 4's blind batch; "
          "fourth = round 5's blind batch; fifth = round 6's blind batch; sixth = round 7's blind batch; "
          "seventh = round 8's blind list-archive batch; eighth = round 9's blind user-help / community / non-English list batch; "
          "ninth = round 10's blind bulk-sender / open-source list batch; tenth = round 11's blind old-school letter / "
          "genealogy, parish, club and probate list batch; eleventh = round 12's blind batch of the region's languages; "
          "twelfth = round 14's blind spam-folder batch)",
          srows, lambda it: it["batch"], shits, "scam")
    table("false positives by kind", hrows, lambda it: it["family"], hhits, "benign")
    table("false positives by language", hrows, lambda it: it["lang"], hhits, "benign")
    table("false positives by batch", hrows, lambda it: it["batch"], hhits, "benign")
    if any(it["batch"] == "third" for it in srows + hrows):
        third_s = [(it, h) for it, h in zip(srows, shits) if it["batch"] == "third"]
        third_h = [(it, h) for it, h in zip(hrows, hhits) if it["batch"] == "third"]
        table("third batch: recall by message shape", [it for it, _ in third_s], lambda it: it.get("shape", "-"),
              [h for _, h in third_s], "scam")
        table("third batch: recall by packaging (mail charset, html-only, attachment; post upload)",
              [it for it, _ in third_s], mailPackaging, [h for _, h in third_s], "scam")
        table("third batch: false positives by markup", [it for it, _ in third_h],
              lambda it: f"{it['channel']}/{it.get('markup', 'none')}", [h for _, h in third_h], "benign")
    if any(it["batch"] == "fourth" for it in srows + hrows):
        fourth_s = [(it, h) for it, h in zip(srows, shits) if it["batch"] == "fourth"]
        fourth_h = [(it, h) for it, h in zip(hrows, hhits) if it["batch"] == "fourth"]
        for title, key in (("message shape", lambda it: it.get("shape", "-")), ("packaging", mailPackaging),
                           ("sum written as", lambda it: it.get("amount_style", "-")),
                           ("wallet format", lambda it: it.get("wallet_kind", "-")),
                           ("link kind", lambda it: it.get("link_kind", "-"))):
            table(f"fourth batch: recall by {title}", [it for it, _ in fourth_s], key, [h for _, h in fourth_s], "scam")
        table("fourth batch: false positives by markup", [it for it, _ in fourth_h],
              lambda it: f"{it['channel']}/{it.get('markup', 'none')}", [h for _, h in fourth_h], "benign")
    if any(it["batch"] == "fifth" for it in srows + hrows):
        fifth_s = [(it, h) for it, h in zip(srows, shits) if it["batch"] == "fifth"]
        fifth_h = [(it, h) for it, h in zip(hrows, hhits) if it["batch"] == "fifth"]
        for title, key in (("family", lambda it: it["family"]), ("language", lambda it: it["lang"]),
                           ("disguise", lambda it: it["obfuscation"]), ("scenario (theme)", lambda it: it.get("theme", "-")),
                           ("message shape", lambda it: it.get("shape", "-")), ("packaging", mailPackaging),
                           ("sum written as", lambda it: it.get("amount_style", "-")),
                           ("wallet format", lambda it: it.get("wallet_kind", "-")),
                           ("link kind", lambda it: it.get("link_kind", "-"))):
            table(f"fifth batch: recall by {title}", [it for it, _ in fifth_s], key, [h for _, h in fifth_s], "scam")
        for title, key in (("kind", lambda it: it["family"]), ("language", lambda it: it["lang"]),
                           ("markup", lambda it: f"{it['channel']}/{it.get('markup', 'none')}")):
            table(f"fifth batch: false positives by {title}", [it for it, _ in fifth_h], key, [h for _, h in fifth_h], "benign")
    if any(it["batch"] == "sixth" for it in srows + hrows):
        sixth_s = [(it, h) for it, h in zip(srows, shits) if it["batch"] == "sixth"]
        sixth_h = [(it, h) for it, h in zip(hrows, hhits) if it["batch"] == "sixth"]
        for title, key in (("family", lambda it: it["family"]), ("language", lambda it: it["lang"]),
                           ("disguise", lambda it: it["obfuscation"]), ("scenario (theme)", lambda it: it.get("theme", "-")),
                           ("message shape", lambda it: it.get("shape", "-")), ("packaging", sixthPackaging),
                           ("sender (From) kind", lambda it: it.get("from_kind", "-")),
                           ("Reply-To", lambda it: it.get("reply_to", "-")),
                           ("second language", lambda it: it.get("second_lang", "-")),
                           ("sum written as", lambda it: it.get("amount_style", "-")),
                           ("wallet format", lambda it: it.get("wallet_kind", "-")),
                           ("link kind", lambda it: it.get("link_kind", "-"))):
            table(f"sixth batch: recall by {title}", [it for it, _ in sixth_s], key, [h for _, h in sixth_s], "scam")
        for title, key in (("kind", lambda it: it["family"]), ("language", lambda it: it["lang"]),
                           ("form", lambda it: it.get("shape", "-")), ("packaging", sixthPackaging),
                           ("Reply-To", lambda it: it.get("reply_to", "-")),
                           ("markup", lambda it: f"{it['channel']}/{it.get('markup', 'none')}")):
            table(f"sixth batch: false positives by {title}", [it for it, _ in sixth_h], key, [h for _, h in sixth_h], "benign")
    if any(it["batch"] == "seventh" for it in srows + hrows):
        seventhTables(srows, shits, hrows, hhits)
    if any(it["batch"] == "eighth" for it in srows + hrows):
        seventhTables(srows, shits, hrows, hhits, "eighth")
    if any(it["batch"] == "ninth" for it in srows + hrows):
        seventhTables(srows, shits, hrows, hhits, "ninth")
        ninth_s = [(it, h) for it, h in zip(srows, shits) if it["batch"] == "ninth"]
        for title, key in (("disguise", lambda it: it["obfuscation"]), ("attachment", lambda it: it.get("attach_kind", "-")),
                           ("markup", lambda it: it.get("markup", "-"))):
            table(f"ninth batch: recall by {title}", [it for it, _ in ninth_s], key, [h for _, h in ninth_s], "scam")
    if any(it["batch"] == "tenth" for it in srows + hrows):
        seventhTables(srows, shits, hrows, hhits, "tenth")
        tenth_s = [(it, h) for it, h in zip(srows, shits) if it["batch"] == "tenth"]
        table("tenth batch: recall by markup", [it for it, _ in tenth_s], lambda it: it.get("markup", "-"), [h for _, h in tenth_s], "scam")
    if any(it["batch"] == "eleventh" for it in srows + hrows):
        seventhTables(srows, shits, hrows, hhits, "eleventh")
        eleventh_s = [(it, h) for it, h in zip(srows, shits) if it["batch"] == "eleventh"]
        for title, key in (("channel", lambda it: it["channel"]), ("disguise", lambda it: it["obfuscation"]),
                           ("markup", lambda it: it.get("markup", "-"))):
            table(f"eleventh batch: recall by {title}", [it for it, _ in eleventh_s], key, [h for _, h in eleventh_s], "scam")
    if any(it["batch"] == "twelfth" for it in srows + hrows):
        twelfthTables(srows, shits, hrows, hhits)
    recall = sum(shits) / len(shits) if shits else 1.0
    fprate = sum(hhits) / len(hhits) if hhits else 0.0
    print(f"\nOVERALL recall {sum(shits)}/{len(shits)} = {recall:.3f}; false positives {sum(hhits)}/{len(hhits)} = {fprate:.4f}")
    # Rule: signatures are tuned on the dev half only. Held-out items are reported by id,
    # family and language, never by text, so nobody tunes on them by reading this output.
    show_text = a.split == "dev"

    blind_shown = {"fourth": a.show_fourth_texts, "fifth": a.show_fifth_texts, "sixth": a.show_sixth_texts,
                   "seventh": a.show_seventh_texts, "eighth": a.show_eighth_texts, "ninth": a.show_ninth_texts,
                   "tenth": a.show_tenth_texts, "eleventh": a.show_eleventh_texts, "twelfth": a.show_twelfth_texts}

    def showText(it):
        return show_text and blind_shown.get(it["batch"], True)

    def listed(i):
        # In mixed runs (--batch all) the blind batches' misses are not even listed by id: a tuner who
        # measures everything sees their rates only.
        b = items[i]["batch"]
        return b not in blind_shown or a.batch == b or blind_shown[b]
    missed = [i for i in scam if not detected[i] and listed(i)]
    for i in missed[:len(missed) if a.verbose else a.show_misses]:
        it = items[i]
        text = (f": {it['subject']} | {it['body'] if a.verbose else it['body'][:160]!r}") if showText(it) else ""
        print(f"  missed {it['id']} [{it['channel']}, {it['obfuscation']}]{text}")
    for i in ham:
        if fp[i] and listed(i) and (a.show_misses or a.verbose):
            it = items[i]
            text = (f": {it['subject']} | {it['body'] if a.verbose else it['body'][:160]!r}") if showText(it) else ""
            print(f"  false positive {it['id']} {alerts[i]}{text}")
    bar_met = recall >= BAR_RECALL and fprate <= BAR_FP_RATE
    print(f"issue 17 bar (recall >= {BAR_RECALL}, false positives <= 1 in {round(1 / BAR_FP_RATE)}): "
          f"{'met' if bar_met else 'NOT met'}")
    failures = []
    if recall < a.min_recall:
        failures.append(f"recall {recall:.3f} < {a.min_recall}")
    if fprate > a.max_fp_rate:
        failures.append(f"false-positive rate {fprate:.4f} > {a.max_fp_rate:.4f}")
    if failures:
        print("\nFAILED: " + "; ".join(failures))
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
