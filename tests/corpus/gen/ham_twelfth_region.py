"""The twelfth batch's look-alikes in the region's languages (ham_twelfth.py explains the layout): banks and
microfinance, couriers and customs, job boards, help desks, lotteries, charities, and the warnings and questions
that quote a lure. Uzbek Latin is written with the ASCII apostrophe (twelfth_batch types it six ways or none)."""

HAM_UZ = {
    "security": [
        ("Ma'lumotlar sizib chiqishi: parolingiz oshkor bo'lsa nima qilish kerak",
         "Bir internet-do'kon mijozlarining pochta manzillari va parollari sizib chiqqanini tasdiqladi. Shu parolni boshqa joyda "
         "ishlatgan bo'lsangiz, uni almashtiring va ikki bosqichli tasdiqlashni yoqing.\n\nBiz hech qachon parolingizni pochta orqali "
         "so'ramaymiz."),
        ("[IT yordam] {ref}-ariza: noutbuk kamerasi",
         "Assalomu alaykum!\n\nNoutbukingiz kamerasi drayverini yangiladik va kameraga yopqich qo'ydik. Kamera chirog'i sababsiz yonsa, "
         "bizga xabar bering: odatda orqa fonda ochiq qolgan videoqo'ng'iroq dasturi bo'ladi.\n\nXavfsizlik yangilanishlari uchun bugun "
         "kompyuterni qayta yoqing."),
    ],
    "bank-loan": [
        ("Mikroqarz bo'yicha dastlabki qaror",
         "Assalomu alaykum!\n\nSizga {amount} gacha mikroqarz dastlabki tasdiqlandi, yillik 24% dan. Yakuniy qaror hujjatlar "
         "tekshirilgandan keyin chiqadi.\n\nArizani bankning mobil ilovasida davom ettiring: {link}"),
        ("To'lov eslatmasi",
         "Hurmatli mijoz!\n\n{date} kuni *{last4} kartangizdan kredit bo'yicha oylik to'lov {fee} yechiladi.\n\nBank hech qachon kredit "
         "berish uchun boshqa kartaga sug'urta yoki komissiya to'lashni so'ramaydi."),
    ],
    "courier": [
        ("Posilkangiz ertaga yetkaziladi",
         "Assalomu alaykum!\n\n{code} raqamli posilkangiz ertaga soat 10:00 dan 14:00 gacha yetkaziladi. Vaqtni ilovada bepul "
         "o'zgartirishingiz mumkin.\n\nBiz SMS dagi havolalar orqali to'lov so'ramaymiz."),
        ("Xalqaro jo'natma uchun bojxona to'lovi",
         "Assalomu alaykum!\n\n{code} raqamli jo'natmangiz uchun {fee} bojxona to'lovi hisoblandi, chunki qiymati bojsiz limitdan oshdi. "
         "To'lovni rasmiy saytimizdagi shaxsiy kabinetda yoki bo'limda qilishingiz mumkin."),
    ],
    "job": [
        ("Vakansiya: buxgalter",
         "Toshkentdagi ofisimizga to'liq stavkada buxgalter kerak. Oylik kelishiladi, birinchi suhbat onlayn.\n\nNomzodlardan hech qanday "
         "to'lov olinmaydi. Ariza: {link}"),
        ("Suhbatga taklif",
         "Assalomu alaykum!\n\nArizangiz uchun rahmat. Sizni {date} kuni soat 11:00 da bo'lim rahbari bilan suhbatga taklif qilamiz. "
         "Iltimos, javob xatida tasdiqlang.\n\nKadrlar bo'limi"),
    ],
    "lottery": [
        ("{date} tirajining natijalari",
         "{date} kungi tirajning yutuqli raqamlari: 4, 12, 19, 28, 35, 41. Asosiy yutuq keyingi tirajga o'tdi.\n\nYutuqlar faqat rasmiy "
         "kassalarda va ilovada to'lanadi, buning uchun hech qanday to'lov so'ralmaydi."),
        ("Konkurs shartlari",
         "Ishtirok bepul. {date} kuni 18 yoshdan katta obunachilar orasidan uchta g'olib aniqlanadi. G'oliblardan yetkazib berish yoki "
         "soliq uchun pul so'ralmaydi."),
    ],
    "charity": [
        ("Xayriyangiz uchun rahmat",
         "{fee} miqdoridagi xayriyangiz uchun katta rahmat. Sizning yordamingiz bilan bu oy 40 oilaga oziq-ovqat yetkazdik. Hisobot "
         "saytimizda e'lon qilingan."),
        ("Kasal bolalar uchun yig'im",
         "Fondimiz 5 nafar bolaning operatsiyasi uchun mablag' yig'moqda. Xayriya faqat fondning rasmiy hisob raqami va saytidagi to'lov "
         "sahifasi orqali qabul qilinadi: {link}"),
    ],
}
SHARED_UZ = {
    "warn_subj": ["Soxta militsiya xatlaridan ehtiyot bo'ling", "Firibgarlar: bu xabarga javob bermang",
                  "Tahdidli xatlarning yangi to'lqini", "Diqqat: soxta kredit takliflari"],
    "warn": ["IIV firibgarlik xatlaridan ogohlantiradi. Mana tuman aholisidan biri olgan xat:",
             "Bank mijozlar bilan hech qachon bunday bog'lanmaydi. Bir necha mijoz bizga shu xabarni yubordi:",
             "Oxirgi kunlarda minglab odamlar bu xabarni oldi. Bu firibgarlik, hech narsa to'lamang.",
             "Markaziy bank ogohlantirishini e'lon qilamiz. Xat namunasi:"],
    "warn_end": ["To'lamang, javob bermang, militsiyaga xabar bering.", "Shubha bo'lsa, bankka kartadagi raqam orqali qo'ng'iroq qiling.",
                 "Xatni saqlang va to'lagan bo'lsangiz ariza yozing.", "Bu haqda keksa qarindoshlaringizga ayting."],
    "ask_subj": ["Bu aldovmi?", "G'alati xat keldi, nima deysiz?", "Yana kimga shunaqa keldi?", "Maslahat bering iltimos"],
    "ask": ["Hammaga salom, bugun ertalab shu keldi. Rostmi yoki aldov?",
            "Assalomu alaykum, onamga shunday xabar kelibdi, juda qo'rqib ketdi. Hech narsa to'lamang dedim, to'g'rimi?",
            "Kechqurun yaxshi, buni kim biladi? Rasmiyga o'xshaydi, lekin ishonmayapman.",
            "Salom, xabarni pastga qo'ydim, xavotir olishim kerakmi?"],
    "hello": ["Assalomu alaykum!", "Hurmatli mijoz!", "Assalomu alaykum, {name}!", "Salom!"],
    "bye": ["Hurmat bilan,", "Rahmat,", "Jamoamiz", "Xayr,"],
}

