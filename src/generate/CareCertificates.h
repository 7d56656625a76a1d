// CareCertificates: the small set of certificates (Dutch "deelcertificaten") a synthetic region
// uses, shared by the visits that require them and the caregivers who hold them.
//
// They are the reserved and risky acts that home care splits off from a caregiver's level: a
// level-3 carer may give injections only with the injection certificate. The enum's values are the
// indices into ProblemData::certificate_names.
#pragma once

#include <string>
#include <vector>

namespace carecrowd::generate {

enum Certificate : int { injection = 0, catheter = 1, tube_feeding = 2, wound_care = 3, medication = 4 };

inline std::vector<std::string> certificate_names() {
  return {"injection", "catheter", "tube-feeding", "wound-care", "medication"};
}

}  // namespace carecrowd::generate
