"""Round 6's fifth batch (`batch: fifth`): how its items are assembled.

The pools are in scam_fifth.py and ham_fifth.py, written blind by helper C5,
who never read the signature packs, never ran the sensor on these texts and
never saw a detection result for them. The fourth batch had been read and
tuned on when this one was written, so this is the held-out batch that still
measures generalisation honestly (tests/corpus/README.md).

Not part of generate.generate() on purpose (margin.py and every other tool
that walks the generated corpus's dev half would hand it to whoever tunes).
Only measure.py (`--batch fifth`, and `all`) and check_fifth.py draw it.

The packaging machinery is the fourth batch's (fourth_batch.py: link and
wallet makers, the older disguises, entity HTML, channels), imported, not
copied. New here:
- languages French and Spanish beside the fourth's thirteen;
- shapes "one-liner" (one sentence, no greeting) and "rambling" (the long
  advance-fee letter: a "From the desk of" head, three story sentences,
  capitals in odd places), beside short, normal, long, image-link, reply;
- themes: each item's hook names its scenario (webcam, password,
  bomb-threat, hitman, widow-donation, diplomat, un-imf, compensation,
  pig-butchering, recovery, giveaway, money-mule, covid-goods, ...);
- placeholders {email} (the "reply to" address of a 419 letter) and {ref}
  (a file or claim number);
- disguises: soft hyphens inside words, full-width Latin letters, combining
  marks (accents, strokes, the invisible combining grapheme joiner), words
  broken by quoted-printable soft line breaks on the wire (the decoded text
  is plain; measure.py encodes item["qp_break_words"] so), and HTML with
  invisible junk inside keywords (zero-size or hidden spans).

Split rule, as before: even-numbered variants dev, odd held-out (greetings,
sign-offs, sums in words, quoted replies too); items alternate between halves
within each (family, language) cell. One random stream (SEED + 13).
"""
import functools
import html
import random
import re

import fourth_batch as fb
import ham_fifth
import scam_fifth
from fourth_batch import pick, toUzc

FIFTH_SEED_OFFSET = 13

# Items per (family, language) cell and per (kind, language).
SCAM_PER_CELL = {"en": 26, "ru": 26, "de": 16}  # others 12 (German: real 419 mail is often German)
HAM_PER_KIND = {"en": 40, "ru": 40}  # others: HAM_PER_LANG spread over the language's kinds
HAM_PER_LANG = 290


def _uzc(sentence):
    theme, rest = _theme(sentence)  # the scenario tag stays Latin
    return (f"[{theme}] " if theme else "") + toUzc(rest)


@functools.lru_cache(maxsize=None)
def scamTable():
    """lang -> family -> slots (Uzbek Cyrillic transliterated from Uzbek Latin, scenario tags kept)."""
    return fb.withUzc(scam_fifth.SCAM, _uzc)


@functools.lru_cache(maxsize=None)
def hamTable():
    """lang -> kind -> slots."""
    return fb.withUzc(ham_fifth.HAM, _uzc)


def _perLang(table, lang, fallback="en"):
    src = "uz" if lang == "uzc" else lang
    if src not in table:
        src = fallback
    return [toUzc(s) for s in table[src]] if lang == "uzc" else table[src]


def scamGreetings(lang, family):
    if family in ("advance-fee", "lottery", "romance") and ("uz" if lang == "uzc" else lang) in scam_fifth.GREET419:
        return _perLang(scam_fifth.GREET419, lang)
    return _perLang(scam_fifth.GREET, lang)


def scamSignoffs(lang):
    return _perLang(scam_fifth.SIGN, lang)


def sumWords(lang):
    return _perLang(scam_fifth.WORDS, lang)


def quotedReplies(lang):
    return _perLang(scam_fifth.QUOTED, lang)


def hamGreetings(lang):
    return _perLang(ham_fifth.GREET, lang)


def hamFooters(lang):
    return _perLang(ham_fifth.FOOTER, lang)


REPLY_FAMILIES = {"romance", "crypto", "job", "advance-fee", "loan", "fake-shop", "lottery"}
RAMBLING_FAMILIES = {"advance-fee", "lottery", "romance", "sextortion", "crypto", "loan"}

# ---------------------------------------------------------------- values for the placeholders

