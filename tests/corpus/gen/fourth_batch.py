"""Round 5's fourth batch (`batch: fourth`): how its items are assembled.

The pools are in scam_fourth.py and ham_fourth.py, written blind by helper
C4, who never read the signature packs, never ran the sensor on these texts
and never saw a detection result for them. The third batch had been read
and tuned on when this one was written, so this is the held-out batch that
still measures generalisation honestly (tests/corpus/README.md).

Not part of generate.generate() on purpose: margin.py and every other tool
that walks the generated corpus's dev half would otherwise hand the fourth
batch to whoever tunes. Only measure.py (`--batch fourth`, and `all`) and
check_fourth.py draw it, through generate() below.

Split rule, as in the earlier batches: every pool slot's variants are
numbered, development items draw only even-numbered variants and held-out
items only odd-numbered ones (greetings, sign-offs, sums in words too), and
items alternate between halves within each (family, language) cell. One
random stream of its own (SEED + 11).

What the batch varies (real spam varies so):
- languages: English, Russian, Russian in Latin letters (ru-lat), Russian
  mixed with English terms (ru-en), Uzbek Latin and Cyrillic (uz, uzc),
  Kazakh, Kyrgyz, Tajik, Turkmen, German, Turkish, Ukrainian;
- shapes: short (hook + ask), normal, long (two story sentences, P.S.),
  image-link (one line, an image and a link: the text is nearly all in the
  picture) and reply (a scam continuing a thread under the victim's quoted
  answer);
- sums: in digits with currency (amount_style "digits"), in words
  ("words"), or none;
- crypto wallets (wallet_kind): bech32 bc1q, taproot bc1p, legacy 1...,
  P2SH 3..., TRC20 T..., ERC20 0x...;
- links (link_kind): brand look-alikes (`pochta-vozvrat.top`), odd-TLD
  random hosts, punycode hosts, bare IP addresses, shortener-style paths;
- obfuscation of a scam item (about 45%): leet, zero-width characters,
  Latin/Cyrillic/Greek homoglyphs, punctuation or spaces inside keywords,
  emoji inside and around keywords, homoglyph + zero-width together, and
  HTML with character references (html-entity: decimal, hex and named
  references, words split by empty tags) sent html-only;
- channels: mail (UTF-8 and legacy charsets where the language uses them,
  base64 / quoted-printable / 8bit, multipart/alternative, html-only, the
  text as a .txt attachment), webmail/API posts (form, JSON, multipart,
  .txt upload), web pages (gzip, chunked);
- look-alikes: real carrier, bank, tax-office notices (which warn about
  exactly these scams), news about fraud quoting scam wording, job ads,
  bank loans with rates and fees, IT security newsletters (with defanged
  look-alike domains and wallets among indicators), crypto market news,
  shops with discounts, personal mail; some as newsletter HTML with named
  and numeric references, some with emoji.
"""
import functools
import html
import random
import re

import ham_fourth
import scam_fourth
from scam_central_asia import uzCyrillic

FOURTH_SEED_OFFSET = 11
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "023456789acdefghjklmnpqrstuvwxyz"

# Items per (family, language) cell and per (kind, language).
SCAM_PER_CELL = {"en": 24, "ru": 24, "ru-lat": 10, "ru-en": 10, "de": 10, "tr": 10, "uk": 10}  # others 12
HAM_PER_KIND = {"en": 50, "ru": 50}  # others 30

# Placeholders, URLs and all-capital tokens stay as they are when Uzbek Latin becomes Cyrillic.
_KEEP_RE = re.compile(r"(\{[a-z]+\}|https?://\S+|\b[A-Z][A-Z0-9]+\b)")


def toUzc(text):
    return "".join(part if _KEEP_RE.fullmatch(part) else uzCyrillic(part) for part in _KEEP_RE.split(text))


def withUzc(pools, convert=toUzc):
    """lang -> family/kind -> slots, plus Uzbek Cyrillic ("uzc") transliterated from the Uzbek Latin pools."""
    table = dict(pools)
    table["uzc"] = {k: {slot: [convert(s) for s in vs] for slot, vs in slots.items()} for k, slots in pools["uz"].items()}
    return table


@functools.lru_cache(maxsize=None)
def scamTable():
    """lang -> family -> slots."""
    return withUzc(scam_fourth.SCAM)


@functools.lru_cache(maxsize=None)
def hamTable():
    """lang -> kind -> slots."""
    return withUzc(ham_fourth.HAM)


def _perLang(table, lang):
    src = "uz" if lang == "uzc" else lang
    return [toUzc(s) for s in table[src]] if lang == "uzc" else table[src]


def scamGreetings(lang, family=None):
    fitting = scam_fourth.FAMILY_GREET.get(family, {})
    if ("uz" if lang == "uzc" else lang) in fitting:
        return _perLang(fitting, lang)
    return _perLang(scam_fourth.GREET, lang)


