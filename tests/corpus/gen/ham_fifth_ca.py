"""Fifth batch, Central Asian look-alikes (Uzbek Latin, Kazakh, Kyrgyz, Tajik, Turkmen) and Russian in Latin letters or
mixed with English (see ham_fifth.py: written blind, even variants dev, odd held-out). Uzbek Cyrillic items are the Uzbek
Latin pools transliterated (fifth_batch.hamTable)."""

UZ = {
    "gov-notice": {
        "subj": ["Soliq qaytarilishi to'g'risida qaror", "Diqqat: soxta soliq xabarlari"],
        "open": [
            "Deklaratsiyangiz tekshiruvi natijasida {amount} miqdoridagi soliq arizada ko'rsatilgan hisobga qaytarildi.",
            "Soliq qo'mitasi nomidan pul qaytarishni va'da qilib, begona saytga havola yuborayotgan firibgarlar paydo bo'ldi.",
            "Nafaqa tayinlash haqidagi arizangiz qabul qilindi va ko'rib chiqilmoqda.",
            "Shaxsiy kabinetingizga mol-mulk solig'i bo'yicha xabarnoma joylandi.",
        ],
        "body": [
            "Davlat idoralari hech qachon SMS yoki Telegram orqali karta ma'lumotlarini so'ramaydi.",
            "Bunday xabarlardagi havolalarni bosmang.",
            "Holatni rasmiy portal yoki mobil ilova orqali tekshirishingiz mumkin.",
            "Qaytarish bepul amalga oshiriladi.",
        ],
        "close": ["Davlat soliq xizmati", "Xabar avtomatik yuborildi."],
    },
    "bank-loan": {
        "subj": ["Iste'mol krediti bo'yicha taklif", "Ipoteka: dastlabki tasdiq"],
        "open": [
            "Arizangiz bo'yicha 36 oyga 30 million so'mlik iste'mol krediti dastlabki tasdiqlandi.",
            "Kredit yillik 22 foizdan, to'liq qiymati shartnomada ko'rsatiladi.",
            "Bank kvartira xarid qilish uchun ipoteka kreditini dastlabki tasdiqladi.",
            "Boshqa banklardagi kreditlaringizni bittaga birlashtiring.",
        ],
        "body": [
            "Bank kredit berish uchun hech qachon oldindan to'lov olmaydi.",
            "Yakuniy qaror hujjatlar tekshirilgandan keyin qabul qilinadi.",
            "Muddatidan oldin to'lash jarimasiz.",
            "Oylik to'lov jadvali shartnomaga ilova qilinadi.",
        ],
        "close": ["Sizning bankingiz", "Kredit bo'limi"],
    },
    "bank-security": {
        "subj": ["Yangi qurilmadan kirish", "Xavfsizlik eslatmasi"],
        "open": [
            "Mobil bankingizga 12-mart kuni soat 08:41 da yangi qurilmadan kirildi.",
            "Firibgarlar bank xodimi nomidan qo'ng'iroq qilmoqda, asosiy qoidalarni eslatamiz.",
            "Ilova paroli o'zgartirildi.",
            "Kartangiz orqali internetda 150 000 so'm to'landi.",
        ],
        "body": [
            "Agar bu siz bo'lsangiz, hech narsa qilish shart emas.",
            "Bank hech qachon SMS kodini, PIN yoki karta muddatini so'ramaydi.",
            "Bu xabarda havola yo'q, ilovani o'zingiz oching.",
            "Kartani ilovada bloklash mumkin.",
        ],
        "close": ["Bank xavfsizlik xizmati", "Bankingiz jamoasi"],
    },
    "fraud-news": {
        "subj": ["IIV tahdidli xatlar haqida ogohlantiradi", "Soxta meros xatlari yana tarqalmoqda"],
        "open": [
            "Ichki ishlar vazirligi yuboruvchi sizni veb-kamera orqali yozib olganini da'vo qilib bitkoin talab qiladigan xatlardan ogohlantirdi.",
            "O'quvchimizga millionlarni meros qoldirmoqchi bo'lgan go'yoki beva ayoldan xat keldi.",
            "Posilka bojxonada ushlab turilgani haqida to'lov so'rab SMS tarqalmoqda.",
            "Nafaqaxo'r soxta investitsiya platformasida jamg'armasini yo'qotdi.",
        ],
        "body": [
            "Xatda 'parolingizni bilaman' deyiladi va 48 soat ichida bitkoin to'lash talab qilinadi.",
            "Firibgarlar 'to'liq ism, telefon va manzil' so'raydi yoki advokatga yo'naltiradi.",
            "Mutaxassislar pul to'lamaslik va militsiyaga murojaat qilishni maslahat beradi.",
            "Parol odatda eski ma'lumotlar sizib chiqishidan olingan.",
        ],
        "close": ["Batafsil saytimizda.", "Tahririyat"],
    },
    "parcel-notice": {
        "subj": ["Posilkangiz yo'lda", "Posilka bo'limda kutmoqda"],
        "open": [
            "{code} raqamli jo'natmangiz bugun soat 10 dan 13 gacha yetkaziladi.",
            "Posilka bo'limga yetib keldi va 7 kun saqlanadi.",
            "Xorijdan kelgan jo'natma uchun bojxona to'lovi hisoblandi, uni ilovada to'lash mumkin.",
            "Posilka qabul qilib olindi.",
        ],
        "body": [
            "Jo'natmani rasmiy ilovada kuzatib boring.",
            "Biz SMS orqali to'lov havolalarini yubormaymiz.",
            "Olishda pasport kerak bo'ladi.",
            "Boj miqdorini bojxona belgilaydi.",
        ],
        "close": ["Pochta xizmati", "Mijozlarni qo'llab-quvvatlash"],
    },
    "personal": {
        "subj": ["Buvimning vasiyatnomasi", "Veb-kamera haqida"],
        "open": [
            "Notarius qo'ng'iroq qildi: juma kuni buvimning vasiyatnomasi o'qiladi.",
            "Sen maslahat bergan veb-kamerani oldim, lekin drayver oyimning noutbukiga o'rnatilmayapti.",
            "Kvartira garovining yarmini o'tkazdim, to'lov kelganini tekshirib ko'r.",
            "Wi-Fi ning yangi paroli muzlatgichda yozilgan.",
        ],
        "body": [
            "Har birimizga ozgina meros tegarkan.",
            "Yakshanba kuni kelib, videoqo'ng'iroqni sozlab berasanmi?",
            "Pochtangiz parolini almashtir, hamma joyda bir xil.",
            "Akamga kamera orqali yozib olingan degan xat kelibdi, juda qo'rqib ketdi.",
        ],
        "close": ["Oying", "Ko'rishguncha, Aziz"],
    },
}

