"""Round 11's tenth batch (`batch: tenth`): the old-school 419 letter, and the lists of people who talk about
estates, bequests and raffles.

The pools are in scam_tenth*.py and ham_tenth*.py, written blind by helper c10-corpus, who never opened the
signature packs, never ran the sensor, `sig test` or a measure.py detection on any text, never saw a detection
result, and did not read the earlier batches' text pools (only their machinery is imported: the seventh batch's
list delivery and packaging, the fourth to sixth batches' fillers, wallets and the eighth's IBAN maker).

What a different writer does here:
- scam as the scam-baiting and 419 archives hold it: long letters in non-native English with odd grammar and
  capitals, "ATTN:" blocks, ALL-CAPS letters, letters that name no sum and only ask for a reply or for "your full
  name, address, phone, occupation" (as a sentence or a numbered form); barristers with a deceased client and no
  relatives, bank foreign-operations managers, diplomats with a consignment box, officers with gold in a war zone,
  over-invoiced oil contracts, dying widows giving to charity through you, UN / IMF / ECOWAS compensation and
  "scam victims' refunds", e-mail ballots with reference and batch numbers, loans at 2-3% from a private lender;
  German, French, Spanish and Russian letters that read as machine translations of the English ones; password
  blackmail and crypto "investment managers" as the same archives hold them;
- the look-alikes come from lists that share the scams' vocabulary in its ordinary sense: genealogy (wills, next
  of kin, military service records, emigrant relatives, embassies), a parish and its charity (bequests, widows,
  raffles, donations), a university's alumni and giving, hobby clubs (model railways, amateur radio, chess) with
  raffles, club loans and a late member's estate, a credit union and co-operatives (dividends, loans, interest,
  beneficiaries), a volunteer fire brigade's support association and a village association ("Verein"), probate
  practitioners (intestacy, heir hunters, transfers abroad), a humanitarian aid NGO (cash transfers,
  compensation, next of kin, legacies); members warn about a scam and quote it, or ask "is this real?" about one.

Split rule: even-numbered pool variants dev, odd held-out, in every pool; a pasted scam comes from the scam pools
of the post's own half. Items alternate between halves within each (family or kind, language) cell. Own random
stream (SEED + 37).

Not part of generate.generate() (dev-half tools would hand it to whoever tunes): only measure.py (`--batch
tenth`, and `all`) and check_tenth.py draw it.
"""
import html
import random

import eighth_batch as eb
import fourth_batch as fb
import ham_tenth as ht
import scam_tenth as st
import seventh_batch as s7
import sixth_batch as sb6
from fourth_batch import pick

TENTH_SEED_OFFSET = 37

# Items per (family, language): German over a quarter, the advance-fee families (advance-fee, inheritance,
# donation, compensation, lottery, loan) over 65%, blackmail over 12%.
SCAM_CELLS = {
    "en": {"advance-fee": 50, "inheritance": 26, "donation": 20, "compensation": 20, "lottery": 20, "loan": 14, "sextortion": 24,
           "crypto": 12},
    "de": {"advance-fee": 24, "inheritance": 16, "donation": 12, "compensation": 12, "lottery": 12, "loan": 8, "sextortion": 12,
           "crypto": 4},
    "fr": {"advance-fee": 8, "inheritance": 6, "donation": 4, "compensation": 4, "lottery": 4, "loan": 2, "sextortion": 4},
    "es": {"advance-fee": 8, "inheritance": 6, "donation": 4, "compensation": 2, "lottery": 4, "loan": 2, "sextortion": 4},
    "ru": {"advance-fee": 6, "inheritance": 4, "compensation": 4, "lottery": 4, "sextortion": 4, "crypto": 2},
}
HAM_CELLS = {
    "en": {"genealogy": 130, "parish": 110, "alumni": 100, "club": 130, "co-op": 100, "probate": 110, "aid-ngo": 110,
           "scam-warning": 120, "is-this-real": 90},
    "de": {"genealogy": 60, "parish": 56, "alumni": 40, "club": 56, "co-op": 36, "verein": 110, "probate": 60, "aid-ngo": 50,
           "scam-warning": 60, "is-this-real": 36},
    "fr": {"genealogy": 24, "co-op": 20, "aid-ngo": 24, "scam-warning": 12, "is-this-real": 10},
    "es": {"parish": 24, "co-op": 20, "aid-ngo": 24, "scam-warning": 12, "is-this-real": 10},
    "ru": {"club": 30, "genealogy": 16, "aid-ngo": 24, "scam-warning": 12, "is-this-real": 8},
}
SCAM_SHAPES = ["letter", "attn-letter", "caps", "short-ask", "details-form", "reply-only"]
HAM_KINDS = sorted({k for kinds in HAM_CELLS.values() for k in kinds})
POST_FORMS = ["post", "reply-bottom", "reply-top", "reply-nested"]
WARN_FORMS = ["quoted", "forwarded", "pasted", "with-headers", "reply-to-warning"]
ASK_FORMS = ["forwarded", "quoted", "pasted", "answer"]
PHONE_PREFIXES = ["+234 803", "+234 806", "+229 97", "+228 90", "+226 70", "+233 24", "+44 703", "+27 71", "+225 07"]
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                 "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
                 "diciembre"],
          "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]}
