"""Fourth batch of scam pools (round 5, `batch: fourth`), written blind.

The author (helper C4) never opened the signature packs (signatures/*.yaml,
signatures/lists/*), never ran the sensor on these texts and never saw a
detection result for them. The third batch's generator was read only to
learn the format; every sentence here is new (other scenarios, other
wording), written for this project from what these scams are publicly known
to say.

Slots per family: subj, hook, body, ask, optional ps. Even-numbered
variants are development, odd-numbered held-out (fourth_batch.pick).
Sentences may hold placeholders the generator fills per item:
{amount} a sum in digits, {words} a sum in words, {wallet} a crypto address
(bc1..., 1..., 3..., TRC20 T..., 0x...), {link} a look-alike or odd-TLD link,
{hours} a deadline, {password} a leaked-looking password, {phone} a phone
number, {code} a tracking or case number.

Families (12): sextortion, advance-fee (inheritance, compensation, dormant
account), lottery (prize, sweepstake, raffle), fake-shop (medical goods,
masks, tests, pharmacy, cheap electronics), crypto (investment, "recovery",
pig-butchering), loan (upfront fee), job (payment-processing agent, parcel
reshipping, money mule), tech-support (refund, virus), romance, parcel
(delivery/customs fee), gov-refund (tax refund, state benefit),
account-phish (account verification).
"""

GREET = {
    "en": ["Hello there,", "Dear customer,", "Hi,", "Dear winner,", "Good morning,", "Attn: recipient,", "Dear friend,",
           "Hey,"],
    "ru": ["Здравствуйте,", "Уважаемый клиент!", "Добрый день!", "Привет,", "Уважаемый получатель,", "Доброй ночи.",
           "Дорогой друг,", "Алло,"],
    "ru-lat": ["Zdravstvuyte,", "Privet!", "Dobryy den',", "Uvazhaemyy klient,"],
    "ru-en": ["Hi, добрый день!", "Hello, здравствуйте,", "Привет, dear,", "Dear клиент,"],
    "uz": ["Assalomu alaykum,", "Hurmatli mijoz!", "Salom do'stim,", "Qadrli fuqaro,", "Xayrli kun!", "Hurmatli abonent,"],
    "kk": ["Сәлеметсіз бе,", "Құрметті клиент!", "Сәлем, досым,", "Құрметті азамат,", "Қайырлы күн!", "Құрметті абонент,"],
    "ky": ["Салам,", "Урматтуу кардар!", "Саламатсызбы, досум,", "Урматтуу жаран,", "Кайырлуу күн!", "Урматтуу абонент,"],
    "tg": ["Салом,", "Мизоҷи азиз!", "Ассалому алейкум, дӯстам,", "Шаҳрванди мӯҳтарам,", "Рӯз ба хайр!", "Муштарии азиз,"],
    "tk": ["Salam,", "Hormatly müşderi!", "Salam, dostum,", "Hormatly raýat,", "Ertiriňiz haýyrly!", "Hormatly abonent,"],
    "de": ["Hallo,", "Sehr geehrter Kunde,", "Guten Tag,", "Lieber Gewinner,"],
    "tr": ["Merhaba,", "Sayın müşterimiz,", "Selamlar,", "Değerli kullanıcı,"],
    "uk": ["Доброго дня,", "Шановний клієнте!", "Привіт,", "Шановний отримувачу,"],
}

SIGN = {
    "en": ["Regards,\nCompliance Unit", "Yours sincerely,\nBarrister Felix Adeyemi", "Best,\nCustomer Care", "Thank you,\nMr. Liu Wen",
           "Kind regards,\nRecruitment Team", "Sincerely,\nMrs. Rosalind Becker", "Cheers,\nKate", "Stay safe,\nSupport Desk"],
    "ru": ["С уважением,\nслужба безопасности", "Искренне,\nадвокат Кравцов", "Ваш менеджер,\nАртём", "Спасибо,\nотдел выплат",
           "С наилучшими пожеланиями,\nкоманда проекта", "Жду ответа,\nВаша Алина", "Поддержка клиентов", "До связи,\nРоман"],
    "ru-lat": ["S uvazheniem,\nsluzhba podderzhki", "Vash menedzher Denis", "Spasibo,\notdel vyplat", "Zhdu otveta,\nOlga"],
    "ru-en": ["Best regards,\nотдел compliance", "Thanks, ваш support", "Regards,\nHR-менеджер Анна", "С уважением, Team Lead"],
    "uz": ["Hurmat bilan,\nqo'llab-quvvatlash xizmati", "Menejer Sardor", "Rahmat,\nto'lovlar bo'limi", "Hurmat bilan,\nadvokat Karimov",
           "Sizning Madina", "Xizmat ko'rsatish markazi"],
    "kk": ["Құрметпен,\nқолдау қызметі", "Менеджер Ерлан", "Рақмет,\nтөлем бөлімі", "Құрметпен,\nзаңгер Сейітов", "Сенің Айгерім",
           "Қызмет көрсету орталығы"],
    "ky": ["Урматтоо менен,\nколдоо кызматы", "Менеджер Бакыт", "Рахмат,\nтөлөм бөлүмү", "Урматтоо менен,\nадвокат Осмонов",
           "Сенин Айпери", "Тейлөө борбору"],
    "tg": ["Бо эҳтиром,\nхадамоти дастгирӣ", "Менеҷер Фаррух", "Ташаккур,\nшуъбаи пардохт", "Бо эҳтиром,\nҳуқуқшинос Раҳимов",
           "Дӯстдори ту Нигина", "Маркази хизматрасонӣ"],
    "tk": ["Hormat bilen,\ngoldaw gullugy", "Menejer Merdan", "Sag boluň,\ntölegler bölümi", "Hormat bilen,\nhukukçy Orazow",
           "Seniň Aýgözel", "Hyzmat merkezi"],
    "de": ["Mit freundlichen Grüßen\nIhr Kundendienst", "Beste Grüße\nRechtsanwalt Dr. Holm", "Viele Grüße\nLena",
           "Hochachtungsvoll\nAbteilung Rückerstattung"],
    "tr": ["Saygılarımızla,\nMüşteri Hizmetleri", "İyi günler,\nAvukat Demir", "Sevgiyle,\nSeda", "Teşekkürler,\nÖdeme Birimi"],
    "uk": ["З повагою,\nслужба підтримки", "Щиро,\nадвокат Ковальчук", "Ваша Оксана", "Дякуємо,\nвідділ виплат"],
}

# Sums in words (the generator also writes sums in digits). Even variants dev, odd held-out.
WORDS = {
    "en": ["one thousand two hundred US dollars", "nine hundred and fifty dollars", "two thousand five hundred euros",
           "one thousand four hundred pounds", "four million seven hundred thousand dollars", "eight hundred dollars only",
           "three point two million euros", "six hundred and forty pounds"],
    "ru": ["одна тысяча двести долларов", "девятьсот пятьдесят долларов США", "две с половиной тысячи евро",
           "тысяча четыреста долларов", "четыре миллиона семьсот тысяч долларов", "восемьсот долларов",
           "сорок пять тысяч рублей", "шестьсот сорок евро"],
    "ru-lat": ["tysyacha dvesti dollarov", "devyat'sot pyat'desyat dollarov", "sorok tysyach rubley", "vosem'sot evro"],
    "ru-en": ["one thousand двести USD", "девятьсот fifty dollars", "пять тысяч USDT", "восемьсот bucks"],
    "uz": ["bir ming ikki yuz dollar", "to'qqiz yuz ellik AQSh dollari", "ikki million so'm", "besh yuz ming so'm"],
    "kk": ["бір мың екі жүз доллар", "тоғыз жүз елу доллар", "екі миллион теңге", "бес жүз мың теңге"],
    "ky": ["бир миң эки жүз доллар", "тогуз жүз элүү доллар", "эки миллион сом", "беш жүз миң сом"],
    "tg": ["як ҳазору дусад доллар", "нӯҳсаду панҷоҳ доллари ИМА", "ду ҳазор сомонӣ", "панҷсад сомонӣ"],
    "tk": ["bir müň iki ýüz dollar", "dokuz ýüz elli ABŞ dollary", "iki müň manat", "bäş ýüz manat"],
    "de": ["eintausendzweihundert Euro", "neunhundertfünfzig Euro", "zweitausendfünfhundert Euro", "achthundert Euro"],
    "tr": ["bin iki yüz dolar", "dokuz yüz elli avro", "iki bin beş yüz lira", "sekiz yüz dolar"],
    "uk": ["одна тисяча двісті доларів", "дев'ятсот п'ятдесят євро", "дві тисячі гривень", "вісімсот доларів"],
}

EN = {
    "sextortion": {
        "subj": ["Your password is {password}", "I know what you watched last Tuesday", "Security notice: your device is compromised",
                 "{password} - change it, it is too late anyway", "Recorded: you and the screen", "Last warning before I send it",
                 "Pixel tracker report for your mailbox", "Do not ignore this, it concerns your privacy"],
        "hook": [
            "I know {password} is your password, and that is only the smallest thing I have on you.",
            "A few months ago a tracking pixel in a newsletter you opened gave me a way into your phone.",
            "Your router had an old firmware hole, and since then every device behind it has been mine.",
            "I run a small team that buys access to hacked accounts, and yours came up in a batch last month.",
            "While you were on an adult site, your front camera was recording you and the video you were watching.",
            "I put a remote access tool on your laptop through a fake browser update you installed.",
            "Your microphone, camera and contacts list have been streaming to my server for eleven weeks.",
            "Don't bother changing the password now, I already copied your chats, photos and browsing history.",
        ],
        "body": [
            "I cut a split-screen clip: on the left what you were watching, on the right your face while you did it.",
            "Every name in your address book, your colleagues included, is in a list ready for one click.",
            "I am not angry, this is business, and after payment I delete everything and you never hear from me.",
            "My software changes its signature every few hours, so your antivirus will not see it.",
            "If you go to the police, the video goes to your family group chat the same minute.",
            "I can see when you open this letter, the timer has already started.",
            "You may think this is a bluff, so ask yourself how I got your password.",
            "The footage is uploaded to three servers, deleting your accounts will change nothing.",
        ],
        "ask": [
            "Transfer {amount} in Bitcoin to this wallet: {wallet}. You have {hours} hours.",
            "Pay {words} in BTC to {wallet} and the recording is erased.",
            "Buy bitcoin on any exchange and send it to {wallet} within {hours} hours, no exceptions.",
            "My price is {amount}. Wallet (BTC): {wallet}. Google how to buy bitcoin if you do not know.",
            "Send the equivalent of {amount} in USDT TRC20 to {wallet} before the deadline.",
            "You have {hours} hours from the moment you read this. BTC address: {wallet}",
            "Pay {amount} and I wipe the files; do not reply, this address is not monitored. {wallet}",
            "Copy the address carefully, it is case sensitive: {wallet}. Amount: {words}.",
        ],
        "ps": ["P.S. Do not try to reply, this mailbox is a one-time address.",
               "P.S. If I see the payment, you will not hear from me again. I keep my word.",
               "P.S. Telling anyone about this letter starts the upload immediately.",
               "P.S. Your device will show nothing unusual, that is how good the tool is."],
    },
    "advance-fee": {
        "subj": ["Unclaimed estate of late Engineer Harold Pierce", "Compensation payment approved - ref {code}",
                 "Confidential business proposal", "Dormant account funds in your surname",
                 "Final notice: your fund release", "Private and confidential from the desk of the bank auditor"],
        "hook": [
            "I am the personal lawyer to a late oil engineer who died with his wife in a road accident, leaving no next of kin.",
            "The United Nations fraud victims compensation programme has approved a payment in your favour.",
            "A dormant account opened in 2011 holds {amount}; since you share the surname of the deceased holder, you qualify as beneficiary.",
            "I am a senior auditor at a bank in Lome and I found an abandoned deposit that nobody has claimed for nine years.",
            "After the review of overdue contract payments, your file was selected for release of {words}.",
            "I am a widow suffering from cancer and I want to give my late husband's savings to a God-fearing person.",
        ],
        "body": [
            "All documents will be prepared by my chambers, so the transfer is legal and risk free.",
            "The sum will be shared 50/50 between us, and 10 percent is set aside for any expenses.",
            "The bank has given me two weeks to present a beneficiary before the money goes to the state treasury.",
            "Your payment has been delayed only because the certificate of origin was never issued.",
            "The consignment box is already at the airport with the diplomat and only awaits clearance.",
            "I need a trustworthy foreign partner as my position does not allow me to claim it myself.",
        ],
        "ask": [
            "Send me your full name, phone number and address so I can file the claim.",
            "A release fee of {amount} must be paid for the clearance certificate before the transfer.",
            "Reply with a copy of your passport and your bank details to proceed.",
            "Contact the paying officer and pay the processing charge of {amount} so your funds can be wired today.",
            "Keep this strictly confidential and reply to my private email for further instructions.",
            "Kindly reconfirm your details and pay the stamp duty so the bank can credit your account.",
        ],
        "ps": ["P.S. Do not discuss this with anyone until the money is in your account.",
               "P.S. Time is of essence, the bank's deadline cannot be moved."],
    },
    "lottery": {
        "subj": ["Congratulations! Your e-mail won the annual draw", "Winning notification batch {code}",
                 "You are today's lucky visitor", "Claim your prize: iPhone 15 reserved for you",
                 "Raffle result: second prize", "Your customer loyalty reward is waiting"],
        "hook": [
            "Your email address was picked in our international online sweepstake and has won {words}.",
            "You have been selected as today's lucky visitor and a brand-new smartphone is reserved in your name.",
            "We are pleased to inform you that your ticket number {code} drew the second prize of {amount}.",
            "As one of our loyal customers, you have been chosen to receive a reward worth {amount}.",
            "A random computer ballot of mail users gave your address the jackpot of this quarter.",
            "Your number was drawn in the anniversary raffle, and the prize must be collected within {hours} hours.",
        ],
        "body": [
            "Winners were drawn from more than 20,000 addresses collected from across the internet.",
            "Only the delivery and insurance of the prize remain to be covered by the winner.",
            "To avoid double claims, keep your winning number confidential until you are paid.",
            "The prize will be sent by courier once your claim form is verified by our agent.",
            "Unclaimed prizes return to the pool, so please act quickly.",
            "There are only three prizes left in your region today.",
        ],
        "ask": [
            "Answer three short questions and pay only {amount} shipping to receive your prize: {link}",
            "Contact our claims agent with your winning number and full address.",
            "To release your winnings, the processing and transfer fee of {amount} must be paid first.",
            "Click here to claim before it expires: {link}",
            "Send the claim form and a small insurance fee to the agent below.",
            "Enter your card details to confirm you are the winner and cover the {amount} handling charge: {link}",
        ],
        "ps": ["P.S. Winners who do not reply within 7 days forfeit their prize.",
               "P.S. This is not spam, you were chosen by our system."],
    },
    "fake-shop": {
        "subj": ["FDA approved rapid tests - bulk price", "N95 masks back in stock, 70% off", "Oximeters and thermometers, wholesale",
                 "Pharmacy without prescription - discreet delivery", "iPhone 15 Pro for 199 - last units", "Clearance: laptops from warehouse"],
        "hook": [
            "We have 40,000 antigen rapid tests in our warehouse and ship worldwide within 24 hours.",
            "Certified N95 and FFP2 masks are back in stock at a factory price, only for today.",
            "Our online pharmacy sells brand-name pills with no prescription and no questions.",
            "Brand new sealed iPhones are on sale for a fraction of the price due to a customs overstock.",
            "Medical oxygen concentrators and pulse oximeters are available again, limited quantity.",
            "Warehouse clearance: branded laptops and game consoles from a cancelled order, 80 percent off.",
        ],
        "body": [
            "The stock is limited, and we accept orders only until midnight.",
            "All items come with certificates, and delivery is discreet in plain packaging.",
            "Banks sometimes block payments to our shop, so we accept transfers and crypto only.",
            "Hospitals and pharmacies in your country already order from us every week.",
            "Our prices are lower because we buy directly from the factory, without middlemen.",
            "Reviews on our site confirm thousands of satisfied customers.",
        ],
        "ask": [
            "Order now with 100% prepayment by bank transfer or Bitcoin: {link}",
            "Pay by gift card or crypto for an extra 15% discount: {link}",
            "Write to our manager on WhatsApp to reserve your lot, payment in advance.",
            "Place your order at {link}; card payments are not accepted at the moment.",
            "Send the payment to our supplier and email the receipt to start shipping.",
            "Reserve your item now for a deposit of {amount}, the rest on delivery: {link}",
        ],
    },
    "crypto": {
        "subj": ["Recover your lost crypto - guaranteed", "Your account earned {amount} this week", "VIP signals group: last seats",
                 "Withdrawal pending: tax must be paid", "Funds recovery for scam victims", "Hi, sorry, wrong number?"],
        "hook": [
            "If you lost money to an online investment platform, our certified recovery agents can get it back.",
            "Our arbitrage bot trades for you and brings 3 to 5 percent per day with no risk.",
            "Your withdrawal of {amount} is ready, but the platform requires a 20% tax before release.",
            "Hi, is this Mr. Chen? Oh sorry, wrong number, but since we are talking, do you trade crypto?",
            "My uncle works at a big exchange and tells me exactly when to buy, I made a lot this month.",
            "Join our private mining pool and double your USDT deposit in 14 days.",
        ],
        "body": [
            "We have already returned more than 4 million dollars to victims of fraud this year.",
            "I started with only 500 dollars, and now my account shows over 80,000.",
            "The funds are frozen by the anti-money-laundering system until the fee is cleared.",
            "Profits are paid daily, and you can withdraw whenever you like.",
            "You only need to open an account on the platform I will send you.",
            "Our blockchain forensics team traces stolen coins and freezes them on the exchange.",
        ],
        "ask": [
            "Deposit at least {amount} in USDT to the platform wallet {wallet} to activate your account.",
            "Pay the recovery fee of {amount} upfront so we can file the case today.",
            "Transfer the unlock fee to {wallet} and your balance becomes available immediately.",
            "Register here, I will guide you step by step: {link}",
            "Send a verification deposit to {wallet}; it will be refunded together with your profit.",
            "Top up {words} to reach the VIP level and unlock withdrawals.",
        ],
        "ps": ["P.S. Only this week, the bonus doubles your first deposit.",
               "P.S. Do not tell the bank what the transfer is for, they block crypto payments."],
    },
    "loan": {
        "subj": ["Loan approved without credit check", "Your loan of {amount} is approved", "Instant cash even with bad credit",
                 "Final step to receive your loan", "Personal loan at 2% - no collateral", "Business funding released"],
        "hook": [
            "Your application has been approved for a personal loan of {amount} at 2% annual interest.",
            "We lend to anyone, even with bad credit history or no job, with money on your card in one hour.",
            "We are a private lending company and we offer loans from 5,000 to 5,000,000 to individuals and businesses.",
            "Good news: your funding of {words} has been released and is waiting for the final step.",
            "No collateral, no credit check, no paperwork: only your passport.",
            "Private investor offers loans at 3 percent to honest people in need.",
        ],
        "body": [
            "The money will be transferred as soon as the insurance of the loan is covered.",
            "Our lawyers have already prepared the contract with your name on it.",
            "Repayment starts only after six months, at a fixed rate.",
            "Your account must first show that it can receive international transfers.",
            "This offer is valid for 48 hours only.",
            "We cooperate with several foreign banks, so approval is guaranteed.",
        ],
        "ask": [
            "To receive the funds, pay the insurance fee of {amount} to the account given by the manager.",
            "Send a photo of your passport and a refundable activation fee of {amount}.",
            "Pay the contract registration fee and the money reaches your card the same day.",
            "Contact our loan officer on WhatsApp to complete the advance payment.",
            "First deposit the security amount to your new loan account to unlock it: {link}",
            "Buy a gift card for {amount} and send us the code to confirm your solvency.",
        ],
    },
    "job": {
        "subj": ["Remote position: payment processing agent", "Work from home - parcel reshipping coordinator",
                 "Part-time job, 300-800 per day", "Your CV was shortlisted", "Financial assistant needed in your area",
                 "Easy online job: like videos, get paid"],
        "hook": [
            "We are an international company looking for a payment processing agent in your country, two hours a day.",
            "Our logistics department needs home-based coordinators who receive parcels, relabel them and send them abroad.",
            "Your CV was selected for a remote assistant position, daily pay between 300 and 800.",
            "We need a local representative to receive payments from our clients and forward them to our suppliers.",
            "Earn money by liking videos and rating products, no experience needed.",
            "We are hiring financial assistants to help customers move money between accounts.",
        ],
        "body": [
            "You will keep 10 percent of every transfer you process as your commission.",
            "All you need is a bank account in your name and a smartphone.",
            "The parcels contain electronics, and shipping labels are prepaid by us.",
            "Training takes one day, and your mentor will guide every task on Telegram.",
            "For the first tasks you top up your work account, and it is returned with commission.",
            "Payments come from our customers to your account; you withdraw cash and send it on by crypto.",
        ],
        "ask": [
            "Reply with your full name, bank name and account number to get your first assignment.",
            "Write to our HR manager on Telegram to start today: {link}",
            "Pay the onboarding deposit of {amount} to unlock paid tasks.",
            "Send us a photo of your ID and the details of your account for salary payments.",
            "Register on our task platform and recharge your balance to start earning: {link}",
            "Confirm your interest and we will send the first parcel to your address.",
        ],
    },
    "tech-support": {
        "subj": ["Your subscription was renewed: {amount}", "Virus alert - call support now", "Refund of your overpayment",
                 "Order confirmation #{code}", "Microsoft security: your PC is blocked", "Your antivirus license expired today"],
        "hook": [
            "Your annual antivirus subscription has been renewed automatically and {amount} was charged.",
            "Your computer is infected with a dangerous Trojan, stop using it and call support immediately.",
            "Due to a system error we refunded you too much, and the difference must be returned.",
            "We detected suspicious activity and locked your Windows licence for your protection.",
            "Thank you for your order of a 4K smart TV, shipment is scheduled for tomorrow.",
            "Your refund is ready, but our technician needs to connect to your PC to process it.",
        ],
        "body": [
            "If you did not authorize this purchase, you have 24 hours to cancel.",
            "Our technician will install a remote tool to remove the virus.",
            "Please log in to your online banking while the technician is connected.",
            "Do not turn off your computer, your files may be lost.",
            "The refund was sent by mistake with an extra zero.",
            "Your IP address has been used to access illegal websites.",
        ],
        "ask": [
            "To cancel and get a refund, call our billing department at {phone}.",
            "Call the toll-free support line now: {phone}",
            "Download the support tool from {link} and give the code to our agent.",
            "Return the extra amount with gift cards and read the codes to the technician.",
            "Reply to this mail or call {phone} before the charge is final.",
            "Install AnyDesk and tell us the nine-digit number so we can help you.",
        ],
    },
    "romance": {
        "subj": ["Is this still your address?", "I saw your profile and could not stop thinking", "Hello from the oil rig",
                 "My dear, I need your help", "A message from a lonely heart", "Miss you so much"],
        "hook": [
            "I am a surgeon working for a peace mission in Yemen, and I felt something special when I saw your photo.",
            "My name is Anna, I am 29, and a friend gave me your address, I hope you don't mind.",
            "I am an engineer on an offshore platform and can only write when the satellite works.",
            "Darling, every day I read your messages again and think about our future together.",
            "I have never trusted anyone as I trust you, so I must tell you what happened.",
            "I am a widower raising my daughter alone, looking for a sincere woman.",
        ],
        "body": [
            "My bank card was blocked here and I cannot pay for my flight ticket home.",
            "The customs office is holding my gold and my luggage until I pay a fee.",
            "My daughter is in hospital and the doctors will not start the treatment without payment.",
            "When I come to you, I will return everything and we will start our life together.",
            "I have a contract payment of 2 million coming, but I need to clear the tax first.",
            "I want to send you a gift package with jewellery and money for our wedding.",
        ],
        "ask": [
            "Please send me {amount} by Western Union, I will give it back as soon as I land.",
            "Can you buy Steam gift cards and send me photos of the codes? It is the only way here.",
            "Help me with the customs fee of {amount}, my love, and we will be together next week.",
            "Send the money to my agent's account, I will give you the details on WhatsApp.",
            "Just this once, transfer to the crypto wallet I gave you: {wallet}",
            "Please do not tell your family yet, they will not understand our love.",
        ],
    },
    "parcel": {
        "subj": ["Your parcel is on hold", "Delivery attempt failed - reschedule", "Customs duty unpaid for shipment {code}",
                 "Last chance to receive your package", "Address incomplete", "Your shipment will be returned"],
        "hook": [
            "We tried to deliver your parcel {code} today, but nobody was home.",
            "Your package is held at the customs warehouse because the import duty of {amount} is unpaid.",
            "Your shipment cannot be delivered because the house number is missing from the address.",
            "A parcel in your name has been waiting in our depot for 5 days.",
            "Your order was stopped at the sorting centre: redelivery fee required.",
            "The courier could not reach you, and your item will be returned to the sender.",
        ],
        "body": [
            "Parcels not claimed within 48 hours are sent back to the sender.",
            "The fee covers storage and the new delivery attempt.",
            "You can choose a new delivery date after the confirmation.",
            "Tracking number: {code}.",
            "Storage fees grow every day the parcel stays in the warehouse.",
            "The customs declaration was filled in incorrectly by the sender.",
        ],
        "ask": [
            "Pay the {amount} redelivery fee here: {link}",
            "Confirm your address and pay the duty online: {link}",
            "Update your details within {hours} hours: {link}",
            "To release the shipment, pay the customs charge at {link}",
            "Reply 1 and open the link again to activate it: {link}",
            "Schedule a new delivery: {link}",
        ],
    },
    "gov-refund": {
        "subj": ["Tax refund notification", "You are eligible for a refund of {amount}", "Government support payment - action required",
                 "HMRC: outstanding refund", "Benefit payment suspended", "Energy rebate for your household"],
        "hook": [
            "After the last annual calculation of your fiscal activity, you are eligible to receive a tax refund of {amount}.",
            "You are entitled to the government cost-of-living payment, but we could not credit it to your account.",
            "Your benefit payments have been suspended because your information is out of date.",
            "The tax office owes you {amount} from an overpayment in the previous year.",
            "Your household qualifies for the winter energy rebate.",
            "A one-off state grant has been allocated to you; it expires at the end of the month.",
        ],
        "body": [
            "Refunds are processed only after the online form is submitted.",
            "If the form is not completed, the payment will be cancelled.",
            "Please allow 3 to 5 working days for the funds to reach your account.",
            "This notice is issued automatically, please do not reply.",
            "Reference number: {code}.",
            "Submit before the deadline to avoid losing your entitlement.",
        ],
        "ask": [
            "Complete the refund form with your card details: {link}",
            "Verify your identity and bank account here to receive the payment: {link}",
            "Log in with your government ID and confirm your card: {link}",
            "Claim your refund now: {link}",
            "Submit your details within {hours} hours: {link}",
            "Enter your card number and expiry date to get the rebate: {link}",
        ],
    },
    "account-phish": {
        "subj": ["Action required: verify your account", "Unusual sign-in attempt", "Your mailbox is almost full",
                 "Notice of account suspension", "Payment method declined", "Confirm your identity to avoid closure"],
        "hook": [
            "We noticed an unusual sign-in to your account from a new device in another country.",
            "Your mailbox has reached 99% of its storage and new messages are being rejected.",
            "Your account will be suspended within {hours} hours because we could not verify your information.",
            "Your last payment was declined, and your subscription is about to be cancelled.",
            "As part of our security upgrade, all users must re-validate their accounts.",
            "We were unable to confirm your identity; access to your online banking has been limited.",
        ],
        "body": [
            "If this was not you, your password may have been compromised.",
            "Failure to verify will result in permanent loss of your data.",
            "This process takes less than 2 minutes.",
            "For your security, some features have been temporarily disabled.",
            "Your case ID is {code}.",
            "Pending messages will be deleted after 24 hours.",
        ],
        "ask": [
            "Verify your account now: {link}",
            "Sign in here to keep your account active: {link}",
            "Update your payment details: {link}",
            "Confirm your login and password to restore access: {link}",
            "Click below to increase your storage for free: {link}",
            "Re-enter your card details and the SMS code at {link}",
        ],
    },
}

