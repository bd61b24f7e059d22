"""Scam sentence pools, Uzbek (Latin; Cyrillic is transliterated from it),
Kazakh, Kyrgyz, Tajik, Turkmen: family -> slot -> variants (even index:
development half, odd: held-out). Written for this project; simple sentences."""

UZ = {
    "sextortion": {
        "subj": ["Men seni yozib oldim", "Videong haqida oxirgi ogohlantirish", "Shaxsiy hayoting xavf ostida", "Bu xatni e'tiborsiz qoldirma"],
        "hook": ["Kattalar saytini ko'rayotganingda veb-kamerangni buzib, seni yozib oldim.",
                 "Josuslik dasturim seni kamera orqali yozib oldi.",
                 "Bir necha oydan beri qurilmangga va kamerangga kirish huquqim bor.",
                 "Menda sening intim videong va barcha kontaktlaring ro'yxati bor."],
        "ask": ["Summani bitcoin hamyonimga o'tkaz, men hammasini o'chiraman.",
                "48 soat ichida BTC da to'la, aks holda video barcha tanishlaringga yuboriladi.",
                "Kriptovalyutada to'la va yozuv yo'q qilinadi.",
                "Ikki kuning bor, aks holda videoni oilang va hamkasblaringga tarqataman."],
    },
    "blackmail": {
        "subj": ["Parolingiz buzildi", "Portlashdan oldin oxirgi imkoniyat", "Hayotingga buyurtma berilgan", "Ma'lumotlaring mening qo'limda"],
        "hook": ["Parolingni bilaman, telefoning va barcha akkauntlaringni buzdim.",
                 "Binongizga bomba qo'yilgan va u bugun portlaydi.",
                 "Men yollanma qotilman, seni o'ldirish uchun menga pul to'lashdi.",
                 "Mijozlaringizning butun ma'lumotlar bazasini yuklab oldim."],
        "ask": ["To'lovni bitcoin bilan yubor, hech kim jabr ko'rmaydi.",
                "Pulni kriptovalyutada o'tkaz va politsiyaga xabar berma.",
                "Buyurtmachidan ko'proq to'la, men buyurtmani bekor qilaman.",
                "To'lash uchun 72 soating bor, keyin fayllar e'lon qilinadi."],
    },
    "advance-fee": {
        "subj": ["Shoshilinch biznes taklifi", "Marhum qarindoshingiz merosi", "Siz uchun xayriya", "Kompensatsiya jamg'armasidan to'lov"],
        "hook": ["Men bank boshqaruvchisiman va familiyangizdagi vafot etgan mijozning egasiz hisobini topdim.",
                 "Men saratonga chalingan bevaman va marhum erimning boyligini siz orqali xayriyaga bermoqchiman.",
                 "Diplomat sifatida nomingizga rasmiylashtirilgan pul solingan yukni saqlayapman.",
                 "Xalqaro kompensatsiya jamg'armasi firibgarlik qurboni sifatida sizga to'lovni tasdiqladi."],
        "ask": ["Menga to'liq ismingiz, manzilingiz va pasportingiz nusxasini yuboring.",
                "Iltimos, buni qat'iy sir saqlang va menga darhol javob bering.",
                "Pulni chiqarish uchun faqat kichik rasmiylashtirish to'lovini to'lashingiz kerak.",
                "Merosni olish uchun shaxsiy ma'lumotlaringiz bilan advokatimga murojaat qiling."],
    },
    "lottery": {
        "subj": ["Tabriklaymiz, siz yutdingiz", "Yutuq haqida rasmiy xabar", "Sovrinigizni oling", "Nomingizga sovrin"],
        "hook": ["Elektron pochta manzilingiz xalqaro onlayn lotereyada yutdi.",
                 "Siz aksiyamizning omadli g'oliblaridan biri ekanligingizni ma'lum qilamiz.",
                 "Chiptangiz raqami jamg'armamizning yillik o'yinida chiqdi.",
                 "Siz yangi avtomobil va pul mukofotini yutib oldingiz."],
        "ask": ["To'lovni boshlash uchun yutuq raqamingiz bilan agentimizga murojaat qiling.",
                "Sovriningizni olish uchun yetkazib berish va sug'urta to'lovini to'lang.",
                "Ismingiz, yoshingiz va manzilingizni to'lov bo'limiga yuboring.",
                "Yutuqni olish uchun bank rekvizitlaringiz bilan javob bering."],
    },
    "loan": {
        "subj": ["Kredit tekshiruvsiz tasdiqlandi", "Tezkor qarz", "Hamma uchun kredit", "Kreditingiz tayyor"],
        "hook": ["Jismoniy shaxslar va kompaniyalarga yillik 2 foizdan kredit beramiz.",
                 "Men xususiy qarz beruvchiman va muhtoj bo'lgan har kimga pul beraman.",
                 "Garovsiz va kafilsiz tezkor kredit, kredit tarixi muhim emas.",
                 "Qarzlaringizni to'lash uchun kredit kerakmi?"],
        "ask": ["Avval sug'urta to'lovini to'lang, keyin kredit beriladi.",
                "Arizani to'ldiring va pasportingiz nusxasini yuboring.",
                "Kredit olish uchun bizga WhatsApp orqali yozing.",
                "Arizangizni faollashtirish uchun ro'yxatdan o'tish to'lovini to'lang."],
    },
    "crypto": {
        "subj": ["Bitcoiningizni ikki barobar oshiring", "Kafolatlangan kripto daromad", "Maxsus investitsiya imkoniyati", "Kripto bilan passiv daromad"],
        "hook": ["Savdo robotimiz har hafta xavfsiz 30 foiz foyda keltiradi.",
                 "Ishga tushirish sharafiga hamjamiyatimizga 5000 BTC tarqatamiz.",
                 "Mayning pulimizga investitsiya qiling va har kuni daromad oling.",
                 "Istalgan miqdorda ETH yuboring va ikki baravarini qaytarib oling."],
        "ask": ["Atigi 250 dollarlik birinchi depozitni kiriting va daromad olishni boshlang.",
                "Tangalarni quyidagi manzilga yuboring va darhol ikki baravarini oling.",
                "Platformada ro'yxatdan o'ting va bugun hisobingizni to'ldiring.",
                "Investitsiya uchun Telegramdagi shaxsiy menejeringizga yozing."],
    },
    "romance": {
        "subj": ["Salom azizim", "Seni sog'indim", "Sevgilim", "Yordamingga muhtojman, jonim"],
        "hook": ["Profilingni ko'rdim va men kutgan erkak sen ekanligingni his qilyapman.",
                 "Men chet elda xizmat qilayotgan yolg'iz askarman va haqiqiy sevgini qidiryapman.",
                 "Gaplasha boshlaganimizdan beri faqat sen haqingda o'ylayman, azizim.",
                 "Men neft platformasida muhandisman va jiddiy munosabat qidiryapman."],
        "ask": ["Viza va chipta uchun menga ozgina pul yubora olasanmi?",
                "Western Union orqali kichik pul o'tkazmasi bilan yordam ber.",
                "Sovg'a kartalarini sotib ol va kodlarini menga yubor, sevgilim.",
                "Pulni bugun o'tkaz, keyingi hafta yoningda bo'laman."],
    },
    "fake-shop": {
        "subj": ["Hamma narsaga 90% chegirma", "Niqob va testlar mavjud", "Brend krossovkalar sotuvi", "Mo'jizaviy dori sotuvda"],
        "hook": ["Original dizayner sumkalari 90 foiz chegirma bilan, faqat bugun.",
                 "Bizda N95 niqoblari va tezkor testlar mavjud, ulgurji yetkazib beramiz.",
                 "Koronavirusni uch kunda davolaydigan mo'jizaviy dori, retseptsiz.",
                 "Original iPhone 99 dollar, cheklangan miqdorda."],
        "ask": ["Hozir buyurtma bering va tovarni band qilish uchun pul o'tkazing.",
                "To'lov faqat bank o'tkazmasi yoki kripto orqali, karta qabul qilinmaydi.",
                "Sovg'a kartalari bilan to'lang va qo'shimcha chegirma oling.",
                "Buyurtma uchun menejerimizga WhatsApp orqali yozing."],
    },
    "job": {
        "subj": ["Uydan yuqori daromadli ish", "Moliyaviy agent kerak", "Kuniga 500 dollar ishlang", "Vakansiya: to'lov bo'yicha yordamchi"],
        "hook": ["Kompaniyamiz shaxsiy kartasiga to'lov qabul qiladigan moliyaviy agentlarni yollaydi.",
                 "Uydan kuniga 500 dollargacha ishlang, tajriba shart emas.",
                 "Kartangizga pul tushadi, 10 foiz komissiyani olib, qolganini o'tkazasiz.",
                 "Posilkalarni qabul qilib, chet elga jo'natadigan agentlar kerak."],
        "ask": ["Ishni boshlash uchun bank kartangiz ma'lumotlarini yuboring.",
                "Rezyume va pasport nusxasi bilan javob bering.",
                "Hisobingizni faollashtirish uchun o'qish to'lovini to'lang.",
                "Birinchi vazifa uchun Telegramda HR menejerimizga yozing."],
    },
    "parcel": {
        "subj": ["Posilkangiz ushlab qolindi", "Yetkazib berish amalga oshmadi", "Bojxona to'lovi talab qilinadi", "Jo'natmangiz haqida oxirgi xabar"],
        "hook": ["Posilkangiz to'lanmagan bojxona to'lovi sababli yetkazilmadi.",
                 "Posilkangizni yetkazishga harakat qildik, lekin manzil to'liq emas edi.",
                 "Jo'natmangiz kichik to'lov amalga oshirilguncha omborimizda saqlanmoqda.",
                 "To'lov yo'qligi sababli yetkazib berish to'xtatildi."],
        "ask": ["Posilkani olish uchun xavfsiz havola orqali 15000 so'm to'lang.",
                "Shu yerni bosing, manzilingizni tasdiqlang va bojxona to'lovini to'lang.",
                "Yangi yetkazib berish uchun karta ma'lumotlaringizni kiriting.",
                "Qaytarilmasligi uchun qarzni bugun to'lang."],
    },
    "tech-support": {
        "subj": ["Kompyuteringizga virus tushdi", "Microsoft xavfsizlik ogohlantirishi", "Litsenziya muddati tugadi", "Virus aniqlandi"],
        "hook": ["Kompyuteringizga xavfli virus tushdi, ma'lumotlaringiz xavf ostida.",
                 "Microsoft IP manzilingizdan noqonuniy faollik aniqladi.",
                 "Antivirus obunangiz yangilandi, hisobingizdan pul yechiladi.",
                 "Windows litsenziyangiz muddati tugadi va fayllaringiz bloklanadi."],
        "ask": ["Darhol bepul qo'llab-quvvatlash raqamimizga qo'ng'iroq qiling.",
                "Texnik mutaxassisimiz yordam berishi uchun masofaviy kirish dasturini o'rnating.",
                "Pulni qaytarish uchun yordam liniyasiga qo'ng'iroq qiling.",
                "Masofaviy kirishga ruxsat bering va operator ko'rsatmalariga amal qiling."],
    },
}

