"""Second batch of legitimate look-alikes (round 3), beside scam_extra.py: real
shops with big discounts, licensed lottery and loyalty-draw results, and
genuine carrier notices (including ones that mention customs or a fee), in
English, Russian, Uzbek (Latin; Cyrillic is transliterated), Kazakh,
Turkish, Kyrgyz, Tajik and Turkmen. Written for this project. Slots: subj, open, body, close; even
variants development, odd held-out.
"""

EN = {
    "shop": {
        "subj": ["Season sale: up to 70% off outerwear", "Your order has shipped"],
        "open": [
            "Our end-of-season sale has started: up to 70 percent off coats, boots and bags while sizes last.",
            "Thank you for your order. Your sneakers have left our warehouse and are on their way.",
            "Members get early access to the clearance sale this weekend, in store and online.",
            "The outlet prices below are valid until Sunday midnight or while stock lasts.",
        ],
        "body": [
            "Pay by card, PayPal or in instalments at checkout; all payments are protected.",
            "You can return any item within 30 days for a full refund, free of charge.",
            "Your tracking number is in your account; the carrier will text you a delivery window.",
            "Questions about an order? Our customer service team answers by chat on the website.",
        ],
        "close": ["Happy shopping,\nThe store team", "You receive this mail because you subscribed. Unsubscribe anytime."],
    },
    "lottery-news": {
        "subj": ["Results of the Saturday draw", "Loyalty programme: winners of the spring draw"],
        "open": [
            "The jackpot of Saturday's draw was not won and rolls over to next week.",
            "Congratulations to the winners of our customer loyalty draw, announced on the website today.",
            "One ticket sold in the north region matched five numbers and wins the second prize.",
            "The prize draw for newsletter subscribers took place in the presence of a notary.",
        ],
        "body": [
            "Winners are contacted only through the account they entered with; prizes are never paid against a fee.",
            "Prizes up to 600 can be collected at any retailer; larger prizes are paid by the operator after ID checks.",
            "Check your ticket in the app or at the till; tickets are valid for 180 days after the draw.",
            "Participation was open to customers over 18 who opted in; full terms are on our website.",
        ],
        "close": ["Play responsibly. 18+ only.", "Good luck next time,\nThe draw team"],
    },
    "parcel-notice": {
        "subj": ["Your parcel is out for delivery", "We missed you today"],
        "open": [
            "Your parcel will be delivered today between 10:00 and 14:00.",
            "Our driver could not deliver your parcel today and left a card at your door.",
            "Your shipment from abroad has cleared customs and is on its way to you.",
            "Your package is ready for pickup at the service point you chose.",
        ],
        "body": [
            "You can change the delivery day or choose a neighbour in our app; there is no charge for redelivery.",
            "Import VAT was already paid by the seller at checkout, so nothing is due on delivery.",
            "Please bring photo ID and the pickup code when you collect it; it is held for seven days.",
            "You can follow the parcel with the tracking number on our website.",
        ],
        "close": ["Your delivery team", "This is an automated message; please do not reply."],
    },
}

