"""Round 4's third batch (`batch: third`): how its items are assembled.

The pools are in scam_third.py and ham_third.py, written blind by a helper
that never read the signature packs nor any detection result on these texts,
so the batch measures generalisation honestly (see tests/corpus/README.md).

Same split rule as the first two batches: every pool slot's variants are
numbered, development items draw only even-numbered variants and held-out
items only odd-numbered ones (greetings, sign-offs, P.S. lines too), and
items alternate between halves within each (family, language). Its own
random stream (SEED + 7), drawn after the other batches, so their items stay
byte-identical.

What differs from the first two batches, on purpose (real spam varies so):
- shapes: short (two lines, no greeting), normal, long (two story
  sentences and a P.S.); the sum is missing in most items;
- contacts: Telegram handles, wa.me links, odd-TLD links, mailboxes, phones;
- channels: mail (also html-only, and the text as a .txt attachment),
  webmail/API posts (form, JSON, multipart; the message as HTML now and
  then), web pages; mail charsets beyond UTF-8 (windows-1251, KOI8-R,
  ISO-8859-15, ISO-8859-9) where a language uses them;
- obfuscation (a third of the scams): spaced or dotted letters, leet
  digits, Latin/Cyrillic homoglyphs, zero-width characters and soft hyphens
  (plain text), and in HTML: character references (&#1074; &#x62;
  &nbsp; &amp;) and words split across tags (<b>bit</b>coin) or comments;
- legitimate items get ordinary HTML markup now and then (bold keywords,
  links, &nbsp; before sums, &amp;, soft hyphens in long words), as
  newsletters and shops send it.

Drawn in steps, each later step from its own random stream so that items
of earlier steps stay byte-identical (a tuner may already be working on
their dev half): 1. the first pools (scam_third.SCAM, ham_third.HAM);
2. two more families per language (MORE_CELLS) and more look-alike kinds
(MORE_KINDS); 3. more lottery results in the Central Asian languages
(MORE_LOTTERY); 4. a second set of EN/RU scam pools (MORE_EN_RU);
5. texts uploaded as .txt files of webmail drafts; 6. crypto news and
charity appeals in more languages (MORE_KINDS2); 7. four more scam items
per cell outside EN/RU from the same pools; 8. new lottery, parcel and
fake-shop pools in the Central Asian languages (MORE_CA); 9. as many
look-alikes again from the same pools; 10. invoices, technical lists and
crypto news in the languages that lacked them (MORE_KINDS3); 11. sextortion
where only the other blackmail was (MORE_SEXTORTION).
"""
import functools
import html
import random

import ham_third
import scam_third
from scam_central_asia import uzCyrillic

THIRD_SEED_OFFSET = 7
MORE_CELLS_SEED_OFFSET = 1000
MORE_LOTTERY_SEED_OFFSET = 2000
MORE_EN_RU_SEED_OFFSET = 3000
UPLOAD_SEED_OFFSET = 4000
MORE_KINDS2_SEED_OFFSET = 5000
MORE_ITEMS_SEED_OFFSET = 6000
MORE_CA_SEED_OFFSET = 7000
MORE_HAM_SEED_OFFSET = 8000
MORE_KINDS3_SEED_OFFSET = 9000
MORE_SEXTORTION_SEED_OFFSET = 10000
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _uzc(pools):
    return {k: {slot: [uzCyrillic(s) for s in vs] for slot, vs in slots.items()} for k, slots in pools.items()}


@functools.lru_cache(maxsize=None)
def scamTable():
    table = dict(scam_third.SCAM)
    table["uzc"] = _uzc(scam_third.SCAM["uz"])
    return table


@functools.lru_cache(maxsize=None)
def moreCellsTable():
    """The second step's extra (family, language) cells (scam_third.MORE_CELLS), Uzbek Cyrillic added."""
    table = dict(scam_third.MORE_CELLS)
    table["uzc"] = _uzc(scam_third.MORE_CELLS["uz"])
    return table