KK = {
    "sextortion": {
        "subj": ["Мен сені жазып алдым", "Бейнең туралы соңғы ескерту", "Жеке өмірің қауіпте", "Бұл хатты елемеме"],
        "hook": ["Ересектерге арналған сайтты көріп отырғанда веб-камераңды бұзып, сені жазып алдым.",
                 "Тыңшы бағдарламам сені камера арқылы жазып алды.",
                 "Бірнеше айдан бері құрылғыңа және камераңа қол жеткізе аламын.",
                 "Менде сенің интимдік бейнең және барлық контактілеріңнің тізімі бар."],
        "ask": ["Соманы биткоин әмияныма аудар, мен бәрін өшіремін.",
                "48 сағат ішінде BTC арқылы төле, әйтпесе бейне барлық таныстарыңа жіберіледі.",
                "Криптовалютамен төле, жазба жойылады.",
                "Екі күнің бар, әйтпесе бейнені отбасыңа және әріптестеріңе таратамын."],
    },
    "blackmail": {
        "subj": ["Құпия сөзің бұзылды", "Жарылысқа дейінгі соңғы мүмкіндік", "Өміріңе тапсырыс берілді", "Деректерің менің қолымда"],
        "hook": ["Құпия сөзіңді білемін, телефоныңды және барлық аккаунттарыңды бұздым.",
                 "Ғимаратыңызға бомба қойылды, ол бүгін жарылады.",
                 "Мен жалдамалы кісі өлтірушімін, сені өлтіру үшін маған ақша төледі.",
                 "Клиенттеріңіздің бүкіл дерекқорын жүктеп алдым."],
        "ask": ["Төлемді биткоинмен жібер, ешкім зардап шекпейді.",
                "Ақшаны криптовалютамен аудар және полицияға хабарлама.",
                "Тапсырыс берушіден көбірек төле, мен тапсырысты тоқтатамын.",
                "Төлеуге 72 сағатың бар, кейін файлдар жарияланады."],
    },
    "advance-fee": {
        "subj": ["Шұғыл іскерлік ұсыныс", "Қайтыс болған туысыңыздың мұрасы", "Сізге қайырымдылық", "Өтемақы қорынан төлем"],
        "hook": ["Мен банк басқарушысымын, тегіңіз бірдей қайтыс болған клиенттің иесіз шотын таптым.",
                 "Мен қатерлі ісікпен ауыратын жесірмін, марқұм күйеуімнің байлығын сіз арқылы қайырымдылыққа бергім келеді.",
                 "Дипломат ретінде сіздің атыңызға рәсімделген ақшасы бар жүкті сақтап отырмын.",
                 "Халықаралық өтемақы қоры алаяқтық құрбаны ретінде сізге төлемді мақұлдады."],
        "ask": ["Маған толық атыңызды, мекенжайыңызды және төлқұжатыңыздың көшірмесін жіберіңіз.",
                "Өтінемін, мұны қатаң құпия сақтап, маған дереу жауап беріңіз.",
                "Ақшаны шығару үшін тек шағын рәсімдеу төлемін төлеуіңіз керек.",
                "Мұраны алу үшін жеке деректеріңізбен адвокатыма хабарласыңыз."],
    },
    "lottery": {
        "subj": ["Құттықтаймыз, сіз ұттыңыз", "Ұтыс туралы ресми хабарлама", "Жүлдеңізді алыңыз", "Атыңызға жүлде"],
        "hook": ["Электрондық поштаңыз халықаралық онлайн лотереяда ұтты.",
                 "Сіз акциямыздың бақытты жеңімпаздарының бірі екеніңізді хабарлаймыз.",
                 "Билетіңіздің нөмірі қорымыздың жыл сайынғы ұтысында шықты.",
                 "Сіз жаңа көлік пен ақшалай жүлде ұтып алдыңыз."],
        "ask": ["Төлемді бастау үшін ұтыс нөміріңізбен агентімізге хабарласыңыз.",
                "Жүлдеңізді алу үшін жеткізу және сақтандыру төлемін төлеңіз.",
                "Атыңызды, жасыңызды және мекенжайыңызды төлем бөліміне жіберіңіз.",
                "Ұтысты алу үшін банк деректемелеріңізбен жауап беріңіз."],
    },
    "loan": {
        "subj": ["Несие тексерусіз мақұлданды", "Жедел несие", "Барлығына несие", "Несиеңіз дайын"],
        "hook": ["Жеке тұлғалар мен компанияларға жылдық 2 пайызбен несие береміз.",
                 "Мен жеке несие берушімін, мұқтаж кез келген адамға ақша беремін.",
                 "Кепілсіз және кепілдіксіз жедел несие, несие тарихы маңызды емес.",
                 "Қарыздарыңызды төлеу үшін несие керек пе?"],
        "ask": ["Алдымен сақтандыру жарнасын төлеңіз, содан кейін несие беріледі.",
                "Өтінімді толтырып, жеке куәлігіңіздің көшірмесін жіберіңіз.",
                "Несие алу үшін бізге WhatsApp арқылы жазыңыз.",
                "Өтініміңізді белсендіру үшін тіркеу алымын төлеңіз."],
    },
    "crypto": {
        "subj": ["Биткоиніңізді екі есе көбейтіңіз", "Кепілдендірілген крипто табыс", "Ерекше инвестициялық мүмкіндік", "Криптомен пассивті табыс"],
        "hook": ["Сауда роботымыз апта сайын тәуекелсіз 30 пайыз пайда әкеледі.",
                 "Іске қосу құрметіне қауымдастығымызға 5000 BTC таратамыз.",
                 "Майнинг пулымызға инвестиция салып, күн сайын табыс алыңыз.",
                 "Кез келген мөлшерде ETH жіберіп, екі есесін қайтарып алыңыз."],
        "ask": ["Небәрі 250 долларлық алғашқы депозитті салып, табыс табуды бастаңыз.",
                "Монеталарды төмендегі мекенжайға жіберіп, бірден екі есесін алыңыз.",
                "Платформада тіркеліп, бүгін шотыңызды толтырыңыз.",
                "Инвестиция үшін Telegram-дағы жеке менеджеріңізге жазыңыз."],
    },
    "romance": {
        "subj": ["Сәлем, қымбаттым", "Сені сағындым", "Сүйіктім", "Көмегің керек, жаным"],
        "hook": ["Профиліңді көрдім, мен күткен ер адам сен екеніңді сезіп тұрмын.",
                 "Мен шетелде қызмет ететін жалғыз сарбазбын, шынайы махаббат іздеп жүрмін.",
                 "Сөйлесе бастағаннан бері тек сен туралы ойлаймын, қымбаттым.",
                 "Мен мұнай платформасында инженермін, байыпты қарым-қатынас іздеймін."],
        "ask": ["Виза мен билетке аздап ақша жібере аласың ба?",
                "Western Union арқылы шағын аударыммен көмектесші.",
                "Сыйлық карталарын сатып алып, кодтарын маған жібер, сүйіктім.",
                "Ақшаны бүгін аудар, келесі аптада қасыңда боламын."],
    },
    "fake-shop": {
        "subj": ["Барлығына 90% жеңілдік", "Маскалар мен тесттер бар", "Брендтік кроссовкалар сатылымы", "Ғажайып дәрі сатылымда"],
        "hook": ["Түпнұсқа дизайнерлік сөмкелер 90 пайыз жеңілдікпен, тек бүгін.",
                 "Бізде N95 маскалары мен жедел тесттер бар, көтерме жеткіземіз.",
                 "Коронавирусты үш күнде емдейтін ғажайып дәрі, рецептсіз.",
                 "Түпнұсқа iPhone 99 доллар, шектеулі саны."],
        "ask": ["Қазір тапсырыс беріп, тауарды брондау үшін ақша аударыңыз.",
                "Төлем тек банк аударымы немесе крипто арқылы, карта қабылданбайды.",
                "Сыйлық карталарымен төлеп, қосымша жеңілдік алыңыз.",
                "Тапсырыс үшін менеджерімізге WhatsApp арқылы жазыңыз."],
    },
    "job": {
        "subj": ["Үйден жоғары табысты жұмыс", "Қаржы агенті қажет", "Күніне 500 доллар табыңыз", "Бос орын: төлем жөніндегі көмекші"],
        "hook": ["Компаниямыз жеке картасына төлем қабылдайтын қаржы агенттерін жалдайды.",
                 "Үйден күніне 500 долларға дейін табыңыз, тәжірибе қажет емес.",
                 "Картаңызға ақша түседі, 10 пайыз комиссияны алып, қалғанын аударасыз.",
                 "Сәлемдемелерді қабылдап, шетелге жіберетін агенттер керек."],
        "ask": ["Жұмысты бастау үшін банк картаңыздың деректерін жіберіңіз.",
                "Түйіндеме мен жеке куәлік көшірмесімен жауап беріңіз.",
                "Аккаунтыңызды белсендіру үшін оқу ақысын төлеңіз.",
                "Алғашқы тапсырма үшін Telegram-да HR менеджерімізге жазыңыз."],
    },
    "parcel": {
        "subj": ["Сәлемдемеңіз ұсталды", "Жеткізу сәтсіз аяқталды", "Кеден алымы қажет", "Жөнелтіміңіз туралы соңғы хабарлама"],
        "hook": ["Сәлемдемеңіз төленбеген кеден алымына байланысты жеткізілмеді.",
                 "Сәлемдемеңізді жеткізуге тырыстық, бірақ мекенжай толық емес.",
                 "Жөнелтіміңіз шағын төлем жасалғанша қоймамызда сақталуда.",
                 "Төлем болмағандықтан жеткізу тоқтатылды."],
        "ask": ["Сәлемдемені алу үшін қауіпсіз сілтеме арқылы 990 теңге төлеңіз.",
                "Осында басып, мекенжайыңызды растаңыз және кеден алымын төлеңіз.",
                "Жаңа жеткізу үшін карта деректеріңізді енгізіңіз.",
                "Қайтарылмас үшін қарызды бүгін төлеңіз."],
    },
    "tech-support": {
        "subj": ["Компьютеріңізге вирус түсті", "Microsoft қауіпсіздік ескертуі", "Лицензия мерзімі аяқталды", "Вирус анықталды"],
        "hook": ["Компьютеріңізге қауіпті вирус түсті, деректеріңіз қауіпте.",
                 "Microsoft IP мекенжайыңыздан заңсыз әрекет анықтады.",
                 "Антивирус жазылымыңыз жаңартылды, шотыңыздан ақша алынады.",
                 "Windows лицензияңыздың мерзімі аяқталды, файлдарыңыз бұғатталады."],
        "ask": ["Дереу тегін қолдау нөмірімізге қоңырау шалыңыз.",
                "Маманымыз көмектесуі үшін қашықтан қол жеткізу бағдарламасын орнатыңыз.",
                "Ақшаны қайтару үшін көмек желісіне қоңырау шалыңыз.",
                "Қашықтан қол жеткізуге рұқсат беріп, оператордың нұсқауларын орындаңыз."],
    },
}

