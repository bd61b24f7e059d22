"""The twelfth batch's second draft of look-alikes (ham_twelfth.py appends them after each kind's first two
variants, so index 2 is dev and index 3 held-out): two more texts per kind in French, Spanish, German, English,
Russian and Turkish, where a cell holds 14 to 24 items."""

MORE_FR = {
    "security": [
        ("Mot de passe expiré : comment en choisir un nouveau",
         "Votre mot de passe de session expire dans 5 jours. Choisissez une phrase de passe d'au moins 14 caractères, différente des "
         "précédentes. Le changement se fait uniquement depuis l'intranet, jamais via un lien reçu par mail.\n\nLe service informatique"),
        ("Lettre d'information cybersécurité - escroqueries au chantage",
         "Ce mois-ci, de nombreux salariés ont reçu des mails prétendant avoir filmé leur écran par la webcam. Ces messages sont envoyés "
         "en masse, souvent avec un ancien mot de passe issu d'une fuite. Ne payez pas, transférez le message à l'adresse de signalement "
         "interne et changez le mot de passe concerné."),
    ],
    "lottery": [
        ("Vous avez gagné à la tombola de l'école",
         "Bravo ! Le ticket n° {ref} a gagné un panier garni à la tombola de la fête de l'école. Le lot est à retirer à l'accueil de "
         "l'école jusqu'au {date}. Merci à tous pour votre participation, les bénéfices financeront la classe verte."),
        ("Vos gains sont crédités",
         "Bonjour,\n\nVotre grille du {date} a remporté un gain de 12,40 €, crédité sur votre compte joueur. Vous pouvez le rejouer ou le "
         "virer sur votre compte bancaire depuis l'application, sans frais."),
    ],
    "bank-loan": [
        ("Microcrédit personnel : votre rendez-vous",
         "Bonjour,\n\nVotre demande de microcrédit accompagné (jusqu'à 5 000 €) a été transmise à notre conseillère. Elle vous recevra le "
         "{date} à l'agence avec vos trois derniers relevés. Aucun frais de dossier n'est demandé."),
        ("Modification du taux de votre crédit renouvelable",
         "Madame, Monsieur,\n\nÀ compter du {date}, le taux débiteur de votre crédit renouvelable passe de 19,5 % à 18,9 %. Vos "
         "mensualités en cours ne changent pas. Conditions détaillées dans votre espace client."),
    ],
    "charity": [
        ("Collecte pour les sinistrés : où en sommes-nous ?",
         "Grâce à vos dons, nous avons réuni 48 000 € pour les familles touchées par les inondations. Les premiers bons d'achat ont été "
         "distribués par les mairies. Méfiez-vous des cagnottes qui utilisent notre nom sans notre accord."),
        ("Parrainez un enfant : votre premier courrier",
         "Merci pour votre parrainage. Vous recevrez bientôt une lettre et une photo de l'enfant que vous soutenez. Votre prélèvement "
         "mensuel de {fee} apparaîtra sous le libellé de l'association."),
    ],
    "exchange": [
        ("Connexion depuis un appareil inconnu",
         "Une connexion à votre compte a eu lieu depuis un nouvel appareil (Lyon, France). Si c'était vous, aucune action n'est "
         "nécessaire. Sinon, changez votre mot de passe et réinitialisez la double authentification."),
        ("Récompenses de staking versées",
         "Vos récompenses de staking de la semaine (0,0031 ETH) ont été versées sur votre portefeuille. Les taux affichés sont indicatifs "
         "et peuvent varier."),
    ],
    "shop": [
        ("Votre ordonnance est prête",
         "Bonjour,\n\nVotre commande sur ordonnance est prête à être retirée en pharmacie jusqu'au {date}. Pensez à apporter votre carte "
         "Vitale et votre ordonnance originale."),
        ("Concentrateur d'oxygène : location et remboursement",
         "Votre prestataire de santé à domicile vous rappelle que la location du concentrateur d'oxygène est prise en charge sur "
         "prescription. Notre technicien passera le {date} pour l'entretien annuel."),
    ],
    "courier": [
        ("Votre colis vous attend en point relais",
         "Bonjour,\n\nVotre colis {code} est disponible dans votre point relais jusqu'au {date}. Présentez le code de retrait reçu par "
         "SMS et une pièce d'identité."),
        ("Enquête de satisfaction livraison",
         "Votre colis a été livré le {date}. Donnez-nous votre avis en deux minutes, cela nous aide à améliorer nos services. Ce "
         "questionnaire ne vous demandera aucune donnée bancaire."),
    ],
    "job": [
        ("Offre de stage : assistant(e) comptable",
         "Stage de 6 mois à partir de janvier, gratification légale, tickets restaurant. Le cabinet ne demande aucun versement aux "
         "candidats. Envoyez CV et lettre de motivation à notre service RH."),
        ("Votre inscription à France Travail est à actualiser",
         "Bonjour,\n\nPensez à actualiser votre situation avant le {date} depuis votre espace personnel. Des offres correspondant à votre "
         "profil de gestionnaire de paie vous y attendent."),
    ],
    "dating": [
        ("Votre abonnement arrive à échéance",
         "Votre abonnement Premium se termine le {date}. Sans action de votre part, il sera renouvelé pour un mois au tarif de {fee}. "
         "Vous pouvez le résilier à tout moment dans vos paramètres."),
        ("Vous avez un match !",
         "{name} et vous vous plaisez mutuellement. Envoyez le premier message ! Rappel : restez sur l'application pour discuter, les "
         "escrocs proposent souvent de passer vite sur WhatsApp."),
    ],
    "notary": [
        ("Donation entre vifs : projet d'acte",
         "Madame, Monsieur,\n\nVeuillez trouver le projet d'acte de donation de la maison familiale. La signature est prévue le {date}. "
         "Les droits de donation seront réglés par virement à l'étude à la signature."),
        ("Déclaration de succession : pièces manquantes",
         "Madame,\n\nPour finaliser la déclaration de succession de votre père, il nous manque les relevés de ses comptes au jour du "
         "décès et l'avis de taxe foncière. Merci de les déposer à l'étude ou de les envoyer par courrier."),
    ],
}

