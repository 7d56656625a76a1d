#include "services/Materialiser.h"

#include <algorithm>
#include <array>
#include <string>

#include "domain/Recurrence.h"
#include "records/CareTaskRecord.h"
#include "records/TaskRecord.h"

namespace carecrowd::services {

std::int64_t default_pay_cents(int level, std::int64_t duration_minutes) {
  // Hourly rates in cents by level 0..6, roughly the Dutch VVT collective agreement scales.
  static constexpr std::array<std::int64_t, 7> hourly{1500, 1900, 2200, 2600, 3100, 3700, 4300};
  const auto rate = hourly[static_cast<std::size_t>(std::clamp(level, 0, 6))];
  return (rate * duration_minutes + 30) / 60;
}

std::int64_t materialise_arrangement(store::Transaction& tx, std::int64_t arrangement_id, DayNumber from,
                                     DayNumber to) {
  const auto arrangement = records::read_arrangement_for_tasks(tx, arrangement_id);
  if (!arrangement) return 0;
  const auto& a = *arrangement;
  if (a.valid_to) to = std::min(to, *a.valid_to);
  from = std::max(from, a.valid_from);
  if (from > to) return 0;
  // A changed care task is a new version under the same key. Where a caregiver holds (or has done)
  // the old version's task on a day, that task serves the day: the new version is not added next
  // to it, or the client would get two visits. The coordinator sees it as a conflict and may
  // reopen it, which cancels it and lets the new version fill the day.
  const auto served = records::slots_held_under_old_versions(tx, arrangement_id, from, to);
  // What is there already is not offered again (the insert would skip it too; a restart, which
  // materialises every arrangement, then writes nothing).
  const auto there = records::materialised_slots(tx, arrangement_id, from, to);
  std::vector<records::TaskRecord> tasks;
  for (const auto& ct : records::active_care_tasks(tx, arrangement_id)) {
    if (ct.contingent()) continue;  // made by a failed digital step (Journeys.h), not by a calendar
    auto rule = Recurrence::parse_rrule(ct.rrule, "rrule");
    if (!rule) continue;  // validated when stored; an old rule that no longer parses creates nothing
    for (DayNumber day : rule.value().occurrences(a.valid_from, from, to)) {
      const LocalMinute midnight = day * kMinutesPerDay;
      for (std::int64_t slot = 0; slot < ct.staff; ++slot) {
        if (served.contains({ct.key, day, slot}) || there.contains({ct.id, day, slot})) continue;
        records::TaskRecord t =
            task_of_line(ct, a, day, slot, midnight + ct.window_start, midnight + ct.window_end);
        tasks.push_back(std::move(t));
      }
    }
  }
  if (tasks.empty()) return 0;
  return records::insert_open_tasks(tx, tasks);
}

records::TaskRecord task_of_line(const records::CareTaskRecord& line, const records::ArrangementForTasks& a, DayNumber day,
                                 std::int64_t slot, LocalMinute window_start, LocalMinute window_end) {
  records::TaskRecord t;
  t.organisation_id = a.organisation_id;
  t.client_id = a.client_id;
  t.care_task_id = line.id;
  t.day = day;
  t.slot = slot;
  t.window_start = window_start;
  t.window_end = window_end;
  t.duration = line.duration;
  t.task_type = line.task_type;
  t.level = line.level;
  t.certificates = line.certificates;
  t.mode = line.mode;
  t.pay_cents = line.pay_cents;
  t.lat = a.lat;
  t.lon = a.lon;
  t.area = a.postcode.substr(0, 4);
  return t;
}

std::int64_t materialise_all(const Platform& platform) {
  const DayNumber today = platform.now() / kMinutesPerDay;
  const DayNumber last = today + platform.settings().horizon_days - 1;
  const auto ids =
      platform.db().read([&](store::Transaction& tx) { return records::arrangements_valid_from(tx, today); });
  std::int64_t created = 0;
  // One transaction per arrangement: short write locks, and progress survives an interruption.
  for (auto id : ids) {
    created += platform.db().write([&](store::Transaction& tx) { return materialise_arrangement(tx, id, today, last); });
  }
  return created;
}

}  // namespace carecrowd::services
