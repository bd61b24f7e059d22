"""Sixth batch, Uzbek (Latin; Cyrillic is transliterated), Kazakh, Kyrgyz, Tajik and Turkmen look-alikes
(see ham_sixth.py: written blind by a non-native author, even variants dev, odd held-out)."""

UZ = {
    "fraud-news": {
        "subj": ["Ehtiyot bo'ling: soxta yutuqlar", "Firibgarlar posilka haqida SMS yubormoqda", "IIV tovlamachi xatlar haqida ogohlantiradi",
                 "Firibgar xatini qanday tanish mumkin"],
        "open": ["Fuqarolar xalqaro lotereyada yutganliklari va komissiya to'lashlari kerakligi haqida xat olmoqda.",
                 "Firibgarlar yana bojxona to'lovi uchun havola bilan SMS tarqatmoqda.",
                 "IIV kamerani buzganini da'vo qilib bitkoin talab qiladigan xatlar haqida ogohlantiradi.",
                 "Bunday xatlar doim hikoyasini o'zgartirgani uchun hali ham ishlaydi."],
        "body": ["Odatda shunday yozishadi: «Raqamingiz yutdi, agentga murojaat qilib, to'lovni qiling».",
                 "Ishtirok etmagan o'yiningizda yuta olmaysiz, haqiqiy sovrin to'lov talab qilmaydi.",
                 "Javob bermang, pul to'lamang va ichki ishlar organlariga xabar bering.",
                 "Bank hech qachon pulni «xavfsiz hisobga» o'tkazishni so'ramaydi.",
                 "Haqiqiy pochta SMS havolasi orqali to'lov so'ramaydi."],
        "quote": ["Bir xatda: «Men advokatman, marhum qarindoshingiz 3 million dollar qoldirdi, ma'lumotlaringizni yuboring».",
                  "SMS matni: «Posilkangiz ushlab qolindi, 15 000 so'mni havola orqali to'lang»."],
        "close": ["Hushyor bo'ling!", "Tahririyat", "Batafsil saytimizda.", "Keksa qarindoshlaringizga ham ayting."],
    },
    "bank-notice": {
        "subj": ["Hisob ko'chirmasi tayyor", "Yangi qurilmadan kirish", "Yangi kartangiz", "Shubhali operatsiya"],
        "open": ["Oylik ko'chirma ilovada mavjud.", "Internet-bankka yangi qurilmadan kirildi.", "Yangi kartangiz tayyor, filialdan olishingiz mumkin.",
                 "Shubhali operatsiyani to'xtatdik, ilovada tasdiqlang."],
        "body": ["Bu amalni o'zingiz bajargan bo'lsangiz, boshqa hech narsa kerak emas.", "Aks holda karta orqasidagi raqamga qo'ng'iroq qiling.",
                 "Xodimlarimiz SMS-kodni hech qachon so'ramaydi.", "Bu xatda havolalar yo'q."],
        "close": ["Hurmat bilan, bank", "Mijozlar xizmati", "Sizning bankingiz", "Xavfsizlik bo'limi"],
    },
    "parcel-notice": {
        "subj": ["Posilka bo'limga keldi", "Kuryer sizni topa olmadi", "Bojxona rasmiylashtiruvi", "{order} buyurtma yetkazildi"],
        "open": ["Posilkangiz bo'limga keldi va 15 kun saqlanadi.", "Kuryer sizni uyda topa olmadi.",
                 "Xalqaro jo'natmangiz bojxonada rasmiylashtirilmoqda.", "{order} raqamli buyurtma yetkazildi."],
        "body": ["Trek raqam: {code}.", "Pasport bilan yoki ilovadagi kod bilan olishingiz mumkin.",
                 "Boj to'lovi bo'lsa, ilovada ko'rinadi; SMS havolasi orqali to'lov so'ramaymiz.", "Qayta yetkazish bepul."],
        "close": ["Pochta xizmati", "Rahmat!", "Ilovada kuzating.", "Yetkazib berish xizmati"],
    },
    "lottery-results": {
        "subj": ["Tiraj natijalari", "Jekpot o'ynalmadi", "Chiptangiz yutdi", "O'yin natijalari"],
        "open": ["Shanba kungi tiraj natijalari: 3, 11, 18, 24, 33, 42.", "Jekpot o'ynalmadi va keyingi tirajda {amount} bo'ladi.",
                 "Chiptalaringizdan biri yutdi.", "Yutuq o'yinchi hisobingizga o'tkazildi."],
        "body": ["Tafsilotlarni shaxsiy kabinetda ko'ring.", "Yutuqni to'lash uchun hech qachon haq olmaymiz.",
                 "Faqat chipta sotib olgan kishi yutishi mumkin.", "Mas'uliyat bilan o'ynang. 18+."],
        "close": ["Keyingi tirajda omad!", "Mijozlar xizmati", "Lotereya operatori", "Natijalar xizmati"],
    },
    "personal": {
        "subj": ["Bobomning vasiyati", "Wi-Fi paroli", "Ta'til uchun pul", "Qo'ng'iroq qil"],
        "open": ["Notarius bobomning vasiyati bo'yicha qo'ng'iroq qildi.", "Yangi Wi-Fi paroli muzlatgichda.",
                 "Ta'til uchun pulni o'tkazdim.", "Kechqurun qo'ng'iroq qil, kvartira garovi haqida."],
        "body": ["Menga yana million yutdingiz degan xat keldi, darhol o'chirdim.", "O'tkazma ertaga tushadi.",
                 "Parollarni pochta orqali yuborma.", "Xolam pianinoni olmoqchi."],
        "close": ["O'paman, oying", "Xayr, Sardor", "Nodira", "Gaplashamiz"],
    },
}

