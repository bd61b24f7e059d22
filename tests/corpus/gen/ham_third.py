"""Third batch of legitimate look-alikes (round 4, `batch: third`), written
blind beside scam_third.py (never against the packs): mail, pages and posts
that share the scams' vocabulary but ask for nothing a scam asks for.

English and Russian carry eleven kinds; the other languages six (lottery and
loyalty-draw RESULTS in every language, a known false-positive class in the
Central Asian ones; real shops with discounts; genuine carrier notices; real
bank and loan offers; fraud warnings that quote the scams; and one more).
Slots: subj, open, body, close; even variants development, odd held-out.
"""

PER_KIND = {"en": 30, "ru": 30}  # every other language: 14 per kind

EN = {
    "tech-list": {
        "subj": ["[dev] Re: webcam driver crashes on resume", "[btcd] PATCH v3: speed up block header validation",
                 "[infra] password rotation for the staging database", "Re: [announce] payment module 2.4 released"],
        "open": [
            "I bisected the webcam freeze after suspend to the uvc power management change in 6.1.",
            "This series caches the header hashes so a full BTC node syncs about twelve percent faster on spinning disks.",
            "Reminder: the staging database password rotates on Monday; the new one will be in the vault, never in mail.",
            "The payment module now supports partial refunds and idempotency keys for retried requests.",
        ],
        "body": [
            "Logs attached; the camera comes back if I reload the module by hand.",
            "Benchmarks were run on a testnet wallet with 0.5 BTC of dust transactions, numbers below.",
            "Please do not paste credentials into tickets; use the secrets manager and rotate anything you leaked.",
            "The lottery scheduler in the kernel is unrelated, it only picks which task runs next.",
            "Reviewed-by tags welcome; I will send v4 after the weekend.",
            "We transfer the sponsorship payment for the conference booth next week, invoices go to the treasurer.",
        ],
        "close": ["--\nTo unsubscribe, send a mail to the list-request address with 'unsubscribe'.", "Thanks,\nMarta",
                  "Regards,\nthe release team", "Signed-off-by: Ken Adams"],
    },
    "invoice": {
        "subj": ["Invoice INV-2291 for November", "Payment reminder: invoice 4471 is due", "Your receipt from the print shop",
                 "Credit note for order 88120"],
        "open": [
            "Please find attached invoice INV-2291 for the consulting hours in November.",
            "This is a friendly reminder that invoice 4471 falls due on the 30th.",
            "Thank you for your payment; your receipt for the business cards is below.",
            "We issued a credit note for the returned monitor; the amount goes back to your card in five days.",
        ],
        "body": [
            "Payment terms are 30 days net to the IBAN printed on the invoice; our bank details have not changed.",
            "If our bank details ever appear to change, please call us on the number on our website before paying.",
            "VAT is shown separately; the reverse charge applies to customers outside the country.",
            "You can also pay by card through the customer portal where all past invoices are listed.",
            "The purchase order number must appear as the reference of the transfer.",
            "If you already paid, please ignore this message.",
        ],
        "close": ["Accounts receivable\nNorthwind Consulting Ltd", "Kind regards,\nBilling team", "Thank you for your business.",
                  "Finance department"],
    },
    "bank-notice": {
        "subj": ["Your personal loan offer", "Important: changes to your account terms", "Your card was renewed",
                 "Reminder: keep your PIN to yourself"],
        "open": [
            "Based on your account history, you can borrow up to 15,000 at a representative APR of 7.9 percent.",
            "From 1 March the monthly fee for the current account changes; details are in your online banking.",
            "Your new debit card is on its way; the old one stops working when you first use the new one.",
            "Criminals pretend to be bank staff and ask customers to move money to a safe account; we never do that.",
        ],
        "body": [
            "The offer is subject to a credit check and affordability assessment; borrowing more than you can repay can affect your credit score.",
            "You can apply in the app; there is no fee for applying and no payment is needed before the loan is paid out.",
            "We will never ask for your PIN, your full password or a code from a text message by phone or mail.",
            "If you did not request this, please call the number on the back of your card.",
            "Repayment example: 5,000 over 36 months, 156.40 a month, total payable 5,630.",
            "Log in to online banking by typing our address yourself, not through links in messages.",
        ],
        "close": ["Your bank", "This message was sent to you as a customer; it is not a marketing mail.",
                  "Customer service is available 24/7 on the number on our website.", "Regards,\nPersonal lending"],
    },
    "parcel-notice": {
        "subj": ["Your delivery is today", "Customs charges paid at checkout", "Parcel held at the post office",
                 "Return label for your order"],
        "open": [
            "Your parcel with tracking number JD0144 will arrive today between 12:00 and 16:00.",
            "Your order from our UK store has cleared customs; duties were paid at checkout so nothing is due.",
            "We could not deliver your parcel because it would not fit in the mailbox; it is waiting at your post office.",
            "Here is the prepaid return label for the jacket you want to send back.",
        ],
        "body": [
            "Bring the card we left and an ID; the parcel is kept for 14 days before it goes back to the sender.",
            "If customs charges are due on a parcel, the driver collects them at the door or you pay them in our app with your tracking number.",
            "We never send texts asking for card details to release a parcel.",
            "You can redirect the parcel to a neighbour for free in the app.",
            "Refunds are issued to the original payment method within five working days of receiving the return.",
            "The weight of your parcel is 2.4 kg; the shipping was paid by the sender.",
        ],
        "close": ["Your delivery team", "Please do not reply to this automatic message.", "Thanks,\nCustomer care",
                  "Track your parcel on our website."],
    },
    "fraud-news": {
        "subj": ["Scam alert: the 'parcel fee' text", "Newsletter: sextortion mails are back", "How the romance scam works",
                 "Warning about fake job offers"],
        "open": [
            "A wave of texts claims a parcel is held until a small fee is paid; the link leads to a fake card form.",
            "Police report a new round of emails claiming a hacker recorded the recipient through the webcam and demanding bitcoin.",
            "Romance fraudsters build trust for weeks and then need money for a flight, customs or a medical bill.",
            "Criminals recruit money mules with job offers that promise easy income for receiving and forwarding payments.",
        ],
        "body": [
            "The mails often show an old password from a data breach to look credible; no video exists.",
            "Do not pay, do not reply, and report the message; if you paid, call your bank immediately.",
            "Advance-fee fraud promises an inheritance or a lottery prize but asks for fees first; real prizes never cost money.",
            "Being a money mule is a crime even if you did not know where the money came from.",
            "Victims can report to the national fraud line; the number is on the police website.",
            "Check a seller before paying by bank transfer: fake shops ask for transfers because card payments can be reversed.",
        ],
        "close": ["Stay safe,\nthe consumer protection team", "Share this with older relatives.",
                  "You subscribed to our security newsletter. Unsubscribe.", "Community police team"],
    },
    "charity": {
        "subj": ["Winter appeal: warm meals for families", "Thank you for your donation", "Our annual report is out",
                 "Support the animal shelter"],
        "open": [
            "This winter our volunteers will serve 40,000 warm meals; every gift helps a family through the cold months.",
            "Thank you for your donation last month; your receipt for tax purposes is attached.",
            "Our audited annual report shows how every donation was spent in the last year.",
            "The shelter took in 120 dogs this year and needs help with food and vet bills.",
        ],
        "body": [
            "You can give by card on our website, by direct debit, or in bitcoin to our published address.",
            "We are a registered charity; our registration number and accounts are public.",
            "We will never call you to ask for a donation by gift card.",
            "Gift Aid lets us claim 25 percent extra on your donation at no cost to you.",
            "You can cancel a monthly donation at any time in your supporter account.",
            "Volunteers are welcome; no experience is needed, just a few hours a month.",
        ],
        "close": ["With gratitude,\nthe fundraising team", "Registered charity no. 1123456", "Thank you,\nAnna, volunteer coordinator",
                  "Unsubscribe from appeals"],
    },
    "shop": {
        "subj": ["Black Friday: 60% off everything", "Your order is confirmed", "Flash sale on headphones",
                 "Last chance: free shipping ends tonight"],
        "open": [
            "Black Friday is here: up to 60 percent off across the store, online and in our shops.",
            "Thanks for your order; we will let you know as soon as it ships.",
            "Today only, noise-cancelling headphones for half price while stocks last.",
            "Free shipping on every order ends at midnight tonight.",
        ],
        "body": [
            "Pay by card, Apple Pay, PayPal or in three interest-free instalments.",
            "Returns are free within 30 days; refunds go back to your original payment method.",
            "Prices include VAT; delivery takes two to four working days.",
            "Our customer service will never ask you to pay by bank transfer to a private account.",
            "Use the code WINTER10 at checkout for an extra 10 percent off full-price items.",
            "Masks and hand gel are still available in our pharmacy section at normal prices.",
        ],
        "close": ["Happy shopping!", "You get this mail because you joined our club. Unsubscribe.", "The shop team",
                  "Questions? Chat with us on our website."],
    },
    "lottery-news": {
        "subj": ["Draw results for Wednesday", "Winners of the customer draw", "Jackpot rolls over again",
                 "Did you check your ticket?"],
        "open": [
            "The winning numbers of Wednesday's draw are 4, 17, 22, 31, 38 and bonus 9.",
            "We have drawn the winners of the autumn customer draw; they have been notified through their accounts.",
            "No ticket matched all six numbers, so the jackpot rolls over to an estimated 12 million.",
            "Prizes from the last draw remain unclaimed; check your ticket before it expires.",
        ],
        "body": [
            "Winners never need to pay a fee; if someone asks you to pay to receive a prize, it is a scam.",
            "Prizes up to 500 can be claimed at any retailer; bigger prizes are paid by bank transfer after ID checks.",
            "Tickets bought online are checked automatically and winnings are credited to your player account.",
            "The draw was supervised by an independent auditor and the full results are on our website.",
            "Proceeds from the lottery support sport, culture and heritage projects.",
            "Please play responsibly; you can set deposit limits in your account.",
        ],
        "close": ["18+ only. Play responsibly.", "Good luck,\nThe National Draw", "Results are published after every draw.",
                  "Customer draw team"],
    },
    "job-ad": {
        "subj": ["Vacancy: payments analyst (hybrid)", "We are hiring warehouse staff", "Job alert: 12 new remote roles",
                 "Invitation to interview"],
        "open": [
            "We are looking for a payments analyst to monitor transactions and help us fight fraud.",
            "Our warehouse is hiring seasonal staff for the winter peak, day and night shifts available.",
            "Twelve new remote roles match your saved search, including customer support and bookkeeping.",
            "Thank you for applying; we would like to invite you to an interview next Tuesday at our office.",
        ],
        "body": [
            "The salary is paid monthly by payroll; we never ask candidates to pay for training or equipment.",
            "You will need a work permit and a reference from a previous employer.",
            "Remote does not mean unverified: every employer on our board is checked.",
            "Beware of offers that ask you to receive money into your own account and pass it on; that is money laundering.",
            "Please bring an ID; we will send the contract by mail after the interview.",
            "Benefits include a pension plan, 25 days holiday and a travel allowance.",
        ],
        "close": ["Best regards,\nHR team", "Apply on our careers page.", "People & Culture\nBright Logistics",
                  "You are receiving job alerts because you signed up."],
    },
    "crypto-news": {
        "subj": ["Market wrap: bitcoin falls below 60k", "Weekly: ETH staking yields and regulation",
                 "Exchange notice: scheduled maintenance", "Security tip: giveaway scams"],
        "open": [
            "Bitcoin slid below 60,000 dollars on Tuesday as traders took profits ahead of the rate decision.",
            "Staking yields on Ethereum fell to about 3 percent this month, the lowest this year.",
            "Deposits and withdrawals will be paused on Sunday from 02:00 to 04:00 UTC for maintenance.",
            "Fake giveaways promise to double any crypto you send; no exchange or celebrity does that.",
        ],
        "body": [
            "Analysts expect volatility to stay high until the ETF flow data is published.",
            "This is not investment advice; crypto assets can lose their whole value.",
            "We will never ask you to send coins to verify your account or unlock a withdrawal.",
            "The regulator published its draft rules for stablecoin issuers on Friday.",
            "Enable two-factor authentication and whitelist your withdrawal addresses.",
            "Trading volume on spot markets was 18 percent lower than the previous week.",
        ],
        "close": ["The research desk", "You can manage your newsletter preferences in your account.", "Regards,\nExchange support",
                  "Crypto Weekly, independent since 2017"],
    },
    "personal": {
        "subj": ["Re: grandma's will", "Money for the trip", "Re: the car loan", "photos from the weekend"],
        "open": [
            "The notary called: grandma's will is read on Thursday, can you come?",
            "I sent you the money for the train tickets, check your account.",
            "I paid off the car loan this month, finally, no more instalments.",
            "Here are the photos from the weekend, the webcam at the cabin actually works now.",
        ],
        "body": [
            "The inheritance is just the flat and some savings, the lawyer will split it between us.",
            "Don't forget your password for the booking site, it is in the note I gave you.",
            "Mum says thank you for the flowers, she misses you.",
            "I won twenty euros in the office lottery, drinks are on me.",
            "Can you pay me back for the concert tickets when you get paid?",
            "Love you, see you at Christmas.",
        ],
        "close": ["Hugs,\nKate", "xx", "See you soon,\nTom", "Love,\nMum"],
    },
}