@functools.lru_cache(maxsize=None)
def allScamTable():
    """Every third-batch scam pool: lang -> family -> slots."""
    table = {lang: dict(fams) for lang, fams in scamTable().items()}
    for lang, fams in moreCellsTable().items():
        table[lang].update(fams)
    return table


@functools.lru_cache(maxsize=None)
def hamTable():
    """Every third-batch look-alike pool: lang -> kind -> slots (second-step kinds included)."""
    table = {lang: dict(kinds) for lang, kinds in ham_third.HAM.items()}
    for more in (ham_third.MORE_KINDS, ham_third.MORE_KINDS2):
        for lang, kinds in more.items():
            table[lang].update(kinds)
    table["uzc"] = _uzc(table["uz"])
    return table


@functools.lru_cache(maxsize=None)
def firstStepKinds(lang):
    return list((ham_third.HAM["uz" if lang == "uzc" else lang]))


def greetings(lang):
    if lang == "uzc":
        return [uzCyrillic(s) for s in scam_third.GREET["uz"]]
    return scam_third.GREET[lang]


def signoffs(lang):
    if lang == "uzc":
        return [uzCyrillic(s) for s in scam_third.SIGN["uz"]]
    return scam_third.SIGN[lang]


def pick(rng, variants, split):
    """A variant of the item's half: even indices for dev (0), odd for held-out (1)."""
    mine = [v for i, v in enumerate(variants) if i % 2 == split] or variants
    return rng.choice(mine)


# ---------------------------------------------------------------- sums and contacts

CURRENCY = {"en": ["USD", "$", "US dollars", "GBP", "£", "EUR"], "ru": ["₽", "рублей", "USD", "евро", "$", "USDT"],
            "de": ["€", "Euro", "EUR", "CHF"], "fr": ["€", "euros", "EUR", "CHF"], "es": ["€", "euros", "USD", "pesos"],
            "tr": ["TL", "₺", "USD", "Euro"], "uz": ["so'm", "USD", "$", "AQSh dollari"],
            "uzc": ["сўм", "USD", "$", "АҚШ доллари"], "kk": ["₸", "теңге", "USD", "$"], "ky": ["сом", "USD", "$"],
            "tg": ["сомонӣ", "USD", "$"], "tk": ["manat", "USD", "$"]}


def amount(rng, lang):
    n = rng.choice([rng.randint(3, 99) * 10, rng.randint(1, 9) * 1000 + rng.randint(1, 9) * 50,
                    rng.randint(1, 90) * 10000, rng.randint(1, 12) * 1000000 + rng.randint(0, 9) * 100000])
    cur = rng.choice(CURRENCY[lang])
    sep = rng.choice([",", " ", ".", "", "\u00a0", "'"])
    text = f"{n:,}".replace(",", sep)
    if rng.random() < 0.2:
        text += ",00" if sep != "," else ".00"
    return f"{cur}{text}" if cur in ("$", "£", "€") else f"{text} {cur}"


def btcAddress(rng):
    if rng.random() < 0.6:
        return "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(rng.choice([38, 38, 58])))
    return rng.choice("13") + "".join(rng.choice(B58) for _ in range(rng.randint(26, 33)))


def ethAddress(rng):
    return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))


def oddLink(rng):
    word = rng.choice(["secure", "pay", "track", "verify", "claim", "my", "id", "client", "bonus", "shop"])
    tail = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(rng.randint(4, 8)))
    tld = rng.choice(["top", "xyz", "icu", "click", "online", "site", "live", "cfd", "sbs", "shop"])
    path = rng.choice(["", "/p/", "/c/", "/r/", "/id/"]) + ("".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789")
                                                                   for _ in range(6)))
    return f"https://{word}-{tail}.{tld}{path}"


