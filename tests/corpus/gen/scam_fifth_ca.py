"""Fifth batch, Central Asian scam pools (Uzbek Latin, Kazakh, Kyrgyz, Tajik, Turkmen) and Russian written in Latin
letters or mixed with English (see scam_fifth.py: written blind, even variants dev, odd held-out). Uzbek Cyrillic
items are the Uzbek Latin pools transliterated (fifth_batch.scamTable)."""

UZ = {
    "sextortion": {
        "subj": ["Parolingiz: {password}", "Sizni yozib oldim", "Oxirgi ogohlantirish", "Telefoningiz mening nazoratimda"],
        "hook": [
            "[password] {password} parolingizni bilaman, shu orqali pochtangizga kirdim.",
            "[webcam] Ba'zi saytlarni ko'rayotganingizda kamerangiz sizni yozib oldi, video menda.",
            "[hacked-device] Bir necha oydan beri telefoningizda mening dasturim ishlayapti.",
            "[bomb-threat] Binoingizga portlovchi qurilma qo'yilgan, pul to'lanmasa portlaydi.",
        ],
        "body": ["To'lamasangiz, video barcha kontaktlaringizga yuboriladi.", "Militsiyaga borishning foydasi yo'q.",
                 "To'lovdan keyin hammasini o'chiraman.", "Xatni ochganingizda vaqt boshlandi."],
        "ask": ["{hours} soat ichida {wallet} hamyoniga {amount} bitkoin o'tkazing.", "Hamyon manzilini olish uchun shu xatga javob yozing.",
                "Jim turishim narxi {words}, BTC orqali {wallet} manziliga.", "To'lov manzili ilova qilingan rasmda."],
    },
    "advance-fee": {
        "subj": ["DIQQAT: BENEFITSIAR", "Siz uchun xayriya", "Kompensatsiya ishingiz {ref}", "Egasiz meros"],
        "head": ["Advokat Rustamov idorasidan", "XALQARO PUL O'TKAZMALARI BO'LIMI DIREKTORI STOLIDAN"],
        "hook": [
            "[widow-donation] Men kasal beva ayolman va marhum erimning mablag'ini xudojo'y bir insonga hadya qilmoqchiman.",
            "[inheritance] Siz bilan bir familiyali marhum mijozim merosxo'rsiz katta omonat qoldirgan.",
            "[un-imf] Ismingiz XVF tomonidan tovon to'lanadigan firibgarlik qurbonlari ro'yxatida bor.",
            "[diplomat] Nomingizga kelgan diplomatik quti Toshkent aeroportida ushlab turilibdi.",
        ],
        "body": ["Barcha hujjatlar tayyor, o'tkazma qonuniy.", "Bu ishni sir saqlang.", "Qirq foizi sizniki bo'ladi.",
                 "Sizni menga Alloh yubordi."],
        "ask": ["To'liq ismingiz, telefon raqamingiz va manzilingizni yozib javob bering.", "Advokatim bilan {email} orqali bog'laning, ish raqami {ref}.",
                "Ma'lumotlaringizni {email} manziliga qayta tasdiqlang.", "Faqat {amount} chiqarish to'lovini to'lash kerak."],
    },
    "lottery": {
        "subj": ["Tabriklaymiz, siz yutdingiz!", "Yutuq haqida xabarnoma {ref}", "Omadli tashrifchi siz", "Sovg'angizni oling"],
        "hook": [
            "[email-draw] Elektron manzilingiz xalqaro o'yinda g'olib deb topildi.",
            "[sweepstake] Siz mijozlar uchun yillik o'yinimizning bosh sovrin egalaridan birisiz.",
            "[lucky-visitor] Siz bugungi omadli tashrifchisiz va sovg'a smartfon olasiz.",
            "[email-draw] {code} raqamli chiptangiz ikkinchi sovrinni yutdi.",
        ],
        "body": ["Sovrin sug'urtalangan va topshirishga tayyor.", "Talab qilish muddati o'n besh kun."],
        "ask": ["Ismingiz, manzil va telefoningizni agentimizga yuboring: {email}.", "{amount} rasmiylashtirish to'lovini to'lang, sovrin yetkaziladi.",
                "Yutug'ingizni tasdiqlang: {link}", "HA deb to'liq ma'lumotlaringiz bilan javob bering."],
    },
    "loan": {
        "subj": ["Kafilsiz kredit", "Yillik 2 foizli qarz", "Kreditingiz tasdiqlandi", "Tezkor naqd pul"],
        "hook": [
            "[private-lender] Xususiy investor halol insonlarga yillik 2 foiz bilan qarz beradi.",
            "[guaranteed] {amount} miqdoridagi kreditingiz oldindan tasdiqlandi, kredit tarixi tekshirilmaydi.",
            "[debt-relief] Barcha qarzlaringizni bitta kreditga birlashtiramiz.",
            "[guaranteed] Bir soatda kartangizga pul, hammaga tasdiq.",
        ],
        "body": ["Kafil va garov kerak emas.", "Muddati 10 yilgacha."],
        "ask": ["Pulni olish uchun avval {amount} sug'urta to'lovini to'lang.", "Ism, summa, muddat va telefoningizni {email} ga yuboring.",
                "Arizani {link} orqali topshiring.", "Telegram orqali yozing: {phone}"],
    },
    "crypto": {
        "subj": ["Foydangiz yechib olishga tayyor", "BTC ni ikki barobar qiling", "Yo'qotgan pulingizni topdik", "VIP guruhga taklif"],
        "hook": [
            "[investment] Sun'iy intellektli savdo botimiz kuniga 5 foiz foyda beradi, hisobingizda {amount} foyda bor.",
            "[recovery] Firibgarlar olib qo'ygan kriptovalyutani qaytarib beramiz.",
            "[giveaway] Aksiya manziliga yuborilgan har bir BTC ikki barobar qaytariladi.",
            "[pig-butchering] Xolam birjada ishlaydi va qaysi bitimni ochishni aytib turadi.",
        ],
        "body": ["Taklif muddati cheklangan.", "Yechishdan oldin foyda solig'ini to'lash kerak."],
        "ask": ["{wallet} manziliga 0,1 dan 10 BTC gacha yuboring va ikki barobar oling.", "Yechish uchun {amount} USDT ni {wallet} ga kiriting.",
                "{link} da ro'yxatdan o'ting va kamida {amount} kiriting.", "Hamyon manzilingiz va yo'qotgan summangizni yozing."],
    },
    "job": {
        "subj": ["Uydan ishlash", "Vakansiya: to'lov agenti", "Rezyumengiz tanlandi", "Onlayn topshiriqlar, kunlik to'lov"],
        "hook": [
            "[money-mule] Mijozlar to'lovlarini kartasiga qabul qilib, keyin o'tkazib beradigan vakil kerak.",
            "[task-scam] Kuniga 30 daqiqa mahsulotlarga baho bering va {amount} gacha ishlang.",
            "[reshipping] Posilkalarni uyda qabul qilib, tekshirib, boshqa manzilga jo'nating.",
            "[money-mule] Kartangizni o'tkazmalar uchun bering va 10 foizini oling.",
        ],
        "body": ["Tajriba shart emas.", "Haftasiga bir necha soat.", "To'lov har juma.", "Darhol boshlash mumkin."],
        "ask": ["Ism, bank va telefoningizni {email} ga yuboring.", "HR menejerimizga Telegramda yozing: {phone}",
                "{link} da ro'yxatdan o'ting va {amount} to'ldiring.", "Pasport va karta rasmini yuboring."],
    },
    "parcel": {
        "subj": ["Posilkangiz yetkazilmadi", "Bojxona to'lovi to'lanmagan", "Jo'natma {code} ushlab turildi", "Oxirgi xabarnoma"],
        "hook": [
            "[delivery-fee] {code} raqamli posilkangiz manzil to'liq emasligi sababli omborda turibdi.",
            "[customs] Xorijdan kelgan jo'natmangiz uchun boj to'lanmagan.",
            "[delivery-fee] Kuryer bugun sizni uyda topmadi.",
            "[customs] Posilkangiz bojxonada ushlab turilibdi.",
        ],
        "body": ["48 soat ichida javob bo'lmasa, qaytariladi.", "Uch kundan keyin saqlash haqi olinadi."],
        "ask": ["Qayta yetkazish uchun {amount} to'lang: {link}", "Manzilni tasdiqlab, bojni to'lang: {link}",
                "Yangi yetkazish ({amount}): {link}", "Ma'lumotlaringizni yangilang: {link}"],
    },
    "gov-refund": {
        "subj": ["Soliq qaytarilishi tayyor", "Davlat to'lovi kutmoqda", "Sizga nafaqa ajratildi", "Ariza {ref}"],
        "hook": [
            "[tax-refund] Qayta hisob-kitob natijasida sizga {amount} soliq qaytariladi.",
            "[benefit] Oilangizga davlat yordam puli ajratildi, karta ma'lumotlarini tasdiqlang.",
            "[tax-refund] Qaytarish amalga oshmadi, bank rekvizitlaringiz eskirgan.",
            "[benefit] Sizda olinmagan davlat to'lovi bor.",
        ],
        "body": ["Pul 3-5 kun ichida tushadi.", "Javob bo'lmasa, to'lov bekor qilinadi."],
        "ask": ["To'lovni shu yerda rasmiylashtiring: {link}", "Shaxsingizni {link} da tasdiqlang.",
                "Karta ma'lumotlarini portalga kiriting: {link}", "Hozir oling: {link}"],
    },
    "account-phish": {
        "subj": ["Hisobingiz cheklandi", "Shubhali kirish", "Kartangizni tasdiqlang", "Pochta qutisi to'ldi"],
        "hook": [
            "[bank-login] Hisobingizga shubhali kirish aniqlandi, mobil bankingiz cheklandi.",
            "[mailbox] Pochta qutingiz to'lgan, yangi xatlar kelmayapti.",
            "[bank-login] Yangi qoidalar bo'yicha kartangizni qayta tasdiqlash kerak.",
            "[wallet-verify] Tarmoq yangilanishidan keyin hamyoningizni qayta tasdiqlang.",
        ],
        "body": ["{hours} soat ichida tasdiqlanmasa, hisob yopiladi.", "Bu majburiy xavfsizlik chorasi."],
        "ask": ["Hozir tasdiqlang: {link}", "Kirishni tiklash uchun kiring: {link}", "Tekshiruv: {link}", "Ma'lumotlarni yangilang: {link}"],
    },
    "fake-shop": {
        "subj": ["Katta chegirma -90%", "Ekspress-testlar bor", "FFP2 niqoblar omborda", "Oxirgi dona"],
        "hook": [
            "[covid-goods] FFP2 niqoblar va ekspress-testlar ulgurji va donalab, tez yetkazib berish.",
            "[clearance] Do'kon yopilmoqda, barcha brend mahsulotlar 90 foizgacha arzon.",
            "[covid-goods] Retseptsiz virusga qarshi dorilar, maxfiy yetkazish.",
            "[electronics] Bojxonadan musodara qilingan yangi smartfonlar uch baravar arzon.",
        ],
        "body": ["Soni cheklangan.", "Ertaga narxlar oshadi."],
        "ask": ["{link} da buyurtma bering va kartaga o'tkazing.", "Faqat oldindan to'lov, rekvizitlar: {email}.",
                "Hozir {amount} to'lang, bugun jo'natamiz.", "Promokod ARZON90: {link}"],
    },
}

