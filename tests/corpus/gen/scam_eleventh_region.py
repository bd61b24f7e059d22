"""Round 12's eleventh batch: scam pools in the region's languages (see scam_eleventh.py): Uzbek Latin ("uz"),
Uzbek Cyrillic ("uzc", written in Latin here and transliterated by fourth_batch.toUzc in scam_eleventh.py; its
texts are not the Uzbek Latin ones), Kazakh, Kyrgyz, Tajik, Turkmen. Written blind by helper c11-corpus as a
local scammer writes them: work in Russia, Korea and Turkey, migrants' remittances, parcels held at customs, Payme /
Click / Kaspi / Humo / Uzcard, microloans, Telegram channels. Every list splits by index (even dev, odd held-out)."""

SCAM = {
    "uz": {
        "job": {
            "subj": ["Koreyaga ishga olamiz! Viza 15 kunda", "Uydan turib ish: to'lovlarni qabul qilish operatori"],
            "body": ["Assalomu alaykum! Janubiy Koreyadagi zavodlarga ishchilar kerak. Oylik {amount}, yotoqxona va "
                     "ovqat bepul. Til bilish shart emas. Hujjatlarni rasmiylashtirish uchun oldindan {fee} to'lov "
                     "qilinadi, qolgani ishga chiqqandan keyin. Joylar soni cheklangan! Telegram: {tg}",
                     "Salom! Onlayn do'konimizga to'lov operatori kerak. Vazifangiz: kartangizga tushgan pullarni "
                     "Payme orqali biz bergan kartaga o'tkazish. Har bir o'tkazmadan 5% sizniki, kuniga {fee} gacha. "
                     "Tajriba kerak emas, faqat Humo yoki Uzcard karta. Yozing: {tg}"],
            "teaser": ["Rossiyada ish, kunlik to'lov, chipta bizdan. Batafsil {tg}",
                       "Kartangiz bormi? Uyda o'tirib kuniga {fee} ishlang. Yozing {tg}"],
        },
        "parcel": {
            "subj": ["Sizning posilkangiz bojxonada ushlab qolindi", "O'zbekiston pochtasi: yetkazib berish to'lovi"],
            "body": ["Hurmatli mijoz! Sizning nomingizga xalqaro jo'natma {code} keldi. Bojxona to'lovi {fee} "
                     "to'lanmagani sababli posilka omborda turibdi. 24 soat ichida {link} orqali to'lov qiling, aks "
                     "holda jo'natma qaytarib yuboriladi.",
                     "Kuryer manzilingizni topa olmadi. Qayta yetkazib berish uchun manzilni tasdiqlang va {fee} "
                     "to'lovni Click yoki Payme orqali amalga oshiring: {link}. Trek raqam: {code}"],
            "teaser": ["Posilkangiz {code} bojxonada. To'lov {fee}: {link}",
                       "Jo'natma yetkazilmadi, manzil noto'g'ri. Tasdiqlang: {link}"],
        },
        "loan": {
            "subj": ["Kredit tarixisiz onlayn qarz 5 daqiqada", "Qarz arizangiz ma'qullandi: {amount}"],
            "body": ["Assalomu alaykum! Sizga {amount} miqdorida mikroqarz tasdiqlandi. Kafil va ma'lumotnoma kerak "
                     "emas. Pulni kartangizga o'tkazish uchun sug'urta to'lovi {fee} ni {card} kartaga o'tkazing. "
                     "To'lovdan keyin 15 daqiqada pul tushadi.",
                     "Banklar rad etdimi? Biz yordam beramiz! Har qanday kredit tarixi bilan {amount} gacha qarz. "
                     "Faqat pasport kerak. Birinchi to'lov - kafolat badali {fee}, u qarz bilan birga qaytadi. "
                     "Telefon: {phone}"],
            "teaser": ["{amount} qarz kartangizga bugun! Sug'urta {fee}. Yozing {tg}",
                       "Kredit tarixi yomonmi? Baribir beramiz. {phone}"],
        },
        "fake-shop": {
            "subj": ["Tibbiy niqoblar va testlar ulgurji narxda", "Pulsoksimetr - faqat bugun chegirma"],
            "body": ["Niqoblar, qo'lqoplar, ekspress-testlar omborda bor! Dorixonalar va do'konlar uchun ulgurji narx. "
                     "Faqat 100% oldindan to'lov bilan ishlaymiz, {card} kartaga o'tkazing va chekni {tg} ga yuboring. "
                     "Yetkazib berish Toshkent bo'ylab bepul.",
                     "Pulsoksimetr va termometrlar Germaniyadan, sertifikatli. Narxi {fee}. Mahsulot kam qoldi, bron "
                     "qilish uchun 50% oldindan to'lov Click orqali. Menejer: {phone}"],
            "teaser": ["Niqob va testlar ulgurji, bugun yetkazamiz. Oldindan to'lov. {tg}",
                       "iPhone yarim narxda! Faqat 3 dona qoldi. Oldindan to'lov {link}"],
        },
        "crypto": {
            "subj": ["Kuniga 3% daromad - kafolatlangan", "Bonus {usdt} USDT sizni kutmoqda"],
            "body": ["Professional treyderlar jamoasi sizga kuniga 3% daromad taklif qiladi. Minimal kirish {fee}. "
                     "To'lovlar har kuni Humo kartangizga. Shaxsiy menejer: {tg}. Allaqachon 5000 dan ortiq mamnun "
                     "mijozlar!",
                     "Tabriklaymiz! Hisobingizga {amount} bonus tushdi. Pulni yechib olish uchun tarmoq komissiyasi "
                     "{fee} ni {wallet} manziliga yuboring. Tasdiqlangandan so'ng bonus faollashadi: {link}"],
            "teaser": ["Kripto bonus {amount}! Bugun faollashtiring: {link}",
                       "Kuniga 3% foyda, kafolat bilan. Kanalga qo'shiling {tg}"],
        },
        "lottery": {
            "subj": ["Tabriklaymiz! Siz avtomobil yutdingiz", "Aksiya g'olibi: sizning raqamingiz"],
            "body": ["Hurmatli abonent! Sizning raqamingiz operator aksiyasida {amount} yutdi. Sovrinni olish uchun "
                     "soliq {fee} ni {card} kartaga to'lang va chekni yuboring. Pul 24 soat ichida kartangizga "
                     "tushadi.",
                     "Tabriklaymiz! Siz do'konlar tarmog'i o'yinida g'olib bo'ldingiz: yangi Cobalt avtomobili yoki "
                     "{amount}. Sovrinni olish tartibi: {link} ga kiring va hujjat yetkazish xizmati {fee} "
                     "ni to'lang."],
            "teaser": ["Raqamingiz {amount} yutdi! Sovrinni olish: {phone}",
                       "Siz g'olibsiz! Sovrin uchun havolaga kiring {link}"],
        },
    },
    "uzc": {
        "job": {
            "subj": ["Turkiyaga ishga: tikuvchilar va qurilishchilar kerak", "Xorijda ish: hujjatlarni tez rasmiylashtiramiz"],
            "body": ["Hurmatli yurtdoshlar! Istanbuldagi tikuv fabrikasiga ishchilar olinmoqda. Oylik {amount}, turar "
                     "joy beriladi. Viza va chipta bizdan. Ro'yxatdan o'tish badali {fee}, uni {card} kartaga "
                     "o'tkazasiz. Qo'ng'iroq qiling: {phone}",
                     "Rossiyada qonuniy ish: patent, tibbiy ko'rik va ish joyi bir haftada. Xizmat narxi {fee}, "
                     "yarmini oldindan to'laysiz. Ishonchli agentlik, 10 yillik tajriba. Telegram: {tg}"],
            "teaser": ["Turkiyada ish, oylik {amount}, chipta bepul. Qo'ng'iroq: {phone}",
                       "Patent va ish joyi bir haftada! Yozing {tg}"],
        },
        "parcel": {
            "subj": ["Jo'natmangiz omborda kutmoqda", "Bojxona yig'imi to'lanmagan"],
            "body": ["Assalomu alaykum! Sizga chet eldan yuborilgan sovg'a posilkasi {code} keldi. Ichida qimmatbaho "
                     "buyumlar borligi sababli bojxona yig'imi {fee} to'lanishi kerak. To'lovni {card} kartaga "
                     "qiling, inspektor: {phone}",
                     "Hurmatli qabul qiluvchi! Pochta jo'natmangiz saqlash muddati tugayapti. Saqlash haqi {fee}. "
                     "To'lamasangiz, jo'natma yo'q qilinadi. To'lov havolasi: {link}"],
            "teaser": ["Posilkangiz {code} kutmoqda, yig'im {fee}. {link}",
                       "Sovg'a posilkasi keldi! Bojxona: {phone}"],
        },
        "loan": {
            "subj": ["Pasport bilan qarz - rad javobisiz", "Sizga kredit ajratildi"],
            "body": ["Assalomu alaykum, aka-opalar! Pasport bilan {amount} gacha qarz beramiz, foizi past. Oldindan "
                     "faqat hujjat rasmiylashtirish xarajati {fee}. Pulni {card} kartaga tashlang, keyin qarz "
                     "kartangizga tushadi. Murojaat uchun: {phone}",
                     "Hurmatli mijoz! Bank sizga {amount} kredit ajratdi. Pulni olish uchun hisob ochish komissiyasi "
                     "{fee} ni {link} orqali to'lang. Taklif {hours} soat amal qiladi."],
            "teaser": ["Qarz {amount}, pasport bilan, rad yo'q. {phone}",
                       "Kredit ajratildi! Komissiyani to'lang: {link}"],
        },
        "romance": {
            "subj": ["Salom, bu men - Malika", "Sizga uzun xat yozdim"],
            "body": ["Salom, azizim! Men Dubaydaman, bu yerda ishlayapman. Sizni juda sog'indim. Amakim birjada "
                     "ishlaydi, u menga qaysi kuni pul qo'yishni aytadi. Kecha {amount} foyda oldim. Siz ham bizning "
                     "kelajagimiz uchun sinab ko'ring, bu havolada ro'yxatdan o'ting: {link}. Hech kimga aytmang.",
                     "Azizim, men sizning oldingizga kelmoqchiman, lekin kartam bloklandi. Chipta uchun {fee} yetmayapti. "
                     "Iltimos, dugonamning kartasiga tashlab bering: {card}. Kelganimda albatta qaytaraman."],
            "teaser": ["Salom) Sizni tanishuv saytida ko'rdim, Telegramga yozing {tg}",
                       "Kechirasiz, raqamni adashtirdim shekilli... balki bu taqdirdir? {tg}"],
        },
        "lottery": {
            "subj": ["Yutuqli o'yin natijalari", "Siz sovrindorlar ro'yxatidasiz"],
            "body": ["Hurmatli ishtirokchi! Bank kartangiz yutuqli o'yinda {amount} yutdi. Sovrinni olish uchun "
                     "daromad solig'i {fee} to'lanadi. To'lov uchun operator bilan bog'laning: {phone}",
                     "Tabriklaymiz! Siz bayram aksiyasida televizor yutdingiz. Yetkazib berish xizmati uchun {fee} ni "
                     "{card} kartaga o'tkazing va manzilingizni yuboring."],
            "teaser": ["Kartangiz {amount} yutdi! Operator: {phone}",
                       "Siz sovrindorsiz! Manzilni yuboring: {tg}"],
        },
    },
    "kk": {
        "job": {
            "subj": ["Жұмыс: төлемдерді қабылдау менеджері (үйден)", "Кореяға жұмысқа шақырамыз"],
            "body": ["Сәлеметсіз бе! Біздің компанияға қашықтан жұмыс істейтін қызметкер керек. Сіздің міндетіңіз: "
                     "Kaspi картаңызға түскен ақшаны куратор берген шотқа аудару. Әр аударымнан 7% сіздікі. Тәжірибе "
                     "қажет емес. Жазыңыз: {tg}",
                     "Оңтүстік Кореядағы зауытқа жұмысшылар қажет! Айлық {amount}, жатақхана тегін. Құжаттарды "
                     "рәсімдеу үшін алдын ала {fee} төлейсіз, қалғаны жұмысқа шыққаннан кейін. WhatsApp: {phone}"],
            "teaser": ["Үйден жұмыс, күніне {fee} дейін. Тек Kaspi карта керек. {tg}",
                       "Кореяда жұмыс, виза 2 аптада. Толығырақ {phone}"],
        },
        "parcel": {
            "subj": ["Сәлемдемеңіз кеденде тоқтатылды", "Қазпошта: жеткізу ақысы төленбеген"],
            "body": ["Құрметті клиент! Сіздің атыңызға халықаралық сәлемдеме {code} келді. Кедендік баж {fee} "
                     "төленбегендіктен, ол қоймада тұр. 48 сағат ішінде {link} арқылы төлеңіз, әйтпесе сәлемдеме "
                     "қайтарылады.",
                     "Курьер мекенжайыңызды таба алмады. Қайта жеткізу үшін мекенжайды растап, {fee} төлеңіз: {link}"],
            "teaser": ["Сәлемдеме {code} кеденде. Баж {fee}: {link}",
                       "Жеткізу сәтсіз, мекенжай қате. Растаңыз: {link}"],
        },
        "loan": {
            "subj": ["Несие мақұлданды: {amount}", "Кредиттік тарихсыз қарыз 5 минутта"],
            "body": ["Сәлеметсіз бе! Сізге {amount} несие мақұлданды. Анықтама мен кепілгер қажет емес. Ақшаны "
                     "Kaspi картаңызға аудару үшін сақтандыру жарнасы {fee} төлеңіз. Менеджер: {tg}",
                     "Банктер бас тартты ма? Біз көмектесеміз! Кез келген кредиттік тарихпен {amount} дейін. Тек "
                     "жеке куәлік керек. Бірінші төлем - кепілдік жарна {fee}. Телефон: {phone}"],
            "teaser": ["{amount} несие бүгін картаңызға! Жазыңыз {tg}",
                       "Кредиттік тарих нашар ма? Бәрібір береміз. {phone}"],
        },
        "crypto": {
            "subj": ["Күніне 2% табыс - кепілдікпен", "Сізге {usdt} USDT бонус есептелді"],
            "body": ["Кәсіби трейдерлер командасы серіктестер іздейді. Күніне 2% табыс, төлемдер күн сайын. "
                     "Минималды салым {fee}. Жеке менеджеріңіз: {tg}",
                     "Құттықтаймыз! Шотыңызға {amount} бонус түсті. Ақшаны шығару үшін желі комиссиясын {fee} "
                     "{wallet} мекенжайына жіберіңіз: {link}"],
            "teaser": ["Крипто бонус {amount}! Бүгін белсендіріңіз: {link}",
                       "Күніне 2% пайда. Арнаға қосылыңыз {tg}"],
        },
        "sextortion": {
            "subj": ["Сенің құпиясөзің: {password}", "Менде сенің бейнежазбаң бар"],
            "body": ["Сәлем. Сенің құпиясөзің {password}. Мен сенің құрылғыңды бұздым және камерадан бейнежазба "
                     "жасадым. Егер туыстарың мен әріптестерің көрмесін десең, {btc} BTC мына әмиянға аудар: "
                     "{wallet}. Уақытың {hours} сағат.",
                     "Сен мессенджерде бір қызбен сөйлесіп, оған жеке фото жібердің. Енді ол материалдар бізде. "
                     "Әйелің мен достарың алмасын десең, {fee} мына картаға аудар: {card}. Мерзімі - бүгін кешке дейін."],
            "teaser": ["Менде сенің бейнең бар. Төле, әйтпесе бәрі көреді",
                       "Құпиясөзің {password}. Поштаңды тексер"],
        },
        "lottery": {
            "subj": ["Құттықтаймыз! Сіз ұтыс ойынының жеңімпазысыз", "Сіздің нөміріңіз жүлде ұтты"],
            "body": ["Құрметті абонент! Сіздің нөміріңіз ұтыс ойынында {amount} ұтты. Жүлдені алу үшін салық {fee} "
                     "төлеп, түбіртекті жіберіңіз. Карта: {card}",
                     "Сіз дүкендер желісінің ойынында жеңімпаз атандыңыз! Жүлде: көлік немесе {amount}. Рәсімдеу "
                     "үшін {link} сілтемесіне кіріп, құжат жеткізу ақысын {fee} төлеңіз."],
            "teaser": ["Нөміріңіз {amount} ұтты! Жүлде: {phone}",
                       "Сіз жеңімпазсыз! Сілтемеге кіріңіз {link}"],
        },
    },
    "ky": {
        "job": {
            "subj": ["Россияга жумушка алабыз, билет биз тараптан", "Үйдөн иштөө: төлөмдөрдү кабыл алуу"],
            "body": ["Салам! Москвадагы складка жумушчулар керек. Айлык {amount}, жатакана бар. Патентти биз "
                     "жасайбыз. Документтерге алдын ала {fee} төлөйсүз, калганы иштегенден кийин. WhatsApp: {phone}",
                     "Саламатсызбы! Онлайн дүкөнгө оператор керек. Картаңызга түшкөн акчаны биз берген картага "
                     "которуп турасыз, ар бир которуудан 5% сиздики. Тажрыйба кереги жок. Жазыңыз: {tg}"],
            "teaser": ["Россияда жумуш, күнүмдүк төлөм. Кененирээк {tg}",
                       "Картаңыз барбы? Үйдөн күнүнө {fee} табыңыз. {tg}"],
        },
        "parcel": {
            "subj": ["Посылкаңыз бажыда кармалды", "Кыргыз почтасы: жеткирүү акысы"],
            "body": ["Урматтуу кардар! Сиздин атыңызга эл аралык посылка {code} келди. Бажы төлөмү {fee} "
                     "төлөнбөгөндүктөн кампада турат. 24 саатта {link} аркылуу төлөңүз, болбосо посылка кайтарылат.",
                     "Курьер дарегиңизди таба алган жок. Кайра жеткирүү үчүн дарегиңизди тастыктап, {fee} "
                     "төлөңүз: {link}. Трек: {code}"],
            "teaser": ["Посылка {code} бажыда. Төлөм {fee}: {link}",
                       "Посылка жеткирилген жок. Даректи тастыктаңыз: {link}"],
        },
        "loan": {
            "subj": ["Паспорт менен насыя - баш тартуусуз", "Арызыңыз жактырылды: {amount}"],
            "body": ["Саламатсызбы! Сизге {amount} насыя жактырылды. Кепил жана справка керек эмес. Акчаны "
                     "картаңызга которуу үчүн камсыздандыруу төлөмү {fee} ни {card} картасына которуңуз.",
                     "Банктар баш тарттыбы? Биз жардам беребиз! Ар кандай кредиттик тарых менен {amount} чейин. "
                     "Биринчи төлөм - кепилдик акы {fee}. Телефон: {phone}"],
            "teaser": ["{amount} насыя бүгүн картаңызга! {tg}",
                       "Кредиттик тарыхыңыз начарбы? Баары бир беребиз. {phone}"],
        },
        "romance": {
            "subj": ["Салам, бул мен - Айпери", "Сага узун кат жаздым"],
            "body": ["Салам, жаным! Мен Сеулда иштеп жатам. Сени абдан сагындым. Таякем биржада иштейт, качан "
                     "акча салуу керектигин айтып турат. Кечээ {amount} пайда таптым. Сен да биздин келечек үчүн "
                     "байкап көр, бул шилтемеден катталып ал: {link}. Эч кимге айтпа.",
                     "Жаным, сага келгим келет, бирок картам бөгөттөлүп калды. Билетке {fee} жетпей жатат. Досумдун "
                     "картасына салып берчи: {card}. Келгенде сөзсүз кайтарам."],
            "teaser": ["Салам) Сени таанышуу сайтынан көрдүм, Телеграмга жаз {tg}",
                       "Кечиресиз, номерди жаңылыштым окшойт... балким тагдырдыр? {tg}"],
        },
    },
    "tg": {
        "job": {
            "subj": ["Кор дар Русия: роҳхат аз ҳисоби мо", "Кор аз хона: қабули пардохтҳо"],
            "body": ["Ассалому алейкум! Барои анбор дар Маскав коргарон лозим. Маош {amount}, хобгоҳ ҳаст. Патентро "
                     "худамон мекунем. Барои ҳуҷҷатҳо пешакӣ {fee} месупоред, боқимонда баъди ба кор баромадан. "
                     "WhatsApp: {phone}",
                     "Салом! Ба мағозаи онлайн оператор лозим. Пулҳое, ки ба корти Корти Миллии шумо меоянд, ба "
                     "корти мо мегузаронед, аз ҳар интиқол 5% аз шумо. Таҷриба лозим нест. Нависед: {tg}"],
            "teaser": ["Кор дар Русия, пардохти ҳаррӯза. Муфассал {tg}",
                       "Корт доред? Аз хона рӯзе {fee} кор кунед. {tg}"],
        },
        "parcel": {
            "subj": ["Бастаи шумо дар гумрук боздошт шуд", "Почтаи Тоҷикистон: ҳаққи расонидан"],
            "body": ["Мизоҷи мӯҳтарам! Ба номи шумо бастаи байналмилалӣ {code} омад. Боҷи гумрукӣ {fee} пардохт "
                     "нашудааст, бинобар ин баста дар анбор аст. Дар давоми 48 соат тавассути {link} пардохт кунед.",
                     "Курер суроғаи шуморо наёфт. Барои бори дигар расонидан суроғаро тасдиқ кунед ва {fee} "
                     "пардохт намоед: {link}"],
            "teaser": ["Баста {code} дар гумрук. Боҷ {fee}: {link}",
                       "Баста нарасид, суроға нодуруст. Тасдиқ кунед: {link}"],
        },
        "loan": {
            "subj": ["Қарз бо шиноснома - бе рад", "Дархости шумо қабул шуд: {amount}"],
            "body": ["Ассалому алейкум! Ба шумо {amount} қарз тасдиқ шуд. Кафил лозим нест. Барои гузаронидани пул "
                     "ба корти шумо ҳаққи суғурта {fee} -ро ба корти {card} гузаронед.",
                     "Бонкҳо рад карданд? Мо кӯмак мекунем! То {amount} бо ҳар гуна таърихи қарзӣ. Пардохти аввал - "
                     "пули кафолат {fee}. Телефон: {phone}"],
            "teaser": ["Қарзи {amount} имрӯз ба корти шумо! {tg}",
                       "Таърихи қарзӣ бад аст? Ба ҳар ҳол медиҳем. {phone}"],
        },
        "lottery": {
            "subj": ["Табрик! Шумо ғолиби бозӣ шудед", "Рақами шумо ҷоиза бурд"],
            "body": ["Муштарии мӯҳтарам! Рақами шумо дар бозии оператор {amount} бурд. Барои гирифтани ҷоиза андоз "
                     "{fee} -ро ба корти {card} пардохт кунед ва чекро фиристед.",
                     "Табрик! Шумо дар аксияи мағозаҳо мошин ё {amount} бурдед. Барои расмӣ кардан ба {link} ворид "
                     "шавед ва ҳаққи расонидани ҳуҷҷатҳо {fee} -ро пардохт кунед."],
            "teaser": ["Рақами шумо {amount} бурд! Ҷоиза: {phone}",
                       "Шумо ғолибед! Ба пайванд ворид шавед {link}"],
        },
    },
    "tk": {
        "job": {
            "subj": ["Türkiýede iş: gurluşykçylar gerek", "Öýden iş: tölegleri kabul etmek"],
            "body": ["Salam! Stambuldaky gurluşyk kompaniýasyna işçiler gerek. Aýlyk {amount}, ýaşaýyş jaý berilýär. "
                     "Wiza we bilet bizden. Resminamalar üçin öňünden {fee} tölemeli, galany işe başlandan soň. "
                     "WhatsApp: {phone}",
                     "Salam! Onlaýn dükana operator gerek. Kartyňyza gelen pullary biziň berýän kartymyza "
                     "geçirýärsiňiz, her geçirimden 5% siziňki. Tejribe gerek däl. Ýazyň: {tg}"],
            "teaser": ["Türkiýede iş, aýlyk {amount}. Jikme-jik {tg}",
                       "Kartyňyz barmy? Öýden günde {fee} gazanyň. {tg}"],
        },
        "parcel": {
            "subj": ["Posylkaňyz gümrükde saklandy", "Türkmenpoçta: eltip bermek tölegi"],
            "body": ["Hormatly müşderi! Siziň adyňyza halkara posylka {code} geldi. Gümrük pajy {fee} tölenmändigi "
                     "sebäpli ammarda dur. 48 sagadyň içinde {link} arkaly töläň, ýogsam posylka yzyna iberiler.",
                     "Kurýer salgyňyzy tapmady. Gaýtadan eltmek üçin salgyňyzy tassyklaň we {fee} töläň: {link}"],
            "teaser": ["Posylka {code} gümrükde. Töleg {fee}: {link}",
                       "Posylka eltilmedi, salgy ýalňyş. Tassyklaň: {link}"],
        },
        "loan": {
            "subj": ["Pasport bilen karz - ret etmezden", "Arzaňyz kabul edildi: {amount}"],
            "body": ["Salam! Size {amount} karz tassyklandy. Kepil gerek däl. Puly kartyňyza geçirmek üçin "
                     "ätiýaçlandyryş tölegini {fee} {card} kartyna geçiriň.",
                     "Banklar ret etdimi? Biz kömek ederis! Islendik karz taryhy bilen {amount} çenli. Ilkinji töleg - "
                     "kepillik tölegi {fee}. Telefon: {phone}"],
            "teaser": ["{amount} karz şu gün kartyňyza! {tg}",
                       "Karz taryhyňyz erbetmi? Barybir berýäris. {phone}"],
        },
        "crypto": {
            "subj": ["Günde 2% girdeji - kepillendirilen", "Size {usdt} USDT bonus berildi"],
            "body": ["Hünärmen treýderler topary hyzmatdaş gözleýär. Günde 2% girdeji, tölegler her gün. Iň az "
                     "goýum {fee}. Şahsy menejeriňiz: {tg}",
                     "Gutlaýarys! Hasabyňyza {amount} bonus geldi. Puly çykarmak üçin tor tölegini {fee} {wallet} "
                     "salgysyna iberiň: {link}"],
            "teaser": ["Kripto bonus {amount}! Şu gün işjeňleşdiriň: {link}",
                       "Günde 2% peýda. Kanala goşulyň {tg}"],
        },
    },
}

