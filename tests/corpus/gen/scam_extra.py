"""Second batch of scam pools (round 3): the families the first batch measured
weakest (fake shop, lottery/sweepstake, parcel and customs fee) in English,
Russian, Uzbek (Latin; Cyrillic is transliterated), Kazakh, Turkish,
Kyrgyz, Tajik and Turkmen.

Written for this project from what these scams are publicly known to say
(anti-fraud advisories, spam-filter rule families): a brand "outlet" whose
card payments are "temporarily unavailable", a prize from a promotion or a
TV show with a fee before payout, a parcel stuck at a depot or at customs
until a small fee is paid. Same slot layout as the first batch (subj, hook,
body, ask); even-numbered variants are development, odd-numbered held-out,
so half of this writing lands in the held-out half by the corpus rule.
"""

EN = {
    "fake-shop": {
        "subj": ["Official outlet: branded sneakers 80% off this week", "Warehouse sale - sealed phones below cost"],
        "hook": [
            "Our official outlet is clearing last season's stock: branded trainers and handbags from 29 dollars.",
            "Brand new sealed smartphones with full warranty, now at less than half the shop price.",
            "We are an authorised reseller closing our warehouse, every item is marked down by up to 85 percent.",
            "Limited import batch of designer watches at wholesale price, only a handful of pieces remain.",
        ],
        "body": [
            "Card payments are temporarily unavailable because of an issue with our payment provider.",
            "Orders are reserved for two hours only; unpaid reservations are released to the next buyer.",
            "Tracking is sent by our sales manager once the transfer has arrived.",
            "PayPal is not supported for this promotion; send payment as friends and family or by Zelle.",
        ],
        "ask": [
            "To complete your order transfer the total to the bank account below and send a screenshot of the receipt.",
            "Message our sales manager on WhatsApp to reserve your size and get the payment details.",
            "Pay by bank transfer today and receive an extra 10 percent off plus free express shipping.",
            "Reply with your size and address, then pay in advance by gift card or crypto to confirm the order.",
        ],
    },
    "lottery": {
        "subj": ["Winning notification: your e-mail was drawn", "Final notice: unclaimed promotion prize"],
        "hook": [
            "Your e-mail address was drawn as a winner in our annual online promotion and has been awarded 850,000 pounds.",
            "We are pleased to inform you that your mobile number won the second prize in the customer loyalty draw.",
            "Your ticket number came out in the anniversary sweepstake, and a cash prize has been reserved in your name.",
            "You have been chosen as one of ten lucky beneficiaries of the international e-mail lottery programme.",
        ],
        "body": [
            "The draw was held among randomly picked addresses from all continents; no ticket purchase was needed.",
            "Your prize is held with our paying bank until the winner is verified.",
            "Unclaimed prizes are returned to the treasury after fourteen days.",
            "Please keep your win private until your claim is processed, to avoid double claims.",
        ],
        "ask": [
            "To release your winnings, send your full name, address and phone number to the claims officer with your ticket number.",
            "A processing and transfer fee must be paid before the prize can be remitted to your account.",
            "Contact our payout agent today quoting your reference number to start the claim.",
            "Fill in the claim form and pay the small insurance charge so the funds can be transferred.",
        ],
    },
    "parcel": {
        "subj": ["Your package is waiting: action required", "Delivery attempt failed - redelivery fee"],
        "hook": [
            "Our courier could not deliver your package today because the house number was missing.",
            "Your shipment has arrived at our local depot but cannot be released yet.",
            "A parcel addressed to you is being held at the customs office pending import charges.",
            "We tried to deliver your package twice and nobody was at home.",
        ],
        "body": [
            "If no action is taken within 48 hours the parcel will be sent back to the sender.",
            "An import fee of 2.99 EUR has not been paid for this item.",
            "Packages not collected within five days are disposed of.",
            "The item was flagged for a customs inspection and is stored in our warehouse.",
        ],
        "ask": [
            "Please pay the redelivery charge of 1.49 and choose a new delivery date through the link below.",
            "Confirm your address and settle the outstanding amount to schedule a new delivery.",
            "To receive your parcel, complete the customs payment online with your bank card today.",
            "Tap the link, enter your card details and pay the small handling fee to release the item.",
        ],
    },
}

