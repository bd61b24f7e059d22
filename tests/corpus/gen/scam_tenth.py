"""Round 11's tenth batch, scam side: the shared pieces of the old-school letter (written blind by helper
c10-corpus; see tenth_batch.py for what the writer does differently).

A letter is put together as the archives hold them: an optional "ATTN:" block, a greeting, the story (the
writer introduces himself inside it: barrister, bank officer, diplomat, widow, officer in a war zone), an
optional line about secrecy, the ask (a reply, or "your full name, address, phone, occupation", sometimes as
a numbered form), a closing and a signature with the writer's role. Blackmail and crypto letters are whole
letters of their own. The language pools are in scam_tenth_en.py, scam_tenth_de.py and scam_tenth_other.py;
every list of variants splits by index (even dev, odd held-out).

Placeholders: {sender} the writer, {email} his "private" mailbox, {phone}, {amount} the bait sum (millions
left behind, a prize, a fund), {fee} a fee asked first, {ref} / {batch} / {ticket} reference, batch and
ticket numbers, {date} a date in the past, {password}, {wallet}, {btc}, {hours} (the blackmail letters).
"""
import scam_tenth_de
import scam_tenth_en
import scam_tenth_other

# lang -> family -> slot -> variants; SHARED: lang -> slot -> variants.
SCAM = {"en": scam_tenth_en.SCAM, "de": scam_tenth_de.SCAM, **scam_tenth_other.SCAM}
SHARED = {"en": scam_tenth_en.SHARED, "de": scam_tenth_de.SHARED, **scam_tenth_other.SHARED}
# Families told as a story with the shared frame; the others are whole letters ("body").
FRAMED = ("advance-fee", "inheritance", "donation", "compensation", "lottery", "loan")
WOMEN_THEMES = {"widow-donation", "sick-woman-donation"}

# The writers' names; the Russian letters write them in Cyrillic, as a translation program leaves them.
SENDERS = {
    "man": ["James Okoro", "Peter Mensah", "Williams Adebayo", "Daniel Kwame Boateng", "Ibrahim Sani Musa", "Mark Johnson Eze",
            "Anthony Ugochukwu", "Richard Amadi", "Samuel Tetteh", "Henry Kabore", "Paul Ouedraogo", "Abdul Karim Bello",
            "Frank Ibekwe", "Michael Brown Udo", "Edward Asante"],
    "woman": ["Mrs. Grace Williams", "Mrs. Helen Kouassi", "Mrs. Sarah Thompson", "Mrs. Mariam Abdullahi", "Mrs. Esther Boakye",
              "Mrs. Agnes Morel", "Mrs. Janet Robinson", "Mrs. Clara Novak"],
    "ru-man": ["Джеймс Окоро", "Питер Менса", "Уильямс Адебайо", "Даниэль Боатенг", "Ибрагим Сани Муса"],
    "ru-woman": ["Г-жа Грейс Уильямс", "Г-жа Хелен Куасси", "Г-жа Мариам Абдуллахи"],
}
# "Private" mailboxes the letters give for the reply (another free-mail box than the sender's).
PRIVATE_BOXES = ["barr.okoro.chambers", "foreign.remit.dept", "diplomat.courier", "capt.hudson.private", "mrs.helen.charity",
                 "un.compensation.unit", "claims.ballot.desk", "private.lender.finance", "chambers.legal", "nextofkin.desk",
                 "dr.mensah.office", "fund.release.office", "sgt.mills.army", "oilcontract.ngnpc", "award.claims.agent"]
PRIVATE_HOSTS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "zoho.com", "rediffmail.com", "yandex.com",
                 "mail.com", "gmx.com", "consultant.com", "lawyer.com", "usa.com", "qq.com"]