RU = {
    "tech-list": {
        "subj": ["[dev] Re: веб-камера отваливается после сна", "[bitcoin-ru] Синхронизация ноды BTC стала медленнее",
                 "[infra] смена пароля к тестовой базе", "Re: [announce] вышел модуль платежей 2.4"],
        "open": [
            "Подвисание веб-камеры после сна я отследил до изменения в управлении питанием uvc в ядре 6.1.",
            "После обновления нода BTC синхронизируется на треть дольше, подозреваю новую проверку заголовков.",
            "Напоминаю: пароль к тестовой базе меняется в понедельник, новый будет в хранилище секретов, не в почте.",
            "Модуль платежей теперь поддерживает частичные возвраты и ключи идемпотентности для повторных запросов.",
        ],
        "body": [
            "Логи приложил; камера оживает, если вручную перезагрузить модуль.",
            "Замеры делал на тестовом кошельке с мелкими транзакциями, цифры ниже.",
            "Пожалуйста, не вставляйте пароли в тикеты; если что-то утекло, смените сразу.",
            "Лотерейный планировщик тут ни при чём, он только выбирает, какая задача пойдёт следующей.",
            "Замечания приветствуются, четвёртую версию пришлю после выходных.",
            "Оплату за стенд на конференции переведём на следующей неделе, счета отправляйте казначею.",
        ],
        "close": ["--\nЧтобы отписаться, напишите на адрес рассылки с темой unsubscribe.", "Спасибо,\nМарта",
                  "С уважением,\nкоманда релизов", "Signed-off-by: Кирилл Смирнов"],
    },
    "invoice": {
        "subj": ["Счёт № 2291 за ноябрь", "Напоминание: срок оплаты счёта 4471", "Ваш чек из типографии",
                 "Акт сверки за квартал"],
        "open": [
            "Направляем счёт № 2291 за консультационные услуги в ноябре.",
            "Напоминаем, что срок оплаты счёта 4471 истекает 30-го числа.",
            "Спасибо за оплату, кассовый чек за визитки ниже.",
            "Высылаем акт сверки взаиморасчётов за третий квартал, просим подписать.",
        ],
        "body": [
            "Оплата в течение 30 дней по реквизитам, указанным в счёте; наши банковские реквизиты не менялись.",
            "Если вам придёт письмо о смене наших реквизитов, позвоните нам по номеру с сайта, прежде чем платить.",
            "НДС выделен отдельной строкой.",
            "Все закрывающие документы доступны в личном кабинете и по ЭДО.",
            "В назначении платежа укажите номер договора.",
            "Если вы уже оплатили, просто проигнорируйте это письмо.",
        ],
        "close": ["Бухгалтерия ООО «Северный ветер»", "С уважением,\nотдел расчётов", "Благодарим за сотрудничество.",
                  "Финансовый отдел"],
    },
    "bank-notice": {
        "subj": ["Предложение по кредиту наличными", "Изменение тарифов по вашей карте", "Ваша карта перевыпущена",
                 "Мы никогда не спрашиваем код из СМС"],
        "open": [
            "Вам доступен кредит наличными до 500 000 рублей, полная стоимость кредита от 19,9 процента годовых.",
            "С 1 марта меняется стоимость обслуживания карты, подробности в мобильном приложении.",
            "Новая карта готова, её можно получить в отделении; старая перестанет работать после активации новой.",
            "Мошенники представляются сотрудниками банка и просят перевести деньги на безопасный счёт; банк так не делает.",
        ],
        "body": [
            "Решение принимается после оценки платёжеспособности; оформление бесплатно, никаких платежей до выдачи не требуется.",
            "Заявку можно подать в приложении, деньги поступят на ваш счёт в банке.",
            "Мы никогда не просим назвать ПИН-код, CVV или код из СМС по телефону или в мессенджере.",
            "Если вы не совершали эту операцию, позвоните по номеру на обороте карты.",
            "Пример: 300 000 рублей на 36 месяцев, ежемесячный платёж 11 120 рублей.",
            "Входите в интернет-банк, набирая адрес вручную, а не по ссылкам из сообщений.",
        ],
        "close": ["Ваш банк", "Это сервисное сообщение, а не реклама.", "Поддержка работает круглосуточно по номеру на сайте.",
                  "С уважением,\nслужба кредитования"],
    },
    "parcel-notice": {
        "subj": ["Доставка сегодня", "Пошлина уплачена при заказе", "Посылка ждёт в отделении", "Возврат заказа оформлен"],
        "open": [
            "Ваша посылка с трек-номером RB4471 будет доставлена сегодня с 12:00 до 16:00.",
            "Заказ из зарубежного магазина прошёл таможню; пошлину оплатил продавец при оформлении, доплачивать ничего не нужно.",
            "Посылка не поместилась в ящик и ждёт вас в почтовом отделении.",
            "Возврат куртки оформлен, курьер заберёт её завтра.",
        ],
        "body": [
            "Возьмите паспорт и извещение; посылка хранится 15 дней, потом возвращается отправителю.",
            "Если пошлина всё же начислена, её можно оплатить только на нашем официальном сайте по трек-номеру или при получении.",
            "Мы не присылаем СМС с просьбой ввести данные карты для выдачи посылки.",
            "Изменить дату доставки можно в приложении бесплатно.",
            "Деньги за возврат поступят на карту, которой вы платили, в течение пяти рабочих дней.",
            "Вес отправления 2,4 кг, доставка оплачена отправителем.",
        ],
        "close": ["Служба доставки", "Это автоматическое сообщение, отвечать на него не нужно.", "Спасибо,\nслужба поддержки",
                  "Отслеживайте посылку на нашем сайте."],
    },
    "fraud-news": {
        "subj": ["Осторожно: СМС про неоплаченную посылку", "Рассылка: снова письма с шантажом", "Как работают брачные аферисты",
                 "Фальшивые вакансии: предупреждение"],
        "open": [
            "Пошла волна СМС о том, что посылка задержана до оплаты сбора; ссылка ведёт на поддельную форму оплаты картой.",
            "Полиция сообщает о новой рассылке: хакер якобы снял получателя через веб-камеру и требует биткоины.",
            "Брачные аферисты неделями входят в доверие, а потом им срочно нужны деньги на билет, таможню или лечение.",
            "Мошенники вербуют дропов под видом вакансий: лёгкий заработок за приём и пересылку переводов.",
        ],
        "body": [
            "В таких письмах часто указан старый пароль из утечки, чтобы выглядеть убедительно; никакого видео нет.",
            "Не платите, не отвечайте, сообщите о письме; если уже перевели деньги, сразу звоните в банк.",
            "Мошенники обещают наследство или выигрыш, но сначала просят оплатить сбор; настоящие призы денег не требуют.",
            "Быть дропом — уголовное преступление, даже если вы не знали, откуда деньги.",
            "О мошенничестве можно сообщить по телефону горячей линии на сайте полиции.",
            "Проверяйте магазин перед оплатой переводом: поддельные магазины просят перевод, потому что платёж картой можно оспорить.",
        ],
        "close": ["Берегите себя,\nкоманда финансовой грамотности", "Перешлите пожилым родственникам.",
                  "Вы подписаны на рассылку о безопасности. Отписаться.", "Пресс-служба УМВД"],
    },
    "charity": {
        "subj": ["Зимний сбор: горячие обеды для семей", "Спасибо за ваше пожертвование", "Годовой отчёт фонда",
                 "Помогите приюту для животных"],
        "open": [
            "Этой зимой волонтёры раздадут 40 000 горячих обедов, каждый ваш вклад помогает семье пережить холода.",
            "Спасибо за пожертвование в прошлом месяце, квитанция для налогового вычета во вложении.",
            "Аудированный годовой отчёт показывает, на что потрачен каждый рубль пожертвований.",
            "Приют принял 120 собак за год и нуждается в помощи с кормом и лечением.",
        ],
        "body": [
            "Пожертвовать можно картой на сайте, ежемесячной подпиской или криптовалютой на опубликованный адрес фонда.",
            "Мы зарегистрированная некоммерческая организация, отчёты и реквизиты открыты.",
            "Мы никогда не звоним с просьбой оплатить пожертвование подарочными картами.",
            "Ежемесячную подписку можно отменить в личном кабинете в любой момент.",
            "Нужны волонтёры, опыт не требуется, достаточно пары часов в месяц.",
            "Все пожертвования освобождены от комиссии благодаря партнёру-банку.",
        ],
        "close": ["С благодарностью,\nкоманда фонда", "Благотворительный фонд «Тёплый дом», ОГРН 1027700000000",
                  "Спасибо,\nАнна, координатор волонтёров", "Отписаться от рассылки"],
    },
    "shop": {
        "subj": ["Чёрная пятница: скидки до 60%", "Ваш заказ подтверждён", "Распродажа наушников", "Бесплатная доставка до полуночи"],
        "open": [
            "Чёрная пятница началась: скидки до 60 процентов на весь ассортимент в магазинах и на сайте.",
            "Спасибо за заказ, сообщим, как только он будет передан в доставку.",
            "Только сегодня наушники с шумоподавлением за полцены, пока есть в наличии.",
            "Бесплатная доставка любого заказа действует до полуночи.",
        ],
        "body": [
            "Оплата картой, через СБП, Долями или при получении.",
            "Вернуть товар можно в течение 30 дней, деньги вернутся тем же способом оплаты.",
            "Цены указаны с НДС, доставка два-четыре рабочих дня.",
            "Наши сотрудники никогда не просят оплатить заказ переводом на личную карту.",
            "Промокод ЗИМА10 даёт дополнительную скидку 10 процентов на товары без скидки.",
            "Маски и антисептики по-прежнему есть в разделе аптеки по обычной цене.",
        ],
        "close": ["Приятных покупок!", "Вы получили письмо, потому что вступили в клуб. Отписаться.", "Команда магазина",
                  "Вопросы? Пишите в чат на сайте."],
    },
    "lottery-news": {
        "subj": ["Результаты тиража № 1571", "Победители розыгрыша для покупателей", "Джекпот снова не разыгран",
                 "Проверьте свой билет"],
        "open": [
            "Выигрышные номера тиража № 1571: 4, 17, 22, 31, 38 и бонусный шар 9.",
            "Мы определили победителей осеннего розыгрыша среди покупателей, они уведомлены в личных кабинетах.",
            "Ни один билет не угадал все шесть чисел, джекпот переходит в следующий тираж и составит около 120 млн рублей.",
            "Часть выигрышей прошлого тиража не востребована, проверьте билет, пока он действует.",
        ],
        "body": [
            "Победителям никогда не нужно ничего платить; если за получение приза просят деньги, это мошенники.",
            "Выигрыши до 100 000 рублей выплачиваются в точках продаж, крупные — переводом после проверки документов.",
            "Билеты, купленные онлайн, проверяются автоматически, выигрыш зачисляется в кошелёк игрока.",
            "Тираж проводился под контролем независимой комиссии, полная таблица результатов на сайте.",
            "Налог с выигрыша свыше 4000 рублей удерживается оператором автоматически.",
            "Играйте ответственно; лимиты можно установить в личном кабинете.",
        ],
        "close": ["18+. Играйте ответственно.", "Удачи,\nГосударственная лотерея", "Результаты публикуются после каждого тиража.",
                  "Команда программы лояльности"],
    },
    "job-ad": {
        "subj": ["Вакансия: аналитик платежей (гибрид)", "Набор сотрудников на склад", "Подборка: 12 удалённых вакансий",
                 "Приглашение на собеседование"],
        "open": [
            "Ищем аналитика платежей, который будет следить за транзакциями и помогать бороться с мошенничеством.",
            "Склад набирает сотрудников на сезон, дневные и ночные смены.",
            "По вашему поиску найдено двенадцать удалённых вакансий, в том числе поддержка и бухгалтерия.",
            "Спасибо за отклик, приглашаем на собеседование во вторник в наш офис.",
        ],
        "body": [
            "Зарплата официальная, два раза в месяц; мы никогда не просим кандидатов платить за обучение.",
            "Оформление по ТК, ДМС после испытательного срока.",
            "Все работодатели на нашем сайте проходят проверку.",
            "Осторожно: предложения принимать деньги на свою карту и пересылать дальше — это отмывание денег.",
            "Возьмите с собой паспорт, договор пришлём после собеседования.",
            "График пять через два, компенсация проезда.",
        ],
        "close": ["С уважением,\nотдел кадров", "Откликнуться можно на странице карьеры.", "HR «Светлая логистика»",
                  "Вы получаете подборки, потому что подписались на них."],
    },
    "crypto-news": {
        "subj": ["Обзор рынка: биткоин ниже 60 тысяч", "Неделя: доходность стейкинга ETH", "Биржа: плановые работы",
                 "Безопасность: фальшивые раздачи"],
        "open": [
            "Во вторник биткоин опустился ниже 60 000 долларов, трейдеры фиксировали прибыль перед решением по ставке.",
            "Доходность стейкинга Ethereum в этом месяце снизилась примерно до 3 процентов.",
            "В воскресенье с 02:00 до 04:00 UTC ввод и вывод средств будут приостановлены для технических работ.",
            "Фальшивые раздачи обещают удвоить любую отправленную криптовалюту; ни биржи, ни знаменитости так не делают.",
        ],
        "body": [
            "Аналитики ждут высокой волатильности до публикации данных о притоках в ETF.",
            "Это не инвестиционная рекомендация, криптоактивы могут полностью обесцениться.",
            "Мы никогда не просим отправить монеты для верификации аккаунта или разблокировки вывода.",
            "Регулятор опубликовал проект правил для эмитентов стейблкоинов.",
            "Включите двухфакторную аутентификацию и белый список адресов вывода.",
            "Объём торгов на спотовом рынке на 18 процентов ниже прошлой недели.",
        ],
        "close": ["Аналитический отдел", "Настроить рассылку можно в личном кабинете.", "С уважением,\nподдержка биржи",
                  "Крипто-неделя"],
    },
    "personal": {
        "subj": ["Re: завещание бабушки", "Деньги на поездку", "Re: автокредит", "фотки с выходных"],
        "open": [
            "Звонил нотариус: завещание бабушки огласят в четверг, приедешь?",
            "Перевела тебе деньги на билеты на поезд, проверь карту.",
            "В этом месяце наконец закрыл автокредит, больше никаких платежей.",
            "Вот фотки с выходных, веб-камера на даче наконец заработала.",
        ],
        "body": [
            "Наследство — это квартира и немного сбережений, юрист поделит поровну.",
            "Не забудь пароль от сайта бронирования, он в записке, которую я тебе дала.",
            "Мама благодарит за цветы, скучает.",
            "Выиграл в лотерею на работе пятьсот рублей, угощаю.",
            "Вернёшь мне за билеты на концерт с зарплаты?",
            "Люблю, увидимся на Новый год.",
        ],
        "close": ["Обнимаю,\nКатя", "Целую", "До встречи,\nСаша", "Мама"],
    },
}

DE = {
    "lottery-news": {
        "subj": ["Gewinnzahlen vom Samstag", "Gewinner unserer Kundenverlosung"],
        "open": [
            "Die Gewinnzahlen der Samstagsziehung lauten 3, 11, 19, 27, 40, 44, Superzahl 6.",
            "Die Gewinner der Herbstverlosung stehen fest und wurden über ihr Kundenkonto benachrichtigt.",
            "Der Jackpot wurde nicht geknackt und steigt auf rund 15 Millionen Euro.",
            "Ein Tipper aus Bayern hat sechs Richtige und gewinnt 2,1 Millionen Euro.",
        ],
        "body": [
            "Gewinner müssen niemals eine Gebühr zahlen; wer für einen Gewinn Geld verlangt, ist ein Betrüger.",
            "Gewinne bis 1000 Euro werden in der Annahmestelle ausgezahlt, höhere per Überweisung nach Prüfung des Ausweises.",
            "Die Ziehung fand unter notarieller Aufsicht statt, alle Quoten stehen auf unserer Webseite.",
            "Online gekaufte Tipps werden automatisch geprüft und Gewinne dem Spielkonto gutgeschrieben.",
        ],
        "close": ["Spielen ab 18. Glücksspiel kann süchtig machen.", "Viel Glück\nIhre Lotteriegesellschaft"],
    },
    "shop": {
        "subj": ["Winterschlussverkauf: bis zu 60% Rabatt", "Ihre Bestellung wurde versandt"],
        "open": [
            "Der Winterschlussverkauf hat begonnen: bis zu 60 Prozent auf Jacken, Stiefel und Taschen.",
            "Vielen Dank für Ihre Bestellung, sie hat unser Lager verlassen.",
            "Nur heute: Kopfhörer zum halben Preis, solange der Vorrat reicht.",
            "Kostenloser Versand für alle Bestellungen bis Mitternacht.",
        ],
        "body": [
            "Bezahlen Sie per Karte, PayPal, Rechnung oder in Raten; alle Zahlungen sind geschützt.",
            "Rücksendungen sind 30 Tage lang kostenlos, die Erstattung erfolgt auf das ursprüngliche Zahlungsmittel.",
            "Unser Kundenservice bittet niemals um Vorkasse auf ein Privatkonto.",
            "Mit dem Code WINTER10 sparen Sie weitere 10 Prozent auf reguläre Artikel.",
        ],
        "close": ["Viel Spaß beim Einkaufen!", "Sie erhalten diese E-Mail als Newsletter-Abonnent. Abmelden."],
    },
    "parcel-notice": {
        "subj": ["Ihr Paket kommt heute", "Benachrichtigung: Paket in der Filiale"],
        "open": [
            "Ihr Paket mit der Sendungsnummer 0034 4471 wird heute zwischen 12 und 16 Uhr zugestellt.",
            "Wir haben Sie nicht angetroffen; Ihr Paket liegt ab morgen in Ihrer Postfiliale.",
            "Ihre Sendung aus den USA wurde verzollt, die Einfuhrabgaben hat der Händler bereits bezahlt.",
            "Ihr Rücksendeetikett für die Bestellung 88120 ist angehängt.",
        ],
        "body": [
            "Bitte bringen Sie die Benachrichtigungskarte und Ihren Ausweis mit; das Paket wird sieben Werktage gelagert.",
            "Fällige Zollgebühren zahlen Sie bei der Zustellung an der Haustür oder in unserer App, nie über Links in SMS.",
            "Sie können den Zustelltag kostenlos in der App ändern.",
            "Die Erstattung erfolgt nach Eingang der Rücksendung innerhalb von fünf Werktagen.",
        ],
        "close": ["Ihr Paketdienst", "Dies ist eine automatische Nachricht."],
    },
    "bank-notice": {
        "subj": ["Ihr persönliches Kreditangebot", "Wichtig: Wir fragen nie nach Ihrer TAN"],
        "open": [
            "Sie können einen Ratenkredit bis 20.000 Euro zu einem effektiven Jahreszins von 6,9 Prozent beantragen.",
            "Betrüger geben sich als Bankmitarbeiter aus und fordern Überweisungen auf ein sicheres Konto; das tun wir nie.",
            "Ihre neue Girocard ist unterwegs, die alte verliert mit der ersten Nutzung der neuen ihre Gültigkeit.",
            "Ab 1. April ändern sich die Kontoführungsgebühren, die Details finden Sie im Online-Banking.",
        ],
        "body": [
            "Die Kreditvergabe setzt eine Bonitätsprüfung voraus; vor der Auszahlung fallen keine Gebühren an.",
            "Wir fragen niemals per Telefon, E-Mail oder SMS nach PIN, Passwort oder TAN.",
            "Beispiel: 10.000 Euro über 48 Monate, monatliche Rate 239 Euro.",
            "Rufen Sie uns unter der Nummer auf Ihrer Karte an, wenn Ihnen etwas verdächtig vorkommt.",
        ],
        "close": ["Ihre Sparkasse", "Diese Nachricht ist eine Serviceinformation."],
    },
    "fraud-news": {
        "subj": ["Verbraucherwarnung: falsche Paket-SMS", "Newsletter: Erpresser-Mails mit Bitcoin-Forderung"],
        "open": [
            "Derzeit kursieren SMS, nach denen ein Paket erst gegen eine kleine Gebühr zugestellt wird; der Link führt zu einer gefälschten Zahlungsseite.",
            "Die Polizei warnt vor E-Mails, in denen Erpresser behaupten, über die Webcam intime Aufnahmen gemacht zu haben.",
            "Beim Vorschussbetrug werden Erbschaften oder Lotteriegewinne versprochen, zuerst aber Gebühren verlangt.",
            "Falsche Jobangebote suchen Finanzagenten, die Geld annehmen und weiterleiten sollen.",
        ],
        "body": [
            "Zahlen Sie nicht und antworten Sie nicht; erstatten Sie Anzeige bei der Polizei.",
            "Oft nennen die Mails ein altes Passwort aus einem Datenleck; ein Video existiert nicht.",
            "Wer als Finanzagent Geld weiterleitet, macht sich der Geldwäsche strafbar.",
            "Echte Gewinne kosten nie Geld, und echte Banken verlangen keine Gutscheinkarten.",
        ],
        "close": ["Ihre Verbraucherzentrale", "Teilen Sie diese Warnung mit Ihren Angehörigen."],
    },
    "tech-list": {
        "subj": ["[dev] Re: Webcam-Treiber hängt nach dem Ruhezustand", "[infra] Passwortwechsel für die Testdatenbank"],
        "open": [
            "Das Einfrieren der Webcam nach dem Ruhezustand tritt erst seit Kernel 6.1 auf.",
            "Am Montag wird das Passwort der Testdatenbank rotiert, das neue liegt im Tresor.",
            "Der Zahlungsdienst unterstützt jetzt Teilerstattungen.",
            "Die BTC-Node synchronisiert nach dem Update deutlich langsamer, Messwerte anbei.",
        ],
        "body": [
            "Bitte keine Zugangsdaten in Tickets kopieren.",
            "Der Lotterie-Scheduler ist davon unabhängig.",
            "Logs hängen an, Version 4 des Patches kommt nach dem Wochenende.",
            "Die Zahlung für den Konferenzstand überweisen wir nächste Woche.",
        ],
        "close": ["--\nAbmelden über die Listen-Webseite.", "Danke,\nJonas"],
    },
}

