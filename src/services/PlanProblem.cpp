#include "services/PlanProblem.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>

#include "market/Availability.h"
#include "market/Eligibility.h"

namespace carecrowd::services {
namespace {

using namespace domain;

constexpr std::int64_t kTicksPerMinute = 60;  // Scale{}.time_ticks_per_unit: minutes in, seconds inside
// How far back the tasks of a client count as the caregivers it knows (continuity).
constexpr DayNumber kHistoryDays = 90;

CaregiverKind parse_kind(const std::string& text) {
  if (text == "volunteer") return CaregiverKind::volunteer;
  if (text == "freelancer") return CaregiverKind::freelancer;
  return CaregiverKind::employee;
}

// One task as both task queries select it.
constexpr const char* kTaskColumns =
    "t.id, t.client_id, t.care_task_id, t.day, t.slot, t.window_start, t.window_end, t.duration, t.mode, t.lat, "
    "t.lon, t.level, t.certificates, t.caregiver_id, t.status, ct.arrangement_id, ct.key, ct.after_key";

struct TaskRow {
  std::int64_t id, client_id, care_task_id;
  DayNumber day;
  std::int64_t slot;
  LocalMinute window_start, window_end;
  std::int64_t duration;
  bool digital;
  double lat, lon;
  int level;
  std::string certificates;
  std::optional<std::int64_t> caregiver_id;
  std::string status;
  std::int64_t arrangement_id;
  std::string key, after_key;
};

TaskRow task_row(const store::Row& r) {
  return TaskRow{.id = r.i64(0),
                 .client_id = r.i64(1),
                 .care_task_id = r.i64(2),
                 .day = r.i64(3),
                 .slot = r.i64(4),
                 .window_start = r.i64(5),
                 .window_end = r.i64(6),
                 .duration = r.i64(7),
                 .digital = r.text(8) == "digital",
                 .lat = r.f64(9),
                 .lon = r.f64(10),
                 .level = static_cast<int>(r.i64(11)),
                 .certificates = r.text(12),
                 .caregiver_id = r.opt_i64(13),
                 .status = r.text(14),
                 .arrangement_id = r.i64(15),
                 .key = r.text(16),
                 .after_key = r.text(17)};
}

struct CaregiverAvailability {
  std::vector<market::RecurringAvailability> recurring;
  std::vector<market::OneOffAvailability> one_off;
};

// The calendar's intervals on `day`, cut at midnight: an interval running into the next day belongs
// to that day's engine caregiver, so that no two of a caregiver's shifts overlap.
std::vector<market::Interval> shifts_on(const market::AvailabilityCalendar& calendar, DayNumber day) {
  const LocalMinute midnight = day * kMinutesPerDay;
  std::vector<market::Interval> out;
  for (const auto& i : calendar.intervals()) {
    const market::Interval cut{std::max(i.start, midnight), std::min(i.end, midnight + kMinutesPerDay)};
    if (cut.start < cut.end) out.push_back(cut);
  }
  return out;
}

struct CaregiverRow {
  std::int64_t id;
  int level;
  CaregiverKind kind;
  double lat, lon;
  TravelMode mode;
  std::int64_t max_minutes_week;
  std::int64_t hourly_rate_cents;
  bool employed;
};

// Builds the problem from rows already read, so that the reading stays a handful of queries.
class PlanProblemBuilder {
 public:
  PlanProblemBuilder(DayNumber from, DayNumber to) : from_(from), to_(to) {
    out_.origin = from * kMinutesPerDay;
    out_.data.scale = Scale{};
    out_.data.objective = Objective::care_defaults();
  }

  void add_certificate_names(const std::vector<TaskRow>& open) {
    for (const auto& t : open)
      for (const auto& code : market::split_certificates(t.certificates))
        if (certificate_index_.emplace(code, static_cast<int>(out_.data.certificate_names.size())).second)
          out_.data.certificate_names.push_back(code);
  }

