"""Third batch of scam pools (round 4, `batch: third`), written blind.

The author of this file never read the signature packs (signatures/*.yaml)
nor any detection result on these texts: it measures whether the packs know
the families, not the sentences of batches one and two. Written for this
project from what these scams are publicly known to say (fraud advisories,
what spam-filter rule families describe), in new phrasings: sums are often
missing, the ask comes in unusual words (settle, top up, unlock, clear,
gift-card codes, a voucher, a "verification deposit"), and the family is
sometimes only implied.

Slots per family: subj, hook, body, ask, optional ps (P.S. lines of long
items). Even-numbered variants are development, odd-numbered held-out.
Every family is in English and Russian; the other languages carry six
families each (FAMILIES below), spread so every family has four to seven
languages. Uzbek Cyrillic is transliterated from the Uzbek Latin pools.
"""

# Which families each language other than en/ru carries (uzc = uz, transliterated).
FAMILIES = {
    "de": ["sextortion", "advance-fee", "crypto", "fake-shop", "job", "tech-support"],
    "fr": ["sextortion", "advance-fee", "lottery", "romance", "parcel", "tech-support"],
    "es": ["blackmail", "advance-fee", "lottery", "loan", "romance", "job"],
    "tr": ["sextortion", "lottery", "loan", "crypto", "fake-shop", "parcel"],
    "uz": ["blackmail", "advance-fee", "loan", "crypto", "job", "parcel"],
    "kk": ["sextortion", "lottery", "romance", "fake-shop", "job", "tech-support"],
    "ky": ["blackmail", "advance-fee", "loan", "crypto", "romance", "parcel"],
    "tg": ["sextortion", "lottery", "loan", "fake-shop", "job", "tech-support"],
    "tk": ["blackmail", "advance-fee", "crypto", "romance", "fake-shop", "parcel"],
}

GREET = {
    "en": ["Attention please,", "Hello dear,", "Dear beneficiary,", "Hey there,", "To the account holder,", "Good evening,",
           "Dear valued customer,", "Hi friend,"],
    "ru": ["Добрый вечер.", "Приветствую вас!", "Уважаемый получатель,", "Здравствуйте, дорогой друг.",
           "Внимание, владелец аккаунта!", "Доброе утро,", "Уважаемый пользователь,", "Салют!"],
    "de": ["Guten Abend,", "Hallo zusammen,", "Sehr geehrter Kunde,", "Werter Empfänger,", "Moin,", "Liebe Grüße vorab,"],
    "fr": ["Bonsoir,", "Cher bénéficiaire,", "Coucou,", "Chère cliente, cher client,", "Bonjour à vous,", "Cher(e) ami(e),"],
    "es": ["Buenas tardes,", "Estimado beneficiario,", "¡Hola!", "Apreciado usuario,", "Saludos,", "Querida amiga,"],
    "tr": ["İyi akşamlar,", "Değerli üyemiz,", "Selam,", "Sayın alıcı,", "Merhabalar,", "Kıymetli dostum,"],
    "uz": ["Xayrli kech,", "Hurmatli foydalanuvchi,", "Assalomu alaykum, aziz do'st!", "Qadrli mijozimiz,", "Salom!",
           "Muhtaram qabul qiluvchi,"],
    "kk": ["Қайырлы кеш,", "Құрметті пайдаланушы,", "Салем!", "Ардақты досым,", "Армысыз!", "Құрметті алушы,"],
    "ky": ["Кутман кеч,", "Ардактуу колдонуучу,", "Салам!", "Кымбаттуу досум,", "Ассалоому алейкум!", "Урматтуу алуучу,"],
    "tg": ["Шоми хуш,", "Корбари азиз,", "Салом!", "Дӯсти азиз,", "Ассалому алейкум, ҷаноб!", "Гиранда мӯҳтарам,"],
    "tk": ["Agşamyňyz haýyrly bolsun,", "Hormatly ulanyjy,", "Salam, dostum!", "Gadyrly müşderimiz,", "Hoş gördük!",
           "Hormatly alyjy,"],
}

SIGN = {
    "en": ["Warm regards,\nDr. Helen Okafor", "Regards,\nClaims Desk", "God bless,\nRev. Samuel", "Yours truly,\nAgent Morris",
           "Cheers,\nTeam Lead", "In good faith,\nBarrister E. Nwosu", "Respectfully yours,\nSgt. Daniel Ross",
           "Speak soon,\nAmanda"],
    "ru": ["С почтением,\nАлександр Викторович", "Отдел выплат", "Храни вас Бог,\nотец Сергий", "Ваш агент,\nДенис",
           "До связи,\nКоманда проекта", "С уважением и надеждой,\nадвокат Гусев", "Ваша Светлана", "Обнимаю,\nЛена"],
    "de": ["Herzliche Grüße\nAnwalt Dr. Brenner", "Ihr Kundenservice", "Gruß\nMarkus", "Mit besten Grüßen\nAbteilung Auszahlung",
           "Freundlich\nIhre Petra", "Hochachtungsvoll\nNotariat"],
    "fr": ["Bien cordialement,\nMe Laurent", "Le service client", "À bientôt,\nNadia", "Avec mes salutations,\nBureau des paiements",
           "Bisous,\nCamille", "Respectueusement,\nDr Mensah"],
    "es": ["Un cordial saludo,\nAbogado Ruiz", "El equipo de atención", "Hasta pronto,\nLucía", "Atentamente,\nDepartamento de pagos",
           "Con cariño,\nSofía", "Respetuosamente,\nDr. Okoro"],
    "tr": ["Saygılarımızla,\nAvukat Demir", "Müşteri hizmetleri", "Görüşmek üzere,\nSelin", "İyi dileklerimle,\nÖdeme birimi",
           "Sevgilerle,\nDeniz", "Hürmetlerimle,\nDr. Kaya"],
    "uz": ["Hurmat ila,\nadvokat Karimov", "Mijozlarga xizmat ko'rsatish bo'limi", "Ko'rishguncha,\nMadina",
           "Eng ezgu tilaklar bilan,\nTo'lovlar bo'limi", "Mehr bilan,\nLola", "Chuqur hurmat bilan,\nDoktor Usmonov"],
    "kk": ["Құрметпен,\nзаңгер Ахметов", "Клиенттерге қызмет көрсету", "Кездескенше,\nМәдина", "Ізгі ниетпен,\nТөлем бөлімі",
           "Сағынышпен,\nАружан", "Терең құрметпен,\nдоктор Сейітов"],
    "ky": ["Урмат менен,\nадвокат Асанов", "Кардарларды тейлөө бөлүмү", "Көрүшкөнчө,\nАйгүл", "Жакшы тилек менен,\nТөлөм бөлүмү",
           "Сүйүү менен,\nНургүл", "Терең урмат менен,\nдоктор Бекмурзаев"],
    "tg": ["Бо эҳтироми зиёд,\nҳуқуқшинос Раҳимов", "Хадамоти мизоҷон", "То дидор,\nМеҳрона", "Бо орзуҳои нек,\nШӯъбаи пардохт",
           "Бо муҳаббат,\nНигина", "Бо эҳтиром,\nдоктор Саидов"],
    "tk": ["Hormatlamak bilen,\naklawçy Annaýew", "Müşderilere hyzmat bölümi", "Görüşýänçäk,\nMaýsa",
           "Iň gowy arzuwlar bilen,\nTöleg bölümi", "Söýgi bilen,\nGülälek", "Çuňňur hormat bilen,\ndoktor Orazow"],
}

EN = {
    "sextortion": {
        "subj": ["I know what you watched last Tuesday", "Your private video is ready to be shared",
                 "Security breach on your device - read carefully", "re: recording"],
        "hook": [
            "Some months ago I got into your laptop through a router hole and since then your camera has been filming for me.",
            "I have footage of you pleasuring yourself in front of the screen, side by side with the clip you were watching.",
            "Your phone leaked everything: contacts, chats and a rather intimate video captured by the front camera.",
            "I am a programmer who installed a small tool on an adult site you visited; it recorded you through the webcam.",
        ],
        "body": [
            "With one click this video goes to every friend, colleague and relative in your address book.",
            "I also copied your social media contacts, so your wife and your boss would be the first to see it.",
            "Changing your passwords will not help now, my software sits deeper than that and I see this message being opened.",
            "You can go to the police, but by the time they answer the material will already be online.",
        ],
        "ask": [
            "Move the equivalent of 1300 dollars in bitcoin to the wallet below and I will wipe the files for good.",
            "Buy BTC on any exchange, send it to my address, and you will never hear from me again.",
            "My price for silence is small; once the coins land I delete everything and uninstall the tool.",
            "You have 50 hours from the moment you read this; if the wallet stays empty, the upload starts automatically.",
        ],
        "ps": ["P.S. Do not reply to this mail, the sender address is spoofed.",
               "PS: a pixel in this letter told me you opened it, so the clock is running."],
    },
    "blackmail": {
        "subj": ["Your password is compromised", "A device has been planted in your building",
                 "Someone paid me to hurt you", "Final warning about your data"],
        "hook": [
            "Your old password is one I have, and I used it to pull your whole mailbox and cloud photos.",
            "An explosive device is hidden inside your office and it will go off unless my terms are met.",
            "I was hired to eliminate you; the client already paid half, but I am willing to change sides.",
            "Your company database is encrypted and a copy of your customer files is sitting on my server.",
        ],
        "body": [
            "I am not a person who makes empty threats; my people are watching the entrances.",
            "If you call the police, the deal is off and the job will be finished within a day.",
            "Your clients will receive their own records together with a note about how careless you were.",
            "Look at the subject line of this mail: that is a password you used, so you know I am serious.",
        ],
        "ask": [
            "Pay the ransom in bitcoin by tomorrow evening and the device will be deactivated remotely.",
            "Transfer the amount I ask and I will give you the name of the person who ordered your death.",
            "Deposit the fee into this wallet and you will get the decryption key and proof that the copy is gone.",
            "Send the coins, then reply with the transaction ID so I can confirm and call it off.",
        ],
        "ps": ["P.S. Leaving the building will not save you; this is not the only one."],
    },
    "advance-fee": {
        "subj": ["Confidential proposal from a dying widow", "Diplomatic consignment awaiting delivery",
                 "Unclaimed estate of a late client", "Compensation fund approved in your favour"],
        "hook": [
            "I am a widow suffering from cancer and my doctors give me weeks; I want my late husband's deposit to go to charity through you.",
            "A diplomat carrying a sealed consignment box registered in your name is stuck at the airport.",
            "My late client died with his whole family in a crash and left no next of kin, so I am searching for someone with his surname.",
            "The United Nations victims compensation programme has listed your name among people owed a settlement.",
        ],
        "body": [
            "The funds are kept in a security company vault and only need a trusted foreign partner to be released.",
            "This transaction is risk free and fully legal; my lawyer will prepare every document.",
            "You will keep forty percent for your help and the rest will build orphanages in my country.",
            "Everything must stay strictly secret until the funds reach your account.",
        ],
        "ask": [
            "Reply with your full name, private phone and home address so the lawyer can draft the change of beneficiary.",
            "Only the clearance and stamp duty certificate remains; kindly cover it so the diplomat can deliver.",
            "Forward a copy of your passport and the small processing charge to activate the transfer.",
            "Contact the paying officer and settle the anti-terrorism certificate, then the release happens the same day.",
        ],
        "ps": ["P.S. Please do not tell anyone about this yet, my husband's relatives must not know.",
               "Note: a free courier delivery will be arranged once the fee is confirmed."],
    },
    "lottery": {
        "subj": ["Congratulations! Prize reference MX-4471", "You are our lucky winner",
                 "Payout approval letter", "Your reward is waiting - claim before Friday"],
        "hook": [
            "Your email was one of five picked in the international online raffle organised by a group of sponsors.",
            "The management is happy to announce that you have won a brand new car in our subscriber anniversary giveaway.",
            "A random computer ballot selected your phone number as a winner of the cash jackpot.",
            "Lucky you: your name came first in the customer reward draw and a prize is now reserved for you.",
        ],
        "body": [
            "No ticket was purchased; the winning addresses were generated from a worldwide database.",
            "The winnings are insured and will be released by our foreign remittance bank.",
            "Due to mix-ups we ask every winner to keep this award away from the public.",
            "Your batch number and lucky number are listed on the attached certificate.",
        ],
        "ask": [
            "Kindly remit the courier and insurance charge so the cheque can be dispatched to you.",
            "To unlock the prize you only need to cover the legal clearance, which cannot be deducted from the winnings.",
            "Send your details to the fiduciary agent and follow his instructions for the release.",
            "Buy a gift card for the registration fee and send the code from the back of the card.",
        ],
        "ps": ["P.S. Claims not made within ten working days will be cancelled."],
    },
    "loan": {
        "subj": ["Approved: cash loan with no credit check", "Financing available to you today",
                 "Bad credit? You still qualify", "Private lender - fast funding"],
        "hook": [
            "We are private investors lending to individuals and small firms at a fixed rate of 1.5 percent a year.",
            "Even with a refused application at your bank, our fund approves loans within hours.",
            "Need money for debts, a car or a business? We give credit to anyone, no collateral and no questions.",
            "Your loan request has been pre-approved and the money can be on your card tomorrow.",
        ],
        "body": [
            "We do not look at your credit history and do not need guarantors.",
            "Repayment is spread over up to thirty years with a low monthly instalment.",
            "Funds are disbursed by wire anywhere in the world after signing the agreement.",
            "Thousands of clients have already been helped; see the testimonials on our page.",
        ],
        "ask": [
            "To release the funds, the first instalment of insurance must be paid upfront.",
            "Write to our credit officer on WhatsApp and pay the file opening fee to start.",
            "Top up the guarantee deposit on your new account and the loan will be unlocked.",
            "Send a photo of your ID and your card number so we can register the transfer.",
        ],
    },
    "crypto": {
        "subj": ["Elon's giveaway is live: double your coins", "This platform pays 4% a day",
                 "Your trading account has profits to withdraw", "Last chance to join the token presale"],
        "hook": [
            "To celebrate the launch, the foundation returns twice the amount of any ETH or BTC sent to the event address.",
            "Our arbitrage bot made members a steady profit every day this month, with zero losses.",
            "Your account on our platform holds 0.84 BTC of profit ready to withdraw.",
            "A new token lists on major exchanges next week and early buyers will see ten times the price.",
        ],
        "body": [
            "The offer is limited to the first 5000 participants, after that the event closes.",
            "Our analysts manage the trades for you; you just watch the balance grow.",
            "Withdrawals are processed within minutes, fully guaranteed by our insurance fund.",
            "Celebrities and bankers are already quietly investing in it.",
        ],
        "ask": [
            "Send between 0.1 and 20 BTC to the address and receive double back automatically.",
            "Start with a minimum deposit of 250 and your personal manager will guide you step by step.",
            "To withdraw, first pay the network unlock fee in USDT to the wallet provided.",
            "Connect your wallet on our site and approve the transaction to claim your allocation.",
        ],
        "ps": ["P.S. Transactions sent after the event has ended will not be returned."],
    },
    "romance": {
        "subj": ["I could not stop thinking about you", "my love, please read this", "Hello handsome",
                 "A message from Syria"],
        "hook": [
            "I saw your profile by chance and something told me you are the kind, honest man I have been praying for.",
            "I am a US army surgeon serving on a peacekeeping mission and I feel so lonely out here.",
            "My darling, since our chat I cannot sleep; I think we were meant to meet.",
            "I am an engineer working on an oil platform at sea and my contract ends next month.",
        ],
        "body": [
            "My bank account is frozen here and I cannot reach my savings until I return.",
            "I have a gold trading business and I would love to teach you how I make a good income on it.",
            "My daughter is with her nanny in London and I miss her every night.",
            "When I come to you we will start a new life together, I promise.",
        ],
        "ask": [
            "Could you help me with the flight ticket and the leave fee? I will pay you back the moment I land.",
            "Please send me an iTunes card so I can keep my phone on and talk to you.",
            "The customs want a fee for my package of gold and documents; can you pay it for me, my love?",
            "Open an account on the trading app I use and deposit a little, I will show you how to grow it.",
        ],
        "ps": ["P.S. Please don't tell your family about us yet, they won't understand."],
    },
    "fake-shop": {
        "subj": ["Face masks and rapid tests in stock - bulk price", "Designer bags -90% clearance",
                 "Miracle supplement: sold out everywhere else", "Last 3 consoles at wholesale price"],
        "hook": [
            "We have certified masks, gloves and antigen tests in stock, ready to ship in any quantity.",
            "A natural remedy that cures the virus and boosts immunity in three days is available without prescription.",
            "Brand handbags and watches straight from the factory, original quality, ninety percent under retail.",
            "Games consoles that are sold out everywhere: we still have a few units at wholesale cost.",
        ],
        "body": [
            "Because of high demand we accept only prepayment; card processing is suspended.",
            "Delivery takes three to five days worldwide and a tracking code is provided after payment.",
            "Stock is very limited, prices go up tomorrow.",
            "Hospitals and pharmacies order from us, so you are in good hands.",
        ],
        "ask": [
            "Secure your order by paying via bank transfer or crypto to the account our manager sends.",
            "Pay with Western Union or MoneyGram and email us the control number.",
            "Order in our chat today and pay half now, half when the tracking number arrives.",
            "Send the full amount by instant transfer and mention the invoice number as the reference.",
        ],
    },
    "job": {
        "subj": ["Remote position: payment processing assistant", "Earn 500 a week from home",
                 "Your CV was shortlisted", "Part-time job: like videos, get paid"],
        "hook": [
            "Our company is hiring a local representative to receive customer payments into a personal account.",
            "Earn good money from home liking videos and rating hotels; no experience needed.",
            "We reviewed your CV and would like to offer you a role as a financial assistant, two hours a day.",
            "We need people in your country to receive transfers and forward them to our suppliers.",
        ],
        "body": [
            "You keep ten percent of every transfer as your salary.",
            "The work is flexible and can be done from a phone.",
            "There is no interview; training is given by a mentor in our chat.",
            "Payments arrive from customers and have to be passed on within 24 hours.",
        ],
        "ask": [
            "Send us your bank login and a copy of your ID so we can set up your payroll.",
            "To activate your work account you need to top it up first; the deposit is returned with your first salary.",
            "Reply with your account number and we will send the first transfer today.",
            "Buy the starter package of tasks to unlock higher commissions.",
        ],
    },
    "parcel": {
        "subj": ["Delivery suspended: unpaid duty", "Your parcel is on hold", "Customs notice",
                 "We could not deliver your shipment"],
        "hook": [
            "Your parcel from an overseas seller is being held because a small customs duty was not paid.",
            "Delivery of your order is suspended: the address label is incomplete.",
            "The courier tried to deliver your package but it needs a confirmation of the shipping fee.",
            "A package was sent to you but the declared value exceeded the duty-free limit.",
        ],
        "body": [
            "Parcels left unclaimed will be returned after three days.",
            "A storage charge is added for every day after the deadline.",
            "Your tracking number is suspended until the payment is confirmed.",
            "This is the second and final notice for this shipment.",
        ],
        "ask": [
            "Settle the 1.99 fee through our secure page to schedule delivery.",
            "Update your details and pay the clearance charge with your debit card.",
            "Click below, enter your card and the code from your bank to release the parcel.",
            "Reply to this message with Y, then open the link again to complete the payment.",
        ],
    },
    "tech-support": {
        "subj": ["Your PC is blocked", "Virus detected - call support now", "Subscription renewal: refund available",
                 "Your account will be suspended"],
        "hook": [
            "Windows has detected a serious virus on your computer and your files and bank data are exposed.",
            "Your antivirus subscription was renewed for 399 dollars; if you did not authorise this, you can get a refund.",
            "Your computer was used to access illegal content and has been locked by the security center.",
            "We detected suspicious logins on your Apple ID from another country.",
        ],
        "body": [
            "Do not restart or shut down the computer or data will be lost.",
            "Your IP address has been logged and will be reported if you don't act.",
            "Only a certified technician can remove the threat remotely.",
            "Refunds are processed by our billing department only by phone.",
        ],
        "ask": [
            "Call the toll free number on this page immediately to speak with a certified technician.",
            "Install the remote assistance tool and share the access code with our agent.",
            "Log into your online banking while our technician is connected so the refund can be applied.",
            "Pay the support fee with gift cards to unlock your computer.",
        ],
    },
}