KK = {
    "gov-notice": {
        "subj": ["Салықты қайтару туралы шешім", "Назар аударыңыз: жалған eGov хабарламалары"],
        "open": [
            "Декларацияны тексеру нәтижесінде {amount} салық өтініште көрсетілген шотқа қайтарылды.",
            "eGov атынан төлем уәде етіп, бөтен сайтқа сілтеме жіберетін алаяқтар пайда болды.",
            "Жәрдемақы тағайындау туралы өтінішіңіз қабылданды.",
            "Жеке кабинетіңізге мүлік салығы бойынша хабарлама жіберілді.",
        ],
        "body": [
            "Мемлекеттік органдар ешқашан SMS арқылы карта деректерін сұрамайды.",
            "Мұндай хабарламалардағы сілтемелерді баспаңыз.",
            "Мәртебені ресми порталда тексеруге болады.",
            "Қайтару тегін жүргізіледі.",
        ],
        "close": ["Мемлекеттік кірістер комитеті", "Хат автоматты түрде жіберілді."],
    },
    "bank-security": {
        "subj": ["Жаңа құрылғыдан кіру", "Қауіпсіздік туралы еске салу"],
        "open": [
            "Мобильді банкингке 12 наурызда сағат 08:41-де жаңа құрылғыдан кірілді.",
            "Алаяқтар банк қызметкері атынан қоңырау шалуда, негізгі ережелерді еске саламыз.",
            "Қосымша құпиясөзі өзгертілді.",
            "Картаңызбен интернетте 15 000 теңге төленді.",
        ],
        "body": [
            "Егер бұл сіз болсаңыз, ештеңе істеудің қажеті жоқ.",
            "Банк ешқашан SMS-кодты, PIN-кодты сұрамайды және «қауіпсіз шотқа» аударуды талап етпейді.",
            "Бұл хабарламада сілтеме жоқ.",
            "Картаны қосымшада бұғаттауға болады.",
        ],
        "close": ["Банктің қауіпсіздік қызметі", "Сіздің банкіңіз"],
    },
    "fraud-news": {
        "subj": ["Полиция бопсалау хаттары туралы ескертеді", "Жалған мұра хаттары қайта тарады"],
        "open": [
            "Полиция жіберуші сізді веб-камера арқылы түсіріп алдым деп биткоин талап ететін хаттар туралы ескертті.",
            "Оқырманымызға миллиондарын мұраға қалдырғысы келетін жесір әйелден хат келді.",
            "Сәлемдеме кеденде тұр деп ақы сұрайтын SMS тарап жатыр.",
            "Зейнеткер жалған инвестициялық платформада жинағын жоғалтты.",
        ],
        "body": [
            "Хатта «құпиясөзіңді білемін» делініп, 48 сағат ішінде биткоин төлеу талап етіледі.",
            "Алаяқтар «толық аты-жөніңізді, телефоныңызды және мекенжайыңызды» сұрайды.",
            "Мамандар ақша төлемеуге және полицияға жүгінуге кеңес береді.",
            "Құпиясөз әдетте ескі деректер ағып кетуінен алынған.",
        ],
        "close": ["Толығырақ сайтымызда.", "Редакция"],
    },
    "lottery-results": {
        "subj": ["Тираж нәтижелері", "Билетіңіз тексерілді"],
        "open": [
            "Сенбідегі тиражда 4, 11, 23, 30, 41, 45 сандары түсті.",
            "Билетіңіз тексерілді: бұл жолы ұтыс жоқ.",
            "Келесі тираждың суперұтысы 300 миллион теңге.",
            "Ірі ұтыстар құжаттар тексерілгеннен кейін төленеді.",
        ],
        "body": [
            "Ресми лотерея ұтысты беру үшін ешқашан ақы алмайды.",
            "Қатыспаған ойыныңыздан ұттыңыз деп жазса, бұл алаяқтар.",
            "18 жастан бастап қатысуға болады.",
            "Ұтысты 180 күн ішінде алуға болады.",
        ],
        "close": ["Келесі тиражда сәттілік!", "Ойыншыларды қолдау қызметі"],
    },
    "job-ad": {
        "subj": ["Жұмыс ұсынысы: бухгалтер", "Сұхбатқа шақыру"],
        "open": [
            "Сізге 3 маусымнан бастап бухгалтер лауазымын ұсынуға қуаныштымыз.",
            "Өтінішіңізге рақмет. Бейне сұхбатқа шақырамыз.",
            "Күндізгі және түнгі ауысымға қойма қызметкерлерін іздейміз.",
            "Сұхбат бейсенбі күні сағат 10:00-де кеңсемізде.",
        ],
        "body": [
            "Жалақы 350 000 теңге, ресми рәсімдеу.",
            "Біз үміткерлерден оқу үшін ақы ешқашан сұрамаймыз.",
            "Келісімшарт кадр порталы арқылы жіберіледі.",
            "Сұхбатқа жеке куәлігіңізді алыңыз.",
        ],
        "close": ["HR бөлімі", "Құрметпен, кадр қызметі"],
    },
    "crypto-news": {
        "subj": ["Биткоин ETF-тен шығудан кейін арзандады", "Биржа: әмияндарға техникалық қызмет"],
        "open": [
            "Биткоин сейсенбіде ETF-тен бір айдағы ең ірі шығудан кейін 3 пайызға арзандады.",
            "ETH енгізу және шығару жоспарлы жұмыстарға байланысты шамамен екі сағатқа тоқтатылады.",
            "Стейблкоиндер ұсынысы осы аптада рекордқа жетті.",
            "Желі жаңартуына байланысты депозиттер уақытша тоқтатылады.",
        ],
        "body": [
            "Сауда тоқтатылмайды.",
            "Біздің қызметкерлер ешқашан құпиясөзді, 2FA кодын немесе сид-фразаны сұрамайды.",
            "Бұл инвестициялық кеңес емес.",
            "Монеталарды екі есе көбейтуді уәде ететін аккаунттардан сақ болыңыз.",
        ],
        "close": ["Нарықтар бөлімі", "Биржа командасы"],
    },
}

