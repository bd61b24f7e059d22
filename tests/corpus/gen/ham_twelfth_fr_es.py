"""The twelfth batch's French and Spanish look-alikes (ham_twelfth.py explains the layout): mail, posts and pages
of the worlds the scams imitate, that are not scams. Each kind: (subject, body) variants, even dev, odd held-out."""

HAM_FR = {
    "security": [
        ("Fuite de données : que faire si votre mot de passe a été exposé",
         "Un grand site de e-commerce a confirmé une fuite de données concernant les adresses mail et les mots de passe de ses clients. "
         "Si vous utilisiez le même mot de passe ailleurs, changez-le partout et activez la double authentification.\n\nVous pouvez "
         "vérifier si votre adresse figure dans une fuite connue sur un service de vérification reconnu. Nous ne vous demanderons jamais "
         "votre mot de passe par mail."),
        ("[Support informatique] Ticket {ref} : caméra du portable",
         "Bonjour,\n\nSuite à votre demande, le cache de la webcam de votre portable a été remplacé et le pilote mis à jour. Si la caméra "
         "s'allume sans raison, signalez-le au support : cela peut venir d'une application de visioconférence restée ouverte.\n\nPensez à "
         "redémarrer le poste ce soir pour appliquer les mises à jour de sécurité.\n\nLe service informatique"),
    ],
    "lottery": [
        ("Résultats du tirage du {date}",
         "Les numéros gagnants du tirage du {date} sont 7 - 13 - 22 - 38 - 41, numéro chance 4. Aucun joueur n'a trouvé la bonne "
         "combinaison, le jackpot est reporté au prochain tirage.\n\nLes gains se réclament en point de vente ou dans votre espace "
         "joueur, jamais par mail ni contre des frais."),
        ("Règlement du jeu concours de la médiathèque",
         "Le jeu concours est gratuit et sans obligation d'achat. Trois gagnants seront tirés au sort le {date} parmi les participants "
         "majeurs. Les lots (liseuses et bons d'achat) sont à retirer à l'accueil sur présentation d'une pièce d'identité.\n\nAucune "
         "participation aux frais ne sera demandée aux gagnants."),
    ],
    "bank-loan": [
        ("Votre simulation de prêt personnel",
         "Bonjour,\n\nVoici le récapitulatif de votre simulation : {amount} sur 48 mois, TAEG fixe indicatif de 5,9 %. Cette simulation "
         "n'engage ni vous ni la banque. Un crédit vous engage et doit être remboursé : vérifiez vos capacités de remboursement avant de "
         "vous engager.\n\nPour poursuivre, connectez-vous à votre espace client : {link}"),
        ("Rappel d'échéance de votre crédit",
         "Bonjour,\n\nL'échéance de votre crédit renouvelable ({fee}) sera prélevée le {date} sur votre compte se terminant par {last4}. "
         "Aucune action n'est nécessaire de votre part.\n\nEn cas de difficulté, contactez votre conseiller. Nous ne demandons jamais de "
         "frais à payer avant le versement d'un prêt."),
    ],
    "charity": [
        ("Votre reçu fiscal - merci pour votre don",
         "Merci pour votre don de {fee} à notre association. Votre reçu fiscal est disponible dans votre espace donateur. 66 % de votre "
         "don est déductible de votre impôt sur le revenu dans la limite de 20 % du revenu imposable.\n\nGrâce à vous, 120 familles ont "
         "reçu un colis alimentaire ce mois-ci."),
        ("Legs et donations : une réunion d'information",
         "Vous souhaitez transmettre une partie de votre patrimoine à notre fondation ? Notre chargée des relations testateurs et un "
         "notaire partenaire animeront une réunion d'information le {date}. Les legs aux associations reconnues d'utilité publique sont "
         "exonérés de droits de succession.\n\nInscription gratuite sur {link}"),
    ],
    "exchange": [
        ("Confirmation de retrait",
         "Votre retrait de 0,015 BTC vers l'adresse se terminant par ...{last4} a été traité. Si vous n'êtes pas à l'origine de cette "
         "opération, bloquez votre compte immédiatement depuis l'application.\n\nNotre support ne vous demandera jamais votre phrase de "
         "récupération ni de paiement pour débloquer un retrait."),
        ("Point marché hebdomadaire",
         "Le bitcoin a terminé la semaine en hausse de 4 %, l'ether est resté stable. Les frais de réseau ont baissé. Rappel : les "
         "cryptoactifs sont volatils, n'investissez que ce que vous pouvez vous permettre de perdre.\n\nLes plus-values sont à déclarer "
         "avec le formulaire 2086."),
    ],
    "shop": [
        ("-20 % sur l'orthopédie et le matériel médical",
         "Cette semaine dans votre pharmacie en ligne : -20 % sur les tensiomètres, oxymètres et attelles. Masques chirurgicaux par boîte "
         "de 50 à 4,90 €. Paiement par carte à la livraison ou en ligne, retrait en officine possible.\n\nConseils personnalisés par nos "
         "pharmaciens du lundi au samedi."),
        ("Votre commande {ref} est expédiée",
         "Bonjour,\n\nVotre commande (autotests, gel hydroalcoolique, thermomètre) a été expédiée. Suivi : {link}\n\nVous avez 14 jours "
         "pour retourner un article non ouvert. Merci pour votre confiance."),
    ],
    "courier": [
        ("Votre colis arrive demain",
         "Bonjour,\n\nVotre colis {code} sera livré demain entre 9h et 13h. Vous pouvez modifier la livraison gratuitement dans "
         "l'application ou sur {link}.\n\nRappel : nous ne demandons jamais de paiement par SMS pour livrer un colis."),
        ("Droits et taxes à régler pour votre envoi hors UE",
         "Bonjour,\n\nVotre envoi {code} provenant de Suisse est soumis à la TVA à l'importation. Le montant ({fee}) est indiqué dans "
         "votre espace client. Le paiement se fait uniquement sur notre site officiel ou au facteur.\n\nLe détail des taxes figure sur la "
         "facture jointe au colis."),
    ],
    "job": [
        ("Offre d'emploi : gestionnaire de paie H/F",
         "Nous recrutons un(e) gestionnaire de paie en CDI à Lyon. Salaire 32 à 36 k€ selon expérience, télétravail deux jours par "
         "semaine. Entretien en visio puis sur site.\n\nAucun frais ne vous sera demandé au cours du recrutement. Candidature via {link}"),
        ("Votre candidature - invitation à un entretien",
         "Bonjour,\n\nVotre profil a retenu notre attention. Nous vous proposons un entretien le {date} à 10h avec la responsable du "
         "service client. Merci de confirmer votre présence par retour de mail.\n\nCordialement,\nL'équipe RH"),
    ],
    "dating": [
        ("Vous avez un nouveau message",
         "{name} vous a envoyé un message. Connectez-vous pour le lire.\n\nConseil sécurité : ne transférez jamais d'argent à une "
         "personne rencontrée en ligne, même si elle raconte une histoire touchante."),
        ("Quelqu'un a aimé votre profil",
         "Bonne nouvelle, votre profil plaît ! Ajoutez des photos récentes pour avoir plus de visites.\n\nNous ne vous demanderons jamais "
         "vos coordonnées bancaires par messagerie."),
    ],
    "notary": [
        ("Succession de M. {name} - convocation en l'étude",
         "Maître,\n\nDans le cadre du règlement de la succession, les héritiers sont convoqués en l'étude le {date} à 14h pour la "
         "signature de l'acte de notoriété. Merci de vous munir d'une pièce d'identité et du livret de famille.\n\nLes frais de "
         "succession seront prélevés sur l'actif successoral."),
        ("Recherche d'héritiers : étude généalogique",
         "Madame, Monsieur,\n\nMandatés par le notaire en charge d'une succession, nous recherchons les héritiers d'une personne décédée "
         "dans votre département. Notre intervention n'entraîne aucun frais à avancer de votre part : nos honoraires sont prélevés sur la "
         "part successorale, selon un contrat que vous êtes libre de signer."),
    ],
}
SHARED_FR = {
    "warn_subj": ["Attention aux faux courriels de la police", "Arnaque : ne répondez pas à ce message",
                  "Vigilance : une nouvelle vague de chantage par mail", "Alerte fraude : faux prêts entre particuliers"],
    "warn": ["La gendarmerie met en garde contre des courriels frauduleux qui circulent en ce moment. Voici un exemple reçu par un "
             "habitant de la commune :",
             "Notre banque ne vous contactera jamais de cette façon. Plusieurs clients nous ont transmis ce message :",
             "Des milliers d'internautes ont reçu ce message ces derniers jours. Il s'agit d'une escroquerie, ne payez rien.",
             "Nous relayons l'alerte de la plateforme officielle de signalement. Exemple de courriel :"],
    "warn_end": ["Ni paiement, ni réponse : transférez le message à la plateforme de signalement.",
                 "En cas de doute, appelez votre agence au numéro habituel.",
                 "Conservez le message et déposez plainte si vous avez payé.",
                 "Partagez cette alerte autour de vous, notamment aux personnes âgées."],
    "ask_subj": ["C'est une arnaque ?", "Reçu ce mail bizarre, vous en pensez quoi ?", "Quelqu'un a déjà reçu ça ?",
                 "Besoin d'un avis svp"],
    "ask": ["Bonjour à tous, j'ai reçu ça ce matin et je ne sais pas quoi en penser. C'est vrai ou c'est une arnaque ?",
            "Salut, ma mère a reçu ce message, elle est paniquée. Je lui dis de ne rien payer, vous confirmez ?",
            "Bonsoir, quelqu'un connaît ? Ça a l'air officiel mais je me méfie.",
            "Hello, je colle le message ci-dessous, dites-moi si je dois m'inquiéter."],
    "hello": ["Bonjour,", "Chère cliente, cher client,", "Bonjour {name},", "Madame, Monsieur,"],
    "bye": ["Cordialement,", "Bien à vous,", "L'équipe", "À bientôt,"],
}

