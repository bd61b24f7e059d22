"""Round 11's tenth batch: French, Spanish and Russian scam letters that read as machine translations of the
English ones (see scam_tenth.py for the frame and the placeholders). Written blind by a non-native author on
purpose rough: literal word order, "le fond" for the fund, "pariente más cercano", "ближайший родственник".
Every list splits by index: even dev, odd held-out; one story per half and family."""

SHARED = {
    "fr": {
        "greet": ["Cher ami,", "Attention Monsieur/Madame,", "Bonjour cher,", "Salutations à vous et votre famille,"],
        "attn": ["ATTN: LE BÉNÉFICIAIRE\nRÉF: {ref}", "À L'ATTENTION: DIRECTEUR\nSTRICTEMENT PRIVÉ ET CONFIDENTIEL"],
        "secret": ["Je vous prie de garder cette affaire pour vous seul jusqu'à le fond est dans votre compte.",
                   "Notez que cette transaction est 100% sans risque et légale, tout ce que j'ai besoin est votre honnête coopération."],
        "ask": ["Veuillez me répondre avec votre nom complet, adresse, numéro de téléphone et profession pour plus de détails.",
                "Si vous êtes intéressé, répondez moi urgemment par mon email privé {email}."],
        "form": ["Remplir les informations suivantes:\n1. Nom complet:\n2. Adresse:\n3. Téléphone:\n4. Profession:\n5. Âge:",
                 "Envoyez les détails ci-dessous à {email}:\n(a) Vos noms complets\n(b) Votre adresse\n(c) Numéro direct\n(d) Votre métier"],
        "teaser": ["J'ai une affaire très importante et confidentielle à discuter avec vous, répondez pour plus de détails.",
                   "Avez-vous reçu ma lettre précédente? J'ai quelque chose de grand bénéfice pour nous deux. Répondez urgemment."],
        "close": ["Que Dieu vous bénisse pendant que vous répondez.", "J'attends votre réponse urgente."],
        "sign": ["Vôtre fidèlement,", "Sincèrement vôtre,"],
    },
    "es": {
        "greet": ["Querido amigo,", "Atención Señor/Señora,", "Hola querido,", "Saludos a usted y su familia,"],
        "attn": ["ATENCIÓN: EL BENEFICIARIO\nREF: {ref}", "A LA ATENCIÓN: PRESIDENTE\nESTRICTAMENTE PRIVADO Y CONFIDENCIAL"],
        "secret": ["Por favor quiero que usted mantenga este asunto para usted solo hasta que el fondo está en su cuenta.",
                   "Tenga en cuenta que esta transacción es 100% libre de riesgo y legal, todo lo que necesito es su cooperación honesta."],
        "ask": ["Amablemente respóndame con su nombre completo, dirección, número de teléfono y ocupación para más detalles.",
                "Si usted está interesado, respóndame urgentemente a través de mi correo privado {email}."],
        "form": ["Rellene la siguiente información:\n1. Nombre completo:\n2. Dirección:\n3. Teléfono:\n4. Ocupación:\n5. Edad:",
                 "Envíe los detalles abajo a {email}:\n(a) Sus nombres completos\n(b) Su dirección\n(c) Teléfono directo\n(d) Su profesión"],
        "teaser": ["Tengo un asunto muy importante y confidencial para discutir con usted, responda para más detalles.",
                   "¿Ha recibido mi carta anterior? Tengo algo de gran beneficio para ambos. Responda urgentemente."],
        "close": ["Que Dios le bendiga mientras usted responde.", "Espero su respuesta urgente."],
        "sign": ["Suyo fielmente,", "Sinceramente suyo,"],
    },
    "ru": {
        "greet": ["Дорогой друг,", "Внимание Господин/Госпожа,", "Здравствуйте дорогой,", "Приветствую вас и вашу семью,"],
        "attn": ["ВНИМАНИЕ: БЕНЕФИЦИАР\nССЫЛКА: {ref}", "ВНИМАНИЮ: ПРЕЗИДЕНТ/ДИРЕКТОР\nСТРОГО ЧАСТНО И КОНФИДЕНЦИАЛЬНО"],
        "secret": ["Пожалуйста, я хочу, чтобы вы держали этот вопрос только для себя пока фонд не будет на вашем счете.",
                   "Обратите внимание что эта сделка есть 100% без риска и законная, все что мне нужно это ваше честное сотрудничество."],
        "ask": ["Пожалуйста ответьте мне с вашим полным именем, адресом, номером телефона и профессией для более подробностей.",
                "Если вы заинтересованы, ответьте мне срочно через мою частную почту {email}."],
        "form": ["Заполните следующую информацию:\n1. Полное имя:\n2. Адрес:\n3. Телефон:\n4. Профессия:\n5. Возраст:",
                 "Отправьте детали ниже на {email}:\n(а) Ваши полные имена\n(б) Ваш адрес\n(в) Прямой телефон\n(г) Ваша работа"],
        "teaser": ["У меня есть очень важное и конфиденциальное дело для обсуждения с вами, ответьте для подробностей.",
                   "Вы получили мое предыдущее письмо? У меня есть что-то большой пользы для нас обоих. Ответьте срочно."],
        "close": ["Да благословит вас Бог когда вы ответите.", "Я жду вашего срочного ответа."],
        "sign": ["Ваш верно,", "Искренне ваш,"],
    },
}

