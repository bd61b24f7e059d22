"""English scam templates of the ninth batch (spintax; see scam_ninth.spin), written blind by helper c9-corpus
from how bulk 419, lottery, loan, inheritance, donation, compensation, blackmail, crypto, romance, job, parcel
and tech-support mail reads. Even-indexed variants are the dev half, odd ones held out."""

_AF = [
    ("business-proposal",
     "{Dear|Hello|Greetings|Attention} {friend|sir/madam|esteemed partner|beloved},\n\n"
     "{I am|My name is} {sender}, {a senior auditor|the chief accountant|a director of operations} {with|at} "
     "{a leading bank|the regional development bank|a state oil company} in {Lagos|Accra|Abidjan|Lome}. "
     "{I have|There is} {a lucrative|a very profitable|an urgent and confidential} business {transaction|deal|proposal} "
     "{which|that} {will benefit us both|requires a foreign partner|I believe you can handle}.\n\n"
     "{During|In the course of} {our last audit|the year-end review} {I discovered|we found} {an abandoned sum|a dormant balance} "
     "of {amount} {belonging to|left by} a {foreign|deceased} {contractor|customer} {who died without a will|with no next of kin}. "
     "{The management|The board} {is unaware of|does not know about} this {fund|money}, and {I need|we need} "
     "{your assistance|your help|a trustworthy person} to {receive|transfer} it {abroad|into a safe account}.\n\n"
     "{You will take|You are entitled to|Your share will be} {30%|35%|40%} {of the total sum|for your assistance} "
     "{and 5% will cover expenses|while the rest is mine}. {The transaction is 100% risk free|Everything is legal and risk free}.\n\n"
     "{Kindly|Please} {reply to|contact me at} {my private email|my personal mailbox}: {email} {with your full name and phone number|"
     "for more details|to proceed}.\n\n{Yours faithfully|Best regards|Regards},\n{sender}"),
    ("diplomat",
     "{ATTENTION|Attn|Dear} {BENEFICIARY|Consignee|Recipient},\n\n"
     "{This is to inform you that|Be informed that|I write to notify you that} {a diplomatic|an unclaimed diplomatic} "
     "{consignment box|trunk box|parcel} {registered in your name|bearing your name} {is held|has been held up} "
     "{at JFK airport|at the cargo terminal in Madrid|by customs in Atlanta}. {It contains|The content is} "
     "{certified bank notes|cash} of {amount} {from the Federal Government|released for your payment}.\n\n"
     "{I am|I am the} {diplomatic agent|diplomat|escort officer} {assigned to|charged to} {deliver|escort} it {to your house|to you}. "
     "{You only need to|Kindly} {pay the clearance fee|settle the storage charge} of {amount} "
     "{before delivery|so that I can release it}.\n\n"
     "{Reconfirm|Send} your {full name, address and nearest airport|home address and a copy of your ID} "
     "to {email} {immediately|within {hours} hours|today}.\n\n{Regards|Yours},\n{sender}"),
    ("dormant-account",
     "{Good day|Compliments of the season|Hello dear},\n\n"
     "{I am|I'm} {sender}, {manager of the foreign remittance department|head of the international transfer unit} "
     "{of|in} {a bank here in Johannesburg|our bank in Ouagadougou|a bank in Cotonou}. {In 2019|Years ago|In my department} "
     "{a foreign client|an oil businessman} {deposited|lodged} {amount} {and died in an accident|and later passed away in a crash} "
     "{with his family|together with his wife and children}.\n\n"
     "{Since then nobody came forward|No relative has claimed the money} and {the account will be confiscated|the fund will go to the "
     "government treasury} {if nobody claims it|by the end of this year}. {I want to present you|I can present you} as "
     "{the next of kin|his foreign partner} {so that the money will be released to you|since you are a foreigner}.\n\n"
     "{All documents will be legal|I will arrange the legal papers}. {Reply|Write back} {with your direct phone|at once} "
     "{via|to} {email} {and I will explain the procedure|for the details}.\n\n{God bless you|Thanks},\n{sender}"),
    ("compensation",
     "{Dear|Attention:} {Email Owner|Fund Recipient|Scam Victim},\n\n"
     "{The United Nations|The World Bank|The IMF} {in conjunction with|together with} {the US Treasury|the African Union} "
     "{has approved|has set aside} {a compensation|a payment} of {amount} {for victims of internet fraud|for people who lost money to "
     "scams}. {Your email was found|Your name appeared} {on the list of beneficiaries|among the selected victims}.\n\n"
     "{Your payment will be made|You will receive your funds} {through an ATM card|by a bank wire} "
     "{with reference number {ref}|under file {ref}}. {You are advised to|Kindly} {stop any contact with|ignore} "
     "{other people|impostors} {claiming to represent us|who ask for money}.\n\n"
     "{Contact|Reach} {the payment officer|our paying agent} {immediately|now} on {email} or {phone}.\n\n"
     "{Sincerely|Yours truly},\n{sender}\n{Compensation Committee|Payment Coordinator}"),
    ("bank-insider",
     "{Hello|Dear one|Dear friend},\n\n{I got your contact|I found your email} {through a business directory|in my search for "
     "a reliable person}. {I work|I am employed} {as a bank officer|in the accounts department} and {I have access to|I control} "
     "{an overdue fund|a suspense account} of {amount}.\n\n{I need a foreign partner|I want a trusted foreigner} to "
     "{stand as the beneficiary|act as the owner}. {We will share|The sharing will be} {60/40|50/50}.\n\n"
     "{Keep this confidential|Please keep this between us|This is strictly confidential} and {reply|answer me} on {email}.\n\n{sender}"),
    ("oil-gold",
     "{Dear Sir/Madam|Good day partner},\n\n{We are|I am representing} {a group of|a cooperative of} {gold miners|diamond dealers} "
     "{in Ghana|in Sierra Leone|in Mali} {with|who have} {50 kg|120 kg} of {gold dust|alluvial gold} {for sale|to export} "
     "{at a good price|below market price}.\n\n{We need a buyer|We are looking for an investor} {in your country|abroad} who can "
     "{pay for the export papers|cover the shipping and insurance}. {Profit will be shared|You will get a good commission}.\n\n"
     "{Write to|Contact} {email} {for the full offer|for price and documents}.\n\n{Regards|Thank you},\n{sender}"),
    ("business-proposal",
     "{Dear|Respected} {friend|colleague|sir},\n\n{Permit me to|Allow me to|I wish to} {introduce myself|contact you on a business "
     "matter}. {I am|I'm} {sender}, {an accountant|a procurement officer} {with|in} {the ministry of mines|the national petroleum "
     "corporation} {in my country|here in West Africa}. {My colleagues and I|Some top officials and I} {have|are in possession of} "
     "{an over-invoiced|a surplus} {contract sum|payment} of {amount} {which we want|that must be} {moved out of the country|"
     "transferred abroad} {quietly|discreetly}.\n\n{We are not allowed|As civil servants we cannot} {to own foreign accounts|to "
     "receive the money ourselves}, {so we need|hence we seek} {a reliable foreign company|an honest partner} {to receive it|whose "
     "account we can use}. {Your commission|Your share} {is|will be} {25%|30%} {of the sum|}.\n\n{If you are interested|If this "
     "interests you}, {send|forward} {your company name, bank name and telephone|your private phone and fax number} {to|on} "
     "{email}.\n\n{Best regards|Yours sincerely},\n{sender}"),
    ("compensation",
     "{Attention|Dear} {Beneficiary|Sir/Madam},\n\n{After our investigation|Following a review} {by|of} {the Federal Bureau|the "
     "anti-fraud unit} {together with|and} {the Central Bank|the Treasury}, {we found|it was discovered} {that|:} {your payment|your "
     "fund} of {amount} {was delayed|has been held} {by corrupt officials|by impostors}. {It has now been approved|The fund is now "
     "cleared} {for release|for immediate payment}.\n\n{You are to|Please} {reconfirm|send} {your full name, address and "
     "occupation|your details} {to|with} {our office|the payment desk}, {quoting|with} {ref} {as your file number|}. {Note|Be "
     "advised}: {you will pay|there is} {only|just} {the delivery charge|a small handling fee} of {amount}.\n\n{Contact|Email} "
     "{email} {today|without delay}.\n\n{sender}"),
]

