"""Round 11's tenth batch: English scam letters in the old-school register (see scam_tenth.py for the frame and
the placeholders). Written blind from how 419 archives and bank / police warning pages describe these letters:
non-native English, odd capitals, long sentences, "kindly", "next of kin", no sum or a sum with its words.
Every list splits by index: even dev, odd held-out."""

SHARED = {
    "greet": ["Dear Friend,", "Attention: Sir/Madam,", "Dear Beloved in the Lord,", "Good Day,", "Dear Sir,",
              "Greetings to you and your family,", "Dearest One,", "Hello Dear,", "Compliments of the day,",
              "Attention Please,"],
    "attn": ["ATTN: THE BENEFICIARY\nREF: {ref}", "ATTENTION: PRESIDENT/CEO\nOUR REF: {ref}\nSTRICTLY PRIVATE AND CONFIDENTIAL",
             "ATTN: Sir/Madam\nFROM THE DESK OF {sender}", "TO: THE RIGHTFUL OWNER\nFILE NO: {ref}",
             "ATTENTION BENEFICIARY,\nYOUR FILE REF: {ref}\nURGENT RESPONSE NEEDED",
             "ATTN: DEAR PARTNER\nCONFIDENTIAL BUSINESS LETTER"],
    "secret": ["Please i want you to keep this matter to yourself alone until the fund is in your account, because of the "
               "security of the transaction.",
               "I will implore you to treat this matter with the utmost confidentiality, not even your bank or friends must "
               "know of it until we conclude.",
               "Note that this transaction is 100% risk free and legal, all i need is your honest co-operation and trust.",
               "Do not discuss this with any other person because some top officials here may divert the money if they hear.",
               "I am contacting you through this medium because i cannot trust the people around me in this matter.",
               "For security reasons please do not mention my name to anybody, only communicate with my private email."],
    "ask": ["Kindly reply me back with your full name, address, phone number and occupation so that i can give you more "
            "details.",
            "If you are interested, reply me urgently through my private email {email} for more details.",
            "Please get back to me with your direct telephone number, your age and your occupation so that we proceed.",
            "I wait for your urgent reply so that i will tell you what we shall do next.",
            "Send me your full names, home address, occupation and a copy of any valid identity for documentation.",
            "Write me immediately on {email} or call me on {phone} so we can discuss the modalities.",
            "Your urgent response is highly needed, reply to my private box {email} and not to this address.",
            "Please confirm the receipt of this letter by sending your private telephone and fax numbers."],
    "form": ["Fill the following information and return it to me:\n1. Full Name:\n2. Residential Address:\n3. Telephone/Mobile:\n"
             "4. Occupation:\n5. Age and Sex:\n6. Country:",
             "Send the below details to {email}:\n(a) Your full names\n(b) Your contact address\n(c) Direct phone number\n"
             "(d) Your occupation and position\n(e) Marital status",
             "REQUIREMENT FOR THE CLAIM:\n1) NAME IN FULL\n2) ADDRESS\n3) NATIONALITY\n4) AGE\n5) OCCUPATION\n6) PHONE NUMBER",
             "Please provide:\n- Your Name\n- Your Address\n- Your Private Phone\n- Your Occupation\n- Your Bank Name"],
    "teaser": ["I have a very important and confidential matter to discuss with you, please reply for more details.",
               "Did you receive my previous letter? I have something of great benefit for both of us. Reply urgently.",
               "I am a lawyer and i need your consent on a matter concerning a late client of mine. Kindly get back to me.",
               "Good news for you! Our records show your name as a beneficiary. Send me your names and telephone to know more.",
               "Please i need your help in a transaction that will benefit you. Write me back on {email} and i will explain.",
               "I write to seek your partnership in a humanitarian project. Reply if you are willing so i give you details.",
               "Are you the owner of this email address? An urgent matter concerning you is waiting, please confirm.",
               "I have a proposal that will change your life and that of your family. Contact me for the full details."],
    "close": ["May God bless you as you respond.", "I await your urgent response.", "Thanks and God bless.",
              "Hoping to hear from you soonest.", "Remain blessed.", "Best Regards and stay safe.",
              "Thank you for your understanding.", "Have a nice day and God be with you."],
    "sign": ["Yours faithfully,", "Yours Sincerely,", "Regards,", "Yours in the Lord,", "Respectfully Yours,",
             "Warm regards,", "Truly yours,", "Sincerely,"],
}