def scamSignoffs(lang):
    return _perLang(scam_fourth.SIGN, lang)


def sumWords(lang):
    return _perLang(scam_fourth.WORDS, lang)


def quotedReplies(lang):
    return _perLang(scam_fourth.QUOTED, lang)


REPLY_FAMILIES = {"romance", "crypto", "job", "advance-fee", "loan", "fake-shop"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def quoteBlock(rng, lang, split):
    """The victim's earlier reply as a mail client quotes it under a new message."""
    head = scam_fourth.QUOTE_HEAD["uz" if lang == "uzc" else lang]
    if lang == "uzc":
        head = toUzc(head)
    who = rng.choice(["me", "you", "Alex", "Dilnoza", "Marat", "Olga", "Kemal", "Aigerim"]) + \
        f" <{rng.choice(['user', 'alex.k', 'd.nurova', 'm.saidov', 'olga77', 'kemal.y'])}{rng.randint(1, 99)}@" \
        f"{rng.choice(['gmail.com', 'mail.ru', 'yandex.ru', 'outlook.com'])}>"
    date = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2024, {rng.randint(7, 23)}:{rng.randint(0, 59):02d}"
    line = pick(rng, quotedReplies(lang), split)
    return head.replace("{date}", date).replace("{who}", who) + "\n> " + line


def hamGreetings(lang):
    return _perLang(ham_fourth.GREET, lang)


def pick(rng, variants, split):
    """A variant of the item's half: even indices for dev (0), odd for held-out (1)."""
    mine = [v for i, v in enumerate(variants) if i % 2 == split] or variants
    return rng.choice(mine)


# ---------------------------------------------------------------- values for the placeholders

CURRENCY = {"en": ["$", "USD", "£", "€", "US$"], "ru": ["руб.", "₽", "$", "USD", "евро"], "ru-lat": ["rub", "$", "USD"],
            "ru-en": ["USD", "$", "USDT", "руб."], "uz": ["so'm", "$", "USD"], "uzc": ["сўм", "$", "USD"],
            "kk": ["тг", "₸", "$", "USD"], "ky": ["сом", "$", "USD"], "tg": ["сомонӣ", "$", "USD"], "tk": ["manat", "TMT", "$"],
            "de": ["€", "EUR", "Euro"], "tr": ["TL", "₺", "$", "EUR"], "uk": ["грн", "₴", "$", "USD"]}


def amount(rng, lang):
    n = rng.choice([rng.randint(2, 95) * 10, rng.randint(1, 9) * 1000 + rng.randint(0, 19) * 50,
                    rng.randint(1, 60) * 10000, rng.randint(1, 9) * 1000000])
    cur = rng.choice(CURRENCY[lang])
    sep = rng.choice([",", " ", ".", "\u00a0", "\u202f", ""])
    text = f"{n:,}".replace(",", sep)
    if rng.random() < 0.15:
        text += ".00" if sep != "." else ",00"
    return f"{cur}{text}" if cur in ("$", "£", "€", "US$") else f"{text} {cur}"


WALLET_KINDS = ["bc1q", "bc1p", "legacy-1", "p2sh-3", "trc20", "erc20"]


def wallet(rng):
    kind = rng.choices(WALLET_KINDS, [30, 8, 20, 12, 18, 12])[0]
    if kind == "bc1q":
        return kind, "bc1q" + "".join(rng.choice(BECH32) for _ in range(38))
    if kind == "bc1p":
        return kind, "bc1p" + "".join(rng.choice(BECH32) for _ in range(58))
    if kind == "legacy-1":
        return kind, "1" + "".join(rng.choice(B58) for _ in range(rng.randint(25, 33)))
    if kind == "p2sh-3":
        return kind, "3" + "".join(rng.choice(B58) for _ in range(rng.randint(25, 33)))
    if kind == "trc20":
        return kind, "T" + "".join(rng.choice(B58) for _ in range(33))
    return kind, "0x" + "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(40))


# Brands a scam link imitates, per family (look-alike hosts are written for this corpus; none is a
# real site list).
BRANDS = {
    "parcel": ["dhl", "ups", "pochta", "uzpost", "kazpost", "kyrgyzpost", "cdek", "yurtici", "novaposhta", "dpd", "evri",
               "tmpost", "tojikpost", "ptt", "hermes"],
    "gov-refund": ["gov-refund", "gosuslugi", "nalog", "soliq", "egov", "hmrc", "elster", "diia", "e-gov", "tax-return"],
    "account-phish": ["paypal", "microsoft", "outlook", "mailru", "yandex", "apple-id", "office365", "netflix", "google"],
    "crypto": ["binance", "bybit", "okx", "coinbase", "kraken", "tether"],
    "lottery": ["prize", "lucky", "winner", "bonus", "gift"],
    "fake-shop": ["apteka", "pharma", "med-shop", "mask", "test-kit", "store", "outlet"],
    "job": ["hr", "jobs", "career", "work", "task"],
    "loan": ["credit", "zaim", "loan", "kredit"],
    "tech-support": ["support", "helpdesk", "remote", "fix"],
}
WORDS4LINK = ["secure", "verify", "pay", "track", "refund", "login", "id", "portal", "client", "update", "online", "help",
              "claim", "vozvrat", "oplata", "dostavka", "tolov", "kabinet"]
ODD_TLDS = ["top", "xyz", "icu", "cfd", "sbs", "click", "live", "shop", "online", "site", "buzz", "rest", "ru.com",
            "com.co", "info", "support", "cc", "ws"]
HOMO_LINK = {"paypal": "paypa1", "microsoft": "rnicrosoft", "apple-id": "app1e-id", "google": "g00gle",
             "binance": "blnance", "coinbase": "c0inbase", "netflix": "netfIix"}


def _rand(rng, alphabet, lo, hi):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def scamLink(rng, family):
    kind = rng.choices(["lookalike", "odd-tld", "punycode", "ip", "short"], [45, 25, 10, 10, 10])[0]
    low = "abcdefghijkmnpqrstuvwxyz0123456789"
    path = rng.choice(["/", "/pay/", "/id/", "/t/", "/c/", "/verify/", "/auth/", "/r/"]) + _rand(rng, low, 5, 10)
    if kind == "lookalike":
        brand = rng.choice(BRANDS.get(family, ["secure", "service"]))
        brand = HOMO_LINK.get(brand, brand) if rng.random() < 0.5 else brand
        host = rng.choice([f"{brand}-{rng.choice(WORDS4LINK)}", f"{rng.choice(WORDS4LINK)}-{brand}", f"{brand}{rng.randint(2, 99)}",
                           f"{brand}.{rng.choice(WORDS4LINK)}-{_rand(rng, low, 3, 5)}"])
        return kind, f"https://{host}.{rng.choice(ODD_TLDS)}{path}"
    if kind == "odd-tld":
        return kind, f"https://{_rand(rng, low, 5, 11)}.{rng.choice(ODD_TLDS)}{path}"
    if kind == "punycode":
        return kind, f"https://xn--{_rand(rng, 'abcdefghijklmnopqrstuvwxyz', 4, 8)}-{_rand(rng, low, 3, 4)}.{rng.choice(['com', 'net', 'top', 'xyz'])}{path}"
    if kind == "ip":
        return kind, f"http://{rng.randint(23, 212)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}{path}"
    return kind, f"https://{rng.choice(['cutt', 'clck', 'tinyx', 'shrt', 'lnkd'])}.{rng.choice(['ly', 'su', 'to', 'cc', 'is'])}/{_rand(rng, low, 5, 8)}"


# Ordinary sites of the look-alikes, per kind: carriers, banks, ministries, newspapers, shops (example.*
# where no real one fits).
HAM_LINKS = {
    "parcel-notice": ["https://www.dhl.de/en/privatkunden/sendungsverfolgung.html", "https://www.pochta.ru/tracking",
                      "https://www.ups.com/track", "https://novaposhta.ua/tracking", "https://www.yurticikargo.com/tr/online-servisler",
                      "https://track.example-post.com/"],
    "gov-notice": ["https://www.gov.uk/sign-in-to-your-account", "https://www.nalog.gov.ru/", "https://my.soliq.uz", "https://egov.kz"],
    "fraud-news": ["https://news.example.org/consumer/scams", "https://www.example-times.com/crime/2024/sextortion-wave",
                   "https://kun.example.uz/news/firibgarlik", "https://www.example-zeitung.de/verbraucher"],
    "job-ad": ["https://careers.example.com/jobs/4412", "https://jobs.example-logistics.com/warehouse", "https://hh.example.ru/vacancy/99120"],
    "crypto-news": ["https://markets.example-news.com/crypto", "https://research.example-exchange.com/weekly"],
    "security-newsletter": ["https://blog.example-sec.io/weekly", "https://www.example.net/newsletter/unsubscribe"],
    "bank-loan": ["https://www.example-bank.com/loans", "https://www.example-bank.com/mortgages/offer"],
    "shop-promo": ["https://shop.example.de/angebote", "https://www.example-store.com/black-friday", "https://apteka.example.ru/promo"],
}


def hamLink(rng, kind):
    return rng.choice(HAM_LINKS.get(kind, ["https://www.example.com/"]))


def phone(rng, lang):
    cc = {"en": ["+1", "+44"], "ru": ["+7", "8"], "ru-lat": ["+7"], "ru-en": ["+7"], "uz": ["+998"], "uzc": ["+998"],
          "kk": ["+7"], "ky": ["+996"], "tg": ["+992"], "tk": ["+993"], "de": ["+49", "0800"], "tr": ["+90", "0850"],
          "uk": ["+380"]}[lang]
    return f"{rng.choice(cc)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def trackingCode(rng):
    return rng.choice([f"{_rand(rng, 'ABCDEFGHJKLMNPRSTUVWXYZ', 2, 2)}{rng.randint(100000000, 999999999)}{_rand(rng, 'ABCDEFGHJKLMNPRSTUVWXYZ', 2, 2)}",
                       f"{rng.randint(10 ** 11, 10 ** 12 - 1)}", f"#{rng.randint(10000, 99999)}-{_rand(rng, 'ABCDEFGH', 2, 2)}"])


PASSWORDS = ["sunshine1987", "Qwerty!23", "maria2010", "dragon77", "ilovemyCat", "Parol2019", "asd123asd", "summer_2021",
             "nodira1995", "alma-ata88", "zxcvbnm1", "Bishkek2020", "Tashkent_7", "password1!", "kot12345", "Ashgabat99"]


class Filler:
    """Fills a sentence's placeholders with one item's values (the same wallet and link throughout)."""

    def __init__(self, rng, lang, family, split, scam=True):
        self.rng, self.lang, self.family, self.split, self.scam = rng, lang, family, split, scam
        self.values = {}
        self.meta = {"amount_style": "none", "wallet_kind": "none", "link_kind": "none"}

    def value(self, key):
        # One wallet, link, phone, code, password and deadline per item; every sum is drawn afresh
        # (a loan of one sum and a fee of another).
        if key in self.values and key not in ("amount", "words"):
            return self.values[key]
        rng = self.rng
        if key == "amount":
            v = amount(rng, self.lang)
            self.meta["amount_style"] = "digits" if self.meta["amount_style"] != "words" else "both"
        elif key == "words":
            v = pick(rng, sumWords(self.lang), self.split)
            self.meta["amount_style"] = "words" if self.meta["amount_style"] != "digits" else "both"
        elif key == "wallet":
            self.meta["wallet_kind"], v = wallet(rng)
        elif key == "link":
            if self.scam:
                self.meta["link_kind"], v = scamLink(rng, self.family)
            else:
                self.meta["link_kind"], v = "ordinary", hamLink(rng, self.family)
        elif key == "hours":
            v = str(rng.choice([12, 24, 24, 36, 48, 48, 72]))
        elif key == "password":
            v = rng.choice(PASSWORDS)
        elif key == "phone":
            v = phone(rng, self.lang)
        elif key == "code":
            v = trackingCode(rng)
        else:
            raise KeyError(key)
        self.values[key] = v
        return v

    def fill(self, text):
        return re.sub(r"\{([a-z]+)\}", lambda m: self.value(m.group(1)), text)


# ---------------------------------------------------------------- obfuscation

LAT2CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В", "E": "Е",
           "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
LAT2GRK = {"o": "ο", "a": "α", "i": "ι", "v": "ν", "A": "Α", "B": "Β", "E": "Ε", "K": "Κ", "O": "Ο", "T": "Τ", "N": "Ν"}
CYR2LAT = {v: k for k, v in LAT2CYR.items()}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1", "b": "8", "g": "9", "A": "4", "E": "3",
        "I": "1", "O": "0", "S": "$", "о": "0", "е": "3", "а": "@", "з": "3", "ч": "4", "б": "6", "О": "0", "З": "3"}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e"]