_INH = [
    ("inheritance",
     "{Dear|Hello} {beloved|friend|relative},\n\n{I am|My name is} {sender}, {a solicitor|a legal practitioner|a private attorney} "
     "{based in|in} {London|Lome|Madrid}. {I was|I am} the {personal lawyer|legal counsel} to {a late client|Mr. Robert} "
     "{who shares your surname|with the same last name as you}, {who died|who passed away} {with his wife and only daughter|"
     "in a car accident} {in 2021|three years ago}.\n\n{He left|He deposited} {amount} {in a bank here|with a security company} "
     "{and no will|without naming a beneficiary}. {The bank has asked me|I have been asked} to {present|provide} "
     "{his next of kin|a relative} {or the fund will be confiscated|before it is declared unclaimed}.\n\n"
     "{Since you have the same surname|Because you bear his name}, {I want to present you|I can present you} "
     "{as the beneficiary|as his next of kin}, and {we share the money|the proceeds will be shared} {equally|50/50}.\n\n"
     "{Please|Kindly} {reply|respond} {via my private email|through my direct mailbox} {email} {for more information|so I can "
     "give you the details}.\n\n{Yours sincerely|Regards},\n{sender}"),
    ("widow-donation",
     "{Dear|Beloved|My dear} {in the Lord|friend|child of God},\n\n{I am|I'm} {sender}, {a widow|a dying widow} {suffering from|"
     "diagnosed with} {cancer|a brain tumour} {and my doctor says|and the doctors told me} {I have only a few months|I will not "
     "survive the next months}.\n\n{My late husband|My husband who died} {left|deposited} {amount} {with a bank in Europe|in a "
     "finance house}. {I have decided|I want} to {donate|give} {this fund|the money} to {a sincere person|you} {to use for|for} "
     "{charity|orphans and the less privileged}.\n\n{Take 20% for yourself|20% is for you} and {use the rest|the remaining is} "
     "{for charity work|for the poor}. {I cannot talk on the phone|I am in the hospital} {so|,} {write to me|reply} "
     "{at|to} {email}.\n\n{May God bless you|Remain blessed},\n{sender}"),
    ("philanthropist",
     "{Hello|Good day|Congratulations}!\n\n{I am|This is} {sender}, {a philanthropist|an investor and philanthropist} "
     "{from|of} {Hong Kong|Spain|Texas}. {I have given|I gave away} {most of my wealth|over 25 percent of my fortune} "
     "{to charity|to good causes} and {I have|I am} {pledged|decided} to {give|donate} {amount} {to five people|to random "
     "individuals} {this year|around the world}.\n\n{Your email was selected|You have been chosen} {to receive|as a recipient of} "
     "{this donation|a share of it}. {Contact|Write to} {my secretary|me} {at|on} {email} {to claim your donation|for "
     "more information}.\n\n{Best wishes|Warm regards},\n{sender}"),
    ("next-of-kin",
     "{Dear|Hello} {Sir|Madam|friend},\n\n{Please accept my apology|Sorry} {if this message is unexpected|for contacting you this "
     "way}. {I am|My name is} {sender}, {a private banker|an estate executor}. {A client of ours|One of our customers} "
     "{died|passed away} {and left|leaving} {an estate|a fixed deposit} of {amount} {without|with no} {will|known relatives}.\n\n"
     "{I need your consent|I seek your permission} to {present you|file you} as {the next of kin|the beneficiary} "
     "{so that the proceeds can be paid to you|in order to release the estate}. {The process is legal|Everything will be done "
     "legally} {and fast|within 10 working days}.\n\n{Reply|Answer} {to|on} {email} {for full details|if interested}.\n\n{sender}"),
    ("widow-donation",
     "{Greetings|Peace be with you|Dear friend},\n\n{I am|Am} {sender}, {a sick woman|an old widow} {writing from|in} "
     "{a hospital bed|the hospital}. {I have no child|We had no children} to {inherit|take over} {my husband's|our} "
     "{money|wealth} of {amount}.\n\n{I want|I wish} {you|a God fearing person} to {use it|receive it} {for the|for} "
     "{church and orphanages|work of God}. {Only|I only ask that you} {promise to use it well|pray for me}.\n\n"
     "{Write|Reply} {to|at} {email} {with your full name|and I will give you the contact of the bank}.\n\n{sender}"),
    ("inheritance",
     "{Attention|Dear} {sir|madam},\n\n{We wish to inform you|This is to notify you} {that|:} {you are|you have been named} "
     "{a beneficiary|an heir} {in the will of|to the estate of} {a late client|a deceased investor} {of our law firm|of ours}. "
     "{The sum|The inheritance} {is|amounts to} {amount}.\n\n{To receive|To claim} {it|the inheritance}, {send|provide} "
     "{your full name, address and phone|a copy of your passport} to {email} {and pay|before paying} {the legal fee|the "
     "probate charges}.\n\n{Regards|Yours},\n{sender}"),
    ("philanthropist",
     "{Hello|Dear} {friend|lucky one},\n\n{You may not know me|Maybe you have heard of me}: {I am|I'm} {sender}, {a retired "
     "businessman|a lottery winner} {from|of} {Canada|Norway|Florida}. {After winning|When I won} {a big jackpot|the Powerball} "
     "{I promised|I decided} {to share|to give away} {part of it|the money} {with|to} {people around the world|strangers}.\n\n"
     "{Your address|You} {was picked|were chosen} {by a draw|at random} {to receive|for a grant of} {amount}. {This is not a "
     "joke|It is real}. {Kindly|Please} {reply|write back} {to|at} {email} {with your name and country|so my lawyer can contact you}."
     "\n\n{Best wishes|God bless},\n{sender}"),
    ("next-of-kin",
     "{Dear|Hello} {Sir/Madam|friend},\n\n{I am|I'm} {sender}, {an attorney|the executor} {handling|in charge of} the {estate|"
     "will} of {a deceased engineer|an expatriate contractor} {who worked|who lived} {here|in our country} {for many years|until his "
     "death}. {He left|There is} {amount} {in a bank|in a fixed deposit} {and|but} {no heir has come forward|his relatives cannot be "
     "traced}.\n\n{I am contacting you|I contacted you} {because|since} {you share his nationality|your surname matches his}. "
     "{With your consent|If you agree} {I will|we can} {present you|file your name} as {the beneficiary|next of kin} {and share the "
     "money|and we split the sum}.\n\n{Respond|Reply} {to|at} {email}.\n\n{sender}"),
]

