"""Round 11's tenth batch: English posts of the non-technical lists (see ham_tenth.py). Each topic is (subject,
post, reply, reply); the replies answer their own post. Placeholders: {person} another member or a relative
({man}, {woman} where the post says he or she), {year}, {amount}, {n}, {iban}, {me} the poster. Written blind;
every list splits by index (even dev, odd held-out)."""

SHARED = {
    "sig": ["Best wishes,\n{me}", "Kind regards\n{me}", "Cheers,\n{me}", "Regards,\n{me}\n(researching Hartley, Pennington, Ashworth)",
            "Thanks all,\n{me}", "All the best\n{me}", "Many thanks,\n{me}", "{me}\nSent from my iPad"],
    "warn": ["Heads up, everyone: several of us received the message below this week. It is a scam. Please do not reply to it "
             "and do not send any personal details.",
             "I am forwarding this so that the newer members know what these look like. Delete it if you get one.",
             "This turned up in my inbox this morning, addressed to the list. Classic advance fee fraud, I am afraid.",
             "Warning: the following was sent to a number of our members. Nobody from the committee wrote it, and no real "
             "solicitor or bank would contact you like this.",
             "Another one of these. The tell-tale signs are all there: a stranger, a fortune, and a request for your details.",
             "Please be careful, my elderly neighbour nearly answered this one. I have copied it here so you can recognise it."],
    "warn_subj": ["Scam warning - please read", "Beware: fake inheritance letters", "Another fraud email doing the rounds",
                  "PSA: do not answer this", "Fraudulent email using our list address", "Watch out for this one"],
    "warn_reply": ["Thanks for posting this. I had the same one on Tuesday and reported it to Action Fraud.",
                   "Got it too. Interesting that they now ask for your occupation first, presumably to pick their targets.",
                   "Well spotted. My bank says they see dozens of these a week; the advice is just to delete them.",
                   "Thank you, I was about to ask whether anybody else had received it."],
    "ask": ["Does anyone know whether this is genuine? It mentions my grandfather's surname, which is why I hesitated.",
            "Is this real? It arrived today and I have never heard of this lawyer. I have not replied.",
            "Sorry if this is a silly question, but could somebody tell me if the message below is a scam? My mother received it.",
            "I am not very good with computers. This came in and it looks official. Should I answer it?",
            "Before I do anything: has anyone seen a letter like this? It says I am the beneficiary of something.",
            "Could this possibly be legitimate? We did have relatives who emigrated, so part of me wonders."],
    "ask_subj": ["Is this genuine?", "Is this a scam?", "Strange email about an inheritance - real?", "Question about an email I received",
                 "Advice please: letter from a 'barrister'", "Should I reply to this?"],
    "ask_reply": ["It is a scam, I am sorry to say. Real executors write by post and never ask for your details out of the blue.",
                  "Definitely fraud. Do not reply, not even to say no, because that only confirms your address works.",
                  "Please do not answer it. No genuine bank or lawyer would write to a stranger like that.",
                  "That is the well-known advance fee fraud. They will ask for a fee later. Delete and block."],
}