RU = {
    "sextortion": {
        "subj": ["Я знаю, чем ты занимался вечером", "Твоё видео у меня", "Взлом вашего устройства", "Последнее предупреждение"],
        "hook": [
            "Полгода назад я взломал твой роутер, и с тех пор камера твоего ноутбука снимает для меня.",
            "У меня есть запись, где ты удовлетворяешь себя перед экраном, а рядом ролик, который ты смотрел.",
            "Твой телефон заражён моей программой: контакты, переписка и очень личное видео с фронтальной камеры уже у меня.",
            "Я программист, на сайте для взрослых, куда ты заходил, стоял мой скрипт, он включил твою веб-камеру.",
        ],
        "body": [
            "Одним нажатием я разошлю это видео всем твоим друзьям, коллегам и родственникам.",
            "Список твоих контактов из соцсетей у меня, так что жена и начальник увидят всё первыми.",
            "Смена паролей уже не поможет, я вижу, что ты сейчас открыл это письмо.",
            "Можешь обратиться в полицию, но пока они ответят, запись уже будет в сети.",
        ],
        "ask": [
            "Переведи на мой кошелёк сумму в биткоинах, и я навсегда удалю файлы.",
            "Купи BTC на любой бирже, отправь на адрес ниже, и больше ты обо мне не услышишь.",
            "Моя цена за молчание невелика: как только монеты придут, я всё сотру.",
            "У тебя 48 часов с момента прочтения; если кошелёк останется пустым, загрузка начнётся сама.",
        ],
        "ps": ["P.S. Не отвечай на это письмо, адрес отправителя подделан.",
               "P.S. Пиксель в письме сообщил мне, что ты его открыл, таймер запущен."],
    },
    "blackmail": {
        "subj": ["Ваш пароль у меня", "В здании заложено взрывное устройство", "Заказ на вас", "Ваши данные зашифрованы"],
        "hook": [
            "Ваш старый пароль у меня, и с его помощью я выгрузил всю вашу почту и облачные фото.",
            "В вашем офисе спрятана бомба, и она сработает, если мои условия не будут выполнены.",
            "Меня наняли, чтобы убрать вас; заказчик уже заплатил половину, но я готов перейти на вашу сторону.",
            "Ваша база клиентов зашифрована, а копия документов лежит на моём сервере.",
        ],
        "body": [
            "Я не бросаю слов на ветер, мои люди следят за входами.",
            "Обратитесь в полицию, и сделка отменяется, работа будет доведена до конца за сутки.",
            "Ваши клиенты получат свои данные вместе с письмом о вашей беспечности.",
            "Посмотрите на тему письма: это ваш пароль, так что вы понимаете, что я не шучу.",
        ],
        "ask": [
            "Оплатите выкуп в биткоинах до завтрашнего вечера, и устройство будет отключено дистанционно.",
            "Переведите сумму, и я назову имя того, кто заказал вашу смерть.",
            "Внесите плату на этот кошелёк, и вы получите ключ расшифровки и доказательство удаления копии.",
            "Отправьте монеты и пришлите номер транзакции в ответ, чтобы я всё отменил.",
        ],
        "ps": ["P.S. Эвакуация не поможет, это не единственное здание."],
    },
    "advance-fee": {
        "subj": ["Конфиденциальное предложение от вдовы", "Дипломатический груз на ваше имя", "Наследство без наследников",
                 "Вам назначена компенсация"],
        "hook": [
            "Я вдова, у меня неизлечимая болезнь, и я хочу через вас передать вклад покойного мужа на благотворительность.",
            "Дипломат с опечатанным грузом, оформленным на ваше имя, задержан в аэропорту.",
            "Мой клиент погиб вместе с семьёй и не оставил наследников, поэтому я ищу человека с его фамилией.",
            "Фонд компенсаций пострадавшим от мошенников внёс вас в список получателей выплаты.",
        ],
        "body": [
            "Средства хранятся в сейфе охранной компании, и для их выдачи нужен надёжный иностранный партнёр.",
            "Сделка абсолютно законна и без риска, все документы подготовит мой юрист.",
            "Вы оставите себе сорок процентов за помощь, остальное пойдёт на детские дома.",
            "До поступления денег на ваш счёт всё должно оставаться в тайне.",
        ],
        "ask": [
            "Ответьте, указав полное имя, личный телефон и адрес, чтобы юрист переоформил получателя.",
            "Осталось лишь оплатить сертификат о таможенной очистке, чтобы дипломат доставил груз.",
            "Пришлите копию паспорта и небольшой сбор за оформление, чтобы активировать перевод.",
            "Свяжитесь с уполномоченным по выплатам и внесите пошлину за справку, тогда выплата пройдёт в тот же день.",
        ],
        "ps": ["P.S. Пока никому не рассказывайте, родственники мужа не должны знать.",
               "Доставка курьером бесплатна после подтверждения оплаты сбора."],
    },
    "lottery": {
        "subj": ["Поздравляем! Номер выигрыша 7731", "Вы наш счастливый победитель", "Решение о выплате приза",
                 "Ваш подарок ждёт до пятницы"],
        "hook": [
            "Ваш адрес оказался среди пяти выбранных в международной онлайн-лотерее спонсоров.",
            "Руководство радо сообщить, что вы выиграли новый автомобиль в юбилейном розыгрыше среди подписчиков.",
            "Компьютерная жеребьёвка выбрала ваш номер телефона победителем денежного джекпота.",
            "Вам повезло: ваше имя выпало первым в розыгрыше для покупателей, подарок закреплён за вами.",
        ],
        "body": [
            "Билет покупать не требовалось, выигрышные адреса выбраны из всемирной базы.",
            "Выигрыш застрахован и будет перечислен нашим зарубежным банком.",
            "Во избежание путаницы просим победителей не рассказывать о призе посторонним.",
            "Номер партии и счастливое число указаны в прилагаемом сертификате.",
        ],
        "ask": [
            "Просим оплатить доставку и страховку, чтобы чек был отправлен вам.",
            "Для разблокировки приза нужно покрыть юридическое оформление, его нельзя удержать из выигрыша.",
            "Отправьте свои данные агенту по выплатам и следуйте его указаниям.",
            "Пополните счёт на сумму регистрационного взноса и пришлите фото квитанции.",
        ],
        "ps": ["P.S. Заявки, не поданные в течение десяти рабочих дней, аннулируются."],
    },
    "loan": {
        "subj": ["Одобрено: займ без проверки кредитной истории", "Деньги доступны вам сегодня",
                 "Плохая кредитная история? Всё равно дадим", "Частный инвестор - быстрое финансирование"],
        "hook": [
            "Мы частные инвесторы и выдаём займы физическим лицам и фирмам под фиксированные 1,5 процента годовых.",
            "Даже если банк отказал, наш фонд одобряет займы за пару часов.",
            "Нужны деньги на долги, машину или бизнес? Кредитуем всех, без залога и лишних вопросов.",
            "Ваша заявка предварительно одобрена, деньги могут поступить на карту уже завтра.",
        ],
        "body": [
            "Кредитную историю не смотрим, поручители не нужны.",
            "Погашение растягивается до тридцати лет с небольшим ежемесячным платежом.",
            "Средства перечисляются в любую страну сразу после подписания договора.",
            "Мы уже помогли тысячам клиентов, отзывы на нашей странице.",
        ],
        "ask": [
            "Чтобы получить средства, сначала оплатите первый взнос за страховку.",
            "Напишите нашему кредитному специалисту в вотсап и оплатите открытие дела.",
            "Пополните гарантийный депозит на новом счёте, и займ будет разблокирован.",
            "Пришлите фото паспорта и номер карты, чтобы мы оформили перевод.",
        ],
    },
    "crypto": {
        "subj": ["Раздача от Илона: удвойте монеты", "Платформа платит 4% в день", "На вашем счёте прибыль к выводу",
                 "Последний шанс попасть на пресейл токена"],
        "hook": [
            "В честь запуска фонд возвращает вдвое больше любой суммы ETH или BTC, отправленной на адрес акции.",
            "Наш арбитражный бот весь месяц приносил участникам стабильный доход каждый день без убытков.",
            "На вашем аккаунте нашей платформы скопилось 0,84 BTC прибыли, готовой к выводу.",
            "Новый токен выходит на крупные биржи на следующей неделе, первые покупатели получат десятикратный рост.",
        ],
        "body": [
            "Акция ограничена первыми 5000 участниками, затем она закрывается.",
            "Сделки за вас совершают наши аналитики, вам остаётся следить за ростом баланса.",
            "Вывод занимает несколько минут и полностью гарантирован страховым фондом.",
            "Знаменитости и банкиры уже тихо вкладываются в проект.",
        ],
        "ask": [
            "Отправьте от 0,1 до 20 BTC на адрес и автоматически получите вдвое больше.",
            "Начните с минимального депозита 250 долларов, личный менеджер проведёт вас по шагам.",
            "Для вывода сначала оплатите комиссию за разблокировку в USDT на указанный кошелёк.",
            "Подключите кошелёк на нашем сайте и подтвердите транзакцию, чтобы забрать свою долю.",
        ],
        "ps": ["P.S. Переводы после окончания акции не возвращаются."],
    },
    "romance": {
        "subj": ["Не могу перестать думать о тебе", "Любимый, прочти, пожалуйста", "Привет, красавчик",
                 "Письмо из командировки"],
        "hook": [
            "Я случайно увидела твою анкету, и сердце подсказало, что ты тот добрый и честный мужчина, о котором я мечтала.",
            "Я военный хирург из США, служу в миротворческой миссии, и мне здесь очень одиноко.",
            "Дорогой мой, после нашей переписки я не могу уснуть, мы созданы друг для друга.",
            "Я инженер на нефтяной платформе в море, мой контракт заканчивается в следующем месяце.",
        ],
        "body": [
            "Мой счёт здесь заморожен, и я не могу добраться до сбережений, пока не вернусь.",
            "У меня бизнес на торговле золотом, и я хочу научить тебя хорошо на нём зарабатывать.",
            "Моя дочка осталась с няней в Лондоне, я скучаю по ней каждую ночь.",
            "Когда я приеду к тебе, мы начнём новую жизнь вместе, обещаю.",
        ],
        "ask": [
            "Помоги мне с билетом и оплатой отпуска? Я всё верну, как только прилечу.",
            "Пожалуйста, пришли мне подарочную карту, чтобы я мог оплатить связь и говорить с тобой.",
            "Таможня требует сбор за мою посылку с золотом и документами, можешь оплатить его за меня, любимый?",
            "Зарегистрируйся в приложении для трейдинга, которым я пользуюсь, и внеси немного, я покажу, как приумножить.",
        ],
        "ps": ["P.S. Пока не говори семье о нас, они не поймут."],
    },
    "fake-shop": {
        "subj": ["Маски и экспресс-тесты в наличии - оптовая цена", "Брендовые сумки -90%", "Чудо-средство: везде раскупили",
                 "Последние 3 приставки по оптовой цене"],
        "hook": [
            "В наличии сертифицированные маски, перчатки и тесты на антиген, отгружаем любые объёмы.",
            "Натуральное средство, излечивающее вирус и укрепляющее иммунитет за три дня, продаётся без рецепта.",
            "Брендовые сумки и часы напрямую с фабрики, оригинальное качество, на девяносто процентов дешевле магазина.",
            "Игровые приставки, которых нигде нет: у нас осталось несколько штук по оптовой цене.",
        ],
        "body": [
            "Из-за большого спроса работаем только по предоплате, приём карт приостановлен.",
            "Доставка три-пять дней по всему миру, трек-код после оплаты.",
            "Товара очень мало, завтра цены вырастут.",
            "У нас закупаются больницы и аптеки, так что вы в надёжных руках.",
        ],
        "ask": [
            "Закрепите заказ, оплатив банковским переводом или криптовалютой на реквизиты, которые пришлёт менеджер.",
            "Оплатите через Золотую Корону или Western Union и пришлите нам контрольный номер.",
            "Оформите заказ в нашем чате сегодня: половину сейчас, половину после получения трек-номера.",
            "Переведите полную сумму мгновенным переводом, в назначении укажите номер счёта.",
        ],
    },
    "job": {
        "subj": ["Удалённая вакансия: помощник по обработке платежей", "Зарабатывайте 50 000 в неделю из дома",
                 "Ваше резюме отобрано", "Подработка: ставь лайки - получай деньги"],
        "hook": [
            "Наша компания ищет представителя, который будет принимать платежи клиентов на личный счёт.",
            "Хороший заработок из дома: лайкайте видео и оценивайте отели, опыт не нужен.",
            "Мы рассмотрели ваше резюме и предлагаем должность финансового ассистента, два часа в день.",
            "Нужны люди в вашем городе, чтобы получать переводы и пересылать их нашим поставщикам.",
        ],
        "body": [
            "Десять процентов с каждого перевода вы оставляете себе как зарплату.",
            "Гибкий график, работать можно с телефона.",
            "Собеседования нет, обучение проводит наставник в нашем чате.",
            "Платежи приходят от клиентов, и их нужно переслать в течение суток.",
        ],
        "ask": [
            "Пришлите логин от онлайн-банка и копию паспорта, чтобы мы оформили выплаты.",
            "Для активации рабочего аккаунта его нужно сначала пополнить, депозит вернётся с первой зарплатой.",
            "Ответьте номером счёта, и мы сегодня же отправим первый перевод.",
            "Купите стартовый пакет заданий, чтобы открыть повышенные комиссии.",
        ],
    },
    "parcel": {
        "subj": ["Доставка приостановлена: не оплачена пошлина", "Ваша посылка задержана", "Таможенное уведомление",
                 "Не удалось доставить отправление"],
        "hook": [
            "Ваша посылка от зарубежного продавца задержана, так как не оплачена небольшая таможенная пошлина.",
            "Доставка вашего заказа приостановлена: адрес на этикетке неполный.",
            "Курьер пытался доставить ваш пакет, но требуется подтверждение оплаты доставки.",
            "На ваше имя отправлена посылка, но заявленная стоимость превышает беспошлинный лимит.",
        ],
        "body": [
            "Невостребованные посылки возвращаются через три дня.",
            "За каждый день после срока начисляется плата за хранение.",
            "Трек-номер заблокирован до подтверждения оплаты.",
            "Это второе и последнее уведомление по данному отправлению.",
        ],
        "ask": [
            "Оплатите сбор 89 рублей на защищённой странице, чтобы назначить доставку.",
            "Обновите данные и оплатите таможенное оформление банковской картой.",
            "Нажмите ниже, введите карту и код из СМС банка, чтобы выпустить посылку.",
            "Ответьте на это сообщение цифрой 1, затем снова откройте ссылку и завершите оплату.",
        ],
    },
    "tech-support": {
        "subj": ["Ваш компьютер заблокирован", "Обнаружен вирус - позвоните в поддержку", "Продление подписки: доступен возврат",
                 "Ваш аккаунт будет приостановлен"],
        "hook": [
            "Windows обнаружила на вашем компьютере опасный вирус, ваши файлы и банковские данные под угрозой.",
            "Ваша подписка на антивирус продлена за 29 990 рублей; если вы её не оформляли, можно вернуть деньги.",
            "С вашего компьютера был доступ к запрещённым материалам, и он заблокирован центром безопасности.",
            "Мы заметили подозрительные входы в ваш Apple ID из другой страны.",
        ],
        "body": [
            "Не перезагружайте и не выключайте компьютер, иначе данные будут потеряны.",
            "Ваш IP-адрес зафиксирован и будет передан в органы, если вы не примете меры.",
            "Удалить угрозу удалённо может только сертифицированный специалист.",
            "Возврат оформляет наш отдел биллинга только по телефону.",
        ],
        "ask": [
            "Немедленно позвоните по бесплатному номеру на этой странице, чтобы поговорить со специалистом.",
            "Установите программу удалённого доступа и сообщите код нашему сотруднику.",
            "Войдите в онлайн-банк, пока наш техник подключён, чтобы зачислить возврат.",
            "Оплатите услуги поддержки подарочными картами, чтобы разблокировать компьютер.",
        ],
    },
}

DE = {
    "sextortion": {
        "subj": ["Ich habe dich gefilmt", "Dein Gerät gehört mir"],
        "hook": [
            "Über eine Lücke in deinem Router habe ich seit Monaten Zugriff auf deinen Rechner und deine Kamera.",
            "Ich besitze ein Video, auf dem du dich beim Anschauen eines Erwachsenenfilms selbst befriedigst.",
            "Auf einer Pornoseite, die du besucht hast, lief mein Programm und hat deine Webcam eingeschaltet.",
            "Alle deine Kontakte, Chats und ein sehr privates Video von der Frontkamera liegen auf meinem Server.",
        ],
        "body": [
            "Mit einem Klick schicke ich die Aufnahme an deine Familie, deine Kollegen und deinen Chef.",
            "Passwörter ändern bringt nichts mehr, ich sehe, dass du diese Nachricht gerade öffnest.",
        ],
        "ask": [
            "Überweise den Gegenwert von 1200 Euro in Bitcoin an die Adresse unten, dann lösche ich alles.",
            "Kauf dir BTC bei einer Börse und schick sie an meine Wallet, danach hörst du nie wieder von mir.",
            "Du hast zwei Tage; bleibt das Wallet leer, geht das Video automatisch raus.",
            "Mein Schweigen kostet nicht viel, sobald die Coins da sind, verschwinden die Dateien.",
        ],
    },
    "advance-fee": {
        "subj": ["Vertrauliches Anliegen einer Witwe", "Entschädigungszahlung genehmigt"],
        "hook": [
            "Ich bin eine schwerkranke Witwe und möchte das Vermögen meines verstorbenen Mannes über Sie einem guten Zweck zukommen lassen.",
            "Ein Diplomat mit einer versiegelten Sendung auf Ihren Namen wartet am Flughafen auf die Freigabe.",
            "Ein Mandant von mir ist ohne Erben verstorben, und Sie tragen denselben Nachnamen wie er.",
            "Der internationale Entschädigungsfonds für Betrugsopfer hat Ihnen eine Auszahlung zugesprochen.",
        ],
        "body": [
            "Das Geschäft ist vollkommen legal und ohne Risiko, mein Anwalt erledigt alle Unterlagen.",
            "Sie erhalten vierzig Prozent für Ihre Hilfe, der Rest geht an Waisenhäuser.",
        ],
        "ask": [
            "Antworten Sie mit vollständigem Namen, privater Telefonnummer und Anschrift, damit die Begünstigung geändert wird.",
            "Es fehlt nur noch die Gebühr für das Freigabezertifikat, bitte begleichen Sie diese zeitnah.",
            "Senden Sie eine Ausweiskopie und die kleine Bearbeitungsgebühr, um die Überweisung zu aktivieren.",
            "Wenden Sie sich an den Auszahlungsbeauftragten und tragen Sie die Stempelgebühr, dann geht das Geld noch am selben Tag raus.",
        ],
    },
    "crypto": {
        "subj": ["Bitcoin-Verdopplung nur heute", "Ihr Depot hat Gewinne zur Auszahlung"],
        "hook": [
            "Zum Start der Plattform verdoppeln wir jede Einzahlung in BTC oder ETH, die an die Aktionsadresse geht.",
            "Unser Handelsroboter erzielt jeden Tag sichere Gewinne, ganz ohne Verluste.",
            "Auf Ihrem Konto bei uns liegen 0,6 BTC Gewinn, die auf Auszahlung warten.",
            "Ein neuer Token kommt nächste Woche an die großen Börsen, Frühkäufer verzehnfachen ihren Einsatz.",
        ],
        "body": [
            "Prominente und Banker investieren bereits im Stillen.",
            "Unsere Analysten handeln für Sie, Sie sehen nur das Guthaben wachsen.",
        ],
        "ask": [
            "Senden Sie zwischen 0,1 und 10 BTC und erhalten Sie automatisch das Doppelte zurück.",
            "Starten Sie mit einer Mindesteinlage von 250 Euro, Ihr persönlicher Berater begleitet Sie.",
            "Für die Auszahlung zahlen Sie zuerst die Freischaltgebühr in USDT an die angegebene Wallet.",
            "Verbinden Sie Ihre Wallet auf unserer Seite und bestätigen Sie die Transaktion.",
        ],
    },
    "fake-shop": {
        "subj": ["FFP2-Masken und Schnelltests sofort lieferbar", "Markentaschen -90% Räumungsverkauf"],
        "hook": [
            "Wir haben zertifizierte Masken, Handschuhe und Antigentests auf Lager, in jeder Menge lieferbar.",
            "Ein natürliches Mittel, das das Virus in drei Tagen heilt, gibt es bei uns ohne Rezept.",
            "Markentaschen und Uhren direkt ab Fabrik, Originalqualität, neunzig Prozent unter dem Ladenpreis.",
            "Ausverkaufte Spielkonsolen: wir haben noch wenige Stück zum Großhandelspreis.",
        ],
        "body": [
            "Wegen hoher Nachfrage nur Vorkasse, Kartenzahlung ist vorübergehend deaktiviert.",
            "Der Bestand ist sehr knapp, ab morgen steigen die Preise.",
        ],
        "ask": [
            "Sichern Sie Ihre Bestellung per Überweisung oder Krypto auf das Konto, das unser Verkäufer schickt.",
            "Zahlen Sie per Western Union und mailen Sie uns die Kontrollnummer.",
            "Bestellen Sie im Chat und zahlen Sie die Hälfte sofort, den Rest nach Erhalt der Sendungsnummer.",
            "Überweisen Sie den vollen Betrag per Echtzeitüberweisung mit der Rechnungsnummer als Verwendungszweck.",
        ],
    },
    "job": {
        "subj": ["Heimarbeit als Zahlungsassistent", "Ihr Lebenslauf hat uns überzeugt"],
        "hook": [
            "Unsere Firma sucht einen Vertreter in Deutschland, der Kundenzahlungen auf sein Privatkonto annimmt.",
            "Verdienen Sie von zu Hause mit dem Liken von Videos und Hotelbewertungen, ohne Vorkenntnisse.",
            "Wir bieten Ihnen eine Stelle als Finanzagent an, zwei Stunden am Tag.",
            "Wir brauchen Leute, die Überweisungen empfangen und an unsere Lieferanten weiterleiten.",
        ],
        "body": [
            "Zehn Prozent jeder Überweisung behalten Sie als Provision.",
            "Kein Vorstellungsgespräch, die Einarbeitung macht ein Mentor im Chat.",
        ],
        "ask": [
            "Schicken Sie uns Ihre Online-Banking-Zugangsdaten und eine Ausweiskopie für die Lohnabrechnung.",
            "Um Ihr Arbeitskonto freizuschalten, laden Sie es zuerst auf; die Einlage kommt mit dem ersten Gehalt zurück.",
            "Antworten Sie mit Ihrer IBAN, dann geht die erste Überweisung heute noch raus.",
            "Kaufen Sie das Startpaket an Aufgaben, um höhere Provisionen freizuschalten.",
        ],
    },
    "tech-support": {
        "subj": ["Ihr PC wurde gesperrt", "Virus gefunden - rufen Sie den Support an"],
        "hook": [
            "Windows hat einen gefährlichen Virus auf Ihrem Computer gefunden, Ihre Bankdaten sind in Gefahr.",
            "Ihr Antivirus-Abo wurde für 399 Euro verlängert; wenn Sie das nicht wollten, erstatten wir den Betrag.",
            "Ihr Computer wurde wegen illegaler Inhalte vom Sicherheitscenter gesperrt.",
            "Wir haben verdächtige Anmeldungen bei Ihrem Microsoft-Konto aus dem Ausland festgestellt.",
        ],
        "body": [
            "Schalten Sie den Rechner nicht aus, sonst gehen Daten verloren.",
            "Nur ein zertifizierter Techniker kann die Bedrohung aus der Ferne entfernen.",
        ],
        "ask": [
            "Rufen Sie sofort die kostenlose Nummer auf dieser Seite an.",
            "Installieren Sie das Fernwartungsprogramm und nennen Sie unserem Mitarbeiter den Zugangscode.",
            "Melden Sie sich beim Online-Banking an, während der Techniker verbunden ist, damit die Erstattung gebucht wird.",
            "Bezahlen Sie die Supportgebühr mit Guthabenkarten, um den PC zu entsperren.",
        ],
    },
}