RU = {
    "sextortion": {
        "subj": ["Ваш пароль: {password}", "Я знаю, что ты смотрел в прошлую пятницу", "Ваше устройство взломано",
                 "{password} - узнаёшь?", "Запись с вашей камеры", "Последнее предупреждение", "Отчёт о доступе к вашему почтовому ящику",
                 "Не удаляйте это письмо"],
        "hook": [
            "Твой пароль {password}, и это лишь малая часть того, что у меня есть.",
            "Через невидимый пиксель в рассылке, которую ты открыл, я получил доступ к твоему телефону.",
            "В твоём роутере была старая уязвимость, и с тех пор все устройства в сети под моим контролем.",
            "Пока вы смотрели сайты для взрослых, фронтальная камера записывала вас и экран.",
            "Я установил программу удалённого доступа на ваш ноутбук через поддельное обновление браузера.",
            "Уже одиннадцать недель твоя камера, микрофон и контакты передаются на мой сервер.",
            "Не трудись менять пароль: твои переписки, фото и история браузера уже скопированы.",
            "Моя команда покупает доступы к взломанным аккаунтам, и твой попался в последней партии.",
        ],
        "body": [
            "Я смонтировал ролик: слева то, что ты смотрел, справа твоё лицо в этот момент.",
            "Все твои контакты, включая коллег и родственников, готовы к рассылке в один клик.",
            "Ничего личного, это работа: после оплаты я всё удалю, и ты больше обо мне не услышишь.",
            "Моя программа меняет сигнатуру каждые несколько часов, антивирус её не увидит.",
            "Если обратишься в полицию, видео в ту же минуту уйдёт в семейный чат.",
            "Я вижу, когда ты откроешь это письмо, таймер уже запущен.",
            "Думаешь, это блеф? Тогда спроси себя, откуда у меня твой пароль.",
            "Запись лежит на трёх серверах, удаление аккаунтов ничего не изменит.",
        ],
        "ask": [
            "Переведи {amount} в биткоинах на кошелёк: {wallet}. У тебя {hours} часов.",
            "Заплати {words} в BTC на {wallet}, и запись будет уничтожена.",
            "Купи биткоин на любой бирже и отправь на {wallet} в течение {hours} часов.",
            "Моя цена {amount}. BTC-адрес: {wallet}. Как купить биткоин, найдёшь в интернете.",
            "Отправь эквивалент {amount} в USDT (сеть TRC20) на адрес {wallet} до истечения срока.",
            "У тебя {hours} часов с момента прочтения. Кошелёк: {wallet}",
            "Оплати {amount}, и я сотру файлы. Отвечать не нужно. {wallet}",
            "Скопируй адрес внимательно, регистр важен: {wallet}. Сумма: {words}.",
        ],
        "ps": ["P.S. Отвечать на это письмо бесполезно, адрес одноразовый.",
               "P.S. Как только увижу оплату, исчезну навсегда. Я держу слово.",
               "P.S. Если расскажешь кому-нибудь об этом письме, загрузка начнётся сразу.",
               "P.S. На устройстве ты ничего не заметишь, программа работает незаметно."],
    },
    "advance-fee": {
        "subj": ["Невостребованное наследство вашего однофамильца", "Компенсация одобрена - дело {code}",
                 "Конфиденциальное деловое предложение", "Средства на спящем счёте", "Последнее уведомление о выплате",
                 "Лично и конфиденциально"],
        "hook": [
            "Я адвокат покойного инженера-нефтяника, который погиб в аварии вместе с женой и не оставил наследников.",
            "Международный фонд компенсаций жертвам мошенничества одобрил выплату на ваше имя.",
            "На спящем счёте с 2011 года лежит {amount}, и как однофамилец владельца вы можете стать наследником.",
            "Я аудитор банка и обнаружил депозит, который никто не востребовал девять лет.",
            "По итогам проверки просроченных выплат ваше дело отобрано для перечисления {words}.",
            "Я вдова, тяжело больна и хочу передать сбережения мужа честному человеку.",
        ],
        "body": [
            "Все документы подготовит моя контора, поэтому перевод законный и без риска.",
            "Сумму разделим пополам, а десять процентов отложим на расходы.",
            "Банк дал мне две недели, чтобы представить наследника, иначе деньги уйдут государству.",
            "Выплата задерживалась только потому, что не был оформлен сертификат происхождения средств.",
            "Ящик с ценностями уже в аэропорту у дипломата и ждёт только таможенного оформления.",
            "Мне нужен надёжный партнёр за рубежом, так как по должности я не могу получить их сам.",
        ],
        "ask": [
            "Пришлите ваше полное имя, телефон и адрес, чтобы я подал заявку.",
            "Перед переводом необходимо оплатить сбор за справку о чистоте средств: {amount}.",
            "Ответьте с копией паспорта и реквизитами карты, чтобы продолжить.",
            "Свяжитесь с уполномоченным по выплатам и оплатите комиссию {amount}, чтобы деньги отправили сегодня.",
            "Держите это в строгой тайне и пишите на мою личную почту.",
            "Подтвердите данные и оплатите госпошлину, чтобы банк зачислил средства.",
        ],
        "ps": ["P.S. Никому не рассказывайте, пока деньги не поступят на счёт.",
               "P.S. Время дорого, срок банка перенести нельзя."],
    },
    "lottery": {
        "subj": ["Поздравляем! Ваш номер выиграл", "Вы стали победителем розыгрыша", "Вы - счастливый посетитель дня",
                 "Ваш приз: iPhone 15 зарезервирован", "Итоги розыгрыша: второй приз", "Вам начислено вознаграждение"],
        "hook": [
            "Ваш адрес электронной почты выбран в международном онлайн-розыгрыше и выиграл {words}.",
            "Вы стали счастливым посетителем дня, и за вами закреплён новый смартфон.",
            "Рады сообщить, что билет {code} выиграл второй приз в размере {amount}.",
            "Как постоянный покупатель вы выбраны для получения вознаграждения на {amount}.",
            "Компьютерная жеребьёвка среди абонентов выбрала ваш номер для джекпота квартала.",
            "Ваш номер выпал в юбилейной лотерее, приз нужно забрать в течение {hours} часов.",
        ],
        "body": [
            "Победители выбраны из более чем двадцати тысяч адресов со всего интернета.",
            "Победителю остаётся оплатить только доставку и страховку приза.",
            "Во избежание двойных заявок не сообщайте никому свой выигрышный номер.",
            "Приз отправят курьером, как только агент проверит вашу заявку.",
            "Невостребованные призы возвращаются в фонд, поэтому поторопитесь.",
            "В вашем регионе сегодня осталось всего три приза.",
        ],
        "ask": [
            "Ответьте на три вопроса и оплатите только доставку {amount}, чтобы получить приз: {link}",
            "Свяжитесь с нашим агентом, указав номер выигрыша и полный адрес.",
            "Для выплаты выигрыша сначала нужно оплатить комиссию за перевод {amount}.",
            "Заберите приз, пока он не сгорел: {link}",
            "Отправьте анкету и небольшой страховой взнос агенту.",
            "Введите данные карты, чтобы подтвердить выигрыш и оплатить обработку {amount}: {link}",
        ],
        "ps": ["P.S. Победители, не ответившие за 7 дней, теряют право на приз.",
               "P.S. Это не спам, вас выбрала система."],
    },
    "fake-shop": {
        "subj": ["Экспресс-тесты оптом со скидкой", "Маски FFP2 снова в наличии, -70%", "Пульсоксиметры и кислородные концентраторы",
                 "Аптека без рецепта - анонимная доставка", "iPhone 15 Pro за 19 900 - последние штуки", "Распродажа склада: ноутбуки"],
        "hook": [
            "У нас на складе 40 000 экспресс-тестов на антиген, отправка по всей стране за сутки.",
            "Сертифицированные маски FFP2 снова в наличии по цене завода, только сегодня.",
            "Наша интернет-аптека продаёт оригинальные препараты без рецепта и лишних вопросов.",
            "Новые запечатанные айфоны продаются за копейки из-за растаможенного излишка.",
            "Кислородные концентраторы и пульсоксиметры снова в продаже, количество ограничено.",
            "Распродажа склада: фирменные ноутбуки и приставки из отменённого заказа со скидкой 80%.",
        ],
        "body": [
            "Партия ограничена, заказы принимаем только до полуночи.",
            "Все товары с сертификатами, упаковка без опознавательных знаков.",
            "Банки иногда блокируют платежи в наш магазин, поэтому принимаем только переводы и криптовалюту.",
            "Больницы и аптеки вашего города уже заказывают у нас каждую неделю.",
            "Цены ниже, потому что мы работаем напрямую с заводом, без посредников.",
            "Отзывы на сайте подтверждают тысячи довольных клиентов.",
        ],
        "ask": [
            "Заказывайте сейчас по 100% предоплате на карту или в биткоинах: {link}",
            "Оплата подарочными картами или криптой - ещё 15% скидки: {link}",
            "Напишите менеджеру в WhatsApp, чтобы забронировать партию, оплата вперёд.",
            "Оформите заказ на {link}, оплата картой временно недоступна.",
            "Переведите оплату поставщику и пришлите чек на почту, чтобы начать отгрузку.",
            "Забронируйте товар за предоплату {amount}, остальное при получении: {link}",
        ],
    },
    "crypto": {
        "subj": ["Вернём украденную криптовалюту", "Ваш счёт заработал {amount} за неделю", "VIP-сигналы: последние места",
                 "Вывод средств приостановлен: нужна оплата налога", "Возврат средств жертвам мошенников", "Ой, кажется, я ошиблась номером"],
        "hook": [
            "Если вы потеряли деньги на инвестиционной платформе, наши сертифицированные специалисты вернут их.",
            "Наш арбитражный бот торгует за вас и приносит 3-5% в день без риска.",
            "Ваш вывод {amount} готов, но платформа требует уплатить 20% налога до выплаты.",
            "Здравствуйте, это Максим? Ой, ошиблась номером. Раз уж пишу, вы случайно не торгуете криптой?",
            "Мой дядя работает на крупной бирже и подсказывает, когда покупать, я хорошо заработала в этом месяце.",
            "Вступите в наш закрытый майнинг-пул и удвойте депозит в USDT за 14 дней.",
        ],
        "body": [
            "Мы уже вернули пострадавшим более 4 миллионов долларов в этом году.",
            "Я начинала с 500 долларов, а сейчас на счёте больше 80 тысяч.",
            "Средства заморожены системой финмониторинга, пока не оплачен сбор.",
            "Прибыль начисляется ежедневно, выводить можно в любой момент.",
            "Нужно только открыть счёт на платформе, ссылку я пришлю.",
            "Наши специалисты по блокчейн-расследованиям отслеживают украденные монеты и замораживают их на бирже.",
        ],
        "ask": [
            "Внесите минимум {amount} в USDT на кошелёк платформы {wallet}, чтобы активировать счёт.",
            "Оплатите услуги по возврату {amount} заранее, и мы подадим заявление сегодня.",
            "Переведите сбор за разблокировку на {wallet}, и баланс сразу станет доступен.",
            "Регистрируйтесь здесь, я проведу вас по шагам: {link}",
            "Отправьте проверочный депозит на {wallet}, он вернётся вместе с прибылью.",
            "Пополните счёт на {words}, чтобы получить VIP-статус и открыть вывод.",
        ],
        "ps": ["P.S. Только на этой неделе бонус удваивает первый депозит.",
               "P.S. Не говорите банку, за что перевод, они блокируют крипту."],
    },
    "loan": {
        "subj": ["Займ одобрен без проверки кредитной истории", "Вам одобрен кредит на {amount}", "Деньги сразу, даже с плохой КИ",
                 "Последний шаг до получения займа", "Займ под 2% без залога", "Финансирование бизнеса одобрено"],
        "hook": [
            "Ваша заявка одобрена: потребительский кредит на {amount} под 2% годовых.",
            "Даём в долг всем, даже с плохой кредитной историей и без работы, деньги на карте за час.",
            "Частная кредитная компания выдаёт займы от 50 тысяч до 5 миллионов физлицам и бизнесу.",
            "Хорошие новости: финансирование в размере {words} одобрено и ждёт последнего шага.",
            "Без залога, без справок, без проверки: нужен только паспорт.",
            "Частный инвестор выдаёт займы под 3% честным людям.",
        ],
        "body": [
            "Деньги будут переведены сразу после оплаты страховки займа.",
            "Наши юристы уже подготовили договор на ваше имя.",
            "Погашение начинается только через полгода, ставка фиксированная.",
            "Сначала ваш счёт должен подтвердить, что может принимать переводы.",
            "Предложение действует только 48 часов.",
            "Мы сотрудничаем с несколькими иностранными банками, одобрение гарантировано.",
        ],
        "ask": [
            "Чтобы получить деньги, оплатите страховку {amount} на счёт, который назовёт менеджер.",
            "Пришлите фото паспорта и возвратный сбор за активацию {amount}.",
            "Оплатите регистрацию договора, и деньги поступят на карту в тот же день.",
            "Свяжитесь с кредитным специалистом в WhatsApp, чтобы внести предоплату.",
            "Сначала внесите гарантийную сумму на новый кредитный счёт, чтобы его разблокировать: {link}",
            "Купите подарочную карту на {amount} и пришлите код для подтверждения платёжеспособности.",
        ],
    },
    "job": {
        "subj": ["Удалённая вакансия: агент по обработке платежей", "Работа на дому: переотправка посылок",
                 "Подработка 3000-8000 в день", "Ваше резюме прошло отбор", "Требуется финансовый помощник в вашем городе",
                 "Лёгкая работа: ставь лайки - получай деньги"],
        "hook": [
            "Международная компания ищет агента по приёму платежей в вашей стране, два часа в день.",
            "Логистическому отделу нужны координаторы на дому: принять посылку, переклеить этикетку и отправить за границу.",
            "Ваше резюме отобрано на вакансию удалённого ассистента, оплата от 3000 до 8000 в день.",
            "Ищем представителя, который будет принимать платежи от клиентов и пересылать их поставщикам.",
            "Зарабатывайте на лайках и оценках товаров, опыт не нужен.",
            "Набираем финансовых помощников, которые помогают клиентам переводить деньги между счетами.",
        ],
        "body": [
            "С каждого проведённого перевода вы оставляете себе 10% комиссии.",
            "Нужна только банковская карта на ваше имя и смартфон.",
            "В посылках электроника, этикетки для отправки мы оплачиваем сами.",
            "Обучение занимает один день, наставник ведёт вас в Телеграме.",
            "Для первых заданий вы пополняете рабочий счёт, он возвращается с комиссией.",
            "Клиенты переводят деньги на вашу карту, вы снимаете наличные и отправляете дальше криптой.",
        ],
        "ask": [
            "Пришлите ФИО, название банка и номер карты, чтобы получить первое задание.",
            "Пишите HR-менеджеру в Телеграм, начнём сегодня: {link}",
            "Внесите стартовый депозит {amount}, чтобы открыть оплачиваемые задания.",
            "Пришлите фото паспорта и реквизиты счёта для начисления зарплаты.",
            "Зарегистрируйтесь на платформе заданий и пополните баланс, чтобы начать зарабатывать: {link}",
            "Подтвердите согласие, и мы отправим первую посылку на ваш адрес.",
        ],
    },
    "tech-support": {
        "subj": ["Подписка продлена: списано {amount}", "Обнаружен вирус - позвоните в поддержку", "Возврат излишне уплаченной суммы",
                 "Подтверждение заказа №{code}", "Служба безопасности Windows: ваш ПК заблокирован", "Срок лицензии антивируса истёк"],
        "hook": [
            "Ваша годовая подписка на антивирус продлена автоматически, списано {amount}.",
            "Ваш компьютер заражён опасным трояном, прекратите работу и срочно позвоните в поддержку.",
            "Из-за сбоя системы мы вернули вам больше, чем нужно, и разницу нужно вернуть.",
            "Мы заметили подозрительную активность и заблокировали лицензию Windows для вашей защиты.",
            "Спасибо за заказ телевизора 4K, отправка запланирована на завтра.",
            "Ваш возврат готов, но специалисту нужно подключиться к вашему компьютеру, чтобы его провести.",
        ],
        "body": [
            "Если вы не совершали эту покупку, у вас есть 24 часа на отмену.",
            "Наш специалист установит программу удалённого доступа и удалит вирус.",
            "Пока специалист подключён, зайдите в интернет-банк.",
            "Не выключайте компьютер, файлы могут быть потеряны.",
            "Возврат ушёл по ошибке с лишним нулём.",
            "С вашего IP-адреса заходили на запрещённые сайты.",
        ],
        "ask": [
            "Чтобы отменить списание и вернуть деньги, позвоните в отдел оплаты: {phone}.",
            "Звоните на бесплатную линию поддержки прямо сейчас: {phone}",
            "Скачайте программу поддержки с {link} и назовите код специалисту.",
            "Верните излишек подарочными картами и продиктуйте коды специалисту.",
            "Ответьте на письмо или позвоните {phone}, пока списание не стало окончательным.",
            "Установите AnyDesk и сообщите нам девятизначный номер, мы поможем.",
        ],
    },
    "romance": {
        "subj": ["Это всё ещё твой адрес?", "Увидел твою анкету и не могу забыть", "Привет с нефтяной платформы",
                 "Родная, мне нужна твоя помощь", "Письмо от одинокого сердца", "Очень скучаю"],
        "hook": [
            "Я хирург миротворческой миссии в Сирии, и, увидев твоё фото, почувствовал что-то особенное.",
            "Меня зовут Анна, мне 29, подруга дала мне твой адрес, надеюсь, ты не против.",
            "Я инженер на морской платформе и могу писать только когда работает спутник.",
            "Любимая, каждый день перечитываю твои сообщения и думаю о нашем будущем.",
            "Я никому так не доверял, как тебе, поэтому должен рассказать, что случилось.",
            "Я вдовец, воспитываю дочь один и ищу искреннюю женщину.",
        ],
        "body": [
            "Мою карту здесь заблокировали, и я не могу оплатить билет домой.",
            "Таможня держит моё золото и багаж, пока я не оплачу сбор.",
            "Моя дочь в больнице, и врачи не начнут лечение без оплаты.",
            "Когда я приеду к тебе, верну всё, и мы начнём жизнь вместе.",
            "Мне должны выплатить по контракту 2 миллиона, но сначала нужно закрыть налог.",
            "Хочу отправить тебе посылку с украшениями и деньгами на нашу свадьбу.",
        ],
        "ask": [
            "Пожалуйста, отправь мне {amount} через Золотую Корону, я верну сразу после посадки.",
            "Можешь купить подарочные карты Steam и прислать фото кодов? Здесь только так.",
            "Помоги оплатить таможенный сбор {amount}, любимая, и через неделю мы будем вместе.",
            "Переведи деньги на счёт моего агента, реквизиты дам в WhatsApp.",
            "Только один раз, переведи на криптокошелёк, который я дал: {wallet}",
            "Пожалуйста, пока не говори родным, они не поймут нашу любовь.",
        ],
    },
    "parcel": {
        "subj": ["Ваша посылка задержана", "Не удалось доставить отправление", "Не оплачена таможенная пошлина: {code}",
                 "Последняя возможность получить посылку", "Неполный адрес доставки", "Отправление будет возвращено"],
        "hook": [
            "Сегодня мы пытались доставить ваше отправление {code}, но никого не было дома.",
            "Ваша посылка на таможенном складе: не оплачена пошлина {amount}.",
            "Отправление не может быть доставлено: в адресе не указан номер дома.",
            "Посылка на ваше имя ожидает на складе уже 5 дней.",
            "Ваш заказ остановлен в сортировочном центре: требуется оплата повторной доставки.",
            "Курьер не смог с вами связаться, отправление вернётся отправителю.",
        ],
        "body": [
            "Посылки, не полученные в течение 48 часов, возвращаются отправителю.",
            "Сбор покрывает хранение и повторную попытку доставки.",
            "После подтверждения вы сможете выбрать новую дату доставки.",
            "Трек-номер: {code}.",
            "Плата за хранение растёт с каждым днём.",
            "Отправитель неправильно заполнил таможенную декларацию.",
        ],
        "ask": [
            "Оплатите повторную доставку {amount} здесь: {link}",
            "Подтвердите адрес и оплатите пошлину онлайн: {link}",
            "Обновите данные в течение {hours} часов: {link}",
            "Чтобы получить отправление, оплатите таможенный сбор: {link}",
            "Ответьте 1 и откройте ссылку заново, чтобы она заработала: {link}",
            "Назначьте новую доставку: {link}",
        ],
    },
    "gov-refund": {
        "subj": ["Уведомление о возврате налога", "Вам положена компенсация {amount}", "Госуслуги: требуется подтверждение выплаты",
                 "ФНС: неполученный налоговый вычет", "Выплата пособия приостановлена", "Социальная выплата к празднику"],
        "hook": [
            "По результатам перерасчёта вам положен возврат налога в размере {amount}.",
            "Вам полагается единовременная государственная выплата, но мы не смогли зачислить её на ваш счёт.",
            "Выплата вашего пособия приостановлена из-за устаревших данных.",
            "Налоговая служба должна вам {amount} за переплату прошлого года.",
            "Ваша семья имеет право на компенсацию за коммунальные услуги.",
            "Вам назначена разовая социальная выплата, она сгорит в конце месяца.",
        ],
        "body": [
            "Возврат производится только после заполнения онлайн-формы.",
            "Если форма не будет заполнена, выплата будет аннулирована.",
            "Средства поступят на счёт в течение 3-5 рабочих дней.",
            "Уведомление сформировано автоматически, не отвечайте на него.",
            "Номер обращения: {code}.",
            "Подайте данные до срока, чтобы не потерять право на выплату.",
        ],
        "ask": [
            "Заполните форму возврата, указав данные карты: {link}",
            "Подтвердите личность и счёт, чтобы получить выплату: {link}",
            "Войдите через Госуслуги и подтвердите карту: {link}",
            "Получите компенсацию сейчас: {link}",
            "Отправьте данные в течение {hours} часов: {link}",
            "Введите номер карты и срок действия, чтобы получить выплату: {link}",
        ],
    },
    "account-phish": {
        "subj": ["Требуется подтверждение аккаунта", "Подозрительная попытка входа", "Ваш почтовый ящик почти заполнен",
                 "Уведомление о блокировке аккаунта", "Платёж отклонён", "Подтвердите личность, чтобы избежать закрытия"],
        "hook": [
            "Мы заметили вход в ваш аккаунт с нового устройства из другой страны.",
            "Ваш почтовый ящик заполнен на 99%, новые письма отклоняются.",
            "Ваш аккаунт будет заблокирован через {hours} часов, так как мы не смогли проверить ваши данные.",
            "Последний платёж отклонён, подписка скоро будет отменена.",
            "В рамках обновления безопасности все пользователи должны повторно подтвердить учётные записи.",
            "Мы не смогли подтвердить вашу личность, доступ к интернет-банку ограничен.",
        ],
        "body": [
            "Если это были не вы, ваш пароль мог быть скомпрометирован.",
            "Без подтверждения данные будут безвозвратно удалены.",
            "Процедура займёт меньше 2 минут.",
            "В целях безопасности некоторые функции временно отключены.",
            "Номер обращения: {code}.",
            "Входящие письма будут удалены через 24 часа.",
        ],
        "ask": [
            "Подтвердите аккаунт сейчас: {link}",
            "Войдите здесь, чтобы сохранить аккаунт: {link}",
            "Обновите платёжные данные: {link}",
            "Подтвердите логин и пароль, чтобы восстановить доступ: {link}",
            "Нажмите, чтобы бесплатно увеличить хранилище: {link}",
            "Повторно введите данные карты и код из СМС на {link}",
        ],
    },
}

