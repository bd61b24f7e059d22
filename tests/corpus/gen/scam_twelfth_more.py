"""The twelfth batch's second draft of French and Spanish scam (scam_twelfth.py appends each list after the first
draft's two variants, so index 2 is dev and index 3 held-out): a second letter, subject and teaser per half for the
cells that had one."""

MORE_FR = {
    "lottery": {
        "subj": ["Avis de paiement : gain en attente de versement", "Carte cadeau de 500 € réservée à votre nom"],
        "teaser": ["Votre gain de {amount} est bloqué faute de coordonnées bancaires. Complétez ici : {link}",
                   "Bonne nouvelle : une carte cadeau vous attend. Frais d'activation de {fee} seulement."],
        "body": [
            "Madame, Monsieur,\n\nLa Direction des paiements vous informe que votre gain de {amount}, issu du tirage promotionnel du "
            "{date}, n'a pas pu être versé : vos coordonnées bancaires sont manquantes.\n\nMerci de nous transmettre votre IBAN, une "
            "copie de votre pièce d'identité et de régler les frais de virement international ({fee}) auprès de notre huissier, Maître "
            "{name}.\n\nPassé un délai de {hours} heures, le gain sera attribué à un suppléant.",
            "Bonjour,\n\nPour vous remercier de votre fidélité, une carte cadeau de 500 € a été réservée à votre nom dans le cadre de "
            "notre opération anniversaire. Elle est utilisable dans plus de 300 enseignes.\n\nPour l'activer, il vous suffit de confirmer "
            "vos informations et de régler les frais d'activation de {fee} par carte bancaire sur {link}\n\nOffre nominative, non "
            "cessible.",
        ],
    },
    "loan": {
        "subj": ["Financement accepté malgré votre fichage", "Rachat de crédits : votre dossier est complet"],
        "teaser": ["Fiché FICP ? Nous finançons vos projets de 5 000 à 80 000 € sans justificatif. Réponse sous 24h : {email}",
                   "Votre rachat de crédits est validé. Il reste à régler les frais de notaire pour le déblocage."],
        "body": [
            "Bonjour,\n\nOrganisme de financement agréé, nous aidons les personnes fichées à la Banque de France à obtenir un crédit : de "
            "5 000 à 80 000 €, taux fixe de 3 %, sans justificatif de revenus.\n\nLe dossier est traité par mail, sans déplacement. Dès "
            "l'accord, il faudra seulement régler les frais de dossier avant le virement.\n\nEnvoyez-nous le montant, la durée et une "
            "pièce d'identité.",
            "Madame, Monsieur,\n\nBonne nouvelle : votre demande de rachat de crédits est acceptée. Vos crédits en cours seront regroupés "
            "en une seule mensualité réduite de 40 %.\n\nPour débloquer l'opération, les frais de notaire ({fee}) doivent être réglés par "
            "coupon PCS ou virement sur le compte {card}. Envoyez ensuite le justificatif à {name}.",
        ],
    },
    "crypto": {
        "subj": ["Récupération de vos fonds perdus en crypto", "Airdrop exclusif : réclamez vos jetons"],
        "teaser": ["Vous avez perdu de l'argent sur une plateforme frauduleuse ? Notre cabinet le récupère. Contact : {email}",
                   "Vous êtes éligible à l'airdrop : 2 500 USDT à réclamer avant ce soir sur {link}"],
        "body": [
            "Bonjour,\n\nNotre cabinet spécialisé en cybercriminalité a identifié votre nom parmi les victimes d'une plateforme "
            "d'investissement frauduleuse. Nous avons localisé les portefeuilles où vos fonds ont été transférés.\n\nNos avocats peuvent "
            "lancer la procédure de récupération. Seuls les frais de blockchain ({fee}) sont à régler à l'avance, en USDT : "
            "{wallet}\n\nRépondez vite, les fonds peuvent être déplacés à tout moment.",
            "Félicitations !\n\nVotre adresse a été sélectionnée pour notre airdrop de lancement : 2 500 USDT vous attendent. Connectez "
            "votre portefeuille sur {link} et validez la transaction de vérification.\n\nAttention : l'offre expire dans {hours} heures "
            "et les jetons non réclamés seront redistribués.",
        ],
    },
    "romance": {
        "subj": ["Mon amour, je suis à l'hôpital", "Tu me manques tellement"],
        "teaser": ["Bébé, je suis en mission au Mali et ma carte est bloquée, tu peux m'aider pour le téléphone satellite ?",
                   "Je t'ai écrit une longue lettre, réponds-moi sur {email}, je n'ai plus accès au site."],
        "body": [
            "Mon coeur,\n\nJe t'écris depuis l'hôpital de Dakar. J'ai eu un accident de taxi en allant signer le contrat du chantier. Les "
            "médecins veulent être payés avant l'opération et ma banque ne répond pas depuis l'étranger.\n\nJ'ai besoin de {fee} "
            "aujourd'hui, je te rembourse dès que le chantier me paie. Tu peux envoyer par recharges PCS et m'envoyer les codes ? Je "
            "t'aime, tu es tout ce qui me reste.",
            "Bonjour ma chérie,\n\nJe suis ingénieur sur une plateforme pétrolière en mer du Nord. Je n'ai pas beaucoup de réseau mais je "
            "pense à toi chaque jour. Mon contrat finit dans deux mois et je veux venir vivre près de toi.\n\nJe t'envoie un colis avec "
            "mes économies et un cadeau. La société de transport te contactera pour les frais de dédouanement. Garde ça entre nous, "
            "d'accord ?",
        ],
    },
    "fake-shop": {
        "subj": ["Autotests en gros - livraison pharmacies et particuliers", "Liquidation judiciaire : tout doit disparaître"],
        "teaser": ["Autotests certifiés à 0,90 € pièce par carton de 500. Paiement à la commande : {link}",
                   "Liquidation totale : électroménager et matériel médical à -80 %. Virement uniquement : {link}"],
        "body": [
            "Bonjour,\n\nImportateur direct, nous livrons les pharmacies et les particuliers en autotests antigéniques certifiés CE. Prix "
            "par carton de 500 : 450 €, au lieu de 1 250 €.\n\nLe paiement se fait à la commande par virement ({card}), le stock part "
            "très vite. Contactez notre commercial {name} au {phone}.",
            "LIQUIDATION JUDICIAIRE\n\nSuite à la fermeture de notre entrepôt, nous liquidons l'ensemble du stock : fauteuils releveurs, "
            "lits médicalisés, purificateurs d'air, concentrateurs d'oxygène, de 60 à 80 % moins cher.\n\nCommande uniquement sur {link}, "
            "paiement par virement, livraison sous 10 jours.",
        ],
    },
    "parcel": {
        "subj": ["Dernier avis avant retour de votre colis", "Votre colis : régularisation des frais de port"],
        "teaser": ["Dernier avis : votre colis sera retourné demain. Réglez 2,99 € de frais : {link}",
                   "Frais de port insuffisants pour votre envoi {code}. Complément de 1,45 € à régler : {link}"],
        "body": [
            "DERNIER AVIS\n\nVotre colis {code} est en attente au centre de tri depuis 7 jours. Sans règlement des frais de garde ({fee}) "
            "avant demain midi, il sera retourné à l'expéditeur.\n\nRéglez en ligne en moins de 2 minutes : {link}",
            "Bonjour,\n\nL'expéditeur de votre colis {code} n'a pas affranchi suffisamment son envoi. Pour que la livraison ait lieu, un "
            "complément de {fee} doit être réglé.\n\nConfirmez votre adresse et payez le complément sur {link}. Sans paiement sous 48 "
            "heures, l'envoi sera détruit.",
        ],
    },
    "tech-support": {
        "subj": ["Alerte Windows Defender : 5 menaces détectées", "Confirmation de votre commande de licence Office"],
        "teaser": ["5 virus détectés sur votre ordinateur. Ne l'éteignez pas et appelez immédiatement le {phone}.",
                   "Merci pour votre achat : licence Office 365, {fee}. Pas vous ? Appelez le {phone}."],
        "body": [
            "ALERTE DE SÉCURITÉ\n\nNotre système a détecté 5 menaces sur votre ordinateur, dont un cheval de Troie qui vole vos mots de "
            "passe bancaires. Vos données personnelles sont en danger.\n\nN'éteignez pas votre ordinateur. Appelez immédiatement un "
            "technicien certifié au {phone}, il supprimera les menaces à distance.",
            "Bonjour,\n\nNous confirmons votre commande n° {ref} : licence Office 365 Famille, 5 ans, montant {fee}, débité sous 24 "
            "heures.\n\nSi vous n'avez pas passé cette commande, contactez notre service d'annulation au {phone}. Un agent vous guidera "
            "pour le remboursement sur votre compte bancaire.",
        ],
    },
}