SHARED = {
    "uz": {"contact": ["Murojaat uchun: {phone} (Telegram, WhatsApp)", "Faqat Telegram orqali: {tg}",
                       "Savollar bo'lsa yozing: {tg}", "Tel: {phone}, qo'ng'iroq qiling"]},
    "uzc": {"contact": ["Bog'lanish: {phone}", "Telegram kanalimiz: {tg}",
                        "Batafsil ma'lumot: {phone} (WhatsApp)", "Yozing, javob beramiz: {tg}"]},
    "kk": {"contact": ["Байланыс: {phone} (WhatsApp)", "Тек Telegram арқылы: {tg}",
                       "Сұрақтар болса жазыңыз: {tg}", "Тел: {phone}, хабарласыңыз"]},
    "ky": {"contact": ["Байланыш: {phone} (WhatsApp)", "Телеграм аркылуу гана: {tg}",
                       "Суроолор болсо жазыңыз: {tg}", "Тел: {phone}, чалыңыз"]},
    "tg": {"contact": ["Тамос: {phone} (WhatsApp)", "Танҳо тавассути Telegram: {tg}",
                       "Савол бошад, нависед: {tg}", "Тел: {phone}, занг занед"]},
    "tk": {"contact": ["Habarlaşmak üçin: {phone} (WhatsApp)", "Diňe Telegram arkaly: {tg}",
                       "Soragyňyz bolsa ýazyň: {tg}", "Tel: {phone}, jaň ediň"]},
}
