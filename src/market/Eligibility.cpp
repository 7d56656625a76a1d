#include "market/Eligibility.h"

#include <algorithm>

namespace carecrowd::market {

bool certificate_valid(const HeldCertificate& certificate, DayNumber day) {
  return certificate.verified && day <= certificate.expires;
}

std::optional<Phrase> why_not_eligible(const CaregiverProfile& caregiver, const TaskDemand& task) {
  const auto& orgs = caregiver.organisations;
  if (std::find(orgs.begin(), orgs.end(), task.organisation_id) == orgs.end()) {
    return say("you do not work for this task's organisation");
  }
  // Volunteers do no professional care, whatever level they state.
  const int level = caregiver.kind == CaregiverKind::volunteer ? 0 : caregiver.level;
  if (task.level > level) {
    return say("the task needs level {}, you are level {}", task.level, level);
  }
  for (const auto& code : task.certificates) {
    auto held = std::find_if(caregiver.certificates.begin(), caregiver.certificates.end(),
                             [&](const HeldCertificate& c) { return c.code == code; });
    if (held == caregiver.certificates.end()) return say("the task needs the certificate {}", code);
    if (!held->verified) return say("your certificate {} is not verified yet", code);
    if (!certificate_valid(*held, task.day)) return say("your certificate {} has expired by the task's day", code);
  }
  return std::nullopt;
}

std::vector<std::string> split_certificates(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(',', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace carecrowd::market