KK = {
    "sextortion": {
        "subj": ["Құпиясөзіңіз: {password}", "Сізді жазып алдым", "Соңғы ескерту", "Құрылғыңыз менің қолымда"],
        "hook": [
            "[password] {password} құпиясөзіңізді білемін, сол арқылы поштаңызға кірдім.",
            "[webcam] Кейбір сайттарды қарап отырғаныңызда камера сізді түсіріп алды, видео менде.",
            "[hacked-device] Бірнеше айдан бері телефоныңызда менің бағдарламам жұмыс істеп тұр.",
            "[hitman] Маған сізді жою үшін ақша төледі, бірақ сізбен басқаша келісуге болады.",
        ],
        "body": ["Төлемесеңіз, видео барлық контактіңізге жіберіледі.", "Полицияға барудың пайдасы жоқ.",
                 "Төлемнен кейін бәрін өшіремін.", "Хатты ашқан сәттен уақыт басталды."],
        "ask": ["{hours} сағат ішінде {wallet} әмиянына {amount} биткоин аударыңыз.", "Әмиян мекенжайын алу үшін осы хатқа жауап беріңіз.",
                "Үндемеуімнің бағасы {words}, BTC арқылы {wallet} мекенжайына.", "Төлем мекенжайы тіркелген суретте."],
    },
    "lottery": {
        "subj": ["Құттықтаймыз, сіз ұттыңыз!", "Ұтыс туралы хабарлама {ref}", "Бақытты келуші сізсіз", "Сыйлығыңызды алыңыз"],
        "hook": [
            "[email-draw] Электрондық поштаңыз халықаралық ұтыс ойынында жеңімпаз болып танылды.",
            "[sweepstake] Сіз жыл сайынғы клиенттер ұтысының бас жүлдегерлерінің бірісіз.",
            "[lucky-visitor] Сіз бүгінгі бақытты келушісіз, сыйлыққа смартфон аласыз.",
            "[email-draw] {code} нөмірлі билетіңіз екінші жүлдені ұтты.",
        ],
        "body": ["Жүлде сақтандырылған және беруге дайын.", "Талап ету мерзімі он бес күн."],
        "ask": ["Атыңызды, мекенжайыңызды және телефоныңызды агентке жіберіңіз: {email}.", "{amount} рәсімдеу ақысын төлеңіз, жүлде жеткізіледі.",
                "Ұтысыңызды растаңыз: {link}", "ИӘ деп толық деректеріңізбен жауап беріңіз."],
    },
    "loan": {
        "subj": ["Кепілсіз несие", "Жылдық 2% несие", "Несиеңіз мақұлданды", "Жедел ақша"],
        "hook": [
            "[private-lender] Жеке инвестор адал адамдарға жылдық 2 пайызбен қарыз береді.",
            "[guaranteed] {amount} несиеңіз алдын ала мақұлданды, несие тарихы тексерілмейді.",
            "[debt-relief] Барлық қарыздарыңызды бір несиеге біріктіреміз.",
            "[guaranteed] Бір сағатта картаңызға ақша, бәріне мақұлдау.",
        ],
        "body": ["Кепіл мен кепілдік керек емес.", "Мерзімі 10 жылға дейін."],
        "ask": ["Ақшаны алу үшін алдымен {amount} сақтандыру жарнасын төлеңіз.", "Аты-жөніңізді, соманы және телефонды {email} жіберіңіз.",
                "Өтінімді {link} арқылы беріңіз.", "WhatsApp арқылы жазыңыз: {phone}"],
    },
    "crypto": {
        "subj": ["Пайдаңыз шығаруға дайын", "BTC екі есе", "Жоғалған ақшаңызды таптық", "VIP топқа шақыру"],
        "hook": [
            "[investment] Жасанды интеллект боты күніне 5% пайда береді, шотыңызда {amount} пайда бар.",
            "[recovery] Алаяқтар алған криптовалютаны қайтарып береміз.",
            "[giveaway] Акция мекенжайына жіберілген әр BTC екі есе қайтарылады.",
            "[pig-butchering] Апайым биржада істейді, қай мәмілені ашу керек екенін айтып отырады.",
        ],
        "body": ["Ұсыныс уақыты шектеулі.", "Шығару алдында пайда салығын төлеу керек."],
        "ask": ["{wallet} мекенжайына 0,1-ден 10 BTC-ге дейін жіберіп, екі есе алыңыз.", "Шығару үшін {amount} USDT-ні {wallet} әмиянына салыңыз.",
                "{link} сайтында тіркеліп, кемінде {amount} салыңыз.", "Әмиян мекенжайыңызды және жоғалған соманы жазыңыз."],
    },
    "parcel": {
        "subj": ["Сәлемдемеңіз жеткізілмеді", "Кеден алымы төленбеген", "Жөнелтілім {code} тоқтатылды", "Соңғы хабарлама"],
        "hook": [
            "[delivery-fee] {code} сәлемдемеңіз мекенжай толық болмағандықтан қоймада жатыр.",
            "[customs] Шетелден келген жөнелтілім үшін кеден баждары төленбеген.",
            "[delivery-fee] Курьер бүгін сізді үйден таппады.",
            "[customs] Сәлемдемеңіз кеденде ұсталып тұр.",
        ],
        "body": ["48 сағат ішінде жауап болмаса, қайтарылады.", "Үш күннен кейін сақтау ақысы алынады."],
        "ask": ["Қайта жеткізу үшін {amount} төлеңіз: {link}", "Мекенжайды растап, бажды төлеңіз: {link}",
                "Жаңа жеткізу ({amount}): {link}", "Деректерді жаңартыңыз: {link}"],
    },
    "job": {
        "subj": ["Үйден жұмыс", "Бос орын: төлем агенті", "Түйіндемеңіз таңдалды", "Онлайн тапсырмалар, күнделікті төлем"],
        "hook": [
            "[money-mule] Клиенттердің төлемдерін өз картасына қабылдап, әрі қарай аударатын өкіл керек.",
            "[task-scam] Күніне 30 минут тауарларды бағалап, {amount} дейін табыңыз.",
            "[reshipping] Сәлемдемелерді үйде қабылдап, тексеріп, басқа мекенжайға жіберіңіз.",
            "[money-mule] Картаңызды аударымдар үшін беріп, 10 пайызын алыңыз.",
        ],
        "body": ["Тәжірибе қажет емес.", "Аптасына бірнеше сағат.", "Төлем әр жұма сайын.", "Бірден бастауға болады."],
        "ask": ["Аты-жөніңізді, банкті және телефонды {email} жіберіңіз.", "HR менеджерге Telegram-да жазыңыз: {phone}",
                "{link} сайтында тіркеліп, {amount} толтырыңыз.", "Төлқұжат пен карта суретін жіберіңіз."],
    },
    "account-phish": {
        "subj": ["Есептік жазбаңыз шектелді", "Күдікті кіру", "Картаңызды растаңыз", "Пошта жәшігі толды"],
        "hook": [
            "[bank-login] Есептік жазбаңызға күдікті кіру анықталды, мобильді банкинг шектелді.",
            "[mailbox] Пошта жәшігіңіз толып қалды, жаңа хаттар келмейді.",
            "[bank-login] Жаңа ережелерге сәйкес картаңызды қайта растау керек.",
            "[wallet-verify] Желі жаңартылғаннан кейін әмиянды қайта растаңыз.",
        ],
        "body": ["{hours} сағат ішінде расталмаса, есептік жазба жабылады.", "Бұл міндетті қауіпсіздік шарасы."],
        "ask": ["Қазір растаңыз: {link}", "Кіруді қалпына келтіру: {link}", "Тексеру: {link}", "Деректерді жаңартыңыз: {link}"],
    },
    "tech-support": {
        "subj": ["Жазылымыңыз ұзартылды", "Компьютерде вирус табылды", "Тапсырыс №{code}", "Компьютеріңіз бұғатталды"],
        "hook": [
            "[fake-invoice] Антивирус жазылымын ұзартқаныңызға рақмет, шотыңыздан {amount} алынды.",
            "[virus] Компьютеріңіз банк деректерін ұрлайтын вирус салдарынан бұғатталды.",
            "[refund] Техникалық қолдау қызметіміз жабылады, сізге ақша қайтарылады.",
            "[fake-invoice] Ноутбукке тапсырысыңыз жіберілді, {amount} шешіледі.",
        ],
        "body": ["Төлемді сіз растамасаңыз, 24 сағат ішінде хабарласыңыз.", "Компьютерді өшірмеңіз."],
        "ask": ["Болдырмау үшін {phone} нөміріне қоңырау шалыңыз.", "Қолдау қызметіне дереу хабарласыңыз: {phone}.",
                "Қашықтан көмек бағдарламасын {link} сайтынан орнатыңыз.", "{phone} нөміріне қоңырау шалыңыз, маман көмектеседі."],
    },
    "fake-shop": {
        "subj": ["Үлкен жеңілдік -90%", "Экспресс-тесттер бар", "FFP2 маскалары қоймада", "Соңғы данасы"],
        "hook": [
            "[covid-goods] FFP2 маскалары мен экспресс-тесттер көтерме және бөлшек саудада, жедел жеткізу.",
            "[clearance] Дүкен жабылады, барлық брендтер 90 пайызға дейін арзан.",
            "[covid-goods] Рецептсіз вирусқа қарсы дәрілер, құпия жеткізу.",
            "[electronics] Кеденнен тәркіленген жаңа смартфондар үш есе арзан.",
        ],
        "body": ["Саны шектеулі.", "Ертең бағалар өседі."],
        "ask": ["{link} сайтында тапсырыс беріп, картаға аударыңыз.", "Тек алдын ала төлем, деректемелер: {email}.",
                "Қазір {amount} төлеңіз, бүгін жібереміз.", "ARZAN90 промокоды: {link}"],
    },
}