KY = {
    "sextortion": {
        "subj": ["Мен сени жаздырып алдым", "Видеоң тууралуу акыркы эскертүү"],
        "hook": ["Чоңдор үчүн сайтты көрүп жатканда веб-камераңды бузуп, сени жаздырып алдым.",
                 "Менде сенин интимдик видеоң жана бардык байланыштарыңдын тизмеси бар."],
        "ask": ["Сумманы биткоин капчыгыма котор, мен баарын өчүрөм.",
                "48 саат ичинде BTC менен төлө, болбосо видео бардык тааныштарыңа жөнөтүлөт."],
    },
    "blackmail": {
        "subj": ["Сырсөзүң бузулду", "Жарылууга чейин акыркы мүмкүнчүлүк"],
        "hook": ["Сырсөзүңдү билем, телефонуңду жана бардык аккаунттарыңды буздум.",
                 "Имаратыңызга бомба коюлду, ал бүгүн жарылат."],
        "ask": ["Төлөмдү биткоин менен жибер, эч ким жабыр тартпайт.",
                "Акчаны криптовалюта менен котор жана милицияга кабарлаба."],
    },
    "advance-fee": {
        "subj": ["Шашылыш ишкердик сунуш", "Каза болгон тууганыңыздын мурасы"],
        "hook": ["Мен банктын башкаруучусумун, фамилияңыз бирдей каза болгон кардардын ээсиз эсебин таптым.",
                 "Мен рак оорусу менен ооруган жесирмин, маркум күйөөмдүн байлыгын сиз аркылуу кайрымдуулукка бергим келет."],
        "ask": ["Мага толук атыңызды, дарегиңизди жана паспортуңуздун көчүрмөсүн жибериңиз.",
                "Акчаны чыгаруу үчүн бир аз тариздөө төлөмүн гана төлөшүңүз керек."],
    },
    "lottery": {
        "subj": ["Куттуктайбыз, сиз уттуңуз", "Утуш тууралуу расмий кабар"],
        "hook": ["Электрондук почтаңыз эл аралык онлайн лотереяда утуп алды.",
                 "Сиз акциябыздын бактылуу жеңүүчүлөрүнүн бири экениңизди кабарлайбыз."],
        "ask": ["Төлөмдү баштоо үчүн утуш номериңиз менен агентибизге кайрылыңыз.",
                "Сыйлыгыңызды алуу үчүн жеткирүү жана камсыздандыруу төлөмүн төлөңүз."],
    },
    "loan": {
        "subj": ["Кредит текшерүүсүз жактырылды", "Тез насыя"],
        "hook": ["Жеке адамдарга жана компанияларга жылдык 2 пайыз менен кредит беребиз.",
                 "Күрөөсүз жана кепилсиз тез кредит, кредиттик тарых маанилүү эмес."],
        "ask": ["Адегенде камсыздандыруу төлөмүн төлөңүз, андан кийин кредит берилет.",
                "Кредит алуу үчүн бизге WhatsApp аркылуу жазыңыз."],
    },
    "crypto": {
        "subj": ["Биткоиниңизди эки эсе көбөйтүңүз", "Кепилденген крипто киреше"],
        "hook": ["Соода роботубуз ар жумада тобокелсиз 30 пайыз пайда алып келет.",
                 "Каалаган өлчөмдө ETH жөнөтүп, эки эсесин кайра алыңыз."],
        "ask": ["Болгону 250 доллар биринчи депозитти салып, киреше табууну баштаңыз.",
                "Тыйындарды төмөнкү дарекке жөнөтүп, дароо эки эсесин алыңыз."],
    },
    "romance": {
        "subj": ["Салам, кымбаттуум", "Сүйүктүүм"],
        "hook": ["Профилиңди көрдүм, мен күткөн эркек сен экениңди сезип турам.",
                 "Мен чет өлкөдө кызмат кылган жалгыз аскермин, чыныгы сүйүү издеп жүрөм."],
        "ask": ["Виза жана билетке бир аз акча жибере аласыңбы?",
                "Акчаны бүгүн котор, кийинки жумада жаныңда болом."],
    },
    "fake-shop": {
        "subj": ["Баарына 90% арзандатуу", "Маскалар жана тесттер бар"],
        "hook": ["Түпнуска дизайнердик сумкалар 90 пайыз арзандатуу менен, бүгүн гана.",
                 "Коронавирусту үч күндө айыктырган керемет дары, рецептсиз."],
        "ask": ["Азыр буйрутма берип, товарды брондоо үчүн акча которуңуз.",
                "Төлөм банктык которуу же крипто аркылуу гана, карта кабыл алынбайт."],
    },
    "job": {
        "subj": ["Үйдөн жогорку кирешелүү жумуш", "Финансылык агент керек"],
        "hook": ["Компаниябыз жеке картасына төлөм кабыл алган финансылык агенттерди жалдайт.",
                 "Картаңызга акча түшөт, 10 пайыз комиссияны алып, калганын которосуз."],
        "ask": ["Жумушту баштоо үчүн банк картаңыздын маалыматын жибериңиз.",
                "Аккаунтуңузду активдештирүү үчүн окуу акысын төлөңүз."],
    },
    "parcel": {
        "subj": ["Посылкаңыз кармалды", "Бажы төлөмү талап кылынат"],
        "hook": ["Посылкаңыз төлөнбөгөн бажы төлөмүнөн улам жеткирилген жок.",
                 "Жөнөтмөңүз бир аз төлөм жасалганга чейин кампабызда сакталууда."],
        "ask": ["Посылканы алуу үчүн коопсуз шилтеме аркылуу 150 сом төлөңүз.",
                "Жаңы жеткирүү үчүн картаңыздын маалыматын киргизиңиз."],
    },
    "tech-support": {
        "subj": ["Компьютериңизге вирус кирди", "Microsoft коопсуздук эскертүүсү"],
        "hook": ["Компьютериңизге коркунучтуу вирус кирди, маалыматтарыңыз коркунучта.",
                 "Microsoft IP дарегиңизден мыйзамсыз аракет аныктады."],
        "ask": ["Дароо акысыз колдоо номерибизге чалыңыз.",
                "Алыстан кирүү программасын орнотуп, оператордун көрсөтмөлөрүн аткарыңыз."],
    },
}