_LOT = [
    ("lottery",
     "{CONGRATULATIONS|Dear Winner|Congratulations Winner}!!!\n\n{Your email address|Your e-mail} {has won|won} {amount} "
     "{in the|in our} {international email lottery|online sweepstakes|UK National Lottery promotion} {held on|drawn on} "
     "{Saturday|Monday|the 5th of this month}. {Your winning|Your} {ticket number|ref} is {ref}.\n\n"
     "{The draw was|Winners were} {selected|picked} {randomly|by computer ballot} {from|among} {over 20,000|50,000} "
     "{email addresses|companies and individuals} {worldwide|across the globe}.\n\n"
     "{To claim|To file for the release of} {your prize|your winnings}, {contact|write to} {our claims agent|the claims "
     "department} {at|on} {email} {and quote your reference|with your winning number}. {Do not share|Keep} "
     "{your winning information|this notice} {with anyone|confidential} {until your claim is processed|to avoid double claims}.\n\n"
     "{Sincerely|Yours},\n{sender}\n{Lottery Coordinator|Promotions Manager}"),
    ("email-ballot",
     "{Dear lucky winner|Attention winner|Hello},\n\n{We are pleased to inform you|It is our pleasure to announce} {that|:} "
     "{your email|your address} {was selected|came out} {in our|at the} {annual|quarterly} {award ballot|e-mail draw} "
     "{and you won|winning} {amount}.\n\n{Payment|Your prize} {will be|is to be} {released|sent} {by courier|via bank transfer} "
     "{after you|once you have} {pay|paid} {a processing fee|the clearance fee} of {amount}.\n\n"
     "{Fill the form below|Send the following details} {to|and return it to} {email}: {Full Name, Address, Age, Phone|name, "
     "country, occupation, telephone}.\n\n{sender}"),
    ("lottery",
     "{WINNING NOTIFICATION|FINAL NOTICE|PRIZE AWARD}\n\n{Your email|You} {is|are} {one of the|among} {lucky|happy} "
     "{winners|beneficiaries} {of|in} {the Microsoft|the Coca-Cola|the Google} {anniversary|promotion} {draw|lottery}. "
     "{You have won|You won} {amount} {and a laptop|plus a car}.\n\n{Batch number|Claim code}: {ref}\n\n"
     "{To avoid|So as to prevent} {your prize being returned|cancellation}, {contact|reply to} {the claims officer|us} "
     "{within|in} {hours} hours {at|on} {email}.\n\n{Congratulations once again|Congrats}!\n{sender}"),
    ("email-ballot",
     "{Good news|Hello winner|Dear beneficiary},\n\n{This is to notify you|We write to notify you} that {you have been approved|you "
     "are entitled} {for|to} {a cash prize|a lump sum payout} of {amount} {from|in} {our online|the international} "
     "{promotion|lottery programme} {for|of} {this year|2025}.\n\n{Your file|Your claim} {number|reference} {is|:} {ref}. "
     "{Contact|Write} {the fiduciary agent|our agent} {now|today} {via|on} {email}.\n\n{sender}"),
    ("lottery",
     "{Dear Sir/Madam|Attention|Hello winner},\n\n{We are happy to inform you|It is our duty to let you know} {that|:} {your email address|"
     "your e-mail ID} {was drawn|came out} {as a winner|among the winners} {in the|of our} {Euro Millions|online lottery|world "
     "promo} {draw|ballot}. {You have been awarded|Your prize is} {amount}.\n\n{Ticket number|Lucky number}: {ref}\n\n{For the "
     "release|To process the payment} {of your winnings|}, {contact|send your details to} {our fiduciary agent|the claims "
     "officer} {at|on} {email}: {full name|name}, {address|country}, {phone|telephone} {and occupation|}.\n\n{Congratulations|Once "
     "again congratulations},\n{sender}"),
    ("email-ballot",
     "{Winner|Dear beneficiary},\n\n{You are|Your email is} {a lucky winner|one of the five winners} of {amount} {in our|in the} "
     "{online|Microsoft} {promotion|award programme}. {To claim|To collect} {your prize|your cash}, {you are required to|you must} "
     "{pay|send} {the transfer fee|a clearance fee} of {amount} {first|in advance}.\n\n{Reference|Code}: {ref}. {Write|Reply} "
     "{to|at} {email}.\n\n{sender}"),
]

