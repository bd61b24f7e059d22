"""Round 12's eleventh batch, scam side: the pools of every language and the values a scammer of the region fills
in (written blind by helper c11-corpus; see eleventh_batch.py for what the writer does differently).

Each (language, family) has subjects (`subj`), letters (`body`) and two-line lures (`teaser`); each language has
contact lines (`contact`). The texts are in scam_eleventh_ru.py, scam_eleventh_region.py (Uzbek Latin and
Cyrillic, Kazakh, Kyrgyz, Tajik, Turkmen) and scam_eleventh_west.py (Turkish, English, German), and the second
draft's letters for the larger cells in scam_eleventh_more.py; every list of variants splits by index (even dev,
odd held-out).

Placeholders: {phone} a mobile or hotline number of the language's country, {tg} a Telegram handle, {link} a
scam site, {amount} a large sum (salary, loan, prize, bonus) and {fee} a small one (customs duty, insurance fee,
deposit) in the local currency, {card} a card (Uzcard, Humo, Kaspi, Mir, Elcart, Korti Milli, Altyn Asyr) or an
IBAN to pay into, {code} a tracking number, {order} an order number, {name} a person's name, {date} a deadline,
{wallet}, {btc}, {usdt}, {password}, {hours} (blackmail and crypto).
"""
import fourth_batch as fb
import scam_eleventh_more
import scam_eleventh_region
import scam_eleventh_ru
import scam_eleventh_west


def uzcPools(pools):
    """Uzbek Cyrillic pools: written in Latin (scam_ and ham_eleventh_region.py) and transliterated as a whole
    (strings, lists, tuples and dicts of them)."""
    if isinstance(pools, str):
        return fb.toUzc(pools)
    if isinstance(pools, (list, tuple)):
        return type(pools)(uzcPools(p) for p in pools)
    return {k: uzcPools(v) for k, v in pools.items()}


# lang -> family -> slot -> variants; SHARED: lang -> slot -> variants. Copies of the language modules' tables: the
# second draft's letters follow the first draft's in their slots (pairs: the split by index holds).
SCAM = {lang: {family: dict(slots) for family, slots in fams.items()}
        for lang, fams in {"ru": scam_eleventh_ru.SCAM, **scam_eleventh_west.SCAM, **scam_eleventh_region.SCAM}.items()}
for _lang, _fams in scam_eleventh_more.MORE.items():
    for _family, _slots in _fams.items():
        for _slot, _more in _slots.items():
            SCAM[_lang][_family][_slot] = SCAM[_lang][_family][_slot] + _more
SCAM["uzc"] = uzcPools(SCAM["uzc"])
SHARED = {"ru": scam_eleventh_ru.SHARED, **scam_eleventh_west.SHARED, **scam_eleventh_region.SHARED}
SHARED["uzc"] = uzcPools(scam_eleventh_region.SHARED["uzc"])

# Telegram handles of recruiters, couriers, "managers" and "girls" (invented).
TG = {"job": ["hr_kurator_work", "rabota_online_24", "ish_bor_uz", "jumys_kazakhstan", "is_ilani_tr", "remote_agent_team"],
      "parcel": ["dostavka_support", "pochta_pomosh", "kargo_destek_7", "tolov_xizmati", "kazpost_help"],
      "tech-support": ["billing_refund_desk", "ms_support_help"],
      "fake-shop": ["maski_opt_sklad", "medtovary_optom", "niqob_ulgurji", "outlet_sale_77"],
      "loan": ["zaim_bez_otkaza", "qarz_tez_uz", "nesie_online_kz", "kredit_onay_tr", "loan_officer_mike"],
      "romance": ["katya_sweet95", "malika_dubai", "aiperi_seoul", "elif_london", "anna_hk_trade"],
      "crypto": ["crypto_signal_pro", "usdt_bonus_bot", "treyder_vip", "trade_with_uncle"],
      "advance-fee": ["advokat_nasledstvo", "barrister_chambers"],
      "lottery": ["priz_vydacha", "sovrin_operator", "cekilis_destek", "claims_agent_01"],
      "sextortion": ["no_reply_ghost"]}
LINK_WORDS = {"job": ["hr-vacancy", "rabota-zarubezhom", "ish-koreya", "kariyer-basvuru", "jobs-remote-agent"],
              "parcel": ["pochta-oplata", "cdek-dostavka", "uzpost-tolov", "kazpost-track", "kargo-takip", "paket-zustellung",
                         "parcel-redelivery"],
              "tech-support": ["secure-refund-desk", "anydesk-support", "ms-helpdesk-online"],
              "fake-shop": ["medmaski-optom", "oximeter-store", "outlet-brand-sale", "niqob-savdo"],
              "loan": ["zaim-online-bez", "qarz-onlayn", "nesie-tez", "kredit-onay", "quickloan-approved"],
              "romance": ["gold-trade-asia", "fx-uncle-pro", "coin-exchange-vip"],
              "crypto": ["usdt-bonus", "btc-double", "crypto-giveaway", "trade-vip-club"],
              "advance-fee": ["fund-release-office"],
              "lottery": ["priz-aksiya", "sovrin-olish", "cekilis-odul", "winner-claim"],
              "sextortion": ["pay-now"]}
# Names that sign a letter or a lure ({name}).
NAMES = {"ru": ["Екатерина", "Алина", "Дмитрий Соколов", "Ирина Павлова", "Максим"],
         "uz": ["Dilnoza", "Jasur aka", "Malika", "Sardor"], "uzc": ["Нодира", "Ботир ака", "Гулнора", "Шерзод"],
         "kk": ["Айгерим", "Ержан", "Мадина", "Нұрлан"], "ky": ["Айпери", "Бакыт", "Жылдыз", "Тимур"],
         "tg": ["Фарангис", "Далер", "Мадина", "Фирӯз"], "tk": ["Aýgül", "Merdan", "Jeren", "Serdar"],
         "tr": ["Elif", "Murat Bey", "Zeynep", "Emre"], "en": ["Linda", "Mike Harris", "Anna Chen", "David"],
         "de": ["Sabine", "Thomas Weber", "Julia", "Markus"]}