  void add_caregiver_days(const std::vector<CaregiverRow>& caregivers,
                          const std::map<std::int64_t, CaregiverAvailability>& availability,
                          const std::multimap<std::int64_t, std::pair<std::string, DayNumber>>& certificates,
                          const std::vector<TaskRow>& held) {
    // Minutes of tasks per (caregiver, week start), and per (caregiver, day), for the weekly limit.
    std::map<std::pair<std::int64_t, DayNumber>, std::int64_t> week_minutes, day_minutes;
    for (const auto& t : held) {
      week_minutes[{*t.caregiver_id, week_start(t.day)}] += t.duration;
      day_minutes[{*t.caregiver_id, t.day}] += t.duration;
    }
    for (const auto& c : caregivers) {
      const auto published = availability.find(c.id);
      if (published == availability.end()) continue;
      const market::AvailabilityCalendar calendar(published->second.recurring, published->second.one_off, from_, to_);
      const int home = point(c.lat, c.lon);
      for (DayNumber day = from_; day <= to_; ++day) {
        const auto shifts = shifts_on(calendar, day);
        if (shifts.empty()) continue;
        Caregiver g;
        g.id = "caregiver" + std::to_string(c.id) + "@" + format_date(day);
        g.level = c.level;
        g.kind = c.kind;
        g.mode = c.mode;
        g.start_location = g.end_location = home;
        for (const auto& shift : shifts) g.availability.push_back(TimeWindow{ticks(shift.start), ticks(shift.end)});
        for (auto [it, last] = certificates.equal_range(c.id); it != last; ++it) {
          const auto& [code, expires] = it->second;
          const auto index = certificate_index_.find(code);
          if (index != certificate_index_.end() && expires >= day) g.certificates.insert(index->second);
        }
        // What the week leaves for this day: other days' tasks are spoken for; this day's claimed
        // tasks are in the route and count through it.
        const std::int64_t other_days = week_minutes[{c.id, week_start(day)}] - day_minutes[{c.id, day}];
        g.max_work = Duration(std::max<std::int64_t>(0, c.max_minutes_week - other_days) * kTicksPerMinute);
        g.hourly_cost = c.hourly_rate_cents * out_.data.scale.cost_ticks_per_unit;
        shift_index_[{c.id, day}] = static_cast<int>(out_.data.caregivers.size());
        out_.data.caregivers.push_back(std::move(g));
        out_.caregivers.push_back(PlanShift{c.id, day, c.employed});
      }
    }
  }

  void add_open_visits(const std::vector<TaskRow>& open) {
    for (const auto& t : open) {
      Visit v = visit(t);
      v.level = t.level;
      for (const auto& code : market::split_certificates(t.certificates)) v.certificates.insert(certificate_index_.at(code));
      add_visit(t, std::move(v), false);
    }
  }

  void add_claimed_visits(const std::vector<TaskRow>& held) {
    for (const auto& t : held) {
      if (t.status != "claimed" || t.day < from_ || t.day > to_) continue;
      const auto shift = shift_index_.find({*t.caregiver_id, t.day});
      // A caregiver with no availability that day is not planned that day; their claim is theirs.
      if (shift == shift_index_.end()) continue;
      Visit v = visit(t);
      v.pinned_caregiver = shift->second;
      add_visit(t, std::move(v), true);
    }
  }

  void add_history(const std::vector<std::pair<std::int64_t, std::int64_t>>& client_caregiver) {
    std::multimap<std::int64_t, int> shifts_of;  // caregiver id -> engine caregivers
    for (std::size_t i = 0; i < out_.caregivers.size(); ++i)
      shifts_of.emplace(out_.caregivers[i].caregiver_id, static_cast<int>(i));
    std::map<std::int64_t, std::vector<int>> known;  // client -> engine caregivers it knows
    for (const auto& [client, caregiver] : client_caregiver)
      for (auto [it, last] = shifts_of.equal_range(caregiver); it != last; ++it) known[client].push_back(it->second);
    for (std::size_t v = 0; v < out_.visits.size(); ++v) {
      if (out_.visits[v].claimed) continue;
      if (const auto it = known.find(out_.visits[v].client_id); it != known.end()) out_.data.visits[v].history = it->second;
    }
  }