CURRENCY = dict(fb.CURRENCY, fr=["€", "EUR", "euros"], es=["€", "EUR", "euros", "US$"],
                en=["$", "USD", "£", "€", "US$", "GBP"])
LEGACY = dict(fb.LEGACY, fr=["iso-8859-1", "windows-1252", "iso-8859-15"], es=["iso-8859-1", "windows-1252"])
PHONE_CC = {"en": ["+1", "+44", "+234"], "ru": ["+7", "8"], "ru-lat": ["+7"], "ru-en": ["+7", "+44"], "uz": ["+998"],
            "uzc": ["+998"], "kk": ["+7"], "ky": ["+996"], "tg": ["+992"], "tk": ["+993"], "de": ["+49", "+229"],
            "tr": ["+90"], "uk": ["+380"], "fr": ["+33", "+225", "+229"], "es": ["+34", "+52", "+54"]}
MAILBOXES = ["claims.desk", "barr.okafor", "mrs.evelyn.w", "payment.unit", "foreign.remit", "dr.mensah.office", "atm.card.dept",
             "agent.koffi", "secretariat", "notaire.dupont", "lic.ramirez", "rechtsanwalt.k", "avukat.celik",
             "fond.kompensacii", "sluzhba.vyplat", "treasury.release"]
MAILHOSTS = ["gmail.com", "outlook.com", "yahoo.com", "consultant.com", "post.com", "mail.ru", "yandex.ru", "hotmail.fr",
             "gmx.de", "proton.me", "zoho.com", "list.ru"]


def amount(rng, lang):
    n = rng.choice([rng.randint(2, 95) * 10, rng.randint(1, 9) * 1000 + rng.randint(0, 19) * 50,
                    rng.randint(1, 60) * 10000, rng.randint(1, 9) * 1000000 + rng.randint(0, 9) * 100000])
    cur = rng.choice(CURRENCY.get(lang, ["$", "USD"]))
    sep = rng.choice([",", " ", ".", "\u00a0", "\u202f", "", "'"])
    text = f"{n:,}".replace(",", sep)
    if rng.random() < 0.15:
        text += ".00" if sep != "." else ",00"
    return f"{cur}{text}" if cur in ("$", "£", "€", "US$") else f"{text} {cur}"


def phone(rng, lang):
    return (f"{rng.choice(PHONE_CC.get(lang, ['+1']))} {rng.randint(100, 999)} {rng.randint(100, 999)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}")


def refNumber(rng):
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice([f"REF/{fb._rand(rng, letters, 2, 3)}/{rng.randint(1000, 9999)}/{rng.randint(20, 25)}",
                       f"{fb._rand(rng, letters, 3, 3)}-{rng.randint(100000, 999999)}",
                       f"No. {rng.randint(10, 99)}/{fb._rand(rng, letters, 1, 2)}-{rng.randint(1000, 99999)}",
                       f"#{rng.randint(1000000, 9999999)}"])


class Filler(fb.Filler):
    """The fourth batch's filler with this batch's sums, phones and two new placeholders."""

    def value(self, key):
        if key in self.values and key not in ("amount", "words"):
            return self.values[key]
        rng = self.rng
        if key == "amount":
            v = amount(rng, self.lang)
            self.meta["amount_style"] = "digits" if self.meta["amount_style"] in ("none", "digits") else "both"
        elif key == "words":
            v = pick(rng, sumWords(self.lang), self.split)
            self.meta["amount_style"] = "words" if self.meta["amount_style"] in ("none", "words") else "both"
        elif key == "phone":
            v = phone(rng, self.lang)
        elif key == "email":
            v = f"{rng.choice(MAILBOXES)}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(MAILHOSTS)}"
        elif key == "ref":
            v = refNumber(rng)
        else:
            return super().value(key)
        self.values[key] = v
        return v


# ---------------------------------------------------------------- new disguises

