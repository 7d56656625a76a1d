#include "services/PlanSummary.h"

#include <nlohmann/json.hpp>

namespace carecrowd::services {

using Json = nlohmann::json;

std::int64_t PlanSummary::handed_out(records::ProposalStatus status) const {
  const auto found = proposals.find(status);
  return found == proposals.end() ? 0 : found->second;
}

std::string stored_plan_summary(const PlanSummary& s) {
  Json unplanned = Json::array();
  for (const auto& u : s.unplanned) {
    unplanned.push_back({{"task_id", u.task_id}, {"reason", std::string(domain::to_string(u.reason))}, {"detail", u.detail}});
  }
  Json failures = Json::array();
  for (const auto& f : s.failures) {
    failures.push_back({{"task_id", f.task_id}, {"caregiver_id", f.caregiver_id}, {"reason", f.reason}});
  }
  Json proposals = Json::object();
  for (const auto& [status, count] : s.proposals) proposals[std::string(records::to_string(status))] = count;
  const Json out = {{"visits", s.visits},
                    {"planned", s.planned},
                    {"unplanned", unplanned},
                    {"claimed_visits", s.claimed_visits},
                    {"claimed_unplanned", s.claimed_unplanned},
                    {"caregivers", s.caregivers},
                    {"caregiver_days", s.caregiver_days},
                    {"double_staffing_links", s.double_staffing_links},
                    {"precedence_links", s.precedence_links},
                    {"travel_minutes", s.travel_minutes},
                    {"seconds", s.seconds},
                    {"engine_runs", s.engine_runs},
                    {"repair", s.repair},
                    {"changed_assignments", s.changed_assignments},
                    {"failures", failures},
                    {"proposals", proposals}};
  return out.dump();
}

PlanSummary read_plan_summary(std::string_view stored) {
  const Json in = Json::parse(stored, nullptr, false);
  PlanSummary s;
  if (!in.is_object()) return s;  // written by this file: never so, but a summary is no reason to fail a read
  s.visits = in.value("visits", std::int64_t{0});
  s.planned = in.value("planned", std::int64_t{0});
  if (const auto u = in.find("unplanned"); u != in.end() && u->is_array()) {
    for (const Json& item : *u) {
      UnplannedTask task;
      task.task_id = item.value("task_id", std::int64_t{0});
      domain::parse_unplanned_reason(item.value("reason", std::string()), task.reason);
      task.detail = item.value("detail", std::string());
      s.unplanned.push_back(std::move(task));
    }
  }
  s.claimed_visits = in.value("claimed_visits", std::int64_t{0});
  s.claimed_unplanned = in.value("claimed_unplanned", std::int64_t{0});
  s.caregivers = in.value("caregivers", std::int64_t{0});
  s.caregiver_days = in.value("caregiver_days", std::int64_t{0});
  s.double_staffing_links = in.value("double_staffing_links", std::int64_t{0});
  s.precedence_links = in.value("precedence_links", std::int64_t{0});
  s.travel_minutes = in.value("travel_minutes", std::int64_t{0});
  s.seconds = in.value("seconds", 0.0);
  s.engine_runs = in.value("engine_runs", std::int64_t{0});
  s.repair = in.value("repair", false);
  s.changed_assignments = in.value("changed_assignments", std::int64_t{0});
  if (const auto f = in.find("failures"); f != in.end() && f->is_array()) {
    for (const Json& item : *f) {
      s.failures.push_back({item.value("task_id", std::int64_t{0}), item.value("caregiver_id", std::int64_t{0}),
                            item.value("reason", std::string())});
    }
  }
  if (const auto p = in.find("proposals"); p != in.end() && p->is_object()) {
    for (const auto& [name, count] : p->items()) {
      if (const auto status = records::parse_proposal_status(name); status && count.is_number_integer()) {
        s.proposals[*status] = count.get<std::int64_t>();
      }
    }
  }
  return s;
}

}  // namespace carecrowd::services