SCAM = {
    "fr": {
        "advance-fee": {
            "subj": ["PROPOSITION D'AFFAIRE URGENTE", "Très urgent et confidentiel"],
            "story": [
                ("bank-insider",
                 "Je suis {sender}, le Directeur des Opérations Étrangères d'une banque réputée ici à Lomé. Dans mon département j'ai "
                 "découvert une somme abandonnée de {amount} dans un compte appartenir à un client étranger qui est mort avec toute "
                 "sa famille dans un accident d'avion.\n\nPersonne n'est venu pour la réclamation. J'ai décidé de vous contacter pour "
                 "que la banque libère l'argent à vous comme le partenaire du défunt.",
                 "Directeur des Opérations Étrangères"),
                ("diplomat",
                 "Je suis {sender}, un diplomate attaché au Ministère des Affaires Étrangères. Je suis à l'aéroport avec une boîte "
                 "de consignation enregistrée à votre nom comme le bénéficiaire, la boîte contient de l'argent liquide emballé comme "
                 "objets de valeur de famille.\n\nLes douaniers demandent le certificat de dédouanement. Veuillez reconfirmer votre "
                 "adresse de livraison.",
                 "Agent Diplomatique"),
                ("military",
                 "Je suis le Capitaine {sender}, en service dans une base militaire en Syrie. J'ai avec moi une somme d'argent que j'ai "
                 "économisée de l'argent du pétrole récupéré pendant une mission.\n\nJe veux que vous le recevez pour moi jusqu'à ma "
                 "fin de mission. Un agent de la Croix Rouge enverra la boîte à vous comme colis humanitaire.",
                 "Capitaine, Mission de Paix"),
                ("over-invoicing",
                 "Nous sommes un groupe de hauts fonctionnaires du Ministère des Mines. Un contrat de fourniture de matériel de forage "
                 "a été surfacturé par notre comité et le surplus est prêt pour paiement à un contractant étranger.\n\nVotre part sera "
                 "30% de la somme totale.",
                 "Directeur des Projets"),
            ],
        },
        "inheritance": {
            "subj": ["PLUS PROCHE PARENT", "Héritage non réclamé"],
            "story": [
                ("next-of-kin",
                 "Je suis Avocat {sender}, l'avocat personnel de feu Ing. Robert, un ressortissant de votre pays. Le {date} mon client, "
                 "sa femme et leur fille unique ont eu un accident de voiture et tous ont perdu la vie.\n\nJ'ai fait plusieurs "
                 "demandes à votre ambassade pour trouver un parent mais sans succès. Je vous contacte parce que vous portez le même "
                 "nom de famille avec mon défunt client.",
                 "Associé Principal, Cabinet Okoro"),
                ("deceased-client",
                 "Permettez moi de vous informer de mon désir d'entrer en relation d'affaire avec vous. Je suis {sender}, le "
                 "gestionnaire de compte d'un client décédé sans testament, sans femme, sans enfant et sans parent pour hériter.\n\n"
                 "Son fond reste dans notre banque depuis sa mort. Je peux vous présenter comme le bénéficiaire.",
                 "Gestionnaire de Compte"),
                ("dormant-account",
                 "Je vous écris au sujet d'un compte dormant dans notre banque sans opération depuis plus de neuf ans. Le propriétaire "
                 "est mort dans la catastrophe du tsunami et personne ne s'est présenté comme son plus proche parent.\n\nJe suis "
                 "{sender}, chef de l'audit, et j'ai toute information pour transférer le fond à vous.",
                 "Chef de l'Audit"),
                ("next-of-kin",
                 "Je suis un praticien du droit et l'exécuteur du TESTAMENT de mon défunt client mort sans aucun parent. Il a laissé "
                 "un dépôt de {amount} dans une société financière ici.\n\nJ'ai décidé de chercher votre consentement pour vous "
                 "présenter comme le plus proche parent du défunt.",
                 "Avocat au Barreau"),
            ],
        },
        "donation": {
            "subj": ["DON POUR LA CHARITÉ", "Mon dernier souhait"],
            "story": [
                ("widow-donation",
                 "Je suis {sender}, une veuve de feu Monsieur William, commerçant d'or. Je vous écris de mon lit de malade à l'hôpital "
                 "où je suis traitée pour un cancer, et mon médecin a dit que je ne durerai pas les trois prochains mois.\n\nMon défunt "
                 "mari a déposé {amount} dans une banque ici et j'ai décidé de le donner à une personne de confiance pour la charité.",
                 "La Veuve"),
                ("sick-woman-donation",
                 "Je vous salue au nom de Dieu. Je suis {sender}, on m'a diagnostiqué un cancer et mes jours sont comptés. J'ai décidé "
                 "de léguer une partie de ma richesse à une personne qui peut la dépenser pour les orphelinats et les pauvres.\n\nLe "
                 "fond est déposé chez une société de sécurité.",
                 "Votre Soeur en Christ"),
            ],
        },
        "compensation": {
            "subj": ["COMPENSATION DES NATIONS UNIES", "REMBOURSEMENT DES VICTIMES"],
            "story": [
                ("un-compensation",
                 "Ceci est pour vous informer que les Nations Unies en liaison avec le Fonds Monétaire International a conclu le "
                 "paiement de compensation aux victimes de fraude internet. Votre nom a été trouvé sur la liste des bénéficiaires.\n\n"
                 "Un montant de {amount} a été approuvé en votre faveur sous la référence {ref}.",
                 "Coordinateur, Unité de Paiement"),
                ("victims-refund",
                 "Nous vous contactons parce que notre unité a récupéré de l'argent des escrocs arrêtés, et vous avez été listé comme "
                 "une des personnes qu'ils ont escroquées.\n\nJe suis {sender}, l'officier assigné à votre dossier numéro {ref}. Votre "
                 "remboursement est prêt.",
                 "Officier de Recouvrement"),
            ],
        },
        "lottery": {
            "subj": ["NOTIFICATION DE GAIN", "Prix du scrutin e-mail"],
            "story": [
                ("email-ballot",
                 "Nous sommes heureux de vous informer du résultat de notre programme international de scrutin e-mail tenu le {date}. "
                 "Votre adresse email attachée au billet numéro {ticket} a tiré les numéros chanceux, avec le numéro de lot "
                 "{batch}.\n\nVous avez été approuvé pour un paiement forfaitaire de {amount}.",
                 "Directeur de Promotion"),
                ("lottery-award",
                 "Félicitations! Vous avez été sélectionné comme un des gagnants de la loterie internationale tenue à Madrid. Votre "
                 "billet numéro {ticket} avec le numéro de série {batch} a gagné.\n\nÀ cause de confusion de quelques numéros, gardez "
                 "votre information de gain confidentielle.",
                 "Vice Président, Loterie Internationale"),
            ],
        },
        "loan": {
            "subj": ["OFFRE DE PRÊT À 2%", "Avez-vous besoin d'un prêt?"],
            "story": [
                ("private-lender",
                 "Avez-vous besoin d'un prêt pour payer vos factures ou démarrer une entreprise? Je suis {sender}, un prêteur privé, je "
                 "donne des prêts à taux d'intérêt bas de 2% aux particuliers.\n\nPas de vérification de crédit, pas de garantie.",
                 "Prêteur Privé"),
                ("private-lender",
                 "Nous sommes une société financière privée enregistrée qui donne des prêts aux particuliers et églises à 3% "
                 "d'intérêt par an. Avez-vous été rejeté par votre banque?\n\nNotre prêt est facile et rapide.",
                 "Agent de Prêt"),
            ],
        },
        "sextortion": {
            "subj": ["Votre compte est piraté", "Votre mot de passe est connu de moi"],
            "body": [
                "Bonjour,\n\nje sais que {password} est un de vos mots de passe. J'ai installé un logiciel sur le site pour adultes que "
                "vous avez visité, et votre ordinateur m'a donné accès à votre écran et caméra.\n\nJ'ai fait une vidéo de vous. "
                "Payez-moi {btc} BTC à cette adresse bitcoin: {wallet}\n\nVous avez {hours} heures.",
                "ATTENTION!\n\nJ'ai accès à votre appareil et je connais votre mot de passe: {password}\n\nJ'ai enregistré une vidéo "
                "avec vous pendant que vous regardiez du porno. Envoyez {btc} BTC à cette adresse:\n{wallet}\n\nLe temps est {hours} "
                "heures à partir de maintenant.",
            ],
        },
    },
    "es": {
        "advance-fee": {
            "subj": ["PROPUESTA DE NEGOCIO URGENTE", "Muy urgente y confidencial"],
            "story": [
                ("bank-insider",
                 "Soy {sender}, el Gerente de Operaciones Extranjeras de un banco respetable aquí en Lomé. En mi departamento descubrí "
                 "una suma abandonada de {amount} en una cuenta que pertenecer a un cliente extranjero que murió con toda su familia "
                 "en un accidente de avión.\n\nNadie vino para el reclamo. Decidí contactarle para que el banco libere el dinero a "
                 "usted como el socio del fallecido.",
                 "Gerente de Operaciones Extranjeras"),
                ("military",
                 "Soy el Sargento {sender}, un oficial con la fuerza de paz en Kabul. Encontramos algunas cajas de lingotes de oro y "
                 "efectivo en un búnker durante una redada.\n\nNecesitamos una persona de confianza para recibirlo como su efecto "
                 "personal porque no se nos permite guardar dinero en servicio. Usted tomará 30% por su ayuda.",
                 "Sargento del Ejército"),
                ("diplomat",
                 "Soy {sender}, un diplomático adjunto al Ministerio de Asuntos Exteriores. Estoy en el aeropuerto con una caja de "
                 "consignación registrada a su nombre como el beneficiario, la caja contiene efectivo empacado como objetos de valor "
                 "de familia.\n\nLos aduaneros piden el certificado de despacho. Por favor reconfirme su dirección de entrega.",
                 "Agente Diplomático"),
                ("over-invoicing",
                 "Soy {sender}, miembro del Comité de Adjudicación de Contratos de la corporación nacional de petróleo. Mis colegas y "
                 "yo sobrefacturamos un contrato de oleoducto y el excedente de {amount} flota ahora en una cuenta de suspenso.\n\n"
                 "Como funcionarios no podemos operar una cuenta extranjera, necesitamos un extranjero que se presente como el "
                 "contratista.",
                 "Presidente, Comité de Contratos"),
            ],
        },
        "inheritance": {
            "subj": ["PARIENTE MÁS CERCANO", "Herencia que nadie reclamó"],
            "story": [
                ("next-of-kin",
                 "Soy Abogado {sender}, el abogado personal del difunto Ing. Robert, un nacional de su país. El {date} mi cliente, su "
                 "esposa y su única hija tuvieron un accidente de coche y todos perdieron la vida.\n\nHe hecho varias consultas a su "
                 "embajada para encontrar un pariente sin éxito. Le contacto porque usted lleva el mismo apellido con mi difunto "
                 "cliente.",
                 "Socio Principal, Bufete Okoro"),
                ("dormant-account",
                 "Le escribo acerca de una cuenta inactiva en nuestro banco que ha estado sin operación por más de nueve años. El "
                 "dueño murió en el desastre del tsunami y nadie ha venido como su pariente más cercano.\n\nSoy {sender}, jefe de la "
                 "unidad de auditoría, y tengo toda información para transferir el fondo a usted.",
                 "Jefe de Auditoría"),
                ("deceased-client",
                 "Permítame informarle de mi deseo de entrar en relación de negocios con usted. Soy {sender}, el gestor de cuenta de "
                 "un cliente fallecido sin testamento, sin esposa, sin hijo y sin pariente para heredar.\n\nSu fondo está en nuestro "
                 "banco desde su muerte. Puedo presentarle como el beneficiario.",
                 "Gestor de Cuenta"),
                ("next-of-kin",
                 "Soy un practicante del derecho y el albacea del TESTAMENTO de mi difunto cliente que murió sin ningún pariente. Dejó "
                 "un depósito de {amount} en una compañía financiera aquí.\n\nHe decidido buscar su consentimiento para presentarle "
                 "como el pariente más cercano del difunto.",
                 "Abogado del Colegio"),
            ],
        },
        "donation": {
            "subj": ["DONACIÓN PARA CARIDAD", "Mi último deseo"],
            "story": [
                ("widow-donation",
                 "Soy {sender}, una viuda del difunto Señor William, comerciante de oro. Le escribo desde mi cama de enferma en el "
                 "hospital donde me tratan de cáncer, y mi médico dijo que no duraré los próximos tres meses.\n\nMi difunto esposo "
                 "depositó {amount} en un banco aquí y he decidido donarlo a una persona de confianza para la caridad.",
                 "La Viuda"),
                ("sick-woman-donation",
                 "Le saludo en el nombre de Dios. Soy {sender}, fui diagnosticada con cáncer y mis días están contados. He decidido "
                 "legar parte de mi riqueza a una persona que pueda gastarla para orfanatos y los pobres.\n\nEl fondo está depositado "
                 "con una compañía de seguridad.",
                 "Su Hermana en Cristo"),
            ],
        },
        "compensation": {
            "subj": ["COMPENSACIÓN DE LAS NACIONES UNIDAS", "REEMBOLSO A VÍCTIMAS"],
            "story": [
                ("un-compensation",
                 "Esto es para informarle que las Naciones Unidas en conjunto con el Fondo Monetario Internacional ha concluido el "
                 "pago de compensación a víctimas de fraude por internet. Su nombre fue encontrado en la lista de beneficiarios.\n\n"
                 "Una cantidad de {amount} ha sido aprobada a su favor bajo la referencia {ref}.",
                 "Coordinador, Unidad de Pago"),
                ("victims-refund",
                 "Le contactamos porque nuestra unidad ha recuperado dinero de estafadores arrestados, y usted fue listado como una "
                 "de las personas que ellos estafaron.\n\nSoy {sender}, el oficial asignado a su expediente número {ref}. Su "
                 "reembolso está listo.",
                 "Oficial de Recuperación"),
            ],
        },
        "lottery": {
            "subj": ["NOTIFICACIÓN DE PREMIO", "Premio de votación por correo"],
            "story": [
                ("email-ballot",
                 "Nos complace informarle el resultado de nuestro programa internacional de votación por correo electrónico celebrado "
                 "el {date}. Su dirección de correo adjunta al boleto número {ticket} sacó los números de suerte, con el número de "
                 "lote {batch}.\n\nUsted ha sido aprobado para un pago global de {amount}.",
                 "Gerente de Promoción"),
                ("lottery-award",
                 "¡Felicitaciones! Usted ha sido seleccionado como uno de los ganadores del sorteo de lotería internacional celebrado "
                 "en Madrid. Su boleto número {ticket} con número de serie {batch} ganó.\n\nPor confusión de algunos números, mantenga "
                 "su información de premio confidencial.",
                 "Vicepresidente, Lotería Internacional"),
            ],
        },
        "loan": {
            "subj": ["OFERTA DE PRÉSTAMO AL 2%", "¿Usted necesita préstamo?"],
            "story": [
                ("private-lender",
                 "¿Necesita un préstamo para pagar sus cuentas o comenzar un negocio? Soy {sender}, un prestamista privado, doy "
                 "préstamos a baja tasa de interés del 2% a individuos.\n\nSin verificación de crédito, sin garantía.",
                 "Prestamista Privado"),
                ("private-lender",
                 "Somos una compañía financiera privada registrada que da préstamos a individuos e iglesias al 3% de interés anual. "
                 "¿Ha sido rechazado por su banco?\n\nNuestro préstamo es fácil y rápido.",
                 "Oficial de Préstamos"),
            ],
        },
        "sextortion": {
            "subj": ["Su cuenta está hackeada", "Conozco su contraseña"],
            "body": [
                "Hola,\n\nsé que {password} es una de sus contraseñas. Instalé un software en el sitio para adultos que usted visitó, y "
                "su computadora me dio acceso a su pantalla y cámara.\n\nHice un video de usted. Págueme {btc} BTC a esta dirección "
                "bitcoin: {wallet}\n\nUsted tiene {hours} horas.",
                "¡ATENCIÓN!\n\nTengo acceso a su dispositivo y conozco su contraseña: {password}\n\nGrabé un video con usted mientras "
                "miraba porno. Envíe {btc} BTC a esta dirección:\n{wallet}\n\nEl tiempo es {hours} horas desde ahora.",
            ],
        },
    },
    "ru": {
        "advance-fee": {
            "subj": ["СРОЧНОЕ ДЕЛОВОЕ ПРЕДЛОЖЕНИЕ", "Очень срочно и конфиденциально"],
            "story": [
                ("bank-insider",
                 "Я {sender}, Менеджер Иностранных Операций уважаемого банка здесь в Ломе. В моем отделе я обнаружил брошенную сумму "
                 "{amount} на счете который принадлежать иностранному клиенту который умер со всей семьей в авиакатастрофе.\n\n"
                 "Никто не пришел за требованием. Я решил связаться с вами чтобы банк освободил деньги вам как партнеру покойного.",
                 "Менеджер Иностранных Операций"),
                ("diplomat",
                 "Я {sender}, дипломат прикрепленный к Министерству Иностранных Дел. Я нахожусь в аэропорту с консигнационной коробкой "
                 "зарегистрированной на ваше имя как бенефициар, коробка содержит наличные упакованные как семейные ценности.\n\n"
                 "Таможенники спрашивают сертификат очистки. Пожалуйста подтвердите ваш адрес доставки.",
                 "Дипломатический Агент"),
                ("military",
                 "Я Капитан {sender}, служу на военной базе в Сирии. У меня есть сумма денег которую я сберег из нефтяных денег "
                 "найденных во время миссии.\n\nЯ хочу чтобы вы получили это для меня до конца моей миссии. Агент Красного Креста "
                 "отправит коробку вам как гуманитарную посылку.",
                 "Капитан, Миротворческая Миссия"),
                ("over-invoicing",
                 "Мы группа высших чиновников Министерства Горной Промышленности. Контракт на поставку бурового оборудования был "
                 "завышен нашим комитетом и излишек готов к выплате иностранному подрядчику.\n\nВаша доля будет 30% от общей "
                 "суммы.",
                 "Директор Проектов"),
            ],
        },
        "inheritance": {
            "subj": ["БЛИЖАЙШИЙ РОДСТВЕННИК", "Наследство никто не востребовал"],
            "story": [
                ("next-of-kin",
                 "Я Адвокат {sender}, личный адвокат покойного Инж. Роберта, гражданина вашей страны. {date} мой клиент, его жена и "
                 "единственная дочь попали в автокатастрофу и все потеряли жизнь.\n\nЯ сделал несколько запросов в ваше посольство "
                 "найти родственника но безуспешно. Я связываюсь с вами потому что вы носите ту же фамилию с моим покойным клиентом.",
                 "Главный Партнер, Адвокатская Контора Окоро"),
                ("deceased-client",
                 "Позвольте мне сообщить вам о моем желании вступить в деловые отношения с вами. Я {sender}, менеджер счета покойного "
                 "клиента который умер без завещания, без жены, без ребенка и без родственника чтобы наследовать.\n\nЕго фонд лежит "
                 "в нашем банке со дня его смерти. Я могу представить вас как бенефициара.",
                 "Менеджер Счета"),
            ],
        },
        "compensation": {
            "subj": ["КОМПЕНСАЦИЯ ОРГАНИЗАЦИИ ОБЪЕДИНЕННЫХ НАЦИЙ", "ВОЗВРАТ ЖЕРТВАМ МОШЕННИЧЕСТВА"],
            "story": [
                ("un-compensation",
                 "Это чтобы сообщить вам что Объединенные Нации совместно с Международным Валютным Фондом завершили выплату "
                 "компенсации жертвам интернет мошенничества. Ваше имя было найдено в списке бенефициаров.\n\nСумма {amount} была "
                 "одобрена в вашу пользу под ссылкой {ref}.",
                 "Координатор, Отдел Выплат"),
                ("victims-refund",
                 "Мы связываемся с вами потому что наш отдел вернул деньги от арестованных мошенников, и вы были в списке как один из "
                 "людей которых они обманули.\n\nЯ {sender}, офицер назначенный на ваше дело номер {ref}. Ваш возврат готов.",
                 "Офицер Возврата"),
            ],
        },
        "lottery": {
            "subj": ["УВЕДОМЛЕНИЕ О ВЫИГРЫШЕ", "Приз электронного голосования"],
            "story": [
                ("email-ballot",
                 "Мы рады сообщить вам результат нашей международной программы электронного голосования проведенной {date}. Ваш "
                 "адрес почты прикрепленный к билету номер {ticket} вытянул счастливые номера, с номером партии {batch}.\n\nВы "
                 "были одобрены для единовременной выплаты {amount}.",
                 "Менеджер Продвижения"),
                ("lottery-award",
                 "Поздравляем! Вы были выбраны как один из победителей международной лотереи проведенной в Мадриде. Ваш билет номер "
                 "{ticket} с серийным номером {batch} выиграл.\n\nИз-за путаницы некоторых номеров держите вашу информацию о выигрыше "
                 "конфиденциальной.",
                 "Вице Президент, Международная Лотерея"),
            ],
        },
        "sextortion": {
            "subj": ["Ваш аккаунт взломан", "Я знаю ваш пароль"],
            "body": [
                "Здравствуйте,\n\nя знаю что {password} это один из ваших паролей. Я установил программу на сайте для взрослых который "
                "вы посетили, и ваш компьютер дал мне доступ к вашему экрану и камере.\n\nЯ сделал видео с вами. Заплатите мне "
                "{btc} BTC на этот биткоин адрес: {wallet}\n\nУ вас есть {hours} часов.",
                "ВНИМАНИЕ!\n\nУ меня есть доступ к вашему устройству и я знаю ваш пароль: {password}\n\nЯ записал видео с вами пока "
                "вы смотрели порно. Отправьте {btc} BTC на этот адрес:\n{wallet}\n\nВремя {hours} часов с этого момента.",
            ],
        },
        "crypto": {
            "subj": ["Возможность для инвестиции", "Ваш менеджер биткоин счета"],
            "body": [
                "Дорогой инвестор,\n\nя {sender}, сертифицированный менеджер инвестиций в криптовалюту с более десяти лет опыта в "
                "майнинге биткоина. С минимумом 500 долларов вы можете заработать до 15% ежедневно.\n\nЧтобы начать отправьте ваш "
                "депозит на наш кошелек {wallet} и пришлите мне подтверждение на {email}.",
                "Добрый день,\n\nваш крипто кошелек сгенерировал прибыль {btc} BTC на нашей автоматической платформе майнинга, но ваш "
                "аккаунт еще не подтвержден. Чтобы вывести прибыль вы должны активировать аккаунт с небольшой комиссией.\n\nЯ "
                "{sender}, ваш личный менеджер счета. Ответьте на {email}.",
            ],
        },
    },
}
