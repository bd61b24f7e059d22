"""Round 12's eleventh batch: second-draft look-alikes for the cells the first draft gave one text per half (see
ham_eleventh.py), written blind by helper c11-corpus. Each list is a pair or pairs of (subject, body) appended to the
cell: the first of a pair lands on an even index (dev), the second on an odd one (held-out)."""

MORE = {
    "uz": {
        "job": [("Stajirovka dasturi: ariza qabul qilinmoqda",
                 "Hurmatli bitiruvchilar! Kompaniyamiz moliya bo'limida 3 oylik stajirovka dasturiga ariza qabul qiladi. "
                 "Stajirovka haq to'lanadi, {amount}. Ariza topshirish bepul, faqat rasmiy saytimiz orqali: {link}"),
                ("Koreyaga ishga ketish: EPS imtihoni natijalari",
                 "Hurmatli nomzodlar! EPS-TOPIK imtihoni natijalari e'lon qilindi. Natijani Tashqi mehnat migratsiyasi "
                 "agentligi saytida tekshiring. Agentlik xizmatlari bepul, vositachilarga pul bermang.")],
        "courier": [("Posilka topshirildi",
                     "Buyurtmangiz {order} {date} kuni topshirildi. Xizmatimizni baholang: {link}"),
                    ("Topshirish punkti ish vaqti o'zgardi",
                     "Hurmatli mijozlar! Chilonzordagi topshirish punkti endi 9:00 dan 21:00 gacha ishlaydi. Posilkalar "
                     "7 kun saqlanadi. Qo'shimcha to'lov olinmaydi.")],
        "it-invoice": [("Server ijarasi: oylik hisob",
                        "Assalomu alaykum! Noyabr oyi uchun server ijarasi bo'yicha hisob {order} ilova qilindi. Summa "
                        "{amount}. To'lov shartnomadagi rekvizitlar bo'yicha."),
                       ("Parolni almashtirish vaqti keldi",
                        "Hurmatli {name}, korporativ parolingiz muddati 5 kundan keyin tugaydi. Parolni faqat ishchi "
                        "kompyuterda Ctrl+Alt+Del orqali almashtiring. Havolali xatlarga ishonmang.\n\nIT bo'limi")],
        "pharmacy": [("Buyurtmangiz {order} tayyor",
                      "Buyurtmangiz {order} dorixonada tayyor. To'lov: {fee}, olish vaqtida Payme, Click yoki naqd."),
                     ("Yangi kelgan mahsulotlar: pulsoksimetr va tonometr",
                      "Dorixonalarimizga pulsoksimetrlar va tonometrlar keldi. Narxi {fee} dan. Yetkazib berish bepul, "
                      "to'lov qabul qilganda.")],
        "bank-loan": [("Kredit to'liq yopildi",
                       "Hurmatli mijoz! Kredit shartnomasi {order} bo'yicha qarzdorlik to'liq to'landi. Ma'lumotnomani "
                       "ilovadan yuklab olishingiz mumkin. Bankimizni tanlaganingiz uchun rahmat."),
                      ("Omonat foizi oshdi",
                       "Hurmatli {name}! {date} dan boshlab so'mdagi omonatlar bo'yicha yillik foiz 22% gacha oshadi. "
                       "Omonatni ilovada oching. Bank xodimlari SMS kodni hech qachon so'ramaydi.")],
        "exchange": [("Staking daromadi hisoblandi",
                      "Oylik staking daromadingiz 9,2 USDT hisobingizga tushdi. Daromad kafolatlanmagan va o'zgarib "
                      "turadi. Batafsil: {link}"),
                     ("Pul yechish so'rovi",
                      "Siz tashqi hamyonga 0,01 BTC yechish so'rovini yubordingiz. Bu siz bo'lmasangiz, hisobni darhol "
                      "bloklang: {link}")],
        "migrants": [("Patent to'lovi: yangi narx",
                      "Assalomu alaykum! Kim yaqinda Moskvada patent to'ladi, hozir oyiga qancha? Menda {fee} chiqdi. "
                      "Bank ilovasi orqali to'ladim, chekni saqladim.\n\n{name}"),
                     ("Uyga posilka: nima yuborsa bo'ladi?",
                      "Birodarlar, Sankt-Peterburgdan Farg'onaga posilka yuborganlar bormi? Telefon va kiyim "
                      "yubormoqchiman. Bojxona qancha oladi?\n\n{name}")],
        "notice": [("Yotoqxonaga joylashish tartibi",
                    "Hurmatli talabalar! Yotoqxonaga joylashish {date} dan boshlanadi. To'lov faqat universitet hisob "
                    "raqamiga. Shaxsiy kartaga pul o'tkazmang.\n\nTalabalar turar joyi bo'limi"),
                   ("Ortiqcha to'langan soliqni qaytarish",
                    "Hurmatli soliq to'lovchi! Ortiqcha to'langan soliq shaxsiy kabinetingiz orqali qaytariladi. Soliq "
                    "qo'mitasi SMS yoki Telegram orqali havola yubormaydi.")],
    },
    "tr": {
        "job": [("Başvurunuz alındı: Müşteri Hizmetleri Temsilcisi",
                 "Merhaba {name}, başvurunuz için teşekkürler. Ön değerlendirme sonrası sizinle kariyer portalımız "
                 "üzerinden iletişime geçeceğiz. Adaylardan hiçbir ad altında ücret talep etmiyoruz."),
                ("İş teklifi: Finans Operasyon Uzmanı",
                 "Sayın {name}, Finans Operasyon Uzmanı pozisyonu için teklifimizi ekte bulabilirsiniz. İşe başlama "
                 "tarihi {date}. Belgeleriniz ofiste teslim alınacaktır.\n\nİnsan Kaynakları")],
        "courier": [("Gönderiniz teslim edildi",
                     "{code} numaralı gönderiniz {date} tarihinde teslim edildi. Teslim alan: komşu. Sorularınız için "
                     "{phone}."),
                    ("Teslimat adresi güncellendi",
                     "Sipariş {order} için teslimat adresiniz güncellendi. Ek ücret alınmaz. Takip: {link}")],
        "it-invoice": [("Bakım sözleşmesi faturası",
                        "Sayın yetkili, Kasım ayı bilgisayar bakım hizmeti faturanız ektedir. Tutar {amount}. Banka "
                        "bilgilerimiz değişmemiştir."),
                       ("Planlı bakım çalışması",
                        "Değerli çalışma arkadaşlarımız, {date} gecesi e-posta sunucusunda bakım yapılacaktır. Bu "
                        "süreçte gelen \"şifrenizi güncelleyin\" e-postalarına itibar etmeyin.\n\nBilgi İşlem")],
        "pharmacy": [("Siparişiniz hazır",
                      "Siparişiniz {order} eczanemizde hazır. Ödeme teslimde: {fee}."),
                     ("Tansiyon aleti ve oksimetre stokta",
                      "Tansiyon aleti ve parmak tipi oksimetre tekrar stoklarda, {fee}'den başlayan fiyatlarla. Kapıda "
                      "kartla ödeme.")],
        "bank-loan": [("Krediniz kapandı",
                       "Sayın {name}, {order} numaralı krediniz tamamen kapanmıştır. Borcu yoktur yazısını mobil "
                       "şubeden indirebilirsiniz."),
                      ("Kredi kartı ekstreniz hazır",
                       "Kartınızın (son dört hane {last4}) dönem ekstresi hazırdır. Son ödeme tarihi {date}.")],
        "dating": [("Profilin bu hafta 5 kez görüntülendi",
                    "Profilin bu hafta 5 kez görüntülendi. Kimlerin baktığını görmek için Premium'a geç."),
                   ("Bekarlar buluşması: {date}",
                    "Aylık bekarlar buluşması {date} akşamı Moda'da. Giriş {fee}, kapıda ödeme. Kayıt: {link}")],
        "exchange": [("Çekim talebi onayı",
                      "0,02 BTC çekim talebi oluşturdunuz. Siz değilseniz hesabınızı hemen dondurun: {link}"),
                     ("Staking getirisi yatırıldı",
                      "Aylık staking getiriniz 7,5 USDT hesabınıza yatırıldı. Getiriler değişkendir, garanti "
                      "edilmez.")],
        "notice": [("Burs başvuru sonuçları",
                    "Burs başvuru sonuçları öğrenci bilgi sisteminde ilan edildi. Ödemeler {date} tarihine kadar "
                    "hesaplara yatırılır. Telefonla şifre isteyenlere itibar etmeyin."),
                   ("e-Devlet: başvurunuz sonuçlandı",
                    "Başvurunuz sonuçlanmıştır. Harç tutarı {fee} olup yalnızca e-Devlet üzerinden ödenir.")],
    },
    "kk": {
        "job": [("Тағылымдама бағдарламасы",
                 "Құрметті түлектер! Қаржы бөлімінде 3 айлық ақылы тағылымдамаға өтінім қабылданады, {amount}. Өтінім "
                 "тегін, тек ресми сайт арқылы: {link}"),
                ("Өтініміңіз қабылданды",
                 "Құрметті {name}, өтініміңіз қабылданды. Біз сізбен порталымыз арқылы хабарласамыз. Үміткерлерден "
                 "ақша алынбайды.")],
        "courier": [("Сәлемдеме табысталды",
                     "Тапсырысыңыз {order} {date} күні табысталды. Қызметімізді бағалаңыз: {link}"),
                    ("Беру пунктінің жұмыс уақыты",
                     "Құрметті клиенттер! Беру пункті енді 9:00-ден 21:00-ге дейін жұмыс істейді. Қосымша ақы "
                     "алынбайды.")],
        "pharmacy": [("Жаңа тауарлар: пульсоксиметр",
                      "Дәріханаларымызға пульсоксиметрлер мен тонометрлер келді. Бағасы {fee} бастап. Төлем алған кезде."),
                     ("Дәріхананың жаңа мекенжайы",
                      "Құрметті клиенттер! Дәріханамыз жаңа мекенжайға көшті: Абай даңғылы, 12.")],
        "bank-loan": [("Несие толық жабылды",
                       "Құрметті клиент! {order} несие шарты бойынша берешек толық өтелді. Анықтаманы қосымшадан "
                       "жүктеп алыңыз."),
                      ("Депозит мөлшерлемесі өзгерді",
                       "Құрметті {name}! {date} бастап депозит мөлшерлемесі өзгереді. Банк қызметкерлері SMS кодты "
                       "ешқашан сұрамайды.")],
        "exchange": [("Стейкинг табысы есептелді",
                      "Айлық стейкинг табысыңыз 6,3 USDT шотыңызға түсті. Табыс кепілдендірілмеген."),
                     ("Ақша шығару сұрауы",
                      "Сіз сыртқы әмиянға 0,01 BTC шығару сұрауын жібердіңіз. Бұл сіз болмасаңыз, аккаунтты бұғаттаңыз.")],
        "notice": [("Жатақханаға орналасу",
                    "Құрметті студенттер! Жатақханаға орналасу {date} бастап. Төлем тек университет шотына.\n\n"
                    "Студенттер үйі"),
                   ("Салық қайтару туралы",
                    "Құрметті салық төлеуші! Артық төленген салық жеке кабинет арқылы қайтарылады. Біз SMS арқылы "
                    "сілтеме жібермейміз.")],
    },
    "uzc": {
        "job": [("Bo'sh ish o'rinlari yarmarkasi",
                 "Hurmatli yoshlar! {date} kuni tuman bandlik markazida bo'sh ish o'rinlari yarmarkasi bo'ladi. 40 dan "
                 "ortiq korxona qatnashadi. Kirish bepul, rezyumengizni olib keling."),
                ("Xorijda ishlash: rasmiy dasturlar",
                 "Tashqi mehnat migratsiyasi agentligi Koreya, Buyuk Britaniya va Germaniyadagi rasmiy dasturlar "
                 "ro'yxatini e'lon qildi. Agentlik xizmatlari bepul. Vositachilarga pul to'lamang.")],
        "courier": [("Posilka topshirildi",
                     "Jo'natmangiz {code} {date} kuni qabul qiluvchiga topshirildi. Rahmat!"),
                    ("Pochta bo'limi bayramda ishlamaydi",
                     "Hurmatli mijozlar! Bayram kunlari pochta bo'limi yopiq bo'ladi. Jo'natmalar saqlash muddati "
                     "uzaytiriladi, qo'shimcha to'lov olinmaydi.")],
        "bank-loan": [("Ipoteka bo'yicha eslatma",
                       "Hurmatli mijoz! Ipoteka shartnomasi {order} bo'yicha navbatdagi to'lov {fee}, muddati {date}."),
                      ("Karta muddati tugayapti",
                       "Hurmatli {name}! Kartangiz (oxirgi raqamlari {last4}) muddati tugayapti. Yangi kartani filialdan "
                       "bepul oling.")],
        "migrants": [("Rossiyada ish: maslahat kerak",
                      "Assalomu alaykum. Qozonda qurilishda ishlash uchun qanday hujjat kerak? Patent va tibbiy "
                      "ma'lumotnoma qayerda olinadi?\n\n{name}"),
                     ("Pul o'tkazmasi kelmadi",
                      "Birodarlar, kecha onamga pul o'tkazdim, hali kelmadi. Sizlarda ham shunday bo'lganmi? Bank "
                      "bir kun kutishni aytdi.\n\n{name}")],
        "notice": [("Kutubxona ish vaqti",
                    "Hurmatli talabalar! Imtihonlar davrida kutubxona 8:00 dan 22:00 gacha ishlaydi."),
                   ("Mahalla yig'ini",
                    "Hurmatli mahalla aholisi! {date} kuni soat 18:00 da mahalla yig'ini bo'lib o'tadi.")],
    },
    "ky": {
        "job": [("Бош орундар жарманкеси",
                 "Урматтуу жаштар! {date} күнү шаардык иш менен камсыз кылуу борборунда бош орундар жарманкеси болот. "
                 "Кирүү акысыз."),
                ("Арызыңыз кабыл алынды",
                 "Урматтуу {name}, арызыңыз кабыл алынды. Биз сиз менен порталыбыз аркылуу байланышабыз. Талапкерлерден "
                 "акча алынбайт.")],
        "courier": [("Посылка тапшырылды",
                     "Буйрутмаңыз {order} {date} күнү тапшырылды. Рахмат!"),
                    ("Берүү пунктунун иш убактысы",
                     "Урматтуу кардарлар! Берүү пункту эми 9:00дөн 20:00гө чейин иштейт. Кошумча акы алынбайт.")],
        "bank-loan": [("Насыя толук жабылды",
                       "Урматтуу кардар! {order} насыя келишими боюнча карыз толук төлөндү. Маалымкатты тиркемеден "
                       "алыңыз."),
                      ("Картаңыздын мөөнөтү бүтүп жатат",
                       "Урматтуу {name}! Картаңыздын ({last4}) мөөнөтү бүтүп жатат. Жаңы картаны филиалдан акысыз "
                       "алыңыз.")],
        "migrants": [("Москвада патент канча турат?",
                      "Салам баарына! Жакында патент төлөгөндөр айтып койгулачы, азыр айына канча? Менде {fee} "
                      "чыгып жатат.\n\n{name}"),
                     ("Үйгө посылка жөнөтүү",
                      "Достор, Екатеринбургдан Ошко посылка жөнөткөндөр барбы? Кийим жана дары жөнөтөйүн дедим, бажы "
                      "барбы?\n\n{name}")],
        "notice": [("Китепкананын иш убактысы",
                    "Урматтуу студенттер! Сынак мезгилинде китепкана 8:00дөн 22:00гө чейин иштейт."),
                   ("Салык кайтаруу тууралуу",
                    "Урматтуу салык төлөөчү! Ашыкча төлөнгөн салык жеке кабинет аркылуу кайтарылат. Биз SMS аркылуу "
                    "шилтеме жөнөтпөйбүз.")],
    },
    "tg": {
        "job": [("Ярмаркаи ҷойҳои корӣ",
                 "Ҷавонони азиз! {date} дар маркази шуғли аҳолӣ ярмаркаи ҷойҳои корӣ баргузор мешавад. Вуруд ройгон."),
                ("Аризаи шумо қабул шуд",
                 "Мӯҳтарам {name}, аризаи шумо қабул шуд. Мо тавассути портал бо шумо тамос мегирем. Аз номзадҳо пул "
                 "гирифта намешавад.")],
        "courier": [("Баста супорида шуд",
                     "Фармоиши шумо {order} {date} супорида шуд. Ташаккур!"),
                    ("Соатҳои кори нуқтаи супоридан",
                     "Мизоҷони мӯҳтарам! Нуқтаи супоридан акнун аз 9:00 то 20:00 кор мекунад. Пардохти иловагӣ нест.")],
        "bank-loan": [("Қарз пурра пӯшида шуд",
                       "Мизоҷи мӯҳтарам! Қарз аз рӯи шартномаи {order} пурра пардохт шуд. Маълумотномаро аз барнома "
                       "гиред."),
                      ("Мӯҳлати корти шумо ба охир мерасад",
                       "Мӯҳтарам {name}! Мӯҳлати корти шумо ({last4}) ба охир мерасад. Корти навро дар филиал ройгон "
                       "гиред.")],
        "migrants": [("Патент дар Маскав чанд пул аст?",
                      "Салом ба ҳама! Касе ки наздикӣ патент пардохт кард, гӯед, ҳозир моҳе чанд аст? Ба ман {fee} "
                      "баромад.\n\n{name}"),
                     ("Фиристодани баста ба хона",
                      "Бародарон, касе аз Новосибирск ба Хуҷанд баста фиристодааст? Либос ва дору фиристодан "
                      "мехоҳам, боҷ ҳаст?\n\n{name}")],
        "notice": [("Соатҳои кори китобхона",
                    "Донишҷӯёни мӯҳтарам! Дар давраи имтиҳонот китобхона аз 8:00 то 22:00 кор мекунад."),
                   ("Бозгардонидани андоз",
                    "Андозсупорандаи мӯҳтарам! Андози зиёдатӣ тавассути кабинети шахсӣ баргардонида мешавад. Мо бо SMS "
                    "пайванд намефиристем.")],
    },
    "tk": {
        "job": [("Iş orunlarynyň ýarmarkasy",
                 "Hormatly ýaşlar! {date} senesinde iş bilen üpjün ediş merkezinde iş orunlarynyň ýarmarkasy geçiriler. "
                 "Giriş mugt."),
                ("Arzaňyz kabul edildi",
                 "Hormatly {name}, arzaňyz kabul edildi. Biz siziň bilen portal arkaly habarlaşarys. Dalaşgärlerden pul "
                 "alynmaýar.")],
        "courier": [("Posylka gowşuryldy",
                     "Sargydyňyz {order} {date} senesinde gowşuryldy. Sag boluň!"),
                    ("Bölümiň iş wagty",
                     "Hormatly müşderiler! Poçta bölümi indi 9:00-dan 19:00-a çenli işleýär. Goşmaça töleg alynmaýar.")],
        "pharmacy": [("Täze harytlar: tonometr",
                      "Dermanhanalarymyza tonometrler we pulsoksimetrler geldi. Bahasy {fee}-dan başlap."),
                     ("Dermanhananyň täze salgysy",
                      "Hormatly müşderiler! Dermanhanamyz täze salga göçdi: Magtymguly şaýoly, 40.")],
        "bank-loan": [("Karz doly ýapyldy",
                       "Hormatly müşderi! {order} karz şertnamasy boýunça bergi doly tölendi."),
                      ("Kartyňyzyň möhleti gutarýar",
                       "Hormatly {name}! Kartyňyzyň ({last4}) möhleti gutarýar. Täze karty şahamçadan mugt alyň.")],
        "notice": [("Kitaphananyň iş wagty",
                    "Hormatly talyplar! Synag döwründe kitaphana 8:00-dan 22:00-a çenli işleýär."),
                   ("Ýygnak barada habar",
                    "Hormatly ýaşaýjylar! {date} senesinde sagat 18:00-da ýygnak geçiriler.")],
    },
}
