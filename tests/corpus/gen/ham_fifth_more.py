"""Fifth batch, more look-alike kinds for German, French, Spanish and Turkish (personal mail, developer lists, security
newsletters, charity, job mail, lottery results), written in the same sitting and under the same rules as
ham_fifth_eu.py (blind; even variants dev, odd held-out)."""

MORE = {
    "de": {
        "personal": {
            "subj": ["Testament von Opa", "Webcam für den Videoanruf"],
            "open": [
                "Der Notar hat angerufen: Opas Testament wird am Freitag eröffnet, wir sind alle als Erben genannt.",
                "Ich habe die Webcam gekauft, die du empfohlen hast, aber der Treiber lässt sich auf Mamas Laptop nicht installieren.",
                "Ich habe meinen Anteil der Kaution für die Wohnung überwiesen, kannst du schauen, ob das Geld angekommen ist?",
                "Das neue WLAN-Passwort hängt am Kühlschrank, per Mail wollte ich es nicht schicken.",
            ],
            "body": [
                "Angeblich erbt jedes Enkelkind einen kleinen Betrag, das Haus geht an Tante Inge.",
                "Der Nachlass wird wohl ein halbes Jahr dauern, sagt der Notar.",
                "Kannst du am Sonntag vorbeikommen und den Videoanruf zu ihrem Geburtstag einrichten?",
                "Sag Bescheid, wenn die Überweisung bei dir sichtbar ist.",
                "Bitte ändere dein Mail-Passwort, du benutzt überall dasselbe.",
                "Mein Bruder hat eine Mail bekommen, dass man ihn über die Kamera gefilmt habe, er war ganz aufgelöst.",
            ],
            "close": ["Liebe Grüße, Mama", "Bis Sonntag, Jonas"],
        },
        "tech-list": {
            "subj": ["[dev] PATCH: uvc: Zeitstempel-Überlauf bei USB-Webcams", "Re: bitcoind zeigt nach Update Kontostand 0"],
            "open": [
                "Dieser Patch behebt einen Überlauf des Zeitstempels im UVC-Treiber, der manche USB-Webcams nach 49 Tagen betrifft.",
                "Nach dem Update des Knotens zeigt getbalance 0 BTC, obwohl alle Transaktionen der Wallet noch da sind.",
                "Version 2.14 unseres Passwortmanagers ist erschienen, mit Passkey-Unterstützung und neuem Tresorformat.",
                "Auf der Liste landet wieder Erpressungsspam, der alte Passwörter zitiert und Bitcoin verlangt.",
            ],
            "body": [
                "Getestet mit drei Kameramodellen, keine Regressionen.",
                "Hast du nach der Wiederherstellung aus dem Backup rescanblockchain laufen lassen?",
                "Das neue Format ist abwärtskompatibel.",
                "Ich habe das Gewicht der Regel erhöht, die eine BTC-Adresse neben 'zahlen' und 'Stunden' findet.",
                "Bitte keine wallet.dat oder privaten Schlüssel an die Liste schicken.",
                "Tarball und Prüfsummen liegen auf der Projektseite.",
            ],
            "close": ["Danke, Stefan", "-- \nListenarchiv: https://lists.example.org/"],
        },
        "security-newsletter": {
            "subj": ["Lagebild der Woche: Erpressungsmails mit geleakten Passwörtern", "Warnung: falsche Krypto-Rückholdienste"],
            "open": [
                "Diese Woche beobachteten wir eine Massen-Erpressungskampagne, die Passwörter aus alten Datenlecks zitiert und BTC fordert.",
                "Ein Phishing-Baukasten imitiert Webmail-Anmeldeseiten und behauptet, das Postfach sei voll.",
                "Opfer von Anlagebetrug werden ein zweites Mal von sogenannten Rückholdiensten angeschrieben, die Vorkasse verlangen.",
                "Die monatlichen Updates schließen 61 Schwachstellen, zwei davon werden bereits ausgenutzt.",
            ],
            "body": [
                "Die Indikatoren unten sind entschärft; bitte nicht von Produktivsystemen aus aufrufen.",
                "Dieselbe Wallet tauchte in Tausenden Nachrichten auf.",
                "Administratoren sollten MFA erzwingen und veraltete Authentifizierung abschalten.",
                "Die VPN-Appliance zuerst patchen.",
            ],
            "close": ["Ihr CERT-Team", "TLP:CLEAR"],
        },
    },
    "fr": {
        "job-ad": {
            "subj": ["Proposition d'embauche : assistant comptable", "Invitation à un entretien"],
            "open": [
                "Nous avons le plaisir de vous proposer le poste d'assistant comptable à compter du 3 juin.",
                "Merci pour votre candidature ; nous vous invitons à un entretien en visioconférence.",
                "Nous recrutons des préparateurs de commandes en CDI, équipes de jour et de nuit.",
                "Votre entretien aura lieu jeudi à 10 h dans nos locaux ; munissez-vous d'une pièce d'identité.",
            ],
            "body": [
                "Salaire brut annuel de 28 000 euros, 25 jours de congés.",
                "Nous ne demandons jamais aux candidats de payer une formation ou du matériel.",
                "Le contrat vous sera transmis via notre portail RH ; n'envoyez pas votre RIB par e-mail.",
                "Missions : saisie des factures fournisseurs et rapprochements bancaires.",
                "Vous pouvez retirer votre candidature à tout moment.",
                "Tickets restaurant et mutuelle d'entreprise.",
            ],
            "close": ["Le service recrutement", "Bien cordialement, RH"],
        },
        "lottery-results": {
            "subj": ["Résultats du tirage de samedi", "Votre grille a été vérifiée"],
            "open": [
                "Les numéros gagnants du tirage de samedi sont 3, 17, 22, 31, 45, numéro chance 7.",
                "Votre grille du tirage de mercredi a été vérifiée : pas de gain cette fois.",
                "Le jackpot du prochain tirage est estimé à 9 millions d'euros.",
                "Les gains supérieurs à 5 000 euros sont versés par virement après vérification.",
            ],
            "body": [
                "La loterie officielle ne demande jamais de frais pour verser un gain.",
                "Si l'on vous annonce un gain à une loterie à laquelle vous n'avez pas joué, c'est une arnaque.",
                "Les gains doivent être réclamés dans les 60 jours.",
                "Jeu interdit aux mineurs. Jouer comporte des risques.",
                "Retrouvez vos grilles dans votre espace joueur.",
                "Résultats sous réserve de vérification.",
            ],
            "close": ["Bonne chance pour le prochain tirage !", "Le service joueurs"],
        },
    },
    "es": {
        "personal": {
            "subj": ["El testamento del abuelo", "La webcam para la videollamada"],
            "open": [
                "Llamó el notario: el viernes se lee el testamento del abuelo y todos figuramos como herederos.",
                "Compré la webcam que me recomendaste, pero el controlador no se instala en el portátil de mamá.",
                "Ya te transferí mi parte de la fianza del piso, ¿puedes mirar si te llegó?",
                "La nueva contraseña del wifi está en la nevera, no quise ponerla en el correo.",
            ],
            "body": [
                "Parece que a cada nieto le toca una pequeña herencia.",
                "El notario dice que la herencia tardará unos seis meses.",
                "¿Te pasas el domingo para configurar la videollamada de su cumpleaños?",
                "Avísame si ves la transferencia.",
                "Cambia la contraseña del correo, usas la misma en todas partes.",
                "A mi hermano le llegó un correo diciendo que lo habían grabado con la cámara, se asustó muchísimo.",
            ],
            "close": ["Besos, mamá", "Hasta el domingo, Pablo"],
        },
        "charity": {
            "subj": ["Gracias por tu donación", "Emergencia: terremoto"],
            "open": [
                "Gracias a ti, nuestros voluntarios repartieron 12.000 lotes de comida el mes pasado.",
                "Nuestros equipos llevan agua, refugio y atención médica a las familias afectadas por el terremoto.",
                "Tu certificado de donaciones ya está disponible para la declaración de la renta.",
                "Este invierno, 20 euros pagan una semana de comidas calientes.",
            ],
            "body": [
                "Puedes donar en nuestra web segura o por transferencia a la cuenta de la ONG.",
                "Nunca te pediremos donaciones en tarjetas regalo ni en criptomonedas por teléfono.",
                "ONG inscrita en el registro, cuentas auditadas.",
                "Puedes cambiar tu cuota mensual cuando quieras.",
                "Un legado solidario nos ayuda a planificar el futuro.",
                "Nuestros captadores llevan siempre acreditación.",
            ],
            "close": ["Con gratitud, el equipo de socios", "Gracias de corazón"],
        },
    },
    "tr": {
        "personal": {
            "subj": ["Dedemin vasiyeti", "Görüntülü arama için kamera"],
            "open": [
                "Noter aradı: cuma günü dedemin vasiyeti okunacak, hepimiz mirasçı olarak geçiyoruz.",
                "Önerdiğin web kamerasını aldım ama sürücü annemin dizüstüne kurulmuyor.",
                "Ev depozitosunun payımı gönderdim, para geçmiş mi bakar mısın?",
                "Yeni wifi şifresi buzdolabının üstünde, e-postaya yazmak istemedim.",
            ],
            "body": [
                "Her torununa küçük bir miras düşüyormuş.",
                "Noter mirasın yaklaşık altı ayda tamamlanacağını söyledi.",
                "Pazar günü gelip doğum günü için görüntülü aramayı kurar mısın?",
                "Havale görünürse haber ver.",
                "E-posta şifreni değiştir, her yerde aynısını kullanıyorsun.",
                "Kardeşime kamerayla kaydedildiğini söyleyen bir e-posta gelmiş, çok korktu.",
            ],
            "close": ["Sevgiler, annen", "Pazar görüşürüz, Emre"],
        },
        "job-ad": {
            "subj": ["İş teklifi: muhasebe uzmanı", "Mülakat daveti"],
            "open": [
                "Size 3 Haziran itibarıyla muhasebe uzmanı pozisyonunu teklif etmekten memnuniyet duyarız.",
                "Başvurunuz için teşekkürler; sizi görüntülü mülakata davet ediyoruz.",
                "Gündüz ve gece vardiyaları için depo personeli alıyoruz.",
                "Mülakatınız perşembe saat 10:00'da ofisimizde; kimliğinizi getirmeyi unutmayın.",
            ],
            "body": [
                "Net maaş 45.000 TL, SGK'lı ve yemek kartlı.",
                "Adaylardan eğitim veya ekipman için asla ücret istemeyiz.",
                "Sözleşmeniz İK portalı üzerinden gönderilecek; banka bilgilerinizi e-postayla göndermeyin.",
                "Görevler: tedarikçi faturaları ve ödeme mutabakatı.",
                "Başvurunuzu istediğiniz zaman geri çekebilirsiniz.",
                "Servis imkânı vardır.",
            ],
            "close": ["İnsan Kaynakları", "Saygılarımızla, İK ekibi"],
        },
    },
}
