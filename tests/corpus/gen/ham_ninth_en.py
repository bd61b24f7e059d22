"""English look-alikes of the ninth batch: posts of open-source project lists (spintax; see scam_ninth.spin),
written blind by helper c9-corpus. The scams' words in their ordinary sense: password, payment, bitcoin,
wallet, lottery RNG, webcam driver, extortion malware, donations, grants, inheritance of a maintainer's
keys. Even-indexed variants are the dev half, odd ones held out.

PATCH: (file, commit subject, commit message, removed lines, added lines) hunks; ninth_batch writes the diff.
Other kinds: (subject, body) pairs."""

PATCH = [
    ("drivers/media/usb/uvc/uvc_video.c", "media: uvcvideo: {fix|avoid} {a race|use-after-free} when the webcam is unplugged",
     "{When the camera is unplugged|If the device disappears} while streaming, uvc_video_complete() can {run|still run} after "
     "the {queue was freed|buffers were released}. {Take the lock|Check the stream state} before touching the queue.",
     ["\tbuf = uvc_queue_get_current_buffer(queue);"], ["\tif (!uvc_queue_streaming(queue))", "\t\treturn;",
                                                      "\tbuf = uvc_queue_get_current_buffer(queue);"]),
    ("src/wallet/send.c", "wallet: {reject|refuse} a fee above the {configured|user's} maximum",
     "{A payment|A transaction} {with a fee|whose fee} above max_fee was {only logged|silently accepted}. {Return an error|Fail} "
     "{so the caller can|and let the user} {ask again|decide}.",
     ["\tif (fee > wallet->max_fee)", "\t\tlog_warn(\"fee above maximum\");"],
     ["\tif (fee > wallet->max_fee) {", "\t\tlog_warn(\"fee %llu above maximum %llu\", fee, wallet->max_fee);", "\t\treturn -EFEE;", "\t}"]),
    ("modules/payment/paypal/Gateway.php", "payment/paypal: {verify|check} the IPN signature before marking an order paid",
     "{An unsigned|A forged} IPN {request|callback} could mark {an order|orders} as paid. {Verify|Validate} it against the "
     "{gateway|PayPal endpoint} first.",
     ["        $order->markPaid($ipn['txn_id']);"],
     ["        if (!$this->verifyIpn($ipn)) {", "            throw new PaymentException('IPN verification failed');", "        }",
      "        $order->markPaid($ipn['txn_id']);"]),
    ("lib/rng/lottery.py", "rng: {use|switch to} secrets for the {raffle|lottery} draw",
     "The {conference raffle|lottery example} used random.choice(), which is {not suitable|predictable} {for|when} {prizes|"
     "anything people win}. {Switch to|Use} secrets.choice().",
     ["    winner = random.choice(tickets)"], ["    winner = secrets.choice(tickets)"]),
    ("src/auth/password.rs", "auth: {hash|store} passwords with argon2id {instead of sha256|by default}",
     "{Plain|Unsalted} sha256 {is too fast|is not a password hash}. {Move to|Use} argon2id {with the OWASP parameters|"
     "and rehash on next login}.",
     ["    let digest = sha256(password.as_bytes());"], ["    let digest = argon2id::hash(password.as_bytes(), &salt, &PARAMS)?;"]),
    ("drivers/media/i2c/ov5640.c", "media: ov5640: {fix|correct} the exposure {limit|range} at 30 fps",
     "{The sensor|This camera} {locks up|returns garbage} when the exposure {exceeds|is above} the frame length. {Clamp it|Limit it}.",
     ["\texposure = ctrl->val;"], ["\texposure = min_t(u32, ctrl->val, sensor->vts - 4);"]),
    ("src/wallet/backup.c", "wallet: {encrypt|protect} the backup file {with the passphrase|before it is written}",
     "{Backups|The wallet backup} {were|was} written {in clear text|unencrypted} {to the home directory|next to the wallet}. "
     "{Encrypt|Seal} {it|them} with the {wallet passphrase|user's passphrase}.",
     ["\twrite_file(path, seed, seed_len);"], ["\tif (encrypt_backup(wallet, seed, seed_len, &out, &out_len) < 0)", "\t\treturn -1;",
                                              "\twrite_file(path, out, out_len);"]),
    ("modules/payment/sepa/Mandate.php", "payment/sepa: {validate|check} the IBAN checksum {on input|before saving}",
     "{Customers|Users} {could|were able to} save {a mandate|mandates} with {a mistyped IBAN|an invalid IBAN}; the {bank|PSP} "
     "{returned|rejected} the direct debit {a week later|days later}.",
     ["        $this->iban = $iban;"], ["        if (!Iban::isValid($iban)) {", "            throw new InvalidArgumentException('invalid IBAN');",
                                       "        }", "        $this->iban = $iban;"]),
]

