#!/usr/bin/env python3
"""Deterministic generator of the generalisation corpus (scam messages and
legitimate look-alikes), split ONCE into a development and a held-out half.

Split by phrasing, not by item: every sentence pool slot (subject, hook,
body, ask; greetings, sign-offs, amount phrases) has its variants numbered,
and an item of the development half draws only even-numbered variants while
a held-out item draws only odd-numbered ones. So no held-out item contains a
sentence the packs were tuned on: the held-out score measures whether the
packs recognise a family's vocabulary, not whether they memorised the
sentences. (Words and names do recur across both halves; that is the
point: the packs must key on what a family says, not on how one text said
it.) Items alternate between halves within each (family, language).

usage: generate.py [--out FILE.json] [--split dev|heldout|all]
Items: {id, label ("scam" | "benign"), family (scam family or ham kind),
lang, split, channel (mail | post | page), subject, body, cte, charset,
html_alt, post_format, gzip, chunked, obfuscation, batch}; the third batch adds
shape, markup, and optionally html (the HTML rendering), html_only, attach.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ham_extra  # noqa: E402
import ham_other  # noqa: E402
import ham_text  # noqa: E402
import scam_central_asia as sca  # noqa: E402
import scam_en_ru  # noqa: E402
import scam_eu_tr  # noqa: E402
import scam_extra  # noqa: E402
import third_batch  # noqa: E402

SEED = 20231114
SCAM = {"en": scam_en_ru.EN, "ru": scam_en_ru.RU, "de": scam_eu_tr.DE, "fr": scam_eu_tr.FR, "es": scam_eu_tr.ES,
        "tr": scam_eu_tr.TR, "uz": sca.UZ, "uzc": sca.UZC, "kk": sca.KK, "ky": sca.KY, "tg": sca.TG, "tk": sca.TK}
HAM = {"en": ham_text.EN, "ru": ham_text.RU}
HAM.update({lang: {"mixed": pools} for lang, pools in ham_other.OTHER.items()})
HAM["uzc"] = {"mixed": {slot: [sca.uzCyrillic(s) for s in vs] for slot, vs in ham_other.OTHER["uz"].items()}}


def _uzc(pools):
    return {k: {slot: [sca.uzCyrillic(s) for s in vs] for slot, vs in slots.items()} for k, slots in pools.items()}


# Round 3's second batch (scam_extra.py, ham_extra.py): generated after the first batch with its own
# random stream, so every first-batch item stays byte-identical and old measurements stay comparable.
EXTRA_SEED = SEED + 3
SCAM_EXTRA = {"en": scam_extra.EN, "ru": scam_extra.RU, "uz": scam_extra.UZ, "uzc": _uzc(scam_extra.UZ),
              "kk": scam_extra.KK, "tr": scam_extra.TR, "ky": scam_extra.KY, "tg": scam_extra.TG, "tk": scam_extra.TK}
HAM_EXTRA = {"en": ham_extra.EN, "ru": ham_extra.RU, "uz": ham_extra.UZ, "uzc": _uzc(ham_extra.UZ),
             "kk": ham_extra.KK, "tr": ham_extra.TR, "ky": ham_extra.KY, "tg": ham_extra.TG, "tk": ham_extra.TK}

GREETING = {
    "en": ["Hello,", "Dear friend,", "Hi,", "Good day,", "Dear Sir or Madam,", "Greetings,"],
    "ru": ["Здравствуйте!", "Добрый день,", "Привет!", "Уважаемый клиент,", "Доброго времени суток.", "Здравствуй,"],
    "de": ["Hallo,", "Sehr geehrte Damen und Herren,", "Guten Tag,", "Lieber Freund,"],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Salut,", "Cher ami,"],
    "es": ["Hola,", "Estimado cliente,", "Buenos días,", "Querido amigo,"],
    "tr": ["Merhaba,", "Sayın müşterimiz,", "İyi günler,", "Değerli dostum,"],
    "uz": ["Assalomu alaykum!", "Hurmatli mijoz,", "Salom,", "Aziz do'stim,"],
    "kk": ["Сәлеметсіз бе!", "Құрметті клиент,", "Сәлем,", "Қымбатты досым,"],
    "ky": ["Саламатсызбы!", "Урматтуу кардар,"],
    "tg": ["Ассалому алайкум!", "Мизоҷи мӯҳтарам,"],
    "tk": ["Salam!", "Hormatly müşderi,"],
}
GREETING["uzc"] = [sca.uzCyrillic(s) for s in GREETING["uz"]]
SIGNOFF = {
    "en": ["Best regards,\nJohn", "Sincerely,\nMrs. Grace Williams", "Thanks,\nSupport", "Yours faithfully,\nBarrister Paul",
           "Kind regards,\nMichael", "Respectfully,\nDr. Adams"],
    "ru": ["С уважением,\nИван", "Искренне ваш,\nАдвокат Петров", "Спасибо,\nСлужба поддержки", "Всего доброго,\nМарина",
           "С наилучшими пожеланиями,\nОлег", "Жду ответа,\nНаталья"],
    "de": ["Mit freundlichen Grüßen\nKlaus", "Viele Grüße\nSabine", "Hochachtungsvoll\nDr. Weber", "Beste Grüße\nTeam"],
    "fr": ["Cordialement,\nPierre", "Bien à vous,\nSophie", "Respectueusement,\nMaître Dubois", "Amicalement,\nJulie"],
    "es": ["Saludos cordiales,\nCarlos", "Atentamente,\nMaría", "Un saludo,\nLicenciado Gómez", "Besos,\nAna"],
    "tr": ["Saygılarımla,\nMehmet", "İyi çalışmalar,\nAyşe", "Saygılar,\nAvukat Yılmaz", "Sevgiyle,\nElif"],
    "uz": ["Hurmat bilan,\nAziz", "Salom bilan,\nNodira", "Eng yaxshi tilaklar bilan,\nJamshid", "Rahmat,\nDilshod"],
    "kk": ["Құрметпен,\nАсқар", "Сәлеммен,\nДана", "Ізгі тілекпен,\nЕрлан", "Рахмет,\nАйгерім"],
    "ky": ["Урматтоо менен,\nБакыт", "Салам менен,\nАйпери"],
    "tg": ["Бо эҳтиром,\nФарҳод", "Бо салом,\nМалика"],
    "tk": ["Hormat bilen,\nMerdan", "Salam bilen,\nAýna"],
}
SIGNOFF["uzc"] = [sca.uzCyrillic(s) for s in SIGNOFF["uz"]]
CURRENCY = {"en": ["USD", "$", "dollars", "GBP", "EUR"], "ru": ["руб.", "долларов", "USD", "евро", "$"],
            "de": ["Euro", "EUR", "€", "USD"], "fr": ["euros", "EUR", "€", "USD"], "es": ["dólares", "euros", "USD", "€"],
            "tr": ["TL", "dolar", "USD", "euro"], "uz": ["so'm", "dollar", "USD", "$"], "uzc": ["сўм", "доллар", "USD", "$"],
            "kk": ["теңге", "доллар", "USD", "$"], "ky": ["сом", "доллар"], "tg": ["сомонӣ", "доллар"], "tk": ["manat", "dollar"]}
CHARSETS_RU = ["utf-8", "windows-1251", "koi8-r"]
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def pick(rng, variants, split):
    """A variant of the item's half: even indices for dev (0), odd for held-out (1)."""
    mine = [v for i, v in enumerate(variants) if i % 2 == split] or variants
    return rng.choice(mine)