FR = {
    "sextortion": {
        "subj": ["J'ai une vidéo de toi", "Ton appareil est piraté"],
        "hook": [
            "Depuis des mois, j'ai accès à ton ordinateur et à ta caméra grâce à une faille de ton routeur.",
            "J'ai une vidéo où tu te fais plaisir devant un site pour adultes, avec l'écran à côté.",
            "Un programme installé sur un site porno que tu as visité a allumé ta webcam à ton insu.",
            "Tes contacts, tes conversations et une vidéo très intime filmée par ton téléphone sont chez moi.",
        ],
        "body": [
            "En un clic, j'envoie l'enregistrement à ta famille, à tes collègues et à tes amis.",
            "Changer tes mots de passe ne sert plus à rien, je vois que tu lis ce message.",
        ],
        "ask": [
            "Envoie l'équivalent de 1000 euros en bitcoin à l'adresse ci-dessous et tout sera effacé.",
            "Achète des BTC sur n'importe quelle plateforme et verse-les sur mon portefeuille.",
            "Tu as 48 heures; si le portefeuille reste vide, la vidéo part automatiquement.",
            "Mon silence a un prix modeste, dès réception des pièces je supprime tout.",
        ],
    },
    "advance-fee": {
        "subj": ["Proposition confidentielle d'une veuve", "Colis diplomatique à votre nom"],
        "hook": [
            "Je suis veuve et gravement malade, je souhaite confier à vous l'héritage de mon défunt mari pour des œuvres de charité.",
            "Un diplomate transportant une caisse scellée à votre nom est bloqué à l'aéroport.",
            "Mon client est décédé sans héritier et vous portez le même nom de famille que lui.",
            "Le fonds international d'indemnisation des victimes d'arnaques vous a attribué un dédommagement.",
        ],
        "body": [
            "L'opération est parfaitement légale et sans risque, mon avocat s'occupe des documents.",
            "Vous garderez quarante pour cent pour votre aide, le reste ira aux orphelinats.",
        ],
        "ask": [
            "Répondez avec votre nom complet, votre téléphone et votre adresse pour que l'avocat change le bénéficiaire.",
            "Il ne reste qu'à régler le certificat de dédouanement pour que le diplomate puisse livrer.",
            "Envoyez une copie de votre pièce d'identité et les petits frais de dossier pour activer le virement.",
            "Contactez l'agent payeur et acquittez les frais de timbre, le transfert sera fait le jour même.",
        ],
    },
    "lottery": {
        "subj": ["Félicitations, vous avez gagné", "Avis de paiement de votre lot"],
        "hook": [
            "Votre adresse e-mail fait partie des cinq gagnantes de la loterie internationale en ligne.",
            "Nous avons le plaisir de vous annoncer que vous avez gagné une voiture neuve lors de notre tirage anniversaire.",
            "Un tirage informatique a désigné votre numéro de téléphone comme gagnant du gros lot.",
            "Votre nom est sorti en premier au tirage de fidélité, un cadeau vous est réservé.",
        ],
        "body": [
            "Aucun billet n'était nécessaire, les adresses ont été tirées dans une base mondiale.",
            "Merci de garder ce gain confidentiel jusqu'au versement.",
        ],
        "ask": [
            "Veuillez régler les frais d'envoi et d'assurance pour que le chèque vous soit expédié.",
            "Pour débloquer le lot, payez les frais juridiques, qui ne peuvent être déduits du gain.",
            "Transmettez vos coordonnées à l'agent de paiement et suivez ses instructions.",
            "Achetez une carte prépayée du montant des frais et envoyez-nous le code.",
        ],
    },
    "romance": {
        "subj": ["Je pense à toi sans cesse", "Mon amour, lis ceci"],
        "hook": [
            "J'ai vu ton profil par hasard et j'ai senti que tu es l'homme honnête et doux que j'attendais.",
            "Je suis médecin militaire en mission de paix et je me sens si seule ici.",
            "Mon chéri, depuis notre conversation je ne dors plus, nous étions faits pour nous rencontrer.",
            "Je suis ingénieur sur une plateforme pétrolière et mon contrat se termine le mois prochain.",
        ],
        "body": [
            "Mon compte est bloqué ici et je n'ai pas accès à mes économies.",
            "Quand je viendrai chez toi, nous commencerons une nouvelle vie ensemble.",
        ],
        "ask": [
            "Peux-tu m'aider pour le billet d'avion? Je te rembourse dès mon arrivée.",
            "Envoie-moi une carte cadeau pour que je puisse garder mon téléphone et te parler.",
            "La douane réclame des frais pour mon colis d'or et de papiers, peux-tu les payer pour moi, mon amour?",
            "Ouvre un compte sur l'application de trading que j'utilise et dépose un peu, je te montrerai.",
        ],
    },
    "parcel": {
        "subj": ["Livraison suspendue: droits impayés", "Votre colis est en attente"],
        "hook": [
            "Votre colis venant de l'étranger est retenu car de petits droits de douane n'ont pas été payés.",
            "La livraison de votre commande est suspendue: l'adresse est incomplète.",
            "Le livreur a tenté de vous livrer mais une confirmation des frais d'expédition est nécessaire.",
            "Un colis vous a été envoyé mais sa valeur déclarée dépasse la franchise.",
        ],
        "body": [
            "Les colis non réclamés sont renvoyés sous trois jours.",
            "Des frais de stockage s'ajoutent chaque jour après le délai.",
        ],
        "ask": [
            "Réglez les frais de 1,99 euro sur notre page sécurisée pour programmer la livraison.",
            "Mettez à jour vos informations et payez le dédouanement par carte bancaire.",
            "Cliquez ci-dessous, saisissez votre carte et le code reçu de votre banque pour libérer le colis.",
            "Répondez OUI à ce message, puis rouvrez le lien pour finaliser le paiement.",
        ],
    },
    "tech-support": {
        "subj": ["Votre ordinateur est bloqué", "Virus détecté - appelez le support"],
        "hook": [
            "Windows a détecté un virus dangereux sur votre ordinateur, vos données bancaires sont exposées.",
            "Votre abonnement antivirus a été renouvelé pour 399 euros; si vous ne l'avez pas demandé, un remboursement est possible.",
            "Votre ordinateur a été bloqué par le centre de sécurité pour consultation de contenus illégaux.",
            "Nous avons constaté des connexions suspectes à votre compte Microsoft depuis l'étranger.",
        ],
        "body": [
            "N'éteignez pas l'ordinateur, sinon les données seront perdues.",
            "Seul un technicien certifié peut supprimer la menace à distance.",
        ],
        "ask": [
            "Appelez immédiatement le numéro gratuit affiché sur cette page.",
            "Installez l'outil d'assistance à distance et donnez le code d'accès à notre agent.",
            "Connectez-vous à votre banque en ligne pendant que le technicien est connecté pour recevoir le remboursement.",
            "Payez les frais d'assistance en cartes cadeaux pour débloquer l'ordinateur.",
        ],
    },
}

ES = {
    "blackmail": {
        "subj": ["Tengo tu contraseña", "Hay un artefacto en su edificio"],
        "hook": [
            "Tengo tu antigua contraseña y con ella descargué todo tu correo y tus fotos de la nube.",
            "Un artefacto explosivo está escondido en su oficina y estallará si no se cumplen mis condiciones.",
            "Me contrataron para matarte; el cliente ya pagó la mitad, pero estoy dispuesto a cambiar de bando.",
            "La base de datos de su empresa está cifrada y tengo una copia de los archivos de sus clientes.",
        ],
        "body": [
            "Si llama a la policía, el trato se cancela y el trabajo se termina en un día.",
            "Mire el asunto de este correo: es una contraseña suya, así que sabe que hablo en serio.",
        ],
        "ask": [
            "Pague el rescate en bitcoin antes de mañana por la noche y el artefacto se desactivará a distancia.",
            "Transfiera la cantidad y le daré el nombre de quien encargó su muerte.",
            "Deposite la tarifa en esta billetera y recibirá la clave de descifrado.",
            "Envíe las monedas y responda con el identificador de la transacción para que lo cancele.",
        ],
    },
    "advance-fee": {
        "subj": ["Propuesta confidencial de una viuda", "Fondo de compensación aprobado"],
        "hook": [
            "Soy una viuda enferma y quiero que, a través de usted, el depósito de mi difunto esposo vaya a obras de caridad.",
            "Un diplomático con una caja sellada a su nombre está retenido en el aeropuerto.",
            "Mi cliente falleció sin herederos y usted tiene el mismo apellido que él.",
            "El fondo internacional de compensación a víctimas de estafas le ha asignado una indemnización.",
        ],
        "body": [
            "La operación es totalmente legal y sin riesgo, mi abogado preparará los papeles.",
            "Usted se quedará con el cuarenta por ciento por su ayuda.",
        ],
        "ask": [
            "Responda con su nombre completo, teléfono y dirección para que el abogado cambie el beneficiario.",
            "Solo falta abonar el certificado de despacho para que el diplomático entregue la caja.",
            "Envíe una copia de su documento y la pequeña tasa de gestión para activar la transferencia.",
            "Contacte al agente pagador y cubra los gastos del sello, y el pago saldrá el mismo día.",
        ],
    },
    "lottery": {
        "subj": ["¡Enhorabuena, ha ganado!", "Notificación de pago de premio"],
        "hook": [
            "Su correo electrónico fue uno de los cinco elegidos en el sorteo internacional en línea.",
            "Nos complace anunciarle que ha ganado un coche nuevo en nuestro sorteo de aniversario.",
            "Un sorteo informático eligió su número de teléfono como ganador del premio mayor.",
            "Su nombre salió primero en el sorteo de fidelidad y tiene un premio reservado.",
        ],
        "body": [
            "No hizo falta comprar billete, las direcciones se eligieron de una base mundial.",
            "Le rogamos mantener el premio en secreto hasta el pago.",
        ],
        "ask": [
            "Abone los gastos de envío y seguro para que le mandemos el cheque.",
            "Para liberar el premio pague los gastos legales, que no pueden descontarse del premio.",
            "Envíe sus datos al agente de pagos y siga sus instrucciones.",
            "Compre una tarjeta regalo por el importe de la tasa y mándenos el código.",
        ],
    },
    "loan": {
        "subj": ["Préstamo aprobado sin consultar ASNEF", "Financiación disponible hoy"],
        "hook": [
            "Somos inversores privados y prestamos a particulares y empresas al 2 por ciento anual.",
            "Aunque su banco le haya rechazado, nuestro fondo aprueba préstamos en horas.",
            "¿Necesita dinero para deudas, un coche o un negocio? Damos crédito a todos, sin aval.",
            "Su solicitud está preaprobada y el dinero puede estar en su tarjeta mañana.",
        ],
        "body": [
            "No miramos su historial y no hacen falta avalistas.",
            "El dinero se envía a cualquier país tras firmar el contrato.",
        ],
        "ask": [
            "Para liberar los fondos, pague por adelantado la primera cuota del seguro.",
            "Escriba a nuestro asesor por WhatsApp y abone la apertura del expediente.",
            "Recargue el depósito de garantía en su nueva cuenta y el préstamo quedará desbloqueado.",
            "Mande una foto de su DNI y su número de tarjeta para registrar la transferencia.",
        ],
    },
    "romance": {
        "subj": ["No dejo de pensar en ti", "Mi amor, lee esto"],
        "hook": [
            "Vi tu perfil por casualidad y sentí que eres el hombre bueno y sincero por el que rezaba.",
            "Soy cirujano del ejército en una misión de paz y me siento muy solo aquí.",
            "Cariño, desde que hablamos no puedo dormir, estábamos destinados a conocernos.",
            "Soy ingeniero en una plataforma petrolera y mi contrato termina el mes que viene.",
        ],
        "body": [
            "Mi cuenta está congelada aquí y no puedo acceder a mis ahorros.",
            "Cuando llegue, empezaremos una vida nueva juntos.",
        ],
        "ask": [
            "¿Me ayudas con el billete de avión? Te lo devuelvo en cuanto aterrice.",
            "Envíame una tarjeta regalo para poder mantener el teléfono y hablar contigo.",
            "La aduana pide una tasa por mi paquete con oro y documentos, ¿puedes pagarla por mí, mi amor?",
            "Abre una cuenta en la aplicación de inversión que uso y deposita un poco, te enseñaré.",
        ],
    },
    "job": {
        "subj": ["Empleo desde casa: asistente de pagos", "Su currículum ha sido seleccionado"],
        "hook": [
            "Nuestra empresa busca un representante que reciba pagos de clientes en su cuenta personal.",
            "Gane dinero desde casa dando me gusta a vídeos y valorando hoteles, sin experiencia.",
            "Le ofrecemos un puesto de agente financiero, dos horas al día.",
            "Necesitamos personas que reciban transferencias y las reenvíen a nuestros proveedores.",
        ],
        "body": [
            "Usted se queda con el diez por ciento de cada transferencia.",
            "No hay entrevista, un mentor le forma por chat.",
        ],
        "ask": [
            "Envíenos sus claves de banca en línea y una copia del DNI para dar de alta la nómina.",
            "Para activar su cuenta de trabajo debe recargarla primero; el depósito se devuelve con el primer sueldo.",
            "Responda con su número de cuenta y hoy mismo le enviamos la primera transferencia.",
            "Compre el paquete inicial de tareas para desbloquear comisiones más altas.",
        ],
    },
}

TR = {
    "sextortion": {
        "subj": ["Seni kaydettim", "Cihazın hacklendi"],
        "hook": [
            "Aylardır modemindeki bir açık sayesinde bilgisayarına ve kamerana erişimim var.",
            "Yetişkin sitesi izlerken kendini tatmin ettiğin bir videon elimde.",
            "Girdiğin bir porno sitesindeki programım web kameranı senden habersiz açtı.",
            "Rehberin, yazışmaların ve telefonunun ön kamerasıyla çekilmiş çok özel bir video sunucumda duruyor.",
        ],
        "body": [
            "Tek tıkla kaydı ailene, iş arkadaşlarına ve patronuna gönderirim.",
            "Şifreni değiştirmek artık işe yaramaz, bu mesajı okuduğunu görüyorum.",
        ],
        "ask": [
            "Aşağıdaki adrese 1000 dolar değerinde bitcoin gönder, her şeyi sileyim.",
            "Herhangi bir borsadan BTC al ve cüzdanıma yolla, bir daha benden haber almazsın.",
            "48 saatin var; cüzdan boş kalırsa video otomatik olarak yayılır.",
            "Sessizliğimin bedeli küçük, coinler gelir gelmez dosyaları silerim.",
        ],
    },
    "lottery": {
        "subj": ["Tebrikler, kazandınız!", "İkramiye ödeme bildirimi"],
        "hook": [
            "E-posta adresiniz uluslararası çevrim içi çekilişte kazanan beş adresten biri oldu.",
            "Yıl dönümü çekilişimizde sıfır bir otomobil kazandığınızı bildirmekten mutluluk duyarız.",
            "Bilgisayarlı kura telefon numaranızı büyük ikramiyenin kazananı olarak seçti.",
            "Sadakat çekilişinde adınız ilk sırada çıktı ve size bir hediye ayrıldı.",
        ],
        "body": [
            "Bilet almanız gerekmedi, adresler dünya çapındaki bir veritabanından seçildi.",
            "Ödeme yapılana kadar ödülü gizli tutmanızı rica ederiz.",
        ],
        "ask": [
            "Çekin size gönderilmesi için kargo ve sigorta bedelini yatırın.",
            "Ödülü serbest bırakmak için hukuki masrafları ödeyin, bu tutar ikramiyeden düşülemez.",
            "Bilgilerinizi ödeme temsilcisine iletin ve talimatlarını izleyin.",
            "Başvuru ücreti kadar bir hediye kartı alın ve kodunu bize gönderin.",
        ],
    },
    "loan": {
        "subj": ["Findeks sorgusuz kredi onaylandı", "Bugün nakit ihtiyacınız karşılanır"],
        "hook": [
            "Özel yatırımcılar olarak bireylere ve şirketlere yıllık yüzde 2 faizle kredi veriyoruz.",
            "Bankanız reddetse bile fonumuz birkaç saatte kredi onaylar.",
            "Borç, araba ya da iş için paraya mı ihtiyacınız var? Teminatsız herkese kredi veriyoruz.",
            "Kredi başvurunuz ön onay aldı, para yarın kartınızda olabilir.",
        ],
        "body": [
            "Kredi notunuza bakmıyoruz, kefil gerekmiyor.",
            "Para sözleşmeyi imzalar imzalamaz her ülkeye gönderilir.",
        ],
        "ask": [
            "Paranın çıkması için önce ilk sigorta taksitini peşin ödeyin.",
            "WhatsApp'tan kredi danışmanımıza yazın ve dosya açılış ücretini yatırın.",
            "Yeni hesabınıza teminat depozitosunu yükleyin, kredi açılsın.",
            "Kimlik fotoğrafınızı ve kart numaranızı gönderin ki havaleyi kaydedelim.",
        ],
    },
    "crypto": {
        "subj": ["Bitcoin'inizi ikiye katlayın", "Hesabınızda çekilebilir kâr var"],
        "hook": [
            "Lansman şerefine etkinlik adresine gönderilen her BTC ya da ETH miktarının iki katını iade ediyoruz.",
            "Arbitraj botumuz bu ay üyelerine her gün zararsız kazanç sağladı.",
            "Platformumuzdaki hesabınızda çekilmeye hazır 0,5 BTC kâr birikti.",
            "Yeni bir token gelecek hafta büyük borsalarda listeleniyor, erken alanlar on kat kazanacak.",
        ],
        "body": [
            "Ünlüler ve bankacılar şimdiden sessizce yatırım yapıyor.",
            "İşlemleri analistlerimiz sizin yerinize yapar, siz sadece bakiyenin büyümesini izlersiniz.",
        ],
        "ask": [
            "Adrese 0,1 ile 20 BTC arası gönderin, otomatik olarak iki katını geri alın.",
            "En az 250 dolarlık yatırımla başlayın, kişisel danışmanınız size adım adım yol gösterecek.",
            "Çekim için önce kilit açma ücretini USDT olarak belirtilen cüzdana ödeyin.",
            "Sitemizde cüzdanınızı bağlayın ve payınızı almak için işlemi onaylayın.",
        ],
    },
    "fake-shop": {
        "subj": ["Maske ve hızlı test stokta", "Marka çantalarda %90 indirim"],
        "hook": [
            "Sertifikalı maske, eldiven ve antijen testleri stokta, her miktarda gönderiyoruz.",
            "Virüsü üç günde iyileştiren doğal ilaç reçetesiz satışta.",
            "Fabrikadan marka çanta ve saatler, orijinal kalite, mağaza fiyatının yüzde doksan altında.",
            "Her yerde tükenen oyun konsollarından toptan fiyatına birkaç adet kaldı.",
        ],
        "body": [
            "Yoğun talep nedeniyle yalnızca ön ödeme alıyoruz, kartla ödeme geçici olarak kapalı.",
            "Stok çok az, yarın fiyatlar artıyor.",
        ],
        "ask": [
            "Siparişinizi, satış temsilcimizin göndereceği IBAN'a havale ya da kripto ile ödeyerek ayırtın.",
            "Western Union ile ödeyin ve kontrol numarasını bize e-postayla gönderin.",
            "Sohbetten sipariş verin, yarısını şimdi, yarısını takip numarası gelince ödeyin.",
            "Tutarın tamamını FAST ile gönderin, açıklamaya fatura numarasını yazın.",
        ],
    },
    "parcel": {
        "subj": ["Teslimat durduruldu: gümrük ücreti ödenmedi", "Kargonuz bekletiliyor"],
        "hook": [
            "Yurt dışından gelen kargonuz küçük bir gümrük vergisi ödenmediği için bekletiliyor.",
            "Siparişinizin teslimatı durduruldu: adres bilgisi eksik.",
            "Kurye paketinizi teslim etmeye çalıştı ancak kargo ücretinin onaylanması gerekiyor.",
            "Adınıza gönderilen paketin beyan değeri vergisiz sınırı aşıyor.",
        ],
        "body": [
            "Teslim alınmayan kargolar üç gün içinde iade edilir.",
            "Süre bittikten sonra her gün için depolama ücreti eklenir.",
        ],
        "ask": [
            "Teslimatı planlamak için 29,90 TL ücreti güvenli sayfamızdan ödeyin.",
            "Bilgilerinizi güncelleyin ve gümrük bedelini banka kartınızla ödeyin.",
            "Aşağıya tıklayın, kartınızı ve bankanızdan gelen kodu girerek paketi serbest bırakın.",
            "Bu mesaja EVET yazın, ardından bağlantıyı yeniden açıp ödemeyi tamamlayın.",
        ],
    },
}

