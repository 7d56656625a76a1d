// CertificateProspects: what getting a certificate would unlock for a caregiver. For each
// certificate of the catalog they do not hold verified and valid, the tasks that need it and that
// it alone stands between them and: every other certificate such a task needs they already hold,
// verified and valid on the task's day (Eligibility's rule). A task needing two certificates they
// lack counts for neither: one certificate would not unlock it.
//
// Which tasks are offered here (open, near, in their organisations, at their level) is the
// caller's choice; this counts them.
//
// Thread safety: a pure function.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/CivilTime.h"
#include "market/Eligibility.h"

namespace carecrowd::market {

struct ProspectTask {
  DayNumber day = 0;
  std::vector<std::string> certificates;  // what the task needs
  int duration_minutes = 0;
  std::int64_t pay_cents = 0;
};

struct Prospect {
  std::string code;
  int tasks = 0;
  std::int64_t minutes = 0;
  std::int64_t pay_cents = 0;
};

// One entry per code of `catalog` not held valid on `today` (with zero tasks when nothing needs
// it), most minutes first, then by code.
std::vector<Prospect> certificate_prospects(const std::vector<std::string>& catalog,
                                            const std::vector<HeldCertificate>& held, DayNumber today,
                                            const std::vector<ProspectTask>& tasks);

}  // namespace carecrowd::market
