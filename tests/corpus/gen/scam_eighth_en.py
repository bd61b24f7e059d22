"""English scam pools of the eighth batch (written blind by helper c8-corpus; see scam_eighth.py).

Slots: subj, head (a line above the greeting), hook (the story's opening; advance-fee hooks carry a
"[scenario] " tag), body (more of the story; a tag limits a sentence to its scenario), ask (what the
reader must do), short (a whole teaser), ps. Even indices dev, odd held-out.
"""

SCAM = {
    "advance-fee": {
        "subj": ["URGENT REPLY NEEDED", "Inheritance Claim File", "From Mrs. Helen Carter", "Donation for you and your family",
                 "Confidential Business Proposal", "YOUR FUND RELEASE", "Next of Kin Notification", "Consignment Box held at the airport",
                 "Compensation Payment Approved", "Hello dear, please read", "Dormant account balance", "My last wish",
                 "Your ATM Visa Card", "Partnership", "Kindly get back to me", "Re: Pending Payment", "Private and Confidential",
                 "Reply me please", "Attention Beneficiary", "Important information"],
        "head": ["FROM THE DESK OF THE AUDIT DIRECTOR", "OFFICE OF THE SENIOR ADVOCATE", "UNITED NATIONS COMPENSATION COMMISSION (REF)",
                 "FOREIGN REMITTANCE DEPARTMENT", "PRIVATE AND CONFIDENTIAL", "FROM THE CHAMBERS OF BARRISTER ADEBAYO"],
        "hook": [
            "[inheritance] I am Barrister Kelvin Adebayo, the personal attorney to late Engineer Robert, a national of your country, who "
            "died with his wife and only daughter in a car accident three years ago and left no will.",
            "[inheritance] My client, who bears the same last name with you, passed on intestate and his estate has been unclaimed since, "
            "so I am contacting you to stand as his relation.",
            "[inheritance] You are hereby informed that you have been listed as a beneficiary in the will of a late investor whose "
            "solicitor I was until his death.",
            "[widow-donation] I am a widow suffering from cancer of the esophagus and my doctor told me I have only a few months to live.",
            "[widow-donation] My name is Mrs. Helen Carter, I am writing from the hospital bed where I have been for the past six weeks, "
            "my late husband left some money which I want to give to charity through a trusted person.",
            "[widow-donation] I am an orphan girl of twenty two years, my father was killed by rebels and he left a deposit in a bank "
            "here in my name, but I cannot touch it without a foreign guardian.",
            "[philanthropist] I am a retired businessman, I have given most of my wealth to orphanages, and now at eighty-one I want to "
            "donate the last part to a stranger who will use it for good.",
            "[philanthropist] You have been picked to receive a grant from my private foundation as part of my yearly giving, "
            "your email was selected by a random draw.",
            "[philanthropist] Before I go for my surgery, I decided to give away what remains of my fortune, and God directed me to your email.",
            "[diplomat] I am a diplomatic agent attached to the delivery of a consignment box belonging to you, presently held at the "
            "cargo terminal of the international airport.",
            "[diplomat] A diplomatic courier came in with two trunk boxes registered in your name, they could not be delivered because "
            "the clearance papers are not complete.",
            "[compensation] The United Nations in collaboration with the World Bank has approved a compensation payment for all victims "
            "of internet fraud, and your name is on the list.",
            "[compensation] This is to notify you that you are among the people that will be paid from the scam victims fund set up "
            "this year, and your payment file is now on my desk.",
            "[compensation] After the review of unpaid contract and inheritance files, your file was found genuine and a compensation "
            "has been approved for you.",
            "[dormant-account] I work in the audit unit of a bank and during our last audit I found a dormant account with a big balance "
            "whose owner died in a plane crash.",
            "[dormant-account] In my department we discovered an abandoned deposit of a foreign client, untouched for over nine years, "
            "and the bank is about to send it to the treasury as unclaimed.",
            "[business-proposal] I have a lucrative business proposal of mutual benefit which I want to share with you in strict confidence.",
            "[business-proposal] I am seeking a reliable foreign partner to receive and invest funds on my behalf in real estate or any "
            "profitable business in your country.",
            "[business-proposal] We are looking for a trustworthy person to act as our representative for a supply business that will "
            "give you a good percentage.",
            "[next-of-kin] I want to present you as the next of kin of my late customer so that the fund he left will be released to you.",
            "[next-of-kin] Since nobody came forward as next of kin after the death of our client, the board will confiscate the money "
            "unless a foreigner comes in as the relative.",
            "[bank-insider] I am the branch manager of a bank here and I have the power to move a fund secretly to your account if you "
            "agree to work with me.",
            "[bank-insider] As an insider in the bank, I can arrange all the documents so that you will be paid as the rightful owner "
            "without any problem.",
            "[over-invoicing] During the last contract award in our ministry, we inflated the value of a supply contract, and the "
            "excess is now waiting in a suspense account.",
            "[over-invoicing] I am an official of the petroleum ministry, the extra amount of a contract we executed needs a foreign "
            "account to be paid into.",
            "[oil-gold] I have gold dust of twenty-eight carats, about forty kilos, that I want to sell at a low price to a serious buyer "
            "abroad.",
            "[oil-gold] My late father was a gold miner and he left some bars and dust in a security company, I need a partner to ship "
            "them out.",
            "[atm-card] Your compensation has been loaded on an ATM Visa card which will be sent to you by courier as soon as you reconfirm "
            "your details.",
            "[atm-card] We have been instructed to pay you through an ATM card with which you can withdraw from any cash machine around "
            "the world.",
            "[inheritance] I got your contact in my search for a foreigner that will help me; my late uncle left an estate and the family "
            "lawyer says an outsider must receive it.",

            "[widow-donation] I am Mrs. Grace Whitfield, a widow from Texas now living in a care home abroad; my late husband was an "
            "oil engineer and I have decided to donate his savings before my operation.",
            "[diplomat] Your consignment of two metal boxes was diverted to our office by mistake and is now awaiting your clearance "
            "at the embassy annex.",
            "[next-of-kin] The executors of an estate have asked me, as the attorney in charge, to find a person who can stand as next "
            "of kin, and your name came up in my search.",
            "[bank-insider] I am the head of the foreign transfer unit of my bank and I have found a way to move an unclaimed balance "
            "quietly, but I need an account outside this country.",
            "[over-invoicing] I am a director in the procurement department of a state agency; a contract we awarded was paid in excess "
            "and the balance must leave the country before the end of the financial year.",
            "[oil-gold] We are a small cooperative of artisanal miners and we have gold bars available for immediate sale to a foreign "
            "buyer at a discount.",
            "[atm-card] This is to inform you that an ATM card with your outstanding payment has been issued and is ready for dispatch "
            "today.",
            "[dormant-account] A foreign customer of our bank died years ago and the account he left has not moved since; I am the only "
            "one who knows the details.",
        ],
        "body": [
            "All the legal papers will be arranged by me so that the transfer will be done under a legitimate arrangement.",
            "This transaction is one hundred percent risk free and it will be done within ten working days.",
            "You will take forty percent of the total sum for your assistance while the rest will be for me and my family.",
            "Please keep this matter confidential because of the nature of my job.",
            "I do not want my relatives to know about this because they only care about my money and not my health.",
            "I have tried to reach you several times but I did not get any response, so this is my last attempt.",
            "God told me that you will not disappoint me, that is why I chose you.",
            "The bank has given me two weeks to provide the beneficiary or the fund will be declared unserviceable.",
            "I will give you more details when I hear from you.",
            "Note that your contact was given to me by the chamber of commerce of your country.",
            "[widow-donation] I want you to use the money to build a small orphanage and help the widows in your community.",
            "[widow-donation] My husband and I had no child, and I do not want his hard-earned money to be used by ungodly people.",
            "[philanthropist] I have already given to charity organisations in Kenya, Brazil and Romania, this is the last one.",
            "[diplomat] The box contains money and will be delivered to your house once you send the clearance fee certificate.",
            "[diplomat] I am now at the airport and I need to know your nearest airport and your full address.",
            "[compensation] The sum approved for you will be sent without any deduction as soon as your identity is confirmed.",
            "[atm-card] The card has a daily limit of five thousand dollars and it is already activated.",
            "[dormant-account] The account owner had no next of kin and nobody has made a claim till now.",
            "[over-invoicing] We cannot move the money ourselves because civil servants are not allowed to own foreign accounts.",
            "[oil-gold] The price is very cheap compared to the world market and you can resell it for big profit.",
            "Your share will be paid into any account of your choice.",
            "Do not let anybody know about this until the fund is in your account.",

            "I am a devout Christian and I believe that God has a purpose for this contact.",
            "There is no risk at all, because everything will be done through the proper channels.",
            "Please do not take this as a spam mail; I got your address through a careful search.",
            "Time is of the essence, because the bank is already making arrangements to close the file.",
            "I am writing you from my sick bed with the help of my nurse.",
            "Forgive me for contacting you without prior introduction, it is due to the urgency of the matter.",
        ],
        # Whole paragraphs of the story: the long letters tell it at length.
        "story": [
            "[inheritance] My late client was a contractor with an oil company here. On the 21st of April he and his family were involved "
            "in a car accident along the expressway and all the occupants lost their lives. Since then I have made several enquiries to "
            "locate any of his extended relatives, and this has proved unsuccessful.",
            "[inheritance] After these several unsuccessful attempts, I decided to track his last name over the internet to locate any "
            "member of his family, hence I contacted you. The deceased had a deposit with a finance house here, and the management has "
            "issued me a notice to provide the next of kin or have the account confiscated.",
            "[widow-donation] I was diagnosed with cancer about two years ago, immediately after the death of my husband, who left me "
            "everything he worked for. I have been in and out of hospital, and my doctors told me I will not last the next six months "
            "because of the stroke that complicated my situation.",
            "[widow-donation] Having known my condition, I decided to donate this fund to a church or an individual that will utilize it "
            "the way I am going to instruct. I took this decision because I do not have any child that will inherit this money and my "
            "husband's relatives are not Christians.",
            "[philanthropist] I have spent my life building businesses in shipping and real estate. Now that my health is failing, I "
            "realise that wealth is nothing if it is not shared. My family is well provided for, so I am giving the rest away to people I "
            "have never met, as my late wife wished.",
            "[philanthropist] Last year I gave to hospitals in Asia and to a school for the blind. This year I asked my secretary to pick "
            "email addresses at random, and yours came out. This is not a joke and it is not a trick.",
            "[diplomat] The consignment was deposited with our security company by a client who died before he could collect it. Its "
            "contents were declared as family valuables for security reasons, but it contains a large sum in cash. I was assigned to "
            "deliver it and I am now in your country with the documents.",
            "[diplomat] The only thing delaying the delivery is the non-inheritance tax certificate, which must be issued in your name "
            "before customs can release the box. Once this is done I will deliver it to your door and you will sign for it.",
            "[compensation] The committee has received reports of many people who lost money to impostors and fake officials. After "
            "a careful audit, the governments involved agreed to pay every victim a fixed sum, and your email was recovered from the "
            "files of a syndicate that was arrested.",
            "[compensation] Please be informed that you should stop all communication with anybody else concerning your payment, as "
            "we have been informed that some impostors are still contacting beneficiaries.",
            "[dormant-account] The owner of the account, a foreign contractor, died together with his whole family. The bank has been "
            "waiting for his relatives to come forward, but no one has. By our banking laws, after a certain period the money goes to "
            "the government if no claim is made.",
            "[dormant-account] I am contacting you because, as a foreigner, you can be presented as the beneficiary. I have all the "
            "information needed and my position in the bank guarantees the success of this transaction.",
            "[business-proposal] I am the chief accountant of a mining company and I have access to funds that came from an "
            "over-estimated contract. I cannot receive the money in my name because of my position, and I need a trustworthy partner abroad.",
            "[business-proposal] Once the money is in your account, we will invest my share in a business of your choice in your "
            "country, under your supervision, as I intend to relocate with my family.",
            "[atm-card] We have been mandated to pay all outstanding contract and inheritance fees through ATM cards, because the "
            "wire transfers were being diverted by corrupt officials. Your card number is registered and will be sent by a courier company.",
            "[atm-card] The courier will need only your full address and a phone number. The card comes with a secret PIN which will be "
            "sent to you separately once you confirm receipt.",
        ],
        "ask": [
            "Reply to my private email {email} with your full name, address, phone number and age.",
            "Please get back to me through my private email {email} for more details.",
            "Send me your full names, country, occupation and a copy of your ID so I can start the processing.",
            "Contact me immediately on {email} or call {phone}.",
            "If you are interested, please reply with your direct telephone number so that I can call you.",
            "Write me back on my personal email ({email}) and I will send you the documents.",
            "Get back to me as soon as you receive this so that we proceed.",
            "Kindly reconfirm your name, address and telephone to this office, reference {ref}.",
            "Please reply quickly, time is not on my side.",
            "Respond to this email only through {email}, my office email is monitored.",
        ],
        "short": [
            "I have a very important proposal for you. Reply for more details.",
            "Hello, I have a donation for you, get back to me at {email}.",
            "Dear friend, I need your help to receive a fund, reply if you are interested.",
            "Your payment file has been approved, contact {email} for the release.",
            "Good day, did you get my last letter about the inheritance? Please reply.",
            "I have something important to discuss with you, please reply me urgently.",
            "Contact me for a business that will benefit both of us. Reply to {email}.",
            "I am dying and I want to give you my money for charity. Write me.",
            "Hello dear, I wish to share a private matter with you, it concerns a large fund.",
            "Greetings, a consignment registered in your name is waiting for you. Reply for instructions.",

            "Hi, please check your spam folder, I sent you an important letter last week.",
            "I have an important information for you. Reply back.",
            "Dear, can I trust you with a private transaction? Reply to {email}.",
            "Are you still using this email? I have something for you.",
        ],
        "ps": ["P.S. Please do not reply to this email address, use {email}.", "NB: Keep this confidential.",
               "P.S: Pray for me.", "Note: the transfer fee is small and must be paid by the beneficiary."],
    },
    "lottery": {
        "subj": ["CONGRATULATIONS YOU WON!!!", "Your Email Has Won", "Winning Notification", "Claim your prize now",
                 "Official Award Letter", "Lucky Winner", "Online Draw Result", "Final Notice: Unclaimed Prize"],
        "hook": ["Your email address has won one million dollars in the annual email draw held last week.",
                 "We are pleased to inform you that your email was selected as one of the ten lucky winners of our online promotion.",
                 "This is to notify you that you won the second category prize in our international online lottery.",
                 "Congratulations! Your email address came out as a winner in the Microsoft anniversary draw.",
                 "You have been awarded the sum of {amount} in the Euro online lottery, ticket number {ref}.",
                 "You are a lucky winner in the electronic ballot program of this year, no ticket was sold.",
                 "The board of the international lottery commission wishes to inform you that your email was drawn in the final "
                 "category of this year's promotion.",
                 "Following the random selection of email addresses from all continents, you have been approved for a cash prize."],
        "body": ["The draw was held by computer among fifty thousand email addresses collected from the internet.",
                 "Your prize will be paid to you through our paying bank after you complete the claim form.",
                 "To avoid mix-up, keep your winning number confidential until your claim is processed.",
                 "All winnings must be claimed within fourteen days, or they will be returned to the treasury.",
                 "The winnings are insured and the only charge is a small fee for the certificate of ownership.",
                 "Your file has been sent to our claims agent who will contact you."],
        "ask": ["Contact our claims agent at {email} with your name, address, phone and winning number.",
                "Fill the form below and send it back to {email} to claim your prize.",
                "Call the claims desk on {phone} quoting your reference {ref}.",
                "Send your details to the paying office ({email}) now."],
        "short": ["Your email won {amount}! Contact {email} to claim.", "Congratulations, you are a winner. Reply with your details.",
                  "Winning notice: ref {ref}. Email {email} now.", "You won in our email draw. Claim now before it expires."],
    },
    "loan": {
        "subj": ["Loan Offer", "Need a loan?", "Financial help available", "Quick loan at 2%", "Fast Credit Approval", "Business Funding"],
        "hook": ["Do you need a loan to pay your bills or start a business? We give loans at 2% interest rate.",
                 "I am a private lender and I offer loans to individuals and companies at low interest, no credit check.",
                 "We grant loans from five thousand to five million to anybody in need, whatever your credit history.",
                 "Are you in financial difficulty? Get a loan today without collateral.",
                 "Our company offers personal loans, mortgage and business loans with a fast approval in twenty-four hours.",
                 "Have you been turned down by your bank? I give private loans to honest people at 3% with no credit check.",
                 "Get the funds you need for your house, car or debts today, approved within hours."],
        "body": ["Repayment period is from one to thirty years.", "No collateral is needed, only your ID and the amount you need.",
                 "We have helped many people who were refused by their banks.", "The loan will be paid into your account within two days."],
        "ask": ["Contact us at {email} with the amount you need and the duration.", "Reply to {email} or WhatsApp {phone}.",
                "Send your full name, amount needed and phone number to {email}.", "Apply now by replying to this mail."],
        "short": ["Loan at 2% available, contact {email}.", "Need money urgently? Reply for a loan today.",
                  "Private loan offer, no credit check. WhatsApp {phone}.", "Quick loans for everyone. Write to {email}."],
    },
    "sextortion": {
        "subj": ["Your account has been hacked", "I know your secret", "Payment required", "Security warning", "You have 48 hours",
                 "Your password is {password}"],
        "hook": ["I hacked your device a few months ago and since then I have been watching everything you do.",
                 "I know {password} is one of your passwords, and that is not the only thing I know about you.",
                 "I installed a program on your computer when you visited an adult website, and it recorded you through your camera.",
                 "Your email and computer were compromised; I have access to all your contacts and your browsing history.",
                 "I recorded a video of you while you were watching porn, split screen with what you were watching.",
                 "Hello pervert, I have been monitoring you through your webcam since the beginning of the year.",
                 "This is my last warning: I have everything, your contacts, your messages and a recording of you."],
        "body": ["If you do not pay, I will send the video to all your contacts, family, friends and colleagues.",
                 "Do not try to contact the police, I will know and the video goes out immediately.",
                 "Once I receive the payment, I will delete the video and you will never hear from me again.",
                 "I can see that you opened this email; the timer has started.",
                 "Changing your password will not help, my software is already inside your system.",
                 "I do not care who you are, this is business for me.",
                 "If you reply to this email, the payment doubles."],
        "ask": ["Send {btc} BTC to this wallet: {wallet}", "You have {hours} hours to transfer the equivalent of {amount} in Bitcoin to {wallet}.",
                "Pay {btc} BTC to the address below and I will erase everything:\n{wallet}", "Transfer the bitcoin to {wallet} within {hours} hours."],
        "short": ["Your video is saved on my server. {btc} BTC to {wallet}, {hours} hours, or it goes public.", "Your password {password} is known to me. Pay or everyone sees the video."],
    },
    "crypto": {
        "subj": ["Turn $250 into $5000", "Crypto investment opportunity", "Your Bitcoin profit is ready", "Join our trading club",
                 "Passive income with crypto", "Withdraw your earnings"],
        "hook": ["Our trading robot has made members over 300% profit this month, and there is still room for new investors.",
                 "I was skeptical too, but after investing {amount} in our Bitcoin program I now earn every day.",
                 "Your crypto account has an unclaimed balance of {btc} BTC that is ready for withdrawal.",
                 "Invest in our mining pool and receive a guaranteed daily return of 5% on your deposit.",
                 "I am a certified crypto trader and I help people grow their money by managing their investment.",
                 "A friend from your area recommended you for our private investment group; members double their capital every month.",
                 "Bitcoin is about to explode again and our analysts give you the exact entry signals for free this week."],
        "body": ["Minimum deposit is only $250 and you can withdraw anytime.", "Many of our members quit their jobs after the first month.",
                 "Your profit is guaranteed by our insurance fund.", "Only fifty slots are available this week.",
                 "Our account managers are regulated and your funds are safe in a segregated wallet.",
                 "A retired teacher from Leeds turned 500 pounds into 38,000 in six weeks."],
        "ask": ["Register here: {link}", "Send your deposit to {wallet} and your account will be activated.",
                "Message our manager on Telegram {tg} to start.", "Reply to this mail to get your personal account manager."],
        "short": ["Earn 5% daily with Bitcoin. Join: {link}", "Your BTC balance is waiting: {link}"],
    },
    "romance": {
        "subj": ["Hello dear", "I saw your profile", "Are you there?", "Nice to meet you"],
        "hook": ["I saw your email and I decided to write you, I am a lonely woman looking for a serious relationship.",
                 "I am a US army sergeant serving on a peace mission abroad and I want to know you better.",
                 "Hello, my name is Anna, I am 29 and I am looking for a kind man to share my life with."],
        "body": ["I would like to come to your country to meet you but I need help with the ticket.", "Tell me about yourself and your family."],
        "ask": ["Write me on my private email {email}, I will send you my photos.", "Please reply, I am waiting for your letter."],
        "short": ["Hello dear, I want to know you. Write me at {email}.", "Hi, I am Natalie, can we talk? {email}"],
    },
    "job": {
        "subj": ["Part-time job offer", "Work from home opportunity", "Payment agent wanted", "Remote position available"],
        "hook": ["Our company is looking for a payment processing agent in your country, working from home two hours a day.",
                 "We offer a part-time position: you receive payments from our customers and transfer them to our accounts.",
                 "You have been selected for a home-based job with a weekly salary of {amount}."],
        "body": ["You will keep 10% of every payment you process.", "No experience needed, only a bank account and a phone."],
        "ask": ["Send your CV and your bank details to {email}.", "Reply to {email} to receive the contract."],
        "short": ["Work from home and earn {amount} weekly. Reply to {email}.", "Payment agent needed. Contact {email}."],
    },
    "fake-shop": {
        "subj": ["Clearance sale 90% off", "Last day: brand shoes", "Outlet closing down"],
        "hook": ["Our outlet is closing and all items are sold at 90% off: watches, shoes, handbags.",
                 "Original brand products at factory prices, free shipping worldwide."],
        "body": ["Payment by bank transfer or gift card only.", "Stock is limited, first come first served."],
        "ask": ["Order now at {link}", "Grab yours at {link} while stock lasts."],
        "short": ["90% off brand bags: {link}", "Closing sale, everything must go: {link}"],
    },
    "parcel": {
        "subj": ["Your parcel is on hold", "Delivery failed", "Customs fee unpaid"],
        "hook": ["Your parcel {code} could not be delivered because a customs fee of {amount} was not paid.",
                 "We tried to deliver your package but nobody was at home."],
        "body": ["If the fee is not paid within {hours} hours, the parcel will be returned to the sender.",
                 "Storage charges apply for every day the parcel stays in our depot."],
        "ask": ["Pay the fee here: {link}", "Reschedule the delivery at {link}"],
        "short": ["Parcel {code} on hold. Pay {amount}: {link}", "Delivery failed. Confirm your address: {link}"],
    },
    "tech-support": {
        "subj": ["Your computer is infected", "Microsoft account suspended", "Security alert: call now"],
        "hook": ["We detected a virus on your computer that is stealing your bank data.",
                 "Your licence has expired and your computer will be locked within {hours} hours."],
        "body": ["Do not switch off your computer, you may lose all your files.",
                 "Hackers have already accessed your email and online banking."],
        "ask": ["Call our certified technicians at {phone} immediately.", "Contact support on {phone} to unlock your device."],
        "short": ["Virus detected! Call {phone} now.", "Account suspended. Call {phone}."],
    },
}