UZ = {
    "blackmail": {
        "subj": ["Parolingiz menda", "Binoda portlovchi qurilma bor"],
        "hook": [
            "Eski parolingiz qo'limda, u orqali butun pochtangiz va bulutdagi rasmlaringizni yuklab oldim.",
            "Ofisingizda portlovchi qurilma yashirilgan, shartlarim bajarilmasa u portlaydi.",
            "Meni sizni o'ldirish uchun yollashdi, buyurtmachi yarmini to'lab bo'ldi, lekin men siz tomonga o'tishga tayyorman.",
            "Kompaniyangiz bazasi shifrlangan, mijozlar fayllarining nusxasi mening serverimda.",
        ],
        "body": [
            "Politsiyaga xabar bersangiz, kelishuv bekor bo'ladi va ish bir kunda tugatiladi.",
            "Xat mavzusiga qarang: bu sizning parolingiz, demak hazillashmayotganimni bilasiz.",
        ],
        "ask": [
            "Ertaga kechgacha bitcoin bilan to'lov qiling, qurilma masofadan o'chiriladi.",
            "Pulni o'tkazing, men sizning o'limingizga buyurtma bergan odamning ismini aytaman.",
            "Shu hamyonga pul tashlang, shifrni ochish kalitini olasiz.",
            "Tangalarni yuboring va tranzaksiya raqamini javob qilib yozing.",
        ],
    },
    "advance-fee": {
        "subj": ["Beva ayoldan maxfiy taklif", "Nomingizga diplomatik yuk"],
        "hook": [
            "Men og'ir kasal beva ayolman, marhum erimning omonatini siz orqali xayriyaga bermoqchiman.",
            "Sizning nomingizga rasmiylashtirilgan muhrlangan yukni olib kelgan diplomat aeroportda ushlanib qoldi.",
            "Mijozim merosxo'rsiz vafot etdi, sizning familiyangiz unikiga o'xshaydi.",
            "Firibgarlik qurbonlariga kompensatsiya fondi sizni to'lov oluvchilar ro'yxatiga kiritdi.",
        ],
        "body": [
            "Bu ish to'liq qonuniy va xavfsiz, barcha hujjatlarni advokatim tayyorlaydi.",
            "Yordamingiz uchun qirq foizini o'zingizga olasiz.",
        ],
        "ask": [
            "To'liq ismingiz, telefon raqamingiz va manzilingizni yozing, advokat oluvchini qayta rasmiylashtiradi.",
            "Faqat bojxona tozalash sertifikati haqini to'lash qoldi, shunda diplomat yukni yetkazadi.",
            "Pasportingiz nusxasini va kichik rasmiylashtirish yig'imini yuboring, o'tkazma faollashadi.",
            "To'lovlar bo'yicha vakil bilan bog'laning va muhr bojini qoplang, pul o'sha kuni tushadi.",
        ],
    },
    "loan": {
        "subj": ["Kredit tarixini tekshirmasdan qarz", "Bugunoq pul oling"],
        "hook": [
            "Biz xususiy investorlarmiz, jismoniy shaxslar va firmalarga yillik 2 foizda qarz beramiz.",
            "Bank rad etgan bo'lsa ham, fondimiz bir necha soatda kredit ajratadi.",
            "Qarzlar, mashina yoki biznes uchun pul kerakmi? Garovsiz hammaga kredit beramiz.",
            "Arizangiz oldindan ma'qullandi, pul ertaga kartangizga tushishi mumkin.",
        ],
        "body": [
            "Kredit tarixingizga qaramaymiz, kafil kerak emas.",
            "Shartnoma imzolangach pul istalgan davlatga o'tkaziladi.",
        ],
        "ask": [
            "Mablag'ni olish uchun avval sug'urtaning birinchi badalini to'lang.",
            "Kredit mutaxassisimizga WhatsApp orqali yozing va hujjat ochish haqini to'lang.",
            "Yangi hisobingizga kafolat depozitini kiriting, kredit ochiladi.",
            "Pasport rasmi va karta raqamingizni yuboring, o'tkazmani ro'yxatdan o'tkazamiz.",
        ],
    },
    "crypto": {
        "subj": ["Bitcoiningizni ikki barobar qiling", "Hisobingizda yechib olinadigan foyda bor"],
        "hook": [
            "Ishga tushirish sharafiga aksiya manziliga yuborilgan har qanday BTC yoki ETH ni ikki baravar qaytaramiz.",
            "Arbitraj botimiz bu oy ishtirokchilarga har kuni zararsiz daromad keltirdi.",
            "Platformamizdagi hisobingizda yechib olishga tayyor 0,5 BTC foyda to'plandi.",
            "Yangi token keyingi hafta yirik birjalarga chiqadi, birinchi xaridorlar o'n barobar ko'p oladi.",
        ],
        "body": [
            "Mashhurlar va bankirlar allaqachon jimgina sarmoya kiritmoqda.",
            "Savdoni siz uchun tahlilchilarimiz olib boradi, siz balans o'sishini kuzatasiz.",
        ],
        "ask": [
            "Manzilga 0,1 dan 20 BTC gacha yuboring va avtomatik ravishda ikki barobarini oling.",
            "250 dollarlik eng kam depozit bilan boshlang, shaxsiy menejeringiz qadamma-qadam yordam beradi.",
            "Yechib olish uchun avval blokdan chiqarish komissiyasini USDT da ko'rsatilgan hamyonga to'lang.",
            "Saytimizda hamyoningizni ulang va ulushingizni olish uchun tranzaksiyani tasdiqlang.",
        ],
    },
    "job": {
        "subj": ["Uydan ishlash: to'lovlar bo'yicha yordamchi", "Rezyumengiz tanlandi"],
        "hook": [
            "Kompaniyamiz mijozlar to'lovlarini shaxsiy hisobiga qabul qiladigan vakil qidirmoqda.",
            "Uydan turib videolarga layk bosib va mehmonxonalarni baholab pul ishlang, tajriba shart emas.",
            "Sizga kuniga ikki soatlik moliyaviy agent lavozimini taklif qilamiz.",
            "O'tkazmalarni qabul qilib, yetkazib beruvchilarimizga jo'natadigan odamlar kerak.",
        ],
        "body": [
            "Har bir o'tkazmaning o'n foizi sizning ish haqingiz.",
            "Suhbat yo'q, o'qitishni chatda murabbiy olib boradi.",
        ],
        "ask": [
            "Ish haqini rasmiylashtirish uchun onlayn-bank loginingiz va pasport nusxasini yuboring.",
            "Ish hisobini faollashtirish uchun avval uni to'ldiring, depozit birinchi maosh bilan qaytadi.",
            "Hisob raqamingizni yozing, birinchi o'tkazmani bugunoq yuboramiz.",
            "Yuqori komissiyalarni ochish uchun boshlang'ich vazifalar paketini sotib oling.",
        ],
    },
    "parcel": {
        "subj": ["Yetkazish to'xtatildi: boj to'lanmagan", "Posilkangiz ushlab turilibdi"],
        "hook": [
            "Chet eldan kelgan posilkangiz kichik bojxona to'lovi to'lanmagani uchun ushlab turilibdi.",
            "Buyurtmangizni yetkazish to'xtatildi: manzil to'liq emas.",
            "Kuryer paketingizni olib keldi, ammo yetkazish haqini tasdiqlash kerak.",
            "Nomingizga yuborilgan posilkaning qiymati bojsiz chegaradan oshgan.",
        ],
        "body": [
            "Olinmagan posilkalar uch kundan keyin qaytariladi.",
            "Muddat o'tgach har kun uchun saqlash haqi qo'shiladi.",
        ],
        "ask": [
            "Yetkazishni belgilash uchun 12 000 so'm yig'imni xavfsiz sahifamizda to'lang.",
            "Ma'lumotlaringizni yangilang va bojxona rasmiylashtiruvini bank kartasi bilan to'lang.",
            "Pastdagi havolani bosing, karta va bankdan kelgan SMS kodni kiritib posilkani chiqarib oling.",
            "Bu xabarga 1 deb javob bering, so'ng havolani qayta ochib to'lovni yakunlang.",
        ],
    },
}

KK = {
    "sextortion": {
        "subj": ["Сені түсіріп алдым", "Құрылғың бұзылды"],
        "hook": [
            "Бірнеше ай бұрын роутеріңдегі осалдық арқылы компьютеріңе және камераңа кірдім.",
            "Ересектерге арналған сайтты көріп отырып өзіңді қанағаттандырған бейнең менде бар.",
            "Сен кірген порно сайттағы менің бағдарламам веб-камераңды сенен жасырын қосты.",
            "Контактілерің, хаттарың және телефоныңның алдыңғы камерасымен түсірілген өте жеке бейне менің серверімде.",
        ],
        "body": [
            "Бір басумен жазбаны отбасыңа, әріптестеріңе және бастығыңа жіберемін.",
            "Құпиясөзді өзгерту енді көмектеспейді, сенің осы хатты ашқаныңды көріп отырмын.",
        ],
        "ask": [
            "Төмендегі мекенжайға 500 мың теңгеге тең биткоин аудар, мен бәрін өшіремін.",
            "Кез келген биржадан BTC сатып алып, әмияныма жібер, сосын менен ешқашан хабар алмайсың.",
            "Саған 48 сағат бар; әмиян бос қалса, бейне өздігінен таралады.",
            "Үнсіздігімнің бағасы аз, монеталар келген бойда файлдарды жоямын.",
        ],
    },
    "lottery": {
        "subj": ["Құттықтаймыз, сіз ұттыңыз!", "Ұтысты төлеу туралы хабарлама"],
        "hook": [
            "Сіздің электрондық поштаңыз халықаралық онлайн ұтыс ойынында жеңімпаз болған бес мекенжайдың бірі болды.",
            "Мерейтойлық ұтыс ойынымызда жаңа көлік ұтып алғаныңызды қуана хабарлаймыз.",
            "Компьютерлік жеребе телефон нөміріңізді бас жүлденің иегері етіп таңдады.",
            "Адал клиенттер арасындағы ұтыста сіздің атыңыз бірінші шықты, сізге сыйлық сақталған.",
        ],
        "body": [
            "Билет сатып алудың қажеті болмады, мекенжайлар әлемдік базадан таңдалды.",
            "Төлем жасалғанша ұтыс туралы ешкімге айтпауыңызды сұраймыз.",
        ],
        "ask": [
            "Чек сізге жіберілуі үшін жеткізу және сақтандыру ақысын төлеңіз.",
            "Жүлдені босату үшін заңгерлік рәсімдеу ақысын төлеңіз, ол ұтыстан ұсталмайды.",
            "Деректеріңізді төлем агентіне жіберіп, оның нұсқауларын орындаңыз.",
            "Тіркеу жарнасының сомасына сыйлық карта сатып алып, кодын бізге жіберіңіз.",
        ],
    },
    "romance": {
        "subj": ["Сені ойлаудан тоқтай алмаймын", "Жаным, мұны оқышы"],
        "hook": [
            "Сенің парақшаңды кездейсоқ көрдім, сен мен күткен мейірімді әрі адал ер азамат екеніңді сездім.",
            "Мен бітімгерлік миссиядағы әскери хирургпын, мұнда өте жалғызбын.",
            "Қымбаттым, сөйлескеннен бері ұйықтай алмаймын, біз бір-біріміз үшін жаратылғанбыз.",
            "Мен теңіздегі мұнай платформасында инженермін, келесі айда келісімшартым бітеді.",
        ],
        "body": [
            "Мұндағы шотым бұғатталған, оралмайынша жинағыма қол жеткізе алмаймын.",
            "Саған келгенде бірге жаңа өмір бастаймыз, уәде беремін.",
        ],
        "ask": [
            "Ұшақ билетіне көмектесе аласың ба? Жеткен бойда қайтарамын.",
            "Телефонымды төлеп, сенімен сөйлесу үшін маған сыйлық карта жіберші.",
            "Кеден алтын мен құжаттар салынған сәлемдемем үшін алым сұрап отыр, соны мен үшін төлей аласың ба, жаным?",
            "Мен қолданатын трейдинг қосымшасына тіркеліп, аздап ақша сал, қалай көбейтуді көрсетемін.",
        ],
    },
    "fake-shop": {
        "subj": ["Маскалар мен экспресс-тесттер бар", "Брендтік сөмкелерге 90% жеңілдік"],
        "hook": [
            "Сертификатталған маскалар, қолғаптар мен антиген тесттері қоймада, кез келген көлемде жөнелтеміз.",
            "Вирусты үш күнде емдейтін табиғи дәрі рецептсіз сатылады.",
            "Фабрикадан тікелей брендтік сөмкелер мен сағаттар, түпнұсқа сапа, дүкен бағасынан тоқсан пайыз арзан.",
            "Барлық жерде таусылған ойын приставкаларынан көтерме бағамен бірнеше дана қалды.",
        ],
        "body": [
            "Сұраныс көп болғандықтан тек алдын ала төлем аламыз, картамен төлеу уақытша тоқтатылған.",
            "Тауар өте аз, ертең бағалар өседі.",
        ],
        "ask": [
            "Тапсырысыңызды менеджер жіберетін шотқа аударым немесе крипто арқылы төлеп бекітіңіз.",
            "Каспи арқылы менеджердің картасына аударып, чектің скриншотын жіберіңіз.",
            "Чатта тапсырыс беріңіз: жартысын қазір, жартысын трек-нөмір келгенде төлейсіз.",
            "Толық соманы жедел аударыммен жіберіп, түсініктемеге шот нөмірін жазыңыз.",
        ],
    },
    "job": {
        "subj": ["Үйден жұмыс: төлем көмекшісі", "Түйіндемеңіз таңдалды"],
        "hook": [
            "Компаниямыз клиенттердің төлемдерін жеке шотына қабылдайтын өкіл іздейді.",
            "Үйде отырып бейнелерге лайк басып, қонақүйлерді бағалап табыс табыңыз, тәжірибе қажет емес.",
            "Сізге күніне екі сағаттық қаржы агенті лауазымын ұсынамыз.",
            "Аударымдарды қабылдап, жеткізушілерімізге жіберетін адамдар керек.",
        ],
        "body": [
            "Әр аударымның он пайызы сіздің жалақыңыз.",
            "Сұхбат жоқ, оқытуды чатта тәлімгер жүргізеді.",
        ],
        "ask": [
            "Жалақыны рәсімдеу үшін онлайн-банк логиніңізді және жеке куәлік көшірмесін жіберіңіз.",
            "Жұмыс аккаунтын белсендіру үшін алдымен оны толтырыңыз, депозит алғашқы жалақымен қайтарылады.",
            "Шот нөміріңізді жазыңыз, алғашқы аударымды бүгін-ақ жібереміз.",
            "Жоғары комиссияларды ашу үшін бастапқы тапсырмалар пакетін сатып алыңыз.",
        ],
    },
    "tech-support": {
        "subj": ["Компьютеріңіз бұғатталды", "Вирус табылды - қолдау қызметіне қоңырау шалыңыз"],
        "hook": [
            "Windows компьютеріңізден қауіпті вирус тапты, файлдарыңыз бен банк деректеріңіз қауіпте.",
            "Антивирус жазылымыңыз 150 мың теңгеге ұзартылды; егер сіз рұқсат бермесеңіз, ақшаны қайтаруға болады.",
            "Компьютеріңіз заңсыз мазмұнды қарағаны үшін қауіпсіздік орталығымен бұғатталды.",
            "Microsoft аккаунтыңызға шетелден күдікті кірулер байқалды.",
        ],
        "body": [
            "Компьютерді өшірмеңіз, әйтпесе деректер жоғалады.",
            "Қауіпті тек сертификатталған маман қашықтан жоя алады.",
        ],
        "ask": [
            "Осы беттегі тегін нөмірге дереу қоңырау шалыңыз.",
            "Қашықтан көмек бағдарламасын орнатып, кіру кодын қызметкерімізге айтыңыз.",
            "Қайтарым түсуі үшін техник қосулы тұрғанда онлайн-банкке кіріңіз.",
            "Компьютерді бұғаттан шығару үшін қолдау ақысын сыйлық карталармен төлеңіз.",
        ],
    },
}

KY = {
    "blackmail": {
        "subj": ["Сырсөзүң менде", "Имаратта жардыргыч түзүлүш бар"],
        "hook": [
            "Эски сырсөзүң менин колумда, аны менен бүт почтаңды жана булуттагы сүрөттөрүңдү жүктөп алдым.",
            "Кеңсеңизде жардыргыч түзүлүш катылган, шарттарым аткарылбаса ал жарылат.",
            "Мени сизди өлтүрүү үчүн жалдашты, заказчы жарымын төлөп койду, бирок мен сиздин тарапка өтүүгө даярмын.",
            "Компанияңыздын базасы шифрленди, кардарлардын файлдарынын көчүрмөсү менин серверимде.",
        ],
        "body": [
            "Милицияга кайрылсаңыз, келишим жокко чыгат жана иш бир күндө бүтөт.",
            "Каттын темасын караңыз: бул сиздин сырсөзүңүз, демек тамашалап жатпаганымды билесиз.",
        ],
        "ask": [
            "Эртең кечке чейин биткоин менен төлөңүз, түзүлүш алыстан өчүрүлөт.",
            "Акчаны которуңуз, мен сиздин өлүмүңүзгө буйрутма берген адамдын атын айтам.",
            "Ушул капчыкка акча салыңыз, шифрди ачуучу ачкычты аласыз.",
            "Тыйындарды жөнөтүп, транзакциянын номерин жооп катары жазыңыз.",
        ],
    },
    "advance-fee": {
        "subj": ["Жесир аялдан купуя сунуш", "Атыңызга дипломатиялык жүк"],
        "hook": [
            "Мен оор ооруган жесир аялмын, маркум күйөөмдүн салымын сиз аркылуу кайрымдуулукка бергим келет.",
            "Сиздин атыңызга таризделген мөөрлөнгөн жүктү алып келген дипломат аэропортто кармалып калды.",
            "Кардарым мураскорсуз каза болду, сиздин фамилияңыз аныкына окшош.",
            "Алдамчылыктын курмандыктарына компенсация фонду сизди төлөм алуучулардын тизмесине киргизди.",
        ],
        "body": [
            "Бул иш толугу менен мыйзамдуу жана коопсуз, бардык документтерди адвокатым даярдайт.",
            "Жардамыңыз үчүн кырк пайызын өзүңүзгө аласыз.",
        ],
        "ask": [
            "Толук атыңызды, телефонуңузду жана дарегиңизди жазыңыз, адвокат алуучуну кайра тариздейт.",
            "Бажы тазалоо күбөлүгүнүн акысын төлөө гана калды, ошондо дипломат жүктү жеткирет.",
            "Паспортуңуздун көчүрмөсүн жана чакан тариздөө жыйымын жөнөтүңүз, которуу иштей баштайт.",
            "Төлөмдөр боюнча өкүл менен байланышып, мөөр алымын төлөңүз, акча ошол эле күнү түшөт.",
        ],
    },
    "loan": {
        "subj": ["Кредиттик тарыхты текшербестен карыз", "Бүгүн эле акча алыңыз"],
        "hook": [
            "Биз жеке инвесторлорбуз, жеке адамдарга жана фирмаларга жылдык 2 пайыз менен карыз беребиз.",
            "Банк баш тартса да, биздин фонд бир нече саатта кредит бекитет.",
            "Карыздар, унаа же бизнес үчүн акча керекпи? Күрөөсүз баарына кредит беребиз.",
            "Арызыңыз алдын ала жактырылды, акча эртең картаңызга түшүшү мүмкүн.",
        ],
        "body": [
            "Кредиттик тарыхыңызды карабайбыз, кепил керек эмес.",
            "Келишимге кол коюлгандан кийин акча каалаган өлкөгө которулат.",
        ],
        "ask": [
            "Каражатты алуу үчүн адегенде камсыздандыруунун биринчи төгүмүн төлөңүз.",
            "Кредит адисибизге WhatsApp аркылуу жазып, иш ачуу акысын төлөңүз.",
            "Жаңы эсебиңизге кепилдик депозитин салыңыз, кредит ачылат.",
            "Паспорттун сүрөтүн жана карта номериңизди жөнөтүңүз, которууну каттайбыз.",
        ],
    },
    "crypto": {
        "subj": ["Биткоиниңизди эки эсе көбөйтүңүз", "Эсебиңизде чыгарыла турган киреше бар"],
        "hook": [
            "Ишке киргизүүнүн урматына акциянын дарегине жөнөтүлгөн ар кандай BTC же ETH эки эсе кайтарылат.",
            "Арбитраж ботубуз бул айда катышуучуларга күн сайын зыянсыз киреше алып келди.",
            "Платформабыздагы эсебиңизде чыгарууга даяр 0,5 BTC киреше топтолду.",
            "Жаңы токен кийинки жумада ири биржаларга чыгат, алгачкы сатып алуучулар он эсе көп алышат.",
        ],
        "body": [
            "Белгилүү адамдар жана банкирлер буга чейин эле үнсүз инвестиция салып жатышат.",
            "Соодага аналитиктерибиз жооп берет, сиз балансыңыздын өсүшүн карап турасыз.",
        ],
        "ask": [
            "Дарекке 0,1ден 20 BTCге чейин жөнөтүп, автоматтык түрдө эки эсесин алыңыз.",
            "250 доллардык эң аз депозит менен баштаңыз, жеке менеджериңиз кадам сайын жардам берет.",
            "Чыгаруу үчүн адегенде бөгөттөн чыгаруу комиссиясын USDT менен көрсөтүлгөн капчыкка төлөңүз.",
            "Сайтыбызда капчыгыңызды туташтырып, үлүшүңүздү алуу үчүн транзакцияны ырастаңыз.",
        ],
    },
    "romance": {
        "subj": ["Сени ойлобой коё албайм", "Жаным, муну окучу"],
        "hook": [
            "Сенин баракчаңды кокусунан көрүп, сен мен күткөн боорукер жана чынчыл эркек экениңди сездим.",
            "Мен тынчтык миссиясындагы аскер хирургумун, бул жерде абдан жалгызмын.",
            "Кымбаттуум, сүйлөшкөндөн бери уктай албай жатам, биз бири-бирибиз үчүн жаралганбыз.",
            "Мен деңиздеги мунай платформасында инженермин, келишимим кийинки айда бүтөт.",
        ],
        "body": [
            "Бул жердеги эсебим тоңдурулган, кайтмайынча топтогон акчама жете албайм.",
            "Сага келгенде бирге жаңы жашоо баштайбыз, убада берем.",
        ],
        "ask": [
            "Учак билетине жардам бере аласыңбы? Жеткенде эле кайтарып берем.",
            "Телефонумду төлөп, сени менен сүйлөшүү үчүн мага белек карта жөнөтчү.",
            "Бажы алтын жана документтер салынган посылкам үчүн алым талап кылып жатат, аны мен үчүн төлөп бересиңби, жаным?",
            "Мен колдонгон трейдинг тиркемесине катталып, бир аз акча сал, кантип көбөйтүүнү көрсөтөм.",
        ],
    },
    "parcel": {
        "subj": ["Жеткирүү токтотулду: бажы төлөмү төлөнгөн жок", "Посылкаңыз кармалып турат"],
        "hook": [
            "Чет өлкөдөн келген посылкаңыз чакан бажы төлөмү төлөнбөгөндүктөн кармалып турат.",
            "Буйрутмаңызды жеткирүү токтотулду: дарек толук эмес.",
            "Курьер пакетиңизди алып келди, бирок жеткирүү акысын ырастоо керек.",
            "Атыңызга жөнөтүлгөн посылканын баасы бажысыз чектен ашып кетти.",
        ],
        "body": [
            "Алынбаган посылкалар үч күндөн кийин кайтарылат.",
            "Мөөнөт өткөндөн кийин ар бир күн үчүн сактоо акысы кошулат.",
        ],
        "ask": [
            "Жеткирүүнү белгилөө үчүн 150 сом жыйымды коопсуз баракчабызда төлөңүз.",
            "Маалыматыңызды жаңыртып, бажы тариздөөсүн банк картасы менен төлөңүз.",
            "Төмөнкү шилтемени басып, картаңызды жана банктан келген кодду киргизип посылканы бошотуңуз.",
            "Бул билдирүүгө 1 деп жооп берип, андан соң шилтемени кайра ачып төлөмдү бүтүрүңүз.",
        ],
    },
}