RU = {
    "shop": {
        "subj": ["Сезонная распродажа: скидки до 70%", "Ваш заказ передан в доставку"],
        "open": [
            "Началась сезонная распродажа: скидки до 70 процентов на куртки, обувь и сумки, пока есть размеры.",
            "Спасибо за заказ! Ваши кроссовки покинули склад и уже в пути.",
            "Участники программы лояльности получают ранний доступ к распродаже в эти выходные.",
            "Цены аутлета действуют до полуночи воскресенья или пока товар есть в наличии.",
        ],
        "body": [
            "Оплатить можно картой на сайте, через СБП или при получении; все платежи защищены.",
            "Любой товар можно вернуть в течение 30 дней с полным возвратом денег.",
            "Трек-номер есть в личном кабинете; курьер пришлёт SMS с интервалом доставки.",
            "Вопросы по заказу задавайте в чате на сайте, служба поддержки отвечает круглосуточно.",
        ],
        "close": ["Приятных покупок,\nКоманда магазина", "Вы получили письмо, так как подписались на рассылку. Отписаться можно в любой момент."],
    },
    "lottery-news": {
        "subj": ["Результаты субботнего тиража", "Итоги весеннего розыгрыша программы лояльности"],
        "open": [
            "Джекпот субботнего тиража не разыгран и переходит на следующую неделю.",
            "Поздравляем победителей розыгрыша среди участников программы лояльности, список опубликован на сайте.",
            "Билет, проданный в Новосибирске, угадал пять чисел и выиграл второй приз.",
            "Розыгрыш призов среди подписчиков прошёл в присутствии нотариуса.",
        ],
        "body": [
            "С победителями мы связываемся только через личный кабинет; за получение приза никогда не берётся плата.",
            "Выигрыши до 50 000 рублей выплачиваются в пунктах продажи, крупные — оператором после проверки документов.",
            "Проверить билет можно в приложении или на кассе; билет действителен 180 дней после тиража.",
            "В акции участвовали клиенты старше 18 лет, давшие согласие; правила опубликованы на сайте.",
        ],
        "close": ["Играйте ответственно. 18+", "Удачи в следующем тираже,\nОрганизатор"],
    },
    "parcel-notice": {
        "subj": ["Ваша посылка передана курьеру", "Мы не застали вас дома"],
        "open": [
            "Ваша посылка будет доставлена сегодня с 10:00 до 14:00.",
            "Курьер не смог передать посылку сегодня и оставил извещение в почтовом ящике.",
            "Ваше международное отправление прошло таможенное оформление и направляется к вам.",
            "Ваш заказ ожидает вас в выбранном пункте выдачи.",
        ],
        "body": [
            "Изменить день доставки можно в приложении; повторная доставка бесплатна.",
            "Таможенная пошлина уже оплачена продавцом при оформлении заказа, при получении ничего платить не нужно.",
            "Возьмите паспорт и код получения; отправление хранится семь дней.",
            "Отслеживать посылку можно по трек-номеру на нашем сайте.",
        ],
        "close": ["Служба доставки", "Это автоматическое сообщение, отвечать на него не нужно."],
    },
}

UZ = {
    "shop": {
        "subj": ["Mavsumiy chegirmalar: 70% gacha", "Buyurtmangiz yo'lga chiqdi"],
        "open": [
            "Mavsumiy chegirmalar boshlandi: kurtka, poyabzal va sumkalarga 70 foizgacha chegirma, o'lchamlar tugaguncha.",
            "Buyurtmangiz uchun rahmat! Krossovkalaringiz ombordan jo'natildi va yo'lda.",
            "Sodiqlik dasturi a'zolari shu dam olish kunlari chegirmalarga birinchi bo'lib kira oladi.",
            "Autlet narxlari yakshanba yarim tungacha yoki tovar tugaguncha amal qiladi.",
        ],
        "body": [
            "Saytda karta orqali, Click yoki Payme bilan yoki yetkazib berilganda to'lashingiz mumkin.",
            "Har qanday tovarni 30 kun ichida qaytarib, pulingizni to'liq olishingiz mumkin.",
            "Trek raqami shaxsiy kabinetingizda; kuryer yetkazish vaqtini SMS orqali yuboradi.",
            "Buyurtma bo'yicha savollarni saytdagi chatda bering, qo'llab-quvvatlash xizmati kun bo'yi javob beradi.",
        ],
        "close": ["Yoqimli xaridlar,\nDo'kon jamoasi", "Siz obuna bo'lganingiz uchun bu xatni oldingiz. Istalgan vaqtda obunani bekor qilishingiz mumkin."],
    },
    "lottery-news": {
        "subj": ["Shanba kungi o'yin natijalari", "Bahorgi aksiya g'oliblari"],
        "open": [
            "Shanba kungi o'yinning jekpoti hech kimga tushmadi va keyingi haftaga o'tadi.",
            "Sodiqlik dasturi ishtirokchilari o'rtasidagi o'yin g'oliblarini tabriklaymiz, ro'yxat saytda e'lon qilindi.",
            "Samarqandda sotilgan chipta beshta raqamni topdi va ikkinchi sovrinni yutdi.",
            "Obunachilar o'rtasidagi sovrinli o'yin notarius ishtirokida o'tkazildi.",
        ],
        "body": [
            "G'oliblar bilan faqat shaxsiy kabinet orqali bog'lanamiz; sovrin uchun hech qachon pul olinmaydi.",
            "Kichik yutuqlar sotuv nuqtalarida, yiriklari esa hujjatlar tekshirilgandan keyin operator tomonidan to'lanadi.",
            "Chiptangizni ilovada yoki kassada tekshiring; chipta o'yindan keyin 180 kun amal qiladi.",
            "Aksiyada rozilik bergan 18 yoshdan katta mijozlar qatnashdi; qoidalar saytda.",
        ],
        "close": ["Mas'uliyat bilan o'ynang. 18+", "Keyingi o'yinda omad,\nTashkilotchi"],
    },
    "parcel-notice": {
        "subj": ["Posilkangiz kuryerga topshirildi", "Sizni uyda topa olmadik"],
        "open": [
            "Posilkangiz bugun soat 10:00 dan 14:00 gacha yetkazib beriladi.",
            "Kuryer bugun posilkani topshira olmadi va pochta qutisiga xabarnoma qoldirdi.",
            "Xalqaro jo'natmangiz bojxona rasmiylashtiruvidan o'tdi va sizga yo'lda.",
            "Buyurtmangiz siz tanlagan topshirish punktida kutmoqda.",
        ],
        "body": [
            "Yetkazish kunini ilovada o'zgartirishingiz mumkin; qayta yetkazish bepul.",
            "Bojxona to'lovi buyurtma berilganda sotuvchi tomonidan to'langan, olishda hech narsa to'lash shart emas.",
            "Pasport va olish kodini oling; jo'natma yetti kun saqlanadi.",
            "Posilkani saytimizda trek raqami orqali kuzatishingiz mumkin.",
        ],
        "close": ["Yetkazib berish xizmati", "Bu avtomatik xabar, unga javob berish shart emas."],
    },
}