_REVIEW = ["{Looks good to me|LGTM}{.|, thanks.}\n\nReviewed-by: {who}",
           "{Thanks for the patch|Thanks}. {One nit|A small comment} below{.|:}",
           "{Applied|Queued} to {the fixes branch|master}{, thanks|}.",
           "{Could you add|Please add} a {test|regression test} for {this|the error path}? Otherwise {fine|looks fine}.",
           "{I tested this|Tested} on {my laptop's webcam|two machines} and {it works|the problem is gone}.\n\nTested-by: {who}",
           "{Why not|Wouldn't it be simpler to} {return early|check this in the caller}? {Not a blocker|Just asking}."]

BUG = [("[Bug {bug}] {Wallet|walletlib} {crashes|segfaults} {when|after} {restoring|importing} {a backup|an old wallet}",
        "{Reporter|Reported by}: {who}\n\n--- Comment #{n} ---\n"
        "{Steps to reproduce|How to reproduce}:\n1. {create|open} a wallet with a passphrase\n2. {restore|import} the backup\n3. "
        "{enter|type} the wrong password\n\n{Actual|Result}: {segmentation fault|crash in wallet_decrypt()}\n{Expected|Expected "
        "result}: an error message\n\n{Backtrace attached|I attached a backtrace}."),
       ("[Bug {bug}] {Payment|Checkout} {is charged twice|double charge} {with|when using} {the Stripe module|card payments}",
        "{who} changed:\n\n   What    |Removed     |Added\n"
        "----------------------------------------------\n  Status   |NEW         |ASSIGNED\n\n--- Comment #{n} from {who} ---\n"
        "{I can reproduce|Confirmed}: {a customer|the test customer} {pressed|clicks} {Pay|the pay button} twice and {the card|"
        "the account} was {charged twice|debited twice}. {We need an idempotency key|The webhook has no idempotency key}."),
       ("[Bug {bug}] {Password manager|KeyVault} {leaks|shows} {the master password|passwords} {in the log|in debug output}",
        "--- Comment #{n} from {who} ---\n{With|When} log level "
        "{debug|trace}, the {unlock|sync} {code|path} {writes|prints} the {entered password|master password} {to|into} "
        "~/.cache/keyvault/log. {Marking as security|Setting the security flag}."),
       ("[Bug {bug}] {Webcam|Camera} {not detected|shows a black image} {after|since} {kernel|the} {ver} {update|upgrade}",
        "--- Comment #{n} from {who} ---\n{Since|After} {upgrading|the "
        "upgrade} to {ver} the {built-in|USB} webcam {gives|shows} only a black {image|frame}. dmesg {says|shows}: uvcvideo: "
        "Failed to query (GET_CUR) UVC control 11 on unit 2: -32."),
       ("[Issue #{bug}] {Lottery|Raffle} {example|plugin} {uses|relies on} a {predictable|weak} RNG",
        "{who} opened an issue:\n\n{The|Our} {raffle|lottery} {plugin|example} {seeds|initialises} the RNG with the {time|current "
        "second}, so {anyone|a participant} {can predict|could predict} the {winner|draw}. {Suggest|Proposal}: {use|read} "
        "/dev/urandom."),
       ("[Issue #{bug}] {Donation|Sponsor} {button|page} {returns|gives} {a 500 error|an error}",
        "{who} commented:\n\n{The|Our} donation {page|form} {fails|breaks} {when|if} {the amount|a donor enters an amount} has "
        "{a comma|cents}. {Traceback|Log} below.\n\n    ValueError: invalid literal for int() with base 10: '25,00'"),
       ]

