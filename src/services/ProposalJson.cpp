#include "services/ProposalJson.h"

#include <string>

#include "market/Eligibility.h"

namespace carecrowd::services {

nlohmann::json caregiver_proposal_json(const CaregiverProposal& proposal) {
  const records::ProposalRecord& p = proposal.offered.proposal;
  const records::TaskRecord& t = proposal.offered.task;
  nlohmann::json task = proposal_task_json(t);
  task["level"] = t.level;
  task["certificates"] = market::split_certificates(t.certificates);
  task["mode"] = t.mode;
  task["pay_cents"] = t.pay_cents;
  task["area"] = t.area;
  return {{"id", p.id},
          {"plan_id", p.plan_id},
          {"planned_start", format_local_time(p.planned_start)},
          {"deadline", format_local_time(p.deadline)},
          {"status", std::string(to_string(proposal.status))},
          {"task", task},
          {"organisation", {{"id", t.organisation_id}, {"name", proposal.offered.organisation}}}};
}

nlohmann::json proposal_task_json(const records::TaskRecord& t) {
  return {{"id", t.id},
          {"day", format_date(t.day)},
          {"type", t.task_type},
          {"window", {{"start", format_local_time(t.window_start)}, {"end", format_local_time(t.window_end)}}},
          {"duration_minutes", t.duration}};
}

}  // namespace carecrowd::services