KK = {
    "fraud-news": {
        "subj": ["Абай болыңыз: жалған ұтыстар", "Алаяқтар сәлемдеме туралы SMS жіберуде", "Полиция қорқытып ақша талап ететін хаттардан сақ болуға шақырады",
                 "Алаяқ хатын қалай тануға болады"],
        "open": ["Тұрғындар халықаралық лотереяда ұтып, комиссия төлеу керек деген хаттар алуда.",
                 "Алаяқтар кеден алымын төлеуге сілтемесі бар SMS қайта таратуда.",
                 "Полиция камераны бұздық деп биткоин талап ететін хаттар туралы ескертеді.",
                 "Мұндай хаттар әңгімесін үнемі өзгертетіндіктен әлі де жұмыс істейді."],
        "body": ["Әдетте былай жазады: «Нөміріңіз ұтты, агентке хабарласып, алымды төлеңіз».",
                 "Қатыспаған ойында ұту мүмкін емес, нағыз жүлде ақы сұрамайды.",
                 "Жауап бермеңіз, ақша төлемеңіз және полицияға хабарлаңыз.",
                 "Банк ешқашан ақшаны «қауіпсіз шотқа» аударуды сұрамайды."],
        "quote": ["Бір хатта: «Мен адвокатпын, марқұм туысыңыз 4 миллион доллар қалдырды, деректеріңізді жіберіңіз».",
                  "SMS мәтіні: «Сәлемдемеңіз ұсталды, 500 теңгені сілтеме арқылы төлеңіз»."],
        "close": ["Сақ болыңыз!", "Редакция", "Толығырақ сайтта.", "Үлкендерге айтыңыз."],
    },
    "bank-notice": {
        "subj": ["Шот үзіндісі дайын", "Жаңа құрылғыдан кіру", "Жаңа картаңыз", "Күдікті операция"],
        "open": ["Айлық үзінді қосымшада қолжетімді.", "Интернет-банкке жаңа құрылғыдан кірді.", "Жаңа картаңыз дайын.",
                 "Күдікті операцияны тоқтаттық, қосымшада растаңыз."],
        "body": ["Операцияны өзіңіз жасасаңыз, басқа ештеңе қажет емес.", "Әйтпесе картаның артындағы нөмірге қоңырау шалыңыз.",
                 "Қызметкерлер SMS-кодты ешқашан сұрамайды.", "Бұл хатта сілтеме жоқ."],
        "close": ["Құрметпен, банк", "Клиенттерді қолдау", "Сіздің банкіңіз", "Қауіпсіздік қызметі"],
    },
    "job-ad": {
        "subj": ["Әңгімелесуге шақыру", "Вакансияға өтінішіңіз", "Жаңа вакансиялар", "Жұмыс ұсынысы"],
        "open": ["Бухгалтер вакансиясына өтініш бергеніңізге рахмет, әңгімелесуге шақырамыз.", "Түйіндемеңізді қарадық.",
                 "Сізге сай жаңа вакансиялар.", "Сізге қойма қызметкері лауазымын ұсынамыз."],
        "body": ["Әңгімелесу шамамен бір сағатқа созылады.", "Жалақы 350 000 теңгеден, ресми рәсімдеу.",
                 "Үміткерлерден оқу үшін ешқашан ақша алмаймыз.", "Жеке куәлігіңізді ала келіңіз."],
        "close": ["Құрметпен,\nкадр бөлімі", "HR қызметі", "Сәттілік!", "Іріктеу тобы"],
    },
    "lottery-results": {
        "subj": ["Тираж нәтижелері", "Джекпот ұтылмады", "Билетіңіз ұтты", "Ойын нәтижелері"],
        "open": ["Сенбідегі тираж нәтижелері: 5, 13, 20, 27, 35, 41.", "Джекпот ұтылмады, келесі тиражда {amount} болады.",
                 "Билеттеріңіздің бірі ұтты.", "Ұтыс ойыншы шотыңызға түсті."],
        "body": ["Толығырақ жеке кабинетте.", "Ұтысты төлеу үшін ешқашан ақы алмаймыз.", "Тек билет сатып алған адам ұта алады.",
                 "Жауапкершілікпен ойнаңыз. 18+."],
        "close": ["Келесі тиражда сәттілік!", "Қолдау қызметі", "Лотерея операторы", "Нәтижелер қызметі"],
    },
}