_LOAN = [
    ("loan",
     "{Do you need|Are you in need of} {a loan|financial help|urgent money}? {We offer|We give} {loans|personal and business "
     "loans} {from|ranging from} {amount} {to|up to} {amount} {at|with} {a low interest rate of 2%|3% interest} "
     "{per annum|per year}.\n\n{No credit check|Bad credit is accepted|No collateral needed}. {Fast approval|Approval in 24 "
     "hours}.\n\n{Contact us|Apply now} {at|via} {email} {or WhatsApp|or call} {phone}.\n\n{sender}"),
    ("loan",
     "{Hello|Dear customer|Good day},\n\n{Your loan request|Your loan application} of {amount} {has been approved|is approved} "
     "{by our board|today}. {Before the transfer|To release the funds}, {you must pay|you are required to pay} {the insurance "
     "fee|a registration fee|the transfer charges} of {amount}.\n\n{Send|Forward} {your bank details and ID|the payment receipt} "
     "to {email} {to complete the process|so we can credit your account}.\n\n{Regards|Best},\n{sender}\n{Loan Officer|Credit Manager}"),
    ("loan",
     "{Private lender|Private investor|Legit lender} {here|offering loans}: {I give|I offer} {loans|funding} {to serious people|to "
     "individuals and companies} {who need money|in need} {for business, bills or debts|to pay off debts}. {Interest rate|Rate} "
     "{2%|3%}, {repayment|duration} {1 to 20 years|up to 15 years}.\n\n{Write|Email} {me|us} {at|on} {email} {with the amount "
     "you need|today}.\n\n{sender}"),
    ("loan",
     "{Attention|Hello|Hi},\n\n{We are|I am} {a registered|a certified} {finance company|loan firm} {giving out|offering} "
     "{loans|cash} {to everyone|worldwide} {at 2% interest|with easy repayment}. {Even with bad credit|Whatever your credit "
     "history} {you qualify|you can apply}.\n\n{Reply|Respond} {with|stating} {the amount and duration|your full name, amount "
     "and country} {to|at} {email}.\n\n{sender}"),
    ("loan",
     "{Good day|Hello} {sir/madam|},\n\n{Are you|Have you been} {tired of|turned down by} {banks|your bank}? {We|Our firm} "
     "{offer|give} {personal, business and mortgage loans|loans for any purpose} {from|of} {amount} {at|with} {2% interest|a low "
     "rate}. {No collateral|No guarantor} {needed|required}.\n\n{To apply|Apply now}, {send|reply with} {your name, amount "
     "needed and duration|the loan amount and your phone} {to|at} {email}.\n\n{sender}\n{Customer Service|Loan Department}"),
    ("loan",
     "{Your loan|The loan} {of|for} {amount} {is ready|has been approved} {for transfer|for disbursement}. {The only thing|What "
     "remains} {is|:} {the activation fee|a one-time fee} of {amount} {for|to cover} {insurance|legal papers}.\n\n{Pay|Send} "
     "{it|the fee} {and|then} {the money|your loan} {will be|is} {in your account|credited} {within 24 hours|the same day}. "
     "{Questions|Reply}: {email}\n\n{sender}"),
]

