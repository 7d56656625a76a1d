#include "services/Materialiser.h"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <tuple>

#include "domain/Recurrence.h"

namespace carecrowd::services {

std::int64_t default_pay_cents(int level, std::int64_t duration_minutes) {
  // Hourly rates in cents by level 0..6, roughly the Dutch VVT collective agreement scales.
  static constexpr std::array<std::int64_t, 7> hourly{1500, 1900, 2200, 2600, 3100, 3700, 4300};
  const auto rate = hourly[static_cast<std::size_t>(std::clamp(level, 0, 6))];
  return (rate * duration_minutes + 30) / 60;
}

std::int64_t materialise_arrangement(store::Transaction& tx, std::int64_t arrangement_id, DayNumber from,
                                     DayNumber to) {
  auto arrangement = tx.query(
      "SELECT a.valid_from, a.valid_to, a.organisation_id, a.client_id, c.lat, c.lon, c.postcode "
      "FROM arrangement a JOIN client c ON c.id = a.client_id WHERE a.id = ?",
      {arrangement_id});
  if (arrangement.empty()) return 0;
  const auto& a = arrangement[0];
  const DayNumber valid_from = a.i64(0);
  if (auto valid_to = a.opt_i64(1)) to = std::min(to, *valid_to);
  from = std::max(from, valid_from);
  if (from > to) return 0;
  const std::string area = a.text(6).substr(0, 4);
  // A changed care task is a new version under the same key. Where a caregiver holds (or has done)
  // the old version's task on a day, that task serves the day: the new version is not added next
  // to it, or the client would get two visits. The coordinator sees it as a conflict and may
  // reopen it, which cancels it and lets the new version fill the day.
  std::set<std::tuple<std::string, DayNumber, std::int64_t>> served;
  for (const auto& r : tx.query("SELECT ct.key, t.day, t.slot FROM task t JOIN care_task ct ON ct.id = t.care_task_id "
                                "WHERE ct.arrangement_id = ? AND ct.active = 0 AND t.status IN ('claimed', 'done') "
                                "AND t.day >= ? AND t.day <= ?",
                                {arrangement_id, from, to})) {
    served.emplace(r.text(0), r.i64(1), r.i64(2));
  }
  std::vector<store::Param> rows;
  for (const auto& t : tx.query("SELECT id, rrule, window_start, window_end, duration, task_type, level, certificates, "
                                "mode, staff, pay_cents, key FROM care_task WHERE arrangement_id = ? AND active = 1",
                                {arrangement_id})) {
    auto rule = Recurrence::parse_rrule(t.text(1), "rrule");
    if (!rule) continue;  // validated when stored; an old rule that no longer parses creates nothing
    const std::string key = t.text(11);
    for (DayNumber day : rule.value().occurrences(valid_from, from, to)) {
      const LocalMinute midnight = day * kMinutesPerDay;
      for (std::int64_t slot = 0; slot < t.i64(9); ++slot) {
        if (served.contains({key, day, slot})) continue;
        rows.insert(rows.end(), {a.i64(2), a.i64(3), t.i64(0), day, slot, midnight + t.i64(2), midnight + t.i64(3),
                                 t.i64(4), t.text(5), t.i64(6), t.text(7), t.text(8), t.i64(10), a.f64(4), a.f64(5),
                                 area});
      }
    }
  }
  // Many rows per statement: one round trip per 100 tasks rather than per task (a region of
  // thousands of clients materialises in seconds on PostgreSQL). Conflicting rows are skipped and
  // not counted by either database.
  constexpr std::size_t kWidth = 16, kRows = 100;
  std::int64_t created = 0;
  for (std::size_t first = 0; first < rows.size(); first += kWidth * kRows) {
    const std::size_t n = std::min(kRows, (rows.size() - first) / kWidth);
    std::string sql =
        "INSERT INTO task (organisation_id, client_id, care_task_id, day, slot, window_start, window_end, duration, "
        "task_type, level, certificates, mode, pay_cents, lat, lon, area, status) VALUES ";
    for (std::size_t i = 0; i < n; ++i) sql += i ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')"
                                                 : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')";
    sql += " ON CONFLICT (care_task_id, day, slot) DO NOTHING";
    created += tx.exec(sql, std::vector<store::Param>(rows.begin() + static_cast<std::ptrdiff_t>(first),
                                                      rows.begin() + static_cast<std::ptrdiff_t>(first + n * kWidth)));
  }
  return created;
}

std::int64_t materialise_all(const Platform& platform) {
  const DayNumber today = platform.now() / kMinutesPerDay;
  const DayNumber last = today + platform.settings().horizon_days - 1;
  auto ids = platform.db().read([&](store::Transaction& tx) {
    std::vector<std::int64_t> out;
    for (const auto& r : tx.query("SELECT id FROM arrangement WHERE valid_to IS NULL OR valid_to >= ?", {today})) {
      out.push_back(r.i64(0));
    }
    return out;
  });
  std::int64_t created = 0;
  // One transaction per arrangement: short write locks, and progress survives an interruption.
  for (auto id : ids) {
    created += platform.db().write([&](store::Transaction& tx) { return materialise_arrangement(tx, id, today, last); });
  }
  return created;
}

}  // namespace carecrowd::services