INNER_PUNCT = [".", "-", "_", " ", "*", "|", "/", "·", "'"]
EMOJI = ["💰", "🔥", "⚠️", "✅", "📦", "💸", "🎁", "🔒", "📹", "👉", "❗", "⏰", "💳", "🏆", "₿", "💵"]
SCAM_KINDS = ["leet", "zerowidth", "homoglyph", "punct-split", "emoji", "homoglyph+zerowidth", "html-entity"]

# Stems of the words spammers disguise (money, threat, prize, delivery, account words), written from
# general knowledge of spam for this batch.
STEMS = (
    "bitcoin btc wallet crypto usdt video camera webcam record password hack pay fee transfer deposit prize winner won "
    "lottery reward jackpot loan credit insurance customs parcel package delivery inherit fund compensat refund tax "
    "verify account suspend login card gift virus support profit invest bank money cash urgent "
    "биткоин кошел видео камер запис парол взлом оплат плат перев депозит приз выигр розыгр награ займ кредит страхов "
    "посылк пошлин доставк наследств компенсац возврат налог подтверд аккаунт блокир карт подар вирус прибыл инвест "
    "деньг срочно "
    "bitkoin koshel video kamer parol oplat perev posylk poshlin vyvod depozit "
    "to'lov to'la pul hamyon yutuq sovrin kredit qarz posilka boj soliq karta parol kamera "
    "тўлов пул ҳамён ютуқ совр кредит қарз посилка бож солиқ карта пароль камера "
    "төле ақша әмиян ұтыс жүлде несие сәлемдеме кеден құпиясөз камера карта "
    "төлө акча капчык утуш байге кредит карыз посылка бажы сырсөз камера карта "
    "пардохт пул ҳамён ҷоиза бурд қарз бор гумрук парол камера корт "
    "töleg tölä pul gapjyk baýrak utuş karz posylka gümrük parol kamera kart "
    "zahl gebühr überweis erstatt passwort konto karte paket zoll "
    "öde ücret kargo gümrük şifre hesap kart kazan ödül "
    "оплат платі переказ посилк митн гаманець картк виплат пароль"
).split()


