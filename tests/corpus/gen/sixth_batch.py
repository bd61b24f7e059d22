"""Round 7's sixth batch (`batch: sixth`): how its items are assembled.

The pools are in scam_sixth*.py and ham_sixth*.py, written blind by helper
C6, who never opened the signature packs, never ran the sensor, `sig test`
or measure.py detection on these texts and never saw a detection result for
them. The fifth batch is tuning material now; this one is the held-out
batch that still measures generalisation (tests/corpus/README.md).

Not part of generate.generate() on purpose (margin.py and the other tools
that walk the generated dev half would hand it to whoever tunes). Only
measure.py (`--batch sixth`, and `all`) and check_sixth.py draw it.

The packaging machinery is the fourth and fifth batches' (link and wallet
makers, disguises, entity HTML, channels), imported, not copied. What is
new here is what real scam archives show and the earlier batches lacked:
- whole RFC 5322 mails: Received lines, a mailer, Message-ID, a display
  name that claims an organisation or an official in front of a free-mail
  or unrelated address, and a Reply-To to a free-mail address that differs
  from From (item["headers"], rendered by measure.mailExchanges); the
  look-alikes carry real headers too (mailing lists set Reply-To to the
  list, newsletters to their help desk, small charities send from free-mail);
- shapes: "letter", "rambling" (the 419), "very-short" (two lines and a
  link or a phone / WhatsApp / Telegram contact), "forwarded" (the sender
  forwards "his previous mail" again), "thread" (a reply above the victim's
  answer above the first letter, quoted twice), "bilingual" (paragraphs in
  two languages, as mass mailers paste them), "alt-only" (HTML made of
  images whose alt text is the only text), "site-page" (a fake shop or a
  giveaway page with products, prices, a wallet and fake transactions);
- the text or HTML of the letter as an ATTACHMENT (text/plain or text/html,
  with a realistic file name) behind a short cover note;
- disguises: "leet-heavy" (every money and threat word in digits and
  symbols: b1tc0in, p@ssw0rd, c0ntact) and "emoji-heavy" (emoji at every
  line and between phrases), beside a few of the older kinds;
- modern asks: QR code "scan to pay", Telegram / WhatsApp handles,
  USDT TRC20 addresses, gift cards; and plain-spoken 419 scenarios that
  never say inheritance or lottery ("business proposal", "confidential
  transaction", "unclaimed funds", "partnership"), with and without sums.

Split rule, as before: even-numbered pool variants dev, odd held-out
(greetings, sign-offs, sums in words, quoted replies, cover lines, footers
too); items alternate between halves within each (family, language) cell.
One random stream (SEED + 17).
"""
import functools
import html
import random
import re

import fifth_batch as f5
import fourth_batch as fb
import ham_sixth
import scam_sixth
from fourth_batch import pick, toUzc

SIXTH_SEED_OFFSET = 17

# Items per (family, language) cell: German weighs more (much real 419 mail is German), and the
# families the real archive holds most of (advance-fee, lottery, loan) weigh more everywhere.
SCAM_BASE = {"en": 12, "ru": 10, "de": 14}  # others 6
FAMILY_WEIGHT = {"advance-fee": 2.0, "lottery": 1.5, "loan": 1.5}
# Look-alikes per (kind, language): the real ham set is a technical mailing list, so English list
# mail weighs most.
HAM_PER_KIND = {"en": 64, "ru": 48, "de": 50}  # others: HAM_PER_LANG over the language's kinds
HAM_PER_LANG = 150
HAM_KIND_WEIGHT = {("en", "tech-list"): 4.0, ("de", "tech-list"): 1.5, ("ru", "tech-list"): 1.5}

LANG_PAIRS = {"en": ["de", "fr", "es", "ru"], "de": ["en", "tr"], "ru": ["en", "uk", "kk", "uz"], "uk": ["ru", "en"],
              "uz": ["ru", "en"], "uzc": ["ru"], "kk": ["ru"], "ky": ["ru"], "tg": ["ru"], "tk": ["ru", "en"],
              "fr": ["en"], "es": ["en"], "tr": ["en", "de"]}


def _uzc(sentence):
    return f5._uzc(sentence)


@functools.lru_cache(maxsize=None)
def scamTable():
    """lang -> family -> slots (Uzbek Cyrillic transliterated from Uzbek Latin, scenario tags kept)."""
    return fb.withUzc(scam_sixth.SCAM, _uzc)


@functools.lru_cache(maxsize=None)
def hamTable():
    """lang -> kind -> slots."""
    return fb.withUzc(ham_sixth.HAM)


def _perLang(table, lang, fallback="en"):
    src = "uz" if lang == "uzc" else lang
    if src not in table:
        src = fallback
    return [toUzc(s) for s in table[src]] if lang == "uzc" else table[src]


def scamGreetings(lang, family):
    if family in ("advance-fee", "lottery", "romance", "loan"):
        return _perLang(scam_sixth.GREET419, lang)
    return _perLang(scam_sixth.GREET, lang)


def scamSignoffs(lang):
    return _perLang(scam_sixth.SIGN, lang)


def sumWords(lang):
    return _perLang(scam_sixth.WORDS, lang)


def quotedReplies(lang):
    return _perLang(scam_sixth.QUOTED, lang)


def coverLines(lang):
    return _perLang(scam_sixth.RESEND, lang)


def attachCovers(lang):
    return _perLang(scam_sixth.ATTACH_COVER, lang)


def hamGreetings(lang):
    return _perLang(ham_sixth.GREET, lang)


def hamFooters(lang):
    return _perLang(ham_sixth.FOOTER, lang)


def quoteHead(lang):
    head = scam_sixth.QUOTE_HEAD["uz" if lang == "uzc" else lang]
    return toUzc(head) if lang == "uzc" else head


# ---------------------------------------------------------------- values for the placeholders

