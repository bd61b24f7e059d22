"""Shared look-alike pools of the eighth batch (eighth_batch.py), written blind by helper c8-corpus.

The lists the batch delivers through, their footers and subscribers, quote headers in each language's
style, "Original Message" and forward blocks, digest framing and snip marks. The posts themselves are
in ham_eighth_de.py, ham_eighth_en.py and ham_eighth_eu.py (Russian, French, Spanish); HAM joins them.
Variant lists split by index parity (even dev, odd held-out) where eighth_batch draws them with pick().
"""
import ham_eighth_de
import ham_eighth_en
import ham_eighth_eu

HAM = {"de": ham_eighth_de.HAM, "en": ham_eighth_en.HAM, **ham_eighth_eu.HAM}

# (list name, host, description, community, language, subject prefix or None, Reply-To set to the list, footer index or None).
# The community ties a post to the lists it belongs on (a merchant's question is not posted to the radio club).
LISTS = [
    ("lug-rheinmain", "lists.lug-rheinmain.example.de", "Linux User Group Rhein-Main", "lug", "de", "[LUG-RM] ", False, 0),
    ("linux-hilfe", "lists.linuxhilfe.example.de", "Deutschsprachige Linux-Hilfe", "lug", "de", "[linux-hilfe] ", True, 1),
    ("lug-kiel", "lug-kiel.example.de", "LUG Kiel Stammtisch und Hilfe", "lug", "de", None, False, None),
    ("mitglieder", "lists.tafel-suedstadt.example.de", "Förderverein Tafel Südstadt e.V.", "charity", "de", "[FV-Tafel] ", True, 2),
    ("haendlertreff", "lists.onlinehaendler.example.de", "Online-Händler Stammtisch", "merchants", "de", "[Händlertreff] ", False, 0),
    ("linux-ru", "lists.linux-help.example.ru", "Русскоязычная помощь по Linux", "ruhelp", "ru", "[linux-ru] ", False, 3),
    ("gull-utilisateurs", "listes.gull.example.fr", "Utilisateurs du GULL", "frusers", "fr", "[GULL] ", False, 4),
    ("usuarios", "listas.glug.example.es", "Usuarios de GNU/Linux", "esusers", "es", "[usuarios] ", True, 5),
    ("photoapp-users", "lists.photoapp.example.org", "Users of PhotoApp", "appusers", "en", "[photoapp] ", False, 6),
    ("distro-users", "lists.example-distro.org", "Example Distro users help", "appusers", "en", None, True, 6),
    ("varc-members", "lists.varc.example.org", "Valley Amateur Radio Club", "radio", "en", "[VARC] ", True, 7),
    ("nas-members", "lists.northfield-astro.example.org.uk", "Northfield Astronomical Society", "radio", "en", "[NAS] ", False, None),
    ("physics-announce", "lists.physics.uni-example.edu", "Department of Physics announcements", "uni", "en", None, False, 8),
    ("volunteers", "lists.riverside-foodbank.example.org", "Riverside Food Bank volunteers", "charity", "en", "[RFB] ", False, 9),
    ("sellers", "groups.indie-sellers.example.com", "Independent Online Sellers", "merchants", "en", "[Sellers] ", False, 10),
]