KY = {
    "gov-notice": {
        "subj": ["Салыкты кайтаруу жөнүндө чечим", "Көңүл буруңуз: жасалма билдирүүлөр"],
        "open": [
            "Декларацияны текшерүүнүн жыйынтыгында {amount} салык арызда көрсөтүлгөн эсепке кайтарылды.",
            "Мамлекеттик кызмат атынан төлөм убада кылып, бөтөн сайтка шилтеме жөнөткөн алдамчылар пайда болду.",
            "Жөлөкпул дайындоо жөнүндө арызыңыз кабыл алынды.",
            "Жеке кабинетиңизге мүлк салыгы боюнча билдирүү жөнөтүлдү.",
        ],
        "body": [
            "Мамлекеттик органдар эч качан SMS аркылуу карта маалыматын сурабайт.",
            "Мындай билдирүүлөрдөгү шилтемелерди баспаңыз.",
            "Абалды расмий порталдан текшерсеңиз болот.",
            "Кайтаруу акысыз жүргүзүлөт.",
        ],
        "close": ["Мамлекеттик салык кызматы", "Кат автоматтык түрдө жөнөтүлдү."],
    },
    "bank-loan": {
        "subj": ["Керектөө кредити боюнча сунуш", "Ипотека: алдын ала макулдук"],
        "open": [
            "Арызыңыз боюнча 36 айга 300 000 сом керектөө кредити алдын ала жактырылды.",
            "Кредит жылына 19 пайыздан, толук наркы келишимде көрсөтүлөт.",
            "Банк батир сатып алууга ипотеканы алдын ала жактырды.",
            "Башка банктардагы кредиттериңизди бирге бириктириңиз.",
        ],
        "body": [
            "Банк кредит берүү үчүн эч качан алдын ала төлөм албайт.",
            "Акыркы чечим документтер текшерилгенден кийин кабыл алынат.",
            "Мөөнөтүнөн мурда төлөө айыпсыз.",
            "Айлык төлөм графиги келишимге тиркелет.",
        ],
        "close": ["Сиздин банкыңыз", "Кредит бөлүмү"],
    },
    "fraud-news": {
        "subj": ["Милиция коркутуу каттары тууралуу эскертет", "Жасалма мурас каттары кайрадан тарады"],
        "open": [
            "Милиция жөнөтүүчү сизди веб-камера аркылуу тартып алдым деп биткоин талап кылган каттар тууралуу эскертти.",
            "Окурманыбызга миллиондорун мураска калтыргысы келген жесир аялдан кат келди.",
            "Посылка бажыда турат деп акы сураган SMS таркап жатат.",
            "Пенсионер жасалма инвестициялык платформада топтогон акчасын жоготту.",
        ],
        "body": [
            "Катта «сырсөзүңдү билем» деп, 48 саат ичинде биткоин төлөө талап кылынат.",
            "Алдамчылар «толук аты-жөнүңүздү, телефонуңузду жана дарегиңизди» сурашат.",
            "Адистер акча төлөбөөгө жана милицияга кайрылууга кеңеш беришет.",
            "Сырсөз адатта эски маалымат агып кетүүдөн алынган.",
        ],
        "close": ["Кененирээк сайтыбызда.", "Редакция"],
    },
    "parcel-notice": {
        "subj": ["Посылкаңыз жолдо", "Посылка бөлүмдө күтүп турат"],
        "open": [
            "{code} жөнөтмөңүз бүгүн саат 10дон 13кө чейин жеткирилет.",
            "Посылка бөлүмгө келди жана 7 күн сакталат.",
            "Чет өлкөдөн келген жөнөтмө үчүн бажы төлөмү эсептелди, аны тиркемеден төлөсө болот.",
            "Посылка алынды.",
        ],
        "body": [
            "Жөнөтмөнү расмий тиркемеден көзөмөлдөңүз.",
            "Биз SMS аркылуу төлөм шилтемелерин жөнөтпөйбүз.",
            "Алууда паспорт керек.",
            "Бажы төлөмүнүн өлчөмүн бажы аныктайт.",
        ],
        "close": ["Почта кызматы", "Кардарларды колдоо"],
    },
    "charity": {
        "subj": ["Кайрымдуулугуңуз үчүн рахмат", "Шашылыш жардам чогултуу"],
        "open": [
            "Сиздин жардамыңыз менен өткөн айда 5 000 азык-түлүк топтому таратылды.",
            "Сел каптаган айылдардын үй-бүлөлөрүнө суу, чатыр жана дары жеткирип жатабыз.",
            "Чейрек боюнча каражаттын жумшалышы тууралуу отчет жарыяладык.",
            "Бул кышта 500 сом бир жумалык ысык тамак дегенди билдирет.",
        ],
        "body": [
            "Кайрымдуулукту фонддун сайтынан же расмий эсебине жасаса болот.",
            "Фонд эч качан телефон аркылуу карта маалыматын сурабайт.",
            "Фонд катталган, отчеттор сайтта.",
            "Ыктыярчыларыбыздын күбөлүгү бар.",
        ],
        "close": ["Ыраазычылык менен, фонд", "Фонддун командасы"],
    },
    "personal": {
        "subj": ["Чоң энемдин керээзи", "Веб-камера тууралуу"],
        "open": [
            "Нотариус чалды: жума күнү чоң энемдин керээзи окулат.",
            "Сен сунуштаган веб-камераны алдым, бирок драйвер апамдын ноутбугуна орнобой жатат.",
            "Батирдин күрөөсүнүн жарымын которуп койдум, төлөм келдиби, текшерип кой.",
            "Wi-Fi дын жаңы сырсөзү муздаткычта жазылуу.",
        ],
        "body": [
            "Ар бирибизге бир аз мурас тиет экен.",
            "Жекшемби күнү келип, видеочалууну жөндөп бересиңби?",
            "Почтаңдын сырсөзүн алмаштыр, баары бирдей.",
            "Агама камера аркылуу тартылдың деген кат келиптир, абдан коркуп кетти.",
        ],
        "close": ["Апаң", "Көрүшкөнчө, Айбек"],
    },
}