RU = {
    "fake-shop": {
        "subj": ["Распродажа склада: оригинальные кроссовки со скидкой 80%", "Новые айфоны дешевле закупки"],
        "hook": [
            "Официальный аутлет распродаёт остатки прошлого сезона: брендовые кроссовки и сумки от 1990 рублей.",
            "Новые запечатанные смартфоны с гарантией, цена в два раза ниже, чем в магазинах.",
            "Закрываем склад и распродаём всё: скидки на технику и одежду до 85 процентов.",
            "Пришла небольшая партия часов по оптовой цене, осталось буквально несколько штук.",
        ],
        "body": [
            "Оплата картой на сайте временно недоступна из-за технических работ у платёжной системы.",
            "Заказ бронируется на два часа, после этого товар уходит следующему покупателю.",
            "Трек-номер менеджер пришлёт сразу после поступления перевода.",
            "Наложенным платежом не отправляем, работаем только по полной предоплате.",
        ],
        "ask": [
            "Чтобы оформить заказ, переведите сумму на карту менеджера и пришлите скриншот чека.",
            "Напишите нашему менеджеру в Телеграм, он забронирует размер и пришлёт реквизиты для оплаты.",
            "Оплатите переводом сегодня и получите дополнительную скидку 10 процентов и бесплатную доставку.",
            "Пришлите размер и адрес, затем внесите предоплату по номеру телефона, чтобы подтвердить заказ.",
        ],
    },
    "lottery": {
        "subj": ["Уведомление о выигрыше", "Ваш номер стал победителем акции"],
        "hook": [
            "Ваш номер телефона выпал победителем в юбилейной акции среди абонентов, вам положен денежный приз.",
            "Редакция телевизионной игры сообщает, что вы выиграли автомобиль в розыгрыше среди зрителей.",
            "По итогам ежегодного розыгрыша ваш адрес электронной почты получил приз в размере 350 000 рублей.",
            "Вы стали одним из десяти счастливчиков, которым достался главный приз нашей промо-акции.",
        ],
        "body": [
            "Розыгрыш проводился автоматически среди клиентов, покупать билет не требовалось.",
            "Приз зарезервирован на ваше имя и хранится в банке-партнёре до подтверждения личности.",
            "Невостребованные призы через 14 дней возвращаются организатору.",
            "Просим не разглашать информацию о выигрыше до его получения.",
        ],
        "ask": [
            "Для получения приза необходимо оплатить комиссию за перевод средств на ваш счёт.",
            "Сообщите ваши ФИО, адрес и номер карты координатору акции, указав номер вашего билета.",
            "Чтобы забрать выигрыш, внесите страховой сбор и пришлите чек нашему менеджеру.",
            "Свяжитесь с куратором выплат сегодня и назовите код победителя, чтобы начать оформление.",
        ],
    },
    "parcel": {
        "subj": ["Ваше отправление ожидает оплаты", "Доставка не выполнена: требуется доплата"],
        "hook": [
            "Курьер не смог вручить ваше отправление: в адресе не указан номер квартиры.",
            "Ваша посылка поступила в сортировочный центр, но не может быть выдана.",
            "Отправление на ваше имя находится на таможенном оформлении и ожидает уплаты сбора.",
            "Мы дважды пытались доставить вашу посылку, но никого не было дома.",
        ],
        "body": [
            "Если в течение 48 часов не будет действий, посылка будет возвращена отправителю.",
            "За это отправление не оплачен таможенный сбор в размере 249 рублей.",
            "Невостребованные отправления хранятся пять дней, после чего уничтожаются.",
            "Отправление выбрано для таможенного досмотра и находится на нашем складе.",
        ],
        "ask": [
            "Оплатите повторную доставку 149 руб и выберите новую дату по ссылке ниже.",
            "Подтвердите адрес и внесите доплату, чтобы курьер привёз посылку повторно.",
            "Чтобы получить посылку, оплатите таможенный платёж онлайн банковской картой сегодня.",
            "Перейдите по ссылке, укажите данные карты и оплатите небольшой сбор за хранение.",
        ],
    },
}

