"""The twelfth batch's scam letters in the region's languages (scam_twelfth.py explains pools, tags and
placeholders): Uzbek in Latin (written with the ASCII apostrophe; twelfth_batch types it six ways or none) and in
Cyrillic (written directly, not transliterated), Kazakh, Kyrgyz, Tajik and Turkmen, as the senders write them, with
the Russian words they mix in. twelfth_batch types a share of the Cyrillic ones with Russian letters only."""

SCAM_UZ = {
    "sextortion": {
        "subj": ["Parolingiz {password} - o'qing", "Telefoningizga kirdim"],
        "teaser": ["Parolingiz {password} ekanini bilaman, kamerangizdan video yozib oldim. {btc} BTC tashlang: {wallet}",
                   "Raqamingiz {myphone}, kontaktlaringiz va shaxsiy rasmlaringiz menda. {hours} soat vaqtingiz bor."],
        "body": [
            "[leaked-password] Salom.\n\nParolingiz: {password}. Hazillashmayotganimni bilishingiz uchun yozdim. Siz kirgan kattalar "
            "saytiga qo'ygan dasturim orqali kompyuteringizga kirdim va video ko'rayotganingizda kamerani yoqdim.\n\nVideo tayyor, "
            "kontaktlar ro'yxati ham menda. Oilangiz, ishxonangiz, hammaga yuboraman.\n\n{ransom} miqdorida Bitcoin yuboring: "
            "{wallet}\n\n{hours} soat vaqtingiz bor. Militsiyaga borish foyda bermaydi.",
            "[leaked-phone] Salom, raqaming {myphone} to'g'rimi?\n\nSMS dagi ssilkani bosganingda telefoningga kirdim: galereya, "
            "perepiska, kontaktlar hammasi menda. Xotiningga va nachalnigingga ko'rsatmasligim kerak bo'lgan rasmlar bor.\n\n{ransom} ni "
            "BTC qilib {wallet} ga o'tkaz, keyin hammasini o'chiraman. Militsiya kerak emas. Muddat {hours} soat.",
        ],
    },
    "blackmail": {
        "subj": ["Ma'lumotlaringiz internetga chiqadi", "Sizni o'ldirishim uchun pul berishdi"],
        "teaser": ["Do'koningiz bazasi bizda. {hours} soat ichida to'lamasangiz hammasi {link} da chiqadi.",
                   "Bir odam meni sizga yolladi. Tirik qolishni xohlasangiz bugun javob yozing."],
        "body": [
            "[publish-data] Assalomu alaykum.\n\nSizning internet-do'koningiz bazasini ko'chirib oldik: mijozlar ro'yxati, pasport "
            "nusxalari, telefon raqamlari. Namuna ilovada.\n\n{hours} soat ichida {wallet} manziliga {btc} BTC tushmasa, hammasini {link} "
            "saytiga chiqaramiz va mijozlaringizga xabar beramiz.\n\nAloqa faqat Telegramda: {tg}",
            "[hitman] Diqqat bilan o'qing.\n\nMenga sizni o'ldirish uchun pul to'lashdi. Kimligini aytmayman, lekin sizni yaxshi "
            "taniydigan odam. Ikki haftadan beri kuzatyapman, uyingizni, mashinangizni bilaman.\n\nSizga qarshi hech narsam yo'q. Menga "
            "{ransom} to'lasangiz, zakazni bekor qilaman va zakazchikning ismini beraman.\n\nMilitsiyaga aytsangiz, o'sha kuni ishni "
            "qilaman. Faqat {email} ga yozing.",
        ],
    },
    "job": {
        "subj": ["Uydan turib ish - kuniga 500 000 so'm", "Koreyaga ishga taklif, viza bilan"],
        "teaser": ["Telefon orqali oson ish, kuniga 300 000 - 800 000 so'm. Tajriba shart emas. Telegram: {tg}",
                   "Janubiy Koreyaga zavodga ishchilar kerak. Oylik 2 500 $. Hujjat ishlari bo'yicha: {phone}"],
        "body": [
            "Assalomu alaykum!\n\nMen {name}, HR menejerman. Sizga telefon orqali oddiy ish taklif qilamiz: videolarga layk bosish va "
            "mehmonxonalarga baho berish. Har kuni 300 000 dan 800 000 so'mgacha to'laymiz.\n\nTelegramda {tg} ga yozsangiz, birinchi "
            "topshiriqni beramiz. Boshlash uchun kichik depozit kerak bo'ladi, keyin hammasi qaytadi.",
            "Hurmatli nomzod!\n\nJanubiy Koreyadagi zavodlarga ishchilar olinmoqda. Oylik 2 500 - 3 000 dollar, yotoqxona va ovqat "
            "bepul.\n\nViza va hujjatlarni rasmiylashtirish uchun oldindan {fee} to'lanadi, kartaga: {card}. Joylar soni cheklangan, "
            "srochno yozing: {phone}",
        ],
    },
    "loan": {
        "subj": ["Spravkasiz kredit 1 soatda", "Kredit pulingiz tayyor - oxirgi qadam"],
        "teaser": ["Ish joyi va kafilsiz kredit, 50 000 000 so'mgacha. Kartaga 1 soatda tushadi.",
                   "{amount} kredit tasdiqlandi. Sug'urta to'lovini qiling, pul darhol o'tadi."],
        "body": [
            "Assalomu alaykum!\n\nBanklar rad etganlarga shaxsiy kredit beramiz: 5 000 000 dan 100 000 000 so'mgacha, oyiga 2%, muddati "
            "36 oygacha.\n\nKredit tarixi yomon bo'lsa ham bo'ladi, spravka kerak emas. Pul Humo yoki Uzcard kartangizga 1 soatda "
            "tushadi.\n\nSummani va muddatni yozing, pasport rasmini yuboring.",
            "Hurmatli mijoz!\n\n{amount} miqdoridagi kreditingiz tasdiqlandi. Pul {date} kuni o'tkaziladi.\n\nUndan oldin sug'urta uchun "
            "{fee} ni {card} kartasiga o'tkazishingiz kerak. Chekni menejeringiz {name} ga Telegramda ({tg}) yuboring.",
        ],
    },
    "lottery": {
        "subj": ["Tabriklaymiz! Siz yutdingiz", "G'olib sifatida tanlandingiz"],
        "teaser": ["Raqamingiz {date} o'yinida {amount} yutdi. Yutuqni olish: {link}",
                   "Siz aksiyada Chevrolet Cobalt yutib oldingiz! Faqat rasmiylashtirish to'lovi {fee}."],
        "body": [
            "Hurmatli g'olib!\n\n{date} kungi o'yinda g'olib raqamlar orasida sizniki ham bor. Yutug'ingiz {amount}.\n\nYutuqni olish "
            "uchun faqat soliq va rasmiylashtirish to'lovi {fee} ni kartaga o'tkazing: {card}. Keyin pul 24 soatda tushadi.\n\nMenejer: "
            "{name}, {phone}",
            "Assalomu alaykum!\n\nMagazinimiz aksiyasida siz Chevrolet Cobalt avtomobilini yutib oldingiz! Tabriklaymiz!\n\nMashinani "
            "rasmiylashtirish uchun {fee} to'lovni {link} orqali qiling. {hours} soat ichida to'lamasangiz yutuq boshqaga o'tadi.",
        ],
    },
    "parcel": {
        "subj": ["Bojxonada ushlangan jo'natma", "Yetkazib berilmagan jo'natma"],
        "teaser": ["{code} raqamli posilkangiz bojxonada turibdi. 25 000 so'm to'lang: {link}",
                   "Manzil noto'g'ri, posilka yetkazilmadi. Ma'lumotni yangilang: {link}"],
        "body": [
            "Hurmatli mijoz!\n\n{code} raqamli jo'natmangiz bojxona to'lovi ({fee}) to'lanmagani uchun ushlab turilibdi.\n\n{hours} soat "
            "ichida to'lanmasa, posilka qaytarib yuboriladi. Onlayn to'lov: {link}",
            "Assalomu alaykum!\n\nKuryer {date} kuni posilkani olib keldi, lekin uyda hech kim yo'q edi. Qayta yetkazish {fee}.\n\nYangi "
            "vaqtni tanlang va {link} orqali to'lang, aks holda posilka utilizatsiya qilinadi.",
        ],
    },
}