KY = {
    "fraud-news": {
        "subj": ["Сак болуңуз: жалган утуштар", "Алдамчылар посылка тууралуу SMS жөнөтүүдө", "Милиция коркутуп акча талап кылган каттардан сак болууга чакырат",
                 "Алдамчы катты кантип тааныса болот"],
        "open": ["Тургундар эл аралык лотереяда утуп, комиссия төлөш керек деген каттарды алууда.",
                 "Алдамчылар бажы төлөмүн төлөөгө шилтемеси бар SMS кайра таратууда.",
                 "Милиция камераны бузганын айтып биткоин талап кылган каттар тууралуу эскертет.",
                 "Мындай каттар окуясын дайыма өзгөрткөндүктөн дагы эле иштейт."],
        "body": ["Адатта мындай жазышат: «Номериңиз утту, агентке кайрылып, төлөмдү төлөңүз».",
                 "Катышпаган оюнда утуш мүмкүн эмес, чыныгы байге акы сурабайт.",
                 "Жооп бербеңиз, акча төлөбөңүз жана милицияга кабарлаңыз.",
                 "Банк эч качан акчаны «коопсуз эсепке» которууну сурабайт."],
        "quote": ["Бир катта: «Мен адвокатмын, маркум тууганыңыз 2 миллион доллар калтырды, маалыматыңызды жөнөтүңүз».",
                  "SMS: «Посылкаңыз кармалды, 100 сомду шилтеме аркылуу төлөңүз»."],
        "close": ["Сак болуңуз!", "Редакция", "Кененирээк сайтта.", "Улууларга айтып коюңуз."],
    },
    "parcel-notice": {
        "subj": ["Посылка бөлүмгө келди", "Курьер сизди таппады", "Бажы тариздөөсү", "{order} буйрутма жеткирилди"],
        "open": ["Посылкаңыз бөлүмгө келди жана 15 күн сакталат.", "Курьер сизди үйдөн таппады.",
                 "Эл аралык жөнөтмөңүз бажыда тариздөөдө.", "{order} номерлүү буйрутма жеткирилди."],
        "body": ["Трек номер: {code}.", "Паспорт же тиркемедеги код менен алсаңыз болот.",
                 "Бажы төлөмү болсо, тиркемеде көрүнөт; SMS шилтеме аркылуу төлөм сурабайбыз.", "Кайра жеткирүү акысыз."],
        "close": ["Почта кызматы", "Рахмат!", "Тиркемеден көзөмөлдөңүз.", "Жеткирүү кызматы"],
    },
    "charity": {
        "subj": ["Кайрымдуулугуңуз иштеп жатат", "Кышкы жардам", "Жардамыңыз үчүн рахмат", "Фонддун жылдык отчету"],
        "open": ["Сиздин жардамыңыз менен быйыл 120 үй-бүлөгө көмүр жеткирдик.", "Бул кышта көп үй-бүлө жардамга муктаж.",
                 "Кайрымдуулугуңуз келип түштү, рахмат.", "Фонддун жылдык отчету жарыяланды."],
        "body": ["{amount} бир үй-бүлөнүн бир айлык тамагына жетет.", "Сайт аркылуу же которуу менен жардам берсеңиз болот.",
                 "Фонд катталган, отчеттор жыл сайын жарыяланат.", "Каттарды алгыңыз келбесе, жооп жазыңыз."],
        "close": ["Ыраазычылык менен,\nфонд", "Рахмат!", "Фонддун командасы", "Реквизиттер сайтта"],
    },
    "personal": {
        "subj": ["Чоң атамдын керээзи", "Wi-Fi сырсөзү", "Эс алууга акча", "Чалып кой"],
        "open": ["Нотариус чоң атамдын керээзи боюнча чалды.", "Жаңы Wi-Fi сырсөзү муздаткычта.",
                 "Эс алууга акчаны которуп бердим.", "Кечинде чалып кой, батирдин күрөөсү жөнүндө."],
        "body": ["Мага дагы миллион уттуңуз деген кат келди, дароо өчүрдүм.", "Которуу эртең түшөт.",
                 "Сырсөздөрдү почта аркылуу жөнөтпө.", "Эжем пианинону алгысы келет."],
        "close": ["Өөп коём, апаң", "Жакшы кал, Нурбек", "Айгүл", "Сүйлөшөбүз"],
    },
}