FR = {
    "lottery-news": {
        "subj": ["Résultats du tirage de mardi", "Gagnants de notre jeu fidélité"],
        "open": [
            "Les numéros gagnants du tirage de mardi sont 5, 12, 23, 34, 41 et le numéro chance 7.",
            "Les gagnants du jeu fidélité d'automne ont été tirés au sort et prévenus dans leur espace client.",
            "Personne n'a trouvé la bonne combinaison, la cagnotte passe à 17 millions d'euros.",
            "Un joueur de Lyon remporte 250 000 euros grâce au code gagnant.",
        ],
        "body": [
            "Les gagnants n'ont jamais de frais à payer; si l'on vous demande de l'argent pour un lot, c'est une arnaque.",
            "Les gains jusqu'à 5 000 euros sont payés chez le détaillant, au-delà par virement après vérification.",
            "Le tirage a eu lieu sous contrôle d'huissier, tous les rapports sont sur notre site.",
            "Les grilles jouées en ligne sont vérifiées automatiquement.",
        ],
        "close": ["Jouer comporte des risques. Interdit aux moins de 18 ans.", "Bonne chance,\nLe service jeux"],
    },
    "shop": {
        "subj": ["Soldes d'hiver: jusqu'à -60%", "Votre commande est expédiée"],
        "open": [
            "Les soldes d'hiver commencent: jusqu'à 60 pour cent sur les manteaux, bottes et sacs.",
            "Merci pour votre commande, elle a quitté notre entrepôt.",
            "Aujourd'hui seulement, casques audio à moitié prix dans la limite des stocks.",
            "Livraison offerte sur toutes les commandes jusqu'à minuit.",
        ],
        "body": [
            "Payez par carte, PayPal ou en trois fois sans frais.",
            "Retours gratuits sous 30 jours, remboursement sur le moyen de paiement d'origine.",
            "Notre service client ne vous demandera jamais un virement vers un compte personnel.",
            "Code HIVER10: 10 pour cent de plus sur les articles non soldés.",
        ],
        "close": ["Bons achats!", "Vous recevez cet e-mail car vous êtes inscrit à notre newsletter. Se désinscrire."],
    },
    "parcel-notice": {
        "subj": ["Votre colis arrive aujourd'hui", "Avis de passage"],
        "open": [
            "Votre colis numéro 6A1447 sera livré aujourd'hui entre 12h et 16h.",
            "Nous sommes passés en votre absence, votre colis vous attend au bureau de poste.",
            "Votre colis venant des États-Unis a été dédouané, les taxes ont été réglées par le vendeur.",
            "Voici votre étiquette de retour prépayée.",
        ],
        "body": [
            "Munissez-vous de l'avis de passage et d'une pièce d'identité; le colis est gardé quinze jours.",
            "Les éventuels droits de douane se règlent à la livraison ou dans notre application officielle, jamais par SMS.",
            "Vous pouvez changer la date de livraison gratuitement.",
            "Le remboursement intervient sous cinq jours ouvrés après réception du retour.",
        ],
        "close": ["Votre service de livraison", "Message automatique, merci de ne pas répondre."],
    },
    "bank-notice": {
        "subj": ["Votre offre de prêt personnel", "Nous ne demandons jamais vos codes"],
        "open": [
            "Vous pouvez emprunter jusqu'à 20 000 euros au TAEG fixe de 5,9 pour cent.",
            "Des escrocs se font passer pour votre conseiller et demandent un virement vers un compte sécurisé; nous ne le faisons jamais.",
            "Votre nouvelle carte bancaire est en route.",
            "À partir du 1er avril, les frais de tenue de compte évoluent.",
        ],
        "body": [
            "Un crédit vous engage et doit être remboursé; vérifiez vos capacités de remboursement avant de vous engager.",
            "Aucun frais n'est demandé avant le déblocage des fonds.",
            "Nous ne vous demanderons jamais vos codes, votre mot de passe ou un code reçu par SMS.",
            "En cas de doute, appelez le numéro au dos de votre carte.",
        ],
        "close": ["Votre banque", "Ceci est un message de service."],
    },
    "fraud-news": {
        "subj": ["Alerte arnaque: faux SMS de livraison", "Lettre d'info: la sextorsion revient"],
        "open": [
            "De faux SMS annoncent qu'un colis est bloqué jusqu'au paiement de petits frais; le lien mène à une fausse page de paiement.",
            "La gendarmerie signale une vague de courriels prétendant que la webcam du destinataire l'a filmé et exigeant des bitcoins.",
            "L'arnaque aux sentiments dure des semaines avant la demande d'argent pour un billet ou des frais de douane.",
            "Les fausses offres d'emploi recrutent des mules financières pour faire transiter de l'argent.",
        ],
        "body": [
            "Ne payez pas, ne répondez pas, signalez le message sur la plateforme officielle.",
            "Le mot de passe cité vient souvent d'une ancienne fuite de données; aucune vidéo n'existe.",
            "Un vrai gain ne coûte jamais d'argent.",
            "Servir de mule financière est un délit de blanchiment.",
        ],
        "close": ["Restez vigilants,\nl'équipe prévention", "Partagez ce message avec vos proches."],
    },
    "charity": {
        "subj": ["Appel d'hiver: des repas chauds", "Merci pour votre don"],
        "open": [
            "Cet hiver, nos bénévoles serviront 40 000 repas chauds aux familles.",
            "Merci pour votre don, votre reçu fiscal est joint.",
            "Notre rapport annuel certifié montre l'utilisation de chaque don.",
            "Le refuge a accueilli 120 chiens cette année.",
        ],
        "body": [
            "Vous pouvez donner par carte, par prélèvement ou en bitcoin à l'adresse publiée sur notre site.",
            "Votre don est déductible à 66 pour cent de l'impôt sur le revenu.",
            "Nous ne vous demanderons jamais de don en cartes cadeaux.",
            "Vous pouvez arrêter votre don mensuel à tout moment.",
        ],
        "close": ["Avec gratitude,\nl'équipe de l'association", "Association reconnue d'utilité publique"],
    },
}

ES = {
    "lottery-news": {
        "subj": ["Resultados del sorteo del jueves", "Ganadores de nuestro sorteo de clientes"],
        "open": [
            "La combinación ganadora del sorteo del jueves es 6, 14, 25, 33, 42, 47, complementario 2.",
            "Ya conocemos a los ganadores del sorteo de otoño entre clientes, avisados en su área personal.",
            "El bote no tuvo acertantes y sube a 18 millones de euros.",
            "Un boleto vendido en Valencia gana el segundo premio.",
        ],
        "body": [
            "Los ganadores nunca tienen que pagar nada; si le piden dinero por un premio, es una estafa.",
            "Los premios menores se cobran en cualquier punto de venta, los mayores en entidades bancarias.",
            "El sorteo se celebró ante notario y los resultados completos están en la web.",
            "Los premios superiores a 40 000 euros tributan un 20 por ciento, retenido en origen.",
        ],
        "close": ["Juega con responsabilidad. Solo mayores de 18.", "Suerte,\nel equipo de sorteos"],
    },
    "shop": {
        "subj": ["Rebajas de invierno: hasta -60%", "Su pedido ha sido enviado"],
        "open": [
            "Empiezan las rebajas: hasta 60 por ciento en abrigos, botas y bolsos.",
            "Gracias por su pedido, ya ha salido de nuestro almacén.",
            "Solo hoy, auriculares a mitad de precio hasta agotar existencias.",
            "Envío gratis en todos los pedidos hasta medianoche.",
        ],
        "body": [
            "Pague con tarjeta, PayPal, Bizum o a plazos sin intereses.",
            "Devoluciones gratuitas durante 30 días, reembolso al mismo medio de pago.",
            "Nuestro servicio de atención nunca le pedirá una transferencia a una cuenta personal.",
            "Con el código INVIERNO10 ahorra otro 10 por ciento.",
        ],
        "close": ["¡Felices compras!", "Recibe este correo porque está suscrito. Darse de baja."],
    },
    "parcel-notice": {
        "subj": ["Su paquete llega hoy", "Aviso de llegada a la oficina"],
        "open": [
            "Su paquete con número de seguimiento PK4471 se entregará hoy entre las 12 y las 16.",
            "No le encontramos en casa; su envío le espera en la oficina de correos.",
            "Su envío desde Estados Unidos ha pasado la aduana, los aranceles los pagó el vendedor.",
            "Adjuntamos la etiqueta de devolución prepagada.",
        ],
        "body": [
            "Traiga el aviso y su DNI; el paquete se guarda quince días.",
            "Si hubiera tasas de aduana, se pagan en la entrega o en nuestra web oficial, nunca por enlaces de SMS.",
            "Puede cambiar el día de entrega sin coste.",
            "El reembolso se hace en cinco días hábiles tras recibir la devolución.",
        ],
        "close": ["Su servicio de paquetería", "Mensaje automático, no responda."],
    },
    "bank-notice": {
        "subj": ["Su oferta de préstamo personal", "Nunca le pediremos sus claves"],
        "open": [
            "Puede solicitar un préstamo de hasta 20 000 euros con una TAE del 7,2 por ciento.",
            "Los estafadores se hacen pasar por empleados del banco y piden transferir a una cuenta segura; nosotros nunca lo hacemos.",
            "Su nueva tarjeta está en camino.",
            "A partir del 1 de abril cambian las comisiones de mantenimiento.",
        ],
        "body": [
            "La concesión está sujeta a análisis de solvencia; no hay que pagar nada antes de recibir el dinero.",
            "Nunca le pediremos claves, contraseñas ni códigos SMS por teléfono o correo.",
            "Ejemplo: 10 000 euros a 48 meses, cuota mensual de 241 euros.",
            "Si algo le parece raro, llame al número del reverso de su tarjeta.",
        ],
        "close": ["Su banco", "Este es un mensaje de servicio."],
    },
    "fraud-news": {
        "subj": ["Alerta: falsos SMS de paquetería", "Boletín: vuelve la sextorsión"],
        "open": [
            "Circulan SMS que dicen que un paquete está retenido hasta pagar una pequeña tasa; el enlace lleva a una web falsa.",
            "La policía alerta de correos que aseguran haber grabado al destinatario con su webcam y piden bitcoins.",
            "Las estafas del amor duran semanas antes de pedir dinero para un billete o la aduana.",
            "Falsas ofertas de empleo captan mulas para mover dinero de origen ilícito.",
        ],
        "body": [
            "No pague, no responda y denuncie el mensaje.",
            "La contraseña que citan suele venir de una filtración antigua; el vídeo no existe.",
            "Un premio real nunca cuesta dinero.",
            "Hacer de mula es un delito de blanqueo de capitales.",
        ],
        "close": ["El equipo de prevención", "Compártalo con sus mayores."],
    },
    "job-ad": {
        "subj": ["Oferta: analista de pagos (híbrido)", "Buscamos personal de almacén"],
        "open": [
            "Buscamos un analista de pagos para vigilar transacciones y combatir el fraude.",
            "Nuestro almacén contrata personal de temporada, turnos de día y noche.",
            "Hay doce nuevas ofertas en remoto que encajan con su búsqueda.",
            "Gracias por su candidatura; le invitamos a una entrevista el martes.",
        ],
        "body": [
            "El salario se paga por nómina; nunca pedimos a los candidatos que paguen formación.",
            "Ofertas que piden recibir dinero en su cuenta y reenviarlo son blanqueo; denúncielas.",
            "Traiga su DNI; el contrato se envía tras la entrevista.",
            "Contrato indefinido y 23 días de vacaciones.",
        ],
        "close": ["Un saludo,\nRecursos Humanos", "Inscríbase en nuestra web de empleo."],
    },
}

TR = {
    "lottery-news": {
        "subj": ["Çekiliş sonuçları açıklandı", "Müşteri çekilişimizin kazananları"],
        "open": [
            "Cumartesi çekilişinde kazanan numaralar 2, 9, 18, 26, 37, 45 oldu.",
            "Sonbahar müşteri çekilişimizin kazananları belirlendi ve hesaplarından bilgilendirildi.",
            "Büyük ikramiye devretti ve 80 milyon TL'ye ulaştı.",
            "İstanbul'da satılan bir bilet ikinci ikramiyeyi kazandı.",
        ],
        "body": [
            "Kazananlardan hiçbir zaman ücret istenmez; ödül için para isteyen dolandırıcıdır.",
            "Küçük ikramiyeler bayilerden, büyük ikramiyeler kimlik kontrolünden sonra bankadan ödenir.",
            "Çekiliş noter huzurunda yapıldı, tüm sonuçlar sitemizde.",
            "İkramiyelerden yasal vergi kesintisi kaynağında yapılır.",
        ],
        "close": ["18 yaş altı katılamaz. Sorumlu oynayın.", "Bol şans,\nÇekiliş ekibi"],
    },
    "shop": {
        "subj": ["Kış indirimi: %60'a varan fırsat", "Siparişiniz kargoya verildi"],
        "open": [
            "Kış indirimi başladı: mont, bot ve çantalarda yüzde 60'a varan indirim.",
            "Siparişiniz için teşekkürler, depomuzdan çıktı.",
            "Sadece bugün kulaklıklar yarı fiyatına, stoklarla sınırlı.",
            "Gece yarısına kadar tüm siparişlerde kargo bedava.",
        ],
        "body": [
            "Kredi kartı, banka kartı veya taksitle ödeyebilirsiniz; tüm ödemeler güvencede.",
            "30 gün içinde ücretsiz iade, para aynı ödeme yöntemine iade edilir.",
            "Müşteri hizmetlerimiz sizden asla kişisel hesaba havale istemez.",
            "KIS10 koduyla indirimsiz ürünlerde ek yüzde 10.",
        ],
        "close": ["Keyifli alışverişler!", "Bu e-postayı abone olduğunuz için aldınız. Abonelikten çık."],
    },
    "parcel-notice": {
        "subj": ["Kargonuz bugün teslim edilecek", "Kargonuz şubede bekliyor"],
        "open": [
            "4471 takip numaralı kargonuz bugün 12:00 ile 16:00 arasında teslim edilecek.",
            "Adreste bulunamadığınız için kargonuz şubemizde bekliyor.",
            "Yurt dışı siparişiniz gümrükten geçti, vergileri satıcı ödedi.",
            "İade kargo kodunuz oluşturuldu.",
        ],
        "body": [
            "Kimliğinizle şubeye gelin; kargo yedi gün bekletilir.",
            "Gümrük vergisi çıkarsa kapıda ya da resmi uygulamamızdan ödenir, SMS bağlantılarından asla.",
            "Teslimat gününü uygulamadan ücretsiz değiştirebilirsiniz.",
            "İade tutarı beş iş günü içinde kartınıza yansır.",
        ],
        "close": ["Kargo ekibiniz", "Bu otomatik bir mesajdır."],
    },
    "bank-notice": {
        "subj": ["Size özel ihtiyaç kredisi", "Şifrenizi asla sormayız"],
        "open": [
            "Size özel 100.000 TL'ye kadar ihtiyaç kredisi, aylık yüzde 3,49 faizle.",
            "Dolandırıcılar banka çalışanı gibi arayıp güvenli hesaba para göndermenizi istiyor; bankamız bunu asla yapmaz.",
            "Yeni kartınız yola çıktı.",
            "1 Nisan'dan itibaren hesap işletim ücretleri değişiyor.",
        ],
        "body": [
            "Kredi kullandırımı değerlendirmeye tabidir; kullandırım öncesi hiçbir ücret alınmaz.",
            "Şifrenizi, kart bilgilerinizi veya SMS kodunu telefonda asla sormayız.",
            "Örnek: 50.000 TL, 24 ay, aylık taksit 3.050 TL.",
            "Şüpheli bir durumda kartınızın arkasındaki numarayı arayın.",
        ],
        "close": ["Bankanız", "Bu bir bilgilendirme mesajıdır."],
    },
    "fraud-news": {
        "subj": ["Uyarı: sahte kargo SMS'leri", "Bülten: şantaj e-postaları yeniden"],
        "open": [
            "Kargonun küçük bir ücret ödenene kadar bekletildiğini söyleyen SMS'ler dolaşıyor; bağlantı sahte ödeme sayfasına gidiyor.",
            "Emniyet, alıcıyı web kamerasıyla kaydettiğini iddia edip bitcoin isteyen e-postalara karşı uyarıyor.",
            "Sahte sevgililer haftalarca güven kazanıp sonra bilet ya da gümrük parası istiyor.",
            "Sahte iş ilanları para aktarmak için aracı hesap sahipleri arıyor.",
        ],
        "body": [
            "Ödemeyin, yanıt vermeyin, mesajı bildirin.",
            "Bahsedilen şifre genellikle eski bir veri sızıntısından; ortada video yok.",
            "Gerçek bir ikramiye asla para istemez.",
            "Hesabını başkasına kullandırmak suçtur.",
        ],
        "close": ["Güvende kalın", "Bu uyarıyı yakınlarınızla paylaşın."],
    },
    "crypto-news": {
        "subj": ["Piyasa özeti: bitcoin 60 binin altında", "Borsa duyurusu: planlı bakım"],
        "open": [
            "Bitcoin salı günü faiz kararı öncesi kâr satışlarıyla 60.000 doların altına indi.",
            "Pazar günü 02:00-04:00 arası yatırma ve çekme işlemleri bakım nedeniyle durdurulacak.",
            "Ethereum staking getirisi bu ay yüzde 3 civarına düştü.",
            "Sahte çekilişler gönderdiğiniz kriptoyu ikiye katlamayı vaat ediyor; hiçbir borsa bunu yapmaz.",
        ],
        "body": [
            "Bu bir yatırım tavsiyesi değildir.",
            "Hesabınızı doğrulamak için sizden asla coin göndermenizi istemeyiz.",
            "İki aşamalı doğrulamayı açın.",
            "Spot işlem hacmi geçen haftaya göre yüzde 18 düştü.",
        ],
        "close": ["Araştırma ekibi", "Bülten tercihlerinizi hesabınızdan yönetebilirsiniz."],
    },
}

