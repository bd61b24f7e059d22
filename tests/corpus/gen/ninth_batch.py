"""Round 10's ninth batch (`batch: ninth`): bulk-sender scam and the archive of open-source project lists.

The pools are in scam_ninth*.py and ham_ninth*.py, written blind by helper c9-corpus, who never opened the
signature packs, never ran the sensor, `sig test` or a measure.py detection on these texts and never saw a
detection result for them, and who did not read the earlier batches' text pools (only their machinery:
the fourth to eighth batches' fillers, disguises, list delivery and packaging are imported).

What a different writer does here:
- scam is produced the way bulk senders produce it: spintax templates ("{Dear|Hello} {friend|beneficiary}")
  with several alternatives per slot (scam_ninth.spin), so one skeleton yields many surface texts;
- the raw spam of a list archive: base64 / quoted-printable bodies, HTML-only mails built of tables with
  inline CSS (`html-table`), the letter in a text/plain or .html attachment behind a cover line
  (`attachment`), one-line teasers with only a link, a mailbox or a wallet (`teaser`), mails whose subject
  carries the lure and whose body is only the contact (`subject-lure`), and on about a third of the items a
  disguise (`obfuscation`: spaced letters, homoglyphs, zero-width characters, HTML entities, words split
  across tags);
- the look-alikes are the archive of open-source project lists: patches (diffs about passwords, payment
  modules, wallets, a lottery RNG, a webcam driver) and their reviews, bug-tracker and CI mail, security
  advisories (credential theft, ransomware, extortion spam), release announcements with donation links,
  treasurer reports, donation drives and sponsorship, conference calls and travel grants, GSoC / Outreachy
  mentoring, users' questions (crypto libraries, payment modules, password managers) and the answers,
  developers' threads, members' warnings about a scam that reached the list (pasted in six ways), and the
  list software's notices; English most, German second, some French, Spanish and Russian.

Split rule: even-numbered pool variants (templates) dev, odd held-out, in every pool; a template's
alternatives belong to its half. A scam pasted into a warning comes from the scam pools of the warning's
half. Items alternate between halves within each (family or kind, language) cell. Own random stream
(SEED + 31).

Not part of generate.generate() (dev-half tools would hand it to whoever tunes): only measure.py
(`--batch ninth`, and `all`) and check_ninth.py draw it.
"""
import html
import random
import re

import eighth_batch as eb
import fourth_batch as fb
import ham_ninth as hn
import scam_ninth as sn
import seventh_batch as s7
import sixth_batch as sb6
from fourth_batch import pick, toUzc

NINTH_SEED_OFFSET = 31

# Items per (family, language): English about half, German about 30%, advance-fee / inheritance / lottery /
# loan over 60%, sextortion and other blackmail over 12%.
SCAM_CELLS = {
    "en": {"advance-fee": 50, "inheritance": 36, "lottery": 30, "loan": 24, "sextortion": 30, "crypto": 16, "romance": 6, "job": 6,
           "parcel": 6, "tech-support": 6},
    "de": {"advance-fee": 30, "inheritance": 24, "lottery": 20, "loan": 16, "sextortion": 20, "crypto": 6, "romance": 4, "job": 2,
           "parcel": 2, "tech-support": 2},
    "ru": {"advance-fee": 6, "inheritance": 4, "lottery": 4, "loan": 4, "sextortion": 4, "crypto": 2},
    "fr": {"advance-fee": 4, "inheritance": 4, "lottery": 2, "sextortion": 2},
    "es": {"advance-fee": 4, "inheritance": 2, "lottery": 2, "loan": 2, "sextortion": 2},
    "tr": {"advance-fee": 4, "lottery": 2, "loan": 2},
    "uz": {"advance-fee": 2, "lottery": 2}, "uzc": {"advance-fee": 2, "lottery": 2}, "kk": {"advance-fee": 2, "loan": 2},
    "ky": {"advance-fee": 2, "lottery": 2}, "tg": {"advance-fee": 2, "loan": 2}, "tk": {"advance-fee": 2, "lottery": 2},
}
HAM_CELLS = {
    "en": {"patch": 120, "patch-review": 90, "bug-tracker": 90, "ci-bot": 80, "advisory": 100, "release": 90, "treasurer": 50,
           "donation-drive": 60, "conference": 70, "mentoring": 60, "scam-warning": 130, "user-question": 110, "user-reply": 120,
           "dev-thread": 100, "list-admin": 40},
    "de": {"user-question": 60, "user-reply": 70, "dev-thread": 40, "release": 40, "treasurer": 30, "donation-drive": 30,
           "conference": 30, "advisory": 40, "scam-warning": 80, "list-admin": 20},
    "fr": {"user-question": 25, "user-reply": 30, "dev-thread": 20, "release": 15, "conference": 10, "scam-warning": 25},
    "es": {"user-question": 25, "user-reply": 30, "dev-thread": 20, "release": 15, "conference": 10, "scam-warning": 25},
    "ru": {"user-question": 25, "user-reply": 30, "dev-thread": 20, "release": 15, "advisory": 10, "scam-warning": 25},
}
SCAM_SHAPES = ["letter", "html-table", "attachment", "teaser", "subject-lure"]
DISGUISES = ["spaced-letters", "homoglyph", "zero-width", "html-entity", "tag-split"]
HTML_DISGUISES = {"html-entity", "tag-split"}
HAM_KINDS = sorted({k for kinds in HAM_CELLS.values() for k in kinds})
SPAM_FORMS = ["quoted", "forwarded", "pasted", "with-headers", "annotated", "reply-to-paste"]
# The pool a look-alike kind is drawn from, and the lists' community it is posted to.
KIND_POOL = {"advisory": "advisory", "release": "release", "treasurer": "treasurer", "donation-drive": "donation", "conference": "conference",
             "mentoring": "mentoring", "bug-tracker": "bug", "ci-bot": "ci"}
