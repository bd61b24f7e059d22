"""Round 12's eleventh batch, look-alike side: the senders, sites and migrants' lists of every language (written
blind by helper c11-corpus; see eleventh_batch.py).

HAM: lang -> kind -> [(subject, body)]; SHARED: lang -> the lines of warnings that quote a scam (`warn` before the
scam, `warn_subj`, `warn_end` after it). The texts are in ham_eleventh_ru.py, ham_eleventh_region.py and
ham_eleventh_west.py, the second draft's in ham_eleventh_more.py; every list of variants splits by index (even dev,
odd held-out). Placeholders: {name} the reader (or the poster on a migrants' list), {order}, {code}, {amount},
{fee}, {date}, {phone}, {link} the organisation's own site, {site}, {last4}.
"""
import ham_eleventh_more
import ham_eleventh_region
import ham_eleventh_ru
import ham_eleventh_west
from scam_eleventh import uzcPools


# A copy of the language modules' tables: the second draft's texts follow the first draft's in their cells (pairs:
# the split by index holds).
HAM = {lang: dict(kinds) for lang, kinds in {"ru": ham_eleventh_ru.HAM, **ham_eleventh_west.HAM, **ham_eleventh_region.HAM}.items()}
for _lang, _kinds in ham_eleventh_more.MORE.items():
    for _kind, _more in _kinds.items():
        HAM[_lang][_kind] = HAM[_lang][_kind] + _more
HAM["uzc"] = uzcPools(HAM["uzc"])
SHARED = {"ru": ham_eleventh_ru.SHARED, **ham_eleventh_west.SHARED, **ham_eleventh_region.SHARED}
SHARED["uzc"] = uzcPools(ham_eleventh_region.SHARED["uzc"])

# The organisations' own sites ({site}, {link}); invented hosts.
SITES = {"ru": ["rabota-gorod.example.ru", "apteka-zdorovo.example.ru", "bank-sever.example.ru", "dostavka-bystro.example.ru"],
         "uz": ["ish-bor.example.uz", "dorixona-shifo.example.uz", "mikrobank.example.uz", "tez-yetkazish.example.uz"],
         "uzc": ["ish-bor.example.uz", "pochta-xizmat.example.uz"],
         "kk": ["jumys-tap.example.kz", "darihana-densaulyq.example.kz", "bank-dala.example.kz", "kurier-jyldam.example.kz"],
         "ky": ["jumush.example.kg", "bank-ala-too.example.kg"], "tg": ["kor-yob.example.tj", "bonk-sugd.example.tj"],
         "tk": ["is-gozleg.example.tm", "dermanhana.example.tm"],
         "tr": ["kariyer-ilan.example.com.tr", "eczane-saglik.example.com.tr", "banka-anadolu.example.com.tr"],
         "en": ["jobsboard.example.co.uk", "highstreet-pharmacy.example.co.uk", "northbank.example.co.uk", "parcelco.example.com"],
         "de": ["jobportal.example.de", "apotheke-am-markt.example.de", "sparbank.example.de", "paketdienst.example.de"]}

# Who sends each kind of look-alike mail (name, address); a warning comes from the police, a bank or a reader.
_KIND_LOCAL = {"job": "jobs", "courier": "noreply", "it-invoice": "billing", "pharmacy": "news", "bank-loan": "info",
               "dating": "notifications", "exchange": "newsletter", "warning": "press", "notice": "office"}
_ORG = {"ru": {"job": "Работа в городе", "courier": "Быстрая доставка", "it-invoice": "СофтСервис", "pharmacy": "Аптека Здорово",
               "bank-loan": "Банк Север", "dating": "Знакомства", "exchange": "Криптобиржа", "warning": "Пресс-служба МВД",
               "notice": "Университет"},
        "uz": {"job": "Ish bor", "courier": "Tez yetkazish", "it-invoice": "SoftServis", "pharmacy": "Shifo dorixonasi",
               "bank-loan": "Mikrobank", "exchange": "Kripto birja", "warning": "IIV matbuot xizmati", "notice": "Universitet"},
        "uzc": {"job": "Иш бор", "courier": "Почта хизмати", "bank-loan": "Микробанк", "warning": "Прокуратура",
                "notice": "Университет"},
        "kk": {"job": "Жұмыс тап", "courier": "Жылдам курьер", "pharmacy": "Денсаулық дәріханасы", "bank-loan": "Дала банкі",
               "exchange": "Криптобиржа", "warning": "Полиция департаменті", "notice": "Университет"},
        "ky": {"job": "Жумуш", "courier": "Курьер", "bank-loan": "Ала-Тоо банкы", "warning": "ИИМ басма сөз кызматы",
               "notice": "Университет"},
        "tg": {"job": "Кор ёб", "courier": "Курер", "bank-loan": "Бонки Суғд", "warning": "ВКД", "notice": "Донишгоҳ"},
        "tk": {"job": "Iş gözleg", "courier": "Kurýer", "pharmacy": "Dermanhana", "bank-loan": "Bank", "warning": "Polisiýa",
               "notice": "Uniwersitet"},
        "tr": {"job": "Kariyer İlan", "courier": "Kargo", "it-invoice": "Yazılım Destek", "pharmacy": "Sağlık Eczanesi",
               "bank-loan": "Anadolu Bankası", "dating": "Eşleşme", "exchange": "Kripto Borsa", "warning": "Emniyet",
               "notice": "Üniversite"},
        "en": {"job": "JobsBoard", "courier": "ParcelCo", "it-invoice": "SecureSoft Billing", "pharmacy": "High Street Pharmacy",
               "bank-loan": "North Bank", "dating": "MatchDay", "exchange": "CoinHarbor", "warning": "Community Police",
               "notice": "University Finance Office"},
        "de": {"job": "Jobportal", "courier": "Paketdienst", "it-invoice": "SoftWerk Rechnung", "pharmacy": "Apotheke am Markt",
               "bank-loan": "Sparbank", "dating": "Herzklick", "exchange": "Kryptohaus", "warning": "Polizei Prävention",
               "notice": "Studierendensekretariat"}}