KK = {
    "shop": {
        "subj": ["Маусымдық жеңілдіктер: 70% дейін", "Тапсырысыңыз жолға шықты"],
        "open": [
            "Маусымдық сатылым басталды: күртке, аяқ киім мен сөмкелерге 70 пайызға дейін жеңілдік, өлшемдер таусылғанша.",
            "Тапсырысыңыз үшін рахмет! Кроссовкаларыңыз қоймадан жөнелтілді және жолда.",
            "Адалдық бағдарламасының мүшелері осы демалыста сатылымға бірінші кіре алады.",
            "Аутлет бағалары жексенбі түн ортасына дейін немесе тауар таусылғанша жарамды.",
        ],
        "body": [
            "Сайтта картамен, Kaspi арқылы немесе тауарды алғанда төлей аласыз.",
            "Кез келген тауарды 30 күн ішінде қайтарып, ақшаңызды толық ала аласыз.",
            "Трек-нөмір жеке кабинетіңізде; курьер жеткізу уақытын SMS арқылы жібереді.",
            "Тапсырыс бойынша сұрақтарды сайттағы чатқа жазыңыз, қолдау қызметі тәулік бойы жауап береді.",
        ],
        "close": ["Сәтті сатып алулар,\nДүкен командасы", "Сіз жазылғандықтан бұл хатты алдыңыз. Кез келген уақытта жазылымнан бас тарта аласыз."],
    },
    "lottery-news": {
        "subj": ["Сенбідегі тираж нәтижелері", "Көктемгі ұтыс ойынының жеңімпаздары"],
        "open": [
            "Сенбідегі тираждың джекпоты ешкімге бұйырмады және келесі аптаға ауысады.",
            "Адалдық бағдарламасы қатысушылары арасындағы ұтыс ойынының жеңімпаздарын құттықтаймыз, тізім сайтта жарияланды.",
            "Қарағандыда сатылған билет бес санды тауып, екінші жүлдені ұтты.",
            "Жазылушылар арасындағы жүлделі ойын нотариустың қатысуымен өтті.",
        ],
        "body": [
            "Жеңімпаздармен тек жеке кабинет арқылы байланысамыз; жүлде үшін ешқашан ақы алынбайды.",
            "Шағын ұтыстар сату нүктелерінде, ірілері құжаттар тексерілгеннен кейін оператор арқылы төленеді.",
            "Билетіңізді қосымшада немесе кассада тексеріңіз; билет тираждан кейін 180 күн жарамды.",
            "Акцияға келісім берген 18 жастан асқан клиенттер қатысты; ережелер сайтта.",
        ],
        "close": ["Жауапкершілікпен ойнаңыз. 18+", "Келесі тиражда сәттілік,\nҰйымдастырушы"],
    },
    "parcel-notice": {
        "subj": ["Сәлемдемеңіз курьерге берілді", "Сізді үйден таба алмадық"],
        "open": [
            "Сәлемдемеңіз бүгін сағат 10:00-ден 14:00-ге дейін жеткізіледі.",
            "Курьер бүгін сәлемдемені тапсыра алмады және пошта жәшігіне хабарлама қалдырды.",
            "Халықаралық жөнелтіміңіз кедендік ресімдеуден өтті және сізге жолда.",
            "Тапсырысыңыз сіз таңдаған беру пунктінде күтіп тұр.",
        ],
        "body": [
            "Жеткізу күнін қосымшада өзгерте аласыз; қайта жеткізу тегін.",
            "Кедендік баж тапсырыс кезінде сатушы арқылы төленген, алғанда ештеңе төлеудің қажеті жоқ.",
            "Жеке куәлік пен алу кодын алыңыз; жөнелтім жеті күн сақталады.",
            "Сәлемдемені сайтымызда трек-нөмір арқылы бақылай аласыз.",
        ],
        "close": ["Жеткізу қызметі", "Бұл автоматты хабарлама, оған жауап берудің қажеті жоқ."],
    },
}