_SEX = [
    ("hacked-device",
     "{Hello|Hi|Hey} {there|my friend|pervert},\n\n{I have|I've got} {bad news|some news} for you. {Some months ago|A few months "
     "back} {I got|I gained} {access to|full control of} {your device|your computer|all your devices} {through|via} "
     "{a router you used|a trojan I installed|malware on an adult site}. {Since then|From that day} {I have been|I was} "
     "{watching|monitoring} {you|everything you do}.\n\n{I recorded|I made} {a video|a split-screen video} {of you|of "
     "yourself} {while|as} {you watched|you were watching} {adult websites|porn}, {with|using} {your webcam|your own camera}. "
     "{I also|Also I} {copied|downloaded} {your contacts|all your contact list} {and|plus} {your messages|your social media}.\n\n"
     "{If you want|To make} {me to delete|sure I delete} {everything|the video}, {send|transfer} {btc} BTC to "
     "{my bitcoin wallet|this wallet}: {wallet}\n\n{You have|I give you} {hours} hours {after opening this mail|from now}. "
     "{If I don't get the payment|Otherwise}, {I will send|the video goes} {to all your contacts|to your family and colleagues}. "
     "{Do not reply|Don't answer} {to this email|this mail}, {and don't go to the police|contacting police is useless}."),
    ("hacked-device",
     "{Your account|Your mailbox} {was hacked|has been hacked}! {Change|Please change} {your password|the password} "
     "{immediately|now}!\n\n{As you can see|You see}, {I sent this message|this mail was sent} {from your own account|from "
     "your address}. {Your password|Your old password} {is|was} {password}.\n\n{I installed|I put} {a spyware|a virus} "
     "{on your system|in your browser} {and|that} {recorded|captured} {you|your screen and camera} {while you were|during} "
     "{satisfying yourself|visiting dating sites}. {I am ready to|I will} {remove|erase} {all data|the records} "
     "{after|once} {I receive|you pay} {amount} {in Bitcoin|in BTC}.\n\nBTC: {wallet}\n\n{Deadline|Time limit}: {hours} hours."),
    ("bomb-threat",
     "{My man|Attention|Listen} {carefully|here}. {A bomb|An explosive device} {is hidden|has been placed} {in|inside} "
     "{your building|the building where your company is}. {It will blow up|It explodes} {if|unless} {you|I} "
     "{transfer|receive} {amount} {in bitcoin|in BTC} {before|by} {the end of the day|5 pm}.\n\n"
     "{Wallet|Address}: {wallet}\n\n{If I notice police|Any call to the police}, {I will detonate it|the device is activated}. "
     "{You can't stop this|Don't try to be clever}."),
    ("hacked-device",
     "{Hello|Greetings}!\n\n{I am|I'm} {a professional hacker|a programmer} {and|who} {I|} {hacked|cracked} {your operating "
     "system|your phone and laptop} {a while ago|months ago}. {Every time|Whenever} {you used|you opened} {your browser|the "
     "internet}, {my program|my software} {recorded|saved} {your screen|your camera}.\n\n{I have|I got} {a video of you|intimate "
     "footage of you} {and|as well as} {your whole contact list|a list of your friends}. {To keep silence|For my silence}, "
     "{pay|send} {amount} {to|in} bitcoin: {wallet}\n\n{You have|Time:} {hours} hours. {Do not|Never} {ignore|neglect} "
     "{this letter|my message}, {I will know|I'll see} {when you read it|that you opened it}."),
    ("webcam",
     "{I know|I do know} {password} {is your password|was one of your passwords}. {Let's get to the point|Let's be direct}. "
     "{You don't know me|Nobody paid me to check you}, {but|however} {I know|I have} {a lot about you|everything about you}.\n\n"
     "{The software|My malware} {turned on|activated} {your webcam|your camera} {when you|while you} {watched|were on} "
     "{the videos|adult clips}. {I made|I've made} {a double-screen video|a recording}: {one part|the first part} "
     "{shows|is} {what you watched|the clip you viewed}, {the other|and the second} {shows you|is you}.\n\n"
     "{My fee|What I want} {is|:} {amount} {in Bitcoin|in BTC}. {Copy and paste|Send it to} {my BTC address|this address}: "
     "{wallet}\n\n{You have|You get} {hours} hours. {If not|Otherwise}, {every contact|all your contacts} {will get|receive} the video."),
    ("bomb-threat",
     "{Hello|Good day}. {My mercenary|My recruited person} {has carried|brought} {a bomb|explosives} {into|in} "
     "{the building where you work|your office}. {It is|It's} {built|constructed} {so that|in a way that} "
     "{it can't be detected|it cannot be moved}. {I can withdraw|I will call off} {my man|the man} {if you pay|for} "
     "{amount} {in bitcoin|in BTC}.\n\n{Wallet|BTC address}: {wallet}\n\n{You have|Deadline:} {hours} hours. "
     "{If|Should} {police|anyone} {interfere|is told}, {the button will be pressed|he will detonate}."),
    ("hacked-device",
     "{Hi|Hello}, {this is|I am} {a hacker|someone you don't know} {who|and I} {hacked|broke into} {your email and device|your "
     "phone} {some time ago|a few months ago}.\n\n{I know|I have} {your passwords|your password}, {your contacts|your address "
     "book} and {your browsing history|what you watch at night}. {I also have|There is also} {a recording|a video} {from|made with} "
     "{your camera|your webcam}.\n\n{Transfer|Send} {amount} {in bitcoin|worth of BTC} {to|to this address}: {wallet}\n\n{After "
     "payment|Once paid} {I will|I'll} {delete|destroy} {everything|the video} {and disappear|and you will never hear from me}. "
     "{You have|Deadline:} {hours} hours."),
    ("bomb-threat",
     "{There is|I placed} {an explosive|a bomb} {in|inside} {your office|your building}. {It will go off|It explodes} {if|unless} "
     "{I do not receive|you don't send} {amount} {in bitcoin|in BTC} {today|before evening}. {Do not|Don't} {call the police|"
     "evacuate}, {my people are watching|my man is watching}.\n\nBTC: {wallet}"),
]