HAM_UZC = {
    "bank-loan": [
        ("Микроқарз бўйича дастлабки қарор",
         "Ассалому алайкум!\n\nСизга {amount} гача микроқарз дастлабки маъқулланди, йиллик 24% дан. Якуний қарор ҳужжатлар текширилгандан "
         "кейин чиқади.\n\nАризани банк иловасида давом эттиринг: {link}"),
        ("Тўлов эслатмаси",
         "Ҳурматли мижоз!\n\n{date} куни *{last4} картангиздан кредит бўйича ойлик тўлов {fee} ечилади.\n\nБанк ҳеч қачон кредит бериш "
         "учун бошқа картага суғурта тўлашни сўрамайди."),
    ],
    "courier": [
        ("Посилкангиз эртага етказилади",
         "Ассалому алайкум!\n\n{code} рақамли посилкангиз эртага соат 10:00 дан 14:00 гача етказилади. Вақтни иловада бепул "
         "ўзгартиришингиз мумкин.\n\nБиз SMS даги ҳаволалар орқали тўлов сўрамаймиз."),
        ("Халқаро жўнатма учун божхона тўлови",
         "Ассалому алайкум!\n\n{code} рақамли жўнатмангиз учун {fee} божхона тўлови ҳисобланди. Тўловни расмий сайтдаги шахсий кабинетда "
         "ёки бўлимда қилинг."),
    ],
    "security": [
        ("Паролингиз сизиб чиққан бўлса нима қилиш керак",
         "Бир интернет-дўкон мижозлар пароллари сизиб чиққанини тасдиқлади. Шу паролни бошқа жойда ишлатган бўлсангиз, алмаштиринг ва "
         "икки босқичли тасдиқлашни ёқинг.\n\nБиз ҳеч қачон паролингизни почта орқали сўрамаймиз."),
        ("[IT ёрдам] {ref}-ариза: ноутбук камераси",
         "Ассалому алайкум!\n\nНоутбук камераси драйверини янгиладик ва камерага ёпқич қўйдик. Камера чироғи сабабсиз ёнса, бизга хабар "
         "беринг.\n\nБугун компьютерни қайта ёқинг."),
    ],
    "job": [
        ("Вакансия: омбор мудири",
         "Самарқанддаги омборимизга мудир керак. Иш вақти 9:00 дан 18:00 гача, биринчи суҳбат онлайн.\n\nНомзодлардан ҳеч қандай тўлов "
         "олинмайди. Ариза: {link}"),
        ("Суҳбатга таклиф",
         "Ассалому алайкум!\n\nСизни {date} куни соат 10:00 да суҳбатга таклиф қиламиз. Илтимос, жавоб хатида тасдиқланг.\n\nКадрлар "
         "бўлими"),
    ],
}
SHARED_UZC = {
    "warn_subj": ["Сохта милиция хатларидан эҳтиёт бўлинг", "Фирибгарлар: бу хабарга жавоб берманг",
                  "Таҳдидли хатларнинг янги тўлқини", "Диққат: сохта кредит таклифлари"],
    "warn": ["ИИВ фирибгарлик хатларидан огоҳлантиради. Мана туман аҳолисидан бири олган хат:",
             "Банк мижозлар билан ҳеч қачон бундай боғланмайди. Бир неча мижоз бизга шу хабарни юборди:",
             "Охирги кунларда минглаб одамлар бу хабарни олди. Бу фирибгарлик, ҳеч нарса тўламанг.",
             "Марказий банк огоҳлантиришини эълон қиламиз. Хат намунаси:"],
    "warn_end": ["Тўламанг, жавоб берманг, милицияга хабар беринг.", "Шубҳа бўлса, банкка картадаги рақам орқали қўнғироқ қилинг.",
                 "Хатни сақланг ва тўлаган бўлсангиз ариза ёзинг.", "Бу ҳақда кекса қариндошларингизга айтинг."],
    "ask_subj": ["Бу алдовми?", "Ғалати хат келди, нима дейсиз?", "Яна кимга шунақа келди?", "Маслаҳат беринг илтимос"],
    "ask": ["Ҳаммага салом, бугун эрталаб шу келди. Ростми ёки алдов?",
            "Ассалому алайкум, онамга шундай хабар келибди, жуда қўрқиб кетди. Ҳеч нарса тўламанг дедим, тўғрими?",
            "Кечқурун яхши, буни ким билади? Расмийга ўхшайди, лекин ишонмаяпман.",
            "Салом, хабарни пастга қўйдим, хавотир олишим керакми?"],
    "hello": ["Ассалому алайкум!", "Ҳурматли мижоз!", "Ассалому алайкум, {name}!", "Салом!"],
    "bye": ["Ҳурмат билан,", "Раҳмат,", "Жамоамиз", "Хайр,"],
}

