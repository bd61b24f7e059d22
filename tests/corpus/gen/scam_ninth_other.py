"""Russian, French, Spanish, Turkish, Uzbek (Latin), Kazakh, Kyrgyz, Tajik and Turkmen scam templates of the
ninth batch (spintax; see scam_ninth.spin), written blind by helper c9-corpus (a non-native author for all
but French and Spanish). Even-indexed variants are the dev half, odd ones held out. Uzbek Cyrillic is
transliterated from the Uzbek templates by ninth_batch."""

RU = {
    "advance-fee": {
        "subj": ["{Деловое предложение|Конфиденциальное предложение}", "{Компенсация|Выплата} {ООН|Всемирного банка}",
                 "{Срочно|Важно}: {ваш ответ|ответьте}", "{Партнёрство|Сделка} {за рубежом|}"],
        "body": [("business-proposal",
                  "{Здравствуйте|Добрый день|Уважаемый друг},\n\n{Меня зовут|Я} {sender}, {я работаю|работаю} {главным "
                  "бухгалтером|аудитором} {в банке|в крупном банке} {в Лагосе|в Аккре}. {У меня есть|Есть} {выгодное|"
                  "конфиденциальное} {предложение|дело} {для вас|, которое выгодно нам обоим}.\n\n{Во время проверки|При "
                  "аудите} {я обнаружил|мы нашли} {невостребованную сумму|заброшенный счёт} {в размере|на} {amount}, "
                  "{владелец которой погиб|принадлежавший умершему клиенту}. {Мне нужен|Нужен} {иностранный партнёр|надёжный "
                  "человек}, {чтобы перевести деньги|для перевода средств}.\n\n{Ваша доля|Вы получите} {40%|35%}. {Сделка "
                  "абсолютно безопасна|Риска нет}.\n\n{Ответьте|Напишите} {на мой личный адрес|мне} {email}.\n\n{С уважением|"
                  "Искренне},\n{sender}"),
                 ("compensation",
                  "{Уважаемый получатель|Внимание},\n\n{Организация Объединённых Наций|Международный валютный фонд} "
                  "{утвердила|одобрил} {выплату компенсации|компенсацию} {жертвам интернет-мошенничества|пострадавшим от "
                  "мошенников} {в размере|на сумму} {amount}. {Ваш адрес|Ваше имя} {есть в списке|найден в списке} "
                  "{получателей|пострадавших}.\n\n{Номер дела|Код выплаты}: {ref}. {Свяжитесь|Пишите} {с агентом по выплатам|"
                  "нашему агенту} {по адресу|} {email}.\n\n{sender}"),
                 ("dormant-account",
                  "{Добрый день|Приветствую},\n\n{Я|Меня зовут} {sender}, {менеджер|руководитель} {отдела переводов|"
                  "международного отдела} {банка|}. {Иностранный клиент|Бизнесмен} {оставил|внёс} {amount} {и погиб|и умер} "
                  "{в аварии|вместе с семьёй}.\n\n{Никто не обратился|Родственники не объявились}. {Я хочу|Я могу} "
                  "{представить вас|оформить вас} {как наследника|ближайшим родственником}.\n\n{Ответьте|Напишите} {конфиденциально|"
                  "срочно} {на|} {email}.\n\n{sender}"),
                 ("diplomat",
                  "{Внимание|Уважаемый} {получатель|господин},\n\n{На ваше имя|На вас} {оформлена|зарегистрирована} "
                  "{дипломатическая посылка|посылка} {с|содержащая} {amount} {наличными|}. {Она задержана|Груз находится} "
                  "{на таможне|в аэропорту}.\n\n{Оплатите|Нужно оплатить} {таможенный сбор|хранение} {amount} {и|,} "
                  "{отправьте|пришлите} {адрес|паспортные данные} {на|} {email}.\n\n{sender}")],
        "teaser": ["{У меня есть|Есть} {деловое предложение|выгодная сделка} {для вас|}, {ответьте|пишите} {на|} {email}",
                   "{Вы получили|Получили ли вы} {моё прошлое|предыдущее} {письмо|сообщение}? {Ответьте|Жду ответа}: {email}",
                   "{Нужна ваша помощь|Прошу помощи} {в переводе|с переводом} {amount}. {Пишите|Контакт}: {email}",
                   "{Срочно|Важно}: {свяжитесь со мной|напишите мне} {по|на} {email}"],
    },
    "inheritance": {
        "subj": ["{Наследство|Невостребованное наследство}", "{Пожертвование|Благотворительный дар} {для вас|}",
                 "{Последняя воля|Моя последняя просьба}", "{Уведомление|Внимание}: {наследник|получатель}"],
        "body": [("inheritance",
                  "{Здравствуйте|Уважаемый} {господин/госпожа|друг},\n\n{Я|Меня зовут} {sender}, {адвокат|нотариус} "
                  "{из Лондона|в Мадриде}. {Мой покойный клиент|Умерший клиент} {носит вашу фамилию|с вашей фамилией} и "
                  "{оставил|завещал} {amount} {без завещания|без наследников}.\n\n{Банк требует|Мне нужно представить} "
                  "{наследника|родственника}, {иначе деньги будут конфискованы|иначе средства уйдут государству}. {Я предлагаю|"
                  "Предлагаю} {представить вас|оформить вас} {наследником|}, {деньги поделим|делим} {поровну|50 на 50}.\n\n"
                  "{Напишите|Ответьте} {на|} {email}.\n\n{sender}"),
                 ("widow-donation",
                  "{Дорогой|Дорогая} {друг|во Христе},\n\n{Я|Меня зовут} {sender}, {больная вдова|вдова}, {у меня рак|мне "
                  "осталось несколько месяцев}. {Мой покойный муж|Муж} {оставил|положил} {amount} {в банке|на счёт}.\n\n"
                  "{Я решила|Хочу} {пожертвовать|передать} {эти деньги|эту сумму} {вам|через вас} {на благотворительность|"
                  "детским домам}. {20% возьмите себе|Себе оставьте 20%}.\n\n{Пишите|Ответьте} {на|} {email}.\n\n{sender}")],
        "teaser": ["{Для вас|На ваше имя} {есть|оставлено} {наследство|пожертвование} {amount}. {Пишите|Контакт}: {email}",
                   "{Я вдова|Я больная женщина}, {хочу передать|хочу пожертвовать} {деньги|состояние}. {Ответьте|"
                   "Пишите}: {email}",
                   "{Вы указаны|Вы названы} {наследником|получателем} {средств|фонда}. {Ответ|Пишите} {на|} {email}",
                   "{Ваш дар|Пожертвование} {amount} {ждёт вас|готово}. {Связь|Пишите}: {email}"],
    },
    "lottery": {
        "subj": ["{Поздравляем|ПОЗДРАВЛЯЕМ} {с выигрышем|победитель}", "{Уведомление о выигрыше|Ваш приз}",
                 "{Вы выиграли|Ваш адрес выиграл}", "{Последнее напоминание|Приз не получен}"],
        "body": [("lottery",
                  "{ПОЗДРАВЛЯЕМ|Уважаемый победитель}!\n\n{Ваш адрес|Ваш e-mail} {выиграл|стал победителем} {amount} "
                  "{в международной|в онлайн} {лотерее|розыгрыше}. {Номер билета|Ваш код}: {ref}.\n\n{Для получения|Чтобы "
                  "получить} {приза|выигрыш} {свяжитесь|напишите} {с агентом|в отдел выплат} {по|на} {email}. {Держите|"
                  "Сохраняйте} {это в тайне|информацию в секрете}.\n\n{sender}"),
                 ("email-ballot",
                  "{Добрый день|Здравствуйте}, {победитель|},\n\n{Ваш адрес|Вы} {выбран|выбраны} {в ежегодном|в нашем} "
                  "{розыгрыше|тираже}: {amount}. {Выплата|Приз} {после оплаты|после уплаты} {сбора|комиссии} {amount}.\n\n"
                  "{Пришлите|Отправьте} {имя, адрес, телефон|свои данные} {на|} {email}.\n\n{sender}")],
        "teaser": ["{Ваш адрес|Ваш e-mail} {выиграл|получил} {amount}! {Пишите|Связь}: {email}",
                   "{Поздравляем|Ура}, {вы выиграли|вы победили}. {Получить|Подробнее}: {link}",
                   "{Приз|Выигрыш} {amount}, {код|номер} {ref}, {пишите|ответ} {на|} {email}",
                   "{Вам|Для вас} {начислен|зарезервирован} {приз|выигрыш}: {link}"],
    },
    "loan": {
        "subj": ["{Кредит|Займ} {без отказа|без проверки}", "{Ваш кредит|Займ} {одобрен|готов}", "{Нужны деньги?|Нужен кредит?}",
                 "{Частный|Быстрый} {займ|кредитор}"],
        "body": [("loan",
                  "{Нужны деньги|Нужен кредит}? {Выдаём|Предлагаю} {займы|кредиты} {от|на сумму от} {amount} {под 2%|под 3% "
                  "годовых}. {Без справок|Без проверки кредитной истории}, {решение за 24 часа|быстро}.\n\n{Пишите|Заявка} "
                  "{на|} {email} {или|,} {WhatsApp|звоните} {phone}.\n\n{sender}"),
                 ("loan",
                  "{Здравствуйте|Уважаемый клиент},\n\n{Ваш займ|Ваша заявка} {на|в размере} {amount} {одобрен|одобрена}. "
                  "{Для перевода|Перед выплатой} {оплатите|нужно оплатить} {страховку|комиссию} {amount}.\n\n{Отправьте|"
                  "Пришлите} {квитанцию|чек} {на|} {email}.\n\n{sender}")],
        "teaser": ["{Кредит|Займ} {до|на} {amount} {под 2%|без отказа}: {email}", "{Деньги|Займ} {за 24 часа|сразу}, "
                   "{пишите|звоните} {phone}", "{Частный займ|Кредит от частного лица}: {email}",
                   "{Займ|Кредит} {всем|без справок}, {ответ|пишите} {email}"],
    },
    "sextortion": {
        "subj": ["{Ваш аккаунт взломан|Аккаунт взломан}", "{У меня есть видео|Я записал тебя}", "{Последнее предупреждение|"
                 "Срочно}", "{Оплата|Плати} {сейчас|}"],
        "body": [("hacked-device",
                  "{Привет|Здравствуй}!\n\n{Несколько месяцев назад|Давно} {я получил доступ|я взломал} {к твоему "
                  "устройству|твой компьютер} {через вирус|через роутер}. {Я записал|Я снял} {видео|ролик} {с тобой|тебя} "
                  "{через веб-камеру|камерой}, {когда ты смотрел|пока ты смотрел} {порно|сайты для взрослых}. {Также|Ещё} "
                  "{скопировал|сохранил} {все твои контакты|список контактов}.\n\n{Переведи|Отправь} {btc} BTC {на кошелёк|на "
                  "адрес} {wallet}. {У тебя|Срок} {hours} часов. {Иначе|Если нет}, {видео получат|отправлю видео} {все твои "
                  "контакты|родным и коллегам}. {Не отвечай|Не пиши в полицию}."),
                 ("bomb-threat",
                  "{Слушайте внимательно|Внимание}. {В вашем здании|В здании вашей компании} {заложена бомба|спрятано "
                  "взрывное устройство}. {Оно взорвётся|Взрыв будет}, {если|пока} {вы не переведёте|я не получу} {amount} "
                  "{в биткоинах|в BTC} {до вечера|до 17:00}.\n\n{Кошелёк|Адрес}: {wallet}\n\n{Если увижу полицию|Звонок в "
                  "полицию} {— взорву|и кнопка будет нажата}.")],
        "teaser": ["{У меня|Есть} {видео|запись} {с тобой|с твоей камеры}. {Плати|Переведи} {amount} {в биткоинах|в BTC}: {wallet}",
                   "{Твоё устройство взломано|Твой телефон взломан}. {Плати|Перевод} {amount} {в BTC|в биткоинах}: {wallet}",
                   "{Я знаю|Знаю} {твой пароль|пароль}: {password}. {Плати|Переведи} {amount}: {wallet}",
                   "{В здании|В офисе} {бомба|взрывчатка}. {Плати|Переведи} {amount} {в BTC|в биткоинах}: {wallet}"],
    },
    "crypto": {
        "subj": ["{Заработок|Доход} {на биткоине|на крипте}", "{Ваша прибыль|Баланс} {готов|вырос}", "{Бонус|Награда} {USDT|"
                 "крипто}", "{Инвестируй|Начни} {сегодня|сейчас}"],
        "body": [("investment",
                  "{Привет|Здравствуйте}! {Хотите|Хочешь} {зарабатывать|получать} {amount} {в неделю|еженедельно} {на "
                  "криптовалюте|на биткоине}? {Наша платформа|Наш бот} {даёт|платит} {10% в день|до 300% за неделю} "
                  "{гарантированно|без риска}.\n\n{Регистрация|Начать}: {link}\n{Менеджер|Телеграм}: {tg}"),
                 ("investment",
                  "{Уважаемый инвестор|Здравствуйте}, {ваш баланс|на счёте} {составляет|уже} {amount}. {Для вывода|Чтобы "
                  "вывести} {оплатите налог|внесите комиссию} {usdt} USDT {на адрес|на кошелёк} {trc}.\n\n{Поддержка|"
                  "Менеджер}: {email}")],
        "teaser": ["{Зарабатывай|Заработок} {amount} {в неделю|еженедельно}: {link}", "{Бонус|Награда} {amount} {ждёт|готов}: {link}",
                   "{Удвой|x2} {биткоин|BTC}: {link}", "{Инвестиции|Доход} {каждый день|ежедневно}: {tg}"],
    },
}

