"""Seventh batch of look-alike pools (round 8, `batch: seventh`), written blind by helper c7-corpus (see
scam_seventh.py): a public technical mailing list archive's ordinary traffic, the ham issue 17's hidden
test is drawn from. Lists, subscribers (most of them at free-mail addresses), the footers list software
appends, quote headers and "Original Message" blocks per language, digest framing.

Per-language pools (ham_seventh_en.py, ham_seventh_eu.py): topics (project, subject, the previous post,
answer sentences), reply lines, patches, release notes, advisories, CI and bug-tracker notices, list
admin mail, conference calls, job posts, the poster's own words above a scam he pastes ("spam_own"),
replies about it, filter rules, off-topic mail, signatures. Even variants dev, odd held-out.
"""

# (list name, host, description, project, language, subject prefix or "", Reply-To set to the list, footer index or None)
LISTS = [
    ("linux-media-dev", "vger.example.org", "Linux media and webcam drivers", "kernel", "en", "", False, None),
    ("kernelnewbies", "lists.example-kernel.org", "Kernel newcomers", "kernel", "en", "[Kernelnewbies] ", True, 0),
    ("btc-protocol", "lists.example-dev.org", "Bitcoin protocol discussion", "bitcoin", "en", "[btc-protocol] ", False, 1),
    ("wallet-devel", "lists.example-dev.org", "Wallet developers", "bitcoin", "en", "", False, 0),
    ("postfix-talk", "lists.example-mail.org", "Mail server administrators", "mail", "en", "", False, 3),
    ("webfw-users", "groups.example-web.org", "Web framework users", "web", "en", "", False, 2),
    ("distro-devel", "lists.example-distro.org", "Distribution development", "distro", "en", "", False, 4),
    ("mailserver-de", "lists.example-mail.de", "Mailserver-Administratoren", "mail", "de", "[mailserver-de] ", True, 0),
    ("distro-user-de", "lists.example-distro.org", "Deutschsprachige Nutzer der Distribution", "distro", "de", "", False, 4),
    ("linux-ru", "lists.example-linux.ru", "Русскоязычная рассылка о Linux", "kernel", "ru", "[linux-ru] ", False, 0),
    ("distro-fr", "lists.example-distro.org", "Utilisateurs francophones", "distro", "fr", "", False, 4),
    ("distro-es", "lists.example-distro.org", "Usuarios hispanohablantes", "distro", "es", "", False, 4),
]

FOOTERS = [
    "_______________________________________________\n{name} mailing list\n{name}@{host}\nhttps://{host}/mailman/listinfo/{name}",
    "_______________________________________________\n{name} mailing list -- {name}@{host}\nTo unsubscribe send an email to {name}-leave@{host}",
    "-- \nYou received this message because you are subscribed to the Google Groups-style group \"{name}\".\n"
    "To unsubscribe from this group and stop receiving emails from it, send an email to {name}+unsubscribe@{host}.\n"
    "To view this discussion visit https://{host}/d/msgid/{name}/",
    "--\nTo unsubscribe, e-mail: {name}-unsubscribe@{host}\nFor additional commands, e-mail: {name}-help@{host}",
    "-- \nTo UNSUBSCRIBE, email to {name}-REQUEST@{host}\nwith a subject of \"unsubscribe\". Trouble? Contact listmaster@{host}\nArchive: https://{host}/{name}/",
]

# Subscribers: (display name, address). Most post from free-mail, as on a real open-source list.
PEOPLE = {
    "en": [("Jane Kowalski", "jane.kowalski@gmail.com"), ("Anand Krishnan", "anand.k@gmail.com"), ("Olu Adeyemi", "olu.adeyemi@yahoo.com"),
           ("Tom Hargreaves", "tomh@example-isp.co.uk"), ("Rosa Delgado", "rosa.delgado@yahoo.com"), ("Wei Zhang", "zhangwei.dev@outlook.com"),
           ("Peter Novak", "pnovak@example-hosting.net"), ("Kwame Boateng", "kwame.b@hotmail.com"), ("Sarah O'Neill", "sarah.oneill@protonmail.com"),
           ("Dmitry Petrov", "dpetrov@gmail.com"), ("Linda Morrison", "lmorrison@aol.com"), ("Chidi Okafor", "chidi.okafor@gmail.com"),
           ("Maria Rossi", "m.rossi@libero.it"), ("Hans Vogel", "hans.vogel@gmx.de"), ("Greg Kroll", "gregk@example-kernel.org"),
           ("Aisha Bello", "aisha.bello@outlook.com")],
    "de": [("Matthias Keller", "m.keller@web.de"), ("Sabine Wolf", "sabine.wolf@gmx.de"), ("Jörg Hansen", "joerg.hansen@web.de"),
           ("Stefan Braun", "postmaster@example-verein.de"), ("Petra Schulz", "petra.schulz@t-online.de"), ("Ahmet Yilmaz", "ahmet.y@gmx.net"),
           ("Ingrid Lehmann", "i.lehmann@posteo.de"), ("Frank Meier", "frank.meier@gmail.com")],
    "ru": [("Сергей Воронин", "s.voronin@yandex.ru"), ("Анна Смирнова", "anna.smirnova@mail.ru"), ("Дмитрий Ковалёв", "dmitry.k@yandex.ru"),
           ("Павел Орлов", "pavel.orlov@gmail.com"), ("Ольга Ким", "olga.kim@bk.ru"), ("Тимур Алиев", "timur.aliev@inbox.ru")],
    "fr": [("Claire Martin", "claire.martin@orange.fr"), ("Luc Moreau", "luc.moreau@free.fr"), ("Sophie Bernard", "sophie.b@orange.fr"),
           ("Julien Petit", "julien.petit@gmail.com"), ("Koffi Mensah", "koffi.m@yahoo.fr"), ("Nathalie Roux", "n.roux@laposte.net")],
    "es": [("Rosa Delgado", "rosa.delgado@yahoo.es"), ("Javier Ortega", "javier.ortega@gmail.com"), ("Marta García", "marta.g@yahoo.es"),
           ("Diego Fernández", "diego.f@hotmail.es"), ("Lucía Romero", "lucia.romero@outlook.es"), ("Carlos Ruiz", "cruiz@example-uni.es")],
}