UZ = {
    "fake-shop": {
        "subj": ["Ombor sotuvi: brend krossovkalar 80% chegirma bilan", "Yangi telefonlar tannarxidan arzon"],
        "hook": [
            "Rasmiy autlet o'tgan mavsum qoldiqlarini sotmoqda: brend krossovka va sumkalar 150 ming so'mdan.",
            "Yangi, qadoqlangan smartfonlar kafolat bilan, narxi do'konlardagidan ikki baravar arzon.",
            "Omborimizni yopmoqdamiz, barcha tovarlarga 85 foizgacha chegirma.",
            "Ulgurji narxda soatlar partiyasi keldi, bir nechta dona qoldi xolos.",
        ],
        "body": [
            "Saytda karta orqali to'lov vaqtincha ishlamayapti, to'lov tizimida texnik ishlar.",
            "Buyurtma ikki soatga band qilinadi, keyin tovar keyingi xaridorga o'tadi.",
            "Pul tushgandan keyin menejer trek raqamini yuboradi.",
            "Yetkazib berilganda to'lash imkoni yo'q, faqat to'liq oldindan to'lov.",
        ],
        "ask": [
            "Buyurtma berish uchun summani menejer kartasiga o'tkazing va chek skrinshotini yuboring.",
            "Telegramdagi menejerimizga yozing, u o'lchamingizni band qiladi va to'lov rekvizitlarini yuboradi.",
            "Bugun pul o'tkazib to'lang va qo'shimcha 10 foiz chegirma hamda bepul yetkazib berishni oling.",
            "O'lcham va manzilingizni yozing, so'ng buyurtmani tasdiqlash uchun oldindan to'lov qiling.",
        ],
    },
    "lottery": {
        "subj": ["Yutuq haqida xabarnoma", "Raqamingiz aksiya g'olibi bo'ldi"],
        "hook": [
            "Telefon raqamingiz abonentlar o'rtasidagi yubiley aksiyasida g'olib chiqdi, sizga pul mukofoti tegishli.",
            "Teleko'rsatuv tahririyati tomoshabinlar o'rtasidagi o'yinda siz avtomobil yutganingizni ma'lum qiladi.",
            "Yillik o'yin natijalariga ko'ra elektron pochtangiz 30 million so'm sovrinni qo'lga kiritdi.",
            "Siz aksiyamizning bosh sovrini tushgan o'nta omadli ishtirokchidan birisiz.",
        ],
        "body": [
            "O'yin mijozlar o'rtasida avtomatik o'tkazildi, chipta sotib olish shart emas edi.",
            "Sovrin sizning nomingizga band qilingan va shaxsingiz tasdiqlanguncha hamkor bankda saqlanadi.",
            "Olinmagan sovrinlar 14 kundan keyin tashkilotchiga qaytariladi.",
            "Yutuqni olguningizcha bu haqda hech kimga aytmang.",
        ],
        "ask": [
            "Sovrinni olish uchun pulni hisobingizga o'tkazish komissiyasini to'lashingiz kerak.",
            "Ism-familiyangiz, manzilingiz va karta raqamingizni chipta raqami bilan aksiya koordinatoriga yuboring.",
            "Yutuqni olish uchun sug'urta yig'imini to'lang va chekni menejerimizga yuboring.",
            "Bugun to'lovlar bo'yicha mas'ul xodimga murojaat qiling va g'olib kodini ayting.",
        ],
    },
    "parcel": {
        "subj": ["Jo'natmangiz to'lovni kutmoqda", "Yetkazib berilmadi: qo'shimcha to'lov kerak"],
        "hook": [
            "Kuryer jo'natmangizni topshira olmadi: manzilda xonadon raqami ko'rsatilmagan.",
            "Posilkangiz saralash markaziga keldi, lekin hozircha berilmaydi.",
            "Nomingizga kelgan jo'natma bojxona rasmiylashtiruvida turibdi va yig'im to'lanishini kutmoqda.",
            "Posilkangizni ikki marta yetkazishga urindik, lekin uyda hech kim yo'q edi.",
        ],
        "body": [
            "48 soat ichida harakat qilinmasa, posilka jo'natuvchiga qaytariladi.",
            "Bu jo'natma uchun 25 ming so'm bojxona yig'imi to'lanmagan.",
            "Olib ketilmagan jo'natmalar besh kun saqlanadi, keyin yo'q qilinadi.",
            "Jo'natma bojxona ko'rigi uchun tanlandi va omborimizda turibdi.",
        ],
        "ask": [
            "Qayta yetkazish uchun 15 ming so'm to'lang va quyidagi havola orqali yangi sanani tanlang.",
            "Manzilingizni tasdiqlang va kuryer qayta olib kelishi uchun qo'shimcha to'lovni amalga oshiring.",
            "Posilkani olish uchun bugun bank kartangiz bilan bojxona to'lovini onlayn to'lang.",
            "Havolaga o'ting, karta ma'lumotlarini kiriting va saqlash uchun kichik yig'imni to'lang.",
        ],
    },
}