SOFT_HYPHEN = "\u00ad"
CGJ = "\u034f"
COMBINING = ["\u0301", "\u0300", "\u0336", "\u0323", "\u0331", CGJ, CGJ]
NEW_KINDS = ["soft-hyphen", "fullwidth", "combining", "qp-softbreak", "html-hidden"]
SCAM_KINDS = fb.SCAM_KINDS + NEW_KINDS
ENTITY_RE = re.compile(r"&#x?[0-9a-fA-F]+;")
HIDDEN_RE = re.compile(r'display:none|font-size:0|font-size:1px|size="1"')
HIDDEN_STYLES = ['<span style="font-size:0">{}</span>', '<span style="display:none">{}</span>',
                 '<font size="1" color="#ffffff">{}</font>', '<span style="color:#fff;font-size:1px">{}</span>',
                 '<i style="display:none;mso-hide:all">{}</i>']


def fullwidth(c):
    return chr(ord(c) + 0xFEE0) if ("A" <= c <= "Z" or "a" <= c <= "z" or "0" <= c <= "9") else c


def _newDisguise(rng, w, kind):
    if kind == "soft-hyphen":
        if rng.random() < 0.4:
            return SOFT_HYPHEN.join(w)
        cuts = sorted(rng.sample(range(1, len(w)), min(len(w) - 1, rng.randint(1, 3))))
        out, last = [], 0
        for c in cuts:
            out += [w[last:c], SOFT_HYPHEN]
            last = c
        return "".join(out) + w[last:]
    if kind == "fullwidth":
        if rng.random() < 0.6:
            return "".join(fullwidth(c) for c in w)
        return "".join(fullwidth(c) if rng.random() < 0.5 else c for c in w) if any(c.isascii() for c in w) else w
    if kind == "combining":
        mark = rng.choice(COMBINING)
        if rng.random() < 0.5:
            return "".join(c + mark for c in w)
        j = rng.randint(0, len(w) - 1)
        return w[:j + 1] + mark + w[j + 1:]
    raise ValueError(kind)


def _asciiWord(w):
    return any("a" <= c.lower() <= "z" for c in w)


def disguiseText(rng, text, kind):
    """Two to eight keywords of the text disguised (links, addresses and numbers left alone)."""
    if kind not in NEW_KINDS:
        return fb.obfuscateText(rng, text, kind)
    lines = [line.split(" ") for line in text.split("\n")]
    flat = [(li, wi) for li, ws in enumerate(lines) for wi in range(len(ws))]
    words = [lines[li][wi] for li, wi in flat]
    usable = _asciiWord if kind == "fullwidth" else None
    for i in fb._targets(rng, words, 2, 8, usable):
        pre, w, post = fb._core(words[i])
        if len(w) < 2:
            continue
        li, wi = flat[i]
        out = _newDisguise(rng, w, kind)
        if out == w:
            out = "".join(fullwidth(c) for c in w) if kind == "fullwidth" else w[0] + SOFT_HYPHEN + w[1:]
        lines[li][wi] = pre + out + post
    return "\n".join(" ".join(ws) for ws in lines)


def hiddenHtml(rng, text):
    """The text as HTML whose keywords carry invisible junk in the middle (hidden or zero-size spans),
    so a reader sees the word and a naive text extractor sees it broken."""
    junk_letters = "qxzvkjwy"
    paras = []
    for para in text.split("\n\n"):
        lines = []
        for line in para.split("\n"):
            words = line.split(" ")
            chosen = fb._targets(rng, words, 1, 4, lambda w: len(fb._core(w)[1]) >= 4)
            toks = []
            for i, word in enumerate(words):
                pre, w, post = fb._core(word)
                if i in chosen:
                    cut = rng.randint(1, len(w) - 1)
                    junk = rng.choice([fb._rand(rng, junk_letters, 2, 5), rng.choice(["Lorem", "xx", "0", "-", "news"])])
                    w = (html.escape(w[:cut], quote=False) + rng.choice(HIDDEN_STYLES).format(junk) +
                         html.escape(w[cut:], quote=False))
                else:
                    w = html.escape(w, quote=False)
                toks.append(html.escape(pre, quote=False) + w + html.escape(post, quote=False))
            lines.append(" ".join(toks))
        paras.append(rng.choice(["<div>{}</div>", "<p>{}</p>", '<p style="font-family:Verdana">{}</p>']).format("<br>".join(lines)))
    return "\n".join(paras) + "\n"