TR = {
    "shop": {
        "subj": ["Sezon sonu indirimi: %70'e varan fırsatlar", "Siparişiniz kargoya verildi"],
        "open": [
            "Sezon sonu indirimi başladı: mont, bot ve çantalarda bedenler tükenene kadar yüzde 70'e varan indirim.",
            "Siparişiniz için teşekkürler! Spor ayakkabılarınız depomuzdan çıktı ve yolda.",
            "Sadakat programı üyeleri bu hafta sonu indirime erken erişim kazanıyor.",
            "Outlet fiyatları pazar gece yarısına kadar veya stoklarla sınırlı olarak geçerlidir.",
        ],
        "body": [
            "Ödemeyi kredi kartı, taksit veya kapıda ödeme ile yapabilirsiniz; tüm ödemeler güvence altındadır.",
            "Her ürünü 30 gün içinde ücretsiz iade edip paranızın tamamını geri alabilirsiniz.",
            "Kargo takip numaranız hesabınızda; kurye teslimat saatini SMS ile bildirecek.",
            "Siparişinizle ilgili sorular için sitemizdeki canlı destek her gün hizmetinizde.",
        ],
        "close": ["İyi alışverişler,\nMağaza ekibi", "Bu e-postayı abone olduğunuz için aldınız. Dilediğiniz zaman abonelikten çıkabilirsiniz."],
    },
    "lottery-news": {
        "subj": ["Cumartesi çekilişinin sonuçları", "Bahar kampanyası talihlileri açıklandı"],
        "open": [
            "Cumartesi çekilişinde büyük ikramiye çıkmadı ve gelecek haftaya devretti.",
            "Sadakat programı katılımcıları arasındaki çekilişin talihlilerini tebrik ederiz, liste sitemizde yayınlandı.",
            "İzmir'de satılan bir bilet beş rakamı bilerek ikinci ödülü kazandı.",
            "Aboneler arasındaki hediye çekilişi noter huzurunda yapıldı.",
        ],
        "body": [
            "Talihlilerle yalnızca hesapları üzerinden iletişime geçilir; ödül için asla ücret istenmez.",
            "Küçük ikramiyeler bayilerde, büyük ikramiyeler kimlik kontrolünden sonra idare tarafından ödenir.",
            "Biletinizi uygulamada veya bayide sorgulayın; bilet çekilişten sonra 180 gün geçerlidir.",
            "Kampanyaya onay veren 18 yaş üstü müşteriler katıldı; katılım koşulları sitemizde.",
        ],
        "close": ["Sorumlu oynayın. 18+", "Bir sonraki çekilişte bol şans,\nOrganizasyon ekibi"],
    },
    "parcel-notice": {
        "subj": ["Kargonuz dağıtıma çıktı", "Sizi evde bulamadık"],
        "open": [
            "Kargonuz bugün 10:00 ile 14:00 arasında teslim edilecek.",
            "Kuryemiz bugün gönderinizi teslim edemedi ve kapınıza bilgi notu bıraktı.",
            "Yurt dışı gönderiniz gümrük işlemlerini tamamladı ve size doğru yolda.",
            "Siparişiniz seçtiğiniz teslimat noktasında sizi bekliyor.",
        ],
        "body": [
            "Teslimat gününü uygulamamızdan değiştirebilirsiniz; yeniden teslimat ücretsizdir.",
            "Gümrük vergisi sipariş sırasında satıcı tarafından ödendi, teslimatta hiçbir ödeme yapmanız gerekmez.",
            "Teslim alırken kimliğinizi ve teslim kodunu getirin; gönderi yedi gün bekletilir.",
            "Kargonuzu takip numarasıyla sitemizden izleyebilirsiniz.",
        ],
        "close": ["Teslimat ekibiniz", "Bu otomatik bir mesajdır, lütfen yanıtlamayın."],
    },
}