UZ = {
    "lottery-news": {
        "subj": ["Tiraj natijalari e'lon qilindi", "Sodiqlik aksiyasi g'oliblari"],
        "open": [
            "Shanba kungi tirajning yutuqli raqamlari: 4, 15, 21, 30, 36 va qo'shimcha raqam 8.",
            "Kuzgi xaridorlar aksiyasining g'oliblari aniqlandi, ular shaxsiy kabinet orqali xabardor qilindi.",
            "Jekpot bu safar ham o'ynalmadi va keyingi tirajga o'tdi.",
            "Toshkentda sotilgan chipta ikkinchi darajali sovrinni yutdi.",
        ],
        "body": [
            "G'oliblardan hech qachon to'lov so'ralmaydi; sovrin uchun pul so'rashsa, bu firibgarlar.",
            "Kichik yutuqlar savdo nuqtalarida, katta yutuqlar pasport tekshirilgandan so'ng bank orqali to'lanadi.",
            "O'yin mustaqil komissiya nazoratida o'tkazildi, to'liq natijalar saytimizda.",
            "Sovrinlar g'oliblarga bepul topshiriladi, soliq qonunga muvofiq ushlab qolinadi.",
        ],
        "close": ["18 yoshdan. Mas'uliyat bilan o'ynang.", "Omad tilaymiz,\nAksiya jamoasi"],
    },
    "shop": {
        "subj": ["Qishki chegirmalar: 60% gacha", "Buyurtmangiz jo'natildi"],
        "open": [
            "Qishki chegirmalar boshlandi: kurtka, etik va sumkalarga 60 foizgacha chegirma.",
            "Buyurtmangiz uchun rahmat, u omborimizdan chiqdi.",
            "Faqat bugun quloqchinlar yarim narxda, zaxira tugaguncha.",
            "Yarim tungacha barcha buyurtmalarga bepul yetkazib berish.",
        ],
        "body": [
            "Karta, Click, Payme orqali yoki muddatli to'lov bilan to'lashingiz mumkin.",
            "30 kun ichida bepul qaytarish, pul o'sha to'lov usuliga qaytariladi.",
            "Xodimlarimiz hech qachon shaxsiy kartaga pul o'tkazishni so'ramaydi.",
            "QISH10 promokodi bilan qo'shimcha 10 foiz chegirma.",
        ],
        "close": ["Xaridlaringiz xayrli bo'lsin!", "Siz obuna bo'lganingiz uchun bu xatni oldingiz. Obunani bekor qilish."],
    },
    "parcel-notice": {
        "subj": ["Posilkangiz bugun yetkaziladi", "Posilkangiz bo'limda kutmoqda"],
        "open": [
            "UZ4471 trek raqamli posilkangiz bugun soat 12:00 dan 16:00 gacha yetkaziladi.",
            "Sizni uyda topa olmadik, posilkangiz pochta bo'limida kutmoqda.",
            "Chet eldan buyurtmangiz bojxonadan o'tdi, boj to'lovini sotuvchi to'lagan.",
            "Qaytarish uchun yorliq tayyor.",
        ],
        "body": [
            "Pasportingizni olib keling; posilka o'n besh kun saqlanadi.",
            "Bojxona to'lovi bo'lsa, u faqat rasmiy ilovamizda yoki olishda to'lanadi, SMS havolalari orqali hech qachon.",
            "Yetkazish kunini ilovada bepul o'zgartirishingiz mumkin.",
            "Qaytarilgan pul besh ish kunida kartangizga tushadi.",
        ],
        "close": ["Yetkazib berish xizmati", "Bu avtomatik xabar, javob bermang."],
    },
    "bank-notice": {
        "subj": ["Siz uchun iste'mol krediti", "Biz hech qachon SMS kodni so'ramaymiz"],
        "open": [
            "Sizga yillik 24 foizdan 50 million so'mgacha iste'mol krediti taklif etiladi.",
            "Firibgarlar bank xodimi bo'lib qo'ng'iroq qilib, pulni xavfsiz hisobga o'tkazishni so'ramoqda; bank buni hech qachon qilmaydi.",
            "Yangi kartangiz tayyor, uni filialdan olishingiz mumkin.",
            "1 apreldan karta xizmati tariflari o'zgaradi.",
        ],
        "body": [
            "Kredit to'lov qobiliyati baholangandan so'ng beriladi; berilgunga qadar hech qanday to'lov olinmaydi.",
            "Biz hech qachon PIN-kod, parol yoki SMS kodni telefon orqali so'ramaymiz.",
            "Arizani mobil ilovada topshirishingiz mumkin.",
            "Shubhali holatda kartangiz orqasidagi raqamga qo'ng'iroq qiling.",
        ],
        "close": ["Sizning bankingiz", "Bu xizmat xabari."],
    },
    "fraud-news": {
        "subj": ["Ehtiyot bo'ling: soxta posilka SMS'lari", "Shantaj xatlari haqida ogohlantirish"],
        "open": [
            "Posilka kichik to'lovgacha ushlab turilgani haqida SMS'lar tarqalmoqda; havola soxta to'lov sahifasiga olib boradi.",
            "IIV qabul qiluvchini veb-kamera orqali yozib olganini da'vo qilib bitcoin talab qiladigan xatlar haqida ogohlantiradi.",
            "Firibgarlar meros yoki lotereya yutug'ini va'da qilib, avval yig'im to'lashni so'rashadi.",
            "Soxta vakansiyalar pul o'tkazish uchun o'z kartasini beradigan odamlarni qidiradi.",
        ],
        "body": [
            "To'lamang, javob bermang, xabar haqida xabar bering.",
            "Xatda ko'rsatilgan parol odatda eski ma'lumotlar sizib chiqishidan olingan; video yo'q.",
            "Haqiqiy yutuq hech qachon pul talab qilmaydi.",
            "Kartangizni boshqalarga berish jinoyat hisoblanadi.",
        ],
        "close": ["Hushyor bo'ling", "Bu ogohlantirishni yaqinlaringizga yuboring."],
    },
    "job-ad": {
        "subj": ["Vakansiya: to'lovlar tahlilchisi", "Omborga xodimlar kerak"],
        "open": [
            "Tranzaksiyalarni kuzatib, firibgarlikka qarshi kurashadigan to'lovlar tahlilchisi kerak.",
            "Omborimizga mavsumiy xodimlar olinadi, kunduzgi va tungi smenalar.",
            "Qidiruvingizga mos o'n ikkita masofaviy vakansiya topildi.",
            "Arizangiz uchun rahmat, sizni seshanba kuni suhbatga taklif qilamiz.",
        ],
        "body": [
            "Maosh rasmiy, oyiga ikki marta; nomzodlardan o'qish uchun pul so'ramaymiz.",
            "O'z kartangizga pul qabul qilib boshqaga o'tkazish taklifi bu pul yuvish.",
            "Pasportingizni olib keling, shartnoma suhbatdan so'ng yuboriladi.",
            "Mehnat shartnomasi va ijtimoiy paket.",
        ],
        "close": ["Hurmat bilan,\nkadrlar bo'limi", "Saytimizdagi karyera sahifasida ariza qoldiring."],
    },
}

KK = {
    "lottery-news": {
        "subj": ["Тираж нәтижелері", "Адалдық акциясының жеңімпаздары"],
        "open": [
            "Сенбідегі тираждың ұтысты сандары: 7, 13, 22, 29, 35 және қосымша сан 4.",
            "Күзгі сатып алушылар акциясының жеңімпаздары анықталды, олар жеке кабинет арқылы хабардар етілді.",
            "Джекпот бұл жолы да ойналмай, келесі тиражға ауысты.",
            "Алматыда сатылған билет екінші дәрежелі жүлдені ұтып алды.",
        ],
        "body": [
            "Жеңімпаздардан ешқашан төлем талап етілмейді; жүлде үшін ақша сұраса, бұл алаяқтар.",
            "Шағын ұтыстар сату нүктелерінде, ірі ұтыстар жеке куәлік тексерілгеннен кейін банк арқылы төленеді.",
            "Ойын тәуелсіз комиссияның бақылауымен өтті, толық нәтижелер сайтымызда.",
            "Жүлделер жеңімпаздарға тегін табысталады, салық заңға сәйкес ұсталады.",
        ],
        "close": ["18 жастан бастап. Жауапкершілікпен ойнаңыз.", "Сәттілік тілейміз,\nАкция командасы"],
    },
    "shop": {
        "subj": ["Қысқы жеңілдіктер: 60%-ға дейін", "Тапсырысыңыз жіберілді"],
        "open": [
            "Қысқы жеңілдіктер басталды: күрте, етік және сөмкелерге 60 пайызға дейін жеңілдік.",
            "Тапсырысыңыз үшін рахмет, ол қоймамыздан шықты.",
            "Тек бүгін құлаққаптар жарты бағамен, қор біткенше.",
            "Түн ортасына дейін барлық тапсырыстарға тегін жеткізу.",
        ],
        "body": [
            "Картамен, Kaspi Red арқылы немесе бөліп төлеуге болады.",
            "30 күн ішінде тегін қайтару, ақша сол төлем тәсіліне қайтарылады.",
            "Қызметкерлеріміз ешқашан жеке картаға аударым сұрамайды.",
            "ҚЫС10 промокодымен қосымша 10 пайыз жеңілдік.",
        ],
        "close": ["Сәтті сауда!", "Сіз жазылғандықтан бұл хатты алдыңыз. Жазылымнан бас тарту."],
    },
    "parcel-notice": {
        "subj": ["Сәлемдемеңіз бүгін жеткізіледі", "Сәлемдемеңіз бөлімшеде күтіп тұр"],
        "open": [
            "KZ4471 трек-нөмірлі сәлемдемеңіз бүгін сағат 12:00-ден 16:00-ге дейін жеткізіледі.",
            "Сізді үйден таба алмадық, сәлемдемеңіз пошта бөлімшесінде күтіп тұр.",
            "Шетелден тапсырысыңыз кедендік тексеруден өтті, бажды сатушы төлеген.",
            "Қайтаруға арналған жапсырма дайын.",
        ],
        "body": [
            "Жеке куәлігіңізді алып келіңіз; сәлемдеме он бес күн сақталады.",
            "Кеден төлемі болса, ол тек ресми қосымшамызда немесе алу кезінде төленеді, SMS сілтемелері арқылы ешқашан.",
            "Жеткізу күнін қосымшада тегін өзгертуге болады.",
            "Қайтарылған ақша бес жұмыс күнінде картаңызға түседі.",
        ],
        "close": ["Жеткізу қызметі", "Бұл автоматты хабарлама, жауап бермеңіз."],
    },
    "bank-notice": {
        "subj": ["Сізге арналған тұтыну несиесі", "Біз ешқашан SMS кодты сұрамаймыз"],
        "open": [
            "Сізге жылдық 19 пайыздан 5 миллион теңгеге дейін тұтыну несиесі ұсынылады.",
            "Алаяқтар банк қызметкері болып қоңырау шалып, ақшаны қауіпсіз шотқа аударуды сұрайды; банк мұны ешқашан жасамайды.",
            "Жаңа картаңыз дайын, оны бөлімшеден алуға болады.",
            "1 сәуірден бастап карта қызметінің тарифтері өзгереді.",
        ],
        "body": [
            "Несие төлем қабілеті бағаланғаннан кейін беріледі; берілгенге дейін ешқандай төлем алынбайды.",
            "Біз ешқашан PIN-код, құпиясөз немесе SMS кодты телефон арқылы сұрамаймыз.",
            "Өтінімді мобильді қосымшада беруге болады.",
            "Күмәнді жағдайда картаңыздың артындағы нөмірге қоңырау шалыңыз.",
        ],
        "close": ["Сіздің банкіңіз", "Бұл қызметтік хабарлама."],
    },
    "fraud-news": {
        "subj": ["Абай болыңыз: жалған сәлемдеме SMS-тері", "Бопсалау хаттары туралы ескерту"],
        "open": [
            "Сәлемдеме шағын төлемге дейін ұсталып тұр деген SMS-тер таралуда; сілтеме жалған төлем бетіне апарады.",
            "Полиция алушыны веб-камера арқылы түсіріп алдым деп биткоин талап ететін хаттар туралы ескертеді.",
            "Алаяқтар мұра немесе лотерея ұтысын уәде етіп, алдымен алым төлеуді сұрайды.",
            "Жалған бос орындар ақша аудару үшін өз картасын беретін адамдарды іздейді.",
        ],
        "body": [
            "Төлемеңіз, жауап бермеңіз, хабарлама туралы хабарлаңыз.",
            "Хатта көрсетілген құпиясөз әдетте ескі деректер ағуынан алынған; бейне жоқ.",
            "Нағыз ұтыс ешқашан ақша талап етпейді.",
            "Картаңызды басқаларға беру қылмыс болып саналады.",
        ],
        "close": ["Сақ болыңыз", "Бұл ескертуді жақындарыңызға жіберіңіз."],
    },
    "charity": {
        "subj": ["Қысқы жинақ: отбасыларға ыстық тамақ", "Қайырымдылығыңыз үшін рахмет"],
        "open": [
            "Осы қыста еріктілеріміз отбасыларға 40 000 ыстық тамақ таратады.",
            "Өткен айдағы қайырымдылығыңыз үшін рахмет, түбіртек хатқа тіркелген.",
            "Аудиттелген жылдық есебіміз әр қайырымдылықтың қалай жұмсалғанын көрсетеді.",
            "Баспана биыл 120 итті қабылдады.",
        ],
        "body": [
            "Сайтта картамен, ай сайынғы жазылыммен немесе қордың жарияланған мекенжайына криптовалютамен көмектесуге болады.",
            "Біз тіркелген коммерциялық емес ұйыммыз, есептеріміз ашық.",
            "Біз ешқашан сыйлық карталарымен қайырымдылық сұрамаймыз.",
            "Ай сайынғы жазылымды кез келген уақытта тоқтатуға болады.",
        ],
        "close": ["Алғыспен,\nқор командасы", "Жазылымнан бас тарту"],
    },
}