def _plain(word):
    return (not any(ch in word for ch in "@/:={}") and not any(ch.isdigit() for ch in word)
            and len(word.strip(".,:;!?()\"'«»")) >= 4)


def _core(word):
    a, b = 0, len(word)
    while a < b and not word[a].isalnum():
        a += 1
    while b > a and not word[b - 1].isalnum():
        b -= 1
    return word[:a], word[a:b], word[b:]


def _targets(rng, words, lo, hi, usable=None):
    plain = [i for i, w in enumerate(words) if _plain(w) and (usable is None or usable(w))]
    hot = [i for i in plain if any(stem in words[i].lower() for stem in STEMS)]
    cold = [i for i in plain if i not in hot and len(words[i]) >= 7]
    n = min(len(plain), rng.randint(lo, hi))
    chosen = rng.sample(hot, min(len(hot), n))
    if n > len(chosen) and cold:
        chosen += rng.sample(cold, min(len(cold), n - len(chosen)))
    return set(chosen)


def _disguise(rng, w, kind):
    if kind == "leet":
        return "".join(LEET.get(c, c) if rng.random() < 0.55 else c for c in w)
    if kind == "zerowidth":
        mark = rng.choice(ZERO_WIDTH)
        return mark.join(w) if rng.random() < 0.5 else w[:len(w) // 2] + mark + w[len(w) // 2:]
    if kind == "homoglyph":
        latin = sum(c.isascii() for c in w) >= len(w) / 2
        table = (LAT2GRK if rng.random() < 0.25 else LAT2CYR) if latin else CYR2LAT
        return "".join(table.get(c, c) if rng.random() < 0.6 else c for c in w)
    if kind == "punct-split":
        sep = rng.choice(INNER_PUNCT)
        if rng.random() < 0.5:
            return sep.join(w)
        cut = rng.randint(1, len(w) - 1)
        return w[:cut] + sep + w[cut:]
    if kind == "emoji":
        if w.lower().startswith(("bitc", "bitk", "битк")) and rng.random() < 0.6:
            return "₿" + w[1:]
        cut = rng.randint(1, len(w) - 1)
        return w[:cut] + rng.choice(EMOJI) + w[cut:] if rng.random() < 0.5 else rng.choice(EMOJI) + w
    if kind == "homoglyph+zerowidth":
        return _disguise(rng, _disguise(rng, w, "homoglyph"), "zerowidth")
    raise ValueError(kind)


def _disguiseSure(rng, w, kind):
    """A disguise that changes the word (a random one may leave a short word as it was); words are
    chosen so that the kind can touch them (obfuscateText)."""
    if kind == "homoglyph+zerowidth":
        return _disguise(rng, _disguiseSure(rng, w, "homoglyph"), "zerowidth")
    for _ in range(6):
        out = _disguise(rng, w, kind)
        if out != w:
            return out
    table = {"homoglyph": {**LAT2CYR, **CYR2LAT}, "leet": LEET}.get(kind, {})
    j = next((j for j, c in enumerate(w) if c in table), None)
    if j is not None:
        return w[:j] + table[w[j]] + w[j + 1:]
    return _disguise(rng, w, kind)


def obfuscateText(rng, text, kind):
    """Disguise two to eight keywords of the whole text (links, addresses and numbers are left alone)."""
    lines = [line.split(" ") for line in text.split("\n")]
    flat = [(li, wi) for li, ws in enumerate(lines) for wi in range(len(ws))]
    words = [lines[li][wi] for li, wi in flat]
    usable = None
    if kind.startswith("homoglyph"):
        usable = lambda w: any(c in LAT2CYR or c in CYR2LAT for c in w)  # noqa: E731 - a word with a look-alike letter
    elif kind == "leet":
        usable = lambda w: any(c in LEET for c in w)  # noqa: E731 - a word with a letter that has a digit twin
    for i in _targets(rng, words, 2, 8, usable):
        pre, w, post = _core(words[i])
        li, wi = flat[i]
        lines[li][wi] = pre + _disguiseSure(rng, w, kind) + post
    out = "\n".join(" ".join(ws) for ws in lines)
    if kind == "emoji":
        out = rng.choice(EMOJI) + " " + out + " " + rng.choice(EMOJI)
    return out


NAMED = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "é": "&eacute;", "ü": "&uuml;", "ö": "&ouml;", "ä": "&auml;",
         "ß": "&szlig;", "ç": "&ccedil;", "ş": "&#351;", "'": "&#39;", "\"": "&quot;"}