SCAM_UZC = {
    "sextortion": {
        "subj": ["Паролингиз {password}", "Телефонингизга кирдим"],
        "teaser": ["Паролингиз {password} эканини биламан, камерангиздан видео ёзиб олдим. {btc} BTC ташланг: {wallet}",
                   "Рақамингиз {myphone}, контактларингиз ва суратларингиз менда. {hours} соат вақтингиз бор."],
        "body": [
            "[hacked-account] Салом, {mybox}.\n\nЖўнатувчига қаранг: ўзингизнинг почтангиздан ёзяпман. Почтангиз, облако ва телефон "
            "копиялари менда.\n\nУ ерда шахсий суратлар ва ёзишмалар бор. Тўламасангиз ҳаммасини контактларингизга тарқатаман.\n\n{btc} "
            "BTC ни {wallet} га ўтказинг, копиямни ўчираман. Паролни алмаштириш ёрдам бермайди.",
            "[leaked-password] Салом.\n\nПаролингиз: {password}. Ҳазиллашмаётганимни билинг. Сиз кирган катталар сайтидаги дастурим "
            "орқали компьютерингизга кирдим ва видео кўраётганингизда камерани ёқдим.\n\nВидео тайёр, контактлар рўйхати ҳам менда. "
            "Оилангизга ва ишхонангизга юбораман.\n\n{ransom} миқдорида Биткоин юборинг: {wallet}\n\n{hours} соат вақтингиз бор.",
        ],
    },
    "loan": {
        "subj": ["Справкасиз кредит, 1 соатда картага", "Кредитингиз маъқулланди"],
        "teaser": ["Кафилсиз ва справкасиз кредит, 80 000 000 сўмгача. Картага 1 соатда тушади.",
                   "{amount} кредит маъқулланди. Суғурта тўловини қилинг, пул дарров ўтади."],
        "body": [
            "Ассалому алайкум!\n\nБанклар рад этганларга шахсий кредит берамиз: 3 000 000 дан 80 000 000 сўмгача, ойига 2%, муддати 24 "
            "ойгача.\n\nКредит тарихи ёмон бўлса ҳам майли. Пул Хумо ёки Узкард картангизга 1 соатда тушади.\n\nСуммани ёзинг ва паспорт "
            "расмини юборинг.",
            "Ҳурматли мижоз!\n\n{amount} миқдоридаги кредитингиз маъқулланди. Пул {date} куни ўтказилади.\n\nУндан олдин суғурта учун "
            "{fee} ни {card} картасига ўтказинг. Чекни менежер {name} га Телеграмда юборинг: {tg}",
        ],
    },
    "advance-fee": {
        "subj": ["Сизнинг номингизга мерос", "Халқаро фонддан компенсация"],
        "teaser": ["Фамилиядошингиз вафот этиб, {amount} қолдирди. Меросхўр йўқ. Махфий ёзинг.",
                   "Интернет фирибгарлигидан жабрланганларга компенсация тўланмоқда. Сизнинг номингиз рўйхатда."],
        "body": [
            "[inheritance] Ҳурматли дўстим,\n\nМен Лондондаги адвокат {name}. Мижозим, сизнинг фамилиядошингиз, оиласи билан авария бўлиб "
            "вафот этди. Банкда {amount} қолди, меросхўр чиқмади.\n\nБанк пулни давлатга ўтказмоқчи. Мен сизни яқин қариндош қилиб "
            "кўрсатишим мумкин, ҳужжатларни ўзим тайёрлайман.\n\nЯрмидан бўламиз. Исм-фамилия, манзил, телефон ва паспорт нусхасини "
            "юборинг.",
            "[compensation] ХАЛҚАРО ЗАРАРНИ ҚОПЛАШ ФОНДИ\n\nСизнинг манзилингиз интернетда алданган фуқаролар рўйхатига киритилган. Сизга "
            "{amount} компенсация белгиланди, иш рақами {ref}.\n\nТўлов фақат рўйхатдан ўтиш йиғими ({fee}) сабабли тўхтаб турибди. "
            "Тўлангандан кейин пул картангизга бир кунда тушади.",
        ],
    },
    "crypto": {
        "subj": ["Кунига 2% даромад", "Ҳисобингизда олинмаган фойда бор"],
        "teaser": ["Криптовалютага 100 $ қўйинг, ҳар куни 2% даромад олинг. Батафсил: {link}",
                   "Балансингиз 0,3 BTC. Ечиб олиш учун верификациядан ўтинг: {link}"],
        "body": [
            "Ассалому алайкум!\n\nСунъий интеллект асосидаги янги платформа оддий одамларга кунига 2-3% фойда келтирмоқда. Тажриба керак "
            "эмас, ҳаммасини робот қилади.\n\nБошлаш учун 100 доллар депозит етарли. Шахсий менежер Телеграмда ёрдам беради: "
            "{tg}\n\nРўйхатдан ўтинг: {link}",
            "Ҳурматли инвестор!\n\nҲисобингизда {amount} бор. Пулни картага ечиш учун олдиндан даромад солиғини тўлашингиз керак: "
            "{fee}.\n\nТўлов фақат USDT да: {wallet}\n\nМенежерингиз: {tg}",
        ],
    },
}