CI = [("[CI] {FAILED|Failure}: {project} {master|main} ({hash})",
       "Pipeline #{job} {failed|has failed} for {project} on {master|main}.\n\nCommit {hash}: {wallet: reject a fee above the "
       "maximum|payment: verify IPN signature|auth: hash passwords with argon2id}\n\nFailed jobs:\n  test-{linux|macos}   "
       "{tests/test_wallet.py::test_send_fee|tests/payment/test_refund.py::test_partial} FAILED\n\nView pipeline: "
       "https://ci.example.org/{project}/pipelines/{job}"),
      ("[CI] {project}: build {fixed|back to green} on {main|master}",
       "{The build|Pipeline #{job}} is {fixed|passing again} after commit {hash}.\n\n{All|42 of 42} jobs passed in {12|17} min."),
      ("[CI] {Nightly|Weekly} {fuzzing|sanitizer} report for {project}",
       "{Fuzzer|OSS-fuzz style job} {found|reported} {1 new crash|2 new crashes}:\n\n  heap-buffer-overflow in "
       "{parse_payment_request|wallet_decrypt|password_check} ({fuzz/|}{target_payment|target_wallet}.c:{n})\n\n"
       "{Reproducer|Testcase} stored {as|at} https://ci.example.org/{project}/artifacts/{job}"),
      ("[CI] {Coverity|Static analysis}: {3|5} new defects in {project}",
       "{New defects|Defects} {found|detected} in {the last build|build #{job}}:\n\n** CID {job}: Resource leak (RESOURCE_LEAK)\n"
       "/src/{wallet|payment}/{keys|refund}.c: {n} in {load_keys|refund_order}()\n\n** CID {bug}: Uninitialized scalar variable\n"
       "/src/auth/password.c: {n} in check_password()"),
      ]

ADVISORY = [("[SECURITY] [EDSA-{n}-1] {cryptolib|walletlib} security update",
             "Example Distro Security Advisory EDSA-{n}-1            security@example-distro.org\nhttps://www.example-distro.org/"
             "security/\n\nPackage        : {cryptolib|walletlib}\nCVE ID         : {cve}\n\n{A flaw|A vulnerability} was "
             "{found|discovered} in {the key derivation|the passphrase handling} of {cryptolib|walletlib} which {could allow|may "
             "allow} {a local attacker|malware running as the user} to {recover|steal} {wallet passwords|private keys}.\n\n"
             "For the stable distribution, this problem has been fixed in version {ver}.\n\nWe recommend that you upgrade your packages."),
            ("[SECURITY] {Ransomware|Extortion malware} {targets|exploits} {unpatched|exposed} {project} {servers|instances}",
             "{Hi all|Hello everyone},\n\n{We have seen|There are reports of} {a campaign|attacks} {against|on} {publicly "
             "reachable|internet-facing} {project} {instances|servers} {running|on} versions {older than|before} {ver}. "
             "{The attackers encrypt the data directory and leave|The malware encrypts the database and leaves} a {ransom note|note} "
             "{demanding|asking for} {payment in bitcoin|bitcoin}. {Do not pay|Paying does not guarantee anything}; {restore from "
             "backup|restore your backups} and upgrade.\n\n{Details|Indicators of compromise}: {cve}\n\n-- \nThe {project} security team"),
            ("[oss-security] {cve}: {credential theft|password disclosure} in {project} {browser extension|autofill}",
             "{Hello|Hi},\n\n{The|A} {autofill|browser extension} of {project} {fills|filled} {saved passwords|credentials} "
             "{into|in} {invisible|hidden} {forms|iframes}, {so|which lets} {a malicious page|any page} {can harvest|harvest} "
             "{them|them without user interaction}. {Fixed|Addressed} in {ver}.\n\n{Timeline|Disclosure timeline}:\n"
             "  {2025-03-02|2025-04-11}  reported\n  {2025-03-20|2025-05-02}  fix released\n\n{Credit|Thanks} to {who} for the report."),
            ("[SECURITY] {Webcam|Camera} {driver|subsystem}: {privilege escalation|out-of-bounds write} ({cve})",
             "{A bug|An issue} in the {uvcvideo|media} {driver|ioctl handling} {allows|lets} {a local user|an unprivileged "
             "user} {with access to|who can open} /dev/video0 to {write out of bounds|corrupt kernel memory}. {Stable kernels|"
             "Kernels} {ver} and later {contain|have} the fix.\n\n{Workaround|Mitigation}: {restrict|limit} access to the video "
             "group."),
            ("[SECURITY] {Phishing|Fake} {mails|messages} {claiming to be|pretending to come from} the {project} {team|foundation}",
             "{Users have forwarded|We received} {mails|messages} {asking|that ask} {them|users} to {\"verify\" their account|"
             "re-enter their password} {on|at} {a look-alike site|a fake domain} {or pay|and to pay} a {\"licence renewal\"|"
             "\"migration fee\"}. {We never|The project will never} {ask for passwords|ask you for money or passwords} {by mail|"
             "in an email}.\n\nThe {project} security team"),
            ("[SECURITY] {project} {ver}: {sextortion spam|spam} {relayed|sent} through {misconfigured|open} {contact forms|"
             "form handlers}",
             "{Several|Some} {admins|site operators} {reported|noticed} that {the contact form|the feedback module} {was used|"
             "had been used} to {send|relay} {blackmail spam|bulk spam} ({\"I recorded you\"|\"your device was hacked\"} "
             "mails {asking for bitcoin|with a bitcoin address}). {Version|Release} {ver} {adds|enables} {rate limiting|a "
             "captcha} {by default|}.\n\n{Please upgrade|Upgrade recommended}."),
            ]

