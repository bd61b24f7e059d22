"""Round 14's twelfth batch (`batch: twelfth`): a 2020s spam folder in the languages earlier batches had least,
blackmail in all its variants, and the mail, posts and pages of the same worlds that are not scams.

The pools are in scam_twelfth*.py and ham_twelfth*.py, written blind by helper c12-corpus, who never opened the
signature packs, never ran the sensor, `sig test`, probes.py or a measure.py detection on any text, never saw a
detection result, and did not read the earlier batches' text pools (only machinery is imported: the fourth batch's
variant pick, filler base, wallets, disguises and entity HTML, the sixth's header helpers, the seventh's message ids,
the eighth's IBAN maker, the ninth's spaced letters, tag-split and table HTML, fourth_batch.generateCells).

What this writer does differently:
- French and Spanish carry a third of the scam, the region's six languages a quarter; blackmail is over a quarter:
  sextortion with a leaked password or phone number, a hacked device, router or account, the fake police summons,
  the hitman paid to kill you, the bomb threat, "pay or we publish your data", "pay or we ruin your business";
- the region as people type it: Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic typed with Russian letters only on a
  share (`keyboard: plain-russian`), Uzbek Latin with each apostrophe form or none (`keyboard: apostrophe-...`);
- lures in a text attachment behind a one-line cover note (mail) or uploaded with a webmail draft (post);
- look-alikes of twelve kinds, two of which quote a lure of their own half: warnings (police, bank, news page)
  and members asking "is this real?".

Split rule: even-numbered pool variants dev, odd held-out, in every pool; a quoted lure comes from the scam pools of
the item's own half. Items alternate between halves within each (family or kind, language) cell. Own random stream
(SEED + 43).

Not part of generate.generate() (dev-half tools would hand it to whoever tunes): only measure.py (`--batch
twelfth`, and `all`) and check_twelfth.py draw it.
"""
import random

import eighth_batch as eb
import fourth_batch as fb
import ham_twelfth as ht
import ninth_batch as nb
import scam_twelfth as st
import seventh_batch as s7
import sixth_batch as sb6
from fourth_batch import pick

TWELFTH_SEED_OFFSET = 43
LANGS = ["fr", "es", "de", "en", "ru", "tr", "uz", "uzc", "kk", "ky", "tg", "tk"]
REGION = ("uz", "uzc", "kk", "ky", "tg", "tk")
BLACKMAIL = ("sextortion", "blackmail")