SCAM_KK = {
    "sextortion": {
        "subj": ["Құпия сөзіңіз {password}", "Телефоныңызға кірдім"],
        "teaser": ["Құпия сөзіңіз {password} екенін білемін, камерадан видео жазып алдым. {btc} BTC жіберіңіз: {wallet}",
                   "Нөміріңіз {myphone}, контактілеріңіз бен суреттеріңіз менде. {hours} сағат уақытыңыз бар."],
        "body": [
            "[leaked-phone] Сәлем, нөмірің {myphone} дұрыс па?\n\nSMS-тегі сілтемені басқаныңда телефоныңа кірдім: галерея, переписка, "
            "контактілер бәрі менде. Әйеліңе, бастығыңа көрсетпеуім керек суреттер бар.\n\n{ransom} соманы BTC-пен {wallet} адресіне "
            "аудар, сосын бәрін өшіремін. Полиция керек емес. Мерзімі {hours} сағат.",
            "[leaked-password] Сәлем.\n\nҚұпия сөзіңіз: {password}. Қалжыңдамайтынымды білу үшін жаздым. Сіз кірген ересектерге арналған "
            "сайттағы бағдарлама арқылы компьютеріңізге кірдім де, видео көріп отырғаныңызда камераны қостым.\n\nВидео дайын, контактілер "
            "тізімі де менде. Отбасыңызға, жұмысыңызға жіберемін.\n\n{ransom} көлемінде биткоин жіберіңіз: {wallet}\n\n{hours} сағат "
            "уақытыңыз бар. Полицияға бару пайдасыз.",
        ],
    },
    "blackmail": {
        "subj": ["Деректеріңіз жарияланады", "Сізді өлтіруге ақша берді"],
        "teaser": ["Дүкеніңіздің базасы бізде. {hours} сағат ішінде төлемесеңіз бәрі {link} сайтында шығады.",
                   "Бір адам мені сізге жалдады. Тірі қалғыңыз келсе, бүгін жауап жазыңыз."],
        "body": [
            "[hitman] Мұқият оқыңыз.\n\nМаған сізді өлтіру үшін ақша төледі. Кім екенін айтпаймын, бірақ сізді жақсы білетін адам. Екі "
            "аптадан бері бақылап жүрмін, үйіңізді, көлігіңізді білемін.\n\nСізге қарсы ештеңем жоқ. Маған {ransom} төлесеңіз, тапсырысты "
            "тоқтатамын және тапсырыс берушінің атын беремін.\n\nПолицияға айтсаңыз, сол күні бітіремін. Тек {email} адресіне жазыңыз.",
            "[publish-data] Сәлеметсіз бе.\n\nСіздің интернет-дүкеніңіздің базасын көшіріп алдық: клиенттер тізімі, жеке куәлік "
            "көшірмелері, телефон нөмірлері. Үлгісі тіркемеде.\n\n{hours} сағат ішінде {wallet} әмиянына {btc} BTC түспесе, бәрін {link} "
            "сайтына шығарамыз және клиенттеріңізге хабарлаймыз.\n\nБайланыс тек Телеграмда: {tg}",
        ],
    },
    "loan": {
        "subj": ["Анықтамасыз несие 15 минутта", "Несиеңіз мақұлданды"],
        "teaser": ["Кепілсіз, анықтамасыз несие 5 000 000 теңгеге дейін. Kaspi картаңызға 15 минутта.",
                   "{amount} несие мақұлданды. Сақтандыру төлемін жасаңыз, ақша бірден түседі."],
        "body": [
            "Сәлеметсіз бе!\n\nБанктер бас тартқандарға жеке несие береміз: 300 000-нан 10 000 000 теңгеге дейін, айына 2%, 36 айға "
            "дейін.\n\nНесие тарихы нашар болса да болады, анықтама керек емес. Ақша Kaspi картаңызға 15 минутта түседі.\n\nСоманы жазып, "
            "жеке куәлік суретін жіберіңіз.",
            "Құрметті клиент!\n\n{amount} несиеңіз мақұлданды. Ақша {date} күні аударылады.\n\nОған дейін сақтандыру үшін {fee} соманы "
            "{card} картасына аударуыңыз керек. Чекті менеджер {name}-ға WhatsApp арқылы жіберіңіз: {phone}",
        ],
    },
    "lottery": {
        "subj": ["Құттықтаймыз! Сіз ұттыңыз", "Жеңімпаздар тізімінде сіз де барсыз"],
        "teaser": ["Нөміріңіз {date} ұтыс ойынында {amount} ұтты. Ұтысты алу: {link}",
                   "Акцияда Toyota Camry ұтып алдыңыз! Тек ресімдеу төлемі {fee}."],
        "body": [
            "Құрметті жеңімпаз!\n\n{date} күнгі ойында жеңімпаз нөмірлер арасында сіздікі де бар. Ұтысыңыз {amount}.\n\nАқшаны алу үшін "
            "тек салық пен ресімдеу төлемін {fee} картаға аударыңыз: {card}. Содан кейін ақша 24 сағатта түседі.\n\nМенеджер: {name}, "
            "{phone}",
            "Сәлеметсіз бе!\n\nДүкеніміздің акциясында сіз Toyota Camry автокөлігін ұтып алдыңыз! Құттықтаймыз!\n\nКөлікті ресімдеу үшін "
            "{fee} төлемді {link} арқылы жасаңыз. {hours} сағат ішінде төлемесеңіз, ұтыс басқаға өтеді.",
        ],
    },
    "crypto": {
        "subj": ["Күніне 3% табыс", "Шотыңызда алынбаған пайда бар"],
        "teaser": ["Криптовалютаға 50 000 теңге салыңыз, күн сайын 3% табыс алыңыз: {link}",
                   "Балансыңыз 0,35 BTC. Шығару үшін верификациядан өтіңіз: {link}"],
        "body": [
            "Сәлеметсіз бе!\n\nЖасанды интеллектке негізделген жаңа платформа қарапайым адамдарға күніне 2-3% пайда әкеледі. Тәжірибе "
            "керек емес, бәрін робот жасайды.\n\nБастау үшін 50 000 теңге депозит жеткілікті. Жеке менеджер Телеграмда көмектеседі: "
            "{tg}\n\nТіркелу: {link}",
            "Құрметті инвестор!\n\nШотыңызда {amount} бар. Ақшаны картаға шығару үшін алдын ала табыс салығын төлеуіңіз керек: "
            "{fee}.\n\nТөлем тек USDT-мен: {wallet}\n\nМенеджеріңіз: {tg}",
        ],
    },
}