KY = {
    "sextortion": {
        "subj": ["Сырсөзүңүз: {password}", "Сизди жаздырып алдым", "Акыркы эскертүү", "Түзмөгүңүз менин колумда"],
        "hook": [
            "[password] {password} сырсөзүңүздү билем, ошол аркылуу почтаңызга кирдим.",
            "[webcam] Айрым сайттарды көрүп отурганыңызда камера сизди тартып алды, видео менде.",
            "[hacked-device] Бир нече айдан бери телефонуңузда менин программам иштеп жатат.",
            "[bomb-threat] Имаратыңызга жарылуучу зат коюлган, акча төлөнбөсө жарылат.",
        ],
        "body": ["Төлөбөсөңүз, видео бардык байланыштарыңызга кетет.", "Милицияга баруунун пайдасы жок.",
                 "Төлөмдөн кийин баарын өчүрөм.", "Катты ачкан замат убакыт башталды."],
        "ask": ["{hours} саат ичинде {wallet} капчыгына {amount} биткоин которуңуз.", "Капчык дарегин алуу үчүн бул катка жооп бериңиз.",
                "Унчукпоомдун баасы {words}, BTC менен {wallet} дарегине.", "Төлөм дареги тиркелген сүрөттө."],
    },
    "lottery": {
        "subj": ["Куттуктайбыз, сиз уттуңуз!", "Утуш тууралуу билдирүү {ref}", "Бактылуу конок сизсиз", "Сыйлыгыңызды алыңыз"],
        "hook": [
            "[email-draw] Электрондук дарегиңиз эл аралык утуш оюнунда жеңүүчү болуп тандалды.",
            "[sweepstake] Сиз кардарлар үчүн жылдык утуштун башкы байге ээлеринин бирисиз.",
            "[lucky-visitor] Сиз бүгүнкү бактылуу коноксуз, белекке смартфон аласыз.",
            "[email-draw] {code} номерлүү билетиңиз экинчи байгени утуп алды.",
        ],
        "body": ["Байге камсыздандырылган жана берүүгө даяр.", "Талап кылуу мөөнөтү он беш күн."],
        "ask": ["Атыңызды, дарегиңизди жана телефонуңузду агентке жөнөтүңүз: {email}.", "{amount} тариздөө акысын төлөңүз, байге жеткирилет.",
                "Утушуңузду ырастаңыз: {link}", "ООБА деп толук маалыматыңыз менен жооп бериңиз."],
    },
    "loan": {
        "subj": ["Күрөөсүз насыя", "Жылына 2% кредит", "Кредитиңиз жактырылды", "Тез накталай акча"],
        "hook": [
            "[private-lender] Жеке инвестор ак ниет адамдарга жылына 2 пайыз менен карыз берет.",
            "[guaranteed] {amount} кредитиңиз алдын ала жактырылды, кредиттик тарых текшерилбейт.",
            "[debt-relief] Бардык карыздарыңызды бир кредитке бириктиребиз.",
            "[guaranteed] Бир саатта картаңызга акча, баарына жактыруу.",
        ],
        "body": ["Кепилдик жана күрөө керек эмес.", "Мөөнөтү 10 жылга чейин."],
        "ask": ["Акчаны алуу үчүн адегенде {amount} камсыздандыруу акысын төлөңүз.", "Аты-жөнүңүздү, сумманы жана телефонду {email} жөнөтүңүз.",
                "Арызды {link} аркылуу бериңиз.", "WhatsApp аркылуу жазыңыз: {phone}"],
    },
    "job": {
        "subj": ["Үйдөн иштөө", "Бош орун: төлөм агенти", "Резюмеңиз тандалды", "Онлайн тапшырмалар, күнүмдүк төлөм"],
        "hook": [
            "[money-mule] Кардарлардын төлөмдөрүн өз картасына кабыл алып, андан ары которуучу өкүл керек.",
            "[task-scam] Күнүнө 30 мүнөт товарларга баа берип, {amount} чейин табыңыз.",
            "[reshipping] Посылкаларды үйдө кабыл алып, текшерип, башка дарекке жөнөтүңүз.",
            "[money-mule] Картаңызды которуулар үчүн берип, 10 пайызын алыңыз.",
        ],
        "body": ["Тажрыйба талап кылынбайт.", "Жумасына бир нече саат.", "Төлөм ар жума сайын.", "Дароо баштасаңыз болот."],
        "ask": ["Аты-жөнүңүздү, банкты жана телефонду {email} жөнөтүңүз.", "HR менеджерге Telegram аркылуу жазыңыз: {phone}",
                "{link} сайтында катталып, {amount} толтуруңуз.", "Паспорт жана карта сүрөтүн жөнөтүңүз."],
    },
    "parcel": {
        "subj": ["Посылкаңыз жеткирилген жок", "Бажы төлөмү төлөнгөн эмес", "Жөнөтмө {code} кармалды", "Акыркы билдирүү"],
        "hook": [
            "[delivery-fee] {code} посылкаңыз дареги толук эмес болгондуктан кампада турат.",
            "[customs] Чет өлкөдөн келген жөнөтмөңүз үчүн бажы алымы төлөнгөн эмес.",
            "[delivery-fee] Курьер бүгүн сизди үйдөн таппады.",
            "[customs] Посылкаңыз бажыда кармалып турат.",
        ],
        "body": ["48 саат ичинде жооп болбосо, кайтарылат.", "Үч күндөн кийин сактоо акысы алынат."],
        "ask": ["Кайра жеткирүү үчүн {amount} төлөңүз: {link}", "Даректи ырастап, бажыны төлөңүз: {link}",
                "Жаңы жеткирүү ({amount}): {link}", "Маалыматыңызды жаңыртыңыз: {link}"],
    },
    "romance": {
        "subj": ["Салам, сүйкүмдүүм", "Профилиңизди көрдүм", "Жалгыз аскерден кат", "Сүйүктүүм, жардам бер"],
        "hook": [
            "[military] Мен БУУнун миссиясындагы аскер дарыгеримин, профилиң мени таасирлентти.",
            "[pig-butchering] Кечиресиз, номерди жаңылыш тердим, бирок сиз жакшы адам окшойсуз.",
            "[widower] Мен жесир калган инженермин, мунай аянтчасында иштейм, кызымды жалгыз багам.",
            "[widower] Сүйүктүүм, мени бажыда алтыным менен кармап калышты.",
        ],
        "body": ["Чала албайм, жаза гана алам.", "Келишим бүткөндө сага келем.", "Мен сага гана ишенем.", "Эсебим чет өлкөдө бөгөттөлгөн."],
        "ask": ["Өргүү кагаздарына {amount} жөнөтүп кой.", "Бажы акысын төлөөгө жардам бер, баарын кайтарам.",
                "Белек карта сатып алып, кодун сүрөткө тартып жибер.", "{link} сайтында эсеп ач, мен жардам берем."],
    },
}