# List footers ({name}, {host}). Most are ASCII as list software writes them; the Russian list has its own words.
FOOTERS = [
    "_______________________________________________\n{name} mailing list\n{name}@{host}\nhttps://{host}/mailman/listinfo/{name}",
    "-- \nlinux-hilfe: Hilfe zu Linux auf Deutsch. Abmelden: https://{host}/mailman/listinfo/{name}\n"
    "Bitte keine HTML-Mails und kein Top-Posting.",
    "_______________________________________________\nMitgliederliste des Foerdervereins\n{name}@{host}\n"
    "Abmelden oder Einstellungen: https://{host}/mailman/listinfo/{name}",
    "_______________________________________________\n{name} -- рассылка помощи по Linux\nПравила: https://{host}/rules\n"
    "Отписаться: https://{host}/mailman/listinfo/{name}",
    "_______________________________________________\nListe {name}\n{name}@{host}\nDesinscription : https://{host}/sympa/info/{name}",
    "_______________________________________________\nusuarios mailing list\n{name}@{host}\nBaja: https://{host}/mailman/listinfo/{name}",
    "--\nYou received this because you are subscribed to {name}.\nTo unsubscribe send a mail to {name}-leave@{host}\n"
    "Archives: https://{host}/archives/{name}/",
    "_______________________________________________\nVARC members list - {name}@{host}\nNets: Tuesdays 8 pm on the club repeater\n"
    "https://{host}/mailman/listinfo/{name}",
    "To unsubscribe from this list, visit https://{host}/mailman/listinfo/{name} (university members are subscribed by default).",
    "--\nRiverside Food Bank volunteers list. Manage your subscription: https://{host}/mailman/listinfo/{name}",
    "---\nYou are receiving this because you joined the Independent Online Sellers group.\n"
    "To leave, email {name}+unsubscribe@{host}",
]

PEOPLE = {
    "de": [("Jürgen Hoffmann", "juergen.hoffmann@web.de"), ("Sabine Krüger", "sabine.krueger@gmx.de"), ("Thomas Weber", "tweber@posteo.de"),
           ("Martina Schneider", "m.schneider@t-online.de"), ("Klaus-Dieter Brandt", "kd.brandt@arcor.de"), ("Heike Lorenz", "heike.lorenz@mailbox.org"),
           ("Uwe Petersen", "uwe@petersen-kiel.example.de"), ("Andrea Vogel", "a.vogel@gmx.net"), ("Stefan Meier", "stefan.meier@web.de"),
           ("Dr. Ralf Engel", "r.engel@uni-example.de"), ("Birgit Hahn", "birgit.hahn@freenet.de"), ("Holger Sommer", "holger@sommer-it.example.de"),
           ("Petra Zimmermann", "petra.zimmermann@gmx.de"), ("Frank Wolff", "fwolff@posteo.de"), ("Monika Braun", "monika.braun@web.de")],
    "ru": [("Иван Петров", "ivan.petrov@mail.ru"), ("Ольга Смирнова", "olga.smirnova@yandex.ru"), ("Дмитрий Кузнецов", "dkuznetsov@gmail.com"),
           ("Сергей Волков", "s.volkov@inbox.ru"), ("Анна Морозова", "a.morozova@yandex.ru"), ("Алексей Соколов", "alexey@sokolov.example.ru"),
           ("Николай Лебедев", "nlebedev@bk.ru"), ("Мария Новикова", "maria.n@list.ru"), ("Павел Егоров", "pavel.egorov@gmail.com")],
    "fr": [("Jean Martin", "jean.martin@free.fr"), ("Sophie Bernard", "sophie.bernard@orange.fr"), ("Pierre Lefèvre", "p.lefevre@laposte.net"),
           ("Claire Moreau", "claire.moreau@gmail.com"), ("Luc Girard", "luc.girard@free.fr"), ("Nathalie Roux", "n.roux@sfr.fr"),
           ("Michel Fournier", "michel@fournier.example.fr"), ("Isabelle Petit", "isabelle.petit@orange.fr")],
    "es": [("Ana García", "ana.garcia@gmail.com"), ("Jorge Martínez", "jmartinez@yahoo.es"), ("Lucía Fernández", "lucia.fdez@hotmail.es"),
           ("Carlos Ruiz", "carlos.ruiz@telefonica.net"), ("Marta López", "marta.lopez@gmail.com"), ("Pablo Sánchez", "psanchez@riseup.net"),
           ("Elena Torres", "elena.torres@outlook.es"), ("Miguel Romero", "miguel@romero.example.es")],
    "en": [("Dave Thompson", "dave.thompson@gmail.com"), ("Linda Morris", "lmorris@comcast.net"), ("Bob Jenkins", "bob.jenkins@yahoo.com"),
           ("Karen Wright", "karen.wright@outlook.com"), ("Mike O'Neill", "mike.oneill@btinternet.com"), ("Sarah Collins", "sarah.collins@gmail.com"),
           ("Gary Fisher", "gfisher@aol.com"), ("Priya Nair", "priya.nair@gmail.com"), ("Paul Robinson", "paul.robinson@hotmail.com"),
           ("Emma Clarke", "emma.clarke@yahoo.co.uk"), ("Raj Patel", "rajpatel73@gmail.com")],
}
# Members who belong to one community (a callsign, a department address, a shop's own domain), weighted up on its lists.
COMMUNITY_PEOPLE = {
    "radio": [("Steve Parker (KD7QX)", "kd7qx@arrl.net", "en"), ("Ken Walsh (G4KWX)", "g4kwx@btinternet.com", "en"),
              ("Walt Hughes", "w7wlt@arrl.net", "en"), ("Dr. Meera Shah", "meera.shah@northfield-astro.example.org.uk", "en")],
    "uni": [("Prof. Janet Liu", "jliu@physics.uni-example.edu", "en"), ("Dr. Ahmed Farouk", "a.farouk@physics.uni-example.edu", "en"),
            ("Physics Department Office", "physics-office@uni-example.edu", "en"), ("Emily Chen", "e.chen@students.uni-example.edu", "en")],
    "charity": [("Rachel Green", "rachel.g@riverside-foodbank.example.org", "en"), ("Karen Wright", "karen@riverside-foodbank.example.org", "en"),
                ("Monika Braun", "m.braun@tafel-suedstadt.example.de", "de"), ("Gisela Köhler", "kassenwart@tafel-suedstadt.example.de", "de")],
    "merchants": [("Tom Baker", "tom@bakershop.example.com", "en"), ("Jenny Adams", "jenny@handmade-adams.example.com", "en"),
                  ("Markus Händel", "info@ersatzteile-haendel.example.de", "de"), ("Nadine Kraus", "nadine@kraus-naturkosmetik.example.de", "de")],
    "lug": [("Holger Sommer", "holger@sommer-it.example.de", "de"), ("Vorstand LUG", "vorstand@lug-rheinmain.example.de", "de")],
}