SCAM_KY = {
    "sextortion": {
        "subj": ["Сырсөзүңүз {password}", "Телефонуңузга кирдим"],
        "teaser": ["Сырсөзүңүз {password} экенин билем, камерадан видео жазып алдым. {btc} BTC жибериңиз: {wallet}",
                   "Номериңиз {myphone}, байланыштарыңыз жана сүрөттөрүңүз менде. {hours} саат убактыңыз бар."],
        "body": [
            "[leaked-password] Салам.\n\nСырсөзүңүз: {password}. Тамашалап жатпаганымды билиңиз. Сиз кирген чоңдор үчүн сайттагы "
            "программам аркылуу компьютериңизге кирип, видео көрүп отурганыңызда камераны күйгүздүм.\n\nВидео даяр, байланыштар тизмеси "
            "да менде. Үй-бүлөңүзгө, жумушуңузга жиберем.\n\n{ransom} өлчөмүндө биткоин жибериңиз: {wallet}\n\n{hours} саат убактыңыз бар.",
            "[leaked-phone] Салам, номериң {myphone} туурабы?\n\nSMS'теги шилтемени басканыңда телефонуңа кирдим: галерея, переписка, "
            "контакттар баары менде. Аялыңа, начальнигиңе көрсөтпөшүм керек сүрөттөр бар.\n\n{ransom} сумманы BTC менен {wallet} дарегине "
            "котор, анан баарын өчүрөм. Милиция керек эмес. Мөөнөтү {hours} саат.",
        ],
    },
    "job": {
        "subj": ["Үйдөн иш - күнүнө 3 000 сом", "Кореяга жумушка, виза менен"],
        "teaser": ["Телефон аркылуу жеңил иш, күнүнө 2 000 - 5 000 сом. Тажрыйба кереги жок. Telegram: {tg}",
                   "Түштүк Кореядагы заводго жумушчулар керек. Айлык 2 500 $. Документтер үчүн {phone} чалыңыз."],
        "body": [
            "Саламатсызбы!\n\nМен {name}, HR менеджермин. Сизге телефон аркылуу жөнөкөй иш сунуштайбыз: видеолорго лайк басуу жана "
            "мейманканаларга баа берүү. Күн сайын 2 000ден 5 000 сомго чейин төлөйбүз.\n\nБиринчи тапшырма үчүн Телеграмда {tg} жазыңыз. "
            "Баштоо үчүн кичине депозит керек, кийин баары кайтат.",
            "Урматтуу талапкер!\n\nТүштүк Кореядагы заводдорго жумушчулар алынууда. Айлык 2 500 - 3 000 доллар, жатакана жана тамак "
            "бекер.\n\nВиза жана документтерди даярдоо үчүн алдын ала {fee} төлөнөт, картага: {card}. Орун аз калды, срочно жазыңыз: "
            "{phone}",
        ],
    },
    "loan": {
        "subj": ["Справкасыз кредит 1 саатта", "Кредитиңиз бекитилди"],
        "teaser": ["Күрөөсүз, справкасыз кредит 500 000 сомго чейин. Элкарт картаңызга 1 саатта.",
                   "{amount} кредит бекитилди. Камсыздандыруу төлөмүн жасаңыз, акча дароо түшөт."],
        "body": [
            "Саламатсызбы!\n\nБанктар баш тарткандарга жеке кредит беребиз: 20 000ден 1 000 000 сомго чейин, айына 2%, 24 айга "
            "чейин.\n\nКредит тарыхы начар болсо да болот. Акча Элкарт же Visa картаңызга 1 саатта түшөт.\n\nСумманы жазып, паспорттун "
            "сүрөтүн жибериңиз.",
            "Урматтуу кардар!\n\n{amount} кредитиңиз бекитилди. Акча {date} күнү которулат.\n\nАнга чейин камсыздандыруу үчүн {fee} "
            "сумманы {card} картасына которушуңуз керек. Чекти менеджер {name}ге WhatsApp аркылуу жибериңиз: {phone}",
        ],
    },
    "parcel": {
        "subj": ["Бажыда кармалган жөнөтмө бар", "Жеткирилбеген жөнөтмө"],
        "teaser": ["{code} номерлүү посылкаңыз бажыда турат. 450 сом төлөңүз: {link}",
                   "Дарек туура эмес, посылка жеткирилген жок. Маалыматты жаңыртыңыз: {link}"],
        "body": [
            "Урматтуу кардар!\n\n{code} номерлүү жөнөтмөңүз бажы төлөмү ({fee}) төлөнбөгөндүктөн кармалып турат.\n\n{hours} саат ичинде "
            "төлөнбөсө, посылка кайра жөнөтүлөт. Онлайн төлөм: {link}",
            "Саламатсызбы!\n\nКурьер {date} күнү посылканы алып келди, бирок үйдө эч ким жок экен. Кайра жеткирүү {fee}.\n\nЖаңы убакытты "
            "тандап, {link} аркылуу төлөңүз, болбосо посылка жок кылынат.",
        ],
    },
}

