"""Round 14's twelfth batch, look-alike side: who sends the mail, posts and pages of the scams' worlds that are not
scams, and the texts themselves (ham_twelfth_fr_es.py, ham_twelfth_west.py, ham_twelfth_region.py, and the second
draft in ham_twelfth_more.py).

Written blind by helper c12-corpus. HAM[lang][kind] holds (subject, body) variants (even index dev, odd held-out);
SHARED[lang] the lines a warning or a member's question wraps around a quoted lure (warn_subj, warn, warn_end,
ask_subj, ask) and the greeting and closing lines a mail may add (hello, bye). Placeholders as scam_twelfth.py,
plus {site} (the organisation's site) and {last4} (a card's last digits).
"""
from ham_twelfth_fr_es import HAM_FR_ES, SHARED_FR_ES
from ham_twelfth_more import MORE
from ham_twelfth_region import HAM_REGION, SHARED_REGION
from ham_twelfth_west import HAM_WEST, SHARED_WEST

# The second draft's texts follow each kind's first two (index 2 dev, 3 held-out).
HAM = {lang: {kind: variants + MORE.get(lang, {}).get(kind, []) for kind, variants in kinds.items()}
       for lang, kinds in {**HAM_FR_ES, **HAM_WEST, **HAM_REGION}.items()}
SHARED = {**SHARED_FR_ES, **SHARED_WEST, **SHARED_REGION}

# The organisations behind each kind (invented names; the domain takes the language's country).
ORGS = {
    "security": [("Service informatique", "it"), ("CyberVeille", "cyberveille"), ("Secure Desk", "securedesk")],
    "lottery": [("Loterie régionale", "loto-region"), ("Sorteos del Norte", "sorteosnorte"), ("Lotto Nord", "lottonord")],
    "bank-loan": [("Banque Aurore", "aurore-bank"), ("Kredium", "kredium"), ("Nordbank", "nordbank"), ("Microfin Plus", "microfinplus")],
    "charity": [("Fondation Solidaire", "fondation-solidaire"), ("Ayuda Viva", "ayudaviva"), ("Hand in Hand", "handinhand")],
    "exchange": [("Coinvault", "coinvault"), ("Bitmarkt", "bitmarkt")],
    "shop": [("PharmaPlus", "pharmaplus"), ("MedShop", "medshop")],
    "courier": [("ExpressPost", "expresspost"), ("Kuryer Plus", "kuryerplus")],
    "job": [("Talentia RH", "talentia"), ("WorkBoard", "workboard")],
    "dating": [("Amoria", "amoria"), ("Kismet", "kismet-app")],
    "notary": [("Étude notariale", "notaires-etude"), ("Notariat Mitte", "notariat-mitte")],
    "warning": [("Police - prévention", "prevention-police"), ("Bank Security Team", "banksecure"), ("Info Fraude", "infofraude")],
}
TLD = {"fr": "fr", "es": "es", "de": "de", "en": "co.uk", "ru": "ru", "tr": "com.tr", "uz": "uz", "uzc": "uz", "kk": "kz",
       "ky": "kg", "tg": "tj", "tk": "tm"}
# The people who post a question to a forum or a community list (free-mail boxes).
MEMBERS = {
    "fr": ["Nathalie B.", "Karim D.", "Pierre-Yves", "Aurélie M."], "es": ["Javier G.", "Rocío M.", "Andrés", "Pilar S."],
    "de": ["Jens K.", "Anke W.", "Murat Y.", "Bettina"], "en": ["Dave P.", "Sarah J.", "Kev", "Priya N."],
    "ru": ["Ирина К.", "Сергей", "Людмила Петровна", "Артём"], "tr": ["Hakan", "Zeynep A.", "Burak T.", "Elif"],
    "uz": ["Sherzod", "Gulnora", "Akmal aka", "Nodira"], "uzc": ["Шерзод", "Гулнора", "Акмал ака", "Нодира"],
    "kk": ["Асқар", "Гүлнар", "Бауыржан", "Жанар"], "ky": ["Азамат", "Айжан", "Талант", "Гүлзат"],
    "tg": ["Фирдавс", "Нигина", "Сино", "Умед"], "tk": ["Döwlet", "Maýsa", "Batyr", "Ogulgerek"],
}
FORUMS = {"fr": "forum-conso", "es": "foro-consumo", "de": "verbraucherforum", "en": "moneyforum", "ru": "forum-potrebitel",
          "tr": "sikayet-forum", "uz": "forum-maslahat", "uzc": "forum-maslahat", "kk": "forum-keles", "ky": "forum-kenesh",
          "tg": "forum-maslihat", "tk": "forum-maslahat"}


def sites(lang, kind):
    """The sites of a kind's organisations in a language's country."""
    return [f"{stem}.{TLD[lang]}" for _, stem in ORGS.get(kind, ORGS["warning"])]