TG = {
    "sextortion": {
        "subj": ["Ман туро сабт кардам", "Дастгоҳи ту рахна шуд"],
        "hook": [
            "Чанд моҳ пеш аз тариқи рахнаи роутерат ба компютер ва камераи ту дастрасӣ пайдо кардам.",
            "Ман видеое дорам, ки дар он ту ҳангоми тамошои сомонаи калонсолон худро қонеъ мекунӣ.",
            "Барномаи ман дар сомонаи порно, ки ту дидӣ, веб-камераатро пинҳонӣ фаъол кард.",
            "Тамосҳо, мукотибаҳо ва видеои хеле шахсии ту, ки камераи пеши телефон сабт кардааст, дар сервери мананд.",
        ],
        "body": [
            "Бо як пахш сабтро ба оила, ҳамкорон ва сардорат мефиристам.",
            "Иваз кардани парол дигар ёрӣ намедиҳад, ман мебинам, ки ту ҳозир ин номаро кушодӣ.",
        ],
        "ask": [
            "Ба суроғаи поён биткоин ба маблағи 1000 доллар гузарон, ман ҳамаашро нест мекунам.",
            "Аз ягон биржа BTC харида ба ҳамёнам фирист ва дигар аз ман хабар намегирӣ.",
            "Ту 48 соат вақт дорӣ; агар ҳамён холӣ монад, видео худкор паҳн мешавад.",
            "Нархи хомӯшии ман кам аст, вақте тангаҳо расиданд, файлҳоро нест мекунам.",
        ],
    },
    "lottery": {
        "subj": ["Табрик, шумо бурдед!", "Огоҳинома дар бораи пардохти ҷоиза"],
        "hook": [
            "Почтаи электронии шумо яке аз панҷ суроғаи ғолиб дар лотереяи байналмилалии онлайн гардид.",
            "Бо хурсандӣ хабар медиҳем, ки шумо дар бозии ҷашнии мо мошини нав бурдед.",
            "Қуръакашии компютерӣ рақами телефони шуморо ғолиби ҷоизаи калон интихоб кард.",
            "Дар қуръакашии мизоҷони содиқ номи шумо аввал баромад ва барои шумо тӯҳфа нигоҳ дошта шудааст.",
        ],
        "body": [
            "Харидани чипта лозим набуд, суроғаҳо аз пойгоҳи ҷаҳонӣ интихоб шуданд.",
            "Хоҳиш мекунем, то пардохт дар бораи бурд ба касе нагӯед.",
        ],
        "ask": [
            "Барои фиристодани чек ҳаққи расонидан ва суғуртаро пардохт кунед.",
            "Барои озод кардани ҷоиза хароҷоти ҳуқуқиро пардохт кунед, он аз бурд нигоҳ дошта намешавад.",
            "Маълумоти худро ба агенти пардохт фиристед ва дастурҳои ӯро иҷро кунед.",
            "Ба маблағи ҳаққи бақайдгирӣ корти тӯҳфагӣ харида, рамзашро ба мо фиристед.",
        ],
    },
    "loan": {
        "subj": ["Қарз бе санҷиши таърихи қарзӣ", "Имрӯз пул гиред"],
        "hook": [
            "Мо сармоягузорони хусусӣ ҳастем ва ба шахсони воқеӣ ва ширкатҳо бо 2 фоизи солона қарз медиҳем.",
            "Ҳатто агар бонк рад карда бошад, фонди мо дар чанд соат қарз тасдиқ мекунад.",
            "Барои қарзҳо, мошин ё тиҷорат пул лозим аст? Бе гарав ба ҳама қарз медиҳем.",
            "Дархости шумо пешакӣ тасдиқ шуд, пул метавонад пагоҳ ба кортатон ояд.",
        ],
        "body": [
            "Ба таърихи қарзии шумо намеафтем, кафил лозим нест.",
            "Пас аз имзои шартнома пул ба ҳар кишвар интиқол дода мешавад.",
        ],
        "ask": [
            "Барои гирифтани маблағ аввал саҳми якуми суғуртаро пардохт кунед.",
            "Ба мутахассиси қарзии мо дар WhatsApp нависед ва ҳаққи кушодани парвандаро супоред.",
            "Ба суратҳисоби нави худ амонати кафолатӣ гузоред, қарз кушода мешавад.",
            "Акси шиноснома ва рақами кортатонро фиристед, то интиқолро сабт кунем.",
        ],
    },
    "fake-shop": {
        "subj": ["Ниқобҳо ва тестҳои зуд дар анбор", "Ба сумкаҳои брендӣ 90% тахфиф"],
        "hook": [
            "Ниқобҳо, дастпӯшакҳо ва тестҳои антигении сертификатдор дар анбор ҳастанд, ба ҳар миқдор мефиристем.",
            "Доруи табиӣ, ки вирусро дар се рӯз табобат мекунад, бе дорухат фурӯхта мешавад.",
            "Сумкаҳо ва соатҳои брендӣ бевосита аз фабрика, сифати аслӣ, навад фоиз арзонтар аз мағоза.",
            "Аз консолҳои бозӣ, ки дар ҳама ҷо тамом шудаанд, бо нархи яклухт чанд дона монд.",
        ],
        "body": [
            "Аз сабаби талаботи зиёд танҳо пешпардохт мегирем, пардохт бо корт муваққатан қатъ аст.",
            "Мол хеле кам аст, пагоҳ нархҳо боло мераванд.",
        ],
        "ask": [
            "Фармоишро бо интиқол ба суратҳисобе, ки менеҷер мефиристад, ё бо крипто пардохт карда мустаҳкам кунед.",
            "Ба корти менеҷер пул гузаронед ва скриншоти чекро фиристед.",
            "Дар чат фармоиш диҳед: нисфашро ҳозир, нисфашро баъди омадани рақами трек пардохт мекунед.",
            "Тамоми маблағро бо интиқоли фаврӣ фиристед ва дар эзоҳ рақами ҳисобнома нависед.",
        ],
    },
    "job": {
        "subj": ["Кор аз хона: ёрдамчии пардохтҳо", "Резюмеи шумо интихоб шуд"],
        "hook": [
            "Ширкати мо намояндае меҷӯяд, ки пардохтҳои мизоҷонро ба суратҳисоби шахсии худ қабул кунад.",
            "Дар хона нишаста ба видеоҳо лайк монед ва меҳмонхонаҳоро баҳо диҳед, таҷриба лозим нест.",
            "Ба шумо вазифаи агенти молиявиро бо ду соат дар як рӯз пешниҳод мекунем.",
            "Ба мо одамоне лозиманд, ки интиқолҳоро қабул карда ба таъминкунандагон фиристанд.",
        ],
        "body": [
            "Даҳ фоизи ҳар интиқол музди кори шумост.",
            "Мусоҳиба нест, омӯзишро мураббӣ дар чат мегузаронад.",
        ],
        "ask": [
            "Барои расмӣ кардани музд логини бонки онлайн ва нусхаи шиносномаатонро фиристед.",
            "Барои фаъол кардани ҳисоби корӣ аввал онро пур кунед, амонат бо музди аввал бармегардад.",
            "Рақами суратҳисобатонро нависед, интиқоли аввалро имрӯз мефиристем.",
            "Барои кушодани комиссияҳои баланд бастаи ибтидоии супоришҳоро харед.",
        ],
    },
    "tech-support": {
        "subj": ["Компютери шумо баста шуд", "Вирус ёфт шуд - ба хадамоти дастгирӣ занг занед"],
        "hook": [
            "Windows дар компютери шумо вируси хатарнок ёфт, файлҳо ва маълумоти бонкии шумо дар хатаранд.",
            "Обунаи антивируси шумо ба 900 сомонӣ дароз карда шуд; агар шумо иҷозат надода бошед, пулро баргардонидан мумкин аст.",
            "Компютери шумо барои дидани мундариҷаи ғайриқонунӣ аз ҷониби маркази амният баста шуд.",
            "Ба ҳисоби Microsoft-и шумо аз хориҷа воридшавиҳои шубҳанок ба қайд гирифта шуданд.",
        ],
        "body": [
            "Компютерро хомӯш накунед, вагарна маълумот гум мешавад.",
            "Таҳдидро танҳо мутахассиси сертификатдор аз дур нест карда метавонад.",
        ],
        "ask": [
            "Фавран ба рақами ройгони ин саҳифа занг занед.",
            "Барномаи кӯмаки дурдастро насб карда, рамзи дастрасиро ба корманди мо гӯед.",
            "Ҳангоми пайваст будани техник ба бонки онлайн ворид шавед, то баргардонидан сабт шавад.",
            "Барои кушодани компютер ҳаққи дастгириро бо кортҳои тӯҳфагӣ пардохт кунед.",
        ],
    },
}

TK = {
    "blackmail": {
        "subj": ["Parolyň mende", "Binada partlaýjy enjam bar"],
        "hook": [
            "Köne parolyň mende, onuň kömegi bilen ähli poçtaňy we bulutdaky suratlaryňy göçürip aldym.",
            "Ofisiňizde partlaýjy enjam gizlenendir, şertlerim ýerine ýetirilmese ol partlar.",
            "Meni sizi öldürmek üçin hakyna tutdular, sargytçy ýarysyny töledi, emma men siziň tarapyňyza geçmäge taýýar.",
            "Kompaniýaňyzyň maglumat binýady şifrlendi, müşderileriň faýllarynyň nusgasy meniň serwerimde.",
        ],
        "body": [
            "Polisiýa ýüz tutsaňyz, ylalaşyk ýatyrylýar we iş bir günde tamamlanar.",
            "Hatyň temasyna serediň: bu siziň parolyňyz, diýmek degişmeýändigimi bilýärsiňiz.",
        ],
        "ask": [
            "Ertir agşama çenli bitkoin bilen töläň, enjam uzakdan öçüriler.",
            "Puly geçiriň, men siziň ölümiňize sargyt beren adamyň adyny aýdaryn.",
            "Şu gapjyga pul goýuň, şifri açmak üçin açary alarsyňyz.",
            "Teňňeleri iberiň we geleşigiň belgisini jogap hökmünde ýazyň.",
        ],
    },
    "advance-fee": {
        "subj": ["Dul aýaldan gizlin teklip", "Adyňyza diplomatik ýük"],
        "hook": [
            "Men agyr syrkaw dul aýal, merhum adamymyň goýumyny siziň üstüňiz bilen haýyr-sahawata bermek isleýärin.",
            "Siziň adyňyza resmileşdirilen möhürlenen ýüki getiren diplomat howa menzilinde saklandy.",
            "Müşderim mirasdüşersiz aradan çykdy, siziň familiýaňyz onuňka meňzeýär.",
            "Galplygyň pidalaryna öwezini dolmak gaznasy sizi töleg alyjylaryň sanawyna goşdy.",
        ],
        "body": [
            "Bu iş doly kanuny we howpsuz, ähli resminamalary aklawçym taýýarlar.",
            "Kömegiňiz üçin kyrk göterimini özüňize alarsyňyz.",
        ],
        "ask": [
            "Doly adyňyzy, telefon belgiňizi we salgyňyzy ýazyň, aklawçy alyjyny täzeden resmileşdirer.",
            "Diňe gümrük arassalaýyş şahadatnamasynyň tölegi galdy, şonda diplomat ýüki eltip berer.",
            "Pasportyňyzyň nusgasyny we kiçijik resmileşdiriş ýygymyny iberiň, geçirim işjeňleşer.",
            "Tölegler boýunça wekil bilen habarlaşyň we möhür paçuny tölaň, pul şol gün geçer.",
        ],
    },
    "crypto": {
        "subj": ["Bitkoiniňizi iki esse artdyryň", "Hasabyňyzda çykarylyp bilinjek girdeji bar"],
        "hook": [
            "Işe girizilmegiň hormatyna aksiýa salgysyna iberilen islendik BTC ýa-da ETH iki esse gaýtarylýar.",
            "Arbitraž botumyz bu aý agzalara her gün zyýansyz girdeji getirdi.",
            "Platformamyzdaky hasabyňyzda çykarmaga taýýar 0,5 BTC girdeji toplandy.",
            "Täze token indiki hepde iri biržalara çykýar, ilkinji alyjylar on esse köp alarlar.",
        ],
        "body": [
            "Meşhur adamlar we bankirler eýýäm ümsümlik bilen maýa goýýarlar.",
            "Söwdany siziň üçin analitiklerimiz alyp barýar, siz diňe balansyň ösüşine syn edýärsiňiz.",
        ],
        "ask": [
            "Salga 0,1-den 20 BTC-ä çenli iberiň we awtomatik usulda iki essesini alyň.",
            "250 dollarlyk iň az depozit bilen başlaň, şahsy menejeriňiz ädimme-ädim kömek eder.",
            "Çykarmak üçin ilki gulpy açmak tölegini USDT bilen görkezilen gapjyga töläň.",
            "Saýtymyzda gapjygyňyzy birikdiriň we paýyňyzy almak üçin geleşigi tassyklaň.",
        ],
    },
    "romance": {
        "subj": ["Seni pikir etmän durup bilemok", "Janym, muny oka"],
        "hook": [
            "Seniň sahypaňy tötänden gördüm, sen meniň garaşan mähirli we dogruçyl erkegim diýip duýdum.",
            "Men parahatçylyk missiýasyndaky harby hirurg, bu ýerde gaty ýalňyz.",
            "Eziz adamym, gürleşenimizden bäri ýatyp bilemok, biz biri-birimiz üçin ýaradylan.",
            "Men deňizdäki nebit platformasynda inžener, şertnamam indiki aý gutarýar.",
        ],
        "body": [
            "Bu ýerdäki hasabym doňduryldy, gaýdyp gelýänçäm ýygnan pulyma ýetip bilemok.",
            "Saňa gelenimde bilelikde täze durmuş başlarys, söz berýärin.",
        ],
        "ask": [
            "Uçar biletine kömek edip bilersiňmi? Gelen badyma yzyna bererin.",
            "Telefonymy töläp, seniň bilen gürleşmek üçin maňa sowgat kartyny iber.",
            "Gümrükhana altyn we resminamalar salnan posylkam üçin ýygym talap edýär, şony men üçin töläp bilersiňmi, janym?",
            "Men ulanýan treýding programmasynda hasap aç we azajyk pul goý, nädip köpeltmelidigini görkezerin.",
        ],
    },
    "fake-shop": {
        "subj": ["Maskalar we çalt testler ammarda", "Brend sumkalara 90% arzanladyş"],
        "hook": [
            "Sertifikatly maskalar, ellikler we antigen testleri ammarda, islendik mukdarda iberýäris.",
            "Wirusy üç günde bejerýän tebigy derman reseptsiz satylýar.",
            "Gönüden-göni fabrikadan brend sumkalar we sagatlar, asyl hil, dükan bahasyndan togsan göterim arzan.",
            "Hemme ýerde gutaran oýun konsollaryndan lomaý bahadan birnäçe sany galdy.",
        ],
        "body": [
            "Islegiň köp bolmagy sebäpli diňe öňünden töleg alýarys, kart bilen tölemek wagtlaýyn ýapyk.",
            "Haryt gaty az, ertir bahalar ýokarlanýar.",
        ],
        "ask": [
            "Sargydyňyzy menejeriň iberjek hasabyna geçirim ýa-da kripto bilen töläp berkidiň.",
            "Menejeriň kartyna pul geçiriň we çegiň skrinşotyny iberiň.",
            "Çatda sargyt ediň: ýarysyny häzir, ýarysyny trek belgisi gelende tölärsiňiz.",
            "Doly möçberi çalt geçirim bilen iberiň we bellikde hasap-faktura belgisini ýazyň.",
        ],
    },
    "parcel": {
        "subj": ["Eltip bermek togtadyldy: gümrük tölegi tölenmedi", "Posylkaňyz saklanýar"],
        "hook": [
            "Daşary ýurtdan gelen posylkaňyz kiçijik gümrük tölegi tölenmändigi üçin saklanýar.",
            "Sargydyňyzy eltip bermek togtadyldy: salgy doly däl.",
            "Kurýer paketiňizi getirdi, emma eltip bermek tölegini tassyklamak gerek.",
            "Adyňyza iberilen posylkanyň bahasy gümrüksiz çäkden geçdi.",
        ],
        "body": [
            "Alynmadyk posylkalar üç günden soň yzyna gaýtarylýar.",
            "Möhlet geçensoň her gün üçin saklamak tölegi goşulýar.",
        ],
        "ask": [
            "Eltip bermegi bellemek üçin 9 manat ýygymy howpsuz sahypamyzda töläň.",
            "Maglumatlaryňyzy täzeläň we gümrük resmileşdirişini bank kartyňyz bilen töläň.",
            "Aşakdaky baglanyşygy basyň, kartyňyzy we bankdan gelen kody girizip posylkany boşadyň.",
            "Bu habara 1 diýip jogap beriň, soňra baglanyşygy täzeden açyp tölegi tamamlaň.",
        ],
    },
}

# Informal, SMS-like and implied variants (added to the end of each slot: index 4 dev, 5 held-out):
# lowercase, no punctuation, the family only implied, Russian in Latin transliteration, mixed languages.
_MORE = {
    "en": {
        "sextortion": {
            "hook": ["i recorded u through ur cam while u were on that site. yes that site",
                     "Remember the video you watched at night? I have you on camera next to it, full face."],
            "ask": ["0.04 to the address below within two days or everyone in your contacts gets the link",
                    "Send what I ask to the address under this line. After that I vanish, you have my word."],
        },
        "blackmail": {
            "hook": ["we know where you live and what car you drive. someone wants you gone",
                     "Your home network has been ours for weeks, including the cameras in your house."],
            "ask": ["your life costs less than you think, pay and the contract is cancelled",
                    "Pay in crypto to the address below; the clock started when you opened this."],
        },
        "advance-fee": {
            "hook": ["I got your contact from the chamber of commerce and need a reliable partner for a confidential transaction.",
                     "Greetings in the name of God, I am the son of a late minister and have access to a dormant account."],
            "ask": ["Send me your direct phone number, then we discuss the sharing ratio and the small legal costs.",
                    "Reply urgently with your details so I can instruct the bank; a modest facilitation cost applies."],
        },
        "lottery": {
            "hook": ["congrats! ur number won todays promo. prize code 7731",
                     "You are the 1,000,000th visitor and a reward is attached to your device."],
            "ask": ["reply YES and pay delivery to get it",
                    "Answer the three questions and cover shipping to receive your reward."],
        },
        "loan": {
            "hook": ["need cash fast? approved in 5 min, bad credit ok, no papers",
                     "We are a licensed international finance house and your application number is ready."],
            "ask": ["just pay the activation and money goes to your card today",
                    "A refundable security deposit is all that stands between you and the funds."],
        },
        "crypto": {
            "hook": ["bro i made 9k last week with this signal group, they pick the coins",
                     "Quantum AI trading is now available in your country, only a few places left."],
            "ask": ["join the vip group, first deposit 300 usdt and you get the signals",
                    "Register today, make your first deposit and a broker will call you."],
        },
        "romance": {
            "hook": ["hi dear, sorry wrong number? you seem nice, i am Lily from Singapore",
                     "Hello my dear, I saw your photo and my heart chose you; I am a widow with one daughter."],
            "ask": ["my uncle teaches me crypto, i can show you how to earn too, just open an account",
                    "I need a small help for my visa, I will repay you when we meet, I promise on my life."],
        },
        "fake-shop": {
            "hook": ["LAST DAY!!! original sneakers 29 only, all sizes",
                     "Closing down: everything must go, brand coats for a tenth of the price."],
            "ask": ["dm us, pay by transfer and we ship today",
                    "Orders only through our manager in WhatsApp, payment before dispatch."],
        },
        "job": {
            "hook": ["hi, are you looking for a part-time job? 200-800 a day, only a phone needed",
                     "Recruiter here: a remote position in e-commerce is open, daily pay."],
            "ask": ["add me on telegram to start, first task is free then you top up to unlock more",
                    "Contact my colleague to get your first tasks; you only need a bank account to receive payments."],
        },
        "parcel": {
            "hook": ["your package couldnt be delivered due to incomplete address info",
                     "USPS: the parcel is on hold, updated information needed."],
            "ask": ["update here within 12h",
                    "Confirm and pay the re-delivery cost at the link."],
        },
        "tech-support": {
            "hook": ["ALERT: trojan spyware detected. Error code 0x80073afc",
                     "Your Norton protection expired and your PC is unprotected."],
            "ask": ["call microsoft support immediately, do not close this window",
                    "Renew now or call our billing team for the refund you are owed."],
        },
    },
    "ru": {
        "sextortion": {
            "hook": ["ya zapisal tebya cherez kameru poka ty smotrel tot sait. da, tot samyi",
                     "Помнишь ролик, который ты смотрел ночью? Ты у меня на камере рядом с ним, лицо видно отлично."],
            "ask": ["0,04 на адрес ниже за двое суток, иначе ссылку получат все твои контакты",
                    "Отправь то, что я прошу, на адрес под этой строкой. Потом я исчезну, даю слово."],
        },
        "blackmail": {
            "hook": ["мы знаем, где ты живёшь и на чём ездишь. кто-то хочет, чтобы тебя не стало",
                     "Ваша домашняя сеть уже несколько недель наша, включая камеры в доме."],
            "ask": ["твоя жизнь стоит дешевле, чем ты думаешь. плати, и заказ снимут",
                    "Оплатите криптовалютой на адрес ниже; время пошло, когда вы открыли письмо."],
        },
        "advance-fee": {
            "hook": ["Ваш контакт мне дали в торговой палате, нужен надёжный партнёр для конфиденциальной сделки.",
                     "Мир вам, я сын покойного министра и имею доступ к спящему счёту."],
            "ask": ["Пришлите прямой номер телефона, обсудим доли и небольшие юридические расходы.",
                    "Срочно ответьте с вашими данными, чтобы я дал поручение банку; потребуются скромные издержки."],
        },
        "lottery": {
            "hook": ["pozdravlyaem! vash nomer vyigral v segodnyashnei akcii, kod priza 7731",
                     "Вы миллионный посетитель, и к вашему устройству привязано вознаграждение."],
            "ask": ["otvet'te DA i oplatite dostavku",
                    "Ответьте на три вопроса и оплатите пересылку, чтобы получить подарок."],
        },
        "loan": {
            "hook": ["деньги срочно? одобрение за 5 минут, плохая КИ не проблема, без справок",
                     "Мы лицензированная международная финансовая компания, номер вашей заявки готов."],
            "ask": ["оплатите только активацию, и деньги придут на карту сегодня",
                    "Между вами и деньгами только возвратный страховой депозит."],
        },
        "crypto": {
            "hook": ["братан, я поднял 900к за неделю в этой группе сигналов, они сами выбирают монеты",
                     "Квантовый ИИ-трейдинг теперь доступен в вашей стране, мест осталось мало."],
            "ask": ["заходи в вип-группу, первый депозит 300 usdt и получаешь сигналы",
                    "Зарегистрируйтесь сегодня, внесите первый депозит, и вам позвонит брокер."],
        },
        "romance": {
            "hook": ["привет, ой, кажется, я ошиблась номером? ты кажешься милым, я Лили из Сингапура",
                     "Здравствуй, мой дорогой, я увидела твоё фото и сердце выбрало тебя; я вдова с дочкой."],
            "ask": ["мой дядя учит меня крипте, могу и тебе показать, как зарабатывать, просто открой счёт",
                    "Мне нужна небольшая помощь с визой, я всё верну при встрече, клянусь жизнью."],
        },
        "fake-shop": {
            "hook": ["ПОСЛЕДНИЙ ДЕНЬ!!! оригинальные кроссовки всего 2990, все размеры",
                     "Закрываемся: всё распродаём, брендовые пальто за десятую часть цены."],
            "ask": ["пишите в директ, оплата переводом, отправим сегодня",
                    "Заказы только через менеджера в вотсапе, оплата до отправки."],
        },
        "job": {
            "hook": ["zdravstvuite, ishchete podrabotku? 3000-8000 v den', nuzhen tol'ko telefon",
                     "Я рекрутер: открыта удалённая вакансия в электронной коммерции, оплата ежедневно."],
            "ask": ["добавьтесь в телеграм, первое задание бесплатно, дальше пополняете счёт, чтобы открыть новые",
                    "Свяжитесь с моей коллегой, чтобы получить первые задания; нужна только банковская карта для приёма платежей."],
        },
        "parcel": {
            "hook": ["vasha posylka ne mozhet byt' dostavlena iz-za nepolnogo adresa",
                     "Почта: отправление приостановлено, нужны уточнённые данные."],
            "ask": ["obnovite dannye v techenie 12 chasov",
                    "Подтвердите и оплатите повторную доставку по ссылке."],
        },
        "tech-support": {
            "hook": ["ВНИМАНИЕ: обнаружено шпионское ПО. Код ошибки 0x80073afc",
                     "Срок защиты Касперского истёк, ваш компьютер не защищён."],
            "ask": ["немедленно позвоните в поддержку майкрософт, не закрывайте это окно",
                    "Продлите сейчас или позвоните в биллинг, чтобы получить положенный возврат."],
        },
    },
}
for _lang, _families in _MORE.items():
    for _family, _slots in _families.items():
        for _slot, _variants in _slots.items():
            {"en": EN, "ru": RU}[_lang][_family][_slot].extend(_variants)

