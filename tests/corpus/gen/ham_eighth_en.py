"""English look-alikes of the eighth batch (written blind by helper c8-corpus; see ham_eighth.py).

An end-user help list (a photo application, a distribution's users), an amateur-radio club and an
astronomy society, a university department's announcement list, a food bank's volunteers (donations,
fundraising, bank transfers are its daily business) and a group of small online sellers (invoices,
PayPal disputes, chargebacks, customs). Placeholders: {iban} {bic} {fee} {eur} {day} {year} {name}.
"""

HAM = {
    "greet": ["Hi all,", "Hello everyone,", "Hi folks,", "Hey,", "Good evening all,", "Dear members,", "Hi list,", "Morning all,",
              "Hello,", "Dear colleagues,", "Hi everybody,", "Greetings all,"],
    "thanks": ["Thanks in advance for any help.", "Any pointers appreciated.", "Has anyone seen this before?", "Cheers for any ideas.",
               "I'm a bit stuck, so any help would be great.", "Thanks!", "Appreciate any advice.", "What am I missing?"],
    "sig": ["Cheers,\n{me}", "Thanks,\n{me}", "-- \n{full}", "Best,\n{me}", "Regards,\n{me}", "Sent from my iPhone",
            "Kind regards,\n{full}", "cheers\n{me}", "{me}", "Many thanks,\n{me}", "All the best,\n{me}", "Thanks again,\n{me}",
            "--\n{full}\n(sent from my phone, please excuse typos)", "Take care,\n{me}"],
    "reply": ["That fixed it, thank you!", "Same here, following this thread.", "Have you checked the FAQ? It's covered there.",
              "Please trim your quotes, some of us read this on the digest.", "+1, worked for me as well.",
              "I'll bring mine to the next meeting and we can compare.", "Update: a reboot sorted it, sorry for the noise.",
              "Great write-up, thanks for sharing.", "We discussed this last spring, see the archives.", "Thanks, that's really helpful.",
              "Thanks all, the club will go with the group policy.", "Count me in for Saturday.",
              "Sorry, wrong list, please ignore.",],
    "topics": [
        ("appusers", "Export to JPEG loses the colour profile",
         "when I export my edited RAW files to JPEG, the colours look washed out in the browser. In PhotoApp they look fine.\n"
         "Version 4.6 on Windows 11. Am I doing something wrong?",
         ["Make sure \"Embed colour profile\" is ticked in the export dialog and choose sRGB, not Adobe RGB, for the web.",
          "Browsers assume sRGB if there's no profile. That's almost certainly it.",
          "Also check you're not exporting with \"Use display profile\", that was a bug in 4.5."]),
        ("appusers", "Library won't open after update",
         "after updating to 4.7 the app starts but says \"library database is locked\". I have about 60,000 photos in there.\n"
         "I'm terrified I lost everything. Any ideas?",
         ["Don't panic, your photos are still on disk, only the catalog is affected. Is there a .lock file next to library.db?",
          "Close the app, delete library.db-lock, start again. If that fails, restore the automatic backup from the backups folder.",
          "It happened to me when a cloud sync client was holding the file. Pause OneDrive/Dropbox while the app runs."]),
        ("appusers", "Sound stops after suspend on my laptop",
         "every time I close the lid and open it again, sound is gone until I log out. Fresh install of the distro, ThinkPad T14.\n"
         "pavucontrol shows the device but nothing plays.",
         ["Try restarting just the audio service: systemctl --user restart pipewire pipewire-pulse wireplumber.",
          "It's a known issue with that codec, there's a fix in the next kernel point release.",
          "Disabling power saving for the sound card in /etc/modprobe.d fixed it here."]),
        ("appusers", "Printing from the app prints tiny thumbnails",
         "trying to print a 10x15 photo and it comes out as a stamp-sized image in the corner. Printer is an Epson ET-2850.",
         ["In the print dialog set \"Fit to page\", the default is \"Actual size\" which uses the embedded DPI.",
          "Check the paper size in the printer driver, it sometimes resets to A4 with borderless off.",
          "I gave up and export to PDF first, then print that."]),
        ("appusers", "Which update channel should my parents use?",
         "I'm setting up a machine for my parents (email, banking, photos of the grandkids). Stable or LTS?\n"
         "I won't be around to fix things often.",
         ["LTS, no question. And turn on unattended security updates.",
          "Set up remote access for yourself now, before you need it.",
          "If they do online banking, check their bank's app or card reader works on Linux first."]),
        ("radio", "Repeater down again?",
         "couldn't bring up the club repeater on 146.94 this morning. Is it down or is it my rig?",
         ["It's down. Power supply at the site failed, Bob is driving up on Saturday.",
          "Heard it fine from the east side at 7 am, so maybe intermittent.",
          "Use the backup on 147.24 until it's fixed, PL 100.0."]),
        ("radio", "Advice on a first HF antenna for a small garden",
         "just got my General ticket. Small back yard, HOA-friendly antenna needed. End-fed or a vertical?",
         ["An end-fed half wave along the fence works great and nobody notices it.",
          "I ran a vertical with radials in the lawn for years, but the HOA spotted it.",
          "Come to the Saturday antenna workshop, we'll have three types to try."]),
        ("radio", "Telescope for a 10-year-old",
         "my daughter wants a telescope for her birthday. Budget is about $300. What would the society recommend?",
         ["A 6-inch Dobsonian. Simple, sturdy, shows Saturn's rings and lots of clusters.",
          "Skip anything sold by magnification on the box.",
          "Bring her to the next observing night first, members are happy to let kids look through their scopes."]),
        ("radio", "Observing night cancelled?",
         "forecast says clouds from 9 pm. Are we still meeting at the dark site tonight?",
         ["Cancelled, we'll try next Friday.", "The clear sky chart shows a gap after midnight, some of us will go anyway.",
          "If you come, bring a red torch, the gate code changed."]),
        ("uni", "Room booking for the thesis defence",
         "can someone tell me how to book the seminar room for a thesis defence? The online system says I don't have permission.",
         ["Students can't book directly, email the department office with the date and your supervisor in CC.",
          "The room is usually free on Friday afternoons.", "Don't forget to order the projector adapter, the HDMI cable walks away."]),
        ("appusers", "Is this email from the developers real?",
         "I got an email saying my PhotoApp licence expires and I need to renew with a card at some link. I thought the app was free?\n"
         "The sender was support@ followed by a domain I've never seen.",
         ["The app is free and open source, we never sell licences. That's phishing, please delete it.",
          "If you already entered card details, call your bank and cancel the card.",
          "Could the admins post a warning on the website? My dad almost fell for it too."]),
        ("appusers", "Moving my library to a new computer",
         "I bought a new laptop and want to move everything: photos, edits, albums. Is copying the folder enough?",
         ["Copy the whole library folder including the hidden .photoapp directory, then point the app to it on first start.",
          "Make sure the paths are the same, otherwise the app shows missing files. There's a relink option.",
          "Export a catalog backup first, just in case."]),
        ("radio", "Lost my callsign certificate, how do I get a copy?",
         "I can't find my licence document anywhere. Is there a way to get a copy, and does it cost anything?",
         ["You can download it from the licensing portal for free, just log in.",
          "Careful with websites that offer \"licence renewal\" for a fee, the official one is free.",
          "If you can't log in, the regulator's helpdesk can reset your account."]),
        ("radio", "Club loaner radio available",
         "the club's loaner handheld is back. Any new licensee who wants to borrow it for a month, reply to me.",
         ["I'd love to borrow it, just passed my exam last month!", "Please include the charger this time.",
          "Great initiative, that's how I started too."]),
        ("radio", "Insurance for club equipment at the repeater site",
         "the committee asked me to look into insuring the repeater and the new duplexer. Anyone know a broker who covers\n"
         "equipment on a shared tower? The site owner wants a certificate of 1 million liability.",
         ["Our national society has a group policy for affiliated clubs, liability included. Much cheaper than a broker.",
          "Make sure theft is covered, not just storm damage. We lost a controller to a break-in in 2019.",
          "I can send you the quote we got last year, it was about $280 a year."]),
        ("radio", "Star party: carpooling to the dark site",
         "I'm driving up Saturday afternoon with two free seats and room for a small scope. Anyone need a ride from the north side?",
         ["Yes please, I'll chip in for fuel.", "Bring warm clothes, it was freezing last time after midnight.",
          "The road after the gate is rough, low cars should park at the bottom."]),
        ("uni", "Reimbursement of conference travel takes forever",
         "I submitted my travel claim for the Vienna conference in May and still haven't been reimbursed. Who do I chase?",
         ["The finance office, with the claim number. They answer emails within a day if you include it.",
          "Check the claim wasn't returned for a missing receipt, the portal doesn't notify you.",
          "Ours took eleven weeks last year, unfortunately that's normal in the summer."]),
        ("appusers", "Face recognition groups the wrong people",
         "the people view keeps merging my two sons into one person. Can I split them again?",
         ["Open the person, select the wrong faces and use \"Not this person\". Retraining takes a while.",
          "Lower the similarity threshold in preferences, the default is quite aggressive.",
          "Twins here, I gave up and tag them manually."]),],
    "estate": [
        ("charity", "Leaving a gift in your will - how do we handle enquiries?",
         "a supporter called today asking how to leave a legacy to the food bank in her will. I didn't know what to tell her.\n"
         "Do we have a standard wording or a leaflet?",
         ["We do, it's on the shared drive under Legacies. It has our registered charity number and full legal name.",
          "Always tell them to use a solicitor. We can't advise them ourselves.",
          "Gifts to registered charities are exempt from inheritance tax, which she might want to know."]),
        ("radio", "[OT] Silent key: disposing of a late member's equipment",
         "sadly Harold's widow has asked the club to help sell his radio equipment. The executor says the proceeds go to the\n"
         "estate. How have we handled this before?",
         ["We did it for Frank's estate in 2019: inventory, fair prices from recent sales, everything paid to the executor.",
          "Please make sure the family gets receipts for everything.",
          "I can help with the inventory next weekend."]),
        ("appusers", "[OT] Getting photos off a deceased relative's computer",
         "my father passed away and the family wants his photo library. The computer has a password none of us know.\n"
         "The probate lawyer says it's fine to access it as I'm the executor. How do I get in?",
         ["If the disk isn't encrypted, take it out and read it from another computer with a USB adapter.",
          "Sorry for your loss. If it's a Mac with FileVault, you'll need Apple's process with the death certificate.",
          "Copy everything first, then try to open the library on your own machine."]),
        ("charity", "A letter from a solicitor about a bequest",
         "we received a letter from a solicitor saying a late Mrs. Patterson left the food bank 5,000 pounds in her will.\n"
         "They need our bank details and charity number. I checked, the firm is real and on the Law Society register.",
         ["Great news. Call the firm on the number from the Law Society site, not the letter, just to be safe.",
          "The treasurer should reply on letterhead. Genuine solicitors never ask us to pay a fee first.",
          "Let's send a thank-you note to the family once it's received."]),
    ],
    "merchant": [
        ("merchants", "PayPal dispute: buyer says item not received, tracking says delivered",
         "buyer opened an INR dispute on a $240 order. USPS tracking shows delivered to the mailbox, no signature.\n"
         "Will PayPal side with me?",
         ["Without signature confirmation over $750 you're usually fine, under that tracking is enough for seller protection.",
          "Upload the tracking and a screenshot of the delivery scan. Be polite in the messages, they read them.",
          "I've lost two like this. Now I add signature confirmation on anything over $200."]),
        ("merchants", "Chargeback after 4 months",
         "got a chargeback notice from Stripe today for an order from last summer, reason \"fraudulent\". The customer even emailed\n"
         "to say thanks back then. $15 fee on top. Is it worth fighting?",
         ["Always fight it if you have the email. Submit it with the delivery proof.",
          "Friendly fraud is common, the cardholder may not recognise your shop name on the statement.",
          "Change your statement descriptor to something recognisable, it cut my chargebacks in half."]),
        ("merchants", "Customs charges on shipments to the EU",
         "since the new rules a few EU customers refused parcels because of import VAT and a handling fee.\n"
         "Should I register for IOSS or just warn buyers?",
         ["If you ship more than a few parcels a month to the EU, IOSS is worth it. The customer pays VAT at checkout.",
          "I just added a big line in the listing: \"EU buyers: import VAT is charged on delivery.\"",
          "The returned parcels cost me more than the IOSS intermediary does."]),
        ("merchants", "Invoice template with VAT for UK customers",
         "a business customer asked for a proper VAT invoice. I'm on the flat rate scheme. What has to be on it?",
         ["Your VAT number, invoice number, date, customer's address, description, net amount, VAT rate and amount.",
          "Flat rate only changes what you pay HMRC, the invoice still shows 20%.",
          "Most shop platforms can generate them, check the settings before you build your own."]),
        ("merchants", "Suspicious wholesale order - overpayment",
         "a \"buyer\" wants 300 units and insists on paying by bank transfer, then sends more than the invoice and asks\n"
         "for the difference back to his shipping agent. Pretty sure this is a scam?",
         ["Textbook overpayment scam. The original payment will bounce after you've sent the refund.",
          "Never refund to a third party. Return the full amount to the original sender only after it has really cleared.",
          "Report it to your bank, they've seen this a hundred times."]),
        ("merchants", "Fake \"account suspended\" email from the marketplace",
         "got an email saying my seller account is suspended and I must verify my bank details within 24 hours.\n"
         "Logged in directly and there's no notice at all. Everybody be careful, it looks very real.",
         ["Got the same. Forward it to the marketplace's spoof address, they take these down fast.",
          "Turn on two-factor authentication if you haven't, it saves you even if you do click.",
          "The sender domain had an extra hyphen, that's the giveaway."]),
        ("merchants", "Wholesale customer wants net 60 terms",
         "a shop wants to stock my candles but asks for 60-day payment terms on a $3,000 first order. Is that normal?",
         ["Normal for bigger retailers, but for a first order ask for 50% upfront.",
          "Check them on the companies register and ask for trade references.",
          "Credit insurance exists for this, but for one order it's overkill."]),
        ("merchants", "Business debit card skimmed at an ATM",
         "someone cloned my business debit card at a cash machine and took 1,900 dollars in four withdrawals overnight.\n"
         "The bank says they'll refund it but it takes ten working days. Meanwhile I can't pay my supplier. Any tips?",
         ["Ask the bank for a temporary credit on the account, they can do it if you push.",
          "Call the supplier and explain, most will wait a week for a regular customer.",
          "Use a card with a separate account for cash, so the main business account isn't exposed."]),],
    "news": [
        ("radio", "Minutes of the monthly meeting",
         "Minutes, club meeting {day}. Present: 23 members, 2 guests.\n\n1. Treasurer: balance $3,412.55. Repeater fund at $1,150.\n"
         "2. Field Day: site confirmed, 4 stations. Sign-up sheet circulates.\n3. VE session: 5 candidates passed, welcome to the hobby!\n"
         "4. New business: proposal to buy a new duplexer, vote next month.\n\nMeeting adjourned 9:05 pm."),
        ("radio", "Society newsletter: autumn programme",
         "the autumn programme is out. Highlights: a talk on variable stars by Dr. Meera Shah, the annual auction of donated\n"
         "equipment (proceeds to the observatory roof fund), and public observing at the park for the Perseids."),
        ("charity", "Volunteer newsletter - what we did this month",
         "this month we distributed 1,840 food parcels, welcomed 12 new volunteers and received a donation of a chest freezer\n"
         "from a local supermarket. Thank you all! Rota for next month is attached."),
        ("appusers", "Release 4.8 is out",
         "version 4.8 is available. Highlights: faster thumbnail generation, a new export preset for social media, and a fix for\n"
         "the library lock problem many of you reported. Full changelog on the website. Donations keep the project going."),
        ("radio", "Field Day results",
         "Our club made 1,212 QSOs over the weekend in class 4A, our best result in five years. Thanks to everyone who brought\n"
         "generators, food and patience. Photos are on the club website."),
        ("uni", "Department newsletter: grants and awards",
         "Congratulations to Dr. Ahmed Farouk, whose group was awarded 1.2 million dollars by the national science foundation\n"
         "for the quantum sensing project, and to our PhD student Emily Chen, winner of the best poster prize in Vienna."),
    ],
    "fee": [
        ("radio", "Membership renewal for {year}",
         "it's that time again: club dues of {fee} are due by {day}. Family membership remains the same.\n\n"
         "You can pay by cheque to the treasurer, in cash at the meeting, or by bank transfer (account name Valley ARC,\n"
         "sort code 20-45-77, account 50913482, reference: your callsign).\n\nThanks for supporting the club!"),
        ("charity", "Friends of the Food Bank: annual subscription",
         "a reminder that the annual Friends subscription of {fee} is due on {day}. If you pay by standing order, nothing to do.\n"
         "Please tick Gift Aid on the form if you pay UK income tax, it adds 25p to every pound at no cost to you."),
        ("radio", "Dues: PayPal now accepted",
         "several members asked, so you can now pay your {fee} dues via PayPal to treasurer@varc.example.org\n"
         "(send as friends and family to avoid fees, or add 3%). Please put your callsign in the note."),
        ("radio", "Treasurer's report: unpaid subscriptions",
         "as of today 17 members have not renewed. Anyone who hasn't paid by {day} will be removed from the members' list\n"
         "(you can still read the public list). If cost is an issue please talk to me in confidence, nobody gets turned away."),
    ],
    "charity": [
        ("Urgent appeal: shelves are empty", "demand this winter is higher than ever and our shelves are nearly empty.\n"
         "We urgently need tinned fish, pasta sauce, UHT milk and toiletries. Money helps too: {eur} feeds a family for a week.\n\n"
         "Donate online at our website, or by bank transfer to Riverside Food Bank, IBAN {iban}, reference WINTER.\n"
         "Every penny goes to food, our running costs are covered by a grant."),
        ("Thank you for your donations", "a huge thank you to everyone who gave at the Christmas collection: we raised {eur}, and\n"
         "the supermarket matched it pound for pound. That pays for the new van's first year of insurance."),
        ("Fundraising report: sponsored walk", "the sponsored walk raised 6,230 pounds from 84 walkers. The money has all been paid\n"
         "into the charity account, and Gift Aid will add around 900 more. Detailed report from the treasurer attached."),
        ("Volunteers needed for supermarket collection", "we're collecting at the Tesco on Mill Road on Saturday and need six more\n"
         "people for the 10 am to 1 pm shift. Reply to me or sign up on the rota."),
        ("Large donation offered - advice needed", "a local business has offered 10,000 pounds on condition we put their logo on the van.\n"
         "The trustees want opinions: is that sponsorship rather than a donation, and does it affect our charitable status?"),
        ("Donation receipts and Gift Aid", "if you donated by bank transfer and want a receipt, reply with the date and amount.\n"
         "Please don't send bank details by email, we never need your account number to send a receipt."),
        ("Grant awarded by the community foundation", "good news: the community foundation has awarded us 15,000 pounds over two years\n"
         "for the holiday meals programme. The first instalment arrives next month. Special thanks to Sarah for writing the application."),
        ("Bank transfer details for the Easter appeal", "several of you asked how to give by bank transfer. Our account is in the name of\n"
         "Riverside Food Bank, IBAN {iban}, BIC {bic}. Please use the reference EASTER plus your surname so we can thank you properly.\n"
         "We will never ask you for your own bank details by email."),
        ("Treasurer's report for the AGM", "income this year was 48,210 pounds (donations 31,400, grants 12,000, events 4,810) and\n"
         "expenditure 45,930, mostly food purchases and van running costs. Reserves stand at about three months of spending.\n"
         "The independent examiner's report will be presented at the AGM."),
        ("Donation of a van - paperwork", "the garage on Station Road is donating a used Transit van. We need someone to handle the\n"
         "V5C transfer and the insurance quote. It comes with a year's MOT. Any volunteers?"),
        ("In memory of Margaret", "it is with great sadness that I let you know Margaret Doyle, who drove our van every Thursday for nine\n"
         "years, passed away last week. Her husband has asked that, in lieu of flowers, donations be made to the food bank.\n"
         "The funeral is on Friday at 11 am at St Mary's; all volunteers are welcome."),],
    "raffle": [
        ("radio", "Raffle winners from the hamfest", "the hamfest raffle raised $412 for the repeater fund. Grand prize (the handheld)\n"
         "went to ticket 0815, W7ABC. Unclaimed prizes can be collected at the next meeting."),
        ("charity", "Christmas raffle: prizes wanted", "we're looking for prizes for the Christmas raffle: vouchers, hampers, bottles, crafts.\n"
         "Tickets are a pound each and all proceeds go to the food bank."),
        ("radio", "Auction and raffle at the Christmas meeting", "bring your surplus gear for the auction; 10% of each sale goes to the\n"
         "society. Raffle tickets on the night, first prize a 10x50 binocular donated by a member."),
        ("charity", "Raffle result", "congratulations to Mrs. Khan, who won the hamper! 680 tickets sold, 680 pounds raised for the food bank."),
    ],
    "job": [
        ("uni", "PhD position in experimental condensed matter physics",
         "a fully funded 3.5-year PhD studentship is available in my group starting in October. Stipend at the research council rate,\n"
         "fees covered. Applicants should have a good degree in physics. Apply via the university portal; informal enquiries to me."),
        ("uni", "Postdoctoral research associate (2 years)",
         "we are hiring a postdoc to work on thin-film growth and characterisation. Salary on grade 7 of the university scale.\n"
         "Closing date {day}. Full advert on the university jobs site, reference PHY-2025-114."),
        ("merchants", "Hiring: part-time packer for my shop",
         "I'm looking for someone local for 15 hours a week to pick, pack and ship orders. Paid hourly above minimum wage,\n"
         "on payroll, not cash. Workshop is in the industrial estate, bus stop outside. Reply off-list."),
        ("charity", "Paid role: warehouse coordinator",
         "we've received funding for a paid warehouse coordinator (25 hours a week). Job description on the website. Please share.\n"
         "Applications by CV and cover letter to the office, interviews will be held in person."),
    ],
    "announce": [
        ("Colloquium: Dark matter searches with quantum sensors",
         "Department Colloquium\nSpeaker: Prof. Laura Mendes (Lisbon)\nTitle: Dark matter searches with quantum sensors\n"
         "Time: Thursday 4 pm, Lecture Theatre B. Tea and biscuits from 3:30 in the common room."),
        ("Reminder: fire alarm test on Wednesday", "the fire alarm in the physics building will be tested on Wednesday at 10 am.\n"
         "No need to evacuate. Please make sure lab equipment is in a safe state."),
        ("Travel grants for early-career researchers", "the faculty travel fund is open again: up to 1,500 pounds per person to\n"
         "present at an international conference. Applications via the online form by {day}. Funds are paid as reimbursement\n"
         "after travel, on submission of receipts."),
        ("Scholarship announcement", "the department is pleased to announce two undergraduate scholarships of 3,000 pounds each\n"
         "for students from low-income backgrounds. Students will be notified directly by the scholarships office; no action needed."),
        ("IT: phishing emails pretending to be from the university", "IT services have seen emails claiming your mailbox is full or\n"
         "that a salary adjustment is waiting. These are phishing. Never enter your password on a link from an email. Report\n"
         "suspicious mail to the service desk."),
        ("Seminar room closed for refurbishment", "room 2.14 will be closed from {day} for three weeks. Seminars move to 1.05."),
        ("HR reminder: update your emergency contact details", "all staff are asked to check that their emergency contact and\n"
         "next of kin details in the staff portal are up to date. This takes two minutes and is only used in an emergency.\n"
         "HR will never ask for this information by email."),],
    "offtopic": [
        ("radio", "[OT] Lost glove at the meeting", "anyone find a black leather glove after Tuesday's meeting? Sentimental value."),
        ("appusers", "[OT] Nice shot from last weekend", "not a question, just wanted to share: the new denoise filter rescued this\n"
         "owl photo I took at ISO 12800. Thanks to the devs!"),
        ("charity", "Cake sale leftovers", "there are about a dozen brownies left over in the staff kitchen, help yourselves."),
        ("radio", "[OT] Happy 90th to Walt, W7WLT", "our oldest member turns 90 today and was on the air this morning. Congrats, Walt!"),
    ],
    "forward": [
        ("charity", "FYI from the bank. I phoned our branch and this one is genuine.",
         "Changes to your business account charges",
         "Business Banking <no-reply@bank-example.co.uk>",
         "Dear customer,\n\nfrom 1 April, the monthly fee for charity accounts will change to 5 pounds. Cheque deposits will be free.\n"
         "You don't need to do anything. Details are in your online banking messages."),
        ("radio", "Forwarding from the national society, relevant for our licence renewals:",
         "Licence revalidation reminder",
         "Licensing Team <licensing@regulator-example.org>",
         "Licensees must revalidate their details at least every five years. There is no fee for revalidation.\n"
         "Do not respond to messages asking for payment to keep your licence; we never ask for payment by email."),
        ("merchants", "Got this from the marketplace today, seems legit (logged in directly, same notice there):",
         "Update to seller fees",
         "Seller Notifications <seller-news@marketplace-example.com>",
         "Hello seller,\n\nstarting next month, the final value fee in the Collectibles category will change from 12.9% to 13.25%.\n"
         "Payouts will continue on your usual schedule."),
        ("uni", "Forwarding on behalf of the Dean's office.",
         "Annual staff survey",
         "Dean's Office <dean@uni-example.edu>",
         "Dear colleagues,\n\nthe annual staff survey is open until the end of the month. It takes ten minutes and responses are\n"
         "anonymous. The link is on the intranet homepage."),
        ("radio", "[OT] Small win, bought the bonds years ago. Checked on the official site, it's real!",
         "You've won a prize",
         "Prize Notifications <prizes@savings-bonds-example.gov.uk>",
         "Good news: one of your bonds has won a 25 pound prize in this month's draw. Your prize has been paid into your\n"
         "nominated bank account. You can check all your prizes by logging in to your account on our website.\n\n"
         "We will never ask you to pay a fee to receive a prize."),
        ("charity", "Forwarding from the solicitors handling Mrs. Patterson's estate, for the trustees' information.",
         "Estate of the late Mrs. Joan Patterson - legacy",
         "Probate Department <probate@solicitors-example.co.uk>",
         "Dear Sirs,\n\nwe act as executors of the above estate. Under clause 6 of the will, your charity is entitled to a pecuniary\n"
         "legacy of 5,000 pounds. Please confirm your registered charity number and the account to which the legacy should be paid,\n"
         "on your letterhead. No fee or charge is payable by you."),],
    "spam_subj": ["Is this real?", "Question: inheritance by email?", "Heads up: scam emails to members", "Warning - fake inheritance email", "Anyone else get this?", "Scam alert",
                  "Is this a phishing attempt?", "PSA: do not reply to the \"donation\" email", "Spam via the list?", "Fake lottery win"],
    "spam_own": ["I got this today and I'm not sure. Is it genuine or a scam? I haven't replied yet:",
                 "My dad received this and wants to answer. Could you have a look before he does something silly?", "Heads up, this is a scam, don't reply:", "Just a warning, this came through the list today:",
                 "Did anyone else get this? Looks like the classic advance-fee thing to me:",
                 "My mum forwarded this asking if she's rich now. Sadly not:", "Posting so the admins can block the sender:",
                 "Careful, this one is quite well written:", "For the scam collection, found in my inbox this morning:",
                 "Our treasurer received this. Obviously we won't respond, but be aware:"],
    "spam_reply": ["No, it's not real. Don't reply, don't pay anything, delete it.",
                   "Definitely a scam, no solicitor writes like that. Good that you asked first.", "Thanks, got it too and deleted it.", "Sender banned, sorry for the noise. -- list admins",
                   "Never reply to these, even for fun, it confirms your address is live.", "You can forward these to report@phishing.gov.uk.",
                   "That account belongs to a member whose mailbox was hacked. We've let him know.",
                   "Funny how they copy our subject lines now."],
    "spam_aside": ["(First red flag right there.)", "Note the greeting.", "Free-mail address, of course.", "Aaand there's the fee.",
                   "Very trustworthy...", "The amount changes every time they send it."],
    "admin": {
        "welcome": "Welcome to the {list}@{host} mailing list!\n\nTo post to this list, send your message to:\n  {list}@{host}\n\n"
                   "General information about the mailing list is at:\n  https://{host}/mailman/listinfo/{list}\n\n"
                   "Please be kind, stay on topic, and trim your quotes.",
        "reminder": "This is a reminder, sent out once a month, about your {host} mailing list memberships.\n\n"
                    "Password for {addr}: {password}\n\nYou can visit the URL to change your membership status: https://{host}/mailman/options/{list}",
        "held": "Your mail to '{list}' with the subject\n\n    {subject}\n\nIs being held until the list moderator can review it for approval.\n\n"
                "The reason it is being held:\n\n    Post by non-member to a members-only list",
        "moderation": "Dear members,\n\nover the last few days several scam emails (inheritance, donation and prize letters) went out through\n"
                      "the list from a member's hacked account. Please don't reply and don't click any links. We've turned on\n"
                      "moderation for new senders for now.\n\nThe list admins",
        "bounce": "Your membership in the mailing list {list} has been disabled due to excessive bounces.\nThe last bounce received from you was dated {date}.\n\n"
                  "To re-enable your membership, visit https://{host}/mailman/options/{list}",
    },
    "admin_subj": {"welcome": "Welcome to the \"{list}\" mailing list", "reminder": "{host} mailing list memberships reminder",
                   "held": "Your message to {list} awaits moderator approval", "moderation": "Note from the list admins: scam emails",
                   "bounce": "Your membership in the {list} mailing list has been disabled"},
}