RELEASE = [("[ANNOUNCE] {project} {ver} released",
            "{Hi all|Hello everyone},\n\n{We are happy|We're pleased} to announce {project} {ver}.\n\n{Highlights|Main changes}:\n"
            "  * {hardware wallet|multisig} support {for|in} {the CLI|the GUI}\n  * {passwords|passphrases} {are now|now} hashed "
            "with argon2id\n  * {payment requests|invoices} {can be|may be} {signed|exported as PDF}\n\n{Download|Tarballs}: "
            "https://download.example.org/{project}/{ver}/\nSHA256: {sha}\n\n{If you like|If you find} {project} {useful|"
            "helpful}, {please consider a donation|donations are welcome}: https://{project}.example.org/donate or bitcoin "
            "{wallet}\n\n{Thanks to|Thank you to} {all contributors|the 31 contributors} of this release!"),
           ("[ANNOUNCE] {project} {ver} ({security|bugfix} release)",
            "{project} {ver} {is out|has been released}. {This release|It} {fixes|addresses} {cve} ({password disclosure in "
            "logs|a crash when paying an invoice|a webcam enumeration bug}). {All users|Everyone} {should upgrade|is "
            "encouraged to upgrade}.\n\nhttps://{project}.example.org/releases/{ver}/\nsha256sum: {sha}"),
           ("{project} {ver} {release candidate|RC1} {available|ready for testing}",
            "{Hi|Hello},\n\n{The first release candidate|RC1} of {project} {ver} {is available|can be downloaded}. "
            "{Please test|Testing welcome}, {especially|in particular} the new {payment|wallet recovery|password import} "
            "{code|dialogue}.\n\n{Known issues|Known problems}: {the webcam QR scanner|QR scanning} {fails|is flaky} on "
            "{some laptops|older webcams}.\n\n{Cheers|Thanks},\n{me}"),
           ("[ANNOUNCE] {project} {ver} LTS",
            "{project} {ver} LTS {is now available|has been tagged}. {It will|This branch will} {receive|get} {security "
            "fixes|fixes} {for 3 years|until 2028}. {The lottery-style|The random} {draw|selection} of {mirrors|download "
            "mirrors} {is gone|was removed}; {downloads|everything} now {come from|go through} the CDN.\n\n{Donations|Sponsorship} "
            "{keep|help keep} {the project|us} {independent|going}: https://{project}.example.org/sponsor"),
           ]

TREASURER = [("{Treasurer's report|Treasurer report} {Q1|Q2|Q3|Q4} {year}",
              "{Dear members|Hi all},\n\n{Here is|Please find} the {treasurer's report|financial report} for {Q1|Q2|Q3|Q4} {year}.\n\n"
              "  Opening balance          {amount}\n  Donations (individual)   {amount}\n  Corporate sponsorship    {amount}\n"
              "  Travel grants paid       {amount}\n  Infrastructure           {amount}\n  Closing balance          {amount}\n\n"
              "{We also received|Received in addition} {a bequest|an inheritance} {from the estate of|left by} {a long-time "
              "contributor|a former member} ({amount}); the board {will decide|decides} {how to use it|on its use} {at|in} "
              "{the next meeting|the AGM}.\n\n{Questions to|Ask} treasurer@osfoundation.example.org.\n\n{me}, treasurer"),
             ("{Bank account change|New bank account} for {the foundation|donations}",
              "{Hi|Dear members},\n\n{Our bank|The foundation's bank} {is closing|closes} {our account|the old account} {at the "
              "end of|in} {March|June}. {New details|The new account} for {membership fees|donations}:\n\n  IBAN: {iban}\n  BIC: "
              "{bic}\n\n{We will never|The board will never} {announce|send} {a change of bank details|new bank details} "
              "{only|just} by mail: {check|verify} {it|this} on https://osfoundation.example.org/donate {before paying|first}.\n\n{me}"),
             ("{Budget|Draft budget} {year} for {review|comments}",
              "{Hi all|Dear members},\n\n{Attached|Below} is the {draft budget|budget proposal}:\n\n  Expected donations   "
              "{amount}\n  Grants (GSoC mentor stipends, travel)   {amount}\n  Legal and accounting   {amount}\n\n{Comments|"
              "Feedback} {by|before} {Friday|the 15th}, please.\n\n{me}"),
             ("{Crypto donations|Bitcoin donations}: {how we handle them|policy}",
              "{Hello|Hi all},\n\n{We keep being asked|People ask} {how|what we do with} {bitcoin donations|donations in "
              "cryptocurrency}. {They go to|We use} a {2-of-3 multisig wallet|multisig wallet} {held by|with keys held by} "
              "{three board members|the treasurer and two directors} and are {converted|sold} {monthly|every quarter}. "
              "{The address|Our address} {is only|is} {published|listed} on the website: {wallet}\n\n{me}"),
             ]

