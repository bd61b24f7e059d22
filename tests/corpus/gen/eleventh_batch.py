"""Round 12's eleventh batch (`batch: eleventh`): the scams the list archives under-represent, in Russian and the
region's languages, and the mail, posts and pages of the same worlds that are not scams.

The pools are in scam_eleventh*.py and ham_eleventh*.py, written blind by helper c11-corpus, who never opened the
signature packs, never ran the sensor, `sig test`, probes.py or a measure.py detection on any text, never saw a
detection result, and did not read the earlier batches' text pools (only machinery is imported: the fourth batch's
variant pick, disguises, entity HTML and Uzbek transliteration, the sixth's filler, the seventh's list delivery and
packaging, the eighth's IBAN maker, the ninth's spaced letters, tag-split and table HTML).

What a different writer does here:
- scam of the families the archives hold little of: money-mule and reshipping recruitment, parcel and customs
  fees, tech-support invoices and refunds, fake shops of masks, tests and oximeters (prepay by transfer), loans
  with a prepaid insurance fee, romance and pig-butchering (the uncle at the exchange), crypto giveaways and
  "2% a day", and some inheritance, lottery and sextortion; in Russian, Uzbek (Latin and Cyrillic), Kazakh,
  Kyrgyz, Tajik, Turkmen, Turkish, English and German, with the region's payment and messaging habits (Payme,
  Click, Kaspi, Humo/Uzcard, Telegram, WhatsApp, sums in som, tenge, somoni, manat, rubles, lira);
- shapes: a letter, a two-line lure, a lure in the subject alone, a chat forwarded from a messenger, an ad page;
  channels: mail, webmail/API submissions (post) and web pages (page); a third disguised (homoglyphs, spaced
  letters, zero-width characters, HTML entities, words split across tags);
- look-alikes from the same worlds: job ads and HR mail, courier and customs notices, IT help desks and vendor
  invoices, pharmacies and medical-supply shops, bank and microfinance offers and reminders, dating-site and
  social notifications, exchanges' newsletters, news and police warnings quoting a scam, migrants' community
  lists, university and government notices.

Split rule: even-numbered pool variants dev, odd held-out, in every pool; a quoted scam comes from the scam pools
of the item's own half. Items alternate between halves within each (family or kind, language) cell. Own random
stream (SEED + 41).

Not part of generate.generate() (dev-half tools would hand it to whoever tunes): only measure.py (`--batch
eleventh`, and `all`) and check_eleventh.py draw it.
"""
import random

import eighth_batch as eb
import fourth_batch as fb
import ham_eleventh as he
import ninth_batch as nb
import scam_eleventh as se
import seventh_batch as s7
import sixth_batch as sb6
from fourth_batch import pick

ELEVENTH_SEED_OFFSET = 41
LANGS = ["ru", "uz", "uzc", "kk", "ky", "tg", "tk", "tr", "en", "de"]
REGION = ("uz", "uzc", "kk", "ky", "tg", "tk")