TG = {
    "fraud-news": {
        "subj": ["Эҳтиёт шавед: бурдҳои қалбакӣ", "Қаллобон дар бораи посылка SMS мефиристанд", "Милиса дар бораи мактубҳои таҳдидӣ огоҳ мекунад",
                 "Мактуби қаллобро чӣ тавр шинохтан мумкин"],
        "open": ["Сокинон мактубҳое мегиранд, ки дар лотереяи байналмилалӣ бурдаанд ва бояд комиссия пардохт кунанд.",
                 "Қаллобон боз SMS бо истинод барои пардохти боҷи гумрукӣ паҳн мекунанд.",
                 "Милиса дар бораи мактубҳое огоҳ мекунад, ки камераро шикастаанд гуфта биткоин талаб мекунанд.",
                 "Чунин мактубҳо ҳикояашонро доим иваз мекунанд ва ҳоло ҳам кор мекунанд."],
        "body": ["Одатан чунин менависанд: «Рақами шумо бурд, ба агент муроҷиат карда, пардохт кунед».",
                 "Дар бозие, ки иштирок накардаед, бурда наметавонед, ҷоизаи ҳақиқӣ пардохт талаб намекунад.",
                 "Ҷавоб надиҳед, пул пардохт накунед ва ба милиса хабар диҳед.",
                 "Бонк ҳеҷ гоҳ интиқоли пулро ба «ҳисоби бехатар» намепурсад."],
        "quote": ["Дар як мактуб: «Ман адвокатам, хеши марҳуматон 3 миллион доллар мерос гузошт, маълумотатонро фиристед».",
                  "Матни SMS: «Посылкаатон боздошт шуд, 10 сомониро тавассути истинод пардохт кунед»."],
        "close": ["Ҳушёр бошед!", "Таҳририят", "Муфассал дар сомона.", "Ба калонсолон гӯед."],
    },
    "bank-notice": {
        "subj": ["Иқтибоси ҳисоб омода аст", "Вуруд аз дастгоҳи нав", "Корти нави шумо", "Амалиёти шубҳанок"],
        "open": ["Иқтибоси моҳона дар барнома дастрас аст.", "Ба бонки интернетӣ аз дастгоҳи нав ворид шуданд.", "Корти нави шумо омода аст.",
                 "Амалиёти шубҳанокро боздоштем, дар барнома тасдиқ кунед."],
        "body": ["Агар амалро худатон карда бошед, коре лозим нест.", "Вагарна ба рақами пушти корт занг занед.",
                 "Кормандон ҳеҷ гоҳ рамзи SMS-ро намепурсанд.", "Дар ин мактуб истинод нест."],
        "close": ["Бо эҳтиром, бонк", "Хадамоти мизоҷон", "Бонки шумо", "Хадамоти амният"],
    },
    "parcel-notice": {
        "subj": ["Посылка ба шуъба расид", "Курьер шуморо наёфт", "Расмиёти гумрукӣ", "Фармоиши {order} расонида шуд"],
        "open": ["Посылкаатон ба шуъба расид ва 15 рӯз нигоҳ дошта мешавад.", "Курьер шуморо дар хона наёфт.",
                 "Фиристодаи байналмилалии шумо дар гумрук расмӣ мешавад.", "Фармоиши рақами {order} расонида шуд."],
        "body": ["Рақами трек: {code}.", "Бо шиноснома ё рамзи барнома гирифтан мумкин.",
                 "Агар боҷ бошад, дар барнома намоён аст; тавассути истиноди SMS пардохт намепурсем.", "Расонидани такрорӣ ройгон аст."],
        "close": ["Хадамоти почта", "Ташаккур!", "Дар барнома пайгирӣ кунед.", "Хадамоти расонидан"],
    },
    "job-ad": {
        "subj": ["Даъват ба мусоҳиба", "Дархости шумо", "Ҷойҳои нави корӣ", "Пешниҳоди кор"],
        "open": ["Барои дархост ба ҷои кори муҳосиб ташаккур, шуморо ба мусоҳиба даъват мекунем.", "Резюмеи шуморо дидем.",
                 "Ҷойҳои нави корӣ барои шумо.", "Ба шумо вазифаи анбордорро пешниҳод мекунем."],
        "body": ["Мусоҳиба тақрибан як соат давом мекунад.", "Маош аз 4000 сомонӣ, расмӣ.",
                 "Мо ҳеҷ гоҳ аз номзадҳо барои омӯзиш пул намегирем.", "Шиносномаатонро биёред."],
        "close": ["Бо эҳтиром,\nшуъбаи кадрҳо", "Хадамоти HR", "Барори кор!", "Гурӯҳи интихоб"],
    },
}

