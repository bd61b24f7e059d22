"""French, Spanish and Russian look-alikes of the ninth batch: developer and user lists of an accounting
program, a wallet project and a Russian free-software wallet (spintax; see scam_ninth.spin), written blind by
helper c9-corpus (a non-native author for Russian). Even-indexed variants are the dev half, odd ones held out."""

FR = {
    "question": [("{Stocker|Hacher} les mots de passe {avec|dans} {Libre-Compta|la bibliothèque} ?",
                  "{Bonjour à tous|Bonjour},\n\n{quelle est|quelle serait} la {bonne|meilleure} façon de {stocker|hacher} "
                  "les mots de passe {des utilisateurs|} ? La {doc|documentation} {parle de|cite} {pbkdf2|scrypt}, {mais|alors "
                  "que} {on lit partout|tout le monde dit} qu'argon2id {est préférable|est mieux}.\n\n{Merci d'avance|Merci},\n{me}"),
                 ("{Module de paiement|Module PayPal} : commandes {payées deux fois|marquées payées}",
                  "{Bonjour|Salut},\n\n{depuis|après} la mise à jour {vers|en} {ver}, {certaines commandes|des commandes} "
                  "{sont marquées|passent} payées {alors que|même si} le paiement {a échoué|est annulé}. {Quelqu'un a|Vous "
                  "avez} {déjà vu ça|le même problème} ?\n\n{me}"),
                 ("{Mail de chantage|Courriel bizarre} {avec|contenant} {mon|un ancien} mot de passe",
                  "{Bonjour|Salut},\n\n{j'ai reçu|hier j'ai reçu} un {courriel|mail} {où|dans lequel} {quelqu'un|un "
                  "prétendu pirate} {dit m'avoir filmé avec ma webcam|prétend contrôler mon ordinateur} et {réclame|demande} "
                  "des bitcoins. {Il cite|Le mail contient} un ancien mot de passe. {Dois-je m'inquiéter|Mon coffre de mots de "
                  "passe est-il en danger} ?\n\n{me}"),
                 ("{Faire un don|Dons} {par virement|par SEPA} ?",
                  "{Bonjour|Salut}, {peut-on|est-il possible de} faire un don à l'association {par virement|par virement "
                  "SEPA} ? {Le site|La page des dons} {ne propose que|montre seulement} {PayPal et bitcoin|la carte}.\n\n{me}")],
    "reply": ["{Utilise|Prends} argon2id {avec les valeurs par défaut|avec au moins 64 Mio}; pbkdf2 {ne sert plus|reste} "
              "{que pour la compatibilité|pour les vieilles bases}.",
              "{Ça ressemble|On dirait} {au bug IPN|au bug {bug}}, {corrigé|qui est corrigé} {dans|en} {ver}. {Mets à jour|"
              "Fais la mise à jour} {et reteste|puis vérifie}.",
              "{C'est|Classique :} {une arnaque au chantage|une sextorsion standard} : le mot de passe {vient d'une|sort "
              "d'une} {vieille fuite|fuite de données}, {personne ne t'a filmé|il n'y a aucune vidéo}. {Ne paie pas|Surtout "
              "ne rien payer}.",
              "{Oui|Bien sûr}, l'IBAN {est|figure} {sur le site|sur la page de l'association} {dans|rubrique} « {Dons|Nous "
              "soutenir} ».",
              "{+1|Pareil}, {j'ai eu|on a eu} le même {problème|souci} {la semaine dernière|après la mise à jour}.",
              "{Merci|Merci beaucoup}, {ça marche|c'est réglé}."],
    "dev": [("{RFC|Proposition} : {supprimer|abandonner} les {anciens|vieux} hachages de mots de passe",
             "{Bonjour à tous|Salut},\n\n{je propose|j'aimerais} {de supprimer|retirer} le support des hachages {sha1|non "
             "salés} {dans|pour} {ver}. {Les comptes|Les utilisateurs} {concernés|encore dessus} {devront|devraient} "
             "{changer|réinitialiser} leur mot de passe. {Des objections|Avis} ?\n\n{me}"),
            ("{Module de virement|Module SEPA} : {vérifier|contrôler} l'IBAN",
             "{Bonjour|Salut},\n\nle module {SEPA|de prélèvement} ne {vérifie|contrôle} pas {la clé de l'IBAN|l'IBAN} "
             "{à la saisie|avant l'enregistrement}; {la banque|le prestataire} {a rejeté|rejette} {le prélèvement|les "
             "prélèvements} {une semaine plus tard|après coup}. {Je prépare|J'envoie} un correctif.\n\n{me}"),
            ("{Succession|Héritage} {et|des} {portefeuilles|clés} : {une idée|proposition}",
             "{Bonjour|Salut},\n\n{des utilisateurs demandent|on nous demande souvent} ce que {deviennent|devient} {leurs "
             "bitcoins|le portefeuille} {après leur décès|en cas de décès}. {Idée|Proposition} : une clé de récupération "
             "{à verrouillage temporel|temporisée} pour {les héritiers|un proche}.\n\n{me}"),
            ("{Remboursements|API de paiement} : {compte rendu|notes} de la réunion",
             "{Bonjour|Salut},\n\n{résumé|notes} de {la réunion|l'appel} {d'hier|de mardi} : {les remboursements "
             "partiels|les remboursements} {passent|auront} {sur|leur} {un point d'accès séparé|propre point d'accès}, "
             "{les webhooks reçoivent|chaque webhook reçoit} une clé d'idempotence.\n\n{me}")],
    "release": [("[ANNONCE] {project} {ver} {est sorti|disponible}",
                 "{Bonjour à tous|Bonjour},\n\n{nous avons le plaisir|nous sommes heureux} d'annoncer {project} {ver}.\n\n"
                 "{Nouveautés|Principaux changements} :\n  * {portefeuilles matériels|multisignature}\n  * mots de passe "
                 "hachés avec argon2id\n  * {factures signées|export PDF des factures}\n\nTéléchargement : "
                 "https://telechargement.example.fr/{project}/{ver}/\nSHA256 : {sha}\n\n{Les dons|Un don} {nous aident|"
                 "aide le projet} : https://{project}.example.fr/dons\n\n{me}"),
                ("{project} {ver} : {mise à jour de sécurité|correctifs}",
                 "{project} {ver} {corrige|règle} {cve} ({mot de passe dans les journaux|plantage au paiement d'une "
                 "facture}). {Mise à jour recommandée|Tout le monde devrait mettre à jour}.\n\n{me}")],
    "conference": [("{Appel à conférences|Appel à propositions} : {project} {year}",
                    "{Bonjour|Bonjour à tous},\n\nl'appel à {conférences|propositions} pour les rencontres {project} {year} "
                    "est ouvert {jusqu'au|jusqu'à} {30 juin|fin mai}. {Des aides au voyage|Des bourses de voyage} {jusqu'à|"
                    "d'au plus} {amount} {sont possibles|existent}.\n\n{me}"),
                   ("{Bourses de voyage|Aides au déplacement} : {résultats|décisions}",
                    "{Nous avons pu|Le comité a pu} {financer|accepter} {22|31} demandes sur {84|63}. {Les aides|Les "
                    "remboursements} {sont versés|se font} {sur justificatifs|après l'événement}. {Personne du comité|Nous} "
                    "ne {vous demandera|demanderons} {jamais de frais|d'argent} pour {une bourse|recevoir une aide}.\n\n{me}")],
    "spam_own": ["{Attention|Prudence} : {ce message|le courriel ci-dessous} {est arrivé|est passé} {sur la liste|par la liste} "
                 "{cette nuit|ce matin}. {C'est une arnaque|Arnaque}, {ne répondez pas|n'y répondez pas}.",
                 "{Quelqu'un|Un inconnu} {envoie|a envoyé} {ceci|ce qui suit} {depuis|avec} {l'adresse piratée|le compte "
                 "piraté} d'un {membre|abonné}. {Ignorez-le|À ignorer}.",
                 "{Pour mémoire|Pour les archives} : le {message|courriel} {ci-dessous|cité} ne {vient|provient} pas de "
                 "{l'association|du projet}. {N'envoyez pas d'argent|Ne payez rien}.",
                 "{Modérateurs|Admins}, {encore un|un autre} {courriel d'escroquerie|mail 419} {passé|est passé}. {Peut-on|"
                 "Pourrait-on} {modérer les non-abonnés|renforcer le filtre} ?"],
    "spam_subj": ["{Attention|Prudence} : {arnaque|spam} {sur la liste|}", "{Spam|Arnaque} {passé|encore}",
                  "{Info|PSA} : {ne répondez pas|à ignorer}", "{Est-ce|C'est} {une arnaque|sérieux} ?"],
    "spam_reply": ["{Merci|Merci beaucoup}, {supprimé|retiré} {des archives|}.", "{Pareil ici|Reçu aussi}. {Signalé|Signalé au "
                   "fournisseur}.", "{Oui|Effectivement}, {arnaque|spam}. {Ne jamais répondre|Ne répondez jamais}.",
                   "{La modération|Le filtre} est {activée|renforcé}; {désolé|pardon} pour le bruit."],
    "spam_aside": ["{Notez|Voyez} l'adresse {privée|gratuite} {pour répondre|ici}.", "{Aucune banque|Aucun notaire} n'écrit "
                   "{comme ça|ainsi}.", "{Et voici|Voilà} {les frais|le paiement demandé}.", "{Il n'y a|Aucune} vidéo {aucune|}."],
    "sig": ["-- \n{me}", "{Cordialement|Bien à vous|À+},\n{me}", "{me}", "-- \n{me}\nGPG : {fpr}"],
}