# Items per (family, language): French and Spanish over 15% each, the region's six languages over 20%, the two
# blackmail families over 25%.
SCAM_CELLS = {
    "fr": {"sextortion": 10, "blackmail": 8, "advance-fee": 10, "lottery": 6, "loan": 8, "crypto": 6, "romance": 6, "fake-shop": 6,
           "parcel": 6, "tech-support": 6},
    "es": {"sextortion": 10, "blackmail": 8, "advance-fee": 10, "lottery": 8, "loan": 8, "crypto": 6, "romance": 6, "job": 6,
           "parcel": 6, "fake-shop": 4},
    "de": {"sextortion": 8, "blackmail": 8, "advance-fee": 8, "lottery": 6, "loan": 6, "crypto": 6, "tech-support": 6},
    "en": {"sextortion": 8, "blackmail": 10, "advance-fee": 8, "lottery": 6, "crypto": 6, "romance": 6, "job": 4, "fake-shop": 6},
    "ru": {"sextortion": 8, "blackmail": 8, "advance-fee": 6, "lottery": 6, "loan": 6, "crypto": 6, "romance": 6, "parcel": 6},
    "tr": {"sextortion": 8, "blackmail": 6, "lottery": 6, "loan": 6, "parcel": 4, "fake-shop": 6},
    "uz": {"sextortion": 4, "blackmail": 4, "job": 4, "loan": 4, "lottery": 4, "parcel": 4},
    "uzc": {"sextortion": 4, "loan": 4, "advance-fee": 4, "crypto": 4},
    "kk": {"sextortion": 4, "blackmail": 4, "loan": 4, "lottery": 4, "crypto": 4},
    "ky": {"sextortion": 4, "job": 4, "loan": 4, "parcel": 4},
    "tg": {"sextortion": 4, "job": 4, "lottery": 4, "loan": 4},
    "tk": {"blackmail": 4, "job": 4, "loan": 4, "lottery": 4},
}
QUOTING_KINDS = ("warning", "asker")
_WEST_KINDS = ["security", "lottery", "bank-loan", "charity", "exchange", "shop", "courier", "job", "dating", "notary", *QUOTING_KINDS]
HAM_CELLS = {
    "fr": {k: 24 for k in _WEST_KINDS}, "es": {k: 24 for k in _WEST_KINDS},
    "de": {k: 18 for k in _WEST_KINDS}, "en": {k: 18 for k in _WEST_KINDS}, "ru": {k: 18 for k in _WEST_KINDS},
    "tr": {k: 14 for k in _WEST_KINDS},
    **{lang: {k: (18 if lang == "uz" else 16) for k in [*ht.HAM[lang], *QUOTING_KINDS]} for lang in REGION},
}
SCAM_SHAPES = ["letter", "teaser", "subject-lure", "chat-forward", "ad-page"]
PAGE_FAMILIES = {"fake-shop", "crypto", "lottery", "loan", "job", "blackmail"}
DISGUISES = ["homoglyph", "spaced-letters", "zero-width", "html-entity", "tag-split"]
HTML_DISGUISES = {"html-entity", "tag-split"}
POST_FORMATS = ["form", "json", "multipart"]
WARN_FORMS = ["quoted", "pasted", "forwarded", "news"]
ASK_FORMS = ["pasted", "quoted", "forwarded"]
PAGE_KINDS = {"lottery", "charity", "job", "bank-loan", "shop", "exchange"}
CHARSETS = {"fr": [("utf-8", 55), ("iso-8859-1", 15), ("iso-8859-15", 15), ("windows-1252", 15)],
            "es": [("utf-8", 55), ("iso-8859-1", 20), ("windows-1252", 25)],
            "de": [("utf-8", 60), ("iso-8859-1", 20), ("iso-8859-15", 20)], "en": [("utf-8", 75), ("us-ascii", 25)],
            "ru": [("utf-8", 50), ("windows-1251", 30), ("koi8-r", 20)], "tr": [("utf-8", 65), ("iso-8859-9", 35)],
            "uz": [("utf-8", 85), ("iso-8859-1", 15)], "uzc": [("utf-8", 80), ("windows-1251", 20)], "kk": [("utf-8", 1)],
            "ky": [("utf-8", 85), ("windows-1251", 15)], "tg": [("utf-8", 1)], "tk": [("utf-8", 1)]}

# Sums as each language writes them: (units, fee range, bait range, digit group separator).
MONEY = {"fr": (["€", "euros", "EUR"], (20, 490), (150000, 4500000), " "),
         "es": (["€", "euros", "EUR"], (20, 490), (150000, 4500000), "."),
         "de": (["€", "Euro", "EUR"], (20, 490), (150000, 4500000), "."),
         "en": (["$", "£", "USD"], (25, 490), (150000, 5500000), ","),
         "ru": (["руб.", "₽", "рублей"], (990, 19000), (300000, 9000000), " "),
         "tr": (["TL", "₺", "TL"], (350, 6500), (150000, 4000000), "."),
         "uz": (["so'm", "so'm", "UZS"], (150000, 1500000), (20000000, 900000000), " "),
         "uzc": (["сўм", "сўм", "UZS"], (150000, 1500000), (20000000, 900000000), " "),
         "kk": (["теңге", "тг", "₸"], (7000, 90000), (800000, 40000000), " "),
         "ky": (["сом", "сом", "KGS"], (1500, 15000), (150000, 9000000), " "),
         "tg": (["сомонӣ", "сомонӣ", "TJS"], (150, 2500), (20000, 900000), " "),
         "tk": (["manat", "manat", "TMT"], (150, 2500), (20000, 800000), " ")}
# What a blackmailer asks, in the currency he thinks in.
RANSOM = {"fr": ["{} €", "{} euros"], "es": ["{} €", "{} euros", "{} USD"], "de": ["{} €", "{} Euro"], "en": ["${}", "{} USD"],
          "ru": ["{} долларов", "{} $"], "tr": ["{} dolar", "{} $"], "uz": ["{} dollar", "{} $"], "uzc": ["{} доллар", "{} $"],
          "kk": ["{} доллар", "{} $"], "ky": ["{} доллар", "{} $"], "tg": ["{} доллар", "{} $"], "tk": ["{} dollar", "{} $"]}
