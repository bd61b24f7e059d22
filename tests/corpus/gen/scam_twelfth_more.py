"""The twelfth batch's second draft of French, Spanish, German, English, Russian and Turkish scam (scam_twelfth.py
appends each list after the first draft's two variants, so index 2 is dev and index 3 held-out): a second letter,
subject and teaser per half for the cells that had one. The region's cells have no second draft."""

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

MORE_DE = {
    "advance-fee": {
        "subj": ["Diplomatenkoffer auf Ihren Namen am Flughafen", "Letzter Wille einer kranken Witwe"],
        "teaser": ["Am Flughafen Frankfurt liegt ein Diplomatenkoffer mit {amount} für Sie. Bestätigen Sie Ihre Lieferadresse.",
                   "Ich bin schwer krank und möchte mein Vermögen einem ehrlichen Menschen anvertrauen. Schreiben Sie mir."],
        "body": [
            "[diplomat] Guten Tag,\n\nich bin Diplomat im Auftrag der Vereinten Nationen und befinde mich am Flughafen Frankfurt mit "
            "einem versiegelten Koffer, der {amount} in bar enthält und auf Ihren Namen ausgestellt ist.\n\nDer Zoll verlangt vor der "
            "Auslieferung ein Anti-Terror-Zertifikat, Kosten {fee}. Nach Zahlung bringe ich Ihnen den Koffer persönlich nach "
            "Hause.\n\nBestätigen Sie binnen 48 Stunden Ihre vollständige Adresse und Telefonnummer.",
            "[widow] Geliebte/r in Christus,\n\nich bin Frau {name}, 72 Jahre alt, Witwe eines Ölhändlers. Die Ärzte geben mir nach "
            "meiner Krebsdiagnose nur noch wenige Monate. Mein Mann hinterließ {amount} auf einem Konto in Abidjan.\n\nWir hatten keine "
            "Kinder. Ich möchte, dass dieses Geld Waisenhäusern und Witwen zugutekommt, und Gott hat mich zu Ihnen geführt.\n\nAntworten "
            "Sie, dann gebe ich Ihnen die Kontaktdaten meines Anwalts.",
        ],
    },
    "lottery": {
        "subj": ["Zahlungsanweisung: Ihr Gewinn wartet auf Freigabe", "Treuebonus: Einkaufsgutschein über 500 €"],
        "teaser": ["Ihr Gewinn von {amount} kann mangels Bankverbindung nicht ausgezahlt werden. Daten ergänzen: {link}",
                   "Für Sie reserviert: ein Gutschein über 500 €. Nur {fee} Aktivierungsgebühr."],
        "body": [
            "Sehr geehrte/r Gewinner/in,\n\ndie Auszahlungsstelle teilt Ihnen mit, dass Ihr Gewinn von {amount} aus der Sonderauslosung "
            "vom {date} noch nicht überwiesen werden konnte, da Ihre Bankverbindung fehlt.\n\nSenden Sie uns Ihre IBAN, eine Ausweiskopie "
            "und überweisen Sie die Auslandsüberweisungsgebühr ({fee}) an unseren Treuhänder {name}.\n\nNach {hours} Stunden verfällt der "
            "Anspruch.",
            "Hallo,\n\nals Dankeschön für Ihre Treue haben wir einen Einkaufsgutschein über 500 Euro auf Ihren Namen reserviert, "
            "einlösbar in über 300 Geschäften.\n\nBestätigen Sie Ihre Daten und zahlen Sie die Aktivierungsgebühr von {fee} per Karte auf "
            "{link}\n\nPersönliches Angebot, nicht übertragbar.",
        ],
    },
    "loan": {
        "subj": ["Kredit trotz negativer Schufa - Zusage heute", "Umschuldung genehmigt: letzte Formalität"],
        "teaser": ["Negative Schufa? Wir finanzieren 5.000 bis 80.000 € ohne Gehaltsnachweis. Antwort binnen 24 Stunden: {email}",
                   "Ihre Umschuldung ist genehmigt. Es fehlen nur noch die Notargebühren."],
        "body": [
            "Guten Tag,\n\nwir sind ein Finanzdienstleister, der auch Menschen mit negativem Schufa-Eintrag hilft: Kredite von 5.000 bis "
            "80.000 Euro zu festen 3 %, ohne Gehaltsnachweis und ohne Bürgen.\n\nAlles läuft per E-Mail. Nach der Zusage zahlen Sie nur "
            "die Bearbeitungsgebühr vor der Überweisung.\n\nNennen Sie Betrag und Laufzeit und senden Sie Ihren Ausweis.",
            "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhre Umschuldung wurde genehmigt: Ihre laufenden Kredite werden zu einer "
            "einzigen, um 40 % niedrigeren Rate zusammengefasst.\n\nUm den Vorgang freizugeben, überweisen Sie die Notargebühren ({fee}) "
            "auf {card} und schicken den Beleg an {name}.",
        ],
    },
    "crypto": {
        "subj": ["Wir holen Ihr verlorenes Krypto-Geld zurück", "Exklusiver Airdrop: Tokens jetzt abholen"],
        "teaser": ["Geld bei einer betrügerischen Plattform verloren? Unsere Kanzlei holt es zurück. Kontakt: {email}",
                   "Sie sind für den Airdrop freigeschaltet: 2.500 USDT bis heute Abend auf {link} abholen."],
        "body": [
            "Guten Tag,\n\nunsere auf Cyberkriminalität spezialisierte Kanzlei hat Ihren Namen unter den Geschädigten einer "
            "betrügerischen Anlageplattform gefunden. Wir haben die Wallets ermittelt, auf die Ihr Geld geflossen ist.\n\nUnsere Anwälte "
            "können die Rückholung sofort einleiten. Vorab fallen nur Blockchain-Gebühren an ({fee}), zahlbar in USDT: {wallet}",
            "Glückwunsch!\n\nIhre Adresse wurde für unseren Start-Airdrop ausgewählt: 2.500 USDT warten auf Sie. Verbinden Sie Ihre "
            "Wallet auf {link} und bestätigen Sie die Prüftransaktion.\n\nDas Angebot verfällt in {hours} Stunden.",
        ],
    },
    "tech-support": {
        "subj": ["Windows-Sicherheitswarnung: 5 Bedrohungen gefunden", "Bestellbestätigung: Office-Lizenz"],
        "teaser": ["5 Viren auf Ihrem PC gefunden. Schalten Sie ihn nicht aus und rufen Sie sofort {phone} an.",
                   "Danke für Ihren Kauf: Office-Lizenz, {fee}. Nicht Sie? Rufen Sie {phone} an."],
        "body": [
            "SICHERHEITSWARNUNG\n\nUnser System hat 5 Bedrohungen auf Ihrem Computer gefunden, darunter einen Trojaner, der Ihre "
            "Bankpasswörter ausliest.\n\nSchalten Sie den Computer nicht aus. Rufen Sie sofort einen zertifizierten Techniker unter "
            "{phone} an, er entfernt die Bedrohungen per Fernzugriff.",
            "Guten Tag,\n\nwir bestätigen Ihre Bestellung Nr. {ref}: Office-Lizenz für 5 Jahre, Betrag {fee}, Abbuchung binnen 24 "
            "Stunden.\n\nHaben Sie nicht bestellt, wenden Sie sich an unsere Stornoabteilung unter {phone}. Ein Mitarbeiter führt Sie "
            "durch die Rückerstattung auf Ihr Bankkonto.",
        ],
    },
}