HAM_ES = {
    "security": [
        ("Filtración de datos: qué hacer si su contraseña se ha expuesto",
         "Una tienda en línea confirmó una filtración de correos y contraseñas de sus clientes. Si usaba la misma contraseña en otros "
         "servicios, cámbiela y active la verificación en dos pasos.\n\nNunca le pediremos su contraseña por correo ni por teléfono."),
        ("[Soporte TI] Incidencia {ref}: cámara del portátil",
         "Hola,\n\nHemos actualizado el controlador de la cámara web de su portátil y colocado una tapa deslizante. Si la luz de la "
         "cámara se enciende sin motivo, avise a soporte: suele ser una aplicación de videollamadas abierta en segundo plano.\n\nReinicie "
         "el equipo hoy para instalar los parches de seguridad.\n\nDepartamento de Sistemas"),
    ],
    "lottery": [
        ("Resultados del sorteo del {date}",
         "En el sorteo del {date} salieron los números 4 - 11 - 19 - 27 - 33 - 45, complementario 8, reintegro 2. El bote para el próximo "
         "sorteo asciende a 12 millones de euros.\n\nLos premios se cobran en administraciones de lotería o en bancos colaboradores; "
         "nunca se piden pagos por adelantado."),
        ("Bases del concurso de fotografía",
         "La participación es gratuita. El jurado elegirá tres fotografías ganadoras el {date}. Los premios se entregarán en el acto de "
         "clausura y los ganadores serán avisados por teléfono.\n\nNo se cobrará ningún gasto de envío ni de gestión a los premiados."),
    ],
    "bank-loan": [
        ("Su simulación de préstamo personal",
         "Hola,\n\nLe enviamos el resumen de su simulación: {amount} a 60 meses, TAE orientativa del 7,2 %. La simulación no supone "
         "ningún compromiso. Antes de contratar, compruebe que puede afrontar las cuotas.\n\nPuede continuar la solicitud en su banca en "
         "línea: {link}"),
        ("Aviso de cuota de su préstamo",
         "Estimado cliente:\n\nLe recordamos que el {date} se cargará la cuota de su préstamo ({fee}) en la cuenta terminada en "
         "{last4}.\n\nSi tiene dificultades, hable con su gestor. Nunca le pediremos un pago anticipado para conceder un préstamo."),
    ],
    "charity": [
        ("Certificado de donaciones para la declaración de la renta",
         "Gracias por su apoyo durante este año. Ya puede descargar el certificado de sus donaciones ({fee} en total) para la declaración "
         "de la renta. Los primeros 250 euros desgravan un 80 %.\n\nCon su ayuda hemos repartido 3.000 kits escolares."),
        ("Herencias y legados solidarios: charla informativa",
         "Si está pensando en incluir a nuestra ONG en su testamento, le invitamos a una charla con un notario colaborador el {date}. Le "
         "explicaremos cómo hacer un legado y qué impuestos se aplican.\n\nInscripción gratuita: {link}"),
    ],
    "exchange": [
        ("Confirmación de retiro",
         "Su retiro de 120 USDT a la dirección que termina en ...{last4} se ha completado. Si no lo reconoce, bloquee su cuenta desde la "
         "aplicación.\n\nNuestro soporte nunca le pedirá su frase semilla ni un pago para liberar fondos."),
        ("Resumen semanal del mercado",
         "Bitcoin cerró la semana con una subida del 3 %, mientras ether bajó ligeramente. Recuerde que los criptoactivos son volátiles y "
         "que las ganancias deben declararse en la renta.\n\nConsulte nuestras guías en el centro de ayuda."),
    ],
    "shop": [
        ("Ofertas en parafarmacia y material sanitario",
         "Esta semana: 20 % de descuento en tensiómetros y pulsioxímetros, y mascarillas FFP2 en caja de 20 a 6,95 €. Pago con tarjeta o "
         "contra reembolso, recogida en farmacia.\n\nNuestros farmacéuticos le asesoran por chat de lunes a sábado."),
        ("Su pedido {ref} ha sido enviado",
         "Hola,\n\nSu pedido (test de antígenos, gel hidroalcohólico y termómetro) ya está en camino. Seguimiento: {link}\n\nTiene 14 "
         "días para devolver productos sin abrir."),
    ],
    "courier": [
        ("Su paquete llega mañana",
         "Hola,\n\nSu paquete {code} se entregará mañana entre las 9:00 y las 14:00. Puede cambiar la entrega sin coste en la aplicación "
         "o en {link}.\n\nRecuerde: no cobramos gastos de entrega por SMS."),
        ("Aranceles pendientes de un envío desde fuera de la UE",
         "Hola,\n\nSu envío {code} procedente de Reino Unido está sujeto al IVA de importación ({fee}). Puede pagarlo en nuestra web "
         "oficial o al repartidor.\n\nEl desglose de impuestos aparece en la factura del paquete."),
    ],
    "job": [
        ("Oferta de empleo: técnico/a de nóminas",
         "Buscamos técnico/a de nóminas para contrato indefinido en Valencia. Salario 26-30 mil euros brutos, dos días de teletrabajo. "
         "Entrevista por videollamada y después presencial.\n\nEn ningún momento del proceso se le pedirá dinero. Inscripción: {link}"),
        ("Su candidatura - convocatoria de entrevista",
         "Hola,\n\nNos ha gustado su perfil. Le proponemos una entrevista el {date} a las 11:00 con la responsable de atención al "
         "cliente. Confirme su asistencia respondiendo a este correo.\n\nUn saludo,\nRecursos Humanos"),
    ],
    "dating": [
        ("Tienes un mensaje nuevo",
         "{name} te ha enviado un mensaje. Entra para leerlo.\n\nConsejo: nunca envíes dinero a alguien que has conocido en internet, por "
         "muy convincente que sea su historia."),
        ("A alguien le gusta tu perfil",
         "Tu perfil está gustando. Añade fotos recientes para recibir más visitas.\n\nNunca te pediremos datos bancarios por chat."),
    ],
    "notary": [
        ("Herencia de D. {name} - citación en la notaría",
         "Estimado/a señor/a:\n\nLe citamos en la notaría el {date} a las 12:00 para la firma de la aceptación de herencia. Traiga su DNI "
         "y el certificado de últimas voluntades.\n\nLos gastos de notaría se abonarán al firmar la escritura."),
        ("Búsqueda de herederos",
         "Estimado/a señor/a:\n\nPor encargo de la notaría que tramita una herencia, buscamos a los herederos de una persona fallecida en "
         "su provincia. No tendrá que adelantar ningún gasto: nuestros honorarios se descuentan de la herencia según un contrato que "
         "puede revisar con su abogado."),
    ],
}
SHARED_ES = {
    "warn_subj": ["Cuidado con los falsos correos de la Policía", "Estafa: no responda a este mensaje",
                  "Alerta: nueva oleada de correos de extorsión", "Aviso de fraude: falsos préstamos entre particulares"],
    "warn": ["La Policía Nacional alerta de correos fraudulentos que están circulando. Este es un ejemplo recibido por un vecino:",
             "Nuestro banco nunca le contactará así. Varios clientes nos han reenviado este mensaje:",
             "Miles de personas han recibido este mensaje en los últimos días. Es una estafa, no pague nada.",
             "Compartimos la alerta de la Oficina de Seguridad del Internauta. Ejemplo de correo:"],
    "warn_end": ["Ni pague ni conteste: reenvíe el correo a la Policía y bórrelo.", "Si tiene dudas, llame a su oficina al teléfono de "
    "siempre.",
                 "Guarde el correo y presente denuncia si ya ha pagado.", "Comparta este aviso, sobre todo con las personas mayores."],
    "ask_subj": ["¿Es una estafa?", "Me llegó este correo raro, ¿qué opinan?", "¿A alguien más le ha llegado esto?",
                 "Necesito una opinión por favor"],
    "ask": ["Hola a todos, me ha llegado esto esta mañana y no sé qué pensar. ¿Es real o es un timo?",
            "Buenas, a mi padre le llegó este mensaje y está asustado. Le digo que no pague nada, ¿me lo confirman?",
            "Buenas noches, ¿alguien sabe algo de esto? Parece oficial pero no me fío.",
            "Hola, pego el mensaje abajo, díganme si debo preocuparme."],
    "hello": ["Hola,", "Estimado cliente:", "Hola {name}:", "Estimado/a señor/a:"],
    "bye": ["Un saludo,", "Atentamente,", "El equipo", "Hasta pronto,"],
}

HAM_FR_ES = {"fr": HAM_FR, "es": HAM_ES}
SHARED_FR_ES = {"fr": SHARED_FR, "es": SHARED_ES}
