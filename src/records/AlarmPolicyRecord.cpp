#include "records/AlarmPolicyRecord.h"

#include <string>

namespace carecrowd::records {
namespace {

using dispatch::TriagePolicy;

constexpr const char* kPolicyColumns =
    "version, remote_check_minutes, offers_per_round, offer_minutes, max_rounds, coordinator_minutes, "
    "arrival_minutes, response_level, on_site_minutes, radius_metres, outcome_required, contact_minutes, "
    "contact_arrival_minutes, after_remote_check";

std::optional<TriagePolicy> policy_where(store::Transaction& tx, const std::string& where,
                                         const std::vector<store::Param>& params) {
  const auto rows = tx.query(std::string("SELECT ") + kPolicyColumns + " FROM alarm_policy WHERE " + where, params);
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  // Steps not stored (none are missing when stored by store_policy) keep the default's.
  TriagePolicy p = dispatch::default_policy();
  p.version = r.i64(0);
  p.remote_check_minutes = static_cast<int>(r.i64(1));
  p.offers_per_round = static_cast<int>(r.i64(2));
  p.offer_minutes = static_cast<int>(r.i64(3));
  p.max_rounds = static_cast<int>(r.i64(4));
  p.coordinator_minutes = static_cast<int>(r.i64(5));
  p.arrival_minutes = static_cast<int>(r.i64(6));
  p.response_level = static_cast<int>(r.i64(7));
  p.on_site_minutes = static_cast<int>(r.i64(8));
  p.radius_metres = static_cast<int>(r.i64(9));
  p.outcome_required = r.i64(10) != 0;
  p.contact_minutes = static_cast<int>(r.i64(11));
  p.contact_arrival_minutes = static_cast<int>(r.i64(12));
  // Written by dispatch::to_string; anything else (or a remote check) reads as the default's.
  const auto after = dispatch::parse_first_step(r.text(13));
  if (after && *after != dispatch::FirstStep::remote_check) p.after_remote_check = *after;
  return p;
}

void read_steps(store::Transaction& tx, std::int64_t organisation_id, TriagePolicy& p) {
  for (const auto& r : tx.query("SELECT kind, priority, first_step FROM alarm_policy_step WHERE organisation_id = ? AND "
                                "version = ?",
                                {organisation_id, p.version})) {
    const auto kind = domain::parse_alarm_kind(r.text(0));
    const auto priority = domain::parse_alarm_priority(r.text(1));
    const auto step = dispatch::parse_first_step(r.text(2));
    if (kind && priority && step) dispatch::set_first_step(p, *kind, *priority, *step);
  }
}

}  // namespace

std::optional<TriagePolicy> latest_policy(store::Transaction& tx, std::int64_t organisation_id) {
  auto p = policy_where(tx, "organisation_id = ? ORDER BY version DESC LIMIT 1", {organisation_id});
  if (p) read_steps(tx, organisation_id, *p);
  return p;
}

std::optional<TriagePolicy> policy_version(store::Transaction& tx, std::int64_t organisation_id, std::int64_t version) {
  auto p = policy_where(tx, "organisation_id = ? AND version = ?", {organisation_id, version});
  if (p) read_steps(tx, organisation_id, *p);
  return p;
}

std::optional<std::int64_t> store_policy(store::Transaction& tx, std::int64_t organisation_id, const TriagePolicy& p,
                                         std::int64_t user_id, LocalMinute now) {
  const std::int64_t version =
      tx.query_i64("SELECT COALESCE(MAX(version), 0) + 1 FROM alarm_policy WHERE organisation_id = ?", {organisation_id})
          .value_or(1);
  const auto stored = tx.query_i64(
      std::string("INSERT INTO alarm_policy (organisation_id, ") + kPolicyColumns +
          ", created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (organisation_id, version) DO NOTHING RETURNING version",
      {organisation_id, version, std::int64_t{p.remote_check_minutes}, std::int64_t{p.offers_per_round},
       std::int64_t{p.offer_minutes}, std::int64_t{p.max_rounds}, std::int64_t{p.coordinator_minutes},
       std::int64_t{p.arrival_minutes}, std::int64_t{p.response_level}, std::int64_t{p.on_site_minutes},
       std::int64_t{p.radius_metres}, std::int64_t{p.outcome_required ? 1 : 0}, std::int64_t{p.contact_minutes},
       std::int64_t{p.contact_arrival_minutes}, std::string(dispatch::to_string(p.after_remote_check)), user_id, now});
  if (!stored) return std::nullopt;
  for (int k = 0; k < domain::kAlarmKinds; ++k) {
    for (int q = 0; q < domain::kAlarmPriorities; ++q) {
      const auto kind = static_cast<domain::AlarmKind>(k);
      const auto priority = static_cast<domain::AlarmPriority>(q);
      tx.exec_deferred(
          "INSERT INTO alarm_policy_step (organisation_id, version, kind, priority, first_step) VALUES (?, ?, ?, ?, ?)",
          {organisation_id, version, std::string(domain::to_string(kind)), std::string(domain::to_string(priority)),
           std::string(dispatch::to_string(dispatch::first_step(p, kind, priority)))});
    }
  }
  return version;
}

std::vector<dispatch::FirstStepOverride> client_first_steps(store::Transaction& tx, std::int64_t client_id) {
  std::vector<dispatch::FirstStepOverride> out;
  for (const auto& r : tx.query("SELECT kind, priority, first_step FROM alarm_client_step WHERE client_id = ? "
                                "ORDER BY kind, priority",
                                {client_id})) {
    const auto kind = domain::parse_alarm_kind(r.text(0));
    const auto priority = domain::parse_alarm_priority(r.text(1));
    const auto step = dispatch::parse_first_step(r.text(2));
    if (kind && priority && step) out.push_back({*kind, *priority, *step});
  }
  return out;
}

void store_client_first_steps(store::Transaction& tx, std::int64_t client_id,
                              const std::vector<dispatch::FirstStepOverride>& steps) {
  tx.exec("DELETE FROM alarm_client_step WHERE client_id = ?", {client_id});
  for (const auto& s : steps) {
    tx.exec_deferred("INSERT INTO alarm_client_step (client_id, kind, priority, first_step) VALUES (?, ?, ?, ?)",
                     {client_id, std::string(domain::to_string(s.kind)), std::string(domain::to_string(s.priority)),
                      std::string(dispatch::to_string(s.step))});
  }
}

}  // namespace carecrowd::records
