"""Traffic text for the cases: realistic sextortion / scam messages and benign
look-alikes. Each phrase constant is what one signature of sigs.PACK matches."""

# Phrases, one per signature (see sigs.PACK).
P_WEBCAM = "I recorded you through your webcam"                 # 2100001
P_PAY_BTC = "pay me 0.15 BTC"                                   # 2100002
P_RU_VIDEO = "Я ОТПРАВЛЮ это видео всем твоим контактам"        # 2100003 (caseless Cyrillic)
P_RETURNS = "Guaranteed returns of 40% every month"             # 2100004
P_RU_BTC = "Переведите 0,05 биткоина"                           # 2100005
P_DEADLINE = "You have 48 hours"                                # 2100006
P_HACKED = "I have hacked your phone"                           # 2100008, with a bitcoin address
BTC_ADDRESS = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"      # 2100008
P_WALLET = "verify your wallet"                                 # 2100009

SEXTORTION_EMAIL = (
    "From: \"Security Department\" <noreply@mail-secure.example>\r\n"
    "To: <victim@example.org>\r\n"
    "Subject: Your account has been compromised\r\n"
    "\r\n"
    "Hello!\r\n"
    "\r\n"
    "I have hacked your computer a few months ago and since then I have been\r\n"
    "watching you. Unfortunately " + P_WEBCAM + " while you were\r\n"
    "visiting adult websites. I also have the list of all your contacts.\r\n"
    "\r\n"
    "If you do not want this video sent to everyone you know, " + P_PAY_BTC + "\r\n"
    "to my wallet: " + BTC_ADDRESS + "\r\n"
    "\r\n"
    + P_DEADLINE + " from the moment you open this letter.\r\n"
    "Do not reply to this e-mail, it was sent from your own account.\r\n"
)

RUSSIAN_EMAIL = (
    "Привет! Я взломал твой телефон и долго наблюдал за тобой.\r\n"
    "У меня есть запись с твоей камеры. " + P_RU_VIDEO + ",\r\n"
    "если ты не заплатишь. " + P_RU_BTC + " на этот кошелёк до пятницы.\r\n"
    "Не пытайся обратиться в полицию — я сразу узнаю.\r\n"
)

INVESTMENT_PAGE = (
    "<html><head><title>CryptoMax Capital</title></head><body>\r\n"
    "<h1>Join 12,000 happy investors</h1>\r\n"
    "<p>" + P_RETURNS + "! Our trading robot never loses.</p>\r\n"
    "<p>Minimum deposit: 250 USD. Withdraw any time.</p>\r\n"
    "</body></html>\r\n"
)

WALLET_LURE = (
    "Dear customer, due to new regulations you must " + P_WALLET + " within 24 hours "
    "or your funds will be frozen. Click https://wallet-check.example/login"
)

BENIGN_CHAT = (
    "Hi Anna, the meeting moved to 3 pm. I recorded the webcam demo for the team, "
    "the video is on the shared drive. Lunch afterwards?\r\n"
)

LOOKALIKES = [
    "I recorded your webcam settings yesterday, the camera works again.",
    "Can you pay me in bitcoin later? Or pay 0.15 bit coin, whatever is easier.",
    "Я отправлю это видео всем моим контактам, видео с дня рождения получилось отличным!",
    "Our savings account offers guaranteed returns of 5% a year, nothing more.",
    "Переведи деньги маме до вечера, пожалуйста.",
    "Last time you had 48 hours for the assignment; this time 24.",
    "Please verify your email address to finish signing up.",
    "I have hacked your phone's old case into a plant pot, ha! No crypto involved.",
    "Donations welcome: " + BTC_ADDRESS + " (thank you for supporting open source).",
]


def http_post(host, path, body):
    b = body.encode()
    return (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: Mozilla/5.0\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\nContent-Length: {len(b)}\r\n\r\n").encode() + b


def http_get(host, path):
    return f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: Mozilla/5.0\r\nAccept: */*\r\n\r\n".encode()


def http_response(body, status="200 OK", ctype="text/html; charset=utf-8"):
    b = body.encode()
    return (f"HTTP/1.1 {status}\r\nServer: nginx\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(b)}\r\n\r\n").encode() + b