KY = {
    "lottery-news": {
        "subj": ["Тираждын жыйынтыктары", "Ишенимдүү кардарлар акциясынын жеңүүчүлөрү"],
        "open": [
            "Ишемби күнкү тираждын утуштуу сандары: 5, 12, 24, 31, 39 жана кошумча сан 3.",
            "Күзгү сатып алуучулар акциясынын жеңүүчүлөрү аныкталды, алар жеке кабинет аркылуу кабардар кылынды.",
            "Джекпот бул жолу да ойнолбой, кийинки тиражга өттү.",
            "Бишкекте сатылган билет экинчи даражадагы байгени утуп алды.",
        ],
        "body": [
            "Жеңүүчүлөрдөн эч качан төлөм талап кылынбайт; байге үчүн акча сурашса, бул алдамчылар.",
            "Чакан утуштар сатуу түйүндөрүндө, ири утуштар паспорт текшерилгенден кийин банк аркылуу төлөнөт.",
            "Оюн көз карандысыз комиссиянын көзөмөлүндө өттү, толук жыйынтыктар сайтыбызда.",
            "Байгелер жеңүүчүлөргө акысыз тапшырылат, салык мыйзамга ылайык кармалат.",
        ],
        "close": ["18 жаштан. Жоопкерчилик менен ойноңуз.", "Ийгилик каалайбыз,\nАкция командасы"],
    },
    "shop": {
        "subj": ["Кышкы арзандатуулар: 60%га чейин", "Буйрутмаңыз жөнөтүлдү"],
        "open": [
            "Кышкы арзандатуулар башталды: куртка, өтүк жана сумкаларга 60 пайызга чейин арзандатуу.",
            "Буйрутмаңыз үчүн рахмат, ал кампабыздан чыкты.",
            "Бүгүн гана кулакчындар жарым баада, запас бүткөнчө.",
            "Түн ортосуна чейин бардык буйрутмаларга акысыз жеткирүү.",
        ],
        "body": [
            "Карта, Элкарт же бөлүп төлөө аркылуу төлөй аласыз.",
            "30 күндүн ичинде акысыз кайтаруу, акча ошол эле төлөм жолуна кайтарылат.",
            "Кызматкерлерибиз эч качан жеке картага акча которууну сурабайт.",
            "КЫШ10 промокоду менен кошумча 10 пайыз арзандатуу.",
        ],
        "close": ["Ийгиликтүү соода!", "Сиз жазылгандыктан бул катты алдыңыз. Жазылуудан баш тартуу."],
    },
    "parcel-notice": {
        "subj": ["Посылкаңыз бүгүн жеткирилет", "Посылкаңыз бөлүмдө күтүп турат"],
        "open": [
            "KG4471 трек-номурлуу посылкаңыз бүгүн саат 12:00дөн 16:00гө чейин жеткирилет.",
            "Сизди үйдөн таба алган жокпуз, посылкаңыз почта бөлүмүндө күтүп турат.",
            "Чет өлкөдөн буйрутмаңыз бажыдан өттү, бажы төлөмүн сатуучу төлөгөн.",
            "Кайтаруу үчүн этикетка даяр.",
        ],
        "body": [
            "Паспортуңузду алып келиңиз; посылка он беш күн сакталат.",
            "Бажы төлөмү болсо, ал расмий тиркемебизде же алууда гана төлөнөт, SMS шилтемелери аркылуу эч качан.",
            "Жеткирүү күнүн тиркемеде акысыз өзгөртө аласыз.",
            "Кайтарылган акча беш жумуш күндө картаңызга түшөт.",
        ],
        "close": ["Жеткирүү кызматы", "Бул автоматтык билдирүү, жооп бербеңиз."],
    },
    "bank-notice": {
        "subj": ["Сиз үчүн керектөө кредити", "Биз эч качан SMS кодду сурабайбыз"],
        "open": [
            "Сизге жылдык 22 пайыз менен 500 000 сомго чейин керектөө кредити сунушталат.",
            "Алдамчылар банк кызматкери болуп чалып, акчаны коопсуз эсепке которууну сурашат; банк муну эч качан кылбайт.",
            "Жаңы картаңыз даяр, аны филиалдан ала аласыз.",
            "1-апрелден баштап карта тейлөө тарифтери өзгөрөт.",
        ],
        "body": [
            "Кредит төлөө жөндөмү баалангандан кийин берилет; берилгенге чейин эч кандай төлөм алынбайт.",
            "Биз эч качан PIN-кодду, сырсөздү же SMS кодду телефон аркылуу сурабайбыз.",
            "Арызды мобилдик тиркемеде берсеңиз болот.",
            "Шектүү учурда картаңыздын артындагы номурга чалыңыз.",
        ],
        "close": ["Сиздин банкыңыз", "Бул кызматтык билдирүү."],
    },
    "fraud-news": {
        "subj": ["Сак болуңуз: жасалма посылка SMSтери", "Шантаж каттары тууралуу эскертүү"],
        "open": [
            "Посылка чакан төлөмгө чейин кармалып турат деген SMSтер таралууда; шилтеме жасалма төлөм баракчасына алып барат.",
            "Милиция алуучуну веб-камера аркылуу тартып алдым деп биткоин талап кылган каттар тууралуу эскертет.",
            "Алдамчылар мурас же лотерея утушун убада кылып, адегенде алым төлөөнү сурашат.",
            "Жасалма бош орундар акча которуу үчүн өз картасын берген адамдарды издешет.",
        ],
        "body": [
            "Төлөбөңүз, жооп бербеңиз, билдирүү тууралуу кабарлаңыз.",
            "Катта көрсөтүлгөн сырсөз адатта эски маалымат агып чыгуусунан алынган; видео жок.",
            "Чыныгы утуш эч качан акча талап кылбайт.",
            "Картаңызды башкаларга берүү кылмыш болуп саналат.",
        ],
        "close": ["Сак болуңуз", "Бул эскертүүнү жакындарыңызга жөнөтүңүз."],
    },
    "invoice": {
        "subj": ["Ноябрь айы үчүн эсеп-фактура", "Эсепти төлөө мөөнөтү тууралуу эскертме"],
        "open": [
            "Ноябрь айындагы кеңеш берүү кызматтары үчүн эсеп-фактураны жөнөтөбүз.",
            "4471-эсепти төлөө мөөнөтү айдын 30унда бүтөрүн эскертебиз.",
            "Төлөмүңүз үчүн рахмат, чек төмөндө.",
            "Кайтарылган монитор үчүн акча беш күндө картаңызга кайтат.",
        ],
        "body": [
            "Төлөм эсепте көрсөтүлгөн реквизиттер боюнча 30 күндүн ичинде; банк реквизиттерибиз өзгөргөн жок.",
            "Эгер реквизиттерибиз өзгөрдү деген кат келсе, төлөөдөн мурун сайттагы номур аркылуу бизге чалыңыз.",
            "КНС өзүнчө көрсөтүлгөн.",
            "Эгер төлөп койгон болсоңуз, бул катты эске албаңыз.",
        ],
        "close": ["Бухгалтерия", "Кызматташтыгыңыз үчүн рахмат."],
    },
}

TG = {
    "lottery-news": {
        "subj": ["Натиҷаҳои тираж", "Ғолибони аксияи мизоҷони содиқ"],
        "open": [
            "Рақамҳои бурди тиражи рӯзи шанбе: 6, 11, 20, 28, 33 ва рақами иловагӣ 5.",
            "Ғолибони аксияи тирамоҳии харидорон муайян шуданд ва тавассути кабинети шахсӣ огоҳ карда шуданд.",
            "Ҷекпот ин дафъа ҳам бурда нашуд ва ба тиражи оянда гузашт.",
            "Чиптае, ки дар Душанбе фурӯхта шуд, ҷоизаи дараҷаи дуюмро бурд.",
        ],
        "body": [
            "Аз ғолибон ҳеҷ гоҳ пардохт талаб карда намешавад; агар барои ҷоиза пул талаб кунанд, ин қаллобон аст.",
            "Бурдҳои хурд дар нуқтаҳои фурӯш, бурдҳои калон пас аз санҷиши шиноснома тавассути бонк пардохт мешаванд.",
            "Бозӣ таҳти назорати комиссияи мустақил гузашт, натиҷаҳои пурра дар сомонаи мо.",
            "Ҷоизаҳо ба ғолибон ройгон супорида мешаванд, андоз мувофиқи қонун нигоҳ дошта мешавад.",
        ],
        "close": ["Аз 18 сола. Бо масъулият бозӣ кунед.", "Барори кор,\nДастаи аксия"],
    },
    "shop": {
        "subj": ["Тахфифҳои зимистона: то 60%", "Фармоиши шумо фиристода шуд"],
        "open": [
            "Тахфифҳои зимистона оғоз шуданд: ба куртаҳо, мӯзаҳо ва сумкаҳо то 60 фоиз тахфиф.",
            "Барои фармоишатон ташаккур, он аз анбори мо баромад.",
            "Танҳо имрӯз гӯшмонакҳо бо нисфи нарх, то тамом шудани захира.",
            "То нисфи шаб барои ҳамаи фармоишҳо расонидан ройгон.",
        ],
        "body": [
            "Бо корт, Алиф ё бо пардохти қисм-қисм пардохт кардан мумкин аст.",
            "Дар давоми 30 рӯз баргардонидани ройгон, пул ба ҳамон усули пардохт бармегардад.",
            "Кормандони мо ҳеҷ гоҳ интиқол ба корти шахсиро талаб намекунанд.",
            "Бо рамзи ЗИМ10 боз 10 фоиз тахфиф.",
        ],
        "close": ["Хариди хуш!", "Шумо ин номаро барои обуна буданатон гирифтед. Бекор кардани обуна."],
    },
    "parcel-notice": {
        "subj": ["Борчаи шумо имрӯз расонида мешавад", "Борчаи шумо дар шуъба интизор аст"],
        "open": [
            "Борчаи шумо бо рақами треки TJ4471 имрӯз аз соати 12:00 то 16:00 расонида мешавад.",
            "Шуморо дар хона наёфтем, борчаатон дар шуъбаи почта интизор аст.",
            "Фармоиши шумо аз хориҷа аз гумрук гузашт, боҷро фурӯшанда пардохт кардааст.",
            "Тамғаи баргардонидан омода аст.",
        ],
        "body": [
            "Шиносномаатонро биёред; борча понздаҳ рӯз нигоҳ дошта мешавад.",
            "Агар боҷи гумрукӣ бошад, он танҳо дар барномаи расмии мо ё ҳангоми гирифтан пардохт мешавад, ҳеҷ гоҳ тавассути пайвандҳои SMS.",
            "Рӯзи расониданро дар барнома ройгон иваз кардан мумкин аст.",
            "Пули баргардонида дар панҷ рӯзи корӣ ба корти шумо меояд.",
        ],
        "close": ["Хадамоти расонидан", "Ин паёми худкор аст, ҷавоб надиҳед."],
    },
    "bank-notice": {
        "subj": ["Қарзи истеъмолӣ барои шумо", "Мо ҳеҷ гоҳ рамзи SMS-ро намепурсем"],
        "open": [
            "Ба шумо қарзи истеъмолӣ то 50 000 сомонӣ бо 24 фоизи солона пешниҳод мешавад.",
            "Қаллобон худро корманди бонк муаррифӣ карда, интиқоли пулро ба суратҳисоби бехатар талаб мекунанд; бонк ҳеҷ гоҳ ин корро намекунад.",
            "Корти нави шумо омода аст, онро аз филиал гирифтан мумкин аст.",
            "Аз 1 апрел тарифҳои хизматрасонии корт тағйир меёбанд.",
        ],
        "body": [
            "Қарз пас аз арзёбии қобилияти пардохт дода мешавад; то додани қарз ягон пардохт гирифта намешавад.",
            "Мо ҳеҷ гоҳ PIN-код, парол ё рамзи SMS-ро тавассути телефон намепурсем.",
            "Дархостро дар барномаи мобилӣ додан мумкин аст.",
            "Дар ҳолати шубҳанок ба рақами пушти корт занг занед.",
        ],
        "close": ["Бонки шумо", "Ин паёми хизматӣ аст."],
    },
    "fraud-news": {
        "subj": ["Эҳтиёт шавед: SMS-ҳои қалбакии борча", "Огоҳӣ дар бораи номаҳои таҳдидомез"],
        "open": [
            "SMS-ҳое паҳн мешаванд, ки гӯё борча то пардохти хурд нигоҳ дошта шудааст; пайванд ба саҳифаи қалбакии пардохт мебарад.",
            "Милиса дар бораи номаҳое огоҳ мекунад, ки гӯё гиранда тавассути веб-камера сабт шудааст ва биткоин талаб мекунанд.",
            "Қаллобон мерос ё бурди лотереяро ваъда дода, аввал пардохти ҳаққро талаб мекунанд.",
            "Ҷойҳои кории қалбакӣ одамонеро меҷӯянд, ки барои интиқоли пул корти худро диҳанд.",
        ],
        "body": [
            "Пардохт накунед, ҷавоб надиҳед, дар бораи паём хабар диҳед.",
            "Пароле, ки дар нома омадааст, одатан аз як рахнаи кӯҳнаи маълумот аст; видео вуҷуд надорад.",
            "Бурди ҳақиқӣ ҳеҷ гоҳ пул талаб намекунад.",
            "Додани корти худ ба дигарон ҷиноят аст.",
        ],
        "close": ["Ҳушёр бошед", "Ин огоҳиро ба наздиконатон фиристед."],
    },
    "job-ad": {
        "subj": ["Ҷои холӣ: таҳлилгари пардохтҳо", "Ба анбор кормандон лозиманд"],
        "open": [
            "Ба мо таҳлилгари пардохтҳо лозим аст, ки амалиётҳоро назорат карда, бо қаллобӣ мубориза барад.",
            "Анбори мо кормандони мавсимӣ қабул мекунад, басти рӯзона ва шабона.",
            "Ба ҷустуҷӯи шумо дувоздаҳ ҷои кории дурдаст мувофиқ омад.",
            "Барои аризаатон ташаккур, шуморо рӯзи сешанбе ба мусоҳиба даъват мекунем.",
        ],
        "body": [
            "Музди кор расмӣ аст; мо аз номзадҳо барои омӯзиш пул талаб намекунем.",
            "Пешниҳоди қабули пул ба корти худ ва интиқоли он ба дигарон ин шустани пул аст.",
            "Шиносномаатонро биёред, шартнома пас аз мусоҳиба фиристода мешавад.",
            "Шартномаи меҳнатӣ ва рухсатии пулакӣ.",
        ],
        "close": ["Бо эҳтиром,\nшӯъбаи кадрҳо", "Дар саҳифаи касбии сомонаи мо ариза гузоред."],
    },
}