# Kyrgyz, Tajik and Turkmen look-alikes (same round; non-native author).
KY = {
    "shop": {
        "subj": ["Сезондук арзандатуулар: 70% чейин", "Буйрутмаңыз жолго чыкты"],
        "open": [
            "Сезондук сатуу башталды: куртка, бут кийим жана сумкаларга 70 пайызга чейин арзандатуу, өлчөмдөр түгөнгөнчө.",
            "Буйрутмаңыз үчүн рахмат! Кроссовкаларыңыз кампадан жөнөтүлдү жана жолдо.",
            "Туруктуу кардарлар бул дем алышта арзандатууга биринчи кире алышат.",
            "Аутлет баалары жекшемби түн ортосуна чейин же товар түгөнгөнчө жарактуу.",
        ],
        "body": [
            "Сайтта карта менен, Элкарт аркылуу же товарды алганда төлөй аласыз.",
            "Каалаган товарды 30 күндүн ичинде кайтарып, акчаңызды толук ала аласыз.",
            "Трек-номер жеке кабинетиңизде; курьер жеткирүү убактысын SMS аркылуу жиберет.",
            "Буйрутма боюнча суроолорду сайттагы чатка жазыңыз, колдоо кызматы сутка бою жооп берет.",
        ],
        "close": ["Ийгиликтүү сатып алуулар,\nДүкөн командасы", "Сиз жазылгандыктан бул катты алдыңыз."],
    },
    "lottery-news": {
        "subj": ["Ишембидеги тираждын жыйынтыктары", "Жазгы утуш оюнунун жеңүүчүлөрү"],
        "open": [
            "Ишембидеги тираждын джекпоту эч кимге буйруган жок жана кийинки жумага өтөт.",
            "Туруктуу кардарлар арасындагы утуш оюнунун жеңүүчүлөрүн куттуктайбыз, тизме сайтта жарыяланды.",
            "Ошто сатылган билет беш санды таап, экинчи байгени утту.",
            "Жазылуучулар арасындагы байгелүү оюн нотариустун катышуусунда өттү.",
        ],
        "body": [
            "Жеңүүчүлөр менен жеке кабинет аркылуу гана байланышабыз; байге үчүн эч качан акы алынбайт.",
            "Чакан утуштар сатуу түйүндөрүндө, ирилери документтер текшерилгенден кийин оператор тарабынан төлөнөт.",
            "Билетиңизди тиркемеде же кассада текшериңиз; билет тираждан кийин 180 күн жарактуу.",
            "Акцияга макулдук берген 18 жаштан өткөн кардарлар катышты; эрежелер сайтта.",
        ],
        "close": ["Жоопкерчилик менен ойноңуз. 18+", "Кийинки тиражда ийгилик,\nУюштуруучу"],
    },
    "parcel-notice": {
        "subj": ["Посылкаңыз курьерге берилди", "Сизди үйдөн таба алган жокпуз"],
        "open": [
            "Посылкаңыз бүгүн саат 10:00дөн 14:00гө чейин жеткирилет.",
            "Курьер бүгүн посылканы тапшыра алган жок жана почта кутусуна кабарлама калтырды.",
            "Эл аралык жөнөтмөңүз бажы тариздөөсүнөн өттү жана сизге жолдо.",
            "Буйрутмаңыз сиз тандаган берүү пунктунда күтүп турат.",
        ],
        "body": [
            "Жеткирүү күнүн тиркемеде өзгөртө аласыз; кайра жеткирүү акысыз.",
            "Бажы төлөмүн буйрутма учурунда сатуучу төлөгөн, алганда эч нерсе төлөөнүн кереги жок.",
            "Паспорт жана алуу кодун алыңыз; жөнөтмө жети күн сакталат.",
            "Посылканы сайтыбызда трек-номер аркылуу көзөмөлдөй аласыз.",
        ],
        "close": ["Жеткирүү кызматы", "Бул автоматтык билдирүү, ага жооп берүүнүн кереги жок."],
    },
}

