#include "market/CertificateProspects.h"

#include <algorithm>
#include <map>

namespace carecrowd::market {
namespace {

bool holds_valid(const std::vector<HeldCertificate>& held, const std::string& code, DayNumber day) {
  return std::any_of(held.begin(), held.end(),
                     [&](const HeldCertificate& c) { return c.code == code && certificate_valid(c, day); });
}

}  // namespace

std::vector<Prospect> certificate_prospects(const std::vector<std::string>& catalog,
                                            const std::vector<HeldCertificate>& held, DayNumber today,
                                            const std::vector<ProspectTask>& tasks) {
  std::vector<Prospect> out;
  std::map<std::string, std::size_t> missing;  // code -> its entry
  for (const auto& code : catalog) {
    if (holds_valid(held, code, today) || missing.count(code)) continue;
    missing.emplace(code, out.size());
    out.push_back(Prospect{code});
  }
  for (const auto& task : tasks) {
    const std::string* lacking = nullptr;
    int lacked = 0;
    for (const auto& code : task.certificates) {
      if (holds_valid(held, code, task.day)) continue;
      lacking = &code;
      ++lacked;
    }
    // Unlocked by one certificate only when it is the only one lacking (and one this caregiver
    // could get: held valid today but expired by the task's day is a renewal, not a prospect).
    if (lacked != 1) continue;
    const auto entry = missing.find(*lacking);
    if (entry == missing.end()) continue;
    Prospect& p = out[entry->second];
    ++p.tasks;
    p.minutes += task.duration_minutes;
    p.pay_cents += task.pay_cents;
  }
  std::stable_sort(out.begin(), out.end(), [](const Prospect& a, const Prospect& b) {
    if (a.minutes != b.minutes) return a.minutes > b.minutes;
    return a.code < b.code;
  });
  return out;
}

}  // namespace carecrowd::market
