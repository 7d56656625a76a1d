// CertificateType: one entry of the platform's certificate catalogue (store migration 0007): a
// certificate ("deelcertificaat") for a reserved or risky act that home care splits off from a
// caregiver's level. Care tasks ask for certificates by code; a caregiver holds them (verified,
// with an expiry) and the admission rule judges by them (market/Eligibility.h).
#pragma once

#include <string>

namespace carecrowd::domain {

struct CertificateType {
  std::string code;      // as care tasks and caregivers' certificates store it: "injection"
  std::string name_nl;   // "Injecteren"
  std::string name_en;   // "Injections"
  bool reserved = false; // a reserved procedure under the Wet BIG (art. 36): also needs an order
  int valid_months = 0;  // how long it counts before it must be renewed
  std::string description;  // what it covers, in Dutch
};

}  // namespace carecrowd::domain