def contact(rng, family):
    r = rng.random()
    if family in ("sextortion", "blackmail") and r < 0.75:
        return btcAddress(rng) if rng.random() < 0.8 else ethAddress(rng)
    if family == "crypto" and r < 0.5:
        return rng.choice([btcAddress(rng), ethAddress(rng), "T" + "".join(rng.choice(B58) for _ in range(33))])
    if family in ("parcel", "fake-shop", "tech-support", "lottery") and r < 0.5:
        return oddLink(rng)
    if r < 0.6:
        return rng.choice(["@", "t.me/"]) + rng.choice(["manager", "claims", "support", "helpdesk", "lucky", "hr", "agent",
                                                       "invest", "office", "desk"]) + \
            rng.choice(["_", "", "."]) + rng.choice(["pro", "24", "team", "official", "777", "help", "vip", "uz", "kz"])
    if r < 0.75:
        return f"https://wa.me/{rng.choice([1, 44, 49, 7, 234, 998, 90, 33, 34, 996, 992, 993])}{rng.randint(100000000, 999999999)}"
    if r < 0.9:
        user = rng.choice(["desk.manager", "claims.dept", "m.harrison", "office", "payout.agent", "hr-team", "help.line"])
        dom = rng.choice(["gmail.com", "outlook.com", "mail.ru", "yandex.ru", "proton.me", "hotmail.com", "inbox.ru"])
        return f"{user}{rng.randint(1, 999)}@{dom}"
    return ""


# ---------------------------------------------------------------- obfuscation

LAT2CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В", "E": "Е",
           "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