CURRENCY = dict(f5.CURRENCY)
TG_NAMES = ["payout_desk", "claims_office", "agent_williams", "support_help24", "fond_vyplat", "manager_elena", "crypto_signal_vip",
            "ozod_yordam", "jumys_kz", "hr_remote_team", "kargo_destek", "lotto_bonus", "binance_support_eu", "dr_robert_cfo"]
# Leaked-password examples a sextortion mail quotes (written for this batch).
PASSWORDS = ["Kristina1990", "qwerty2024!", "Almaty_1987", "monkey123", "Samarkand77", "letmein22", "Bayern1900", "Zhanna85",
             "football7", "Dushanbe2010", "iloveyou!", "Hamburg#12", "Bishkek_99", "nastya2007", "Merdan1995", "pa55word"]
GIFT_CARDS = ["Apple", "Google Play", "Steam", "Amazon", "iTunes", "Razer Gold", "Paysafecard"]


def sha256Hex(rng):
    return "".join(rng.choice("0123456789abcdef") for _ in range(64))


class Filler(f5.Filler):
    """The fifth batch's filler with this batch's sums in words and leaked passwords, and its placeholders:
    {tg} a Telegram handle, {trc} a TRC20 address, {btc} / {usdt} a sum in the coin, {gift} a gift-card brand, {sha} a sha256 digest, {ver} a version, {order} an order number,
    {name} a person's name for the look-alikes."""

    def value(self, key):
        if key in self.values and key not in ("amount", "words"):
            return self.values[key]
        rng = self.rng
        if key == "tg":
            v = "@" + rng.choice(TG_NAMES) + rng.choice(["", "", str(rng.randint(1, 99))])
        elif key == "trc":
            v = "T" + "".join(rng.choice(fb.B58) for _ in range(33))
            self.meta["wallet_kind"] = "trc20"
        elif key in ("btc", "usdt"):
            # A sum in the coin itself ("0.085 BTC", "1 200 USDT"), as extortion and "tax before withdrawal" asks give it.
            v = (f"{rng.randint(8, 350) / 1000:.3f}".rstrip("0") if key == "btc" else
                 f"{rng.randint(3, 60) * 50:,}".replace(",", rng.choice([",", " ", ""])))
            self.meta["amount_style"] = "digits" if self.meta["amount_style"] in ("none", "digits") else "both"
            self.values[key] = v
            return v
        elif key == "words":
            # This batch's own sums in words (the parent class would draw the fifth batch's).
            v = pick(rng, sumWords(self.lang), self.split)
            self.meta["amount_style"] = "words" if self.meta["amount_style"] in ("none", "words") else "both"
            return v
        elif key == "password":
            v = rng.choice(PASSWORDS)
        elif key == "gift":
            v = rng.choice(GIFT_CARDS)
        elif key == "sha":
            v = sha256Hex(rng)
        elif key == "ver":
            v = f"{rng.randint(0, 29)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"
        elif key == "order":
            v = f"{rng.choice(['', '#', 'A', 'DE-'])}{rng.randint(100000, 9999999)}"
        elif key == "name":
            v = rng.choice(["Anna", "Tom", "Dilnoza", "Marat", "Jonas", "Aigerim", "Leyla", "Pavel", "Claire", "Diego"])
        else:
            return super().value(key)
        self.values[key] = v
        return v


# ---------------------------------------------------------------- headers

FREEMAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "yahoo.co.uk", "aol.com", "gmx.de", "web.de", "t-online.de",
            "mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "list.ru", "proton.me", "zoho.com", "ukr.net", "mail.kz", "inbox.uz",
            "qq.com", "163.com", "rediffmail.com", "libero.it", "orange.fr", "laposte.net", "yahoo.es", "yandex.kz"]
# Unrelated (compromised) sender domains: schools, clinics, small firms in other countries.
ODD_DOMAINS = ["colegio-sanmartin.edu.ar", "clinica-dental-lopez.com.mx", "tjhs.k12.example.us", "smkn2-bandung.sch.id",
               "rotary-club-kaduna.org.ng", "immobilien-wagner-hof.de", "agro-trade.com.br", "hotelsunrise.co.za",
               "pharmacie-centrale.ci", "univ-example.edu.gh", "mairie-sainte-croix.fr", "bodrum-otel.com.tr",
               "stroy-invest.kz", "ferma-nur.uz", "webmail.kabel-net.example.de"]
MAILERS = ["Microsoft Outlook 16.0", "Roundcube Webmail/1.4.13", "PHPMailer 6.1.4 (https://github.com/PHPMailer/PHPMailer)",
           "Apple Mail (2.3731)", "iPhone Mail (20G75)", "Zimbra 8.8.15_GA", "Mozilla Thunderbird 115.6", "SquirrelMail/1.4.22",
           "Yandex.Mail", "WEB.DE Mailer", None, None]