ES = {
    "question": [("{¿Cómo guardar|Guardar} contraseñas con {Cartera Libre|la biblioteca}?",
                  "{Hola a todos|Hola},\n\n{¿cuál es|¿cuál sería} la {forma correcta|mejor manera} de {guardar|hashear} las "
                  "contraseñas de {los usuarios|usuarios}? La {documentación|doc} {menciona|usa} {pbkdf2|scrypt}, {pero|y} "
                  "{todos dicen|leo por ahí} que argon2id {es mejor|es preferible}.\n\n{Gracias|Gracias de antemano},\n{me}"),
                 ("{Módulo de pagos|Módulo PayPal}: pedidos {cobrados dos veces|marcados como pagados}",
                  "{Hola|Buenas},\n\n{desde|tras} la actualización a {ver}, {algunos pedidos|pedidos} {aparecen|quedan} como "
                  "pagados {aunque|a pesar de que} el pago {falló|fue cancelado}. {¿Alguien|¿A alguien} {lo ha visto|le pasa}?\n\n{me}"),
                 ("{Correo de extorsión|Correo raro} {con|que incluye} {mi|una antigua} contraseña",
                  "{Hola|Buenas},\n\n{recibí|me llegó} un correo {donde|en el que} {alguien|un supuesto hacker} {dice que me "
                  "grabó con la webcam|afirma controlar mi ordenador} y {pide|exige} bitcoins. {Cita|Incluye} una contraseña "
                  "antigua mía. {¿Debo preocuparme|¿Está en peligro mi gestor de contraseñas}?\n\n{me}"),
                 ("{¿Donar|Donaciones} {por transferencia|por SEPA}?",
                  "{Hola|Buenas}, {¿se puede|¿es posible} donar al proyecto {por transferencia|por transferencia SEPA}? "
                  "{La web|La página de donaciones} {solo ofrece|solo muestra} {PayPal y bitcoin|la tarjeta}.\n\n{me}")],
    "reply": ["{Usa|Utiliza} argon2id {con los valores por defecto|con al menos 64 MiB}; pbkdf2 {queda solo|existe} {por "
              "compatibilidad|para bases antiguas}.",
              "{Parece|Suena a} {el bug del IPN|el bug {bug}}, {corregido|que se corrigió} en {ver}. {Actualiza|Actualiza "
              "ya} {y vuelve a probar|y comprueba}.",
              "{Es|Es una} {estafa de extorsión|sextorsión típica}: la contraseña {viene|sale} de una {filtración|fuga} "
              "antigua, {nadie te grabó|no hay ningún video}. {No pagues|No pagues nada}.",
              "{Sí|Claro}, el IBAN {está|aparece} {en la web|en la página del proyecto} {bajo|en} «{Donar|Apóyanos}».",
              "{+1|Igual}, {me pasó|nos pasó} {lo mismo|igual} {la semana pasada|tras actualizar}.",
              "{Gracias|Muchas gracias}, {ya funciona|resuelto}."],
    "dev": [("{RFC|Propuesta}: {eliminar|quitar} los hashes {antiguos|sha1} de contraseñas",
             "{Hola a todos|Hola},\n\n{propongo|me gustaría} {eliminar|quitar} el soporte de hashes {sha1|sin sal} en {ver}. "
             "{Las cuentas|Los usuarios} {afectadas|que aún los usan} {tendrán|deberán} {que cambiar|restablecer} su "
             "contraseña. {¿Objeciones|¿Opiniones}?\n\n{me}"),
            ("{Módulo SEPA|Domiciliaciones}: {validar|comprobar} el IBAN",
             "{Hola|Buenas},\n\nel módulo {SEPA|de domiciliaciones} no {valida|comprueba} {el IBAN|el dígito de control} "
             "{al guardar|en el formulario}; el banco {devolvió|devuelve} {el recibo|los recibos} {una semana después|"
             "días más tarde}. {Preparo|Envío} un parche.\n\n{me}"),
            ("{Herencia|Sucesión} de {carteras|claves}: {propuesta|idea}",
             "{Hola|Buenas},\n\n{los usuarios preguntan|nos preguntan a menudo} qué pasa con {sus bitcoins|la cartera} "
             "{cuando mueren|tras su fallecimiento}. {Idea|Propuesta}: una clave de recuperación {con bloqueo temporal|"
             "temporizada} para {los herederos|un familiar}.\n\n{me}"),
            ("{Reembolsos|API de pagos}: {notas|acta} de la reunión",
             "{Hola|Buenas},\n\n{resumen|notas} de {la reunión|la llamada} {de ayer|del martes}: {los reembolsos "
             "parciales|los reembolsos} {tendrán|van a} {su propio endpoint|un endpoint aparte}, {los webhooks llevan|cada "
             "webhook lleva} clave de idempotencia.\n\n{me}")],
    "release": [("[ANUNCIO] {project} {ver} {publicado|disponible}",
                 "{Hola a todos|Hola},\n\n{nos alegra|tenemos el placer de} anunciar {project} {ver}.\n\n{Novedades|"
                 "Cambios principales}:\n  * {carteras hardware|multifirma}\n  * contraseñas con argon2id\n  * "
                 "{facturas firmadas|exportación a PDF}\n\nDescarga: https://descargas.example.es/{project}/{ver}/\n"
                 "SHA256: {sha}\n\n{Las donaciones|Una donación} {ayudan|ayuda} al proyecto: https://{project}.example.es/donar\n\n{me}"),
                ("{project} {ver}: {actualización de seguridad|correcciones}",
                 "{project} {ver} {corrige|soluciona} {cve} ({contraseña en los registros|fallo al pagar una factura}). "
                 "{Se recomienda|Recomendamos} actualizar.\n\n{me}")],
    "conference": [("{Convocatoria|Llamada} de charlas: {project} {year}",
                    "{Hola|Hola a todos},\n\nla convocatoria de {charlas|ponencias} para {project} {year} está abierta "
                    "{hasta|hasta el} {30 de junio|final de mayo}. {Hay becas de viaje|Hay ayudas de viaje} de hasta "
                    "{amount}.\n\n{me}"),
                   ("{Becas de viaje|Ayudas de viaje}: {resultados|resolución}",
                    "{Pudimos|El comité pudo} {financiar|aceptar} {22|31} de {84|63} solicitudes. {Las ayudas|Los "
                    "reembolsos} {se pagan|se hacen} {con justificantes|después del evento}. {Nadie del comité|Nunca} "
                    "{os pedirá|pediremos} {dinero|una tasa} {por una beca|para recibir la ayuda}.\n\n{me}")],
    "spam_own": ["{Atención|Cuidado}: {este correo|el mensaje de abajo} {llegó|entró} {a la lista|por la lista} {anoche|esta "
                 "mañana}. {Es una estafa|Estafa}, {no respondáis|no contestéis}.",
                 "{Alguien|Un desconocido} {envía|ha enviado} {esto|lo siguiente} {desde|con} {la dirección robada|la cuenta "
                 "hackeada} de un {miembro|suscriptor}. {Ignoradlo|Ignorad el mensaje}.",
                 "{Para el archivo|Que conste}: el {mensaje|correo} {de abajo|citado} no {es|viene} del proyecto. {No "
                 "enviéis dinero|No paguéis nada}.",
                 "{Moderadores|Admins}, {otro|otra vez un} {correo de estafa|419} {se coló|ha pasado}. {¿Podemos|¿Se podría} "
                 "{moderar a los no suscritos|endurecer el filtro}?"],
    "spam_subj": ["{Atención|Cuidado}: {estafa|spam} {en la lista|}", "{Spam|Estafa} {otra vez|colado}",
                  "{Aviso|PSA}: {no respondáis|ignorad}", "{¿Es|¿Esto es} {una estafa|legítimo}?"],
    "spam_reply": ["{Gracias|Muchas gracias}, {borrado|eliminado} {del archivo|}.", "{A mí también|También me llegó}. "
                   "{Denunciado|Reportado} al proveedor.", "{Sí|Efectivamente}, {estafa|spam}. {Nunca respondáis|No contestéis "
                   "nunca}.", "{La moderación|El filtro} {está activa|se ha endurecido}; {perdón|disculpad} por el ruido."],
    "spam_aside": ["{Fijaos en|Mirad} la dirección {privada|gratuita} {para responder|aquí}.", "{Ningún banco|Ningún notario} "
                   "{escribe así|escribe de esta forma}.", "{Y aquí|Aquí} {viene|llega} {la tasa|el pago por adelantado}.",
                   "{No hay|Ningún} video {ninguno|}."],
    "sig": ["-- \n{me}", "{Saludos|Un saludo|Gracias},\n{me}", "{me}", "-- \n{me}\nGPG: {fpr}"],
}