HAM_KK = {
    "security": [
        ("Деректер ағып кетсе: құпия сөзіңіз жарияланса не істеу керек",
         "Бір интернет-дүкен клиенттердің пошта мекенжайлары мен құпия сөздері ағып кеткенін растады. Сол құпия сөзді басқа жерде "
         "қолдансаңыз, оны ауыстырып, екі факторлы растауды қосыңыз.\n\nБіз ешқашан құпия сөзіңізді пошта арқылы сұрамаймыз."),
        ("[IT қолдау] {ref} өтінім: ноутбук камерасы",
         "Сәлеметсіз бе!\n\nНоутбук камерасының драйверін жаңарттық және камераға жапқыш қойдық. Камера шамы себепсіз жанса, бізге "
         "хабарлаңыз: көбіне фонда ашық қалған бейнеқоңырау бағдарламасы.\n\nҚауіпсіздік жаңартулары үшін бүгін компьютерді қайта "
         "қосыңыз."),
    ],
    "bank-loan": [
        ("Несие бойынша алдын ала шешім",
         "Сәлеметсіз бе!\n\nСізге {amount} дейін несие алдын ала мақұлданды, жылдық 21%-дан. Түпкілікті шешім құжаттар тексерілгеннен "
         "кейін шығады.\n\nӨтінімді банктің мобильді қосымшасында жалғастырыңыз: {link}"),
        ("Төлем туралы еске салу",
         "Құрметті клиент!\n\n{date} күні *{last4} картаңыздан несие бойынша ай сайынғы төлем {fee} шешіледі.\n\nБанк несие беру үшін "
         "ешқашан бөтен картаға сақтандыру немесе комиссия төлеуді сұрамайды."),
    ],
    "courier": [
        ("Сәлемдемеңіз ертең жеткізіледі",
         "Сәлеметсіз бе!\n\n{code} нөмірлі сәлемдемеңіз ертең сағат 10:00-ден 14:00-ге дейін жеткізіледі. Уақытты қосымшада тегін "
         "өзгертуге болады.\n\nБіз SMS-тегі сілтемелер арқылы төлем сұрамаймыз."),
        ("Халықаралық жөнелтілім үшін кедендік баж",
         "Сәлеметсіз бе!\n\n{code} нөмірлі жөнелтілім үшін {fee} кедендік баж есептелді. Төлемді ресми сайттағы жеке кабинетте немесе "
         "бөлімшеде жасауға болады."),
    ],
    "exchange": [
        ("Қаражат шығарылды",
         "...{last4} деп аяқталатын мекенжайға 100 USDT шығару орындалды. Егер бұл сіз болмасаңыз, аккаунтты қосымшада "
         "бұғаттаңыз.\n\nҚолдау қызметі ешқашан сид-фразаны сұрамайды және бұғатты ашу үшін төлем алмайды."),
        ("Апталық нарық шолуы",
         "Биткоин аптаны 3% өсумен аяқтады, эфир өзгеріссіз қалды. Криптовалюта бағасы құбылмалы, жоғалтуға дайын сомаңызды ғана салыңыз."),
    ],
    "lottery": [
        ("{date} тиражының нәтижелері",
         "{date} күнгі тираждың ұтыс сандары: 3, 11, 20, 27, 34, 42. Бас жүлде келесі тиражға өтті.\n\nҰтыстар тек ресми сату "
         "нүктелерінде және қосымшада төленеді, ол үшін ешқандай ақы алынбайды."),
        ("Байқау ережесі",
         "Қатысу тегін. {date} күні 18 жастан асқан жазылушылар арасынан үш жеңімпаз анықталады. Жеңімпаздардан жеткізу немесе салық үшін "
         "ақша сұралмайды."),
    ],
}
SHARED_KK = {
    "warn_subj": ["Жалған полиция хаттарынан сақ болыңыз", "Алаяқтар: бұл хабарламаға жауап бермеңіз",
                  "Қорқыту хаттарының жаңа толқыны", "Назар аударыңыз: жалған несие ұсыныстары"],
    "warn": ["Полиция алаяқтық хаттар туралы ескертеді. Міне, аудан тұрғыны алған хат:",
             "Банк клиенттермен ешқашан бұлай байланыспайды. Бірнеше клиент бізге осы хабарламаны жіберді:",
             "Соңғы күндері мыңдаған адам осы хабарламаны алды. Бұл алаяқтық, ештеңе төлемеңіз.",
             "Ұлттық банктің ескертуін жариялаймыз. Хат үлгісі:"],
    "warn_end": ["Төлемеңіз, жауап бермеңіз, полицияға хабарлаңыз.", "Күмәнданса, банкке картадағы нөмір арқылы қоңырау шалыңыз.",
                 "Хатты сақтап, төлеп қойсаңыз арыз жазыңыз.", "Бұл туралы егде туыстарыңызға айтыңыз."],
    "ask_subj": ["Бұл алаяқтық па?", "Біртүрлі хат келді, не дейсіздер?", "Тағы кімге осындай келді?", "Кеңес беріңізші"],
    "ask": ["Бәріне сәлем, бүгін таңертең осы келді. Шын ба, әлде алдау ма?",
            "Сәлеметсіз бе, анама осындай хабарлама келіпті, қатты қорқып қалды. Ештеңе төлеме дедім, дұрыс па?",
            "Кеш жарық, мұны кім біледі? Ресми сияқты, бірақ сенбеймін.",
            "Сәлем, хабарламаны төменге қойдым, алаңдау керек пе?"],
    "hello": ["Сәлеметсіз бе!", "Құрметті клиент!", "Сәлеметсіз бе, {name}!", "Сәлем!"],
    "bye": ["Құрметпен,", "Рахмет,", "Біздің команда", "Сау болыңыз,"],
}