FR = {
    "advance-fee": {
        "subj": ["{Proposition d'affaires|Proposition confidentielle}", "{Indemnisation|Paiement} {de l'ONU|de la Banque mondiale}",
                 "{Urgent|Important} : {votre réponse|répondez}", "{Partenariat confidentiel|Transaction sécurisée}"],
        "body": [("business-proposal",
                  "{Bonjour|Cher ami|Monsieur/Madame},\n\n{Je suis|Je m'appelle} {sender}, {directeur des opérations|"
                  "auditeur principal} {dans une banque|à la banque de développement} {à Abidjan|à Lomé|à Cotonou}. {J'ai|Je "
                  "vous propose} {une affaire|une transaction} {très lucrative|confidentielle} {qui nous profitera à tous les "
                  "deux|pour nous deux}.\n\n{Lors d'un audit|Pendant la vérification annuelle} {j'ai découvert|nous avons trouvé} "
                  "{un compte dormant|une somme abandonnée} de {amount} {appartenant à un client décédé|d'un entrepreneur "
                  "étranger mort}. {J'ai besoin|Il me faut} {d'un partenaire étranger|de votre aide} {pour transférer les "
                  "fonds|pour recevoir l'argent}.\n\n{Votre part sera|Vous recevrez} {40%|35%}. {Aucun risque|Tout est légal}.\n\n"
                  "{Répondez|Écrivez-moi} {à mon adresse privée|en privé} {email}.\n\n{Cordialement|Salutations distinguées},\n{sender}"),
                 ("compensation",
                  "{Cher bénéficiaire|À l'attention du destinataire},\n\n{Les Nations Unies|Le Fonds monétaire international} "
                  "{ont approuvé|a approuvé} {une indemnisation|un paiement} de {amount} {pour les victimes d'escroquerie|pour "
                  "les victimes de fraude sur internet}. {Votre adresse|Votre nom} {figure sur la liste|a été retenu}.\n\n"
                  "{Référence|Dossier} : {ref}. {Contactez|Écrivez à} {l'agent payeur|notre agent} {à|:} {email}.\n\n{sender}")],
        "teaser": ["{J'ai|Je vous fais} {une proposition d'affaires|une offre lucrative} {pour vous|}, {répondez|écrivez} "
                   "{à|:} {email}",
                   "{Avez-vous reçu|Vous avez reçu} {mon précédent|mon dernier} {message|courriel} ? {Répondez|Réponse} : {email}",
                   "{J'ai besoin|Besoin} {de votre aide|de votre collaboration} {pour un transfert|pour une transaction} de "
                   "{amount}. {Contact|Écrivez} : {email}",
                   "{Urgent|Important} : {contactez-moi|écrivez-moi} {à|sur} {email}"],
    },
    "inheritance": {
        "subj": ["{Héritage|Succession} {non réclamé|en attente}", "{Don|Donation} {pour vous|de charité}",
                 "{Ma dernière volonté|Dernier souhait}", "{Avis|Notification} {d'héritier|au bénéficiaire}"],
        "body": [("inheritance",
                  "{Bonjour|Cher} {Monsieur/Madame|ami},\n\n{Je suis|Je m'appelle} {sender}, {avocat|notaire} {à Londres|à "
                  "Lomé}. {Mon défunt client|Un client décédé} {porte le même nom que vous|a votre nom de famille} et {a "
                  "laissé|laisse} {amount} {sans testament|sans héritier}.\n\n{La banque exige|On me demande} {un parent|"
                  "l'héritier}, {sinon les fonds seront confisqués|faute de quoi l'argent ira à l'État}. {Je vous propose|Je "
                  "souhaite vous présenter} {comme bénéficiaire|comme héritier} {et nous partagerons|partage} {à parts égales|"
                  "50/50}.\n\n{Écrivez-moi|Répondez} {à|:} {email}.\n\n{sender}"),
                 ("widow-donation",
                  "{Bien-aimé|Cher ami} {dans le Seigneur|},\n\n{Je suis|Je m'appelle} {sender}, {une veuve malade|veuve} "
                  "{atteinte d'un cancer|sans enfants}. {Mon défunt mari|Mon mari} {a laissé|a déposé} {amount} {dans une "
                  "banque|sur un compte}.\n\n{J'ai décidé|Je souhaite} {de vous faire don|de donner} {de cette somme|de cet "
                  "argent} {pour les orphelins|pour des œuvres de charité}. {Gardez 20%|20% sont pour vous}.\n\n{Écrivez-moi|"
                  "Répondez} {à|:} {email}.\n\n{Que Dieu vous bénisse|Soyez béni},\n{sender}")],
        "teaser": ["{Un héritage|Un don} de {amount} {vous attend|est à votre nom}. {Contact|Écrivez} : {email}",
                   "{Veuve malade|Je suis veuve}, {je veux donner|je souhaite léguer} {ma fortune|mon argent}. {Écrivez|"
                   "Répondez} : {email}",
                   "{Vous êtes|Vous avez été} {désigné|nommé} {héritier|bénéficiaire}. {Réponse|Écrivez} {à|:} {email}",
                   "{Votre don|Une donation de {amount}} {est prêt|vous attend} : {email}"],
    },
    "lottery": {
        "subj": ["{Félicitations|FÉLICITATIONS} {gagnant|!!!}", "{Avis de gain|Notification de gain}", "{Vous avez gagné|Votre "
                 "adresse a gagné}", "{Dernier rappel|Gain non réclamé}"],
        "body": [("lottery",
                  "{FÉLICITATIONS|Cher gagnant} !\n\n{Votre adresse e-mail|Votre courriel} {a gagné|a été tirée au sort "
                  "pour} {amount} {à la loterie internationale|au tirage en ligne}. {Numéro gagnant|Référence} : {ref}.\n\n"
                  "{Pour réclamer|Pour recevoir} {votre gain|votre prix}, {contactez|écrivez à} {notre agent|le service des "
                  "réclamations} {à|:} {email}. {Gardez|Merci de garder} {cette information|ce gain} {confidentielle|secret}.\n\n{sender}"),
                 ("email-ballot",
                  "{Bonjour|Cher bénéficiaire},\n\n{Nous avons le plaisir|Nous sommes heureux} {de vous informer|de vous "
                  "annoncer} {que votre adresse|que vous} {a été sélectionnée|avez gagné} {lors du tirage annuel|à notre "
                  "tombola} : {amount}. {Le paiement|Le versement} {sera fait|aura lieu} {après règlement|après paiement} "
                  "{des frais|de la taxe} de {amount}.\n\n{Envoyez|Transmettez} {nom, adresse, téléphone|vos coordonnées} "
                  "{à|:} {email}.\n\n{sender}")],
        "teaser": ["{Votre adresse|Votre e-mail} {a gagné|gagne} {amount} ! {Contact|Écrivez} : {email}",
                   "{Félicitations|Bravo}, {vous avez gagné|vous êtes gagnant}. {Réclamer|Détails} : {link}",
                   "{Gain|Prix} : {amount}, {réf.|code} {ref}. {Répondez|Écrivez} {à|:} {email}",
                   "{Un prix|Un gain} {vous attend|est réservé} : {link}"],
    },
    "sextortion": {
        "subj": ["{Votre compte a été piraté|Compte piraté}", "{J'ai une vidéo de vous|Je vous ai filmé}",
                 "{Dernier avertissement|Urgent}", "{Paiement|Payez} {maintenant|requis}"],
        "body": [("hacked-device",
                  "{Bonjour|Salut}.\n\n{Il y a quelques mois|Depuis des mois}, {j'ai piraté|j'ai pris le contrôle de} {votre "
                  "appareil|votre ordinateur} {avec un cheval de Troie|via un logiciel malveillant}. {J'ai enregistré|J'ai "
                  "filmé} {une vidéo de vous|vous} {avec votre webcam|par votre caméra} {pendant que vous regardiez|en "
                  "regardant} {des sites pour adultes|du porno}. {J'ai aussi copié|J'ai aussi} {tous vos contacts|votre liste "
                  "de contacts}.\n\n{Envoyez|Virez} {amount} {en bitcoin|en BTC} {à|sur} {wallet}. {Vous avez|Délai :} {hours} "
                  "heures. {Sinon|Faute de quoi}, {la vidéo ira|j'enverrai la vidéo} {à tous vos contacts|à votre famille}. "
                  "{Ne répondez pas|Inutile d'aller à la police}."),
                 ("webcam",
                  "{Je connais|Je sais} {password}, {c'est votre mot de passe|un de vos mots de passe}. {Allons droit au "
                  "but|Soyons directs}. {Mon logiciel|Mon programme} {a activé|a allumé} {votre webcam|votre caméra} "
                  "{quand vous regardiez|pendant} {des vidéos pour adultes|ces vidéos}.\n\n{Mon prix|Je demande} : {amount} "
                  "{en Bitcoin|BTC}. {Adresse|Portefeuille} : {wallet}\n\n{Vous avez|Délai} {hours} heures.")],
        "teaser": ["{J'ai|Je possède} {une vidéo|des images} {de vous|de votre webcam}. {Payez|Envoyez} {amount} {en bitcoin|en BTC} : "
                   "{wallet}",
                   "{Votre appareil|Votre téléphone} {est piraté|a été piraté}. {Payez|Virement} {amount} {en BTC|en bitcoin} : {wallet}",
                   "{Je connais|Je sais} {votre mot de passe|votre secret} : {password}. {Payez|Envoyez} {amount} : {wallet}",
                   "{Vidéo|Enregistrement} {de vous|compromettant}. {amount} {en BTC|en bitcoin} : {wallet}"],
    },
}