# The dead, the relatives and the prize winners the look-alikes name: {man}, {woman}, {person} (either).
MEN = {"en": ["Frank Middleton", "Walter Pennington", "Harold Briggs", "George Whitworth"],
       "de": ["Walter Kowalski", "Heinrich Vogt", "Karl-Heinz Berger"], "fr": ["Yves Kerbrat", "Hervé Le Goff"],
       "es": ["Ramón Herrera", "Andrés Vidal"], "ru": ["Пётр Ильич Смирнов", "Николай Кузнецов"]}
WOMEN = {"en": ["Dorothy Ashby", "Edith Hartley", "Joan Fairclough", "Mary Kettlewell"],
         "de": ["Hildegard Brenner", "Erna Schuster", "Gertrud Lehmann"], "fr": ["Marie-Thérèse Le Goff", "Anne Morvan"],
         "es": ["Dolores Gil", "Asunción Vidal"], "ru": ["Анна Васильевна Орлова", "Мария Кузнецова"]}
# Bait sums per family, in millions (the advance-fee families); a lottery prize may be under a million.
BAIT_MILLIONS = {"advance-fee": (4, 45), "inheritance": (2, 28), "donation": (1, 12), "compensation": (1, 6), "lottery": (1, 3)}
ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen",
        "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def numberWords(n):
    """English words of 1..999, with the capitals such letters give them ("Forty Five", "Two Hundred and Fifty")."""
    out = []
    if n >= 100:
        out.append(f"{ONES[n // 100]} Hundred")
        n %= 100
        if n:
            out.append("and")
    if n >= 20:
        out.append(TENS[n // 10] + (f" {ONES[n % 10]}" if n % 10 else ""))
    elif n:
        out.append(ONES[n])
    return " ".join(out)


class Filler(sb6.Filler):
    """The sixth batch's filler (passwords, BTC sums, hours) with this batch's placeholders: {sender}, {email}
    (a "private" box), {phone} (West African and UK mobile numbers as the letters give them), {amount} (one bait
    per letter, often with its words), {ref}, {batch}, {ticket}, {date}; for the look-alikes {person}, {year},
    {amount} (a club's sums), {n}, {iban}, {me}, {man} and {woman} (when the post says "he" or "she")."""

    def value(self, key):
        if key in self.values:
            return self.values[key]
        rng = self.rng
        if key == "email":
            v = f"{rng.choice(st.PRIVATE_BOXES)}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(st.PRIVATE_HOSTS)}"
        elif key == "phone":
            v = f"{rng.choice(PHONE_PREFIXES)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        elif key == "amount":
            v = self.scamSum() if self.scam else self.clubSum()
        elif key == "ref":
            v = rng.choice([f"{fb._rand(rng, 'ABCDEFGHKLMNPRSTUW', 2, 3)}/{rng.randint(100, 9999)}/{rng.randint(10, 99)}",
                            f"REF/{rng.randint(1000, 9999)}/{fb._rand(rng, 'ABCDEFGHKLMNPRSTUW', 2, 2)}/0{rng.randint(1, 9)}",
                            f"UN-CP/{rng.randint(100, 999)}/{rng.choice([2023, 2024, 2025])}"])
        elif key == "batch":
            v = f"{rng.randint(1000, 9999)}/{rng.randint(100, 999):04d}/{fb._rand(rng, 'ABCDEFGHKLMNPRSTUWXYZ', 2, 2)}"
        elif key == "ticket":
            v = f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"
        elif key == "date":
            v = self.dateText(rng.randint(1, 28), rng.randrange(12), rng.randint(2009, 2023))
        elif key == "wallet":
            # A bitcoin address: these letters ask for BTC.
            kind, v = fb.wallet(rng)
            while kind not in ("bc1q", "legacy-1", "p2sh-3"):
                kind, v = fb.wallet(rng)
            self.meta["wallet_kind"] = kind
        elif key in ("man", "woman", "person"):
            v = rng.choice({"man": MEN, "woman": WOMEN}.get(key, rng.choice([MEN, WOMEN]))[self.lang])
        elif key == "year":
            v = str(rng.randint(1830, 1960) if self.family == "genealogy" else rng.randint(1985, 2015))
        elif key == "n":
            v = str(rng.randint(3, 480))
        elif key == "iban":
            v = eb.iban(rng, {"en": "GB", "fr": "FR", "es": "ES"}.get(self.lang, "DE"))
        else:
            return super().value(key)
        self.values[key] = v
        return v

    def dateText(self, day, month, year):
        name = MONTHS.get(self.lang, MONTHS["en"])[month]
        if self.lang == "en":
            suffix = "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            return f"{day}{suffix} {name}, {year}" if self.rng.random() < 0.5 else f"{day}/{month + 1:02d}/{year}"
        if self.lang == "de":
            return f"{day}. {name} {year}"
        if self.lang == "ru":
            return f"{day} {name} {year} года"
        return f"{day} {'de ' if self.lang == 'es' else ''}{name}{' de' if self.lang == 'es' else ''} {year}"

    def scamSum(self):
        """The bait, as 419 letters write it: digits with cents, often followed by the sum in capitalised words."""
        rng = self.rng
        lo, hi = BAIT_MILLIONS.get(self.family, (1, 9))
        millions, thousands = rng.randint(lo, hi), rng.choice([0, 0, 500, 250, 750, 200])
        if self.family == "lottery" and rng.random() < 0.5:
            millions, thousands = 0, rng.choice([250, 350, 500, 750, 850, 950])
        n = millions * 1000000 + thousands * 1000
        cur = rng.choice(["US$", "USD", "$"] if self.family != "lottery" else ["€", "EUR", "£", "US$"])
        if self.lang == "en":
            digits = f"{n:,}.00"
            text = f"{cur}{digits}" if cur in ("$", "US$", "€", "£") else f"{cur} {digits}"
            if rng.random() < 0.6:
                words = " ".join(x for x in (f"{numberWords(millions)} Million" if millions else "",
                                             f"{numberWords(thousands)} Thousand" if thousands else "") if x)
                unit = {"€": "Euros", "EUR": "Euros", "£": "Great Britain Pounds"}.get(cur, "United States Dollars")
                self.meta["amount_style"] = "both"
                return f"{text} ({words} {unit})"
            self.meta["amount_style"] = "digits"
            return text
        self.meta["amount_style"] = "digits"
        sep = {"de": ".", "es": ".", "fr": " ", "ru": " "}[self.lang]
        cents = {"de": ",00", "es": ",00", "fr": ",00", "ru": ""}[self.lang]
        digits = f"{n:,}".replace(",", sep) + cents
        unit = {"ru": "долларов США"}.get(self.lang, "USD" if cur != "€" and cur != "EUR" else "EUR")
        return f"{digits} {unit}" if rng.random() < 0.6 else f"{unit} {digits}"

    def clubSum(self):
        rng = self.rng
        n = rng.randint(12, 4800) * 10
        if self.lang == "en":
            return f"£{n:,}" if rng.random() < 0.7 else f"${n:,}"
        if self.lang == "ru":
            return f"{n * 20:,} рублей".replace(",", " ")
        text = f"{n:,}".replace(",", "." if self.lang in ("de", "es") else "\u202f")
        return f"{text} Euro" if self.lang == "de" else f"{text} €"


def senderName(rng, lang, theme):
    woman = theme in st.WOMEN_THEMES
    key = ("ru-" if lang == "ru" else "") + ("woman" if woman else "man")
    return rng.choice(st.SENDERS[key])


# ---------------------------------------------------------------- scam

def scamShape(rng, family):
    if family not in st.FRAMED:
        return "caps" if rng.random() < 0.15 else "letter"
    w = {"letter": 36, "attn-letter": 16, "caps": 12, "short-ask": 14, "details-form": 12, "reply-only": 10}
    return rng.choices(list(w), list(w.values()))[0]


def scamText(rng, lang, family, split, f, shape):
    """(subject, body, theme, role) of a letter in one of the shapes, placeholders filled."""
    pools, shared = st.SCAM[lang][family], st.SHARED[lang]
    subject = pick(rng, pools["subj"], split)
    if family not in st.FRAMED:
        theme = "password-blackmail" if family == "sextortion" else "investment-manager"
        f.values.setdefault("sender", senderName(rng, lang, theme))
        body = pick(rng, pools["body"], split)
        return f.fill(subject), f.fill(body), theme, "-"
    theme, story, role = pick(rng, pools["story"], split)
    f.values.setdefault("sender", senderName(rng, lang, theme))
    if shape == "reply-only":
        # No story and no sum: two lines that only ask for a reply (the story comes in the second letter).
        body = f"{pick(rng, shared['greet'], split)}\n\n{pick(rng, shared['teaser'], split)}\n\n{f.values['sender']}"
        return f.fill(subject), f.fill(body), theme, role
    paras = story.split("\n\n")
    parts = []
    if shape == "attn-letter":
        parts.append(pick(rng, shared["attn"], split))
    parts.append(pick(rng, shared["greet"], split))
    if shape == "short-ask":
        parts += [paras[0], pick(rng, shared["ask"], split)]
    else:
        parts += paras
        if rng.random() < 0.6:
            parts.append(pick(rng, shared["secret"], split))
        parts.append(pick(rng, shared["ask"], split))
        if shape == "details-form":
            parts.append(pick(rng, shared["form"], split))
    parts.append(pick(rng, shared["close"], split))
    parts.append(pick(rng, shared["sign"], split) + "\n{sender}\n" + role)
    body = f.fill("\n\n".join(parts))
    subject = f.fill(subject)
    if shape == "caps":
        body, subject = body.upper(), subject.upper()
    return subject, body, theme, role


def oldHtml(rng, text):
    """The HTML of an old webmail client: one font tag around the letter, <br> for every line break."""
    face = rng.choice(["Times New Roman", "Arial", "Verdana", "Comic Sans MS", "Tahoma"])
    color = rng.choice(["#000000", "#000080", "#800000", "#003300"])
    inner = html.escape(text, quote=False).replace("\n", "<br>\n")
    if rng.random() < 0.5:
        return f'<font face="{face}" size="{rng.choice([2, 3, 4])}" color="{color}">\n{inner}\n</font>\n'
    return f'<div style="font-family:{face};font-size:{rng.choice([12, 13, 14])}pt;color:{color}">\n{inner}\n</div>\n'


def scamSender(rng, lang, f):
    """(display name, address, kind) of the From line: the writer's name before a free-mail box, before a box of an
    unrelated (compromised) domain, or a list member's hijacked account, which the list lets through."""
    name = f.values["sender"]
    kind = rng.choices(["freemail", "unrelated-domain", "hijacked-subscriber"], [60, 28, 12])[0]
    if kind == "hijacked-subscriber":
        member_name, member_addr = rng.choice(ht.PEOPLE[lang])
        return rng.choice([member_name, name]), member_addr, kind
    if kind == "freemail":
        box = rng.choice([sb6._local(name), sb6._local(name), rng.choice(st.PRIVATE_BOXES)]) + rng.choice(["", str(rng.randint(1, 999))])
        return name, f"{box}@{rng.choice(sb6.FREEMAIL)}", kind
    return name, rng.choice(["info", "admin", "office", "webmaster", "secretary"]) + "@" + rng.choice(sb6.ODD_DOMAINS), kind


def listsFor(lang, kind=None):
    """The lists of a language (of one kind of list when given: a parish post goes to the parish list)."""
    mine = [lst for lst in ht.LISTS if lst[4] == lang]
    return [lst for lst in mine if kind in (None, lst[3])] or mine


def footerOf(lst):
    """The footer the list appends (None: the list adds none)."""
    footer = ht.FOOTERS.get(lst[7]) if lst[7] else None
    return footer.format(name=lst[0], host=lst[1]) if footer else None


def scamItem(rng, lang, family, split, n):
    f = Filler(rng, lang, family, split)
    shape = scamShape(rng, family)
    subject, body, theme, _role = scamText(rng, lang, family, split, f, shape)
    name, addr, from_kind = scamSender(rng, lang, f)
    item = {"id": f"scam10-{family}-{lang}-{n:03d}", "label": "scam", "family": family, "lang": lang, "batch": "tenth",
            "split": "heldout" if split else "dev", "subject": subject, "body": body, "obfuscation": "none", "shape": shape,
            "theme": theme, "from_kind": from_kind, "reply_to": "-", "markup": "none", "paste_lang": "-", **f.meta}
    lst = rng.choice(listsFor(lang) if rng.random() < 0.6 else ht.LISTS)
    reply = f.values.get("email") if rng.random() < 0.5 else None
    s7.deliver(rng, item, lst, name, addr, reply_to=reply, mailer=rng.random() < 0.5)
    if rng.random() < 0.15:
        item["headers"]["extra"].insert(0, ("X-Priority", "1 (Highest)"))
    s7.package(rng, item, lang, 0.22, 0.5, lst, footer=footerOf(lst) or False)
    if item["html_alt"]:
        item["html"] = oldHtml(rng, body)
        item["markup"] = "html-only" if item["html_only"] else "html"
        fb._legacyOk(item)
    return item


# ---------------------------------------------------------------- look-alikes

def person(rng, lang, avoid=None):
    people = ht.PEOPLE.get(lang) or ht.PEOPLE["en"]
    choices = [p for p in people if p != avoid]
    return rng.choice(choices)


def attribution(rng, lang, who):
    return rng.choice(ht.QUOTE_HEAD[lang]).format(date=s7.mailDate(rng), who=f"{who[0]} <{who[1]}>")


def indented(text):
    """A pasted mail indented by four spaces, as some members paste one (blank lines stay blank)."""
    return "\n".join(f"    {line}".rstrip() for line in text.split("\n"))


def signed(rng, lang, split, f, text, who):
    f.values["me"] = who[0]
    return text + "\n\n" + f.fill(pick(rng, ht.SHARED[lang]["sig"], split))


def topicPost(rng, lang, kind, split, f, me, them):
    """A post of a list's own business, or a reply to one (quoted below, above, or nested under a second
    reply): (subject, body, form, author)."""
    subj, text, reply_a, reply_b = pick(rng, ht.HAM[lang][kind]["topic"], split)
    subject = f.fill(subj)
    form = rng.choices(POST_FORMS, [45, 25, 18, 12])[0]
    post = signed(rng, lang, split, f, f.fill(text), them if form != "post" else me)
    if form == "post":
        return subject, post, form, me
    answer = signed(rng, lang, split, f, f.fill(reply_a if rng.random() < 0.5 else reply_b), me)
    if form == "reply-bottom":
        body = attribution(rng, lang, them) + "\n" + s7.quote(post) + "\n\n" + answer
    elif form == "reply-top":
        body = answer + "\n\n" + attribution(rng, lang, them) + "\n" + s7.quote(post)
    else:
        third = person(rng, lang, me)
        first = signed(rng, lang, split, f, f.fill(reply_b), third)
        body = (attribution(rng, lang, third) + "\n" + s7.quote(first) + "\n>\n" + s7.quote(attribution(rng, lang, them)) + "\n"
                + s7.quote(post, 2) + "\n\n" + answer)
    return "Re: " + subject, body, form, me


def pastedScam(rng, lang, split, warn=True):
    """A scam letter of the post's own half, as the member received it: (subject, body, sender, language)."""
    paste_lang = lang if rng.random() < 0.8 else rng.choice(["en", "de"])
    families = ["advance-fee", "inheritance", "donation", "compensation", "lottery", "loan", "sextortion"]
    weights = [30, 24, 10, 10, 12, 6, 8] if warn else [30, 30, 12, 12, 16, 0, 0]  # "is this real?" is asked of a windfall
    family = rng.choices(families, weights)[0]
    if family not in st.SCAM[paste_lang]:
        family = "advance-fee"
    f = Filler(rng, paste_lang, family, split)
    subject, body, _theme, _role = scamText(rng, paste_lang, family, split, f, rng.choice(["letter", "letter", "short-ask",
                                                                                          "attn-letter"]))
    name, addr, _kind = scamSender(rng, paste_lang, f)
    return subject, body, (name, addr), paste_lang


def warningPost(rng, lang, kind, split, f, me, them):
    """A member warns about a scam (`scam-warning`) or asks whether it is real (`is-this-real`), the scam pasted
    in one of several ways; or another member answers the post, quoting it whole."""
    shared = ht.SHARED[lang]
    warn = kind == "scam-warning"
    subj_scam, paste, sender, paste_lang = pastedScam(rng, lang, split, warn)
    own = f.fill(pick(rng, shared["warn" if warn else "ask"], split))
    subject = pick(rng, shared["warn_subj" if warn else "ask_subj"], split)
    form = rng.choice(WARN_FORMS if warn else ASK_FORMS)
    if form == "quoted":
        body = own + "\n\n" + s7.quote(paste)
    elif form == "forwarded":
        body = own + "\n\n" + ht.FORWARD[lang].format(subject=subj_scam, date=s7.mailDate(rng), who=f"{sender[0]} <{sender[1]}>",
                                                      to=me[1]) + "\n\n" + paste
        subject = {"de": "WG: ", "fr": "TR: ", "es": "RV: "}.get(lang, "Fwd: ") + subj_scam
    elif form == "pasted":
        start, end = rng.choice(ht.CUT[lang])
        body = own + "\n\n" + start + "\n" + paste + "\n" + end
    elif form == "with-headers":
        heads = f"From: {sender[0]} <{sender[1]}>\nDate: {s7.mailDate(rng)}\nSubject: {subj_scam}"
        body = f"{own}\n\n{indented(heads)}\n\n{indented(paste)}"
    else:  # reply-to-warning / answer: another member answers, quoting the post and its scam
        first = signed(rng, lang, split, f, own + "\n\n" + s7.quote(paste), them)
        answer = f.fill(pick(rng, shared["warn_reply" if warn else "ask_reply"], split))
        body = attribution(rng, lang, them) + "\n" + s7.quote(first) + "\n\n" + answer
        return "Re: " + subject, signed(rng, lang, split, f, body, me), form, me, paste_lang
    return subject, signed(rng, lang, split, f, body, me), form, me, paste_lang


def hamItem(rng, lang, kind, split, n):
    f = Filler(rng, lang, kind, split, scam=False)
    me = person(rng, lang)
    them = person(rng, lang, me)
    paste_lang = "-"
    if kind in ("scam-warning", "is-this-real"):
        lst = rng.choice(listsFor(lang))
        subject, body, form, who, paste_lang = warningPost(rng, lang, kind, split, f, me, them)
    else:
        lst = rng.choice(listsFor(lang, kind))
        subject, body, form, who = topicPost(rng, lang, kind, split, f, me, them)
    parent = subject.startswith("Re: ")
    item = {"id": f"ham10-{kind}-{lang}-{n:04d}", "label": "benign", "family": kind, "lang": lang, "batch": "tenth",
            "split": "heldout" if split else "dev", "subject": subject, "body": body, "obfuscation": "none", "shape": form,
            "theme": "-", "from_kind": "-", "reply_to": "-", "paste_lang": paste_lang, "markup": "none", **f.meta}
    domain = who[1].split("@")[1]
    item["from_kind"] = "freemail" if domain in sb6.FREEMAIL + ["btinternet.com", "talktalk.net", "icloud.com", "yahoo.co.uk",
                                                                 "hotmail.co.uk", "freenet.de", "gmx.net", "posteo.de",
                                                                 "mailbox.org", "free.fr", "telefonica.net", "outlook.es",
                                                                 "bk.ru"] else "organisation"
    s7.deliver(rng, item, lst, who[0], who[1], parent=s7.msgId(rng, lst[1]) if parent else None)
    html_rate = 0.2 if form == "post" else 0.08
    s7.package(rng, item, lang, html_rate, 0.0, lst, footer=footerOf(lst) or False)
    if item["html_alt"]:
        item["markup"] = "html"
    return item


def generate(seed):
    return fb.generateCells(random.Random(seed + TENTH_SEED_OFFSET), SCAM_CELLS, HAM_CELLS, scamItem, hamItem)