PHONES = {"fr": ["+33 6 {a}{b} {d2} {e2} {f2}", "07 {a}{b} {d2} {e2} {f2}"], "es": ["+34 6{a}{b} {c} {d3}", "+34 7{a}{b} {d2} {e2} {f2}"],
          "de": ["+49 15{a} {c}{d4}", "+49 17{a} {c} {d4}"], "en": ["+44 7{a}{b}{a} {c}{d3}", "+1 ({a}{b}{a}) {c}-{d4}"],
          "ru": ["+7 9{a}{b} {c}-{d2}-{e2}"], "tr": ["+90 5{a}{b} {c} {d2} {e2}"],
          "uz": ["+998 9{a} {c} {d2} {e2}", "+998 {a}{b} {c}-{d2}-{e2}"], "uzc": ["+998 9{a} {c} {d2} {e2}"],
          "kk": ["+7 70{a} {c} {d2} {e2}", "+7 77{a} {c} {d2} {e2}"], "ky": ["+996 5{a}{b} {c} {d3}", "+996 7{a}{b} {c} {d3}"],
          "tg": ["+992 9{a} {c} {d2} {e2}", "+992 {a}{b} {c} {d2}{e2}"], "tk": ["+993 6{a} {d2}-{e2}-{c}"]}
CARD_PREFIX = {"ru": ["2202 20", "2200 15"], "uz": ["8600 57", "9860 16"], "uzc": ["8600 57", "9860 16"], "kk": ["4400 43", "5169 49"],
               "ky": ["4177 49", "9417 12"], "tg": ["9762 00", "4253 21"], "tk": ["6360 12", "9934 07"]}
IBAN_COUNTRY = {"fr": "FR", "es": "ES", "de": "DE", "en": "GB"}
BTC_FAMILIES = {"sextortion", "blackmail", "crypto"}
# How often the region's Cyrillic is typed with Russian letters only, and Uzbek Latin without its own apostrophe.
PLAIN_CYR_RATE = 0.4
UZ_APOS_WEIGHTS = [40, 12, 14, 10, 6, 8, 10]