def _entities(rng, w):
    """A word as character references: named where HTML has a name, else decimal or hex (either case),
    with an empty tag now and then between letters."""
    out = []
    for c in w:
        r = rng.random()
        if c in NAMED and r < 0.5:
            out.append(NAMED[c])
        elif r < 0.35:
            out.append(f"&#{ord(c)};")
        elif r < 0.65:
            out.append(f"&#x{ord(c):X};" if rng.random() < 0.5 else f"&#x{ord(c):x};")
        elif r < 0.75 and len(w) > 3:
            out.append(html.escape(c, quote=False) + rng.choice(["<span></span>", "<b></b>", "<!---->", "<wbr>"]))
        else:
            out.append(html.escape(c, quote=False))
    return "".join(out)


def entityHtml(rng, text):
    """The text as an HTML mail whose keywords are character references (and empty tags)."""
    paras = []
    for para in text.split("\n\n"):
        lines = []
        for line in para.split("\n"):
            words = line.split(" ")
            chosen = _targets(rng, words, 1, 5)
            toks = []
            for i, word in enumerate(words):
                pre, w, post = _core(word)
                w = _entities(rng, w) if i in chosen else html.escape(w, quote=False)
                toks.append(html.escape(pre, quote=False) + w + html.escape(post, quote=False))
            lines.append(rng.choice([" ", "&nbsp;", " ", "&#32;"]).join(toks))
        paras.append(rng.choice(["<div>{}</div>", "<p>{}</p>", '<td style="font:14px Arial">{}</td>']).format("<br>".join(lines)))
    body = "\n".join(paras)
    if "<td" in body:
        body = f"<table><tr>{body}</tr></table>"
    return body + "\n"


