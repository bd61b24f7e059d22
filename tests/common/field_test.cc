// The field catalogue: the names signatures and metrics use must map back to
// the same field, and each field sits in the scope its condition is judged in.
#include "common/field.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace tapwatch {
namespace {

TEST(FieldCatalogue, ListsEveryFieldOnceInEnumOrder) {
  const auto& fields = allFields();
  ASSERT_EQ(fields.size(), kFieldCount);
  for (size_t i = 0; i < fields.size(); ++i) {
    EXPECT_EQ(static_cast<size_t>(fields[i].field), i) << fields[i].name;
    EXPECT_EQ(&fieldInfo(fields[i].field), &fields[i]) << fields[i].name;
  }
}

TEST(FieldCatalogue, EveryNameRoundTripsThroughFieldFromName) {
  std::set<std::string_view> seen;
  for (const FieldInfo& info : allFields()) {
    EXPECT_FALSE(info.name.empty());
    EXPECT_TRUE(seen.insert(info.name).second) << "duplicate name " << info.name;
    EXPECT_EQ(fieldName(info.field), info.name);
    const auto back = fieldFromName(info.name);
    ASSERT_TRUE(back.has_value()) << info.name;
    EXPECT_EQ(*back, info.field) << info.name;
  }
}

TEST(FieldCatalogue, SignatureNamesMapToTheirFields) {
  EXPECT_EQ(fieldFromName("stream"), Field::Payload);
  EXPECT_EQ(fieldFromName("http.uri"), Field::HttpUri);
  EXPECT_EQ(fieldFromName("http.response_body"), Field::HttpResponseBody);
  EXPECT_EQ(fieldFromName("smtp.subject"), Field::SmtpSubject);
  EXPECT_EQ(fieldFromName("dns.query"), Field::DnsQuery);
  EXPECT_EQ(fieldFromName("tls.sni"), Field::TlsSni);
}

TEST(FieldCatalogue, UnknownNamesAreRejected) {
  for (std::string_view name :
       {"", "http", "http.", "http.url", "http.uri ", " http.uri", "dns", "tls.sni.x", "smtp_body", "Count"}) {
    EXPECT_FALSE(fieldFromName(name).has_value()) << "'" << name << "'";
  }
}

TEST(FieldCatalogue, NameIsMatchedOnItsLengthNotItsTerminator) {
  // A string_view into a longer buffer must not match past its end.
  const std::string text = "http.uri_and_more";
  EXPECT_EQ(fieldFromName(std::string_view(text).substr(0, 8)), Field::HttpUri);
  EXPECT_FALSE(fieldFromName(std::string_view(text).substr(0, 7)).has_value());
}

TEST(FieldCatalogue, FieldsBelongToTheirProtocolScope) {
  for (const FieldInfo& info : allFields()) {
    const std::string name(info.name);
    Scope expected = Scope::Flow;
    if (name.starts_with("http.")) expected = Scope::HttpTransaction;
    else if (name.starts_with("smtp.")) expected = Scope::SmtpMessage;
    else if (name.starts_with("dns.")) expected = Scope::DnsQuery;
    else if (name.starts_with("tls.") || name.starts_with("quic.")) expected = Scope::TlsHandshake;
    else {
      EXPECT_TRUE(name == "stream" || name == "ip.src" || name == "ip.dst") << name;
    }
    EXPECT_EQ(info.scope, expected) << name;
  }
}

TEST(FieldCatalogue, PiecewiseFieldsAreStreamScannedAndSubjectIsTheOneWholeFieldThatIs) {
  for (const FieldInfo& info : allFields()) {
    if (info.piecewise) {
      EXPECT_TRUE(info.hs_streaming) << info.name;
    }
    const bool whole_but_streamed = !info.piecewise && info.hs_streaming;
    EXPECT_EQ(whole_but_streamed, info.field == Field::SmtpSubject) << info.name;
  }
  EXPECT_TRUE(fieldInfo(Field::Payload).piecewise);
  EXPECT_TRUE(fieldInfo(Field::SmtpBody).piecewise);
  EXPECT_FALSE(fieldInfo(Field::DnsQuery).piecewise);
}

TEST(FieldCatalogue, ResponseFieldsTravelToTheClient) {
  for (const FieldInfo& info : allFields()) {
    const std::string name(info.name);
    const bool response = name.starts_with("http.response_") || name == "http.stat_code" || name == "http.stat_msg" ||
                          name == "http.set_cookie" || name == "http.server" || name == "http.location" ||
                          name == "dns.answer" || name.starts_with("tls.cert_") || name == "tls.certs" ||
                          name == "tls.ja3s" || name == "tls.version";
    EXPECT_EQ(info.direction, response ? Direction::ToClient : Direction::ToServer) << name;
  }
}

TEST(ScopeName, EveryScopeHasItsOwnReadableName) {
  EXPECT_EQ(scopeName(Scope::Flow), "flow");
  EXPECT_EQ(scopeName(Scope::HttpTransaction), "http transaction");
  EXPECT_EQ(scopeName(Scope::SmtpMessage), "smtp message");
  EXPECT_EQ(scopeName(Scope::DnsQuery), "dns query");
  EXPECT_EQ(scopeName(Scope::TlsHandshake), "tls handshake");
}

}  // namespace
}  // namespace tapwatch