# Russian in Latin letters (as typed on a phone without a Cyrillic layout).
RU_LAT = {
    "sextortion": {
        "subj": ["tvoy parol {password}", "ya vse znayu", "VIDEO s tvoey kamery", "posledneye preduprezhdeniye"],
        "hook": [
            "Privet, tvoy parol {password}, i u menya polnyy dostup k tvoemu telefonu.",
            "Ya vzlomal tvoyu pochtu i zapisal tebya cherez kameru noutbuka.",
            "U menya est' video, gde ty smotrish' sayt dlya vzroslyh, i tvoye litso krupnym planom.",
            "Tvoi kontakty, perepiska i foto uzhe skachany na moy server.",
        ],
        "body": [
            "Esli ne zaplatish', rolik poluchat vse tvoi druz'ya i kollegi.",
            "Ne pishi v politsiyu, ya srazu uznayu.",
            "Posle oplaty ya vse udalyu, slovo cheloveka.",
            "Taymer uzhe idet, ty otkryl pis'mo.",
        ],
        "ask": [
            "Perevedi {amount} v bitkoinah na koshelek {wallet} za {hours} chasov.",
            "Oplata tol'ko BTC: {wallet}. Summa {words}.",
            "Otprav' {amount} USDT TRC20 na adres {wallet} do zavtra.",
            "Kupi bitkoin i perevedi na {wallet}, inache video uydet vsem.",
        ],
    },
    "parcel": {
        "subj": ["Vasha posylka {code} zaderzhana", "Dostavka ne udalas'", "Oplatite poshlinu", "Posylka vozvrashchayetsya"],
        "hook": [
            "Kur'er ne smog dostavit' vashu posylku {code}, nikogo ne bylo doma.",
            "Vashe otpravleniye nahoditsya na tamozhne, ne oplachena poshlina {amount}.",
            "Adres dostavki ukazan ne polnost'yu, posylka ostanovlena.",
            "Posylka zhdet na sklade uzhe 5 dney i skoro budet vozvrashchena.",
        ],
        "body": [
            "Hraneniye platnoye, kazhdyy den' summa rastet.",
            "Posle oplaty vyberite novuyu datu dostavki.",
        ],
        "ask": [
            "Oplatite {amount} za povtornuyu dostavku: {link}",
            "Podtverdite adres po ssylke: {link}",
            "Oplatite tamozhennyy sbor v techenie {hours} chasov: {link}",
            "Pereydite po ssylke i vvedite dannyye karty: {link}",
        ],
    },
    "job": {
        "subj": ["Rabota na domu, 5000 v den'", "Vakansiya: agent po platezham", "Nuzhen kur'er-ekspeditor", "Podrabotka bez opyta"],
        "hook": [
            "Ishchem lyudey na udalenku: prinimat' platezhi na svoyu kartu i perevodit' dal'she.",
            "Nuzhen chelovek, kotoryy budet poluchat' posylki doma i pereotpravlyat' ih za granitsu.",
            "Legkaya rabota s telefona, ot 5000 v den', vyplaty kazhdyy vecher.",
            "Nasha kompaniya ishchet finansovogo agenta v vashem gorode.",
        ],
        "body": [
            "Vy ostavlyayete sebe 10 protsentov s kazhdogo perevoda.",
            "Nuzhna tol'ko karta na vashe imya i telefon.",
        ],
        "ask": [
            "Pishite v telegram {link}, nachnem segodnya.",
            "Prishlite foto pasporta i nomer karty dlya vyplat.",
            "Dlya starta popolnite rabochiy balans na {amount}: {link}",
            "Otvet'te na pis'mo, i menedzher vyshlet instruktsiyu.",
        ],
    },
    "crypto": {
        "subj": ["Dohod 30% v mesyats", "Vernem vashi den'gi s birzhi", "Vyvod zablokirovan", "Signaly ot insaydera"],
        "hook": [
            "Nash bot torguyet na birzhe i prinosit do 30 protsentov v mesyats.",
            "Esli vas obmanuli na kriptobirzhe, my vernem den'gi za 7 dney.",
            "Vash vyvod {amount} zamorozhen do oplaty naloga.",
            "Moy brat rabotayet na birzhe i govorit, kogda pokupat', ya uzhe zarabotala kvartiru.",
        ],
        "body": [
            "Risk nulevoy, pribyl' kazhdyy den'.",
            "Uzhe sotni klientov vernuli svoi sredstva.",
        ],
        "ask": [
            "Vnesite depozit ot {amount} na koshelek {wallet}.",
            "Oplatite komissiyu za razblokirovku na {wallet}.",
            "Registratsiya tut: {link}",
            "Popolnite schet na {words}, chtoby otkryt' vyvod.",
        ],
    },
}

# Russian mixed with English terms (how IT and crypto people write).
RU_EN = {
    "crypto": {
        "subj": ["Ваш profit за неделю: {amount}", "Private pool: последние слоты", "Withdrawal pending - нужен fee",
                 "Crypto recovery service"],
        "hook": [
            "Наш trading bot работает на арбитраже и даёт 4% daily, без всяких рисков.",
            "Ваш withdrawal на {amount} в статусе pending, нужно оплатить tax fee.",
            "Если ваши coins украли через fake exchange, наш recovery team вернёт их.",
            "Приглашаем в private mining pool, ROI 200% за месяц.",
        ],
        "body": [
            "Все payouts автоматически каждый день на ваш wallet.",
            "Мы уже сделали recovery на 3 миллиона USD для наших clients.",
        ],
        "ask": [
            "Сделайте deposit от {amount} на {wallet} для активации аккаунта.",
            "Оплатите unlock fee на {wallet}, и withdrawal пройдёт сразу.",
            "Регистрируйтесь по invite link: {link}",
            "Пополните balance на {words}, чтобы получить VIP access.",
        ],
    },
    "job": {
        "subj": ["Remote job: payment agent, оплата daily", "Вакансия reshipping coordinator", "Part-time в международной company",
                 "Ваш CV прошёл screening"],
        "hook": [
            "Мы международная company и ищем payment processing agent в вашем регионе.",
            "Нужен reshipping coordinator: принимаете parcels дома и отправляете дальше по labels.",
            "Ваш CV прошёл screening на позицию remote assistant, salary от 3000 в день.",
            "Ищем local representative для приёма payments от клиентов.",
        ],
        "body": [
            "Ваша commission 10% с каждого transfer.",
            "Нужны только bank card на ваше имя и smartphone.",
        ],
        "ask": [
            "Напишите нашему HR в Telegram: {link}",
            "Пришлите full name, номер карты и bank name для onboarding.",
            "Оплатите registration fee {amount}, чтобы получить первые tasks.",
            "Заполните application form: {link}",
        ],
    },
    "account-phish": {
        "subj": ["Security alert: подозрительный login", "Ваш account будет suspended", "Mailbox storage заполнен",
                 "Verify your account - срочно"],
        "hook": [
            "Мы заметили unusual sign-in в ваш account с нового device.",
            "Ваш account будет suspended через {hours} часов без verification.",
            "Mailbox storage заполнен на 99%, входящие письма reject-ятся.",
            "В рамках security update все users должны сделать re-validation.",
        ],
        "body": [
            "Если это были не вы, ваш password скомпрометирован.",
            "Без verification все data будут удалены.",
        ],
        "ask": [
            "Нажмите verify now: {link}",
            "Введите login и password для восстановления access: {link}",
            "Update payment details по ссылке: {link}",
            "Подтвердите identity здесь: {link}",
        ],
    },
    "loan": {
        "subj": ["Loan approved - деньги сегодня", "Instant credit без проверки", "Ваш credit limit одобрен", "Последний step до займа"],
        "hook": [
            "Ваш loan на {amount} approved, осталось только оплатить insurance.",
            "Instant credit без credit check, даже если у вас bad history.",
            "Private lender даёт займы под 2% без collateral.",
            "Ваш credit limit {words} одобрен и ждёт activation.",
        ],
        "body": [
            "Деньги придут на card в течение одного часа после fee.",
            "Contract уже готов на ваше имя.",
        ],
        "ask": [
            "Оплатите activation fee {amount} на карту менеджера.",
            "Свяжитесь с loan officer в WhatsApp для prepayment.",
            "Переведите security deposit, чтобы unlock ваш loan: {link}",
            "Пришлите photo паспорта и оплатите insurance fee.",
        ],
    },
}

UZ = {
    "sextortion": {
        "subj": ["Parolingiz: {password}", "Kamerangizdan yozuv", "Qurilmangiz buzildi", "Oxirgi ogohlantirish"],
        "hook": [
            "Sizning parolingiz {password}, va bu men bilgan narsalarning eng kichigi.",
            "Siz ochgan xatdagi yashirin piksel orqali telefoningizga kirib oldim.",
            "Kattalar saytini ko'rayotganingizda noutbuk kamerangiz sizni yozib oldi.",
            "Uch oydan beri kamerangiz, mikrofoningiz va kontaktlaringiz mening serverimga uzatilmoqda.",
        ],
        "body": [
            "Videoni barcha kontaktlaringizga, hamkasblaringizga va oilangizga yuborishga tayyorman.",
            "To'lovdan keyin hamma narsani o'chiraman va boshqa bezovta qilmayman.",
            "Politsiyaga murojaat qilsangiz, video o'sha zahoti tarqaladi.",
            "Xatni ochganingizni ko'rdim, vaqt allaqachon ketmoqda.",
        ],
        "ask": [
            "{hours} soat ichida {amount} miqdoridagi bitkoinni {wallet} hamyoniga o'tkazing.",
            "{words} BTC ko'rinishida shu manzilga yuboring: {wallet}",
            "USDT TRC20 orqali {amount} yuboring, hamyon: {wallet}",
            "Birjada bitkoin sotib oling va {wallet} manziliga jo'nating, aks holda video hammaga ketadi.",
        ],
        "ps": ["P.S. Bu xatga javob yozmang, manzil bir martalik.", "P.S. Hech kimga aytmang, aks holda darhol yuboraman."],
    },
    "lottery": {
        "subj": ["Tabriklaymiz, siz g'olibsiz!", "Sovg'angiz sizni kutmoqda", "Yubiley o'yini natijasi", "Raqamingiz yutdi"],
        "hook": [
            "Telefon raqamingiz yubiley o'yinida tanlandi va siz {words} yutib oldingiz.",
            "Doimiy mijoz sifatida sizga yangi smartfon sovg'a qilinadi.",
            "Chiptangiz {code} ikkinchi sovrinni, ya'ni {amount} ni yutdi.",
            "Kompyuter tanlovi sizning raqamingizni oyning bosh sovrini uchun tanladi.",
        ],
        "body": [
            "Sovrinni olish uchun faqat yetkazib berish xarajati to'lanadi.",
            "Sovrin {hours} soat ichida olinmasa, boshqa ishtirokchiga o'tadi.",
        ],
        "ask": [
            "Sovrinni olish uchun {amount} xizmat haqini to'lang: {link}",
            "Karta ma'lumotlaringizni kiriting va sovg'ani rasmiylashtiring: {link}",
            "Agentimizga yozing va g'olib raqamingizni ayting.",
            "Yutuqni o'tkazish uchun avval komissiya to'lang, so'ngra pul kartangizga tushadi.",
        ],
    },
    "parcel": {
        "subj": ["Jo'natmangiz to'xtatildi", "Yetkazib berish amalga oshmadi", "Bojxona to'lovi kerak", "Manzil to'liq emas"],
        "hook": [
            "Kuryer bugun {code} jo'natmangizni yetkazib bera olmadi, uyda hech kim yo'q edi.",
            "Posilkangiz bojxona omborida turibdi, {amount} boj to'lovi to'lanmagan.",
            "Manzilda uy raqami ko'rsatilmagani uchun jo'natma to'xtatildi.",
            "Sizning nomingizga kelgan posilka omborda 5 kundan beri kutmoqda.",
        ],
        "body": [
            "48 soat ichida olinmagan jo'natmalar jo'natuvchiga qaytariladi.",
            "Saqlash pullik, har kuni summa oshib boradi.",
        ],
        "ask": [
            "Qayta yetkazish uchun {amount} to'lang: {link}",
            "Manzilingizni tasdiqlang va bojni onlayn to'lang: {link}",
            "{hours} soat ichida ma'lumotlarni yangilang: {link}",
            "Havolaga o'ting va karta ma'lumotlarini kiriting: {link}",
        ],
    },
    "job": {
        "subj": ["Uydan ishlash, kuniga 500 ming so'm", "To'lov agenti kerak", "Posilkalarni qayta jo'natish bo'yicha ish",
                 "Tajribasiz qo'shimcha daromad"],
        "hook": [
            "Xalqaro kompaniya o'z kartangizga to'lovlarni qabul qilib, keyin o'tkazib beradigan agent qidirmoqda.",
            "Uyda posilkalarni qabul qilib, yorliqni almashtirib, chet elga jo'natadigan xodim kerak.",
            "Telefon orqali oson ish, kuniga 500 ming so'mdan, to'lov har kuni kechqurun.",
            "Videolarga layk bosib pul ishlang, tajriba talab qilinmaydi.",
        ],
        "body": [
            "Har bir o'tkazmadan 10 foizini o'zingizda qoldirasiz.",
            "Faqat o'z nomingizdagi karta va smartfon kerak.",
        ],
        "ask": [
            "Telegramda HR menejerga yozing: {link}",
            "Pasport surati va karta raqamingizni yuboring.",
            "Ishni boshlash uchun ish balansini {amount} ga to'ldiring: {link}",
            "Javob yozing, menejer sizga yo'riqnoma yuboradi.",
        ],
    },
    "loan": {
        "subj": ["Kredit tasdiqlandi", "Kredit tarixisiz qarz", "Bir soatda pul kartangizda", "Garovsiz kredit 2%"],
        "hook": [
            "Arizangiz tasdiqlandi: {amount} miqdorida yillik 2% lik kredit.",
            "Kredit tarixi yomon bo'lsa ham, ishsiz bo'lsangiz ham qarz beramiz.",
            "Xususiy investor halol odamlarga garovsiz qarz beradi.",
            "{words} miqdoridagi moliyalashtirish tasdiqlandi va oxirgi qadamni kutmoqda.",
        ],
        "body": [
            "Pul sug'urta to'langanidan so'ng darhol o'tkaziladi.",
            "Shartnoma sizning nomingizga tayyorlab qo'yilgan.",
        ],
        "ask": [
            "Pulni olish uchun {amount} sug'urta to'lovini menejer bergan kartaga o'tkazing.",
            "Pasport suratini va faollashtirish to'lovini yuboring.",
            "WhatsApp orqali kredit mutaxassisiga yozing va oldindan to'lovni amalga oshiring.",
            "Kafolat summasini kiriting, kredit hisobingiz ochiladi: {link}",
        ],
    },
    "crypto": {
        "subj": ["Kuniga 5% daromad", "Yo'qotilgan kriptoni qaytaramiz", "Pul yechish bloklandi", "Yopiq investitsiya guruhi"],
        "hook": [
            "Bizning savdo botimiz birjada ishlaydi va kuniga 5% gacha foyda keltiradi.",
            "Agar firibgar platformada pul yo'qotgan bo'lsangiz, mutaxassislarimiz uni qaytaradi.",
            "{amount} yechib olish so'rovingiz soliq to'lanmaguncha muzlatilgan.",
            "Amakim katta birjada ishlaydi va qachon sotib olishni aytadi, men bu oy yaxshi ishladim.",
        ],
        "body": [
            "Foyda har kuni hisoblanadi, xavf yo'q.",
            "Yuzlab mijozlar pulini qaytarib oldi.",
        ],
        "ask": [
            "Hisobni faollashtirish uchun {wallet} hamyoniga kamida {amount} USDT kiriting.",
            "Blokdan chiqarish to'lovini {wallet} ga o'tkazing.",
            "Shu yerdan ro'yxatdan o'ting: {link}",
            "VIP darajaga chiqish uchun balansni {words} ga to'ldiring.",
        ],
    },
    "gov-refund": {
        "subj": ["Soliq qaytarilishi haqida xabarnoma", "Davlat nafaqasi to'xtatildi", "Sizga kompensatsiya ajratildi",
                 "Ijtimoiy to'lov: tasdiqlash kerak"],
        "hook": [
            "Qayta hisob-kitob natijasida sizga {amount} soliq qaytarilishi kerak.",
            "Sizga bir martalik davlat to'lovi ajratildi, ammo uni hisobingizga o'tkaza olmadik.",
            "Ma'lumotlaringiz eskirgani sababli nafaqa to'lovi to'xtatildi.",
            "Oilangiz kommunal xizmatlar uchun kompensatsiya olish huquqiga ega.",
        ],
        "body": [
            "Onlayn shakl to'ldirilmasa, to'lov bekor qilinadi.",
            "Murojaat raqami: {code}.",
        ],
        "ask": [
            "Karta ma'lumotlarini kiritib, qaytarish shaklini to'ldiring: {link}",
            "To'lovni olish uchun shaxsingizni va hisobingizni tasdiqlang: {link}",
            "{hours} soat ichida ma'lumotlarni yuboring: {link}",
            "Kompensatsiyani hoziroq oling: {link}",
        ],
    },
}