DONATION = [("{Fundraiser|Donation drive} {year}: {help us|help} {reach|hit} {amount}",
             "{Hi everyone|Dear community},\n\n{Our annual fundraiser|The year-end donation drive} {starts|has started} "
             "{today|this week}. {Every donation|Your support} {pays for|funds} {CI machines|the build farm}, {travel "
             "grants|developer sprints} and {security audits|the bug bounty}.\n\n{Donate|Give} {here|}: https://osfoundation."
             "example.org/donate (card, {PayPal|SEPA}, bitcoin)\n\n{A sponsor|An anonymous donor} {will match|matches} "
             "{every donation|donations} {up to|until} {amount}.\n\n{Thank you|Thanks}!\n{me}"),
            ("{Thank you|Thanks}: {donation drive|fundraiser} {result|closed}",
             "{We raised|You donated} {amount} {from|by} {1,2|3,4}00 donors{!|.} {The money|It} {goes to|will fund} {two "
             "developer grants|the infrastructure} {next year|in {year}}. {A full report|Details} {follows|will follow} in the "
             "{treasurer's report|annual report}.\n\n{me}"),
            ("{Sponsorship|Corporate sponsorship} {packages|levels} {year}",
             "{Hello|Hi},\n\n{Companies|Sponsors} {can|may} {support|sponsor} the project at {three|four} levels: "
             "{Bronze|Supporter} {amount}, {Silver|Partner} {amount}, {Gold|Patron} {amount}. {Benefits|What you get}: "
             "logo {on the website|in the release notes}, {conference tickets|a booth}.\n\n{Contact|Write to} "
             "sponsors@osfoundation.example.org.\n\n{me}"),
            ("{Matching|Match} {donation|gift} {from|by} {a sponsor|our employer}",
             "{FYI|Just so you know}: {my employer|our company} {matches|will match} {employee donations|donations made by "
             "staff} to the foundation {up to|until} {amount} {this year|per person}. {If you work there too|Colleagues}, "
             "{use|fill in} the {form|matching form} on the intranet.\n\n{me}"),
            ]

CONFERENCE = [("{CFP|Call for papers}: {project}Conf {year}",
               "{Hi all|Hello},\n\nThe call for {papers|talks} for {project}Conf {year} is open {until|through} {the 30th|"
               "June 1}. {Topics|We welcome talks on}: {payments|wallets and key management}, {password storage|"
               "authentication}, {camera and media drivers|embedded}, {community|governance}.\n\n{Travel grants|Travel "
               "support} {are available|is available}: {up to|at most} {amount} {per speaker|for flights and hotel}; "
               "{apply|ask} {when you submit|on the form}.\n\nhttps://conf.example.org/{year}/cfp\n\n{me}"),
              ("{Travel grant|Travel grants} {recipients|decisions} for {project}Conf",
               "{Dear applicants|Hi},\n\n{We received|There were} {84|63} {applications|requests} and {could fund|funded} "
               "{22|31}. {Recipients|Those selected} {have been|were} {notified|mailed} {individually|directly}; {grants are "
               "paid|money is reimbursed} {after the conference|against receipts}. {We will never|Nobody from the committee "
               "will} {ask you to pay|ask for} {a fee|money} {to receive|for} {a grant|your grant}.\n\n{me}"),
              ("{Registration|Tickets} {open|now open}: {project} {summit|meetup} {year}",
               "{Registration|Ticket sales} {is open|opened}. {Early bird|Early} {until|before} {May|the 15th}: {amount}; "
               "{students|contributors} free. {Diversity scholarships|Scholarships} {cover|include} {travel|hotel}.\n\n{me}"),
              ("{Speakers|Sessions} {announced|schedule} for {project}Conf {year}",
               "{The schedule|The programme} {is online|has been published}: keynote on {post-quantum|hardware} wallets, "
               "{a talk on|a session about} {ransomware response|how sextortion spam abuses contact forms}, {webcam "
               "drivers|V4L2 in {year}}.\n\nhttps://{project}-conf.example.org/programme/{year}\n\n{me}"),
              ]