TG = {
    "sextortion": {
        "subj": ["Ман туро сабт кардам", "Огоҳии охирин дар бораи видеои ту"],
        "hook": ["Вақте ки ту сайти калонсолонро тамошо мекардӣ, ман веб-камераи туро шикаста, туро сабт кардам.",
                 "Дар назди ман видеои маҳрамонаи ту ва рӯйхати ҳамаи тамосҳоят ҳаст."],
        "ask": ["Маблағро ба ҳамёни биткоини ман гузарон, ман ҳамаашро нест мекунам.",
                "Дар давоми 48 соат бо BTC пардохт кун, вагарна видео ба ҳамаи шиносҳоят фиристода мешавад."],
    },
    "blackmail": {
        "subj": ["Пароли ту шикаста шуд", "Имконияти охирин пеш аз таркиш"],
        "hook": ["Ман пароли туро медонам, телефон ва ҳамаи ҳисобҳоятро шикастам.",
                 "Дар бинои шумо бомба гузошта шудааст ва он имрӯз метаркад."],
        "ask": ["Пардохтро бо биткоин фирист, ҳеҷ кас осеб намебинад.",
                "Пулро бо криптовалюта гузарон ва ба милиса хабар надеҳ."],
    },
    "advance-fee": {
        "subj": ["Пешниҳоди фаврии тиҷоратӣ", "Мероси хеши марҳуми шумо"],
        "hook": ["Ман мудири бонк ҳастам ва ҳисоби бесоҳиби муштарии фавтидаро бо насаби шумо ёфтам.",
                 "Ман бевазани гирифтори саратон ҳастам ва мехоҳам сарвати шавҳари марҳумамро тавассути шумо хайрия кунам."],
        "ask": ["Ба ман номи пурра, суроға ва нусхаи шиносномаатонро фиристед.",
                "Барои гирифтани пул танҳо як ҳаққи хурди расмикуниро пардохт кунед."],
    },
    "lottery": {
        "subj": ["Табрик, шумо бурдед", "Огоҳиномаи расмии бурд"],
        "hook": ["Суроғаи почтаи электронии шумо дар лотереяи байналмилалии онлайн бурд.",
                 "Ба шумо хабар медиҳем, ки шумо яке аз ғолибони хушбахти аксияи мо ҳастед."],
        "ask": ["Барои оғози пардохт бо рақами бурди худ ба агенти мо муроҷиат кунед.",
                "Барои гирифтани ҷоиза ҳаққи интиқол ва суғуртаро пардохт кунед."],
    },
    "loan": {
        "subj": ["Қарз бе санҷиш тасдиқ шуд", "Қарзи фаврӣ"],
        "hook": ["Мо ба шахсони воқеӣ ва ширкатҳо бо 2 фоиз қарз медиҳем.",
                 "Қарзи фаврӣ бе гарав ва бе кафил, таърихи қарз муҳим нест."],
        "ask": ["Аввал ҳаққи суғуртаро пардохт кунед, баъд қарз дода мешавад.",
                "Барои гирифтани қарз ба мо тавассути WhatsApp нависед."],
    },
    "crypto": {
        "subj": ["Биткоини худро ду баробар кунед", "Даромади кафолатноки крипто"],
        "hook": ["Роботи савдои мо ҳар ҳафта бе хатар 30 фоиз фоида меорад.",
                 "Ҳар миқдор ETH фиристед ва ду баробарашро баргардонед."],
        "ask": ["Пасандози аввалини ҳамагӣ 250 долларро гузоред ва ба даромад шурӯъ кунед.",
                "Тангаҳоро ба суроғаи зер фиристед ва фавран ду баробар гиред."],
    },
    "romance": {
        "subj": ["Салом, азизам", "Маҳбубам"],
        "hook": ["Профили туро дидам ва ҳис мекунам, ки ту ҳамон марде ҳастӣ, ки ман интизор будам.",
                 "Ман сарбози танҳо дар хизмати хориҷӣ ҳастам ва муҳаббати ҳақиқӣ меҷӯям."],
        "ask": ["Метавонӣ барои раводид ва чипта ба ман каме пул фиристӣ?",
                "Пулро имрӯз гузарон, ҳафтаи оянда дар назди ту мешавам."],
    },
    "fake-shop": {
        "subj": ["90% тахфиф ба ҳама чиз", "Ниқобҳо ва тестҳо мавҷуданд"],
        "hook": ["Сумкаҳои аслии дизайнерӣ бо 90 фоиз тахфиф, танҳо имрӯз.",
                 "Доруи мӯъҷизавие, ки коронавирусро дар се рӯз табобат мекунад, бе дорухат."],
        "ask": ["Ҳозир фармоиш диҳед ва барои банд кардани мол пул гузаронед.",
                "Пардохт танҳо тавассути интиқоли бонкӣ ё крипто, корт қабул намешавад."],
    },
    "job": {
        "subj": ["Кори хонагӣ бо даромади баланд", "Агенти молиявӣ лозим аст"],
        "hook": ["Ширкати мо агентҳои молиявиро барои қабули пардохт ба корти шахсӣ киро мекунад.",
                 "Ба корти шумо пул меояд, 10 фоиз комиссияро гирифта, боқимондаро мегузаронед."],
        "ask": ["Барои оғози кор маълумоти корти бонкии худро фиристед.",
                "Барои фаъол кардани ҳисоб ҳаққи омӯзишро пардохт кунед."],
    },
    "parcel": {
        "subj": ["Бастаи шумо боздошта шуд", "Ҳаққи гумрук лозим аст"],
        "hook": ["Бастаи шумо аз сабаби ҳаққи гумруки пардохтнашуда расонида нашуд.",
                 "Фиристодаи шумо то пардохти маблағи хурд дар анбори мо нигоҳ дошта мешавад."],
        "ask": ["Барои гирифтани баста тавассути пайванди бехатар 20 сомонӣ пардохт кунед.",
                "Барои расонидани нав маълумоти корти худро ворид кунед."],
    },
    "tech-support": {
        "subj": ["Ба компютери шумо вирус ворид шуд", "Огоҳии амниятии Microsoft"],
        "hook": ["Ба компютери шумо вируси хатарнок ворид шуд, маълумоти шумо дар хатар аст.",
                 "Microsoft аз суроғаи IP-и шумо фаъолияти ғайриқонунӣ ошкор кард."],
        "ask": ["Фавран ба рақами ройгони дастгирии мо занг занед.",
                "Барномаи дастрасии фосилавиро насб кунед ва дастурҳои операторро иҷро кунед."],
    },
}