class Filler(fb.Filler):
    """The fourth batch's filler (wallets, hours, tracking codes) with this batch's placeholders (scam_twelfth.py)."""

    def value(self, key):
        if key in self.values and key not in ("amount", "fee"):
            return self.values[key]
        rng, lang = self.rng, self.lang
        if key == "password":
            v = rng.choice(st.PASSWORDS)
        elif key == "mybox":
            v = f"{rng.choice(st.MAILBOX_LOCALS)}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(sb6.FREEMAIL)}"
        elif key == "email":
            v = f"{sb6._local(rng.choice(st.NAMES[lang]))}{rng.randint(1, 999)}@{rng.choice(st.CONTACT_HOSTS)}"
        elif key in ("phone", "myphone"):
            fmt = rng.choice(PHONES[lang])
            v = fmt.format(a=rng.randint(0, 9), b=rng.randint(0, 9), c=rng.randint(100, 999), d2=f"{rng.randint(0, 99):02d}",
                           e2=f"{rng.randint(0, 99):02d}", f2=f"{rng.randint(0, 99):02d}", d3=f"{rng.randint(0, 999):03d}",
                           d4=f"{rng.randint(0, 9999):04d}")
        elif key == "tg":
            v = "@" + rng.choice(st.TG.get(self.family, st.TG["job"])) + rng.choice(["", "", str(rng.randint(1, 99))])
        elif key == "btc":
            v = f"{rng.randint(40, 900) / 10000:.4f}".rstrip("0")
            self.meta["amount_style"] = "btc"
        elif key == "ransom":
            n = rng.choice([rng.randint(5, 30) * 100, rng.randint(10, 95) * 50, rng.randint(1, 9) * 1000])
            digits = f"{n:,}".replace(",", rng.choice([",", " ", ".", ""]))
            v = rng.choice(RANSOM[lang]).format(digits)
            self.meta["amount_style"] = "ransom"
        elif key == "wallet":
            kinds = ("bc1q", "legacy-1", "p2sh-3") if self.family in BTC_FAMILIES else ("trc20", "erc20")
            kind, v = fb.wallet(rng)
            while kind not in kinds:
                kind, v = fb.wallet(rng)
            self.meta["wallet_kind"] = kind
        elif key in ("amount", "fee"):
            v = self.money(key)
        elif key == "link":
            v = self.link()
        elif key == "name":
            v = rng.choice(st.NAMES[lang] if self.scam else ht.MEMBERS[lang])
        elif key == "ref":
            v = f"{rng.choice(['', 'N°', 'REF-', '#'])}{rng.randint(10, 99)}/{rng.randint(1000, 99999)}"
        elif key == "card":
            v = self.card()
        elif key == "date":
            v = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.choice([2025, 2026])}"
        elif key == "site":
            v = rng.choice(ht.sites(lang, self.family))
        elif key == "last4":
            v = f"{rng.randint(0, 9999):04d}"
        else:
            return super().value(key)
        self.values[key] = v
        return v

    def money(self, key):
        rng = self.rng
        units, fee, bait, sep = MONEY[self.lang]
        n = rng.randint(*(fee if key == "fee" else bait))
        n -= n % (10 ** max(0, len(str(n)) - 3))
        digits = f"{n:,}".replace(",", sep) if n >= 1000 else str(n)
        unit = rng.choice(units)
        if self.meta["amount_style"] == "none":
            self.meta["amount_style"] = "digits"
        return f"{unit}{digits}" if unit in ("$", "£") else f"{digits} {unit}"

    def link(self):
        rng = self.rng
        if not self.scam:
            path = rng.choice(["", "compte", "help", "news", "jobs", "track", "app"])
            return f"https://{self.value('site')}/{path}" + (f"/{rng.randint(1000, 99999)}" if path else "")
        word = rng.choice(st.LINK_WORDS.get(self.family, st.LINK_WORDS["parcel"]))
        self.meta["link_kind"] = "scam-site"
        host = f"{word}{rng.choice(['', '-', '24', '-now'])}.{rng.choice(fb.ODD_TLDS)}"
        return f"https://{host}/{fb._rand(rng, 'abcdefghjkmnpqrstuvwxyz23456789', 4, 9)}"

    def card(self):
        rng = self.rng
        if self.lang in CARD_PREFIX:
            num = f"{rng.choice(CARD_PREFIX[self.lang])}{rng.randint(10, 99)} {rng.randint(0, 9999):04d} {rng.randint(0, 9999):04d}"
            return num.replace(" ", "") if rng.random() < 0.3 else num
        if self.lang in IBAN_COUNTRY:
            return eb.iban(rng, IBAN_COUNTRY[self.lang])
        # A Turkish IBAN as a seller types it (no valid check digits).
        raw = f"TR{rng.randint(10, 98)}" + "".join(str(rng.randint(0, 9)) for _ in range(22))
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# ---------------------------------------------------------------- keyboards and shapes

def typed(rng, lang):
    """How this item's writer types his language: (label, function on text)."""
    if lang in st.PLAIN_CYR_LANGS and rng.random() < PLAIN_CYR_RATE:
        sub = random.Random(rng.random())
        return "plain-russian", lambda text: st.plainCyr(text, sub)
    if lang == "uz":
        mark = rng.choices(st.UZ_APOSTROPHES, UZ_APOS_WEIGHTS)[0]
        label = "no-apostrophe" if not mark else f"apostrophe-U+{ord(mark):04X}"
        return label, lambda text: st.uzApostrophe(text, mark)
    return "standard", lambda text: text


def chatExport(rng, lang, text, f):
    """A messenger chat as the user copies it out: the forward header, then date, time and sender on each message."""
    who = f.value("name")
    day = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.choice([2025, 2026])}"
    parts = [p.strip() for p in text.split("\n") if p.strip()]
    hour, minute = rng.randint(7, 23), rng.randint(0, 40)
    lines = [st.FORWARD[lang] + (f" ({f.value('tg')})" if rng.random() < 0.5 else "")]
    for p in parts:
        minute = min(59, minute + rng.randint(0, 4))
        lines.append(f"[{day} {hour:02d}:{minute:02d}] {who}: {p}")
    return "\n".join(lines)


def scamShape(rng, family):
    w = {"letter": 48, "teaser": 16, "subject-lure": 10, "chat-forward": 12, "ad-page": 14 if family in PAGE_FAMILIES else 0}
    return rng.choices(list(w), list(w.values()))[0]