SCAM = {
    "advance-fee": {
        "subj": ["URGENT BUSINESS PROPOSAL", "Very Urgent and Confidential", "FROM THE DESK OF FOREIGN OPERATION MANAGER",
                 "Consignment Box Delivery", "GOOD NEWS FOR YOU", "Private Proposal", "Reply for details",
                 "TRANSFER OF FUND", "Hello Friend I Need Your Assistance", "Mutual Benefit Transaction"],
        "story": [
            ("bank-insider",
             "I am {sender}, the Foreign Operation Manager of a reputable bank here in Lome, Togo. In my department i discovered "
             "an abandoned sum of {amount} in an account that belong to one of our foreign customer who died together with his "
             "whole family in a plane crash some years ago.\n\nSince then nobody came for the claim and the bank is waiting for "
             "a relative. I decided to contact you so that the bank will release the money to you as the partner of the "
             "deceased, and we share it 60% for me and 40% for you.",
             "Foreign Operation Manager"),
            ("bank-insider",
             "My name is {sender}, i work with the International Remittance Department of our bank in Ouagadougou. During our "
             "yearly audit i find out a dormant fixed deposit without any beneficiary, the owner was a contractor who died "
             "on {date}.\n\nThe banking law here say that after some years the money will be moved into the "
             "government treasury if no body claim it. I need a honest foreigner to stand as the next of kin so that the fund can be "
             "remitted into his account. I have all the documents needed for the claim.",
             "Director, International Remittance"),
            ("diplomat",
             "I am {sender}, a diplomat attached to the Ministry of Foreign Affairs. I am presently at the airport with a "
             "consignment box that was registered in your name as the beneficiary, the box contain {amount} cash which was "
             "packaged as family valuables.\n\nThe custom officers are asking for the clearance certificate before the box can "
             "leave the airport. Please reconfirm your delivery address and phone number so that i will deliver the box to "
             "your door step.",
             "Diplomatic Agent"),
            ("diplomat",
             "Be informed that i arrived your country this morning with your consignment, two metal trunk boxes with "
             "diplomatic seal. I am {sender} from the courier unit of the embassy.\n\nThe delivery was paid by the sender "
             "but the Anti Terrorist Certificate was not attached to the boxes, that is why i am holding them now. Send your "
             "full address and the name of the nearest airport to you so i can complete the delivery today.",
             "Diplomatic Courier Officer"),
            ("military",
             "I am Sergeant {sender}, an officer with the peace keeping force in Kabul. We found some boxes of gold bars and "
             "cash in a bunker during a raid, my colleague and myself moved it to a safe place.\n\nWe need a trustworthy "
             "person to receive it as his personal effect because we are not allowed to keep money while on duty. The boxes "
             "will be shipped through a diplomatic courier and you will take 30% for your assistance.",
             "US Army Sergeant"),
            ("military",
             "My name is Captain {sender}, presently serving in the military base in Syria. I have with me the sum of {amount} "
             "which i saved from the oil money we recovered in a mission, i cannot go home with it.\n\nI want you to receive it "
             "for me till i finish my mission here next month and come over to your country to meet you. I have arranged "
             "with a Red Cross agent who will send the box to you as humanitarian package.",
             "Captain, Peace Keeping Mission"),
            ("over-invoicing",
             "I am {sender}, member of the Contract Award Committee of the national oil and gas corporation. In the last "
             "budget my colleagues and myself over invoiced a pipeline contract and the excess of {amount} is now floating in "
             "the suspense account of the Central Bank.\n\nAs civil servants we can not operate a foreign account, so we need "
             "a foreign company or individual that will present himself as the contractor. You will keep 25%, 5% for "
             "expenses and the rest is for us.",
             "Chairman, Contract Award Committee"),
            ("over-invoicing",
             "We are a group of senior officials in the Ministry of Mines and Energy. A contract for the supply of drilling "
             "equipment was over inflated by our committee and the surplus is ready for payment to any foreign contractor "
             "we nominate.\n\nI am writing you with the hope that you will help us to receive this money in your account, "
             "the transaction is legal and has been approved by all the parties concerned. Your share shall be 30% of the "
             "total sum.",
             "Director of Projects"),
        ],
    },
    "inheritance": {
        "subj": ["NEXT OF KIN", "Inheritance Claim Ref.", "Your Late Relative's Estate", "DECEASED CLIENT ESTATE",
                 "Please Respond", "Urgent Attention Needed", "Inheritance Left Unclaimed", "Message From Barrister"],
        "story": [
            ("next-of-kin",
             "I am Barrister {sender}, a solicitor at law and the personal attorney to late Engr. Robert, a national of your "
             "country who used to work as a contractor here. On the {date} my client, his wife and their only daughter were "
             "involved in a car accident along the express road and all lost their lives.\n\nSince then i have made several "
             "enquiries to your embassy to locate any of my client's extended relatives but it was unsuccessful. I contacted "
             "you because you bear the same last name with my late client, so that you can stand as his next of kin.",
             "Principal Partner, Okoro & Associates Chambers"),
            ("next-of-kin",
             "I am a legal practitioner and the executor of the WILL of my late client who died without any relatives. "
             "He left behind a deposit of {amount} with a finance company here. The company has issued me a notice to "
             "provide the next of kin or the account will be seized by the state.\n\nI decided to seek your consent to present you "
             "as the next of kin of the deceased, since you share the same nationality. I will provide all the legal "
             "documents to back up your claim and we shall share the proceeds equally.",
             "Barrister at Law"),
            ("deceased-client",
             "Permit me to inform you of my desire of going into business relationship with you. I am {sender}, the account "
             "officer of a late client who died intestate, no will, no wife, no child and no relative to inherit his estate.\n\n"
             "His fund is lying in our bank since his death and the management want to declare it unserviceable. As the "
             "account officer i can present you as the beneficiary and the bank will pay you without any problem.",
             "Account Officer"),
            ("deceased-client",
             "With due respect, i am {sender}, attorney in the chambers that handled the estate of a German businessman who "
             "lived here for many years. He died of heart attack and left no family member behind, and no beneficiary was "
             "named in his papers.\n\nThe probate court has given me a deadline to present a relative, failing which the estate "
             "will go to the state. Your details came out when i was searching for a trustworthy partner, and i believe God "
             "directed me to you.",
             "Solicitor and Advocate"),
            ("dormant-account",
             "I am writing to you concerning a dormant account in our bank which has been without operation for over nine "
             "years. The owner died in the tsunami disaster and nobody has come forward as his next of kin.\n\nI am {sender}, "
             "the head of audit unit, and i have every information to transfer the fund to you as his relation. This will "
             "be done under a legitimate arrangement that will protect us from any breach of law.",
             "Head of Audit Unit"),
            ("dormant-account",
             "It is my pleasure to contact you, i am {sender}, credit officer in the bank. One of our customers deposited "
             "the sum of {amount} and he died on {date} without naming any next of kin in his account opening form.\n\n"
             "Our bank policy is that if the money remains unclaimed it will be transferred to the government purse. I "
             "want you to apply as the next of kin, i will direct you on how to apply and you will get the fund.",
             "Credit Officer"),
        ],
    },
    "donation": {
        "subj": ["DONATION FOR CHARITY", "From a Dying Widow", "Charity Work", "Please Help Me Fulfil My Wish",
                 "My Last Wish", "Donation to you", "God bless you", "Charity Project"],
        "story": [
            ("widow-donation",
             "I am {sender}, a widow to late Mr. William, who was a gold merchant here before he died. I am writing you "
             "from my sick bed in the hospital where i am being treated for cancer of the lungs, and my doctor told me that "
             "i will not last for the next three months.\n\nMy late husband deposited {amount} in a bank here and i have "
             "decided to donate it to a trusted person who will use it for charity, orphanages and widows, because i have no "
             "child to inherit it.",
             "The Widow"),
            ("widow-donation",
             "Calvary greetings in the name of the Lord. I am {sender}, married to late Dr. Thomas who worked with the "
             "embassy for nine years before he died after a brief illness. We were married for eleven years without a "
             "child.\n\nSince his death i decided not to remarry. Recently my doctor told me that i have serious sickness "
             "and i will not survive it. Having known my condition i want to give my husband's money to a God fearing "
             "person who will use it to help the less fortunate.",
             "Sister in the Faith"),
            ("sick-woman-donation",
             "My name is {sender}, i am 68 years old and i am suffering from a long time brain tumour which has defiled all "
             "medical treatment. I have some funds that i inherited from my late husband and i do not want my husband's "
             "relatives to use it in an ungodly manner.\n\nI want you to help me distribute it to charity organisations in "
             "your country, and you will take 20% for your effort. Please do not think this is a joke, it is my last wish.",
             "Your Sister"),
            ("sick-woman-donation",
             "I greet you in the name of God. I am {sender}, i was diagnosed with esophageal cancer and my days are "
             "numbered. I have decided to will part of my wealth to a person who can spend it for motherless babies "
             "homes and the poor.\n\nThe fund is deposited with a security company and i have instructed my lawyer to "
             "prepare a letter of authority in your name once you reply me. I found your contact on the internet and i "
             "pray you will not disappoint me.",
             "Your Sister in Christ"),
            ("widow-donation",
             "I am {sender} from Kuwait, the wife of late Sheikh Hamad who was an oil contractor for many years. We were "
             "married for twenty years without a child, and since his death his brothers are trying to take everything he "
             "left.\n\nI am now old and sick, and i want to use what remains for the work of God. I decided to give it to you "
             "so you will build a home for the motherless and widows in your community, as my husband always wished.",
             "The Widow of Late Sheikh Hamad"),
            ("sick-woman-donation",
             "Forgive me for writing you without introduction. I am {sender}, a business woman from Abidjan, i am in the "
             "hospital for the past four months with stroke and kidney failure. My doctor said my condition is critical.\n\n"
             "I have a deposit in a finance house here which i want to release to a charity minded person. I will not need "
             "anything from you apart from your sincerity, and you will use 80% for charity and keep 20%.",
             "Sick Woman in Hospital"),
        ],
    },
    "compensation": {
        "subj": ["UN PAYMENT UNIT: YOUR COMPENSATION", "SCAM VICTIMS REFUND", "Your Compensation Payment", "ECOWAS / IMF PAYMENT",
                 "Re: Compensation Fund Approved", "Notification of Payment", "WORLD BANK AUDIT", "Payment Release Order"],
        "story": [
            ("un-compensation",
             "This is to inform you that the United Nations in conjunction with the International Monetary Fund has "
             "concluded the payment of compensation to victims of internet fraud. Your name and email was found on the list "
             "of beneficiaries that have been affected.\n\nAn amount of {amount} has been approved in your favour under the "
             "payment reference {ref}. I am {sender}, the coordinator of the payment unit, and i am in charge of your file.",
             "Coordinator, Compensation Payment Unit"),
            ("un-compensation",
             "Following the last meeting of the ECOWAS and the World Bank, the committee has resolved to pay every "
             "contractor and individual whose payment was delayed by corrupt officials. Your file was brought before us as "
             "one of the unpaid beneficiaries.\n\nWe have instructed our paying bank to release your fund through an ATM "
             "card which will be delivered to you by courier. This is the last time you will hear from this office.",
             "Director, Foreign Payment Settlement"),
            ("victims-refund",
             "We are contacting you because our unit has recovered money from arrested fraudsters, and you were listed as "
             "one of the people they defrauded. The Economic and Financial Crimes Commission has ordered that every victim "
             "be refunded.\n\nI am {sender}, the officer assigned to your case with file number {ref}. Your refund is ready, "
             "but we need to confirm your identity before we can release it.",
             "Recovery Officer"),
            ("victims-refund",
             "Have you lost money to scammers in the past? Our office, working with the Interpol and the FBI, has arrested "
             "the syndicate and recovered the sum of {amount} which will be shared to the victims.\n\nThe board has approved "
             "your own refund, and you are to reconfirm your data so we can process it. Do not deal with any other office "
             "apart from this one, as there are many impostors out there.",
             "Head, Victims Refund Desk"),
            ("un-compensation",
             "The World Bank audit unit has discovered that your payment file was abandoned by the paying bank because of "
             "the activities of corrupt officials. The new management of the bank has been directed to pay all outstanding "
             "beneficiaries before the end of this quarter.\n\nYour file number is {ref} and the approved sum is {amount}. I am "
             "{sender} and i have been appointed to handle your release.",
             "Auditor, World Bank Payment Unit"),
            ("victims-refund",
             "This is the office of the International Anti Fraud Committee. We are writing to all the people who lost money "
             "to lottery, inheritance and loan scams in the past years, and your email address was found in the computer of "
             "one of the syndicate members we arrested.\n\nThe court has ordered that you be compensated. Kindly contact "
             "{sender}, the refund coordinator, with your case number {ref}.",
             "Secretary, Anti Fraud Committee"),
        ],
    },
    "lottery": {
        "subj": ["WINNING NOTIFICATION", "E-mail Ballot Award", "CONGRATULATIONS YOU HAVE WON", "Final Notice of Your Prize",
                 "Lucky Winner", "Claims Requirement", "International Promotion", "Award Notification Ref"],
        "story": [
            ("email-ballot",
             "We are pleased to inform you of the result of our international e-mail ballot programme held on {date}. The "
             "e-mail address which was attached to ticket number {ticket} drew the lucky numbers and consequently won in the second "
             "category, with batch number {batch}.\n\nYou have been approved for a lump sum payout of {amount}. The draw was "
             "conducted by computer ballot from over 20,000 email addresses drawn from all the continents.",
             "Promotions Manager"),
            ("email-ballot",
             "Your email ID has won in our Online Sweepstake which was sponsored by a group of software companies, to "
             "encourage the use of the internet all over the world. No tickets were sold; the winners were selected by a "
             "random computer draw.\n\nYour winning reference is {ref} and your batch number is {batch}. To begin your claim "
             "contact our claims agent, {sender}, quoting your numbers.",
             "Lottery Coordinator"),
            ("lottery-award",
             "Congratulations! You have been selected as one of the winners of the Euro Millions international lottery "
             "draw held in Madrid. Your ticket number {ticket} with serial number {batch} won the jackpot of {amount}.\n\n"
             "Due to mix up of some numbers and names, we ask that you keep your winning information confidential until "
             "your claim is processed. Please contact your fiduciary agent immediately.",
             "Vice President, International Lottery"),
            ("lottery-award",
             "This is to notify you that you have been awarded in the end of year promotion of our lottery organisation. "
             "Your name is among the ten lucky winners, with reference number {ref}.\n\nAll participants were selected "
             "through a computer ballot system from names collected from telephone directories and the internet. You are "
             "advised to contact the processing officer, {sender}, to claim your prize.",
             "Claims Department"),
            ("email-ballot",
             "This is to inform you that your email address has emerged as one of the winning emails in the Microsoft and "
             "Yahoo joint e-mail ballot. The ballot held on {date} was to reward the loyal users of the internet across the "
             "world.\n\nYour ticket number is {ticket} and your batch number is {batch}. You are advised to keep your "
             "winning details from the public to avoid double claiming.",
             "Online Coordinator"),
            ("lottery-award",
             "We happily announce to you the draw of the British National Lottery international programme. Your name and "
             "address were picked from the electoral register by our random selection system and you have won a prize in "
             "the first category.\n\nThe reference of your win is {ref}. Please file your claim with your agent {sender} "
             "within fourteen days, after which the prize will be returned to the treasury.",
             "Head of Prize Awards"),
        ],
    },
    "loan": {
        "subj": ["LOAN OFFER AT 2%", "Do You Need a Loan?", "Financial Help Available", "Private Lender",
                 "Quick Loan Service", "Get Your Loan Now", "Are you in need of funding?", "Loan Approved"],
        "story": [
            ("private-lender",
             "Do you need a loan to pay your bills, start a business or expand your business? I am {sender}, a private "
             "lender, i give out loans at low interest rate of 2% to individuals and companies.\n\nWe offer loans from "
             "$5,000 to $5,000,000 with a repayment period of 1 to 20 years. No credit check, no collateral, your loan will "
             "be transferred within 48 hours after approval.",
             "Private Loan Lender"),
            ("private-lender",
             "We are a registered private financial company that give loans to individuals, small business and churches "
             "at 3% interest per annum. Have you been rejected by your bank? Then you are welcome here.\n\nOur loan is "
             "easy and fast, you only need to fill the application form and your loan will be approved the same day. "
             "Contact our loan officer {sender} today.",
             "Loan Officer"),
            ("private-lender",
             "Attention to all who are in financial difficulty: i am a God fearing woman who has been blessed and i want "
             "to help people with loans at 2% interest rate. I give loans of any amount to serious persons.\n\nThe process "
             "is simple, reply with the amount you need and the duration, and the loan agreement will be sent to you for "
             "signature.",
             "Private Investor"),
            ("private-lender",
             "Greetings, i am {sender} and i offer personal and business loans to those who are in need. Our terms and "
             "conditions are very good and flexible, the interest is 2.5% for the whole duration.\n\nWe transfer to any "
             "bank in the world. If you are interested, provide the loan amount, duration and your monthly income, and "
             "we will get back to you with the offer.",
             "Managing Director, Finance Services"),
        ],
    },
    "sextortion": {
        "subj": ["Your mailbox was hacked", "Security Notice: {password}", "I know your password", "Payment required",
                 "Last warning", "{password}", "About your recent activity", "Pay attention!"],
        "body": [
            "Hello,\n\nI know {password} is one of your passwords. Let me tell you how i know it. I installed a software on the "
            "adult site you visited and when you clicked play, your computer gave me access to your screen and camera.\n\n"
            "I made a video of you while you were watching and a second screen shows what you were watching. I also have "
            "all your contacts from your email and social network.\n\nYou have two options. First is to ignore this email, "
            "then i send the video to all your contacts. Second option is to pay me {btc} BTC. This is my bitcoin address: "
            "{wallet}\n\nYou have {hours} hours. I have a pixel in this email and i know you have read it. If i do not get "
            "the bitcoin i will send the video, if i get it i will delete it immediately.",
            "Greetings!\n\nYour password is {password}. I am a hacker who cracked your email and device few months ago. Do "
            "not try to contact me or find me, it is impossible since i sent you this email from your own account.\n\nYou "
            "visit some naughty sites and i recorded you with your webcam. Now i will make you a offer: transfer {btc} BTC "
            "to my wallet {wallet} and i will forget about you.\n\nOnce the payment arrives i delete the video and you "
            "will not hear from me any more. You have {hours} hours to make the payment. Do not go to the police, i "
            "will know.",
            "ATTENTION!\n\nI have access to your device and i know your password: {password}\n\nI collected all your private "
            "data and recorded a video with you while you watched porno. I can send this video to your family, friends and "
            "colleagues with one click.\n\nIf you want to stop this, send {btc} BTC (bitcoin) to this address:\n{wallet}\n\n"
            "If you do not know how to buy bitcoin, search it on google. The time is {hours} hours from now.",
            "Hi, this is my last warning.\n\nI got your password {password} from a leaked database and i used it to enter "
            "your mailbox. I also installed a trojan on your operating system, it records your camera and your "
            "screen.\n\nI have a video of you doing nasty things in front of your screen. It would be a shame if your "
            "family and workmates saw it. I ask only a small sum: {btc} BTC to {wallet}.\n\nWhen i see the money, the video "
            "is deleted forever. You have {hours} hours. Do not reply this email, it is useless.",
        ],
    },
    "crypto": {
        "subj": ["Investment Proposal For You", "Your Bitcoin Account Manager", "Daily Profit Guaranteed", "Crypto Trading Plan",
                 "Earn Weekly with Bitcoin", "Your Profit is Ready"],
        "body": [
            "Dear Investor,\n\nI am {sender}, a certified crypto currency investment manager with over ten years experience in "
            "bitcoin mining and forex trading. I help people to grow their money without stress.\n\nWith a minimum of $500 "
            "you can earn up to 15% daily, and you can withdraw your profit every week. Many of my clients are now living "
            "happily because of this plan.\n\nTo start, send your deposit to our wallet {wallet} and send me the payment "
            "proof on {email}. I will manage your account and send you your profit.",
            "Hello Dear,\n\nAre you tired of working hard and still broke? Bitcoin investment is the answer. I am an account "
            "manager with a registered trading company, we trade on your behalf and you receive the profit.\n\nOur plans: "
            "Starter $300 return $3,000 in seven days, Gold $1,000 return $12,000 in seven days. This is real and many "
            "people have testified.\n\nReach me on WhatsApp {phone} or reply to {email} and i will guide you step by "
            "step.",
            "Good day,\n\nYour crypto wallet has generated a profit of {btc} BTC in our automatic mining platform, but your "
            "account is still not verified. To withdraw the profit to your wallet you must activate the account with a "
            "small fee.\n\nI am {sender}, your personal account manager. Reply to {email} and i will send you the "
            "activation details. Please do not delay, the profit will expire.",
            "Dear Friend,\n\nI want to share with you the secret of how i made over $70,000 with bitcoin trading in three "
            "months. My investment manager {sender} trades for me and i get my payment every Friday.\n\nHe is honest and "
            "reliable, he also help widows and old people to invest. Contact him on {email} and tell him i referred you, "
            "you will not regret it.",
        ],
    },
}