TK = {
    "sextortion": {
        "subj": ["Men seni ýazgа aldym", "Wideoň barada soňky duýduryş"],
        "hook": ["Ulular üçin saýta seredip otyrkaň web-kameraňy döwüp, seni ýazga aldym.",
                 "Mende seniň ýakyn wideoň we ähli kontaktlaryňyň sanawy bar."],
        "ask": ["Puly bitcoin gapjygyma geçir, men hemmesini pozaryn.",
                "48 sagadyň içinde BTC bilen töle, ýogsa wideo ähli tanyşlaryňa iberiler."],
    },
    "blackmail": {
        "subj": ["Parolyň döwüldi", "Partlamadan öň soňky mümkinçilik"],
        "hook": ["Parolyňy bilýärin, telefonyňy we ähli hasaplaryňy döwdüm.",
                 "Binaňyza bomba goýuldy we ol şu gün partlar."],
        "ask": ["Tölegi bitcoin bilen iber, hiç kim zyýan çekmez.",
                "Puly kriptowalýuta bilen geçir we polisiýa habar berme."],
    },
    "advance-fee": {
        "subj": ["Gyssagly işewür teklip", "Aradan çykan garyndaşyňyzyň mirasy"],
        "hook": ["Men bankyň dolandyryjysy, familiýaňyz bilen aradan çykan müşderiniň eýesiz hasabyny tapdym.",
                 "Men rak keselli dul aýal, merhum adamymyň baýlygyny siziň üsti bilen haýyr-sahawata bermek isleýärin."],
        "ask": ["Maňa doly adyňyzy, salgyňyzy we pasportyňyzyň nusgasyny iberiň.",
                "Puly çykarmak üçin diňe kiçi resmileşdiriş tölegini tölemeli."],
    },
    "lottery": {
        "subj": ["Gutlaýarys, siz utduňyz", "Utuş barada resmi habarnama"],
        "hook": ["Elektron poçtaňyz halkara onlaýn lotereýada utdy.",
                 "Siz aksiýamyzyň bagtly ýeňijileriniň biri bolandygyňyzy habar berýäris."],
        "ask": ["Tölegi başlamak üçin utuş belgiňiz bilen agentimize ýüz tutuň.",
                "Baýragyňyzy almak üçin eltip bermek we ätiýaçlandyryş tölegini töläň."],
    },
    "loan": {
        "subj": ["Karz barlagsyz tassyklandy", "Çalt karz"],
        "hook": ["Şahsy adamlara we kompaniýalara 2 göterim bilen karz berýäris.",
                 "Girewsiz we kepilsiz çalt karz, karz taryhy möhüm däl."],
        "ask": ["Ilki ätiýaçlandyryş tölegini töläň, soň karz berler.",
                "Karz almak üçin bize WhatsApp arkaly ýazyň."],
    },
    "crypto": {
        "subj": ["Bitcoiniňizi iki esse köpeldiň", "Kepillendirilen kripto girdeji"],
        "hook": ["Söwda robotymyz her hepde töwekgelçiliksiz 30 göterim peýda getirýär.",
                 "Islendik mukdarda ETH iberiň we iki essesini yzyna alyň."],
        "ask": ["Bary-ýogy 250 dollarlyk ilkinji goýumy goýuň we girdeji alyp başlaň.",
                "Teňňeleri aşakdaky salga iberiň we derrew iki essesini alyň."],
    },
    "romance": {
        "subj": ["Salam, ezizim", "Söýgülim"],
        "hook": ["Profilyňy gördüm we men garaşan erkegiň sen bolandygyňy duýýaryn.",
                 "Men daşary ýurtda gulluk edýän ýalňyz esger, hakyky söýgi gözleýärin."],
        "ask": ["Wiza we bilet üçin maňa azajyk pul iberip bilersiňmi?",
                "Puly şu gün geçir, indiki hepde ýanyňda bolaryn."],
    },
    "fake-shop": {
        "subj": ["Hemme zada 90% arzanladyş", "Maskalar we testler bar"],
        "hook": ["Asyl dizaýner sumkalary 90 göterim arzanladyş bilen, diňe şu gün.",
                 "Koronawirusy üç günde bejerýän gudratly derman, reseptsiz."],
        "ask": ["Häzir sargyt ediň we harydy bronlamak üçin pul geçiriň.",
                "Töleg diňe bank geçirmesi ýa-da kripto arkaly, kart kabul edilmeýär."],
    },
    "job": {
        "subj": ["Öýden ýokary girdejili iş", "Maliýe agenti gerek"],
        "hook": ["Kompaniýamyz şahsy kartyna töleg kabul edýän maliýe agentlerini işe alýar.",
                 "Kartyňyza pul geler, 10 göterim komissiýany alyp, galanyny geçirersiňiz."],
        "ask": ["Işe başlamak üçin bank kartyňyzyň maglumatlaryny iberiň.",
                "Hasabyňyzy işjeňleşdirmek üçin okuw tölegini töläň."],
    },
    "parcel": {
        "subj": ["Posylkaňyz saklandy", "Gümrük tölegi talap edilýär"],
        "hook": ["Posylkaňyz tölenmedik gümrük tölegi sebäpli eltilmedi.",
                 "Iberişiňiz kiçi töleg edilýänçä ammarymyzda saklanýar."],
        "ask": ["Posylkany almak üçin howpsuz baglanyşyk arkaly 15 manat töläň.",
                "Täze eltip bermek üçin kart maglumatlaryňyzy giriziň."],
    },
    "tech-support": {
        "subj": ["Kompýuteriňize wirus girdi", "Microsoft howpsuzlyk duýduryşy"],
        "hook": ["Kompýuteriňize howply wirus girdi, maglumatlaryňyz howp astynda.",
                 "Microsoft IP salgyňyzdan bikanun hereket ýüze çykardy."],
        "ask": ["Derrew mugt goldaw belgimize jaň ediň.",
                "Uzakdan girmek programmasyny guruň we operatoryň görkezmelerini ýerine ýetiriň."],
    },
}