CYR2LAT = {v: k for k, v in LAT2CYR.items()}
LEET = {"o": "0", "O": "0", "i": "1", "I": "1", "e": "3", "a": "@", "s": "$", "l": "1", "о": "0", "е": "3", "а": "@"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
DECOY_TEXT = ["To view this message, please use an HTML-capable mail client.", "-", " ",
              "If you cannot read this message, open it in your browser."]
TEXT_KINDS = ["spaced", "dotted", "leet", "homoglyph", "zerowidth"]
HTML_KINDS = ["entity", "tagsplit"]


# Stems spammers are known to hide from filters (money, payment, prize, threat, crypto words), in the
# batch's languages. Written from general knowledge of spam, not from the packs (never read).
TRIGGER_STEMS = (
    "bitcoin btc wallet video webcam camera record password hack pay fee prize winner won lotter jackpot loan credit "
    "deposit transfer customs parcel package deliver inherit widow diplomat consign fund compensat crypto invest profit "
    "card gift virus support refund account bank ransom bomb explos secret claim cash money double token usdt "
    "биткоин btc кошел видео камер запис парол взлом оплат плат перев приз выигр лотере розыгр займ кредит депозит "
    "посылк пошлин доставк наследств вдов дипломат компенсац крипт инвест прибыл карт подар вирус возврат счёт счет "
    "выкуп бомб деньг сбор комисс "
    "zahl gebühr gewinn überweis kredit paket zoll erbe witwe anlage konto karte "
    "paie frais gagn virement prêt colis douane héritage veuve compte carte "
    "pago pag premio gan transfer préstamo paquete aduana herencia viuda cuenta tarjeta "
    "öde ücret ikramiye kazan kredi kargo gümrük hesap kart "
    "to'l pul yutuq sovrin kredit qarz posilka boj meros hisob karta hamyon "
    "төле ақша ұтыс жүлде несие сәлемдеме кеден мұра шот карта әмиян "
    "төлө акча утуш байге кредит карыз посылка бажы мурас эсеп капчык "
    "пардохт пул бурд ҷоиза қарз борча гумрук мерос суратҳисоб корт ҳамён "
    "töle pul utuş baýrak karz posylka gümrük miras hasap kart gapjyk"
).split()


def _plain(word):
    """A word an obfuscating spammer would touch: letters, not a link, an address or a number."""
    return (not any(ch in word for ch in "@/:=") and not any(ch.isdigit() for ch in word)
            and len(word.strip(".,:;!?()\"'«»")) >= 4)


def _targets(rng, words, lo, hi):
    plain = [i for i, w in enumerate(words) if _plain(w)]
    hot = [i for i in plain if any(stem in words[i].lower() for stem in TRIGGER_STEMS)]
    cold = [i for i in plain if i not in hot and len(words[i]) >= 6]
    n = min(len(plain), rng.randint(lo, hi))
    chosen = rng.sample(hot, min(len(hot), n))
    rest = n - len(chosen)
    if rest > 0 and cold:
        chosen += rng.sample(cold, min(len(cold), rng.randint(0, rest)))
    return chosen


def _core(word):
    """Split a token into leading punctuation, the word, trailing punctuation."""
    a, b = 0, len(word)
    while a < b and not word[a].isalnum():
        a += 1
    while b > a and not word[b - 1].isalnum():
        b -= 1
    return word[:a], word[a:b], word[b:]


def obfuscateText(rng, text, kind):
    # Whole text as one token list (newlines kept inside tokens' neighbours) so the number of hidden
    # words does not grow with the number of lines.
    lines = text.split("\n")
    flat = [(li, wi) for li, line in enumerate(lines) for wi, _ in enumerate(line.split(" "))]
    split = [line.split(" ") for line in lines]
    words = [split[li][wi] for li, wi in flat]
    for i in _targets(rng, words, 2, 7):
        pre, w, post = _core(words[i])
        if kind == "spaced":
            w = " ".join(w)
        elif kind == "dotted":
            w = rng.choice([".", "-", "*", "_", "·"]).join(w)
        elif kind == "leet":
            w = "".join(LEET.get(c, c) if rng.random() < 0.6 else c for c in w)
        elif kind == "homoglyph":
            table = LAT2CYR if sum(c in LAT2CYR for c in w) >= sum(c in CYR2LAT for c in w) else CYR2LAT
            w = "".join(table.get(c, c) if rng.random() < 0.5 else c for c in w)
        elif kind == "zerowidth":
            mark = rng.choice(ZW)
            step = rng.choice([1, 1, 2])
            w = "".join(c + (mark if (j + 1) % step == 0 and j + 1 < len(w) else "") for j, c in enumerate(w))
        li, wi = flat[i]
        split[li][wi] = pre + w + post
    return "\n".join(" ".join(ws) for ws in split)


def _entityWord(rng, w):
    out = []
    for c in w:
        if rng.random() < 0.5:
            out.append(f"&#{ord(c)};" if rng.random() < 0.6 else f"&#x{ord(c):x};")
        else:
            out.append(html.escape(c, quote=False))
    return "".join(out)


def _tagWord(rng, w):
    if len(w) < 4:
        return html.escape(w, quote=False)
    cut = rng.randint(1, len(w) - 1)
    a, b = html.escape(w[:cut], quote=False), html.escape(w[cut:], quote=False)
    style = rng.randint(0, 4)
    if style == 0:
        return f"<b>{a}</b>{b}"
    if style == 1:
        return f"{a}<span>{b}</span>"
    if style == 2:
        return f"{a}<!-- {rng.randint(1000, 9999)} -->{b}"
    if style == 3:
        return f'{a}<font color="#fefefe" size="1"></font>{b}'
    return f"<i>{a}</i><i>{b}</i>"


def obfuscateHtml(rng, text, kind):
    """The text as HTML paragraphs whose chosen words hide behind character references or tags."""
    paras = []
    for para in text.split("\n\n"):
        lines = []
        for line in para.split("\n"):
            words = line.split(" ")
            chosen = set(_targets(rng, words, 2, 6))
            toks = []
            for i, word in enumerate(words):
                pre, w, post = _core(word)
                if i in chosen:
                    w = _entityWord(rng, w) if kind == "entity" else _tagWord(rng, w)
                else:
                    w = html.escape(w, quote=False)
                toks.append(html.escape(pre, quote=False) + w + html.escape(post, quote=False))
            sep = " "
            if kind == "entity":
                sep = rng.choice([" ", "&nbsp;", " "])
            lines.append(sep.join(toks))
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(paras) + "\n"


def markupHtml(rng, text, lang):
    """Ordinary newsletter markup on a legitimate text: bold words, a link, &nbsp; before sums, soft hyphens."""
    shy = lang in ("de", "ru", "kk", "tk", "tr") and rng.random() < 0.3
    paras = []
    for para in text.split("\n\n"):
        words = para.replace("\n", " ").split(" ")
        bold = set(_targets(rng, words, 0, 3))
        toks = []
        for i, word in enumerate(words):
            pre, w, post = _core(word)
            e = html.escape(w, quote=False)
            if shy and len(w) >= 10:
                e = e[:len(e) // 2] + "&shy;" + e[len(e) // 2:]
            if i in bold:
                e = rng.choice(["<b>{}</b>", "<strong>{}</strong>", '<a href="https://www.example.com/">{}</a>']).format(e)
            toks.append(html.escape(pre, quote=False) + e + html.escape(post, quote=False))
        s = " ".join(toks)
        for ch in "0123456789":
            s = s.replace(f" {ch}", f"&nbsp;{ch}") if rng.random() < 0.1 else s
        paras.append(f"<p style=\"margin:0 0 12px\">{s}</p>")
    return "\n".join(paras) + "\n"


# ---------------------------------------------------------------- channels

def channelFor(rng, item, html_kind=False):
    lang = item["lang"]
    r = rng.random()
    if html_kind:
        r = rng.choice([0.1, 0.7, 0.9])  # html needs an HTML-carrying channel: html mail, HTML post, page
    if r < 0.6:
        item["channel"] = "mail"
        item["cte"] = rng.choice(["base64", "quoted-printable", "8bit", "base64"])
        charsets = {"ru": ["utf-8", "windows-1251", "koi8-r"], "de": ["utf-8", "utf-8", "iso-8859-15"],
                    "fr": ["utf-8", "utf-8", "iso-8859-15"], "es": ["utf-8", "utf-8", "iso-8859-15"],
                    "tr": ["utf-8", "utf-8", "iso-8859-9"]}.get(lang, ["utf-8"])
        item["charset"] = rng.choice(charsets)
        item["html_alt"] = rng.random() < 0.3
        if not html_kind and rng.random() < 0.12:
            item["attach"] = True  # the text as a .txt attachment behind a one-line cover note
    elif r < 0.8:
        item["channel"] = "post"
        item["post_format"] = rng.choice(["form", "json", "multipart"])
    else:
        item["channel"] = "page"
        item["gzip"] = rng.random() < 0.5
        item["chunked"] = rng.random() < 0.5


def _layout(rng, parts):
    r = rng.random()
    if r < 0.45:
        return "\n\n".join(parts)
    if r < 0.75:
        return " ".join(p.replace("\n", " ") for p in parts)
    return "\n".join(parts)


@functools.lru_cache(maxsize=None)
def moreCaTable():
    """The eighth step's pools (scam_third.MORE_CA), Uzbek Cyrillic added."""
    table = dict(scam_third.MORE_CA)
    table["uzc"] = _uzc(scam_third.MORE_CA["uz"])
    return table


@functools.lru_cache(maxsize=None)
def sextortionTable():
    """The eleventh step's sextortion pools (scam_third.MORE_SEXTORTION), Uzbek Cyrillic added."""
    table = {lang: {"sextortion": pools} for lang, pools in scam_third.MORE_SEXTORTION.items()}
    table["uzc"] = _uzc(table["uz"])
    return table


def scamPools(lang, family, n):
    """The pools of a scam item: the fourth step's EN/RU items and the eighth step's Central Asian
    items have numbers from 8 on."""
    if lang in scam_third.MORE_EN_RU and n >= 8:
        return scam_third.MORE_EN_RU[lang][family]
    if family in sextortionTable().get(lang, {}):
        return sextortionTable()[lang][family]
    if n >= 8 and n < 50 and family in moreCaTable().get(lang, {}):
        return moreCaTable()[lang][family]
    return allScamTable()[lang][family]


def scamItem(rng, lang, family, split, n):
    pools = scamPools(lang, family, n)
    shape = rng.choices(["short", "normal", "long"], [0.25, 0.5, 0.25])[0]
    hook, ask = pick(rng, pools["hook"], split), pick(rng, pools["ask"], split)
    bodies = pools.get("body") or []
    mid = []
    if bodies and shape != "short":
        mid.append(pick(rng, bodies, split))
        if shape == "long" and len(bodies) > 2:
            second = pick(rng, bodies, split)
            if second not in mid:
                mid.append(second)
    if shape != "short" and rng.random() < 0.35:
        mid.append(amount(rng, lang))
    parts = []
    if shape != "short" and rng.random() < 0.7:
        parts.append(pick(rng, greetings(lang), split))
    order = rng.random()
    if order < 0.55:
        parts += [hook] + mid + [ask]
    elif order < 0.8:
        parts += [hook, ask] + mid
    else:
        parts += mid + [hook, ask]
    c = contact(rng, family)
    if c:
        parts.append(c)
    if shape != "short" and rng.random() < 0.7:
        parts.append(pick(rng, signoffs(lang), split))
    if shape == "long" and pools.get("ps"):
        parts.append(pick(rng, pools["ps"], split))
    body = _layout(rng, parts)
    subject = pick(rng, pools["subj"], split) if rng.random() < 0.9 else ""
    item = {"id": f"scam-{family}-{lang}-t{n:02d}", "label": "scam", "family": family, "lang": lang, "batch": "third",
            "split": "heldout" if split else "dev", "subject": subject, "body": body, "obfuscation": "none",
            "shape": shape}
    kind = "none"
    if rng.random() < 0.33:
        kind = rng.choice(TEXT_KINDS + HTML_KINDS + HTML_KINDS)
    channelFor(rng, item, kind in HTML_KINDS)
    if kind != "none":
        item["obfuscation"] = kind
        if kind in HTML_KINDS:
            item["html"] = obfuscateHtml(rng, body, kind)
            if item["channel"] == "mail":
                # Either html only, or a text part that says nothing (the obfuscation is the point).
                item["html_only"] = rng.random() < 0.6
                item["html_alt"] = True
                if not item["html_only"]:
                    item["text_part"] = rng.choice(DECOY_TEXT)
        else:
            item["body"] = obfuscateText(rng, body, kind)
            if kind in ("zerowidth", "homoglyph") and item.get("charset") not in (None, "utf-8"):
                item["charset"] = "utf-8"  # a legacy charset cannot carry them: spammers send these as UTF-8
            if subject and rng.random() < 0.4:
                item["subject"] = obfuscateText(rng, subject, kind)
    return item


@functools.lru_cache(maxsize=None)
def moreLotteryTable():
    """The third step's lottery-results pools (ham_third.MORE_LOTTERY), Uzbek Cyrillic added."""
    table = dict(ham_third.MORE_LOTTERY)
    table["uzc"] = {slot: [uzCyrillic(s) for s in vs] for slot, vs in ham_third.MORE_LOTTERY["uz"].items()}
    return table


def hamPools(lang, kind, n):
    """The pools of a look-alike item: third-step lottery results have numbers from 14 on."""
    if kind == "lottery-news" and n >= 14 and lang in moreLotteryTable():
        return moreLotteryTable()[lang]
    if kind in hamTable3().get(lang, {}):
        return hamTable3()[lang][kind]
    return hamTable()[lang][kind]


@functools.lru_cache(maxsize=None)
def hamTable3():
    """The tenth step's kinds (ham_third.MORE_KINDS3), Uzbek Cyrillic added."""
    table = dict(ham_third.MORE_KINDS3)
    table["uzc"] = _uzc(ham_third.MORE_KINDS3["uz"])
    return table


def hamItem(rng, lang, kind, split, n):
    table = hamTable()
    pools = hamPools(lang, kind, n)
    hello = ham_third.GREET["uz"] if lang == "uzc" else ham_third.GREET[lang]
    if lang == "uzc":
        hello = [uzCyrillic(h) for h in hello]
    parts = [pick(rng, hello, split)] if rng.random() < 0.5 else []
    opens = [pick(rng, pools["open"], split) for _ in range(rng.choice([1, 1, 2]))]
    bodies = [pick(rng, pools["body"], split) for _ in range(rng.choice([1, 2, 2, 3]))]
    parts += list(dict.fromkeys(opens + bodies))
    others = [k for k in firstStepKinds(lang) if k != kind]  # first-step kinds: earlier items stay as they were
    if others and rng.random() < 0.25:
        parts.append(pick(rng, table[lang][rng.choice(others)]["body"], split))
    if rng.random() < 0.3:
        parts.insert(rng.randint(1, len(parts)), amount(rng, lang))
    if rng.random() < 0.25:
        parts.append(btcAddress(rng) if kind in ("charity", "crypto-news", "tech-list") else
                     f"+{rng.randint(1, 999)} {rng.randint(10, 999)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}")
    parts.append(pick(rng, pools["close"], split))
    body = _layout(rng, parts)
    item = {"id": f"ham-{kind}-{lang}-t{n:02d}", "label": "benign", "family": kind, "lang": lang, "batch": "third",
            "split": "heldout" if split else "dev", "subject": pick(rng, pools["subj"], split), "body": body,
            "obfuscation": "none", "markup": "none"}
    channelFor(rng, item)
    if (item["channel"] == "page" or item.get("html_alt") or item["channel"] == "post") and rng.random() < 0.4:
        item["html"] = markupHtml(rng, body, lang)
        item["markup"] = "html"
        if item["channel"] == "mail" and rng.random() < 0.4:
            item["html_only"] = True
    return item


def generate(seed):
    rng = random.Random(seed + THIRD_SEED_OFFSET)
    items = []
    scams = scamTable()
    for lang in scams:
        per_family = 8 if lang in ("en", "ru") else 4
        for family in scams[lang]:
            for n in range(per_family):
                items.append(scamItem(rng, lang, family, n % 2, n))
    for lang in hamTable():
        per_kind = ham_third.PER_KIND.get(lang, 14)
        for kind in firstStepKinds(lang):
            for n in range(per_kind):
                items.append(hamItem(rng, lang, kind, n % 2, n))
    # Second step: more (family, language) cells from their own stream, so every item above stays
    # byte-identical (the tuner's dev half only grows).
    rng = random.Random(seed + THIRD_SEED_OFFSET + MORE_CELLS_SEED_OFFSET)
    for lang, families in moreCellsTable().items():
        for family in families:
            for n in range(4):
                items.append(scamItem(rng, lang, family, n % 2, n))
    for lang in ham_third.MORE_KINDS:
        for lang_ in ([lang, "uzc"] if lang == "uz" else [lang]):
            for kind in ham_third.MORE_KINDS[lang]:
                for n in range(14):
                    items.append(hamItem(rng, lang_, kind, n % 2, n))
    # Third step: more lottery and loyalty-draw results in the Central Asian languages.
    rng = random.Random(seed + THIRD_SEED_OFFSET + MORE_LOTTERY_SEED_OFFSET)
    for lang in moreLotteryTable():
        for n in range(14, 28):
            items.append(hamItem(rng, lang, "lottery-news", n % 2, n))
    # Fourth step: a second set of EN and RU pools per family, items -t08 to -t15.
    rng = random.Random(seed + THIRD_SEED_OFFSET + MORE_EN_RU_SEED_OFFSET)
    for lang, families in scam_third.MORE_EN_RU.items():
        for family in families:
            for n in range(8, 16):
                items.append(scamItem(rng, lang, family, n % 2, n))
    # Fifth step: texts uploaded as .txt attachments of webmail drafts (HTTP multipart file part),
    # two families per language, one item per half, ids -t50/-t51; look-alikes -t90/-t91.
    rng = random.Random(seed + THIRD_SEED_OFFSET + UPLOAD_SEED_OFFSET)
    scams = allScamTable()
    for k, lang in enumerate(scams):
        families = sorted(scams[lang])
        for family in (families[k % len(families)], families[(k + 5) % len(families)]):
            for n in (50, 51):
                items.append(uploaded(scamItem(rng, lang, family, n % 2, n)))
    for k, lang in enumerate(hamTable()):
        kinds = firstStepKinds(lang)
        for kind in (kinds[k % len(kinds)], kinds[(k + 3) % len(kinds)]):
            for n in (90, 91):
                items.append(uploaded(hamItem(rng, lang, kind, n % 2, n)))
    # Sixth step: crypto news and charity appeals in more languages.
    rng = random.Random(seed + THIRD_SEED_OFFSET + MORE_KINDS2_SEED_OFFSET)
    for lang in ham_third.MORE_KINDS2:
        for lang_ in ([lang, "uzc"] if lang == "uz" else [lang]):
            for kind in ham_third.MORE_KINDS2[lang]:
                for n in range(14):
                    items.append(hamItem(rng, lang_, kind, n % 2, n))
    # Seventh step: four more items per (family, language) cell outside EN/RU, from the same pools
    # (other combinations, obfuscations and channels; no new sentences), ids -t04 to -t07.
    rng = random.Random(seed + THIRD_SEED_OFFSET + MORE_ITEMS_SEED_OFFSET)
    for lang, families in allScamTable().items():
        if lang in ("en", "ru"):
            continue
        for family in families:
            for n in range(4, 8):
                items.append(scamItem(rng, lang, family, n % 2, n))
    # Eighth step: new pools for lottery, parcel and fake shop in the Central Asian languages.
    rng = random.Random(seed + THIRD_SEED_OFFSET + MORE_CA_SEED_OFFSET)
    for lang, families in moreCaTable().items():
        for family in families:
            for n in range(8, 12):
                items.append(scamItem(rng, lang, family, n % 2, n))
    # (Step 9 iterates hamTable() as it was; the tenth step's kinds live in hamTable3().)
    # Ninth step: as many look-alikes again from the same pools (other combinations, markup and
    # channels; no new sentences), ids from -t100, so one false positive in a half is finer than
    # 1 in 1,000.
    rng = random.Random(seed + THIRD_SEED_OFFSET + MORE_HAM_SEED_OFFSET)
    for lang, kinds in hamTable().items():
        per_kind = ham_third.PER_KIND.get(lang, 14)
        for kind in kinds:
            for n in range(100, 100 + per_kind):
                items.append(hamItem(rng, lang, kind, n % 2, n))
    # Tenth step: invoices, technical lists and crypto news in the languages that lacked them,
    # 14 items per kind and language (twice as many in one go, as after the ninth step: 28).
    rng = random.Random(seed + THIRD_SEED_OFFSET + MORE_KINDS3_SEED_OFFSET)
    for lang in ham_third.MORE_KINDS3:
        for lang_ in ([lang, "uzc"] if lang == "uz" else [lang]):
            for kind in ham_third.MORE_KINDS3[lang]:
                for n in range(28):
                    items.append(hamItem(rng, lang_, kind, n % 2, n))
    # Eleventh step: sextortion where only the other blackmail was (ES, UZ, UZC, KY, TK), 8 per cell.
    rng = random.Random(seed + THIRD_SEED_OFFSET + MORE_SEXTORTION_SEED_OFFSET)
    for lang, families in sextortionTable().items():
        for family in families:
            for n in range(8):
                items.append(scamItem(rng, lang, family, n % 2, n))
    return items


def uploaded(item):
    """The item as a webmail upload: plain text in a multipart file part (obfuscation in text kept)."""
    for key in ("cte", "charset", "html_alt", "html_only", "attach", "text_part", "html", "gzip", "chunked"):
        item.pop(key, None)
    if item["obfuscation"] in HTML_KINDS:
        item["obfuscation"] = "none"  # an uploaded .txt carries the plain text
    if item.get("markup"):
        item["markup"] = "none"
    item["channel"] = "post"
    item["post_format"] = "upload"
    return item