HAM_KY = {
    "bank-loan": [
        ("Кредит боюнча алдын ала чечим",
         "Саламатсызбы!\n\nСизге {amount} чейин кредит алдын ала бекитилди, жылдык 22%дан. Акыркы чечим документтер текшерилгенден кийин "
         "чыгат.\n\nАрызды банктын мобилдик тиркемесинде улантыңыз: {link}"),
        ("Төлөм тууралуу эскертүү",
         "Урматтуу кардар!\n\n{date} күнү *{last4} картаңыздан кредит боюнча айлык төлөм {fee} кармалат.\n\nБанк кредит берүү үчүн эч "
         "качан башка картага камсыздандыруу же комиссия төлөөнү сурабайт."),
    ],
    "courier": [
        ("Посылкаңыз эртең жеткирилет",
         "Саламатсызбы!\n\n{code} номерлүү посылкаңыз эртең саат 10:00дөн 14:00гө чейин жеткирилет. Убакытты тиркемеде акысыз өзгөртсөңүз "
         "болот.\n\nБиз SMS'теги шилтемелер аркылуу төлөм сурабайбыз."),
        ("Эл аралык жөнөтмө үчүн бажы төлөмү",
         "Саламатсызбы!\n\n{code} номерлүү жөнөтмөңүз үчүн {fee} бажы төлөмү эсептелди. Төлөмдү расмий сайттагы жеке кабинетте же бөлүмдө "
         "жасаңыз."),
    ],
    "job": [
        ("Вакансия: эсепчи",
         "Бишкектеги кеңсебизге толук күндүк эсепчи керек. Айлык келишим боюнча, биринчи маек онлайн.\n\nТалапкерлерден эч кандай акы "
         "алынбайт. Арыз: {link}"),
        ("Маекке чакыруу",
         "Саламатсызбы!\n\nАрызыңыз үчүн рахмат. Сизди {date} күнү саат 11:00дө бөлүм башчысы менен маекке чакырабыз. Жооп кат менен "
         "ырастаңыз.\n\nКадрлар бөлүмү"),
    ],
    "charity": [
        ("Кайрымдуулугуңуз үчүн рахмат",
         "{fee} өлчөмүндөгү жардамыңыз үчүн чоң рахмат. Сиздин жардамыңыз менен бул айда 30 үй-бүлөгө азык-түлүк жеткирдик. Отчёт сайтта "
         "жарыяланды."),
        ("Оорулуу балдар үчүн жыйын",
         "Фондубуз 4 баланын операциясы үчүн каражат чогултуп жатат. Жардам фонддун расмий эсеби жана сайттагы төлөм барагы аркылуу гана "
         "кабыл алынат: {link}"),
    ],
}
SHARED_KY = {
    "warn_subj": ["Жасалма милиция каттарынан сак болуңуз", "Алдамчылар: бул билдирүүгө жооп бербеңиз",
                  "Коркутуу каттарынын жаңы толкуну", "Көңүл буруңуз: жасалма кредит сунуштары"],
    "warn": ["ИИМ алдамчылык каттар тууралуу эскертет. Мына, райондун тургуну алган кат:",
             "Банк кардарлар менен эч качан мындай байланышпайт. Бир нече кардар бизге ушул билдирүүнү жиберди:",
             "Акыркы күндөрү миңдеген адам бул билдирүүнү алды. Бул алдамчылык, эч нерсе төлөбөңүз.",
             "Улуттук банктын эскертүүсүн жарыялайбыз. Каттын үлгүсү:"],
    "warn_end": ["Төлөбөңүз, жооп бербеңиз, милицияга кабарлаңыз.", "Шектенсеңиз, банкка картадагы номер аркылуу чалыңыз.",
                 "Катты сактап, төлөп койсоңуз арыз жазыңыз.", "Бул тууралуу улгайган туугандарыңызга айтыңыз."],
    "ask_subj": ["Бул алдамчылыкпы?", "Кызык кат келди, эмне дейсиңер?", "Дагы кимге ушундай келди?", "Кеңеш бериңизчи"],
    "ask": ["Баарыңарга салам, бүгүн эртең менен ушул келди. Чынбы же алдамчылыкпы?",
            "Саламатсызбы, апама ушундай билдирүү келиптир, абдан коркуп калды. Эч нерсе төлөбө дедим, туурабы?",
            "Кутман кеч, муну ким билет? Расмий сыяктуу, бирок ишенбейм.",
            "Салам, билдирүүнү төмөн койдум, тынчсыздануу керекпи?"],
    "hello": ["Саламатсызбы!", "Урматтуу кардар!", "Саламатсызбы, {name}!", "Салам!"],
    "bye": ["Урматтоо менен,", "Рахмат,", "Биздин команда", "Жакшы калыңыз,"],
}