MORE_EN = {
    "advance-fee": {
        "subj": ["Sealed box in your name held at the airport", "UN compensation payment released to you"],
        "teaser": ["A diplomatic box with {amount} in your name is at JFK airport. Confirm your delivery address today.",
                   "Your email is on the list of internet fraud victims. A compensation payment has been approved for you."],
        "body": [
            "[diplomat] Good day,\n\nI am a diplomatic agent on assignment and I am at JFK airport with a sealed consignment box holding "
            "{amount} in cash, registered in your name.\n\nCustoms require an anti-terrorism clearance certificate before delivery, cost "
            "{fee}. Once paid, I deliver the box to your door.\n\nConfirm your full address and phone number within 48 hours.",
            "[compensation] UNITED NATIONS COMPENSATION UNIT\n\nYour email is listed among victims of online fraud forwarded to us by "
            "Interpol. You have been approved for {amount}, file {ref}.\n\nPayment is on hold only for the registration fee ({fee}). Once "
            "it is paid, an ATM card will be couriered to you.\n\nSend your name, address, occupation and phone to {email}.",
        ],
    },
    "lottery": {
        "subj": ["Payment notice: winnings awaiting release", "Loyalty reward: $500 gift card reserved"],
        "teaser": ["Your winnings of {amount} couldn't be paid: bank details missing. Complete them here: {link}",
                   "A $500 gift card is reserved for you. Just a {fee} activation fee."],
        "body": [
            "Dear Winner,\n\nThe payments office informs you that your prize of {amount} from the promotional draw of {date} could not be "
            "released because your bank details are missing.\n\nSend us your account details, a copy of your ID, and pay the "
            "international transfer fee ({fee}) to our agent {name}.\n\nAfter {hours} hours the prize passes to a reserve winner.",
            "Hi,\n\nTo thank you for being a loyal customer, we've reserved a $500 gift card in your name, good at over 300 stores.\n\nTo "
            "activate it, confirm your details and pay the {fee} activation fee by card at {link}\n\nPersonal offer, not transferable.",
        ],
    },
    "crypto": {
        "subj": ["We recover lost crypto funds", "Exclusive airdrop: claim your tokens"],
        "teaser": ["Lost money to a fake trading platform? Our firm gets it back. Contact: {email}",
                   "You're eligible for the airdrop: 2,500 USDT to claim before tonight at {link}"],
        "body": [
            "Hello,\n\nOur cybercrime recovery firm found your name among victims of a fraudulent investment platform. We've traced the "
            "wallets your funds were sent to.\n\nOur lawyers can start recovery right away. Only the blockchain fees ({fee}) are paid up "
            "front, in USDT: {wallet}\n\nReply soon, the funds can be moved at any time.",
            "Congratulations!\n\nYour address was picked for our launch airdrop: 2,500 USDT is waiting. Connect your wallet at {link} and "
            "approve the verification transaction.\n\nThe offer expires in {hours} hours.",
        ],
    },
    "romance": {
        "subj": ["Baby, I'm in the hospital", "Every night I dream of you"],
        "teaser": ["Sweetheart, I'm on deployment and my card got blocked, can you help me pay for the satellite phone?",
                   "I wrote you a long letter, answer me at {email}, I can't log into the site anymore."],
        "body": [
            "My love,\n\nI'm writing from a hospital in Accra. My taxi crashed on the way to sign the contract for the project. The "
            "doctors want payment before surgery and my bank won't respond while I'm abroad.\n\nI need {fee} today, I'll pay you back as "
            "soon as the company pays me. Can you send it with gift cards and text me the codes? You're all I have.",
            "Hello my queen,\n\nI'm an engineer on an oil rig in the North Sea. I barely have signal but I think of you every day. My "
            "contract ends in two months and I want to come and live near you.\n\nI'm sending a box with my savings and a gift. The "
            "shipping company will call you about the customs fee. Keep this between us, okay?",
        ],
    },
    "job": {
        "subj": ["You've been selected: product tester role", "Farm work in Canada, visa included"],
        "teaser": ["Test products from home: $40 per review. Limited spots, WhatsApp {phone}",
                   "Canadian farms hiring seasonal workers: $2,800 a month plus visa. Book your place today."],
        "body": [
            "Hi,\n\nYou've been selected as a product tester for online stores. You buy the item with your own money, write a review, and "
            "we refund it plus a $40 commission.\n\nHigher-value tasks need a deposit that's returned at the end. Message your "
            "coordinator {name} on Telegram {tg}.",
            "Dear Applicant,\n\nA farm group in Canada is hiring seasonal workers: $2,800 a month, housing included, work visa arranged "
            "by us.\n\nTo book your place, pay the {fee} consular fee to {card}. Places are given in order of payment.",
        ],
    },
    "fake-shop": {
        "subj": ["Rapid tests wholesale", "Closing-down sale: everything must go"],
        "teaser": ["CE-marked rapid tests at $0.90 each, boxes of 500. Pay up front: {link}",
                   "Clearance: appliances and medical equipment 80% off. Bank transfer only: {link}"],
        "body": [
            "Hello,\n\nDirect importer supplying pharmacies and the public with CE-marked rapid antigen tests. Box of 500: $450 instead "
            "of $1,250.\n\nPayment up front by bank transfer ({card}). Stock goes fast. Call {name} on {phone}.",
            "CLOSING-DOWN SALE\n\nOur warehouse is closing and all stock must go: riser recliners, hospital beds, air purifiers, oxygen "
            "concentrators, 60-80% off.\n\nOrder only at {link}, pay by bank transfer, delivery in 10 days.",
        ],
    },
}

