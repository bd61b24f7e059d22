#include "corpus.h"

#include <array>
#include <cstdio>

namespace tapwatch::gen {
namespace {

constexpr std::array<std::string_view, 96> kWords = {
    "the",      "of",        "and",     "to",       "in",         "is",       "you",      "that",     "it",
    "for",      "was",       "on",      "are",      "as",         "with",     "they",     "be",       "at",
    "one",      "have",      "this",    "from",     "by",         "hot",      "word",     "but",      "what",
    "some",     "we",        "can",     "out",      "other",      "were",     "all",      "there",    "when",
    "up",       "use",       "your",    "how",      "said",       "an",       "each",     "she",      "which",
    "do",       "their",     "time",    "report",   "market",     "weather",  "council",  "season",   "update",
    "project",  "library",   "network", "garden",   "recipe",     "travel",   "review",   "service",  "customer",
    "account",  "delivery",  "invoice", "meeting",  "schedule",   "software", "release",  "security", "policy",
    "football", "museum",    "concert", "research", "students",   "hospital", "railway",  "bridge",   "morning",
    "evening",  "weekend",   "holiday", "question", "answer",     "document", "download", "price",    "discount",
    "support",  "community", "history", "science",  "technology", "health"};

constexpr std::array<std::string_view, 12> kBenignDomains = {
    "example.com",        "example.net",       "example.org",      "news.example.com",
    "shop.example.net",   "cdn.example.org",   "mail.example.com", "api.example.net",
    "static.example.com", "video.example.org", "docs.example.com", "intranet.example.net"};

constexpr std::array<std::string_view, 12> kScamDomains = {
    "btc-giveaway-elon.example",       "secure-wallet-verify.example", "cheap-rayban-outlet.example",
    "crypto-double-bonus.test",        "refund-center-btc.test",       "luxury-watches-90off.example",
    "account-unlock-support.test",     "airdrop-claim-now.example",    "pharma-no-prescription.test",
    "investment-profit-daily.example", "lottery-winner-claim.test",    "binance-bonus-event.example"};

constexpr std::array<std::string_view, 6> kUserAgents = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "curl/7.88.1",
    "Debian APT-HTTP/1.3 (2.6.1)"};

constexpr std::array<std::string_view, 10> kFirstNames = {"anna",  "ivan",  "maria", "john", "olga",
                                                          "peter", "sofia", "li",    "amir", "elena"};
constexpr std::array<std::string_view, 8> kLastNames = {"smith",   "petrov", "garcia",   "mueller",
                                                        "ivanova", "chen",   "kowalski", "silva"};

std::string_view word(Prng& rng) { return rng.pick(std::span<const std::string_view>(kWords)); }

std::string sentence(Prng& rng) {
  std::string s;
  const size_t n = rng.range(6, 18);
  for (size_t i = 0; i < n; ++i) {
    if (i) s.push_back(' ');
    s += word(rng);
  }
  if (!s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
  s.push_back('.');
  return s;
}

template <size_t N>
std::string_view oneOf(Prng& rng, const std::array<std::string_view, N>& items) {
  return items[rng.below(N)];
}

std::string amountUsd(Prng& rng) { return std::to_string(rng.range(5, 30) * 100); }

}  // namespace

std::string prose(Prng& rng, size_t bytes) {
  std::string out;
  out.reserve(bytes + 128);
  while (out.size() < bytes) {
    const size_t sentences = rng.range(2, 6);
    for (size_t i = 0; i < sentences; ++i) {
      out += sentence(rng);
      out.push_back(' ');
    }
    out += "\r\n\r\n";
  }
  return out;
}

std::string htmlPage(Prng& rng, size_t bytes) {
  std::string out;
  out.reserve(bytes + 512);
  out += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>";
  out += sentence(rng);
  out += "</title>\n<link rel=\"stylesheet\" href=\"/static/site.css\"><script src=\"/static/app.js\" defer></script>"
         "</head>\n<body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/about\">About</a>"
         "</nav></header>\n<main>\n";
  while (out.size() < bytes) {
    switch (rng.below(4)) {
      case 0: out += "<h2>" + sentence(rng) + "</h2>\n"; break;
      case 1: out += "<ul><li>" + sentence(rng) + "</li><li>" + sentence(rng) + "</li></ul>\n"; break;
      case 2:
        out += "<div class=\"card\"><a href=\"" + urlPath(rng) + "\"><img src=\"/img/" +
               std::to_string(rng.below(100000)) + ".jpg\" alt=\"\"></a></div>\n";
        break;
      default: out += "<p>" + sentence(rng) + ' ' + sentence(rng) + ' ' + sentence(rng) + "</p>\n";
    }
  }
  out += "</main><footer>&copy; 2024 Example Media</footer></body></html>\n";
  return out;
}

std::string scamShopPage(Prng& rng, std::string_view domain, std::string_view btc) {
  std::string body;
  if (rng.chance(0.5)) {
    body += "<h1>OFFICIAL BITCOIN GIVEAWAY - 5,000 BTC</h1>\n<p>To celebrate our launch we are giving away "
            "5,000 BTC! Send from 0.1 BTC to 20 BTC to the address below and receive DOUBLE back instantly. "
            "Only the first 1000 participants!</p>\n<p>Send BTC to: <b>" +
            std::string(btc) + "</b></p>\n<p>Hurry up, offer ends in 30 minutes! Visit https://" + std::string(domain) +
            "/claim to check your transaction.</p>\n";
  } else {
    body += "<h1>Ray-Ban Sunglasses Outlet - Up To 90% OFF!</h1>\n<p>Clearance sale, today only. Authentic "
            "luxury sunglasses and watches at wholesale price. Free shipping worldwide.</p>\n<p>Payment: "
            "bitcoin only, address " +
            std::string(btc) + " - send payment and email the transaction id to orders@" + std::string(domain) +
            "</p>\n";
  }
  std::string page = htmlPage(rng, rng.range(2000, 20000));
  const size_t at = page.find("<main>\n");
  page.insert(at == std::string::npos ? page.size() : at + 7, body);
  return page;
}

MailText benignMail(Prng& rng) {
  MailText m;
  m.subject = sentence(rng);
  m.subject.pop_back();
  m.body = "Hi " + std::string(oneOf(rng, kFirstNames)) + ",\r\n\r\n" + prose(rng, rng.logUniform(300, 30000)) +
           "Best regards,\r\n" + std::string(oneOf(rng, kFirstNames)) + "\r\n";
  return m;
}

MailText sextortionMailEnglish(Prng& rng, std::string_view btc) {
  static constexpr std::array<std::string_view, 4> kSubjects = {
      "Your account is hacked! Change your password", "I know your password",
      "Security alert: your device was compromised", "You have 48 hours to pay"};
  static constexpr std::array<std::string_view, 3> kOpenings = {
      "Hello!\r\n\r\nI have very bad news for you.\r\n", "Hi, this account has been hacked. I know your password.\r\n",
      "Greetings!\r\n\r\nI am a hacker who has access to your operating system.\r\n"};
  MailText m;
  m.subject = std::string(oneOf(rng, kSubjects));
  m.body = std::string(oneOf(rng, kOpenings)) +
           "Some months ago I infected your device with my malware, and got full access to your accounts and "
           "contacts.\r\nI recorded you with your webcam while you were watching adult websites, and I made a "
           "video of you masturbating.\r\n\r\nWith one click I can send this video to all your contacts, friends "
           "and colleagues.\r\n\r\nIf you want to prevent this, transfer $" +
           amountUsd(rng) + " in Bitcoin to my wallet:\r\n\r\n" + std::string(btc) +
           "\r\n\r\nYou have 48 hours from the moment you opened this email. If I do not receive the payment, "
           "I will send the video to everyone.\r\nDo not reply to this email and do not contact the police.\r\n";
  return m;
}

MailText sextortionMailRussian(Prng& rng, std::string_view btc) {
  static constexpr std::array<std::string_view, 3> kSubjects = {"Ваш аккаунт взломан", "Я знаю ваш пароль",
                                                                "Последнее предупреждение"};
  MailText m;
  m.subject = std::string(oneOf(rng, kSubjects));
  m.body = "Здравствуйте!\r\n\r\nУ меня для вас плохие новости. Несколько месяцев назад я взломал ваше "
           "устройство и получил полный доступ к вашему аккаунту.\r\nЯ записал видео с вашей веб-камеры, "
           "где вы смотрите сайты для взрослых.\r\n\r\nЕсли вы не хотите, чтобы это видео увидели все ваши "
           "контакты, переведите " +
           amountUsd(rng) + " долларов в биткоинах на мой кошелек:\r\n\r\n" + std::string(btc) +
           "\r\n\r\nУ вас есть 48 часов. Если я не получу оплату, я отправлю видео всем вашим контактам.\r\n"
           "Не пытайтесь обратиться в полицию.\r\n";
  return m;
}

std::string bitcoinAddress(Prng& rng) {
  static constexpr std::string_view kBase58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static constexpr std::string_view kBech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  std::string a;
  if (rng.chance(0.4)) {
    a = "bc1q";
    for (int i = 0; i < 38; ++i) a.push_back(kBech32[rng.below(kBech32.size())]);
  } else {
    a.push_back(rng.chance(0.7) ? '1' : '3');
    const size_t n = rng.range(25, 33);
    for (size_t i = 0; i < n; ++i) a.push_back(kBase58[rng.below(kBase58.size())]);
  }
  return a;
}

std::string benignHost(Prng& rng) {
  static constexpr std::array<std::string_view, 6> kLabels = {"www", "img", "api", "m", "assets", "login"};
  std::string host;
  if (rng.chance(0.6)) host = std::string(oneOf(rng, kLabels)) + '.';
  if (rng.chance(0.2)) host.append("s").append(std::to_string(rng.below(64))).append(".");
  return host + std::string(oneOf(rng, kBenignDomains));
}

std::string scamDomain(Prng& rng) {
  std::string d(oneOf(rng, kScamDomains));
  return rng.chance(0.3) ? "www." + d : d;
}

std::string urlPath(Prng& rng) {
  std::string p;
  const size_t depth = rng.range(1, 4);
  for (size_t i = 0; i < depth; ++i) {
    p.push_back('/');
    p += word(rng);
  }
  if (rng.chance(0.4)) p += ".html";
  if (rng.chance(0.3)) p += "?id=" + std::to_string(rng.below(1000000)) + "&ref=" + std::string(word(rng));
  return p;
}

std::string_view userAgent(Prng& rng) { return oneOf(rng, kUserAgents); }

std::string personName(Prng& rng) {
  return std::string(oneOf(rng, kFirstNames)) + '.' + std::string(oneOf(rng, kLastNames));
}

}  // namespace tapwatch::gen