def imageLinkHtml(rng, line, link):
    """An image-only mail: the message is in the picture, the text is a line and a link."""
    img = f"https://{_rand(rng, 'abcdefghijkmnpqrstuvwxyz', 4, 8)}.{rng.choice(ODD_TLDS)}/img/{_rand(rng, 'abcdef0123456789', 8, 12)}.png"
    return (f'<a href="{html.escape(link)}"><img src="{img}" width="600" height="420" alt="{html.escape(line)}"></a>\n'
            f'<p style="font-size:9px;color:#999">{html.escape(line)}</p>\n')


def newsletterHtml(rng, text):
    """Ordinary newsletter HTML of a look-alike: named and numeric references, bold words, a footer."""
    paras = []
    for para in text.split("\n\n"):
        s = html.escape(para, quote=False).replace("\n", "<br>\n")
        s = s.replace(" - ", " &mdash; " if rng.random() < 0.5 else " &#8211; ")
        s = re.sub(r" (\d)", lambda m: ("&nbsp;" if rng.random() < 0.3 else " ") + m.group(1), s)
        words = s.split(" ")
        for i in _targets(rng, words, 0, 2):
            if "<" not in words[i] and "&" not in words[i]:
                words[i] = f"<strong>{words[i]}</strong>"
        paras.append(f'<p style="margin:0 0 12px;font-family:Arial">{" ".join(words)}</p>')
    paras.append('<p style="font-size:11px;color:#777">&copy; 2024 &middot; <a href="https://www.example.com/prefs">'
                 'Preferences</a> &middot; <a href="https://www.example.com/unsubscribe">Unsubscribe</a></p>')
    return "\n".join(paras) + "\n"


# ---------------------------------------------------------------- channels

LEGACY = {"ru": ["windows-1251", "koi8-r"], "uk": ["windows-1251", "koi8-u"], "de": ["iso-8859-15", "windows-1252"],
          "tr": ["iso-8859-9", "windows-1254"]}


def channelFor(rng, item, html_needed=False):
    r = rng.random()
    if html_needed:
        r = rng.choice([0.1, 0.3, 0.72, 0.9])  # an HTML-carrying channel: mail, HTML post, page
    if r < 0.58:
        item["channel"] = "mail"
        item["cte"] = rng.choice(["base64", "quoted-printable", "8bit", "base64", "quoted-printable"])
        legacy = LEGACY.get(item["lang"])
        item["charset"] = rng.choice(legacy) if legacy and rng.random() < 0.35 else "utf-8"
        item["html_alt"] = rng.random() < 0.35
        if not html_needed and rng.random() < 0.1:
            item["attach"] = True
    elif r < 0.8:
        item["channel"] = "post"
        item["post_format"] = rng.choice(["form", "json", "multipart", "form", "json", "upload"])
        if html_needed and item["post_format"] == "upload":
            item["post_format"] = "multipart"
    else:
        item["channel"] = "page"
        item["gzip"] = rng.random() < 0.5
        item["chunked"] = rng.random() < 0.4