KK = {
    "sextortion": {
        "subj": ["Сіздің құпиясөзіңіз: {password}", "Камераңыздан жазба", "Құрылғыңыз бұзылды", "Соңғы ескерту"],
        "hook": [
            "Сіздің құпиясөзіңіз {password}, бұл менің білетінімнің ең азы ғана.",
            "Сіз ашқан хаттағы көрінбейтін пиксель арқылы телефоныңызға кірдім.",
            "Ересектерге арналған сайтты қарап отырғаныңызда ноутбук камерасы сізді жазып алды.",
            "Үш айдан бері камераңыз, микрофоныңыз және контактілеріңіз менің серверіме жіберіліп жатыр.",
        ],
        "body": [
            "Бейнені барлық контактілеріңізге, әріптестеріңізге және отбасыңызға жіберуге дайынмын.",
            "Төлемнен кейін бәрін өшіремін, енді мазаламаймын.",
            "Полицияға барсаңыз, бейне сол сәтте таралады.",
            "Хатты ашқаныңызды көрдім, уақыт басталды.",
        ],
        "ask": [
            "{hours} сағат ішінде {amount} көлеміндегі биткоинді {wallet} әмиянына аударыңыз.",
            "{words} сомасын BTC түрінде мына мекенжайға жіберіңіз: {wallet}",
            "USDT TRC20 арқылы {amount} жіберіңіз, әмиян: {wallet}",
            "Биржадан биткоин сатып алып, {wallet} мекенжайына жіберіңіз, әйтпесе бейне бәріне кетеді.",
        ],
    },
    "advance-fee": {
        "subj": ["Талап етілмеген мұра", "Өтемақы мақұлданды: {code}", "Құпия іскерлік ұсыныс", "Соңғы хабарлама: қаражатты беру"],
        "hook": [
            "Мен апатта қаза болған, мұрагері жоқ кәсіпкердің адвокатымын.",
            "Алаяқтық құрбандарына өтемақы төлейтін халықаралық қор сіздің атыңызға төлемді мақұлдады.",
            "Тоғыз жыл бойы ешкім талап етпеген депозитті банк аудиторы ретінде таптым.",
            "Сіздің атыңызға {words} аудару туралы шешім қабылданды.",
        ],
        "body": [
            "Барлық құжаттарды кеңсем дайындайды, аударым заңды әрі қауіпсіз.",
            "Соманы екеуміз тең бөлеміз.",
            "Банк мұрагерді ұсыну үшін екі апта ғана берді.",
            "Төлем тек шығу тегі туралы сертификат рәсімделмегендіктен кешіктірілді.",
        ],
        "ask": [
            "Толық аты-жөніңізді, телефоныңызды және мекенжайыңызды жіберіңіз.",
            "Аударым алдында {amount} рәсімдеу алымын төлеу қажет.",
            "Паспорт көшірмесін және банк деректеріңізді жіберіңіз.",
            "Төлем офицерімен байланысып, комиссияны төлеңіз, сонда қаражат бүгін аударылады.",
        ],
    },
    "fake-shop": {
        "subj": ["Экспресс-тесттер көтерме бағамен", "FFP2 маскалары қайта сатылымда", "Рецептсіз дәріхана",
                 "iPhone 15 Pro 99 000 теңгеге"],
        "hook": [
            "Қоймамызда 40 000 экспресс-тест бар, бүкіл ел бойынша бір тәулікте жеткіземіз.",
            "Сертификатталған маскалар зауыт бағасымен, тек бүгін.",
            "Дәріханамыз түпнұсқа препараттарды рецептсіз сатады.",
            "Кедендегі артық тауар есебінен жаңа айфондар өте арзан бағамен сатылады.",
        ],
        "body": [
            "Тауар саны шектеулі, тапсырыс түн ортасына дейін қабылданады.",
            "Банктер кейде төлемді бұғаттайды, сондықтан тек аударым мен крипто қабылдаймыз.",
        ],
        "ask": [
            "Қазір 100% алдын ала төлеммен тапсырыс беріңіз: {link}",
            "Менеджерге WhatsApp-қа жазып, партияны брондаңыз, төлем алдын ала.",
            "Тауарды {amount} алдын ала төлеммен брондаңыз: {link}",
            "Жеткізушіге төлем аударып, түбіртекті поштаға жіберіңіз.",
        ],
    },
    "parcel": {
        "subj": ["Сәлемдемеңіз тоқтатылды", "Жеткізу сәтсіз аяқталды", "Кедендік баж төленбеген", "Мекенжай толық емес"],
        "hook": [
            "Курьер бүгін {code} сәлемдемеңізді жеткізе алмады, үйде ешкім болмады.",
            "Сәлемдемеңіз кеден қоймасында тұр, {amount} баж төленбеген.",
            "Мекенжайда үй нөмірі көрсетілмегендіктен жөнелтілім тоқтатылды.",
            "Сіздің атыңызға келген сәлемдеме қоймада 5 күннен бері күтіп тұр.",
        ],
        "body": [
            "48 сағат ішінде алынбаған сәлемдемелер жіберушіге қайтарылады.",
            "Сақтау ақылы, сома күн сайын өседі.",
        ],
        "ask": [
            "Қайта жеткізу үшін {amount} төлеңіз: {link}",
            "Мекенжайды растап, бажды онлайн төлеңіз: {link}",
            "{hours} сағат ішінде деректеріңізді жаңартыңыз: {link}",
            "Сілтемеге өтіп, карта деректерін енгізіңіз: {link}",
        ],
    },
    "crypto": {
        "subj": ["Күніне 5% табыс", "Жоғалған криптоны қайтарамыз", "Қаражат шығару бұғатталды", "Жабық инвестиция тобы"],
        "hook": [
            "Біздің сауда ботымыз биржада жұмыс істеп, күніне 5%-ға дейін пайда әкеледі.",
            "Алаяқ платформада ақша жоғалтсаңыз, мамандарымыз оны қайтарады.",
            "{amount} шығару өтінішіңіз салық төленгенше тоқтатылды.",
            "Ағам үлкен биржада істейді, қашан сатып алу керегін айтады.",
        ],
        "body": [
            "Пайда күн сайын есептеледі, тәуекел жоқ.",
            "Жүздеген клиент ақшасын қайтарып алды.",
        ],
        "ask": [
            "Шотты белсендіру үшін {wallet} әмиянына кемінде {amount} USDT салыңыз.",
            "Бұғаттан шығару алымын {wallet} мекенжайына аударыңыз.",
            "Осы жерде тіркеліңіз: {link}",
            "VIP деңгейге шығу үшін балансты {words} толтырыңыз.",
        ],
    },
    "tech-support": {
        "subj": ["Компьютеріңізде вирус табылды", "Жазылым ұзартылды: {amount}", "Windows лицензиясы бұғатталды",
                 "Артық төлемді қайтару"],
        "hook": [
            "Компьютеріңіз қауіпті троянмен жұқтырылған, оны қолдануды тоқтатыңыз.",
            "Антивирусқа жылдық жазылымыңыз автоматты түрде ұзартылып, {amount} шешілді.",
            "Жүйе қатесінен сізге артық ақша қайтарылды, айырмашылықты қайтару керек.",
            "Күдікті әрекет анықталып, Windows лицензияңыз бұғатталды.",
        ],
        "body": [
            "Маманымыз қашықтан кіру бағдарламасын орнатып, вирусты жояды.",
            "Компьютерді өшірмеңіз, файлдар жоғалуы мүмкін.",
        ],
        "ask": [
            "Қолдау қызметіне дереу қоңырау шалыңыз: {phone}",
            "Бағдарламаны {link} сайтынан жүктеп, кодты маманға айтыңыз.",
            "Артық соманы сыйлық карталарымен қайтарып, кодтарын маманға айтыңыз.",
            "AnyDesk орнатып, тоғыз таңбалы нөмірді бізге хабарлаңыз.",
        ],
    },
}

KY = {
    "sextortion": {
        "subj": ["Сырсөзүңүз: {password}", "Камераңыздан жазуу", "Түзмөгүңүз бузулду", "Акыркы эскертүү"],
        "hook": [
            "Сиздин сырсөзүңүз {password}, бул мен билгендердин эң азы.",
            "Сиз ачкан каттагы көрүнбөгөн пиксел аркылуу телефонуңузга кирдим.",
            "Чоңдор үчүн сайтты карап отурганыңызда ноутбуктун камерасы сизди жазып алды.",
            "Үч айдан бери камераңыз, микрофонуңуз жана байланыштарыңыз менин серверимге өтүп жатат.",
        ],
        "body": [
            "Видеону бардык байланыштарыңызга жана үй-бүлөңүзгө жөнөтүүгө даярмын.",
            "Төлөмдөн кийин баарын өчүрөм, мындан ары тынчыңызды албайм.",
            "Милицияга кайрылсаңыз, видео ошол замат тарайт.",
            "Катты ачканыңызды көрдүм, убакыт башталды.",
        ],
        "ask": [
            "{hours} саат ичинде {amount} биткоинди {wallet} капчыгына которуңуз.",
            "{words} BTC түрүндө бул дарекке жөнөтүңүз: {wallet}",
            "USDT TRC20 аркылуу {amount} жөнөтүңүз, капчык: {wallet}",
            "Биржадан биткоин сатып алып, {wallet} дарегине жөнөтүңүз.",
        ],
    },
    "lottery": {
        "subj": ["Куттуктайбыз, сиз жеңүүчүсүз!", "Белегиңиз сизди күтүүдө", "Юбилейлик оюндун жыйынтыгы", "Номериңиз утту"],
        "hook": [
            "Телефон номериңиз юбилейлик оюнда тандалып, сиз {words} уттуңуз.",
            "Туруктуу кардар катары сизге жаңы смартфон белек кылынат.",
            "{code} билетиңиз экинчи байгени, башкача айтканда {amount} утту.",
            "Компьютердик тандоо сиздин номериңизди айдын башкы байгесине тандады.",
        ],
        "body": [
            "Байгени алуу үчүн жеткирүү чыгымы гана төлөнөт.",
            "Байге {hours} саат ичинде алынбаса, башка катышуучуга өтөт.",
        ],
        "ask": [
            "Байгени алуу үчүн {amount} тейлөө акысын төлөңүз: {link}",
            "Карта маалыматыңызды киргизип, белекти тариздеңиз: {link}",
            "Агентибизге жазып, утуштуу номериңизди айтыңыз.",
            "Утушту которуу үчүн адегенде комиссия төлөңүз.",
        ],
    },
    "loan": {
        "subj": ["Кредит бекитилди", "Кредиттик тарыхсыз карыз", "Бир саатта акча картаңызда", "Күрөөсүз кредит 2%"],
        "hook": [
            "Арызыңыз бекитилди: {amount} өлчөмүндө жылдык 2% кредит.",
            "Кредиттик тарыхыңыз начар болсо да, жумушсуз болсоңуз да карыз беребиз.",
            "Жеке инвестор ак ниет адамдарга күрөөсүз карыз берет.",
            "{words} өлчөмүндөгү каржылоо бекитилип, акыркы кадамды күтүүдө.",
        ],
        "body": [
            "Акча камсыздандыруу төлөнгөндөн кийин дароо которулат.",
            "Келишим сиздин атыңызга даярдалып коюлган.",
        ],
        "ask": [
            "Акчаны алуу үчүн {amount} камсыздандыруу төлөмүн менеджер берген картага которуңуз.",
            "Паспорттун сүрөтүн жана активдештирүү төлөмүн жөнөтүңүз.",
            "WhatsApp аркылуу кредит адисине жазып, алдын ала төлөңүз.",
            "Кепилдик сумманы салыңыз, кредиттик эсебиңиз ачылат: {link}",
        ],
    },
    "job": {
        "subj": ["Үйдөн иштөө, күнүнө 3000 сом", "Төлөм агенти керек", "Посылкаларды кайра жөнөтүү боюнча жумуш",
                 "Тажрыйбасыз кошумча киреше"],
        "hook": [
            "Эл аралык компания өз картаңызга төлөмдөрдү кабыл алып, андан ары которгон агент издеп жатат.",
            "Үйдө посылкаларды кабыл алып, этикеткасын алмаштырып, чет өлкөгө жөнөткөн кызматкер керек.",
            "Телефон аркылуу жеңил жумуш, күнүнө 3000 сомдон, төлөм ар кечинде.",
            "Видеолорго лайк басып акча табыңыз, тажрыйба талап кылынбайт.",
        ],
        "body": [
            "Ар бир которуудан 10 пайызын өзүңүзгө каласыз.",
            "Өз атыңыздагы карта жана смартфон гана керек.",
        ],
        "ask": [
            "Telegram аркылуу HR менеджерге жазыңыз: {link}",
            "Паспорттун сүрөтүн жана карта номериңизди жөнөтүңүз.",
            "Жумушту баштоо үчүн иш балансын {amount} толуктаңыз: {link}",
            "Жооп жазыңыз, менеджер сизге нускама жөнөтөт.",
        ],
    },
    "parcel": {
        "subj": ["Посылкаңыз токтотулду", "Жеткирүү ишке ашкан жок", "Бажы төлөмү талап кылынат", "Дарек толук эмес"],
        "hook": [
            "Курьер бүгүн {code} посылкаңызды жеткире алган жок, үйдө эч ким жок болчу.",
            "Посылкаңыз бажы кампасында турат, {amount} бажы төлөмү төлөнгөн эмес.",
            "Даректе үйдүн номери көрсөтүлбөгөндүктөн жөнөтмө токтотулду.",
            "Сиздин атыңызга келген посылка кампада 5 күндөн бери күтүп жатат.",
        ],
        "body": [
            "48 саат ичинде алынбаган посылкалар жөнөтүүчүгө кайтарылат.",
            "Сактоо акы төлөнүүчү, сумма күн сайын өсөт.",
        ],
        "ask": [
            "Кайра жеткирүү үчүн {amount} төлөңүз: {link}",
            "Дарегиңизди ырастап, бажы төлөмүн онлайн төлөңүз: {link}",
            "{hours} саат ичинде маалыматты жаңыртыңыз: {link}",
            "Шилтемеге өтүп, карта маалыматын киргизиңиз: {link}",
        ],
    },
    "romance": {
        "subj": ["Бул дагы эле сиздин дарегиңизби?", "Сүрөтүңдү көрүп, унута албай жатам", "Мунай платформасынан салам",
                 "Жаным, сенин жардамың керек"],
        "hook": [
            "Мен тынчтык миссиясында иштеген хирургмун, сүрөтүңдү көрүп өзгөчө бир нерсени сездим.",
            "Менин атым Анна, 29 жаштамын, курбум сенин дарегиңди берди.",
            "Деңиздеги платформада инженермин, спутник иштегенде гана жаза алам.",
            "Сүйүктүүм, күн сайын катыңды кайра окуп, келечегибизди ойлойм.",
        ],
        "body": [
            "Бул жакта картам бөгөттөлүп, үйгө билет ала албай жатам.",
            "Бажы алтыным менен жүгүмдү алым төлөмөйүнчө кармап турат.",
        ],
        "ask": [
            "Суранам, {amount} жөнөтүп жибер, конгондон кийин дароо кайтарам.",
            "Бажы алымын {amount} төлөөгө жардам бер, кийинки жумада бирге болобуз.",
            "Акчаны агентимдин эсебине котор, реквизиттерди WhatsApp аркылуу берем.",
            "Бир жолу гана, мен берген крипто капчыкка котор: {wallet}",
        ],
    },
}

TG = {
    "sextortion": {
        "subj": ["Пароли шумо: {password}", "Сабт аз камераи шумо", "Дастгоҳи шумо шикаста шуд", "Огоҳии охирин"],
        "hook": [
            "Пароли шумо {password} аст, ва ин хурдтарин чизест, ки ман медонам.",
            "Тавассути пиксели пинҳон дар номае, ки шумо кушодед, ба телефонатон даромадам.",
            "Вақте ки шумо сайти калонсолонро тамошо мекардед, камераи ноутбук шуморо сабт кард.",
            "Се моҳ боз камера, микрофон ва тамосҳои шумо ба сервери ман фиристода мешаванд.",
        ],
        "body": [
            "Видеоро ба ҳамаи тамосҳо, ҳамкорон ва оилаатон фиристоданӣ ҳастам.",
            "Баъди пардохт ҳамаашро нест мекунам ва дигар безобита намекунам.",
            "Агар ба милиса муроҷиат кунед, видео фавран паҳн мешавад.",
            "Дидам, ки номаро кушодед, вақт аллакай сар шуд.",
        ],
        "ask": [
            "Дар давоми {hours} соат {amount} биткоинро ба ҳамёни {wallet} гузаронед.",
            "{words}-ро ба шакли BTC ба ин суроға фиристед: {wallet}",
            "Тавассути USDT TRC20 {amount} фиристед, ҳамён: {wallet}",
            "Аз биржа биткоин харида, ба суроғаи {wallet} фиристед, вагарна видео ба ҳама меравад.",
        ],
    },
    "advance-fee": {
        "subj": ["Меросе, ки касе талаб накардааст", "Ҷуброн тасдиқ шуд: {code}", "Пешниҳоди махфии тиҷоратӣ",
                 "Огоҳии охирин дар бораи пардохт"],
        "hook": [
            "Ман ҳуқуқшиноси як соҳибкори марҳум ҳастам, ки дар садама ҳалок шуд ва ворис надошт.",
            "Хазинаи байналмилалии ҷуброн ба номи шумо пардохтро тасдиқ кард.",
            "Ҳамчун аудитори бонк пасандозеро ёфтам, ки нӯҳ сол касе талаб накардааст.",
            "Дар бораи интиқоли {words} ба номи шумо қарор қабул шуд.",
        ],
        "body": [
            "Ҳамаи ҳуҷҷатҳоро идораи ман омода мекунад, интиқол қонунӣ ва бехатар аст.",
            "Маблағро баробар тақсим мекунем.",
        ],
        "ask": [
            "Ному насаб, рақами телефон ва суроғаи худро фиристед.",
            "Пеш аз интиқол ҳаққи ҳуҷҷатгузорӣ {amount} пардохт карда шавад.",
            "Нусхаи шиноснома ва маълумоти бонкии худро фиристед.",
            "Бо корманди пардохт тамос гиред ва комиссияро супоред, то маблағ имрӯз интиқол ёбад.",
        ],
    },
    "job": {
        "subj": ["Кор аз хона, рӯзе 300 сомонӣ", "Агенти пардохт лозим", "Кор: аз нав фиристодани борҳо", "Даромади иловагӣ бе таҷриба"],
        "hook": [
            "Ширкати байналмилалӣ агенте меҷӯяд, ки пардохтҳоро ба корти худ қабул карда, баъд интиқол диҳад.",
            "Корманде лозим аст, ки борҳоро дар хона қабул карда, тамғаашро иваз кунад ва ба хориҷа фиристад.",
            "Кори осон тавассути телефон, рӯзе аз 300 сомонӣ, музд ҳар шом.",
            "Ба видеоҳо лайк гузошта пул кор кунед, таҷриба лозим нест.",
        ],
        "body": [
            "Аз ҳар интиқол 10 фоизаш ба шумо мемонад.",
            "Танҳо корти бонкӣ ба номи худатон ва смартфон лозим аст.",
        ],
        "ask": [
            "Ба менеҷери HR дар Telegram нависед: {link}",
            "Акси шиноснома ва рақами корти худро фиристед.",
            "Барои оғози кор тавозуни кориро {amount} пур кунед: {link}",
            "Ҷавоб нависед, менеҷер ба шумо дастур мефиристад.",
        ],
    },
    "parcel": {
        "subj": ["Бори шумо боздошта шуд", "Расонидан иҷро нашуд", "Боҷи гумрук лозим аст", "Суроға пурра нест"],
        "hook": [
            "Курер имрӯз бори {code}-и шуморо расонида натавонист, дар хона касе набуд.",
            "Бори шумо дар анбори гумрук аст, боҷи {amount} пардохт нашудааст.",
            "Азбаски рақами хона нишон дода нашудааст, фиристода боздошта шуд.",
            "Боре ба номи шумо 5 рӯз боз дар анбор интизор аст.",
        ],
        "body": [
            "Борҳое, ки дар давоми 48 соат гирифта нашаванд, ба фиристанда бармегарданд.",
            "Нигоҳдорӣ пулакӣ аст, маблағ ҳар рӯз меафзояд.",
        ],
        "ask": [
            "Барои аз нав расонидан {amount} пардохт кунед: {link}",
            "Суроғаро тасдиқ кунед ва боҷро онлайн пардохт кунед: {link}",
            "Дар давоми {hours} соат маълумотро нав кунед: {link}",
            "Ба пайванд гузаред ва маълумоти кортро ворид кунед: {link}",
        ],
    },
    "crypto": {
        "subj": ["Рӯзе 5% даромад", "Криптои гумшударо бармегардонем", "Баровардани пул баста шуд", "Гурӯҳи пӯшидаи сармоягузорӣ"],
        "hook": [
            "Боти савдои мо дар биржа кор карда, рӯзе то 5% фоида меорад.",
            "Агар дар платформаи қаллобӣ пул гум карда бошед, мутахассисони мо онро бармегардонанд.",
            "Дархости баровардани {amount} то пардохти андоз ях карда шуд.",
            "Амакам дар биржаи калон кор мекунад ва мегӯяд, ки кай харидан лозим.",
        ],
        "body": [
            "Фоида ҳар рӯз ҳисоб мешавад, хатар нест.",
            "Садҳо мизоҷ пулашонро баргардонданд.",
        ],
        "ask": [
            "Барои фаъол кардани ҳисоб ба ҳамёни {wallet} ақаллан {amount} USDT гузоред.",
            "Ҳаққи кушодани блокро ба {wallet} гузаронед.",
            "Дар ин ҷо сабти ном кунед: {link}",
            "Барои сатҳи VIP тавозунро {words} пур кунед.",
        ],
    },
    "lottery": {
        "subj": ["Табрик, шумо ғолиб ҳастед!", "Тӯҳфаи шумо интизор аст", "Натиҷаи бозии ҷашнӣ", "Рақами шумо бурд кард"],
        "hook": [
            "Рақами телефони шумо дар бозии ҷашнӣ интихоб шуд ва шумо {words} бурдед.",
            "Ҳамчун мизоҷи доимӣ ба шумо смартфони нав тӯҳфа мешавад.",
            "Чиптаи {code}-и шумо ҷоизаи дуюм, яъне {amount}-ро бурд.",
            "Интихоби компютерӣ рақами шуморо барои ҷоизаи асосии моҳ интихоб кард.",
        ],
        "body": [
            "Барои гирифтани ҷоиза танҳо хароҷоти расонидан пардохт мешавад.",
            "Агар ҷоиза дар давоми {hours} соат гирифта нашавад, ба иштирокчии дигар мегузарад.",
        ],
        "ask": [
            "Барои гирифтани ҷоиза ҳаққи хизмати {amount}-ро пардохт кунед: {link}",
            "Маълумоти кортро ворид карда, тӯҳфаро расмӣ кунед: {link}",
            "Ба агенти мо нависед ва рақами бурдаро гӯед.",
            "Барои интиқоли бурд аввал комиссия пардохт кунед.",
        ],
    },
}

TK = {
    "sextortion": {
        "subj": ["Parolyňyz: {password}", "Kameraňyzdan ýazgy", "Enjamyňyz döwüldi", "Soňky duýduryş"],
        "hook": [
            "Siziň parolyňyz {password}, bu meniň bilýänlerimiň iň azy.",
            "Siziň açan hatyňyzdaky görünmeýän piksel arkaly telefonyňyza girdim.",
            "Ulular üçin saýta seredip otyrkaňyz noutbugyň kamerasy sizi ýazga aldy.",
            "Üç aýdan bäri kameraňyz, mikrofonyňyz we kontaktlaryňyz meniň serwerime iberilýär.",
        ],
        "body": [
            "Wideony ähli kontaktlaryňyza we maşgalaňyza ibermäge taýýar.",
            "Tölegden soň hemmesini pozaryn we başga biynjalyk etmerin.",
            "Polisiýa ýüz tutsaňyz, wideo şol wagt ýaýrar.",
            "Haty açanyňyzy gördüm, wagt eýýäm başlandy.",
        ],
        "ask": [
            "{hours} sagadyň içinde {amount} möçberde bitkoini {wallet} gapjygyna geçiriň.",
            "{words} BTC görnüşinde şu salga iberiň: {wallet}",
            "USDT TRC20 arkaly {amount} iberiň, gapjyk: {wallet}",
            "Biržadan bitkoin satyn alyp, {wallet} salgysyna iberiň, ýogsa wideo hemmä gider.",
        ],
    },
    "lottery": {
        "subj": ["Gutlaýarys, siz ýeňijisiňiz!", "Sowgadyňyz garaşýar", "Ýubileý oýnunyň netijesi", "Belgiňiz utdy"],
        "hook": [
            "Telefon belgiňiz ýubileý oýnunda saýlandy we siz {words} utduňyz.",
            "Hemişelik müşderi hökmünde size täze smartfon sowgat berilýär.",
            "{code} biletiňiz ikinji baýragy, ýagny {amount} utdy.",
            "Kompýuter saýlawy siziň belgiňizi aýyň baş baýragy üçin saýlady.",
        ],
        "body": [
            "Baýragy almak üçin diňe eltip bermek çykdajysy tölenýär.",
            "Baýrak {hours} sagadyň içinde alynmasa, başga gatnaşyja geçýär.",
        ],
        "ask": [
            "Baýragy almak üçin {amount} hyzmat tölegini töläň: {link}",
            "Kart maglumatlaryňyzy giriziň we sowgady resmileşdiriň: {link}",
            "Agentimize ýazyň we utuşly belgiňizi aýdyň.",
            "Utuşy geçirmek üçin ilki komissiýa töläň.",
        ],
    },
    "fake-shop": {
        "subj": ["Çalt testler lomaý bahadan", "FFP2 maskalary ýene satuwda", "Reseptsiz dermanhana", "iPhone 15 Pro 1900 manada"],
        "hook": [
            "Ammarymyzda 40 000 çalt test bar, tutuş ýurt boýunça bir günde eltýäris.",
            "Sertifikatly maskalar zawod bahasyndan, diňe şu gün.",
            "Dermanhanamyz asyl dermanlary reseptsiz satýar.",
            "Gümrükdäki artykmaç haryt sebäpli täze aýfonlar örän arzan satylýar.",
        ],
        "body": [
            "Haryt sany çäkli, sargytlar ýary gijä çenli kabul edilýär.",
            "Banklar käte tölegi petikleýär, şonuň üçin diňe geçirim we kripto kabul edýäris.",
        ],
        "ask": [
            "Häzir 100% öňünden töleg bilen sargyt ediň: {link}",
            "Menejere WhatsApp arkaly ýazyň, töleg öňünden.",
            "Harydy {amount} öňünden töleg bilen bronlaň: {link}",
            "Üpjünçä töleg geçiriň we kwitansiýany poçta iberiň.",
        ],
    },
    "job": {
        "subj": ["Öýden iş, günde 200 manat", "Töleg agenti gerek", "Posylkalary gaýtadan ibermek boýunça iş", "Tejribesiz goşmaça girdeji"],
        "hook": [
            "Halkara kompaniýa öz kartyňyza tölegleri kabul edip, soň geçirip berýän agent gözleýär.",
            "Öýde posylkalary kabul edip, ýazgysyny çalşyp, daşary ýurda iberýän işgär gerek.",
            "Telefon arkaly ýeňil iş, günde 200 manatdan, töleg her agşam.",
            "Wideolara laýk basyp pul gazanyň, tejribe gerek däl.",
        ],
        "body": [
            "Her geçirimden 10 göterimi size galýar.",
            "Diňe öz adyňyzdaky kart we smartfon gerek.",
        ],
        "ask": [
            "Telegram arkaly HR menejere ýazyň: {link}",
            "Pasportyň suratyny we kart belgiňizi iberiň.",
            "Işe başlamak üçin iş balansyny {amount} dolduryň: {link}",
            "Jogap ýazyň, menejer size görkezme iberer.",
        ],
    },
    "account-phish": {
        "subj": ["Hasabyňyzy tassyklaň", "Şübheli giriş synanyşygy", "Poçta gutyňyz doldy", "Hasabyňyz petiklener"],
        "hook": [
            "Hasabyňyza başga ýurtdan täze enjamdan giriş bolandygyny gördük.",
            "Poçta gutyňyz 99% doldy, täze hatlar kabul edilmeýär.",
            "Maglumatlaryňyzy barlap bilmänligimiz sebäpli hasabyňyz {hours} sagatdan petiklener.",
            "Soňky tölegiňiz ret edildi, abunalygyňyz ýatyrylar.",
        ],
        "body": [
            "Eger bu siz bolmadyk bolsaňyz, parolyňyz ogurlanan bolmagy mümkin.",
            "Tassyklamasaňyz, maglumatlaryňyz pozular.",
        ],
        "ask": [
            "Hasabyňyzy häzir tassyklaň: {link}",
            "Login we parolyňyzy girizip, elýeterliligi dikeldiň: {link}",
            "Töleg maglumatlaryňyzy täzeläň: {link}",
            "Kart maglumatlaryny we SMS koduny giriziň: {link}",
        ],
    },
    "loan": {
        "subj": ["Karz tassyklandy", "Karz taryhy barlanmaýar", "Bir sagatda pul kartyňyzda", "Girewsiz karz 2%"],
        "hook": [
            "Arzaňyz tassyklandy: {amount} möçberde ýyllyk 2% karz.",
            "Karz taryhyňyz erbet bolsa-da, işsiz bolsaňyz-da karz berýäris.",
            "Hususy maýadar dogruçyl adamlara girewsiz karz berýär.",
            "{words} möçberdäki maliýeleşdirme tassyklandy we soňky ädimi garaşýar.",
        ],
        "body": [
            "Pul ätiýaçlandyryş tölenenden soň derrew geçirilýär.",
            "Şertnama siziň adyňyza taýýarlandy.",
        ],
        "ask": [
            "Puly almak üçin {amount} ätiýaçlandyryş tölegini menejeriň beren kartyna geçiriň.",
            "Pasportyň suratyny we işjeňleşdiriş tölegini iberiň.",
            "WhatsApp arkaly karz hünärmenine ýazyň we öňünden töleg ediň.",
            "Kepillik möçberini salyň, karz hasabyňyz açylar: {link}",
        ],
    },
}