def qpWords(rng, text):
    """Keywords a quoted-printable encoder will break with a soft line break on the wire."""
    words = text.split()
    chosen = fb._targets(rng, words, 2, 6)
    out = []
    for i in sorted(chosen):
        w = fb._core(words[i])[1]
        if len(w) >= 4 and w not in out:
            out.append(w)
    return out


def qpAtom(c, charset):
    """One character as quoted-printable (a space stays a space inside a line)."""
    return "".join(chr(b) if 33 <= b <= 126 and b != 61 else (" " if b == 32 else f"={b:02X}") for b in c.encode(charset, "replace"))


def qpEncodeBreaking(text, charset, words):
    """Quoted-printable of the text (CRLF lines) with a soft line break ("=" CRLF) in the middle of every
    occurrence of the given words, and wherever a line would pass 76 characters: the decoded text is the
    plain one, the encoded one has the keywords split across lines as some bulk mailers write them."""
    out_lines = []
    for line in text.split("\n"):
        breaks = set()
        for w in words:
            for m in re.finditer(re.escape(w), line):
                breaks.add(m.start() + max(1, len(w) // 2 + (1 if len(w) > 6 and m.start() % 2 else 0)))
        cur, encoded = "", []
        for j, c in enumerate(line):
            atom = qpAtom(c, charset)
            if j in breaks or len(cur) + len(atom) > 74:
                encoded.append(cur + "=")
                cur = ""
            cur += atom
        if cur.endswith(" ") or cur.endswith("\t"):
            cur = cur[:-1] + "=20"
        encoded.append(cur)
        out_lines.append("\r\n".join(encoded))
    return ("\r\n".join(out_lines)).encode("ascii")


QP_SOFT_IN_WORD = re.compile(rb"[A-Za-z0-9]=\r\n(?:[A-Za-z0-9]|=[0-9A-F]{2})")


# ---------------------------------------------------------------- channels

def channelFor(rng, item, html_needed=False):
    fb.channelFor(rng, item, html_needed)
    # French and Spanish mail in Latin-1 / cp1252 now and then, as older clients send it.
    if item["channel"] == "mail" and item["lang"] in ("fr", "es") and item["charset"] == "utf-8" and rng.random() < 0.35:
        item["charset"] = rng.choice(LEGACY[item["lang"]])


# ---------------------------------------------------------------- items

THEME_RE = re.compile(r"^\[([a-z0-9-]+)\] ")
# Scenarios whose hooks take no generic story sentence of their family (a bomb threat is not followed by
# "your contacts will get the video"): only body sentences tagged with the same theme.
EXCLUSIVE_THEMES = {"bomb-threat", "hitman"}


def _theme(sentence):
    m = THEME_RE.match(sentence)
    return (m.group(1), sentence[m.end():]) if m else (None, sentence)


def stripTheme(sentence):
    return _theme(sentence)[1]


def pickBody(rng, variants, split, theme):
    """A body sentence of the item's half that fits the hook's theme (untagged sentences fit every theme
    but the exclusive ones); None when none fits. Parity is taken on the whole pool, so the split rule holds."""
    def fits(v):
        t = _theme(v)[0]
        return t == theme if (t or theme in EXCLUSIVE_THEMES) else True
    mine = [v for i, v in enumerate(variants) if i % 2 == split and fits(v)]
    return stripTheme(rng.choice(mine)) if mine else None


def upperKeep(text):
    """Upper case outside the placeholders (they are filled later)."""
    return re.sub(r"\{[a-z]+\}|[^{]+", lambda m: m.group(0) if m.group(0).startswith("{") else m.group(0).upper(), text)


def oddCaps(rng, text):
    """Capitals where a 419 writer puts them: whole phrases, some Words Capitalised."""
    words = text.split(" ")
    for i in range(len(words)):
        if not fb._plain(words[i]):
            continue
        r = rng.random()
        if r < 0.12:
            words[i] = words[i].upper()
        elif r < 0.3:
            words[i] = words[i][:1].upper() + words[i][1:]
    return " ".join(words)


def quoteBlock(rng, lang, split):
    head = scam_fifth.QUOTE_HEAD["uz" if lang == "uzc" else lang]
    if lang == "uzc":
        head = toUzc(head)
    who = rng.choice(["me", "Anna", "Timur", "Gulnora", "Pierre", "Lucia", "Yusuf", "Oksana", "Nurlan"]) + \
        f" <{rng.choice(['anna.v', 'timur88', 'g.karimova', 'pierre.l', 'lucia.m', 'yusuf.k', 'oksana.p', 'nurlan.b'])}" \
        f"{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'mail.ru', 'yandex.kz', 'outlook.com', 'orange.fr', 'gmx.de'])}>"
    date = f"{rng.randint(1, 28)} {rng.choice(fb.MONTHS)} 2025, {rng.randint(7, 23)}:{rng.randint(0, 59):02d}"
    lines = [pick(rng, quotedReplies(lang), split)]
    if rng.random() < 0.3:
        lines.append(pick(rng, quotedReplies(lang), split))
    return head.replace("{date}", date).replace("{who}", who) + "\n" + "\n".join("> " + l for l in dict.fromkeys(lines))


def scamItem(rng, lang, family, split, n):
    pools = scamTable()[lang][family]
    f = Filler(rng, lang, family, split)
    # Real advance-fee letters are mostly long and rambling; other families use the shape now and then.
    rambling = {"advance-fee": 34, "lottery": 20}.get(family, 14) if family in RAMBLING_FAMILIES and pools.get("body") else 0
    weights = [12, 18, 34, 14, rambling, 8, 9 if family in REPLY_FAMILIES else 0]
    shape = rng.choices(["one-liner", "short", "normal", "long", "rambling", "image-link", "reply"], weights)[0]
    theme, hook = _theme(pick(rng, pools["hook"], split))
    # An ask of the hook's scenario where the pool tags one ("validate your wallet" after a wallet hook).
    ask = pickBody(rng, pools["ask"], split, theme) or stripTheme(pick(rng, pools["ask"], split))
    if shape == "one-liner":
        # One sentence, no greeting: the hook and the ask run together, or the ask alone.
        text = hook + " " + ask if rng.random() < 0.6 else ask
        subject = f.fill(pick(rng, pools["subj"], split)) if rng.random() < 0.7 else ""
        return _finish(rng, _scamRecord(lang, family, split, n, subject, f.fill(text), shape, f, theme), f)
    if shape == "image-link":
        line = f.fill(pick(rng, pools["subj"], split))
        link = f.value("link")
        body = f"{line}\n{link}"
        subject = f.fill(pick(rng, pools["subj"], split)) if rng.random() < 0.8 else ""
        item = _scamRecord(lang, family, split, n, subject, body, shape, f, theme)
        item["html"] = fb.imageLinkHtml(rng, line, link)
        item["obfuscation"] = "image-link"
        channelFor(rng, item, html_needed=True)
        if item["channel"] == "mail":
            item["html_alt"] = True
            item["html_only"] = rng.random() < 0.5
            if not item["html_only"]:
                item["text_part"] = body
        fb._legacyOk(item)
        return item
    bodies = pools.get("body") or []
    mid = []
    want = {"short": 0, "normal": 1, "long": 2, "rambling": 3, "reply": 1}[shape]
    for _ in range(want * 2):
        if len(mid) >= want or not bodies:
            break
        s = pickBody(rng, bodies, split, theme)
        if s is None:
            break
        if s not in mid:
            mid.append(s)
    if shape in ("normal", "long", "rambling") and family != "sextortion" and rng.random() < 0.25:
        mid.append(f.value("amount") if rng.random() < 0.6 else f.value("words"))
    parts = []
    if shape == "rambling" and pools.get("head"):
        parts.append(pick(rng, pools["head"], split))
    if shape != "short" and rng.random() < 0.7:
        parts.append(pick(rng, scamGreetings(lang, family), split))
    if shape == "rambling" and rng.random() < 0.6:
        hook = upperKeep(hook)
    order = rng.random()
    if order < 0.55:
        parts += [hook] + mid + [ask]
    elif order < 0.8:
        parts += [hook, ask] + mid
    else:
        parts += mid + [hook, ask]
    joined = " ".join(parts)
    if "{link}" not in joined and "{wallet}" not in joined and "{email}" not in joined and rng.random() < 0.35:
        parts.append(rng.choice(["{link}", "WhatsApp: {phone}", "Email: {email}", "Telegram: @" +
                                 rng.choice(["claims", "desk", "agent", "helpline", "payout"]) + rng.choice(["_office", "24", "_eu", "7"])]))
    if shape != "short" and family != "sextortion" and rng.random() < 0.65:
        parts.append(pick(rng, scamSignoffs(lang), split))
    ps = pickBody(rng, pools["ps"], split, theme) if shape in ("long", "rambling") and pools.get("ps") else None
    if ps:
        parts.append(ps)
    body = fb._layout(rng, parts) if shape != "rambling" else "\n\n".join(parts)
    if shape == "rambling":
        body = oddCaps(rng, body)
    body = f.fill(body)
    subject = f.fill(pick(rng, pools["subj"], split)) if rng.random() < 0.9 else ""
    if shape == "reply":
        body += "\n\n" + quoteBlock(rng, lang, split)
        subject = rng.choice({"de": ["AW: ", "Re: "], "fr": ["RE : ", "Re: "], "es": ["RE: ", "Re: "], "tr": ["YNT: ", "Re: "]}
                             .get(lang, ["Re: ", "RE: ", "Re: Re: "])) + subject
    return _finish(rng, _scamRecord(lang, family, split, n, subject, body, shape, f, theme), f)


def _finish(rng, item, f):
    """Channel and disguise of a text item."""
    body, subject = item["body"], item["subject"]
    kind = rng.choice(SCAM_KINDS) if rng.random() < 0.5 else "none"
    if kind == "fullwidth" and not any(_asciiWord(w) for w in body.split() if fb._plain(w)):
        kind = rng.choice(["soft-hyphen", "combining"])  # a text without Latin words: no full-width twin
    if kind == "qp-softbreak":
        words = qpWords(rng, body)
        if not words:
            kind = "soft-hyphen"
    channelFor(rng, item, kind in ("html-entity", "html-hidden"))
    if kind == "qp-softbreak":
        item.update(channel="mail", cte="quoted-printable", html_alt=False, attach=False, qp_break_words=words)
        for k in ("post_format", "gzip", "chunked"):
            item.pop(k, None)
        item.setdefault("charset", "utf-8")
        item["obfuscation"] = kind
    elif kind in ("html-entity", "html-hidden"):
        item["obfuscation"] = kind
        for _ in range(6):  # a draw may leave every chosen word plain; redraw until the disguise shows
            item["html"] = fb.entityHtml(rng, body) if kind == "html-entity" else hiddenHtml(rng, body)
            if (HIDDEN_RE if kind == "html-hidden" else ENTITY_RE).search(item["html"]):
                break
        if item["channel"] == "mail":
            item["html_alt"] = True
            item["html_only"] = rng.random() < 0.7
            if not item["html_only"]:
                item["text_part"] = rng.choice(["This message contains graphics.", ".", "View this message in a browser.", " "])
    elif kind != "none":
        disguised = disguiseText(rng, body, kind)
        for fallback in ("soft-hyphen", "zerowidth"):
            if disguised != body:
                break
            kind = fallback  # no word the kind can touch (e.g. no Latin word for full-width letters)
            disguised = disguiseText(rng, body, kind)
        if disguised == body:
            kind = "none"
        item["obfuscation"] = kind
        item["body"] = disguised
        if subject and kind != "none" and rng.random() < 0.5:
            item["subject"] = disguiseText(rng, subject, kind)
    fb._legacyOk(item)
    return item


def _scamRecord(lang, family, split, n, subject, body, shape, filler, theme):
    return {"id": f"scam-{family}-{lang}-v{n:02d}", "label": "scam", "family": family, "lang": lang, "batch": "fifth",
            "split": "heldout" if split else "dev", "subject": subject, "body": body, "obfuscation": "none",
            "shape": shape, "theme": theme or "-", **filler.meta}


def hamItem(rng, lang, kind, split, n):
    table = hamTable()
    pools = table[lang][kind]
    f = Filler(rng, lang, kind, split, scam=False)
    parts = [pick(rng, hamGreetings(lang), split)] if rng.random() < 0.35 else []
    parts.append(pick(rng, pools["open"], split))
    bodies = [pick(rng, pools["body"], split) for _ in range(rng.choice([1, 2, 2, 3]))]
    parts += list(dict.fromkeys(bodies))
    others = [k for k in table[lang] if k != kind]
    if others and rng.random() < 0.15:
        parts.append(pick(rng, table[lang][rng.choice(others)]["body"], split))
    if rng.random() < 0.15:
        parts.insert(rng.randint(1, len(parts)), f.value("amount"))
    if kind in ("crypto-news", "security-newsletter", "fraud-news", "tech-list") and rng.random() < 0.25:
        # Addresses and look-alike links quoted as evidence (defanged where security people write them).
        wkind, addr = fb.wallet(rng)
        f.meta["wallet_kind"] = wkind
        _, bad = fb.scamLink(rng, rng.choice(list(fb.BRANDS)))
        defanged = bad.replace("https://", "hxxps://").replace("http://", "hxxp://").replace(".", "[.]")
        parts.append(rng.choice([f"IOC: {defanged}", f"{ham_fifth.SEEN_WALLET.get(lang, 'Wallet seen')}: {addr}", addr]))
    parts.append(pick(rng, pools["close"], split))
    if rng.random() < 0.3:
        parts.append(pick(rng, hamFooters(lang), split))
    body = f.fill(fb._layout(rng, parts))
    item = {"id": f"ham-{kind}-{lang}-v{n:03d}", "label": "benign", "family": kind, "lang": lang, "batch": "fifth",
            "split": "heldout" if split else "dev", "subject": f.fill(pick(rng, pools["subj"], split)), "body": body,
            "obfuscation": "none", "markup": "none", "shape": "normal", "theme": "-", **f.meta}
    channelFor(rng, item)
    r = rng.random()
    if (item["channel"] in ("page", "post") or item.get("html_alt")) and r < 0.45:
        item["html"] = fb.newsletterHtml(rng, body)
        item["markup"] = "html"
        if item["channel"] == "mail" and rng.random() < 0.4:
            item["html_only"] = True
        if item["channel"] == "post" and item["post_format"] == "upload":
            item["post_format"] = "multipart"
    elif kind in ("shop-promo", "parcel-notice", "personal", "crypto-news", "charity", "lottery-results") and r < 0.6:
        item["body"] = rng.choice(["📦 ", "🎉 ", "🔥 ", "✅ ", "😊 ", "💙 ", "🍀 "]) + body
        item["subject"] = rng.choice(["📦 ", "🎉 ", "✨ ", ""]) + item["subject"]
        item["markup"] = "emoji"
    elif item["channel"] == "mail" and item["cte"] == "quoted-printable" and r < 0.75:
        # Genuine mail is often quoted-printable with soft breaks wherever the line runs long: the
        # look-alike side of the "qp-softbreak" disguise.
        item["qp_break_words"] = qpWords(rng, body)
        item["markup"] = "qp-softbreak" if item["qp_break_words"] else "none"
        if not item["qp_break_words"]:
            del item["qp_break_words"]
    elif r < 0.85 and lang in ("de", "fr", "es", "en"):
        # Newsletters hyphenate long words with soft hyphens for narrow phones.
        words = body.split(" ")
        for i in fb._targets(rng, words, 1, 4):
            pre, w, post = fb._core(words[i])
            if len(w) >= 8:
                words[i] = pre + w[:len(w) // 2] + SOFT_HYPHEN + w[len(w) // 2:] + post
        if SOFT_HYPHEN in "".join(words):
            item["body"] = " ".join(words)
            item["markup"] = "soft-hyphen"
    fb._legacyOk(item)
    return item


def generate(seed):
    rng = random.Random(seed + FIFTH_SEED_OFFSET)
    items, seen = [], set()
    for lang, families in scamTable().items():
        per = SCAM_PER_CELL.get(lang, 12)
        for family in families:
            for n in range(per):
                items.append(fb._fresh(lambda: scamItem(rng, lang, family, n % 2, n), seen))
    for lang, kinds in hamTable().items():
        per = HAM_PER_KIND.get(lang) or max(30, -(-HAM_PER_LANG // len(kinds)))
        per += per % 2  # even, so each cell's halves are equal
        for kind in kinds:
            for n in range(per):
                items.append(fb._fresh(lambda: hamItem(rng, lang, kind, n % 2, n), seen))
    return items