ES = {
    "advance-fee": {
        "subj": ["{Propuesta de negocio|Propuesta confidencial}", "{Compensación|Pago} {de la ONU|del Banco Mundial}",
                 "{Urgente|Importante}: {su respuesta|responda}", "{Socio|Asociación} {extranjero|confidencial}"],
        "body": [("business-proposal",
                  "{Estimado amigo|Hola|Señor/Señora},\n\n{Soy|Mi nombre es} {sender}, {director de operaciones|auditor "
                  "jefe} {en un banco|del banco de desarrollo} {en Lagos|en Accra}. {Tengo|Le propongo} {un negocio|una "
                  "transacción} {muy rentable|confidencial} {que nos beneficiará a ambos|para los dos}.\n\n{Durante la "
                  "auditoría|En la revisión anual} {descubrí|encontramos} {una cuenta inactiva|una suma abandonada} de {amount} "
                  "{de un cliente fallecido|de un contratista extranjero muerto}. {Necesito|Busco} {un socio extranjero|su "
                  "ayuda} {para transferir los fondos|para recibir el dinero}.\n\n{Su parte|Usted recibirá} {40%|35%}. "
                  "{Sin riesgo|Todo es legal}.\n\n{Responda|Escríbame} {a mi correo privado|en privado} {email}.\n\n{Atentamente|"
                  "Saludos cordiales},\n{sender}"),
                 ("compensation",
                  "{Estimado beneficiario|Atención},\n\n{Las Naciones Unidas|El Fondo Monetario Internacional} {han "
                  "aprobado|ha aprobado} {una compensación|un pago} de {amount} {para víctimas de estafas|para víctimas de "
                  "fraude por internet}. {Su correo|Su nombre} {está en la lista|fue seleccionado}.\n\n{Referencia|Expediente}: "
                  "{ref}. {Contacte|Escriba} {al agente pagador|a nuestro agente} {en|:} {email}.\n\n{sender}")],
        "teaser": ["{Tengo|Le hago} {una propuesta de negocio|una oferta rentable} {para usted|}, {responda|escriba} {a|:} {email}",
                   "{¿Recibió|¿Ha recibido} {mi correo anterior|mi último mensaje}? {Responda|Respuesta}: {email}",
                   "{Necesito|Requiero} {su ayuda|su colaboración} {en una transferencia|para una transacción} de {amount}. "
                   "{Contacto|Escriba}: {email}",
                   "{Urgente|Importante}: {contácteme|escríbame} {en|a} {email}"],
    },
    "inheritance": {
        "subj": ["{Herencia|Herencia no reclamada}", "{Donación|Donativo} {para usted|benéfico}", "{Mi última voluntad|Último "
                 "deseo}", "{Aviso|Notificación} {al heredero|al beneficiario}"],
        "body": [("inheritance",
                  "{Hola|Estimado} {señor/señora|amigo},\n\n{Soy|Me llamo} {sender}, {abogado|notario} {en Madrid|en Londres}. "
                  "{Mi difunto cliente|Un cliente fallecido} {tiene su mismo apellido|lleva su apellido} y {dejó|ha dejado} "
                  "{amount} {sin testamento|sin herederos}.\n\n{El banco exige|Me piden} {un familiar|al heredero}, {o los "
                  "fondos serán confiscados|de lo contrario el dinero irá al Estado}. {Le propongo|Quiero} {presentarle como "
                  "heredero|presentarlo como beneficiario} {y compartiremos|repartiendo} {a partes iguales|50/50}.\n\n"
                  "{Escríbame|Responda} {a|:} {email}.\n\n{sender}"),
                 ("widow-donation",
                  "{Querido|Amado} {amigo|hermano en Cristo},\n\n{Soy|Me llamo} {sender}, {una viuda enferma|viuda} {con "
                  "cáncer|sin hijos}. {Mi difunto esposo|Mi marido} {dejó|depositó} {amount} {en un banco|en una cuenta}.\n\n"
                  "{He decidido|Deseo} {donarle|entregarle} {este dinero|esta suma} {para obras de caridad|para los huérfanos}. "
                  "{Quédese con el 20%|El 20% es para usted}.\n\n{Escríbame|Responda} {a|:} {email}.\n\n{Dios le bendiga|"
                  "Bendiciones},\n{sender}")],
        "teaser": ["{Una herencia|Una donación} de {amount} {le espera|está a su nombre}. {Contacto|Escriba}: {email}",
                   "{Soy una viuda enferma|Viuda enferma}, {quiero donar|deseo dejar} {mi fortuna|mi dinero}. {Escriba|Responda}: "
                   "{email}",
                   "{Usted ha sido|Fue} {nombrado|designado} {heredero|beneficiario}. {Respuesta|Escriba} {a|:} {email}",
                   "{Su donación|Un donativo de {amount}} {está lista|le espera}: {email}"],
    },
    "lottery": {
        "subj": ["{Felicidades|FELICIDADES} {ganador|!!!}", "{Notificación de premio|Aviso de premio}", "{Usted ha ganado|Su "
                 "correo ganó}", "{Último aviso|Premio sin reclamar}"],
        "body": [("lottery",
                  "{¡FELICIDADES!|¡Estimado ganador!}\n\n{Su dirección de correo|Su e-mail} {ha ganado|resultó ganador de} "
                  "{amount} {en la lotería internacional|en el sorteo en línea}. {Número ganador|Referencia}: {ref}.\n\n"
                  "{Para reclamar|Para cobrar} {su premio|sus ganancias}, {contacte|escriba} {a nuestro agente|al departamento "
                  "de reclamaciones} {en|:} {email}. {Mantenga|Guarde} {esta información|el premio} {en secreto|confidencial}."
                  "\n\n{sender}"),
                 ("email-ballot",
                  "{Hola|Estimado beneficiario},\n\n{Nos complace|Tenemos el placer de} {informarle|anunciarle} {que su "
                  "correo|que usted} {fue seleccionado|ha ganado} {en el sorteo anual|en nuestra rifa}: {amount}. {El pago|La "
                  "transferencia} {se hará|será} {tras pagar|después de abonar} {la tasa|los gastos} de {amount}.\n\n{Envíe|"
                  "Mande} {nombre, dirección y teléfono|sus datos} {a|:} {email}.\n\n{sender}")],
        "teaser": ["{Su correo|Su e-mail} {ganó|ha ganado} {amount}. {Contacto|Escriba}: {email}",
                   "{Felicidades|Enhorabuena}, {usted ganó|es ganador}. {Reclamar|Detalles}: {link}",
                   "{Premio|Ganancia}: {amount}, {ref.|código} {ref}. {Responda|Escriba} {a|:} {email}",
                   "{Un premio|Una ganancia} {le espera|está reservada}: {link}"],
    },
    "loan": {
        "subj": ["{Préstamo|Crédito} {rápido|fácil}", "{Préstamo aprobado|Su crédito está aprobado}", "{¿Necesita dinero?|"
                 "¿Necesita un préstamo?}", "{Prestamista privado|Préstamo al 2%}"],
        "body": [("loan",
                  "{¿Necesita|¿Busca} {un préstamo|dinero urgente}? {Ofrecemos|Ofrezco} {préstamos|créditos} {desde|de} "
                  "{amount} {hasta|a} {amount} {al 2%|con 3% de interés}. {Sin aval|Sin consultar historial}, {respuesta en "
                  "24 horas|aprobación rápida}.\n\n{Escriba|Contacte} {a|:} {email} {o WhatsApp|o llame al} {phone}.\n\n{sender}"),
                 ("loan",
                  "{Hola|Estimado cliente},\n\n{Su préstamo|Su solicitud} de {amount} {ha sido aprobado|fue aprobada}. "
                  "{Antes de la transferencia|Para liberar el dinero} {debe pagar|hay que abonar} {el seguro|una comisión} de "
                  "{amount}.\n\n{Envíe|Mande} {el comprobante|sus datos bancarios} {a|:} {email}.\n\n{sender}")],
        "teaser": ["{Préstamo|Crédito} {hasta|de} {amount} {al 2%|sin aval}: {email}", "{Dinero|Préstamo} {en 24 horas|rápido}, "
                   "{llame|escriba} {phone}", "{Prestamista privado|Préstamo particular}: {email}",
                   "{Créditos|Préstamos} {para todos|sin papeles}, {escriba|respuesta} {email}"],
    },
    "sextortion": {
        "subj": ["{Su cuenta ha sido hackeada|Cuenta hackeada}", "{Tengo un video suyo|Te grabé}", "{Último aviso|Urgente}",
                 "{Pago|Pague} {ahora|requerido}"],
        "body": [("hacked-device",
                  "{Hola|Buenas}.\n\n{Hace unos meses|Hace tiempo} {hackeé|tomé el control de} {tu dispositivo|tu ordenador} "
                  "{con un troyano|con un programa malicioso}. {Grabé|Tengo} {un video tuyo|un video} {con tu cámara|por tu "
                  "webcam} {mientras veías|viendo} {páginas para adultos|porno}. {También copié|Además tengo} {todos tus "
                  "contactos|tu lista de contactos}.\n\n{Envía|Transfiere} {amount} {en bitcoin|en BTC} {a|a la dirección} "
                  "{wallet}. {Tienes|Plazo:} {hours} horas. {Si no|De lo contrario}, {el video irá|enviaré el video} {a todos "
                  "tus contactos|a tu familia}. {No respondas|No vayas a la policía}."),
                 ("webcam",
                  "{Sé que|Conozco} {password} {es tu contraseña|fue tu contraseña}. {Vamos al grano|Seré directo}. {Mi "
                  "programa|Mi software} {activó|encendió} {tu webcam|tu cámara} {cuando veías|durante} {videos para "
                  "adultos|esos videos}.\n\n{Mi precio|Quiero}: {amount} {en Bitcoin|en BTC}. {Dirección|Billetera}: {wallet}\n\n"
                  "{Tienes|Plazo} {hours} horas.")],
        "teaser": ["{Tengo|Poseo} {un video|imágenes} {tuyo|de tu webcam}. {Paga|Envía} {amount} {en bitcoin|en BTC}: {wallet}",
                   "{Tu dispositivo|Tu teléfono} {está hackeado|fue hackeado}. {Paga|Transfiere} {amount} {en BTC|en bitcoin}: {wallet}",
                   "{Conozco|Sé} {tu contraseña|tu secreto}: {password}. {Paga|Envía} {amount}: {wallet}",
                   "{Video|Grabación} {tuyo|comprometedor}. {amount} {en BTC|en bitcoin}: {wallet}"],
    },
}