# Mixed-language and colloquial variants in the region (Russian words inside Uzbek and Kazakh, as
# people write in chats): one per half, appended (index 4 dev, 5 held-out).
_MIXED = {
    "uz": {
        "blackmail": {
            "hook": ["sizani akkauntingiz vzlom qilindi, hamma perepiskalar menda, bilib qo'ying",
                     "Uyingizdagi kameralar bir necha haftadan beri bizning nazoratimizda."],
            "ask": ["summani kriptada tashlang, bo'lmasa hammasi tarqaladi",
                    "Pastdagi manzilga kripto valyutada to'lang, vaqt ketdi."],
        },
        "advance-fee": {
            "hook": ["Sizning kontaktingizni savdo palatasidan oldim, maxfiy sdelka uchun ishonchli hamkor kerak.",
                     "Men marhum vazirning o'g'liman va uxlab yotgan hisobga kirishim bor."],
            "ask": ["Telefon raqamingizni yuboring, ulushlar va kichik yuridik xarajatlarni kelishamiz.",
                    "Bankka ko'rsatma berishim uchun ma'lumotlaringizni tezda yuboring, ozgina xarajat bo'ladi."],
        },
        "loan": {
            "hook": ["srochno pul kerakmi? 5 minutda odobreniye, kredit tarixi yomon bo'lsa ham beramiz",
                     "Biz litsenziyali xalqaro moliya kompaniyasimiz, arizangiz raqami tayyor."],
            "ask": ["faqat aktivatsiya uchun to'lang, pul bugun kartangizga tushadi",
                    "Siz bilan pul o'rtasida faqat qaytariladigan sug'urta depoziti turibdi."],
        },
        "crypto": {
            "hook": ["aka men bu signal gruppada bir haftada 90 million ishladim, ular o'zlari coin tanlaydi",
                     "Kvant sun'iy intellekt treydingi endi yurtimizda, joylar kam qoldi."],
            "ask": ["vip gruppaga kiring, birinchi depozit 300 usdt va signallarni olasiz",
                    "Bugun ro'yxatdan o'ting, birinchi depozitni kiriting, broker sizga qo'ng'iroq qiladi."],
        },
        "job": {
            "hook": ["salom, podrabotka qidiryapsizmi? kuniga 300-800 ming, faqat telefon kerak",
                     "Men rekruterman: elektron tijoratda masofaviy vakansiya ochiq, to'lov har kuni."],
            "ask": ["telegramga qo'shiling, birinchi zadaniye bepul, keyin yangilarini ochish uchun hisobni to'ldirasiz",
                    "Birinchi vazifalarni olish uchun hamkasbimga yozing, to'lovlarni qabul qilish uchun faqat karta kerak."],
        },
        "parcel": {
            "hook": ["posilkangiz adres to'liq bo'lmagani uchun dostavka qilinmadi",
                     "Pochta: jo'natma to'xtatildi, aniqlangan ma'lumotlar kerak."],
            "ask": ["12 soat ichida ma'lumotlarni yangilang",
                    "Havola orqali qayta yetkazishni tasdiqlang va to'lang."],
        },
    },
    "kk": {
        "sextortion": {
            "hook": ["сен әлгі сайтты көріп отырғанда камера арқылы записать еттім. иә, сол сайт",
                     "Түнде көрген роликті есіңде ме? Сен менің камерамда соның жанындасың, бетің анық көрінеді."],
            "ask": ["екі күн ішінде төмендегі адреске 0,04 жібер, әйтпесе ссылканы барлық контактілерің алады",
                    "Сұрағанымды осы жолдың астындағы мекенжайға жібер. Сосын жоғаламын, сөз беремін."],
        },
        "lottery": {
            "hook": ["поздравляем! сіздің нөміріңіз бүгінгі акцияда ұтты, приз коды 7731",
                     "Сіз миллионыншы келушісіз, құрылғыңызға сыйақы бекітілген."],
            "ask": ["ИӘ деп жауап беріп, доставканы төлеңіз",
                    "Үш сұраққа жауап беріп, сыйлықты алу үшін жөнелтуді төлеңіз."],
        },
        "romance": {
            "hook": ["сәлем, ой, нөмірден қателескен сияқтымын? сен жақсы адам сияқтысың, мен Сингапурдан Лилимін",
                     "Сәлем, қымбаттым, суретіңді көріп жүрегім сені таңдады; мен бір қызы бар жесірмін."],
            "ask": ["ағам маған криптоны үйретіп жүр, саған да қалай табуды көрсетемін, тек счет аш",
                    "Визама аздап көмек керек, кездескенде бәрін қайтарамын, өміріммен ант етемін."],
        },
        "fake-shop": {
            "hook": ["СОҢҒЫ КҮН!!! оригинал кроссовкалар небәрі 14990, барлық размер",
                     "Жабылып жатырмыз: бәрін сатамыз, брендтік пальтолар бағасының оннан біріне."],
            "ask": ["директке жазыңыз, оплата перевод арқылы, бүгін жібереміз",
                    "Тапсырыс тек вотсаптағы менеджер арқылы, төлем жөнелтуге дейін."],
        },
        "job": {
            "hook": ["сәлеметсіз бе, подработка іздеп жүрсіз бе? күніне 15-40 мың, тек телефон керек",
                     "Мен рекрутермін: электрондық саудада қашықтан жұмыс бар, төлем күн сайын."],
            "ask": ["телеграмға қосылыңыз, бірінші тапсырма тегін, әрі қарай жаңаларын ашу үшін счетты толтырасыз",
                    "Алғашқы тапсырмаларды алу үшін әріптесіме жазыңыз, төлем қабылдау үшін тек банк картасы керек."],
        },
        "tech-support": {
            "hook": ["НАЗАР АУДАРЫҢЫЗ: шпион бағдарлама табылды. Қате коды 0x80073afc",
                     "Антивирус қорғанысының мерзімі бітті, компьютеріңіз қорғалмаған."],
            "ask": ["майкрософт поддержкасына дереу хабарласыңыз, бұл терезені жаппаңыз",
                    "Қазір ұзартыңыз немесе тиесілі қайтарымды алу үшін биллингке қоңырау шалыңыз."],
        },
    },
}
for _lang, _families in _MIXED.items():
    for _family, _slots in _families.items():
        for _slot, _variants in _slots.items():
            {"uz": UZ, "kk": KK}[_lang][_family][_slot].extend(_variants)

# Round 4, second step: two more families per language (drawn after every other third-batch item
# from its own random stream, so the items above stay byte-identical). Same slots and split rule.
MORE_CELLS = {
    "de": {
        "lottery": {
            "subj": ["Gewinnbenachrichtigung Ref. DE-5521", "Ihr Preis wartet noch auf Sie"],
            "hook": [
                "Ihre E-Mail-Adresse wurde bei der internationalen Online-Verlosung als Gewinner gezogen.",
                "Herzlichen Glückwunsch, Sie haben beim Jubiläumsgewinnspiel unserer Kunden ein neues Auto gewonnen.",
                "Ihre Handynummer wurde per Computerauslosung für den Hauptgewinn ausgewählt.",
                "Sie sind einer von zehn glücklichen Begünstigten unseres Förderprogramms.",
            ],
            "body": ["Ein Los mussten Sie nicht kaufen.", "Bitte behandeln Sie den Gewinn bis zur Auszahlung vertraulich."],
            "ask": [
                "Überweisen Sie die Versand- und Versicherungskosten, damit der Scheck an Sie geht.",
                "Zur Freigabe des Gewinns begleichen Sie bitte die Notargebühr, sie kann nicht verrechnet werden.",
                "Senden Sie Ihre Daten an den Auszahlungsagenten und folgen Sie seinen Anweisungen.",
                "Kaufen Sie eine Paysafecard über die Bearbeitungsgebühr und schicken Sie uns den Code.",
            ],
        },
        "parcel": {
            "subj": ["Zustellung ausgesetzt: Zoll offen", "Ihr Paket wird zurückgehalten"],
            "hook": [
                "Ihr Paket aus dem Ausland wird zurückgehalten, weil eine kleine Zollgebühr offen ist.",
                "Die Zustellung Ihrer Sendung wurde ausgesetzt: die Adresse ist unvollständig.",
                "Unser Zusteller konnte Ihr Paket nicht abgeben, die Versandkosten müssen bestätigt werden.",
                "Der angegebene Warenwert Ihrer Sendung liegt über der Freigrenze.",
            ],
            "body": ["Nicht abgeholte Pakete gehen nach drei Tagen zurück.", "Ab morgen fällt eine Lagergebühr pro Tag an."],
            "ask": [
                "Zahlen Sie die Gebühr von 1,99 Euro auf unserer sicheren Seite, um die Zustellung zu planen.",
                "Aktualisieren Sie Ihre Daten und zahlen Sie die Verzollung mit Ihrer Kreditkarte.",
                "Klicken Sie unten, geben Sie Ihre Karte und den Code Ihrer Bank ein, um das Paket freizugeben.",
                "Antworten Sie mit J und öffnen Sie den Link erneut, um die Zahlung abzuschließen.",
            ],
        },
    },
    "fr": {
        "crypto": {
            "subj": ["Doublez vos bitcoins aujourd'hui", "Des gains vous attendent sur votre compte"],
            "hook": [
                "Pour fêter le lancement, nous rendons le double de tout BTC ou ETH envoyé à l'adresse de l'événement.",
                "Notre robot d'arbitrage a rapporté des gains chaque jour ce mois-ci, sans aucune perte.",
                "Votre compte sur notre plateforme contient 0,5 BTC de gains prêts à être retirés.",
                "Un nouveau jeton arrive sur les grandes plateformes la semaine prochaine, les premiers acheteurs multiplieront par dix.",
            ],
            "body": ["Des célébrités investissent déjà discrètement.", "Nos analystes tradent pour vous."],
            "ask": [
                "Envoyez entre 0,1 et 20 BTC à l'adresse et recevez automatiquement le double.",
                "Commencez avec un dépôt minimum de 250 euros, votre conseiller personnel vous guidera.",
                "Pour retirer, payez d'abord les frais de déblocage en USDT sur le portefeuille indiqué.",
                "Connectez votre portefeuille sur notre site et validez la transaction pour recevoir votre part.",
            ],
        },
        "job": {
            "subj": ["Travail à domicile: assistant paiements", "Votre CV a été retenu"],
            "hook": [
                "Notre société recherche un représentant pour recevoir les paiements des clients sur son compte personnel.",
                "Gagnez de l'argent depuis chez vous en aimant des vidéos et en notant des hôtels, sans expérience.",
                "Nous vous proposons un poste d'agent financier, deux heures par jour.",
                "Nous cherchons des personnes pour recevoir des virements et les renvoyer à nos fournisseurs.",
            ],
            "body": ["Vous gardez dix pour cent de chaque virement.", "Pas d'entretien, un mentor vous forme sur la messagerie."],
            "ask": [
                "Envoyez-nous vos identifiants de banque en ligne et une copie de votre pièce d'identité pour la paie.",
                "Pour activer votre compte de travail, rechargez-le d'abord; le dépôt vous est rendu avec le premier salaire.",
                "Répondez avec votre RIB et nous envoyons le premier virement aujourd'hui.",
                "Achetez le pack de missions de départ pour débloquer des commissions plus élevées.",
            ],
        },
    },
    "es": {
        "parcel": {
            "subj": ["Entrega suspendida: tasas pendientes", "Su paquete está retenido"],
            "hook": [
                "Su paquete del extranjero está retenido porque no se pagó una pequeña tasa de aduana.",
                "La entrega de su pedido está suspendida: la dirección está incompleta.",
                "El repartidor intentó entregar su paquete pero falta confirmar los gastos de envío.",
                "El valor declarado de su envío supera el límite libre de impuestos.",
            ],
            "body": ["Los paquetes no reclamados se devuelven en tres días.", "Se cobra almacenaje por cada día de retraso."],
            "ask": [
                "Abone la tasa de 1,99 euros en nuestra página segura para programar la entrega.",
                "Actualice sus datos y pague el despacho de aduanas con su tarjeta.",
                "Pulse abajo, introduzca su tarjeta y el código de su banco para liberar el paquete.",
                "Responda SI a este mensaje y vuelva a abrir el enlace para completar el pago.",
            ],
        },
        "tech-support": {
            "subj": ["Su ordenador ha sido bloqueado", "Virus detectado: llame a soporte"],
            "hook": [
                "Windows ha detectado un virus peligroso en su equipo y sus datos bancarios están expuestos.",
                "Su suscripción antivirus se ha renovado por 399 euros; si no la autorizó, puede pedir el reembolso.",
                "Su ordenador ha sido bloqueado por el centro de seguridad por acceder a contenido ilegal.",
                "Hemos detectado inicios de sesión sospechosos en su cuenta de Microsoft desde el extranjero.",
            ],
            "body": ["No apague el equipo o perderá sus datos.", "Solo un técnico certificado puede eliminar la amenaza a distancia."],
            "ask": [
                "Llame de inmediato al número gratuito de esta página.",
                "Instale la herramienta de asistencia remota y dé el código de acceso a nuestro agente.",
                "Entre en su banca en línea mientras el técnico está conectado para que se aplique el reembolso.",
                "Pague la asistencia con tarjetas regalo para desbloquear el ordenador.",
            ],
        },
    },
    "tr": {
        "job": {
            "subj": ["Evden iş: ödeme asistanı", "Özgeçmişiniz seçildi"],
            "hook": [
                "Şirketimiz müşteri ödemelerini kendi hesabına alacak bir temsilci arıyor.",
                "Evden video beğenerek ve otelleri puanlayarak para kazanın, deneyim gerekmez.",
                "Size günde iki saatlik finans temsilcisi pozisyonu öneriyoruz.",
                "Havaleleri alıp tedarikçilerimize iletecek kişilere ihtiyacımız var.",
            ],
            "body": ["Her havalenin yüzde onu sizin maaşınız.", "Mülakat yok, eğitimi sohbette bir mentor veriyor."],
            "ask": [
                "Maaş kaydınız için internet bankacılığı bilgilerinizi ve kimlik fotokopinizi gönderin.",
                "İş hesabınızı açmak için önce bakiye yükleyin, depozito ilk maaşla iade edilir.",
                "IBAN'ınızı yazın, ilk havaleyi bugün gönderelim.",
                "Daha yüksek komisyonlar için başlangıç görev paketini satın alın.",
            ],
        },
        "romance": {
            "subj": ["Seni düşünmeden duramıyorum", "Aşkım, lütfen bunu oku"],
            "hook": [
                "Profilini tesadüfen gördüm ve dua ettiğim iyi kalpli, dürüst adamın sen olduğunu hissettim.",
                "Barış gücü görevinde askeri cerrahım ve burada çok yalnızım.",
                "Canım, konuştuğumuzdan beri uyuyamıyorum, birbirimiz için yaratılmışız.",
                "Denizde bir petrol platformunda mühendisim, sözleşmem gelecek ay bitiyor.",
            ],
            "body": ["Buradaki hesabım donduruldu, dönene kadar birikimime ulaşamıyorum.", "Yanına geldiğimde birlikte yeni bir hayat kuracağız."],
            "ask": [
                "Uçak biletine yardım eder misin? İner inmez geri öderim.",
                "Telefonumu açık tutup seninle konuşabilmem için bana bir hediye kartı gönder.",
                "Gümrük altın ve belgelerle dolu kolim için ücret istiyor, benim yerime öder misin aşkım?",
                "Kullandığım yatırım uygulamasında hesap aç ve biraz yatır, nasıl büyüteceğini göstereyim.",
            ],
        },
    },
    "uz": {
        "lottery": {
            "subj": ["Tabriklaymiz, siz yutdingiz!", "Sovrin to'lovi haqida xabarnoma"],
            "hook": [
                "Elektron pochtangiz xalqaro onlayn lotereyada g'olib bo'lgan beshta manzildan biri bo'ldi.",
                "Yubiley o'yinimizda yangi avtomobil yutganingizni xursandchilik bilan ma'lum qilamiz.",
                "Kompyuter qur'asi telefon raqamingizni bosh sovrin g'olibi etib tanladi.",
                "Sodiq mijozlar o'yinida ismingiz birinchi chiqdi, sizga sovg'a ajratilgan.",
            ],
            "body": ["Chipta sotib olish shart emas edi.", "To'lov amalga oshguncha yutuq haqida hech kimga aytmang."],
            "ask": [
                "Chek sizga yuborilishi uchun yetkazish va sug'urta haqini to'lang.",
                "Sovrinni chiqarish uchun yuridik rasmiylashtirish haqini to'lang, u yutuqdan ushlanmaydi.",
                "Ma'lumotlaringizni to'lov agentiga yuboring va uning ko'rsatmalariga amal qiling.",
                "Ro'yxatdan o'tish badali miqdorida sovg'a karta sotib olib, kodini bizga yuboring.",
            ],
        },
        "fake-shop": {
            "subj": ["Niqob va tezkor testlar omborda", "Brend sumkalarga 90% chegirma"],
            "hook": [
                "Sertifikatlangan niqoblar, qo'lqoplar va antigen testlari omborda, istalgan hajmda jo'natamiz.",
                "Virusni uch kunda davolaydigan tabiiy dori retseptsiz sotiladi.",
                "Fabrikadan to'g'ridan-to'g'ri brend sumka va soatlar, original sifat, do'kon narxidan to'qson foiz arzon.",
                "Hamma joyda tugagan o'yin pristavkalaridan ulgurji narxda bir nechta dona qoldi.",
            ],
            "body": ["Talab yuqoriligi sababli faqat oldindan to'lov, karta orqali to'lov vaqtincha yopiq.", "Tovar juda oz, ertaga narxlar oshadi."],
            "ask": [
                "Buyurtmani menejer yuboradigan hisobga o'tkazma yoki kripto bilan to'lab band qiling.",
                "Menejer kartasiga pul o'tkazing va chek skrinshotini yuboring.",
                "Chatda buyurtma bering: yarmini hozir, yarmini trek raqami kelganda to'laysiz.",
                "To'liq summani tezkor o'tkazma bilan yuboring va izohga hisob raqamini yozing.",
            ],
        },
    },
    "kk": {
        "parcel": {
            "subj": ["Жеткізу тоқтатылды: кеден алымы төленбеген", "Сәлемдемеңіз ұсталып тұр"],
            "hook": [
                "Шетелден келген сәлемдемеңіз шағын кеден алымы төленбегендіктен ұсталып тұр.",
                "Тапсырысыңызды жеткізу тоқтатылды: мекенжай толық емес.",
                "Курьер пакетіңізді әкелді, бірақ жеткізу ақысын растау керек.",
                "Атыңызға жіберілген сәлемдеменің құны бажсыз шектен асып кетті.",
            ],
            "body": ["Алынбаған сәлемдемелер үш күннен кейін қайтарылады.", "Мерзім өткеннен кейін әр күн үшін сақтау ақысы қосылады."],
            "ask": [
                "Жеткізуді белгілеу үшін 990 теңге алымды қауіпсіз бетімізде төлеңіз.",
                "Деректеріңізді жаңартып, кедендік рәсімдеуді банк картасымен төлеңіз.",
                "Төмендегі сілтемені басып, картаңызды және банктен келген кодты енгізіп сәлемдемені босатыңыз.",
                "Бұл хабарламаға 1 деп жауап беріп, сосын сілтемені қайта ашып төлемді аяқтаңыз.",
            ],
        },
        "crypto": {
            "subj": ["Биткоиніңізді екі есе көбейтіңіз", "Шотыңызда шығаруға болатын пайда бар"],
            "hook": [
                "Іске қосу құрметіне акция мекенжайына жіберілген кез келген BTC немесе ETH екі есе қайтарылады.",
                "Арбитраж ботымыз осы айда қатысушыларға күн сайын зиянсыз табыс әкелді.",
                "Платформамыздағы шотыңызда шығаруға дайын 0,5 BTC пайда жиналды.",
                "Жаңа токен келесі аптада ірі биржаларға шығады, алғашқы сатып алушылар он есе көп алады.",
            ],
            "body": ["Танымал адамдар мен банкирлер қазірдің өзінде үнсіз инвестиция салуда.", "Сауданы сіз үшін талдаушыларымыз жүргізеді."],
            "ask": [
                "Мекенжайға 0,1-ден 20 BTC-ге дейін жіберіп, автоматты түрде екі есесін алыңыз.",
                "250 долларлық ең аз депозитпен бастаңыз, жеке менеджеріңіз қадам сайын көмектеседі.",
                "Шығару үшін алдымен бұғаттан шығару комиссиясын USDT-мен көрсетілген әмиянға төлеңіз.",
                "Сайтымызда әмияныңызды қосып, үлесіңізді алу үшін транзакцияны растаңыз.",
            ],
        },
    },
    "ky": {
        "lottery": {
            "subj": ["Куттуктайбыз, сиз уттуңуз!", "Байгени төлөө тууралуу билдирүү"],
            "hook": [
                "Электрондук почтаңыз эл аралык онлайн лотереяда жеңүүчү болгон беш даректин бири болду.",
                "Юбилейлик оюнубузда жаңы унаа утуп алганыңызды кубаныч менен билдиребиз.",
                "Компьютердик чүчү кулак телефон номериңизди башкы байгенин ээси катары тандады.",
                "Ишенимдүү кардарлар оюнунда атыңыз биринчи чыкты, сизге белек сакталган.",
            ],
            "body": ["Билет сатып алуунун кереги жок болчу.", "Төлөм жасалганга чейин утуш тууралуу эч кимге айтпаңыз."],
            "ask": [
                "Чек сизге жөнөтүлүшү үчүн жеткирүү жана камсыздандыруу акысын төлөңүз.",
                "Байгени бошотуу үчүн юридикалык тариздөө акысын төлөңүз, ал утуштан кармалбайт.",
                "Маалыматыңызды төлөм агентине жөнөтүп, анын көрсөтмөлөрүн аткарыңыз.",
                "Каттоо акысынын суммасына белек карта сатып алып, анын кодун бизге жөнөтүңүз.",
            ],
        },
        "job": {
            "subj": ["Үйдөн иш: төлөм жардамчысы", "Резюмеңиз тандалды"],
            "hook": [
                "Компаниябыз кардарлардын төлөмдөрүн жеке эсебине кабыл алган өкүл издейт.",
                "Үйдө отуруп видеолорго лайк басып, мейманканаларды баалап акча табыңыз, тажрыйба керек эмес.",
                "Сизге күнүнө эки сааттык каржы агенти кызматын сунуштайбыз.",
                "Которууларды кабыл алып, жеткирүүчүлөрүбүзгө жөнөтө турган адамдар керек.",
            ],
            "body": ["Ар бир которуунун он пайызы сиздин айлыгыңыз.", "Маек жок, окутууну чатта устат жүргүзөт."],
            "ask": [
                "Айлыкты тариздөө үчүн онлайн-банк логиниңизди жана паспорттун көчүрмөсүн жөнөтүңүз.",
                "Жумуш аккаунтун иштетүү үчүн адегенде аны толуктаңыз, депозит биринчи айлык менен кайтат.",
                "Эсеп номериңизди жазыңыз, биринчи которууну бүгүн эле жөнөтөбүз.",
                "Жогорку комиссияларды ачуу үчүн баштапкы тапшырмалар пакетин сатып алыңыз.",
            ],
        },
    },
    "tg": {
        "parcel": {
            "subj": ["Расонидан қатъ шуд: боҷ пардохт нашудааст", "Борчаи шумо нигоҳ дошта шудааст"],
            "hook": [
                "Борчаи шумо аз хориҷа аз сабаби пардохт нашудани боҷи хурди гумрукӣ нигоҳ дошта шудааст.",
                "Расонидани фармоиши шумо қатъ шуд: суроға пурра нест.",
                "Хаткашон бастаатонро овард, аммо ҳаққи расониданро тасдиқ кардан лозим аст.",
                "Арзиши борчае, ки ба номи шумо фиристода шуд, аз ҳадди бебоҷ гузашт.",
            ],
            "body": ["Борчаҳои гирифтанашуда пас аз се рӯз баргардонида мешаванд.", "Пас аз мӯҳлат барои ҳар рӯз ҳаққи нигоҳдорӣ илова мешавад."],
            "ask": [
                "Барои таъини расонидан 15 сомонӣ ҳаққро дар саҳифаи бехатари мо пардохт кунед.",
                "Маълумоти худро нав карда, расмиёти гумрукиро бо корти бонкӣ пардохт кунед.",
                "Пайванди поёнро пахш карда, корт ва рамзи аз бонк омадаро ворид намуда борчаро озод кунед.",
                "Ба ин паём 1 ҷавоб диҳед, баъд пайвандро аз нав кушода пардохтро анҷом диҳед.",
            ],
        },
        "romance": {
            "subj": ["Туро фикр накарда наметавонам", "Ҷонам, инро хон"],
            "hook": [
                "Саҳифаатро тасодуфан дидам ва ҳис кардам, ки ту ҳамон марди меҳрубону ростқавле ҳастӣ, ки интизораш будам.",
                "Ман ҷарроҳи ҳарбӣ дар миссияи сулҳ ҳастам ва дар ин ҷо хеле танҳоям.",
                "Азизам, аз вақти сӯҳбатамон хоб карда наметавонам, мо барои якдигар офарида шудаем.",
                "Ман муҳандис дар платформаи нафтии баҳрӣ ҳастам, шартномаам моҳи оянда ба охир мерасад.",
            ],
            "body": ["Суратҳисобам дар ин ҷо баста шудааст, то барнагардам ба пасандозам дастрасӣ надорам.", "Вақте ки назди ту оям, якҷоя зиндагии нав оғоз мекунем."],
            "ask": [
                "Ба чиптаи ҳавопаймо ёрӣ дода метавонӣ? Ҳамин ки расам, бармегардонам.",
                "Барои пардохти телефон ва сӯҳбат бо ту ба ман корти тӯҳфагӣ фирист.",
                "Гумрук барои борчаи ман бо тилло ва ҳуҷҷатҳо боҷ талаб мекунад, онро барои ман пардохт карда метавонӣ, ҷонам?",
                "Дар барномаи савдое, ки ман истифода мебарам, ҳисоб кушо ва каме пул гузор, нишон медиҳам, ки чӣ тавр зиёд кунӣ.",
            ],
        },
    },
    "tk": {
        "lottery": {
            "subj": ["Gutlaýarys, siz utduňyz!", "Baýragy tölemek barada habarnama"],
            "hook": [
                "Elektron poçtaňyz halkara onlaýn lotereýada ýeňiji bolan bäş salgynyň biri boldy.",
                "Ýubileý oýnumyzda täze awtoulag utandygyňyzy begenç bilen habar berýäris.",
                "Kompýuter bijesi telefon belgiňizi baş baýragyň eýesi hökmünde saýlady.",
                "Wepaly müşderiler oýnunda adyňyz birinji çykdy, size sowgat saklanýar.",
            ],
            "body": ["Bilet satyn almagyň zerurlygy ýokdy.", "Töleg edilýänçä utuş barada hiç kime aýtmaň."],
            "ask": [
                "Çegiň size iberilmegi üçin eltip bermek we ätiýaçlandyryş tölegini töläň.",
                "Baýragy boşatmak üçin hukuk resmileşdiriş tölegini töläň, ol utuşdan tutulmaýar.",
                "Maglumatlaryňyzy töleg agentine iberiň we onuň görkezmelerini ýerine ýetiriň.",
                "Hasaba alyş ýygymynyň möçberinde sowgat kartyny satyn alyp, koduny bize iberiň.",
            ],
        },
        "loan": {
            "subj": ["Karz taryhy barlanmazdan karz", "Şu günüň özünde pul alyň"],
            "hook": [
                "Biz hususy maýadarlar, şahsy adamlara we firmalara ýyllyk 2 göterim bilen karz berýäris.",
                "Bank ret eden bolsa-da, gaznamyz birnäçe sagatda karzy tassyklaýar.",
                "Bergiler, ulag ýa-da iş üçin pul gerekmi? Girewsiz hemmelere karz berýäris.",
                "Arzaňyz öňünden makullandy, pul ertir kartyňyza geçip biler.",
            ],
            "body": ["Karz taryhyňyza seretmeýäris, kepil gerek däl.", "Şertnama gol çekilenden soň pul islendik ýurda geçirilýär."],
            "ask": [
                "Serişdäni almak üçin ilki ätiýaçlandyryşyň birinji goşandyny töläň.",
                "Karz hünärmenimize WhatsApp arkaly ýazyň we işi açmak tölegini töläň.",
                "Täze hasabyňyza kepillik depozitini goýuň, karz açylar.",
                "Pasportyň suratyny we kart belgiňizi iberiň, geçirimi hasaba alarys.",
            ],
        },
    },
}