# Items per (family, language): Russian over a fifth, the region's six languages together over 30%.
SCAM_CELLS = {
    "ru": {"job": 10, "parcel": 10, "tech-support": 6, "fake-shop": 8, "loan": 10, "romance": 8, "crypto": 8, "advance-fee": 6,
           "lottery": 6, "sextortion": 8},
    "uz": {"job": 6, "parcel": 6, "loan": 6, "fake-shop": 4, "crypto": 4, "lottery": 4},
    "uzc": {"job": 4, "parcel": 4, "loan": 4, "romance": 4, "lottery": 4},
    "kk": {"job": 4, "parcel": 4, "loan": 4, "crypto": 4, "sextortion": 2, "lottery": 4},
    "ky": {"job": 4, "parcel": 4, "loan": 4, "romance": 4},
    "tg": {"job": 4, "parcel": 4, "loan": 4, "lottery": 4},
    "tk": {"job": 4, "parcel": 4, "loan": 4, "crypto": 4},
    "tr": {"job": 6, "parcel": 6, "tech-support": 4, "fake-shop": 6, "loan": 6, "romance": 4, "crypto": 4, "lottery": 4},
    "en": {"job": 8, "parcel": 8, "tech-support": 10, "fake-shop": 10, "loan": 6, "romance": 8, "crypto": 8, "advance-fee": 4,
           "lottery": 4, "sextortion": 4},
    "de": {"job": 6, "parcel": 6, "tech-support": 8, "fake-shop": 6, "loan": 6, "romance": 6, "crypto": 6, "sextortion": 6},
}
HAM_KINDS = ["job", "courier", "it-invoice", "pharmacy", "bank-loan", "dating", "exchange", "warning", "migrants", "notice"]
_ALL, _SOUTH = HAM_KINDS, ["job", "courier", "bank-loan", "warning", "migrants", "notice"]
HAM_CELLS = {
    "ru": {k: 40 for k in _ALL}, "en": {k: 26 for k in _ALL}, "de": {k: 22 for k in _ALL},
    "tr": {k: 20 for k in _ALL if k != "migrants"},
    "uz": {k: 24 for k in _ALL if k != "dating"},
    "uzc": {k: 20 for k in _SOUTH},
    "kk": {k: 18 for k in ["job", "courier", "pharmacy", "bank-loan", "exchange", "warning", "notice"]},
    "ky": {k: 16 for k in _SOUTH}, "tg": {k: 16 for k in _SOUTH},
    "tk": {k: 16 for k in ["job", "courier", "pharmacy", "bank-loan", "warning", "notice"]},
}
SCAM_SHAPES = ["letter", "teaser", "subject-lure", "chat-forward", "ad-page"]
PAGE_FAMILIES = {"job", "fake-shop", "loan", "crypto", "lottery"}
PAGE_KINDS = {"job", "pharmacy", "bank-loan", "exchange", "warning", "notice"}
DISGUISES = ["homoglyph", "spaced-letters", "zero-width", "html-entity", "tag-split"]
HTML_DISGUISES = {"html-entity", "tag-split"}
POST_FORMATS = ["form", "json", "multipart"]
WARN_FORMS = ["quoted", "pasted", "forwarded", "news"]
CHARSETS = {"ru": [("utf-8", 50), ("windows-1251", 25), ("koi8-r", 25)], "uz": [("utf-8", 80), ("iso-8859-1", 20)],
            "uzc": [("utf-8", 70), ("windows-1251", 30)], "kk": [("utf-8", 85), ("windows-1251", 15)],
            "ky": [("utf-8", 80), ("windows-1251", 20)], "tg": [("utf-8", 85), ("windows-1251", 15)], "tk": [("utf-8", 1)],
            "tr": [("utf-8", 70), ("iso-8859-9", 30)], "en": [("utf-8", 70), ("us-ascii", 15), ("iso-8859-1", 15)],
            "de": [("utf-8", 60), ("iso-8859-1", 20), ("iso-8859-15", 20)]}
# What a messenger prints above a forwarded chat (the user pastes it into a mail or a form).
FORWARD = {"ru": "Пересланное сообщение", "uz": "Uzatilgan xabar", "uzc": "Узатилган хабар", "kk": "Қайта жіберілген хабарлама",
           "ky": "Багытталган билдирүү", "tg": "Паёми фиристодашуда", "tk": "Ugradylan habar", "tr": "İletilen mesaj",
           "en": "Forwarded message", "de": "Weitergeleitete Nachricht"}