TG = {
    "bank-security": {
        "subj": ["Воридшавӣ аз дастгоҳи нав", "Ёдрасии амниятӣ"],
        "open": [
            "Ба бонки мобилии шумо 12 март соати 08:41 аз дастгоҳи нав ворид шуданд.",
            "Қаллобон аз номи корманди бонк занг мезананд, қоидаҳои асосиро ёдрас мекунем.",
            "Пароли барнома иваз карда шуд.",
            "Бо корти шумо дар интернет 150 сомонӣ пардохт шуд.",
        ],
        "body": [
            "Агар ин шумо бошед, ҳеҷ коре лозим нест.",
            "Бонк ҳеҷ гоҳ рамзи SMS ё PIN-ро намепурсад.",
            "Дар ин паём истинод нест, барномаро худатон кушоед.",
            "Кортро дар барнома бастан мумкин аст.",
        ],
        "close": ["Хадамоти амнияти бонк", "Бонки шумо"],
    },
    "fraud-news": {
        "subj": ["Милиса дар бораи мактубҳои таҳдидомез огоҳ мекунад", "Мактубҳои мероси қалбакӣ боз паҳн шуданд"],
        "open": [
            "Милиса дар бораи мактубҳое огоҳ кард, ки фиристанда мегӯяд шуморо бо веб-камера сабт кардааст ва биткоин талаб мекунад.",
            "Ба хонандаи мо аз як бевазани гӯё сарватманд мактуб омад, ки миллионҳояшро мерос гузоштан мехост.",
            "SMS-ҳое паҳн мешаванд, ки посылка дар гумрук аст ва пул талаб мекунанд.",
            "Нафақахӯр пасандозашро дар платформаи қалбакии сармоягузорӣ аз даст дод.",
        ],
        "body": [
            "Дар мактуб гуфта мешавад «пароли туро медонам» ва дар 48 соат пардохти биткоин талаб мешавад.",
            "Қаллобон «номи пурра, телефон ва суроға» мепурсанд ё ба адвокат мефиристанд.",
            "Мутахассисон маслиҳат медиҳанд, ки пул пардохт накунед ва ба милиса муроҷиат намоед.",
            "Парол одатан аз як ихроҷи кӯҳнаи маълумот аст.",
        ],
        "close": ["Муфассал дар сайти мо.", "Идораи нашрия"],
    },
    "parcel-notice": {
        "subj": ["Посылкаи шумо дар роҳ аст", "Посылка дар шуъба интизор аст"],
        "open": [
            "Фиристодаи {code}-и шумо имрӯз аз соати 10 то 13 расонида мешавад.",
            "Посылка ба шуъба расид ва 7 рӯз нигоҳ дошта мешавад.",
            "Барои фиристодаи хориҷӣ боҷи гумрук ҳисоб шуд, онро дар барнома пардохт кардан мумкин.",
            "Посылка супорида шуд.",
        ],
        "body": [
            "Фиристодаро дар барномаи расмӣ пайгирӣ кунед.",
            "Мо тавассути SMS истиноди пардохт намефиристем.",
            "Барои гирифтан шиноснома лозим аст.",
            "Андозаи боҷро гумрук муайян мекунад.",
        ],
        "close": ["Хадамоти почта", "Дастгирии мизоҷон"],
    },
    "job-ad": {
        "subj": ["Пешниҳоди кор: муҳосиб", "Даъват ба мусоҳиба"],
        "open": [
            "Мо хушҳолем, ки ба шумо вазифаи муҳосибро аз 3 июн пешниҳод кунем.",
            "Ташаккур барои ариза. Шуморо ба мусоҳибаи видеоӣ даъват мекунем.",
            "Барои басти рӯзона ва шабона коргарони анбор ҷустуҷӯ дорем.",
            "Мусоҳиба рӯзи панҷшанбе соати 10:00 дар дафтари мо.",
        ],
        "body": [
            "Маош 4 000 сомонӣ, бо қайди расмӣ.",
            "Мо ҳеҷ гоҳ аз номзадҳо барои омӯзиш пул намепурсем.",
            "Шартнома тавассути портали кадрҳо фиристода мешавад.",
            "Ба мусоҳиба шиносномаатонро гиред.",
        ],
        "close": ["Шуъбаи кадрҳо", "Бо эҳтиром, HR"],
    },
    "charity": {
        "subj": ["Ташаккур барои хайрия", "Ҷамъоварии фаврӣ"],
        "open": [
            "Бо кӯмаки шумо моҳи гузашта 5 000 бастаи хӯрокворӣ тақсим шуд.",
            "Ба оилаҳои аз сел зарардида об, хайма ва дору мерасонем.",
            "Ҳисобот дар бораи харҷи маблағҳо дар семоҳа нашр шуд.",
            "Ин зимистон 50 сомонӣ як ҳафта хӯроки гарм аст.",
        ],
        "body": [
            "Хайрияро дар сайти фонд ё ба ҳисоби расмӣ кардан мумкин.",
            "Фонд ҳеҷ гоҳ бо телефон маълумоти кортро намепурсад.",
            "Фонд ба қайд гирифта шудааст, ҳисоботҳо дар сайт.",
            "Ихтиёриёни мо шаҳодатнома доранд.",
        ],
        "close": ["Бо миннатдорӣ, фонд", "Дастаи фонд"],
    },
    "gov-notice": {
        "subj": ["Қарор дар бораи баргардонидани андоз", "Диққат: паёмҳои қалбакӣ"],
        "open": [
            "Дар натиҷаи санҷиши эъломия {amount} андоз ба ҳисоби дар ариза нишондодашуда баргардонида шуд.",
            "Қаллобон аз номи Кумитаи андоз пардохт ваъда дода, истиноди сайти бегона мефиристанд.",
            "Аризаи шумо дар бораи таъини кумакпулӣ қабул шуд.",
            "Ба кабинети шахсӣ огоҳинома оид ба андози амвол фиристода шуд.",
        ],
        "body": [
            "Мақомоти давлатӣ ҳеҷ гоҳ тавассути SMS маълумоти кортро намепурсанд.",
            "Истинодҳои чунин паёмҳоро пахш накунед.",
            "Ҳолатро дар портали расмӣ санҷидан мумкин.",
            "Баргардонидан ройгон анҷом дода мешавад.",
        ],
        "close": ["Кумитаи андоз", "Мактуб ба таври худкор фиристода шуд."],
    },
}