SENDERS = {lang: {kind: [(name, f"{_KIND_LOCAL[kind]}@{SITES[lang][i % len(SITES[lang])]}"),
                         (name, f"{_KIND_LOCAL[kind]}@mail.{SITES[lang][(i + 1) % len(SITES[lang])]}")]
                  for i, (kind, name) in enumerate(orgs.items())} for lang, orgs in _ORG.items()}

# The brands a scam's display name borrows (a courier, a bank, a marketplace, a support desk).
BRANDS = {"ru": ["Почта России", "Служба доставки", "Служба поддержки", "Отдел кадров", "Финансовый отдел"],
          "uz": ["O'zbekiston pochtasi", "Kadrlar bo'limi", "Mijozlarga xizmat", "Yetkazib berish xizmati"],
          "uzc": ["Ўзбекистон почтаси", "Кадрлар бўлими", "Мижозларга хизмат"],
          "kk": ["Қазпошта", "Кадрлар бөлімі", "Клиенттерге қызмет"], "ky": ["Кыргыз почтасы", "Кадрлар бөлүмү", "Кардарларды тейлөө"],
          "tg": ["Почтаи Тоҷикистон", "Шӯъбаи кадрҳо", "Хизматрасонӣ"], "tk": ["Türkmenpoçta", "Işgärler bölümi", "Müşderi hyzmaty"],
          "tr": ["PTT Kargo", "Müşteri Hizmetleri", "İnsan Kaynakları", "Kargo Takip"],
          "en": ["Delivery Services", "Customer Support", "Billing Department", "HR Team", "Royal Parcel"],
          "de": ["Paketzustellung", "Kundenservice", "Rechnungsabteilung", "Personalabteilung"]}

# The migrants' community lists (name, host, description, -, language, subject prefix, Reply-To list, footer key),
# in the tuple seventh_batch.deliver reads.
LISTS = [("vatandoshlar", "lists.example.org", "Vatandoshlar Moskva", "-", "uz", "[Vatandosh] ", True, "mm"),
         ("zemlyaki", "lists.example.org", "Земляки: работа и жизнь в России", "-", "ru", "[zemlyaki] ", False, "mm"),
         ("migrant-help-uk", "groups.example.net", "Central Asian community UK", "-", "en", "[migrant-help] ", True, "mm-en"),
         ("zentralasien-de", "listen.example.de", "Zentralasiaten in Deutschland", "-", "de", "[ZA] ", False, "mm-de"),
         ("yurtdoshlar", "lists.example.org", "Юртдошлар: Россиядаги ўзбеклар", "-", "uzc", "", False, None),
         ("kyrgyz-diaspora", "lists.example.org", "Кыргыз диаспорасы", "-", "ky", "[diaspora] ", True, "mm"),
         ("hamvatanon", "lists.example.org", "Ҳамватанон дар Русия", "-", "tg", "", False, "mm")]
FOOTERS = {"mm": "_______________________________________________\n{name} mailing list\n{name}@{host}\nhttps://{host}/mailman/listinfo/{name}",
           "mm-en": "--\nYou received this because you are subscribed to {name}@{host}.\nTo unsubscribe: https://{host}/g/{name}/leave",
           "mm-de": "--\nListe {name}@{host} - Abmelden: https://{host}/mailman/listinfo/{name}"}
# Members who post to them (name, address).
MEMBERS = {"ru": [("Рустам", "rustam.k@mail.ru"), ("Ольга Иванова", "o.ivanova@yandex.ru"), ("Бахтиёр", "bahtiyor88@bk.ru")],
           "uz": [("Jasur", "jasur.toshkent@gmail.com"), ("Dilshod Karimov", "d.karimov@inbox.uz"), ("Nilufar", "nilufar.s@mail.ru")],
           "uzc": [("Ботир", "botir77@mail.ru"), ("Шоҳида", "shohida.a@gmail.com")],
           "ky": [("Бакыт", "bakyt.osh@gmail.com"), ("Жылдыз", "jyldyz.k@mail.ru")],
           "tg": [("Фирӯз", "firuz.dushanbe@mail.ru"), ("Мадина", "madina.r@gmail.com")],
           "en": [("Aziz Rakhimov", "aziz.r@outlook.com"), ("Sarah (volunteer)", "sarah.help@gmail.com")],
           "de": [("Gulnara Weber", "gulnara.weber@gmx.de"), ("Timur Bekov", "t.bekov@web.de")]}