RU = {
    "question": [("{Как хранить|Хранение} паролей {в|с} {Кошелёк-СПО|библиотеке}?",
                  "{Всем привет|Здравствуйте},\n\n{как правильно|как лучше} {хранить|хешировать} пароли пользователей? "
                  "В {документации|доках} {упоминается|используется} {pbkdf2|scrypt}, {но|а} {везде пишут|все советуют}, что "
                  "argon2id {лучше|предпочтительнее}.\n\n{Спасибо|Заранее спасибо},\n{me}"),
                 ("{Платёжный модуль|Модуль оплаты} {отмечает|помечает} заказы оплаченными {дважды|без оплаты}",
                  "{Привет|Здравствуйте},\n\n{после|с} {обновления до|версии} {ver} {некоторые заказы|заказы} {помечаются|"
                  "становятся} оплаченными, {хотя|даже если} платёж {не прошёл|отменён}. {Кто-нибудь|Кто-то} {сталкивался|"
                  "видел такое}?\n\n{me}"),
                 ("{Письмо-вымогатель|Странное письмо} {со старым|с моим} паролем",
                  "{Привет|Здравствуйте},\n\n{мне пришло|получил} письмо, {где|в котором} {кто-то|якобы хакер} {пишет, что "
                  "снял меня через веб-камеру|утверждает, что взломал компьютер}, и {требует|просит} биткоины. {В письме|"
                  "Там} {мой старый пароль|указан старый пароль}. {Стоит волноваться|Мой менеджер паролей в опасности}?\n\n{me}"),
                 ("{Проверка|Валидация} {биткоин-адреса|адреса} {перед|до} {платежом|оплаты}",
                  "{Как|Каким образом} {правильно|лучше} {проверить|валидировать} {биткоин-адрес|bech32-адрес} {перед "
                  "отправкой|до платежа}? {address_decode()|validate_address()} {принимает|пропускает} {и|даже} testnet.\n\n{me}")],
    "reply": ["{Используй|Бери} argon2id {с настройками по умолчанию|не меньше чем с 64 МиБ памяти}; pbkdf2 {оставлен|есть} {только "
              "для совместимости|для старых баз}.",
              "{Похоже на|Это} {баг с IPN|баг {bug}}, {исправлен|исправленный} в {ver}. {Обновись|Обновитесь} {и проверь|и "
              "проверьте снова}.",
              "{Это|Это обычное} {вымогательство|сексторшн-мошенничество}: пароль {из|взят из} {старой утечки|утечки}, "
              "{никто тебя не снимал|никакого видео нет}. {Не плати|Ничего не платите}.",
              "{Передай|Укажи} параметр сети, {тогда|и} testnet {можно|получится} {отклонить|отсечь}.",
              "{+1|Аналогично}, {было|у нас было} {то же самое|такое же} {на прошлой неделе|после обновления}.",
              "{Спасибо|Большое спасибо}, {помогло|заработало}."],
    "dev": [("{RFC|Предложение}: {убрать|удалить} старые хеши паролей",
             "{Всем привет|Привет},\n\n{предлагаю|хочу} {убрать|удалить} поддержку {sha1|несолёных} хешей паролей в {ver}. "
             "{Пользователям|Аккаунтам} {со старыми хешами|с такими хешами} {придётся|нужно будет} {сменить|сбросить} "
             "пароль. {Возражения|Мнения}?\n\n{me}"),
            ("{Наследование|Наследство} {кошельков|ключей}: {предложение|идея}",
             "{Привет|Коллеги},\n\n{пользователи спрашивают|часто спрашивают}, что {будет|происходит} с {их биткоинами|"
             "кошельком} {после смерти|если владелец умер}. {Идея|Предложение}: ключ восстановления {с тайм-локом|с "
             "задержкой} для {наследников|родственника}.\n\n{me}"),
            ("{Возвраты|Платёжный API}: {итоги|заметки} встречи",
             "{Привет|Коллеги},\n\n{итоги|кратко} {вчерашнего|вторничного} {созвона|обсуждения}: {частичные возвраты|"
             "возвраты} {получают|переезжают на} отдельный {эндпоинт|метод}, {вебхуки получают|каждый вебхук получает} "
             "ключ идемпотентности.\n\n{me}"),
            ("{Драйвер веб-камеры|UVC}: {квирк|исправление} для {новой|дешёвой} {модели|камеры}",
             "{У кого-нибудь|У кого} есть {такая камера|эта модель}? {Она|Устройство} {заявляет|сообщает} {размер "
             "кадра|форматы}, {которые не умеет|которых не поддерживает}. {Добавлю|Хочу добавить} квирк, {но|однако} "
             "{нужен второй тестер|прошу проверить}.\n\n{me}")],
    "release": [("[АНОНС] {project} {ver} {вышел|выпущен}",
                 "{Всем привет|Здравствуйте},\n\n{рады|с радостью} {сообщить|объявляем} о выходе {project} {ver}.\n\n"
                 "{Изменения|Главное}:\n  * {аппаратные кошельки|мультиподпись}\n  * пароли хешируются argon2id\n  * "
                 "{подпись счетов|экспорт счетов в PDF}\n\nЗагрузка: https://download.example.ru/{project}/{ver}/\n"
                 "SHA256: {sha}\n\n{Пожертвования|Поддержать проект}: https://{project}.example.ru/donate\n\n{me}"),
                ("{project} {ver}: {обновление безопасности|исправления}",
                 "{project} {ver} {исправляет|закрывает} {cve} ({пароль в логах|падение при оплате счёта}). {Рекомендуем|"
                 "Всем стоит} обновиться.\n\n{me}")],
    "advisory": [("[БЕЗОПАСНОСТЬ] {Вымогатель|Шифровальщик} {атакует|поражает} {старые|необновлённые} серверы {project}",
                  "{Коллеги|Всем привет},\n\n{поступают|есть} {сообщения|данные} об {атаках|кампании} на {доступные из "
                  "интернета|публичные} серверы {project} {версий до|старее} {ver}. {Шифровальщик|Вредонос} {шифрует|"
                  "зашифровывает} {базу|каталог данных} и {требует|оставляет требование} {выкуп в биткоинах|оплаты в "
                  "биткоинах}. {Не платите|Платить не нужно}: {восстановите из бэкапа|восстановите резервную копию} и "
                  "обновитесь.\n\n{me}"),
                 ("[БЕЗОПАСНОСТЬ] {Фишинг|Поддельные письма} от имени {проекта|команды}",
                  "{Пользователи|Нам} {пересылают|присылают} письма, {которые|где} {просят|предлагают} {«подтвердить» "
                  "аккаунт|ввести пароль} на {поддельном сайте|похожем домене} {или|и} {оплатить «лицензию»|заплатить "
                  "«сбор за перенос»}. {Мы никогда|Проект никогда} не {просим|запрашивает} {пароли|деньги или пароли} по "
                  "почте.\n\n{me}")],
    "spam_own": ["{Осторожно|Внимание}: {это письмо|письмо ниже} {пришло|прошло} {в рассылку|через рассылку} {ночью|утром}. "
                 "{Это мошенничество|Мошенники}, {не отвечайте|не отвечайте на него}.",
                 "{Кто-то|Неизвестный} {рассылает|отправил} {это|следующее} {с|через} {взломанного адреса|угнанный ящик} "
                 "{участника|подписчика}. {Игнорируйте|Не обращайте внимания}.",
                 "{Для архива|Чтобы все знали}: {письмо|сообщение} {ниже|процитированное ниже} {не от|не отправлено} "
                 "{проекта|команды}. {Денег не переводите|Ничего не платите}.",
                 "{Модераторы|Админы}, {опять|снова} {письмо «нигерийского» типа|419} {проскочило|прошло}. {Можно|Давайте} "
                 "{включить модерацию|ужесточим фильтр}?"],
    "spam_subj": ["{Осторожно|Внимание}: {мошенники|спам} {в рассылке|}", "{Спам|Мошенничество} {опять|снова}",
                  "{PSA|Инфо}: {не отвечайте|игнорируйте}", "{Это|Это точно} {мошенничество|развод}?"],
    "spam_reply": ["{Спасибо|Спасибо большое}, {удалил|убрал} {из архива|}.", "{Мне тоже|Тоже пришло}. {Пожаловался|"
                   "Отправил жалобу} провайдеру.", "{Да|Верно}, {развод|мошенники}. {Никогда не отвечайте|Не отвечайте вообще}.",
                   "{Модерация|Фильтр} {включена|ужесточён}; {извините|простите} за шум."],
    "spam_aside": ["{Обратите внимание|Смотрите} на {частный|бесплатный} адрес {для ответа|здесь}.", "{Ни один банк|Ни один "
                   "нотариус} так не {пишет|выражается}.", "{А вот|Вот} и {комиссия|предоплата}.", "{Никакого|Нет} видео "
                   "{нет|не было}."],
    "sig": ["-- \n{me}", "{С уважением|Спасибо|Удачи},\n{me}", "{me}", "-- \n{me}\nGPG: {fpr}"],
}

HAM = {"fr": FR, "es": ES, "ru": RU}
