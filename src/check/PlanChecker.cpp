#include "check/PlanChecker.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "check/PlanCost.h"
#include "check/RouteWalk.h"

namespace carecrowd::check {

using domain::Caregiver;
using domain::Link;
using domain::Plan;
using domain::Problem;
using domain::TimeWindow;
using domain::Visit;

namespace {

bool contains(const std::vector<int>& list, int value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// One pass per rule over the routes it could read; each pass adds what it finds to `violations`.
class Checker {
 public:
  Checker(const Problem& problem, const Plan& plan) : problem_(problem), plan_(plan) {}

  CheckReport run() {
    const std::vector<RouteWalk> walks = read_routes();
    check_coverage(walks);
    for (const RouteWalk& walk : walks) {
      check_eligibility(walk);
      check_windows(walk);
      check_timing(walk);
      check_break(walk);
      check_capacity(walk);
    }
    check_max_work(walks);
    check_links(walks);

    CheckReport report;
    report.violations = std::move(violations_);
    report.feasible = report.violations.empty();
    report.cost = plan_cost(problem_, walks);
    return report;
  }

 private:
  // --- reading the plan -------------------------------------------------------------------------

  // Routes that name no real caregiver or shift cannot be timed, so they are reported and left out
  // altogether (their visits then count as missing unless listed elsewhere); unknown visit indices
  // are dropped from an otherwise readable route.
  std::vector<RouteWalk> read_routes() {
    const auto& caregivers = problem_.caregivers();
    const auto visit_count = static_cast<int>(problem_.visits().size());
    std::vector<RouteWalk> walks;
    std::set<std::pair<int, int>> seen;  // (caregiver, shift)

    for (std::size_t r = 0; r < plan_.routes.size(); ++r) {
      const domain::Route& route = plan_.routes[r];
      const std::string field = fmt::format("routes[{}]", r);
      if (route.caregiver < 0 || static_cast<std::size_t>(route.caregiver) >= caregivers.size()) {
        add("index", field,
            fmt::format("refers to caregiver index {}, the problem has {} caregivers", route.caregiver,
                        caregivers.size()));
        continue;
      }
      const Caregiver& c = caregivers[route.caregiver];
      if (route.shift < 0 || static_cast<std::size_t>(route.shift) >= c.availability.size()) {
        add("index", field,
            fmt::format("refers to shift {} of caregiver {}, who has {} shifts", route.shift, c.id,
                        c.availability.size()));
        continue;
      }
      if (!seen.emplace(route.caregiver, route.shift).second)
        add("duplicate", route_name(route.caregiver, route.shift),
            fmt::format("is a second route for this shift ({}); a plan has at most one route per caregiver "
                        "and shift",
                        field));

      std::vector<domain::PlannedVisit> known;
      known.reserve(route.visits.size());
      for (std::size_t k = 0; k < route.visits.size(); ++k) {
        const int v = route.visits[k].visit;
        if (v < 0 || v >= visit_count) {
          add("index", route_name(route.caregiver, route.shift),
              fmt::format("{}.visits[{}] refers to visit index {}, the problem has {} visits", field, k, v,
                          visit_count));
          continue;
        }
        known.push_back(route.visits[k]);
      }
      walks.push_back(walk_route(problem_, static_cast<int>(r), route.caregiver, route.shift, known));
    }
    return walks;
  }

  // Every visit exactly once: in one route, or among the unplanned.
  void check_coverage(const std::vector<RouteWalk>& walks) {
    const auto& visits = problem_.visits();
    std::vector<std::vector<int>> placed(visits.size());  // walk index per occurrence in a route
    std::vector<int> unplanned(visits.size(), 0);
    for (std::size_t w = 0; w < walks.size(); ++w)
      for (const Stop& stop : walks[w].stops) placed[stop.visit].push_back(static_cast<int>(w));
    for (std::size_t u = 0; u < plan_.unplanned.size(); ++u) {
      const int v = plan_.unplanned[u].visit;
      if (v < 0 || static_cast<std::size_t>(v) >= visits.size()) {
        add("index", fmt::format("unplanned[{}]", u),
            fmt::format("refers to visit index {}, the problem has {} visits", v, visits.size()));
        continue;
      }
      ++unplanned[v];
    }

    for (std::size_t v = 0; v < visits.size(); ++v) {
      const std::size_t times = placed[v].size() + static_cast<std::size_t>(unplanned[v]);
      const std::string where = "visit " + visits[v].id;
      if (times == 0) {
        add("missing", where, "is neither in a route nor listed as unplanned");
      } else if (times > 1) {
        std::string routes;
        for (int w : placed[v])
          routes += (routes.empty() ? " (" : "; ") + route_name(walks[w].caregiver, walks[w].shift);
        if (!routes.empty()) routes += ")";
        add("duplicate", where,
            fmt::format("appears {} times but must appear exactly once: {} time(s) in routes{}, {} time(s) among "
                        "the unplanned",
                        times, placed[v].size(), routes, unplanned[v]));
      }
    }
  }

  // --- rules per route --------------------------------------------------------------------------

  void check_eligibility(const RouteWalk& walk) {
    const Caregiver& c = problem_.caregivers()[walk.caregiver];
    for (const Stop& stop : walk.stops) {
      const Visit& v = problem_.visits()[stop.visit];
      const std::string where = stop_name(walk, stop);
      // A volunteer's level is 0 by definition, so a level rule failure there is the volunteer rule.
      if (c.kind == domain::CaregiverKind::volunteer && v.level > 0)
        add("volunteer", where,
            fmt::format("needs level {}, but {} is a volunteer; volunteers only do visits of level 0", v.level,
                        c.id));
      else if (c.level < v.level)
        add("level", where, fmt::format("needs level {}, but caregiver {} has level {}", v.level, c.id, c.level));

      const domain::CertificateSet missing = v.certificates.missing_from(c.certificates);
      if (!missing.empty())
        add("certificate", where,
            fmt::format("needs certificate(s) {} that caregiver {} does not hold", certificate_names(missing),
                        c.id));
      if (contains(v.excluded, walk.caregiver))
        add("excluded", where, fmt::format("excludes caregiver {}", c.id));
      if (v.pinned_caregiver && *v.pinned_caregiver != walk.caregiver)
        add("pinned", where,
            fmt::format("is pinned to caregiver {}, but done by {}",
                        problem_.caregivers()[*v.pinned_caregiver].id, c.id));
      if (v.pinned_start && stop.start != *v.pinned_start)
        add("pinned", where,
            fmt::format("is pinned to start at {}, but starts at {}", time(*v.pinned_start), time(stop.start)));
    }
  }

  void check_windows(const RouteWalk& walk) {
    for (const Stop& stop : walk.stops) {
      const Visit& v = problem_.visits()[stop.visit];
      const bool inside =
          std::any_of(v.windows.begin(), v.windows.end(), [&](const TimeWindow& w) { return w.contains(stop.start); });
      if (!inside)
        add("window", stop_name(walk, stop),
            fmt::format("starts at {}, outside its time window(s) {}", time(stop.start), windows(v.windows)));
    }
  }

  // The first start must leave room to travel from the start location after the shift opens; each
  // later start must leave room for the previous service and the travel in between; and the
  // caregiver must be back at the end location by the close of the shift.
  void check_timing(const RouteWalk& walk) {
    if (!walk.used()) return;  // an unused shift has no times to check
    const TimeWindow& shift = shift_of(walk);
    const std::string name = route_name(walk.caregiver, walk.shift);

    const Stop& first = walk.stops.front();
    if (first.start < shift.open + first.travel)
      add("availability", stop_name(walk, first),
          fmt::format("starts at {}, but the shift opens at {} and travel to it takes {}, so {} at the earliest",
                      time(first.start), time(shift.open), time(first.travel), time(shift.open + first.travel)));

    for (std::size_t i = 0; i + 1 < walk.stops.size(); ++i) {
      const Stop& before = walk.stops[i];
      const Stop& after = walk.stops[i + 1];
      const Visit& v = problem_.visits()[before.visit];
      const Duration earliest = before.start + v.duration + after.travel;
      if (after.start < earliest)
        add("travel", stop_name(walk, after),
            fmt::format("starts at {}, but visit {} starts at {} and lasts {}, and travel takes {}, so {} at the "
                        "earliest",
                        time(after.start), v.id, time(before.start), time(v.duration), time(after.travel),
                        time(earliest)));
    }

    if (walk.end > shift.close) {
      const Stop& last = walk.stops.back();
      add("availability", name,
          fmt::format("is back at {} (visit {} ends at {}, then {} of travel to the end location), after the shift "
                      "closes at {}",
                      time(walk.end), problem_.visits()[last.visit].id,
                      time(last.start + problem_.visits()[last.visit].duration), time(walk.travel_home),
                      time(shift.close)));
    }
  }

  void check_break(const RouteWalk& walk) {
    const Caregiver& c = problem_.caregivers()[walk.caregiver];
    const std::optional<Duration>& break_start = plan_.routes[walk.route].break_start;
    const std::string name = route_name(walk.caregiver, walk.shift);
    if (!c.break_rule) {
      // Without a rule there is no break length, so a break in the plan cannot mean anything.
      if (break_start)
        add("break", name,
            fmt::format("has a break at {}, but caregiver {} has no break rule", time(*break_start), c.id));
      return;
    }
    const domain::BreakRule& rule = *c.break_rule;
    if (!break_start) {
      if (walk.span() > rule.after)
        add("break", name,
            fmt::format("works a span of {}, more than {}, but has no break of {}", time(walk.span()),
                        time(rule.after), time(rule.length)));
      return;
    }
    // A break the plan states must fit even where none is required: the caregiver cannot be on a
    // break while at a client.
    if (!break_fits(walk, *break_start, rule.length))
      add("break", name, break_misfit(walk, *break_start, rule.length));
  }

  // docs/model.md: between consecutive visits vi, v(i+1), with ti + duration(vi) <= break_start and
  // break_start + length + travel(vi, v(i+1)) <= t(i+1).
  bool break_fits(const RouteWalk& walk, Duration at, Duration length) const {
    for (std::size_t i = 0; i + 1 < walk.stops.size(); ++i) {
      const Stop& before = walk.stops[i];
      const Stop& after = walk.stops[i + 1];
      if (before.start + problem_.visits()[before.visit].duration <= at && at + length + after.travel <= after.start)
        return true;
    }
    return false;
  }

  // Explains a break that does not fit, by the gap it was meant for: the one after the last visit
  // that ends by the break's start.
  std::string break_misfit(const RouteWalk& walk, Duration at, Duration length) const {
    const auto ends = [&](const Stop& s) { return s.start + problem_.visits()[s.visit].duration; };
    const std::string head = fmt::format("has a break of {} at {}", time(length), time(at));
    std::size_t gap = walk.stops.size();  // index of the visit before the break
    for (std::size_t i = 0; i < walk.stops.size(); ++i)
      if (ends(walk.stops[i]) <= at) gap = i;
    if (walk.stops.empty()) return head + ", but the route has no visits to take it between";
    if (gap == walk.stops.size())
      return fmt::format("{}, before the first visit {} ends at {}; a break is taken between two visits", head,
                         problem_.visits()[walk.stops.front().visit].id, time(ends(walk.stops.front())));
    if (gap + 1 == walk.stops.size())
      return fmt::format("{}, after the last visit {} ends at {}; a break is taken between two visits", head,
                         problem_.visits()[walk.stops.back().visit].id, time(ends(walk.stops.back())));
    const Stop& next = walk.stops[gap + 1];
    return fmt::format("{}: with {} of travel to visit {} it ends at {}, after that visit starts at {}", head,
                       time(next.travel), problem_.visits()[next.visit].id, time(at + length + next.travel),
                       time(next.start));
  }

  void check_capacity(const RouteWalk& walk) {
    const Caregiver& c = problem_.caregivers()[walk.caregiver];
    const std::string name = route_name(walk.caregiver, walk.shift);
    for (int d = 0; d < problem_.capacity_dimensions(); ++d) {
      std::int64_t load = 0;
      for (const Stop& stop : walk.stops) load += problem_.visits()[stop.visit].demand[d];
      if (load > c.capacity[d])
        add("capacity", name,
            fmt::format("carries {} in capacity dimension {}, more than the caregiver's capacity {}", load, d,
                        c.capacity[d]));
    }
    if (c.max_visits && walk.stops.size() > static_cast<std::size_t>(*c.max_visits))
      add("capacity", name,
          fmt::format("has {} visits, more than caregiver {}'s maximum of {} per shift", walk.stops.size(), c.id,
                      *c.max_visits));
  }

  // --- rules across routes ----------------------------------------------------------------------

  void check_max_work(const std::vector<RouteWalk>& walks) {
    std::map<int, std::pair<Duration, int>> work;  // caregiver -> (sum of spans, used routes)
    for (const RouteWalk& walk : walks) {
      if (!walk.used()) continue;
      auto& [total, routes] = work[walk.caregiver];
      total += walk.span();
      ++routes;
    }
    for (const auto& [caregiver, sum] : work) {
      const Caregiver& c = problem_.caregivers()[caregiver];
      if (c.max_work && sum.first > *c.max_work)
        add("max_work", "caregiver " + c.id,
            fmt::format("works {} over {} route(s), more than max_work {}", time(sum.first), sum.second,
                        time(*c.max_work)));
    }
  }

  void check_links(const std::vector<RouteWalk>& walks) {
    // Where each visit is done; a visit listed twice is already a violation, so its first place will do.
    struct Place {
      int caregiver = -1;
      Duration start;
    };
    const auto& visits = problem_.visits();
    std::vector<Place> place(visits.size());
    for (const RouteWalk& walk : walks)
      for (const Stop& stop : walk.stops)
        if (place[stop.visit].caregiver < 0) place[stop.visit] = Place{walk.caregiver, stop.start};

    const auto& links = problem_.links();
    for (std::size_t l = 0; l < links.size(); ++l) {
      const Link& link = links[l];
      const Visit& a = visits[link.first];
      const Visit& b = visits[link.second];
      const Place& pa = place[link.first];
      const Place& pb = place[link.second];
      const bool sync = link.kind == Link::Kind::synchronised;
      const std::string where = fmt::format("link {} ({} {} {})", l, a.id, sync ? "with" : "before", b.id);

      if ((pa.caregiver >= 0) != (pb.caregiver >= 0)) {
        const Visit& in = pa.caregiver >= 0 ? a : b;
        const Visit& out = pa.caregiver >= 0 ? b : a;
        add("link", where,
            fmt::format("visit {} is planned but visit {} is not; linked visits are planned both or neither", in.id,
                        out.id));
        continue;
      }
      if (pa.caregiver < 0) continue;  // both unplanned keeps the link

      if ((sync || link.different_caregivers) && pa.caregiver == pb.caregiver)
        add("link", where,
            fmt::format("visits {} and {} are both done by caregiver {}, but need two different caregivers", a.id,
                        b.id, problem_.caregivers()[pa.caregiver].id));
      if (sync) {
        if (pa.start != pb.start)
          add("link", where,
              fmt::format("visit {} starts at {} and visit {} at {}; double staffing needs equal starts", a.id,
                          time(pa.start), b.id, time(pb.start)));
      } else {
        const Duration gap = pb.start - pa.start;
        if (gap < link.min_gap || gap > link.max_gap)
          add("link", where,
              fmt::format("visit {} starts at {} and visit {} at {}, {} later; the link allows {} to {}", a.id,
                          time(pa.start), b.id, time(pb.start), time(gap), time(link.min_gap), time(link.max_gap)));
      }
    }
  }

  // --- naming things for people -----------------------------------------------------------------

  void add(std::string kind, const std::string& where, const std::string& detail) {
    violations_.push_back(Violation{std::move(kind), where, where + ": " + detail});
  }

  const TimeWindow& shift_of(const RouteWalk& walk) const {
    return problem_.caregivers()[walk.caregiver].availability[walk.shift];
  }

  std::string route_name(int caregiver, int shift) const {
    const TimeWindow& w = problem_.caregivers()[caregiver].availability[shift];
    return fmt::format("caregiver {}, shift {} [{}, {}]", problem_.caregivers()[caregiver].id, shift, time(w.open),
                       time(w.close));
  }

  std::string stop_name(const RouteWalk& walk, const Stop& stop) const {
    return route_name(walk.caregiver, walk.shift) + ", visit " + problem_.visits()[stop.visit].id;
  }

  // Ticks in the problem's time unit (minutes for native problems), with decimals only when needed.
  std::string time(Duration d) const {
    const std::int64_t per_unit = problem_.scale().time_ticks_per_unit;
    if (per_unit <= 1 || d.get() % per_unit == 0) return std::to_string(d.get() / std::max<std::int64_t>(per_unit, 1));
    std::string text = fmt::format("{:.3f}", static_cast<double>(d.get()) / static_cast<double>(per_unit));
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
  }

  std::string windows(const std::vector<TimeWindow>& list) const {
    std::string text;
    for (const TimeWindow& w : list)
      text += fmt::format("{}[{}, {}]", text.empty() ? "" : " or ", time(w.open), time(w.close));
    return text;
  }

  std::string certificate_names(domain::CertificateSet set) const {
    std::string text;
    const auto& names = problem_.certificate_names();
    for (int b = 0; b < domain::CertificateSet::capacity; ++b) {
      if (!set.contains(b)) continue;
      const std::string name = static_cast<std::size_t>(b) < names.size() ? names[b] : "#" + std::to_string(b);
      text += (text.empty() ? "" : ", ") + name;
    }
    return text;
  }

  const Problem& problem_;
  const Plan& plan_;
  std::vector<Violation> violations_;
};

}  // namespace

CheckReport check_plan(const Problem& problem, const Plan& plan) { return Checker(problem, plan).run(); }

}  // namespace carecrowd::check