TG = {
    "sextortion": {
        "subj": ["Пароли шумо: {password}", "Шуморо сабт кардам", "Огоҳии охирин", "Дастгоҳи шумо дар дасти ман"],
        "hook": [
            "[password] Ман пароли шумо {password}-ро медонам, ба почтаатон бо он даромадам.",
            "[webcam] Ҳангоми тамошои баъзе сайтҳо камераатон шуморо сабт кард, видео дар ман аст.",
            "[hacked-device] Чанд моҳ аст, ки дар телефони шумо барномаи ман кор мекунад.",
            "[hitman] Ба ман пул доданд, ки шуморо нобуд кунам, вале бо шумо ба тарзи дигар созиш кардан мумкин аст.",
        ],
        "body": ["Агар пардохт накунед, видео ба ҳамаи тамосҳоятон меравад.", "Ба милиса рафтан фоида надорад.",
                 "Баъди пардохт ҳамаашро нест мекунам.", "Аз лаҳзаи кушодани мактуб вақт сар шуд."],
        "ask": ["Дар давоми {hours} соат {amount} биткоинро ба ҳамёни {wallet} гузаронед.", "Барои гирифтани суроғаи ҳамён ба ин мактуб ҷавоб диҳед.",
                "Нархи хомӯшии ман {words}, бо BTC ба {wallet}.", "Суроғаи пардохт дар расми замима аст."],
    },
    "advance-fee": {
        "subj": ["ДИҚҚАТ: БЕНЕФИТСИАР", "Хайрия барои шумо", "Парвандаи ҷуброн {ref}", "Мероси бесоҳиб"],
        "head": ["Аз дафтари адвокат Назаров", "АЗ МИЗИ ДИРЕКТОРИ ШУЪБАИ ИНТИҚОЛҲОИ БАЙНАЛМИЛАЛӢ"],
        "hook": [
            "[widow-donation] Ман бевазани бемор ҳастам ва мехоҳам сарвати шавҳари марҳумамро ба як шахси худотарс бахшам.",
            "[inheritance] Мизоҷи марҳуми ман, ки насабаш бо шумо як аст, пасандози калон бе ворис гузоштааст.",
            "[un-imf] Номи шумо дар рӯйхати қурбониёни қаллобӣ аст, ки ХБП ба онҳо ҷуброн медиҳад.",
            "[diplomat] Қуттии дипломатӣ ба номи шумо дар фурудгоҳи Душанбе боздошт шудааст.",
        ],
        "body": ["Ҳамаи ҳуҷҷатҳо тайёранд, интиқол қонунӣ аст.", "Ин корро пинҳон нигоҳ доред.", "Чил фоизаш аз они шумост.",
                 "Шуморо ба ман Худо фиристод."],
        "ask": ["Номи пурра, рақами телефон ва суроғаатонро фиристед.", "Бо адвокатам тавассути {email} тамос гиред, парванда {ref}.",
                "Маълумоти худро ба {email} аз нав тасдиқ кунед.", "Танҳо {amount} пардохти озодкунӣ лозим аст."],
    },
    "job": {
        "subj": ["Кор аз хона", "Ҷойи холӣ: агенти пардохт", "Резюмеи шумо интихоб шуд", "Вазифаҳои онлайн, пардохти ҳаррӯза"],
        "hook": [
            "[money-mule] Намояндае лозим аст, ки пардохтҳои мизоҷонро ба корти худ қабул карда, интиқол диҳад.",
            "[task-scam] Рӯзе 30 дақиқа ба молҳо баҳо диҳед ва то {amount} кор кунед.",
            "[reshipping] Посылкаҳоро дар хона қабул карда, санҷида, ба суроғаи дигар фиристед.",
            "[money-mule] Корти худро барои интиқолҳо диҳед ва 10 фоизашро гиред.",
        ],
        "body": ["Таҷриба лозим нест.", "Ҳафтае чанд соат.", "Пардохт ҳар ҷумъа.", "Фавран сар кардан мумкин."],
        "ask": ["Ном, бонк ва телефонатонро ба {email} фиристед.", "Ба менеҷери HR дар Telegram нависед: {phone}",
                "Дар {link} сабти ном шуда, {amount} пур кунед.", "Акси шиноснома ва кортро фиристед."],
    },
    "parcel": {
        "subj": ["Посылкаи шумо расонида нашуд", "Боҷи гумрук пардохт нашудааст", "Фиристодаи {code} боздошт шуд", "Огоҳиномаи охирин пеш аз баргардонидан"],
        "hook": [
            "[delivery-fee] Посылкаи {code}-и шумо аз сабаби нопурра будани суроға дар анбор аст.",
            "[customs] Барои фиристодаи хориҷии шумо боҷи гумрук пардохт нашудааст.",
            "[delivery-fee] Курйер имрӯз шуморо дар хона наёфт.",
            "[customs] Посылкаатон дар гумрук нигоҳ дошта мешавад.",
        ],
        "body": ["Агар дар 48 соат ҷавоб набошад, бармегардад.", "Баъди се рӯз ҳаққи нигоҳдорӣ гирифта мешавад."],
        "ask": ["Барои расонидани дубора {amount} пардохт кунед: {link}", "Суроғаро тасдиқ карда, боҷро пардохт кунед: {link}",
                "Расонидани нав ({amount}): {link}", "Маълумотро нав кунед: {link}"],
    },
    "lottery": {
        "subj": ["Табрик, шумо бурдед!", "Огоҳинома дар бораи ҷоиза {ref}", "Меҳмони хушбахт шумоед", "Ҷоизаатонро гиред"],
        "hook": [
            "[email-draw] Почтаи электронии шумо дар бозии байналмилалӣ ғолиб дониста шуд.",
            "[sweepstake] Шумо яке аз соҳибони ҷоизаи асосии бозии солонаи мизоҷон ҳастед.",
            "[lucky-visitor] Шумо меҳмони хушбахти имрӯз ҳастед ва смартфон мегиред.",
            "[email-draw] Чиптаи рақами {code}-и шумо ҷоизаи дуюмро бурд.",
        ],
        "body": ["Ҷоиза суғурта шудааст ва барои супоридан тайёр аст.", "Мӯҳлати талаб понздаҳ рӯз аст."],
        "ask": ["Ном, суроға ва телефонатонро ба агент фиристед: {email}.", "{amount} ҳаққи расмиятро пардохт кунед, ҷоиза расонида мешавад.",
                "Бурди худро тасдиқ кунед: {link}", "БАЛЕ навишта, бо маълумоти пурра ҷавоб диҳед."],
    },
    "loan": {
        "subj": ["Қарз бе кафил", "Қарз бо 2% солона", "Қарзи шумо тасдиқ шуд", "Пули нақди фаврӣ"],
        "hook": [
            "[private-lender] Сармоягузори хусусӣ ба одамони ростқавл бо 2 фоизи солона қарз медиҳад.",
            "[guaranteed] Қарзи {amount}-и шумо пешакӣ тасдиқ шуд, таърихи қарз санҷида намешавад.",
            "[debt-relief] Ҳамаи қарзҳоятонро ба як қарз муттаҳид мекунем.",
            "[guaranteed] Дар як соат пул ба корти шумо, ба ҳама тасдиқ.",
        ],
        "body": ["Кафил ва гарав лозим нест.", "Мӯҳлат то 10 сол."],
        "ask": ["Барои гирифтани пул аввал {amount} ҳаққи суғуртаро пардохт кунед.", "Ном, маблағ ва телефонро ба {email} фиристед.",
                "Аризаро тавассути {link} диҳед.", "Дар WhatsApp нависед: {phone}"],
    },
    "tech-support": {
        "subj": ["Обунаи шумо тамдид шуд", "Дар компютер вирус ёфт шуд", "Фармоиши №{code}", "Компютери шумо баста шуд"],
        "hook": [
            "[fake-invoice] Ташаккур барои тамдиди обунаи антивирус, аз ҳисоби шумо {amount} гирифта шуд.",
            "[virus] Компютери шумо аз сабаби вирусе, ки маълумоти бонкиро медуздад, баста шуд.",
            "[refund] Хадамоти дастгирии техникии мо баста мешавад, ба шумо пул бармегардад.",
            "[fake-invoice] Фармоиши ноутбуки шумо фиристода шуд, {amount} гирифта мешавад.",
        ],
        "body": ["Агар шумо пардохтро тасдиқ накарда бошед, дар 24 соат занг занед.", "Компютерро хомӯш накунед."],
        "ask": ["Барои бекор кардан ба {phone} занг занед.", "Фавран бо дастгирӣ тамос гиред: {phone}.",
                "Барномаи кӯмаки фосилавиро аз {link} насб кунед.", "Ба {phone} занг занед, мутахассис кӯмак мекунад."],
    },
}