def scamText(rng, lang, family, split, f, shape, keyboard=lambda t: t):
    """(subject, body, theme) of a lure in one of the shapes, placeholders filled and typed on the writer's keyboard."""
    pools = st.SCAM[lang][family]
    subject = pick(rng, pools["subj"], split)
    theme = family
    if shape == "teaser":
        body = pick(rng, pools["teaser"], split)
        if "{" not in body or rng.random() < 0.3:
            body += "\n" + pick(rng, st.CONTACT[lang], split)
    elif shape == "subject-lure":
        subject = pick(rng, pools["teaser"], split)
        body = pick(rng, st.CONTACT[lang], split) if rng.random() < 0.7 else "{link}"
    else:
        theme, body = st.untag(pick(rng, pools["body"], split), family)
        if not any(k in body for k in ("{email}", "{phone}", "{tg}", "{link}")) or rng.random() < 0.3:
            body += "\n\n" + pick(rng, st.CONTACT[lang], split)
    subject, body = f.fill(subject), f.fill(body)
    if shape == "chat-forward":
        body = chatExport(rng, lang, body, f)
    return keyboard(subject), keyboard(body), theme


# ---------------------------------------------------------------- packaging

def mailPackage(rng, item, html_rate, html_only_rate):
    """Charset, transfer encoding and MIME structure of a direct mail."""
    table = CHARSETS[item["lang"]]
    item["channel"] = "mail"
    item["charset"] = rng.choices([c for c, _ in table], [w for _, w in table])[0]
    item["cte"] = rng.choices(["8bit", "quoted-printable", "base64"], [30, 35, 35])[0]
    item["html_alt"] = rng.random() < html_rate
    item["html_only"] = item["html_alt"] and rng.random() < html_only_rate
    fb._legacyOk(item)
    if item["charset"] == "us-ascii" and item["cte"] == "8bit":
        item["cte"] = "7bit"


def webItem(rng, item, channel):
    item["channel"], item["charset"], item["cte"] = channel, "utf-8", "-"
    if channel == "page":
        item["gzip"], item["chunked"] = rng.random() < 0.5, rng.random() < 0.4
    else:
        item["post_format"] = rng.choice(POST_FORMATS)


def disguiseHtml(rng, kind, text):
    return fb.entityHtml(rng, text) if kind == "html-entity" else nb.tagSplit(rng, text)


def scamChannel(rng, item, shape, disguise, plain, f):
    """Mail (most; a share with the lure in a text attachment), a webmail/API submission (a share of them an upload
    of the lure as a file) or an ad page; the HTML a disguise needs."""
    needs_html = disguise in HTML_DISGUISES
    if shape == "ad-page":
        webItem(rng, item, "page")
        item["html"] = disguiseHtml(rng, disguise, plain) if needs_html else nb.tableHtml(rng, item["body"], None, f.values.get("link"))
        item["markup"] = "html"
        return
    if rng.random() < 0.18:
        webItem(rng, item, "post")
        if needs_html:
            item["html"], item["markup"] = disguiseHtml(rng, disguise, plain), "html"
        elif shape == "letter" and rng.random() < 0.35:
            item["post_format"], item["attach_kind"] = "upload", "upload"
        return
    if shape == "letter" and not needs_html and rng.random() < 0.15:
        mailPackage(rng, item, 0.0, 0.0)
        item.update(attach=True, attach_type="text", attach_name=rng.choice(st.ATTACH_NAMES[item["lang"]]),
                    cover=pick(rng, st.COVER[item["lang"]], item["split"] == "heldout"), attach_kind="text")
        fb._legacyOk(item)
        return
    mailPackage(rng, item, 1.0 if needs_html else 0.25, 0.6 if needs_html else 0.3)
    if item["html_alt"]:
        if needs_html:
            item["html"] = disguiseHtml(rng, disguise, plain)
        elif rng.random() < 0.5:
            item["html"] = nb.tableHtml(rng, item["body"], item["subject"] if rng.random() < 0.5 else None, f.values.get("link"))
        item["markup"] = "html-only" if item["html_only"] else "html"
        fb._legacyOk(item)