SCAM_TG = {
    "sextortion": {
        "subj": ["Пароли шумо {password}", "Ба телефони шумо даромадам"],
        "teaser": ["Медонам, ки пароли шумо {password} аст, аз камера видео сабт кардам. {btc} BTC фиристед: {wallet}",
                   "Рақами шумо {myphone}, тамосҳо ва суратҳоятон дар дасти ман. {hours} соат вақт доред."],
        "body": [
            "[leaked-phone] Салом, рақамат {myphone} дуруст?\n\nВақте ки истинодро дар SMS пахш кардӣ, ба телефонат даромадам: галерея, "
            "переписка, контактҳо ҳама дар ман. Суратҳое ҳастанд, ки занат ва сардорат набояд бинанд.\n\n{ransom}-ро бо BTC ба {wallet} "
            "гузарон, баъд ҳамаро нест мекунам. Милиса лозим не. Мӯҳлат {hours} соат.",
            "[leaked-password] Салом.\n\nПароли шумо: {password}. Барои он навиштам, ки донед шӯхӣ намекунам. Тавассути барномаам дар "
            "сайти калонсолон ба компютери шумо даромадам ва вақте ки видео тамошо мекардед, камераро фаъол кардам.\n\nВидео тайёр аст, "
            "рӯйхати тамосҳо ҳам дар ман. Ба оила ва ҷои корам мефиристам.\n\n{ransom} бо биткоин фиристед: {wallet}\n\n{hours} соат вақт "
            "доред.",
        ],
    },
    "job": {
        "subj": ["Кор дар Русия бо патент", "Кори хонагӣ - рӯзе 300 сомонӣ"],
        "teaser": ["Ба Маскав коргарони сохтмон лозим. Маош 120 000 рубл, патент ва хобгоҳ аз мо. Занг занед: {phone}",
                   "Кори осон тавассути телефон, рӯзе 150-400 сомонӣ. Телеграм: {tg}"],
        "body": [
            "Ассалому алейкум!\n\nБа ширкати сохтмонии мо дар Маскав коргарон лозиманд. Маош аз 100 000 то 140 000 рубл, хобгоҳ ва хӯрок "
            "ройгон.\n\nБарои патент ва чипта пешакӣ {fee} пардохт мешавад, ба корти Корти Миллӣ: {card}. Ҷойҳо кам мондаанд, срочно "
            "нависед: {phone}",
            "Салом!\n\nМан {name}, менеҷери HR. Ба шумо кори содда тавассути телефон пешниҳод мекунем: ба видеоҳо лайк гузоштан. Ҳар рӯз "
            "аз 150 то 400 сомонӣ пардохт мекунем.\n\nБарои вазифаи аввал дар Телеграм ба {tg} нависед. Барои оғоз депозити хурд лозим "
            "аст, баъд ҳама бармегардад.",
        ],
    },
    "lottery": {
        "subj": ["Табрик! Шумо бурдед", "Огоҳинома дар бораи ютуқ"],
        "teaser": ["Дар бозии {date} ба рақами шумо {amount} афтод. Гирифтани ютуқ: {link}",
                   "Дар аксия шумо мошини Hyundai бурдед! Танҳо пардохти ҳуҷҷатгузорӣ {fee}."],
        "body": [
            "Ғолиби мӯҳтарам!\n\nДар бозии {date} рақами телефони шумо ғолиб баромад. Ютуқи шумо {amount}.\n\nБарои гирифтани пул танҳо "
            "андоз ва пардохти ҳуҷҷатгузорӣ {fee}-ро ба корт гузаронед: {card}. Баъд пул дар 24 соат ворид мешавад.\n\nМенеҷер: {name}, "
            "{phone}",
            "Салом!\n\nДар аксияи мағозаи мо шумо мошини Hyundai Sonata бурдед! Табрик мекунем!\n\nБарои ба расмият даровардани мошин "
            "{fee} пардохтро тавассути {link} анҷом диҳед. Агар дар {hours} соат пардохт накунед, ютуқ ба каси дигар мегузарад.",
        ],
    },
    "loan": {
        "subj": ["Қарз бе справка дар 1 соат", "Пули қарз омода аст - қадами охирин"],
        "teaser": ["Қарз бе кафил ва справка то 50 000 сомонӣ. Ба корт дар 1 соат.",
                   "Қарзи {amount} тасдиқ шуд. Пардохти суғуртаро кунед, пул фавран меояд."],
        "body": [
            "Ассалому алейкум!\n\nБа онҳое, ки бонкҳо рад карданд, қарзи шахсӣ медиҳем: аз 2 000 то 100 000 сомонӣ, моҳе 2%, то 24 "
            "моҳ.\n\nТаърихи қарзӣ бад бошад ҳам мешавад. Пул ба Корти Миллӣ ё Visa дар 1 соат мегузарад.\n\nМаблағро нависед ва сурати "
            "шиносномаро фиристед.",
            "Мизоҷи мӯҳтарам!\n\nҚарзи шумо ба маблағи {amount} тасдиқ шуд. Пул {date} гузаронида мешавад.\n\nПеш аз он барои суғурта "
            "{fee}-ро ба корти {card} гузаронед. Чекро ба менеҷер {name} дар WhatsApp фиристед: {phone}",
        ],
    },
}

