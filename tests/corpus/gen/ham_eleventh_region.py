"""Round 12's eleventh batch: look-alikes in the region's languages (see ham_eleventh.py): Uzbek Latin, Uzbek
Cyrillic (written in Latin and transliterated in ham_eleventh.py; its texts are not the Uzbek Latin ones), Kazakh,
Kyrgyz, Tajik, Turkmen. Each is (subject, body); written blind by helper c11-corpus. Every list splits by index
(even dev, odd held-out)."""

HAM = {
    "uz": {
        "job": [
            ("Suhbatga taklif: buxgalter lavozimi",
             "Hurmatli {name}!\n\nBuxgalter lavozimiga yuborgan arizangiz uchun rahmat. Sizni {date} kuni soat 10:00 da "
             "ofisimizga suhbatga taklif qilamiz. Manzil: Toshkent, Amir Temur ko'chasi, 15. Pasportingizni olib "
             "keling.\n\nKadrlar bo'limi"),
            ("Yangi vakansiyalar: omborchi, kuryer",
             "Salom, {name}! So'rovingiz bo'yicha 8 ta yangi vakansiya: omborchi, kuryer, operator. Barchasi: {link}\n\n"
             "Eslatma: haqiqiy ish beruvchilar o'qish yoki hujjat uchun oldindan pul so'ramaydi."),
        ],
        "courier": [
            ("Buyurtmangiz {order} yo'lga chiqdi",
             "Assalomu alaykum! Buyurtmangiz {order} kuryerga topshirildi. Trek raqam: {code}. Yetkazib berish: {date}. "
             "To'lov qabul qilganda Payme, Click yoki naqd."),
            ("Xalqaro jo'natma: bojxona to'lovi",
             "Hurmatli mijoz! Jo'natmangiz {code} bo'yicha bojxona to'lovi {fee}. To'lovni faqat rasmiy ilovada yoki "
             "pochta bo'limida qiling. Biz Telegram orqali to'lov havolasini yubormaymiz."),
        ],
        "it-invoice": [
            ("Hisob-faktura {order}: litsenziyani uzaytirish",
             "Assalomu alaykum! Antivirus litsenziyasini 20 ta kompyuter uchun 1 yilga uzaytirish bo'yicha "
             "hisob-faktura {order} ilova qilindi. Summa {amount}, to'lov bank o'tkazmasi orqali.\n\nSotuv bo'limi"),
            ("Texnik yordam: ariza {order} qabul qilindi",
             "Hurmatli {name}, arizangiz {order} qabul qilindi. IT bo'limi hech qachon parolingizni so'ramaydi."),
        ],
        "pharmacy": [
            ("Niqob va testlarga 15% chegirma",
             "Hurmatli {name}! Shu hafta dorixonalarimizda niqoblar, termometrlar va ekspress-testlarga 15% chegirma. "
             "Saytda bron qiling, dorixonada to'lang: {link}"),
            ("Tibbiy buyumlar narxlari",
             "Hurmatli hamkorlar! Qo'lqop, niqob va antiseptiklarning yangi narxlar ro'yxati ilova qilindi. Klinikalar "
             "uchun shartnoma asosida 30 kunlik muddatli to'lov."),
        ],
        "bank-loan": [
            ("Sizga onlayn mikroqarz taklifi",
             "Hurmatli {name}! Sizga {amount} gacha onlayn mikroqarz taklif qilamiz, yillik 28% dan. Ariza bank "
             "ilovasida. Bank kredit berishdan oldin hech qanday to'lov so'ramaydi."),
            ("Kredit to'lovi eslatmasi",
             "Hurmatli mijoz! Kredit shartnomasi {order} bo'yicha navbatdagi to'lov {fee}, muddati {date}. To'lovni "
             "ilovada yoki Payme orqali qilishingiz mumkin."),
        ],
        "exchange": [
            ("Kripto bozor: hafta yakunlari",
             "Salom, {name}! Bu hafta BTC 3% o'sdi. Sharhda yangi listinglar va xavfsizlik maslahatlari. Biz hech qachon "
             "birinchi bo'lib yozmaymiz va kripto yuborishni so'ramaymiz. O'qish: {link}"),
            ("Hisobingizga yangi kirish",
             "Hisobingizga yangi qurilmadan kirildi (Toshkent). Bu siz bo'lmasangiz, parolni darhol almashtiring."),
        ],
        "migrants": [
            ("Uyga pul jo'natish: qaysi usul arzon?",
             "Assalomu alaykum, hammaga! Moskvadan Samarqandga pul jo'natishda nimadan foydalanyapsizlar? Men Zolotaya "
             "Koronadan jo'natardim, endi Humo kartaga bank ilovasi orqali arzonroq deyishdi. Tajribangiz bilan "
             "bo'lishing.\n\n{name}"),
            ("Koreyaga ish: faqat rasmiy agentlik orqali",
             "Do'stlar, eslatib qo'yaman: Koreyaga EPS dasturi bo'yicha faqat Tashqi mehnat migratsiyasi agentligi "
             "orqali boriladi, koreys tili imtihoni majburiy. Telegramdagi \"viza 10 kunda\" va oldindan to'lov "
             "so'raydigan vositachilar - firibgarlar.\n\n{name}"),
        ],
        "notice": [
            ("Kontrakt to'lovi muddati",
             "Hurmatli talabalar! Ikkinchi semestr kontrakt to'lovi {date} gacha. Rekvizitlar faqat talaba shaxsiy "
             "kabinetida. Universitet shaxsiy kartalarga to'lov so'ramaydi.\n\nBuxgalteriya"),
            ("Davlat xizmatlari: arizangiz ko'rib chiqildi",
             "Hurmatli foydalanuvchi! Arizangiz ko'rib chiqildi. Davlat boji {fee}, to'lov portal orqali. Hujjatni "
             "{date} dan keyin olishingiz mumkin."),
        ],
    },
    "uzc": {
        "job": [
            ("Ishga qabul: operator va hisobchi",
             "Hurmatli nomzod! Kompaniyamizga operator va hisobchi kerak. Ish rasmiy, ish haqi {amount}. Rezyumeni "
             "elektron pochtaga yuboring. Nomzodlardan hech qanday to'lov olinmaydi.\n\nKadrlar bo'limi"),
            ("Suhbat vaqti tasdiqlandi",
             "Hurmatli {name}, suhbat vaqti {date} kuni soat 14:00 ga tasdiqlandi. Manzil: Samarqand, Registon "
             "ko'chasi, 8."),
        ],
        "courier": [
            ("Jo'natma pochta bo'limiga yetib keldi",
             "Jo'natmangiz {code} pochta bo'limiga yetib keldi. Saqlash muddati 15 kun. Pasport bilan keling."),
            ("Yetkazib berish vaqti o'zgardi",
             "Hurmatli mijoz, buyurtmangiz {order} ertaga yetkaziladi. Kuryer oldindan qo'ng'iroq qiladi. Qo'shimcha "
             "to'lov yo'q."),
        ],
        "bank-loan": [
            ("Kredit bo'yicha ma'lumot",
             "Hurmatli {name}! Kredit shartnomangiz {order} bo'yicha qoldiq {amount}. To'lov muddati {date}. Bank "
             "xodimlari SMS kodni hech qachon so'ramaydi."),
            ("Omonat bo'yicha yangi foiz",
             "Hurmatli mijoz! {date} dan boshlab omonatlar bo'yicha yillik foiz o'zgaradi. Batafsil bank filialida."),
        ],
        "migrants": [
            ("Rossiyada patent narxi",
             "Assalomu alaykum. Yaqinda patent to'laganlar ayting, hozir oyiga qancha? Menda {fee} chiqyapti.\n\n{name}"),
            ("Uyga posilka jo'natish",
             "Birodarlar, Qozondan Andijonga posilka jo'natganlar bormi? Kiyim va dori yubormoqchiman, bojxona bormi?\n\n"
             "{name}"),
        ],
        "notice": [
            ("Stipendiya to'lovi haqida",
             "Hurmatli talabalar! Stipendiya {date} gacha kartalarga o'tkaziladi. Kimdir qo'ng'iroq qilib SMS kod "
             "so'rasa, bu firibgarlik.\n\nDekanat"),
            ("Qabul kuni",
             "Hokimlikda fuqarolarni qabul qilish {date} kuni soat 10:00 da bo'ladi. Oldindan yoziling."),
        ],
    },
    "kk": {
        "job": [
            ("Сұхбатқа шақыру: бухгалтер",
             "Құрметті {name}!\n\nБухгалтер лауазымына өтініш бергеніңіз үшін рахмет. Сізді {date} күні сағат 11:00-де "
             "кеңсемізге сұхбатқа шақырамыз. Жеке куәлігіңізді ала келіңіз.\n\nКадрлар бөлімі"),
            ("Жаңа бос орындар: қойма, курьер",
             "Сәлем, {name}! Сұранысыңыз бойынша 6 жаңа бос орын: қоймашы, курьер, оператор. Барлығы: {link}\n\n"
             "Ескерту: нағыз жұмыс беруші оқу немесе құжат үшін ақша сұрамайды."),
        ],
        "courier": [
            ("Тапсырысыңыз {order} жолда",
             "Тапсырысыңыз {order} курьерге берілді. Трек: {code}. Жеткізу күні: {date}. Төлем алған кезде Kaspi QR "
             "немесе қолма-қол."),
            ("Халықаралық сәлемдеме: кедендік төлем",
             "Құрметті клиент! Сәлемдеме {code} бойынша кедендік төлем {fee}. Тек ресми қосымшада немесе бөлімшеде "
             "төлеңіз. Біз төлем сілтемесін WhatsApp арқылы жібермейміз."),
        ],
        "pharmacy": [
            ("Маскалар мен тесттерге 20% жеңілдік",
             "Құрметті {name}! Осы аптада дәріханаларымызда маскаларға, термометрлерге және экспресс-тесттерге 20% "
             "жеңілдік. Сайтта брондап, дәріханада төлеңіз: {link}"),
            ("Тапсырысыңыз дайын",
             "Тапсырысыңыз {order} дәріханада дайын. Төлеуге: {fee}. Бронь 3 күн сақталады."),
        ],
        "bank-loan": [
            ("Сізге несие ұсынысы",
             "Құрметті {name}! Сізге {amount} дейін несие алдын ала мақұлданды. Өтінім банк қосымшасында. Банк несие "
             "бермес бұрын ешқандай төлем сұрамайды."),
            ("Несие төлемі туралы еске салу",
             "Несие шарты {order} бойынша кезекті төлем {fee}, мерзімі {date}. Kaspi қосымшасында төлей аласыз."),
        ],
        "exchange": [
            ("Апталық нарық шолуы",
             "Сәлем, {name}! Осы аптада BTC 2% өсті. Шолуда жаңа листингтер мен қауіпсіздік кеңестері. Біз ешқашан "
             "криптовалюта жіберуді сұрамаймыз. Оқу: {link}"),
            ("Жаңа құрылғыдан кіру",
             "Аккаунтыңызға жаңа құрылғыдан кірді (Алматы). Бұл сіз болмасаңыз, құпиясөзді ауыстырыңыз."),
        ],
        "notice": [
            ("Оқу ақысын төлеу мерзімі",
             "Құрметті студенттер! Екінші семестрдің оқу ақысы {date} дейін төленеді. Деректемелер тек студенттің жеке "
             "кабинетінде.\n\nБухгалтерия"),
            ("eGov: өтінішіңіз қаралды",
             "Құрметті пайдаланушы! Өтінішіңіз қаралды. Мемлекеттік баж {fee}, порталда төленеді."),
        ],
    },
    "ky": {
        "job": [
            ("Маекке чакыруу: эсепчи",
             "Урматтуу {name}!\n\nЭсепчи кызматына арыз бергениңиз үчүн рахмат. Сизди {date} күнү саат 10:00до "
             "кеңсебизге маекке чакырабыз. Паспортуңузду ала келиңиз.\n\nКадрлар бөлүмү"),
            ("Жаңы бош орундар: кампа, курьер",
             "Салам, {name}! Сурооңуз боюнча 5 жаңы бош орун бар: кампачы, курьер, оператор. Баары: {link}\n\n"
             "Эскертүү: чыныгы иш берүүчү алдын ала акча сурабайт."),
        ],
        "courier": [
            ("Буйрутмаңыз {order} жолдо",
             "Буйрутмаңыз {order} курьерге берилди. Трек: {code}. Жеткирүү: {date}."),
            ("Эл аралык посылка: бажы төлөмү",
             "Урматтуу кардар! Посылка {code} боюнча бажы төлөмү {fee}. Расмий тиркемеде же почтада гана төлөңүз."),
        ],
        "bank-loan": [
            ("Сизге насыя сунушу",
             "Урматтуу {name}! Сизге {amount} чейин насыя алдын ала жактырылды. Арыз банктын тиркемесинде. Банк насыя "
             "берерден мурун эч кандай төлөм сурабайт."),
            ("Насыя төлөмү тууралуу эскертүү",
             "Насыя келишими {order} боюнча кезектеги төлөм {fee}, мөөнөтү {date}."),
        ],
        "migrants": [
            ("Үйгө акча жөнөтүү: кайсы жол арзан?",
             "Салам баарына! Москвадан Бишкекке акча эмне менен жөнөтүп жатасыңар? Мурда Золотая Корона менен "
             "жөнөтчүмүн. Тажрыйбаңар менен бөлүшкүлө.\n\n{name}"),
            ("Кореяга жумуш: расмий жол менен гана",
             "Достор, эскертем: Кореяга EPS программасы менен мамлекеттик агенттик аркылуу гана барышат. Телеграмдагы "
             "алдын ала акча сураган ортомчулар - алдамчылар.\n\n{name}"),
        ],
        "notice": [
            ("Окуу акысын төлөө мөөнөтү",
             "Урматтуу студенттер! Экинчи семестрдин окуу акысы {date} чейин төлөнөт. Реквизиттер студенттин жеке "
             "кабинетинде гана.\n\nБухгалтерия"),
            ("Кабыл алуу күнү",
             "Мэрияда жарандарды кабыл алуу {date} күнү саат 10:00до болот. Алдын ала жазылыңыз."),
        ],
    },
    "tg": {
        "job": [
            ("Даъват ба мусоҳиба: муҳосиб",
             "Мӯҳтарам {name}!\n\nБарои аризаатон ба вазифаи муҳосиб ташаккур. Шуморо {date} соати 10:00 ба мусоҳиба "
             "даъват мекунем. Шиносномаро гиред.\n\nШӯъбаи кадрҳо"),
            ("Ҷойҳои нави корӣ: анбор, курер",
             "Салом, {name}! Аз рӯи дархости шумо 5 ҷойи нави корӣ: анбордор, курер, оператор. Ҳама: {link}\n\n"
             "Огоҳӣ: корфармои ҳақиқӣ пешакӣ пул намепурсад."),
        ],
        "courier": [
            ("Фармоиши шумо {order} дар роҳ аст",
             "Фармоиши шумо {order} ба курер супорида шуд. Трек: {code}. Расонидан: {date}."),
            ("Бастаи байналмилалӣ: боҷи гумрукӣ",
             "Мизоҷи мӯҳтарам! Барои бастаи {code} боҷи гумрукӣ {fee}. Танҳо дар барномаи расмӣ ё дар почта пардохт "
             "кунед."),
        ],
        "bank-loan": [
            ("Пешниҳоди қарз барои шумо",
             "Мӯҳтарам {name}! Ба шумо то {amount} қарз пешакӣ тасдиқ шуд. Ариза дар барномаи бонк. Бонк пеш аз додани "
             "қарз ягон пардохт талаб намекунад."),
            ("Ёдраскунӣ дар бораи пардохти қарз",
             "Аз рӯи шартномаи қарзи {order} пардохти навбатӣ {fee}, мӯҳлат {date}."),
        ],
        "migrants": [
            ("Пул ба хона фиристодан: кадом роҳ арзон?",
             "Салом ба ҳама! Аз Маскав ба Душанбе пулро бо чӣ мефиристед? Ман пештар бо Золотая Корона мефиристодам. "
             "Таҷрибаатонро гӯед.\n\n{name}"),
            ("Кор дар Русия: патент ва ҳуҷҷатҳо",
             "Бародарон, патентро танҳо дар маркази расмӣ гиред. Онҳое, ки дар Телеграм «ҳуҷҷат дар 3 рӯз» барои "
             "пешпардохт ваъда медиҳанд, фиребгаранд.\n\n{name}"),
        ],
        "notice": [
            ("Мӯҳлати пардохти таҳсил",
             "Донишҷӯёни мӯҳтарам! Пардохти таҳсил барои нимсолаи дуюм то {date}. Реквизитҳо танҳо дар кабинети шахсии "
             "донишҷӯ.\n\nМуҳосибот"),
            ("Рӯзи қабул",
             "Қабули шаҳрвандон дар мақомоти иҷроия {date} соати 10:00 баргузор мешавад."),
        ],
    },
    "tk": {
        "job": [
            ("Söhbetdeşlige çakylyk: hasapçy",
             "Hormatly {name}!\n\nHasapçy wezipesine beren arzaňyz üçin sag boluň. Sizi {date} senesinde sagat 10:00-da "
             "söhbetdeşlige çagyrýarys. Pasportyňyzy getiriň.\n\nIşgärler bölümi"),
            ("Täze iş orunlary: ammar, kurýer",
             "Salam, {name}! Soragyňyz boýunça 4 täze iş orny bar: ammarçy, kurýer, operator. Hemmesi: {link}\n\n"
             "Duýduryş: hakyky iş berijiler öňünden pul soramaýar."),
        ],
        "courier": [
            ("Sargydyňyz {order} ýolda",
             "Sargydyňyz {order} kurýere berildi. Trek: {code}. Eltip bermek: {date}."),
            ("Halkara iberiş: gümrük tölegi",
             "Hormatly müşderi! {code} iberiş boýunça gümrük tölegi {fee}. Diňe resmi programmada ýa-da poçtada töläň."),
        ],
        "pharmacy": [
            ("Maskalara we testlere 15% arzanladyş",
             "Hormatly {name}! Şu hepde dermanhanalarymyzda maskalara, termometrlere we testlere 15% arzanladyş."),
            ("Sargydyňyz taýýar",
             "Sargydyňyz {order} dermanhanada taýýar. Tölemeli: {fee}."),
        ],
        "bank-loan": [
            ("Size karz teklibi",
             "Hormatly {name}! Size {amount} çenli karz deslapky tassyklandy. Bank karz bermezden öň hiç hili töleg "
             "soramaýar."),
            ("Karz tölegi barada ýatlatma",
             "{order} karz şertnamasy boýunça nobatdaky töleg {fee}, möhleti {date}."),
        ],
        "notice": [
            ("Okuw tölegi möhleti",
             "Hormatly talyplar! Ikinji ýarym ýyl üçin okuw tölegi {date} çenli tölenýär.\n\nBuhgalteriýa"),
            ("Kabul ediş güni",
             "Raýatlary kabul ediş {date} senesinde sagat 10:00-da geçiriler."),
        ],
    },
}