MORE_RU = {
    "advance-fee": {
        "subj": ["Опечатанный кейс на ваше имя ждёт в аэропорту", "Последняя воля больной вдовы"],
        "teaser": ["В аэропорту Шереметьево вас ждёт дипломатический груз с {amount}. Подтвердите адрес доставки.",
                   "Я тяжело больна и хочу передать своё состояние честному человеку. Напишите мне."],
        "body": [
            "[diplomat] Добрый день.\n\nЯ дипломатический курьер и нахожусь в аэропорту Шереметьево с опечатанным кейсом, в котором "
            "{amount} наличными, оформленными на ваше имя.\n\nТаможня требует справку об отсутствии связи с терроризмом, её стоимость "
            "{fee}. После оплаты я лично доставлю кейс вам домой.\n\nПодтвердите адрес и телефон в течение 48 часов.",
            "[widow] Дорогой друг во Христе,\n\nменя зовут {name}, мне 70 лет, я вдова. После диагноза врачи дают мне несколько месяцев. "
            "Мой покойный муж оставил {amount} на счёте в Дубае.\n\nДетей у нас нет. Я хочу, чтобы эти деньги пошли детским домам и "
            "вдовам, и Бог указал мне на вас.\n\nОтветьте, и я дам вам контакты моего адвоката.",
        ],
    },
    "lottery": {
        "subj": ["Распоряжение о выплате: выигрыш ожидает перевода", "Бонус за лояльность: сертификат на 50 000 ₽"],
        "teaser": ["Ваш выигрыш {amount} не выплачен: не хватает реквизитов. Заполните: {link}",
                   "Для вас зарезервирован подарочный сертификат. Активация всего {fee}."],
        "body": [
            "Уважаемый победитель!\n\nОтдел выплат сообщает, что ваш выигрыш {amount} по акции от {date} не удалось перечислить: нет "
            "реквизитов.\n\nПришлите номер карты, скан паспорта и оплатите комиссию за перевод ({fee}) нашему представителю "
            "{name}.\n\nЧерез {hours} часов приз перейдёт резервному участнику.",
            "Здравствуйте!\n\nВ благодарность за покупки мы зарезервировали на ваше имя подарочный сертификат на 50 000 рублей, действует "
            "в 300 магазинах.\n\nПодтвердите данные и оплатите активацию {fee} картой на {link}\n\nПредложение именное."],
    },
    "loan": {
        "subj": ["Займ с плохой кредитной историей - одобрение сегодня", "Рефинансирование одобрено: осталась формальность"],
        "teaser": ["Просрочки и долги не помеха: займы от 50 000 до 1 500 000 ₽ без справок. Ответ за сутки: {email}",
                   "Рефинансирование одобрено. Осталось оплатить услуги нотариуса."],
        "body": [
            "Здравствуйте.\n\nМы финансовая компания и помогаем людям с испорченной кредитной историей: займы от 50 000 до 1 500 000 "
            "рублей под 3% годовых, без справок и поручителей.\n\nВсё оформляется по почте. После одобрения нужно только оплатить "
            "оформление до перевода.\n\nНапишите сумму, срок и пришлите паспорт.",
            "Уважаемый клиент!\n\nРефинансирование одобрено: все ваши кредиты объединятся в один платёж на 40% меньше.\n\nЧтобы провести "
            "операцию, оплатите услуги нотариуса ({fee}) на карту {card} и отправьте чек {name}.",
        ],
    },
    "crypto": {
        "subj": ["Вернём деньги, потерянные на криптобирже", "Эксклюзивный аирдроп: заберите токены"],
        "teaser": ["Потеряли деньги на мошеннической платформе? Наши юристы их вернут. Контакт: {email}",
                   "Вы участвуете в аирдропе: 2500 USDT нужно забрать до вечера на {link}"],
        "body": [
            "Здравствуйте.\n\nНаша юридическая компания нашла ваше имя среди пострадавших от мошеннической инвестиционной платформы. Мы "
            "отследили кошельки, куда ушли ваши деньги.\n\nЮристы готовы начать возврат. Заранее оплачивается только комиссия сети "
            "({fee}) в USDT: {wallet}",
            "Поздравляем!\n\nВаш адрес выбран для нашего аирдропа: вас ждут 2500 USDT. Подключите кошелёк на {link} и подтвердите "
            "проверочную транзакцию.\n\nЧерез {hours} часов токены сгорят.",
        ],
    },
    "romance": {
        "subj": ["Любимый, я в больнице", "Каждую ночь ты мне снишься"],
        "teaser": ["Родной, я в командировке, карту заблокировали, поможешь оплатить связь?",
                   "Я написала тебе длинное письмо, ответь на {email}, на сайт я больше не могу зайти."],
        "body": [
            "Любимый,\n\nпишу тебе из больницы в Стамбуле. Такси попало в аварию, когда я ехала подписывать контракт. Врачи требуют "
            "оплату до операции, а мой банк не отвечает из-за границы.\n\nМне нужно {fee} сегодня, верну, как только получу деньги по "
            "контракту. Переведёшь на карту {card}? Ты у меня один.",
            "Привет, моя королева!\n\nЯ инженер на нефтяной платформе в Северном море. Связи почти нет, но я думаю о тебе каждый день. "
            "Контракт кончается через два месяца, и я хочу переехать к тебе.\n\nОтправляю тебе посылку со своими сбережениями и подарком. "
            "Транспортная компания позвонит насчёт таможенного сбора. Пусть это останется между нами, хорошо?",
        ],
    },
    "parcel": {
        "subj": ["Завтра посылка уйдёт обратно отправителю", "Отправление: доплата за пересылку"],
        "teaser": ["Последнее уведомление: завтра посылка уйдёт обратно. Оплатите хранение 149 ₽: {link}",
                   "Недостаточная оплата пересылки {code}. Доплата 99 ₽: {link}"],
        "body": [
            "ПОСЛЕДНЕЕ УВЕДОМЛЕНИЕ\n\nВаша посылка {code} 7 дней лежит в сортировочном центре. Если до завтрашнего полудня не оплатить "
            "хранение ({fee}), она вернётся отправителю.\n\nОплата онлайн за 2 минуты: {link}",
            "Здравствуйте!\n\nОтправитель посылки {code} не полностью оплатил пересылку. Для доставки нужно доплатить {fee}.\n\nУкажите "
            "адрес и внесите доплату на {link}. Без оплаты в течение 48 часов отправление будет уничтожено.",
        ],
    },
}