def scamHeaders(rng, item, f):
    """A direct mail from a free-mail box, an unrelated (compromised) domain, the victim's own address (the hacked-
    account letters), or a look-alike domain; Reply-To to another box on some."""
    lang = item["lang"]
    name = f.value("name")
    r = rng.random()
    if item["theme"] == "hacked-account":
        kind, addr, name = "own-address", f.value("mybox"), ""
    elif r < 0.5:
        kind, addr = "freemail", f"{sb6._local(name)}{rng.choice(['', str(rng.randint(1, 999))])}@{rng.choice(sb6.FREEMAIL)}"
    elif r < 0.8:
        kind, addr = "unrelated-domain", f"{rng.choice(['info', 'contact', 'admin', 'office'])}@{rng.choice(sb6.ODD_DOMAINS)}"
    else:
        word = rng.choice(st.LINK_WORDS.get(item["family"], st.LINK_WORDS["parcel"]))
        kind, addr = "lookalike-domain", f"{rng.choice(['no-reply', 'service', 'support'])}@{word}.{rng.choice(fb.ODD_TLDS)}"
    h = {"from_name": name, "from": addr, "envelope": addr if kind != "own-address" else f"bounce@{rng.choice(sb6.ODD_DOMAINS)}",
         "date": sb6.mailDate(rng), "msgid": s7.msgId(rng, addr.split("@")[1])}
    item["reply_to"] = "none"
    if rng.random() < 0.3:
        h["reply_to"] = f.value("email")
        item["reply_to"] = "freemail-differs"
    if kind == "own-address":
        h["to"] = addr
    elif rng.random() < 0.5:
        h["to"] = "undisclosed-recipients:;"
    mailer = rng.choice(sb6.MAILERS)
    if mailer:
        h["mailer"] = mailer
    h["received"] = [sb6.received(rng, rng.choice(["User", "localhost", "[192.168.1.23]"]), sb6.randIp(rng))]
    h["extra"] = [("X-Priority", "1 (Highest)")] if rng.random() < 0.15 else []
    item["headers"], item["from_kind"] = h, kind
    if lang in ("en", "de") and rng.random() < 0.2:
        h["extra"].append(("X-Spam-Flag", "NO"))


# ---------------------------------------------------------------- items

def _record(prefix, label, lang, family, split, n, subject, body, f, **extra):
    width = 3 if label == "scam" else 4
    return {"id": f"{prefix}-{family}-{lang}-{n:0{width}d}", "label": label, "family": family, "lang": lang, "batch": "twelfth",
            "split": "heldout" if split else "dev", "subject": subject, "body": body, "obfuscation": "none", "shape": "-",
            "theme": "-", "from_kind": "-", "reply_to": "-", "markup": "none", "paste_lang": "-", "keyboard": "standard",
            "attach_kind": "none", **f.meta, **extra}


def scamItem(rng, lang, family, split, n):
    f = Filler(rng, lang, family, split)
    label, keyboard = typed(rng, lang)
    shape = scamShape(rng, family)
    subject, body, theme = scamText(rng, lang, family, split, f, shape, keyboard)
    disguise = rng.choice(DISGUISES) if rng.random() < 0.3 else "none"
    plain = body
    if disguise == "spaced-letters":
        body = nb.spacedLetters(rng, body)
    elif disguise in ("homoglyph", "zero-width"):
        body = fb.obfuscateText(rng, body, disguise.replace("-", ""))
    item = _record("scam12", "scam", lang, family, split, n, subject, body, f, obfuscation=disguise, shape=shape, theme=theme,
                   keyboard=label)
    scamChannel(rng, item, shape, disguise, plain, f)
    if item["channel"] == "mail":
        scamHeaders(rng, item, f)
    return item


def quotedLure(rng, lang, split):
    """A lure of the item's own half and language as its reader received it: (subject, body, family)."""
    family = rng.choice(sorted(SCAM_CELLS[lang]))
    f = Filler(rng, lang, family, split)
    shape = rng.choice(["letter", "letter", "teaser", "chat-forward"])
    subject, body, _ = scamText(rng, lang, family, split, f, shape)
    return subject, body, family


def quotingText(rng, lang, kind, split, f):
    """A warning (police, bank, news) or a member's question that quotes a lure: (subject, body, form)."""
    shared = ht.SHARED[lang]
    lure_subject, lure, _ = quotedLure(rng, lang, split)
    if kind == "warning":
        subject, own, form = pick(rng, shared["warn_subj"], split), pick(rng, shared["warn"], split), rng.choice(WARN_FORMS)
    else:
        subject, own, form = pick(rng, shared["ask_subj"], split), pick(rng, shared["ask"], split), rng.choice(ASK_FORMS)
    if form == "quoted":
        body = f"{own}\n\n{s7.quote(lure)}"
    elif form == "forwarded":
        body = f"{own}\n\n---------- {st.FORWARD[lang]} ----------\n{lure_subject}\n\n{lure}"
    else:
        body = f"{own}\n\n« {lure_subject} »\n\n{lure}"
    if kind == "warning":
        body += "\n\n" + pick(rng, shared["warn_end"], split)
    return f.fill(subject), f.fill(body), form