# Quote headers as each language's mail clients write them ({date}, {who}).
QUOTE_HEAD = {
    "de": ["Am {date} schrieb {who}:", "{who} schrieb am {date}:", "Am {date} hat {who} geschrieben:", "* {who} [{date}]:",
           "Hallo,\n\nam {date} schrieb {who}:"],
    "ru": ["{date}, {who} написал:", "{date} {who} пишет:", "Здравствуйте, {who}.\n\nВы писали {date}:", "{who} писал(а) {date}:"],
    "fr": ["Le {date}, {who} a écrit :", "{who} a écrit le {date} :", "Le {date}, {who} a écrit :\n"],
    "es": ["El {date}, {who} escribió:", "{who} escribió el {date}:", "El {date}, {who} escribió:\n"],
    "en": ["On {date}, {who} wrote:", "{who} wrote:", "On {date} {who} wrote:", "Quoting {who}:", "* {who} <{date}>:"],
}
# Dates inside quote headers, in the language's own words.
DATE_WORDS = {
    "de": {"months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
           "fmt": "{d}. {m} {y} um {hh}:{mm}"},
    "ru": {"months": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
           "fmt": "{d} {m} {y} г., в {hh}:{mm}"},
    "fr": {"months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
           "fmt": "{d} {m} {y} à {hh}:{mm}"},
    "es": {"months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
           "fmt": "{d} de {m} de {y}, a las {hh}:{mm}"},
    "en": {"months": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
           "fmt": "{m} {d}, {y} at {hh}:{mm}"},
}

