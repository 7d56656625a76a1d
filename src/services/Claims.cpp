#include "services/Claims.h"

#include <algorithm>
#include <map>
#include <string>

#include "market/Availability.h"
#include "records/CaregiverProfileRecord.h"
#include "services/Caregivers.h"

namespace carecrowd::services {
namespace {

// With a claim: stores the planned start of every visit of the claimed task's day, the task at the
// place the fit chose (`claimed.id` is the task), so the day is walked that way from now on; and
// the task's start when care staff fixed it.
void store_day_order(store::Transaction& tx, std::int64_t caregiver_id, const market::Roster& roster, DayNumber day,
                     const market::Stop& claimed, const market::Fit& fit) {
  const auto& before = roster.stops_on(day);
  for (const auto& stop : roster.day_with(day, claimed, fit)) {
    if (stop.started) continue;  // what has started keeps its place and its check-in
    // Only what moves is written: a claim that joins the end of a day writes one start.
    const auto held = std::find_if(before.begin(), before.end(), [&](const market::Stop& s) { return s.id == stop.id; });
    if (held != before.end() && held->planned_start == stop.planned_start) continue;
    records::store_planned_start(tx, stop.id, caregiver_id, *stop.planned_start);
  }
  if (claimed.fixed_start) records::store_fixed_start(tx, claimed.id, caregiver_id, *claimed.fixed_start);
}

}  // namespace

market::Stop stop_of(const records::TaskRecord& task) {
  market::Stop s;
  s.window_start = task.window_start;
  s.window_end = task.window_end;
  s.duration_minutes = static_cast<int>(task.duration);
  s.fixed_start = task.fixed_start;
  s.id = task.id;
  if (!task.digital()) s.location = domain::Point{task.lon, task.lat};
  return s;
}

market::TaskOnOffer task_on_offer(const records::TaskRecord& task) {
  market::TaskOnOffer offer;
  offer.id = task.id;
  offer.care_task_id = task.care_task_id;
  offer.status = task.status;
  offer.holder = task.caregiver_id;
  offer.demand = {task.organisation_id, task.day, task.level, market::split_certificates(task.certificates)};
  offer.stop = stop_of(task);
  return offer;
}

market::Roster load_roster(store::Transaction& tx, const market::CaregiverProfile& caregiver, DayNumber first,
                           DayNumber last) {
  const auto held = store::read_alone<records::HeldDays>(
      tx, [&](auto& batch, auto& out) { read_roster(batch, out, caregiver.id, first, last); });
  return roster_of(held, caregiver);
}

void read_roster(store::QueryBatch& batch, records::HeldDays& held, std::int64_t caregiver_id, DayNumber first,
                 DayNumber last) {
  // The visits of the days and a day either side (a visit may run over midnight); each week's
  // hours as one sum, not its visits.
  std::vector<DayNumber> mondays;
  for (DayNumber monday = market::Roster::week_start(first); monday <= last; monday += 7) mondays.push_back(monday);
  records::held_days(batch, held, caregiver_id, (first - 1) * kMinutesPerDay, (last + 2) * kMinutesPerDay, mondays);
}

market::Roster roster_of(const records::HeldDays& held, const market::CaregiverProfile& caregiver) {
  std::vector<market::ClaimedVisit> visits;
  for (const auto& t : held.tasks) {
    market::Stop stop = stop_of(t);
    stop.planned_start = t.planned_start;
    stop.started = t.status == domain::TaskStatus::done || t.check_in.has_value();
    visits.push_back({t.care_task_id, t.day, stop});
  }
  return market::Roster(visits, held.week_minutes, caregiver.home, caregiver.travel_mode);
}

namespace {

// A claim as the admission rule judges it, before anything is written.
struct Judged {
  records::TaskRecord task;
  market::TaskOnOffer offer;
  market::Roster roster;
  market::Fit fit;
};

Result<Judged> judge(store::Transaction& tx, const ClaimRequest& request, LocalMinute now, records::ClaimTurn turn) {
  const std::string caregiver = std::to_string(request.caregiver_id);
  // First: the caregiver's claim turn when claiming (with their facts), so that the checks below
  // see their other claims; the task in the same round trip.
  store::QueryBatch batch;
  std::optional<records::CaregiverFactsRecord> record;
  std::optional<records::TaskRecord> task;
  records::read_caregiver_facts(batch, record, request.caregiver_id, turn);
  records::read_task(batch, task, request.task_id);
  batch.run(tx);
  if (!record) return not_found("caregiver_id", caregiver, "no such caregiver");
  const CaregiverFacts facts = caregiver_facts_of(*record);
  if (!task) {
    return market::refusal_error(market::refusal(market::RefusalReason::unknown_task),
                                 request.task_id);
  }
  market::TaskOnOffer offer = task_on_offer(*task);
  offer.stop.planned_start = request.planned_start;
  offer.stop.fixed_start = request.fixed_start;
  // Taken or cancelled: answered before their days are read (most refused claims are these).
  if (auto refusal = market::why_not_on_offer(facts.profile, offer, now)) {
    return market::refusal_error(*refusal, request.task_id);
  }
  const market::AvailabilityCalendar calendar(facts.recurring, facts.one_off, task->day, task->day);
  market::Roster roster = load_roster(tx, facts.profile, task->day, task->day);
  market::Fit fit;
  if (auto refusal = market::why_not_admitted({facts.profile, calendar, roster}, offer, now, &fit)) {
    return market::refusal_error(*refusal, request.task_id);
  }
  return Judged{*task, offer, std::move(roster), fit};
}

}  // namespace

Result<Claimed> claim_in(store::Transaction& tx, const ClaimRequest& request, LocalMinute now) {
  auto judged = judge(tx, request, now, records::ClaimTurn::take);
  if (!judged) return judged.error();
  const Judged& j = judged.value();
  if (!records::claim_open_task(tx, request.task_id, request.caregiver_id, now)) {
    // Read committed (PostgreSQL): another process's claim committed after the read above.
    return market::refusal_error(market::refusal(market::RefusalReason::taken), request.task_id);
  }
  store_day_order(tx, request.caregiver_id, j.roster, j.task.day, j.offer.stop, j.fit);
  return Claimed{j.task};
}

Error refusal_for_care_staff(store::Transaction& tx, Error refused, std::int64_t caregiver_id, std::string_view field) {
  // The admission rule's refusals name the task; anything else (no such caregiver) is passed on.
  if (refused.field == "task_id") {
    const auto profile = records::read_caregiver_profile(tx, caregiver_id);
    Phrase told = refused.said();
    Phrase name = profile ? Phrase::verbatim(profile->name) : say("caregiver {}", caregiver_id);
    refused = error_saying(refused.kind, refused.field, refused.id,
                           say("{} cannot take it (they would be told: {})", std::move(name), std::move(told)));
    if (refused.kind == ErrorKind::forbidden || refused.kind == ErrorKind::not_found) refused.kind = ErrorKind::conflict;
  }
  refused.field = std::string(field);
  refused.id = std::to_string(caregiver_id);
  return refused;
}

std::optional<Error> why_not_claimable(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t task_id,
                                       LocalMinute now) {
  auto judged = judge(tx, {caregiver_id, task_id, std::nullopt}, now, records::ClaimTurn::leave);
  if (judged) return std::nullopt;
  return judged.error();
}

}  // namespace carecrowd::services