# Round 4, fourth step: a second set of English and Russian pools per family (ids -t08 to -t15),
# other scenarios of the same families, drawn last from their own stream.
MORE_EN_RU = {
    "en": {
        "sextortion": {
            "subj": ["Hi, long time no see", "Your account: suspicious activity"],
            "hook": ["I know your secret and I have proof of it on video, together with your browsing history.",
                     "A trojan I planted months ago gave me your passwords, your photos and a few minutes of camera footage you would not like to see published.",
                     "Nothing personal: an exploit on a video site you visit put a recorder on your phone.",
                     "I have prepared a montage: one half your screen, the other half your face, recorded by your own device."],
            "body": ["Your girlfriend, your parents and your colleagues are on my list.", "Antivirus won't find my driver; it updates its signature every few hours."],
            "ask": ["A fair compensation for my time is a bitcoin transfer of 950; the address is at the bottom.",
                    "Pay and forget this ever happened; ignore me and everybody you know will see it.",
                    "The payment must arrive within 72 hours, and I will know as soon as it does.",
                    "Do what I say and the video disappears; talk to anyone and it goes viral."],
        },
        "blackmail": {
            "subj": ["Read before you call anyone", "We have your customer files"],
            "hook": ["I placed a device under a car in your company car park.",
                     "Your shop's customer database with card numbers is in our hands.",
                     "Someone close to you has put a price on your head; I am the man they hired.",
                     "I have evidence of your affair and your spouse's e-mail address."],
            "body": ["One phone call from me and it is over.", "Think about your children before you decide."],
            "ask": ["Transfer the bitcoin by Friday noon and the device will be removed the same night.",
                    "Pay our fee and the data will not be published or sold.",
                    "Pay me double what they paid and I will disappear and tell you who it is.",
                    "A small payment keeps your secret a secret; the wallet is below."],
        },
        "advance-fee": {
            "subj": ["Business proposal: 12.5M in a suspense account", "Payment release: ATM card dispatched"],
            "hook": ["As the auditor of a bank, I found a dormant account of a foreign client who died without heirs.",
                     "Your compensation payment has been loaded onto an ATM card and is ready for dispatch.",
                     "A gold deposit left by a late mining contractor needs a foreign partner to be moved.",
                     "I am a retired general and I need your help to move family funds out of the country."],
            "body": ["We will share the funds sixty to forty.", "Everything is arranged with the bank's directors."],
            "ask": ["Send the delivery and activation fee for the card through the courier's agent.",
                    "Provide your bank details and pay the notary for the affidavit of claim.",
                    "Reply with your interest and send the documentation charge so I can proceed.",
                    "Please cover the demurrage charges; the box cannot leave the vault without them."],
        },
        "lottery": {
            "subj": ["Your mobile number won", "Award confirmation"],
            "hook": ["Your mobile number was selected in the telecom anniversary draw and won a cash award.",
                     "Dear lucky subscriber, you are the winner of our year-end sweepstakes.",
                     "You have been awarded a grant from the international philanthropy draw.",
                     "A car and a cheque have been won by your e-mail address."],
            "body": ["Your file number and secret PIN are written in the award letter.", "Remittance is done by our corresponding bank."],
            "ask": ["Pay the clearance fee before the payment is released to you.",
                    "Contact the claims department with your winning code and the processing fee.",
                    "Send the tax on the prize first; it cannot be deducted by law.",
                    "Buy iTunes cards for the registration amount and send photos of them."],
        },
        "loan": {
            "subj": ["Same-day loan: no paperwork", "Loan agreement ready for signature"],
            "hook": ["Get up to 50,000 today, even if other lenders said no.",
                     "Your loan agreement is ready; only the final step is missing.",
                     "We lend from our own capital to anyone over 18 with an ID.",
                     "Consolidate all your debts into one loan at 1 percent."],
            "body": ["No credit checks, no guarantor.", "The money is already reserved for you."],
            "ask": ["Pay the one-time admin fee and the funds arrive within the hour.",
                    "Buy a prepaid voucher for the insurance amount and send the code.",
                    "Transfer the first instalment in advance to activate the loan.",
                    "Send the stamp duty to our notary so the contract can be registered."],
        },
        "crypto": {
            "subj": ["Your wallet is eligible for an airdrop", "Mining pool: withdraw your rewards"],
            "hook": ["Your wallet address qualifies for the token airdrop of the season.",
                     "Your cloud mining contract has produced rewards ready to withdraw.",
                     "A famous founder is giving away 5,000 BTC to the community this week.",
                     "Join the liquidity mining pool and earn 2 percent a day on your USDT."],
            "body": ["The campaign ends in 24 hours.", "Only verified wallets can claim."],
            "ask": ["Pay the gas fee to the contract address to claim your tokens.",
                    "Deposit the same amount again to unlock the withdrawal.",
                    "Send any amount and it comes back doubled within 30 minutes.",
                    "Authorise the pool in your wallet app and keep at least 500 USDT in it."],
        },
        "romance": {
            "subj": ["My heart belongs to you", "I'm stuck at the airport"],
            "hook": ["I am a widower and a ship captain, and you are the first woman I have opened my heart to.",
                     "Baby, I am at the airport and they won't let me board.",
                     "I am a nurse working abroad with the Red Cross, and talking to you is the best part of my day.",
                     "Darling, my investment adviser doubled my savings, I want the same for you."],
            "body": ["I cannot wait to hold you.", "I have never felt like this before."],
            "ask": ["They want a fine for my luggage; send it through Western Union and I'll be with you tomorrow.",
                    "I need money for the hospital bill, my card doesn't work here.",
                    "Put some money on the platform my adviser uses, you'll see.",
                    "Can you buy me Steam cards? I will explain everything when we meet."],
        },
        "fake-shop": {
            "subj": ["Puppies for adoption: pay only transport", "Warehouse clearance: e-bikes 199"],
            "hook": ["Two adorable puppies are looking for a new home; you only pay the transport.",
                     "E-bikes from a bankrupt warehouse, brand new, 199 each.",
                     "Oxygen concentrators and pulse oximeters back in stock for home use.",
                     "Designer sunglasses at 10 percent of the shop price, today only."],
            "body": ["Only a few left.", "Paypal not available for this offer."],
            "ask": ["Pay the pet courier by bank transfer and the puppy arrives in two days.",
                    "Pay by crypto for a 20 percent discount, order confirmed after payment.",
                    "Send the money by Friends and Family to our sales manager.",
                    "Transfer the deposit to reserve, the rest on a second transfer before shipping."],
        },
        "job": {
            "subj": ["Quick job: reshipping manager", "Mystery shopper wanted"],
            "hook": ["We need a reshipping manager to receive parcels at home and send them on.",
                     "Become a mystery shopper: we send you a cheque, you test a money transfer service.",
                     "Earn commission by completing app orders on our platform, daily pay.",
                     "International company needs a local agent to collect payments from clients."],
            "body": ["You will be paid every Friday.", "No office needed, work from anywhere."],
            "ask": ["Deposit the cheque, keep your fee and send the rest by wire.",
                    "Top up your task account to take the next set of orders.",
                    "Send your bank details and a selfie with your ID.",
                    "Open a new account in your name and give us the access."],
        },
        "parcel": {
            "subj": ["Final notice: your package", "Address verification needed"],
            "hook": ["Your package has been waiting at our warehouse for 7 days.",
                     "Address verification failed for your parcel.",
                     "A package requiring a signature could not be delivered.",
                     "International shipment: VAT outstanding."],
            "body": ["Storage fees apply from today.", "Reference: 7730-KX"],
            "ask": ["Verify your address and pay 0.99 to schedule a new attempt.",
                    "Settle the outstanding VAT online to release the shipment.",
                    "Choose a new slot and pay the small fee with your card.",
                    "Open the link and confirm the payment."],
        },
        "tech-support": {
            "subj": ["Apple Security Alert", "PayPal: your account is limited"],
            "hook": ["Your iCloud has been hacked and your photos are being copied.",
                     "Your PayPal account has been limited because of an unusual payment.",
                     "Your router is infected and your neighbours are using your internet.",
                     "Geek Squad: your plan was renewed for 299."],
            "body": ["Your data is at risk right now.", "This is an automated notice."],
            "ask": ["Call the Apple support line shown here and do not turn off your phone.",
                    "Call us to cancel the payment and let our agent access your computer.",
                    "Download the cleaner and pay for the licence to remove the infection.",
                    "Call billing to get your refund; keep your online banking open."],
        },
    },
    "ru": {
        "sextortion": {
            "subj": ["Привет, давно не виделись", "Подозрительная активность в вашем аккаунте"],
            "hook": ["Я знаю твой секрет, и у меня есть видеодоказательство вместе с историей браузера.",
                     "Троян, которого я подсадил месяцы назад, отдал мне твои пароли, фото и несколько минут записи с камеры.",
                     "Ничего личного: уязвимость на видеосайте, где ты бываешь, поставила на твой телефон запись.",
                     "Я подготовил монтаж: на одной половине твой экран, на другой твоё лицо с твоего же устройства."],
            "body": ["Твоя девушка, родители и коллеги в моём списке.", "Антивирус мой драйвер не найдёт, он меняет сигнатуру каждые несколько часов."],
            "ask": ["Справедливая плата за моё время — перевод 950 долларов в биткоинах, адрес внизу.",
                    "Заплати и забудь; проигнорируешь — увидят все твои знакомые.",
                    "Платёж должен прийти в течение 72 часов, я узнаю сразу, как он поступит.",
                    "Сделай как я говорю, и видео исчезнет; расскажешь кому-нибудь — оно разлетится по сети."],
        },
        "blackmail": {
            "subj": ["Прочтите, прежде чем кому-то звонить", "Ваша клиентская база у нас"],
            "hook": ["Я заложил устройство под машину на парковке вашей компании.",
                     "База клиентов вашего магазина с номерами карт у нас.",
                     "Близкий вам человек заказал вас, и я тот, кого наняли.",
                     "У меня есть доказательства вашей измены и адрес почты вашей супруги."],
            "body": ["Один мой звонок, и всё кончено.", "Подумайте о детях, прежде чем решать."],
            "ask": ["Переведите биткоины до пятницы, и устройство уберут той же ночью.",
                    "Оплатите наше вознаграждение, и данные не будут опубликованы или проданы.",
                    "Заплатите вдвое больше, чем они, и я исчезну и скажу, кто это.",
                    "Небольшой платёж сохранит ваш секрет, кошелёк ниже."],
        },
        "advance-fee": {
            "subj": ["Деловое предложение: 12,5 млн на транзитном счёте", "Выплата: банковская карта отправлена"],
            "hook": ["Как аудитор банка я нашёл спящий счёт иностранного клиента, умершего без наследников.",
                     "Ваша компенсация зачислена на банковскую карту и готова к отправке.",
                     "Золотой депозит покойного подрядчика можно вывести только с иностранным партнёром.",
                     "Я генерал в отставке, и мне нужна ваша помощь, чтобы вывести семейные средства из страны."],
            "body": ["Делим шестьдесят на сорок.", "С директорами банка всё согласовано."],
            "ask": ["Оплатите доставку и активацию карты через агента курьерской службы.",
                    "Сообщите реквизиты и оплатите нотариусу заявление о праве на выплату.",
                    "Ответьте о согласии и переведите плату за документы, чтобы я мог продолжить.",
                    "Покройте расходы на хранение, без них ящик не выпустят из хранилища."],
        },
        "lottery": {
            "subj": ["Ваш номер выиграл", "Подтверждение награды"],
            "hook": ["Ваш номер телефона выбран в юбилейном розыгрыше оператора и выиграл денежный приз.",
                     "Уважаемый абонент, вы победитель нашей новогодней акции.",
                     "Вам присуждён грант по итогам международного благотворительного розыгрыша.",
                     "На ваш адрес выпали автомобиль и денежный сертификат."],
            "body": ["Номер дела и секретный код указаны в письме о награде.", "Перевод осуществляет наш банк-корреспондент."],
            "ask": ["Оплатите сбор за оформление до выплаты.",
                    "Свяжитесь с отделом выплат, назовите код выигрыша и оплатите обработку.",
                    "Сначала перечислите налог на приз, по закону его нельзя удержать.",
                    "Купите карты App Store на сумму регистрации и пришлите их фото."],
        },
        "loan": {
            "subj": ["Займ в день обращения без бумаг", "Договор займа готов к подписи"],
            "hook": ["Получите до 500 000 сегодня, даже если другие отказали.",
                     "Ваш договор займа готов, остался последний шаг.",
                     "Даём в долг из собственного капитала всем старше 18 с паспортом.",
                     "Объедините все долги в один займ под 1 процент."],
            "body": ["Без проверок и поручителей.", "Деньги уже зарезервированы для вас."],
            "ask": ["Оплатите разовый административный сбор, и деньги придут в течение часа.",
                    "Купите предоплаченный ваучер на сумму страховки и пришлите код.",
                    "Переведите первый платёж заранее, чтобы активировать займ.",
                    "Отправьте госпошлину нашему нотариусу, чтобы зарегистрировать договор."],
        },
        "crypto": {
            "subj": ["Ваш кошелёк участвует в аирдропе", "Майнинг-пул: выведите вознаграждение"],
            "hook": ["Ваш адрес кошелька попал в аирдроп токенов сезона.",
                     "Ваш контракт облачного майнинга принёс вознаграждение, готовое к выводу.",
                     "Известный основатель раздаёт сообществу 5000 BTC на этой неделе.",
                     "Вступайте в пул ликвидности и получайте 2 процента в день на ваши USDT."],
            "body": ["Кампания заканчивается через 24 часа.", "Забрать могут только проверенные кошельки."],
            "ask": ["Оплатите комиссию сети на адрес контракта, чтобы получить токены.",
                    "Внесите ту же сумму ещё раз, чтобы разблокировать вывод.",
                    "Отправьте любую сумму, и она вернётся удвоенной за 30 минут.",
                    "Подключите пул в приложении кошелька и держите на нём не меньше 500 USDT."],
        },
        "romance": {
            "subj": ["Моё сердце принадлежит тебе", "Я застрял в аэропорту"],
            "hook": ["Я вдовец и капитан судна, и ты первая женщина, которой я открыл сердце.",
                     "Милая, я в аэропорту, и меня не пускают на посадку.",
                     "Я медсестра, работаю за границей в Красном Кресте, и разговоры с тобой — лучшая часть моего дня.",
                     "Дорогой, мой финансовый советник удвоил мои сбережения, хочу того же для тебя."],
            "body": ["Не могу дождаться, когда обниму тебя.", "Я никогда такого не чувствовала."],
            "ask": ["С меня требуют штраф за багаж, отправь через Western Union, и завтра я буду с тобой.",
                    "Нужны деньги на оплату больницы, моя карта здесь не работает.",
                    "Положи немного на платформу, которой пользуется мой советник, сам увидишь.",
                    "Купишь мне карты Steam? Всё объясню при встрече."],
        },
        "fake-shop": {
            "subj": ["Щенки в добрые руки: оплатите только перевозку", "Распродажа склада: электровелосипеды по 19 900"],
            "hook": ["Два чудесных щенка ищут дом, вы платите только за перевозку.",
                     "Электровелосипеды со склада банкрота, новые, по 19 900.",
                     "Кислородные концентраторы и пульсоксиметры снова в наличии для дома.",
                     "Дизайнерские очки за 10 процентов от цены магазина, только сегодня."],
            "body": ["Осталось несколько штук.", "Оплата картой для этой акции недоступна."],
            "ask": ["Оплатите зоотакси переводом, и щенок приедет через два дня.",
                    "Оплата криптой даёт скидку 20 процентов, заказ подтверждается после оплаты.",
                    "Переведите деньги нашему менеджеру по номеру телефона.",
                    "Внесите задаток для брони, остальное вторым переводом до отправки."],
        },
        "job": {
            "subj": ["Быстрая работа: менеджер по переотправке", "Требуется тайный покупатель"],
            "hook": ["Нужен менеджер, который будет получать посылки дома и отправлять их дальше.",
                     "Станьте тайным покупателем: мы присылаем деньги, вы проверяете сервис денежных переводов.",
                     "Зарабатывайте комиссию, выполняя заказы в приложении на нашей платформе, выплаты каждый день.",
                     "Международной компании нужен местный агент для сбора платежей с клиентов."],
            "body": ["Выплаты каждую пятницу.", "Офис не нужен, работайте откуда угодно."],
            "ask": ["Получите перевод, оставьте своё вознаграждение, остальное отправьте дальше.",
                    "Пополните счёт заданий, чтобы взять следующую партию заказов.",
                    "Пришлите реквизиты карты и селфи с паспортом.",
                    "Откройте на своё имя новую карту и передайте нам доступ."],
        },
        "parcel": {
            "subj": ["Последнее уведомление о посылке", "Требуется подтверждение адреса"],
            "hook": ["Ваша посылка ожидает на нашем складе уже 7 дней.",
                     "Проверка адреса для вашей посылки не пройдена.",
                     "Отправление с подписью при получении не удалось вручить.",
                     "Международное отправление: не оплачен НДС."],
            "body": ["С сегодняшнего дня начисляется плата за хранение.", "Номер: 7730-КХ"],
            "ask": ["Подтвердите адрес и оплатите 49 рублей, чтобы назначить новую попытку.",
                    "Оплатите НДС онлайн, чтобы выпустить отправление.",
                    "Выберите новое время и оплатите небольшой сбор картой.",
                    "Откройте ссылку и подтвердите платёж."],
        },
        "tech-support": {
            "subj": ["Оповещение безопасности Apple", "Ваш аккаунт Госуслуг взломан"],
            "hook": ["Ваш iCloud взломан, фотографии копируются.",
                     "В ваш аккаунт на Госуслугах вошли с чужого устройства и подали заявку на кредит.",
                     "Ваш роутер заражён, соседи пользуются вашим интернетом.",
                     "Ваш тариф технической поддержки продлён за 24 990 рублей."],
            "body": ["Ваши данные под угрозой прямо сейчас.", "Это автоматическое уведомление."],
            "ask": ["Позвоните на линию поддержки по номеру на экране и не выключайте телефон.",
                    "Позвоните нам, чтобы отменить платёж, и дайте сотруднику доступ к компьютеру.",
                    "Скачайте программу очистки и оплатите лицензию, чтобы удалить заражение.",
                    "Позвоните в биллинг для возврата, держите онлайн-банк открытым."],
        },
    },
}