SCAM_TK = {
    "blackmail": {
        "subj": ["Maglumatlaryňyz çap ediler", "Seni öldürmek üçin maňa pul berdiler"],
        "teaser": ["Dükanyňyzyň bazasy bizde. {hours} sagadyň içinde tölemeseňiz hemmesi {link} saýtynda çykar.",
                   "Bir adam meni saňa tutdy. Diri galmak isleseň, şu gün jogap ýaz."],
        "body": [
            "[publish-data] Salam.\n\nSiziň internet dükanyňyzyň bazasyny göçürip aldyk: müşderileriň sanawy, pasport nusgalary, telefon "
            "belgileri. Nusgasy goşundyda.\n\n{hours} sagadyň içinde {wallet} adresine {btc} BTC gelmese, hemmesini {link} saýtynda çap "
            "ederis we müşderileriňize habar bereris.\n\nAragatnaşyk diňe Telegramda: {tg}",
            "[hitman] Üns bilen oka.\n\nMaňa seni öldürmek üçin pul tölediler. Kimdigini aýtmaýaryn, ýöne seni gowy tanaýan adam. Iki "
            "hepdeden bäri yzarlaýaryn, öýüňi, maşynyňy bilýärin.\n\nSaňa garşy hiç zadym ýok. Maňa {ransom} töleseň, zakazy goýbolsun "
            "ederin we zakazçynyň adyny bererin.\n\nPolisiýa aýtsaň, şol gün işi bitirerin. Diňe {email} adresine ýaz.",
        ],
    },
    "job": {
        "subj": ["Türkiýede iş, wiza bilen", "Öýden iş - günde 200 manat"],
        "teaser": ["Stambuldaky fabrige işçiler gerek. Aýlyk 900 $, ýaşaýyş jaýy mugt. Jaň ediň: {phone}",
                   "Telefon arkaly ýeňil iş, günde 100-300 manat. Telegram: {tg}"],
        "body": [
            "Salam!\n\nStambuldaky tikin fabrigine işçiler alynýar. Aýlyk 800-1 000 dollar, ýaşaýyş jaýy we nahar mugt.\n\nWiza we "
            "resminamalar üçin öňünden {fee} tölenýär, karta: {card}. Orunlar az galdy, çalt ýazyň: {phone}",
            "Salam!\n\nMen {name}, HR menejeri. Size telefon arkaly ýönekeý iş hödürleýäris: wideolara laýk basmak. Her gün 100-den 300 "
            "manada çenli töleýäris.\n\nIlkinji tabşyryk üçin Telegramda {tg} ýazyň. Başlamak üçin kiçi depozit gerek, soň hemmesi gaýdyp "
            "gelýär.",
        ],
    },
    "loan": {
        "subj": ["Kepilsiz karz 1 sagatda", "Karzyňyz tassyklandy"],
        "teaser": ["Kepilsiz we kagyzsyz karz 50 000 manada çenli. Kartaňyza 1 sagatda.",
                   "{amount} karz tassyklandy. Ätiýaçlandyryş tölegini ediň, pul derrew geçer."],
        "body": [
            "Salam!\n\nBanklar ret edenlere şahsy karz berýäris: 2 000-den 50 000 manada çenli, aýda 2%, 24 aýa çenli.\n\nKarz taryhy "
            "erbet bolsa-da bolýar. Pul kartaňyza 1 sagatda geçýär.\n\nMukdaryny ýazyň we pasportyň suratyny iberiň.",
            "Hormatly müşderi!\n\n{amount} karzyňyz tassyklandy. Pul {date} senesinde geçiriler.\n\nOndan öň ätiýaçlandyryş üçin {fee} "
            "mukdaryny {card} kartasyna geçirmeli. Çegi menejer {name} WhatsApp arkaly iberiň: {phone}",
        ],
    },
    "lottery": {
        "subj": ["Gutlaýarys! Siz utduňyz", "Ýeňijiler sanawynda siz hem bar"],
        "teaser": ["Belgiňiz {date} oýnunda {amount} utdy. Utuşy almak: {link}",
                   "Aksiýada Toyota Land Cruiser utduňyz! Diňe resmileşdiriş tölegi {fee}."],
        "body": [
            "Hormatly ýeňiji!\n\nSiziň telefon belgiňiz {date} senesindäki oýunda saýlandy. Utuşyňyz {amount}.\n\nPuly almak üçin diňe "
            "salgyt we resmileşdiriş tölegini {fee} karta geçiriň: {card}. Soň pul 24 sagatda geler.\n\nMenejer: {name}, {phone}",
            "Salam!\n\nDükanymyzyň aksiýasynda siz Toyota Land Cruiser awtoulagyny utduňyz! Gutlaýarys!\n\nMaşyny resmileşdirmek üçin "
            "{fee} tölegi {link} arkaly ediň. {hours} sagadyň içinde tölemeseňiz, utuş başga birine geçer.",
        ],
    },
}

SCAM_REGION = {"uz": SCAM_UZ, "uzc": SCAM_UZC, "kk": SCAM_KK, "ky": SCAM_KY, "tg": SCAM_TG, "tk": SCAM_TK}