TK = {
    "bank-security": {
        "subj": ["Täze enjamdan giriş", "Howpsuzlyk barada ýatlatma"],
        "open": [
            "Mobil bankyňyza 12-nji martda sagat 08:41-de täze enjamdan girildi.",
            "Galplar bank işgäriniň adyndan jaň edýärler, esasy düzgünleri ýatladýarys.",
            "Programmanyň paroly üýtgedildi.",
            "Kartyňyz bilen internetde 150 manat tölendi.",
        ],
        "body": [
            "Eger bu siz bolsaňyz, hiç zat etmek gerek däl.",
            "Bank hiç haçan SMS koduny ýa-da PIN-i soramaýar.",
            "Bu habarda salgylanma ýok, programmany özüňiz açyň.",
            "Karty programmada petiklemek bolýar.",
        ],
        "close": ["Bankyň howpsuzlyk gullugy", "Siziň bankyňyz"],
    },
    "fraud-news": {
        "subj": ["Polisiýa haýbat atýan hatlar barada duýduryş berýär", "Ýasama miras hatlary ýene ýaýrady"],
        "open": [
            "Polisiýa iberijiniň sizi web-kamera arkaly ýazga alandygyny aýdyp bitkoin talap edýän hatlar barada duýdurdy.",
            "Okyjymyza millionlaryny miras goýmak isleýän dul aýaldan hat geldi.",
            "Posylka gümrükde dur diýip töleg soraýan SMS-ler ýaýraýar.",
            "Pensioner ýasama maýa goýum platformasynda ýygnan puluny ýitirdi.",
        ],
        "body": [
            "Hatda 'parolyňy bilýärin' diýilýär we 48 sagadyň içinde bitkoin tölemek talap edilýär.",
            "Galplar 'doly adyňyzy, telefonyňyzy we salgyňyzy' soraýarlar.",
            "Hünärmenler pul tölemezligi we polisiýa ýüz tutmagy maslahat berýärler.",
            "Parol adatça köne maglumat syzmasyndan alnan.",
        ],
        "close": ["Giňişleýin saýtymyzda.", "Redaksiýa"],
    },
    "parcel-notice": {
        "subj": ["Posylkaňyz ýolda", "Posylka bölümde garaşýar"],
        "open": [
            "{code} belgili iberilen zadyňyz şu gün sagat 10-dan 13-e çenli eltiler.",
            "Posylka bölüme geldi we 7 gün saklanar.",
            "Daşary ýurtdan gelen iberilen zat üçin gümrük tölegi hasaplandy, ony programmada töläp bolýar.",
            "Posylka gowşuryldy.",
        ],
        "body": [
            "Iberilen zady resmi programmada yzarlaň.",
            "Biz SMS arkaly töleg salgylanmalaryny ibermeýäris.",
            "Almak üçin pasport gerek.",
            "Gümrük paçynyň möçberini gümrük kesgitleýär.",
        ],
        "close": ["Poçta gullugy", "Müşderi goldawy"],
    },
    "job-ad": {
        "subj": ["Iş teklibi: buhgalter", "Söhbetdeşlige çakylyk"],
        "open": [
            "Size 3-nji iýundan buhgalter wezipesini hödürlemäge şatdyrys.",
            "Arzaňyz üçin sag boluň. Sizi wideo söhbetdeşlige çagyrýarys.",
            "Gündizki we gijeki smena üçin ammar işgärlerini gözleýäris.",
            "Söhbetdeşlik penşenbe güni sagat 10:00-da edaramyzda.",
        ],
        "body": [
            "Aýlyk 3 500 manat, resmi işe kabul edilýär.",
            "Biz dalaşgärlerden okuw üçin hiç haçan pul soramaýarys.",
            "Şertnama kadrlar portaly arkaly iberiler.",
            "Söhbetdeşlige pasportyňyzy alyň.",
        ],
        "close": ["Kadrlar bölümi", "Hormat bilen, HR"],
    },
    "shop-promo": {
        "subj": ["Tomusky arzanladyş başlandy", "Size 10% arzanladyş"],
        "open": [
            "Tomusky arzanladyşda bag mebellerine 50%-e çenli arzanladyş.",
            "Ilkinji sargydyňyz üçin 10% arzanladyş kody: SALAM10.",
            "Diňe şu hepde ahyrynda ähli noutbuklara 20% arzanladyş.",
            "Soran maskalaryňyz ýene ammarda bar.",
        ],
        "body": [
            "200 manatdan ýokary sargytlara eltip bermek mugt.",
            "Kart ýa-da nagt bilen töläp bolýar.",
            "30 günüň dowamynda mugt yzyna gaýtarmak.",
            "Ammardaky mukdar bilen çäklidir.",
        ],
        "close": ["Hoş söwda!", "Dükan topary"],
    },
    "personal": {
        "subj": ["Mamamyň wesýetnamasy", "Web-kamera barada"],
        "open": [
            "Notarius jaň etdi: anna güni mamamyň wesýetnamasy okalar.",
            "Sen maslahat beren web-kamerany aldym, ýöne draýwer ejemiň noutbugyna gurulmaýar.",
            "Kwartiranyň girewiniň ýarysyny geçirdim, töleg geldimi, barlap gör.",
            "Wi-Fi-yň täze paroly sowadyjynyň üstünde ýazylgy.",
        ],
        "body": [
            "Her birimize azajyk miras düşýän eken.",
            "Ýekşenbe güni gelip, wideo jaňy sazlap bersene?",
            "Poçtaňyň parolyny çalyş, hemme ýerde birmeňzeş.",
            "Doganyma kamera arkaly ýazga alyndyň diýen hat gelipdir, gaty gorkupdyr.",
        ],
        "close": ["Ejeň", "Görüşýänçäk, Merdan"],
    },
}