_CRYPTO = [
    ("investment",
     "{Hello|Hi} {there|friend},\n\n{Would you like|Do you want} {to earn|to make} {amount} {weekly|every week} {from home|"
     "with bitcoin}? {Our|My} {crypto|forex and crypto} {trading|mining} {platform|program} {pays|gives} {10% daily|up to "
     "300% in 7 days} {guaranteed|with no risk}.\n\n{Start with|Invest only} {amount} {and watch|and see} {your profit grow|"
     "your money multiply}. {Withdraw|Cash out} {anytime|any day}.\n\n{Register|Join} {here|now}: {link}\n{or|Or} "
     "{message|contact} {my manager|our account manager} on Telegram {tg}.\n\n{sender}"),
    ("giveaway",
     "{BIG|HUGE|Official} {Bitcoin|BTC|ETH} {giveaway|airdrop}! {To celebrate|Celebrating} {our anniversary|the new "
     "listing}, {we are giving away|we give back} {5,000 BTC|10,000 ETH} {to our community|to users}.\n\n{Send|Transfer} "
     "{anywhere from|between} {0.1|0.05} {and|to} {2|5} BTC {to|to the address} {wallet} {and|,} {we will|we'll} "
     "{send back|return} {double|2x} {immediately|within 30 minutes}.\n\n{Details|Rules}: {link}"),
    ("investment",
     "{Dear|Hello} {investor|client},\n\n{Your|The} {trading account|wallet balance} {has reached|is now} {amount}. "
     "{To withdraw|Before withdrawal} {your profits|the balance}, {you must|you need to} {pay|settle} {the tax|a "
     "withdrawal fee} of {usdt} USDT {to|into} {the address|this TRC20 address} {trc}.\n\n{Contact|Write} {support|your "
     "manager} {at|on} {email} {if you have any questions|for help}.\n\n{sender}"),
    ("giveaway",
     "{Congratulations|Good news}! {You are|You have been} {selected|picked} {for|in} {our|the} {crypto|USDT} "
     "{reward|bonus} {program|campaign}: {amount} {is waiting|has been reserved} {for you|in your name}.\n\n"
     "{Claim|Activate} {it|your bonus} {here|on the portal}: {link} {and|then} {enter|use} {code|promo code} {ref}.\n\n{sender}"),
]

_ROMANCE = [
    ("romance",
     "{Hello|Hi} {dear|handsome|sweetheart},\n\n{I saw|I came across} {your profile|your email} {and|,} {I decided|I wanted} "
     "{to write to you|to say hello}. {I am|My name is} {sender}, {a nurse|a soldier on a mission|an engineer on an oil "
     "rig}, {looking for|seeking} {a honest|a serious} {man|partner} {for a long relationship|to share my life}.\n\n"
     "{If you are interested|If you want to know me}, {write me|reply} {at|on} {email} {and I will send my photos|so we can "
     "talk more}.\n\n{Kisses|Hugs},\n{sender}"),
    ("romance",
     "{My love|Darling|Honey},\n\n{I am|I'm} {stuck|stranded} {at|in} {the airport|customs} {in Istanbul|in Dubai} "
     "{and|because} {they|the officials} {want|demand} {amount} {for|as} {the transit fee|my papers}. {I will pay you back|I "
     "promise to return it} {as soon as I arrive|when we meet}.\n\n{Please|Kindly} {send|wire} {it|the money} "
     "{through|via} {Western Union|a gift card} {and|,} {write|answer} {me|} {at|to} {email}.\n\n{Yours forever|Love},\n{sender}"),
]

_JOB = [
    ("money-mule",
     "{Hello|Good day}! {We are|Our company is} {looking for|hiring} {a remote|a part-time} {payment agent|financial "
     "assistant} {in your country|in your region}. {The work|The job} {takes|needs} {only 2-3 hours|one hour} {a day|per day} "
     "{and pays|with a salary of} {amount} {per month|monthly}.\n\n{You will receive|Your task is to receive} {payments|"
     "transfers} {from our clients|on your account} {and forward|and send} {them|the money} {to our partners|by Western Union}, "
     "{keeping|you keep} {10%|8%}.\n\n{Send|Reply with} {your CV|your name and phone} to {email}.\n\n{sender}"),
    ("money-mule",
     "{Work from home|Remote job|Easy job}: {reshipping manager|package inspector|mystery shopper}. {Receive|Accept} "
     "{parcels|items} {at home|at your address}, {check|inspect} {them|} {and|then} {send|ship} {them|} {abroad|to our "
     "warehouse}. {Salary|Pay}: {amount} {per week|weekly}.\n\n{Apply|Reply} {at|to} {email} {today|now}.\n\n{sender}"),
]

_PARCEL = [
    ("parcel-fee",
     "{Your parcel|Your package|Your shipment} {is|has been} {on hold|held} {at|in} {our depot|the distribution centre} "
     "{because of|due to} {an unpaid|a missing} {customs|delivery} {fee|charge} of {amount}.\n\n{Tracking|Shipment} "
     "{number|ID}: {code}\n\n{Pay|Settle} {the fee|it} {within|in} {hours} hours {here|online}: {link} {otherwise|or} "
     "{the parcel|it} {will be returned|goes back} {to the sender|to the depot}."),
    ("parcel-fee",
     "{Delivery attempt failed|We tried to deliver your parcel|Notice of delivery}. {The address|Your address} {is|was} "
     "{incomplete|not correct}. {To schedule|To book} {a new delivery|redelivery}, {confirm|update} {your details|your "
     "address} {and pay|paying} {a small fee|{amount}} {at|via} {link}\n\n{Ref|Code}: {code}"),
]