TG = {
    "shop": {
        "subj": ["Тахфифҳои мавсимӣ: то 70%", "Фармоиши шумо ба роҳ баромад"],
        "open": [
            "Фурӯши мавсимӣ оғоз шуд: ба куртка, пойафзол ва сумкаҳо то 70 фоиз тахфиф, то андозаҳо тамом шаванд.",
            "Ташаккур барои фармоиш! Кроссовкаҳои шумо аз анбор фиристода шуданд ва дар роҳанд.",
            "Аъзоёни барномаи вафодорӣ дар ин рӯзҳои истироҳат аввал ба фурӯш дастрасӣ мегиранд.",
            "Нархҳои аутлет то нимашаби якшанбе ё то тамом шудани мол эътибор доранд.",
        ],
        "body": [
            "Дар сайт бо корт, тавассути Алиф ё ҳангоми гирифтани мол пардохт карда метавонед.",
            "Ҳар молро дар давоми 30 рӯз баргардонда, пули худро пурра гирифта метавонед.",
            "Рақами пайгирӣ дар кабинети шахсии шумост; хаткашон вақти расониданро бо SMS мефиристад.",
            "Саволҳо дар бораи фармоишро дар чати сайт нависед, хадамоти дастгирӣ шабонарӯзӣ ҷавоб медиҳад.",
        ],
        "close": ["Харидҳои хуш,\nДастаи мағоза", "Шумо ин мактубро барои он гирифтед, ки обуна шудаед."],
    },
    "lottery-news": {
        "subj": ["Натиҷаҳои тиражи рӯзи шанбе", "Ғолибони бозии баҳорӣ"],
        "open": [
            "Ҷекпоти тиражи рӯзи шанбе ба касе насиб нашуд ва ба ҳафтаи оянда мегузарад.",
            "Ғолибони бозӣ байни аъзоёни барномаи вафодориро табрик мегӯем, рӯйхат дар сайт нашр шуд.",
            "Билете, ки дар Хуҷанд фурӯхта шуд, панҷ рақамро ёфт ва ҷоизаи дуюмро бурд.",
            "Бозии ҷоизадор байни обуначиён бо иштироки нотариус гузаронида шуд.",
        ],
        "body": [
            "Бо ғолибон танҳо тавассути кабинети шахсӣ тамос мегирем; барои ҷоиза ҳеҷ гоҳ пул гирифта намешавад.",
            "Бурдҳои хурд дар нуқтаҳои фурӯш, калонҳо пас аз санҷиши ҳуҷҷатҳо аз ҷониби оператор пардохт мешаванд.",
            "Билети худро дар барнома ё дар касса санҷед; билет 180 рӯз пас аз тираж эътибор дорад.",
            "Дар аксия мизоҷони аз 18 сола боло, ки розигӣ додаанд, иштирок карданд; қоидаҳо дар сайт.",
        ],
        "close": ["Масъулиятнок бозӣ кунед. 18+", "Дар тиражи оянда барор,\nТашкилкунанда"],
    },
    "parcel-notice": {
        "subj": ["Бастаи шумо ба хаткашон супорида шуд", "Шуморо дар хона наёфтем"],
        "open": [
            "Бастаи шумо имрӯз аз соати 10:00 то 14:00 расонида мешавад.",
            "Хаткашон имрӯз бастаро супорида натавонист ва дар қуттии почта огоҳинома гузошт.",
            "Фиристодаи байналмилалии шумо расмиёти гумрукиро гузашт ва ба сӯи шумо дар роҳ аст.",
            "Фармоиши шумо дар нуқтаи супоридане, ки интихоб кардед, интизор аст.",
        ],
        "body": [
            "Рӯзи расониданро дар барнома иваз карда метавонед; расонидани такрорӣ ройгон аст.",
            "Боҷи гумрукиро фурӯшанда ҳангоми фармоиш пардохт кардааст, ҳангоми гирифтан чизе пардохт кардан лозим нест.",
            "Шиноснома ва рамзи гирифтанро биёред; фиристода ҳафт рӯз нигоҳ дошта мешавад.",
            "Бастаро дар сайти мо бо рақами пайгирӣ назорат карда метавонед.",
        ],
        "close": ["Хадамоти расонидан", "Ин паёми худкор аст, ба он ҷавоб додан лозим нест."],
    },
}