KIND_COMMUNITY = {"patch": "dev", "patch-review": "dev", "bug-tracker": "dev", "ci-bot": "dev", "dev-thread": "dev", "user-question": "users",
                  "user-reply": "users", "release": "announce", "treasurer": "announce", "donation-drive": "announce",
                  "conference": "announce", "mentoring": "announce", "advisory": "security"}
# The project a list belongs to ({project}); the foundation's lists speak of any of them.
PROJECTS = {"linux-media": ["v4l-utils"], "walletlib-dev": ["walletlib"], "openshop-devel": ["OpenShop"], "keyvault-users": ["KeyVault"],
            "cryptolib-users": ["cryptolib"], "kryptolib-de": ["kryptolib"], "freieshop-dev": ["FreieShop"],
            "libre-fr": ["Libre-Compta"], "proyecto-es": ["CarteraLibre"], "razrab-ru": ["Koshelek-SPO"]}
ANY_PROJECT = ["walletlib", "OpenShop", "KeyVault", "cryptolib", "PayGate", "camkit"]
BICS = ["NWBKGB2L", "HELADEF1FRA", "GENODEF1S12", "COBADEFFXXX", "CCOPFRPPXXX", "CAIXESBBXXX"]
COVER = {"en": ["{Please see|Kindly find} the attached {letter|file|document}{.| for details.}", "{Read|Open} the attachment{.| carefully.}"],
         "de": ["{Bitte lesen Sie|Siehe} {den Anhang|die angehängte Datei}.", "{Details|Einzelheiten} im Anhang."],
         "fr": ["{Voir|Veuillez lire} la pièce jointe.", "{Détails|Informations} en pièce jointe."],
         "es": ["{Vea|Lea} el archivo adjunto.", "{Detalles|Información} en el adjunto."],
         "ru": ["{Смотрите|Прочитайте} вложение.", "{Подробности|Детали} во вложении."]}
# The trackers' own framing around a comment (machinery of the tracker, the same in both halves).
TRACKER_FRAME = {"Bug": ("https://tracker.example.org/show_bug.cgi?id={bug}\n\n", "\n\n--\nYou are receiving this mail because {why}."),
                 "Issue": ("", "\n\n--\nReply to this email directly or view it on the tracker: https://tracker.example.org/issues/{bug}")}
TRACKER_WHY = ["you are watching the component", "you are the assignee for the bug", "you are on the CC list for the bug"]
ATTACH_NAMES = ["letter.txt", "Notification.html", "Award_Letter.html", "proposal.txt", "INHERITANCE.txt", "details.htm", "Brief.txt",
                "Mitteilung.html", "claim_form.html", "README.txt"]


# ---------------------------------------------------------------- values for the placeholders

