"""The twelfth batch's French scam letters (scam_twelfth.py explains pools, tags and placeholders): the spam
folder of a French, Belgian or Ivorian mailbox in the 2020s, written as its senders write."""

SCAM_FR = {"fr": {
    "sextortion": {
        "subj": ["{mybox} : votre mot de passe est {password}", "Dernier avertissement avant diffusion",
                 "J'ai accès à votre téléphone", "Vidéo compromettante - réglons ça discrètement"],
        "teaser": ["Je connais votre mot de passe ({password}) et j'ai enregistré votre écran. Lisez ma prochaine lettre ou payez {btc} "
                   "BTC ici : {wallet}",
                   "Votre numéro {myphone} et votre vidéo sont entre mes mains. {hours} heures pour régler, sinon tout le monde verra."],
        "body": [
            "[leaked-password] Bonjour,\n\nJe commence par votre mot de passe : {password}. Oui, je le connais, et je connais aussi votre "
            "adresse {mybox}. Il y a quelques mois j'ai installé un logiciel espion sur le site pour adultes que vous avez visité. "
            "Pendant que vous regardiez, votre caméra a filmé votre visage et votre écran en même temps.\n\nJ'ai fait un montage des "
            "deux. Un clic et la vidéo part à tous vos contacts, votre famille, vos collègues.\n\nJe vous propose une solution simple : "
            "{ransom} en Bitcoin sur cette adresse : {wallet}\n\nVous avez {hours} heures à partir de l'ouverture de ce message (j'ai un "
            "pixel de suivi). Après paiement j'efface tout et vous n'entendrez plus parler de moi. Inutile de porter plainte, personne ne "
            "peut me retrouver.",
            "[leaked-phone] Salut,\n\nTon numéro c'est bien {myphone} ? J'ai récupéré ton répertoire, tes photos et tes conversations "
            "WhatsApp quand tu as cliqué sur le lien que je t'ai envoyé. Il y a aussi les photos intimes que tu gardes dans ta "
            "galerie.\n\nSi tu ne veux pas que ta femme, tes enfants et ton patron les reçoivent, tu vires {ransom} en BTC ici {wallet} "
            "avant {hours}h.\n\nPas de police, pas de négociation. Si tu changes de numéro j'envoie quand même.",
            "[hacked-device] ATTENTION !\n\nJe suis un programmeur professionnel et j'ai piraté votre appareil il y a plusieurs semaines "
            "via votre routeur. Toutes vos données sont copiées chez moi : photos, mails, historique de navigation, mots de passe "
            "enregistrés.\n\nJ'ai surtout les vidéos de vos sessions sur les sites pour adultes, avec vous en image par la webcam. Ce "
            "serait dommage que vos proches les découvrent.\n\nMontant : {ransom} (en Bitcoin, {btc} BTC). Portefeuille : {wallet}\n\nSi "
            "vous ne savez pas acheter du Bitcoin tapez \"acheter bitcoin\" sur Google. Le délai est de {hours} heures. Je vois quand ce "
            "mail est lu.",
            "[hacked-account] Bonjour {mybox},\n\nJe vous écris depuis VOTRE propre compte, regardez l'expéditeur. J'ai pris le contrôle "
            "de votre messagerie et de tout ce qui est relié : cloud, réseaux sociaux, sauvegarde du téléphone.\n\nDans votre cloud il y "
            "a des choses que vous ne voudriez pas voir publiées. Je les ai toutes téléchargées.\n\nPour que je supprime ma copie et vous "
            "rende l'accès : {btc} BTC à l'adresse {wallet}. Vous avez {hours} heures. Changer le mot de passe ne sert à rien, j'ai "
            "encore la main.",
        ],
    },
    "blackmail": {
        "subj": ["CONVOCATION - Brigade de protection des mineurs (réf. {ref})", "On m'a payé pour vous éliminer",
                 "Vos données clients seront publiées", "Avis à la direction : dernière chance"],
        "teaser": ["Vous êtes convoqué(e) suite à une saisie informatique. Réponse obligatoire sous 72h, voir pièce jointe.",
                   "J'ai reçu de l'argent pour vous faire du mal. Je vous donne une chance d'acheter votre vie. Répondez vite."],
        "body": [
            "[police-summons] MINISTÈRE DE L'INTÉRIEUR\nDirection Centrale de la Police Judiciaire\n\nMadame, Monsieur,\n\nÀ la suite "
            "d'une saisie informatique effectuée par la cyber-infiltration, votre adresse IP a été identifiée pour des faits de "
            "consultation de contenus pédopornographiques et d'exhibitionnisme (articles 227-23 et 227-22 du Code pénal).\n\nVotre "
            "dossier n° {ref} sera transmis au procureur et aux médias de votre région sous 72 heures. Pour éviter les poursuites, vous "
            "pouvez justifier votre situation par écrit et régler une amende transactionnelle.\n\nMerci de répondre par mail à {email} "
            "avec vos explications.\n\nCommissaire divisionnaire, Chef de la brigade des mineurs",
            "[hitman] Bonjour,\n\nLisez attentivement. Quelqu'un qui vous connait m'a payé pour vous tuer. Je ne vais pas vous dire qui. "
            "Cela fait deux semaines que je vous observe, je sais où vous habitez et à quelle heure vous rentrez.\n\nJ'ai réfléchi : vous "
            "ne m'avez rien fait. Si vous me payez {ransom}, je vous donne le nom de votre ennemi et l'enregistrement de notre "
            "conversation, et j'annule le contrat.\n\nSi vous parlez à la police, le travail sera fait le jour même. Répondez seulement à "
            "{email}. Vous avez {hours} heures.",
            "[publish-data] Bonjour,\n\nNous avons copié la base de données de votre entreprise : fichiers clients, factures, pièces "
            "d'identité, mails internes. L'échantillon en bas prouve que c'est vrai.\n\nSi nous ne recevons pas {btc} BTC sur {wallet} "
            "dans {hours} heures, tout sera publié sur notre site {link} et envoyé à vos clients et à la CNIL. Vous connaissez le montant "
            "de l'amende RGPD.\n\nLa discrétion est dans votre intérêt. Contact : {tg}",
            "[ruin-business] À l'attention du gérant,\n\nVotre restaurant a de bonnes notes sur Google. Ça peut changer très vite. Nous "
            "avons des centaines de comptes et nous pouvons mettre 500 avis à une étoile en une semaine, signaler votre fiche et envoyer "
            "des plaintes à l'hygiène.\n\nPour que rien ne se passe, un paiement unique de {ransom} en Bitcoin : {wallet}\n\nVous avez "
            "{hours} heures pour réfléchir. Ensuite on commence et le prix double.",
        ],
    },
    "advance-fee": {
        "subj": ["Succession non réclamée - vous êtes désigné(e) héritier(e)", "Don de Mme Rousseau à une personne de confiance",
                 "Colis diplomatique à votre nom en attente", "Fonds d'indemnisation des victimes d'escroquerie"],
        "teaser": ["Je suis notaire et un client décédé porte le même nom que vous. Il a laissé {amount}. Contactez-moi pour la procédure.",
                   "Veuve malade, je souhaite faire don de ma fortune à une personne honnête avant de mourir. Écrivez-moi."],
        "body": [
            "[inheritance] Cher(e) ami(e),\n\nJe suis Maître {name}, avocat au barreau d'Abidjan. Mon client, un homme d'affaires "
            "français, est décédé avec sa famille dans un accident sur l'autoroute du Nord. Il a laissé sur un compte bancaire la somme "
            "de {amount} et personne ne s'est présenté depuis quatre ans.\n\nLa banque veut verser cet argent au Trésor public. Comme "
            "vous portez le même nom de famille, je peux vous présenter comme le plus proche parent. Tout est légal, j'ai les "
            "documents.\n\nNous partagerons 50/50, 10 % pour les frais. Envoyez-moi vos nom complet, adresse, téléphone et une copie de "
            "pièce d'identité.",
            "[widow] Bien aimé(e) dans le Seigneur,\n\nJe suis Madame {name}, veuve, âgée de 68 ans. Je souffre d'un cancer de "
            "l'oesophage et mon médecin ne me donne plus que quelques mois. Mon mari m'a laissé {amount} déposés dans une banque en Côte "
            "d'Ivoire.\n\nNous n'avons pas eu d'enfants et je ne veux pas que la famille de mon mari touche cet argent. J'ai prié et j'ai "
            "choisi votre adresse pour réaliser mes oeuvres : orphelinats, veuves, maisons de Dieu.\n\nSi vous acceptez, répondez-moi et "
            "je vous mettrai en contact avec ma banque. Que Dieu vous bénisse.",
            "[diplomat] Bonjour,\n\nJe suis agent diplomatique et je suis actuellement à l'aéroport de Roissy avec une valise "
            "diplomatique à votre nom, contenant {amount} en espèces, envoyée par la Fondation d'Entraide Internationale.\n\nLes services "
            "douaniers demandent le certificat anti-terroriste et anti-blanchiment avant la livraison à domicile. Les frais sont de "
            "{fee}, payables par coupon Transcash ou PCS.\n\nSi vous ne répondez pas sous 48 heures la valise repartira. Confirmez votre "
            "adresse de livraison.",
            "[compensation] RÉPUBLIQUE FRANÇAISE - Commission d'indemnisation\n\nMadame, Monsieur,\n\nVotre adresse électronique figure "
            "sur la liste des victimes d'arnaques sur internet transmise par Interpol. Une indemnisation de {amount} vous a été accordée "
            "dans le dossier {ref}.\n\nLe virement est bloqué uniquement par les frais d'enregistrement ({fee}). Dès réception, les fonds "
            "sont libérés sous 24h.\n\nVeuillez compléter le formulaire : nom, adresse, profession, RIB.",
        ],
    },
    "lottery": {
        "subj": ["Félicitations ! Votre adresse a gagné au tirage européen", "Gagnant(e) du jeu concours - dernier rappel"],
        "teaser": ["Vous avez gagné {amount} au tirage du {date}. Pour réclamer votre gain : {link}",
                   "Dernier rappel : votre lot (iPhone 15 + chèque) expire ce soir. Payez seulement les frais de port ({fee})."],
        "body": [
            "Bonjour,\n\nNous avons le plaisir de vous annoncer que votre adresse mail a été tirée au sort lors du tirage international "
            "du {date}. Vous remportez la somme de {amount}, numéro de ticket {ref}.\n\nPour des raisons de sécurité gardez ces "
            "informations confidentielles jusqu'au virement. Le service des paiements vous demandera uniquement les frais de dossier de "
            "{fee}.\n\nContactez notre agent agréé {name} avec votre numéro de ticket.",
            "Chère cliente, cher client,\n\nVous faites partie des 10 gagnants de notre grand jeu anniversaire ! Votre cadeau : un robot "
            "cuiseur d'une valeur de 1 299 €.\n\nIl ne reste qu'à confirmer votre adresse et régler la participation aux frais de "
            "livraison de {fee} par carte bancaire sur {link}\n\nAttention, sans réponse sous {hours} heures le lot sera remis en jeu.",
        ],
    },
    "loan": {
        "subj": ["Prêt entre particuliers sérieux et rapide", "Votre financement est accordé sans justificatif"],
        "teaser": ["Besoin d'argent ? Prêt de 2 000 à 500 000 € à 2 % entre particuliers, réponse en 24h, même fiché Banque de France.",
                   "Crédit accordé : {amount}. Il reste à payer les frais d'assurance pour débloquer les fonds."],
        "body": [
            "Bonjour,\n\nJe suis un particulier qui accorde des prêts aux personnes honnêtes qui n'ont pas accès au crédit bancaire. Je "
            "prête de 3 000 à 350 000 euros au taux de 2 % l'an, remboursable sur 1 à 25 ans.\n\nPas besoin d'être propriétaire, même "
            "fiché FICP. Le contrat est signé devant notaire. Vous recevez les fonds sous 48 heures après l'enregistrement du "
            "dossier.\n\nSi vous êtes intéressé(e) envoyez le montant souhaité, la durée et votre pièce d'identité.",
            "Madame, Monsieur,\n\nSuite à votre demande, votre prêt de {amount} a été validé par notre comité. Le virement est programmé "
            "pour le {date}.\n\nConformément à la loi, l'assurance emprunteur doit être réglée avant le décaissement : {fee}, par "
            "virement sur le compte {card}.\n\nDès que votre conseiller {name} reçoit la preuve de paiement, le virement part.",
        ],
    },
    "crypto": {
        "subj": ["Il a transformé 250 € en 8 000 € avec ce robot", "Votre compte crypto a généré des gains"],
        "teaser": ["Investissez 250 € aujourd'hui et laissez l'intelligence artificielle trader pour vous. Places limitées : {link}",
                   "Votre solde est de 0,38 BTC. Retrait possible après vérification : {link}"],
        "body": [
            "Bonjour,\n\nVous avez sûrement vu le reportage : une plateforme basée sur l'IA permet aux particuliers de gagner entre 800 "
            "et 2 500 € par jour. Même les débutants y arrivent, le robot fait tout.\n\nIl suffit d'un dépôt de 250 €. Un conseiller "
            "personnel vous appelle pour l'ouverture du compte.\n\nInscrivez-vous avant la fermeture des places : {link}",
            "Bonjour,\n\nVotre compte sur notre plateforme affiche un solde de {amount}. Pour effectuer le retrait vers votre compte "
            "bancaire, la réglementation impose de payer l'impôt sur les plus-values à l'avance : {fee}.\n\nVersement en USDT uniquement "
            ": {wallet}\n\nAprès confirmation, votre argent arrive sous 2 heures. Votre gestionnaire : {tg}",
        ],
    },
    "romance": {
        "subj": ["Je pense à toi mon coeur", "Ton profil m'a plu, on fait connaissance ?"],
        "teaser": ["Coucou, je m'appelle Marie, j'ai vu ton profil et tu as l'air gentil. Tu peux m'écrire ici : {email}",
                   "Mon amour, j'ai un problème à la douane, j'ai besoin de toi ce soir."],
        "body": [
            "Bonsoir mon amour,\n\nDepuis qu'on se parle je me sens enfin vivante. Je t'ai dit que mon père m'a laissé de l'or au Ghana. "
            "Je suis bloquée à l'aéroport d'Accra parce que la douane demande {fee} pour laisser sortir mes bagages.\n\nJe te promets que "
            "je te rends tout dès que j'arrive en France dans tes bras. Tu peux envoyer par Western Union au nom de {name} ? Je t'aime "
            "tellement, ne me laisse pas seule ici.",
            "Bonjour mon coeur,\n\nTu te souviens de mon oncle qui travaille dans le trading ? Il m'a montré une plateforme et j'ai gagné "
            "12 000 dollars en un mois. Je veux que toi aussi tu en profites, pour notre avenir.\n\nOuvre un compte sur {link} et dépose "
            "1 000 USDT, je te guide pas à pas. Ne le dis à personne, mon oncle ne veut pas que ça se sache.",
        ],
    },
    "fake-shop": {
        "subj": ["Masques FFP2 et tests antigéniques - déstockage", "Oxymètre de pouls -70 % aujourd'hui seulement"],
        "teaser": ["Boîtes de 50 masques FFP2 à 9,90 €. Paiement par virement, livraison 48h : {link}",
                   "Stock limité d'oxymètres et de thermomètres à prix d'usine : {link}"],
        "body": [
            "Bonjour,\n\nNous sommes grossiste en matériel médical. Suite à l'annulation d'une commande d'hôpital, nous déstockons : "
            "masques FFP2 certifiés, tests antigéniques, gel hydroalcoolique.\n\nTarifs : boîte de 50 FFP2 9,90 €, test antigénique 1,20 "
            "€ l'unité. Paiement par virement uniquement ({card}), expédition sous 48 heures après réception.\n\nCommande par retour de "
            "mail ou WhatsApp {phone}.",
            "SOLDES EXCEPTIONNELLES\n\nOxymètre de pouls professionnel : 14,90 € au lieu de 49,90 €. Concentrateur d'oxygène portable : "
            "389 €.\n\nPaiement sécurisé par virement ou coupon PCS. Livraison gratuite en France métropolitaine.\n\nCommandez sur {link} "
            "avant la rupture de stock.",
        ],
    },
    "parcel": {
        "subj": ["Votre colis est en attente de paiement", "Colissimo : frais de réexpédition"],
        "teaser": ["Votre colis {code} est bloqué. Réglez 1,99 € de frais de port ici : {link}",
                   "Colis non livré : adresse incomplète. Reprogrammez la livraison : {link}"],
        "body": [
            "Bonjour,\n\nVotre colis n° {code} n'a pas pu être livré car les droits de douane n'ont pas été acquittés ({fee}).\n\nSans "
            "paiement sous {hours} heures, le colis sera retourné à l'expéditeur. Réglez en ligne sur {link}\n\nMerci de votre confiance.",
            "Cher client,\n\nNous avons tenté de livrer votre colis le {date} mais personne n'était présent. Des frais de réexpédition de "
            "{fee} s'appliquent.\n\nChoisissez un nouveau créneau et payez les frais sur {link}. Sans action de votre part, le colis sera "
            "détruit.",
        ],
    },
    "tech-support": {
        "subj": ["Facture n° {ref} - renouvellement de votre protection antivirus", "Accès à cet ordinateur suspendu"],
        "teaser": ["Prélèvement de {fee} pour votre antivirus (renouvellement automatique). Pour annuler, appelez le {phone}.",
                   "ALERTE : ordinateur bloqué pour activité suspecte. Ne redémarrez pas. Appelez le support {phone}."],
        "body": [
            "Bonjour,\n\nMerci pour votre confiance. Votre abonnement de protection totale (3 appareils) a été renouvelé automatiquement "
            "pour 1 an. Montant débité : {fee}.\n\nSi vous n'êtes pas à l'origine de ce renouvellement, appelez notre service de "
            "remboursement au {phone} dans les 24 heures. Un technicien prendra le contrôle à distance pour traiter le remboursement.",
            "Bonjour,\n\nSuite à une erreur de notre système, nous vous avons remboursé trop d'argent. Pour corriger, notre technicien "
            "doit se connecter à votre ordinateur avec AnyDesk.\n\nAppelez le {phone} et gardez votre banque en ligne ouverte. Ne parlez "
            "pas de cet appel à votre banque, cela bloquerait le dossier.",
        ],
    },
}}