MORE_ES = {
    "security": [
        ("Su contraseña caduca pronto",
         "Su contraseña de acceso caduca en 5 días. Elija una frase de al menos 14 caracteres y distinta de las anteriores. El cambio se "
         "hace solo desde la intranet, nunca desde un enlace recibido por correo.\n\nDepartamento de Sistemas"),
        ("Boletín de ciberseguridad: correos de sextorsión",
         "Este mes muchos empleados recibieron correos que dicen haberles grabado con la cámara. Son envíos masivos, a veces con una "
         "contraseña antigua filtrada. No pague, reenvíe el mensaje al buzón de incidencias y cambie esa contraseña."),
    ],
    "lottery": [
        ("Ganadores de la rifa de la asociación de vecinos",
         "El número {ref} ha ganado la cesta de Navidad de la rifa vecinal. Puede recogerla en el local de la asociación hasta el {date}. "
         "Gracias a todos por participar."),
        ("Premio abonado en su cuenta de jugador",
         "Hola,\n\nSu boleto del {date} ha obtenido un premio de 8,50 €, abonado en su cuenta de jugador. Puede transferirlo a su banco "
         "desde la aplicación sin comisiones."),
    ],
    "bank-loan": [
        ("Microcrédito social: su cita",
         "Hola,\n\nSu solicitud de microcrédito para autónomos (hasta 15.000 €) está en estudio. Le atenderemos en la oficina el {date}; "
         "traiga su última declaración de IVA. No se cobra ninguna comisión de estudio."),
        ("Cambio en el tipo de interés de su tarjeta de crédito",
         "Estimado cliente:\n\nA partir del {date} el tipo deudor de su tarjeta pasa del 21 % al 19,8 % TAE. Sus cuotas actuales no "
         "cambian. Tiene el detalle en su banca en línea."),
    ],
    "charity": [
        ("Campaña de emergencia: cómo va la recogida",
         "Gracias a sus donativos hemos reunido 36.000 euros para las familias afectadas por la DANA. Desconfíe de colectas en redes "
         "sociales que usan nuestro nombre sin permiso."),
        ("Apadrinamiento: su primera carta",
         "Gracias por apadrinar. Pronto recibirá una carta y una foto del niño o la niña que apoya. Su cuota mensual de {fee} aparecerá "
         "en el extracto con el nombre de la fundación."),
    ],
    "exchange": [
        ("Acceso desde un dispositivo desconocido",
         "Alguien entró en su cuenta desde un teléfono que no conocíamos (Sevilla, España). ¿No ha sido usted? Cambie la contraseña y "
         "vuelva a configurar la verificación en dos pasos."),
        ("Recompensas de staking abonadas",
         "Las recompensas de staking de esta semana (0,0028 ETH) se han abonado en su monedero. Los rendimientos mostrados son "
         "orientativos y pueden variar."),
    ],
    "shop": [
        ("Su receta está lista para recoger",
         "Hola,\n\nSu pedido con receta ya está en la farmacia y puede recogerlo hasta el {date}. Traiga su tarjeta sanitaria."),
        ("Alquiler de concentrador de oxígeno",
         "Le recordamos que el alquiler del concentrador de oxígeno está cubierto con prescripción médica. Nuestro técnico pasará el "
         "{date} para la revisión anual."),
    ],
    "courier": [
        ("Su paquete le espera en el punto de recogida",
         "Hola,\n\nSu paquete {code} está disponible en su punto de recogida hasta el {date}. Muestre el código recibido por SMS y su "
         "DNI."),
        ("Encuesta de satisfacción de su entrega",
         "Su paquete se entregó el {date}. Cuéntenos qué tal en dos minutos. La encuesta no le pedirá ningún dato bancario."),
    ],
    "job": [
        ("Prácticas: auxiliar administrativo/a",
         "Prácticas de 6 meses desde enero, con beca y horario de mañana. La empresa no cobra nada a los candidatos. Envíe su CV a "
         "nuestro departamento de RR. HH."),
        ("Renueve su demanda de empleo",
         "Hola,\n\nRecuerde renovar su demanda de empleo antes del {date} en la sede electrónica. Tiene nuevas ofertas de técnico/a de "
         "nóminas en su zona."),
    ],
    "dating": [
        ("Tu suscripción está a punto de renovarse",
         "Tu suscripción Premium termina el {date}. Si no haces nada, se renovará un mes por {fee}. Puedes cancelarla cuando quieras en "
         "Ajustes."),
        ("¡Tienes un match!",
         "{name} y tú os habéis gustado. ¡Escribe el primer mensaje! Recuerda: chatea dentro de la aplicación; los estafadores suelen "
         "pedir pasar enseguida a WhatsApp."),
    ],
    "notary": [
        ("Donación de la vivienda: borrador de escritura",
         "Estimado/a señor/a:\n\nLe enviamos el borrador de la escritura de donación. La firma está prevista para el {date}. El impuesto "
         "de donaciones se liquida en la Consejería de Hacienda tras la firma."),
        ("Herencia: documentos pendientes",
         "Estimada señora:\n\nPara terminar la partición de la herencia de su padre nos faltan los certificados bancarios a fecha de "
         "fallecimiento y el último recibo del IBI. Puede traerlos a la notaría o enviarlos por correo postal."),
    ],
}