class Filler(sb6.Filler):
    """The sixth batch's filler (wallets, links, phones, sums, passwords, Telegram handles) with this batch's
    "private" mailboxes, euro sums for French and Spanish, and the look-alikes' values: {project}, {bug},
    {n}, {job}, {cve}, {hash}, {year}, {iban}, {bic}, {fpr}; {me}, {who} and {sender} are set per item."""

    def value(self, key):
        if key in self.values and key not in ("amount",):
            return self.values[key]
        rng = self.rng
        if key == "amount" and self.scam and self.family in SUM_RANGES:
            return self.scamSum()
        if key == "amount" and not self.scam:
            # A list's sums are a club's: balances, grants, tickets, bounties.
            lo, hi = HAM_SUMS.get(self.family, (50, 5000))
            return self.sumText(rng.randint(lo, hi) // 10 * 10 or lo)
        if key == "email":
            v = f"{rng.choice(sn.PRIVATE_BOXES)}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(sn.PRIVATE_HOSTS)}"
        elif key == "amount" and self.lang in ("fr", "es"):
            n = rng.choice([rng.randint(2, 95) * 100, rng.randint(1, 60) * 10000, rng.randint(1, 9) * 1000000])
            v = f"{n:,}".replace(",", rng.choice([" ", ".", "\u202f"])) + rng.choice([" €", " euros", " EUR"])
            self.meta["amount_style"] = "digits"
            return v
        elif key == "project":
            v = rng.choice(ANY_PROJECT)
        elif key in ("bug", "job"):
            v = str(rng.randint(10000, 999999))
        elif key == "n":
            v = str(rng.randint(1, 40))
        elif key == "cve":
            v = f"CVE-{rng.choice([2024, 2025])}-{rng.randint(1000, 59999)}"
        elif key == "hash":
            v = sb6.sha256Hex(rng)[:rng.choice([8, 10, 12])]
        elif key == "year":
            v = str(rng.choice([2025, 2026]))
        elif key == "iban":
            v = eb.iban(rng, {"en": "GB", "fr": "FR", "es": "ES"}.get(self.lang, "DE"))
        elif key == "bic":
            v = rng.choice(BICS)
        elif key == "fpr":
            v = " ".join(sb6.sha256Hex(rng)[i:i + 4].upper() for i in range(0, 40, 4))
        elif key in ("me", "who", "sender"):
            v = rng.choice(sn.SENDER_NAMES["en"])
        else:
            return super().value(key)
        self.values[key] = v
        return v


    def scamSum(self):
        """The letter's first sum is the bait (millions left by the dead, a prize, a loan, a ransom), every later one
        the fee asked first, as advance-fee letters run; written in the language's currency and digit grouping."""
        rng = self.rng
        self.meta["amount_style"] = "digits"
        bait, fee = SUM_RANGES[self.family]
        lo, hi = fee if self.values.get("_sums") else bait
        self.values["_sums"] = self.values.get("_sums", 0) + 1
        return self.sumText(rng.randint(lo, hi) // 50 * 50 or lo)

    def sumText(self, n):
        cur = self.rng.choice(fb.CURRENCY.get(self.lang, ["$", "USD", "€"]) if self.lang not in ("fr", "es") else ["€", "EUR", "euros"])
        digits = f"{n:,}".replace(",", "." if self.lang in ("de", "es", "tr") else "\u202f" if self.lang == "fr" else ",")
        return f"{cur}{digits}" if cur in ("$", "£", "€", "US$") else f"{digits} {cur}"


# Ranges of the look-alikes' sums per kind.
HAM_SUMS = {"treasurer": (800, 180000), "donation-drive": (500, 120000), "conference": (40, 2500), "dev-thread": (500, 10000),
            "mentoring": (300, 6000)}
# (bait, fee) ranges of a family's sums.
SUM_RANGES = {"advance-fee": ((850000, 45000000), (250, 9500)), "inheritance": ((1200000, 28000000), (350, 7500)),
              "lottery": ((50000, 2500000), (150, 2500)), "loan": ((5000, 500000), (100, 1500)), "sextortion": ((400, 3000), (400, 3000))}


def spinFill(rng, f, template, lang=None):
    """A template's surface text for one item, placeholders filled (Uzbek Cyrillic transliterated first); the
    language is the filler's unless given."""
    lang = lang or f.lang
    text = sn.spin(rng, template)
    if lang != "fr":
        text = text.replace(" : ", ": ")  # an empty alternative before a colon; only French writes a space there
    if lang == "uzc":
        text = toUzc(text)
    return f.fill(text)


def srcLang(lang):
    return "uz" if lang == "uzc" else lang


# ---------------------------------------------------------------- disguises

def spacedLetters(rng, text):
    """Two to five keywords written with a space (or a dot) between the letters: "b i t c o i n"."""
    words = text.split(" ")
    sep = rng.choice([" ", " ", ".", " . "])
    for i in fb._targets(rng, words, 2, 5):
        pre, w, post = fb._core(words[i])
        words[i] = pre + sep.join(w.upper() if rng.random() < 0.3 else w) + post
    return " ".join(words)


def tagSplit(rng, text):
    """HTML whose keywords are split across tags ("bit<b></b>coin", "<span>pay</span>ment")."""
    paras = []
    for para in text.split("\n\n"):
        words = para.replace("\n", " \n ").split(" ")
        for i in fb._targets(rng, words, 2, 6):
            pre, w, post = fb._core(words[i])
            if len(w) < 4:
                continue
            cut = rng.randint(1, len(w) - 1)
            a, b = html.escape(w[:cut], quote=False), html.escape(w[cut:], quote=False)
            joined = rng.choice([f"{a}<span>{b}</span>", f"<b>{a}</b>{b}", f"{a}<!-- x -->{b}", f"<font>{a}</font><font>{b}</font>",
                                 f"{a}<span style=\"display:inline\"></span>{b}"])
            words[i] = html.escape(pre, quote=False) + joined + html.escape(post, quote=False)
        paras.append("<p>" + " ".join(w if "<" in w else html.escape(w, quote=False) for w in words).replace(" \n ", "<br>\n") + "</p>")
    return "\n".join(paras) + "\n"


def tableHtml(rng, text, title, link=None):
    """A bulk sender's HTML-only mail: a centred table with inline CSS, the title in a coloured header row,
    one row per paragraph, a button for the link."""
    font = rng.choice(["Arial,Helvetica,sans-serif", "Verdana,sans-serif", "Georgia,serif", "Tahoma,sans-serif"])
    color = rng.choice(["#003366", "#8b0000", "#1a5e20", "#222222"])
    rows = []
    if title:
        rows.append(f'<tr><td style="background:{color};color:#ffffff;padding:14px 20px;font:bold 18px {font}">'
                    f"{html.escape(title, quote=False)}</td></tr>")
    for para in text.split("\n\n"):
        cell = html.escape(para, quote=False).replace("\n", "<br>\n")
        if link and link in para:
            cell = cell.replace(html.escape(link, quote=False), f'<a href="{html.escape(link)}" style="color:{color}">{html.escape(link, quote=False)}</a>')
        rows.append(f'<tr><td style="padding:10px 20px;font:14px/1.5 {font};color:#333333">{cell}</td></tr>')
    if link and rng.random() < 0.6:
        rows.append(f'<tr><td align="center" style="padding:16px"><a href="{html.escape(link)}" style="background:{color};color:#fff;'
                    f'padding:10px 24px;text-decoration:none;font:bold 15px {font}">{rng.choice(["CLAIM NOW", "Continue", "Click here", ">>>"])}</a></td></tr>')
    return (f'<table width="600" align="center" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #cccccc;'
            f'background:#ffffff">\n' + "\n".join(rows) + "\n</table>\n")


# ---------------------------------------------------------------- scam

def scamShape(rng, family):
    w = {"letter": 38, "html-table": 18, "attachment": 16 if family not in ("parcel", "tech-support") else 4, "teaser": 18,
         "subject-lure": 12}
    return rng.choices(list(w), list(w.values()))[0]


def scamText(rng, lang, family, split, f, shape):
    """(subject, body, theme) of a scam in one of the shapes, placeholders filled."""
    pools = sn.SCAM[srcLang(lang)][family]
    subject = spinFill(rng, f, pick(rng, pools["subj"], split), lang)
    if shape in ("teaser", "subject-lure"):
        lure = spinFill(rng, f, pick(rng, pools["teaser"], split), lang)
        if shape == "teaser":
            return subject, lure, "-"
        # The subject carries the lure; the body is the contact alone (or nearly).
        contact = next((f.values[k] for k in ("email", "link", "wallet", "phone") if k in f.values), lure)
        body = rng.choice([contact, contact, f"{contact}\n\n{subject}", f">> {contact}"])
        return lure.split("\n")[0][:180], body, "-"
    theme, template = pick(rng, pools["body"], split)
    if theme in WOMEN_THEMES and not isWoman(f.values.get("sender", "")):
        # A widow's or a lonely woman's letter signs with a woman's name.
        f.values["sender"] = rng.choice([n for n in sn.SENDER_NAMES.get(srcLang(lang), sn.SENDER_NAMES["en"]) if isWoman(n)] or
                                        [n for n in sn.SENDER_NAMES["en"] if isWoman(n)])
    return subject, spinFill(rng, f, template, lang), theme


WOMEN_THEMES = {"widow-donation", "romance"}
WOMAN_MARKS = ("Mrs.", "Ms.", "Frau", "Mme", "Sra.", "Dra.", "Елена", "Ольга", "Ayşe", "Dilnoza", "Nodira", "Айгүл", "Гүлнара",
               "Мадина", "Aýgül")


def isWoman(name):
    return any(m in name for m in WOMAN_MARKS)


def scamSender(rng, lang, f):
    name = rng.choice(sn.SENDER_NAMES.get(srcLang(lang)) or sn.SENDER_NAMES["en"])
    f.values["sender"] = name
    r = rng.random()
    if r < 0.55:
        local = sb6._local(name) if rng.random() < 0.6 else rng.choice(sn.PRIVATE_BOXES)
        return name, f"{local}{rng.choice(['', str(rng.randint(1, 999))])}@{rng.choice(sb6.FREEMAIL)}", "freemail"
    if r < 0.85:
        return name, f"{rng.choice(['info', 'admin', 'office', 'noreply', 'contact', 'webmaster'])}@{rng.choice(sb6.ODD_DOMAINS)}", "unrelated-domain"
    # A subscriber's hijacked account: the scam comes from an address the list knows.
    p = rng.choice(hn.PEOPLE.get(lang) or hn.PEOPLE["en"])
    return (p[0] if rng.random() < 0.5 else name), p[1], "hijacked-subscriber"


def listsFor(lang, community=None):
    own = [lst for lst in hn.LISTS if lst[4] == lang and (community is None or lst[3] == community)]
    return own or [lst for lst in hn.LISTS if lst[4] == lang] or [lst for lst in hn.LISTS if lst[4] == "en"]


def footerOf(lst):
    return None if lst[7] is None else hn.FOOTERS[lst[7]].format(name=lst[0], host=lst[1])


def scamItem(rng, lang, family, split, n):
    f = Filler(rng, lang, family, split)
    shape = scamShape(rng, family)
    name, addr, from_kind = scamSender(rng, lang, f)
    subject, body, theme = scamText(rng, lang, family, split, f, shape)
    if from_kind != "hijacked-subscriber":
        name = f.values["sender"]
    # A disguise the item's shape can carry: an attachment or a bare contact line has no HTML of its own.
    usable = [d for d in DISGUISES if d not in HTML_DISGUISES] if shape in ("attachment", "subject-lure") else DISGUISES
    disguise = rng.choice(usable) if rng.random() < 0.33 else "none"
    plain = body
    if disguise in ("spaced-letters", "homoglyph", "zero-width"):
        body = spacedLetters(rng, body) if disguise == "spaced-letters" else fb.obfuscateText(rng, body, disguise.replace("-", ""))
    item = {"id": f"scam9-{family}-{lang}-{n:03d}", "label": "scam", "family": family, "lang": lang, "batch": "ninth",
            "split": "heldout" if split else "dev", "subject": subject, "body": body, "obfuscation": disguise, "shape": shape,
            "theme": theme, "from_kind": from_kind, "reply_to": "-", "markup": "none", "attach_kind": "-", **f.meta}
    lst = rng.choice(listsFor(lang) if rng.random() < 0.5 else hn.LISTS)
    reply = f.values.get("email") if rng.random() < 0.5 else None
    s7.deliver(rng, item, lst, name, addr, reply_to=reply, mailer=rng.random() < 0.6)
    if rng.random() < 0.2:
        item["headers"]["extra"].insert(0, ("X-Priority", "1 (Highest)"))
    html_rate, html_only = {"html-table": (1.0, 0.75), "letter": (0.2, 0.3), "attachment": (0.0, 0.0)}.get(shape, (0.12, 0.5))
    if disguise in HTML_DISGUISES:
        html_rate, html_only = 1.0, 0.8
    if shape == "attachment":
        attach(rng, item, lang, lst, plain)
    else:
        s7.package(rng, item, lang, html_rate, html_only, lst, footer=footerOf(lst) or False)
        if item["html_alt"]:
            link = f.values.get("link")
            if disguise == "html-entity":
                item["html"] = fb.entityHtml(rng, plain)
            elif disguise == "tag-split":
                item["html"] = tagSplit(rng, plain)
            elif shape == "html-table" or rng.random() < 0.4:
                item["html"] = tableHtml(rng, body, item["subject"] if rng.random() < 0.5 else None, link)
            item["markup"] = "html-only" if item["html_only"] else "html"
            fb._legacyOk(item)
    return item


def attach(rng, item, lang, lst, plain):
    """The letter travels as a text/plain or .html attachment behind a one-line cover note; the list's footer
    follows the cover line (list software appends it to the first text part)."""
    s7.package(rng, item, lang, 0.0, 0.0, lst, footer=False)
    cover_lang = lang if lang in COVER else "en"
    cover = sn.spin(rng, rng.choice(COVER[cover_lang]))
    footer = footerOf(lst)
    item["footer"] = "cover" if footer else "none"
    item["cover"] = cover + ("\n\n" + footer if footer else "")
    item["attach"] = True
    item["attach_name"] = rng.choice(ATTACH_NAMES)
    item["attach_type"] = "html" if item["attach_name"].endswith(("html", "htm")) else "text"
    item["attach_kind"] = item["attach_type"]
    if item["attach_type"] == "html" and rng.random() < 0.5:
        item["html"] = tableHtml(rng, item["body"], None, None)
        fb._legacyOk(item)


# ---------------------------------------------------------------- look-alikes

def person(rng, lang, avoid=None):
    people = hn.PEOPLE.get(lang) or hn.PEOPLE["en"]
    for _ in range(6):
        p = rng.choice(people)
        if p != avoid:
            return p
    return p


def attribution(rng, lang, who):
    head = rng.choice(hn.QUOTE_HEAD.get(lang, hn.QUOTE_HEAD["en"]))
    return head.replace("{date}", s7.mailDate(rng)).replace("{who}", f"{who[0]} <{who[1]}>")


def signed(rng, pools, split, f, body):
    """A post signs with the poster's name unless its template already does."""
    if "{me}" in body or f.values.get("me", "\x00") in body or "\n-- \n" in body or body.rstrip().endswith("team"):
        return body
    return body + "\n\n" + spinFill(rng, f, pick(rng, pools["sig"], split))


def answerTo(rng, question, replies, split):
    """The reply template of the item's half that shares most words with the question (an answer on topic)."""
    words = {w.lower() for w in re.findall(r"\w{5,}", question)}
    mine = [r for i, r in enumerate(replies) if i % 2 == split]
    scored = [(len(words & {w.lower() for w in re.findall(r"\w{5,}", r)}), rng.random(), r) for r in mine]
    return max(scored)[2]


def post(subject, body, form, me, **kw):
    return dict(subject=subject, body=body, form=form, me=me, **kw)


def patchText(rng, f, split, version):
    path, subj, msg, removed, added = pick(rng, hn.HAM["en"]["patch"], split)
    start = rng.randint(40, 900)
    hunk = [f"@@ -{start},{len(removed) + 4} +{start},{len(added) + 4} @@"]
    context = {"c": [" \tint ret;", " "], "php": ["     {", " "], "py": [" ", "     tickets = load_tickets()"], "rs": [" ", " "]}
    before = context.get(path.rsplit(".", 1)[1], [" ", " "])
    hunk += [*before, *[f"-{x}" for x in removed], *[f"+{x}" for x in added], " ", " " + ("}" if not path.endswith(".py") else "    return winner")]
    diff = (f"---\n {path} | {len(removed) + len(added)} {'+' * len(added)}{'-' * len(removed)}\n 1 file changed, {len(added)} "
            f"insertions(+), {len(removed)} deletions(-)\n\ndiff --git a/{path} b/{path}\nindex {f.value('hash')[:7]}..{sb6.sha256Hex(rng)[:7]} "
            f"100644\n--- a/{path}\n+++ b/{path}\n" + "\n".join(hunk))
    title = sn.spin(rng, subj)
    prefix = f"[PATCH{' v' + str(version) if version > 1 else ''}]"
    body = sn.spin(rng, msg) + f"\n\nSigned-off-by: {f.values['me']} <{f.values['me_addr']}>\n" + diff + "\n-- \n2.4" + str(rng.randint(0, 7)) + ".1"
    return f"{prefix} {title}", f.fill(body)


def hamItem(rng, lang, kind, split, n):
    pools = hn.HAM[lang]
    f = Filler(rng, lang, kind, split, scam=False)
    community = KIND_COMMUNITY.get(kind)
    lst = rng.choice(listsFor(lang, community))
    f.values["project"] = rng.choice(PROJECTS.get(lst[0], ANY_PROJECT))
    me = person(rng, lang)
    them = person(rng, lang, me)
    f.values.update(me=me[0], me_addr=me[1], who=f"{them[0]} <{them[1]}>")
    mailer, prefix, list_post, parent, paste_lang = True, True, True, False, "-"
    if kind == "patch":
        subject, body = patchText(rng, f, split, rng.choice([1, 1, 1, 2, 3]))
        p = post(subject, body, "patch", me)
    elif kind == "patch-review":
        subject, body = patchText(rng, f, split, rng.choice([1, 2]))
        lines = body.split("\n")
        cut = rng.randint(3, max(4, len(lines) - 2))
        review = spinFill(rng, f, pick(rng, pools["review"], split))
        quoted = s7.quote("\n".join(lines[:cut]))
        body = attribution(rng, lang, (them[0], them[1])) + "\n" + quoted + "\n\n" + review + "\n\n" + spinFill(rng, f, pick(rng, pools["sig"], split))
        p = post("Re: " + subject, body, "review", me, parent=True)
        parent = True
    elif kind in ("bug-tracker", "ci-bot"):
        subj, text = pick(rng, pools[KIND_POOL[kind]], split)
        bot = hn.BOTS["tracker" if kind == "bug-tracker" else "ci"]
        body = spinFill(rng, f, text)
        if kind == "bug-tracker":
            head, foot = TRACKER_FRAME["Issue" if subj.startswith("[Issue") else "Bug"]
            body = f.fill(head) + body + f.fill(foot.replace("{why}", rng.choice(TRACKER_WHY)))
        p = post(spinFill(rng, f, subj), body, kind, bot)
        mailer = False
    elif kind in KIND_POOL:
        subj, text = pick(rng, pools[KIND_POOL[kind]], split)
        form = kind
        body = signed(rng, pools, split, f, spinFill(rng, f, text))
        subject = spinFill(rng, f, subj)
        if rng.random() < 0.15 and "reply" in pools:
            # A member's short answer quoting the announcement.
            body = spinFill(rng, f, answerTo(rng, body, pools["reply"], split)) + "\n\n" + attribution(rng, lang, me) + "\n" + s7.quote(body)
            subject, form, me, parent = "Re: " + subject, kind + "-reply", them, True
        p = post(subject, body, form, me)
    elif kind in ("user-question", "dev-thread"):
        subj, text = pick(rng, pools["question" if kind == "user-question" else "dev"], split)
        p = post(spinFill(rng, f, subj), signed(rng, pools, split, f, spinFill(rng, f, text)), kind, me)
    elif kind == "user-reply":
        subj, text = pick(rng, pools["question"], split)
        f.values["me"] = them[0]
        question = signed(rng, pools, split, f, spinFill(rng, f, text))
        f.values["me"] = me[0]
        answers = [spinFill(rng, f, answerTo(rng, question, pools["reply"], split))]
        form = rng.choice(["bottom", "top", "interleaved"])
        head = attribution(rng, lang, them)
        if form == "bottom":
            body = head + "\n" + s7.quote(question) + "\n\n" + "\n\n".join(answers)
        elif form == "top":
            body = "\n\n".join(answers) + "\n\n" + head + "\n" + s7.quote(question)
        else:
            paras = question.split("\n\n")
            body = head + "\n" + s7.quote("\n\n".join(paras[:2])) + "\n\n" + answers[0] + "\n\n" + s7.quote("\n\n".join(paras[2:]) or "...")
            body += "\n\n" + "\n\n".join(answers[1:]) if answers[1:] else ""
        body += "\n\n" + spinFill(rng, f, pick(rng, pools["sig"], split))
        p = post("Re: " + spinFill(rng, f, subj), body, form, me)
        parent = True
    elif kind == "scam-warning":
        p = scamWarning(rng, lang, pools, split, f, me, them)
        parent, paste_lang = p["parent"], p["paste_lang"]
    else:  # list-admin
        p = adminPost(rng, lang, split, f, lst, me)
        mailer, prefix, list_post = p["mailer"], False, p["list_post"]
    item = {"id": f"ham9-{kind}-{lang}-{n:04d}", "label": "benign", "family": kind, "lang": lang, "batch": "ninth",
            "split": "heldout" if split else "dev", "subject": p["subject"], "body": p["body"], "obfuscation": "none", "shape": p["form"],
            "theme": "-", "from_kind": "-", "reply_to": "-", "paste_lang": paste_lang, "markup": "none", "attach_kind": "-", **f.meta}
    who = p["me"]
    item["from_kind"] = "bot" if who in hn.BOTS.values() else "freemail" if who[1].split("@")[1] in sb6.FREEMAIL + [
        "posteo.de", "mailbox.org", "gmx.net", "free.fr", "laposte.net", "telefonica.net", "outlook.es"] else "organisation"
    own_rt = None
    if kind in ("user-question", "user-reply", "scam-warning", "dev-thread") and rng.random() < 0.05:
        own_rt = f"{sb6._local(who[0]) or 'me'}.{rng.choice(['home', 'lists', 'privat'])}@{rng.choice(['gmail.com', 'gmx.de', 'yandex.ru', 'outlook.com'])}"
    s7.deliver(rng, item, lst, who[0], who[1], reply_to=own_rt, parent=s7.msgId(rng, lst[1]) if parent or p.get("parent") else None,
               munge=False if kind in ("list-admin", "bug-tracker", "ci-bot") else None, mailer=mailer, prefix_subject=prefix and list_post)
    html_rate = 0.0 if kind in ("list-admin", "patch", "patch-review", "ci-bot") else 0.3 if kind in (
        "release", "donation-drive", "conference", "treasurer", "mentoring") else 0.12
    s7.package(rng, item, lang, html_rate, 0.0, lst, footer=(footerOf(lst) or False) if list_post else False)
    if item["html_alt"]:
        item["markup"] = "html"
    return item


def pastedScam(rng, lang, split):
    """A scam of this batch's pools and the warning's own half, as the poster received it: (subject, body, sender,
    its language, filler)."""
    paste_lang = lang if lang in sn.SCAM and rng.random() < 0.8 else rng.choice(["en", "de"])
    family = rng.choices(["advance-fee", "inheritance", "lottery", "loan", "sextortion", "crypto"], [34, 20, 14, 8, 18, 6])[0]
    if family not in sn.SCAM[paste_lang]:
        family = "advance-fee"
    f = Filler(rng, paste_lang, family, split)
    name, addr, from_kind = scamSender(rng, paste_lang, f)
    subject, body, _ = scamText(rng, paste_lang, family, split, f, rng.choice(["letter", "letter", "teaser"]))
    return subject, body, (f.values["sender"] if from_kind != "hijacked-subscriber" else name, addr), paste_lang, f


def scamWarning(rng, lang, pools, split, f, me, them):
    subj_scam, paste, sender, paste_lang, pf = pastedScam(rng, lang, split)
    own = spinFill(rng, f, pick(rng, pools["spam_own"], split))
    subject = spinFill(rng, f, pick(rng, pools["spam_subj"], split))
    form = rng.choice(SPAM_FORMS)
    parent = False
    if form == "quoted":
        body = own + "\n\n" + s7.quote(paste)
    elif form == "forwarded":
        body = own + "\n\n" + hn.FORWARD[lang].format(subject=subj_scam, date=s7.mailDate(rng), who=f"{sender[0]} <{sender[1]}>",
                                                      to=me[1]) + "\n\n" + paste
        subject = rng.choice(["Fwd: ", "WG: " if lang == "de" else "Fwd: ", "TR: " if lang == "fr" else "Fw: "]) + subj_scam
    elif form == "pasted":
        start, end = rng.choice(hn.CUT[lang])
        body = own + "\n\n" + start + "\n" + paste + "\n" + end
    elif form == "with-headers":
        heads = [f"From: {sender[0]} <{sender[1]}>", f"Subject: {subj_scam}", f"Date: {s7.mailDate(rng)}"]
        if "email" in pf.values:
            heads.insert(1, f"Reply-To: {pf.values['email']}")
        body = own + "\n\n" + "\n".join("    " + h for h in heads) + "\n\n" + "\n".join("    " + x if x else "" for x in paste.split("\n"))
    elif form == "reply-to-paste":
        body = attribution(rng, lang, them) + "\n" + s7.quote(own) + "\n>\n" + s7.quote(paste, 2) + "\n\n" + \
            spinFill(rng, f, pick(rng, pools["spam_reply"], split))
        subject, parent = "Re: " + subject, True
    else:  # annotated: the poster comments between the scam's quoted paragraphs
        asides = [v for i, v in enumerate(pools["spam_aside"]) if i % 2 == split]
        out = [own, ""]
        paras = [x for x in paste.split("\n\n") if x.strip()]
        for i, para in enumerate(paras):
            out.append(s7.quote(para))
            if i < len(paras) - 1 and asides and rng.random() < 0.5:
                out += ["", spinFill(rng, f, asides.pop(rng.randrange(len(asides)))), ""]
        body = "\n".join(out)
    body += "\n\n" + spinFill(rng, f, pick(rng, pools["sig"], split))
    return post(subject, body, form, me, parent=parent, paste_lang=paste_lang)


def adminPost(rng, lang, split, f, lst, me):
    which = rng.choice(list(hn.ADMIN))
    subj, text = hn.ADMIN[which]
    lname, host = lst[0], lst[1]
    form = f"admin-{which}"
    if which == "held":
        if rng.random() < 0.6:
            # Held posts are often scam (that is why they were held): the scam's subject, of the item's half.
            src = lang if lang in sn.SCAM else "en"
            fam = rng.choice(["advance-fee", "inheritance", "lottery", "loan", "sextortion"])
            held = spinFill(rng, Filler(rng, src, fam, split), pick(rng, sn.SCAM[src][fam]["subj"], split))
            form = "admin-held-scam-subject"
        else:
            held = spinFill(rng, f, pick(rng, hn.HAM[lang]["question"], split)[0])
        text = text.replace("{subject}", held)
        who = (f"{lname}-owner", f"{lname}-owner@{host}")
    elif which in ("reminder", "welcome"):
        text = text.replace("{addr}", me[1]).replace("{password}", f.value("password"))
        who = ("mailman", f"mailman-owner@{host}")
    else:
        text = text.replace("{date}", s7.mailDate(rng))
        who = ("mailman", f"{lname}-bounces@{host}")
    text = text.replace("{list}", lname).replace("{host}", host)
    return post(subj.replace("{list}", lname).replace("{host}", host), text, form, who, mailer=False, list_post=False)


def generate(seed):
    return fb.generateCells(random.Random(seed + NINTH_SEED_OFFSET), SCAM_CELLS, HAM_CELLS, scamItem, hamItem)