def _layout(rng, parts):
    r = rng.random()
    if r < 0.45:
        return "\n\n".join(parts)
    if r < 0.75:
        return " ".join(p.replace("\n", " ") for p in parts)
    return "\n".join(parts)


def _legacyOk(item):
    """Characters a legacy charset cannot carry force UTF-8 (as the sending client would)."""
    cs = item.get("charset")
    if cs and cs != "utf-8":
        for text in (item["subject"], item["body"], item.get("html", "")):
            try:
                text.encode(cs)
            except UnicodeEncodeError:
                item["charset"] = "utf-8"
                return


# ---------------------------------------------------------------- items

def scamItem(rng, lang, family, split, n):
    pools = scamTable()[lang][family]
    f = Filler(rng, lang, family, split)
    shape = rng.choices(["short", "normal", "long", "image-link", "reply"], [25, 45, 20, 10, 8 if family in REPLY_FAMILIES else 0])[0]
    hook, ask = pick(rng, pools["hook"], split), pick(rng, pools["ask"], split)
    parts = []
    if shape == "image-link":
        # One short line and a link: the message itself would be in the picture.
        line = f.fill(pick(rng, pools["subj"], split))
        link = f.value("link")
        body = f"{line}\n{link}"
        subject = f.fill(pick(rng, pools["subj"], split)) if rng.random() < 0.8 else ""
        item = _scamRecord(lang, family, split, n, subject, body, shape, f)
        item["html"] = imageLinkHtml(rng, line, link)
        item["obfuscation"] = "image-link"
        channelFor(rng, item, html_needed=True)
        if item["channel"] == "mail":
            item["html_alt"] = True
            item["html_only"] = rng.random() < 0.5
            if not item["html_only"]:
                item["text_part"] = body
        _legacyOk(item)
        return item
    mid = []
    bodies = pools.get("body") or []
    if bodies and shape != "short":
        mid.append(pick(rng, bodies, split))
        if shape == "long":
            second = pick(rng, bodies, split)
            if second not in mid:
                mid.append(second)
    if shape != "short" and rng.random() < 0.25:
        mid.append(f.value("amount") if rng.random() < 0.6 else f.value("words"))
    if shape != "short" and rng.random() < 0.65:
        parts.append(pick(rng, scamGreetings(lang, family), split))
    order = rng.random()
    if order < 0.55:
        parts += [hook] + mid + [ask]
    elif order < 0.8:
        parts += [hook, ask] + mid
    else:
        parts += mid + [hook, ask]
    if "{link}" not in " ".join(parts) and "{wallet}" not in " ".join(parts) and rng.random() < 0.4:
        parts.append(rng.choice(["{link}", "Telegram: @" + rng.choice(["support", "manager", "payout", "desk", "agent"]) +
                                 rng.choice(["_help", "24", "_pro", "_official", "777"]), "WhatsApp: {phone}"]))
    if shape != "short" and rng.random() < 0.6:
        parts.append(pick(rng, scamSignoffs(lang), split))
    if shape == "long" and pools.get("ps"):
        parts.append(pick(rng, pools["ps"], split))
    body = f.fill(_layout(rng, parts))
    subject = f.fill(pick(rng, pools["subj"], split)) if rng.random() < 0.9 else ""
    if shape == "reply":
        # A thread: the scam continues under the victim's quoted reply.
        body += "\n\n" + quoteBlock(rng, lang, split)
        subject = rng.choice(["Re: ", "RE: ", "Re: Re: ", "AW: " if lang == "de" else "Re: "]) + subject
    item = _scamRecord(lang, family, split, n, subject, body, shape, f)
    kind = rng.choice(SCAM_KINDS) if rng.random() < 0.45 else "none"
    channelFor(rng, item, kind == "html-entity")
    if kind == "html-entity":
        item["obfuscation"] = kind
        item["html"] = entityHtml(rng, body)
        if item["channel"] == "mail":
            item["html_alt"] = True
            item["html_only"] = rng.random() < 0.7
            if not item["html_only"]:
                item["text_part"] = rng.choice(["This message contains graphics.", ".", "Please enable HTML to view.", " "])
    elif kind != "none":
        item["obfuscation"] = kind
        item["body"] = obfuscateText(rng, body, kind)
        if subject and rng.random() < 0.5:
            item["subject"] = obfuscateText(rng, subject, kind)
    _legacyOk(item)
    return item