MORE_DE = {
    "security": [
        ("In 5 Tagen: neues Anmeldepasswort fällig",
         "Ihr Anmeldepasswort läuft in 5 Tagen ab. Wählen Sie eine Passphrase mit mindestens 14 Zeichen. Ändern Sie es nur im Intranet, "
         "nie über einen Link aus einer Mail.\n\nIhr IT-Service"),
        ("Sicherheits-Newsletter: Erpresser-Mails mit alten Passwörtern",
         "Derzeit erhalten viele Beschäftigte Mails, in denen behauptet wird, man habe sie über die Webcam gefilmt. Die Absender nutzen "
         "Passwörter aus alten Datenlecks. Nicht zahlen, die Mail an das Meldepostfach weiterleiten und das Passwort ändern."),
    ],
    "lottery": [
        ("Tombola beim Sommerfest: die Gewinner",
         "Los Nr. {ref} hat den Präsentkorb gewonnen! Abholung bis {date} im Vereinsheim. Der Erlös geht an die Jugendabteilung."),
        ("Gewinn auf Ihrem Spielkonto",
         "Hallo,\n\nIhr Tipp vom {date} hat 11,20 € gewonnen. Der Betrag steht auf Ihrem Spielkonto und kann kostenlos auf Ihr Girokonto "
         "ausgezahlt werden."),
    ],
    "bank-loan": [
        ("Mikrokredit: Ihr Beratungstermin",
         "Guten Tag,\n\nIhr Antrag auf einen Mikrokredit für Selbstständige ist eingegangen. Wir beraten Sie am {date} in der Filiale. "
         "Bitte bringen Sie Ihre letzte BWA mit. Es fallen keine Bearbeitungsgebühren an."),
        ("Änderung des Sollzinses Ihres Dispositionskredits",
         "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nab {date} sinkt der Sollzins Ihres Dispositionskredits auf 11,9 %. Sie müssen "
         "nichts tun."),
    ],
    "charity": [
        ("Spendenaktion Hochwasserhilfe: Zwischenstand",
         "Dank Ihrer Spenden sind 52.000 Euro für betroffene Familien zusammengekommen. Vorsicht vor Spendenaufrufen in sozialen "
         "Netzwerken, die unseren Namen ohne Erlaubnis nutzen."),
        ("Ihre Patenschaft: der erste Brief",
         "Danke für Ihre Patenschaft. Bald erhalten Sie einen Brief und ein Foto Ihres Patenkindes. Der monatliche Beitrag von {fee} wird "
         "per Lastschrift eingezogen."),
    ],
    "exchange": [
        ("Zugriff auf Ihr Konto aus Leipzig",
         "Ihr Konto wurde von einem neuen Gerät aus angemeldet (Leipzig, Deutschland). Waren Sie das nicht, ändern Sie Ihr Passwort und "
         "setzen Sie die Zwei-Faktor-Anmeldung zurück."),
        ("Staking-Belohnungen gutgeschrieben",
         "Ihre Staking-Belohnungen dieser Woche (0,0025 ETH) wurden gutgeschrieben. Die angezeigten Renditen sind nicht garantiert."),
    ],
    "shop": [
        ("Ihr Rezept liegt zur Abholung bereit",
         "Hallo,\n\nIhre Rezeptbestellung liegt bis {date} in der Apotheke bereit. Bitte bringen Sie Ihre Gesundheitskarte mit."),
        ("Sauerstoffkonzentrator: Wartungstermin",
         "Ihr Sanitätshaus erinnert an die jährliche Wartung Ihres Sauerstoffkonzentrators. Unser Techniker kommt am {date}. Die Kosten "
         "übernimmt Ihre Krankenkasse."),
    ],
    "courier": [
        ("Ihr Paket liegt in der Packstation",
         "Hallo,\n\nIhr Paket {code} liegt bis {date} in der Packstation bereit. Den Abholcode finden Sie in der App."),
        ("Wie war Ihre Zustellung?",
         "Ihr Paket wurde am {date} zugestellt. Bewerten Sie uns in zwei Minuten. Die Umfrage fragt keine Bankdaten ab."),
    ],
    "job": [
        ("Praktikum: Assistenz Buchhaltung",
         "Sechsmonatiges Praktikum ab Januar, Vergütung nach Mindestlohn. Wir verlangen von Bewerbenden keinerlei Zahlungen. Unterlagen "
         "bitte an die Personalabteilung."),
        ("Erinnerung der Arbeitsagentur",
         "Guten Tag,\n\nbitte reichen Sie Ihre Bewerbungsnachweise bis {date} im Onlineportal ein. Neue Stellenangebote als "
         "Lohnbuchhalter/in warten dort auf Sie."),
    ],
    "dating": [
        ("Dein Abo verlängert sich",
         "Dein Premium-Abo endet am {date}. Ohne Kündigung verlängert es sich um einen Monat für {fee}. Kündigen kannst du jederzeit in "
         "den Einstellungen."),
        ("Ihr habt ein Match!",
         "{name} und du mögt euch. Schreib die erste Nachricht! Tipp: Bleib im Chat der App, Betrüger wollen oft schnell zu WhatsApp "
         "wechseln."),
    ],
    "notary": [
        ("Schenkungsvertrag: Entwurf",
         "Sehr geehrte Damen und Herren,\n\nanbei der Entwurf des Schenkungsvertrags für das Hausgrundstück. Beurkundung am {date}. Die "
         "Notarkosten stellen wir nach der Beurkundung in Rechnung."),
        ("Erbschaftsteuererklärung: fehlende Unterlagen",
         "Sehr geehrte Frau,\n\nfür die Erbschaftsteuererklärung fehlen uns noch die Kontoauszüge zum Todestag und der letzte "
         "Grundsteuerbescheid. Bitte reichen Sie diese im Notariat ein."),
    ],
}