MORE_ES = {
    "lottery": {
        "subj": ["Aviso de pago: premio pendiente de transferencia", "Tarjeta regalo de 500 € a su nombre"],
        "teaser": ["Su premio de {amount} no se ha podido transferir por falta de datos bancarios. Complételos: {link}",
                   "Le espera una tarjeta regalo. Solo debe pagar {fee} de activación."],
        "body": [
            "Estimado/a señor/a:\n\nLa Dirección de Pagos le comunica que su premio de {amount}, del sorteo promocional del {date}, no ha "
            "podido abonarse porque faltan sus datos bancarios.\n\nEnvíenos su IBAN, una copia del DNI y abone los gastos de "
            "transferencia internacional ({fee}) a nuestro notario, {name}.\n\nSi no responde en {hours} horas, el premio pasará a un "
            "suplente.",
            "Hola,\n\nPara agradecer su fidelidad, hemos reservado a su nombre una tarjeta regalo de 500 euros válida en más de 300 "
            "tiendas.\n\nPara activarla, confirme sus datos y pague {fee} de gastos de activación con tarjeta en {link}\n\nOferta "
            "personal e intransferible.",
        ],
    },
    "loan": {
        "subj": ["Préstamo aprobado aunque esté en ASNEF", "Reunificación de deudas: su expediente está completo"],
        "teaser": ["¿En ASNEF? Financiamos de 5.000 a 80.000 € sin nómina. Respuesta en 24 horas: {email}",
                   "Su reunificación de deudas está aprobada. Solo falta pagar los gastos de notaría."],
        "body": [
            "Hola,\n\nSomos una financiera que ayuda a personas incluidas en ficheros de morosos: préstamos de 5.000 a 80.000 euros al 3 "
            "% fijo, sin nómina ni aval.\n\nTodo se tramita por correo. Una vez aprobado, solo hay que abonar los gastos de apertura "
            "antes de la transferencia.\n\nIndíquenos importe, plazo y envíe su DNI.",
            "Estimado/a cliente:\n\nSu solicitud de reunificación de deudas ha sido aprobada. Sus préstamos se unirán en una sola cuota "
            "un 40 % más baja.\n\nPara liberar la operación debe pagar los gastos de notaría ({fee}) por transferencia a {card} y enviar "
            "el justificante a {name}.",
        ],
    },
    "crypto": {
        "subj": ["Recuperamos su dinero perdido en criptomonedas", "Airdrop exclusivo: reclame sus tokens"],
        "teaser": ["¿Perdió dinero en una plataforma fraudulenta? Nuestro despacho lo recupera. Contacto: {email}",
                   "Es elegible para el airdrop: 2.500 USDT por reclamar antes de esta noche en {link}"],
        "body": [
            "Buenos días,\n\nNuestro despacho especializado en ciberdelitos ha identificado su nombre entre las víctimas de una "
            "plataforma de inversión fraudulenta. Hemos localizado las billeteras a las que se enviaron sus fondos.\n\nNuestros abogados "
            "pueden iniciar la recuperación. Solo debe adelantar las comisiones de blockchain ({fee}) en USDT: {wallet}\n\nResponda "
            "pronto, los fondos pueden moverse en cualquier momento.",
            "¡Felicidades!\n\nSu dirección fue seleccionada para nuestro airdrop de lanzamiento: 2.500 USDT le esperan. Conecte su "
            "billetera en {link} y confirme la transacción de verificación.\n\nLa oferta caduca en {hours} horas y los tokens no "
            "reclamados se repartirán.",
        ],
    },
    "romance": {
        "subj": ["Mi amor, estoy en el hospital", "Cada noche sueño contigo"],
        "teaser": ["Cariño, estoy de misión en Siria y me bloquearon la tarjeta, ¿me ayudas con el teléfono satelital?",
                   "Te escribí una carta larga, contéstame a {email}, ya no puedo entrar en la página."],
        "body": [
            "Mi vida,\n\nTe escribo desde un hospital de Lagos. Tuve un accidente de taxi cuando iba a firmar el contrato de la obra. Los "
            "médicos quieren cobrar antes de operar y mi banco no responde desde el extranjero.\n\nNecesito {fee} hoy, te lo devuelvo "
            "cuando me pague la empresa. ¿Puedes mandarlo con tarjetas prepago y enviarme los códigos? Te amo, eres lo único que tengo.",
            "Hola mi reina,\n\nSoy ingeniero en una plataforma petrolera en el mar del Norte. Casi no tengo señal, pero pienso en ti cada "
            "día. Mi contrato termina en dos meses y quiero ir a vivir cerca de ti.\n\nTe envío una caja con mis ahorros y un regalo. La "
            "empresa de transporte te llamará por los gastos de aduana. Que quede entre nosotros, ¿vale?",
        ],
    },
    "job": {
        "subj": ["Le hemos seleccionado: trabajo de evaluador de productos", "Empleo en Canadá con visado incluido"],
        "teaser": ["Evaluador de productos desde casa: 40 € por reseña. Plazas limitadas, WhatsApp {phone}",
                   "Canadá busca temporeros para la cosecha: 2.800 dólares al mes y visado. Reserve su plaza hoy."],
        "body": [
            "Hola,\n\nHa sido seleccionado/a como evaluador/a de productos para tiendas en línea. Usted compra el producto con su dinero, "
            "escribe una reseña y le devolvemos el importe más 40 euros de comisión.\n\nPara las tareas de mayor valor se requiere un "
            "depósito previo que se devuelve al final. Escriba a su coordinadora {name} por Telegram {tg}.",
            "Estimado/a candidato/a:\n\nUna empresa agrícola de Canadá contrata temporeros para la cosecha: 2.800 dólares al mes, "
            "alojamiento incluido, visado de trabajo gestionado por nosotros.\n\nPara reservar su plaza debe abonar {fee} de tasas "
            "consulares a la cuenta {card}. Las plazas se asignan por orden de pago.",
        ],
    },
    "parcel": {
        "subj": ["Último aviso antes de devolver su paquete", "Su envío: regularización de franqueo"],
        "teaser": ["Último aviso: su paquete se devolverá mañana. Pague 2,99 € de gastos: {link}",
                   "Franqueo insuficiente en su envío {code}. Complemento de 1,45 € a pagar: {link}"],
        "body": [
            "ÚLTIMO AVISO\n\nSu paquete {code} lleva 7 días en el centro de clasificación. Si no paga los gastos de almacenaje ({fee}) "
            "antes de mañana al mediodía, se devolverá al remitente.\n\nPague en línea en menos de 2 minutos: {link}",
            "Hola,\n\nEl remitente de su paquete {code} no pagó el franqueo completo. Para entregarlo, debe abonar un complemento de "
            "{fee}.\n\nIndique su dirección y abone el importe en {link}. Si no paga en 48 horas, el envío será destruido.",
        ],
    },
    "fake-shop": {
        "subj": ["Test de antígenos al por mayor", "Liquidación por cierre: todo debe salir"],
        "teaser": ["Test de antígenos homologados a 0,90 € por caja de 500. Pago por adelantado: {link}",
                   "Liquidación total de electrodomésticos y material sanitario al 80 %. Solo transferencia: {link}"],
        "body": [
            "Buenos días,\n\nImportador directo, servimos a farmacias y particulares test de antígenos con marcado CE. Caja de 500 "
            "unidades: 450 € en lugar de 1.250 €.\n\nPago por adelantado por transferencia ({card}). El stock vuela. Contacte con {name} "
            "en el {phone}.",
            "LIQUIDACIÓN POR CIERRE\n\nPor cierre del almacén liquidamos todo el stock: sillones geriátricos, camas articuladas, "
            "purificadores y concentradores de oxígeno, del 60 al 80 % más baratos.\n\nPedidos solo en {link}, pago por transferencia, "
            "entrega en 10 días.",
        ],
    },
}

MORE = {"fr": MORE_FR, "es": MORE_ES}