DE = {
    "sextortion": {
        "subj": ["Ihr Passwort lautet {password}", "Aufnahme Ihrer Webcam", "Ihr Gerät wurde gehackt", "Letzte Warnung"],
        "hook": [
            "Ihr Passwort ist {password}, und das ist das Harmloseste, was ich über Sie weiß.",
            "Über ein unsichtbares Zählpixel in einem Newsletter habe ich Zugriff auf Ihr Handy bekommen.",
            "Während Sie auf einer Erwachsenenseite waren, hat Ihre Laptop-Kamera Sie gefilmt.",
            "Seit drei Monaten laufen Ihre Kamera, Ihr Mikrofon und Ihre Kontakte über meinen Server.",
        ],
        "body": [
            "Das Video geht an alle Ihre Kontakte, Kollegen und Familie, wenn Sie nicht zahlen.",
            "Nach der Zahlung lösche ich alles und Sie hören nie wieder von mir.",
        ],
        "ask": [
            "Überweisen Sie {amount} in Bitcoin an diese Wallet: {wallet}. Sie haben {hours} Stunden.",
            "Zahlen Sie {words} in BTC an {wallet}, dann wird die Aufnahme gelöscht.",
            "Senden Sie {amount} in USDT (TRC20) an {wallet}.",
            "Kaufen Sie Bitcoin an einer Börse und schicken Sie ihn an {wallet}, sonst veröffentliche ich alles.",
        ],
    },
    "advance-fee": {
        "subj": ["Nicht beanspruchtes Erbe", "Entschädigungszahlung genehmigt: {code}", "Vertrauliches Geschäftsangebot",
                 "Letzte Mitteilung zur Auszahlung"],
        "hook": [
            "Ich bin der Anwalt eines verstorbenen Ingenieurs, der ohne Erben bei einem Unfall ums Leben kam.",
            "Ein internationaler Entschädigungsfonds für Betrugsopfer hat eine Zahlung zu Ihren Gunsten genehmigt.",
            "Als Prüfer einer Bank habe ich eine Einlage entdeckt, die seit neun Jahren niemand beansprucht hat.",
            "Für Sie wurde die Auszahlung von {words} beschlossen.",
        ],
        "body": [
            "Alle Unterlagen bereitet meine Kanzlei vor, die Überweisung ist legal und risikofrei.",
            "Wir teilen die Summe je zur Hälfte.",
        ],
        "ask": [
            "Senden Sie mir Ihren vollständigen Namen, Ihre Telefonnummer und Adresse.",
            "Vor der Überweisung ist eine Bearbeitungsgebühr von {amount} zu zahlen.",
            "Schicken Sie eine Kopie Ihres Ausweises und Ihre Bankverbindung.",
            "Wenden Sie sich an den Auszahlungsbeauftragten und begleichen Sie die Gebühr, damit das Geld heute fließt.",
        ],
    },
    "tech-support": {
        "subj": ["Ihr Abonnement wurde verlängert: {amount}", "Virus gefunden - rufen Sie uns an", "Windows-Lizenz gesperrt",
                 "Rückerstattung Ihrer Überzahlung"],
        "hook": [
            "Ihr Jahresabo für den Virenschutz wurde automatisch verlängert, {amount} wurden abgebucht.",
            "Ihr Computer ist mit einem gefährlichen Trojaner infiziert, arbeiten Sie nicht weiter.",
            "Durch einen Systemfehler haben wir Ihnen zu viel erstattet, die Differenz muss zurück.",
            "Wir haben verdächtige Aktivitäten festgestellt und Ihre Windows-Lizenz gesperrt.",
        ],
        "body": [
            "Unser Techniker installiert ein Fernwartungsprogramm und entfernt den Virus.",
            "Schalten Sie den Computer nicht aus, sonst gehen Dateien verloren.",
        ],
        "ask": [
            "Rufen Sie sofort unseren Support an: {phone}",
            "Laden Sie das Hilfsprogramm von {link} und nennen Sie dem Techniker den Code.",
            "Zahlen Sie den Überschuss mit Gutscheinkarten zurück und lesen Sie die Codes vor.",
            "Installieren Sie AnyDesk und teilen Sie uns die neunstellige Nummer mit.",
        ],
    },
    "gov-refund": {
        "subj": ["Mitteilung über Steuerrückerstattung", "Sie haben Anspruch auf {amount}", "Energiepauschale: Bestätigung nötig",
                 "Auszahlung Ihrer Leistung ausgesetzt"],
        "hook": [
            "Nach der Neuberechnung steht Ihnen eine Steuerrückerstattung von {amount} zu.",
            "Ihnen steht die einmalige Energiepauschale zu, sie konnte aber nicht überwiesen werden.",
            "Die Auszahlung Ihrer Leistung wurde ausgesetzt, weil Ihre Daten veraltet sind.",
            "Das Finanzamt schuldet Ihnen {amount} aus einer Überzahlung im Vorjahr.",
        ],
        "body": [
            "Wird das Formular nicht ausgefüllt, verfällt die Zahlung.",
            "Aktenzeichen: {code}.",
        ],
        "ask": [
            "Füllen Sie das Erstattungsformular mit Ihren Kartendaten aus: {link}",
            "Bestätigen Sie Ihre Identität und Ihr Konto: {link}",
            "Übermitteln Sie Ihre Daten innerhalb von {hours} Stunden: {link}",
            "Fordern Sie Ihre Erstattung jetzt an: {link}",
        ],
    },
}

TR = {
    "parcel": {
        "subj": ["Kargonuz bekletiliyor", "Teslimat başarısız oldu", "Gümrük vergisi ödenmedi", "Adres bilgisi eksik"],
        "hook": [
            "Kurye bugün {code} numaralı kargonuzu teslim edemedi, adreste kimse yoktu.",
            "Paketiniz gümrük deposunda bekliyor, {amount} gümrük vergisi ödenmemiş.",
            "Adreste kapı numarası olmadığı için gönderiniz durduruldu.",
            "Adınıza gelen paket 5 gündür depomuzda bekliyor.",
        ],
        "body": [
            "48 saat içinde alınmayan gönderiler göndericiye iade edilir.",
            "Depolama ücretlidir, tutar her gün artar.",
        ],
        "ask": [
            "Yeniden teslimat için {amount} ödeyin: {link}",
            "Adresinizi onaylayın ve vergiyi çevrimiçi ödeyin: {link}",
            "Bilgilerinizi {hours} saat içinde güncelleyin: {link}",
            "Bağlantıya girip kart bilgilerinizi yazın: {link}",
        ],
    },
    "crypto": {
        "subj": ["Günlük %5 kazanç", "Kaybolan kriptonuzu geri alıyoruz", "Çekim işlemi engellendi", "Kapalı yatırım grubu"],
        "hook": [
            "Ticaret botumuz borsada çalışır ve günde %5'e kadar kazanç sağlar.",
            "Sahte bir platformda para kaybettiyseniz uzmanlarımız onu geri alır.",
            "{amount} çekim talebiniz vergi ödenene kadar donduruldu.",
            "Amcam büyük bir borsada çalışıyor ve ne zaman alacağımızı söylüyor.",
        ],
        "body": [
            "Kâr her gün hesaplanır, risk yoktur.",
            "Yüzlerce müşterimiz parasını geri aldı.",
        ],
        "ask": [
            "Hesabınızı açmak için {wallet} cüzdanına en az {amount} USDT yatırın.",
            "Kilit açma ücretini {wallet} adresine gönderin.",
            "Buradan kayıt olun: {link}",
            "VIP seviyeye geçmek için bakiyenizi {words} yükleyin.",
        ],
    },
    "lottery": {
        "subj": ["Tebrikler, kazandınız!", "Hediyeniz sizi bekliyor", "Yıl dönümü çekilişi sonucu", "Numaranız kazandı"],
        "hook": [
            "Telefon numaranız yıl dönümü çekilişinde seçildi ve {words} kazandınız.",
            "Sadık müşterimiz olarak size yeni bir akıllı telefon hediye ediliyor.",
            "{code} numaralı biletiniz ikinci ödülü, yani {amount} kazandı.",
            "Bilgisayar çekilişi numaranızı ayın büyük ödülü için seçti.",
        ],
        "body": [
            "Ödülü almak için yalnızca kargo masrafı ödenir.",
            "Ödül {hours} saat içinde alınmazsa başka katılımcıya geçer.",
        ],
        "ask": [
            "Ödülünüzü almak için {amount} hizmet bedelini ödeyin: {link}",
            "Kart bilgilerinizi girin ve hediyenizi onaylayın: {link}",
            "Temsilcimize yazın ve kazanan numaranızı bildirin.",
            "Kazancın aktarılması için önce komisyonu ödeyin.",
        ],
    },
    "account-phish": {
        "subj": ["Hesabınızı doğrulayın", "Şüpheli giriş denemesi", "Posta kutunuz doldu", "Hesabınız askıya alınacak"],
        "hook": [
            "Hesabınıza başka bir ülkeden yeni bir cihazla giriş yapıldığını fark ettik.",
            "Posta kutunuz %99 doldu, yeni iletiler reddediliyor.",
            "Bilgilerinizi doğrulayamadığımız için hesabınız {hours} saat içinde askıya alınacak.",
            "Son ödemeniz reddedildi, aboneliğiniz iptal edilmek üzere.",
        ],
        "body": [
            "Bu siz değilseniz şifreniz ele geçirilmiş olabilir.",
            "Doğrulama yapılmazsa verileriniz silinecektir.",
        ],
        "ask": [
            "Hesabınızı şimdi doğrulayın: {link}",
            "Erişimi geri almak için kullanıcı adı ve şifrenizi girin: {link}",
            "Ödeme bilgilerinizi güncelleyin: {link}",
            "Kart bilgilerinizi ve SMS kodunu girin: {link}",
        ],
    },
}

UK = {
    "parcel": {
        "subj": ["Вашу посилку затримано", "Доставка не вдалася", "Не сплачено митний збір", "Адреса неповна"],
        "hook": [
            "Кур'єр сьогодні не зміг доставити ваше відправлення {code}, вдома нікого не було.",
            "Ваша посилка на митному складі, не сплачено збір {amount}.",
            "Відправлення зупинено, бо в адресі немає номера будинку.",
            "Посилка на ваше ім'я чекає на складі вже 5 днів.",
        ],
        "body": [
            "Посилки, не отримані протягом 48 годин, повертаються відправнику.",
            "Зберігання платне, сума зростає щодня.",
        ],
        "ask": [
            "Сплатіть {amount} за повторну доставку: {link}",
            "Підтвердіть адресу та сплатіть мито онлайн: {link}",
            "Оновіть дані протягом {hours} годин: {link}",
            "Перейдіть за посиланням і введіть дані картки: {link}",
        ],
    },
    "job": {
        "subj": ["Робота вдома, 2000 грн на день", "Потрібен платіжний агент", "Робота: пересилання посилок", "Підробіток без досвіду"],
        "hook": [
            "Міжнародна компанія шукає агента, який прийматиме платежі на свою картку і переказуватиме далі.",
            "Потрібен працівник, який прийматиме посилки вдома, переклеюватиме етикетки й надсилатиме за кордон.",
            "Легка робота з телефону, від 2000 гривень на день, виплати щовечора.",
            "Заробляйте на лайках і відгуках, досвід не потрібен.",
        ],
        "body": [
            "З кожного переказу ви залишаєте собі 10 відсотків.",
            "Потрібна лише картка на ваше ім'я і смартфон.",
        ],
        "ask": [
            "Напишіть HR-менеджеру в Telegram: {link}",
            "Надішліть фото паспорта і номер картки.",
            "Щоб почати, поповніть робочий баланс на {amount}: {link}",
            "Дайте відповідь, і менеджер надішле інструкцію.",
        ],
    },
    "romance": {
        "subj": ["Це досі твоя адреса?", "Побачив твою анкету і не можу забути", "Привіт з нафтової платформи", "Кохана, потрібна твоя допомога"],
        "hook": [
            "Я хірург миротворчої місії, і коли побачив твоє фото, відчув щось особливе.",
            "Мене звати Анна, мені 29, подруга дала мені твою адресу.",
            "Я інженер на морській платформі й можу писати лише коли працює супутник.",
            "Коханий, щодня перечитую твої листи і думаю про наше майбутнє.",
        ],
        "body": [
            "Мою картку тут заблокували, і я не можу купити квиток додому.",
            "Митниця тримає мій багаж, поки я не сплачу збір.",
        ],
        "ask": [
            "Будь ласка, надішли мені {amount}, я поверну одразу після приземлення.",
            "Допоможи сплатити митний збір {amount}, і за тиждень ми будемо разом.",
            "Переказуй гроші на рахунок мого агента, реквізити дам у WhatsApp.",
            "Лише раз, переказуй на криптогаманець, який я дав: {wallet}",
        ],
    },
    "gov-refund": {
        "subj": ["Повідомлення про повернення податку", "Вам належить виплата {amount}", "Дія: потрібне підтвердження виплати",
                 "Виплату допомоги призупинено"],
        "hook": [
            "За результатами перерахунку вам належить повернення податку {amount}.",
            "Вам призначено одноразову державну допомогу, але її не вдалося зарахувати.",
            "Виплату вашої допомоги призупинено через застарілі дані.",
            "Податкова служба винна вам {amount} за переплату минулого року.",
        ],
        "body": [
            "Якщо форму не буде заповнено, виплату анулюють.",
            "Номер звернення: {code}.",
        ],
        "ask": [
            "Заповніть форму повернення, вказавши дані картки: {link}",
            "Підтвердьте особу та рахунок, щоб отримати виплату: {link}",
            "Надішліть дані протягом {hours} годин: {link}",
            "Отримайте виплату зараз: {link}",
        ],
    },
}

SCAM = {"en": EN, "ru": RU, "ru-lat": RU_LAT, "ru-en": RU_EN, "uz": UZ, "kk": KK, "ky": KY, "tg": TG, "tk": TK, "de": DE,
        "tr": TR, "uk": UK}

# Second set of cells, so every family is in six or more languages and every language carries eight or
# more families (written in the same sitting, same rules).
MORE = {
    "ru-en": {
        "sextortion": {
            "subj": ["Your password: {password} - читай внимательно", "Ваш device hacked"],
            "hook": [
                "Я получил full access к вашему device через malware в browser extension.",
                "Ваш password {password} был в leak, и через него я зашёл в ваш mailbox.",
                "Пока вы смотрели adult content, webcam записывала вас.",
                "У меня есть backup всех ваших contacts, chats и photos.",
            ],
            "body": ["Видео уйдёт всем contacts, если не будет payment.", "После payment я делаю wipe всех files."],
            "ask": [
                "Отправьте {amount} в BTC на wallet {wallet}, deadline {hours} часов.",
                "Payment только в crypto: {wallet}, сумма {words}.",
                "Переведите USDT TRC20 на {wallet}, иначе всё будет published.",
                "Купите bitcoin на любой exchange и отправьте на {wallet}.",
            ],
        },
        "tech-support": {
            "subj": ["Subscription renewed: списано {amount}", "Security alert: ваш PC infected"],
            "hook": [
                "Ваш annual subscription на antivirus продлён, списано {amount}.",
                "На вашем PC найден trojan, срочно свяжитесь с support.",
                "Из-за system error вам сделали overpayment, нужно вернуть разницу.",
                "Ваша Windows license заблокирована из-за suspicious activity.",
            ],
            "body": ["Наш engineer подключится через remote access и всё починит.", "Не выключайте computer до звонка."],
            "ask": [
                "Позвоните в billing department: {phone}",
                "Скачайте support tool с {link} и назовите code нашему agent.",
                "Верните overpayment через gift cards и продиктуйте codes.",
                "Установите AnyDesk и сообщите нам ID.",
            ],
        },
    },
    "uz": {
        "romance": {
            "subj": ["Bu hali ham sizning manzilingizmi?", "Jonim, yordamingiz kerak"],
            "hook": [
                "Men tinchlikparvar missiyada ishlaydigan jarrohman, suratingizni ko'rib, o'zgacha his qildim.",
                "Ismim Anna, 29 yoshdaman, dugonam manzilingizni berdi.",
                "Dengizdagi neft platformasida muhandisman, faqat sun'iy yo'ldosh ishlaganda yoza olaman.",
                "Azizim, har kuni xatlaringni qayta o'qib, kelajagimiz haqida o'ylayman.",
            ],
            "body": ["Bu yerda kartam bloklandi, uyga chipta ololmayapman.", "Bojxona yukimni yig'im to'lamagunimcha ushlab turibdi."],
            "ask": [
                "Iltimos, menga {amount} yubor, qo'nishim bilan qaytaraman.",
                "Bojxona yig'imini {amount} to'lashga yordam ber, keyingi haftada birga bo'lamiz.",
                "Pulni agentimning hisobiga o'tkaz, rekvizitlarni WhatsApp orqali beraman.",
                "Faqat bir marta, men bergan kripto hamyonga o'tkaz: {wallet}",
            ],
        },
        "fake-shop": {
            "subj": ["Tezkor testlar ulgurji narxda", "Retseptsiz dorixona"],
            "hook": [
                "Omborimizda 40 000 ta tezkor test bor, butun mamlakat bo'ylab bir kunda yetkazamiz.",
                "Sertifikatlangan niqoblar zavod narxida, faqat bugun.",
                "Dorixonamiz original dorilarni retseptsiz sotadi.",
                "Bojxonadagi ortiqcha tovar hisobiga yangi iPhone telefonlar juda arzon sotilmoqda.",
            ],
            "body": ["Tovar soni cheklangan, buyurtmalar yarim tungacha qabul qilinadi.",
                     "Banklar ba'zan to'lovni bloklaydi, shuning uchun faqat o'tkazma va kripto qabul qilamiz."],
            "ask": [
                "Hozir 100% oldindan to'lov bilan buyurtma bering: {link}",
                "Menejerga WhatsApp orqali yozing, to'lov oldindan.",
                "Tovarni {amount} oldindan to'lov bilan band qiling: {link}",
                "Yetkazib beruvchiga to'lovni o'tkazing va chekni pochtaga yuboring.",
            ],
        },
        "account-phish": {
            "subj": ["Hisobingizni tasdiqlang", "Shubhali kirish urinishi"],
            "hook": [
                "Hisobingizga boshqa davlatdan yangi qurilma orqali kirilganini aniqladik.",
                "Pochta qutingiz 99% to'ldi, yangi xatlar qabul qilinmayapti.",
                "Ma'lumotlaringizni tekshira olmaganimiz sababli hisobingiz {hours} soatdan keyin bloklanadi.",
                "Oxirgi to'lovingiz rad etildi, obunangiz bekor qilinadi.",
            ],
            "body": ["Agar bu siz bo'lmasangiz, parolingiz o'g'irlangan bo'lishi mumkin.", "Tasdiqlamasangiz, ma'lumotlaringiz o'chiriladi."],
            "ask": [
                "Hisobingizni hozir tasdiqlang: {link}",
                "Kirishni tiklash uchun login va parolni kiriting: {link}",
                "To'lov ma'lumotlarini yangilang: {link}",
                "Karta ma'lumotlari va SMS kodni kiriting: {link}",
            ],
        },
    },
    "kk": {
        "loan": {
            "subj": ["Несие мақұлданды", "Кепілсіз несие 2%"],
            "hook": [
                "Өтініміңіз мақұлданды: {amount} көлемінде жылдық 2% несие.",
                "Несие тарихыңыз нашар болса да, жұмыссыз болсаңыз да қарыз береміз.",
                "Жеке инвестор адал адамдарға кепілсіз қарыз береді.",
                "{words} көлеміндегі қаржыландыру мақұлданып, соңғы қадамды күтуде.",
            ],
            "body": ["Ақша сақтандыру төленгеннен кейін бірден аударылады.", "Шарт сіздің атыңызға дайындалып қойған."],
            "ask": [
                "Ақшаны алу үшін {amount} сақтандыру төлемін менеджер берген картаға аударыңыз.",
                "Паспорт суретін және белсендіру төлемін жіберіңіз.",
                "WhatsApp арқылы несие маманына жазып, алдын ала төлеңіз.",
                "Кепілдік соманы салыңыз, несие шотыңыз ашылады: {link}",
            ],
        },
        "lottery": {
            "subj": ["Құттықтаймыз, сіз жеңімпазсыз!", "Сыйлығыңыз сізді күтуде"],
            "hook": [
                "Телефон нөміріңіз мерейтойлық ұтыс ойынында таңдалып, сіз {words} ұттыңыз.",
                "Тұрақты клиент ретінде сізге жаңа смартфон сыйға беріледі.",
                "{code} билетіңіз екінші жүлдені, яғни {amount} ұтты.",
                "Компьютерлік іріктеу сіздің нөміріңізді айдың бас жүлдесіне таңдады.",
            ],
            "body": ["Жүлдені алу үшін тек жеткізу шығыны төленеді.", "Жүлде {hours} сағат ішінде алынбаса, басқа қатысушыға өтеді."],
            "ask": [
                "Жүлдені алу үшін {amount} қызмет ақысын төлеңіз: {link}",
                "Карта деректеріңізді енгізіп, сыйлықты рәсімдеңіз: {link}",
                "Агентімізге жазып, ұтыс нөміріңізді айтыңыз.",
                "Ұтысты аудару үшін алдымен комиссия төлеңіз.",
            ],
        },
        "account-phish": {
            "subj": ["Аккаунтыңызды растаңыз", "Күдікті кіру әрекеті"],
            "hook": [
                "Аккаунтыңызға басқа елден жаңа құрылғымен кірілгенін байқадық.",
                "Пошта жәшігіңіз 99% толды, жаңа хаттар қабылданбайды.",
                "Деректеріңізді тексере алмағандықтан аккаунтыңыз {hours} сағаттан кейін бұғатталады.",
                "Соңғы төлеміңіз қабылданбады, жазылымыңыз тоқтатылады.",
            ],
            "body": ["Егер бұл сіз болмасаңыз, құпиясөзіңіз ұрланған болуы мүмкін.", "Растамасаңыз, деректеріңіз өшіріледі."],
            "ask": [
                "Аккаунтыңызды қазір растаңыз: {link}",
                "Қолжетімділікті қалпына келтіру үшін логин мен құпиясөзді енгізіңіз: {link}",
                "Төлем деректерін жаңартыңыз: {link}",
                "Карта деректері мен SMS кодын енгізіңіз: {link}",
            ],
        },
        "romance": {
            "subj": ["Бұл әлі сенің мекенжайың ба?", "Жаным, көмегің керек"],
            "hook": [
                "Мен бітімгершілік миссиясындағы хирургпын, суретіңді көріп ерекше бір нәрсе сездім.",
                "Менің атым Анна, 29 жастамын, құрбым сенің мекенжайыңды берді.",
                "Теңіздегі мұнай платформасында инженермін, тек спутник істегенде жаза аламын.",
                "Сүйіктім, күн сайын хаттарыңды қайта оқып, болашағымызды ойлаймын.",
            ],
            "body": ["Мұнда картам бұғатталып, үйге билет ала алмай жүрмін.", "Кеден жүгімді алым төлегенше ұстап тұр."],
            "ask": [
                "Өтінемін, маған {amount} жібере салшы, қонған бойда қайтарамын.",
                "Кеден алымын {amount} төлеуге көмектесші, келесі аптада бірге боламыз.",
                "Ақшаны агентімнің шотына аудар, деректемелерін WhatsApp арқылы беремін.",
                "Бір рет қана, мен берген крипто әмиянға аудар: {wallet}",
            ],
        },
    },
}