# Sums in the local currency: (unit, small range, large range, digit group separator).
MONEY = {"ru": (["руб.", "₽", "рублей"], (1500, 15000), (45000, 500000), " "),
         "uz": (["so'm", "so'm", "UZS"], (150000, 900000), (5000000, 60000000), " "),
         "uzc": (["сўм", "сўм", "UZS"], (150000, 900000), (5000000, 60000000), " "),
         "kk": (["теңге", "тг", "₸"], (5000, 60000), (300000, 3000000), " "),
         "ky": (["сом", "сом", "KGS"], (1500, 9000), (50000, 600000), " "),
         "tg": (["сомонӣ", "сомонӣ", "TJS"], (150, 1500), (5000, 60000), " "),
         "tk": (["manat", "manat", "TMT"], (150, 1500), (5000, 50000), " "),
         "tr": (["TL", "₺", "TL"], (250, 4500), (25000, 400000), "."),
         "en": (["$", "£", "$"], (25, 450), (1800, 25000), ","),
         "de": (["€", "Euro", "EUR"], (19, 390), (1800, 25000), ".")}
PHONES = {"ru": ["+7 9{a}{b} {c}-{d2}-{e2}", "8 9{a}{b} {c} {d2} {e2}"], "uz": ["+998 9{a} {c} {d2} {e2}", "+998 {a}{b} {c}-{d2}-{e2}"],
          "uzc": ["+998 9{a} {c} {d2} {e2}"], "kk": ["+7 70{a} {c} {d2} {e2}", "+7 747 {c} {d2} {e2}"],
          "ky": ["+996 5{a}{b} {c} {d3}", "+996 7{a}{b} {c} {d3}"], "tg": ["+992 9{a} {c} {d2}{e2}", "+992 {a}{b} {c} {d2} {e2}"],
          "tk": ["+993 6{a} {d2}-{e2}-{c}"], "tr": ["+90 5{a}{b} {c} {d2} {e2}", "0 (5{a}{b}) {c} {d2} {e2}"],
          "en": ["+1 (8{a}{b}) {c}-{d4}", "+44 7{a}{b}{a} {c}{d3}"], "de": ["+49 15{a} {c}{d4}", "0800 {c} {d4}"]}
BTC_FAMILIES = {"sextortion", "crypto"}
CARD_PREFIX = {"ru": ["2202 20", "5536 91", "2200 70"], "uz": ["8600 49", "9860 12", "8600 31"], "uzc": ["8600 14", "9860 35"],
               "kk": ["4400 43", "4400 44"], "ky": ["4169 58", "9417 01"], "tg": ["9762 00", "9762 31"], "tk": ["6360 18", "9934 01"]}