QUOTE_HEAD = {"en": ["On {date}, {who} wrote:", "{who} writes:", "Quoting {who}:", "On {date} {who} wrote:"],
              "de": ["Am {date} schrieb {who}:", "{who} schrieb:", "Zitat von {who}:", "{who} hat am {date} geschrieben:"],
              "ru": ["{date}, {who} пишет:", "{who} писал(а):", "Цитата {who}:", "{date} пользователь {who} написал:"],
              "fr": ["Le {date}, {who} a écrit :", "{who} a écrit :", "Citation de {who} :", "Le {date} {who} a écrit :"],
              "es": ["El {date}, {who} escribió:", "{who} escribió:", "Cita de {who}:", "El {date} {who} escribió:"]}
ORIGINAL = {"en": "-----Original Message-----\nFrom: {who}\nSent: {date}\nTo: {to}\nSubject: {subject}",
            "de": "-----Ursprüngliche Nachricht-----\nVon: {who}\nGesendet: {date}\nAn: {to}\nBetreff: {subject}",
            "ru": "-----Исходное сообщение-----\nОт: {who}\nОтправлено: {date}\nКому: {to}\nТема: {subject}",
            "fr": "-----Message d'origine-----\nDe : {who}\nEnvoyé : {date}\nÀ : {to}\nObjet : {subject}",
            "es": "-----Mensaje original-----\nDe: {who}\nEnviado el: {date}\nPara: {to}\nAsunto: {subject}"}
FORWARD = {"en": "---------- Forwarded message ---------\nFrom: {who}\nDate: {date}\nSubject: {subject}\nTo: {to}",
           "de": "---------- Weitergeleitete Nachricht ----------\nVon: {who}\nDatum: {date}\nBetreff: {subject}\nAn: {to}",
           "ru": "-------- Пересылаемое сообщение --------\nОт: {who}\nДата: {date}\nТема: {subject}\nКому: {to}",
           "fr": "---------- Message transféré ---------\nDe : {who}\nDate : {date}\nObjet : {subject}\nÀ : {to}",
           "es": "---------- Mensaje reenviado ---------\nDe: {who}\nFecha: {date}\nAsunto: {subject}\nPara: {to}"}
DIGEST_HEAD = ("Send {name} mailing list submissions to\n\t{name}@{host}\n\nTo subscribe or unsubscribe via the World Wide Web, visit\n"
               "\thttps://{host}/mailman/listinfo/{name}\nor, via email, send a message with subject or body 'help' to\n"
               "\t{name}-request@{host}\n\nYou can reach the person managing the list at\n\t{name}-owner@{host}\n\n"
               "When replying, please edit your Subject line so it is more specific\nthan \"Re: Contents of {name} digest...\"\n")
# Subjects of list posts about a scam (even dev, odd held-out).
SPAM_SUBJ = {"en": ["Scam mail on the list", "[OT] 419 spam getting through", "rspamd rule for advance-fee mails?", "Another inheritance scam",
                    "Is this phishing?", "SpamAssassin misses German donation spam", "Fwd: look what I got", "Filtering fake lottery mails"],
             "de": ["Betrugsmail über die Liste", "[OT] Vorschussbetrug kommt durch", "Regel gegen Erbschafts-Spam?", "Schon wieder Spendenbetrug"],
             "ru": ["Мошенническое письмо в рассылке", "[OT] нигерийский спам проходит", "Правило против спама про наследство?", "Опять лотерея"],
             "fr": ["Arnaque reçue via la liste", "[HS] spam à l'héritage", "Règle contre les arnaques au don ?", "Encore une loterie"],
             "es": ["Estafa recibida por la lista", "[OT] spam de herencias", "¿Regla contra estafas de donación?", "Otra vez la lotería"]}
SNIP = ["-----8<-----", "--- snip ---", "=== begin ===", "----- cut here -----"]
SNIP_END = {"-----8<-----": "-----8<-----", "--- snip ---": "--- snap ---", "=== begin ===": "=== end ===", "----- cut here -----": "----- cut here -----"}
CI_SENDERS = [("CI Bot", "ci-noreply@example-project.org"), ("Coverity Scan", "scan-admin@example-scan.org"),
              ("Fuzzing Infra", "fuzz-noreply@example-project.org")]
BUG_SENDERS = [("bugzilla-daemon", "bugzilla-daemon@bugs.example-distro.org"), ("Tracker", "tracker@bugs.example-project.org")]

from ham_seventh_en import EN  # noqa: E402
from ham_seventh_eu import DE, ES, FR, RU  # noqa: E402

HAM = {"en": EN, "de": DE, "ru": RU, "fr": FR, "es": ES}
