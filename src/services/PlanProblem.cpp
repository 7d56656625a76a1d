#include "services/PlanProblem.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "market/Availability.h"
#include "market/Eligibility.h"
#include "records/PlanningSnapshot.h"

namespace carecrowd::services {
namespace {

using namespace domain;

constexpr std::int64_t kTicksPerMinute = 60;  // Scale{}.time_ticks_per_unit: minutes in, seconds inside
// How far back the tasks of a client count as the caregivers it knows (continuity).
constexpr DayNumber kHistoryDays = 90;
// Minutes a held visit may start after its stored start however tight its window: stored starts
// are the market's walk in seconds rounded up to the minute, so the engine, walking the same day
// in seconds, can arrive up to a minute past each (see add_claimed_visits).
constexpr LocalMinute kStoredStartSlack = 5;

// A task as both task reads give it: the task with its care task's arrangement, key and precedence.
using TaskRow = records::PlanningTask;

struct CaregiverAvailability {
  std::vector<market::RecurringAvailability> recurring;
  std::vector<market::OneOffAvailability> one_off;
};

// The calendar's intervals on `day` as the engine's shifts. Cut at midnight: an interval running
// into the next day belongs to that day, so each day is a route from home and back. Widened by up
// to kTravelAllowance either side (never into the day before or after, nor past the middle of the
// gap to the next interval): the market lets a caregiver leave home before their availability
// starts and come back after it ends, while the engine counts the journey inside the shift. Tasks
// themselves still lie wholly in the availability (see add_open_visits).
constexpr LocalMinute kTravelAllowance = 60;

std::vector<market::Interval> shifts_on(const market::AvailabilityCalendar& calendar, DayNumber day) {
  const LocalMinute midnight = day * kMinutesPerDay;
  std::vector<market::Interval> cut;
  for (const auto& i : calendar.intervals()) {
    const market::Interval piece{std::max(i.start, midnight), std::min(i.end, midnight + kMinutesPerDay)};
    if (piece.start < piece.end) cut.push_back(piece);
  }
  std::vector<market::Interval> out;
  for (std::size_t k = 0; k < cut.size(); ++k) {
    const LocalMinute low = k == 0 ? midnight : (cut[k - 1].end + cut[k].start) / 2;
    const LocalMinute high = k + 1 == cut.size() ? midnight + kMinutesPerDay : (cut[k].end + cut[k + 1].start) / 2;
    out.push_back({std::max(low, cut[k].start - kTravelAllowance), std::min(high, cut[k].end + kTravelAllowance)});
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

// A claimed task as the weekly limit needs it.
struct PinnedVisit {
  TimeWindow window;
  Duration duration;
  int location = -1;
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

  void add_caregivers(const std::vector<CaregiverRow>& caregivers,
                      const std::map<std::int64_t, CaregiverAvailability>& availability,
                      const std::multimap<std::int64_t, std::pair<std::string, DayNumber>>& certificates,
                      const std::vector<TaskRow>& held) {
    for (const auto& t : held) week_minutes_[{*t.caregiver_id, week_start(t.day)}] += t.duration;
    for (const auto& c : caregivers) {
      const auto published = availability.find(c.id);
      if (published == availability.end()) continue;
      const auto& calendar =
          calendars_.try_emplace(c.id, published->second.recurring, published->second.one_off, from_, to_).first->second;
      const int home = point(c.lat, c.lon);
      for (DayNumber week = week_start(from_); week <= to_; week += 7) {
        const DayNumber first = std::max(from_, week);
        const DayNumber last = std::min(to_, week + 6);
        const int index = static_cast<int>(out_.data.caregivers.size());
        Caregiver g;
        for (DayNumber day = first; day <= last; ++day) {
          const auto shifts = shifts_on(calendar, day);
          if (shifts.empty()) continue;
          for (const auto& shift : shifts) {
            TimeWindow w{ticks(shift.start), ticks(shift.end)};
            // Shifts must not touch: one that starts where the one before ends (at midnight, or in
            // the middle of a gap) starts a second later.
            if (!g.availability.empty() && w.open <= g.availability.back().close)
              w.open = g.availability.back().close + Duration(1);
            g.availability.push_back(w);
          }
          day_index_[{c.id, day}] = index;
          available_on_[day].push_back(index);
        }
        if (g.availability.empty()) continue;
        g.id = "caregiver" + std::to_string(c.id) + "/" + format_date(first);
        g.level = c.level;
        g.kind = c.kind;
        g.mode = c.mode;
        g.start_location = g.end_location = home;
        // One certificate set for the whole week: those still valid on its last planned day.
        for (auto [it, end] = certificates.equal_range(c.id); it != end; ++it) {
          const auto& [code, expires] = it->second;
          const auto found = certificate_index_.find(code);
          if (found != certificate_index_.end() && expires >= last) g.certificates.insert(found->second);
        }
        g.hourly_cost = c.hourly_rate_cents * out_.data.scale.cost_ticks_per_unit;
        out_.data.caregivers.push_back(std::move(g));
        out_.caregivers.push_back(PlanCaregiver{c.id, first, c.employed, 0});
        out_.caregivers.back().minutes_left =
            std::max<std::int64_t>(0, c.max_minutes_week - week_minutes_[{c.id, week_start(first)}]);
        pinned_days_.emplace_back();
      }
    }
  }

  void add_open_visits(const std::vector<TaskRow>& open) {
    for (const auto& t : open) {
      Visit v = visit(t);
      v.level = t.level;
      for (const auto& code : market::split_certificates(t.certificates)) v.certificates.insert(certificate_index_.at(code));
      // An open task left unplanned stays in the market, so it may wait; claimed tasks may not, and
      // so the engine places them first and never gives their time away.
      v.must_plan = false;
      // The market lets a caregiver take a task only when one stretch of their availability holds
      // all of it, from the window's start to its latest end; a plan offers nothing they could not
      // accept.
      for (int g : available_on_[t.day]) {
        const auto& calendar = calendars_.at(out_.caregivers[static_cast<std::size_t>(g)].caregiver_id);
        if (!calendar.covers(t.window_start, t.window_end + t.duration)) v.excluded.push_back(g);
      }
      add_visit(t, std::move(v), false);
    }
  }

  void add_claimed_visits(const std::vector<TaskRow>& held) {
    // Per (engine caregiver, day): its held visits.
    struct Held {
      LocalMinute stored = 0;  // where the stored day starts it (its check-in once started)
      int index = 0;           // the engine's visit
      bool started = false;
      LocalMinute window_end = 0;
      std::optional<LocalMinute> fixed;  // the start care staff chose by hand
      bool operator<(const Held& o) const { return std::pair{stored, index} < std::pair{o.stored, o.index}; }
    };
    std::map<std::pair<int, DayNumber>, std::vector<Held>> days;
    for (const auto& t : held) {
      if (t.status != TaskStatus::claimed || t.day < from_ || t.day > to_) continue;
      const auto found = day_index_.find({*t.caregiver_id, t.day});
      // A caregiver not available that day has no shift to hold the claim; it stays theirs, and
      // counts towards their week.
      if (found == day_index_.end()) continue;
      Visit v = visit(t);
      v.pinned_caregiver = found->second;
      const LocalMinute stored = t.check_in ? *t.check_in : t.planned_start.value_or(t.window_start);
      days[{found->second, t.day}].push_back(
          Held{stored, static_cast<int>(out_.data.visits.size()), t.check_in.has_value(), t.window_end, t.fixed_start});
      if (t.check_in) v.windows = {TimeWindow{ticks(*t.check_in), ticks(*t.check_in + kStoredStartSlack)}};
      add_visit(t, std::move(v), true);
    }
    // The market walks a held day in its stored order (by planned start), each visit as early as
    // it can, and takes a new visit only where it makes no held one late: held visits may be
    // pushed later, never re-ordered. So each held visit starts here between its stored start and
    // the next one's (within its own window): in that order only, and the market's walk of a
    // plan's route then starts every visit no later than the plan does, so the proposals are not
    // refused for timing. Left free, the engine re-ordered held visits and 5 to 9 of a week's
    // assignments on the demo were refused; chained by precedence links instead, it left 140 to
    // 200 held visits out of its routes (bench/RESULTS.md, issue 15 item 6).
    for (auto& [caregiver_day, visits] : days) {
      std::sort(visits.begin(), visits.end());
      for (std::size_t i = 0; i < visits.size(); ++i) {
        Visit& v = out_.data.visits[static_cast<std::size_t>(visits[i].index)];
        if (visits[i].started) {
          // Its window is its check-in (above).
        } else if (visits[i].fixed) {
          // A start fixed by hand: the market's walk starts it exactly then and refuses what would
          // push it later, so the plan may not move it either.
          v.windows = {TimeWindow{ticks(*visits[i].fixed), ticks(*visits[i].fixed)}};
        } else {
          const LocalMinute open = visits[i].stored;
          LocalMinute close = visits[i].window_end;
          if (i + 1 < visits.size()) close = std::min(close, visits[i + 1].stored);
          v.windows = {TimeWindow{ticks(open), ticks(std::max(close, open + kStoredStartSlack))}};
        }
        pinned_days_[static_cast<std::size_t>(caregiver_day.first)][caregiver_day.second].push_back(
            PinnedVisit{v.windows.front(), v.duration, v.location});
      }
    }
  }

  void add_history(const std::vector<std::pair<std::int64_t, std::int64_t>>& client_caregiver) {
    std::multimap<std::int64_t, int> weeks_of;  // caregiver id -> engine caregivers
    for (std::size_t i = 0; i < out_.caregivers.size(); ++i)
      weeks_of.emplace(out_.caregivers[i].caregiver_id, static_cast<int>(i));
    std::map<std::int64_t, std::vector<int>> known;  // client -> engine caregivers it knows
    for (const auto& [client, caregiver] : client_caregiver)
      for (auto [it, last] = weeks_of.equal_range(caregiver); it != last; ++it) known[client].push_back(it->second);
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
    out_.caregiver_days = static_cast<int>(day_index_.size());
    add_weekly_limits();
    return std::move(out_);
  }

 private:
  static DayNumber week_start(DayNumber day) { return day - weekday(day); }

  // The weekly limit. The market counts the minutes of a caregiver's tasks against max_minutes_week;
  // the engine counts the span of each route, travel and waiting included. So max_work is what the
  // week leaves for new tasks plus, for each day with claimed tasks, the span those take on their
  // own (walked in order of their windows, with a quarter of an hour to spare),
  // so that claimed tasks are not squeezed out by the limit. New work the engine fits into the
  // waiting between claimed tasks costs no span; what goes past the market's limit that way is left
  // out of the proposals (see Planning).
  void add_weekly_limits() {
    for (std::size_t g = 0; g < out_.caregivers.size(); ++g) {
      Duration room = Duration(out_.caregivers[g].minutes_left * kTicksPerMinute);
      for (auto& [day, pinned] : pinned_days_[g]) room = room + claimed_span(out_.data.caregivers[g], pinned);
      out_.data.caregivers[g].max_work = room;
    }
  }

  Duration claimed_span(const Caregiver& c, std::vector<PinnedVisit>& pinned) const {
    std::sort(pinned.begin(), pinned.end(),
              [](const PinnedVisit& a, const PinnedVisit& b) { return a.window.open < b.window.open; });
    const TravelModel& travel = out_.data.travel;
    auto trip = [&](int from, int to) {
      return from < 0 || to < 0 ? Duration(0) : travel.duration(c.mode, from, to);
    };
    int here = c.start_location;
    Duration departure(0), time(0);
    for (std::size_t i = 0; i < pinned.size(); ++i) {
      const PinnedVisit& v = pinned[i];
      const int there = v.location < 0 ? here : v.location;  // a digital visit does not move anyone
      if (i == 0) {
        departure = v.window.open - trip(here, there);
        time = v.window.open;
      } else {
        time = max(time + trip(here, there), v.window.open);
      }
      time = time + v.duration;
      here = there;
    }
    return time + trip(here, c.end_location) - departure + Duration(15 * kTicksPerMinute);
  }

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
    v.mode = t.digital() ? VisitMode::digital : VisitMode::physical;
    v.location = t.digital() ? -1 : point(t.lat, t.lon);
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
  std::map<std::int64_t, market::AvailabilityCalendar> calendars_;    // caregiver id -> calendar
  std::map<std::pair<std::int64_t, DayNumber>, int> day_index_;       // (caregiver, day) -> engine caregiver
  std::map<DayNumber, std::vector<int>> available_on_;                // day -> engine caregivers with a shift
  std::map<std::pair<std::int64_t, DayNumber>, std::int64_t> week_minutes_;  // (caregiver, Monday) -> task minutes
  std::vector<std::map<DayNumber, std::vector<PinnedVisit>>> pinned_days_;  // per engine caregiver and day
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
                              LocalMinute now, const std::optional<std::vector<std::int64_t>>& only_open) {
  std::vector<CaregiverRow> caregivers;
  for (const auto& [p, employed] : records::organisation_caregivers(tx, organisation_id)) {
    caregivers.push_back(CaregiverRow{p.id, p.level, p.kind, p.home_lat, p.home_lon, p.travel_mode, p.max_minutes_week,
                                      p.hourly_rate_cents, employed});
  }

  std::map<std::int64_t, CaregiverAvailability> availability;
  for (const auto& [caregiver_id, a] : records::organisation_availability(tx, organisation_id, from, to)) {
    auto& published = availability[caregiver_id];
    if (a.day)
      published.one_off.push_back({*a.day, a.from_minute, a.to_minute, a.available});
    else if (a.weekday)
      published.recurring.push_back({*a.weekday, a.from_minute, a.to_minute});
  }

  std::multimap<std::int64_t, std::pair<std::string, DayNumber>> certificates;
  for (const auto& c : records::verified_certificates(tx, organisation_id, from))
    certificates.emplace(c.caregiver_id, std::pair{c.code, c.expires_day});

  // The caregivers' tasks in the weeks around the days (claimed ones in the days become pinned
  // visits; all count towards the weekly limit), of every organisation they work for.
  const std::vector<TaskRow> held =
      records::tasks_held_by_organisation_caregivers(tx, organisation_id, from - weekday(from), to + (6 - weekday(to)));
  std::vector<TaskRow> open = records::open_tasks_to_plan(tx, organisation_id, from, to, now);
  if (only_open) {
    const std::set<std::int64_t> wanted(only_open->begin(), only_open->end());
    std::erase_if(open, [&](const TaskRow& t) { return wanted.count(t.id) == 0; });
  }

  const auto known = records::cared_for_pairs(tx, organisation_id, from - kHistoryDays, to);

  PlanProblemBuilder builder(from, to);
  builder.add_certificate_names(open);
  builder.add_caregivers(caregivers, availability, certificates, held);
  builder.add_open_visits(open);
  builder.add_claimed_visits(held);
  builder.add_history(known);
  builder.add_links();
  return builder.finish();
}

domain::Plan held_plan(const PlanProblem& problem) {
  const auto& visits = problem.data.visits;
  const auto& caregivers = problem.data.caregivers;
  // (engine caregiver, shift) -> (start, visit), so that each route lists its visits in order.
  std::map<std::pair<int, int>, std::vector<std::pair<Duration, int>>> routes;
  for (std::size_t v = 0; v < visits.size(); ++v) {
    const auto& visit = visits[v];
    if (!visit.pinned_caregiver || visit.windows.empty()) continue;
    const int g = *visit.pinned_caregiver;
    const auto& shifts = caregivers[static_cast<std::size_t>(g)].availability;
    const Duration start = visit.windows.front().open;
    for (std::size_t s = 0; s < shifts.size(); ++s) {
      if (!shifts[s].contains(start)) continue;
      routes[{g, static_cast<int>(s)}].emplace_back(start, static_cast<int>(v));
      break;
    }
  }
  domain::Plan plan;
  for (auto& [key, held] : routes) {
    std::sort(held.begin(), held.end());
    domain::Route route;
    route.caregiver = key.first;
    route.shift = key.second;
    for (const auto& [start, v] : held) route.visits.push_back({v, start});
    plan.routes.push_back(std::move(route));
  }
  return plan;
}

}  // namespace carecrowd::services