class Filler(sb6.Filler):
    """The sixth batch's filler (wallets, BTC sums, passwords, hours, order numbers, tracking codes) with this
    batch's placeholders: {phone}, {tg}, {link}, {amount}, {fee}, {card}, {name}, {date} (see scam_eleventh.py), and
    for the look-alikes {site} (the organisation's site) and {last4} (a card's last digits)."""

    def value(self, key):
        if key in self.values:
            return self.values[key]
        rng, lang = self.rng, self.lang
        if key == "phone":
            fmt = rng.choice(PHONES[lang])
            v = fmt.format(a=rng.randint(0, 9), b=rng.randint(0, 9), c=rng.randint(100, 999), d2=f"{rng.randint(0, 99):02d}",
                           e2=f"{rng.randint(0, 99):02d}", d3=f"{rng.randint(0, 999):03d}", d4=f"{rng.randint(0, 9999):04d}")
        elif key == "tg":
            v = "@" + rng.choice(se.TG.get(self.family, se.TG["job"])) + rng.choice(["", "", str(rng.randint(1, 99))])
        elif key == "link":
            v = self.link()
        elif key in ("amount", "fee"):
            v = self.money(key)
        elif key == "card":
            v = self.card()
        elif key == "name":
            v = rng.choice(se.NAMES[lang])
        elif key == "date":
            v = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.choice([2025, 2026])}"
        elif key == "wallet":
            # Blackmail and giveaways ask for bitcoin; the romance "platforms" and bonuses for USDT.
            kinds = ("bc1q", "legacy-1", "p2sh-3") if self.family in BTC_FAMILIES else ("trc20", "erc20")
            kind, v = fb.wallet(rng)
            while kind not in kinds:
                kind, v = fb.wallet(rng)
            self.meta["wallet_kind"] = kind
        elif key == "site":
            v = rng.choice(he.SITES[lang])
        elif key == "last4":
            v = f"{rng.randint(0, 9999):04d}"
        else:
            return super().value(key)
        self.values[key] = v
        return v

    def fill(self, text):
        # "руб." closing a sentence takes no second full stop.
        return super().fill(text).replace("руб..", "руб.")

    def link(self):
        rng = self.rng
        if not self.scam:
            path = rng.choice(["", "lk", "orders", "news", "help", "vacancy", "track"])
            return f"https://{self.value('site')}/{path}" + (f"/{rng.randint(1000, 99999)}" if path else "")
        word = rng.choice(se.LINK_WORDS.get(self.family, se.LINK_WORDS["parcel"]))
        host = f"{word}{rng.choice(['', '-', '24', '-online', '-24'])}.{rng.choice(fb.ODD_TLDS)}"
        self.meta["link_kind"] = "scam-site"
        return f"https://{host}/{fb._rand(rng, 'abcdefghijkmnpqrstuvwxyz23456789', 4, 8)}"

    def money(self, key):
        """A sum as the language writes it: groups of digits with its separator, the unit before ($, £) or after."""
        rng = self.rng
        units, small, large, sep = MONEY[self.lang]
        lo, hi = small if key == "fee" else large
        n = rng.randint(lo, hi)
        n = n - n % (10 ** max(0, len(str(n)) - 2)) if rng.random() < 0.7 else n - n % 10
        digits = f"{n:,}".replace(",", sep) if n >= 10000 or sep == "," or rng.random() < 0.5 else str(n)
        unit = rng.choice(units)
        self.meta["amount_style"] = "digits"
        return f"{unit}{digits}" if unit in ("$", "£") else (f"{digits} {unit}" if unit != "€" or rng.random() < 0.6 else f"{unit} {digits}")

    def card(self):
        """Where the money goes: a card number of the country's payment system, or an IBAN or UK account."""
        rng = self.rng
        if self.lang in CARD_PREFIX:
            pre = rng.choice(CARD_PREFIX[self.lang])
            rest = f"{pre}{rng.randint(10, 99)} {rng.randint(0, 9999):04d} {rng.randint(0, 9999):04d}"
            return rest.replace(" ", "") if rng.random() < 0.3 else rest
        if self.lang == "en":
            return f"sort code {rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}, account {rng.randint(10000000, 99999999)}"
        if self.lang == "de":
            return eb.iban(rng, "DE")
        # A Turkish IBAN as a seller gives it: TR, two check digits, bank code and account (not checksummed).
        digits = f"TR{rng.randint(10, 98)}" + "".join(str(rng.randint(0, 9)) for _ in range(22))
        return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


# ---------------------------------------------------------------- scam

def scamShape(rng, family):
    w = {"letter": 45, "teaser": 18, "subject-lure": 10, "chat-forward": 12, "ad-page": 15 if family in PAGE_FAMILIES else 0}
    return rng.choices(list(w), list(w.values()))[0]