TK = {
    "shop": {
        "subj": ["Möwsümleýin arzanladyşlar: 70% çenli", "Sargydyňyz ýola çykdy"],
        "open": [
            "Möwsümleýin satuw başlandy: kurtka, aýakgap we sumkalara 70 göterime çenli arzanladyş, ölçegler gutarýança.",
            "Sargydyňyz üçin sag boluň! Krossowkalaryňyz ammardan iberildi we ýolda.",
            "Hemişelik müşderiler şu dynç günlerinde arzanladyşa ilkinji bolup girip bilerler.",
            "Autlet bahalary ýekşenbe ýary gijä çenli ýa-da haryt gutarýança hereket edýär.",
        ],
        "body": [
            "Saýtda kart bilen ýa-da harydy alanyňyzda töläp bilersiňiz.",
            "Islendik harydy 30 günüň dowamynda gaýtaryp, pulyňyzy doly alyp bilersiňiz.",
            "Yzarlaýyş belgisi şahsy otagyňyzda; kurýer eltip beriş wagtyny SMS arkaly iberer.",
            "Sargyt boýunça soraglary saýtdaky çata ýazyň, goldaw gullugy gije-gündiz jogap berýär.",
        ],
        "close": ["Üstünlikli söwda,\nDükan topary", "Siz ýazylandygyňyz üçin bu haty aldyňyz."],
    },
    "lottery-news": {
        "subj": ["Şenbe günki tiražyň netijeleri", "Ýazky utuş oýnunyň ýeňijileri"],
        "open": [
            "Şenbe günki tiražyň jekpoty hiç kime düşmedi we indiki hepdä geçýär.",
            "Hemişelik müşderileriň arasyndaky utuş oýnunyň ýeňijilerini gutlaýarys, sanaw saýtda çap edildi.",
            "Maryda satylan bilet bäş sany tapyp, ikinji baýragy utdy.",
            "Ýazylyjylaryň arasyndaky baýrakly oýun notariusyň gatnaşmagynda geçirildi.",
        ],
        "body": [
            "Ýeňijiler bilen diňe şahsy otag arkaly habarlaşýarys; baýrak üçin hiç haçan töleg alynmaýar.",
            "Kiçi utuşlar satuw nokatlarynda, ulylary resminamalar barlanandan soň operator tarapyndan tölenýär.",
            "Biletiňizi programmada ýa-da kassada barlaň; bilet tiraždan soň 180 gün hereket edýär.",
            "Aksiýa razylyk beren 18 ýaşdan uly müşderiler gatnaşdy; düzgünler saýtda.",
        ],
        "close": ["Jogapkärli oýnaň. 18+", "Indiki tiražda üstünlik,\nGuramaçy"],
    },
    "parcel-notice": {
        "subj": ["Posylkaňyz kurýere tabşyryldy", "Sizi öýde tapyp bilmedik"],
        "open": [
            "Posylkaňyz şu gün sagat 10:00-dan 14:00-a çenli eltiler.",
            "Kurýer şu gün posylkany gowşuryp bilmedi we poçta gutusyna bildiriş goýdy.",
            "Halkara iberişiňiz gümrük resmileşdirilişinden geçdi we size tarap ýolda.",
            "Sargydyňyz saýlan beriş nokadyňyzda garaşýar.",
        ],
        "body": [
            "Eltip beriş gününi programmada üýtgedip bilersiňiz; gaýtadan eltip bermek mugt.",
            "Gümrük tölegini sargyt wagtynda satyjy töledi, alanyňyzda hiç zat tölemek gerek däl.",
            "Pasport we alyş koduny alyň; iberiş ýedi gün saklanýar.",
            "Posylkany saýtymyzda yzarlaýyş belgisi arkaly yzarlap bilersiňiz.",
        ],
        "close": ["Eltip beriş gullugy", "Bu awtomatik habar, oňa jogap bermek gerek däl."],
    },
}