TK = {
    "lottery-news": {
        "subj": ["Tiražyň netijeleri", "Wepaly müşderiler aksiýasynyň ýeňijileri"],
        "open": [
            "Şenbe günki tiražyň utuşly sanlary: 8, 14, 23, 27, 34 we goşmaça san 1.",
            "Güýzki alyjylar aksiýasynyň ýeňijileri kesgitlendi we olara şahsy otag arkaly habar berildi.",
            "Jekpot bu gezek hem oýnalmady we indiki tiraža geçdi.",
            "Aşgabatda satylan bilet ikinji derejeli baýragy utdy.",
        ],
        "body": [
            "Ýeňijilerden hiç haçan töleg talap edilmeýär; baýrak üçin pul soraýan bolsa, bu galplar.",
            "Kiçi utuşlar satuw nokatlarynda, uly utuşlar pasport barlanandan soň bank arkaly tölenýär.",
            "Oýun garaşsyz toparyň gözegçiliginde geçirildi, doly netijeler saýtymyzda.",
            "Baýraklar ýeňijilere mugt gowşurylýar, salgyt kanuna laýyklykda tutulýar.",
        ],
        "close": ["18 ýaşdan. Jogapkärçilik bilen oýnaň.", "Üstünlik arzuw edýäris,\nAksiýa topary"],
    },
    "shop": {
        "subj": ["Gyşky arzanladyşlar: 60%-e çenli", "Sargydyňyz iberildi"],
        "open": [
            "Gyşky arzanladyşlar başlandy: kurtkalara, ädiklere we sumkalara 60 göterime çenli arzanladyş.",
            "Sargydyňyz üçin sag boluň, ol ammarymyzdan çykdy.",
            "Diňe şu gün gulaklyklar ýarym bahadan, gor gutarýança.",
            "Ýary gijä çenli ähli sargytlara mugt eltip bermek.",
        ],
        "body": [
            "Kart bilen ýa-da bölekleýin töleg arkaly töläp bilersiňiz.",
            "30 günüň dowamynda mugt gaýtarmak, pul şol töleg usulyna gaýtarylýar.",
            "Işgärlerimiz hiç haçan şahsy karta pul geçirmegi soramaýar.",
            "GYŞ10 promokody bilen goşmaça 10 göterim arzanladyş.",
        ],
        "close": ["Söwdaňyz şowly bolsun!", "Siz ýazylandygyňyz üçin bu haty aldyňyz. Ýazylmakdan ýüz öwürmek."],
    },
    "parcel-notice": {
        "subj": ["Posylkaňyz şu gün eltiler", "Posylkaňyz bölümde garaşýar"],
        "open": [
            "TM4471 yzarlaýyş belgili posylkaňyz şu gün sagat 12:00-dan 16:00-a çenli eltiler.",
            "Sizi öýde tapyp bilmedik, posylkaňyz poçta bölüminde garaşýar.",
            "Daşary ýurtdan sargydyňyz gümrükden geçdi, gümrük tölegini satyjy töledi.",
            "Gaýtarmak üçin bellik taýýar.",
        ],
        "body": [
            "Pasportyňyzy getiriň; posylka on bäş gün saklanýar.",
            "Gümrük tölegi bar bolsa, ol diňe resmi programmamyzda ýa-da alanyňyzda tölenýär, SMS baglanyşyklary arkaly hiç haçan.",
            "Eltip bermek gününi programmada mugt üýtgedip bilersiňiz.",
            "Gaýtarylan pul bäş iş gününde kartyňyza geçer.",
        ],
        "close": ["Eltip bermek gullugy", "Bu awtomatik habar, jogap bermäň."],
    },
    "bank-notice": {
        "subj": ["Siziň üçin sarp ediş karzy", "Biz hiç haçan SMS koduny soramaýarys"],
        "open": [
            "Size ýyllyk 12 göterim bilen 50 000 manada çenli sarp ediş karzy hödürlenýär.",
            "Galplar bank işgäri bolup jaň edip, puly howpsuz hasaba geçirmegi soraýarlar; bank muny hiç haçan etmeýär.",
            "Täze kartyňyz taýýar, ony şahamçadan alyp bilersiňiz.",
            "1-nji aprelden kart hyzmatynyň nyrhlary üýtgeýär.",
        ],
        "body": [
            "Karz töleg ukyby bahalandyrylandan soň berilýär; berilýänçä hiç hili töleg alynmaýar.",
            "Biz hiç haçan PIN-kody, paroly ýa-da SMS koduny telefon arkaly soramaýarys.",
            "Arzany mobil programmada berip bilersiňiz.",
            "Şübheli ýagdaýda kartyňyzyň arkasyndaky belgä jaň ediň.",
        ],
        "close": ["Siziň bankyňyz", "Bu hyzmat habary."],
    },
    "fraud-news": {
        "subj": ["Seresap boluň: galp posylka SMS-leri", "Şantaž hatlary barada duýduryş"],
        "open": [
            "Posylka kiçi töleg edilýänçä saklanýar diýen SMS-ler ýaýraýar; baglanyşyk galp töleg sahypasyna alyp barýar.",
            "Polisiýa alyjyny wideokamera arkaly ýazga aldym diýip bitkoin talap edýän hatlar barada duýdurýar.",
            "Galplar miras ýa-da lotereýa utuşyny wada berip, ilki ýygym tölemegi soraýarlar.",
            "Galp iş orunlary pul geçirmek üçin öz kartyny berýän adamlary gözleýär.",
        ],
        "body": [
            "Tölemäň, jogap bermäň, habar barada habar beriň.",
            "Hatda görkezilen parol adatça köne maglumat syzmasyndan alnan; wideo ýok.",
            "Hakyky utuş hiç haçan pul talap etmeýär.",
            "Kartyňyzy başgalara bermek jenaýatdyr.",
        ],
        "close": ["Seresap boluň", "Bu duýduryşy ýakynlaryňyza iberiň."],
    },
    "crypto-news": {
        "subj": ["Bazar syny: bitkoin 60 müňden aşak", "Birža habarnamasy: meýilleşdirilen işler"],
        "open": [
            "Sişenbe güni bitkoin göterim kararyndan öň girdeji berkidilmegi bilen 60 000 dollardan aşak düşdi.",
            "Ýekşenbe güni 02:00-dan 04:00-a çenli tehniki işler sebäpli girizmek we çykarmak togtadylar.",
            "Ethereum steýking girdejisi bu aý takmynan 3 göterime çenli peseldi.",
            "Galp paýlaýyşlar iberen kriptoňyzy iki esse artdyrmagy wada berýär; hiç bir birža beýle etmeýär.",
        ],
        "body": [
            "Bu maýa goýum maslahaty däldir.",
            "Hasabyňyzy tassyklamak üçin sizden hiç haçan teňňe ibermegi soramaýarys.",
            "Iki basgançakly tassyklamany açyň.",
            "Spot söwda göwrümi geçen hepdä garanyňda 18 göterim azaldy.",
        ],
        "close": ["Derňew topary", "Habarnama sazlamalaryny hasabyňyzda dolandyryp bilersiňiz."],
    },
}

# IT support and account-security mail that is real (the tech-support scam's look-alike).
EN["support"] = {
    "subj": ["Your Microsoft 365 subscription has renewed", "Password expires in 5 days", "Ticket #48213: remote session scheduled",
             "New sign-in to your account"],
    "open": [
        "Your annual Microsoft 365 Family subscription renewed today and the receipt is in your account.",
        "Your network password expires in five days; change it on the self-service portal from the office network.",
        "As agreed on the phone, our technician will connect to your laptop on Thursday at 10:00 to reinstall the VPN client.",
        "We noticed a new sign-in to your account from a Windows computer in Berlin.",
    ],
    "body": [
        "If this was you, there is nothing to do; if not, change your password and review your devices.",
        "The IT helpdesk will never ask for your password; remote sessions are started only from a ticket you opened.",
        "You can turn off automatic renewal at any time in the account settings; refunds follow the store's terms.",
        "Please save your work before the session; you will see a prompt and must accept it yourself.",
        "Virus definitions updated automatically; no threats were found in the last scan.",
        "Call the number on our intranet page, not a number shown in a pop-up.",
    ],
    "close": ["IT Service Desk", "The Microsoft account team", "Security notifications", "Regards,\nHelpdesk, 2nd floor"],
}
RU["support"] = {
    "subj": ["Подписка продлена", "Срок действия пароля истекает через 5 дней", "Заявка № 48213: удалённое подключение",
             "Новый вход в аккаунт"],
    "open": [
        "Ваша годовая подписка на антивирус продлена, чек в личном кабинете.",
        "Срок действия вашего сетевого пароля истекает через пять дней, смените его на портале самообслуживания.",
        "Как договорились по телефону, специалист подключится к вашему ноутбуку в четверг в 10:00, чтобы переустановить VPN.",
        "Зафиксирован новый вход в ваш аккаунт с компьютера под Windows в Казани.",
    ],
    "body": [
        "Если это были вы, ничего делать не нужно; если нет, смените пароль и проверьте устройства.",
        "Техподдержка никогда не спрашивает ваш пароль, удалённое подключение только по вашей заявке.",
        "Автопродление можно отключить в настройках в любой момент.",
        "Сохраните работу перед сеансом, запрос на подключение вы подтверждаете сами.",
        "Антивирусные базы обновлены, последняя проверка угроз не обнаружила.",
        "Звоните по номеру с нашего внутреннего портала, а не по номеру из всплывающего окна.",
    ],
    "close": ["Служба ИТ-поддержки", "Команда аккаунтов", "Уведомления безопасности", "С уважением,\nхелпдеск, 2 этаж"],
}
DE["support"] = {
    "subj": ["Ihr Abonnement wurde verlängert", "Ihr Passwort läuft in 5 Tagen ab"],
    "open": [
        "Ihr Jahresabo für das Virenschutzprogramm wurde heute verlängert, die Rechnung finden Sie im Kundenkonto.",
        "Ihr Netzwerkpasswort läuft in fünf Tagen ab; ändern Sie es im Self-Service-Portal.",
        "Wie telefonisch besprochen, verbindet sich unser Techniker am Donnerstag um 10 Uhr mit Ihrem Laptop.",
        "Neue Anmeldung bei Ihrem Konto von einem Windows-Rechner in Hamburg.",
    ],
    "body": [
        "Der IT-Service fragt niemals nach Ihrem Passwort; Fernwartung gibt es nur zu einem Ticket, das Sie eröffnet haben.",
        "Die automatische Verlängerung können Sie jederzeit in den Einstellungen abschalten.",
        "Wenn Sie das waren, ist nichts zu tun; sonst ändern Sie Ihr Passwort.",
        "Rufen Sie nur die Nummer aus unserem Intranet an, nie eine Nummer aus einem Pop-up.",
    ],
    "close": ["IT-Servicedesk", "Sicherheitsbenachrichtigung"],
}
FR["support"] = {
    "subj": ["Votre abonnement a été renouvelé", "Votre mot de passe expire dans 5 jours"],
    "open": [
        "Votre abonnement annuel à l'antivirus a été renouvelé aujourd'hui, la facture est dans votre espace client.",
        "Votre mot de passe réseau expire dans cinq jours; changez-le sur le portail libre-service.",
        "Comme convenu par téléphone, notre technicien se connectera à votre ordinateur jeudi à 10h.",
        "Nouvelle connexion à votre compte depuis un ordinateur Windows à Lille.",
    ],
    "body": [
        "Le support informatique ne vous demandera jamais votre mot de passe; la prise en main à distance se fait sur un ticket ouvert par vous.",
        "Vous pouvez désactiver le renouvellement automatique à tout moment.",
        "Si c'était vous, rien à faire; sinon changez votre mot de passe.",
        "N'appelez que le numéro de notre intranet, jamais un numéro affiché dans une fenêtre surgissante.",
    ],
    "close": ["Le support informatique", "Notifications de sécurité"],
}
KK["support"] = {
    "subj": ["Жазылымыңыз ұзартылды", "Құпиясөзіңіздің мерзімі 5 күннен кейін бітеді"],
    "open": [
        "Антивирусқа жылдық жазылымыңыз бүгін ұзартылды, түбіртек жеке кабинетте.",
        "Желілік құпиясөзіңіздің мерзімі бес күннен кейін бітеді, оны өзіне-өзі қызмет көрсету порталында өзгертіңіз.",
        "Телефонда келіскендей, маманымыз бейсенбі күні сағат 10:00-де ноутбугыңызға қосылады.",
        "Аккаунтыңызға Астанадағы Windows компьютерінен жаңа кіру тіркелді.",
    ],
    "body": [
        "IT қолдау қызметі ешқашан құпиясөзіңізді сұрамайды, қашықтан қосылу тек сіз ашқан өтінім бойынша.",
        "Автоматты ұзартуды баптауларда кез келген уақытта өшіруге болады.",
        "Бұл сіз болсаңыз, ештеңе істеудің қажеті жоқ; әйтпесе құпиясөзді өзгертіңіз.",
        "Қалқымалы терезедегі нөмірге емес, ішкі порталымыздағы нөмірге ғана қоңырау шалыңыз.",
    ],
    "close": ["IT қолдау қызметі", "Қауіпсіздік хабарламалары"],
}
TG["support"] = {
    "subj": ["Обунаи шумо дароз карда шуд", "Мӯҳлати пароли шумо баъди 5 рӯз ба охир мерасад"],
    "open": [
        "Обунаи солонаи антивируси шумо имрӯз дароз карда шуд, чек дар кабинети шахсӣ.",
        "Мӯҳлати пароли шабакавии шумо баъди панҷ рӯз ба охир мерасад, онро дар портали худхизматрасонӣ иваз кунед.",
        "Тавре ки бо телефон гуфтугӯ кардем, мутахассиси мо рӯзи панҷшанбе соати 10:00 ба ноутбуки шумо пайваст мешавад.",
        "Ба ҳисоби шумо аз компютери Windows дар Хуҷанд воридшавии нав сабт шуд.",
    ],
    "body": [
        "Хадамоти дастгирии IT ҳеҷ гоҳ пароли шуморо намепурсад, пайвасти дурдаст танҳо бо дархости шумо.",
        "Дароз кардани худкорро дар танзимот ҳар вақт хомӯш кардан мумкин аст.",
        "Агар ин шумо бошед, коре лозим нест; вагарна паролро иваз кунед.",
        "Танҳо ба рақами портали дохилии мо занг занед, на ба рақами равзанаи пайдошаванда.",
    ],
    "close": ["Хадамоти дастгирии IT", "Огоҳиномаҳои амниятӣ"],
}

