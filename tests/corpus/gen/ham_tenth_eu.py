"""Round 11's tenth batch: French, Spanish and Russian posts of the non-technical lists (see ham_tenth.py): a
genealogy circle, a housing co-operative and an aid NGO in French; a parish with its Caritas, a credit co-operative
and an aid NGO in Spanish; a radio club, a genealogy list and volunteers in Russian. Each topic is (subject, post,
reply, reply). Written blind; every list splits by index (even dev, odd held-out)."""

SHARED = {
    "fr": {
        "sig": ["Bien cordialement,\n{me}", "Amitiés,\n{me}", "Bonne journée à tous\n{me}", "Merci d'avance,\n{me}"],
        "warn": ["Attention, plusieurs membres ont reçu le message ci-dessous. C'est une arnaque, ne répondez pas.",
                 "Je transmets pour que les nouveaux sachent à quoi ça ressemble. À supprimer sans répondre."],
        "warn_subj": ["Alerte arnaque, à lire", "Attention : faux courriels d'héritage"],
        "warn_reply": ["Merci, je l'ai reçu aussi et je l'ai signalé sur la plateforme officielle.",
                       "Bien vu, ma banque dit qu'elle en voit des dizaines par semaine."],
        "ask": ["Quelqu'un sait-il si c'est sérieux ? Le nom de mon grand-père y figure, d'où mon hésitation.",
                "Est-ce une arnaque ? Ma mère a reçu ce message et ne sait pas quoi faire."],
        "ask_subj": ["Est-ce authentique ?", "Courriel bizarre au sujet d'un héritage"],
        "ask_reply": ["C'est une escroquerie, hélas. Un vrai notaire écrit par courrier et ne demande pas vos coordonnées ainsi.",
                      "Ne répondez surtout pas, même pour dire non : cela confirme que l'adresse fonctionne."],
    },
    "es": {
        "sig": ["Un saludo,\n{me}", "Saludos cordiales,\n{me}", "Gracias a todos\n{me}", "Un abrazo,\n{me}"],
        "warn": ["Atención: varios socios han recibido el mensaje de abajo. Es una estafa, no respondáis.",
                 "Lo reenvío para que los nuevos sepan cómo son estos correos. Borradlo sin contestar."],
        "warn_subj": ["Aviso de estafa, leed por favor", "Cuidado: correos falsos de herencias"],
        "warn_reply": ["Gracias, a mí también me llegó y lo denuncié a la policía.",
                       "Bien visto, en mi banco dicen que reciben decenas cada semana."],
        "ask": ["¿Alguien sabe si esto es verdad? Sale el apellido de mi abuelo y por eso dudo.",
                "¿Es una estafa? Mi madre recibió este mensaje y no sabe qué hacer."],
        "ask_subj": ["¿Es auténtico?", "Correo raro sobre una herencia"],
        "ask_reply": ["Es una estafa, lo siento. Un notario de verdad escribe por carta y no pide sus datos así.",
                      "No contestes, ni siquiera para decir que no: eso confirma que la dirección funciona."],
    },
    "ru": {
        "sig": ["С уважением,\n{me}", "Всего доброго,\n{me}", "Спасибо всем\n{me}", "73!\n{me}"],
        "warn": ["Внимание: несколько участников получили письмо ниже. Это мошенничество, не отвечайте.",
                 "Пересылаю, чтобы новые участники знали, как выглядят такие письма. Удаляйте не отвечая."],
        "warn_subj": ["Осторожно, мошенники", "Внимание: фальшивые письма о наследстве"],
        "warn_reply": ["Спасибо, мне тоже пришло, я сообщил в банк.",
                       "Хорошо, что предупредили, моя мама чуть не ответила."],
        "ask": ["Кто-нибудь знает, это правда? Там фамилия моего деда, поэтому я сомневаюсь.",
                "Это развод? Маме пришло такое письмо, она не знает, что делать."],
        "ask_subj": ["Это настоящее письмо?", "Странное письмо о наследстве"],
        "ask_reply": ["К сожалению, это мошенники. Настоящий нотариус пишет по почте и не спрашивает данные так.",
                      "Не отвечайте даже отказом: так они узнают, что адрес работает."],
    },
}