_TECH = [
    ("tech-support",
     "{Microsoft|Windows|Apple} {Security|Support} {Alert|Warning}: {your computer|your device} {is infected|has been "
     "blocked} {with|by} {a virus|malware} {and|,} {your|all} {banking details|personal data} {are at risk|may be stolen}.\n\n"
     "{Call|Contact} {our certified technicians|support} {immediately|now} {at|on} {phone} {to unlock|to fix} {your "
     "computer|your PC}. {Do not|Don't} {shut down|restart} {your computer|the device}."),
    ("tech-support",
     "{Your subscription|Your Norton subscription|Your antivirus licence} {has been|was} {renewed|charged} {for|at} {amount}. "
     "{If you did not|If you didn't} {authorise|order} {this|this payment}, {call|contact} {the refund department|our help "
     "desk} {at|on} {phone} {within|in} {hours} hours.\n\n{Invoice|Order} {number|no.}: {ref}"),
]

SCAM = {
    "advance-fee": {
        "subj": ["{Business Proposal|Confidential Proposal|URGENT BUSINESS RELATIONSHIP}", "{Diplomatic Delivery|Consignment Box} "
                 "{Notification|Update}", "{Dormant Account|Unclaimed Fund} {Transfer|Inquiry}", "{UN|World Bank|IMF} "
                 "{Compensation Payment|Payment Approval}", "{Partnership|Private} {offer|deal}", "{Gold|Gold dust} "
                 "{for sale|export partnership}", "{Hello|Hi} {friend|dear}", "{Reply urgently|Your urgent response}"],
        "body": _AF,
        "teaser": ["{I have|I've got} {a business proposal|a lucrative deal|an important proposal} {for you|to discuss with you}, "
                   "{reply|write back} {to|at} {email} {for details|for more information}.",
                   "{Did you receive|Have you read} my {previous|last} {email|mail} {about|regarding} {the|our} {funds|transaction}? "
                   "{Reply|Respond} {urgently|asap}: {email}",
                   "{Good day|Hello}, {I need|I require} {your assistance|your cooperation} {in|for} {a transaction|a transfer} "
                   "{of|worth} {amount}. {Contact|Reach} {me|} {on|at} {email}.",
                   "{Urgent|Important}: {please|kindly} {get back to me|contact me} {at|on} {email} {regarding|about} "
                   "{a deal|a fund} {that will benefit you|in your favour}.",
                   "{Hello|Dear friend}, {I am|I'm} {a bank manager|an auditor} {with|and I have} {a transfer|a deal} {worth|of} {amount}. {Reply|Write} {to|on} {email}.",
                   "{Partner needed|Looking for a partner} {for|in} {a confidential|a private} {transaction|business}. {Details|More}: {email}"],
    },
    "inheritance": {
        "subj": ["{Inheritance|Unclaimed Inheritance} {Claim|Notice}", "{Donation|Charity donation} {for you|to you}",
                 "{Estate of|Deceased client} {the late Mr.|Robert}", "{Your|Urgent:} {beneficiary status|next of kin}",
                 "{Hello beloved|Please help me|God bless you}", "{Last wish|My last wish}", "{Charity|Humanitarian} "
                 "{Donation|Grant}", "{Attention|Notification} {heir|beneficiary}"],
        "body": _INH,
        "teaser": ["{I|We} {have|hold} {an inheritance|a donation} {of|worth} {amount} {for you|in your name}. {Contact|Email} "
                   "{email} {for details|to claim}.",
                   "{I am|I'm} {a dying widow|a sick woman} {and|who} {want to donate|wish to give} {my money|my wealth} "
                   "{to you|to charity through you}. {Write me|Reply} {at|on} {email}.",
                   "{You have been named|You were named} {as|the} {beneficiary|heir} {of|to} {an estate|a fund}. {Reply|Write} "
                   "{to|at} {email}.",
                   "{Your donation|A grant of {amount}} {is ready|awaits you}. {Contact|Email} {my secretary|the foundation} "
                   "{at|on} {email}.",
                   "{Your late relative|A deceased client with your surname} {left|has left} {amount}. {Contact|Email} {the lawyer|me} {at|on} {email}.",
                   "{God bless you|Peace}, {I wish to|I want to} {donate|give} {amount} {to you|through you} {for charity|for the poor}: {email}"],
    },
    "lottery": {
        "subj": ["{Congratulations|CONGRATULATIONS} {Winner|!!!}", "{Winning Notification|WINNING NOTICE}",
                 "{Your email|Your address} {has won|won}", "{Prize Award|Claim your prize}", "{Final Notice|Last "
                 "reminder}: {unclaimed prize|your winnings}", "{Lottery|Sweepstakes} {Result|Award}",
                 "{You Won|You have won}!", "{Payout|Claim} {Ref|Code}"],
        "body": _LOT,
        "teaser": ["{Your email|Your e-mail ID} {has won|won} {amount}! {Contact|Email} {email} {to claim|now}.",
                   "{Congratulations|Congrats}, {you are a winner|you won} {in our draw|today}. {Claim|Details}: {link}",
                   "{You won|Winner}: {amount}. {Reply|Send your details} {to|at} {email} {with ref|quoting} {ref}.",
                   "{Prize|Award} {notification|notice}: {amount} {waiting|reserved} {for you|in your name}. {Claim|Go} {here|}: "
                   "{link}"],
    },
    "loan": {
        "subj": ["{Loan Offer|Quick Loan}", "{Loan approved|Your loan is approved}", "{Need money?|Need a loan?}",
                 "{Financial help|Easy funding}", "{Private lender|Loan at 2%}", "{Cash|Money} {in 24 hours|fast}",
                 "{Credit|Loan} {available|offer}", "{Apply now|Get your loan}"],
        "body": _LOAN,
        "teaser": ["{Need a loan|Need money}? {Get|Apply for} {amount} {at 2%|with low interest}: {email}",
                   "{Loans|Funding} {available|for everyone}, {no credit check|bad credit OK}. {Contact|Write} {email}.",
                   "{Urgent loan|Fast loan} {offer|available}: {write|email} {email} {or call|or WhatsApp} {phone}.",
                   "{Private loan|Personal loan} {up to|of} {amount}, {reply|answer} {to|at} {email}."],
    },
    "sextortion": {
        "subj": ["{Your account is hacked|Account compromised}", "{Security alert|Warning} {for|:} {your device|your account}",
                 "{I recorded you|There is a video of you}", "{Bomb in your building|Explosive device}",
                 "{Payment|Pay} {required|now}", "{Last warning|Final warning}", "{password|Your password}",
                 "{Read this|Important} {immediately|now}"],
        "body": _SEX,
        "teaser": ["{I have|I've got} {a video|recordings} {of you|from your webcam}. {Pay|Send} {amount} {in bitcoin|in BTC} to "
                   "{wallet} {or|otherwise} {your contacts|everyone} {will see it|gets it}.",
                   "{Your device|Your phone} {is hacked|has been hacked}. {I have|I got} {your data|your videos}. {Pay|Transfer} "
                   "{amount} {in BTC|in bitcoin}: {wallet}",
                   "{A bomb|An explosive} {is in|was placed in} {your building|your office}. {Pay|Send} {amount} {in bitcoin|in BTC} "
                   "{to|:} {wallet}",
                   "{I know|I do know} {your password|your secret}: {password}. {Pay|Send} {amount} {to|in} bitcoin: {wallet}",
                   "{Your webcam|Your camera} {recorded|filmed} {you|everything}. {Send|Pay} {amount} {in BTC|in bitcoin}: {wallet}. {You have|Deadline} {hours} hours.",
                   "{There is|I put} {a bomb|an explosive} {in your office|in the building}. {amount} {in bitcoin|in BTC} {or it goes off|to stop it}: {wallet}"],
    },
    "crypto": {
        "subj": ["{Make|Earn} {money|profit} {with bitcoin|from crypto}", "{BTC|Bitcoin} {Giveaway|Airdrop}",
                 "{Your profit|Your balance} {is ready|has grown}", "{USDT|Crypto} {reward|bonus}",
                 "{Invest|Earn} {today|now}", "{Double your|2x} {bitcoin|BTC}", "{Withdrawal|Payout} {pending|ready}",
                 "{Exclusive|VIP} {signal|offer}"],
        "body": _CRYPTO,
        "teaser": ["{Earn|Make} {amount} {a week|weekly} {with|trading} {crypto|bitcoin}: {link}",
                   "{Send|Transfer} {0.1|0.5} BTC {and get|receive} {double|2x} {back|}: {wallet}",
                   "{Your|A} {crypto|USDT} {bonus|reward} {of|worth} {amount} {awaits|is waiting}: {link}",
                   "{Invest|Start with} {amount}, {get|earn} {profit|returns} {daily|every day}. {Telegram|TG} {tg}"],
    },
    "romance": {
        "subj": ["{Hello dear|Hi handsome}", "{I miss you|Missing you}", "{Are you there|Waiting for you}", "{Hi|Hey} {there|}"],
        "body": _ROMANCE,
        "teaser": ["{Hi|Hello}, {I saw your profile|I like your profile}, {write me|contact me} {at|on} {email}",
                   "{I am|I'm} {lonely|single} {and looking for love|and want to meet you}, {email me|write} {at|to} {email}",
                   "{Hello dear|Hi}, {want to chat|let's talk}? {email}", "{Honey|Darling}, {I need|need} {your help|help}: {email}"],
    },
    "job": {
        "subj": ["{Job offer|Vacancy}", "{Work from home|Remote work}", "{Payment agent|Financial assistant} {needed|wanted}",
                 "{Easy job|Part time}"],
        "body": _JOB,
        "teaser": ["{Work|Earn} {from home|online} {amount} {a week|weekly}, {reply|email} {email}",
                   "{Remote|Home} {job|work} {available|open}: {email}", "{Hiring|We hire} {agents|assistants} {now|}: {email}",
                   "{Part time|Easy} {job|work}, {good pay|high salary}: {email}"],
    },
    "parcel": {
        "subj": ["{Parcel on hold|Package held}", "{Delivery failed|Delivery problem}", "{Customs fee|Fee} {unpaid|due}",
                 "{Shipment|Parcel} {notice|update}"],
        "body": _PARCEL,
        "teaser": ["{Your parcel|Your package} {is waiting|awaits}: {pay|confirm} {amount} {at|here} {link}",
                   "{Delivery|Parcel} {on hold|stopped}: {link}", "{Customs|Delivery} {fee|charge} {due|required}: {link}",
                   "{Track|Confirm} {your parcel|delivery} {code}: {link}"],
    },
    "tech-support": {
        "subj": ["{Security Alert|Virus detected}", "{Subscription renewed|Invoice}", "{Your PC|Your computer} {is blocked|at risk}",
                 "{Refund|Order} {notice|confirmation}"],
        "body": _TECH,
        "teaser": ["{Virus|Malware} {detected|found}! {Call|Phone} {phone} {now|immediately}.",
                   "{Your|The} {subscription|order} {of|for} {amount} {renewed|charged}. {Call|Cancel:} {phone}",
                   "{Computer|PC} {locked|blocked}, {call|contact} {support|us} {phone}",
                   "{Refund|Cancel} {amount}? {Call|Phone} {phone}"],
    },
}
