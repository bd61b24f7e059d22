#pragma once
// Text the generator puts on the wire: ordinary web pages and mail, and the
// blackmail / scam content a share of flows carries (English and Russian
// sextortion mails with bitcoin addresses, fake shop and crypto-giveaway
// pages, scam domains). Everything comes from the caller's Prng, so the same
// seed gives the same bytes. Single thread.
#include <string>
#include <string_view>

#include "prng.h"

namespace tapwatch::gen {

// English-looking prose of about `bytes` bytes, CRLF-separated paragraphs.
std::string prose(Prng& rng, size_t bytes);
// An HTML page of about `bytes` bytes.
std::string htmlPage(Prng& rng, size_t bytes);
// A fake shop or crypto giveaway page naming `domain` and a bitcoin address.
std::string scamShopPage(Prng& rng, std::string_view domain, std::string_view btc);

struct MailText {
  std::string subject;  // UTF-8, unencoded
  std::string body;     // UTF-8, CRLF line ends
};
MailText benignMail(Prng& rng);
MailText sextortionMailEnglish(Prng& rng, std::string_view btc);
MailText sextortionMailRussian(Prng& rng, std::string_view btc);

// A P2PKH/P2SH-looking base58 or bech32-looking address (not checksummed).
std::string bitcoinAddress(Prng& rng);

std::string benignHost(Prng& rng);
std::string scamDomain(Prng& rng);
std::string urlPath(Prng& rng);
std::string_view userAgent(Prng& rng);
std::string personName(Prng& rng);  // "jane.doe" style local part

}  // namespace tapwatch::gen