TZ = ["+0000", "+0100", "+0200", "-0700", "+0300", "+0500", "+0600", "-0500", "+0530", "+0800"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _local(name):
    s = re.sub(r"[^a-z0-9]+", ".", name.lower().encode("ascii", "ignore").decode()).strip(".")
    return s or "info"


def mailDate(rng):
    return (f"{rng.choice(DOW)}, {rng.randint(1, 28)} {rng.choice(fb.MONTHS)} 2025 {rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {rng.choice(TZ)}")


def received(rng, helo, ip):
    return (f"from {helo} ({helo} [{ip}]) by mx.example.org (Postfix) with ESMTP id {fb._rand(rng, 'ABCDEF0123456789', 10, 10)}; "
            f"{mailDate(rng)}")


def randIp(rng):
    return f"{rng.randint(23, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def scamHeaders(rng, item, lang, family, f):
    """From with a display name (an organisation, an official, a person) in front of a free-mail, unrelated or
    look-alike address; often a Reply-To to another free-mail address; To undisclosed or the victim."""
    src = "uz" if lang == "uzc" else lang
    senders = scam_sixth.SENDERS.get(family, scam_sixth.SENDERS["advance-fee"])
    names = senders.get(src) or senders["en"]
    name = pick(rng, names, 0 if item["split"] == "dev" else 1)
    if lang == "uzc":
        name = toUzc(name)
    r = rng.random()
    if r < 0.45:
        kind, addr = "freemail", f"{_local(name)}{rng.choice(['', str(rng.randint(1, 999))])}@{rng.choice(FREEMAIL)}"
    elif r < 0.75:
        kind, addr = "unrelated-domain", f"{rng.choice(['info', 'admin', 'office', 'webmaster', 'noreply', _local(name)])}@{rng.choice(ODD_DOMAINS)}"
    else:
        _, link = fb.scamLink(rng, family)
        host = re.sub(r"^https?://", "", link).split("/")[0]
        if re.fullmatch(r"[\d.]+", host):
            host = f"{fb._rand(rng, 'abcdefghijkmnpqrstuvwxyz', 5, 9)}.{rng.choice(fb.ODD_TLDS)}"
        kind, addr = "lookalike-domain", f"{rng.choice(['service', 'no-reply', 'info', 'support', 'claims'])}@{host}"
    h = {"from_name": name, "from": addr, "envelope": addr if rng.random() < 0.6 else f"bounce-{rng.randint(1000, 99999)}@{rng.choice(ODD_DOMAINS)}"}
    reply = "none"
    if "email" in f.values and rng.random() < 0.7:
        h["reply_to"] = f.values["email"]
        reply = "freemail-differs"
    elif rng.random() < 0.45:
        h["reply_to"] = f"{_local(name)}.{rng.choice(['office', 'desk', 'private', 'claims'])}{rng.randint(1, 99)}@{rng.choice(FREEMAIL)}"
        reply = "freemail-differs"
    if h.get("reply_to") and h["reply_to"] == addr:
        reply = "same"
    if rng.random() < 0.55:
        h["to"] = rng.choice(["undisclosed-recipients:;", "Undisclosed recipients:;", "<recipients@example.org>"])
    mailer = rng.choice(MAILERS)
    if mailer:
        h["mailer"] = mailer
    h["received"] = [received(rng, rng.choice(["User", "localhost", "WIN-" + fb._rand(rng, "ABCDEFGHJKLMNPQR0123456789", 8, 8),
                                               "mail." + rng.choice(ODD_DOMAINS)]), randIp(rng))]
    h["date"] = mailDate(rng)
    h["msgid"] = f"<{fb._rand(rng, 'abcdef0123456789', 16, 24)}@{addr.split('@')[1]}>"
    if rng.random() < 0.2:
        h["extra"] = [("X-Priority", "1 (Highest)"), ("Importance", "High")]
    item["headers"] = h
    item["from_kind"] = kind if name else "address-only"
    item["reply_to"] = reply


def hamHeaders(rng, item, lang, kind, lst=None):
    """Real senders: a list server (Reply-To the list), a company with a help-desk Reply-To, a person at a
    free-mail address, a small club or charity sending from free-mail under its own name."""
    src = "uz" if lang == "uzc" else lang
    senders = ham_sixth.SENDERS.get(kind, {})
    choices = senders.get(src) or senders.get("en") or [("Example Service", "info@example.com")]
    name, addr = rng.choice(choices)
    if lang == "uzc":
        name = toUzc(name)
    h = {"from_name": name, "from": addr, "envelope": addr, "date": mailDate(rng)}
    reply = "none"
    extra = []
    if kind == "tech-list":
        person, domain = rng.choice(ham_sixth.LIST_PEOPLE)
        h["from_name"], h["from"] = person, f"{_local(person)}@{domain}"
        h["to"] = f"{lst[0]}@{lst[1]}"
        h["envelope"] = f"{lst[0]}-bounces@{lst[1]}"
        if rng.random() < 0.5:
            h["reply_to"] = f"{lst[0]}@{lst[1]}"
            reply = "list"
        extra += [("List-Id", f"{lst[2]} <{lst[0]}.{lst[1]}>"), ("List-Unsubscribe", f"<https://{lst[1]}/mailman/options/{lst[0]}>"),
                  ("List-Post", f"<mailto:{lst[0]}@{lst[1]}>"), ("Precedence", "list")]
        item["list"] = lst
    elif "@" in addr and addr.split("@")[1] in FREEMAIL:
        reply = "none"
    elif rng.random() < 0.4:
        h["reply_to"] = rng.choice(["support", "help", "service", "kundenservice", "info"]) + "@" + addr.split("@")[1]
        reply = "helpdesk-same-domain"
    elif rng.random() < 0.15:
        # A small organisation whose replies go to a volunteer's private address.
        h["reply_to"] = f"{rng.choice(['m.keller', 'a.petrova', 'j.smith', 'nodira.k', 'aidos.b'])}{rng.randint(1, 99)}@{rng.choice(FREEMAIL)}"
        reply = "freemail-differs"
    if kind in ("shop-promo", "charity", "crypto-exchange", "lottery-results") and rng.random() < 0.7:
        extra.append(("List-Unsubscribe", f"<https://{addr.split('@')[1]}/unsubscribe?u={fb._rand(rng, 'abcdef0123456789', 12, 12)}>"))
    h["mailer"] = rng.choice(MAILERS + ["Mailchimp Mailer - **CID" + fb._rand(rng, "abcdef0123456789", 10, 10) + "**"])
    if not h["mailer"]:
        del h["mailer"]
    relay = lst[1] if lst else "mail." + addr.split("@")[1]  # a list post reaches us from the list server
    h["received"] = [received(rng, relay, randIp(rng))]
    h["msgid"] = f"<{fb._rand(rng, 'abcdef0123456789', 16, 24)}@{h['from'].split('@')[1]}>"
    if extra:
        h["extra"] = extra
    item["headers"] = h
    item["reply_to"] = reply
    item["from_kind"] = "freemail" if addr.split("@")[1] in FREEMAIL else "organisation"


# ---------------------------------------------------------------- disguises

HOT = tuple(fb.STEMS)
LEET6 = {"a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["5", "$"], "t": ["7"], "l": ["1"], "b": ["8"],
         "A": ["4"], "E": ["3"], "I": ["1"], "O": ["0"], "S": ["$"], "о": ["0"], "е": ["3"], "а": ["@"], "з": ["3"], "б": ["6"],
         "О": ["0"], "З": ["3"]}
HEAVY_EMOJI = ["💰", "💸", "🔥", "🚀", "✅", "⚠️", "❗", "🎁", "🏆", "💎", "📲", "👇", "👉", "⏳", "💵", "🤑", "📦", "🙏", "❤️", "🔞", "😱", "📞"]


def leetWord(rng, w):
    out = "".join(rng.choice(LEET6[c]) if c in LEET6 and rng.random() < 0.7 else c for c in w)
    if out == w:
        j = next((j for j, c in enumerate(w) if c in LEET6), None)
        if j is not None:
            out = w[:j] + LEET6[w[j]][0] + w[j + 1:]
    return out


def leetHeavy(rng, text):
    """Every money, threat and contact word in digits and symbols (b1tc0in, p@ssw0rd), as spam that
    defeats word lists is written; links, addresses and numbers stay."""
    def one(word):
        pre, w, post = fb._core(word)
        if not fb._plain(word) or not any(c in LEET6 for c in w):
            return word
        if any(s in w.lower() for s in HOT) or (len(w) >= 6 and rng.random() < 0.35):
            return pre + leetWord(rng, w) + post
        return word
    return "\n".join(" ".join(one(x) for x in line.split(" ")) for line in text.split("\n"))


def emojiHeavy(rng, text):
    """Emoji at the head of every line and after phrases, as Telegram-style crypto and giveaway spam is written."""
    lines = []
    for line in text.split("\n"):
        if not line.strip() or line.startswith(">"):
            lines.append(line)
            continue
        words = line.split(" ")
        out = []
        for i, w in enumerate(words):
            out.append(w)
            if w.endswith((".", "!", ",", ":")) and rng.random() < 0.5 and "://" not in w:
                out.append(rng.choice(HEAVY_EMOJI) * rng.choice([1, 1, 2, 3]))
        lines.append(rng.choice(HEAVY_EMOJI) + rng.choice(["", " ", rng.choice(HEAVY_EMOJI)]) + " " + " ".join(out))
    out = "\n".join(lines)
    while len(EMOJI_COUNT_RE.findall(out)) < 4:
        # A short lure still carries its row of emoji at the end ("👇👇👇", "💰🔥").
        out += " " + rng.choice(HEAVY_EMOJI) * rng.choice([2, 3])
    return out


EMOJI_COUNT_RE = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")
OLD_KINDS = ["zerowidth", "homoglyph", "punct-split", "soft-hyphen", "fullwidth", "combining", "html-entity", "html-hidden"]


def disguise(rng, text, kind):
    if kind == "leet-heavy":
        return leetHeavy(rng, text)
    if kind == "emoji-heavy":
        return emojiHeavy(rng, text)
    try:
        return f5.disguiseText(rng, text, kind)
    except ValueError:
        # The older disguisers assume a keyword of two letters or more; a word that is one letter between
        # punctuation ("o'n", "(A)") cannot be split: soft hyphens instead.
        return f5.disguiseText(rng, text, "soft-hyphen")


# ---------------------------------------------------------------- HTML forms

def altOnlyHtml(rng, paragraphs, link):
    """An HTML mail made of pictures: the message is in the images' alt text only (what a reader sees when
    images are blocked), one image is a link."""
    host = f"https://{fb._rand(rng, 'abcdefghijkmnpqrstuvwxyz', 5, 9)}.{rng.choice(fb.ODD_TLDS)}/img/"
    out = ['<table width="600" cellpadding="0" cellspacing="0" border="0" align="center">']
    for i, p in enumerate(paragraphs):
        img = (f'<img src="{host}{fb._rand(rng, "abcdef0123456789", 10, 14)}.{rng.choice(["jpg", "png", "gif"])}" width="600" '
               f'height="{rng.randint(60, 320)}" border="0" style="display:block" alt="{html.escape(p)}">')
        if link and (i == len(paragraphs) - 1 or (i == 0 and rng.random() < 0.3)):
            img = f'<a href="{html.escape(link)}" target="_blank">{img}</a>'
        out.append(f"<tr><td>{img}</td></tr>")
    out.append("</table>")
    return "\n".join(out) + "\n"


def shopPageHtml(rng, lang, title, paragraphs, f):
    """A fake shop's product page: a banner, product cards with crossed-out prices, the shop's pitch and
    its payment terms (the scam) as ordinary page text."""
    cur = rng.choice(CURRENCY.get(lang, ["$"]))
    products = rng.sample(scam_sixth.PRODUCTS, 4)
    cards = []
    for p in products:
        old = rng.randint(120, 1900)
        new = max(9, old * rng.randint(12, 35) // 100)
        cards.append(f'<div class="card"><img src="/img/{_local(p)}.webp" alt="{html.escape(p)}"><h3>{html.escape(p)}</h3>'
                     f'<p class="price"><s>{old} {cur}</s> <b>{new} {cur}</b> <span class="badge">-{100 - new * 100 // old}%</span></p>'
                     f'<button>{html.escape(scam_sixth.BUY.get("uz" if lang == "uzc" else lang, "Buy"))}</button></div>')
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return (f'<header class="top"><div class="logo">{html.escape(title[:40])}</div><nav><a href="/">Home</a> <a href="/sale">Sale</a> '
            f'<a href="/contact">Contact</a></nav></header>\n<section class="banner"><h2>{html.escape(title)}</h2></section>\n'
            f'<section class="grid">{"".join(cards)}</section>\n<section class="about">\n{body}</section>\n'
            f'<footer>&copy; 2025 &middot; <a href="/privacy">Privacy</a></footer>\n')


def giveawayPageHtml(rng, title, paragraphs, f):
    """A crypto giveaway page: the pitch, the address, and a table of made-up "paid out" transactions."""
    addr = f.values.get("wallet") or f.values.get("trc") or f.value("wallet")
    rows = []
    for _ in range(rng.randint(4, 8)):
        tx = fb._rand(rng, "abcdef0123456789", 10, 10)
        got = round(rng.uniform(0.1, 6), 3)
        rows.append(f"<tr><td>{tx}...</td><td>{got}</td><td>{round(got * 2, 3)}</td><td>{rng.randint(1, 59)} min</td></tr>")
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return (f'<div class="hero"><h2>{html.escape(title)}</h2>\n{body}</div>\n'
            f'<div class="addr"><img src="/qr/{fb._rand(rng, "abcdef0123456789", 8, 8)}.png" alt="QR"><code>{html.escape(addr)}</code></div>\n'
            f'<div class="live">🟢 <span class="cnt">{rng.randint(300, 2400)}</span> online</div>\n'
            f'<table class="tx"><tr><th>TX</th><th>IN</th><th>OUT</th><th>TIME</th></tr>{"".join(rows)}</table>\n')


def claimPageHtml(rng, lang, title, paragraphs):
    """A prize or payout "claim" page: the notice and a form asking for name, address, phone and card."""
    src = "uz" if lang == "uzc" else lang
    labels = scam_sixth.CLAIM_FIELDS.get(src, scam_sixth.CLAIM_FIELDS["en"])
    if lang == "uzc":
        labels = [toUzc(x) for x in labels]
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    fields = "".join(f'<label>{html.escape(x)}<input name="f{i}" type="text"></label><br>\n' for i, x in enumerate(labels[:-1]))
    return (f'<div class="notice"><img src="/static/seal.png" alt="" width="80"><h2>{html.escape(title)}</h2>\n{body}</div>\n'
            f'<form method="post" action="/claim/submit">\n{fields}<button type="submit">{html.escape(labels[-1])}</button></form>\n')


# ---------------------------------------------------------------- items

REPLY_FAMILIES = {"romance", "crypto", "job", "advance-fee", "loan", "fake-shop", "lottery"}
RAMBLING_FAMILIES = {"advance-fee", "lottery", "romance", "loan", "crypto"}
PAGE_FAMILIES = {"fake-shop", "crypto", "lottery"}
SHAPES = ["letter", "rambling", "very-short", "forwarded", "thread", "bilingual", "alt-only", "site-page"]


def _pool(pools, slot):
    return pools.get(slot) or []


def _contact(rng, f, family):
    r = rng.random()
    if r < 0.3:
        return "WhatsApp: {phone}"
    if r < 0.5:
        return "Telegram: {tg}"
    if r < 0.65:
        return "{link}"
    if r < 0.8:
        return "{email}"
    if family in ("crypto", "sextortion"):
        return "USDT (TRC20): {trc}"
    return rng.choice(["Tel/WhatsApp {phone}", "Viber/WhatsApp: {phone}", "📲 {phone}", "t.me/" + "{tg}"])


def _shape(rng, lang, family, pools):
    w = {"letter": 30, "rambling": 16 if family in RAMBLING_FAMILIES and _pool(pools, "body") else 0,
         "very-short": 14, "forwarded": 8 if family in REPLY_FAMILIES | {"advance-fee"} else 3,
         "thread": 8 if family in REPLY_FAMILIES else 0,
         "bilingual": 7 if any(family in scamTable().get(o, {}) for o in LANG_PAIRS.get(lang, [])) else 0,
         "alt-only": 6, "site-page": {"fake-shop": 34, "crypto": 30, "lottery": 14}.get(family, 0)}
    return rng.choices(list(w), list(w.values()))[0]


def _sentences(rng, pools, split, theme, n):
    out = []
    for _ in range(n * 2):
        if len(out) >= n:
            break
        s = f5.pickBody(rng, _pool(pools, "body"), split, theme)
        if s is None:
            break
        if s not in out:
            out.append(s)
    return out


def _letter(rng, lang, family, split, f, pools, theme, hook, ask, nbody, rambling=False):
    mid = _sentences(rng, pools, split, theme, nbody)
    if family != "sextortion" and rng.random() < 0.35:
        mid.append(f.value("amount") if rng.random() < 0.5 else f.value("words"))
    parts = []
    if rambling and _pool(pools, "head"):
        parts.append(pick(rng, pools["head"], split))
    if rng.random() < 0.75:
        parts.append(pick(rng, scamGreetings(lang, family), split))
    if rambling and rng.random() < 0.5:
        hook = f5.upperKeep(hook)
    order = rng.random()
    parts += [hook] + mid + [ask] if order < 0.6 else [hook, ask] + mid if order < 0.85 else mid + [hook, ask]
    joined = " ".join(parts)
    if not any(k in joined for k in ("{link}", "{wallet}", "{email}", "{phone}", "{tg}", "{trc}")) and rng.random() < 0.5:
        parts.append(_contact(rng, f, family))
    if family != "sextortion" and rng.random() < 0.7:
        parts.append(pick(rng, scamSignoffs(lang), split))
    if rambling and _pool(pools, "ps"):
        ps = f5.pickBody(rng, pools["ps"], split, theme)
        if ps:
            parts.append(ps)
    body = "\n\n".join(parts) if rambling else fb._layout(rng, parts)
    if rambling:
        body = f5.oddCaps(rng, body)
    return body


def scamItem(rng, lang, family, split, n):
    pools = scamTable()[lang][family]
    f = Filler(rng, lang, family, split)
    shape = _shape(rng, lang, family, pools)
    theme, hook = f5._theme(pick(rng, pools["hook"], split))
    ask = f5.pickBody(rng, pools["ask"], split, theme) or f5.stripTheme(pick(rng, pools["ask"], split))
    subject = pick(rng, pools["subj"], split) if rng.random() < 0.92 else ""
    extra = {}
    html_text = None
    if shape == "very-short":
        line = f5.stripTheme(pick(rng, pools["short"], split)) if _pool(pools, "short") else ask
        contact = _contact(rng, f, family)
        body = line if any(k in line for k in ("{link}", "{phone}", "{tg}", "{email}", "{wallet}", "{trc}")) else f"{line}\n{contact}"
    elif shape in ("letter", "rambling"):
        body = _letter(rng, lang, family, split, f, pools, theme, hook, ask, 3 if shape == "rambling" else rng.choice([0, 1, 1, 2]),
                       shape == "rambling")
    elif shape == "forwarded":
        inner = _letter(rng, lang, family, split, f, pools, theme, hook, ask, rng.choice([1, 2]))
        when = f"{rng.randint(1, 28)} {rng.choice(fb.MONTHS)} 2025"
        sender = pick(rng, scam_sixth.SENDERS.get(family, scam_sixth.SENDERS["advance-fee"]).get("uz" if lang == "uzc" else lang)
                      or scam_sixth.SENDERS["advance-fee"]["en"], split)
        sender = toUzc(sender) if lang == "uzc" else sender
        fwd = scam_sixth.FWD_HEAD["uz" if lang == "uzc" else lang]
        body = (pick(rng, coverLines(lang), split) + "\n\n" + fwd + f"\nFrom: {sender} <{{email}}>\nDate: {when}\n"
                f"Subject: {subject or pick(rng, pools['subj'], split)}\n\n" + inner)
        subject = rng.choice(["Fwd: ", "FW: ", "Fw: ", "WG: " if lang == "de" else "TR: " if lang == "fr" else "RV: " if lang == "es" else "Fwd: "]) + subject
        extra["forwarded"] = True
    elif shape == "thread":
        top = ask + ("\n\n" + " ".join(_sentences(rng, pools, split, theme, 1)) if rng.random() < 0.6 else "")
        if rng.random() < 0.6:
            top += "\n\n" + pick(rng, scamSignoffs(lang), split)
        when = f"{rng.randint(1, 28)} {rng.choice(fb.MONTHS)} 2025, {rng.randint(7, 23)}:{rng.randint(0, 59):02d}"
        who = rng.choice(["Maria", "Sergei", "Gulnara", "Hans", "Eric", "Aliya", "Fatma", "Olena"]) + \
            f" <{rng.choice(['maria.k', 'serg62', 'gulnara.t', 'h.weber', 'eric.p', 'aliya88', 'fatma.y', 'olena.m'])}{rng.randint(1, 99)}@{rng.choice(FREEMAIL)}>"
        victim = pick(rng, quotedReplies(lang), split)
        first = hook + (" " + " ".join(_sentences(rng, pools, split, theme, 1)) if rng.random() < 0.5 else "")
        head = quoteHead(lang).replace("{date}", when).replace("{who}", who)
        head2 = quoteHead(lang).replace("{date}", f"{rng.randint(1, 28)} {rng.choice(fb.MONTHS)} 2025").replace("{who}", "{email}")
        body = (top + "\n\n" + head + "\n> " + victim + "\n>\n> " + head2 + "\n" +
                "\n".join(">> " + l for l in first.split("\n")))
        subject = rng.choice({"de": ["AW: ", "Re: "], "fr": ["RE : ", "Re: "], "es": ["RE: ", "Re: "], "tr": ["YNT: ", "Re: "]}
                             .get(lang, ["Re: ", "RE: ", "Re: Re: "])) + subject
    elif shape == "bilingual":
        others = [o for o in LANG_PAIRS.get(lang, []) if family in scamTable().get(o, {})]
        other = rng.choice(others)
        opools = scamTable()[other][family]
        otheme, ohook = f5._theme(pick(rng, opools["hook"], split))
        oask = f5.pickBody(rng, opools["ask"], split, otheme) or f5.stripTheme(pick(rng, opools["ask"], split))
        mine = [hook] + _sentences(rng, pools, split, theme, 1) + [ask]
        theirs = [ohook] + _sentences(rng, opools, split, otheme, 1) + [oask]
        paras = [" ".join(mine), " ".join(theirs)] if rng.random() < 0.6 else [" ".join(theirs), " ".join(mine)]
        if rng.random() < 0.5:
            paras.insert(0, pick(rng, scamGreetings(lang, family), split))
        body = "\n\n".join(paras)
        if rng.random() < 0.5:
            body += "\n\n" + pick(rng, scamSignoffs(lang), split)
        extra["second_lang"] = other
    elif shape == "alt-only":
        paras = [f.fill(p) for p in [hook] + _sentences(rng, pools, split, theme, rng.choice([0, 1])) + [ask]]
        link = f.value("link") if rng.random() < 0.8 else None
        body = "\n\n".join(paras)
        html_text = ("alt", paras, link)
    else:  # site-page
        paras = [hook] + _sentences(rng, pools, split, theme, rng.choice([1, 2])) + [ask]
        if rng.random() < 0.5:
            paras.append(_contact(rng, f, family))
        paras = [f.fill(p) for p in paras]
        body = "\n\n".join(paras)
        html_text = ("page", paras, None)
    body = f.fill(body)
    subject = f.fill(subject)
    item = {"id": f"scam-{family}-{lang}-s{n:02d}", "label": "scam", "family": family, "lang": lang, "batch": "sixth",
            "split": "heldout" if split else "dev", "subject": subject, "body": body, "obfuscation": "none", "shape": shape,
            "theme": theme or "-", "from_kind": "-", "reply_to": "-", "second_lang": extra.get("second_lang", "-"), **f.meta}
    if html_text and html_text[0] == "alt":
        item["html"] = altOnlyHtml(rng, html_text[1], html_text[2])
        item["obfuscation"] = "alt-only"
        _channel(rng, item, f, family, lang, html_needed=True)
        if item["channel"] == "mail":
            item["html_alt"] = True
            item["html_only"] = True
        fb._legacyOk(item)
        return item
    if html_text and html_text[0] == "page":
        paras = html_text[1]
        title = subject or paras[0][:60]
        page_kind = {"fake-shop": "shop", "crypto": "giveaway"}.get(family, "claim")
        item["html"] = (shopPageHtml(rng, lang, title, paras, f) if page_kind == "shop" else
                        giveawayPageHtml(rng, title, paras, f) if page_kind == "giveaway" else claimPageHtml(rng, lang, title, paras))
        item.update(channel="page", gzip=rng.random() < 0.5, chunked=rng.random() < 0.4)
        item["page_kind"] = page_kind
        return item
    return _finish(rng, item, f, family, lang)


# Families whose lure lives on a web page as well as in mail (a 419 letter or a sextortion threat is sent,
# not published): the others are re-drawn as mail or a webmail submission.
PAGE_OK = {"fake-shop", "crypto", "lottery", "loan", "job", "gov-refund", "account-phish", "parcel", "tech-support"}


def _channel(rng, item, f, family, lang, html_needed=False):
    f5.channelFor(rng, item, html_needed)
    for _ in range(8):
        if item["channel"] != "page" or family in PAGE_OK:
            break
        for k in ("gzip", "chunked"):
            item.pop(k, None)
        f5.channelFor(rng, item, html_needed)
    if item["channel"] == "mail":
        scamHeaders(rng, item, lang, family, f)


def _finish(rng, item, f, family, lang):
    """Channel, attachment and disguise of a text item."""
    r = rng.random()
    kind = "none" if r < 0.5 else "leet-heavy" if r < 0.64 else "emoji-heavy" if r < 0.78 else rng.choice(OLD_KINDS)
    html_needed = kind in ("html-entity", "html-hidden")
    _channel(rng, item, f, family, lang, html_needed)
    body, subject = item["body"], item["subject"]
    if kind in ("html-entity", "html-hidden"):
        item["obfuscation"] = kind
        for _ in range(6):
            item["html"] = fb.entityHtml(rng, body) if kind == "html-entity" else f5.hiddenHtml(rng, body)
            if (f5.ENTITY_RE if kind == "html-entity" else f5.HIDDEN_RE).search(item["html"]):
                break
        else:
            # No word long enough to hide junk in (a two-line lure of short words): character references.
            item["obfuscation"] = "html-entity"
            while not f5.ENTITY_RE.search(item["html"]):
                item["html"] = fb.entityHtml(rng, body)
        if item["channel"] == "mail":
            item["html_alt"] = True
            item["html_only"] = rng.random() < 0.6
            if not item["html_only"]:
                item["text_part"] = rng.choice(["Please view this message in HTML.", ".", " ", "(no text)"])
    elif kind != "none":
        disguised = disguise(rng, body, kind)
        if disguised == body:
            kind, disguised = "soft-hyphen", disguise(rng, body, "soft-hyphen")
        if disguised == body:
            kind = "none"
        item["obfuscation"] = kind
        item["body"] = disguised
        if subject and kind != "none" and rng.random() < 0.5:
            item["subject"] = disguise(rng, subject, kind)
    # The letter as an attachment (text/plain or text/html) behind a short cover note.
    if item["channel"] == "mail" and not item.get("html_only") and (item.get("attach") or rng.random() < 0.2):
        item["attach"] = True
        item["html_alt"] = False
        item.pop("text_part", None)
        item["cover"] = f.fill(pick(rng, attachCovers(lang), 0 if item["split"] == "dev" else 1))
        # A letter disguised in its HTML travels as the HTML file, so the attachment shows the disguise.
        if item["obfuscation"] in ("html-entity", "html-hidden") or rng.random() < 0.5:
            item["attach_type"] = "html"
            if "html" not in item:
                item["html"] = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in item["body"].split("\n\n"))
            item["attach_name"] = rng.choice(scam_sixth.ATTACH_NAMES_HTML)
        else:
            item["attach_type"] = "plain"
            item["attach_name"] = rng.choice(scam_sixth.ATTACH_NAMES_TXT)
    fb._legacyOk(item)
    return item


def hamItem(rng, lang, kind, split, n):
    table = hamTable()
    pools = table[lang][kind]
    f = Filler(rng, lang, kind, split, scam=False)
    form = "normal"
    parts = [pick(rng, hamGreetings(lang), split)] if rng.random() < 0.35 else []
    # The pools list subjects and openings in the same order: the item takes a matching pair.
    topic = rng.choice([i for i in range(len(pools["open"])) if i % 2 == split])
    parts.append(pools["open"][topic])
    bodies = [pick(rng, pools["body"], split) for _ in range(rng.choice([1, 2, 2, 3]))]
    parts += list(dict.fromkeys(bodies))
    others = [k for k in table[lang] if k != kind]
    if others and rng.random() < 0.12:
        parts.append(pick(rng, table[lang][rng.choice(others)]["body"], split))
    if kind in ("invoice", "shop-promo", "charity", "bank-notice") and rng.random() < 0.25:
        parts.insert(rng.randint(1, len(parts)), f.value("amount"))
    if kind in ("fraud-news", "tech-list", "crypto-exchange") and _pool(pools, "quote") and rng.random() < 0.5:
        # A scam quoted as evidence, as news and list posts quote it.
        q = pick(rng, pools["quote"], split)
        parts.insert(rng.randint(1, len(parts)), "\n".join("> " + l for l in q.split("\n")) if kind == "tech-list" else q)
        form = "quotes-scam"
    parts.append(pick(rng, pools["close"], split))
    if kind != "tech-list" and rng.random() < 0.35:
        parts.append(pick(rng, hamFooters(lang), split))
    body = fb._layout(rng, parts) if kind != "tech-list" else "\n\n".join(parts)
    subject = pools["subj"][topic] if len(pools["subj"]) == len(pools["open"]) else pick(rng, pools["subj"], split)
    lst = rng.choice(ham_sixth.LISTS) if kind == "tech-list" else None
    if kind == "tech-list":
        body, subject, form = _listPost(rng, lang, split, pools, body, subject, form, lst)
    body, subject = f.fill(body), f.fill(subject)
    item = {"id": f"ham-{kind}-{lang}-s{n:03d}", "label": "benign", "family": kind, "lang": lang, "batch": "sixth",
            "split": "heldout" if split else "dev", "subject": subject, "body": body, "obfuscation": "none", "markup": "none",
            "shape": form, "theme": "-", "from_kind": "-", "reply_to": "-", "second_lang": "-", **f.meta}
    f5.channelFor(rng, item)
    if item["channel"] == "mail":
        hamHeaders(rng, item, lang, kind, lst)
    r = rng.random()
    if item.get("attach"):
        _hamAttach(rng, item, lang, split)
    elif kind != "tech-list" and (item["channel"] in ("page", "post") or item.get("html_alt")) and r < 0.45:
        item["html"] = fb.newsletterHtml(rng, body)
        item["markup"] = "html"
        if item["channel"] == "mail" and rng.random() < 0.4:
            item["html_only"] = True
        if item["channel"] == "post" and item["post_format"] == "upload":
            item["post_format"] = "multipart"
    elif kind in ("shop-promo", "charity", "crypto-exchange", "lottery-results", "personal", "parcel-notice") and r < 0.6:
        item["body"] = emojiHeavy(rng, body) if rng.random() < 0.5 else rng.choice(["🎉 ", "🔥 ", "✅ ", "💙 ", "🍀 ", "📦 "]) + body
        item["subject"] = rng.choice(["🔥 ", "🎁 ", "✨ ", "💸 ", ""]) + item["subject"]
        item["markup"] = "emoji"
    elif item["channel"] == "mail" and r < 0.7 and rng.random() < 0.3:
        _hamAttach(rng, item, lang, split)
    fb._legacyOk(item)
    return item


def _hamAttach(rng, item, lang, split):
    """A genuine mail with its document attached (an invoice as HTML, minutes or release notes as text)."""
    item["attach"] = True
    item["html_alt"] = False
    item["cover"] = pick(rng, ham_sixth.ATTACH_COVER.get("uz" if lang == "uzc" else lang, ham_sixth.ATTACH_COVER["en"]), split)
    if lang == "uzc":
        item["cover"] = toUzc(item["cover"])
    if rng.random() < 0.5:
        item["attach_type"] = "html"
        item["html"] = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in item["body"].split("\n\n"))
        item["attach_name"] = rng.choice(["invoice.html", "statement.htm", "newsletter.html", "receipt.html"])
    else:
        item["attach_type"] = "plain"
        item["attach_name"] = rng.choice(["notes.txt", "README.txt", "minutes.txt", "details.txt", "CHANGES.txt"])
    item["markup"] = "attachment"


