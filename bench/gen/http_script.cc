// HTTP/1.1 keep-alive sessions: GET (and some form POSTs) answered by HTML in
// every framing a parser must handle (Content-Length, chunked, gzip, gzip +
// chunked) and by opaque images. A scam flow serves one fake shop / crypto
// giveaway page from a scam host, in a random framing.
#include "corpus.h"
#include "encoders.h"
#include "flow_script.h"

namespace tapwatch::gen {
namespace {

enum class Framing : uint8_t { Identity, Gzip, Chunked, GzipChunked };

std::string_view framingName(Framing f) {
  switch (f) {
    case Framing::Identity: return "identity";
    case Framing::Gzip: return "gzip";
    case Framing::Chunked: return "chunked";
    case Framing::GzipChunked: return "gzip chunked";
  }
  return "?";
}

Message request(Prng& rng, const std::string& host, bool post) {
  Message m;
  m.to_server = true;
  std::string body;
  if (post) body = "user=" + personName(rng) + "&comment=" + std::to_string(rng.below(100000)) + "+hello+world";
  m.bytes = std::string(post ? "POST " : "GET ") + urlPath(rng) + " HTTP/1.1\r\nHost: " + host +
            "\r\nUser-Agent: " + std::string(userAgent(rng)) +
            "\r\nAccept: text/html,application/xhtml+xml,*/*;q=0.8\r\nAccept-Language: en-US,en;q=0.5"
            "\r\nAccept-Encoding: gzip, deflate\r\nConnection: keep-alive\r\n";
  if (post)
    m.bytes += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + std::to_string(body.size()) +
               "\r\n";
  m.bytes += "\r\n" + body;
  return m;
}

Message htmlResponse(Prng& rng, const std::string& html, Framing framing) {
  Message m;
  m.to_server = false;
  std::string body = (framing == Framing::Gzip || framing == Framing::GzipChunked) ? gzip(html) : html;
  m.bytes = "HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nDate: Mon, 01 Jan 2024 12:00:00 GMT\r\n"
            "Content-Type: text/html; charset=utf-8\r\nConnection: keep-alive\r\n";
  if (framing == Framing::Gzip || framing == Framing::GzipChunked) m.bytes += "Content-Encoding: gzip\r\n";
  if (framing == Framing::Chunked || framing == Framing::GzipChunked) {
    m.bytes += "Transfer-Encoding: chunked\r\n\r\n" + chunked(body, rng);
  } else {
    m.bytes += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  }
  return m;
}

Message imageResponse(Prng& rng) {
  Message m;
  m.to_server = false;
  m.filler = rng.logUniform(2000, 400000);
  m.bytes = "HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nContent-Type: image/jpeg\r\nCache-Control: max-age=86400\r\n"
            "Content-Length: " +
            std::to_string(m.filler) + "\r\n\r\n";
  return m;
}

Framing randomFraming(Prng& rng) { return static_cast<Framing>(rng.below(4)); }

}  // namespace

FlowScript httpScript(Prng& rng, ScamKind scam) {
  FlowScript s;
  s.kind = FlowKind::Http;
  s.scam = scam;
  s.server_port = rng.chance(0.85) ? 80 : 8080;
  const size_t transactions = rng.range(1, 4);
  const size_t scam_at = scam == ScamKind::ScamShop ? rng.below(transactions) : transactions;
  const std::string host = scam == ScamKind::ScamShop ? scamDomain(rng) : benignHost(rng);
  for (size_t t = 0; t < transactions; ++t) {
    if (t == scam_at) {
      const Framing framing = randomFraming(rng);
      s.domain = host;
      s.btc = bitcoinAddress(rng);
      s.encoding = "http " + std::string(framingName(framing));
      s.messages.push_back(request(rng, host, false));
      s.messages.push_back(htmlResponse(rng, scamShopPage(rng, host, s.btc), framing));
      continue;
    }
    s.messages.push_back(request(rng, host, rng.chance(0.08)));
    if (rng.chance(0.35)) s.messages.push_back(imageResponse(rng));
    else s.messages.push_back(htmlResponse(rng, htmlPage(rng, rng.logUniform(1500, 120000)), randomFraming(rng)));
  }
  return s;
}

}  // namespace tapwatch::gen