RU_LAT = {
    "personal": {
        "subj": ["Zaveshchaniye babushki", "Pro veb-kameru"],
        "open": [
            "Zvonila notarius: v pyatnitsu oglashayut zaveshchaniye babushki, my vse nasledniki.",
            "Kupil veb-kameru, kotoruyu ty sovetoval, no drayver ne stavitsya na mamin noutbuk.",
            "Perevela svoyu polovinu zaloga za kvartiru, prover', doshel li platezh.",
            "Novyy parol' ot wifi na holodil'nike, v pis'me pisat' ne stal.",
        ],
        "body": [
            "Govoryat, kazhdomu dostanetsya nebol'shoye nasledstvo.",
            "Zaedesh' v voskresen'e nastroit' videozvonok?",
            "Smeni parol' ot pochty, on u tebya vezde odinakovyy.",
            "Bratu prishlo pis'mo, chto ego yakoby zapisali cherez kameru, on ochen' perevolnovalsya.",
        ],
        "close": ["Tseluyu, mama", "Poka, Tyoma"],
    },
    "tech-list": {
        "subj": ["Re: bitcoin-cli pokazyvayet nulevoy balans", "[dev] fix drayvera veb-kamery"],
        "open": [
            "Posle obnovleniya nody getbalance pokazyvayet 0 BTC, hotya vse tranzaktsii koshel'ka na meste.",
            "Patch ispravlyayet perepolneniye vremeni v drayvere UVC na nekotoryh USB-kamerah.",
            "Vyshla versiya 2.14 menedzhera paroley s podderzhkoy passkey.",
            "V rassylku opyat' poshel spam s vymogatel'stvom: tsitiruyut starye paroli i trebuyut bitkoiny.",
        ],
        "body": [
            "Ty zapuskal rescanblockchain posle vosstanovleniya koshel'ka?",
            "Provereno na treh modelyah kamer, regressiy net.",
            "Pozhaluysta, ne vykladyvayte wallet.dat i privatnye klyuchi v rassylku.",
            "Ya podnyal ves pravila na adres BTC ryadom so slovami oplata i chasov.",
        ],
        "close": ["Spasibo, Dima", "-- \narhiv rassylki: https://lists.example.org/"],
    },
    "fraud-news": {
        "subj": ["Politsiya preduprezhdayet o pis'mah s 'zapis'yu s kamery'", "Sheme s 'nasledstvom vdovy' sto let"],
        "open": [
            "V politsiyu obrashchayutsya lyudi, poluchivshiye pis'ma, gde otpravitel' utverzhdayet, chto zapisal ih cherez kameru.",
            "Chitateli prisylayut nam pis'ma, kotorye nachinayutsya so slov 'Dorogoy moy' i obeshchayut milliony.",
            "Moshenniki rassylayut SMS o zaderzhannoy posylke i prosyat oplatit' poshlinu.",
            "Pensionerka perevela vse sberezheniya na fal'shivuyu investitsionnuyu platformu.",
        ],
        "body": [
            "V pis'mah chasto est' nastoyashchiy parol' iz staroy utechki, no nikakogo video net.",
            "Eksperty sovetuyut ne platit' i ne otvechat'.",
            "Obychno prosyat 'prislat' polnoye imya i nomer telefona'.",
            "Kogda ona zahotela vyvesti 'pribyl'', ey skazali snachala zaplatit' nalog.",
        ],
        "close": ["Podrobneye na nashem sayte.", "Redaktsiya"],
    },
    "crypto-news": {
        "subj": ["Bitkoin snizilsya posle ottoka iz ETF", "Birzha: planovye raboty s koshel'kami"],
        "open": [
            "Bitkoin vo vtornik podeshevel na 3% posle krupneyshego za mesyats ottoka iz ETF.",
            "Depozity i vyvody ETH budut priostanovleny primerno na dva chasa.",
            "Predlozheniye steyblkoinov na etoy nedele dostiglo rekorda.",
            "Depozity v seti vremenno priostanovleny iz-za obnovleniya.",
        ],
        "body": [
            "Torgovlya ne zatronuta.",
            "Sotrudniki birzhi nikogda ne sprashivayut parol', kody 2FA ili sid-frazu.",
            "Eto ne investitsionnaya rekomendatsiya.",
            "Ostoregaytes' samozvantsev, obeshchayushchih udvoit' monety.",
        ],
        "close": ["Otdel rynkov", "Komanda birzhi"],
    },
}