TR = {
    "advance-fee": {
        "subj": ["{İş teklifi|Gizli teklif}", "{Acil|Önemli}: {cevabınız|yanıt verin}", "{BM|Dünya Bankası} {tazminatı|ödemesi}",
                 "{Ortaklık|Yatırım} {teklifi|}"],
        "body": [("business-proposal",
                  "{Sayın|Değerli} {dostum|Bay/Bayan},\n\n{Ben|Adım} {sender}, {bir bankada|büyük bir bankada} {müdürüm|"
                  "denetçiyim}. {Size|Sizin için} {kazançlı|gizli} {bir iş teklifim var|bir anlaşma var}.\n\n{Denetimde|"
                  "Yıllık kontrolde} {ölmüş bir müşteriye ait|sahipsiz} {amount} {buldum|tespit ettim}. {Yabancı bir ortağa|"
                  "Güvenilir birine} {ihtiyacım var|ihtiyaç var}, {paranın transferi için|fonu almak için}.\n\n{Payınız|"
                  "Size} {%40|%35}. {Risk yok|Her şey yasal}.\n\n{Özel adresime|Bana} {yazın|cevap verin}: {email}\n\n{sender}"),
                 ("compensation",
                  "{Sayın alıcı|Dikkat},\n\n{Birleşmiş Milletler|Uluslararası Para Fonu} {internet dolandırıcılığı "
                  "mağdurlarına|dolandırıcılık kurbanlarına} {amount} {tazminat|ödeme} {onayladı|ayırdı}. {Adınız|E-posta "
                  "adresiniz} {listede|listede bulundu}.\n\n{Dosya no|Referans}: {ref}. {Ödeme görevlisine|Temsilcimize} "
                  "{yazın|başvurun}: {email}\n\n{sender}")],
        "teaser": ["{Size|Sizin için} {bir iş teklifim var|kazançlı bir teklif var}, {yazın|cevap verin}: {email}",
                   "{Önceki|Son} {mesajımı|e-postamı} {aldınız mı|gördünüz mü}? {Cevap|Yanıt}: {email}",
                   "{amount} {transferi için|tutarında bir işlem için} {yardımınız gerek|yardım istiyorum}: {email}",
                   "{Acil|Önemli}: {bana yazın|iletişime geçin} {email}"],
    },
    "lottery": {
        "subj": ["{Tebrikler|TEBRİKLER} {kazandınız|!!!}", "{Ödül bildirimi|Kazanç bildirimi}", "{E-postanız kazandı|Kazandınız}",
                 "{Son hatırlatma|Ödül bekliyor}"],
        "body": [("lottery",
                  "{TEBRİKLER|Sayın kazanan}!\n\n{E-posta adresiniz|Adresiniz} {uluslararası|çevrimiçi} {piyangoda|çekilişte} "
                  "{amount} {kazandı|kazanan oldu}. {Bilet no|Referans}: {ref}.\n\n{Ödülünüzü|Kazancınızı} {almak için|talep "
                  "etmek için} {temsilcimize|talep bölümüne} {yazın|başvurun}: {email}\n\n{sender}"),
                 ("email-ballot",
                  "{Merhaba|Sayın} {kazanan|},\n\n{Adresiniz|Siz} {yıllık çekilişimizde|kampanyamızda} {seçildi|kazandınız}: "
                  "{amount}. {Ödeme|Transfer} {işlem ücreti|masraf} {amount} {ödendikten sonra|yatırıldıktan sonra} "
                  "{yapılacaktır|gönderilecek}.\n\n{Bilgilerinizi|Ad, adres, telefon} {gönderin|yollayın}: {email}\n\n{sender}")],
        "teaser": ["{E-postanız|Adresiniz} {amount} {kazandı|kazandınız}! {İletişim|Yazın}: {email}",
                   "{Tebrikler|Harika}, {kazandınız|ödül sizin}. {Detay|Al}: {link}",
                   "{Ödül|Kazanç}: {amount}, {kod|ref} {ref}. {Yazın|Cevap}: {email}", "{Ödülünüz|Kazancınız} {bekliyor|hazır}: {link}"],
    },
    "loan": {
        "subj": ["{Kredi|Borç} {teklifi|fırsatı}", "{Krediniz onaylandı|Onaylı kredi}", "{Paraya mı ihtiyacınız var?|Kredi mi "
                 "lazım?}", "{Özel|Hızlı} {kredi|borç}"],
        "body": [("loan",
                  "{Krediye mi ihtiyacınız var|Acil para mı lazım}? {Kredi veriyoruz|Borç veriyorum}: {amount} {ile|-} {amount} "
                  "{arası|}, {%2 faizle|düşük faizle}. {Kefil yok|Sicil sorgusu yok}.\n\n{Yazın|Başvuru}: {email} {veya "
                  "WhatsApp|ya da arayın} {phone}\n\n{sender}"),
                 ("loan",
                  "{Merhaba|Sayın müşterimiz},\n\n{Kredi başvurunuz|Krediniz} ({amount}) {onaylandı|kabul edildi}. {Ödemeden "
                  "önce|Transfer için} {sigorta ücreti|dosya masrafı} {amount} {ödemeniz gerekiyor|yatırılmalı}.\n\n{Dekontu|"
                  "Banka bilgilerinizi} {gönderin|yollayın}: {email}\n\n{sender}")],
        "teaser": ["{Kredi|Borç} {amount} {%2 faizle|kefilsiz}: {email}", "{Hızlı kredi|Acil para}: {phone}",
                   "{Özel kredi|Kredi} {herkese|sicilsiz}: {email}", "{Kredi|Para} {24 saatte|hemen}, {yazın|arayın} {email}"],
    },
}