HAM_TG = {
    "bank-loan": [
        ("Қарори пешакӣ оид ба қарз",
         "Салом!\n\nБа шумо қарз то {amount} пешакӣ тасдиқ шуд, аз 24% солона. Қарори ниҳоӣ баъди санҷиши ҳуҷҷатҳо қабул "
         "мешавад.\n\nАризаро дар барномаи мобилии бонк идома диҳед: {link}"),
        ("Ёдраскунӣ дар бораи пардохт",
         "Мизоҷи мӯҳтарам!\n\n{date} аз корти *{last4} пардохти моҳонаи қарз {fee} гирифта мешавад.\n\nБонк ҳеҷ гоҳ барои додани қарз "
         "пардохти суғуртаро ба корти бегона талаб намекунад."),
    ],
    "courier": [
        ("Бастаи шумо пагоҳ расонида мешавад",
         "Салом!\n\nБастаи рақами {code} пагоҳ аз соати 10:00 то 14:00 расонида мешавад. Вақтро дар барнома ройгон иваз кардан мумкин "
         "аст.\n\nМо тавассути истинодҳо дар SMS пардохт талаб намекунем."),
        ("Боҷи гумрукӣ барои фиристодаи байналмилалӣ",
         "Салом!\n\nБарои фиристодаи {code} боҷи гумрукӣ {fee} ҳисоб карда шуд. Пардохтро дар сомонаи расмӣ ё дар шӯъба анҷом диҳед."),
    ],
    "job": [
        ("Ҷойи холӣ: ҳисобдор",
         "Ба дафтари мо дар Душанбе ҳисобдор лозим аст. Маош бо созиш, суҳбати аввал онлайн.\n\nАз довталабон ягон пардохт гирифта "
         "намешавад. Ариза: {link}"),
        ("Даъват ба суҳбат",
         "Салом!\n\nАризаи шуморо гирифтем. Шуморо {date} соати 10:00 ба суҳбат бо роҳбари шӯъба даъват мекунем. Лутфан бо мактуби ҷавобӣ "
         "тасдиқ кунед.\n\nШӯъбаи кадрҳо"),
    ],
    "security": [
        ("Агар пароли шумо фош шуда бошад, чӣ бояд кард",
         "Як мағозаи интернетӣ тасдиқ кард, ки почта ва паролҳои мизоҷонаш фош шудаанд. Агар ҳамин паролро дар ҷои дигар истифода баред, "
         "онро иваз кунед ва тасдиқи дуқадамаро фаъол созед.\n\nМо ҳеҷ гоҳ паролатонро тавассути почта намепурсем."),
        ("[Дастгирии IT] Дархости {ref}: камераи ноутбук",
         "Салом!\n\nДрайвери камераи ноутбуки шуморо нав кардем ва ба камера сарпӯш гузоштем. Агар чароғи камера бесабаб даргирад, ба мо "
         "хабар диҳед.\n\nИмрӯз компютерро аз нав фаъол кунед."),
    ],
}
SHARED_TG = {
    "warn_subj": ["Аз мактубҳои қалбакии милиса эҳтиёт шавед", "Қаллобон: ба ин паём ҷавоб надиҳед",
                  "Мавҷи нави мактубҳои таҳдидомез", "Диққат: пешниҳодҳои қалбакии қарз"],
    "warn": ["ВКД аз мактубҳои қаллобона огоҳ мекунад. Ин мактубест, ки як сокини ноҳия гирифтааст:",
             "Бонк ҳеҷ гоҳ бо мизоҷон ин тавр тамос намегирад. Якчанд мизоҷ ин паёмро ба мо фиристоданд:",
             "Дар рӯзҳои охир ҳазорон нафар ин паёмро гирифтанд. Ин қаллобӣ аст, ҳеҷ чиз пардохт накунед.",
             "Огоҳиномаи Бонки миллиро нашр мекунем. Намунаи мактуб:"],
    "warn_end": ["Пардохт накунед, ҷавоб надиҳед, ба милиса хабар диҳед.", "Агар шубҳа дошта бошед, ба бонк бо рақами рӯи корт занг занед.",
                 "Мактубро нигоҳ доред ва агар пардохт карда бошед, ариза нависед.", "Дар ин бора ба хешовандони калонсол гӯед."],
    "ask_subj": ["Ин фиреб аст?", "Мактуби аҷиб омад, чӣ мегӯед?", "Ба дигарон ҳам чунин омад?", "Маслиҳат диҳед лутфан"],
    "ask": ["Салом ба ҳама, имрӯз субҳ ҳамин омад. Рост аст ё фиреб?",
            "Салом, ба модарам чунин паём омадааст, хеле тарсид. Гуфтам ҳеҷ чиз пардохт накун, дуруст?",
            "Шоми хуш, касе инро медонад? Ба расмӣ монанд аст, вале бовар надорам.",
            "Салом, паёмро дар поён гузоштам, бояд хавотир шавам?"],
    "hello": ["Салом!", "Мизоҷи мӯҳтарам!", "Салом, {name}!", "Ассалому алейкум!"],
    "bye": ["Бо эҳтиром,", "Ташаккур,", "Дастаи мо", "Хайр,"],
}