TK = {
    "fraud-news": {
        "subj": ["Seresap boluň: galp utuşlar", "Galplar posylka barada SMS iberýär", "Polisiýa gorkuzyjy hatlardan seresap bolmaga çagyrýar",
                 "Galp haty nädip tanamaly"],
        "open": ["Ýaşaýjylar halkara lotereýasynda utandyklary we komissiýa tölemelidigi barada hat alýarlar.",
                 "Galplar gümrük tölegi üçin salgylanmaly SMS-leri ýene ýaýradýar.",
                 "Polisiýa kamerany döwendigini aýdyp bitkoin talap edýän hatlar barada duýduryş berýär.",
                 "Şeýle hatlar hekaýasyny hemişe üýtgedýändigi üçin henizem işleýär."],
        "body": ["Adatça şeýle ýazýarlar: «Belgiňiz utdy, agente ýüz tutup, tölegi töläň».",
                 "Gatnaşmadyk oýnuňyzda utup bilmersiňiz, hakyky baýrak töleg talap etmeýär.",
                 "Jogap bermäň, pul tölemäň we polisiýa habar beriň.",
                 "Bank hiç haçan puly «howpsuz hasaba» geçirmegi soramaýar."],
        "quote": ["Bir hatda: «Men aklawçy, merhum garyndaşyňyz 2 million dollar miras galdyrdy, maglumatlaryňyzy iberiň».",
                  "SMS: «Posylkaňyz saklandy, 20 manady salgy arkaly töläň»."],
        "close": ["Seresap boluň!", "Redaksiýa", "Jikme-jik saýtda.", "Ulularyňyza aýdyň."],
    },
    "parcel-notice": {
        "subj": ["Posylka bölüme geldi", "Kurýer sizi tapmady", "Gümrük resmileşdirilişi", "{order} sargyt eltildi"],
        "open": ["Posylkaňyz bölüme geldi we 15 gün saklanar.", "Kurýer sizi öýde tapmady.",
                 "Halkara iberilen harydyňyz gümrükde resmileşdirilýär.", "{order} belgili sargyt eltildi."],
        "body": ["Trek belgisi: {code}.", "Pasport ýa-da programmadaky kod bilen alyp bilersiňiz.",
                 "Gümrük tölegi bar bolsa, programmada görünýär; SMS salgysy arkaly töleg soramaýarys.", "Gaýtadan eltip bermek mugt."],
        "close": ["Poçta gullugy", "Sag boluň!", "Programmada yzarlaň.", "Eltip beriş gullugy"],
    },
    "lottery-results": {
        "subj": ["Tiraž netijeleri", "Jekpot utulmady", "Biletiňiz utdy", "Oýun netijeleri"],
        "open": ["Şenbe günki tiražyň netijeleri: 2, 14, 19, 26, 34, 45.", "Jekpot utulmady we indiki tiražda {amount} bolar.",
                 "Biletleriňiziň biri utdy.", "Utuş oýunçy hasabyňyza geçirildi."],
        "body": ["Jikme-jiklikleri şahsy kabinetde görüň.", "Utuşy tölemek üçin hiç haçan töleg almaýarys.",
                 "Diňe bilet satyn alan adam utup biler.", "Jogapkärli oýnaň. 18+."],
        "close": ["Indiki tiražda üstünlik!", "Müşderi gullugy", "Lotereýa operatory", "Netijeler gullugy"],
    },
    "bank-notice": {
        "subj": ["Hasap göçürmesi taýýar", "Täze enjamdan giriş", "Täze kartyňyz", "Şübheli amal"],
        "open": ["Aýlyk göçürme programmada elýeterli.", "Internet-banka täze enjamdan girildi.", "Täze kartyňyz taýýar.",
                 "Şübheli amaly saklatdyk, programmada tassyklaň."],
        "body": ["Bu amaly özüňiz eden bolsaňyz, başga zat gerek däl.", "Bolmasa kartyň arkasyndaky belgä jaň ediň.",
                 "Işgärler SMS-kody hiç haçan soramaýar.", "Bu hatda salgylanma ýok."],
        "close": ["Hormatlamak bilen, bank", "Müşderi gullugy", "Siziň bankyňyz", "Howpsuzlyk gullugy"],
    },
}