UZ = {
    "advance-fee": {
        "subj": ["{Biznes taklif|Maxfiy taklif}", "{Shoshilinch|Muhim}: {javob bering|javobingiz}"],
        "body": [("business-proposal",
                  "{Hurmatli|Aziz} {do'stim|janob/xonim},\n\n{Men|Mening ismim} {sender}, {bankda|katta bankda} {direktorman|"
                  "auditorman}. {Sizga|Siz uchun} {foydali|maxfiy} {biznes taklifim bor|bitim bor}.\n\n{Tekshiruvda|Yillik "
                  "auditda} {vafot etgan mijozning|egasiz} {amount} {pulini topdim|mablag'ini aniqladim}. {Xorijlik sherik|"
                  "Ishonchli odam} {kerak|zarur}, {pulni o'tkazish uchun|mablag'ni olish uchun}.\n\n{Sizning ulushingiz|Siz} "
                  "{40%|35%}. {Xavf yo'q|Hammasi qonuniy}.\n\n{Shaxsiy pochtamga|Menga} {yozing|javob bering}: {email}\n\n{sender}"),
                 ("inheritance",
                  "{Assalomu alaykum|Hurmatli} {janob/xonim|do'stim},\n\n{Men|Mening ismim} {sender}, {advokatman|notariusman}. "
                  "{Marhum mijozim|Vafot etgan mijoz} {sizning familiyangizda|familiyangiz bilan bir xil} {edi|} va {amount} "
                  "{meros qoldirdi|vasiyatsiz qoldirdi}.\n\n{Sizni|Sizni merosxo'r sifatida} {taqdim etmoqchiman|ko'rsatmoqchiman}, "
                  "{pulni teng bo'lamiz|50/50 bo'lamiz}.\n\n{Yozing|Javob bering}: {email}\n\n{sender}")],
        "teaser": ["{Sizga|Siz uchun} {biznes taklifim bor|foydali taklif bor}, {yozing|javob bering}: {email}",
                   "{Oldingi|Avvalgi} {xatimni|xabarimni} {oldingizmi|ko'rdingizmi}? {Javob|Yozing}: {email}",
                   "{Meros|Xayriya} {amount} {sizni kutmoqda|sizning nomingizda}: {email}",
                   "{Shoshilinch|Muhim}: {menga yozing|bog'laning} {email}"],
    },
    "lottery": {
        "subj": ["{Tabriklaymiz|TABRIKLAYMIZ} {g'olib|!!!}", "{Yutuq haqida xabar|Sovrin xabari}"],
        "body": [("lottery",
                  "{TABRIKLAYMIZ|Hurmatli g'olib}!\n\n{Elektron pochtangiz|Manzilingiz} {xalqaro|onlayn} {lotereyada|o'yinda} "
                  "{amount} {yutdi|yutuq oldi}. {Chipta raqami|Kod}: {ref}.\n\n{Yutuqni olish uchun|Sovrinni olish uchun} "
                  "{agentimizga|bo'limga} {yozing|murojaat qiling}: {email}\n\n{sender}"),
                 ("email-ballot",
                  "{Salom|Hurmatli} {g'olib|},\n\n{Manzilingiz|Siz} {yillik o'yinda|aksiyamizda} {tanlandi|yutdingiz}: {amount}. "
                  "{To'lov|Pul} {xizmat haqi|komissiya} {amount} {to'langandan keyin|to'lagandan so'ng} {yuboriladi|beriladi}.\n\n"
                  "{Ma'lumotlaringizni|Ism, manzil, telefon} {yuboring|jo'nating}: {email}\n\n{sender}")],
        "teaser": ["{Pochtangiz|Manzilingiz} {amount} {yutdi|yutuq oldi}! {Yozing|Aloqa}: {email}",
                   "{Tabriklaymiz|Ajoyib}, {siz yutdingiz|sovrin sizniki}. {Batafsil|Olish}: {link}",
                   "{Yutuq|Sovrin} {amount}, {kod|raqam} {ref}: {email}", "{Sovriningiz|Yutug'ingiz} {kutmoqda|tayyor}: {link}"],
    },
}