MORE["ky"] = {
    "crypto": {
        "subj": ["Күнүнө 5% киреше", "Жоголгон криптону кайтарабыз"],
        "hook": [
            "Биздин соода ботубуз биржада иштеп, күнүнө 5%ке чейин пайда алып келет.",
            "Алдамчы платформада акча жоготсоңуз, адистерибиз аны кайтарып берет.",
            "{amount} чыгаруу өтүнүчүңүз салык төлөнгөнгө чейин тоңдурулду.",
            "Байкем чоң биржада иштейт, качан сатып алуу керектигин айтып турат.",
        ],
        "body": ["Пайда күн сайын эсептелет, тобокелдик жок.", "Жүздөгөн кардар акчасын кайтарып алды."],
        "ask": [
            "Эсепти активдештирүү үчүн {wallet} капчыгына кеминде {amount} USDT салыңыз.",
            "Бөгөттөн чыгаруу акысын {wallet} дарегине которуңуз.",
            "Бул жерден катталыңыз: {link}",
            "VIP деңгээлге чыгуу үчүн балансты {words} толуктаңыз.",
        ],
    },
    "gov-refund": {
        "subj": ["Салыкты кайтаруу жөнүндө билдирүү", "Мамлекеттик жөлөкпул токтотулду"],
        "hook": [
            "Кайра эсептөөнүн жыйынтыгында сизге {amount} салык кайтарылышы керек.",
            "Сизге бир жолку мамлекеттик төлөм бөлүндү, бирок аны эсебиңизге которо алган жокпуз.",
            "Маалыматыңыз эскиргендиктен жөлөкпул төлөмү токтотулду.",
            "Үй-бүлөңүз коммуналдык кызматтар үчүн компенсация алууга укуктуу.",
        ],
        "body": ["Онлайн форма толтурулбаса, төлөм жокко чыгарылат.", "Кайрылуунун номери: {code}."],
        "ask": [
            "Картанын маалыматын киргизип, кайтаруу формасын толтуруңуз: {link}",
            "Төлөмдү алуу үчүн инсандыгыңызды жана эсебиңизди ырастаңыз: {link}",
            "{hours} саат ичинде маалыматты жөнөтүңүз: {link}",
            "Компенсацияны азыр алыңыз: {link}",
        ],
    },
    "advance-fee": {
        "subj": ["Талап кылынбаган мурас", "Компенсация бекитилди: {code}"],
        "hook": [
            "Мен кырсыктан каза болгон, мураскору жок ишкердин адвокатымын.",
            "Алдамчылыктын курмандыктарына компенсация төлөгөн эл аралык фонд сиздин атыңызга төлөмдү бекитти.",
            "Банктын аудитору катары тогуз жыл бою эч ким талап кылбаган депозитти таптым.",
            "Сиздин атыңызга {words} которуу жөнүндө чечим кабыл алынды.",
        ],
        "body": ["Бардык документтерди кеңсем даярдайт, которуу мыйзамдуу жана коопсуз.", "Сумманы тең бөлөбүз."],
        "ask": [
            "Толук аты-жөнүңүздү, телефонуңузду жана дарегиңизди жөнөтүңүз.",
            "Которуудан мурун {amount} тариздөө акысын төлөө керек.",
            "Паспорттун көчүрмөсүн жана банктык маалыматыңызды жөнөтүңүз.",
            "Төлөм офицери менен байланышып, комиссияны төлөңүз, ошондо каражат бүгүн которулат.",
        ],
    },
    "fake-shop": {
        "subj": ["Экспресс-тесттер дүң баада", "Рецептсиз дарыкана"],
        "hook": [
            "Кампабызда 40 000 экспресс-тест бар, бүт өлкө боюнча бир күндө жеткиребиз.",
            "Сертификатталган маскалар заводдун баасында, бүгүн гана.",
            "Дарыканабыз түпнуска дарыларды рецептсиз сатат.",
            "Бажыдагы ашыкча товардын эсебинен жаңы айфондор абдан арзан сатылууда.",
        ],
        "body": ["Товардын саны чектелүү, буйрутмалар түн ортосуна чейин кабыл алынат.",
                 "Банктар кээде төлөмдү бөгөттөйт, ошондуктан которуу жана крипто гана кабыл алабыз."],
        "ask": [
            "Азыр 100% алдын ала төлөм менен буйрутма бериңиз: {link}",
            "Менеджерге WhatsApp аркылуу жазыңыз, төлөм алдын ала.",
            "Товарды {amount} алдын ала төлөм менен брондоңуз: {link}",
            "Жеткирүүчүгө төлөмдү которуп, чекти почтага жөнөтүңүз.",
        ],
    },
}

MORE["tg"] = {
    "romance": {
        "subj": ["Ин ҳоло ҳам суроғаи туст?", "Ҷонам, ба кӯмакат ниёз дорам"],
        "hook": [
            "Ман ҷарроҳи миссияи сулҳ ҳастам, акси туро дида чизи махсусе ҳис кардам.",
            "Номам Анна, 29-сола ҳастам, дугонаам суроғаи туро дод.",
            "Ман муҳандиси платформаи нафтӣ дар баҳр ҳастам ва танҳо вақте ки моҳвора кор мекунад, навишта метавонам.",
            "Азизам, ҳар рӯз номаҳоятро аз нав хонда, дар бораи ояндаамон фикр мекунам.",
        ],
        "body": ["Дар ин ҷо кортам баста шуд ва чиптаи хона гирифта наметавонам.", "Гумрук бағоҷамро то пардохти боҷ нигоҳ медорад."],
        "ask": [
            "Лутфан ба ман {amount} фирист, баъди фуруд фавран бармегардонам.",
            "Барои пардохти боҷи гумрук {amount} кӯмак кун, ҳафтаи оянда якҷо мешавем.",
            "Пулро ба ҳисоби агентам гузарон, маълумотро тавассути WhatsApp медиҳам.",
            "Танҳо як бор, ба ҳамёни криптоие, ки додам, гузарон: {wallet}",
        ],
    },
    "loan": {
        "subj": ["Қарз тасдиқ шуд", "Қарзи бе гарав 2%"],
        "hook": [
            "Дархости шумо тасдиқ шуд: қарз ба маблағи {amount} бо 2% солона.",
            "Ҳатто агар таърихи қарзии бад дошта бошед ё бекор бошед, қарз медиҳем.",
            "Сармоягузори хусусӣ ба одамони ростқавл бе гарав қарз медиҳад.",
            "Маблағгузорӣ ба андозаи {words} тасдиқ шуда, қадами охиринро интизор аст.",
        ],
        "body": ["Пул пас аз пардохти суғурта фавран интиқол дода мешавад.", "Шартнома ба номи шумо омода шудааст."],
        "ask": [
            "Барои гирифтани пул пардохти суғуртаи {amount}-ро ба корте, ки менеҷер медиҳад, гузаронед.",
            "Акси шиноснома ва ҳаққи фаъолсозиро фиристед.",
            "Тавассути WhatsApp ба мутахассиси қарз нависед ва пешпардохт кунед.",
            "Маблағи кафолатиро гузоред, ҳисоби қарзии шумо кушода мешавад: {link}",
        ],
    },
    "gov-refund": {
        "subj": ["Огоҳинома дар бораи баргардонидани андоз", "Ёрдампулии давлатӣ боздошта шуд"],
        "hook": [
            "Дар натиҷаи ҳисобкунии нав ба шумо {amount} андоз баргардонида мешавад.",
            "Ба шумо пардохти якдафъаинаи давлатӣ ҷудо шуд, аммо онро ба ҳисобатон гузаронида натавонистем.",
            "Азбаски маълумоти шумо кӯҳна шудааст, пардохти ёрдампулӣ боздошта шуд.",
            "Оилаи шумо ҳуқуқи гирифтани ҷуброн барои хизматрасониҳои коммуналиро дорад.",
        ],
        "body": ["Агар шакли онлайн пур карда нашавад, пардохт бекор карда мешавад.", "Рақами муроҷиат: {code}."],
        "ask": [
            "Маълумоти кортро ворид карда, шакли баргардониданро пур кунед: {link}",
            "Барои гирифтани пардохт шахсият ва ҳисоби худро тасдиқ кунед: {link}",
            "Дар давоми {hours} соат маълумотро фиристед: {link}",
            "Ҷубронро ҳозир гиред: {link}",
        ],
    },
    "account-phish": {
        "subj": ["Ҳисоби худро тасдиқ кунед", "Кӯшиши шубҳаноки воридшавӣ"],
        "hook": [
            "Мо дидем, ки ба ҳисоби шумо аз кишвари дигар бо дастгоҳи нав ворид шуданд.",
            "Қуттии почтаи шумо 99% пур шуд, номаҳои нав қабул намешаванд.",
            "Азбаски маълумоти шуморо санҷида натавонистем, ҳисобатон пас аз {hours} соат баста мешавад.",
            "Пардохти охирини шумо рад шуд, обунаатон бекор мешавад.",
        ],
        "body": ["Агар ин шумо набошед, пароли шумо дуздида шуда бошад.", "Агар тасдиқ накунед, маълумоти шумо нест карда мешавад."],
        "ask": [
            "Ҳисоби худро ҳозир тасдиқ кунед: {link}",
            "Барои барқарор кардани дастрасӣ логин ва паролро ворид кунед: {link}",
            "Маълумоти пардохтро нав кунед: {link}",
            "Маълумоти корт ва рамзи SMS-ро ворид кунед: {link}",
        ],
    },
}

MORE["tk"] = {
    "parcel": {
        "subj": ["Posylkaňyz saklandy", "Gümrük tölegi gerek"],
        "hook": [
            "Kurýer şu gün {code} posylkaňyzy eltip bilmedi, öýde hiç kim ýokdy.",
            "Posylkaňyz gümrük ammarynda dur, {amount} gümrük tölegi tölenmedik.",
            "Salgyda jaýyň belgisi görkezilmänligi sebäpli iberiş saklandy.",
            "Siziň adyňyza gelen posylka 5 günden bäri ammarda garaşýar.",
        ],
        "body": ["48 sagadyň içinde alynmadyk posylkalar iberijä gaýtarylýar.", "Saklamak tölegli, möçber her gün artýar."],
        "ask": [
            "Gaýtadan eltmek üçin {amount} töläň: {link}",
            "Salgyňyzy tassyklaň we gümrük tölegini onlaýn töläň: {link}",
            "{hours} sagadyň içinde maglumatlary täzeläň: {link}",
            "Salgylanma geçip, kart maglumatlaryny giriziň: {link}",
        ],
    },
    "crypto": {
        "subj": ["Günde 5% girdeji", "Ýitirilen kriptony gaýtarýarys"],
        "hook": [
            "Söwda botumyz biržada işläp, günde 5%-e çenli girdeji getirýär.",
            "Galp platformada pul ýitiren bolsaňyz, hünärmenlerimiz ony gaýtaryp berer.",
            "{amount} çykarmak haýyşyňyz salgyt tölenýänçä doňduryldy.",
            "Daýym uly biržada işleýär we haçan satyn almalydygyny aýdýar.",
        ],
        "body": ["Girdeji her gün hasaplanýar, howp ýok.", "Ýüzlerçe müşderi puluny gaýtaryp aldy."],
        "ask": [
            "Hasaby işjeňleşdirmek üçin {wallet} gapjygyna azyndan {amount} USDT salyň.",
            "Petikden çykarmak tölegini {wallet} salgysyna geçiriň.",
            "Şu ýerde hasaba duruň: {link}",
            "VIP derejä geçmek üçin balansy {words} dolduryň.",
        ],
    },
    "romance": {
        "subj": ["Bu henizem seniň salgyňmy?", "Janym, kömegiň gerek"],
        "hook": [
            "Men parahatçylyk missiýasynda işleýän hirurg, suratyňy görüp aýratyn bir zat duýdum.",
            "Meniň adym Anna, 29 ýaşymda, dostum seniň salgyňy berdi.",
            "Deňizdäki nebit platformasynda inžener, diňe hemra işläninde ýazyp bilýärin.",
            "Söýgülim, her gün hatlaryňy täzeden okap, geljegimiz barada pikirlenýärin.",
        ],
        "body": ["Bu ýerde kartym petiklendi, öýe bilet alyp bilemok.", "Gümrük ýükümi töleg edilýänçä saklap dur."],
        "ask": [
            "Haýyş, maňa {amount} iber, gonan badyma gaýtararyn.",
            "Gümrük tölegini {amount} tölemäge kömek et, indiki hepde bile bolarys.",
            "Puly agentimiň hasabyna geçir, rekwizitleri WhatsApp arkaly bererin.",
            "Diňe bir gezek, beren kripto gapjygyma geçir: {wallet}",
        ],
    },
    "gov-refund": {
        "subj": ["Salgyt gaýtarmak barada habarnama", "Döwlet kömek puly togtadyldy"],
        "hook": [
            "Täzeden hasaplamagyň netijesinde size {amount} salgyt gaýtarylmaly.",
            "Size bir gezeklik döwlet tölegi bölündi, ýöne ony hasabyňyza geçirip bilmedik.",
            "Maglumatlaryňyz könelendigi sebäpli kömek puly togtadyldy.",
            "Maşgalaňyz kommunal hyzmatlar üçin öwezini dolmak hukugyna eýe.",
        ],
        "body": ["Onlaýn forma doldurylmasa, töleg ýatyrylýar.", "Ýüzlenme belgisi: {code}."],
        "ask": [
            "Kart maglumatlaryny girizip, gaýtaryş formasyny dolduryň: {link}",
            "Tölegi almak üçin şahsyýetiňizi we hasabyňyzy tassyklaň: {link}",
            "{hours} sagadyň içinde maglumatlary iberiň: {link}",
            "Öwez tölegini häzir alyň: {link}",
        ],
    },
}

MORE["de"] = {
    "parcel": {
        "subj": ["Ihre Sendung wird zurückgehalten", "Zustellversuch fehlgeschlagen"],
        "hook": [
            "Wir konnten Ihre Sendung {code} heute nicht zustellen, es war niemand zu Hause.",
            "Ihr Paket liegt beim Zoll, die Einfuhrabgabe von {amount} ist noch offen.",
            "Ihre Sendung wurde gestoppt, weil die Hausnummer in der Adresse fehlt.",
            "Ein Paket auf Ihren Namen wartet seit fünf Tagen in unserem Lager.",
        ],
        "body": ["Nicht abgeholte Sendungen gehen nach 48 Stunden an den Absender zurück.", "Die Lagergebühr steigt jeden Tag."],
        "ask": [
            "Zahlen Sie die Gebühr für die erneute Zustellung von {amount} hier: {link}",
            "Bestätigen Sie Ihre Adresse und zahlen Sie den Zoll online: {link}",
            "Aktualisieren Sie Ihre Daten innerhalb von {hours} Stunden: {link}",
            "Öffnen Sie den Link und geben Sie Ihre Kartendaten ein: {link}",
        ],
    },
    "account-phish": {
        "subj": ["Bestätigen Sie Ihr Konto", "Ungewöhnliche Anmeldung festgestellt"],
        "hook": [
            "Wir haben eine Anmeldung bei Ihrem Konto von einem neuen Gerät im Ausland festgestellt.",
            "Ihr Postfach ist zu 99 % voll, neue Nachrichten werden abgewiesen.",
            "Ihr Konto wird in {hours} Stunden gesperrt, weil wir Ihre Angaben nicht prüfen konnten.",
            "Ihre letzte Zahlung wurde abgelehnt, Ihr Abo wird gekündigt.",
        ],
        "body": ["Wenn Sie das nicht waren, wurde Ihr Passwort womöglich gestohlen.", "Ohne Bestätigung werden Ihre Daten gelöscht."],
        "ask": [
            "Bestätigen Sie Ihr Konto jetzt: {link}",
            "Geben Sie Benutzername und Passwort ein, um den Zugang wiederherzustellen: {link}",
            "Aktualisieren Sie Ihre Zahlungsdaten: {link}",
            "Geben Sie Ihre Kartendaten und den SMS-Code ein: {link}",
        ],
    },
    "crypto": {
        "subj": ["5 % Rendite pro Tag", "Verlorene Kryptowährung zurückholen"],
        "hook": [
            "Unser Handelsbot arbeitet an der Börse und bringt bis zu 5 % Gewinn am Tag.",
            "Wenn Sie Geld auf einer betrügerischen Plattform verloren haben, holen unsere Experten es zurück.",
            "Ihre Auszahlung über {amount} ist eingefroren, bis die Steuer bezahlt ist.",
            "Mein Onkel arbeitet bei einer großen Börse und sagt mir, wann ich kaufen soll.",
        ],
        "body": ["Gewinne werden täglich gutgeschrieben, ohne Risiko.", "Hunderte Kunden haben ihr Geld schon zurückbekommen."],
        "ask": [
            "Zahlen Sie mindestens {amount} in USDT auf die Wallet {wallet} ein, um Ihr Konto zu aktivieren.",
            "Überweisen Sie die Freischaltgebühr an {wallet}.",
            "Registrieren Sie sich hier: {link}",
            "Laden Sie {words} auf, um den VIP-Status und Auszahlungen freizuschalten.",
        ],
    },
    "fake-shop": {
        "subj": ["Schnelltests zum Großhandelspreis", "Online-Apotheke ohne Rezept"],
        "hook": [
            "Wir haben 40.000 Antigen-Schnelltests auf Lager und liefern innerhalb von 24 Stunden.",
            "Zertifizierte FFP2-Masken zum Fabrikpreis, nur heute.",
            "Unsere Online-Apotheke verkauft Markenmedikamente ohne Rezept und ohne Fragen.",
            "Neue iPhones aus einem Zollüberschuss zu einem Bruchteil des Preises.",
        ],
        "body": ["Der Vorrat ist begrenzt, Bestellungen nur bis Mitternacht.",
                 "Banken blockieren manchmal Zahlungen an unseren Shop, daher nur Überweisung oder Krypto."],
        "ask": [
            "Bestellen Sie jetzt mit 100 % Vorkasse: {link}",
            "Schreiben Sie unserem Verkäufer auf WhatsApp, Zahlung im Voraus.",
            "Reservieren Sie Ihre Ware mit einer Anzahlung von {amount}: {link}",
            "Überweisen Sie an unseren Lieferanten und senden Sie den Beleg per Mail.",
        ],
    },
}

MORE["tr"] = {
    "sextortion": {
        "subj": ["Şifreniz: {password}", "Kameranızdan kayıt"],
        "hook": [
            "Şifreniz {password}, ve bu hakkınızda bildiklerimin en küçüğü.",
            "Açtığınız bir bültendeki görünmez piksel sayesinde telefonunuza girdim.",
            "Yetişkin sitelerine bakarken dizüstü kameranız sizi kaydetti.",
            "Üç aydır kameranız, mikrofonunuz ve rehberiniz sunucuma akıyor.",
        ],
        "body": ["Ödeme yapmazsanız video tüm rehberinize ve ailenize gidecek.", "Ödemeden sonra her şeyi silerim, bir daha duymazsınız."],
        "ask": [
            "{hours} saat içinde {amount} değerinde bitcoin'i {wallet} cüzdanına gönderin.",
            "{words} tutarını BTC olarak şu adrese yollayın: {wallet}",
            "USDT TRC20 ile {amount} gönderin, cüzdan: {wallet}",
            "Bir borsadan bitcoin alıp {wallet} adresine gönderin, yoksa video herkese gider.",
        ],
    },
    "job": {
        "subj": ["Evden çalışma, günlük 1500 TL", "Ödeme acentesi aranıyor"],
        "hook": [
            "Uluslararası bir şirket, kendi hesabına ödeme alıp sonra aktaracak bir acente arıyor.",
            "Evde paket teslim alıp etiketini değiştirerek yurt dışına gönderecek eleman aranıyor.",
            "Telefondan kolay iş, günlük 1500 TL'den başlayan kazanç, ödeme her akşam.",
            "Videoları beğenerek para kazanın, deneyim gerekmez.",
        ],
        "body": ["Her transferden yüzde 10'u sizde kalır.", "Sadece adınıza bir banka kartı ve akıllı telefon yeterli."],
        "ask": [
            "Telegram'dan İK yöneticimize yazın: {link}",
            "Kimlik fotoğrafınızı ve kart numaranızı gönderin.",
            "İşe başlamak için iş bakiyenizi {amount} yükleyin: {link}",
            "Yanıt verin, yönetici size talimatları göndersin.",
        ],
    },
    "loan": {
        "subj": ["Krediniz onaylandı", "Teminatsız kredi %2"],
        "hook": [
            "Başvurunuz onaylandı: {amount} tutarında yıllık %2 faizli kredi.",
            "Kredi notunuz düşük olsa da, işsiz olsanız da kredi veriyoruz.",
            "Özel yatırımcı dürüst insanlara teminatsız kredi veriyor.",
            "{words} tutarındaki finansmanınız onaylandı ve son adımı bekliyor.",
        ],
        "body": ["Para sigorta ödendikten hemen sonra aktarılır.", "Sözleşme adınıza hazırlandı."],
        "ask": [
            "Parayı almak için {amount} sigorta bedelini temsilcinin verdiği karta gönderin.",
            "Kimlik fotoğrafınızı ve aktivasyon ücretini gönderin.",
            "WhatsApp'tan kredi uzmanımıza yazın ve ön ödemeyi yapın.",
            "Teminat tutarını yatırın, kredi hesabınız açılsın: {link}",
        ],
    },
    "tech-support": {
        "subj": ["Aboneliğiniz yenilendi: {amount}", "Bilgisayarınızda virüs bulundu"],
        "hook": [
            "Yıllık antivirüs aboneliğiniz otomatik yenilendi ve {amount} tahsil edildi.",
            "Bilgisayarınıza tehlikeli bir truva atı bulaştı, kullanmayı bırakın.",
            "Sistem hatası nedeniyle size fazla iade yapıldı, farkın geri ödenmesi gerekiyor.",
            "Şüpheli etkinlik nedeniyle Windows lisansınız engellendi.",
        ],
        "body": ["Teknisyenimiz uzaktan erişim programı kurup virüsü temizleyecek.", "Bilgisayarı kapatmayın, dosyalarınız kaybolabilir."],
        "ask": [
            "Hemen destek hattımızı arayın: {phone}",
            "Destek aracını {link} adresinden indirin ve kodu teknisyene söyleyin.",
            "Fazla tutarı hediye kartlarıyla iade edin ve kodları okuyun.",
            "AnyDesk kurun ve dokuz haneli numarayı bize bildirin.",
        ],
    },
}

