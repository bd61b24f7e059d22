// TLS sessions: a real ClientHello with SNI, ALPN and the usual extensions,
// a ServerHello, then opaque records (handshake ciphertext, application data)
// generated lazily. Scam flows name a scam domain in the SNI.
#include "corpus.h"
#include "flow_script.h"

namespace tapwatch::gen {
namespace {

void put8(std::string& s, unsigned v) { s.push_back(static_cast<char>(v)); }
void put16(std::string& s, unsigned v) {
  put8(s, (v >> 8) & 0xff);
  put8(s, v & 0xff);
}
void put24(std::string& s, unsigned v) {
  put8(s, (v >> 16) & 0xff);
  put16(s, v & 0xffff);
}
void randomBytes(Prng& rng, std::string& s, size_t n) {
  const size_t at = s.size();
  s.resize(at + n);
  rng.fill(reinterpret_cast<uint8_t*>(s.data() + at), n);
}

std::string extension(unsigned type, const std::string& body) {
  std::string e;
  put16(e, type);
  put16(e, static_cast<unsigned>(body.size()));
  return e + body;
}

std::string record(unsigned content_type, unsigned version, const std::string& body) {
  std::string r;
  put8(r, content_type);
  put16(r, version);
  put16(r, static_cast<unsigned>(body.size()));
  return r + body;
}

std::string clientHello(Prng& rng, const std::string& sni) {
  static constexpr unsigned kSuites[] = {0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8};
  std::string exts;
  std::string sn;
  put16(sn, static_cast<unsigned>(sni.size() + 3));
  put8(sn, 0);
  put16(sn, static_cast<unsigned>(sni.size()));
  sn += sni;
  exts += extension(0x0000, sn);
  exts += extension(0x0017, "");                                                  // extended master secret
  exts += extension(0xff01, std::string(1, '\0'));                                // renegotiation info
  exts += extension(0x000a, std::string("\x00\x06\x00\x1d\x00\x17\x00\x18", 8));  // groups
  exts += extension(0x000b, std::string("\x01\x00", 2));                          // point formats
  exts += extension(0x0010, std::string("\x00\x0c\x02h2\x08http/1.1", 14));       // ALPN
  std::string ks;
  put16(ks, 36), put16(ks, 0x001d), put16(ks, 32);
  randomBytes(rng, ks, 32);
  exts += extension(0x0033, ks);                                                           // key share x25519
  exts += extension(0x002b, std::string("\x04\x03\x04\x03\x03", 5));                       // supported versions
  exts += extension(0x000d, std::string("\x00\x08\x04\x03\x08\x04\x04\x01\x05\x03", 10));  // sig algs

  std::string hello;
  put16(hello, 0x0303);
  randomBytes(rng, hello, 32);
  put8(hello, 32);
  randomBytes(rng, hello, 32);
  put16(hello, static_cast<unsigned>(std::size(kSuites) * 2));
  for (unsigned suite : kSuites) put16(hello, suite);
  put8(hello, 1), put8(hello, 0);
  put16(hello, static_cast<unsigned>(exts.size()));
  hello += exts;

  std::string hs;
  put8(hs, 1);
  put24(hs, static_cast<unsigned>(hello.size()));
  return record(0x16, 0x0301, hs + hello);
}

std::string serverHello(Prng& rng) {
  std::string exts;
  exts += extension(0x002b, std::string("\x03\x04", 2));
  std::string ks;
  put16(ks, 0x001d), put16(ks, 32);
  randomBytes(rng, ks, 32);
  exts += extension(0x0033, ks);
  std::string hello;
  put16(hello, 0x0303);
  randomBytes(rng, hello, 32);
  put8(hello, 32);
  randomBytes(rng, hello, 32);
  put16(hello, 0x1301);
  put8(hello, 0);
  put16(hello, static_cast<unsigned>(exts.size()));
  hello += exts;
  std::string hs;
  put8(hs, 2);
  put24(hs, static_cast<unsigned>(hello.size()));
  return record(0x16, 0x0303, hs + hello) + record(0x14, 0x0303, std::string(1, '\x01'));
}

Message opaque(bool to_server, std::string prefix, uint64_t filler) {
  return Message{to_server, std::move(prefix), tlsFillerSize(filler), FillerKind::TlsRecords};
}

}  // namespace

FlowScript tlsScript(Prng& rng, ScamKind scam) {
  FlowScript s;
  s.kind = FlowKind::Tls;
  s.scam = scam;
  s.server_port = 443;
  const std::string sni = scam == ScamKind::ScamSni ? scamDomain(rng) : benignHost(rng);
  if (scam == ScamKind::ScamSni) {
    s.domain = sni;
    s.encoding = "tls sni";
  }
  s.messages.push_back(Message{true, clientHello(rng, sni), 0, FillerKind::Random});
  s.messages.push_back(opaque(false, serverHello(rng), rng.range(2500, 6000)));  // certificate etc.
  s.messages.push_back(opaque(true, std::string("\x14\x03\x03\x00\x01\x01", 6), rng.range(60, 120)));
  const size_t exchanges = rng.range(1, 5);
  for (size_t i = 0; i < exchanges; ++i) {
    s.messages.push_back(opaque(true, "", rng.range(100, 1500)));
    s.messages.push_back(opaque(false, "", rng.logUniform(300, 300000)));
  }
  return s;
}

}  // namespace tapwatch::gen