# Digraphs first; o' and g' before yo/yu/ya/ye so "yo'q" becomes "йўқ".
_UZ_CYR = [("yo'", "йў"), ("sh", "ш"), ("Sh", "Ш"), ("ch", "ч"), ("Ch", "Ч"), ("o'", "ў"), ("O'", "Ў"), ("g'", "ғ"),
           ("G'", "Ғ"), ("yo", "ё"), ("Yo", "Ё"), ("yu", "ю"), ("Yu", "Ю"), ("ya", "я"), ("Ya", "Я"),
           ("ye", "е"), ("Ye", "Е")]
_UZ_MAP = dict(zip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'",
                   "абсдефгҳижклмнопқрстуввхйзАБСДЕФГҲИЖКЛМНОПҚРСТУВВХЙЗъ"))


_KEEP = {"bitcoin": "биткоин", "Bitcoin": "Биткоин", "Microsoft": "Microsoft", "Windows": "Windows",
         "WhatsApp": "WhatsApp", "Telegram": "Telegram", "Western Union": "Western Union", "iPhone": "iPhone"}


def uzCyrillic(text):
    """Uzbek Latin -> Cyrillic (the usual letter mapping; word-initial e -> э;
    brand names stay Latin, as Uzbek Cyrillic text writes them)."""
    for lat, cyr in _KEEP.items():
        text = text.replace(lat, "\0" + str(list(_KEEP).index(lat)) + "\0")
    out = []
    i = 0
    while i < len(text):
        for lat, cyr in _UZ_CYR:
            if text.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            c = text[i]
            if c in "eE" and (i == 0 or not text[i - 1].isalpha()):
                out.append("э" if c == "e" else "Э")
            else:
                out.append(_UZ_MAP.get(c, c))
            i += 1
    text = "".join(out)
    for n, cyr in enumerate(_KEEP.values()):
        text = text.replace("\0" + str(n) + "\0", cyr)
    return text


UZC = {fam: {slot: [uzCyrillic(s) for s in vs] for slot, vs in slots.items()} for fam, slots in UZ.items()}