MORE["uk"] = {
    "sextortion": {
        "subj": ["Ваш пароль: {password}", "Запис з вашої камери"],
        "hook": [
            "Ваш пароль {password}, і це найменше з того, що я про вас знаю.",
            "Через невидимий піксель у розсилці, яку ви відкрили, я отримав доступ до вашого телефона.",
            "Поки ви дивилися сайти для дорослих, камера ноутбука записувала вас.",
            "Уже три місяці ваша камера, мікрофон і контакти передаються на мій сервер.",
        ],
        "body": ["Якщо не заплатите, відео отримають усі ваші контакти й родина.", "Після оплати я все видалю, і ви більше про мене не почуєте."],
        "ask": [
            "Переведіть {amount} у біткоїнах на гаманець {wallet} протягом {hours} годин.",
            "Сплатіть {words} у BTC на адресу: {wallet}",
            "Надішліть {amount} в USDT TRC20, гаманець: {wallet}",
            "Купіть біткоїн на біржі й надішліть на {wallet}, інакше відео побачать усі.",
        ],
    },
    "account-phish": {
        "subj": ["Підтвердьте свій обліковий запис", "Підозріла спроба входу"],
        "hook": [
            "Ми помітили вхід у ваш обліковий запис з нового пристрою в іншій країні.",
            "Ваша поштова скринька заповнена на 99%, нові листи не приймаються.",
            "Ваш обліковий запис буде заблоковано через {hours} годин, бо ми не змогли перевірити дані.",
            "Останній платіж відхилено, підписку буде скасовано.",
        ],
        "body": ["Якщо це були не ви, ваш пароль могли викрасти.", "Без підтвердження ваші дані буде видалено."],
        "ask": [
            "Підтвердьте обліковий запис зараз: {link}",
            "Введіть логін і пароль, щоб відновити доступ: {link}",
            "Оновіть платіжні дані: {link}",
            "Введіть дані картки та код з SMS: {link}",
        ],
    },
    "crypto": {
        "subj": ["5% прибутку щодня", "Повернемо вкрадену криптовалюту"],
        "hook": [
            "Наш торговий бот працює на біржі й приносить до 5% прибутку на день.",
            "Якщо ви втратили гроші на шахрайській платформі, наші фахівці їх повернуть.",
            "Ваше виведення {amount} заморожено до сплати податку.",
            "Мій дядько працює на великій біржі й підказує, коли купувати.",
        ],
        "body": ["Прибуток нараховується щодня, ризику немає.", "Сотні клієнтів уже повернули свої кошти."],
        "ask": [
            "Внесіть щонайменше {amount} USDT на гаманець {wallet}, щоб активувати рахунок.",
            "Сплатіть збір за розблокування на {wallet}.",
            "Реєструйтеся тут: {link}",
            "Поповніть баланс на {words}, щоб відкрити виведення.",
        ],
    },
    "advance-fee": {
        "subj": ["Неотримана спадщина", "Компенсацію схвалено: {code}"],
        "hook": [
            "Я адвокат покійного підприємця, який загинув в аварії й не залишив спадкоємців.",
            "Міжнародний фонд компенсацій жертвам шахрайства схвалив виплату на ваше ім'я.",
            "Як аудитор банку я знайшов депозит, який ніхто не вимагав дев'ять років.",
            "Ухвалено рішення про переказ вам {words}.",
        ],
        "body": ["Усі документи підготує моя контора, переказ законний і безпечний.", "Суму поділимо навпіл."],
        "ask": [
            "Надішліть повне ім'я, телефон і адресу.",
            "Перед переказом потрібно сплатити збір за оформлення {amount}.",
            "Надішліть копію паспорта й банківські реквізити.",
            "Зв'яжіться з уповноваженим з виплат і сплатіть комісію, тоді кошти переведуть сьогодні.",
        ],
    },
}

for _lang, _families in MORE.items():
    SCAM[_lang] = {**SCAM[_lang], **_families}

# Other scenarios of every family in English and Russian, appended to the slots above (pairs, so even
# indices stay development and odd ones held-out).
MORE_EN = {
    "sextortion": {
        "subj": ["I sent this from your own mailbox", "Hacker group notice #{code}"],
        "hook": [
            "Look at the sender address: I wrote this from your own account, that is how deep my access goes.",
            "I belong to an international hacker group and we have been watching your online activity for months.",
        ],
        "body": [
            "Your dating app chats and the photos you sent there are saved in a folder with your name on it.",
            "I also have your location history, so I know where you live and work.",
        ],
        "ask": [
            "The fee for my silence is {amount}, in bitcoin only, to {wallet}.",
            "Make the transfer to {wallet} and the folder disappears; ignore me and it goes public.",
        ],
    },
    "advance-fee": {
        "subj": ["Your ATM card is ready for delivery", "Next of kin request"],
        "hook": [
            "Your ATM card loaded with {amount} has been approved and is ready to be couriered to you.",
            "The board of our bank needs a foreigner to stand as next of kin to a customer who died intestate.",
        ],
        "body": [
            "The director of the foreign remittance department has signed your payment file.",
            "Only the delivery charge and the anti-terrorism certificate remain outstanding.",
        ],
        "ask": [
            "Reconfirm your delivery address and send the courier fee to the agent.",
            "Reply with your private phone number and the name of your bank for the change of ownership.",
        ],
    },
    "lottery": {
        "subj": ["Online promotion: your mobile number won", "Shopping voucher worth {amount}"],
        "hook": [
            "Your mobile number came out top in our online promotion, sponsored by major beverage and tech brands.",
            "You have been rewarded with a supermarket voucher worth {amount} for taking part in our survey.",
        ],
        "body": [
            "The promotion is held once a year to thank internet users worldwide.",
            "The voucher can be used in any branch once it is activated.",
        ],
        "ask": [
            "Pay the activation fee of {amount} by card to receive the voucher: {link}",
            "Quote your reference number {code} to the fiduciary agent to start the payout.",
        ],
    },
    "fake-shop": {
        "subj": ["Weight-loss pens without prescription", "Luxury watches, factory outlet prices"],
        "hook": [
            "Weight-loss injection pens, no prescription and no doctor visit needed, shipped from our EU warehouse.",
            "Swiss luxury watches at 90% off from a bankrupt retailer's stock, every piece with box and papers.",
        ],
        "body": [
            "We cannot accept cards because of high demand, so payment is by bank transfer only.",
            "Tracking numbers are sent 7 to 10 days after payment.",
        ],
        "ask": [
            "Transfer the full amount to the IBAN in the invoice, we ship the same day.",
            "Pay {amount} in USDT to {wallet} and send the transaction ID to our manager.",
        ],
    },
    "crypto": {
        "subj": ["Giveaway: we double every transfer", "Claim your airdrop before it expires"],
        "hook": [
            "To celebrate our anniversary we return double of every coin sent to the event address.",
            "You are eligible for a token airdrop worth {amount}; connect your wallet to claim it.",
        ],
        "body": [
            "Send 0.1 and receive 0.2 back within minutes; the event ends when the pool is empty.",
            "The claim page asks for your recovery phrase only to verify that you own the wallet.",
        ],
        "ask": [
            "Send any amount to {wallet} and the doubled amount comes back automatically.",
            "Connect your wallet and confirm with your 12-word phrase: {link}",
        ],
    },
    "loan": {
        "subj": ["Debt consolidation approved", "Microloan within 10 minutes"],
        "hook": [
            "Your request to consolidate all your debts into one loan has been approved in principle.",
            "Microloans up to {amount} within 10 minutes, approval for everyone over 18.",
        ],
        "body": [
            "A lawyer's fee to register the agreement is needed before the first disbursement.",
            "The first payment protects the lender against fraud and is returned with the last instalment.",
        ],
        "ask": [
            "Pay the registration fee through the link and the funds are released today: {link}",
            "Transfer the security payment to the card number the agent sends you.",
        ],
    },
    "job": {
        "subj": ["Mystery shopper assignment", "Personal assistant needed, flexible hours"],
        "hook": [
            "You have been selected as a mystery shopper to evaluate money transfer services in your town.",
            "A busy executive is looking for a personal assistant to run errands and handle payments.",
        ],
        "body": [
            "We will mail you a cheque; deposit it, keep 300 as your wage and send the rest by transfer as the test.",
            "Your first task is to buy gift cards for a client meeting; you will be reimbursed on Friday.",
        ],
        "ask": [
            "Send your full name, address and phone number to receive the cheque.",
            "Buy the cards today and send photos of the codes; I am in a meeting and cannot call.",
        ],
    },
    "tech-support": {
        "subj": ["Invoice for your Geek-Care renewal", "Your account was charged for an order you did not place"],
        "hook": [
            "Your 3-year protection plan has been renewed and {amount} will appear on your statement.",
            "An order for a gaming console was placed with your payment account from an unknown device.",
        ],
        "body": [
            "If you did not request this, our refund team must verify your identity by phone.",
            "Refunds are only possible within 24 hours of the charge.",
        ],
        "ask": [
            "Dispute the charge by calling {phone}; do not reply to this email.",
            "Call our fraud line at {phone} and keep your online banking open for the refund.",
        ],
    },
    "romance": {
        "subj": ["From a soldier far away", "I need to tell you something, my love"],
        "hook": [
            "I am a US army officer serving abroad, and writing to you is the brightest part of my day.",
            "You know how much I care about you, so I will be honest about my situation.",
        ],
        "body": [
            "My commander will grant me leave only if I pay the leave fee, and my account is frozen here.",
            "I invested our future savings in a crypto platform and now I need a little help to withdraw.",
        ],
        "ask": [
            "Could you pay the leave fee of {amount} to the army agent? I will pay you back when I arrive.",
            "Please send {amount} to my manager, it is just for the withdrawal fee and then we are rich.",
        ],
    },
    "parcel": {
        "subj": ["Package from abroad requires clearance", "Second delivery attempt: action needed"],
        "hook": [
            "A package sent to you from abroad containing jewellery and cash was stopped by customs.",
            "This is our second attempt to reach you: your shipment {code} is waiting for the delivery fee.",
        ],
        "body": [
            "The value of the goods exceeds the duty-free limit.",
            "If the fee is not paid, the package will be destroyed.",
        ],
        "ask": [
            "Pay the clearance charge of {amount} to the customs agent to receive your package.",
            "Pay the small fee with your card here: {link}",
        ],
    },
    "gov-refund": {
        "subj": ["Unpaid traffic fine - final notice", "Child benefit: update required"],
        "hook": [
            "A traffic camera recorded your vehicle speeding and the fine remains unpaid.",
            "Your child benefit will stop unless you confirm your bank details this week.",
        ],
        "body": [
            "Unpaid fines are doubled after the deadline and passed to bailiffs.",
            "This is your final reminder before enforcement action.",
        ],
        "ask": [
            "Pay the fine of {amount} online today to avoid extra charges: {link}",
            "Confirm your bank details to keep receiving the benefit: {link}",
        ],
    },
    "account-phish": {
        "subj": ["Wallet security check", "Your messenger account is being transferred"],
        "hook": [
            "Due to a security update, every wallet must be re-synchronised before Friday.",
            "Someone requested to move your messenger account to a new phone.",
        ],
        "body": [
            "Wallets that are not re-synchronised may lose access to their funds.",
            "If this was not you, the transfer can still be stopped.",
        ],
        "ask": [
            "Enter your recovery phrase on the validation page: {link}",
            "Reply with the 6-digit code you just received by SMS to cancel the transfer.",
        ],
    },
}

MORE_RU = {
    "sextortion": {
        "subj": ["Письмо отправлено с вашего же ящика", "Уведомление хакерской группы №{code}"],
        "hook": [
            "Посмотрите на адрес отправителя: я пишу с вашего же аккаунта, вот насколько у меня полный доступ.",
            "Я состою в международной хакерской группе, мы наблюдаем за вашей активностью уже несколько месяцев.",
        ],
        "body": [
            "Ваши переписки в приложении знакомств и отправленные туда фото лежат в папке с вашим именем.",
            "У меня есть и история ваших перемещений, так что я знаю, где вы живёте и работаете.",
        ],
        "ask": [
            "Цена моего молчания {amount}, только биткоин, на {wallet}.",
            "Сделайте перевод на {wallet}, и папка исчезнет; проигнорируете - всё станет публичным.",
        ],
    },
    "advance-fee": {
        "subj": ["Ваша банковская карта готова к отправке", "Запрос ближайшего родственника"],
        "hook": [
            "Одобрена банковская карта с балансом {amount}, она готова к отправке курьером.",
            "Правлению банка нужен иностранец, который выступит ближайшим родственником умершего без завещания клиента.",
        ],
        "body": [
            "Директор департамента международных переводов подписал ваше платёжное дело.",
            "Остались неоплаченными только доставка и сертификат о непричастности к терроризму.",
        ],
        "ask": [
            "Подтвердите адрес доставки и оплатите курьера через агента.",
            "Сообщите личный номер телефона и название банка для переоформления.",
        ],
    },
    "lottery": {
        "subj": ["Онлайн-акция: ваш номер выиграл", "Сертификат в магазин на {amount}"],
        "hook": [
            "Ваш номер телефона стал первым в онлайн-акции крупных брендов напитков и техники.",
            "За участие в опросе вам начислен сертификат в супермаркет на {amount}.",
        ],
        "body": [
            "Акция проводится раз в год в благодарность пользователям интернета.",
            "Сертификат можно использовать в любом магазине после активации.",
        ],
        "ask": [
            "Оплатите активацию {amount} картой, чтобы получить сертификат: {link}",
            "Назовите номер {code} доверенному агенту, чтобы начать выплату.",
        ],
    },
    "fake-shop": {
        "subj": ["Шприц-ручки для похудения без рецепта", "Швейцарские часы по цене фабрики"],
        "hook": [
            "Шприц-ручки для похудения без рецепта и визита к врачу, отправка с нашего склада.",
            "Швейцарские часы со скидкой 90% из остатков обанкротившегося магазина, с коробкой и документами.",
        ],
        "body": [
            "Из-за большого спроса карты не принимаем, только банковский перевод.",
            "Трек-номер присылаем через 7-10 дней после оплаты.",
        ],
        "ask": [
            "Переведите полную сумму на счёт из счёта-фактуры, отправим в тот же день.",
            "Оплатите {amount} в USDT на {wallet} и пришлите хеш транзакции менеджеру.",
        ],
    },
    "crypto": {
        "subj": ["Раздача: удваиваем каждый перевод", "Заберите аирдроп, пока не сгорел"],
        "hook": [
            "В честь юбилея мы возвращаем вдвое больше монет, отправленных на адрес акции.",
            "Вам положен аирдроп токенов на {amount}, подключите кошелёк, чтобы забрать.",
        ],
        "body": [
            "Отправьте 0,1 и получите 0,2 в течение минут; акция закончится, когда пул опустеет.",
            "Страница получения запрашивает сид-фразу только для проверки, что кошелёк ваш.",
        ],
        "ask": [
            "Отправьте любую сумму на {wallet}, удвоенная вернётся автоматически.",
            "Подключите кошелёк и подтвердите 12 словами: {link}",
        ],
    },
    "loan": {
        "subj": ["Рефинансирование одобрено", "Микрозайм за 10 минут"],
        "hook": [
            "Ваша заявка на объединение всех долгов в один кредит предварительно одобрена.",
            "Микрозаймы до {amount} за 10 минут, одобрение всем старше 18 лет.",
        ],
        "body": [
            "До первой выдачи нужна оплата услуг юриста за регистрацию договора.",
            "Первый платёж защищает кредитора от мошенничества и возвращается с последним взносом.",
        ],
        "ask": [
            "Оплатите регистрацию по ссылке, и деньги выдадут сегодня: {link}",
            "Переведите гарантийный платёж на карту, которую пришлёт агент.",
        ],
    },
    "job": {
        "subj": ["Задание тайного покупателя", "Нужен личный ассистент, свободный график"],
        "hook": [
            "Вы выбраны тайным покупателем для оценки сервисов денежных переводов в вашем городе.",
            "Занятому руководителю нужен личный ассистент для поручений и платежей.",
        ],
        "body": [
            "Мы пришлём чек: положите его на счёт, оставьте 3000 себе, а остальное переведите в рамках проверки.",
            "Первое задание - купить подарочные карты для встречи с клиентом, деньги вернём в пятницу.",
        ],
        "ask": [
            "Пришлите ФИО, адрес и телефон для отправки чека.",
            "Купите карты сегодня и пришлите фото кодов, я на совещании и не могу говорить.",
        ],
    },
    "tech-support": {
        "subj": ["Счёт за продление сервисного плана", "С вашего счёта оплачен заказ, который вы не делали"],
        "hook": [
            "Ваш трёхлетний сервисный план продлён, в выписке появится списание {amount}.",
            "С неизвестного устройства оформлен заказ игровой приставки с вашего платёжного аккаунта.",
        ],
        "body": [
            "Если вы этого не делали, отдел возвратов должен подтвердить вашу личность по телефону.",
            "Возврат возможен только в течение 24 часов после списания.",
        ],
        "ask": [
            "Оспорьте списание по телефону {phone}, на письмо не отвечайте.",
            "Позвоните на линию по мошенничеству {phone} и держите интернет-банк открытым для возврата.",
        ],
    },
    "romance": {
        "subj": ["От солдата издалека", "Любимая, я должен тебе кое-что сказать"],
        "hook": [
            "Я офицер армии США, служу за границей, и письма к тебе - лучшая часть моего дня.",
            "Ты знаешь, как ты мне дорога, поэтому скажу честно, в каком я положении.",
        ],
        "body": [
            "Командир даст мне отпуск, только если я оплачу сбор, а мой счёт здесь заморожен.",
            "Я вложил наши будущие сбережения в криптоплатформу, и теперь нужна небольшая помощь, чтобы вывести.",
        ],
        "ask": [
            "Можешь оплатить сбор за отпуск {amount} армейскому агенту? Я верну, как только приеду.",
            "Пожалуйста, отправь {amount} моему менеджеру, это только комиссия за вывод, и мы богаты.",
        ],
    },
    "parcel": {
        "subj": ["Посылка из-за границы требует оформления", "Вторая попытка доставки: нужны действия"],
        "hook": [
            "Посылка из-за границы на ваше имя с украшениями и наличными задержана таможней.",
            "Это наша вторая попытка связаться: отправление {code} ждёт оплаты доставки.",
        ],
        "body": [
            "Стоимость вложения превышает беспошлинный лимит.",
            "Если сбор не будет оплачен, посылку уничтожат.",
        ],
        "ask": [
            "Оплатите таможенное оформление {amount} агенту, чтобы получить посылку.",
            "Оплатите небольшой сбор картой здесь: {link}",
        ],
    },
    "gov-refund": {
        "subj": ["Неоплаченный штраф ГИБДД - последнее уведомление", "Детское пособие: требуется обновление данных"],
        "hook": [
            "Камера зафиксировала превышение скорости вашим автомобилем, штраф не оплачен.",
            "Выплата детского пособия прекратится, если на этой неделе вы не подтвердите реквизиты.",
        ],
        "body": [
            "После срока неоплаченный штраф удваивается и передаётся приставам.",
            "Это последнее напоминание перед принудительным взысканием.",
        ],
        "ask": [
            "Оплатите штраф {amount} онлайн сегодня со скидкой: {link}",
            "Подтвердите банковские реквизиты, чтобы получать пособие: {link}",
        ],
    },
    "account-phish": {
        "subj": ["Проверка безопасности кошелька", "Ваш аккаунт в мессенджере переносится"],
        "hook": [
            "Из-за обновления безопасности все кошельки нужно повторно синхронизировать до пятницы.",
            "Кто-то запросил перенос вашего аккаунта в мессенджере на новый телефон.",
        ],
        "body": [
            "Несинхронизированные кошельки могут потерять доступ к средствам.",
            "Если это были не вы, перенос ещё можно остановить.",
        ],
        "ask": [
            "Введите сид-фразу на странице проверки: {link}",
            "Пришлите 6-значный код из СМС, чтобы отменить перенос.",
        ],
    },
}

for _lang, _more in (("en", MORE_EN), ("ru", MORE_RU)):
    SCAM[_lang] = {fam: {slot: vs + _more.get(fam, {}).get(slot, []) for slot, vs in slots.items()}
                   for fam, slots in SCAM[_lang].items()}