  void add_links() {
    for (std::size_t v = 0; v < out_.visits.size(); ++v) {
      const auto& [care_task, day, slot] = keys_[v];
      if (slot == 1) {
        if (const auto first = by_slot_.find({care_task, day, 0}); first != by_slot_.end()) {
          Link link;
          link.kind = Link::Kind::synchronised;
          link.first = first->second;
          link.second = static_cast<int>(v);
          out_.data.links.push_back(link);
          ++out_.double_staffing_links;
        }
      }
      const auto& [arrangement, after_key] = after_[v];
      if (slot != 0 || after_key.empty()) continue;
      const auto before = by_key_.find({arrangement, after_key, day});
      if (before == by_key_.end()) continue;
      Link link;
      link.kind = Link::Kind::precedence;
      link.first = before->second;
      link.second = static_cast<int>(v);
      link.min_gap = out_.data.visits[before->second].duration;  // starts once the earlier task has ended
      link.max_gap = Duration::max();
      link.different_caregivers = false;
      out_.data.links.push_back(link);
      ++out_.precedence_links;
    }
  }

  PlanProblem finish() {
    out_.data.name = "plan " + format_date(from_) + " to " + format_date(to_);
    out_.data.travel = TravelModel::geographic(std::move(points_));
    return std::move(out_);
  }

 private:
  static DayNumber week_start(DayNumber day) { return day - weekday(day); }
  Duration ticks(LocalMinute minute) const { return Duration((minute - out_.origin) * kTicksPerMinute); }

  int point(double lat, double lon) {
    const auto [it, inserted] = point_index_.emplace(std::pair{lat, lon}, static_cast<int>(points_.size()));
    if (inserted) points_.push_back(Point{lon, lat});
    return it->second;
  }

  Visit visit(const TaskRow& t) {
    Visit v;
    v.id = "task" + std::to_string(t.id);
    v.client = "client" + std::to_string(t.client_id);
    v.mode = t.digital ? VisitMode::digital : VisitMode::physical;
    v.location = t.digital ? -1 : point(t.lat, t.lon);
    v.duration = Duration(t.duration * kTicksPerMinute);
    v.windows = {TimeWindow{ticks(t.window_start), ticks(std::max(t.window_start, t.window_end))}};
    return v;
  }

  void add_visit(const TaskRow& t, Visit v, bool claimed) {
    const int index = static_cast<int>(out_.data.visits.size());
    out_.data.visits.push_back(std::move(v));
    out_.visits.push_back(PlanVisit{t.id, t.client_id, claimed, t.window_start});
    keys_.emplace_back(t.care_task_id, t.day, t.slot);
    after_.emplace_back(t.arrangement_id, t.after_key);
    by_slot_[{t.care_task_id, t.day, t.slot}] = index;
    if (t.slot == 0) by_key_[{t.arrangement_id, t.key, t.day}] = index;
  }