def _scamRecord(lang, family, split, n, subject, body, shape, filler):
    return {"id": f"scam-{family}-{lang}-f{n:02d}", "label": "scam", "family": family, "lang": lang, "batch": "fourth",
            "split": "heldout" if split else "dev", "subject": subject, "body": body, "obfuscation": "none",
            "shape": shape, **filler.meta}


def hamItem(rng, lang, kind, split, n):
    table = hamTable()
    pools = table[lang][kind]
    f = Filler(rng, lang, kind, split, scam=False)
    parts = [pick(rng, hamGreetings(lang), split)] if rng.random() < 0.3 else []
    parts.append(pick(rng, pools["open"], split))
    bodies = [pick(rng, pools["body"], split) for _ in range(rng.choice([1, 2, 2, 3]))]
    parts += list(dict.fromkeys(bodies))
    others = [k for k in table[lang] if k != kind]
    if others and rng.random() < 0.15:
        parts.append(pick(rng, table[lang][rng.choice(others)]["body"], split))
    if rng.random() < 0.2:
        parts.insert(rng.randint(1, len(parts)), f.value("amount"))
    extra = rng.random()
    if kind in ("crypto-news", "security-newsletter", "fraud-news") and extra < 0.25:
        # Addresses and look-alike links quoted as evidence or for donations (defanged where security people write).
        kind_, addr = wallet(rng)
        f.meta["wallet_kind"] = kind_
        _, bad = scamLink(rng, rng.choice(list(BRANDS)))
        defanged = bad.replace("https://", "hxxps://").replace("http://", "hxxp://").replace(".", "[.]")
        seen = {"ru": "Кошелёк из рассылки", "ru-en": "Wallet из рассылки", "uk": "Гаманець з розсилки",
                "de": "In der Kampagne genutzte Wallet", "tr": "Kampanyada görülen cüzdan"}.get(lang, "Wallet seen in the campaign")
        choices = [f"IOC: {defanged}", f"{seen}: {addr}"]
        if kind == "crypto-news":
            choices.append(addr)  # a market newsletter quoting an address it writes about
        parts.append(rng.choice(choices))
    parts.append(pick(rng, pools["close"], split))
    body = f.fill(_layout(rng, parts))
    item = {"id": f"ham-{kind}-{lang}-f{n:03d}", "label": "benign", "family": kind, "lang": lang, "batch": "fourth",
            "split": "heldout" if split else "dev", "subject": f.fill(pick(rng, pools["subj"], split)), "body": body,
            "obfuscation": "none", "markup": "none", "shape": "normal", **f.meta}
    channelFor(rng, item)
    r = rng.random()
    if (item["channel"] in ("page", "post") or item.get("html_alt")) and r < 0.45:
        item["html"] = newsletterHtml(rng, body)
        item["markup"] = "html"
        if item["channel"] == "mail" and rng.random() < 0.4:
            item["html_only"] = True
        if item["channel"] == "post" and item["post_format"] == "upload":
            item["post_format"] = "multipart"
    elif kind in ("shop-promo", "parcel-notice", "personal", "crypto-news") and r < 0.6:
        item["body"] = rng.choice(["📦 ", "🎉 ", "🔥 ", "✅ ", "😊 "]) + body
        item["subject"] = rng.choice(["📦 ", "🎉 ", "✨ ", ""]) + item["subject"]
        item["markup"] = "emoji"
    _legacyOk(item)
    return item


def _fresh(make, seen):
    """An item whose text is not already in the batch (a few redraws; small cells may repeat)."""
    for _ in range(8):
        item = make()
        key = (item["subject"], item["body"], item.get("html", ""))
        if key not in seen:
            break
    seen.add(key)
    return item


def generateCells(rng, scam_cells, ham_cells, scam_item, ham_item):
    """The items of a batch written as cells (language -> family or kind -> count), scam cells first; item n
    of a cell is made by scam_item/ham_item(rng, lang, family, n % 2, n), a repeated text redrawn (_fresh).
    The eighth to eleventh batches are built this way."""
    items, seen = [], set()
    for cells, make in ((scam_cells, scam_item), (ham_cells, ham_item)):
        for lang, families in cells.items():
            for family, count in families.items():
                for n in range(count):
                    items.append(_fresh(lambda: make(rng, lang, family, n % 2, n), seen))
    return items


def generate(seed):
    rng = random.Random(seed + FOURTH_SEED_OFFSET)
    items, seen = [], set()
    for lang, families in scamTable().items():
        per = SCAM_PER_CELL.get(lang, 12)
        for family in families:
            for n in range(per):
                items.append(_fresh(lambda: scamItem(rng, lang, family, n % 2, n), seen))
    for lang, kinds in hamTable().items():
        per = HAM_PER_KIND.get(lang, 30)
        for kind in kinds:
            for n in range(per):
                items.append(_fresh(lambda: hamItem(rng, lang, kind, n % 2, n), seen))
    return items