HAM = {
    "genealogy": {"topic": [
        ("Hartley of Keighley - looking for descendants of Joseph Hartley",
         "I am trying to trace the descendants of Joseph Hartley, a wool comber, born about {year} in Keighley. His will, proved "
         "in 1871, names a widow Ann and five children, but two of the sons disappear after the 1881 census. One of them may "
         "have emigrated to Canada.\n\nIf anyone is related, I would love to compare notes. I can share a transcript of the will "
         "and the probate entry.",
         "Joseph's son William is in my tree: he went to Ontario in 1883 and married there. I have his naturalisation papers and "
         "can send scans off-list.",
         "The probate calendar entry is worth checking for the executors' names; in my experience they are often sons-in-law "
         "and give you the married daughters."),
        ("Military service records for {man}, Royal Engineers",
         "Can anybody advise on finding the service record of my great-uncle, who served in the Royal Engineers in the First "
         "World War? The family story is that he was wounded in 1917 and received a small pension.\n\nI have his medal card but "
         "nothing else. Is it worth ordering from the archives, or were most of these burnt?",
         "Around 60 per cent of the other ranks' records were lost in 1940, but the pension records survived separately. Try "
         "those first, they often contain the whole medical history.",
         "Also look at the local newspaper for 1917: casualty lists were printed and sometimes a short note from the family."),
        ("Next of kin on a 1920s death certificate",
         "My great-grandmother's death certificate from {year} gives the informant as 'nephew, present at the death' rather than "
         "her children. Does that usually mean the children were abroad, or simply that the nephew lived nearby?\n\nShe left a "
         "small estate and I wonder whether the nephew was also the beneficiary.",
         "Usually just that he was there. Check whether there was a grant of probate or administration; the estate may have been "
         "too small to need one.",
         "In my family the nephew inherited because the children had died before her. Worth checking the burial registers."),
        ("Unclaimed estates list - is it worth checking?",
         "Someone at our family history society mentioned the government's unclaimed estates list. Has anyone here ever found "
         "a relative on it? I have a great-aunt who died childless in {year}, and I never knew what happened to her house.\n\n"
         "I understand you have to prove kinship, which for us would mean a lot of certificates.",
         "I found a second cousin of my father's on it. The process took about a year and needed a full family tree with "
         "certificates, but it was straightforward.",
         "Be careful of the heir-hunting firms that write to you afterwards offering to do it for a third of the estate."),
        ("Scottish wills and testaments before 1925",
         "Where is the best place to look for a Scottish testament from the 1890s? My ancestor was a farmer near Perth who died "
         "in {year}. I am hoping the inventory will tell me what the farm was worth and who his heirs were.",
         "The testaments are indexed online up to 1925 and the images are cheap to download. Inventories list everything down "
         "to the livestock.",
         "If he died intestate there may still be an inventory, filed by the executor dative, usually the widow."),
        ("Emigrant brother and the embassy letter",
         "My grandfather's brother emigrated to South Africa in the 1950s. When he died, the family apparently received a letter "
         "from the embassy about his estate. Does anyone know which archive would hold consular correspondence of that kind?\n\n"
         "I would like to find out whether he left a widow or children over there.",
         "Consular files of that period are mostly at the national archives and some are closed for 75 years. The South African "
         "master's office holds the estate files themselves.",
         "I traced a similar line through the South African death notices, which name the surviving spouse and all children."),
    ]},
    "parish": {"topic": [
        ("Harvest appeal - thank you and total",
         "Dear friends, thank you to everyone who gave to the harvest appeal. Together we raised {amount} for the food bank and "
         "the hospice. Special thanks to the Sunday school, whose cake stall alone brought in more than last year.\n\nGift Aid "
         "envelopes are still at the back of church if you forgot to tick the box.",
         "Wonderful news. Could the food bank say which items they need most for December?",
         "Well done all. The hospice has asked me to pass on their thanks; the money will fund a night nurse."),
        ("A legacy to St Aidan's from the late {woman}",
         "The churchwardens are very grateful to report that the late {woman}, who worshipped here for over fifty years, left "
         "a bequest of {amount} to the parish in her will. The executors have asked that it go towards the roof fund.\n\nThere "
         "will be a short service of thanksgiving for her life after the ten o'clock Eucharist on Sunday.",
         "What a generous gift. She taught me in Sunday school many years ago.",
         "Thank you for letting us know. Perhaps we could put a small plaque near the porch."),
        ("Bereavement support group restarting",
         "The bereavement support group will meet again on the first Tuesday of each month in the parish hall. It is open to "
         "anyone who has lost a husband, wife or relative, whether or not they come to church.\n\nWidows and widowers from the "
         "group have asked me to say that newcomers are very welcome and that no one is expected to speak.",
         "Thank you, Vicar. I went last year after my husband died and it helped more than I expected.",
         "Could we offer lifts? Several of the widows in the village no longer drive."),
        ("Christmas raffle prizes wanted",
         "We are collecting prizes for the Christmas raffle: bottles, hampers, vouchers, anything new. Tickets will be a pound "
         "each or six for five pounds, and the draw is after the carol service on the {date}.\n\nAll proceeds go to the "
         "children's society.",
         "I can donate a hamper again, and my neighbour has offered a voucher for her salon.",
         "Do we need a licence for the raffle? I seem to remember a question about that last year."),
        ("Donations for the refugee family",
         "The family we are supporting arrives next week. They need bedding, a kettle and winter coats for two children aged "
         "six and nine. Please bring donations to the parish office between nine and twelve.\n\nIf you would rather give money, "
         "the parish account is {iban}, reference REFUGEE.",
         "I have a duvet and two pillows, still in their packaging. Will drop them off tomorrow.",
         "Is anyone coordinating English lessons? I used to teach and would gladly help."),
        ("Parish accounts and the diocesan loan",
         "The annual accounts are on the noticeboard. The only unusual item is the diocesan loan of {amount} for the heating, "
         "which we are repaying at 2 per cent over ten years. The PCC thought this better than drawing on the reserves.\n\n"
         "Questions can be raised at the annual meeting.",
         "Sensible decision. Are we still able to give our usual tithe to the mission partners?",
         "Thank you for the clear summary. Can the accounts also be posted on the website?"),
    ]},
    "alumni": {"topic": [
        ("Class of {year} reunion and the memorial scholarship",
         "Our reunion is confirmed for the spring, in the old refectory. At the dinner we will also announce the first holder "
         "of the scholarship set up in memory of {person}, whose family has matched every donation made in the past year.\n\n"
         "So far classmates have given {amount}. The giving page stays open until the end of the month.",
         "Count me in for the dinner. It is lovely that the scholarship is finally up and running.",
         "Could the committee share how the student is chosen? Some of us would like to mention it to our own networks."),
        ("Leaving a gift in your will to the university",
         "A few alumni have asked how to leave a legacy to the university. The development office can provide the wording to "
         "give to your solicitor, and a gift to a charity is free of inheritance tax.\n\nYou are under no obligation to tell us "
         "about a bequest, but if you do, we can make sure it is used as you wish.",
         "Useful to know. Can a bequest be restricted to a particular department?",
         "I did this last year. My solicitor was very familiar with it and it only added a paragraph to the will."),
        ("Obituary: Professor {man}",
         "It is with great sadness that we report the death of Professor {man}, who taught economics here for thirty years. "
         "He is survived by his widow and two daughters. The family has asked that, instead of flowers, donations be made to the "
         "student hardship fund.\n\nA memorial event will be held in the Great Hall; details will follow.",
         "He was the reason I stayed on for my master's. Thank you for letting us know.",
         "Sad news. Will the memorial be streamed for those of us abroad?"),
        ("Mentoring scheme for first-generation students",
         "We are looking for alumni mentors for students who are the first in their family to go to university. It is roughly "
         "one call a month, and you can do it from anywhere.\n\nPlease reply to me off-list with your degree and current job and "
         "I will pass it on.",
         "Happy to help. I was a first-generation student myself and would have loved a mentor.",
         "Is there any training for mentors? I would want to get the student finance questions right."),
        ("Student hardship fund: this year's figures",
         "Thanks to your donations, the hardship fund awarded {n} grants this year, mostly for rent arrears and laptops. The "
         "average grant was {amount}. One student wrote that without it she would have left after her first year.\n\nThe fund "
         "depends entirely on alumni gifts, so thank you.",
         "Great to see where the money goes. Could we get a short report like this every year?",
         "Are the grants ever given as loans? I always wondered whether some students would prefer that."),
        ("Alumni in government and diplomatic service - networking evening",
         "The careers service is holding an evening for students interested in the diplomatic service. We would love a few "
         "alumni who work in embassies, international organisations or the foreign office to come and talk informally.\n\n"
         "Travel expenses can be reimbursed.",
         "I spent six years at two embassies and would be glad to come if the date works.",
         "Could someone from the development sector join too? Many students ask about aid work."),
    ]},
    "club": {"topic": [
        ("Club raffle - winning tickets",
         "Thanks to all who bought tickets for the club raffle at the exhibition. The winning numbers are: first prize, the "
         "locomotive, ticket {n}; second prize, the book voucher, ticket 311; third prize, the signal box kit, ticket 58.\n\n"
         "Winners who were not there on the day can collect their prizes at Tuesday's club night.",
         "Brilliant - I have ticket 58! I will be there on Tuesday.",
         "How much did the raffle raise in the end? It seemed very busy."),
        ("Estate of the late {man} - layout and stock for sale",
         "As some of you know, our former chairman's widow has asked the club to help sell his layout and rolling stock. His "
         "wishes were that club members get first refusal and that part of the proceeds go to the club's building fund.\n\n"
         "A list with suggested prices will be circulated next week. Please be fair with her.",
         "Very sad. He helped me build my first baseboard. I would like to buy one of his brass locomotives if it is available.",
         "Could we keep one item for the clubroom in his memory?"),
        ("Field day results and the prize draw",
         "Thanks to everyone who operated at field day. We made {n} contacts on 40 metres alone. The prize draw for operators "
         "was won by {person}, who takes home the new antenna analyser.\n\nLog files need to be submitted by the end of the "
         "month.",
         "Good result. The generator behaved itself this year, which was a relief.",
         "Congratulations to the winner. Can we get the log submitted earlier so we are not rushing?"),
        ("Silent key: {man}",
         "It is with sadness that I report the passing of {man}. He was licensed in 1964 and a member for over forty years. "
         "His family has asked the club to help dispose of his equipment; the proceeds will go to his widow.\n\nThe funeral is "
         "on Friday, and members are welcome.",
         "A gentleman and a brilliant CW operator. I will be at the funeral.",
         "Happy to help value the equipment. We should make sure the family gets fair prices."),
        ("Club loan scheme for new members' first radio",
         "The committee proposes an interest-free loan of up to {amount} for new members buying their first transceiver, repaid "
         "over twelve months. The scheme would be funded from the surplus of last year's rally.\n\nPlease comment before the "
         "AGM.",
         "Excellent idea. It would have made a difference to me as a student.",
         "What happens if a member leaves before repaying? We should write that down."),
        ("Annual subscriptions and bank details",
         "Subscriptions for the coming year are due. The amount is unchanged. Please pay by bank transfer to the club account, "
         "{iban}, with your callsign as reference.\n\nIf you would rather pay cash, bring it to club night.",
         "Paid today. Is the treasurer still sending receipts by email?",
         "Could we also have a standing order option? I always forget."),
    ]},
    "co-op": {"topic": [
        ("Members' dividend and interest on savings",
         "The board is pleased to report that the credit union will pay a dividend of 1.5 per cent on savings this year. Loan "
         "interest rates are unchanged.\n\nThe annual general meeting will take place in the community centre, and every member "
         "has one vote regardless of savings.",
         "Good news, thank you. Will there be transport for members who cannot get to the centre?",
         "Could the board explain at the AGM how the bad-debt provision was calculated?"),
        ("Warning: fake loan offers using our name",
         "We have been told that people are receiving emails and texts offering loans 'from Riverside Community Credit Union' at "
         "very low interest, asking for an upfront fee. These are not from us.\n\nWe never ask for a fee before a loan, and we "
         "never ask for your PIN. If in doubt, call the office.",
         "Thanks. My father got one of these texts last week. He nearly paid the 'arrangement fee'.",
         "Could this warning go on the website's front page too?"),
        ("Nominating a beneficiary for your savings",
         "A reminder that members can nominate who should receive their savings if they die, up to a certain limit, without the "
         "need for probate. The form is available at the counter.\n\nThis can save your family a great deal of trouble.",
         "I did not know this existed. Does it replace what is in my will?",
         "Very useful. My aunt's savings were tied up for months because she had not done this."),
        ("Volunteers needed for the loans committee",
         "We are looking for two volunteers to join the loans committee, which meets fortnightly to review applications. Some "
         "experience of budgeting helps but full training is given.\n\nAll discussions are confidential.",
         "I am a retired bookkeeper and would be interested.",
         "How much time does it take each month, roughly?"),
        ("Branch closing on bank holiday; transfers",
         "The branch will be closed on the bank holiday. Transfers requested after Friday noon will be processed on Tuesday.\n\n"
         "Members who are expecting a salary payment should note that payroll deductions will still arrive as normal.",
         "Thanks for the notice. Will the cash machine be refilled?",
         "Noted. Can we get these notices as text messages too?"),
        ("Budgeting workshop for members in debt",
         "We will run a free budgeting workshop for members who are struggling with debt. We will look at consolidating high "
         "interest loans, dealing with arrears and avoiding loan sharks.\n\nPlaces are limited to {n}; please book at the "
         "counter.",
         "This is so needed around here. I will tell my neighbours.",
         "Could the session be run in the evening for members who work?"),
    ]},
    "probate": {"topic": [
        ("Intestacy: half-siblings and the statutory order",
         "A quick sanity check: the deceased died intestate, no spouse, no children, parents predeceased. There are two full "
         "siblings and one half-sibling. Am I right that the half-sibling only takes if there are no full siblings or their "
         "issue?\n\nThe estate is modest, around {amount}.",
         "Correct, the whole blood takes first. Make sure you have checked for issue of any predeceased full siblings.",
         "Agreed. Worth getting a genealogist's certificate if there is any doubt about the family."),
        ("Heir hunters contacting beneficiaries directly",
         "Has anyone had a probate genealogy firm write to beneficiaries before the grant has even issued, offering to 'reveal "
         "the estate' for a percentage? One of my clients' cousins signed an agreement for 30 per cent.\n\nIs there anything "
         "to be done?",
         "Sadly common. If the agreement was signed in a hurry there may be a cancellation right; worth checking the date.",
         "We now send a short letter to all beneficiaries early on, explaining that they do not need anyone's help to inherit."),
        ("Foreign beneficiary and the embassy's certificate of life",
         "One of the beneficiaries lives abroad and the bank insists on a certificate of life before releasing her share. The "
         "embassy says it does not issue them. Has anyone found a workable alternative?",
         "A notary's certificate with an apostille usually satisfies banks. Check whether the bank has its own form.",
         "We had this with a beneficiary in Spain; a video call with the bank plus a notarised passport copy did it in the end."),
        ("Deceased's bank transfers in the last months",
         "I am acting as executor for an elderly widow who made large bank transfers abroad in the months before her death, "
         "apparently to someone she met online. The family suspect a romance scam.\n\nHas anyone had success recovering funds in "
         "this situation, or reporting it usefully?",
         "Report it to the police and the bank's fraud team immediately. Recovery is rare but the bank's records help.",
         "We had a similar case. The family got part of it back under the voluntary reimbursement code, so do ask."),
        ("Bequest to a charity that has since merged",
         "A will leaves a pecuniary legacy to a local charity that merged with a national one some years ago. The national "
         "charity has asked for the money. Is it safe to pay them, or do I need directions?",
         "If the merger was registered, the gift normally passes to the successor. Check the register of mergers.",
         "We ask the charity for a copy of the merger documents and keep it with the estate file."),
        ("Missing will: searching for the original",
         "Client's mother died, and the family believe she made a will with a solicitor in the 1990s, but nobody can find it. "
         "Has anyone used a national will register search, and was it worth the fee?",
         "Worth it in my experience, though many older wills are not registered. Write to the local firms too.",
         "Try the bank as well: older clients often lodged wills with their bank manager."),
    ]},
    "aid-ngo": {"topic": [
        ("Field report: water project in the north",
         "Our team finished the third borehole this week. The village committee has set up a small fund for repairs, which "
         "every household pays into. Thank you to the donors whose gifts of {amount} made this possible.\n\nPhotos are on the "
         "shared drive.",
         "Great work. Can we get the water test results for the donor report?",
         "Very moving photos. Is the committee keeping the repair fund in a bank or in cash?"),
        ("Reminder: we never ask beneficiaries for money",
         "A volunteer reported that people in one of the camps received messages claiming to be from our agency, offering cash "
         "grants in exchange for a 'registration fee'. Please remind beneficiaries that all our aid is free.\n\nIf you hear of "
         "this again, tell your coordinator.",
         "Thanks. I will put up posters in the three languages we use.",
         "Should we inform the local police, or does head office handle that?"),
        ("Compensation for volunteers injured on duty",
         "A few people asked about insurance. Volunteers are covered by our policy for accidents on duty, including medical "
         "costs and compensation for lost income. Claims go through the HR team.\n\nPlease keep receipts for any treatment.",
         "Good to know. Does the cover include travel to and from the field site?",
         "Thank you for clarifying, this came up at our last briefing."),
        ("Cash transfer programme: how payments work",
         "For new volunteers: in the cash transfer programme, families receive {amount} a month by mobile money. Payments are "
         "never made to anyone outside the registered household, and nobody is ever asked for a fee.\n\nIf a family says they "
         "were asked to pay, escalate immediately.",
         "Helpful summary. What happens when a family loses its SIM card?",
         "Could this be translated for the community volunteers?"),
        ("Embassy registration before deployment",
         "Everyone travelling next month must register with their embassy and send the HR team their next of kin details. We "
         "need these before we can book flights.\n\nYour emergency contact will only be used if something serious happens.",
         "Done. Does registration cover dual nationals, or do we need to register twice?",
         "Thanks. Is there a template for the next of kin form?"),
        ("Legacy gift funds the new clinic",
         "We can now share that the new clinic was funded by a legacy from a supporter who died last year. Her will asked that "
         "the gift be used for mothers and babies.\n\nHer niece will attend the opening.",
         "What a wonderful way to be remembered.",
         "Please pass on our thanks to her family."),
    ]},
}