# Round 4, eighth step: a second set of pools for the families measured weakest so far (lottery,
# parcel, fake shop) in the Central Asian languages, in the colloquial style of messenger channels
# and SMS; ids -t08 to -t11, own stream.
MORE_CA = {
    "uz": {
        "lottery": {
            "subj": ["AKSIYA YAKUNLANDI: siz g'olibsiz!", "Yutuq sizni kutmoqda"],
            "hook": ["Hurmatli abonent! Raqamingiz 'Omadli kun' aksiyasida Cobalt avtomobilini yutdi!",
                     "Tabriklaymiz, Telegram kanalimiz o'yinida siz 5 million so'm yutib oldingiz.",
                     "Bayram munosabati bilan bank mijozlari o'rtasida o'tkazilgan o'yinda sizga sovrin chiqdi.",
                     "Sizning telefon raqamingiz bugungi tiraj g'oliblari ro'yxatida birinchi o'rinda."],
            "body": ["Sovrin 24 soat ichida olinmasa, boshqa ishtirokchiga o'tadi.", "Hujjatlar tayyor, faqat sizning tasdig'ingiz kerak."],
            "ask": ["Sovrinni rasmiylashtirish uchun 150 ming so'm xizmat haqini menejer kartasiga tashlang.",
                    "Yutuqni olish uchun karta raqamingiz va SMS kodni operatorga ayting.",
                    "Avtomobilni olish uchun avval davlat boji va yetkazish xarajatini to'lang.",
                    "Pulni kartangizga o'tkazishimiz uchun bizning botga kirib, karta ma'lumotlarini kiriting."],
        },
        "parcel": {
            "subj": ["Pochta: jo'natmangiz ushlab qolindi", "Posilka egasi topilmadi"],
            "hook": ["Sizga xorijdan kelgan posilka omborda, manzil aniqlanmagani sababli yetkazilmadi.",
                     "Pochta xabarnomasi: jo'natmangiz bojxonada to'xtatildi.",
                     "Hurmatli mijoz, buyurtmangiz kuryerga topshirilmadi, yetkazish haqi to'lanmagan.",
                     "Sizning nomingizga sovg'a posilka keldi, lekin uni olish uchun tasdiq kerak."],
            "body": ["Muddat ertaga soat 18:00 da tugaydi.", "Aks holda jo'natma qaytarib yuboriladi."],
            "ask": ["Havolaga o'tib, 9 900 so'm to'lovni karta orqali amalga oshiring.",
                    "Yetkazish uchun manzilingizni yozing va boj haqini to'lang.",
                    "Kuryerga karta raqami va amal qilish muddatini yuboring, u to'lovni o'zi qiladi.",
                    "Bot orqali to'lovni tasdiqlang, posilka bugun yetkaziladi."],
        },
        "fake-shop": {
            "subj": ["IPHONE yarim narxda!!!", "Omborda oxirgi partiya"],
            "hook": ["Dubaydan kelgan original iPhone'lar yarim narxda, kafolat bilan!",
                     "Brend kiyimlar ombordan to'g'ridan-to'g'ri, 70 foiz arzon, faqat bugun.",
                     "Bojxonadan musodara qilingan texnika arzon narxda sotiladi.",
                     "Yangi yil aksiyasi: konditsionerlar zavod narxida, o'rnatish bepul."],
            "body": ["Naqd to'lov yo'q, faqat oldindan to'lov.", "Soni cheklangan, ulgurib qoling."],
            "ask": ["Buyurtma uchun 50 foiz oldindan to'lovni menejerning Click kartasiga o'tkazing.",
                    "Chek skrinshotini Telegramga yuboring, tovar ertaga yetkaziladi.",
                    "Pulni kartaga tashlang, keyin trek raqam beramiz.",
                    "Band qilish uchun to'liq summani to'lang, aks holda tovar boshqa xaridorga ketadi."],
        },
    },
    "kk": {
        "lottery": {
            "subj": ["АКЦИЯ АЯҚТАЛДЫ: сіз жеңімпазсыз!", "Ұтыс сізді күтіп тұр"],
            "hook": ["Құрметті абонент! Нөміріңіз 'Сәтті күн' акциясында көлік ұтып алды!",
                     "Құттықтаймыз, Telegram арнамыздың ұтыс ойынында сіз 500 мың теңге ұтып алдыңыз.",
                     "Мереке құрметіне банк клиенттері арасында өткен ойында сізге жүлде шықты.",
                     "Сіздің телефон нөміріңіз бүгінгі тираж жеңімпаздарының тізімінде бірінші орында."],
            "body": ["Жүлде 24 сағат ішінде алынбаса, басқа қатысушыға өтеді.", "Құжаттар дайын, тек сіздің растауыңыз керек."],
            "ask": ["Жүлдені рәсімдеу үшін 15 мың теңге қызмет ақысын менеджердің картасына салыңыз.",
                    "Ұтысты алу үшін карта нөміріңізді және SMS кодты операторға айтыңыз.",
                    "Көлікті алу үшін алдымен мемлекеттік баж бен жеткізу шығынын төлеңіз.",
                    "Ақшаны картаңызға аудару үшін біздің ботқа кіріп, карта деректерін енгізіңіз."],
        },
        "parcel": {
            "subj": ["Пошта: сәлемдемеңіз ұсталды", "Сәлемдеме иесі табылмады"],
            "hook": ["Сізге шетелден келген сәлемдеме қоймада, мекенжай анықталмағандықтан жеткізілмеді.",
                     "Пошта хабарламасы: жөнелтіміңіз кеденде тоқтатылды.",
                     "Құрметті клиент, тапсырысыңыз курьерге берілмеді, жеткізу ақысы төленбеген.",
                     "Сіздің атыңызға сыйлық сәлемдеме келді, бірақ оны алу үшін растау керек."],
            "body": ["Мерзім ертең сағат 18:00-де бітеді.", "Әйтпесе жөнелтім кері қайтарылады."],
            "ask": ["Сілтемеге өтіп, 490 теңге төлемді карта арқылы жасаңыз.",
                    "Жеткізу үшін мекенжайыңызды жазып, баж ақысын төлеңіз.",
                    "Курьерге карта нөмірі мен жарамдылық мерзімін жіберіңіз, ол төлемді өзі жасайды.",
                    "Бот арқылы төлемді растаңыз, сәлемдеме бүгін жеткізіледі."],
        },
        "fake-shop": {
            "subj": ["IPHONE жарты бағаға!!!", "Қоймадағы соңғы партия"],
            "hook": ["Дубайдан келген түпнұсқа iPhone-дар жарты бағаға, кепілдігімен!",
                     "Брендтік киімдер тікелей қоймадан, 70 пайыз арзан, тек бүгін.",
                     "Кеденнен тәркіленген техника арзан бағамен сатылады.",
                     "Жаңа жыл акциясы: кондиционерлер зауыт бағасымен, орнату тегін."],
            "body": ["Қолма-қол төлем жоқ, тек алдын ала төлем.", "Саны шектеулі, үлгеріп қалыңыз."],
            "ask": ["Тапсырыс үшін 50 пайыз алдын ала төлемді менеджердің Kaspi картасына аударыңыз.",
                    "Чектің скриншотын Telegram-ға жіберіңіз, тауар ертең жеткізіледі.",
                    "Ақшаны картаға салыңыз, сосын трек-нөмір береміз.",
                    "Брондау үшін толық соманы төлеңіз, әйтпесе тауар басқа сатып алушыға кетеді."],
        },
    },
    "ky": {
        "lottery": {
            "subj": ["АКЦИЯ БҮТТҮ: сиз жеңүүчүсүз!", "Утуш сизди күтүп турат"],
            "hook": ["Урматтуу абонент! Номериңиз 'Ийгиликтүү күн' акциясында унаа утуп алды!",
                     "Куттуктайбыз, Telegram каналыбыздын оюнунда сиз 50 миң сом утуп алдыңыз.",
                     "Майрамга карата банк кардарларынын арасында өткөн оюнда сизге байге чыкты.",
                     "Сиздин телефон номериңиз бүгүнкү тираждын жеңүүчүлөрүнүн тизмесинде биринчи орунда."],
            "body": ["Байге 24 сааттын ичинде алынбаса, башка катышуучуга өтөт.", "Документтер даяр, сиздин ырастооңуз гана керек."],
            "ask": ["Байгени тариздөө үчүн 1500 сом кызмат акысын менеджердин картасына салыңыз.",
                    "Утушту алуу үчүн карта номериңизди жана SMS кодду операторго айтыңыз.",
                    "Унааны алуу үчүн адегенде мамлекеттик алым менен жеткирүү чыгымын төлөңүз.",
                    "Акчаны картаңызга которуу үчүн ботубузга кирип, картанын маалыматын киргизиңиз."],
        },
    },
    "tg": {
        "lottery": {
            "subj": ["АКСИЯ БА ОХИР РАСИД: шумо ғолиб ҳастед!", "Бурд шуморо интизор аст"],
            "hook": ["Муштарии муҳтарам! Рақами шумо дар аксияи 'Рӯзи бахт' мошин бурд!",
                     "Табрик, дар бозии канали Telegram-и мо шумо 5000 сомонӣ бурдед.",
                     "Ба муносибати ид дар бозии байни мизоҷони бонк ба шумо ҷоиза баромад.",
                     "Рақами телефони шумо дар рӯйхати ғолибони тиражи имрӯза ҷои аввалро дорад."],
            "body": ["Агар ҷоиза дар давоми 24 соат гирифта нашавад, ба иштирокчии дигар мегузарад.", "Ҳуҷҷатҳо омодаанд, танҳо тасдиқи шумо лозим аст."],
            "ask": ["Барои расмӣ кардани ҷоиза 150 сомонӣ ҳаққи хизматро ба корти менеҷер гузаронед.",
                    "Барои гирифтани бурд рақами корт ва рамзи SMS-ро ба оператор гӯед.",
                    "Барои гирифтани мошин аввал боҷи давлатӣ ва хароҷоти расониданро пардохт кунед.",
                    "Барои гузаронидани пул ба кортатон ба боти мо ворид шуда, маълумоти кортро ворид кунед."],
        },
        "fake-shop": {
            "subj": ["IPHONE бо нисфи нарх!!!", "Партияи охирин дар анбор"],
            "hook": ["iPhone-ҳои аслӣ аз Дубай бо нисфи нарх, бо кафолат!",
                     "Либосҳои брендӣ бевосита аз анбор, 70 фоиз арзон, танҳо имрӯз.",
                     "Техникаи аз гумрук мусодирашуда бо нархи арзон фурӯхта мешавад.",
                     "Аксияи Соли нав: кондитсионерҳо бо нархи завод, насб ройгон."],
            "body": ["Пардохти нақд нест, танҳо пешпардохт.", "Шумора маҳдуд аст, шитобед."],
            "ask": ["Барои фармоиш 50 фоиз пешпардохтро ба корти менеҷер гузаронед.",
                    "Скриншоти чекро ба Telegram фиристед, мол пагоҳ расонида мешавад.",
                    "Пулро ба корт гузаронед, баъд рақами трек медиҳем.",
                    "Барои брон тамоми маблағро пардохт кунед, вагарна мол ба харидори дигар меравад."],
        },
    },
    "tk": {
        "parcel": {
            "subj": ["Poçta: iberişiňiz saklandy", "Posylkanyň eýesi tapylmady"],
            "hook": ["Size daşary ýurtdan gelen posylka ammarda, salgy anyklanmandygy sebäpli eltilmedi.",
                     "Poçta habarnamasy: iberişiňiz gümrükde togtadyldy.",
                     "Hormatly müşderi, sargydyňyz kurýere berilmedi, eltip bermek tölegi tölenmedik.",
                     "Siziň adyňyza sowgat posylka geldi, emma ony almak üçin tassyklama gerek."],
            "body": ["Möhlet ertir sagat 18:00-da gutarýar.", "Ýogsa iberiş yzyna gaýtarylar."],
            "ask": ["Baglanyşyga geçip, 5 manat tölegi kart arkaly amala aşyryň.",
                    "Eltip bermek üçin salgyňyzy ýazyň we gümrük tölegini töläň.",
                    "Kurýere kart belgisini we möhletini iberiň, ol tölegi özi eder.",
                    "Bot arkaly tölegi tassyklaň, posylka şu gün eltiler."],
        },
        "fake-shop": {
            "subj": ["IPHONE ýarym bahadan!!!", "Ammardaky soňky topar"],
            "hook": ["Dubaýdan gelen asyl iPhone-lar ýarym bahadan, kepillik bilen!",
                     "Brend eşikler gönüden-göni ammardan, 70 göterim arzan, diňe şu gün.",
                     "Gümrükde tussag edilen tehnika arzan bahadan satylýar.",
                     "Täze ýyl aksiýasy: kondisionerler zawod bahasyndan, oturtmak mugt."],
            "body": ["Nagt töleg ýok, diňe öňünden töleg.", "Sany çäkli, ýetişiň."],
            "ask": ["Sargyt üçin 50 göterim öňünden tölegi menejeriň kartyna geçiriň.",
                    "Çegiň skrinşotyny Telegrama iberiň, haryt ertir eltiler.",
                    "Puly karta geçiriň, soň trek belgisini bereris.",
                    "Bronlamak üçin doly möçberi töläň, ýogsa haryt başga alyja gider."],
        },
    },
}

# Round 4, eleventh step: sextortion in the languages that had only the other blackmail (own stream).
MORE_SEXTORTION = {
    "es": {
        "subj": ["Tengo un vídeo tuyo", "Tu dispositivo ha sido hackeado"],
        "hook": ["Desde hace meses tengo acceso a tu ordenador y a tu cámara gracias a un fallo de tu router.",
                 "Tengo un vídeo en el que te das placer mirando una web para adultos, con la pantalla al lado.",
                 "Un programa que instalé en una web porno que visitaste encendió tu webcam sin que lo supieras.",
                 "Tus contactos, tus chats y un vídeo muy íntimo grabado con tu móvil están en mi servidor."],
        "body": ["Con un clic envío la grabación a tu familia, tus compañeros y tu jefe.",
                 "Cambiar tus contraseñas ya no sirve, veo que estás leyendo este mensaje."],
        "ask": ["Envía el equivalente a 1000 euros en bitcoin a la dirección de abajo y lo borro todo.",
                "Compra BTC en cualquier plataforma y mándalos a mi monedero; no volverás a saber de mí.",
                "Tienes 48 horas; si el monedero sigue vacío, el vídeo sale solo.",
                "Mi silencio cuesta poco, en cuanto lleguen las monedas elimino los archivos."],
    },
    "uz": {
        "subj": ["Sening videong menda", "Qurilmang buzib kirildi"],
        "hook": ["Bir necha oydan beri routeringdagi teshik orqali kompyuteringga va kamerangga kira olaman.",
                 "Kattalar saytini ko'rib o'zingni qondirayotganing yozilgan video menda bor.",
                 "Sen kirgan porno saytdagi dasturim veb-kamerangni sendan bexabar yoqdi.",
                 "Kontaktlaring, yozishmalaring va telefoning old kamerasida olingan juda shaxsiy video serverimda."],
        "body": ["Bir bosishda yozuvni oilangga, hamkasblaringga va rahbaringga yuboraman.",
                 "Parolni almashtirish endi yordam bermaydi, bu xatni o'qiyotganingni ko'rib turibman."],
        "ask": ["Pastdagi manzilga 1000 dollarlik bitcoin o'tkaz, hammasini o'chiraman.",
                "Istalgan birjadan BTC sotib olib hamyonimga yubor, keyin mendan xabar olmaysan.",
                "Senda 48 soat bor; hamyon bo'sh qolsa, video o'zi tarqaladi.",
                "Jimligimning narxi kichik, tangalar kelishi bilan fayllarni o'chiraman."],
    },
    "ky": {
        "subj": ["Сенин видеоң менде", "Түзмөгүң бузулду"],
        "hook": ["Бир нече айдан бери роутериңдеги тешик аркылуу компьютериңе жана камераңа кире алам.",
                 "Чоңдор сайтын көрүп өзүңдү канааттандырып жатканың жазылган видео менде бар.",
                 "Сен кирген порно сайттагы программам веб-камераңды сенден жашырын күйгүздү.",
                 "Байланыштарың, жазышууларың жана телефонуңдун алдыңкы камерасы тарткан абдан жеке видео серверимде."],
        "body": ["Бир басуу менен жазууну үй-бүлөңө, кесиптештериңе жана башчыңа жиберем.",
                 "Сырсөздү алмаштыруу эми жардам бербейт, бул катты окуп жатканыңды көрүп турам."],
        "ask": ["Төмөнкү дарекке 1000 долларлык биткоин котор, баарын өчүрөм.",
                "Каалаган биржадан BTC сатып алып капчыгыма жибер, андан кийин менден кабар албайсың.",
                "Сенде 48 саат бар; капчык бош калса, видео өзү таралат.",
                "Унчукпаганымдын баасы аз, тыйындар келээри менен файлдарды өчүрөм."],
    },
    "tk": {
        "subj": ["Seniň wideoň mende", "Enjamyň döwüldi"],
        "hook": ["Birnäçe aýdan bäri routeriňdäki deşik arkaly kompýuteriňe we kameraňa girip bilýärin.",
                 "Ulular üçin saýty görüp özüňi kanagatlandyrýan wagtyň ýazylan wideo mende bar.",
                 "Sen giren porno saýtdaky programmam wideokameraňy senden gizlin açdy.",
                 "Aragatnaşyklaryň, ýazyşmalaryň we telefonyňyň öň kamerasy bilen alnan gaty şahsy wideo serwerimde."],
        "body": ["Bir basmak bilen ýazgyny maşgalaňa, işdeşleriňe we başlygyňa iberýärin.",
                 "Paroly çalyşmak indi kömek etmeýär, bu haty okaýandygyňy görýärin."],
        "ask": ["Aşakdaky salga 1000 dollarlyk bitkoin geçir, hemmesini öçürerin.",
                "Islendik biržadan BTC satyn alyp gapjygyma iber, soň menden habar almarsyň.",
                "Seniň 48 sagadyň bar; gapjyk boş galsa, wideo özi ýaýrar.",
                "Dymmagymyň bahasy az, teňňeler gelen badyna faýllary öçürerin."],
    },
}

SCAM = {"en": EN, "ru": RU, "de": DE, "fr": FR, "es": ES, "tr": TR, "uz": UZ, "kk": KK, "ky": KY, "tg": TG, "tk": TK}

for _lang, _families in FAMILIES.items():
    assert sorted(SCAM[_lang]) == sorted(_families), _lang
    assert not set(MORE_CELLS[_lang]) & set(_families), _lang

for _lang in MORE_SEXTORTION:
    assert "sextortion" not in SCAM[_lang] and "sextortion" not in MORE_CELLS[_lang], _lang