MORE_TR = {
    "blackmail": {
        "subj": ["EMNİYET GENEL MÜDÜRLÜĞÜ - Siber Suçlar - Dosya {ref}", "Binanızda patlayıcı var"],
        "teaser": ["Hakkınızda siber suç soruşturması başlatılmıştır. 72 saat içinde yanıt vermezseniz gözaltı kararı çıkacaktır.",
                   "Şirket binanıza bomba yerleştirildi. Ödeme gelmezse saat 17:00'de patlayacak."],
        "body": [
            "[police-summons] EMNİYET GENEL MÜDÜRLÜĞÜ\nSiber Suçlarla Mücadele Daire Başkanlığı\n\nSayın vatandaş,\n\nYürütülen siber "
            "operasyonda IP adresinizin çocuk istismarı içeren içeriklere eriştiği tespit edilmiştir. Soruşturma dosya no: {ref}.\n\n72 "
            "saat içinde yazılı savunma vermezseniz gözaltı kararı çıkarılacak ve adınız basına bildirilecektir. Savunmanızı {email} "
            "adresine gönderiniz.\n\nŞube Müdürü",
            "[bomb] DİKKAT\n\nŞirketinizin binasına bir patlayıcı yerleştirildi. Küçük ve iyi gizlenmiş. Saat 17:00'ye kadar {wallet} "
            "adresine {ransom} değerinde Bitcoin gönderilmezse patlayacak.\n\nPolis görürsek ya da tahliye başlarsa hemen patlatırız. "
            "Şaka değil. Ödemeden sonra yerini söyleyeceğiz.",
        ],
    },
    "lottery": {
        "subj": ["Ödeme talimatı: ikramiyeniz aktarım bekliyor", "Sadakat ödülü: 5.000 TL hediye çeki"],
        "teaser": ["{amount} ikramiyeniz banka bilgisi eksik olduğu için ödenemedi. Tamamlayın: {link}",
                   "Adınıza hediye çeki ayrıldı. Sadece {fee} aktivasyon ücreti."],
        "body": [
            "Sayın kazanan,\n\nÖdeme birimi, {date} tarihli kampanya çekilişindeki {amount} ikramiyenizin banka bilginiz eksik olduğu "
            "için aktarılamadığını bildirir.\n\nIBAN'ınızı, kimlik fotokopinizi gönderin ve uluslararası transfer ücretini ({fee}) "
            "temsilcimiz {name} adına yatırın.\n\n{hours} saat sonra ödül yedek kazanana geçer.",
            "Merhaba,\n\nSadakatiniz için adınıza 300'den fazla mağazada geçerli 5.000 TL'lik hediye çeki ayırdık.\n\nBilgilerinizi "
            "onaylayıp {fee} aktivasyon ücretini kartla {link} üzerinden ödeyin.\n\nKişiye özel teklif.",
        ],
    },
    "loan": {
        "subj": ["Sicil affı kredisi - bugün onay", "Borç kapatma krediniz onaylandı"],
        "teaser": ["Kara listedeyseniz bile 20.000 - 400.000 TL kredi, maaş bordrosu yok. 24 saatte cevap: {email}",
                   "Borç kapatma krediniz onaylandı. Sadece noter masrafı kaldı."],
        "body": [
            "Merhaba,\n\nSicili bozuk kişilere destek olan bir finans şirketiyiz: 20.000 ile 400.000 TL arası, sabit faiz, maaş bordrosu "
            "ve kefil gerekmez.\n\nHer şey e-postayla yürür. Onaydan sonra yalnızca dosya masrafı ödenir, ardından para "
            "yatırılır.\n\nTutarı, vadeyi yazın ve kimliğinizi gönderin.",
            "Sayın müşterimiz,\n\nBorç kapatma krediniz onaylandı: tüm borçlarınız %40 daha düşük tek taksitte birleşecek.\n\nİşlemin "
            "tamamlanması için noter masrafını ({fee}) {card} hesabına yatırıp dekontu {name} adlı temsilciye iletin.",
        ],
    },
    "parcel": {
        "subj": ["İade öncesi son bildirim", "Gönderiniz: eksik posta ücreti"],
        "teaser": ["Son bildirim: paketiniz yarın iade edilecek. 29,90 TL bekletme ücretini ödeyin: {link}",
                   "{code} gönderisinde posta ücreti eksik. 14,90 TL tamamlama ödemesi: {link}"],
        "body": [
            "SON BİLDİRİM\n\n{code} numaralı paketiniz 7 gündür aktarma merkezinde bekliyor. Yarın öğlene kadar bekletme ücreti ({fee}) "
            "ödenmezse göndericiye iade edilecek.\n\n2 dakikada online ödeyin: {link}",
            "Merhaba,\n\n{code} numaralı paketin göndericisi posta ücretini eksik ödemiş. Teslimat için {fee} tamamlama ücreti "
            "gerekiyor.\n\nAdresinizi girip ödemeyi {link} üzerinden yapın. 48 saat içinde ödenmezse gönderi imha edilir.",
        ],
    },
    "fake-shop": {
        "subj": ["Toptan antijen testi", "Kapanış indirimi: her şey satılacak"],
        "teaser": ["CE belgeli antijen testi tanesi 9 TL, 500'lük koli. Peşin ödeme: {link}",
                   "Depo kapanıyor: beyaz eşya ve medikal ürünlerde %80 indirim. Sadece havale: {link}"],
        "body": [
            "Merhaba,\n\nEczanelere ve bireysel müşterilere CE belgeli hızlı antijen testi tedarik eden doğrudan ithalatçıyız. 500'lük "
            "koli: 4.500 TL yerine 2.250 TL.\n\nÖdeme peşin, havale ile ({card}). Stok hızla bitiyor. {name} ile {phone} numarasından "
            "görüşün.",
            "KAPANIŞ İNDİRİMİ\n\nDepomuz kapanıyor, tüm stok satılacak: hasta karyolaları, hava temizleyiciler, oksijen konsantratörleri "
            "%60-80 indirimli.\n\nSipariş yalnızca {link} üzerinden, ödeme havale ile, teslimat 10 gün."],
    },
}

MORE.update({"de": MORE_DE, "en": MORE_EN, "ru": MORE_RU, "tr": MORE_TR})
