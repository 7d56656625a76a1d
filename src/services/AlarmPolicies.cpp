#include "services/AlarmPolicies.h"

#include "records/AlarmPolicyRecord.h"
#include "records/ClientRecord.h"
#include "services/AlarmDispatch.h"
#include "services/AuditLog.h"
#include "services/InputRules.h"

namespace carecrowd::services {
namespace {

using dispatch::TriagePolicy;

std::optional<Error> check_policy(const TriagePolicy& p) {
  const std::int64_t max_minutes = TriagePolicy::kMaxMinutes;
  if (auto e = check_range(p.remote_check_minutes, "remote_check_minutes", "", 1, max_minutes)) return e;
  if (auto e = check_range(p.offers_per_round, "offers_per_round", "", 1, TriagePolicy::kMaxOffersPerRound)) return e;
  if (auto e = check_range(p.offer_minutes, "offer_minutes", "", 1, max_minutes)) return e;
  if (auto e = check_range(p.max_rounds, "max_rounds", "", 1, TriagePolicy::kMaxRounds)) return e;
  if (auto e = check_range(p.coordinator_minutes, "coordinator_minutes", "", 1, max_minutes)) return e;
  if (auto e = check_range(p.arrival_minutes, "arrival_minutes", "", 1, max_minutes)) return e;
  if (auto e = check_range(p.response_level, "response_level", "", 0, 6)) return e;
  if (auto e = check_range(p.on_site_minutes, "on_site_minutes", "", 1, max_minutes)) return e;
  if (auto e = check_range(p.radius_metres, "radius_metres", "", 100, 100'000)) return e;
  if (auto e = check_range(p.contact_minutes, "contact_minutes", "", 1, max_minutes)) return e;
  if (auto e = check_range(p.contact_arrival_minutes, "contact_arrival_minutes", "", 1, max_minutes)) return e;
  if (p.after_remote_check == dispatch::FirstStep::remote_check) {
    return bad_input("after_remote_check", "remote_check", "must be informal_contacts or dispatch: a failed check is not checked again");
  }
  return std::nullopt;
}

}  // namespace

Result<TriagePolicy> alarm_policy(const Platform& platform, const Principal& who) {
  if (!is_care_staff(who)) return forbidden("only an organisation's care staff may read its alarm policy");
  return platform.db().read(
      [&](store::Transaction& tx) -> Result<TriagePolicy> { return current_policy_in(tx, *who.organisation_id); });
}

Result<TriagePolicy> update_alarm_policy(const Platform& platform, const Principal& who, const Result<TriagePolicy>& input) {
  if (who.role != Role::org_admin || !who.organisation_id) {
    return forbidden("only the organisation's admin may change its alarm policy");
  }
  if (!input) return input.error();
  if (auto e = check_policy(input.value())) return *e;
  return platform.db().write([&](store::Transaction& tx) -> Result<TriagePolicy> {
    const auto version = records::store_policy(tx, *who.organisation_id, input.value(), who.user_id, platform.now());
    if (!version) return conflict("version", "", "the policy was changed at the same time; read it and try again");
    record_audit(tx, who, {"alarm_policy.update", std::nullopt, who.organisation_id, "success",
                           "version " + std::to_string(*version)});
    TriagePolicy stored = input.value();
    stored.version = *version;
    return stored;
  });
}

Result<std::vector<dispatch::FirstStepOverride>> client_alarm_steps(const Platform& platform, const Principal& who,
                                                                    std::int64_t client_id) {
  if (!is_care_staff(who)) return forbidden("only an organisation's care staff may read a client's alarm steps");
  return platform.db().read([&](store::Transaction& tx) -> Result<std::vector<dispatch::FirstStepOverride>> {
    if (!records::read_client_of(tx, *who.organisation_id, client_id)) {
      return not_found("client_id", std::to_string(client_id), "no such client in your organisation");
    }
    return records::client_first_steps(tx, client_id);
  });
}

Result<std::vector<dispatch::FirstStepOverride>> set_client_alarm_steps(
    const Platform& platform, const Principal& who, std::int64_t client_id,
    const Result<std::vector<dispatch::FirstStepOverride>>& steps) {
  if (!is_care_staff(who)) return forbidden("only an organisation's care staff may set a client's alarm steps");
  if (!steps) return steps.error();
  const auto& list = steps.value();
  for (std::size_t i = 0; i < list.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (list[j].kind == list[i].kind && list[j].priority == list[i].priority) {
        return bad_input("first_step." + std::string(domain::to_string(list[i].kind)) + "." +
                             std::string(domain::to_string(list[i].priority)),
                         "", "is given twice");
      }
    }
  }
  return platform.db().write([&](store::Transaction& tx) -> Result<std::vector<dispatch::FirstStepOverride>> {
    if (!records::read_client_of(tx, *who.organisation_id, client_id)) {
      return not_found("client_id", std::to_string(client_id), "no such client in your organisation");
    }
    records::store_client_first_steps(tx, client_id, list);
    record_audit(tx, who, {"client.alarm_steps_update", client_id, who.organisation_id, "success",
                           std::to_string(list.size()) + " steps"});
    return records::client_first_steps(tx, client_id);
  });
}

}  // namespace carecrowd::services