HAM_TK = {
    "bank-loan": [
        ("Karz boýunça deslapky çözgüt",
         "Salam!\n\nSize {amount} çenli karz deslapky tassyklandy, ýyllyk 20%-den. Soňky çözgüt resminamalar barlanandan soň "
         "çykar.\n\nArzany bankyň mobil goşundysynda dowam ediň: {link}"),
        ("Töleg barada ýatlatma",
         "Hormatly müşderi!\n\n{date} senesinde *{last4} kartaňyzdan karz boýunça aýlyk töleg {fee} alynar.\n\nBank karz bermek üçin hiç "
         "haçan başga karta ätiýaçlandyryş tölegini soramaýar."),
    ],
    "courier": [
        ("Bukjaňyz ertir gowşurylar",
         "Salam!\n\n{code} belgili bukjaňyz ertir sagat 10:00-dan 14:00-a çenli gowşurylar. Wagty goşundyda mugt üýtgedip "
         "bilersiňiz.\n\nBiz SMS-däki salgylar arkaly töleg soramaýarys."),
        ("Halkara iberilen haryt üçin gümrük paji",
         "Salam!\n\n{code} belgili iberilen haryt üçin {fee} gümrük paji hasaplandy. Tölegi resmi saýtdaky şahsy otagda ýa-da bölümde "
         "ediň."),
    ],
    "job": [
        ("Boş iş orny: hasapçy",
         "Aşgabatdaky edaramyza doly iş günlük hasapçy gerek. Aýlyk ylalaşyk boýunça, ilkinji söhbetdeşlik onlaýn.\n\nDalaşgärlerden hiç "
         "hili töleg alynmaýar. Arza: {link}"),
        ("Söhbetdeşlige çakylyk",
         "Salam!\n\nArzaňyzy aldyk. Sizi {date} senesinde sagat 11:00-da bölüm başlygy bilen söhbetdeşlige çagyrýarys. Jogap hat bilen "
         "tassyklaň.\n\nIşgärler bölümi"),
    ],
    "lottery": [
        ("{date} tiražynyň netijeleri",
         "{date} senesindäki tiražyň utuşly sanlary: 5, 13, 22, 29, 36, 44. Baş baýrak indiki tiraža geçdi.\n\nUtuşlar diňe resmi satuw "
         "nokatlarynda tölenýär, munuň üçin hiç hili töleg alynmaýar."),
        ("Bäsleşigiň düzgünleri",
         "Gatnaşmak mugt. {date} senesinde 18 ýaşdan uly agzalaryň arasyndan üç ýeňiji saýlanar. Ýeňijilerden eltip bermek ýa-da salgyt "
         "üçin pul soralmaýar."),
    ],
}
SHARED_TK = {
    "warn_subj": ["Galp polisiýa hatlaryndan seresap boluň", "Galplar: bu habara jogap bermäň",
                  "Gorkuzma hatlarynyň täze tolkuny", "Üns beriň: galp karz teklipleri"],
    "warn": ["Polisiýa galplyk hatlary barada duýduryş berýär. Ine, etrabyň ýaşaýjysynyň alan haty:",
             "Bank müşderiler bilen hiç haçan beýle habarlaşmaýar. Birnäçe müşderi bize şu habary iberdi:",
             "Soňky günlerde müňlerçe adam bu habary aldy. Bu galplyk, hiç zat tölemäň.",
             "Merkezi bankyň duýduryşyny çap edýäris. Hatyň nusgasy:"],
    "warn_end": ["Tölemäň, jogap bermäň, polisiýa habar beriň.", "Şübhelenseňiz, banka kartdaky belgi arkaly jaň ediň.",
                 "Haty saklaň we tölän bolsaňyz arza ýazyň.", "Bu barada ýaşuly garyndaşlaryňyza aýdyň."],
    "ask_subj": ["Bu galplykmy?", "Geň hat geldi, näme diýýärsiňiz?", "Ýene kime şeýle geldi?", "Maslahat beriň"],
    "ask": ["Hemmä salam, şu gün irden şu geldi. Hakykatmy ýa-da aldaw?",
            "Salam, ejeme şeýle habar gelipdir, gaty gorkdy. Hiç zat töleme diýdim, dogrumy?",
            "Agşamyňyz haýyrly, muny kim bilýär? Resmi ýaly, ýöne ynanamok.",
            "Salam, habary aşaklygyna goýdum, aladalanmalymy?"],
    "hello": ["Salam!", "Hormatly müşderi!", "Salam, {name}!", "Hormatly agza!"],
    "bye": ["Hormat bilen,", "Sag boluň,", "Toparymyz", "Sag boluň, görüşýänçäk,"],
}

HAM_REGION = {"uz": HAM_UZ, "uzc": HAM_UZC, "kk": HAM_KK, "ky": HAM_KY, "tg": HAM_TG, "tk": HAM_TK}
SHARED_REGION = {"uz": SHARED_UZ, "uzc": SHARED_UZC, "kk": SHARED_KK, "ky": SHARED_KY, "tg": SHARED_TG, "tk": SHARED_TK}