def hamHeaders(rng, item, kind, f):
    """An organisation's mail (a newsletter with List-Unsubscribe, a notice with a help-desk Reply-To), or a member's
    own mail to a consumer forum's list when he asks about a lure."""
    lang = item["lang"]
    if kind == "asker":
        name = rng.choice(ht.MEMBERS[lang])
        addr = f"{sb6._local(name) or 'user'}{rng.randint(1, 99)}@{rng.choice(sb6.FREEMAIL)}"
        item["from_kind"] = "member"
    else:
        name, stem = rng.choice(ht.ORGS.get(kind, ht.ORGS["warning"]))
        addr = f"{rng.choice(['info', 'news', 'noreply', 'service'])}@{stem}.{ht.TLD[lang]}"
        item["from_kind"] = "organisation"
    domain = addr.split("@")[1]
    h = {"from_name": name, "from": addr, "envelope": f"bounce@{domain}", "date": sb6.mailDate(rng), "msgid": s7.msgId(rng, domain)}
    item["reply_to"] = "none"
    if kind != "asker" and rng.random() < 0.3:
        h["reply_to"] = f"{rng.choice(['support', 'help', 'contact'])}@{domain}"
        item["reply_to"] = "helpdesk-same-domain"
    extra = []
    if kind == "asker":
        h["to"] = f"members@{ht.FORUMS[lang]}.{ht.TLD[lang]}"
    elif kind in ("shop", "bank-loan", "exchange", "dating", "job", "lottery", "charity") and rng.random() < 0.7:
        extra.append(("List-Unsubscribe", f"<https://{domain}/unsubscribe?u={fb._rand(rng, 'abcdef0123456789', 12, 12)}>"))
    h["extra"] = extra
    mailer = rng.choice(sb6.MAILERS)
    if mailer:
        h["mailer"] = mailer
    h["received"] = [sb6.received(rng, "mail." + domain, sb6.randIp(rng))]
    item["headers"] = h


def hamChannel(rng, item, kind, form):
    r = rng.random()
    if form == "news" or (kind in PAGE_KINDS and r < 0.2):
        webItem(rng, item, "page")
        item["markup"] = "html"
        return "page"
    if (kind == "asker" and r < 0.55) or (kind not in QUOTING_KINDS and r < 0.3):
        webItem(rng, item, "post")
        return "post"
    mailPackage(rng, item, 0.3, 0.3)
    if item["html_alt"]:
        item["markup"] = "html-only" if item["html_only"] else "html"
    return "mail"


def hamItem(rng, lang, kind, split, n):
    f = Filler(rng, lang, kind, split, scam=False)
    label, keyboard = typed(rng, lang)
    form = "-"
    if kind in QUOTING_KINDS:
        subject, body, form = quotingText(rng, lang, kind, split, f)
    else:
        subject, body = (f.fill(x) for x in pick(rng, ht.HAM[lang][kind], split))
        first = body.split("\n", 1)[0]
        if not first.endswith((",", "!", ":")) and rng.random() < 0.4:
            body = f.fill(pick(rng, ht.SHARED[lang]["hello"], split)) + "\n\n" + body
        if rng.random() < 0.4:
            body += "\n\n" + pick(rng, ht.SHARED[lang]["bye"], split)
    subject, body = keyboard(subject), keyboard(body)
    item = _record("ham12", "benign", lang, kind, split, n, subject, body, f, shape=form, keyboard=label,
                   paste_lang=lang if kind in QUOTING_KINDS else "-")
    channel = hamChannel(rng, item, kind, form)
    if channel == "mail":
        hamHeaders(rng, item, kind, f)
    if kind not in QUOTING_KINDS:
        item["shape"] = channel
    return item


def generate(seed):
    return fb.generateCells(random.Random(seed + TWELFTH_SEED_OFFSET), SCAM_CELLS, HAM_CELLS, scamItem, hamItem)