MORE_EN = {
    "security": [
        ("Your password expires soon",
         "Your network password expires in 5 days. Pick a passphrase of at least 14 characters. Change it on the intranet only, never "
         "through a link in an email.\n\nIT Service Desk"),
        ("Security bulletin: sextortion emails quoting old passwords",
         "Staff have been receiving emails claiming the sender filmed them through their webcam. They're sent in bulk and often quote a "
         "password from an old breach. Don't pay; forward the email to the phishing mailbox and change that password."),
    ],
    "lottery": [
        ("Summer fair raffle: the lucky tickets",
         "Ticket {ref} won the hamper in the school fair raffle! Please collect it from the office by {date}. All proceeds go to the new "
         "library."),
        ("Winnings added to your account",
         "Hi,\n\nYour ticket for {date} won £9.60, which has been added to your account. You can withdraw it to your bank at no cost."),
    ],
    "bank-loan": [
        ("Community loan: your appointment",
         "Hello,\n\nThanks for applying for a small business loan of up to £10,000. An adviser will meet you on {date}; please bring your "
         "last accounts. There's no arrangement fee."),
        ("Changes to your credit card interest rate",
         "Dear Customer,\n\nFrom {date} the purchase rate on your credit card drops to 22.9% APR, with no action needed on your part."),
    ],
    "charity": [
        ("Flood appeal: where your money is going",
         "Thanks to you we've raised £41,000 for families hit by the floods. Please be wary of online fundraisers using our name without "
         "permission."),
        ("Your sponsorship: first letter",
         "Thank you for sponsoring a child. You'll soon get a letter and a photo. Your monthly gift of {fee} will show on your statement "
         "under our name."),
    ],
    "exchange": [
        ("Sign-in from a device we don't recognise",
         "Your account was accessed from a new device (Manchester, UK). If that wasn't you, change your password and reset two-step "
         "verification."),
        ("Staking rewards paid",
         "This week's staking rewards (0.0029 ETH) have been paid to your wallet. Rates shown are estimates and may change."),
    ],
    "shop": [
        ("Prescription order ready at the counter",
         "Hi,\n\nYou can collect your prescription order until {date}; bring photo ID with you."),
        ("Oxygen concentrator service visit",
         "Your home oxygen provider will visit on {date} for the annual service of your concentrator. There's no charge for this visit."),
    ],
    "courier": [
        ("Your parcel is waiting at a pickup point",
         "Hi,\n\nParcel {code} is at your chosen pickup point until {date}. Show the collection code from the app and your ID."),
        ("How was your delivery?",
         "Your parcel was delivered on {date}. Tell us how we did in two minutes. The survey never asks for card details."),
    ],
    "job": [
        ("Internship: Accounts Assistant",
         "Six-month paid internship from January. We never ask candidates for money. Send your CV to our People Team."),
        ("Your jobseeker account",
         "Hello,\n\nPlease update your work search record by {date} in your online account. New payroll roles near you have been posted."),
    ],
    "dating": [
        ("Your subscription is about to renew",
         "Your Premium plan ends on {date}. If you do nothing it renews for a month at {fee}. Cancel anytime in Settings."),
        ("It's a match!",
         "You and {name} like each other. Say hi! Tip: keep chatting in the app; scammers often push to move to WhatsApp fast."),
    ],
    "notary": [
        ("Deed of gift: draft for review",
         "Dear Sir or Madam,\n\nPlease find the draft deed of gift for the house. Completion is set for {date}. Our invoice will follow "
         "completion."),
        ("Estate accounts: documents still needed",
         "Dear Madam,\n\nTo finalise your father's estate accounts we still need the bank statements at the date of death and the last "
         "council tax bill. Please drop them at our office or post them."),
    ],
}