KK = {
    "fake-shop": {
        "subj": ["Қойма сатылымы: брендті кроссовкалар 80% жеңілдікпен", "Жаңа телефондар өзіндік құнынан арзан"],
        "hook": [
            "Ресми аутлет өткен маусымның қалдықтарын сатып жатыр: брендті кроссовкалар мен сөмкелер 5000 теңгеден.",
            "Жаңа, қапталған смартфондар кепілдікпен, бағасы дүкендегіден екі есе арзан.",
            "Қоймамызды жабамыз, барлық тауарға 85 пайызға дейін жеңілдік.",
            "Көтерме бағамен сағаттар партиясы келді, бірнеше дана ғана қалды.",
        ],
        "body": [
            "Сайтта картамен төлеу уақытша істемейді, төлем жүйесінде техникалық жұмыстар жүріп жатыр.",
            "Тапсырыс екі сағатқа брондалады, содан кейін тауар келесі сатып алушыға өтеді.",
            "Ақша түскеннен кейін менеджер трек-нөмірді жібереді.",
            "Тауарды алғанда төлеу мүмкін емес, тек толық алдын ала төлем.",
        ],
        "ask": [
            "Тапсырыс беру үшін соманы менеджердің картасына аударып, чектің скриншотын жіберіңіз.",
            "Телеграмдағы менеджерімізге жазыңыз, ол өлшеміңізді брондап, төлем деректемелерін жібереді.",
            "Бүгін аударыммен төлеп, қосымша 10 пайыз жеңілдік пен тегін жеткізу алыңыз.",
            "Өлшеміңіз бен мекенжайыңызды жазып, тапсырысты растау үшін алдын ала төлем жасаңыз.",
        ],
    },
    "lottery": {
        "subj": ["Ұтыс туралы хабарлама", "Нөміріңіз акция жеңімпазы атанды"],
        "hook": [
            "Телефон нөміріңіз абоненттер арасындағы мерейтойлық акцияда жеңімпаз атанды, сізге ақшалай сыйлық тиесілі.",
            "Телебағдарлама редакциясы көрермендер арасындағы ойында сіз көлік ұтып алғаныңызды хабарлайды.",
            "Жылдық ойын қорытындысы бойынша электрондық поштаңыз 2 миллион теңге сыйлыққа ие болды.",
            "Сіз акциямыздың бас жүлдесі бұйырған он бақытты қатысушының бірісіз.",
        ],
        "body": [
            "Ойын клиенттер арасында автоматты түрде өтті, билет сатып алу қажет болмады.",
            "Сыйлық сіздің атыңызға брондалған және жеке басыңыз расталғанша серіктес банкте сақталады.",
            "Алынбаған сыйлықтар 14 күннен кейін ұйымдастырушыға қайтарылады.",
            "Ұтысты алғанша бұл туралы ешкімге айтпаңыз.",
        ],
        "ask": [
            "Сыйлықты алу үшін ақшаны шотыңызға аудару комиссиясын төлеуіңіз қажет.",
            "Аты-жөніңізді, мекенжайыңызды және карта нөміріңізді билет нөмірімен бірге акция үйлестірушісіне жіберіңіз.",
            "Ұтысты алу үшін сақтандыру алымын төлеп, чекті менеджерімізге жіберіңіз.",
            "Бүгін төлемдерге жауапты қызметкерге хабарласып, жеңімпаз кодын айтыңыз.",
        ],
    },
    "parcel": {
        "subj": ["Жөнелтіміңіз төлемді күтуде", "Жеткізілмеді: қосымша төлем қажет"],
        "hook": [
            "Курьер жөнелтіміңізді тапсыра алмады: мекенжайда пәтер нөмірі көрсетілмеген.",
            "Сәлемдемеңіз сұрыптау орталығына келді, бірақ әзірге берілмейді.",
            "Атыңызға келген жөнелтім кедендік ресімдеуде тұр және алымның төленуін күтуде.",
            "Сәлемдемеңізді екі рет жеткізуге тырыстық, бірақ үйде ешкім болмады.",
        ],
        "body": [
            "48 сағат ішінде әрекет болмаса, сәлемдеме жіберушіге қайтарылады.",
            "Бұл жөнелтім үшін 990 теңге кедендік алым төленбеген.",
            "Алынбаған жөнелтімдер бес күн сақталады, содан кейін жойылады.",
            "Жөнелтім кедендік тексеруге таңдалды және біздің қоймада тұр.",
        ],
        "ask": [
            "Қайта жеткізу үшін 690 теңге төлеп, төмендегі сілтеме арқылы жаңа күнді таңдаңыз.",
            "Мекенжайыңызды растап, курьер қайта әкелуі үшін қосымша төлем жасаңыз.",
            "Сәлемдемені алу үшін бүгін банк картаңызбен кедендік төлемді онлайн төлеңіз.",
            "Сілтемеге өтіп, карта деректерін енгізіп, сақтау үшін шағын алымды төлеңіз.",
        ],
    },
}

