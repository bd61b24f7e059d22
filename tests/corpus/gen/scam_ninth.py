"""Shared machinery and pools of the ninth batch's scam (ninth_batch.py), written blind by helper c9-corpus.

The ninth batch's scam is written the way bulk senders produce it: spintax templates. A template such as
"{Dear|Hello|Attention} {friend|beneficiary}," yields a different surface text on every draw, so one letter
skeleton becomes many mails (spin()). A `{key}` group without a bar is a placeholder for the item's
values (a mailbox, a sum, a wallet: ninth_batch.Filler), not a choice.

The families are in scam_ninth_en.py, scam_ninth_de.py and scam_ninth_other.py (Russian, French, Spanish,
Turkish, Uzbek Latin, Kazakh, Kyrgyz, Tajik, Turkmen; Uzbek Cyrillic is transliterated from Uzbek Latin).
Per language and family: "subj" (subject lines), "body" ((scenario, letter) pairs), "teaser" (one-line
lures: a link, a mailbox, "reply for details"). Variant lists split by index parity (even dev, odd
held-out) where ninth_batch draws them with pick(); a template's alternatives belong to its half.
"""
import re

import scam_ninth_de
import scam_ninth_en
import scam_ninth_other

SCAM = {"en": scam_ninth_en.SCAM, "de": scam_ninth_de.SCAM, **scam_ninth_other.SCAM}

# The innermost spintax group: braces around text with at least one bar and no braces inside.
_GROUP = re.compile(r"\{([^{}]*\|[^{}]*)\}")
PLACEHOLDER = re.compile(r"\{([a-z]+)\}")


def spin(rng, template):
    """One surface text of a spintax template (nested groups resolved from the inside out). Placeholders are
    set aside first: "{a small fee|{amount}}" is a choice whose second alternative is a placeholder."""
    text = PLACEHOLDER.sub(lambda m: f"\x00{m.group(1)}\x01", template)
    while True:
        text, n = _GROUP.subn(lambda m: rng.choice(m.group(1).split("|")), text, count=1)
        if not n:
            return tidy(text.replace("\x00", "{").replace("\x01", "}"))


def tidy(text):
    """An empty alternative leaves a double space or a space before a comma; a bulk sender's template engine
    tidies those (line breaks are kept)."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" ([,.])(?=\s|$)", r"\1", text)
    return re.sub(r"(?m)^ | $", "", text)


def pieces(template):
    """The literal pieces of a template (between braces and bars, placeholders dropped): what the split check
    compares across halves."""
    return [p for p in re.split(r"[{}|]", PLACEHOLDER.sub("|", template)) if p.strip()]


# Sender display names per language (not split: a name is not a sentence; letters sign with {sender}).
SENDER_NAMES = {
    "en": ["Mrs. Grace Whitmore", "Barrister Daniel Okafor", "Dr. Harrison Mbeki", "Mr. Peter Lindqvist", "Mrs. Evelyn Hart",
           "Captain Ray Dunmore", "Sgt. Monica Reeves", "Mr. Ahmed Salisu", "Prof. Ian Calloway", "Ms. Linda Fairbanks",
           "Mr. Joseph Kamara", "Mrs. Ruth Delacroix", "Agent Thomas Bell", "Dr. Kelvin Obi", "Mr. Anthony Vargas"],
    "de": ["Frau Helga Brandstetter", "Rechtsanwalt Dr. Markus Fell", "Herr Günter Albrecht", "Notar Friedrich Sauer",
           "Frau Ingrid Lechner", "Herr Dr. Paul Wiesner", "Frau Renate Kästner", "Herr Manfred Oster", "Anwalt Karl Heine"],
    "ru": ["Елена Викторовна", "Адвокат Сергей Маркин", "Игорь Петрович", "Дмитрий Соколов", "Ольга Лебедева"],
    "fr": ["Maître Jean-Luc Perrin", "Mme Françoise Aubert", "M. Didier Lambert", "Dr Alain Mercier", "Mme Odile Garnier"],
    "es": ["Abogado Luis Herrera", "Sra. Carmen Ortega", "Sr. Javier Molina", "Dra. Elena Ruiz", "Sr. Tomás Vidal"],
    "tr": ["Avukat Mehmet Yılmaz", "Ayşe Demir Hanım", "Dr. Kemal Aydın", "Selim Kaya Bey"],
    "uz": ["Advokat Jasur Karimov", "Dilnoza Rahimova", "Bahodir Tursunov", "Nodira Aliyeva"],
    "kk": ["Адвокат Ерлан Сәрсенов", "Айгүл Нұрланқызы", "Бауыржан Оспанов"],
    "ky": ["Адвокат Азамат Токтогулов", "Гүлнара Асанова", "Нурлан Бакиров"],
    "tg": ["Адвокат Фарҳод Раҳимов", "Мадина Шарипова", "Далер Назаров"],
    "tk": ["Aklawçy Merdan Orazow", "Aýgül Annaýewa", "Serdar Gurbanow"],
}
# "Private" boxes a letter asks the reader to write to (invented local parts on free-mail hosts).
PRIVATE_BOXES = ["grace.whitmore.office", "barr.okafor.chambers", "dr.h.mbeki", "claims.desk.2024", "fund.release.unit",
                 "mrs.evelyn.hart7", "capt.dunmore", "payout.officer", "award.secretariat", "trust.deskagent",
                 "helga.brandstetter", "notariat.sauer", "kanzlei.fell", "fonds.auszahlung", "lotto.gewinnstelle",
                 "pret.particulier", "herencia.oficina", "perevod.fond", "yutuq.bolimi"]
PRIVATE_HOSTS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "aol.com", "gmx.de", "web.de", "proton.me",
                 "zoho.com", "mail.com", "yandex.ru", "mail.ru", "laposte.net", "outlook.es"]
