"""Shared look-alike pools of the ninth batch (ninth_batch.py), written blind by helper c9-corpus: the archive
of open-source project lists.

The lists the batch delivers through, their footers and subscribers, quote and forward headers in each
language's style, cut marks around a pasted mail, the list software's notices. The posts themselves are in
ham_ninth_en.py, ham_ninth_de.py and ham_ninth_eu.py (French, Spanish, Russian); HAM joins them. Posts are
spintax templates like the scam (scam_ninth.spin): a list's regulars write the same kind of mail again and
again in slightly different words. Variant lists split by index parity (even dev, odd held-out).
"""
import ham_ninth_de
import ham_ninth_en
import ham_ninth_eu

HAM = {"en": ham_ninth_en.HAM, "de": ham_ninth_de.HAM, **ham_ninth_eu.HAM}

# (list name, host, description, community, language, subject prefix or None, Reply-To set to the list, footer index or None).
# Community: "dev" (patches, reviews, bots, developers' threads), "users" (questions), "announce" (releases, foundation
# mail, events), "security" (advisories).
LISTS = [
    ("linux-media", "vger.example.org", "Linux media drivers development", "dev", "en", None, False, None),
    ("walletlib-dev", "lists.walletlib.example.org", "walletlib developers", "dev", "en", "[walletlib-dev] ", False, 0),
    ("openshop-devel", "lists.openshop.example.org", "OpenShop payment and core development", "dev", "en", "[openshop-devel] ", True, 0),
    ("keyvault-users", "lists.keyvault.example.org", "KeyVault password manager users", "users", "en", "[keyvault] ", True, 1),
    ("cryptolib-users", "groups.cryptolib.example.net", "cryptolib users", "users", "en", None, False, 2),
    ("foundation-announce", "lists.osfoundation.example.org", "Open Source Foundation announcements", "announce", "en", None, False, 3),
    ("security-announce", "lists.example-distro.org", "Example Distro security announcements", "security", "en", None, False, 4),
    ("mentors", "lists.osfoundation.example.org", "Mentoring programme (GSoC, Outreachy) coordination", "announce", "en", "[mentors] ", False, 3),
    ("kryptolib-de", "lists.kryptolib.example.de", "Deutschsprachige Nutzer von kryptolib", "users", "de", "[kryptolib-de] ", True, 5),
    ("freieshop-dev", "lists.freieshop.example.de", "FreieShop Entwicklung (Zahlungsmodule)", "dev", "de", "[freieshop-dev] ", False, 5),
    ("verein-mitglieder", "lists.fossverein.example.de", "Mitglieder des FOSS-Vereins e.V.", "announce", "de", "[FOSS-Verein] ", False, 6),
    ("libre-fr", "listes.logiciel-libre.example.fr", "Développeurs du projet Libre-Compta", "dev", "fr", "[libre-compta] ", False, 7),
    ("proyecto-es", "listas.proyecto-libre.example.es", "Desarrollo y usuarios de Cartera Libre", "dev", "es", "[cartera] ", True, 8),
    ("razrab-ru", "lists.svobodnyi-kod.example.ru", "Разработка проекта Кошелёк-СПО", "dev", "ru", "[koshelek-dev] ", False, 9),
]

FOOTERS = [
    "_______________________________________________\n{name} mailing list\n{name}@{host}\nhttps://{host}/mailman/listinfo/{name}",
    "--\nKeyVault users list. Never post your master password or vault file.\nUnsubscribe: https://{host}/mailman/listinfo/{name}",
    "--\nYou received this message because you are subscribed to the Google-style group \"{name}\".\n"
    "To unsubscribe, send an email to {name}+unsubscribe@{host}.",
    "_______________________________________________\n{name} -- announcements only, replies go to the sender\n"
    "https://{host}/mailman/listinfo/{name}",
    "--\nExample Distro security announcements: https://{host}/security/\nList: https://{host}/mailman/listinfo/{name}",
    "_______________________________________________\n{name} Mailingliste\n{name}@{host}\nhttps://{host}/mailman/listinfo/{name}",
    "--\nFOSS-Verein e.V. | Vereinsregister VR 4711 | Abmelden: https://{host}/mailman/listinfo/{name}",
    "_______________________________________________\nListe {name}\nDésinscription : https://{host}/mailman/listinfo/{name}",
    "_______________________________________________\nLista {name}\nBaja: https://{host}/mailman/listinfo/{name}",
    "_______________________________________________\nРассылка {name}\nОтписаться: https://{host}/mailman/listinfo/{name}",
]