  DayNumber from_, to_;
  PlanProblem out_;
  std::vector<Point> points_;
  std::map<std::pair<double, double>, int> point_index_;
  std::unordered_map<std::string, int> certificate_index_;
  std::map<std::pair<std::int64_t, DayNumber>, int> shift_index_;  // (caregiver, day) -> engine caregiver
  // Per visit: (care task, day, slot) and (arrangement, after key); and the reverse look-ups.
  std::vector<std::tuple<std::int64_t, DayNumber, std::int64_t>> keys_;
  std::vector<std::pair<std::int64_t, std::string>> after_;
  std::map<std::tuple<std::int64_t, DayNumber, std::int64_t>, int> by_slot_;
  std::map<std::tuple<std::int64_t, std::string, DayNumber>, int> by_key_;
};

}  // namespace

int PlanProblem::open_visits() const {
  return static_cast<int>(std::count_if(visits.begin(), visits.end(), [](const PlanVisit& v) { return !v.claimed; }));
}

PlanProblem read_plan_problem(store::Transaction& tx, std::int64_t organisation_id, DayNumber from, DayNumber to,
                              LocalMinute now) {
  std::vector<CaregiverRow> caregivers;
  for (const auto& r : tx.query("SELECT c.id, c.level, c.kind, c.home_lat, c.home_lon, c.travel_mode, c.max_minutes_week, "
                                "c.hourly_rate_cents, co.employed FROM caregiver c JOIN caregiver_organisation co ON "
                                "co.caregiver_id = c.id WHERE co.organisation_id = ? ORDER BY c.id",
                                {organisation_id})) {
    TravelMode mode = TravelMode::bike;
    if (!parse_travel_mode(r.text(5), mode)) mode = TravelMode::bike;
    caregivers.push_back(CaregiverRow{r.i64(0), static_cast<int>(r.i64(1)), parse_kind(r.text(2)), r.f64(3), r.f64(4),
                                      mode, r.i64(6), r.i64(7), r.i64(8) != 0});
  }

  std::map<std::int64_t, CaregiverAvailability> availability;
  for (const auto& r : tx.query("SELECT a.caregiver_id, a.weekday, a.day, a.from_minute, a.to_minute, a.available FROM "
                                "availability a JOIN caregiver_organisation co ON co.caregiver_id = a.caregiver_id "
                                "WHERE co.organisation_id = ? AND (a.day IS NULL OR (a.day >= ? AND a.day <= ?))",
                                {organisation_id, from, to})) {
    auto& published = availability[r.i64(0)];
    const int begin = static_cast<int>(r.i64(3));
    const int end = static_cast<int>(r.i64(4));
    if (const auto day = r.opt_i64(2))
      published.one_off.push_back({*day, begin, end, r.i64(5) != 0});
    else if (const auto wd = r.opt_i64(1))
      published.recurring.push_back({static_cast<int>(*wd), begin, end});
  }

  std::multimap<std::int64_t, std::pair<std::string, DayNumber>> certificates;
  for (const auto& r : tx.query("SELECT ce.caregiver_id, ce.code, ce.expires_day FROM certificate ce JOIN "
                                "caregiver_organisation co ON co.caregiver_id = ce.caregiver_id WHERE "
                                "co.organisation_id = ? AND ce.verified_by IS NOT NULL AND ce.expires_day >= ?",
                                {organisation_id, from}))
    certificates.emplace(r.i64(0), std::pair{r.text(1), r.i64(2)});

  // The caregivers' tasks in the weeks around the days (claimed ones in the days become pinned
  // visits; all count towards the weekly limit), of every organisation they work for.
  std::vector<TaskRow> held;
  for (const auto& r : tx.query(std::string("SELECT ") + kTaskColumns +
                                    " FROM task t JOIN care_task ct ON ct.id = t.care_task_id JOIN caregiver_organisation "
                                    "co ON co.caregiver_id = t.caregiver_id WHERE co.organisation_id = ? AND t.status IN "
                                    "('claimed', 'done') AND t.day >= ? AND t.day <= ? ORDER BY t.window_start, t.id",
                                {organisation_id, from - weekday(from), to + (6 - weekday(to))}))
    held.push_back(task_row(r));

  std::vector<TaskRow> open;
  for (const auto& r : tx.query(std::string("SELECT ") + kTaskColumns +
                                    " FROM task t JOIN care_task ct ON ct.id = t.care_task_id WHERE t.organisation_id = ? "
                                    "AND t.status = 'open' AND t.day >= ? AND t.day <= ? AND t.window_start > ? "
                                    "ORDER BY t.window_start, t.id",
                                {organisation_id, from, to, now}))
    open.push_back(task_row(r));

  std::vector<std::pair<std::int64_t, std::int64_t>> known;
  for (const auto& r : tx.query("SELECT DISTINCT client_id, caregiver_id FROM task WHERE organisation_id = ? AND "
                                "caregiver_id IS NOT NULL AND status IN ('claimed', 'done') AND day >= ? AND day <= ?",
                                {organisation_id, from - kHistoryDays, to}))
    known.emplace_back(r.i64(0), r.i64(1));

  PlanProblemBuilder builder(from, to);
  builder.add_certificate_names(open);
  builder.add_caregiver_days(caregivers, availability, certificates, held);
  builder.add_open_visits(open);
  builder.add_claimed_visits(held);
  builder.add_history(known);
  builder.add_links();
  return builder.finish();
}

}  // namespace carecrowd::services
