// tls.cert_expired / tls.cert_valid: the certificate's notAfter against the
// flow's capture time, with Suricata's boundary (expired: now > notAfter;
// valid: now <= notAfter) and no match without a certificate.
#include "engine/rule_cert_validity.h"

#include <gtest/gtest.h>

namespace tapwatch {
namespace {

TEST(RuleCertValidity, ParsesTheParsersUtcForm) {
  EXPECT_EQ(parseCertTime("1970-01-01T00:00:00"), 0);
  EXPECT_EQ(parseCertTime("2020-05-26T10:00:00"), 1590487200);
  EXPECT_EQ(parseCertTime("2000-03-01T00:00:01"), 951868801);  // after a leap day
  EXPECT_FALSE(parseCertTime(""));
  EXPECT_FALSE(parseCertTime("2020-13-01T00:00:00"));
  EXPECT_FALSE(parseCertTime("2020-05-26 10:00:00"));
}

TEST(RuleCertValidity, BoundaryIsSuricatas) {
  const std::string_view not_after = "2020-05-26T10:00:00";  // 1590487200
  const Timestamp at{1590487200, 0}, after{1590487201, 0}, before{1590487199, 999999999};
  EXPECT_FALSE(certValidityHolds(RuleCertValidity::Expired, not_after, at));
  EXPECT_TRUE(certValidityHolds(RuleCertValidity::Expired, not_after, after));
  EXPECT_TRUE(certValidityHolds(RuleCertValidity::Valid, not_after, at));
  EXPECT_TRUE(certValidityHolds(RuleCertValidity::Valid, not_after, before));
  EXPECT_FALSE(certValidityHolds(RuleCertValidity::Valid, not_after, after));
}

TEST(RuleCertValidity, NoCertificateNeverMatches) {
  EXPECT_FALSE(certValidityHolds(RuleCertValidity::Expired, "", Timestamp{1590487200, 0}));
  EXPECT_FALSE(certValidityHolds(RuleCertValidity::Valid, "", Timestamp{1590487200, 0}));
  EXPECT_TRUE(certValidityHolds(RuleCertValidity::Any, "", Timestamp{}));
}

}  // namespace
}  // namespace tapwatch