# The block an Outlook-style client puts over a top-posted reply ({who}, {date}, {to}, {subject}).
ORIGINAL = {
    "de": "-----Ursprüngliche Nachricht-----\nVon: {who}\nGesendet: {date}\nAn: {to}\nBetreff: {subject}",
    "ru": "-----Исходное сообщение-----\nОт: {who}\nОтправлено: {date}\nКому: {to}\nТема: {subject}",
    "fr": "-----Message d'origine-----\nDe : {who}\nEnvoyé : {date}\nÀ : {to}\nObjet : {subject}",
    "es": "-----Mensaje original-----\nDe: {who}\nEnviado el: {date}\nPara: {to}\nAsunto: {subject}",
    "en": "-----Original Message-----\nFrom: {who}\nSent: {date}\nTo: {to}\nSubject: {subject}",
}
FORWARD = {
    "de": "-------- Weitergeleitete Nachricht --------\nBetreff: {subject}\nDatum: {date}\nVon: {who}\nAn: {to}",
    "ru": "-------- Пересылаемое сообщение --------\nТема: {subject}\nДата: {date}\nОт: {who}\nКому: {to}",
    "fr": "-------- Message transféré --------\nSujet : {subject}\nDate : {date}\nDe : {who}\nPour : {to}",
    "es": "-------- Mensaje reenviado --------\nAsunto: {subject}\nFecha: {date}\nDe: {who}\nPara: {to}",
    "en": "---------- Forwarded message ---------\nFrom: {who}\nDate: {date}\nSubject: {subject}\nTo: {to}",
}
DIGEST_HEAD = {
    "de": "Einsendungen für {name}@{host}\n\nUm die Liste zu abonnieren oder abzubestellen, besuchen Sie\n"
          "    https://{host}/mailman/listinfo/{name}\n\nWenn Sie antworten, ändern Sie bitte die Betreffzeile, damit sie\n"
          "aussagekräftiger ist als \"Re: Inhalt der {name}-Digest...\"",
    "ru": "Письма для {name}@{host}\n\nЧтобы подписаться или отписаться, посетите\n    https://{host}/mailman/listinfo/{name}\n\n"
          "Отвечая, пожалуйста, измените тему письма на более содержательную, чем \"Re: Содержание дайджеста {name}...\"",
    "fr": "Envoyez vos messages pour la liste {name} à\n    {name}@{host}\n\nPour vous (dés)abonner, visitez\n"
          "    https://{host}/sympa/info/{name}\n\nSi vous répondez, merci d'éditer la ligne Objet.",
    "es": "Envíe los mensajes para la lista {name} a\n    {name}@{host}\n\nPara suscribirse o anular su suscripción visite\n"
          "    https://{host}/mailman/listinfo/{name}\n\nSi responde a algún contenido de este mensaje, por favor, edite la línea del asunto.",
    "en": "Send {name} mailing list submissions to\n    {name}@{host}\n\nTo subscribe or unsubscribe via the World Wide Web, visit\n"
          "    https://{host}/mailman/listinfo/{name}\n\nWhen replying, please edit your Subject line so it is more specific\n"
          "than \"Re: Contents of {name} digest...\"",
}
DIGEST_TOPICS = {"de": "Themen des Tages:", "ru": "Темы дня:", "fr": "Sujets du jour :", "es": "Temas del día:", "en": "Today's Topics:"}
SNIP = {"de": ["-----8<-----", "--- schnipp ---", "----- Anfang der Mail -----"], "ru": ["-----8<-----", "--- начало письма ---"],
        "fr": ["-----8<-----", "--- début du message ---"], "es": ["-----8<-----", "--- inicio del mensaje ---"],
        "en": ["-----8<-----", "--- begin pasted text ---", "[snip]"]}
SNIP_END = {"-----8<-----": "----->8-----", "--- schnipp ---": "--- schnapp ---", "----- Anfang der Mail -----": "----- Ende der Mail -----",
            "--- начало письма ---": "--- конец письма ---", "--- début du message ---": "--- fin du message ---",
            "--- inicio del mensaje ---": "--- fin del mensaje ---", "--- begin pasted text ---": "--- end pasted text ---",
            "[snip]": "[/snip]"}