KK = {
    "advance-fee": {
        "subj": ["{Іскерлік ұсыныс|Құпия ұсыныс}", "{Шұғыл|Маңызды}: {жауап беріңіз|жауабыңыз}"],
        "body": [("business-proposal",
                  "{Құрметті|Қымбатты} {досым|мырза/ханым},\n\n{Мен|Менің атым} {sender}, {банкте|ірі банкте} {директормын|"
                  "аудитормын}. {Сізге|Сіз үшін} {тиімді|құпия} {іскерлік ұсынысым бар|мәміле бар}.\n\n{Тексеру кезінде|"
                  "Аудитте} {қайтыс болған клиенттің|иесіз} {amount} {ақшасын таптым|қаражатын анықтадым}. {Шетелдік серіктес|"
                  "Сенімді адам} {керек|қажет}.\n\n{Сіздің үлесіңіз|Сізге} {40%|35%}. {Қауіп жоқ|Бәрі заңды}.\n\n{Жеке поштама|"
                  "Маған} {жазыңыз|жауап беріңіз}: {email}\n\n{sender}"),
                 ("inheritance",
                  "{Сәлеметсіз бе|Құрметті} {мырза/ханым|досым},\n\n{Мен|Менің атым} {sender}, {адвокатпын|нотариуспын}. "
                  "{Марқұм клиентім|Қайтыс болған клиент} {сіздің тегіңізде|тегіңіз бірдей} {еді|} және {amount} {мұра "
                  "қалдырды|өсиетсіз қалдырды}.\n\n{Сізді|Сізді мұрагер ретінде} {ұсынғым келеді|көрсеткім келеді}, {ақшаны "
                  "тең бөлеміз|50/50 бөлеміз}.\n\n{Жазыңыз|Жауап беріңіз}: {email}\n\n{sender}")],
        "teaser": ["{Сізге|Сіз үшін} {іскерлік ұсынысым бар|тиімді ұсыныс бар}, {жазыңыз|жауап беріңіз}: {email}",
                   "{Алдыңғы|Бұрынғы} {хатымды|хабарымды} {алдыңыз ба|көрдіңіз бе}? {Жауап|Жазыңыз}: {email}",
                   "{Мұра|Қайырымдылық} {amount} {сізді күтуде|сіздің атыңызда}: {email}",
                   "{Шұғыл|Маңызды}: {маған жазыңыз|хабарласыңыз} {email}"],
    },
    "loan": {
        "subj": ["{Несие|Кредит} {ұсынысы|бар}", "{Несиеңіз мақұлданды|Кредит мақұлданды}"],
        "body": [("loan",
                  "{Несие керек пе|Ақша керек пе}? {Несие береміз|Кредит беремін}: {amount} {дейін|}, {2% пайызбен|төмен "
                  "пайызбен}. {Кепілсіз|Анықтамасыз}.\n\n{Жазыңыз|Өтінім}: {email} {немесе WhatsApp|немесе қоңырау} {phone}\n\n{sender}"),
                 ("loan",
                  "{Сәлеметсіз бе|Құрметті клиент},\n\n{Несиеңіз|Өтініміңіз} ({amount}) {мақұлданды|қабылданды}. {Аударым "
                  "алдында|Ақшаны алу үшін} {сақтандыру|комиссия} {amount} {төлеу керек|төлеңіз}.\n\n{Түбіртекті|Деректеріңізді} "
                  "{жіберіңіз|жолдаңыз}: {email}\n\n{sender}")],
        "teaser": ["{Несие|Кредит} {amount} {2%|кепілсіз}: {email}", "{Жылдам несие|Шұғыл ақша}: {phone}",
                   "{Жеке несие|Кредит} {барлығына|анықтамасыз}: {email}", "{Несие|Ақша} {24 сағатта|бірден}: {email}"],
    },
}