def amount(rng, lang):
    n = rng.choice([rng.randint(2, 9) * 100, rng.randint(1, 9) * 1000 + rng.randint(0, 9) * 100,
                    rng.randint(1, 25) * 100000, rng.randint(1, 45) * 1000000])
    cur = rng.choice(CURRENCY[lang])
    text = f"{n:,}".replace(",", rng.choice([",", " ", ".", ""]))
    return f"{cur}{text}" if cur == "$" else f"{text} {cur}"


def btcAddress(rng):
    if rng.random() < 0.5:
        return "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))
    return rng.choice("13") + "".join(rng.choice(B58) for _ in range(rng.randint(26, 33)))


def contact(rng, family):
    r = rng.random()
    if family in ("sextortion", "blackmail") or (family == "crypto" and r < 0.6):
        return btcAddress(rng)
    if r < 0.4:
        user = rng.choice(["mr.james", "barrister.k", "claims.office", "info", "agent77", "hr.dept", "support24"])
        dom = rng.choice(["gmail.com", "outlook.com", "mail.ru", "yandex.ru", "proton.me", "yahoo.com"])
        return f"{user}{rng.randint(1, 99)}@{dom}"
    if r < 0.7:
        return f"+{rng.choice([1, 44, 49, 7, 234, 998, 90, 33, 34])} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return ""


# ---------------------------------------------------------------- obfuscation

HOMO_LAT2CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і"}
HOMO_CYR2LAT = {v: k for k, v in HOMO_LAT2CYR.items()}


def obfuscate(rng, text, kind):
    words = text.split(" ")
    long_idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    chosen = rng.sample(long_idx, min(len(long_idx), rng.randint(3, 6)))
    for i in chosen:
        w = words[i]
        if kind == "spaced":
            words[i] = rng.choice([" ", ".", "-", "_"]).join(w)
        elif kind == "homoglyph":
            table = HOMO_LAT2CYR if any(c in HOMO_LAT2CYR for c in w) else HOMO_CYR2LAT
            words[i] = "".join(table.get(c, c) if rng.random() < 0.5 else c for c in w)
        elif kind == "zerowidth":
            words[i] = "\u200b".join(w)
    return " ".join(words)


# ---------------------------------------------------------------- items

def channelFor(rng, item):
    r = rng.random()
    if r < 0.7:
        item["channel"] = "mail"
        item["cte"] = rng.choice(["base64", "quoted-printable", "8bit"])
        item["charset"] = rng.choice(CHARSETS_RU) if item["lang"] == "ru" else "utf-8"
        item["html_alt"] = rng.random() < 0.3
    elif r < 0.85:
        item["channel"] = "post"
        item["post_format"] = rng.choice(["form", "json", "multipart"])
    else:
        item["channel"] = "page"
        item["gzip"] = rng.random() < 0.5
        item["chunked"] = rng.random() < 0.5