PEOPLE = {
    "en": [("Alan Whitfield", "alan@whitfield.example.net"), ("Priya Raman", "priya.raman@gmail.com"), ("Mark Dorsey", "mdorsey@example-corp.com"),
           ("Chen Wei", "chenwei.dev@outlook.com"), ("Sarah O'Neill", "sarah.oneill@fastmail.example"), ("Tomasz Nowak", "tnowak@example.pl"),
           ("Hiroshi Tanaka", "htanaka@example.jp"), ("Emma Lindgren", "emma.lindgren@gmail.com"), ("David Mensah", "dmensah@yahoo.com"),
           ("Laurent Petit", "lpetit@example.fr"), ("Rachel Kim", "rkim@example-uni.edu"), ("Oleg Sorokin", "oleg.sorokin@gmail.com"),
           ("Kofi Asante", "kofi.asante@example.org"), ("Julia Brandt", "jbrandt@example.de"), ("Matt Fischer", "mattf@hotmail.com")],
    "de": [("Jens Hartmann", "jens.hartmann@posteo.de"), ("Katrin Vogt", "k.vogt@gmx.de"), ("Florian Beck", "florian.beck@web.de"),
           ("Anja Richter", "anja@richter-it.example.de"), ("Michael Schulz", "mschulz@mailbox.org"), ("Sven Lange", "sven.lange@gmx.net"),
           ("Claudia Neumann", "c.neumann@t-online.de"), ("Tobias Krause", "tobias.krause@gmail.com")],
    "fr": [("Nicolas Girard", "nicolas.girard@free.fr"), ("Camille Roux", "camille.roux@laposte.net"), ("Julien Faure", "jfaure@example.fr"),
           ("Sophie Blanc", "sophie.blanc@gmail.com")],
    "es": [("Pablo Serrano", "pablo.serrano@gmail.com"), ("Lucía Navarro", "lucia.navarro@telefonica.net"), ("Diego Castro", "dcastro@example.es"),
           ("Marta Gil", "marta.gil@outlook.es")],
    "ru": [("Алексей Смирнов", "a.smirnov@yandex.ru"), ("Мария Козлова", "m.kozlova@mail.ru"), ("Павел Орлов", "porlov@example.ru"),
           ("Ирина Волкова", "irina.volkova@gmail.com")],
}
BOTS = {"ci": ("CI Bot", "ci-noreply@ci.example.org"), "tracker": ("Bug Tracker", "bugs-noreply@tracker.example.org")}

QUOTE_HEAD = {"en": ["On {date}, {who} wrote:", "{who} wrote:", "On {date} {who} wrote:"],
              "de": ["Am {date} schrieb {who}:", "{who} schrieb:", "* {who} [{date}]:"],
              "fr": ["Le {date}, {who} a écrit :", "{who} a écrit :"], "es": ["El {date}, {who} escribió:", "{who} escribió:"],
              "ru": ["{date}, {who} пишет:", "{who} писал(а):"]}
FORWARD = {"en": "---------- Forwarded message ---------\nFrom: {who}\nDate: {date}\nSubject: {subject}\nTo: {to}",
           "de": "-------- Weitergeleitete Nachricht --------\nBetreff: {subject}\nDatum: {date}\nVon: {who}\nAn: {to}",
           "fr": "-------- Message transféré --------\nSujet : {subject}\nDate : {date}\nDe : {who}\nPour : {to}",
           "es": "---------- Mensaje reenviado ---------\nDe: {who}\nFecha: {date}\nAsunto: {subject}\nPara: {to}",
           "ru": "-------- Пересылаемое сообщение --------\nТема: {subject}\nДата: {date}\nОт: {who}\nКому: {to}"}
CUT = {"en": [("-----8<-----", "----->8-----"), ("--- begin pasted mail ---", "--- end pasted mail ---")],
       "de": [("-----8<-----", "----->8-----"), ("--- Anfang ---", "--- Ende ---")],
       "fr": [("-----8<-----", "----->8-----"), ("--- début du message ---", "--- fin du message ---")],
       "es": [("-----8<-----", "----->8-----"), ("--- inicio del correo ---", "--- fin del correo ---")],
       "ru": [("-----8<-----", "----->8-----"), ("--- начало письма ---", "--- конец письма ---")]}

# The list software's own notices (not posts: no prefix, no footer).
ADMIN = {
    "held": ("Your message to {list} awaits moderator approval",
             "Your mail to '{list}' with the subject\n\n    {subject}\n\nIs being held until the list moderator can review it for "
             "approval.\n\nThe reason it is being held:\n\n    Post by non-member to a members-only list\n\nEither the message will get "
             "posted to the list, or you will receive notification of the moderator's decision."),
    "reminder": ("{host} mailing list memberships reminder",
                 "This is a reminder, sent out once a month, about your {host} mailing list memberships. It includes your "
                 "subscription info and how to use it to change it or unsubscribe from a list.\n\nPasswords for {addr}:\n\n"
                 "List                                     Password // URL\n----                                     --------\n"
                 "{list}@{host}                {password}\nhttps://{host}/mailman/options/{list}/{addr}"),
    "welcome": ("Welcome to the \"{list}\" mailing list",
                "Welcome to the {list}@{host} mailing list!\n\nTo post to this list, send your message to:\n\n  {list}@{host}\n\n"
                "You can unsubscribe or make adjustments to your options via email by sending a message to:\n\n  {list}-request@{host}\n\n"
                "with the word 'help' in the subject or body. You must know your password to change your options; your password is:\n\n"
                "  {password}"),
    "bounce": ("Your message to {list} was rejected: message too large",
               "Your message to the {list} list was rejected on {date} because it exceeds the 40 KB size limit. Please send "
               "large patches as attachments to the bug tracker and post a link instead."),
}