MENTORING = [("[GSoC] {Project ideas|Ideas page} {year}: {please add yours|deadline}",
              "{Hi mentors|Dear mentors},\n\n{The|Our} {GSoC|Summer of Code} ideas page {needs|is missing} {projects|ideas}. "
              "{Suggestions so far|So far}: {a hardware wallet plugin|password import from other managers}, {webcam "
              "calibration tool|payment module tests}.\n\n{Mentors receive|Each mentor gets} {a stipend|no money, only "
              "glory}; {students|contributors} {are paid|get a stipend} {by the programme|directly}.\n\n{me}"),
             ("[Outreachy] {Interns|Applicants} {selected|announced}",
              "{We are happy|We're glad} to {welcome|announce} {two|three} {interns|new contributors} {this round|}. "
              "{Their|The} {stipends|internship stipends} {are paid|come} {from|out of} {the general fund|a sponsor's "
              "donation}.\n\n{me}"),
             ("[mentors] {Beware|Warning}: {fake|bogus} {\"GSoC payment\"|stipend} {mails|messages}",
              "{Some students|A few contributors} {received|got} {mails|messages} {asking|that asked} {them|} to {pay a "
              "\"processing fee\"|send bank details} {to receive|for} {their stipend|the GSoC payment}. {These are not|That "
              "is not} {from us|from the programme}; {stipends are paid|payment goes} {through the programme's|via the "
              "official} {payment provider|portal} {only|}.\n\n{me}"),
             ("[GSoC] {Mid-term|Final} evaluations {due|reminder}",
              "{Reminder|Hi all}: {evaluations|mentor evaluations} are due {Friday|on the 12th}. {Payments|Stipend "
              "payments} {depend on|follow} {them|a passed evaluation}.\n\n{me}"),
             ]

QUESTION = [("{Storing|How to store} {passwords|user passwords} with {cryptolib|walletlib}?",
             "{Hi|Hello},\n\n{What is|Which is} the {recommended|right} way to {hash|store} {user passwords|passwords} with "
             "{cryptolib|this library}? {The docs|The manual} {mention|show} {pbkdf2|scrypt} {and|but} {I read|people say} "
             "argon2id {is better|is preferred}.\n\n{Thanks|Thanks in advance},\n{me}"),
            ("{Payment module|PayPal module} {marks|sets} orders paid {twice|without payment}",
             "{Hi all|Hello},\n\n{After|Since} {updating|upgrading} to {ver}, {some orders|orders} {are marked|get marked} "
             "{paid|as paid} {although|even though} {the payment|PayPal} {failed|was cancelled}. {Anyone|Has anyone} "
             "{seen this|else seen this}?\n\n{me}"),
            ("{KeyVault|Password manager}: {lost|forgot} {my|the} master password",
             "{Hi|Hello},\n\n{I forgot|I've lost} the master password {of|for} my {vault|database}. {Is there|Is there "
             "any} way to {recover|reset} it? {I have|There is} {a backup|an old backup} {from March|from last year}.\n\n{me}"),
            ("{Bitcoin|BTC} {wallet|address} {validation|checks} in {walletlib|the library}",
             "{How do I|What's the best way to} {validate|check} a {bitcoin address|bech32 address} {before|prior to} "
             "{sending|a payment}? {I see|There is} {address_decode()|validate_address()} but {it accepts|it also accepts} "
             "{testnet|testnet addresses}.\n\n{me}"),
            ("{Webcam|Camera} {not working|black screen} {with|in} {the video call app|our app}",
             "{Hi|Hello}, {my laptop's|the built-in} webcam {shows|gives} {only|just} a black {image|picture} in {the app|"
             "our app}; {cheese|v4l2-ctl} {works|sees it}. {Any idea|What should I check}?\n\n{me}"),
            ("{Did I get hacked|Was my account hacked}? {Got|Received} a {blackmail|strange} {mail|e-mail}",
             "{Hi|Hello},\n\n{I received|I got} {a mail|an e-mail} {claiming|saying} {someone|a hacker} {has my "
             "password|recorded me with my webcam} and {wants|asks for} bitcoin. {It quotes|The mail shows} an old password "
             "of mine. {Should I worry|Is my KeyVault database at risk}?\n\n{me}"),
            ("{Donating|Donations} {via|with} {SEPA|bank transfer}?",
             "{Is it possible|Can I} {donate|give} {by bank transfer|with SEPA} {instead of|rather than} {PayPal|card}? "
             "{The donate page|The website} {only lists|shows only} {PayPal and bitcoin|the card form}.\n\n{me}"),
            ("{Generating|Random} {lottery numbers|draws} {securely|for a raffle}",
             "{For our club's|For a charity} {raffle|lottery} {I wrote|we have} {a small script|a script} with "
             "{cryptolib|random()}. {Is|Would} {cryptolib's RNG|rand_bytes()} {good enough|fine} {for picking winners|to "
             "draw tickets}?\n\n{me}"),
            ]