TK = {
    "sextortion": {
        "subj": ["Parolyňyz: {password}", "Sizi ýazga aldym", "Soňky duýduryş", "Enjamyňyz meniň elimde"],
        "hook": [
            "[password] {password} parolyňyzy bilýärin, şonuň bilen poçtaňyza girdim.",
            "[webcam] Käbir saýtlara seredip otyrkaňyz kamera sizi surata düşürdi, wideo mende.",
            "[hacked-device] Birnäçe aýdan bäri telefonyňyzda meniň programmam işleýär.",
            "[bomb-threat] Binaňyza partlaýjy enjam goýuldy, pul tölenmese partlar.",
        ],
        "body": ["Tölemeseňiz, wideo ähli kontaktlaryňyza iberiler.", "Polisiýa gitmegiň peýdasy ýok.",
                 "Tölegden soň hemmesini pozaryn.", "Haty açan pursadyňyzdan wagt başlandy."],
        "ask": ["{hours} sagadyň içinde {wallet} gapjygyna {amount} bitkoin geçiriň.", "Gapjyk salgysyny almak üçin şu hata jogap beriň.",
                "Dymmagymyň bahasy {words}, BTC bilen {wallet} salgysyna.", "Töleg salgysy goşulan suratda."],
    },
    "lottery": {
        "subj": ["Gutlaýarys, siz utduňyz!", "Utuş barada habarnama {ref}", "Bagtly myhman siz", "Baýragyňyzy alyň"],
        "hook": [
            "[email-draw] Elektron poçtaňyz halkara bäsleşiginde ýeňiji diýlip saýlandy.",
            "[sweepstake] Siz müşderiler üçin ýyllyk bäsleşigiň baş baýrak eýeleriniň birisiňiz.",
            "[lucky-visitor] Siz şu günüň bagtly myhmany, sowgat hökmünde smartfon alýarsyňyz.",
            "[email-draw] {code} belgili biletiňiz ikinji baýragy utdy.",
        ],
        "body": ["Baýrak ätiýaçlandyryldy we bermäge taýýar.", "Talap etmegiň möhleti on bäş gün."],
        "ask": ["Adyňyzy, salgyňyzy we telefonyňyzy wekilimize iberiň: {email}.", "{amount} resmileşdiriş tölegini töläň, baýrak eltiler.",
                "Utuşyňyzy tassyklaň: {link}", "HAWA diýip doly maglumatlaryňyz bilen jogap beriň."],
    },
    "loan": {
        "subj": ["Kepilsiz karz", "Ýyllyk 2% karz", "Karzyňyz tassyklandy", "Çalt nagt pul"],
        "hook": [
            "[private-lender] Hususy maýadar dogruçyl adamlara ýyllyk 2 göterim bilen karz berýär.",
            "[guaranteed] {amount} karzyňyz öňünden tassyklandy, karz taryhy barlanmaýar.",
            "[debt-relief] Ähli bergiňizi bir karza birleşdirýäris.",
            "[guaranteed] Bir sagatda kartyňyza pul, hemmä tassyklama.",
        ],
        "body": ["Kepil we girew gerek däl.", "Möhleti 10 ýyla çenli."],
        "ask": ["Puly almak üçin ilki {amount} ätiýaçlandyryş tölegini töläň.", "Adyňyzy, mukdary we telefonyňyzy {email} iberiň.",
                "Arzany {link} arkaly beriň.", "WhatsApp arkaly ýazyň: {phone}"],
    },
    "job": {
        "subj": ["Öýden iş", "Boş orun: töleg agenti", "Rezýumäňiz saýlandy", "Onlaýn tabşyryklar, gündelik töleg"],
        "hook": [
            "[money-mule] Müşderileriň tölegini öz kartyna kabul edip, soň geçirýän wekil gerek.",
            "[task-scam] Günde 30 minut harytlara baha beriň we {amount} çenli gazanyň.",
            "[reshipping] Posylkalary öýde kabul edip, barlap, başga salga iberiň.",
            "[money-mule] Kartyňyzy geçirmeler üçin beriň we 10 göterimini alyň.",
        ],
        "body": ["Tejribe gerek däl.", "Hepdede birnäçe sagat.", "Töleg her anna güni.", "Derrew başlap bilersiňiz."],
        "ask": ["Adyňyzy, bankyňyzy we telefonyňyzy {email} iberiň.", "HR menejerine Telegram-da ýazyň: {phone}",
                "{link} saýtynda hasaba duruň we {amount} dolduryň.", "Pasport we kart suratyny iberiň."],
    },
    "parcel": {
        "subj": ["Posylkaňyz eltilmedi", "Gümrük tölegi tölenmedi", "Iberilen {code} saklandy", "Soňky habarnama"],
        "hook": [
            "[delivery-fee] {code} posylkaňyz salgy doly däldigi sebäpli ammarda dur.",
            "[customs] Daşary ýurtdan gelen iberilen zadyňyz üçin gümrük paçy tölenmedi.",
            "[delivery-fee] Kurýer şu gün sizi öýde tapmady.",
            "[customs] Posylkaňyz gümrükde saklanýar.",
        ],
        "body": ["48 sagadyň içinde jogap bolmasa, yzyna iberiler.", "Üç günden soň saklamak üçin töleg alynýar."],
        "ask": ["Täzeden eltmek üçin {amount} töläň: {link}", "Salgyny tassyklap, paçy töläň: {link}",
                "Täze eltiş ({amount}): {link}", "Maglumatlaryňyzy täzeläň: {link}"],
    },
    "crypto": {
        "subj": ["Girdejiňiz çykarmaga taýýar", "BTC iki esse", "Ýitiren puluňyzy tapdyk", "VIP topara çakylyk"],
        "hook": [
            "[investment] Emeli aň söwda botymyz günde 5% girdeji berýär, hasabyňyzda {amount} girdeji bar.",
            "[recovery] Galplaryň alan kriptowalýutasyny yzyna gaýtarýarys.",
            "[giveaway] Aksiýa salgysyna iberilen her BTC iki esse yzyna gaýtarylýar.",
            "[pig-butchering] Daýzam biržada işleýär, haýsy geleşigi açmalydygyny aýdýar.",
        ],
        "body": ["Teklip wagty çäkli.", "Çykarmazdan öň girdeji salgydyny tölemeli."],
        "ask": ["{wallet} salgysyna 0,1-den 10 BTC-ä çenli iberiň we iki esse alyň.", "Çykarmak üçin {amount} USDT-ni {wallet} gapjygyna salyň.",
                "{link} saýtynda hasaba duruň we azyndan {amount} salyň.", "Gapjyk salgyňyzy we ýitiren mukdaryňyzy ýazyň."],
    },
    "romance": {
        "subj": ["Salam, mähribanym", "Profiliňizi gördüm", "Ýalňyz esgerden hat", "Söýgülim, kömek et"],
        "hook": [
            "[military] Men BMG-niň missiýasyndaky harby lukman, profiliň meni täsirlendirdi.",
            "[pig-butchering] Bagyşlaň, nomeri ýalňyş ýygdym, ýöne siz gowy adama meňzeýärsiňiz.",
            "[widower] Men dul galan inžener, nebit platformasynda işleýärin, gyzymy ýeke özüm terbiýeleýärin.",
            "[widower] Söýgülim, meni gümrükde altynym bilen saklap galdylar.",
        ],
        "body": ["Jaň edip bilemok, diňe ýazyp bilýärin.", "Şertnama gutaranda saňa gelerin.", "Men diňe saňa ynanýaryn.",
                 "Hasabym daşary ýurtda petiklendi."],
        "ask": ["Dynç alyş kagyzlaryma {amount} iber.", "Gümrük tölegini tölemäge kömek et, hemmesini gaýtararyn.",
                "Sowgat kartyny satyn alyp, koduny surata düşürip iber.", "{link} saýtynda hasap aç, men kömek ederin."],
    },
}