def chatForward(rng, lang, text, f):
    """A messenger chat as a user forwards it: the messenger's header, then the sender's messages with times."""
    who = f"{f.value('name')} ({f.value('tg')})"
    parts = [p.strip() for p in text.replace("\n\n", "\n").split("\n") if p.strip()]
    if len(parts) < 2:
        words = text.split(". ")
        cut = max(1, len(words) // 2)
        parts = [". ".join(words[:cut]).rstrip(".") + ".", ". ".join(words[cut:])] if len(words) > 1 else [text]
    hour, minute = rng.randint(8, 22), rng.randint(0, 50)
    lines = [f"---------- {FORWARD[lang]} ----------", who]
    for p in parts:
        minute = min(59, minute + rng.randint(0, 3))
        lines.append(f"[{hour:02d}:{minute:02d}] {p}")
    return "\n".join(lines)


def scamText(rng, lang, family, split, f, shape):
    """(subject, body) of a scam in one of the shapes, placeholders filled."""
    pools, contact = se.SCAM[lang][family], se.SHARED[lang]["contact"]
    subject = pick(rng, pools["subj"], split)
    if shape == "teaser":
        body = pick(rng, pools["teaser"], split)
        if rng.random() < 0.3:
            body += "\n" + pick(rng, contact, split)
    elif shape == "subject-lure":
        # The lure is the subject; the body holds only where to write or click.
        subject = pick(rng, pools["teaser"], split)
        body = pick(rng, contact, split) if rng.random() < 0.7 else "{link}"
    else:
        body = pick(rng, pools["body"], split)
        if "{tg}" not in body and "{phone}" not in body and rng.random() < 0.6:
            body += "\n\n" + pick(rng, contact, split)
    subject, body = f.fill(subject), f.fill(body)
    if shape == "chat-forward":
        body = chatForward(rng, lang, body, f)
    return subject, body


def scamHeaders(rng, item, lang, f):
    """A direct mail: a display name before a free-mail box, an unrelated (compromised) domain or a look-alike of
    the brand; a Reply-To to another box on some; Received from a home connection or a bulk host."""
    name = f.value("name") if rng.random() < 0.6 else rng.choice(he.BRANDS[lang])
    r = rng.random()
    if r < 0.5:
        kind, addr = "freemail", f"{sb6._local(name)}{rng.choice(['', str(rng.randint(1, 999))])}@{rng.choice(sb6.FREEMAIL)}"
    elif r < 0.8:
        kind, addr = "unrelated-domain", f"{rng.choice(['info', 'admin', 'office', 'noreply'])}@{rng.choice(sb6.ODD_DOMAINS)}"
    else:
        word = rng.choice(se.LINK_WORDS.get(item["family"], se.LINK_WORDS["parcel"]))
        kind, addr = "lookalike-domain", f"{rng.choice(['no-reply', 'info', 'support', 'service'])}@{word}.{rng.choice(fb.ODD_TLDS)}"
    h = {"from_name": name, "from": addr, "envelope": addr, "date": sb6.mailDate(rng), "msgid": s7.msgId(rng, addr.split("@")[1])}
    item["reply_to"] = "none"
    if rng.random() < 0.3:
        h["reply_to"] = f"{sb6._local(f.value('name'))}.{rng.randint(1, 99)}@{rng.choice(sb6.FREEMAIL)}"
        item["reply_to"] = "freemail-differs"
    if rng.random() < 0.5:
        h["to"] = "undisclosed-recipients:;"
    mailer = rng.choice(sb6.MAILERS)
    if mailer:
        h["mailer"] = mailer
    h["received"] = [sb6.received(rng, rng.choice(["User", "localhost", "mail." + rng.choice(sb6.ODD_DOMAINS)]), sb6.randIp(rng))]
    h["extra"] = [("X-Priority", "1 (Highest)")] if rng.random() < 0.15 else []
    item["headers"] = h
    item["from_kind"] = kind


def package(rng, item, lang, html_rate, html_only_rate):
    """Charset, transfer encoding and MIME structure of a mail (no list, no footer)."""
    table = CHARSETS[lang]
    item["channel"] = "mail"
    item["charset"] = rng.choices([c for c, _ in table], [w for _, w in table])[0]
    item["cte"] = rng.choices(["8bit", "quoted-printable", "base64"], [35, 35, 30])[0]
    item["html_alt"] = rng.random() < html_rate
    item["html_only"] = item["html_alt"] and rng.random() < html_only_rate
    item["footer"] = "none"
    fb._legacyOk(item)
    if item["charset"] == "us-ascii" and item["cte"] == "8bit":
        item["cte"] = "7bit"


def disguiseHtml(rng, kind, text):
    return fb.entityHtml(rng, text) if kind == "html-entity" else nb.tagSplit(rng, text)


def channelOf(rng, item, shape, disguise, plain, f):
    """Mail (most), a webmail/API submission (post) or an ad page; the HTML a disguise needs."""
    if shape == "ad-page":
        item["channel"] = "page"
        item["gzip"], item["chunked"] = rng.random() < 0.5, rng.random() < 0.4
        if disguise in HTML_DISGUISES:
            item["html"] = disguiseHtml(rng, disguise, plain)
        elif rng.random() < 0.5:
            item["html"] = nb.tableHtml(rng, item["body"], None, f.values.get("link"))
        item["markup"] = "html"
    elif rng.random() < 0.2:
        item["channel"] = "post"
        item["post_format"] = rng.choice(POST_FORMATS)
        if disguise in HTML_DISGUISES:
            item["html"] = disguiseHtml(rng, disguise, plain)
            item["markup"] = "html"
    else:
        html_rate = 1.0 if disguise in HTML_DISGUISES else 0.2
        package(rng, item, item["lang"], html_rate, 0.6 if disguise in HTML_DISGUISES else 0.3)
        if item["html_alt"]:
            if disguise in HTML_DISGUISES:
                item["html"] = disguiseHtml(rng, disguise, plain)
            elif rng.random() < 0.5:
                item["html"] = nb.tableHtml(rng, item["body"], item["subject"] if rng.random() < 0.5 else None, f.values.get("link"))
            item["markup"] = "html-only" if item["html_only"] else "html"
            fb._legacyOk(item)
        return
    item["charset"], item["cte"] = "utf-8", "-"


def scamItem(rng, lang, family, split, n):
    f = Filler(rng, lang, family, split)
    shape = scamShape(rng, family)
    subject, body = scamText(rng, lang, family, split, f, shape)
    disguise = rng.choice(DISGUISES) if rng.random() < 0.3 else "none"
    plain = body
    if disguise == "spaced-letters":
        body = nb.spacedLetters(rng, body)
    elif disguise in ("homoglyph", "zero-width"):
        body = fb.obfuscateText(rng, body, disguise.replace("-", ""))
    item = {"id": f"scam11-{family}-{lang}-{n:03d}", "label": "scam", "family": family, "lang": lang, "batch": "eleventh",
            "split": "heldout" if split else "dev", "subject": subject, "body": body, "obfuscation": disguise, "shape": shape,
            "theme": family, "from_kind": "-", "reply_to": "-", "markup": "none", "paste_lang": "-", **f.meta}
    channelOf(rng, item, shape, disguise, plain, f)
    if item["channel"] == "mail":
        scamHeaders(rng, item, lang, f)
    return item


# ---------------------------------------------------------------- look-alikes

def hamHeaders(rng, item, lang, kind):
    """An organisation's mail (a newsletter with List-Unsubscribe, a notice with a help-desk Reply-To) or a
    person's, as it reaches the subscriber."""
    name, addr = rng.choice(he.SENDERS[lang][kind])
    h = {"from_name": name, "from": addr, "envelope": f"bounce@{addr.split('@')[1]}", "date": sb6.mailDate(rng),
         "msgid": s7.msgId(rng, addr.split("@")[1])}
    item["reply_to"] = "none"
    if rng.random() < 0.3:
        h["reply_to"] = f"{rng.choice(['support', 'help', 'info', 'hr'])}@{addr.split('@')[1]}"
        item["reply_to"] = "helpdesk-same-domain"
    extra = []
    if kind in ("pharmacy", "bank-loan", "exchange", "dating", "job") and rng.random() < 0.7:
        extra.append(("List-Unsubscribe", f"<https://{addr.split('@')[1]}/unsubscribe?u={fb._rand(rng, 'abcdef0123456789', 12, 12)}>"))
    h["extra"] = extra
    mailer = rng.choice(sb6.MAILERS)
    if mailer:
        h["mailer"] = mailer
    h["received"] = [sb6.received(rng, "mail." + addr.split("@")[1], sb6.randIp(rng))]
    item["headers"] = h
    item["from_kind"] = "freemail" if addr.split("@")[1] in sb6.FREEMAIL else "organisation"


def pastedScam(rng, lang, split):
    """A scam of the item's own half and language, as the reader received it: (subject, body)."""
    family = rng.choice(sorted(SCAM_CELLS[lang]))
    f = Filler(rng, lang, family, split)
    return scamText(rng, lang, family, split, f, rng.choice(["letter", "letter", "teaser", "chat-forward"]))


def warningText(rng, lang, split, f):
    """News, a police or bank warning, or a reader's forward that quotes a scam: (subject, body, form)."""
    shared = he.SHARED[lang]
    subj_scam, paste = pastedScam(rng, lang, split)
    own = f.fill(pick(rng, shared["warn"], split))
    subject = f.fill(pick(rng, shared["warn_subj"], split))
    form = rng.choice(WARN_FORMS)
    if form == "quoted":
        body = own + "\n\n" + s7.quote(paste)
    elif form == "pasted":
        body = f"{own}\n\n«{subj_scam}»\n\n{paste}\n\n{f.fill(pick(rng, shared['warn_end'], split))}"
    elif form == "forwarded":
        body = f"{own}\n\n---------- {FORWARD[lang]} ----------\n{subj_scam}\n\n{paste}"
    else:
        body = f"{own}\n\n\"{paste}\"\n\n{f.fill(pick(rng, shared['warn_end'], split))}"
    return subject, body, form


def footerOf(lst):
    """The footer a migrants' list appends (None: the list adds none)."""
    return he.FOOTERS[lst[7]].format(name=lst[0], host=lst[1]) if lst[7] else None


def hamItem(rng, lang, kind, split, n):
    f = Filler(rng, lang, kind, split, scam=False)
    form = "-"
    if kind == "warning":
        subject, body, form = warningText(rng, lang, split, f)
    else:
        subject, body = (f.fill(x) for x in pick(rng, he.HAM[lang][kind], split))
    item = {"id": f"ham11-{kind}-{lang}-{n:04d}", "label": "benign", "family": kind, "lang": lang, "batch": "eleventh",
            "split": "heldout" if split else "dev", "subject": subject, "body": body, "obfuscation": "none", "shape": form,
            "theme": "-", "from_kind": "-", "reply_to": "-", "markup": "none", "paste_lang": lang if kind == "warning" else "-",
            **f.meta}
    r = rng.random()
    if kind == "migrants":
        item["shape"] = "list-post"
        lst = rng.choice([x for x in he.LISTS if x[4] == lang] or he.LISTS)
        name, addr = rng.choice(he.MEMBERS[lang])
        s7.deliver(rng, item, lst, name, addr)
        item["from_kind"] = "list-member"
        s7.package(rng, item, lang, 0.1, 0.0, lst, footer=footerOf(lst) or False)
        item["markup"] = "html" if item["html_alt"] else "none"
    elif (kind in PAGE_KINDS and r < 0.2) or form == "news":
        item["channel"], item["charset"], item["cte"], item["markup"] = "page", "utf-8", "-", "html"
        item["gzip"], item["chunked"] = rng.random() < 0.5, rng.random() < 0.4
        item["shape"] = "news" if kind == "warning" else "page"
    elif r < 0.3:
        item["channel"], item["charset"], item["cte"] = "post", "utf-8", "-"
        item["post_format"] = rng.choice(POST_FORMATS)
        item["shape"] = form if kind == "warning" else "post"
    else:
        package(rng, item, lang, 0.25, 0.3)
        hamHeaders(rng, item, lang, kind)
        if kind != "warning":
            item["shape"] = "mail"
        if item["html_alt"]:
            item["markup"] = "html-only" if item["html_only"] else "html"
    return item


def generate(seed):
    return fb.generateCells(random.Random(seed + ELEVENTH_SEED_OFFSET), SCAM_CELLS, HAM_CELLS, scamItem, hamItem)
