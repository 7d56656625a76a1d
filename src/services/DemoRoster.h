// DemoRoster: who does which task in the demo region (services/DemoRegion.h), and what happened on
// the days already past. A greedy pass gives each task a draw selects to a nearby caregiver whom
// the marketplace's own rules would let claim it: eligibility (organisation, level, verified
// certificates: market::why_not_eligible), the availability calendar, the day schedule with travel
// (market::DaySchedule), weekly hours, and one slot of a double-staffed visit each. So every demo
// claim is one the platform itself would have accepted.
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
#include "generate/Sampler.h"
#include "market/Availability.h"
#include "market/DaySchedule.h"
#include "market/Eligibility.h"

namespace carecrowd::services {

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
  std::optional<LocalMinute> check_in, check_out;
  bool done = false;  // checked in and out before now
};

class DemoRoster {
 public:
  // Availability is expanded over [first, last], the days of the tasks.
  DemoRoster(const std::vector<RosterCaregiver>& caregivers, DayNumber first, DayNumber last, LocalMinute now);

  // Books the tasks that a draw selects: most past ones (the demo has history), about 30% of future
  // ones (the rest is the open market).
  void book(std::vector<RosterTask> tasks, generate::Sampler& sampler);

  // What happened: each caregiver's day walked in window order from home, each visit starting at
  // the later of its window and the arrival from the previous one; check-ins land around that (now
  // and then late), check-outs after the visit's duration, give or take, and never before the
  // next check-in. Visits over before now are done; a few past ones were missed (claimed, never
  // checked in).
  [[nodiscard]] std::vector<RosterClaim> claims(generate::Sampler& sampler) const;

 private:
  struct Worker {
    market::CaregiverProfile profile;
    market::AvailabilityCalendar calendar;
    market::TravelTimes times;
    double range_metres = 0;  // how far from home they take work
  };
  struct Day {
    std::vector<const RosterTask*> tasks;
    std::vector<market::Stop> stops;
    std::set<std::int64_t> care_tasks;  // visits (with the day) of which they hold a slot
  };

  [[nodiscard]] std::optional<std::size_t> choose(const RosterTask& task);
  [[nodiscard]] bool on_time_in_window_order(const Day* day, const RosterTask& task, const Worker& worker) const;
  void assign(std::size_t worker, const RosterTask& task);

  std::vector<Worker> workers_;
  LocalMinute now_;
  std::vector<RosterTask> tasks_;                                    // bookings point into it
  std::map<std::int64_t, std::vector<std::size_t>> by_organisation_;  // organisation id -> workers
  std::vector<std::map<DayNumber, Day>> days_;                        // per worker
  std::vector<std::map<DayNumber, std::int64_t>> week_minutes_;       // per worker: Monday -> minutes
  std::map<std::int64_t, std::set<std::size_t>> known_;               // client -> workers booked
};

}  // namespace carecrowd::services