MORE_RU = {
    "security": [
        ("Через 5 дней потребуется новый пароль",
         "Срок действия вашего пароля истекает через 5 дней. Придумайте фразу не короче 14 символов. Менять пароль можно только на "
         "внутреннем портале, а не по ссылке из письма.\n\nСлужба ИТ"),
        ("Рассылка по безопасности: письма-шантаж со старыми паролями",
         "Сотрудники получают письма, где утверждается, что их сняли через веб-камеру. Это массовая рассылка, часто со старым паролем из "
         "утечки. Не платите, перешлите письмо на адрес для инцидентов и смените этот пароль."),
    ],
    "lottery": [
        ("Победители беспроигрышной лотереи на ярмарке",
         "Билет № {ref} выиграл корзину с продуктами! Забрать приз можно в актовом зале школы до {date}. Все деньги пойдут на ремонт "
         "спортзала."),
        ("Выигрыш зачислен на ваш счёт",
         "Здравствуйте!\n\nВаш билет тиража {date} выиграл 450 рублей. Сумма зачислена на игровой счёт, вывести её на карту можно без "
         "комиссии."),
    ],
    "bank-loan": [
        ("Микрозайм для ИП: запись на встречу",
         "Здравствуйте!\n\nВаша заявка на микрозайм для предпринимателей рассмотрена. Ждём вас в офисе {date}, возьмите выписку по "
         "расчётному счёту. Комиссия за рассмотрение не взимается."),
        ("Изменение ставки по кредитной карте",
         "Уважаемый клиент!\n\nС {date} ставка по вашей кредитной карте снижается до 29,9% годовых. Никаких действий не требуется."),
    ],
    "charity": [
        ("Сбор для погорельцев: промежуточный итог",
         "Благодаря вам собрано 640 000 рублей для семей, пострадавших от пожара. Осторожно: в соцсетях появились сборы от нашего имени "
         "без нашего согласия."),
        ("Ваша опека: первое письмо",
         "Спасибо, что стали опекуном. Скоро вы получите письмо и фото подопечного. Ежемесячный платёж {fee} будет списываться с пометкой "
         "фонда."),
    ],
    "exchange": [
        ("Новый вход в аккаунт",
         "Выполнен вход в ваш аккаунт с нового устройства (Новосибирск). Если это были не вы, смените пароль и сбросьте двухфакторную "
         "аутентификацию."),
        ("Начислено вознаграждение за стейкинг",
         "Вознаграждение за стейкинг за неделю (0,0027 ETH) зачислено на ваш кошелёк. Доходность не гарантируется."),
    ],
    "shop": [
        ("Ваш заказ по рецепту готов",
         "Здравствуйте!\n\nВаш заказ по рецепту можно забрать в аптеке до {date}. Не забудьте рецепт и паспорт."),
        ("Сервисное обслуживание кислородного концентратора",
         "Напоминаем о ежегодном обслуживании кислородного концентратора. Мастер приедет {date}, визит бесплатный."),
    ],
    "courier": [
        ("Посылка ждёт вас в пункте выдачи",
         "Здравствуйте!\n\nПосылка {code} ждёт вас в пункте выдачи до {date}. Назовите код из приложения и покажите паспорт."),
        ("Оцените доставку",
         "Ваша посылка доставлена {date}. Оцените нашу работу за две минуты. В опросе мы не спрашиваем данные карты."),
    ],
    "job": [
        ("Стажировка: помощник бухгалтера",
         "Оплачиваемая стажировка на 6 месяцев с января. Мы не берём денег с кандидатов. Резюме присылайте в отдел кадров."),
        ("Центр занятости: подтвердите статус",
         "Здравствуйте!\n\nПодтвердите статус ищущего работу до {date} на портале «Работа России». Для вас есть новые вакансии бухгалтера "
         "по зарплате."),
    ],
    "dating": [
        ("Подписка скоро продлится",
         "Ваша подписка Premium заканчивается {date}. Если ничего не делать, она продлится на месяц за {fee}. Отменить можно в "
         "настройках."),
        ("У вас взаимная симпатия!",
         "Вы и {name} понравились друг другу. Напишите первым! Совет: общайтесь в приложении, мошенники часто зовут сразу в мессенджер."),
    ],
    "notary": [
        ("Договор дарения: проект",
         "Уважаемый клиент!\n\nНаправляем проект договора дарения квартиры. Подписание назначено на {date}. Тариф нотариуса оплачивается "
         "при подписании."),
        ("Наследственное дело: не хватает документов",
         "Уважаемая госпожа!\n\nДля выдачи свидетельства о праве на наследство не хватает выписки из банка на дату смерти и справки о "
         "кадастровой стоимости. Принесите их в контору."),
    ],
}