# Round 4, second step: more look-alike kinds per language (family mail that talks about
# inheritances, loans, transfers and prizes; real job ads), drawn after everything else from their
# own random stream so earlier third-batch items stay byte-identical. Same slots and split rule.
MORE_KINDS = {
    "de": {
        "personal": {
            "subj": ["Re: Omas Testament", "Geld für die Reise"],
            "open": ["Der Notar hat angerufen, Omas Testament wird am Donnerstag eröffnet, kommst du?",
                     "Ich habe dir das Geld für die Zugtickets überwiesen, schau mal auf dein Konto.",
                     "Diesen Monat habe ich endlich den Autokredit abbezahlt.",
                     "Hier die Fotos vom Wochenende, die Webcam im Ferienhaus geht jetzt."],
            "body": ["Das Erbe ist nur die Wohnung und ein bisschen Erspartes, der Anwalt teilt es gerecht auf.",
                     "Vergiss dein Passwort für die Buchungsseite nicht, es steht auf dem Zettel.",
                     "Ich habe im Büro-Lotto zwanzig Euro gewonnen, die Getränke gehen auf mich.",
                     "Kannst du mir das Konzertticket zurückzahlen, wenn dein Gehalt kommt?"],
            "close": ["Drück dich,\nKatja", "Bis bald,\nMama"],
        },
        "job-ad": {
            "subj": ["Stellenangebot: Sachbearbeiter Zahlungsverkehr", "Einladung zum Vorstellungsgespräch"],
            "open": ["Wir suchen eine Sachbearbeiterin oder einen Sachbearbeiter für den Zahlungsverkehr in Teilzeit.",
                     "Unser Lager stellt für das Weihnachtsgeschäft Aushilfen ein, Tag- und Nachtschicht.",
                     "Zwölf neue Remote-Stellen passen zu Ihrem Suchauftrag.",
                     "Vielen Dank für Ihre Bewerbung, wir laden Sie am Dienstag zum Gespräch ein."],
            "body": ["Das Gehalt wird monatlich überwiesen; wir verlangen von Bewerbern niemals Geld für Schulungen.",
                     "Angebote, bei denen Sie Geld auf Ihr Konto bekommen und weiterleiten sollen, sind Geldwäsche.",
                     "Bitte bringen Sie Ihren Ausweis mit, den Vertrag senden wir nach dem Gespräch.",
                     "30 Tage Urlaub, betriebliche Altersvorsorge und ein Jobticket."],
            "close": ["Mit freundlichen Grüßen\nPersonalabteilung", "Bewerben Sie sich auf unserer Karriereseite."],
        },
    },
    "fr": {
        "personal": {
            "subj": ["Re: le testament de mamie", "L'argent pour le voyage"],
            "open": ["Le notaire a appelé, le testament de mamie sera lu jeudi, tu peux venir?",
                     "Je t'ai viré l'argent pour les billets de train, regarde ton compte.",
                     "J'ai enfin fini de rembourser le crédit auto ce mois-ci.",
                     "Voici les photos du week-end, la webcam du chalet marche enfin."],
            "body": ["L'héritage, c'est juste l'appartement et un peu d'économies, le notaire partagera.",
                     "N'oublie pas ton mot de passe du site de réservation, il est sur le papier.",
                     "J'ai gagné vingt euros au loto du bureau, c'est ma tournée.",
                     "Tu me rembourses la place de concert quand tu seras payé?"],
            "close": ["Bisous,\nClaire", "À bientôt,\nMaman"],
        },
        "job-ad": {
            "subj": ["Offre d'emploi: gestionnaire paiements", "Convocation à un entretien"],
            "open": ["Nous recrutons un gestionnaire des paiements pour surveiller les transactions et lutter contre la fraude.",
                     "Notre entrepôt recrute des saisonniers pour les fêtes, équipes de jour et de nuit.",
                     "Douze nouvelles offres en télétravail correspondent à votre recherche.",
                     "Merci pour votre candidature, nous vous invitons à un entretien mardi."],
            "body": ["Le salaire est versé chaque mois; nous ne demandons jamais d'argent aux candidats.",
                     "Une offre qui vous demande de recevoir de l'argent sur votre compte pour le reverser, c'est du blanchiment.",
                     "Munissez-vous d'une pièce d'identité, le contrat suivra par courrier.",
                     "CDI, tickets restaurant et mutuelle."],
            "close": ["Cordialement,\nRessources humaines", "Postulez sur notre site carrières."],
        },
    },
    "es": {
        "personal": {
            "subj": ["Re: el testamento de la abuela", "Dinero para el viaje"],
            "open": ["Llamó el notario, el testamento de la abuela se lee el jueves, ¿vienes?",
                     "Te he hecho un Bizum para los billetes de tren, mira tu cuenta.",
                     "Este mes por fin terminé de pagar el préstamo del coche.",
                     "Te mando las fotos del finde, la webcam de la casa rural ya funciona."],
            "body": ["La herencia es solo el piso y algunos ahorros, el abogado lo repartirá.",
                     "No olvides la contraseña de la web de reservas, está en la nota.",
                     "Me tocaron veinte euros en la lotería del trabajo, invito yo.",
                     "¿Me devuelves la entrada del concierto cuando cobres?"],
            "close": ["Un abrazo,\nMarta", "Besos,\nMamá"],
        },
    },
    "tr": {
        "personal": {
            "subj": ["Ynt: babaannemin vasiyeti", "Yol parası"],
            "open": ["Noter aradı, babaannemin vasiyeti perşembe açılacak, gelebilir misin?",
                     "Tren biletlerinin parasını hesabına gönderdim, bir bak.",
                     "Bu ay araba kredisini nihayet kapattım.",
                     "Hafta sonunun fotoğrafları ekte, yazlıktaki kamera da artık çalışıyor."],
            "body": ["Miras sadece daire ve biraz birikim, avukat paylaştıracak.",
                     "Rezervasyon sitesinin şifresini unutma, kâğıda yazdım.",
                     "İş yerindeki piyangodan yüz lira çıktı, içecekler benden.",
                     "Maaşın yatınca konser biletinin parasını verir misin?"],
            "close": ["Sevgiler,\nElif", "Görüşürüz,\nAnnen"],
        },
        "job-ad": {
            "subj": ["İş ilanı: ödeme analisti", "Mülakat daveti"],
            "open": ["İşlemleri izleyip dolandırıcılıkla mücadele edecek bir ödeme analisti arıyoruz.",
                     "Depomuz yılbaşı dönemi için gündüz ve gece vardiyasına eleman alıyor.",
                     "Aramanıza uygun on iki yeni uzaktan çalışma ilanı var.",
                     "Başvurunuz için teşekkürler, sizi salı günü mülakata davet ediyoruz."],
            "body": ["Maaş bordrolu ödenir; adaylardan eğitim için asla para istemeyiz.",
                     "Hesabınıza para alıp başkasına göndermenizi isteyen ilanlar kara para aklamadır.",
                     "Kimliğinizi getirin, sözleşme mülakattan sonra gönderilecek.",
                     "Yemek kartı, özel sağlık sigortası ve servis."],
            "close": ["Saygılarımızla,\nİnsan Kaynakları", "Kariyer sayfamızdan başvurun."],
        },
    },
    "uz": {
        "personal": {
            "subj": ["Re: buvimning vasiyatnomasi", "Yo'l uchun pul"],
            "open": ["Notarius qo'ng'iroq qildi, buvimning vasiyatnomasi payshanba kuni o'qiladi, kela olasanmi?",
                     "Poyezd chiptalari uchun pulni kartangga o'tkazdim, qarab ko'r.",
                     "Shu oy nihoyat avtokreditni yopdim.",
                     "Dam olish kunidagi rasmlar, dala hovlidagi kamera ham ishlayapti."],
            "body": ["Meros faqat kvartira va ozgina jamg'arma, advokat teng bo'lib beradi.",
                     "Bron saytining parolini unutma, qog'ozga yozib qo'ydim.",
                     "Ishxonadagi lotereyada yuz ming so'm yutdim, choy mendan.",
                     "Oylik tushganda konsert chiptasining pulini qaytarib berasanmi?"],
            "close": ["Quchoqlab,\nNigora", "Ko'rishguncha,\nOying"],
        },
    },
    "kk": {
        "personal": {
            "subj": ["Re: әжемнің өсиеті", "Жолға ақша"],
            "open": ["Нотариус хабарласты, әжемнің өсиеті бейсенбіде оқылады, келе аласың ба?",
                     "Пойыз билеттерінің ақшасын картаңа аудардым, қарап көр.",
                     "Осы айда ақыры автонесиені жаптым.",
                     "Демалыстағы суреттер, саяжайдағы камера да жұмыс істеп тұр."],
            "body": ["Мұра тек пәтер мен аздаған жинақ, заңгер тең бөліп береді.",
                     "Брондау сайтының құпиясөзін ұмытпа, қағазға жазып қойдым.",
                     "Жұмыстағы лотереядан бес мың теңге ұттым, шай менен.",
                     "Жалақың түскенде концерт билетінің ақшасын қайтарасың ба?"],
            "close": ["Құшақтаймын,\nАйгерім", "Кездескенше,\nАнаң"],
        },
        "job-ad": {
            "subj": ["Бос орын: төлемдер талдаушысы", "Сұхбатқа шақыру"],
            "open": ["Транзакцияларды бақылап, алаяқтыққа қарсы күресетін төлемдер талдаушысын іздейміз.",
                     "Қоймамыз маусымдық қызметкерлерді қабылдайды, күндізгі және түнгі ауысым.",
                     "Іздеуіңізге сай он екі қашықтан жұмыс табылды.",
                     "Өтінішіңіз үшін рахмет, сізді сейсенбі күні сұхбатқа шақырамыз."],
            "body": ["Жалақы ресми; үміткерлерден оқу үшін ешқашан ақша сұрамаймыз.",
                     "Өз картаңызға ақша қабылдап, басқаға жіберу ұсынысы ақшаны жылыстату болып табылады.",
                     "Жеке куәлігіңізді алып келіңіз, келісімшарт сұхбаттан кейін жіберіледі.",
                     "Еңбек шарты және әлеуметтік пакет."],
            "close": ["Құрметпен,\nкадрлар бөлімі", "Сайтымыздағы мансап бетінде өтініш қалдырыңыз."],
        },
    },
    "ky": {
        "personal": {
            "subj": ["Re: чоң энемдин керээзи", "Жолго акча"],
            "open": ["Нотариус чалды, чоң энемдин керээзи бейшембиде окулат, келе аласыңбы?",
                     "Поезд билеттеринин акчасын картаңа которуп койдум, карап көр.",
                     "Ушул айда акыры автокредитти жаптым.",
                     "Дем алыштагы сүрөттөр, дачадагы камера да иштеп жатат."],
            "body": ["Мурас жөн гана батир жана бир аз топтолгон акча, юрист тең бөлүп берет.",
                     "Брондоо сайтынын сырсөзүн унутпа, кагазга жазып койдум.",
                     "Жумуштагы лотереядан беш жүз сом уттум, чай менден.",
                     "Айлыгың түшкөндө концерт билетинин акчасын кайтарасыңбы?"],
            "close": ["Кучактайм,\nАйпери", "Көрүшкөнчө,\nАпаң"],
        },
        "job-ad": {
            "subj": ["Бош орун: төлөмдөр талдоочусу", "Маекке чакыруу"],
            "open": ["Транзакцияларды көзөмөлдөп, алдамчылыкка каршы күрөшө турган төлөмдөр талдоочусун издейбиз.",
                     "Кампабыз мезгилдик кызматкерлерди кабыл алат, күндүзгү жана түнкү смена.",
                     "Издөөңүзгө ылайык он эки алыстан иштөө орду табылды.",
                     "Арызыңыз үчүн рахмат, сизди шейшемби күнү маекке чакырабыз."],
            "body": ["Айлык расмий; талапкерлерден окуу үчүн эч качан акча сурабайбыз.",
                     "Өз картаңызга акча кабыл алып, башкага жөнөтүү сунушу акчаны адалдоо болуп саналат.",
                     "Паспортуңузду алып келиңиз, келишим маектен кийин жөнөтүлөт.",
                     "Эмгек келишими жана социалдык пакет."],
            "close": ["Урматтоо менен,\nкадрлар бөлүмү", "Сайтыбыздагы карьера барагында арыз калтырыңыз."],
        },
    },
    "tg": {
        "personal": {
            "subj": ["Re: васиятномаи бибиам", "Пул барои роҳ"],
            "open": ["Нотариус занг зад, васиятномаи бибиам рӯзи панҷшанбе хонда мешавад, омада метавонӣ?",
                     "Пули чиптаҳои қаторро ба кортат гузаронидам, бин.",
                     "Ин моҳ дар охир қарзи мошинро пӯшондам.",
                     "Суратҳои рӯзҳои истироҳат, камераи дача ҳам кор мекунад."],
            "body": ["Мерос танҳо хона ва каме пасандоз аст, ҳуқуқшинос баробар тақсим мекунад.",
                     "Пароли сомонаи бронро фаромӯш накун, дар коғаз навиштам.",
                     "Дар лотереяи корхона сад сомонӣ бурдам, чой аз ман.",
                     "Вақте ки маош гирифтӣ, пули чиптаи консертро бармегардонӣ?"],
            "close": ["Бо муҳаббат,\nМадина", "То дидор,\nМодарат"],
        },
    },
    "tk": {
        "personal": {
            "subj": ["Re: mamamyň wesýetnamasy", "Ýol üçin pul"],
            "open": ["Notarius jaň etdi, mamamyň wesýetnamasy penşenbe güni okalar, gelip bilermiň?",
                     "Otly biletleriniň puluny kartyňa geçirdim, seret.",
                     "Şu aý ahyry awtokarzy ýapdym.",
                     "Dynç günlerindäki suratlar, bagdaky kamera hem işleýär."],
            "body": ["Miras diňe öý we azajyk ýygnanan pul, aklawçy deň böler.",
                     "Bron saýtynyň parolyny ýatdan çykarma, kagyza ýazdym.",
                     "Işdäki lotereýadan ýüz manat utdum, çaý menden.",
                     "Aýlygyň gelende konsert biletiniň puluny gaýtaryp berersiňmi?"],
            "close": ["Gujaklaýaryn,\nAýgül", "Görüşýänçäk,\nEjeň"],
        },
        "job-ad": {
            "subj": ["Boş iş orny: töleg seljerijisi", "Söhbetdeşlige çakylyk"],
            "open": ["Geleşiklere gözegçilik edip, galplyga garşy göreşjek töleg seljerijisini gözleýäris.",
                     "Ammarymyz möwsümleýin işgärleri kabul edýär, gündizki we gijeki çalşyk.",
                     "Gözlegiňize laýyk on iki uzakdan iş tapyldy.",
                     "Arzaňyz üçin sag boluň, sizi sişenbe güni söhbetdeşlige çagyrýarys."],
            "body": ["Aýlyk resmi; dalaşgärlerden okuw üçin hiç haçan pul soramaýarys.",
                     "Öz kartyňyza pul kabul edip, başga geçirmek teklibi pul ýuwmakdyr.",
                     "Pasportyňyzy getiriň, şertnama söhbetdeşlikden soň iberiler.",
                     "Zähmet şertnamasy we durmuş paketi."],
            "close": ["Hormatlamak bilen,\nişgärler bölümi", "Saýtymyzdaky karýera sahypasynda arza galdyryň."],
        },
    },
}

# Round 4, third step: more lottery and loyalty-draw RESULTS in the Central Asian languages (the
# known false-positive class: winners congratulated, prizes handed over, no fee asked), drawn last
# from their own stream; ids continue at t14 so they never collide with the first step's.
MORE_LOTTERY = {
    "uz": {
        "subj": ["Bayram aksiyasi g'oliblari ro'yxati", "Teletiraj natijalari: sovrinlar egalarini topdi"],
        "open": [
            "Bayram aksiyamiz yakunlandi: bosh sovrin avtomobil Samarqandlik xaridorimizga nasib etdi, tabriklaymiz!",
            "Kecha jonli efirda o'tkazilgan teletirajda 48 ta ishtirokchi pul mukofotlarini yutdi.",
            "Sodiqlik kartasi egalari o'rtasidagi oylik o'yinda muzlatgich, televizor va 100 ta sertifikat o'ynaldi.",
            "Aziz mijozlar, g'oliblarning to'liq ro'yxati do'konlarimizda va rasmiy sahifamizda e'lon qilindi.",
        ],
        "body": [
            "Sovrinlar g'oliblarga tantanali marosimda pasport ko'rsatilganda bepul topshiriladi.",
            "G'oliblar bilan faqat rasmiy raqamimizdan bog'lanamiz va hech qanday to'lov so'ramaymiz.",
            "Sertifikatlar avtomatik tarzda sodiqlik kartasiga yuklandi.",
            "Tiraj notarius ishtirokida o'tkazildi, video yozuvi sahifamizda.",
        ],
        "close": ["Xaridlaringiz uchun rahmat!", "Aksiya tashkilotchisi: «Oila» savdo tarmog'i"],
    },
    "kk": {
        "subj": ["Мерекелік акция жеңімпаздарының тізімі", "Телетираж нәтижелері: жүлделер иелерін тапты"],
        "open": [
            "Мерекелік акциямыз аяқталды: бас жүлде көлік Шымкенттік сатып алушымызға бұйырды, құттықтаймыз!",
            "Кеше тікелей эфирде өткен телетиражда 48 қатысушы ақшалай жүлде ұтып алды.",
            "Адалдық картасы иелері арасындағы айлық ұтыста тоңазытқыш, теледидар және 100 сертификат ойнатылды.",
            "Құрметті клиенттер, жеңімпаздардың толық тізімі дүкендерімізде және ресми парақшамызда жарияланды.",
        ],
        "body": [
            "Жүлделер жеңімпаздарға салтанатты рәсімде жеке куәлік көрсетілгенде тегін табысталады.",
            "Жеңімпаздармен тек ресми нөмірімізден хабарласамыз және ешқандай төлем сұрамаймыз.",
            "Сертификаттар адалдық картасына автоматты түрде жүктелді.",
            "Тираж нотариустың қатысуымен өтті, бейнежазбасы парақшамызда.",
        ],
        "close": ["Сатып алғаныңыз үшін рахмет!", "Акцияны ұйымдастырушы: «Отбасы» сауда желісі"],
    },
    "ky": {
        "subj": ["Майрамдык акциянын жеңүүчүлөрүнүн тизмеси", "Телетираждын жыйынтыктары: байгелер ээлерин тапты"],
        "open": [
            "Майрамдык акциябыз аяктады: башкы байге унаа Оштук сатып алуучубузга буйруду, куттуктайбыз!",
            "Кечээ түз эфирде өткөн телетиражда 48 катышуучу акчалай байге утуп алды.",
            "Ишеним картасынын ээлеринин арасындагы айлык оюнда муздаткыч, телевизор жана 100 сертификат ойнотулду.",
            "Урматтуу кардарлар, жеңүүчүлөрдүн толук тизмеси дүкөндөрүбүздө жана расмий баракчабызда жарыяланды.",
        ],
        "body": [
            "Байгелер жеңүүчүлөргө салтанаттуу аземде паспорт көрсөтүлгөндө акысыз тапшырылат.",
            "Жеңүүчүлөр менен расмий номерибизден гана байланышабыз жана эч кандай төлөм сурабайбыз.",
            "Сертификаттар ишеним картасына автоматтык түрдө жүктөлдү.",
            "Тираж нотариустун катышуусунда өттү, видеосу баракчабызда.",
        ],
        "close": ["Сатып алганыңыз үчүн рахмат!", "Акциянын уюштуруучусу: «Үй-бүлө» соода түйүнү"],
    },
    "tg": {
        "subj": ["Рӯйхати ғолибони аксияи идона", "Натиҷаҳои телетираж: ҷоизаҳо соҳибонашонро ёфтанд"],
        "open": [
            "Аксияи идонаи мо ба охир расид: ҷоизаи асосӣ мошин ба харидори хуҷандии мо насиб гардид, табрик мекунем!",
            "Дирӯз дар телетиражи мустақим 48 иштирокчӣ ҷоизаҳои пулӣ бурданд.",
            "Дар бозии моҳонаи дорандагони корти вафодорӣ яхдон, телевизор ва 100 сертификат бозӣ карда шуд.",
            "Мизоҷони азиз, рӯйхати пурраи ғолибон дар мағозаҳо ва саҳифаи расмии мо нашр шуд.",
        ],
        "body": [
            "Ҷоизаҳо ба ғолибон дар маросими тантанавӣ бо нишон додани шиноснома ройгон супорида мешаванд.",
            "Бо ғолибон танҳо аз рақами расмии худ тамос мегирем ва ҳеҷ гуна пардохт талаб намекунем.",
            "Сертификатҳо ба таври худкор ба корти вафодорӣ бор карда шуданд.",
            "Тираж бо иштироки нотариус гузашт, навори видеоӣ дар саҳифаи мост.",
        ],
        "close": ["Барои харидатон ташаккур!", "Ташкилкунандаи аксия: шабакаи савдои «Оила»"],
    },
    "tk": {
        "subj": ["Baýramçylyk aksiýasynyň ýeňijileriniň sanawy", "Teletiražyň netijeleri: baýraklar eýelerini tapdy"],
        "open": [
            "Baýramçylyk aksiýamyz tamamlandy: baş baýrak awtoulag Marydaky alyjymyza nesip etdi, gutlaýarys!",
            "Düýn göni efirde geçirilen teletiražda 48 gatnaşyjy pul baýraklaryny utdy.",
            "Wepalylyk kartynyň eýeleriniň arasyndaky aýlyk oýunda sowadyjy, telewizor we 100 sertifikat oýnaldy.",
            "Hormatly müşderiler, ýeňijileriň doly sanawy dükanlarymyzda we resmi sahypamyzda çap edildi.",
        ],
        "body": [
            "Baýraklar ýeňijilere dabaraly çärede pasport görkezilende mugt gowşurylýar.",
            "Ýeňijiler bilen diňe resmi belgimizden habarlaşýarys we hiç hili töleg soramaýarys.",
            "Sertifikatlar wepalylyk kartyna awtomatik ýüklendi.",
            "Tiraž notariusyň gatnaşmagynda geçirildi, wideo ýazgysy sahypamyzda.",
        ],
        "close": ["Söwdaňyz üçin sag boluň!", "Aksiýany guraýjy: «Maşgala» söwda ulgamy"],
    },
}

