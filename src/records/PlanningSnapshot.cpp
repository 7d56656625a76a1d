#include "records/PlanningSnapshot.h"

namespace carecrowd::records {
namespace {

std::string status_text(domain::TaskStatus s) { return std::string(domain::to_string(s)); }

const std::string& planning_task_select() {
  static const std::string sql = "SELECT " + task_columns() +
                                 ", ct.arrangement_id, ct.key, ct.after_key FROM task t JOIN care_task ct ON "
                                 "ct.id = t.care_task_id ";
  return sql;
}

std::vector<PlanningTask> planning_tasks(store::Transaction& tx, const std::string& where,
                                         const std::vector<store::Param>& params) {
  const std::size_t n = task_column_count();
  std::vector<PlanningTask> out;
  for (const auto& r : tx.query(planning_task_select() + where, params)) {
    PlanningTask t;
    static_cast<TaskRecord&>(t) = read_task_columns(r);
    t.arrangement_id = r.i64(n);
    t.key = r.text(n + 1);
    t.after_key = r.text(n + 2);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

std::vector<OrganisationCaregiver> organisation_caregivers(store::Transaction& tx, std::int64_t organisation_id) {
  std::vector<OrganisationCaregiver> out;
  for (const auto& r : tx.query("SELECT c.id, c.level, c.kind, c.home_lat, c.home_lon, c.travel_mode, c.max_minutes_week, "
                                "c.hourly_rate_cents, co.employed FROM caregiver c JOIN caregiver_organisation co ON "
                                "co.caregiver_id = c.id WHERE co.organisation_id = ? ORDER BY c.id",
                                {organisation_id})) {
    OrganisationCaregiver c;
    c.profile.id = r.i64(0);
    c.profile.level = static_cast<int>(r.i64(1));
    // A kind or mode the store does not know cannot be stored (registration checks it).
    c.profile.kind = domain::parse_caregiver_kind(r.text(2)).value_or(domain::CaregiverKind::employee);
    c.profile.home_lat = r.f64(3);
    c.profile.home_lon = r.f64(4);
    if (!domain::parse_travel_mode(r.text(5), c.profile.travel_mode)) c.profile.travel_mode = domain::TravelMode::bike;
    c.profile.max_minutes_week = r.i64(6);
    c.profile.hourly_rate_cents = r.i64(7);
    c.employed = r.i64(8) != 0;
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<std::pair<std::int64_t, AvailabilityRecord>> organisation_availability(store::Transaction& tx,
                                                                                   std::int64_t organisation_id,
                                                                                   DayNumber first, DayNumber last) {
  std::vector<std::pair<std::int64_t, AvailabilityRecord>> out;
  for (const auto& r : tx.query("SELECT a.caregiver_id, a.weekday, a.day, a.from_minute, a.to_minute, a.available FROM "
                                "availability a JOIN caregiver_organisation co ON co.caregiver_id = a.caregiver_id "
                                "WHERE co.organisation_id = ? AND (a.day IS NULL OR (a.day >= ? AND a.day <= ?))",
                                {organisation_id, first, last})) {
    AvailabilityRecord a;
    if (!r.is_null(1)) a.weekday = static_cast<int>(r.i64(1));
    a.day = r.opt_i64(2);
    a.from_minute = static_cast<int>(r.i64(3));
    a.to_minute = static_cast<int>(r.i64(4));
    a.available = r.i64(5) != 0;
    out.emplace_back(r.i64(0), a);
  }
  return out;
}

std::vector<VerifiedCertificate> verified_certificates(store::Transaction& tx, std::int64_t organisation_id, DayNumber day) {
  std::vector<VerifiedCertificate> out;
  for (const auto& r : tx.query("SELECT ce.caregiver_id, ce.code, ce.expires_day FROM certificate ce JOIN "
                                "caregiver_organisation co ON co.caregiver_id = ce.caregiver_id WHERE "
                                "co.organisation_id = ? AND ce.verified_by IS NOT NULL AND ce.expires_day >= ?",
                                {organisation_id, day})) {
    out.push_back({r.i64(0), r.text(1), r.i64(2)});
  }
  return out;
}

std::vector<PlanningTask> tasks_held_by_organisation_caregivers(store::Transaction& tx, std::int64_t organisation_id,
                                                                DayNumber first, DayNumber last) {
  return planning_tasks(tx,
                        "JOIN caregiver_organisation co ON co.caregiver_id = t.caregiver_id WHERE co.organisation_id = ? "
                        "AND t.status IN (?, ?) AND t.day >= ? AND t.day <= ? ORDER BY t.window_start, t.id",
                        {organisation_id, status_text(domain::TaskStatus::claimed), status_text(domain::TaskStatus::done),
                         first, last});
}

std::vector<PlanningTask> open_tasks_to_plan(store::Transaction& tx, std::int64_t organisation_id, DayNumber first,
                                             DayNumber last, LocalMinute after) {
  return planning_tasks(tx,
                        "WHERE t.organisation_id = ? AND t.status = ? AND t.day >= ? AND t.day <= ? AND "
                        "t.window_start > ? ORDER BY t.window_start, t.id",
                        {organisation_id, status_text(domain::TaskStatus::open), first, last, after});
}

std::vector<std::pair<std::int64_t, std::int64_t>> cared_for_pairs(store::Transaction& tx, std::int64_t organisation_id,
                                                                   DayNumber first, DayNumber last) {
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  for (const auto& r : tx.query("SELECT DISTINCT client_id, caregiver_id FROM task WHERE organisation_id = ? AND "
                                "caregiver_id IS NOT NULL AND status IN (?, ?) AND day >= ? AND day <= ?",
                                {organisation_id, status_text(domain::TaskStatus::claimed),
                                 status_text(domain::TaskStatus::done), first, last})) {
    out.emplace_back(r.i64(0), r.i64(1));
  }
  return out;
}

}  // namespace carecrowd::records
