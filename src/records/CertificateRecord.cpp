#include "records/CertificateRecord.h"

namespace carecrowd::records {

std::vector<domain::CertificateType> certificate_catalogue(store::Transaction& tx) {
  std::vector<domain::CertificateType> out;
  for (const auto& r : tx.query("SELECT code, name_nl, name_en, reserved, valid_months, description FROM certificate_type "
                                "ORDER BY code")) {
    out.push_back({r.text(0), r.text(1), r.text(2), r.i64(3) != 0, static_cast<int>(r.i64(4)), r.text(5)});
  }
  return out;
}

std::vector<std::string> certificate_codes(store::Transaction& tx) {
  std::vector<std::string> out;
  for (const auto& r : tx.query("SELECT code FROM certificate_type ORDER BY code")) out.push_back(r.text(0));
  return out;
}

}  // namespace carecrowd::records
