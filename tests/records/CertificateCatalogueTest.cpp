// The certificate catalogue as stored (store migration 0007) is the one list of certificates: what
// the synthetic regions' generator deals out must be in it, since a generated region's visits and
// caregivers are judged against it once they are imported into the platform.
#include <algorithm>

#include "RecordWorld.h"
#include "generate/CareCertificates.h"
#include "records/CertificateRecord.h"

namespace carecrowd::records {
namespace {

class CertificateCatalogueTest : public RecordWorld {};

TEST_F(CertificateCatalogueTest, EveryCertificateTheGeneratorDealsIsInTheStoredCatalogue) {
  const auto codes = db_->read([](store::Transaction& tx) { return certificate_codes(tx); });
  ASSERT_FALSE(codes.empty());
  for (const auto& name : generate::certificate_names()) {
    EXPECT_NE(std::find(codes.begin(), codes.end(), name), codes.end()) << name << " is not in the catalogue";
  }
}

TEST_F(CertificateCatalogueTest, EachEntryHasItsNamesAndAPeriodOfValidity) {
  const auto catalogue = db_->read([](store::Transaction& tx) { return certificate_catalogue(tx); });
  ASSERT_FALSE(catalogue.empty());
  for (const auto& c : catalogue) {
    EXPECT_FALSE(c.name_nl.empty()) << c.code;
    EXPECT_FALSE(c.name_en.empty()) << c.code;
    EXPECT_GT(c.valid_months, 0) << c.code;
  }
  // The reserved procedures of the Wet BIG among them are marked.
  const auto injection = std::find_if(catalogue.begin(), catalogue.end(), [](const auto& c) { return c.code == "injection"; });
  ASSERT_NE(injection, catalogue.end());
  EXPECT_TRUE(injection->reserved);
}

}  // namespace
}  // namespace carecrowd::records