SHARED = {
    "uz": {"warn": ["Diqqat! Firibgarlar quyidagi mazmundagi xabarlarni tarqatmoqda:",
                    "Ichki ishlar organlari ogohlantiradi: aholiga shunday xabarlar kelmoqda. Havolalarga kirmang.",
                    "Bugun menga shu keldi. Tekshirdim - aldov, hech qanday posilka yo'q:",
                    "Bank ogohlantiradi: bizning nomimizdan yuborilayotgan soxta xabar namunasi:"],
           "warn_subj": ["Ehtiyot bo'ling, firibgarlar!", "Yangi aldov usuli", "Militsiya ogohlantiradi",
                         "Aldanib qolmang"],
           "warn_end": ["Pul o'tkazgan bo'lsangiz, darhol bankka qo'ng'iroq qiling va 102 ga murojaat qiling.",
                        "Haqiqiy kompaniyalar shaxsiy kartaga oldindan to'lov so'ramaydi.",
                        "Keksa qarindoshlaringizni ham ogohlantiring.",
                        "Firibgarning karta raqamini va yozishmani saqlab qo'ying."]},
    "uzc": {"warn": ["Ogoh bo'ling! Firibgarlar quyidagi xabarlarni yubormoqda:",
                     "Menga shu xabar keldi, bu aldov ekan. Hamma bilsin:",
                     "Prokuratura ogohlantiradi: fuqarolarga shunday xatlar kelmoqda.",
                     "Namunaviy firibgarlik xabari:"],
            "warn_subj": ["Firibgarlikdan ehtiyot bo'ling", "Ogohlantirish", "Soxta xabarlar haqida",
                          "Ishonmang!"],
            "warn_end": ["Hech kimga SMS kodni aytmang.", "Shubhali havolalarga kirmang.",
                         "Aldangan bo'lsangiz, ichki ishlar bo'limiga murojaat qiling.",
                         "Yaqinlaringizga ham aytib qo'ying."]},
    "kk": {"warn": ["Назар аударыңыз! Алаяқтар мынадай хабарламалар таратуда:",
                    "Полиция ескертеді: тұрғындарға осындай хаттар келуде. Сілтемелерге өтпеңіз.",
                    "Бүгін маған осы келді. Алаяқтық, ешқандай сәлемдеме жоқ:",
                    "Банк ескертеді: біздің атымыздан жіберілген жалған хабарлама үлгісі:"],
           "warn_subj": ["Абай болыңыз, алаяқтар!", "Алаяқтықтың жаңа түрі", "Полиция ескертеді",
                         "Алданып қалмаңыз"],
           "warn_end": ["Ақша аударсаңыз, бірден банкке хабарласып, 102-ге қоңырау шалыңыз.",
                        "Нағыз компаниялар жеке картаға алдын ала төлем сұрамайды.",
                        "Қарт туыстарыңызға да айтыңыз.",
                        "Алаяқтың карта нөмірі мен хат алмасуды сақтаңыз."]},
    "ky": {"warn": ["Көңүл буруңуз! Алдамчылар мындай билдирүүлөрдү таратып жатат:",
                    "Милиция эскертет: тургундарга ушундай каттар келүүдө.",
                    "Бүгүн мага ушул келди. Алдамчылык:",
                    "Банк эскертет: биздин атыбыздан жөнөтүлгөн жалган билдирүүнүн үлгүсү:"],
           "warn_subj": ["Сак болуңуз, алдамчылар!", "Алдамчылыктын жаңы түрү", "Милиция эскертет",
                         "Алданып калбаңыз"],
           "warn_end": ["Акча которсоңуз, дароо банкка чалып, 102ге кайрылыңыз.",
                        "Чыныгы компаниялар жеке картага алдын ала төлөм сурабайт.",
                        "Улгайган туугандарыңызга да айтыңыз.",
                        "Алдамчынын карта номерин сактап коюңуз."]},
    "tg": {"warn": ["Диққат! Фиребгарон чунин паёмҳо паҳн мекунанд:",
                    "Милиса огоҳ мекунад: ба сокинон чунин мактубҳо меоянд.",
                    "Имрӯз ба ман ҳамин омад. Фиреб аст:",
                    "Бонк огоҳ мекунад: намунаи паёми қалбакӣ аз номи мо:"],
           "warn_subj": ["Эҳтиёт шавед, фиребгарон!", "Усули нави фиреб", "Милиса огоҳ мекунад",
                         "Фиреб нахӯред"],
           "warn_end": ["Агар пул гузаронда бошед, фавран ба бонк занг занед ва ба 102 муроҷиат кунед.",
                        "Ширкатҳои ҳақиқӣ ба корти шахсӣ пешпардохт намепурсанд.",
                        "Ба хешовандони калонсол низ гӯед.",
                        "Рақами корти фиребгарро нигоҳ доред."]},
    "tk": {"warn": ["Üns beriň! Galplar şeýle habarlary ýaýradýar:",
                    "Polisiýa duýduryş berýär: ilata şeýle hatlar gelýär.",
                    "Şu gün maňa şu geldi. Bu galplyk:",
                    "Bank duýduryş berýär: biziň adymyzdan iberilýän galp habaryň nusgasy:"],
           "warn_subj": ["Galplardan seresap boluň!", "Galplygyň täze görnüşi", "Polisiýa duýduryş berýär",
                         "Aldanmaň"],
           "warn_end": ["Pul geçiren bolsaňyz, derrew banka jaň ediň.",
                        "Hakyky kompaniýalar şahsy karta öňünden töleg soramaýar.",
                        "Ýaşuly garyndaşlaryňyza hem aýdyň.",
                        "Galpyň kart belgisini saklaň."]},
}