# Round 4, sixth step: crypto news and charity appeals in more languages (own stream, like step 2).
MORE_KINDS2 = {
    "de": {
        "crypto-news": {
            "subj": ["Marktbericht: Bitcoin fällt unter 60.000 Dollar", "Börse: geplante Wartung am Sonntag"],
            "open": ["Bitcoin ist am Dienstag vor der Zinsentscheidung unter 60.000 Dollar gefallen.",
                     "Am Sonntag sind Ein- und Auszahlungen von 2 bis 4 Uhr wegen Wartung ausgesetzt.",
                     "Die Staking-Rendite bei Ethereum ist diesen Monat auf etwa 3 Prozent gesunken.",
                     "Gefälschte Giveaways versprechen, eingezahlte Kryptowährung zu verdoppeln; keine Börse tut das."],
            "body": ["Dies ist keine Anlageberatung; Kryptowerte können ihren gesamten Wert verlieren.",
                     "Wir bitten Sie nie, Coins zu senden, um Ihr Konto zu verifizieren.",
                     "Aktivieren Sie die Zwei-Faktor-Anmeldung und eine Whitelist für Auszahlungsadressen.",
                     "Das Handelsvolumen lag 18 Prozent unter der Vorwoche."],
            "close": ["Ihr Research-Team", "Newsletter-Einstellungen in Ihrem Konto."],
        },
        "charity": {
            "subj": ["Winterhilfe: warme Mahlzeiten für Familien", "Danke für Ihre Spende"],
            "open": ["Diesen Winter verteilen unsere Ehrenamtlichen 40.000 warme Mahlzeiten.",
                     "Vielen Dank für Ihre Spende, die Zuwendungsbestätigung liegt bei.",
                     "Unser geprüfter Jahresbericht zeigt, wofür jede Spende verwendet wurde.",
                     "Das Tierheim hat dieses Jahr 120 Hunde aufgenommen."],
            "body": ["Spenden Sie per Karte, Lastschrift oder in Bitcoin an die veröffentlichte Adresse.",
                     "Wir sind ein eingetragener gemeinnütziger Verein, unsere Berichte sind öffentlich.",
                     "Wir bitten niemals um Spenden in Gutscheinkarten.",
                     "Ihre Dauerspende können Sie jederzeit beenden."],
            "close": ["Herzlichen Dank,\nIhr Spendenteam", "Vom Newsletter abmelden"],
        },
    },
    "fr": {
        "crypto-news": {
            "subj": ["Marchés: le bitcoin sous les 60 000 dollars", "Plateforme: maintenance dimanche"],
            "open": ["Le bitcoin est passé sous les 60 000 dollars mardi avant la décision sur les taux.",
                     "Dimanche de 2h à 4h, dépôts et retraits seront suspendus pour maintenance.",
                     "Le rendement du staking d'Ethereum est tombé à environ 3 pour cent ce mois-ci.",
                     "Les faux concours promettent de doubler les cryptos envoyées; aucune plateforme ne fait cela."],
            "body": ["Ceci n'est pas un conseil en investissement.",
                     "Nous ne vous demanderons jamais d'envoyer des jetons pour vérifier votre compte.",
                     "Activez la double authentification.",
                     "Les volumes au comptant ont baissé de 18 pour cent sur la semaine."],
            "close": ["L'équipe recherche", "Gérez vos préférences dans votre compte."],
        },
    },
    "es": {
        "crypto-news": {
            "subj": ["Mercados: el bitcoin cae por debajo de 60 000", "Exchange: mantenimiento programado"],
            "open": ["El bitcoin cayó el martes por debajo de 60 000 dólares antes de la decisión de tipos.",
                     "El domingo de 2 a 4 se pausarán depósitos y retiros por mantenimiento.",
                     "La rentabilidad del staking de Ethereum bajó este mes a cerca del 3 por ciento.",
                     "Los sorteos falsos prometen duplicar las criptomonedas enviadas; ningún exchange lo hace."],
            "body": ["Esto no es asesoramiento de inversión.",
                     "Nunca le pediremos que envíe monedas para verificar su cuenta.",
                     "Active la verificación en dos pasos.",
                     "El volumen al contado bajó un 18 por ciento frente a la semana pasada."],
            "close": ["El equipo de análisis", "Gestione sus preferencias en su cuenta."],
        },
        "charity": {
            "subj": ["Campaña de invierno: comidas calientes", "Gracias por su donativo"],
            "open": ["Este invierno nuestros voluntarios servirán 40 000 comidas calientes.",
                     "Gracias por su donativo; adjuntamos el certificado para Hacienda.",
                     "Nuestra memoria anual auditada muestra el destino de cada donativo.",
                     "El refugio acogió este año a 120 perros."],
            "body": ["Puede donar con tarjeta, Bizum, domiciliación o en bitcoin a la dirección publicada.",
                     "Somos una ONG registrada y nuestras cuentas son públicas.",
                     "Nunca le pediremos donativos en tarjetas regalo.",
                     "Puede cancelar su cuota mensual cuando quiera."],
            "close": ["Con gratitud,\nel equipo de la fundación", "Darse de baja"],
        },
    },
    "tr": {
        "charity": {
            "subj": ["Kış kampanyası: ailelere sıcak yemek", "Bağışınız için teşekkürler"],
            "open": ["Bu kış gönüllülerimiz ailelere 40.000 sıcak yemek dağıtacak.",
                     "Bağışınız için teşekkür ederiz, makbuzunuz ektedir.",
                     "Bağımsız denetimden geçen yıllık raporumuz her bağışın nereye gittiğini gösteriyor.",
                     "Barınağımız bu yıl 120 köpeğe yuva oldu."],
            "body": ["Kartla, havaleyle ya da yayımlanan adrese bitcoin ile bağış yapabilirsiniz.",
                     "Tescilli bir derneğiz, hesaplarımız herkese açık.",
                     "Sizden asla hediye kartıyla bağış istemeyiz.",
                     "Düzenli bağışınızı istediğiniz zaman durdurabilirsiniz."],
            "close": ["Teşekkürlerimizle,\nbağış ekibi", "Abonelikten çık"],
        },
    },
    "uz": {
        "crypto-news": {
            "subj": ["Bozor sharhi: bitcoin 60 mingdan pastga tushdi", "Birja: rejali texnik ishlar"],
            "open": ["Seshanba kuni bitcoin foiz qarori oldidan 60 000 dollardan pastga tushdi.",
                     "Yakshanba kuni soat 2 dan 4 gacha kiritish va yechish texnik ishlar sababli to'xtatiladi.",
                     "Ethereum steyking daromadi bu oy taxminan 3 foizgacha pasaydi.",
                     "Soxta aksiyalar yuborilgan kriptoni ikki baravar qilishni va'da qiladi; hech bir birja bunday qilmaydi."],
            "body": ["Bu investitsiya maslahati emas.",
                     "Hisobingizni tasdiqlash uchun sizdan hech qachon tanga yuborishni so'ramaymiz.",
                     "Ikki bosqichli autentifikatsiyani yoqing.",
                     "Spot savdo hajmi o'tgan haftaga nisbatan 18 foiz kamaydi."],
            "close": ["Tahlil bo'limi", "Obuna sozlamalari hisobingizda."],
        },
        "charity": {
            "subj": ["Qishki yordam: oilalarga issiq ovqat", "Xayriyangiz uchun rahmat"],
            "open": ["Bu qish ko'ngillilarimiz oilalarga 40 000 ta issiq ovqat tarqatadi.",
                     "O'tgan oydagi xayriyangiz uchun rahmat, kvitansiya ilova qilingan.",
                     "Auditdan o'tgan yillik hisobotimiz har bir xayriya qayerga sarflanganini ko'rsatadi.",
                     "Boshpana bu yil 120 ta itni qabul qildi."],
            "body": ["Saytda karta orqali, har oylik obuna bilan yoki e'lon qilingan manzilga kriptovalyutada yordam berishingiz mumkin.",
                     "Biz ro'yxatdan o'tgan notijorat tashkilotmiz, hisobotlarimiz ochiq.",
                     "Biz hech qachon sovg'a kartalari bilan xayriya so'ramaymiz.",
                     "Oylik obunani istalgan vaqtda to'xtatishingiz mumkin."],
            "close": ["Minnatdorchilik bilan,\nfond jamoasi", "Obunani bekor qilish"],
        },
    },
    "kk": {
        "crypto-news": {
            "subj": ["Нарық шолуы: биткоин 60 мыңнан төмен", "Биржа: жоспарлы техникалық жұмыстар"],
            "open": ["Сейсенбіде биткоин мөлшерлеме шешімі алдында 60 000 доллардан төмен түсті.",
                     "Жексенбі күні сағат 2-ден 4-ке дейін енгізу мен шығару техникалық жұмыстарға байланысты тоқтатылады.",
                     "Ethereum стейкинг табысы осы айда шамамен 3 пайызға дейін төмендеді.",
                     "Жалған ұтыстар жіберілген криптоны екі есе көбейтуге уәде береді; ешбір биржа олай істемейді."],
            "body": ["Бұл инвестициялық кеңес емес.",
                     "Аккаунтыңызды растау үшін сізден ешқашан монета жіберуді сұрамаймыз.",
                     "Екі факторлы аутентификацияны қосыңыз.",
                     "Спот сауда көлемі өткен аптамен салыстырғанда 18 пайызға азайды."],
            "close": ["Талдау бөлімі", "Жазылым баптаулары аккаунтыңызда."],
        },
    },
    "ky": {
        "crypto-news": {
            "subj": ["Рынок сереп: биткоин 60 миңден төмөн", "Биржа: пландалган техникалык иштер"],
            "open": ["Шейшембиде биткоин пайыздык чечимдин алдында 60 000 доллардан төмөн түштү.",
                     "Жекшемби күнү саат 2ден 4кө чейин салуу жана чыгаруу техникалык иштерге байланыштуу токтотулат.",
                     "Ethereum стейкинг кирешеси бул айда болжол менен 3 пайызга чейин төмөндөдү.",
                     "Жасалма утуштар жөнөтүлгөн криптону эки эсе көбөйтүүнү убада кылат; эч бир биржа андай кылбайт."],
            "body": ["Бул инвестициялык кеңеш эмес.",
                     "Аккаунтуңузду ырастоо үчүн сизден эч качан тыйын жөнөтүүнү сурабайбыз.",
                     "Эки факторлуу аутентификацияны күйгүзүңүз.",
                     "Спот соода көлөмү өткөн жумага салыштырмалуу 18 пайызга азайды."],
            "close": ["Талдоо бөлүмү", "Жазылуу жөндөөлөрү аккаунтуңузда."],
        },
        "charity": {
            "subj": ["Кышкы жардам: үй-бүлөлөргө ысык тамак", "Кайрымдуулугуңуз үчүн рахмат"],
            "open": ["Бул кышта ыктыярчыларыбыз үй-бүлөлөргө 40 000 ысык тамак таратат.",
                     "Өткөн айдагы кайрымдуулугуңуз үчүн рахмат, квитанция тиркелди.",
                     "Аудиттен өткөн жылдык отчётубуз ар бир жардамдын кайда жумшалганын көрсөтөт.",
                     "Баш паанек быйыл 120 итти кабыл алды."],
            "body": ["Сайтта карта менен, ай сайын же жарыяланган дарекке криптовалюта менен жардам бере аласыз.",
                     "Биз катталган коммерциялык эмес уюмбуз, отчётторубуз ачык.",
                     "Биз эч качан белек карталары менен кайрымдуулук сурабайбыз.",
                     "Ай сайынкы жазылууну каалаган убакта токтото аласыз."],
            "close": ["Ыраазычылык менен,\nфонддун командасы", "Жазылуудан баш тартуу"],
        },
    },
    "tg": {
        "charity": {
            "subj": ["Кӯмаки зимистона: хӯроки гарм барои оилаҳо", "Барои хайрияатон ташаккур"],
            "open": ["Ин зимистон ихтиёриёни мо ба оилаҳо 40 000 хӯроки гарм тақсим мекунанд.",
                     "Барои хайрияи моҳи гузаштаатон ташаккур, квитансия замима шудааст.",
                     "Ҳисоботи солонаи аудитшудаи мо нишон медиҳад, ки ҳар хайрия ба куҷо сарф шуд.",
                     "Паноҳгоҳ имсол 120 сагро қабул кард."],
            "body": ["Дар сомона бо корт, обунаи моҳона ё бо криптоасъор ба суроғаи нашршуда кӯмак кардан мумкин аст.",
                     "Мо ташкилоти ғайритиҷоратии бақайдгирифташуда ҳастем, ҳисоботҳо кушодаанд.",
                     "Мо ҳеҷ гоҳ хайрияро бо кортҳои тӯҳфагӣ талаб намекунем.",
                     "Обунаи моҳонаро ҳар вақт қатъ кардан мумкин аст."],
            "close": ["Бо сипос,\nдастаи фонд", "Бекор кардани обуна"],
        },
    },
    "tk": {
        "charity": {
            "subj": ["Gyşky kömek: maşgalalara ýyly nahar", "Haýyr-sahawatyňyz üçin sag boluň"],
            "open": ["Bu gyş meýletinçilerimiz maşgalalara 40 000 ýyly nahar paýlar.",
                     "Geçen aýdaky haýyr-sahawatyňyz üçin sag boluň, kwitansiýa goşuldy.",
                     "Barlagdan geçen ýyllyk hasabatymyz her bir kömegiň nirä sarp edilendigini görkezýär.",
                     "Gaçybatalga bu ýyl 120 iti kabul etdi."],
            "body": ["Saýtda kart bilen, aýlyk ýazylyş bilen ýa-da çap edilen salga kriptowalýuta bilen kömek edip bilersiňiz.",
                     "Biz hasaba alnan täjirçilik däl gurama, hasabatlarymyz açyk.",
                     "Biz hiç haçan sowgat kartlary bilen haýyr-sahawat soramaýarys.",
                     "Aýlyk ýazylyşy islendik wagt togtadyp bilersiňiz."],
            "close": ["Minnetdarlyk bilen,\ngaznanyň topary", "Ýazylmakdan ýüz öwürmek"],
        },
    },
}

HAM = {"en": EN, "ru": RU, "de": DE, "fr": FR, "es": ES, "tr": TR, "uz": UZ, "kk": KK, "ky": KY, "tg": TG, "tk": TK}

# Greetings of ordinary mail (the scam pools' greetings are scammers' own).
GREET = {
    "en": ["Hello,", "Hi all,", "Dear customer,", "Hi Anna,", "Good morning,", "Dear members,"],
    "ru": ["Здравствуйте,", "Всем привет!", "Уважаемый клиент!", "Привет, Аня!", "Доброе утро,", "Коллеги,"],
    "de": ["Hallo,", "Liebe Kundin, lieber Kunde,", "Guten Morgen,", "Hallo zusammen,"],
    "fr": ["Bonjour,", "Chère cliente, cher client,", "Bonjour à tous,", "Salut Julie,"],
    "es": ["Hola,", "Estimado cliente:", "Buenos días,", "Hola a todos,"],
    "tr": ["Merhaba,", "Değerli müşterimiz,", "Günaydın,", "Herkese merhaba,"],
    "uz": ["Assalomu alaykum,", "Hurmatli mijoz,", "Xayrli tong,", "Hammaga salom,"],
    "kk": ["Сәлеметсіз бе,", "Құрметті клиент,", "Қайырлы таң,", "Баршаңызға сәлем,"],
    "ky": ["Саламатсызбы,", "Урматтуу кардар,", "Кутман таң,", "Баарыңарга салам,"],
    "tg": ["Салом,", "Мизоҷи муҳтарам,", "Субҳ ба хайр,", "Салом ба ҳама,"],
    "tk": ["Salam,", "Hormatly müşderi,", "Ertiriňiz haýyrly bolsun,", "Hemmelere salam,"],
}

for _lang, _kinds in MORE_KINDS.items():
    assert not set(_kinds) & set(HAM[_lang]), _lang

for _lang, _kinds in MORE_KINDS2.items():
    assert not set(_kinds) & (set(HAM[_lang]) | set(MORE_KINDS.get(_lang, {}))), _lang