TR = {
    "fake-shop": {
        "subj": ["Depo satışı: marka spor ayakkabılarda %80 indirim", "Sıfır telefonlar maliyetinin altında"],
        "hook": [
            "Resmi outlet mağazamız geçen sezonun stoklarını eritiyor: marka ayakkabı ve çantalar 299 TL'den başlayan fiyatlarla.",
            "Kutusu açılmamış, garantili akıllı telefonlar mağaza fiyatının yarısından daha ucuz.",
            "Depomuzu kapatıyoruz, tüm ürünlerde yüzde 85'e varan indirim var.",
            "Toptan fiyatına saat partisi geldi, sadece birkaç adet kaldı.",
        ],
        "body": [
            "Ödeme altyapımızdaki teknik çalışma nedeniyle kartla ödeme geçici olarak kapalıdır.",
            "Siparişiniz iki saat boyunca ayrılır, ardından ürün bir sonraki alıcıya geçer.",
            "Havale ulaştıktan sonra satış temsilcimiz kargo takip numarasını gönderir.",
            "Kapıda ödeme seçeneğimiz yoktur, yalnızca tam ön ödeme ile çalışıyoruz.",
        ],
        "ask": [
            "Siparişinizi tamamlamak için tutarı aşağıdaki hesaba EFT ile gönderin ve dekontu iletin.",
            "Bedeninizi ayırtmak ve ödeme bilgilerini almak için WhatsApp'tan satış temsilcimize yazın.",
            "Bugün havale ile ödeyin, ekstra yüzde 10 indirim ve ücretsiz hızlı kargo kazanın.",
            "Beden ve adresinizi yazın, ardından siparişi onaylamak için ön ödemeyi yapın.",
        ],
    },
    "lottery": {
        "subj": ["Kazanç bildirimi", "Numaranız kampanyanın talihlisi oldu"],
        "hook": [
            "Telefon numaranız aboneler arasında yapılan yıl dönümü kampanyasında talihli seçildi, size nakit ödül çıktı.",
            "Televizyon yarışmasının yapımcıları, izleyiciler arasındaki çekilişte otomobil kazandığınızı bildirir.",
            "Yıllık çekiliş sonuçlarına göre e-posta adresinize 500.000 TL tutarında ödül çıkmıştır.",
            "Kampanyamızın büyük ödülünü kazanan on talihliden birisiniz.",
        ],
        "body": [
            "Çekiliş müşteriler arasında otomatik olarak yapıldı, bilet almanız gerekmiyordu.",
            "Ödülünüz adınıza ayrılmıştır ve kimliğiniz doğrulanana kadar anlaşmalı bankada tutulmaktadır.",
            "Talep edilmeyen ödüller 14 gün sonra organizatöre iade edilir.",
            "Ödülünüzü alana kadar bu bilgiyi kimseyle paylaşmayın.",
        ],
        "ask": [
            "Ödülü alabilmeniz için paranın hesabınıza aktarılma masrafını ödemeniz gerekmektedir.",
            "Adınızı, adresinizi ve kart numaranızı bilet numaranızla birlikte kampanya sorumlusuna gönderin.",
            "Ödülünüzü teslim almak için sigorta bedelini yatırın ve dekontu temsilcimize iletin.",
            "Bugün ödeme sorumlumuzla iletişime geçin ve talihli kodunuzu bildirin.",
        ],
    },
    "parcel": {
        "subj": ["Gönderiniz ödeme bekliyor", "Teslimat yapılamadı: ek ücret gerekli"],
        "hook": [
            "Kuryemiz gönderinizi teslim edemedi: adreste daire numarası belirtilmemiş.",
            "Kargonuz transfer merkezine ulaştı ancak henüz teslim edilemiyor.",
            "Adınıza gelen gönderi gümrük işlemlerinde ve vergi ödenmesini bekliyor.",
            "Paketinizi iki kez teslim etmeye çalıştık ancak evde kimse yoktu.",
        ],
        "body": [
            "48 saat içinde işlem yapılmazsa paket göndericiye iade edilecektir.",
            "Bu gönderi için 89 TL gümrük vergisi ödenmemiştir.",
            "Teslim alınmayan gönderiler beş gün saklanır, ardından imha edilir.",
            "Gönderi gümrük kontrolüne seçildi ve depomuzda bekliyor.",
        ],
        "ask": [
            "Yeniden teslimat için 19,90 TL ödeyin ve aşağıdaki bağlantıdan yeni bir tarih seçin.",
            "Adresinizi onaylayın ve kuryenin tekrar getirmesi için ek ücreti ödeyin.",
            "Kargonuzu teslim almak için gümrük bedelini bugün banka kartınızla online ödeyin.",
            "Bağlantıya girin, kart bilgilerinizi yazın ve küçük depolama ücretini ödeyin.",
        ],
    },
}