def scamItem(rng, lang, family, split, n, table=None, batch="base"):
    pools = (table or SCAM)[lang][family]
    parts = [pick(rng, GREETING[lang], split)] if rng.random() < 0.8 else []
    hook = pick(rng, pools["hook"], split)
    ask = pick(rng, pools["ask"], split)
    mid = [pick(rng, pools["body"], split)] if "body" in pools and rng.random() < 0.8 else []
    if rng.random() < 0.5:
        mid.append(amount(rng, lang))
    order = rng.random()
    if order < 0.6:
        parts += [hook] + mid + [ask]
    elif order < 0.8:
        parts += [hook, ask] + mid
    else:
        parts += mid + [hook, ask]
    c = contact(rng, family)
    if c:
        parts.append(c)
    if rng.random() < 0.85:
        parts.append(pick(rng, SIGNOFF[lang], split))
    body = "\n\n".join(parts) if rng.random() < 0.5 else " ".join(p.replace("\n", " ") for p in parts)
    subject = pick(rng, pools["subj"], split) if rng.random() < 0.9 else ""
    num = f"{n:03d}" if batch == "base" else f"x{n:02d}"
    item = {"id": f"scam-{family}-{lang}-{num}", "label": "scam", "family": family, "lang": lang, "batch": batch,
            "split": "heldout" if split else "dev", "subject": subject, "body": body, "obfuscation": "none"}
    channelFor(rng, item)
    if rng.random() < 0.12:
        kind = rng.choice(["spaced", "homoglyph", "zerowidth"])
        item["obfuscation"] = kind
        item["body"] = obfuscate(rng, item["body"], kind)
    return item


def hamItem(rng, lang, kind, split, n, table=None, batch="base"):
    table = table or HAM
    pools = table[lang][kind]
    parts = [pick(rng, GREETING[lang], split)] if rng.random() < 0.7 else []
    opens = [pick(rng, pools["open"], split) for _ in range(rng.choice([1, 1, 2]))]
    bodies = [pick(rng, pools["body"], split) for _ in range(rng.choice([1, 2, 2, 3]))]
    parts += list(dict.fromkeys(opens + bodies))
    # Look-alikes borrow from a second kind of the same language now and then.
    other_kinds = [k for k in table[lang] if k != kind]
    if other_kinds and rng.random() < 0.3:
        parts.append(pick(rng, table[lang][rng.choice(other_kinds)]["open"], split))
    if rng.random() < 0.4:
        parts.append(amount(rng, lang))
    if rng.random() < 0.3:
        parts.append(btcAddress(rng) if kind in ("charity", "crypto-news", "tech-list") else
                     f"+{rng.randint(1, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
    parts.append(pick(rng, pools["close"], split))
    body = "\n\n".join(parts) if rng.random() < 0.5 else " ".join(p.replace("\n", " ") for p in parts)
    num = f"{n:03d}" if batch == "base" else f"x{n:02d}"
    item = {"id": f"ham-{kind}-{lang}-{num}", "label": "benign", "family": kind, "lang": lang, "batch": batch,
            "split": "heldout" if split else "dev", "subject": pick(rng, pools["subj"], split), "body": body,
            "obfuscation": "none"}
    channelFor(rng, item)
    return item


def generate():
    rng = random.Random(SEED)
    items = []
    for lang in SCAM:
        per_family = 16 if lang in ("en", "ru") else 6
        for family in SCAM[lang]:
            for n in range(per_family):
                items.append(scamItem(rng, lang, family, n % 2, n))
    for lang in HAM:
        kinds = HAM[lang]
        per_kind = 120 if lang in ("en", "ru") else (160 if lang in ("de", "fr", "es", "tr", "uz", "uzc", "kk") else 70)
        for kind in kinds:
            for n in range(per_kind):
                items.append(hamItem(rng, lang, kind, n % 2, n))
    rng = random.Random(EXTRA_SEED)
    for lang in SCAM_EXTRA:
        per_family = 8 if lang in ("en", "ru") else 6
        for family in SCAM_EXTRA[lang]:
            for n in range(per_family):
                items.append(scamItem(rng, lang, family, n % 2, n, SCAM_EXTRA, "extra"))
    for lang in HAM_EXTRA:
        per_kind = 40 if lang in ("en", "ru") else 30
        for kind in HAM_EXTRA[lang]:
            for n in range(per_kind):
                items.append(hamItem(rng, lang, kind, n % 2, n, HAM_EXTRA, "extra"))
    # Round 4's third batch, written blind (third_batch.py): its own random stream, drawn last.
    items += third_batch.generate(SEED)
    return items


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="-")
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    a = ap.parse_args()
    items = [it for it in generate() if a.split == "all" or it["split"] == a.split]
    text = json.dumps({"seed": SEED, "items": items}, ensure_ascii=False, indent=0)
    if a.out == "-":
        print(text)
    else:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
