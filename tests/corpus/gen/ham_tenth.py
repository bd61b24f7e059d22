"""Round 11's tenth batch, look-alike side: the lists, their footers, members, quote and forward framing (written
blind by helper c10-corpus; see tenth_batch.py).

The lists are not technical: a genealogy list, a parish charity list, a university alumni and giving list, hobby
clubs (model railway, amateur radio, chess) with raffles and club lotteries, a credit union and co-operatives, a
volunteer fire brigade's support association and a village association, probate practitioners, and a
humanitarian aid NGO's volunteers. Their members speak of estates, wills, next of kin, bequests, donations,
raffles, loans, transfers, compensation, embassies and service records in the ordinary sense, warn one another
about scams (quoting them) and ask "is this real?". The posts are in ham_tenth_en.py, ham_tenth_de.py and
ham_tenth_eu.py (French, Spanish, Russian); every list of variants splits by index (even dev, odd held-out).
"""
import ham_tenth_de
import ham_tenth_en
import ham_tenth_eu

# lang -> kind -> {"topic": [(subject, post, reply, reply), ...]}, and the shared pools (signatures, the
# members' words around a pasted scam): lang -> slot -> variants.
HAM = {"en": ham_tenth_en.HAM, "de": ham_tenth_de.HAM, **ham_tenth_eu.HAM}
SHARED = {"en": ham_tenth_en.SHARED, "de": ham_tenth_de.SHARED, **ham_tenth_eu.SHARED}