# Round 7, second step: one more look-alike kind per language of the region. Same rules.
UZ.update({
    "job-ad": {
        "subj": ["Suhbatga taklif", "Arizangiz bo'yicha", "Siz uchun yangi vakansiyalar", "Ish taklifi"],
        "open": ["Buxgalter vakansiyasiga ariza berganingiz uchun rahmat, sizni suhbatga taklif qilamiz.", "Rezyumengizni ko'rib chiqdik.",
                 "Sizga mos yangi vakansiyalar.", "Sizga omborchi lavozimini taklif qilamiz."],
        "body": ["Suhbat taxminan bir soat davom etadi.", "Maosh 6 million so'mdan, rasmiy ishga joylashtirish.",
                 "Nomzodlardan o'qish uchun hech qachon pul olmaymiz.", "Pasportingizni olib keling."],
        "close": ["Hurmat bilan,\nkadrlar bo'limi", "HR xizmati", "Omad!", "Tanlov guruhi"],
    },
})
KK.update({
    "parcel-notice": {
        "subj": ["Сәлемдеме бөлімшеге келді", "Курьер сізді таппады", "Кедендік ресімдеу", "{order} тапсырыс жеткізілді"],
        "open": ["Сәлемдемеңіз бөлімшеге келді және 15 күн сақталады.", "Курьер сізді үйден таппады.",
                 "Халықаралық жөнелтіліміңіз кеденде ресімделуде.", "{order} нөмірлі тапсырыс жеткізілді."],
        "body": ["Трек нөмірі: {code}.", "Жеке куәлікпен немесе қосымшадағы кодпен алуға болады.",
                 "Кеден алымы болса, қосымшада көрінеді; SMS сілтеме арқылы төлем сұрамаймыз.", "Қайта жеткізу тегін."],
        "close": ["Пошта қызметі", "Рахмет!", "Қосымшада бақылаңыз.", "Жеткізу қызметі"],
    },
})
KY.update({
    "bank-notice": {
        "subj": ["Эсеп көчүрмөсү даяр", "Жаңы түзмөктөн кирүү", "Жаңы картаңыз", "Шектүү операция"],
        "open": ["Айлык көчүрмө тиркемеде жеткиликтүү.", "Интернет-банкка жаңы түзмөктөн кирилди.", "Жаңы картаңыз даяр.",
                 "Шектүү операцияны токтоттук, тиркемеде ырастаңыз."],
        "body": ["Операцияны өзүңүз жасасаңыз, башка эч нерсе керек эмес.", "Болбосо картанын артындагы номерге чалыңыз.",
                 "Кызматкерлер SMS-кодду эч качан сурабайт.", "Бул катта шилтеме жок."],
        "close": ["Урматтоо менен, банк", "Кардарларды колдоо", "Сиздин банкыңыз", "Коопсуздук кызматы"],
    },
})
TG.update({
    "personal": {
        "subj": ["Васиятномаи бобо", "Пароли Wi-Fi", "Пул барои таътил", "Занг зан"],
        "open": ["Нотариус дар бораи васиятномаи бобо занг зад.", "Пароли нави Wi-Fi дар яхдон аст.",
                 "Пули таътилро ба ту фиристодам.", "Бегоҳ занг зан, дар бораи гарави хона."],
        "body": ["Боз мактубе омад, ки гӯё миллион бурдаам, фавран нест кардам.", "Интиқол пагоҳ мерасад.",
                 "Паролҳоро бо почта нафирист.", "Хола пианиноро мехоҳад."],
        "close": ["Бӯса, модарат", "Хайр, Фаррух", "Мадина", "Гап мезанем"],
    },
})
TK.update({
    "job-ad": {
        "subj": ["Söhbetdeşlige çakylyk", "Arzaňyz barada", "Size laýyk täze iş orunlary", "Iş teklibi"],
        "open": ["Buhgalter iş ornuna arza bereniňiz üçin sag boluň, sizi söhbetdeşlige çagyrýarys.", "Rezýumäňizi gözden geçirdik.",
                 "Size laýyk täze iş orunlary.", "Size ammar işgäri wezipesini hödürleýäris."],
        "body": ["Söhbetdeşlik takmynan bir sagat dowam eder.", "Aýlyk zähmet şertnamasy boýunça resmi tölenýär.",
                 "Dalaşgärlerden okuw üçin hiç haçan pul almaýarys.", "Pasportyňyzy getiriň."],
        "close": ["Hormatlamak bilen,\nişgärler bölümi", "HR gullugy", "Üstünlik!", "Saýlaw topary"],
    },
})