# Scenarios common in the region, appended to the Central Asian cells (pairs): overseas jobs with a visa
# fee, "safe deal" links of classified-ad sites, card-blocked SMS-code theft, marketplace prizes.
MORE_CA = {
    "uz": {
        "job": {
            "subj": ["Koreyaga ish: viza bizdan", "Polshada zavodda ish, oylik 1500 yevro"],
            "hook": ["Janubiy Koreyadagi zavodga ishchilar kerak, viza va chiptani o'zimiz rasmiylashtiramiz.",
                     "Polshadagi qadoqlash zavodiga til bilmasdan ishga olamiz, turar joy bepul."],
            "ask": ["Joyni band qilish uchun viza to'lovi {amount} ni menejer kartasiga o'tkazing.",
                    "Hujjatlarni tayyorlash uchun oldindan {amount} to'lang va pasport suratini yuboring."],
        },
        "parcel": {
            "subj": ["OLX: xaridor to'lovni amalga oshirdi", "Xavfsiz bitim: pulni oling"],
            "hook": ["Xaridor e'loningizdagi tovar uchun to'lovni amalga oshirdi, pul sizni kutmoqda.",
                     "Kuryer tovaringizni olib ketadi, to'lov xavfsiz bitim orqali o'tkazildi."],
            "ask": ["Pulni olish uchun havolaga o'ting va karta ma'lumotlaringizni kiriting: {link}",
                    "Mablag'ni kartangizga tushirish uchun SMS kodni kiriting: {link}"],
        },
        "account-phish": {
            "subj": ["Kartangiz bloklandi", "Bank xavfsizlik xizmati"],
            "hook": ["Kartangizdan shubhali o'tkazma urinishi aniqlandi va karta vaqtincha bloklandi.",
                     "Bank xavfsizlik xizmatidan: hisobingizga begona qurilmadan kirishga urinish bo'ldi."],
            "ask": ["Blokdan chiqarish uchun sizga kelgan SMS kodni bizga ayting.",
                    "Kartani tiklash uchun karta raqami va amal qilish muddatini yuboring: {link}"],
        },
    },
    "kk": {
        "parcel": {
            "subj": ["OLX: сатып алушы төледі", "Қауіпсіз мәміле: ақшаны алыңыз"],
            "hook": ["Сатып алушы хабарландыруыңыздағы тауар үшін төледі, ақша сізді күтіп тұр.",
                     "Курьер тауарыңызды алып кетеді, төлем қауіпсіз мәміле арқылы өтті."],
            "ask": ["Ақшаны алу үшін сілтемеге өтіп, карта деректерін енгізіңіз: {link}",
                    "Қаражатты картаңызға түсіру үшін SMS кодын енгізіңіз: {link}"],
        },
        "account-phish": {
            "subj": ["Картаңыз бұғатталды", "Банктің қауіпсіздік қызметі"],
            "hook": ["Картаңыздан күдікті аударым әрекеті анықталып, карта уақытша бұғатталды.",
                     "Банктің қауіпсіздік қызметінен: шотыңызға бөгде құрылғыдан кіру әрекеті болды."],
            "ask": ["Бұғаттан шығару үшін келген SMS кодын бізге айтыңыз.",
                    "Картаны қалпына келтіру үшін карта нөмірі мен мерзімін жіберіңіз: {link}"],
        },
        "lottery": {
            "subj": ["Маркетплейс мерейтойы: сіз жеңдіңіз", "Сатып алушылар арасындағы ұтыс"],
            "hook": ["Маркетплейстің мерейтойына орай сіз сатып алушылар арасындағы ұтыста көлік ұттыңыз.",
                     "Соңғы тапсырысыңыз үшін сіз айлық ұтыстың жеңімпазы атандыңыз."],
            "ask": ["Жүлдені рәсімдеу үшін {amount} салық төлеңіз: {link}",
                    "Жүлдені алу үшін карта деректеріңізді растаңыз: {link}"],
        },
    },
    "ky": {
        "job": {
            "subj": ["Кореяга жумуш: виза бизден", "Польшадагы заводдо жумуш, айлык 1500 евро"],
            "hook": ["Түштүк Кореядагы заводго жумушчулар керек, виза менен билетти өзүбүз тариздейбиз.",
                     "Польшадагы таңгактоо заводуна тил билбей эле алабыз, жатакана акысыз."],
            "ask": ["Орунду брондоо үчүн виза акысын {amount} менеджердин картасына которуңуз.",
                    "Документтерди даярдоо үчүн алдын ала {amount} төлөп, паспорттун сүрөтүн жөнөтүңүз."],
        },
        "parcel": {
            "subj": ["Lalafo: сатып алуучу төлөдү", "Коопсуз бүтүм: акчаны алыңыз"],
            "hook": ["Сатып алуучу жарнамаңыздагы товар үчүн төлөдү, акча сизди күтүп турат.",
                     "Курьер товарыңызды алып кетет, төлөм коопсуз бүтүм аркылуу өттү."],
            "ask": ["Акчаны алуу үчүн шилтемеге өтүп, карта маалыматын киргизиңиз: {link}",
                    "Каражатты картаңызга түшүрүү үчүн SMS кодун киргизиңиз: {link}"],
        },
        "lottery": {
            "subj": ["Маркетплейстин юбилейи: сиз уттуңуз", "Сатып алуучулар арасындагы утуш"],
            "hook": ["Маркетплейстин юбилейине карата сиз сатып алуучулар арасындагы утушта унаа уттуңуз.",
                     "Акыркы буйрутмаңыз үчүн сиз айлык утуштун жеңүүчүсү болдуңуз."],
            "ask": ["Байгени тариздөө үчүн {amount} салык төлөңүз: {link}",
                    "Байгени алуу үчүн карта маалыматыңызды ырастаңыз: {link}"],
        },
    },
    "tg": {
        "job": {
            "subj": ["Кор дар Корея: виза аз мо", "Кор дар заводи Полша, маош 1500 евро"],
            "hook": ["Ба заводи Кореяи Ҷанубӣ коргарон лозиманд, виза ва чиптаро худамон омода мекунем.",
                     "Ба заводи бастабандии Полша бе донистани забон қабул мекунем, хобгоҳ ройгон."],
            "ask": ["Барои банд кардани ҷой ҳаққи виза {amount}-ро ба корти менеҷер гузаронед.",
                    "Барои омода кардани ҳуҷҷатҳо пешакӣ {amount} пардохт кунед ва акси шиносномаро фиристед."],
        },
        "parcel": {
            "subj": ["Somon.tj: харидор пардохт кард", "Созишномаи бехатар: пулро гиред"],
            "hook": ["Харидор барои моли эълони шумо пардохт кард, пул шуморо интизор аст.",
                     "Курер моли шуморо мебарад, пардохт тавассути созишномаи бехатар гузашт."],
            "ask": ["Барои гирифтани пул ба пайванд гузаред ва маълумоти кортро ворид кунед: {link}",
                    "Барои ба корти худ гузаронидани маблағ рамзи SMS-ро ворид кунед: {link}"],
        },
        "account-phish": {
            "subj": ["Корти шумо баста шуд", "Хадамоти амнияти бонк"],
            "hook": ["Кӯшиши интиқоли шубҳанок аз корти шумо ошкор шуд ва корт муваққатан баста шуд.",
                     "Аз хадамоти амнияти бонк: кӯшиши воридшавӣ ба ҳисоби шумо аз дастгоҳи бегона буд."],
            "ask": ["Барои кушодани корт рамзи SMS-ро, ки омад, ба мо гӯед.",
                    "Барои барқарор кардани корт рақам ва мӯҳлати кортро фиристед: {link}"],
        },
    },
    "tk": {
        "job": {
            "subj": ["Türkiýede iş: wiza bizden", "Polşada zawodda iş, aýlyk 1500 ýewro"],
            "hook": ["Türkiýedäki tikinçilik fabrigine işçiler gerek, wiza we bileti özümiz resmileşdirýäris.",
                     "Polşadaky gaplaýyş zawodyna dil bilmezden işe alýarys, ýaşaýyş jaýy mugt."],
            "ask": ["Orny bronlamak üçin wiza tölegini {amount} menejeriň kartyna geçiriň.",
                    "Resminamalary taýýarlamak üçin öňünden {amount} töläň we pasportyň suratyny iberiň."],
        },
        "parcel": {
            "subj": ["Tmcars: alyjy töledi", "Howpsuz geleşik: puly alyň"],
            "hook": ["Alyjy bildirişiňizdäki haryt üçin töledi, pul size garaşýar.",
                     "Kurýer harydyňyzy alyp gider, töleg howpsuz geleşik arkaly geçdi."],
            "ask": ["Puly almak üçin salgylanma geçip, kart maglumatlaryny giriziň: {link}",
                    "Serişdäni kartyňyza geçirmek üçin SMS koduny giriziň: {link}"],
        },
        "account-phish": {
            "subj": ["Kartyňyz petiklendi", "Bankyň howpsuzlyk gullugy"],
            "hook": ["Kartyňyzdan şübheli geçirim synanyşygy ýüze çykaryldy we kart wagtlaýyn petiklendi.",
                     "Bankyň howpsuzlyk gullugyndan: hasabyňyza ýat enjamdan girmek synanyşygy boldy."],
            "ask": ["Petikden çykarmak üçin gelen SMS koduny bize aýdyň.",
                    "Karty dikeltmek üçin kart belgisini we möhletini iberiň: {link}"],
        },
    },
}

for _lang, _more in MORE_CA.items():
    SCAM[_lang] = {fam: {slot: vs + _more.get(fam, {}).get(slot, []) for slot, vs in slots.items()}
                   for fam, slots in SCAM[_lang].items()}

# A third scenario pair for the Central Asian cells measured on few phrasings: the recorded video call
# (sextortion as it circulates in the region), mobile-operator prizes, app microloans with "insurance".
MORE_CA2 = {
    "uz": {
        "sextortion": {
            "hook": ["Kecha video qo'ng'iroqda qilgan ishlaringiz yozib olindi, yozuv menda.",
                     "Tanishuv ilovasidagi yozishmalaringiz va yuborgan suratlaringiz menda saqlangan."],
            "ask": ["Yozuvni qarindoshlaringizga yubormasligim uchun {amount} ni shu kartaga o'tkazing yoki {wallet} ga USDT yuboring.",
                    "Bugun kechgacha {amount} to'lamasangiz, video Telegram kanallarga joylanadi. Hamyon: {wallet}"],
        },
        "lottery": {
            "hook": ["Mobil operatorimizning 20 yilligi munosabati bilan raqamingiz avtomobil yutdi.",
                     "Teleko'rsatuv o'yinida raqamingiz tanlandi, sovrin {amount}."],
            "ask": ["Sovrinni rasmiylashtirish uchun {amount} soliqni shu hisobga o'tkazing.",
                    "Operatorga qo'ng'iroq qiling va kartangizga kelgan kodni ayting: {phone}"],
        },
        "loan": {
            "hook": ["Ilovamiz orqali 10 daqiqada mikroqarz, pasport va karta kifoya.",
                     "Qarzingiz tasdiqlandi, ammo pul sug'urta polisi rasmiylashtirilgach o'tkaziladi."],
            "ask": ["Polis uchun {amount} ni to'lang, pul 5 daqiqada kartangizda: {link}",
                    "Kartangiz ishlashini tekshirish uchun {amount} o'tkazing, u qarz bilan qaytariladi."],
        },
    },
    "kk": {
        "sextortion": {
            "hook": ["Кеше бейне қоңырауда не істегеніңіз жазылып алынды, жазба менде.",
                     "Танысу қосымшасындағы хаттарыңыз бен жіберген суреттеріңіз менде сақталған."],
            "ask": ["Жазбаны туыстарыңызға жібермеуім үшін {amount} соманы осы картаға аударыңыз немесе {wallet} әмиянына USDT жіберіңіз.",
                    "Бүгін кешке дейін {amount} төлемесеңіз, бейне Telegram арналарына жарияланады. Әмиян: {wallet}"],
        },
        "loan": {
            "hook": ["Қосымшамыз арқылы 10 минутта микронесие, паспорт пен карта жеткілікті.",
                     "Несиеңіз мақұлданды, бірақ ақша сақтандыру полисі рәсімделгеннен кейін аударылады."],
            "ask": ["Полис үшін {amount} төлеңіз, ақша 5 минутта картаңызда: {link}",
                    "Картаңыздың жұмысын тексеру үшін {amount} аударыңыз, ол несиемен бірге қайтарылады."],
        },
    },
    "ky": {
        "sextortion": {
            "hook": ["Кечээ видео чалууда эмне кылганыңыз жазылып алынды, жазуу менде.",
                     "Таанышуу тиркемесиндеги кат алышууларыңыз жана жиберген сүрөттөрүңүз менде сакталган."],
            "ask": ["Жазууну туугандарыңызга жибербешим үчүн {amount} бул картага которуңуз же {wallet} капчыгына USDT жибериңиз.",
                    "Бүгүн кечке чейин {amount} төлөбөсөңүз, видео Telegram каналдарга жарыяланат. Капчык: {wallet}"],
        },
        "loan": {
            "hook": ["Тиркемебиз аркылуу 10 мүнөттө микрокредит, паспорт жана карта жетиштүү.",
                     "Кредитиңиз бекитилди, бирок акча камсыздандыруу полиси тариздегенден кийин которулат."],
            "ask": ["Полис үчүн {amount} төлөңүз, акча 5 мүнөттө картаңызда: {link}",
                    "Картаңыздын иштешин текшерүү үчүн {amount} которуңуз, ал кредит менен кошо кайтарылат."],
        },
    },
    "tg": {
        "sextortion": {
            "hook": ["Дирӯз он чи ки дар занги видеоӣ кардед, сабт шуд, сабт дар дасти ман аст.",
                     "Мукотибаҳои шумо дар барномаи шиносоӣ ва аксҳое, ки фиристодед, дар назди ман нигоҳ дошта шудаанд."],
            "ask": ["То ман сабтро ба хешовандонатон нафиристам, {amount}-ро ба ин корт гузаронед ё ба {wallet} USDT фиристед.",
                    "Агар то бегоҳ {amount} напардозед, видео дар каналҳои Telegram гузошта мешавад. Ҳамён: {wallet}"],
        },
        "lottery": {
            "hook": ["Ба муносибати 20-солагии оператори мобилии мо рақами шумо мошин бурд.",
                     "Дар бозии барномаи телевизионӣ рақами шумо интихоб шуд, ҷоиза {amount}."],
            "ask": ["Барои расмӣ кардани ҷоиза андози {amount}-ро ба ин ҳисоб гузаронед.",
                    "Ба оператор занг занед ва рамзеро, ки ба корти шумо омад, гӯед: {phone}"],
        },
        "loan": {
            "hook": ["Тавассути барномаи мо дар 10 дақиқа микроқарз, шиноснома ва корт кифоя аст.",
                     "Қарзи шумо тасдиқ шуд, аммо пул пас аз ба расмият даровардани полиси суғурта гузаронида мешавад."],
            "ask": ["Барои полис {amount} пардохт кунед, пул дар 5 дақиқа дар корти шумо: {link}",
                    "Барои санҷиши кори корт {amount} гузаронед, он бо қарз бармегардад."],
        },
    },
    "tk": {
        "sextortion": {
            "hook": ["Düýn wideo jaňda näme edeniňiz ýazga alyndy, ýazgy mende.",
                     "Tanyşlyk programmasyndaky hatlaşyklaryňyz we iberen suratlaryňyz mende saklanýar."],
            "ask": ["Ýazgyny garyndaşlaryňyza ibermezligim üçin {amount} şu karta geçiriň ýa-da {wallet} gapjygyna USDT iberiň.",
                    "Şu gün agşama çenli {amount} tölemeseňiz, wideo Telegram kanallarynda ýerleşdiriler. Gapjyk: {wallet}"],
        },
        "lottery": {
            "hook": ["Mobil operatorymyzyň 20 ýyllygy mynasybetli belgiňiz awtoulag utdy.",
                     "Teleýaýlym oýnunda belgiňiz saýlandy, baýrak {amount}."],
            "ask": ["Baýragy resmileşdirmek üçin {amount} salgydy şu hasaba geçiriň.",
                    "Operatora jaň ediň we kartyňyza gelen kody aýdyň: {phone}"],
        },
        "loan": {
            "hook": ["Programmamyz arkaly 10 minutda mikrokarz, pasport we kart ýeterlik.",
                     "Karzyňyz tassyklandy, ýöne pul ätiýaçlandyryş polisi resmileşdirilenden soň geçiriler."],
            "ask": ["Polis üçin {amount} töläň, pul 5 minutda kartyňyzda: {link}",
                    "Kartyňyzyň işleýşini barlamak üçin {amount} geçiriň, ol karz bilen gaýtarylar."],
        },
    },
}

for _lang, _more in MORE_CA2.items():
    SCAM[_lang] = {fam: {slot: vs + _more.get(fam, {}).get(slot, []) for slot, vs in slots.items()}
                   for fam, slots in SCAM[_lang].items()}

# The victim's earlier reply, quoted under a scam that continues a thread (shape "reply"); even variants
# development, odd held-out. QUOTE_HEAD introduces the quote as mail clients write it.
QUOTED = {
    "en": ["Thank you for writing back, I would like to know more.", "Hi, yes I got your message. What do I need to do?",
           "I am interested but I have never done this before.", "OK, I sent what you asked. When will I receive it?"],
    "ru": ["Спасибо, что ответили, хочу узнать подробнее.", "Да, сообщение получил. Что мне нужно сделать?",
           "Мне интересно, но я раньше такого не делала.", "Хорошо, отправил, что вы просили. Когда придёт?"],
    "ru-lat": ["Spasibo, chto otvetili, hochu uznat' podrobneye.", "Da, soobshcheniye poluchil. Chto mne delat'?",
               "Mne interesno, no ya ran'she takogo ne delala.", "Horosho, otpravil. Kogda pridet?"],
    "ru-en": ["Спасибо за reply, хочу узнать details.", "Да, message получил. Какие next steps?",
              "Интересно, но я раньше такого не делал.", "Ок, отправил. Когда будет payout?"],
    "uz": ["Javob berganingiz uchun rahmat, batafsil bilmoqchiman.", "Ha, xabaringizni oldim. Nima qilishim kerak?",
           "Qiziq, lekin oldin bunday qilmaganman.", "Yaxshi, so'raganingizni yubordim. Qachon keladi?"],
    "kk": ["Жауап бергеніңізге рақмет, толығырақ білгім келеді.", "Иә, хабарыңызды алдым. Не істеуім керек?",
           "Қызық, бірақ бұрын мұндай істемегенмін.", "Жарайды, сұрағаныңызды жібердім. Қашан келеді?"],
    "ky": ["Жооп бергениңиз үчүн рахмат, кененирээк билгим келет.", "Ооба, билдирүүңүздү алдым. Эмне кылышым керек?",
           "Кызык, бирок мурун мындай кылган эмесмин.", "Макул, сураганыңызды жөнөттүм. Качан келет?"],
    "tg": ["Ташаккур барои ҷавоб, мехоҳам муфассалтар донам.", "Бале, паёматонро гирифтам. Чӣ кор кунам?",
           "Ҷолиб аст, аммо қаблан ин корро накардаам.", "Хуб, он чиро, ки хостед, фиристодам. Кай мерасад?"],
    "tk": ["Jogap bereniňiz üçin sag boluň, giňişleýin bilesim gelýär.", "Hawa, habaryňyzy aldym. Näme etmeli?",
           "Gyzykly, ýöne öň beýle zat etmändim.", "Bolýar, soranyňyzy iberdim. Haçan geler?"],
    "de": ["Danke für Ihre Antwort, ich möchte mehr erfahren.", "Hallo, ja, Ihre Nachricht ist angekommen. Was muss ich tun?",
           "Ich bin interessiert, habe so etwas aber noch nie gemacht.", "Gut, ich habe es geschickt. Wann kommt es an?"],
    "tr": ["Cevabınız için teşekkürler, daha fazla bilgi almak isterim.", "Evet, mesajınızı aldım. Ne yapmam gerekiyor?",
           "İlgimi çekti ama daha önce böyle bir şey yapmadım.", "Tamam, istediğinizi gönderdim. Ne zaman gelir?"],
    "uk": ["Дякую за відповідь, хочу дізнатися більше.", "Так, повідомлення отримав. Що мені робити?",
           "Цікаво, але я раніше такого не робила.", "Добре, надіслав, що ви просили. Коли прийде?"],
}
QUOTE_HEAD = {"en": "On {date}, {who} wrote:", "ru": "{date}, {who} пишет:", "ru-lat": "{date}, {who} pishet:",
              "ru-en": "On {date}, {who} wrote:", "uz": "{date} kuni {who} yozdi:", "kk": "{date}, {who} жазды:",
              "ky": "{date}, {who} жазды:", "tg": "{date}, {who} навишт:", "tk": "{date}, {who} ýazdy:",
              "de": "Am {date} schrieb {who}:", "tr": "{date} tarihinde {who} şunu yazdı:", "uk": "{date}, {who} пише:"}

# A third scenario pair for German, Turkish and Ukrainian cells.
MORE_EU = {
    "de": {
        "sextortion": {
            "hook": ["Ich habe Ihr Videotelefonat von gestern aufgezeichnet, und Sie wissen genau, welches ich meine.",
                     "Ihre Chats aus der Dating-App und die Fotos, die Sie dort geschickt haben, liegen bei mir."],
            "ask": ["Damit Ihre Familie nichts davon sieht, überweisen Sie {amount} in Bitcoin an {wallet}.",
                    "Zahlen Sie bis heute Abend {amount}, sonst landet das Video in Telegram-Kanälen. Wallet: {wallet}"],
        },
        "parcel": {
            "hook": ["Für Ihre Sendung aus China fällt eine Einfuhrumsatzsteuer an, die noch nicht beglichen ist.",
                     "Ihr Paket konnte nicht in die Packstation gelegt werden, weil die Postnummer fehlt."],
            "ask": ["Begleichen Sie {amount} per Karte, damit wir morgen zustellen: {link}",
                    "Hinterlegen Sie Ihre Daten erneut und bestätigen Sie mit dem SMS-Code: {link}"],
        },
        "account-phish": {
            "hook": ["Aufgrund neuer EU-Richtlinien müssen alle Kunden ihr Online-Banking bis zum Monatsende neu legitimieren.",
                     "Ihre pushTAN-Registrierung läuft ab und muss erneuert werden."],
            "ask": ["Führen Sie die Legitimation hier durch, sonst wird der Zugang gesperrt: {link}",
                    "Erneuern Sie die Registrierung mit Ihren Zugangsdaten: {link}"],
        },
        "crypto": {
            "hook": ["Ein bekannter Unternehmer empfiehlt diese Plattform im Fernsehen, die Plätze sind begrenzt.",
                     "Ihr Krypto-Konto bei uns weist ein Guthaben von {amount} auf, das auf Auszahlung wartet."],
            "ask": ["Starten Sie mit nur 250 Euro, Ihr persönlicher Broker ruft Sie an: {link}",
                    "Für die Auszahlung ist eine Verifizierungsgebühr an {wallet} nötig."],
        },
    },
    "tr": {
        "sextortion": {
            "hook": ["Dün akşamki görüntülü görüşmenizi kaydettim, hangisinden bahsettiğimi biliyorsunuz.",
                     "Tanışma uygulamasındaki yazışmalarınız ve gönderdiğiniz fotoğraflar bende."],
            "ask": ["Aileniz görmesin istiyorsanız {amount} tutarını bitcoin olarak {wallet} adresine gönderin.",
                    "Bu akşama kadar {amount} ödemezseniz video Telegram kanallarına düşer. Cüzdan: {wallet}"],
        },
        "parcel": {
            "hook": ["Yurt dışından gelen paketiniz için gümrük beyannamesi eksik.",
                     "Kargonuz dağıtım şubesine ulaştı ancak adres doğrulaması yapılmadı."],
            "ask": ["Eksik bilgileri tamamlayıp {amount} işlem bedelini ödeyin: {link}",
                    "Adresinizi doğrulamak için bağlantıdaki formu doldurun: {link}"],
        },
        "account-phish": {
            "hook": ["e-Devlet şifrenizin süresi doldu, hesabınız kısıtlandı.",
                     "Mobil bankacılık uygulamanız için güvenlik güncellemesi gerekiyor."],
            "ask": ["Şifrenizi yenilemek için T.C. kimlik numaranız ve şifrenizle giriş yapın: {link}",
                    "Güncellemeyi tamamlamak için müşteri numaranızı ve SMS kodunu girin: {link}"],
        },
        "crypto": {
            "hook": ["Ünlü bir iş insanının önerdiği yapay zekâ destekli yatırım platformu Türkiye'de açıldı.",
                     "Hesabınızda çekilmeyi bekleyen {amount} bakiye var."],
            "ask": ["Sadece 250 dolarla başlayın, kişisel danışmanınız sizi arayacak: {link}",
                    "Çekim için doğrulama ücretini {wallet} adresine gönderin."],
        },
    },
    "uk": {
        "sextortion": {
            "hook": ["Я записав ваш учорашній відеодзвінок, і ви знаєте, про який я кажу.",
                     "Ваші листування в застосунку знайомств і фото, які ви туди надсилали, у мене."],
            "ask": ["Щоб ваша родина нічого не побачила, переведіть {amount} у біткоїнах на {wallet}.",
                    "Якщо до вечора не сплатите {amount}, відео з'явиться в Telegram-каналах. Гаманець: {wallet}"],
        },
        "parcel": {
            "hook": ["Ваше відправлення з-за кордону затримано: не вистачає митної декларації.",
                     "Посилка прибула у відділення, але номер телефону отримувача не підтверджено."],
            "ask": ["Заповніть декларацію та сплатіть {amount} за оформлення: {link}",
                    "Підтвердьте номер і дані картки для отримання: {link}"],
        },
        "account-phish": {
            "hook": ["Ваш акаунт у Дії потребує повторної верифікації через оновлення системи.",
                     "Для отримання державної допомоги потрібно підтвердити банківську картку."],
            "ask": ["Пройдіть верифікацію, увівши дані картки та CVV: {link}",
                    "Підтвердьте картку за посиланням протягом {hours} годин: {link}"],
        },
        "crypto": {
            "hook": ["Відомий бізнесмен порадив у ефірі інвестиційну платформу зі штучним інтелектом.",
                     "На вашому рахунку {amount}, які очікують виведення."],
            "ask": ["Почніть лише з 250 доларів, особистий брокер вам зателефонує: {link}",
                    "Для виведення сплатіть верифікаційний збір на {wallet}."],
        },
    },
}

for _lang, _more in MORE_EU.items():
    SCAM[_lang] = {fam: {slot: vs + _more.get(fam, {}).get(slot, []) for slot, vs in slots.items()}
                   for fam, slots in SCAM[_lang].items()}

# Greetings that fit a family better than the general ones (a lover does not write "Dear customer", an
# extortionist does not write "Dear winner"); even variants development, odd held-out.
FAMILY_GREET = {
    "romance": {
        "en": ["My dear,", "Hello sweetheart,", "Good morning my love,", "Darling,"],
        "ru": ["Милая моя,", "Привет, любимая!", "Доброе утро, родная,", "Дорогой мой,"],
        "uz": ["Azizim,", "Salom, jonim!"], "kk": ["Жаным,", "Сәлем, сүйіктім!"], "ky": ["Жаным,", "Салам, сүйүктүүм!"],
        "tg": ["Азизам,", "Салом, ҷонам!"], "tk": ["Janym,", "Salam, söýgülim!"], "uk": ["Кохана моя,", "Привіт, любий!"],
    },
    "sextortion": {
        "en": ["Hello,", "Listen carefully.", "Hi pervert,", "Greetings."],
        "ru": ["Привет.", "Слушай внимательно.", "Здравствуй, извращенец.", "Ну здравствуй."],
        "ru-lat": ["Privet.", "Slushay vnimatel'no."], "ru-en": ["Hello.", "Слушай внимательно."],
        "uz": ["Salom.", "Diqqat bilan o'qing."], "kk": ["Сәлем.", "Мұқият оқыңыз."], "ky": ["Салам.", "Көңүл коюп окуңуз."],
        "tg": ["Салом.", "Бодиққат хонед."], "tk": ["Salam.", "Üns bilen okaň."], "de": ["Hallo.", "Hören Sie gut zu."],
        "tr": ["Merhaba.", "Dikkatle okuyun."], "uk": ["Привіт.", "Слухай уважно."],
    },
}