KY = {
    "advance-fee": {
        "subj": ["{Бизнес сунуш|Жашыруун сунуш}", "{Шашылыш|Маанилүү}: {жооп бериңиз|жообуңуз}"],
        "body": [("business-proposal",
                  "{Урматтуу|Кымбаттуу} {досум|мырза/айым},\n\n{Мен|Менин атым} {sender}, {банкта|чоң банкта} {директормун|"
                  "аудитормун}. {Сизге|Сиз үчүн} {пайдалуу|жашыруун} {бизнес сунушум бар|келишим бар}.\n\n{Текшерүүдө|Аудитте} "
                  "{каза болгон кардардын|ээсиз} {amount} {акчасын таптым|каражатын аныктадым}. {Чет элдик өнөктөш|Ишенимдүү "
                  "адам} {керек|зарыл}.\n\n{Сиздин үлүшүңүз|Сизге} {40%|35%}. {Коркунуч жок|Баары мыйзамдуу}.\n\n{Жеке почтама|"
                  "Мага} {жазыңыз|жооп бериңиз}: {email}\n\n{sender}"),
                 ("inheritance",
                  "{Саламатсызбы|Урматтуу} {мырза/айым|досум},\n\n{Мен|Менин атым} {sender}, {адвокатмын|нотариусмун}. "
                  "{Маркум кардарым|Каза болгон кардар} {сиздин фамилияңызда|фамилияңыз бирдей} {болчу|} жана {amount} {мурас "
                  "калтырды|керээзсиз калтырды}.\n\n{Сизди|Сизди мураскор катары} {сунуштагым келет|көрсөткүм келет}, {акчаны "
                  "тең бөлөбүз|50/50 бөлөбүз}.\n\n{Жазыңыз|Жооп бериңиз}: {email}\n\n{sender}")],
        "teaser": ["{Сизге|Сиз үчүн} {бизнес сунушум бар|пайдалуу сунуш бар}, {жазыңыз|жооп бериңиз}: {email}",
                   "{Мурунку|Алдыңкы} {катымды|билдирүүмдү} {алдыңызбы|көрдүңүзбү}? {Жооп|Жазыңыз}: {email}",
                   "{Мурас|Кайрымдуулук} {amount} {сизди күтүүдө|сиздин атыңызда}: {email}",
                   "{Шашылыш|Маанилүү}: {мага жазыңыз|байланышыңыз} {email}"],
    },
    "lottery": {
        "subj": ["{Куттуктайбыз|КУТТУКТАЙБЫЗ} {жеңүүчү|!!!}", "{Утуш жөнүндө кабар|Байге кабары}"],
        "body": [("lottery",
                  "{КУТТУКТАЙБЫЗ|Урматтуу жеңүүчү}!\n\n{Электрондук почтаңыз|Дарегиңиз} {эл аралык|онлайн} {лотереяда|оюнда} "
                  "{amount} {утту|утуш алды}. {Билет номери|Код}: {ref}.\n\n{Утушту алуу үчүн|Байгени алуу үчүн} {агентке|"
                  "бөлүмгө} {жазыңыз|кайрылыңыз}: {email}\n\n{sender}"),
                 ("email-ballot",
                  "{Салам|Урматтуу} {жеңүүчү|},\n\n{Дарегиңиз|Сиз} {жылдык оюнда|акциябызда} {тандалды|уттуңуз}: {amount}. "
                  "{Төлөм|Акча} {кызмат акысы|комиссия} {amount} {төлөнгөндөн кийин|төлөгөндөн соң} {жөнөтүлөт|берилет}.\n\n"
                  "{Маалыматыңызды|Аты, дареги, телефону} {жөнөтүңүз|жибериңиз}: {email}\n\n{sender}")],
        "teaser": ["{Почтаңыз|Дарегиңиз} {amount} {утту|утуш алды}! {Жазыңыз|Байланыш}: {email}",
                   "{Куттуктайбыз|Сонун}, {сиз уттуңуз|байге сиздики}. {Толук|Алуу}: {link}",
                   "{Утуш|Байге} {amount}, {код|номер} {ref}: {email}", "{Байгеңиз|Утушуңуз} {күтүүдө|даяр}: {link}"],
    },
}