RU_EN = {
    "tech-list": {
        "subj": ["Re: [dev] webcam driver падает после suspend", "Re: bitcoin-cli getbalance = 0 после upgrade"],
        "open": [
            "После suspend/resume webcam driver падает с timeout, logs прикладываю ниже.",
            "После upgrade ноды getbalance возвращает 0 BTC, хотя listtransactions показывает всё.",
            "Зарелизили password manager 2.14: passkeys, новый vault format.",
            "Опять extortion spam в list: quoting старых passwords и требование bitcoin.",
        ],
        "body": [
            "Попробуй rescanblockchain после restore из backup.",
            "Tested на трёх камерах, regressions нет.",
            "Не постите wallet.dat и private keys в list, пожалуйста.",
            "Я поднял score правила на BTC address рядом с 'pay' и 'hours'.",
        ],
        "close": ["Thanks, Дима", "-- \nlist archive: https://lists.example.org/"],
    },
    "security-newsletter": {
        "subj": ["Weekly threat digest: extortion campaign с breach passwords", "Advisory: fake crypto recovery services"],
        "open": [
            "На этой неделе трекали bulk extortion campaign, которая quotes passwords из старых breaches и требует BTC.",
            "Phishing kit клонирует webmail login page и пишет, что mailbox full.",
            "Жертв investment fraud повторно таргетят 'recovery services' с upfront fee.",
            "Monthly patches закрывают 61 vulnerability, две exploited in the wild.",
        ],
        "body": [
            "IOCs ниже defanged, не открывайте с production машин.",
            "Один и тот же wallet встречался в тысячах писем.",
            "Enforce MFA и отключите legacy auth.",
            "Patch VPN appliance в первую очередь.",
        ],
        "close": ["Threat research team", "TLP:CLEAR"],
    },
    "crypto-news": {
        "subj": ["BTC просел после ETF outflows", "Exchange notice: wallet maintenance"],
        "open": [
            "Bitcoin во вторник упал на 3% после самых больших за месяц outflows из spot ETF.",
            "Deposits и withdrawals ETH будут paused примерно на два часа из-за maintenance.",
            "Stablecoin supply на этой неделе на record high.",
            "Временно suspend deposits в сети из-за network upgrade.",
        ],
        "body": [
            "Trading не затронут.",
            "Наш staff никогда не спрашивает password, 2FA codes или seed phrase.",
            "Это не financial advice.",
            "Beware impersonators, которые обещают double ваших coins.",
        ],
        "close": ["Markets desk", "Exchange team"],
    },
    "job-ad": {
        "subj": ["Offer: Payments Analyst", "Invitation на interview"],
        "open": [
            "Рады сделать вам offer на позицию Payments Analyst, start 3 июня.",
            "Спасибо за application, приглашаем на video interview.",
            "Ищем warehouse operatives на day и night shifts.",
            "Interview в четверг в 10:00 в офисе, возьмите passport.",
        ],
        "body": [
            "Salary 180k gross, официальное оформление.",
            "Мы никогда не просим candidates платить за training или equipment.",
            "Contract придёт через HR portal, bank details по email не присылайте.",
            "Задачи: invoices processing и reconciliation платежей.",
        ],
        "close": ["Best, HR team", "Talent Acquisition"],
    },
    "bank-security": {
        "subj": ["New sign-in в ваш аккаунт", "Security reminder от банка"],
        "open": [
            "Зафиксирован new sign-in в online banking с Chrome на Windows, 14:05.",
            "Scammers всё чаще звонят от имени банка, напоминаем rules.",
            "Ваш password изменён.",
            "Card *3381: online payment 2 450 ₽.",
        ],
        "body": [
            "Если это были вы, ничего делать не нужно.",
            "Мы никогда не просим PIN, SMS code или transfer на 'safe account'.",
            "В этом сообщении нет links, откройте app сами.",
            "Freeze карту можно в app.",
        ],
        "close": ["Security team", "Ваш bank"],
    },
    "personal": {
        "subj": ["Re: webcam для созвона", "Про deposit за квартиру"],
        "open": [
            "Купил webcam, которую ты советовал, но driver не ставится на мамин laptop.",
            "Перевела свою половину deposit за квартиру, check плиз, дошёл ли payment.",
            "Нотариус звонила, в пятницу reading завещания.",
            "Новый wifi password на холодильнике.",
        ],
        "body": [
            "Заедешь в воскресенье настроить video call?",
            "Смени password от почты, он у тебя везде same.",
            "Брату пришёл email, что его якобы recorded через camera, он в шоке.",
            "Напиши, если transfer отобразился.",
        ],
        "close": ["Пока, Тёма", "Hugs, Света"],
    },
}