RU_LAT = {
    "sextortion": {
        "subj": ["Tvoy parol' {password}", "Ya tebya zapisal", "Posledneye preduprezhdeniye", "Tvoy telefon pod kontrolem"],
        "hook": [
            "[password] Parol' {password} tebe znakom? S nego vse i nachalos'.",
            "[webcam] Poka ty smotrel izvestnye sayty, kamera snimala tebya, a ya vse sohranil.",
            "[hacked-device] Uzhe neskol'ko mesyatsev na tvoem telefone stoit moya programma.",
            "[bomb-threat] V vashem zdanii zalozheno vzryvnoye ustroystvo, ono srabotaet bez oplaty.",
        ],
        "body": ["Esli ne zaplatish', video poluchat vse kontakty.", "V politsiyu idti bespolezno.", "Posle oplaty vse udalyu.",
                 "Otschet poshel, kak tol'ko ty otkryl pis'mo."],
        "ask": ["Perevedi {amount} v bitkoinah na {wallet} za {hours} chasov.", "Otvet' na pis'mo, i ya soobshchu adres koshel'ka.",
                "Tsena moego molchaniya {words}, v BTC na {wallet}.", "Adres dlya oplaty na kartinke vo vlozhenii."],
    },
    "advance-fee": {
        "subj": ["VNIMANIYE: BENEFITSIAR", "Pozhertvovaniye dlya vas", "Vashe delo o kompensatsii {ref}", "Nasledstvo bez naslednikov"],
        "head": ["Ot vdovy pokoynogo inzhenera, gospozhi Margarity", "IZ KABINETA DIREKTORA DEPARTAMENTA MEZHDUNARODNYH PEREVODOV"],
        "hook": [
            "[widow-donation] Ya bol'naya vdova i hochu peredat' sberezheniya pokoynogo muzha bogoboyaznennomu cheloveku.",
            "[inheritance] Moy umershiy klient, vash odnofamilets, ostavil krupnyy vklad bez naslednikov.",
            "[un-imf] Vashe imya est' v spiske postradavshih ot moshennikov, kotorym MVF vyplachivayet kompensatsiyu.",
            "[diplomat] V aeroportu zaderzhan diplomaticheskiy gruz na vashe imya.",
        ],
        "body": ["Vse dokumenty gotovy, perevod zakonnyy.", "Proshu hranit' eto v tayne.", "Sorok protsentov vashi.",
                 "Gospod' privel menya k vam."],
        "ask": ["Prishlite polnoye imya, telefon i domashniy adres.", "Svyazhites' s moim advokatom {email}, delo {ref}.",
                "Podtverdite vashi dannye eshche raz na {email}.", "Nuzhno tol'ko oplatit' sbor za vypusk sredstv {amount}."],
    },
    "parcel": {
        "subj": ["Posylka ne dostavlena", "Ne oplachena poshlina", "Otpravleniye {code} zaderzhano", "Posledneye uvedomleniye"],
        "hook": [
            "[delivery-fee] Vasha posylka {code} na sklade iz-za nepolnogo adresa.",
            "[customs] Za vashe mezhdunarodnoye otpravleniye ne oplachena poshlina.",
            "[delivery-fee] Kur'er ne zastal vas doma segodnya.",
            "[customs] Posylka zaderzhana na tamozhne.",
        ],
        "body": ["Bez otveta za 48 chasov posylku vernut.", "Posle treh dney nachislyaetsya plata za hranenie."],
        "ask": ["Oplatite {amount} za povtornuyu dostavku: {link}", "Podtverdite adres i oplatite poshlinu: {link}",
                "Novaya dostavka (sbor {amount}): {link}", "Obnovite dannye: {link}"],
    },
    "job": {
        "subj": ["Rabota iz doma", "Vakansiya: platezhnyy agent", "Vashe rezyume otobrano", "Zadaniya onlayn, oplata kazhdyy den'"],
        "hook": [
            "[money-mule] Nuzhen predstavitel', kotoryy budet prinimat' platezhi na svoyu kartu i perevodit' dal'she.",
            "[task-scam] Otsenivayte tovary onlayn 30 minut v den' i zarabatyvayte do {amount}.",
            "[reshipping] Prinimayte posylki doma, proveryayte i otpravlyayte na drugiye adresa.",
            "[money-mule] Dayte svoyu kartu pod perevody i ostavlyayte sebe 10%.",
        ],
        "body": ["Opyt ne nuzhen.", "Neskol'ko chasov v nedelyu.", "Vyplaty po pyatnitsam.", "Nachat' mozhno srazu."],
        "ask": ["Prishlite FIO, bank i telefon na {email}.", "Pishite nashemu HR v Telegram {phone}.",
                "Zaregistriruytes' na {link} i popolnite {amount}.", "Prishlite foto pasporta i karty."],
    },
    "crypto": {
        "subj": ["Vasha pribyl' gotova k vyvodu", "Udvoim vashi BTC", "My vernem vashi den'gi", "Priglasheniye v VIP-gruppu"],
        "hook": [
            "[investment] Nash torgovyy bot daet do 6% v den', na vashem schete {amount} pribyli.",
            "[recovery] My vozvrashchayem kriptovalyutu, ukradennuyu moshennikami.",
            "[giveaway] Kazhdyy BTC, otpravlennyy na adres aktsii, vozvrashchaetsya vdvoyne.",
            "[pig-butchering] Moya tetya rabotayet na birzhe i podskazyvayet, kakie sdelki otkryvat'.",
        ],
        "body": ["Predlozheniye ogranicheno po vremeni.", "Pered vyvodom nado oplatit' nalog."],
        "ask": ["Otprav'te ot 0,1 do 10 BTC na {wallet} i poluchite vdvoye bol'she.", "Vnesite {amount} v USDT na {wallet}, chtoby razblokirovat' vyvod.",
                "Zaregistriruytes' na {link} i vnesite ne men'she {amount}.", "Napishite adres koshel'ka i summu poter'."],
    },
    "romance": {
        "subj": ["Privet, milaya", "Uvidel tvoy profil'", "Pis'mo ot odinokogo voyennogo", "Lyubimaya, pomogi"],
        "hook": [
            "[military] Ya voyennyy vrach v missii OON, tvoy profil' menya zatsepil.",
            "[pig-butchering] Izvinite, oshiblas' nomerom, no vy kazhetes' priyatnym chelovekom.",
            "[widower] Ya vdovets, inzhener na neftyanoy platforme, odin rashchu doch'.",
            "[widower] Lyubimaya, menya zaderzhali na tamozhne s moim zolotom.",
        ],
        "body": ["Zvonit' ne mogu, tol'ko pisat'.", "Posle kontrakta priyedu k tebe.", "Ty edinstvennaya, komu ya doveryayu.",
                 "Moy schet zablokirovan za granitsey."],
        "ask": ["Prishli {amount} na oformleniye otpuska.", "Pomogi oplatit' poshlinu, ya vse vernu.",
                "Kupi podarochnuyu kartu i prishli foto koda.", "Otkroy schet na {link}, ya pomogu."],
    },
    "loan": {
        "subj": ["Zaym bez proverok", "Kredit pod 2% godovyh", "Vash zaym odobren", "Srochno den'gi"],
        "hook": [
            "[private-lender] Chastnyy investor dayet zaymy pod 2% v god, plohaya kreditnaya istoriya ne pomekha.",
            "[guaranteed] Vam predvaritel'no odobren kredit {amount} bez spravok.",
            "[debt-relief] Zakroyem vse vashi dolgi odnim kreditom.",
            "[guaranteed] Den'gi na kartu za chas, odobreniye vsem.",
        ],
        "body": ["Zalog i poruchiteli ne nuzhny.", "Srok do 10 let."],
        "ask": ["Chtoby poluchit' den'gi, snachala oplatite strahovku {amount}.", "Prishlite FIO, summu i telefon na {email}.",
                "Oformite zayavku na {link}.", "Pishite v WhatsApp {phone}."],
    },
}