def _listPost(rng, lang, split, pools, body, subject, form, lst):
    """A technical list post: a reply quoting the previous post, a release announcement with checksums and a
    signature block, or a patch; then the list's footer."""
    r = rng.random()
    if r < 0.45 and _pool(pools, "prev"):
        who = rng.choice(ham_sixth.LIST_PEOPLE)[0]
        when = f"{rng.choice(DOW)}, {rng.randint(1, 28)} {rng.choice(fb.MONTHS)} 2025 at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        prev = pick(rng, pools["prev"], split)
        head = ham_sixth.LIST_QUOTE_HEAD.get("uz" if lang == "uzc" else lang, ham_sixth.LIST_QUOTE_HEAD["en"])
        quoted = head.replace("{date}", when).replace("{who}", who) + "\n" + "\n".join("> " + l for l in prev.split("\n"))
        body = quoted + "\n\n" + body
        subject = "Re: " + subject
        form = "list-reply" if form == "normal" else form
    elif r < 0.65:
        sums = "\n".join(f"{sha256Hex(rng)}  {name}" for name in rng.sample(ham_sixth.RELEASE_FILES, rng.randint(2, 4)))
        body += "\n\nSHA256SUMS:\n" + sums + "\n\n-----BEGIN PGP SIGNATURE-----\n\n" + "\n".join(
            fb._rand(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64, 64) for _ in range(3)) + \
            "\n=" + fb._rand(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 4, 4) + "\n-----END PGP SIGNATURE-----"
        subject = rng.choice(["[ANN] ", "[ANNOUNCE] ", "Release: ", ""]) + subject
        form = "announce" if form == "normal" else form
    elif r < 0.8:
        patch = rng.choice(ham_sixth.PATCHES)
        body += "\n\n" + patch
        subject = f"[PATCH {rng.choice(['', 'v2 ', 'v3 '])}{rng.randint(1, 4)}/{rng.randint(4, 9)}] " + subject
        form = "patch" if form == "normal" else form
    footer = rng.choice(ham_sixth.LIST_FOOTERS).format(name=lst[0], host=lst[1])
    return body + "\n\n" + footer, subject, form


def generate(seed):
    rng = random.Random(seed + SIXTH_SEED_OFFSET)
    items, seen = [], set()
    for lang, families in scamTable().items():
        base = SCAM_BASE.get(lang, 6)
        for family in families:
            per = int(base * FAMILY_WEIGHT.get(family, 1.0))
            per += per % 2
            for n in range(per):
                items.append(fb._fresh(lambda: scamItem(rng, lang, family, n % 2, n), seen))
    for lang, kinds in hamTable().items():
        for kind in kinds:
            per = HAM_PER_KIND.get(lang) or max(20, -(-HAM_PER_LANG // len(kinds)))
            per = int(per * HAM_KIND_WEIGHT.get((lang, kind), 1.0))
            per += per % 2
            for n in range(per):
                items.append(fb._fresh(lambda: hamItem(rng, lang, kind, n % 2, n), seen))
    return items
