// DemoRoster: who does which task in the demo region (demo/DemoRegion.h), and what happened on
// the days already past. A greedy pass gives each task a draw selects to a nearby caregiver whom
// the platform's one admission rule (market/Admission.h) lets take it at the moment it was booked
// (a past task the day before it started), judged against the visits already booked for them,
// which are kept as each caregiver's market::Roster: a claim stores its day's order the same way.
// So every demo claim is one the platform itself would have accepted.
//
// Greedy and simple, not a planner: it leaves some tasks open that a planner would fill (the
// demo's coverage is about three quarters on past days, which the market and planning can improve).
//
// Deterministic: the same tasks, caregivers, clock and Sampler give the same roster.
// Thread safety: none; one roster per seeding.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "domain/CivilTime.h"
#include "core/Sampler.h"
#include "market/Availability.h"
#include "market/DaySchedule.h"
#include "market/Eligibility.h"
#include "market/Roster.h"

namespace carecrowd::demo {

struct RosterTask {
  std::int64_t id = 0;
  std::int64_t client_id = 0, care_task_id = 0, slot = 0;
  DayNumber day = 0;
  market::TaskDemand demand;  // organisation, day, level, certificates
  market::Stop stop;          // window, duration, place (none when digital)
};

struct RosterCaregiver {
  market::CaregiverProfile profile;
  std::vector<market::RecurringAvailability> weekly;
};

struct RosterClaim {
  std::int64_t task_id = 0;
  std::int64_t organisation_id = 0;
  std::int64_t caregiver_id = 0;
  LocalMinute claimed_at = 0;
  LocalMinute planned_start = 0;  // where the caregiver's day starts it (the order a claim stores)
  std::optional<LocalMinute> check_in, check_out;
  bool done = false;  // checked in and out before now
};

class DemoRoster {
 public:
  // Availability is expanded over [first, last], the days of the tasks.
  DemoRoster(const std::vector<RosterCaregiver>& caregivers, DayNumber first, DayNumber last, LocalMinute now);

  // Books the tasks that a draw selects: most past ones (the demo has history), about 30% of future
  // ones (the rest is the open market).
  void book(std::vector<RosterTask> tasks, Sampler& sampler);

  // What happened: each caregiver's day walked in its stored order from home, each visit starting
  // at the later of its window and the arrival from the previous one; check-ins land around that (now
  // and then late), check-outs after the visit's duration, give or take, and never before the
  // next check-in. Visits over before now are done; a few past ones were missed (claimed, never
  // checked in).
  [[nodiscard]] std::vector<RosterClaim> claims(Sampler& sampler) const;

  // For choosing the caregivers whose logins show the demo's typical days (workers in the order
  // given to the constructor): whether the worker's week holding `day` leaves no room for even a
  // short visit, and whether they hold a visit whose window opens in [from, until].
  [[nodiscard]] bool week_full(std::size_t worker, DayNumber day) const;
  [[nodiscard]] bool holds_visit_opening(std::size_t worker, LocalMinute from, LocalMinute until) const;

 private:
  struct Worker {
    market::CaregiverProfile profile;
    market::AvailabilityCalendar calendar;
    market::Roster roster;           // the visits booked for them, in each day's stored order
    std::set<DayNumber> days;        // the days with a booking
    double range_metres = 0;         // how far from home they take work
    double cos_home_lat = 1;         // for distances from home
  };

  [[nodiscard]] std::optional<std::pair<std::size_t, market::Fit>> choose(const RosterTask& task);
  void assign(std::size_t worker, const RosterTask& task, const market::Fit& fit);

  std::vector<Worker> workers_;
  LocalMinute now_;
  std::vector<RosterTask> tasks_;
  std::map<std::int64_t, const RosterTask*> by_id_;                   // task id -> its entry in tasks_
  std::map<std::int64_t, std::vector<std::size_t>> by_organisation_;  // organisation id -> workers
  std::map<std::int64_t, std::set<std::size_t>> known_;               // client -> workers booked
};

}  // namespace carecrowd::demo