RU_EN = {
    "crypto": {
        "subj": ["Ваш profit готов к withdrawal", "Double your BTC — только сегодня", "Мы сделали recovery ваших funds", "Invite в private trading group"],
        "hook": [
            "[investment] Наш AI trading bot даёт до 7% daily, на вашем account уже {amount} profit.",
            "[recovery] Мы blockchain investigators и делаем recovery крипты, украденной scammers.",
            "[giveaway] Каждый BTC, отправленный на event address, вернётся x2.",
            "[pig-butchering] Моя тётя работает в trading firm и даёт signals, какие contracts открывать.",
        ],
        "body": ["Offer ограничен по времени.", "Перед withdrawal нужно оплатить profit tax."],
        "ask": ["Send от 0.1 до 10 BTC на {wallet} и получите double back.", "Для unlock внесите {amount} в USDT на {wallet}.",
                "Register на {link} и сделайте deposit от {amount}.", "Пришлите ваш wallet address и сумму losses."],
    },
    "job": {
        "subj": ["Remote job: от 300 USD в день", "Вакансия payment agent", "Ваш CV shortlisted", "Online tasks, daily payout"],
        "hook": [
            "[money-mule] Нужен local payment agent: принимать client payments на свою карту и делать forward.",
            "[task-scam] Делайте product review 30 минут в день и earn до {amount}.",
            "[reshipping] Нужен QC inspector: принимать parcels дома и reship на другие адреса.",
            "[money-mule] Дайте свой bank account под transfers и keep 10%.",
        ],
        "body": ["Experience не нужен.", "Пару часов в week.", "Payout каждую пятницу.", "Start сразу."],
        "ask": ["Пришлите full name, bank и phone на {email}.", "Пишите нашему HR в Telegram {phone}.",
                "Register на {link} и top up {amount}.", "Пришлите скан passport и card."],
    },
    "account-phish": {
        "subj": ["Ваш account restricted", "Suspicious login detected", "Verify ваш wallet", "Mailbox storage full"],
        "hook": [
            "[bank-login] Мы detected suspicious login в ваш account, online banking ограничен.",
            "[mailbox] Ваш mailbox storage заполнен, incoming mail отклоняется.",
            "[wallet-verify] После network upgrade ваш wallet нужно re-verify, иначе assets будут frozen.",
            "[wallet-verify] Введите ваш seed phrase, чтобы sync wallet с новым protocol.",
        ],
        "body": ["Без verification в течение {hours} часов account будет closed.", "Это mandatory security update."],
        "ask": ["Verify сейчас: {link}", "Restore access по ссылке: {link}", "Пройдите verification: {link}", "Update ваши данные: {link}"],
    },
    "sextortion": {
        "subj": ["Ваш password: {password}", "Я сделал record с вашей webcam", "Final warning", "Ваш device hacked"],
        "hook": [
            "[password] Я знаю ваш password {password}, через него зашёл в mailbox.",
            "[webcam] Пока вы смотрели adult sites, webcam записывала вас, record у меня.",
            "[hacked-device] Уже несколько months на вашем phone работает мой spyware.",
            "[hitman] Мне заплатили за hit на вас, но можно сделать другой deal.",
        ],
        "body": ["Если не будет payment, video получат все contacts.", "Police вам не поможет.", "После payment я всё delete.",
                 "Timer запущен, как только вы открыли email."],
        "ask": ["Send {amount} в BTC на {wallet} за {hours} часов.", "Reply на это письмо, и я пришлю wallet address.",
                "Price моего silence — {words}, в BTC на {wallet}.", "Payment address на картинке в attachment."],
    },
    "tech-support": {
        "subj": ["Ваша subscription renewed", "Virus detected на вашем PC", "Order confirmation №{code}", "Ваш PC locked"],
        "hook": [
            "[fake-invoice] Спасибо за renewal antivirus subscription, списано {amount}.",
            "[virus] Ваш PC locked: найден trojan, который крадёт banking data.",
            "[refund] Наш tech support закрывается, вам положен refund.",
            "[fake-invoice] Ваш order на gaming laptop shipped, будет charged {amount}.",
        ],
        "body": ["Если вы не authorised этот charge, call нам за 24 часа.", "Не выключайте PC."],
        "ask": ["Call в billing department {phone} для cancel.", "Срочно contact support: {phone}.",
                "Install remote support tool с {link}.", "Call {phone}, agent поможет с refund."],
    },
    "fake-shop": {
        "subj": ["Sale до -90% на всё", "Rapid tests в наличии", "FFP2 masks, shipping сегодня", "Last pieces"],
        "hook": [
            "[covid-goods] FFP2 masks и rapid antigen tests в stock, опт и retail, express delivery.",
            "[clearance] Store закрывается, все brands со скидкой до 90% до конца stock.",
            "[covid-goods] Antiviral pills без prescription, discreet delivery.",
            "[electronics] Новые smartphones из customs seizure за треть retail price.",
        ],
        "body": ["Stock ограничен.", "Завтра prices вырастут."],
        "ask": ["Order на {link} и pay переводом.", "Только prepayment, details на {email}.", "Pay {amount} сейчас, shipping сегодня.",
                "Promo code SALE90: {link}"],
    },
}

