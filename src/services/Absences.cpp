#include "services/Absences.h"

#include <algorithm>
#include <string>

#include "records/CaregiverProfileRecord.h"
#include "records/CaregiverRecord.h"
#include "records/TaskReleaseRecord.h"
#include "services/AuditLog.h"
#include "services/TaskBoard.h"

namespace carecrowd::services {
namespace {

using domain::ReleaseCause;

struct Period {
  LocalMinute from = 0, until = 0;
};

// The value rules of a report (its JSON shape is read at the http edge); see the header.
Result<Period> absence_period(const AbsenceReport& r, LocalMinute now) {
  if (!domain::is_absence(r.cause)) {
    return bad_input("cause", "", "must be \"sick\" or \"absent\" (a no-show is marked per visit)");
  }
  const DayNumber today = now / kMinutesPerDay;
  if (!r.from && !r.to) return Period{now, (today + 1) * kMinutesPerDay};
  const DayNumber from = r.from.value_or(today);
  const DayNumber to = r.to.value_or(from);
  if (from < today) return bad_input("from", "", "is in the past");
  if (to < from) return bad_input("to", "", "is before from");
  if (to - from >= kMaxAbsenceDays) return bad_input("to", "", "an absence is reported for at most 14 days");
  return Period{std::max(now, from * kMinutesPerDay), (to + 1) * kMinutesPerDay};
}

// One-off "not available" entries over the period, day by day: they override the weekly pattern
// and any one-off addition (market/Availability.h), so the market offers them nothing then.
void withdraw_availability(store::Transaction& tx, std::int64_t caregiver_id, const Period& p) {
  auto entries = records::caregiver_availability(tx, caregiver_id);
  for (DayNumber day = p.from / kMinutesPerDay; day * kMinutesPerDay < p.until; ++day) {
    const LocalMinute midnight = day * kMinutesPerDay;
    const int from = static_cast<int>(std::max<LocalMinute>(p.from - midnight, 0));
    const int to = static_cast<int>(std::min<LocalMinute>(p.until - midnight, kMinutesPerDay));
    if (from < to) entries.push_back({std::nullopt, day, from, to, false});
  }
  records::replace_availability(tx, caregiver_id, entries);
}

Result<AbsenceResult> report_absence_in(store::Transaction& tx, const Platform& platform, const Principal& who,
                                        std::int64_t caregiver_id, const AbsenceReport& report, const Period& period,
                                        std::optional<std::int64_t> organisation) {
  // Their claims wait for this, and then find the availability withdrawn.
  if (!records::take_claim_turn(tx, caregiver_id)) {
    return not_found("caregiver_id", std::to_string(caregiver_id), "no such caregiver");
  }
  withdraw_availability(tx, caregiver_id, period);
  const auto tasks = records::claimed_tasks_not_started(tx, caregiver_id, period.from, period.until, organisation);
  AbsenceResult out{caregiver_id, report.cause, period.from, period.until, {}};
  record_audit(tx, who, {"caregiver.absence", std::nullopt, organisation, "success",
                         "caregiver " + std::to_string(caregiver_id) + " " + std::string(domain::to_string(report.cause)) +
                             " " + format_local_time(period.from) + " to " + format_local_time(period.until)});
  // The caregiver hears that their day lost the visit unless they reported it themselves.
  out.released = release_visits_in(tx, platform, who, caregiver_id, report.cause, tasks, who.caregiver_id != caregiver_id);
  return out;
}

}  // namespace

std::vector<records::TaskRecord> release_visits_in(store::Transaction& tx, const Platform& platform, const Principal& who,
                                                   std::int64_t caregiver_id, ReleaseCause cause,
                                                   const std::vector<records::TaskRecord>& tasks, bool tell_holder) {
  const LocalMinute now = platform.now();
  std::optional<std::int64_t> by;
  if (who.user_id > 0) by = who.user_id;
  std::vector<records::TaskRecord> released;
  std::vector<TakenBack> taken;
  for (const auto& t : tasks) {
    auto back = take_back_in(tx, platform, t);
    if (!back) continue;
    records::insert_task_release(tx, {t.id, t.organisation_id, caregiver_id, cause, t.day, t.window_start, now, by});
    released.push_back(t);
    taken.push_back(std::move(*back));
  }
  const std::string why(domain::to_string(cause));
  for (std::size_t i = 0; i < released.size(); ++i) {
    const auto& t = released[i];
    record_audit(tx, who, {"task.release", t.client_id, t.organisation_id, "success",
                           "task " + std::to_string(t.id) + " (" + why +
                               (taken[i].superseded ? ", old version cancelled)" : ")")});
  }
  for (const auto& back : taken) announce_taken_back(tx, platform, back, BoardChange::released, tell_holder);
  return released;
}

Result<AbsenceResult> report_my_absence(const Platform& platform, const Principal& who,
                                        const Result<AbsenceReport>& report) {
  if (!is_caregiver(who)) return forbidden("only a caregiver reports their own absence");
  if (!report) return report.error();
  const auto period = absence_period(report.value(), platform.now());
  if (!period) return period.error();
  return platform.db().write([&](store::Transaction& tx) {
    return report_absence_in(tx, platform, who, *who.caregiver_id, report.value(), period.value(), std::nullopt);
  });
}

Result<AbsenceResult> report_caregiver_absence(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                               const Result<AbsenceReport>& report) {
  if (!is_care_staff(who)) return forbidden("only a coordinator reports a caregiver's absence");
  if (!report) return report.error();
  const auto period = absence_period(report.value(), platform.now());
  if (!period) return period.error();
  return platform.db().write([&](store::Transaction& tx) -> Result<AbsenceResult> {
    // Another organisation's caregiver answers as one that does not exist, so ids cannot be probed.
    if (!records::employment(tx, caregiver_id, *who.organisation_id)) {
      return not_found("caregiver_id", std::to_string(caregiver_id), "no such caregiver in your organisation");
    }
    return report_absence_in(tx, platform, who, caregiver_id, report.value(), period.value(), who.organisation_id);
  });
}

Result<AbsenceResult> mark_no_show(const Platform& platform, const Principal& who, std::int64_t task_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator marks a no-show");
  const std::string id = std::to_string(task_id);
  return platform.db().write([&](store::Transaction& tx) -> Result<AbsenceResult> {
    const LocalMinute now = platform.now();
    const auto task = records::read_task(tx, task_id);
    if (!task || !who.in_organisation(task->organisation_id)) {
      return not_found("task_id", id, "no such task in your organisation");
    }
    if (task->status != domain::TaskStatus::claimed || task->check_in || !task->caregiver_id) {
      return conflict("status", id, "only a claimed visit that is not checked in can be a no-show");
    }
    if (now < task->window_start) {
      return conflict("task_id", id, say("its window opens at {}; a visit not yet due cannot be a no-show",
                                         format_local_time(task->window_start)));
    }
    const std::int64_t holder = *task->caregiver_id;
    AbsenceResult out{holder, ReleaseCause::no_show, task->window_start, task->window_end, {}};
    out.released = release_visits_in(tx, platform, who, holder, ReleaseCause::no_show, {*task}, true);
    if (out.released.empty()) return conflict("status", id, "the visit changed meanwhile; reload it");
    return out;
  });
}

}  // namespace carecrowd::services