MORE_TR = {
    "security": [
        ("5 gün sonra yeni oturum şifresi gerekecek",
         "Oturum şifrenizin süresi 5 gün içinde doluyor. En az 14 karakterli bir parola cümlesi seçin. Şifreyi yalnızca intranetten "
         "değiştirin, e-postadaki bağlantılardan değil.\n\nBT Destek"),
        ("Güvenlik bülteni: eski şifreyle gelen şantaj e-postaları",
         "Çalışanlarımıza kamerayla kaydedildiklerini iddia eden e-postalar geliyor. Toplu gönderilir ve çoğu zaman eski bir sızıntıdaki "
         "şifreyi içerir. Ödeme yapmayın, e-postayı olay bildirme adresine iletin ve o şifreyi değiştirin."),
    ],
    "lottery": [
        ("Okul kermesi çekiliş sonuçları",
         "{ref} numaralı bilet hediye sepetini kazandı! Ödülünüzü {date} tarihine kadar okul müdürlüğünden alabilirsiniz. Gelir "
         "kütüphaneye harcanacak."),
        ("İkramiyeniz hesabınıza yüklendi",
         "Merhaba,\n\n{date} tarihli kuponunuz 75 TL kazandı. Tutar oyun hesabınıza yüklendi; banka hesabınıza ücretsiz aktarabilirsiniz."),
    ],
    "bank-loan": [
        ("Esnaf kredisi: randevunuz",
         "Merhaba,\n\nEsnaf kredisi başvurunuz değerlendirmede. {date} tarihinde şubemizde görüşmek üzere; son vergi levhanızı getirin. "
         "Dosya masrafı alınmaz."),
        ("Kredi kartı faiz oranı değişikliği",
         "Sayın müşterimiz,\n\n{date} itibarıyla kredi kartı akdi faiz oranınız düşürülmüştür. Herhangi bir işlem yapmanız gerekmez."),
    ],
    "charity": [
        ("Deprem yardım kampanyası: son durum",
         "Bağışlarınızla depremzede aileler için 1,2 milyon TL toplandı. Adımızı izinsiz kullanan sosyal medya kampanyalarına dikkat "
         "edin."),
        ("Kardeş aile programı: ilk mektup",
         "Destekçimiz olduğunuz için teşekkürler. Yakında desteklediğiniz çocuktan bir mektup alacaksınız. Aylık {fee} bağışınız vakfımız "
         "adıyla çekilecek."),
    ],
    "exchange": [
        ("Hesabınıza yeni giriş",
         "Hesabınıza yeni bir cihazdan (İzmir) giriş yapıldı. Siz değilseniz şifrenizi değiştirin ve iki adımlı doğrulamayı sıfırlayın."),
        ("Staking ödülleriniz yatırıldı",
         "Bu haftaki staking ödülleriniz (0,0026 ETH) cüzdanınıza yatırıldı. Gösterilen getiriler garanti değildir."),
    ],
    "shop": [
        ("Reçeteli siparişiniz hazır",
         "Merhaba,\n\nReçeteli siparişinizi {date} tarihine kadar eczaneden alabilirsiniz. Kimliğinizi getirmeyi unutmayın."),
        ("Oksijen konsantratörü bakım ziyareti",
         "Oksijen konsantratörünüzün yıllık bakımı için teknisyenimiz {date} tarihinde gelecek. Ziyaret ücretsizdir."),
    ],
    "courier": [
        ("Kargonuz teslim noktasında",
         "Merhaba,\n\n{code} numaralı kargonuz {date} tarihine kadar teslim noktasında bekliyor. Uygulamadaki kodu ve kimliğinizi "
         "gösterin."),
        ("Teslimatınızı değerlendirin",
         "Kargonuz {date} tarihinde teslim edildi. İki dakikada bizi değerlendirin. Ankette kart bilgisi istenmez."),
    ],
    "job": [
        ("Staj ilanı: muhasebe asistanı",
         "Ocak ayından itibaren 6 aylık ücretli staj. Adaylardan hiçbir ücret istemiyoruz. Özgeçmişinizi İnsan Kaynaklarına gönderin."),
        ("İŞKUR: iş arama kaydınızı güncelleyin",
         "Merhaba,\n\nİş arama kaydınızı {date} tarihine kadar güncelleyin. Bölgenizde yeni bordro uzmanı ilanları var."),
    ],
    "dating": [
        ("Aboneliğiniz yenilenecek",
         "Premium aboneliğiniz {date} tarihinde bitiyor. İşlem yapmazsanız {fee} karşılığında bir ay yenilenir. Ayarlardan istediğiniz "
         "zaman iptal edebilirsiniz."),
        ("Eşleştiniz!",
         "{name} ile birbirinizi beğendiniz. İlk mesajı siz yazın! İpucu: sohbeti uygulamada sürdürün; dolandırıcılar hemen WhatsApp'a "
         "geçmek ister."),
    ],
    "notary": [
        ("Bağış sözleşmesi taslağı",
         "Sayın ilgili,\n\nDaireye ilişkin bağış sözleşmesi taslağı ektedir. İmza {date} tarihinde yapılacaktır. Noter ücreti imza "
         "sırasında ödenir."),
        ("Veraset işlemleri: eksik belgeler",
         "Sayın ilgili,\n\nVeraset işlemleri için vefat tarihli banka dökümleri ve son emlak vergisi makbuzu eksiktir. Lütfen "
         "noterliğimize getiriniz."),
    ],
}

MORE = {"fr": MORE_FR, "es": MORE_ES, "de": MORE_DE, "en": MORE_EN, "ru": MORE_RU, "tr": MORE_TR}