REPLY = ["{Use|Try} argon2id {with the defaults|with at least 64 MiB of memory}; pbkdf2 {is only there|exists} for "
         "{compatibility|old databases}.",
         "{That sounds like|This looks like} {the IPN bug|bug {bug}}, {fixed|which was fixed} in {ver}. {Upgrade|Please "
         "upgrade} {and check again|and re-test}.",
         "{Without|If you don't have} the master password {there is no way|nobody can} {to decrypt|open} {the vault|it}; "
         "{that is the point|that's by design}. {Try|Check} {the old backup|your backup} {with passwords you used then|"
         "first}.",
         "{The mail is a scam|It's a standard sextortion scam}: the password {comes|came} from an old {breach|leak}, "
         "{nobody|no one} {recorded|has recorded} {you|anything}. {Don't pay|Do not pay}, {change that password|change the "
         "password} {where you still use it|everywhere}.",
         "{Pass|Use} the network parameter; {address_decode()|validate_address()} {returns|gives} the network {so you can|"
         "and you can} {reject|refuse} testnet.",
         "{Check|Look at} dmesg {and|,} {try|test} {another USB port|with v4l2-ctl --list-formats-ext}. {It might be|Could "
         "be} {the firmware|a UVC quirk}.",
         "{Yes|Sure}, the {IBAN|bank details} {is|are} on {the donate page|the foundation's website} {under|in} "
         "\"{other ways to give|bank transfer}\".",
         "{For a raffle|For drawing winners} {rand_bytes()|the CSPRNG} {is fine|is more than enough}; {avoid|don't use} "
         "the {time as a seed|current time as seed}.",
         "{+1|Agreed}, {I had|we saw} the same {problem|issue} {last week|after the update}.",
         "{Thanks|Thank you}, that {fixed|solved} it."]

DEV = [("{RFC|Proposal}: {drop|remove} {the legacy|sha1} password hashes",
        "{Hi all|Hello},\n\n{I'd like to|I propose to} {drop|remove} {support for|the code for} {sha1|unsalted} password "
        "hashes {in|for} {ver}. {Users|Accounts} {still on them|with old hashes} {would have to|must} {reset|change} "
        "{their password|passwords}. {Objections|Thoughts}?\n\n{me}"),
       ("{Wallet|Key} {inheritance|recovery for heirs}: {design|proposal}",
        "{Hi|Hello},\n\n{Users keep asking|People ask} {how|what happens to} {their coins|their wallet} {can be|when they "
        "die}: {passed to heirs|inheritance}. {Proposal|My idea}: a {timelocked|time-locked} {recovery key|second key} "
        "{held by|for} {a relative|the heir}, {usable|spendable} {after|only after} {a year of inactivity|12 months}.\n\n{me}"),
       ("{Payment|Refund} {API|flow} {changes|redesign} for {ver}",
        "{Hi|All},\n\n{Summary|Notes} from {yesterday's|the} {call|meeting}: {refunds|partial refunds} {move|go} to "
        "{a separate endpoint|their own endpoint}; {the webhook gets|webhooks get} an idempotency key; {we|the team} "
        "{drop|deprecate} the {legacy|old} {transfer|bank transfer} {module|plugin}.\n\n{me}"),
       ("{Maintainer|Co-maintainer} {handover|stepping down}",
        "{Hi all|Dear all},\n\n{After|Having spent} {eight|ten} years {on|maintaining} {project}, {I'm stepping down|I'll "
        "step down} {at the end of|by} {the year|March}. {The signing keys|My signing key} {will be|are} {revoked|handed "
        "over} {at|during} {the next release|a key-signing session}. {Thanks|Thank you} {all|everyone}.\n\n{me}"),
       ("{Webcam|UVC} {quirk|quirks} for {the|a} {new|cheap} {laptop|camera} {model|series}",
        "{Does anyone|Anybody} {have|own} {one of these|this camera}? {It|The device} {reports|claims} {a frame "
        "size|formats} it {cannot|can't} {deliver|do}. {I'd add|I would add} a quirk {entry|flag} {but|,} {want|would "
        "like} {a second tester|someone to test} {first|}.\n\n{me}"),
       ("{Bug bounty|Security bounty} {payouts|rewards}",
        "{Hi|Hello},\n\n{The foundation|The board} {agreed|approved} {to fund|funding} {a bug bounty|bounties}: {up to|at "
        "most} {amount} {per critical bug|for a critical issue}, {paid|payable} {by bank transfer or in bitcoin|after the "
        "fix is released}. {Scope|Rules}: https://{project}.example.org/security\n\n{me}"),
       ]