# Kyrgyz, Tajik and Turkmen (added in the same round; non-native author, as for the first batch's pools).
KY = {
    "fake-shop": {
        "subj": ["Кампа сатуусу: бренддик кроссовкалар 80% арзандатуу менен", "Жаңы телефондор өздүк наркынан арзан"],
        "hook": [
            "Расмий аутлет өткөн сезондун калдыктарын сатып жатат: бренддик кроссовкалар жана сумкалар 1500 сомдон.",
            "Жаңы, таңгакталган смартфондор кепилдик менен, баасы дүкөндөгүдөн эки эсе арзан.",
            "Кампабызды жаап жатабыз, бардык товарларга 85 пайызга чейин арзандатуу.",
            "Дүң баада сааттардын партиясы келди, бир нече даана гана калды.",
        ],
        "body": [
            "Сайтта карта менен төлөө убактылуу иштебейт, төлөм системасында техникалык иштер жүрүп жатат.",
            "Буйрутма эки саатка брондолот, андан кийин товар кийинки сатып алуучуга өтөт.",
        ],
        "ask": [
            "Буйрутма берүү үчүн сумманы менеджердин картасына которуп, чектин скриншотун жибериңиз.",
            "Telegramдагы менеджерибизге жазыңыз, ал өлчөмүңүздү брондоп, төлөм реквизиттерин жиберет.",
            "Бүгүн которуу менен төлөп, кошумча 10 пайыз арзандатуу жана акысыз жеткирүү алыңыз.",
            "Өлчөмүңүздү жана дарегиңизди жазыңыз, андан кийин буйрутманы тастыктоо үчүн алдын ала төлөм жасаңыз.",
        ],
    },
    "lottery": {
        "subj": ["Утуш тууралуу билдирүү", "Номериңиз акциянын жеңүүчүсү болду"],
        "hook": [
            "Телефон номериңиз абоненттер арасындагы юбилейлик акцияда жеңүүчү болуп чыкты, сизге акчалай сыйлык тиешелүү.",
            "Телеберүүнүн редакциясы көрүүчүлөр арасындагы оюнда сиз унаа утуп алганыңызды билдирет.",
            "Жылдык оюндун жыйынтыгы боюнча электрондук почтаңыз 500 000 сом сыйлыкка ээ болду.",
            "Сиз акциябыздын баш байгеси буйруган он бактылуу катышуучунун бирисиз.",
        ],
        "body": [
            "Оюн кардарлар арасында автоматтык түрдө өттү, билет сатып алуунун кереги жок болчу.",
            "Сыйлык сиздин атыңызга брондолгон жана инсандыгыңыз тастыкталганга чейин өнөктөш банкта сакталат.",
        ],
        "ask": [
            "Сыйлыкты алуу үчүн акчаны эсебиңизге которуунун комиссиясын төлөшүңүз керек.",
            "Аты-жөнүңүздү, дарегиңизди жана карта номериңизди билет номери менен акциянын координаторуна жибериңиз.",
            "Утушту алуу үчүн камсыздандыруу төлөмүн төлөп, чекти менеджерибизге жибериңиз.",
            "Бүгүн төлөмдөр боюнча жооптуу кызматкерге кайрылып, жеңүүчү кодун айтыңыз.",
        ],
    },
    "parcel": {
        "subj": ["Жөнөтмөңүз төлөмдү күтүүдө", "Жеткирилген жок: кошумча төлөм керек"],
        "hook": [
            "Курьер жөнөтмөңүздү тапшыра албады: даректе батир номери көрсөтүлгөн эмес.",
            "Посылкаңыз сорттоо борборуна келди, бирок азырынча берилбейт.",
            "Атыңызга келген жөнөтмө бажы тариздөөсүндө турат жана жыйымдын төлөнүшүн күтүүдө.",
            "Посылкаңызды эки жолу жеткирүүгө аракет кылдык, бирок үйдө эч ким жок болчу.",
        ],
        "body": [
            "48 сааттын ичинде аракет болбосо, посылка жөнөтүүчүгө кайтарылат.",
            "Бул жөнөтмө үчүн 300 сом бажы жыйымы төлөнгөн эмес.",
        ],
        "ask": [
            "Кайра жеткирүү үчүн 150 сом төлөп, төмөнкү шилтеме аркылуу жаңы күндү тандаңыз.",
            "Дарегиңизди тастыктап, курьер кайра алып келиши үчүн кошумча төлөм жасаңыз.",
            "Посылканы алуу үчүн бүгүн банк картаңыз менен бажы төлөмүн онлайн төлөңүз.",
            "Шилтемеге өтүп, карта маалыматтарын киргизип, сактоо үчүн чакан жыйымды төлөңүз.",
        ],
    },
}