TG = {
    "advance-fee": {
        "subj": ["{Пешниҳоди тиҷоратӣ|Пешниҳоди махфӣ}", "{Фаврӣ|Муҳим}: {ҷавоб диҳед|ҷавоби шумо}"],
        "body": [("business-proposal",
                  "{Мӯҳтарам|Азиз} {дӯстам|ҷаноб/хонум},\n\n{Ман|Номи ман} {sender}, {дар бонк|дар бонки калон} {директор|"
                  "аудитор} {ҳастам|мебошам}. {Ба шумо|Барои шумо} {пешниҳоди судманд|созиши махфӣ} {дорам|ҳаст}.\n\n"
                  "{Ҳангоми санҷиш|Дар аудит} {пули мизоҷи фавтида|маблағи бесоҳиб} {amount} {ёфтам|муайян кардам}. "
                  "{Шарики хориҷӣ|Одами боэътимод} {лозим|зарур} {аст|}.\n\n{Ҳиссаи шумо|Ба шумо} {40%|35%}. {Хатар нест|Ҳама "
                  "қонунӣ}.\n\n{Ба почтаи шахсии ман|Ба ман} {нависед|ҷавоб диҳед}: {email}\n\n{sender}"),
                 ("inheritance",
                  "{Ассалому алейкум|Мӯҳтарам} {ҷаноб/хонум|дӯстам},\n\n{Ман|Номи ман} {sender}, {адвокат|нотариус} {ҳастам|}. "
                  "{Мизоҷи марҳумам|Мизоҷи фавтида} {насаби шуморо дошт|ҳамнасаби шумо буд} ва {amount} {мерос гузошт|бе "
                  "васиятнома гузошт}.\n\n{Шуморо|Шуморо ҳамчун ворис} {пешниҳод кардан мехоҳам|нишон додан мехоҳам}, {пулро "
                  "баробар тақсим мекунем|50/50 тақсим мекунем}.\n\n{Нависед|Ҷавоб диҳед}: {email}\n\n{sender}")],
        "teaser": ["{Ба шумо|Барои шумо} {пешниҳоди тиҷоратӣ дорам|пешниҳоди судманд ҳаст}, {нависед|ҷавоб диҳед}: {email}",
                   "{Мактуби қаблии|Паёми пешинаи} {маро|ман} {гирифтед|дидед}? {Ҷавоб|Нависед}: {email}",
                   "{Мерос|Хайрия} {amount} {шуморо интизор аст|ба номи шумо}: {email}",
                   "{Фаврӣ|Муҳим}: {ба ман нависед|тамос гиред} {email}"],
    },
    "loan": {
        "subj": ["{Қарз|Кредит} {пешниҳод|дастрас}", "{Қарзи шумо тасдиқ шуд|Кредит тасдиқ шуд}"],
        "body": [("loan",
                  "{Қарз лозим аст|Пул лозим аст}? {Қарз медиҳем|Кредит медиҳам}: {то|} {amount}, {бо 2%|бо фоизи кам}. "
                  "{Бе кафил|Бе маълумотнома}.\n\n{Нависед|Дархост}: {email} {ё WhatsApp|ё занг занед} {phone}\n\n{sender}"),
                 ("loan",
                  "{Салом|Мизоҷи мӯҳтарам},\n\n{Қарзи шумо|Дархости шумо} ({amount}) {тасдиқ шуд|қабул шуд}. {Пеш аз "
                  "интиқол|Барои гирифтани пул} {суғурта|комиссия} {amount} {пардохт кунед|лозим аст}.\n\n{Квитансияро|"
                  "Маълумотро} {фиристед|ирсол кунед}: {email}\n\n{sender}")],
        "teaser": ["{Қарз|Кредит} {amount} {бо 2%|бе кафил}: {email}", "{Қарзи зуд|Пули фаврӣ}: {phone}",
                   "{Қарзи шахсӣ|Кредит} {барои ҳама|бе ҳуҷҷат}: {email}", "{Қарз|Пул} {дар 24 соат|фавран}: {email}"],
    },
}

TK = {
    "advance-fee": {
        "subj": ["{Işewür teklip|Gizlin teklip}", "{Gyssagly|Möhüm}: {jogap beriň|jogabyňyz}"],
        "body": [("business-proposal",
                  "{Hormatly|Eziz} {dostum|jenap/hanym},\n\n{Men|Meniň adym} {sender}, {bankda|uly bankda} {direktor|auditor}. "
                  "{Size|Siziň üçin} {peýdaly|gizlin} {işewür teklibim bar|şertnama bar}.\n\n{Barlagda|Auditde} {aradan çykan "
                  "müşderiniň|eýesiz} {amount} {pulyny tapdym|serişdesini anykladym}. {Daşary ýurtly hyzmatdaş|Ynamly adam} "
                  "{gerek|zerur}.\n\n{Siziň paýyňyz|Size} {40%|35%}. {Howp ýok|Hemmesi kanuny}.\n\n{Şahsy poçtama|Maňa} "
                  "{ýazyň|jogap beriň}: {email}\n\n{sender}"),
                 ("inheritance",
                  "{Salam|Hormatly} {jenap/hanym|dostum},\n\n{Men|Meniň adym} {sender}, {aklawçy|notarius}. {Merhum "
                  "müşderim|Aradan çykan müşderi} {siziň familiýaňyzda|familiýaňyz bilen meňzeş} {bolupdyr|} we {amount} "
                  "{miras galdyrdy|wesýetsiz galdyrdy}.\n\n{Sizi|Sizi mirasdar hökmünde} {hödürlemek isleýärin|görkezmek "
                  "isleýärin}, {puly deň böleris|50/50 böleris}.\n\n{Ýazyň|Jogap beriň}: {email}\n\n{sender}")],
        "teaser": ["{Size|Siziň üçin} {işewür teklibim bar|peýdaly teklip bar}, {ýazyň|jogap beriň}: {email}",
                   "{Öňki|Ozalky} {hatymy|habarymy} {aldyňyzmy|gördüňizmi}? {Jogap|Ýazyň}: {email}",
                   "{Miras|Haýyr-sahawat} {amount} {sizi garaşýar|siziň adyňyza}: {email}",
                   "{Gyssagly|Möhüm}: {maňa ýazyň|habarlaşyň} {email}"],
    },
    "lottery": {
        "subj": ["{Gutlaýarys|GUTLAÝARYS} {ýeňiji|!!!}", "{Utuş barada habar|Baýrak habary}"],
        "body": [("lottery",
                  "{GUTLAÝARYS|Hormatly ýeňiji}!\n\n{Elektron poçtaňyz|Salgyňyz} {halkara|onlaýn} {lotereýada|oýunda} {amount} "
                  "{utdy|utuş aldy}. {Bilet belgisi|Kod}: {ref}.\n\n{Utuşy almak üçin|Baýragy almak üçin} {agenta|bölüme} "
                  "{ýazyň|ýüz tutuň}: {email}\n\n{sender}"),
                 ("email-ballot",
                  "{Salam|Hormatly} {ýeňiji|},\n\n{Salgyňyz|Siz} {ýyllyk oýunda|aksiýamyzda} {saýlandy|utduňyz}: {amount}. "
                  "{Töleg|Pul} {hyzmat haky|komissiýa} {amount} {tölenenden soň|töläniňizden soň} {iberiler|berler}.\n\n"
                  "{Maglumatlaryňyzy|Ady, salgysy, telefony} {iberiň|ugradyň}: {email}\n\n{sender}")],
        "teaser": ["{Poçtaňyz|Salgyňyz} {amount} {utdy|utuş aldy}! {Ýazyň|Aragatnaşyk}: {email}",
                   "{Gutlaýarys|Ajaýyp}, {siz utduňyz|baýrak siziňki}. {Jikme-jik|Almak}: {link}",
                   "{Utuş|Baýrak} {amount}, {kod|belgi} {ref}: {email}", "{Baýragyňyz|Utuşyňyz} {garaşýar|taýýar}: {link}"],
    },
}

SCAM = {"ru": RU, "fr": FR, "es": ES, "tr": TR, "uz": UZ, "kk": KK, "ky": KY, "tg": TG, "tk": TK}