HAM = {
    "fr": {
        "genealogy": {"topic": [
            ("Recherche descendants Le Gall, Quimper",
             "Je recherche les descendants de Jean-Marie Le Gall, né vers {year} à Quimper, cultivateur. La succession de 1921 "
             "mentionne une veuve et six enfants, dont deux fils partis au Canada.\n\nSi quelqu'un est apparenté, je partage "
             "volontiers l'acte de notoriété.",
             "Un Le Gall apparaît dans mes relevés à Montréal en 1912. Je vous envoie la fiche en privé.",
             "Pensez aux tables de successions et absences aux archives départementales, elles donnent les héritiers."),
            ("Dossier militaire de {man}, 1914-1918",
             "Comment obtenir la fiche matricule de mon arrière-grand-père, blessé en 1916 ? La famille dit qu'il touchait une "
             "petite pension.\n\nJ'ai sa date de naissance et sa classe.",
             "Les registres matricules sont en ligne sur le site des archives départementales, par classe et bureau de recrutement.",
             "Le dossier de pension est parfois conservé séparément, à demander au service historique."),
            ("Testament olographe de {year} retrouvé",
             "En rangeant la maison de ma tante, nous avons trouvé le testament olographe de son grand-père, daté de {year}. Il "
             "lègue la ferme à l'aîné et une somme à chacune des filles.\n\nQuelqu'un saurait-il lire l'écriture de la ligne sur "
             "l'usufruit de la veuve ?",
             "On lit : « Mon épouse conservera l'usufruit de la maison sa vie durant. »",
             "Belle trouvaille. Le notaire de l'époque a peut-être gardé l'inventaire après décès."),
            ("Ancêtre marin disparu en mer",
             "Mon arrière-grand-oncle {man}, marin à Douarnenez, a disparu en mer vers {year}. La famille n'a jamais reçu "
             "d'acte de décès.\n\nOù chercher le jugement déclaratif de décès ?",
             "Au tribunal de l'époque, transcrit ensuite sur le registre d'état civil de la commune.",
             "Les rôles d'équipage aux archives de la marine indiquent souvent le naufrage."),
        ]},
        "co-op": {"topic": [
            ("Assemblée générale et taux d'intérêt des parts",
             "Le conseil propose de rémunérer les parts sociales à 1,5 % cette année. Chaque membre dispose d'une voix, quel que "
             "soit le nombre de parts.\n\nLa convocation suivra par courrier.",
             "Merci. Le vote par correspondance sera-t-il possible ?",
             "Pourriez-vous expliquer le prêt bancaire pour la rénovation à l'AG ?"),
            ("Parts sociales et succession",
             "Un membre a demandé ce que deviennent les parts en cas de décès. Selon les statuts, elles reviennent aux héritiers "
             "et sont remboursées après l'assemblée.\n\nLe notaire doit nous transmettre l'acte de notoriété.",
             "Merci, c'est justement le cas pour ma tante.",
             "Un héritier peut-il devenir membre à son tour ?"),
            ("Prêt bancaire pour la rénovation",
             "Le conseil a négocié un prêt de {amount} sur quinze ans à 2,8 % pour l'isolation. Les loyers ne changent pas.\n\n"
             "Les détails seront présentés à l'assemblée.",
             "Merci pour la transparence. Y a-t-il des aides publiques ?",
             "Bonne nouvelle pour les factures de chauffage."),
            ("Tombola de la fête des voisins",
             "La tombola de la fête des voisins a rapporté {amount} pour le jardin partagé. Le gros lot, un vélo, a été gagné "
             "par le billet {n}.\n\nMerci aux commerçants du quartier pour les lots.",
             "Bravo à tous, c'était une belle fête.",
             "Le gagnant peut récupérer le vélo chez le gardien."),
        ]},
        "aid-ngo": {"topic": [
            ("Rapport de mission : puits au Sahel",
             "Notre équipe a terminé le troisième puits. Le comité du village a créé une caisse d'entretien. Merci aux donateurs "
             "dont les dons de {amount} ont rendu cela possible.\n\nLes photos sont sur le drive.",
             "Superbe travail. Peut-on avoir les analyses d'eau pour le rapport ?",
             "La caisse est-elle tenue en espèces ou sur un compte ?"),
            ("Rappel : nous ne demandons jamais d'argent aux bénéficiaires",
             "Des messages circulent au nom de notre association, promettant une aide contre des « frais d'inscription ». Toute "
             "notre aide est gratuite.\n\nMerci de le rappeler sur le terrain.",
             "Merci, je mets des affiches en trois langues.",
             "Faut-il prévenir la gendarmerie locale ?"),
            ("Enregistrement à l'ambassade avant le départ",
             "Toutes les personnes qui partent le mois prochain doivent s'enregistrer auprès de leur ambassade et envoyer les "
             "coordonnées de leur personne à prévenir aux ressources humaines.\n\nElles ne servent qu'en cas d'urgence.",
             "C'est fait. Valable aussi pour les binationaux ?",
             "Y a-t-il un formulaire type ?"),
            ("Un legs finance le nouveau dispensaire",
             "Le nouveau dispensaire a été financé par le legs d'une donatrice décédée l'an dernier. Son testament demandait que "
             "l'argent serve aux mères et aux bébés.\n\nSa nièce viendra à l'inauguration.",
             "Quelle belle manière de laisser une trace.",
             "Merci de transmettre notre reconnaissance à sa famille."),
        ]},
    },
    "es": {
        "parish": {"topic": [
            ("Colecta de Cáritas: gracias y resultado",
             "Queridos feligreses, gracias por vuestra generosidad en la colecta de Cáritas. Se recaudaron {amount} para el banco "
             "de alimentos y el comedor social.\n\nLos certificados de donación se piden en el despacho parroquial.",
             "¡Qué bien! ¿Qué necesita más el banco de alimentos en diciembre?",
             "Gracias a los catequistas por la venta de dulces."),
            ("Legado para la parroquia",
             "La difunta {woman}, feligresa durante cincuenta años, dejó en su testamento un legado de {amount} para arreglar el "
             "tejado.\n\nEl domingo la recordaremos en la misa de las doce.",
             "Qué generosidad. Fue mi catequista.",
             "Quizá una pequeña placa en la entrada."),
            ("Grupo de duelo para viudas y viudos",
             "El grupo de duelo vuelve a reunirse el primer martes de cada mes en el salón parroquial. Está abierto a todos los "
             "que han perdido a un ser querido.\n\nNadie tiene que hablar si no quiere.",
             "Fui el año pasado tras morir mi marido y me ayudó mucho.",
             "¿Podemos organizar quien lleve en coche a las viudas mayores?"),
            ("Rifa de Navidad: premios",
             "Buscamos premios para la rifa de Navidad: cestas, vales, cosas nuevas. Las papeletas cuestan un euro y el sorteo "
             "es después del concierto.\n\nTodo lo recaudado va a Cáritas.",
             "Yo dono una cesta, y la peluquería de la plaza un vale.",
             "¿Hay que pedir permiso para la rifa?"),
        ]},
        "co-op": {"topic": [
            ("Aviso: falsas ofertas de préstamo con nuestro nombre",
             "Nos avisan de correos que ofrecen préstamos al 2 % en nombre de la cooperativa, a cambio de una comisión previa. No "
             "somos nosotros.\n\nNunca pedimos comisiones por correo ni su PIN.",
             "Gracias, a mi padre le llegó uno la semana pasada.",
             "¿Podéis ponerlo también en la web?"),
            ("Asamblea general e intereses",
             "El consejo rector propone un interés del 1,5 % para las aportaciones al capital. Cada socio tiene un voto.\n\nLa "
             "convocatoria llegará por correo.",
             "¿Habrá voto por correo?",
             "Gracias por el resumen tan claro."),
            ("Beneficiario de los ahorros",
             "Recordamos que los socios pueden designar un beneficiario para sus ahorros en caso de fallecimiento. El formulario "
             "está en la oficina.\n\nAhorra muchos trámites a la familia.",
             "No lo sabía. ¿Sustituye al testamento?",
             "Muy útil, lo de mi tía tardó meses."),
            ("Taller de presupuesto para socios endeudados",
             "Organizamos un taller gratuito para socios con deudas: cómo agrupar préstamos caros, atrasos y cómo evitar a los "
             "usureros.\n\nPlazas limitadas a {n}.",
             "Hace mucha falta en el barrio.",
             "¿Podría ser por la tarde para los que trabajan?"),
        ]},
        "aid-ngo": {"topic": [
            ("Informe del proyecto de agua",
             "El equipo terminó el tercer pozo. El comité del pueblo ha creado un fondo para reparaciones. Gracias a los donantes, "
             "cuyos {amount} lo hicieron posible.\n\nLas fotos están en la carpeta compartida.",
             "¡Enhorabuena! ¿Tenemos los análisis del agua?",
             "¿El fondo se guarda en efectivo o en una cuenta?"),
            ("Registro en la embajada y familiar de contacto",
             "Todos los que viajan el mes que viene deben registrarse en su embajada y enviar los datos de su familiar más cercano "
             "a recursos humanos.\n\nSolo se usarán en una emergencia.",
             "Hecho. ¿Vale también para doble nacionalidad?",
             "¿Hay un formulario para esto?"),
            ("Recordatorio: nunca pedimos dinero a los beneficiarios",
             "Una voluntaria nos avisa de mensajes en nombre de la organización que prometen ayudas a cambio de una «tasa de "
             "inscripción». Toda nuestra ayuda es gratuita.\n\nPor favor, recordadlo en el terreno.",
             "Gracias, pondré carteles en tres idiomas.",
             "¿Avisamos a la policía local?"),
            ("Compensación por accidentes de voluntarios",
             "Los voluntarios están cubiertos por nuestro seguro en caso de accidente, incluida la compensación por ingresos "
             "perdidos. Las solicitudes van a recursos humanos.\n\nGuardad todos los recibos.",
             "¿Cubre también el viaje?",
             "Gracias por aclararlo."),
        ]},
    },
    "ru": {
        "club": {"topic": [
            ("Розыгрыш призов на слёте",
             "Спасибо всем, кто купил билеты лотереи на слёте. Главный приз, трансивер, выиграл билет номер {n}. Второй приз, "
             "антенный анализатор, получает {person}.\n\nПризы можно забрать в клубе во вторник.",
             "Поздравляю победителей! Слёт получился отличный.",
             "Сколько собрали для клуба в итоге?"),
            ("Светлая память: {man}",
             "С прискорбием сообщаем, что ушёл из жизни {man}, член клуба с 1970 года. Семья попросила клуб помочь продать "
             "его аппаратуру, деньги пойдут вдове.\n\nПрощание в пятницу.",
             "Прекрасный был оператор и человек. Буду в пятницу.",
             "Готов помочь с оценкой аппаратуры, чтобы семья получила честную цену."),
            ("Взносы и новый счёт клуба",
             "Пора оплатить ежегодные взносы. Сумма прежняя, {amount}. Реквизиты нового счёта клуба у казначея.\n\nНаличными "
             "можно сдать на встрече во вторник.",
             "Оплатил сегодня. Чек пришлёте?",
             "Можно ли сделать автоплатёж?"),
            ("Займ клуба на первый трансивер",
             "Правление предлагает беспроцентный займ до {amount} новым членам клуба на покупку первого трансивера, с возвратом "
             "в течение года.\n\nОбсудим на общем собрании.",
             "Отличная идея, мне бы это очень помогло в студенчестве.",
             "Что будет, если человек уйдёт из клуба, не вернув займ?"),
        ]},
        "genealogy": {"topic": [
            ("Ищу потомков Павловых из Твери",
             "Ищу потомков Ивана Павлова, родился около {year} года в Тверской губернии. По завещанию у него было пятеро детей, "
             "двое сыновей пропали после войны.\n\nЕсли кто-то родственник, поделюсь документами.",
             "У меня в архиве есть Павлов из того уезда, пришлю выписку.",
             "Посмотрите базы данных о погибших и пропавших без вести, там часто указаны ближайшие родственники."),
            ("Военный архив: запрос о прадеде: {man}",
             "Кто-нибудь делал запрос в военный архив о службе прадеда? Он числился пропавшим без вести в 1943 году.\n\nСколько "
             "примерно ждать ответа?",
             "Мне ответили через полгода, с копиями наградных документов.",
             "Сначала проверьте открытые базы, многое уже оцифровано."),
            ("Завещание прадеда в областном архиве",
             "Нашёл в архиве завещание прадеда от {year} года. Дом он оставил старшему сыну, дочерям по небольшой сумме.\n\n"
             "Кто поможет разобрать строчку о вдове?",
             "Там написано: «Жене моей право жить в доме до кончины».",
             "Посмотрите ещё опись имущества, она часто лежит рядом."),
            ("Эмигрант и письмо из посольства",
             "Брат деда эмигрировал в Канаду. После его смерти семья получила письмо из посольства о наследстве. В каком архиве "
             "искать такую переписку?\n\nХочу узнать, остались ли у него дети.",
             "Консульская переписка частично в архиве МИД, доступ по запросу.",
             "Канадские некрологи обычно перечисляют всех детей и вдову."),
        ]},
        "aid-ngo": {"topic": [
            ("Отчёт о сборе помощи",
             "Спасибо всем, кто участвовал в сборе. Мы собрали {amount} на лекарства и продукты для пожилых. Отчёт с чеками "
             "выложен в общей папке.\n\nСледующая раздача в субботу.",
             "Отлично! Нужны ли ещё водители в субботу?",
             "Спасибо за прозрачный отчёт."),
            ("Напоминание: мы никогда не просим денег у подопечных",
             "Нам сообщили, что от имени фонда рассылают сообщения с обещанием выплат за «регистрационный взнос». Вся наша помощь "
             "бесплатна.\n\nПожалуйста, предупредите подопечных.",
             "Спасибо, повешу объявление в подъезде.",
             "Нужно ли сообщить в полицию?"),
            ("Регистрация в посольстве и контакт родственника",
             "Все, кто едет в следующем месяце, должны встать на учёт в посольстве и прислать контакты ближайшего родственника.\n\n"
             "Они нужны только на случай чрезвычайной ситуации.",
             "Сделано. Для двойного гражданства тоже?",
             "Есть ли шаблон анкеты?"),
            ("Пожертвование по завещанию",
             "Новый пункт помощи открыт на средства, которые наша давняя сторонница оставила фонду по завещанию. Она просила "
             "помогать пожилым одиноким людям.\n\nЕё племянница придёт на открытие.",
             "Какая светлая память.",
             "Передайте, пожалуйста, благодарность её семье."),
        ]},
    },
}