TG = {
    "fake-shop": {
        "subj": ["Фурӯши анбор: кроссовкаҳои брендӣ бо тахфифи 80%", "Телефонҳои нав арзонтар аз нархи аслӣ"],
        "hook": [
            "Аутлети расмӣ боқимондаҳои мавсими гузаштаро мефурӯшад: кроссовка ва сумкаҳои брендӣ аз 150 сомонӣ.",
            "Смартфонҳои нав ва бастабандишуда бо кафолат, нархашон аз мағозаҳо ду баробар арзон.",
            "Анбори худро мебандем, ба ҳамаи молҳо то 85 фоиз тахфиф.",
            "Бо нархи яклухт як партияи соатҳо омад, танҳо чанд дона монд.",
        ],
        "body": [
            "Дар сайт пардохт бо корт муваққатан кор намекунад, дар низоми пардохт корҳои техникӣ мегузаранд.",
            "Фармоиш ба ду соат банд карда мешавад, баъд мол ба харидори дигар мегузарад.",
        ],
        "ask": [
            "Барои фармоиш додан маблағро ба корти менеҷер гузаронед ва акси чекро фиристед.",
            "Ба менеҷери мо дар Telegram нависед, ӯ андозаи шуморо банд мекунад ва реквизитҳои пардохтро мефиристад.",
            "Имрӯз бо интиқоли пул пардохт кунед ва 10 фоиз тахфифи иловагӣ ва расонидани ройгон гиред.",
            "Андоза ва суроғаи худро нависед, баъд барои тасдиқи фармоиш пешпардохт кунед.",
        ],
    },
    "lottery": {
        "subj": ["Огоҳинома дар бораи бурд", "Рақами шумо ғолиби аксия шуд"],
        "hook": [
            "Рақами телефони шумо дар аксияи солгард байни муштариён ғолиб омад, ба шумо ҷоизаи пулӣ тааллуқ дорад.",
            "Таҳририяти барномаи телевизионӣ хабар медиҳад, ки шумо дар бозӣ байни тамошобинон мошин бурдед.",
            "Аз рӯи натиҷаҳои бозии солона почтаи электронии шумо ҷоизаи 50 000 сомонӣ гирифт.",
            "Шумо яке аз даҳ иштирокчии хушбахт ҳастед, ки ҷоизаи асосии аксияи мо ба онҳо расид.",
        ],
        "body": [
            "Бозӣ байни мизоҷон ба таври худкор гузаронида шуд, харидани билет лозим набуд.",
            "Ҷоиза ба номи шумо банд карда шудааст ва то тасдиқи шахсияти шумо дар бонки шарик нигоҳ дошта мешавад.",
        ],
        "ask": [
            "Барои гирифтани ҷоиза шумо бояд комиссияи интиқоли пулро ба суратҳисоби худ пардохт кунед.",
            "Ному насаб, суроға ва рақами корти худро бо рақами билет ба ҳамоҳангсози аксия фиристед.",
            "Барои гирифтани бурд ҳаққи суғуртаро пардохт кунед ва чекро ба менеҷери мо фиристед.",
            "Имрӯз ба корманди масъули пардохтҳо муроҷиат кунед ва рамзи ғолибро гӯед.",
        ],
    },
    "parcel": {
        "subj": ["Фиристодаи шумо пардохтро интизор аст", "Расонида нашуд: пардохти иловагӣ лозим"],
        "hook": [
            "Хаткашон фиристодаи шуморо супорида натавонист: дар суроға рақами хона нишон дода нашудааст.",
            "Бастаи шумо ба маркази ҷудокунӣ расид, вале ҳоло дода намешавад.",
            "Фиристодае, ки ба номи шумо омадааст, дар расмиёти гумрукӣ қарор дорад ва пардохти ҳаққро интизор аст.",
            "Мо ду бор кӯшиш кардем, ки бастаи шуморо расонем, вале дар хона касе набуд.",
        ],
        "body": [
            "Агар дар давоми 48 соат амале анҷом дода нашавад, баста ба фиристанда баргардонида мешавад.",
            "Барои ин фиристода 50 сомонӣ ҳаққи гумрукӣ пардохт нашудааст.",
        ],
        "ask": [
            "Барои расонидани такрорӣ 20 сомонӣ пардохт кунед ва тавассути пайванди зер санаи навро интихоб кунед.",
            "Суроғаи худро тасдиқ кунед ва пардохти иловагиро анҷом диҳед, то хаткашон бастаро дубора биёрад.",
            "Барои гирифтани баста имрӯз бо корти бонкии худ пардохти гумрукиро онлайн анҷом диҳед.",
            "Ба пайванд гузаред, маълумоти кортро ворид кунед ва ҳаққи хурди нигоҳдориро пардохт кунед.",
        ],
    },
}