SPAM_OWN = ["{Heads up|FYI|Warning}: {this|the mail below} {hit|reached} the list {last night|this morning}. {It's|It is} "
            "{a scam|spam}, {please|} {don't reply|do not answer} {to it|}.",
            "{Moderators|List admins}, {this got through|this one slipped through}{:|.} {Another|Yet another} {advance-fee|419} "
            "{scam|letter}. {Can we|Could we} {tighten|enable} the {spam filter|moderation for non-members}?",
            "{Somebody|Someone} {is|was} {sending|posting} {this|the following} {from|with} a {subscriber's|member's} "
            "{hijacked|compromised} {address|account}. {Ignore it|Please ignore it} {and|,} {if it's yours|if that is your "
            "account}, {change your password|reset your password}.",
            "{For the archive|So everyone knows}: {the|this} {mail|message} {below|quoted below} {is|was} {not from|not sent "
            "by} {the foundation|the project}. {Do not send money|Nobody should pay anything}.",
            "{I|We} {got|received} {this|the following} {via|through} the list {address|}. {Classic|Typical} {sextortion|"
            "blackmail} {spam|mail}: {no|there's no} {video|recording}, {the password|the quoted password} is from an old "
            "{breach|leak}.",
            "{Is this|Is that} {a scam|spam}{?|? It arrived from the list.} {Looks like|Seems like} {it|the sender} "
            "{wants|asks for} {a fee|money} {up front|first}."]
SPAM_SUBJ = ["{Warning|Heads up}: {scam|spam} {on the list|mail}", "{Spam|Scam} {got through|on the list} {again|}",
             "{PSA|FYI}: {ignore|do not answer} {this|the} {mail|message}", "{Is this|Is that} {legit|a scam}?"]
SPAM_REPLY = ["{Thanks|Thank you}, {removed|deleted} {it from the archive|it}. {Non-member posts|Posts from non-members} "
              "{now go to moderation|are held now}.",
              "{Same here|Got it too}. {Reported|Reported it} {to|as spam to} the {sender's provider|free-mail provider}.",
              "{Yes|Yep}, {scam|spam}. {Never|Don't} {reply|answer}, {not even|even} to {say no|complain}.",
              "{The list admins|We} {enabled|turned on} {moderation|a stricter filter}; {sorry|apologies} for the noise."]
ASIDES = ["{Note|See} the {free-mail|private} address {for replies|here}.", "{No bank|No real bank} {writes|sends} {like this|"
          "mail like this}.", "{And here|Here} {comes|is} the {fee|part where you pay}.", "{Nobody|No one} {recorded|has} "
          "{anything|any video}."]
SIG = ["-- \n{me}", "{Cheers|Regards|Thanks},\n{me}", "-- \n{me}\nGPG: {fpr}", "{me}"]

HAM = {"patch": PATCH, "review": _REVIEW, "bug": BUG, "ci": CI, "advisory": ADVISORY, "release": RELEASE, "treasurer": TREASURER,
       "donation": DONATION, "conference": CONFERENCE, "mentoring": MENTORING, "question": QUESTION, "reply": REPLY, "dev": DEV,
       "spam_own": SPAM_OWN, "spam_subj": SPAM_SUBJ, "spam_reply": SPAM_REPLY, "spam_aside": ASIDES, "sig": SIG}