# A second pair of hooks and asks for the region's most common families (same sitting, same rules), appended
# to the pools above so the earlier indices keep their halves.
MORE_CA = {
    "uz": {
        "sextortion": {
            "hook": ["[hacked-device] Bu xatni sizning o'z pochtangizdan yubordim, demak hisobingiz mening qo'limda.",
                     "[webcam] Videoqo'ng'iroq paytida ekraningizni yozib oldim, endi u yaqinlaringizga yuborilishi mumkin."],
            "ask": ["Summani USDT da yuboring, hamyon manzilini Telegramdagi xabarda beraman.",
                    "To'lov qilmasangiz, ertaga ertalab video ish joyingizdagi guruhga tushadi."],
        },
        "parcel": {
            "hook": ["[delivery-fee] Jo'natmangiz og'irligi e'lon qilinganidan ko'p chiqdi, farqni to'lash kerak.",
                     "[customs] Xorijiy do'kondan buyurtmangiz bojxona deklaratsiyasini kutmoqda."],
            "ask": ["Karta ma'lumotlarini kiritib, farqni to'lang: {link}", "Deklaratsiyani to'ldirib, {amount} to'lang: {link}"],
        },
        "lottery": {
            "hook": ["[sweepstake] Mobil operator yubileyi munosabati bilan raqamingiz avtomobil yutdi.",
                     "[lucky-visitor] Marketpleys aksiyasida siz 1000-xaridor bo'ldingiz va sovg'a oldingiz."],
            "ask": ["Sovg'ani olish uchun yetkazish xizmatiga {amount} to'lang.", "Kodni SMS orqali yuboring va sovrinni rasmiylashtiring."],
        },
    },
    "kk": {
        "sextortion": {
            "hook": ["[hacked-device] Бұл хатты сіздің өз поштаңыздан жібердім, яғни аккаунтыңыз менің қолымда.",
                     "[webcam] Бейнеқоңырау кезінде экраныңызды жазып алдым, енді ол жақындарыңызға кетуі мүмкін."],
            "ask": ["Соманы USDT-мен жіберіңіз, әмиян мекенжайын Telegram-дағы хабарламада беремін.",
                    "Төлемесеңіз, ертең таңертең видео жұмыстағы топқа түседі."],
        },
        "parcel": {
            "hook": ["[delivery-fee] Сәлемдеменің салмағы мәлімделгеннен көп болды, айырманы төлеу керек.",
                     "[customs] Шетелдік дүкендегі тапсырысыңыз кеден декларациясын күтуде."],
            "ask": ["Карта деректерін енгізіп, айырманы төлеңіз: {link}", "Декларацияны толтырып, {amount} төлеңіз: {link}"],
        },
        "lottery": {
            "hook": ["[sweepstake] Ұялы байланыс операторының мерейтойына орай нөміріңіз көлік ұтып алды.",
                     "[lucky-visitor] Маркетплейс акциясында сіз 1000-шы сатып алушы болдыңыз."],
            "ask": ["Сыйлықты алу үшін жеткізу қызметіне {amount} төлеңіз.", "SMS-кодты жіберіп, жүлдені рәсімдеңіз."],
        },
    },
    "ky": {
        "sextortion": {
            "hook": ["[hacked-device] Бул катты сиздин өз почтаңыздан жөнөттүм, демек аккаунтуңуз менин колумда.",
                     "[webcam] Видеочалуу учурунда экраныңызды жаздырып алдым, эми ал жакындарыңызга кетиши мүмкүн."],
            "ask": ["Сумманы USDT менен жөнөтүңүз, капчык дарегин Telegramдагы билдирүүдө берем.",
                    "Төлөбөсөңүз, эртең эртең менен видео жумуштагы топко түшөт."],
        },
        "parcel": {
            "hook": ["[delivery-fee] Посылканын салмагы көрсөтүлгөндөн көп чыкты, айырманы төлөө керек.",
                     "[customs] Чет өлкөлүк дүкөндөгү буйрутмаңыз бажы декларациясын күтүп жатат."],
            "ask": ["Карта маалыматын киргизип, айырманы төлөңүз: {link}", "Декларацияны толтуруп, {amount} төлөңүз: {link}"],
        },
        "lottery": {
            "hook": ["[sweepstake] Уюлдук байланыш операторунун мааракесине карата номериңиз унаа утуп алды.",
                     "[lucky-visitor] Маркетплейстин акциясында сиз 1000-чи сатып алуучу болдуңуз."],
            "ask": ["Белекти алуу үчүн жеткирүү кызматына {amount} төлөңүз.", "SMS-кодду жөнөтүп, байгени тариздеңиз."],
        },
    },
    "tg": {
        "sextortion": {
            "hook": ["[hacked-device] Ин мактубро аз почтаи худи шумо фиристодам, яъне ҳисоби шумо дар дасти ман аст.",
                     "[webcam] Ҳангоми занги видеоӣ экрани шуморо сабт кардам, акнун он метавонад ба наздиконатон равад."],
            "ask": ["Маблағро бо USDT фиристед, суроғаи ҳамёнро дар паёми Telegram медиҳам.",
                    "Агар пардохт накунед, пагоҳ саҳар видео ба гурӯҳи кориатон меравад."],
        },
        "parcel": {
            "hook": ["[delivery-fee] Вазни посылка аз эълоншуда зиёд баромад, фарқро пардохт кардан лозим.",
                     "[customs] Фармоиши шумо аз мағозаи хориҷӣ эъломияи гумрукиро интизор аст."],
            "ask": ["Маълумоти кортро ворид карда, фарқро пардохт кунед: {link}", "Эъломияро пур карда, {amount} пардохт кунед: {link}"],
        },
        "lottery": {
            "hook": ["[sweepstake] Ба муносибати солгарди оператори мобилӣ рақами шумо мошин бурд.",
                     "[lucky-visitor] Дар аксияи маркетплейс шумо харидори 1000-ум шудед."],
            "ask": ["Барои гирифтани тӯҳфа ба хадамоти расонидан {amount} пардохт кунед.", "Рамзи SMS-ро фиристода, ҷоизаро расмӣ кунед."],
        },
    },
    "tk": {
        "sextortion": {
            "hook": ["[hacked-device] Bu haty siziň öz poçtaňyzdan iberdim, diýmek hasabyňyz meniň elimde.",
                     "[webcam] Wideo jaň wagtynda ekranyňyzy ýazga aldym, indi ol ýakynlaryňyza gidip biler."],
            "ask": ["Mukdary USDT bilen iberiň, gapjyk salgysyny Telegram habarynda bererin.",
                    "Tölemeseňiz, ertir irden wideo iş ýeriňizdäki topara düşer."],
        },
        "parcel": {
            "hook": ["[delivery-fee] Posylkanyň agramy görkezilenden köp çykdy, tapawudy tölemeli.",
                     "[customs] Daşary ýurt dükanyndan sargydyňyz gümrük beýannamasyna garaşýar."],
            "ask": ["Kart maglumatlaryny girizip, tapawudy töläň: {link}", "Beýannamany doldurup, {amount} töläň: {link}"],
        },
        "lottery": {
            "hook": ["[sweepstake] Öýjükli aragatnaşyk operatorynyň ýubileýi mynasybetli belgiňiz awtoulag utdy.",
                     "[lucky-visitor] Marketpleýs aksiýasynda siz 1000-nji alyjy bolduňyz."],
            "ask": ["Sowgady almak üçin eltip beriş gullugyna {amount} töläň.", "SMS koduny iberip, baýragy resmileşdiriň."],
        },
    },
}
for _lang, _table in (("uz", UZ), ("kk", KK), ("ky", KY), ("tg", TG), ("tk", TK)):
    for _fam, _slots in MORE_CA[_lang].items():
        for _slot, _vs in _slots.items():
            _table[_fam][_slot] = _table[_fam][_slot] + _vs