TK = {
    "fake-shop": {
        "subj": ["Ammar satuwy: brendli krossowkalar 80% arzanladyş bilen", "Täze telefonlar özüne düşýän bahasyndan arzan"],
        "hook": [
            "Resmi autlet geçen möwsümiň galyndylaryny satýar: brendli krossowkalar we sumkalar 150 manatdan.",
            "Täze, gaplanan smartfonlar kepillik bilen, bahasy dükanlardakydan iki esse arzan.",
            "Ammarymyzy ýapýarys, ähli harytlara 85 göterime çenli arzanladyş.",
            "Lomaý bahadan sagatlar geldi, diňe birnäçe sany galdy.",
        ],
        "body": [
            "Saýtda kart bilen töleg wagtlaýyn işlemeýär, töleg ulgamynda tehniki işler geçirilýär.",
            "Sargyt iki sagatlyk bellenýär, soňra haryt indiki alyja geçýär.",
        ],
        "ask": [
            "Sargyt etmek üçin jemi menejeriň kartyna geçiriň we çekiň suratyny iberiň.",
            "Telegramdaky menejerimize ýazyň, ol ölçegiňizi saklar we töleg maglumatlaryny iberer.",
            "Şu gün pul geçirip töläň we goşmaça 10 göterim arzanladyş hem mugt eltip bermegi alyň.",
            "Ölçegiňizi we salgyňyzy ýazyň, soňra sargydy tassyklamak üçin öňünden töleg ediň.",
        ],
    },
    "lottery": {
        "subj": ["Utuş barada habarnama", "Belgiňiz aksiýanyň ýeňijisi boldy"],
        "hook": [
            "Telefon belgiňiz abonentleriň arasyndaky ýubileý aksiýasynda ýeňiji çykdy, size pul baýragy degişli.",
            "Teleoýnuň redaksiýasy tomaşaçylaryň arasyndaky oýunda siziň awtoulag utanyňyzy habar berýär.",
            "Ýyllyk oýnuň netijesinde elektron poçtaňyz 50 000 manat baýraga eýe boldy.",
            "Siz aksiýamyzyň baş baýragy düşen on bagtly gatnaşyjynyň birisiňiz.",
        ],
        "body": [
            "Oýun müşderileriň arasynda awtomatik geçirildi, bilet satyn almak hökman däldi.",
            "Baýrak siziň adyňyza bellenildi we şahsyýetiňiz tassyklanýança hyzmatdaş bankda saklanýar.",
        ],
        "ask": [
            "Baýragy almak üçin pully hasabyňyza geçirmegiň komissiýasyny tölemeli.",
            "Adyňyzy, salgyňyzy we kart belgiňizi bilet belgiňiz bilen aksiýanyň utgaşdyryjysyna iberiň.",
            "Utuşy almak üçin ätiýaçlandyryş ýygymyny töläň we çeki menejerimize iberiň.",
            "Şu gün tölegler boýunça jogapkär işgärimiz bilen habarlaşyň we ýeňiji koduny aýdyň.",
        ],
    },
    "parcel": {
        "subj": ["Iberişiňiz tölegi garaşýar", "Eltilmedi: goşmaça töleg gerek"],
        "hook": [
            "Kurýer iberişiňizi gowşuryp bilmedi: salgyda öý belgisi görkezilmedik.",
            "Posylkaňyz saýlaýyş merkezine geldi, ýöne häzirlikçe berilmeýär.",
            "Adyňyza gelen iberiş gümrük resmileşdirilişinde dur we ýygymyň tölenmegine garaşýar.",
            "Posylkaňyzy iki gezek eltmäge synanyşdyk, ýöne öýde hiç kim ýokdy.",
        ],
        "body": [
            "48 sagadyň dowamynda hereket edilmese, posylka iberijä yzyna iberiler.",
            "Bu iberiş üçin 25 manat gümrük ýygymy tölenmedi.",
        ],
        "ask": [
            "Gaýtadan eltmek üçin 15 manat töläň we aşakdaky baglanyşyk arkaly täze senäni saýlaň.",
            "Salgyňyzy tassyklaň we kurýeriň gaýtadan getirmegi üçin goşmaça tölegi töläň.",
            "Posylkany almak üçin şu gün bank kartyňyz bilen gümrük tölegini onlaýn töläň.",
            "Baglanyşyga geçiň, kart maglumatlaryňyzy giriziň we saklamak üçin kiçi ýygymy töläň.",
        ],
    },
}
