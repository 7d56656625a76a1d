// CertificateRecord: the certificate catalogue (table certificate_type, store migration 0007), the
// one list of certificate codes the platform knows: arrangements, uploads, the feed and the
// prospects of a missing certificate read it here.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <string>
#include <vector>

#include "domain/CertificateType.h"
#include "store/Database.h"

namespace carecrowd::records {

// The catalogue, by code.
std::vector<domain::CertificateType> certificate_catalogue(store::Transaction& tx);
// Only the codes, by code.
std::vector<std::string> certificate_codes(store::Transaction& tx);

}  // namespace carecrowd::records