# (name, host, description, kind of list, language, subject prefix, Reply-To to the list, footer key)
LISTS = [
    ("hartley-roots", "lists.familyroots.example.org", "Hartley family history", "genealogy", "en", "[HARTLEY] ", False, "genealogy"),
    ("scots-ancestry", "lists.familyroots.example.org", "Scottish ancestry research", "genealogy", "en", "[SCOTS-ANC] ", True, "genealogy"),
    ("st-aidans-news", "lists.staidans-parish.example.org.uk", "St Aidan's parish news and charity", "parish", "en", "[St Aidan's] ", False,
     "parish"),
    ("alumni-news", "lists.northfield-univ.example.edu", "Northfield University alumni and giving", "alumni", "en", "[Alumni] ", False,
     "alumni"),
    ("hmrc-members", "lists.hillside-mrc.example.org", "Hillside Model Railway Club", "club", "en", "[HMRC] ", True, None),
    ("varc-talk", "lists.valleyarc.example.org", "Valley Amateur Radio Club", "club", "en", "[VARC] ", False, "club"),
    ("cu-members", "lists.riverside-cu.example.org", "Riverside Community Credit Union members", "co-op", "en", "[Members] ", False, "coop"),
    ("probate-practice", "lists.estates-forum.example.org.uk", "Probate and estates practitioners", "probate", "en", "", False, "probate"),
    ("field-volunteers", "lists.reliefnet.example.org", "ReliefNet field volunteers", "aid-ngo", "en", "[ReliefNet] ", False, "ngo"),
    ("ostpreussen-l", "listen.ahnenforschung.example.de", "Familienforschung Ostpreußen", "genealogy", "de", "[OPR-L] ", False, "de-genealogy"),
    ("pfarrbrief", "lists.st-martin-pfarrei.example.de", "Pfarrei St. Martin, Caritas und Termine", "parish", "de", "[St. Martin] ", False,
     "de-parish"),
    ("alumni-tu", "lists.tu-example.de", "Alumni-Netzwerk und Förderverein der TU", "alumni", "de", "[Alumni-TU] ", False, "de-alumni"),
    ("sf-waldburg", "lists.sf-waldburg.example.de", "Schachfreunde Waldburg", "club", "de", "[SF Waldburg] ", True, None),
    ("eg-mitglieder", "lists.buergerenergie-eg.example.de", "Bürgerenergie eG, Mitglieder", "co-op", "de", "[eG] ", False, "de-coop"),
    ("ff-oberbach", "lists.ff-oberbach.example.de", "Förderverein Freiwillige Feuerwehr Oberbach", "verein", "de", "[FF Oberbach] ", True,
     "de-verein"),
    ("dorfverein-linden", "lists.dorfverein-linden.example.de", "Dorfverein Linden e.V.", "verein", "de", "[Dorfverein] ", False, None),
    ("erbrecht-praxis", "lists.anwaltsforum.example.de", "Erbrecht in der Praxis", "probate", "de", "", False, "de-probate"),
    ("hilfswerk-aktive", "lists.hilfswerk.example.de", "Hilfswerk, Ehrenamtliche", "aid-ngo", "de", "[Hilfswerk] ", False, "de-ngo"),
    ("genealogie-bzh", "listes.cgb.example.fr", "Cercle généalogique de Bretagne", "genealogy", "fr", "[CGB] ", False, "fr"),
    ("coop-membres", "listes.coop-habitat.example.fr", "Coopérative d'habitants, membres", "co-op", "fr", "[Coop] ", False, "fr"),
    ("ssf-benevoles", "listes.solidarite.example.fr", "Solidarité Sans Frontières, bénévoles", "aid-ngo", "fr", "[SSF] ", False, "fr"),
    ("parroquia-sanjose", "listas.parroquia-sanjose.example.es", "Parroquia San José, Cáritas", "parish", "es", "[San José] ", False, "es"),
    ("coop-socios", "listas.coop-credito.example.es", "Cooperativa de crédito, socios", "co-op", "es", "[Socios] ", False, "es"),
    ("ayuda-voluntarios", "listas.ayuda-humanitaria.example.es", "Voluntarios de ayuda humanitaria", "aid-ngo", "es", "[Ayuda] ", False,
     "es"),
    ("radioklub", "lists.radioklub.example.ru", "Радиоклуб, члены клуба", "club", "ru", "[Радиоклуб] ", False, "ru"),
    ("rodoslovie", "lists.rodoslovie.example.ru", "Родословие, поиск предков", "genealogy", "ru", "", False, "ru"),
    ("pomosch", "lists.pomosch.example.ru", "Помощь, волонтеры", "aid-ngo", "ru", "[Помощь] ", False, "ru"),
]
FOOTERS = {
    "genealogy": "-------------------------------\nTo unsubscribe from the {name} list, visit https://{host}/mailman/listinfo/{name}\n"
                 "Please trim quoted text and include surnames in the subject line.",
    "parish": "_______________________________________________\n{name} mailing list\nParish office: Mon-Thu 9-12\n"
              "https://{host}/mailman/listinfo/{name}",
    "alumni": "--\nYou are receiving this because you are a member of the {name} list.\nManage your subscription: "
              "https://{host}/mailman/options/{name}",
    "club": "_______________________________________________\n{name} mailing list\n{name}@{host}\nhttps://{host}/mailman/listinfo/{name}",
    "coop": "--\nThis list is for members only. Never send account numbers or PINs to the list.\nhttps://{host}/mailman/listinfo/{name}",
    "probate": "________________________________\nThe views expressed are those of the individual member.\n"
               "Unsubscribe: https://{host}/mailman/options/{name}",
    "ngo": "_______________________________________________\n{name} mailing list\nhttps://{host}/mailman/listinfo/{name}",
    "de-genealogy": "___________________________\n{name} Mailingliste\nAbmelden: https://{host}/mailman/listinfo/{name}\n"
                    "Bitte Familiennamen in die Betreffzeile!",
    "de-parish": "--\nPfarrbüro St. Martin, Di und Do 9-12 Uhr\nListe abbestellen: https://{host}/mailman/listinfo/{name}",
    "de-alumni": "--\nSie erhalten diese Nachricht als Mitglied der Liste {name}.\nAbmelden: https://{host}/mailman/options/{name}",
    "de-coop": "_______________________________________________\n{name} Mailingliste\nhttps://{host}/mailman/listinfo/{name}",
    "de-verein": "--\nFörderverein der Freiwilligen Feuerwehr Oberbach e.V.\nListe: https://{host}/mailman/listinfo/{name}",
    "de-probate": "________________________________\nBeiträge geben die Meinung der Verfasser wieder, keine Rechtsberatung.\n"
                  "https://{host}/mailman/options/{name}",
    "de-ngo": "_______________________________________________\n{name} Mailingliste\nhttps://{host}/mailman/listinfo/{name}",
    "fr": "_______________________________________________\n{name} mailing list\nhttps://{host}/sympa/info/{name}",
    "es": "_______________________________________________\n{name} lista de correo\nhttps://{host}/mailman/listinfo/{name}",
    "ru": "_______________________________________________\n{name} mailing list\nhttps://{host}/mailman/listinfo/{name}",
}
# (name, address) of the members; the address's domain says who they are (free mail, a firm, a parish).
PEOPLE = {
    "en": [("Margaret Hartley", "mhartley1948@btinternet.com"), ("Colin Fraser", "colin.fraser@gmail.com"),
           ("Judith Pennington", "judith.pennington@outlook.com"), ("Rev. Andrew Collins", "vicar@staidans.example.org.uk"),
           ("Susan O'Neill", "sue.oneill@yahoo.co.uk"), ("David Ashworth", "d.ashworth@ashworth-law.example.co.uk"),
           ("Priya Raman", "priya.raman@northfield.example.edu"), ("Tom Whitaker", "g4xtw@gmail.com"),
           ("Brian Kettle", "brian.kettle@talktalk.net"), ("Helen McBride", "helen.mcbride@hotmail.co.uk"),
           ("Grace Adeyemi", "grace.adeyemi@reliefnet.example.org"), ("Robert Jennings", "rjennings@jenningsprobate.example.com"),
           ("Ann Whitfield", "annwhitfield@aol.com"), ("Mike Doherty", "mdoherty@riverside-cu.example.org"),
           ("Elaine Porter", "elaine.porter@icloud.com"), ("Stuart Greaves", "stu.greaves@gmail.com")],
    "de": [("Gisela Kowalski", "gisela.kowalski@t-online.de"), ("Bernd Hoffmann", "b.hoffmann@web.de"),
           ("Pfarrer Thomas Weber", "pfarrer.weber@st-martin.example.de"), ("Ursula Brandt", "ursula.brandt@gmx.de"),
           ("Dr. Karin Möller", "moeller@kanzlei-moeller.example.de"), ("Jürgen Lange", "juergen.lange@posteo.de"),
           ("Heike Sommer", "heike.sommer@freenet.de"), ("Stefan Krüger", "s.krueger@ff-oberbach.example.de"),
           ("Manfred Ziegler", "manfred.ziegler@gmx.net"), ("Sabine Albrecht", "sabine.albrecht@mailbox.org"),
           ("RA Frank Hübner", "huebner@erbrecht-huebner.example.de"), ("Anna Petersen", "anna.petersen@hilfswerk.example.de")],
    "fr": [("Yvonne Le Gall", "yvonne.legall@orange.fr"), ("Jean-Pierre Morvan", "jp.morvan@free.fr"),
           ("Claire Dubois", "claire.dubois@laposte.net"), ("Marc Lefèvre", "marc.lefevre@gmail.com")],
    "es": [("Carmen Ruiz", "carmen.ruiz@telefonica.net"), ("Padre Luis Ortega", "parroco@sanjose.example.es"),
           ("Javier Molina", "javier.molina@gmail.com"), ("Pilar Navarro", "pilar.navarro@outlook.es")],
    "ru": [("Ольга Смирнова", "olga.smirnova@mail.ru"), ("Виктор Павлов", "ua3abc@yandex.ru"),
           ("Наталья Козлова", "n.kozlova@bk.ru"), ("Сергей Орлов", "sergey.orlov@gmail.com")],
}
# Attribution lines and forward headers in each language's style (framing, the same in both halves).
QUOTE_HEAD = {"en": ["On {date}, {who} wrote:", "{who} wrote:", "On {date} {who} wrote:"],
              "de": ["Am {date} schrieb {who}:", "{who} schrieb:"],
              "fr": ["Le {date}, {who} a écrit :", "{who} a écrit :"],
              "es": ["El {date}, {who} escribió:", "{who} escribió:"],
              "ru": ["{date}, {who} пишет:", "{who} написал(а):"]}
FORWARD = {"en": "---------- Forwarded message ---------\nFrom: {who}\nDate: {date}\nSubject: {subject}\nTo: {to}",
           "de": "---------- Weitergeleitete Nachricht ---------\nVon: {who}\nDatum: {date}\nBetreff: {subject}\nAn: {to}",
           "fr": "---------- Message transféré ---------\nDe : {who}\nDate : {date}\nObjet : {subject}\nÀ : {to}",
           "es": "---------- Mensaje reenviado ---------\nDe: {who}\nFecha: {date}\nAsunto: {subject}\nPara: {to}",
           "ru": "---------- Пересылаемое сообщение ---------\nОт: {who}\nДата: {date}\nТема: {subject}\nКому: {to}"}
CUT = {"en": [("----- begin quote -----", "----- end quote -----"), ("8<------", "------>8")],
       "de": [("--- Anfang der Mail ---", "--- Ende der Mail ---"), ("8<------", "------>8")],
       "fr": [("--- début ---", "--- fin ---")], "es": [("--- inicio ---", "--- fin ---")], "ru": [("--- начало ---", "--- конец ---")]}
