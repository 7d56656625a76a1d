// Problem: one planning question — which caregiver does which visit, and when — in domain terms.
//
// Readers (src/io) fill a ProblemData and call Problem::create, which validates every field and
// returns an Error naming the field and the id when something is wrong; so a Problem that exists is
// consistent (indices in range, windows ordered, matrix sizes right) and the engine and the checker
// rely on that without re-checking.
//
// Units: every time and duration is in ticks (see Scale), counted from the start of the planning
// horizon; distances in distance ticks; costs in cost ticks.
//
// Thread safety: immutable once created; safe to share between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Error.h"
#include "core/Quantity.h"
#include "domain/CaregiverKind.h"
#include "domain/CertificateSet.h"
#include "domain/TimeWindow.h"
#include "domain/Travel.h"

namespace carecrowd::domain {

// How input/output units map to ticks. Native problems: minutes in files, seconds inside, metres,
// and costs in euro cents in files with 1000 cost ticks per cent.
struct Scale {
  std::int64_t time_ticks_per_unit = 60;
  std::int64_t distance_ticks_per_unit = 1;
  std::int64_t cost_ticks_per_unit = 1000;
  // The objective is reported as total cost ticks / (cost_ticks_per_unit * cost_divisor); the HHC
  // benchmark objective (D + T + Tmax) / 3 uses cost_divisor 3.
  std::int64_t cost_divisor = 1;
};

enum class VisitMode : std::uint8_t { physical, digital };

struct Visit {
  std::string id;
  std::string client;                 // visits of one client share continuity; never empty
  int location = -1;                  // index into the travel model; -1 only for digital visits
  Duration duration;                  // service time, > 0 for physical visits
  std::vector<TimeWindow> windows;    // hard windows for the start; sorted, disjoint, non-empty
  std::optional<Duration> due;        // soft: each tick started after `due` costs lateness
  std::int64_t lateness_weight = 1;   // multiplies Objective::lateness for this visit
  int level = 0;                      // minimum qualification level, 0 (none) or 1..6
  CertificateSet certificates;        // all of these are required
  VisitMode mode = VisitMode::physical;
  bool must_plan = true;              // false: may wait (to a later day) when capacity is short
  std::int64_t priority = 1;          // >= 1; weighs the unplanned penalty
  std::vector<std::int64_t> demand;   // one per capacity dimension
  std::vector<int> preferred;         // caregiver indices, soft
  std::vector<int> excluded;          // caregiver indices, hard
  std::vector<int> history;           // caregivers the client already knows (continuity)
  std::optional<int> pinned_caregiver;  // a claimed task: only this caregiver may do it
  std::optional<Duration> pinned_start; // and, optionally, at exactly this time
};

// A break of `length` is due in any shift whose working span exceeds `after` (Dutch labour law:
// 30 minutes once work passes 5.5 hours). It is taken between two visits, at the place of the
// earlier one, so travel never counts as break.
struct BreakRule {
  Duration after;
  Duration length;
};

struct Caregiver {
  std::string id;
  int level = 0;                          // 0 (none, volunteers) .. 6
  CertificateSet certificates;
  int start_location = -1;                // home (or a depot); -1: starts at the first visit
  int end_location = -1;                  // -1: ends at the last visit
  TravelMode mode = TravelMode::bike;
  std::vector<TimeWindow> availability;   // shifts; sorted, disjoint, non-empty
  std::optional<Duration> max_work;       // over all shifts: span from leaving to arriving back
  std::optional<BreakRule> break_rule;
  std::int64_t hourly_cost = 0;           // cost ticks per hour of work
  CaregiverKind kind = CaregiverKind::employee;
  std::vector<std::int64_t> capacity;     // one per capacity dimension
  std::optional<int> max_visits;          // per shift
};

struct Link {
  enum class Kind : std::uint8_t {
    synchronised,  // double staffing: both start at the same time, by different caregivers
    precedence,    // second starts between min_gap and max_gap after first
  };
  Kind kind = Kind::synchronised;
  int first = -1;   // visit indices
  int second = -1;
  Duration min_gap;
  Duration max_gap;
  bool different_caregivers = true;  // always true for synchronised links
};

enum class ObjectiveKind : std::uint8_t {
  care,      // home care: unplanned, then lateness, continuity, travel and labour cost
  hhc,       // Mankowska benchmark: (distance + total tardiness + max tardiness) / 3
  distance,  // VRPTW benchmark: total distance
  // VRPTW as in the SINTEF tables: fewest routes first, then total distance (a route costs more
  // than any plan's distance; the solver minimises the fleet in a phase of its own first)
  vehicles_then_distance,
};

// The objective, lexicographic by construction: every unplanned visit costs far more than any
// plan's other terms together, so the engine first plans as many visits as it can, weighted by
// priority, then minimises the weighted sum below. All weights are in cost ticks.
struct Objective {
  ObjectiveKind kind = ObjectiveKind::care;
  std::int64_t unplanned_must = 1'000'000'000'000;   // per priority unit
  std::int64_t unplanned_optional = 10'000'000'000;  // per priority unit
  std::int64_t distance = 0;           // per distance tick
  std::int64_t travel_time = 0;        // per duration tick spent travelling
  std::int64_t lateness = 0;           // per duration tick started after `due` (x visit weight)
  std::int64_t max_lateness = 0;       // per duration tick of the largest lateness in the plan
  std::int64_t new_face = 0;           // per (client, caregiver) pair not in the client's history
  std::int64_t missed_preference = 0;  // per visit with preferences done by someone else
  bool labour = false;                 // add each caregiver's hourly cost over worked spans
  std::int64_t per_route = 0;          // per shift that is used

  static Objective care_defaults();     // documented in docs/objective.md
  static Objective hhc_benchmark();
  static Objective distance_only();
  // Fewest routes, then total distance: each route used costs `route_weight`, which must exceed
  // any plan's total distance (Problem::longest_plan_distance) for the order to be strict.
  static Objective vehicles_then_distance(std::int64_t route_weight);
};

struct ProblemData {
  std::string name;
  Scale scale;
  TravelModel travel;
  std::vector<std::string> certificate_names;
  int capacity_dimensions = 0;
  std::vector<Visit> visits;
  std::vector<Caregiver> caregivers;
  std::vector<Link> links;
  Objective objective;
};

class Problem {
 public:
  // Validates `data`; the error names the field (e.g. "visits[4].windows[1]") and the id.
  static Result<Problem> create(ProblemData data);

  [[nodiscard]] const ProblemData& data() const { return data_; }
  [[nodiscard]] const std::string& name() const { return data_.name; }
  [[nodiscard]] const Scale& scale() const { return data_.scale; }
  [[nodiscard]] const TravelModel& travel() const { return data_.travel; }
  [[nodiscard]] const std::vector<Visit>& visits() const { return data_.visits; }
  [[nodiscard]] const std::vector<Caregiver>& caregivers() const { return data_.caregivers; }
  [[nodiscard]] const std::vector<Link>& links() const { return data_.links; }
  [[nodiscard]] const Objective& objective() const { return data_.objective; }
  [[nodiscard]] const std::vector<std::string>& certificate_names() const { return data_.certificate_names; }
  [[nodiscard]] int capacity_dimensions() const { return data_.capacity_dimensions; }

  // No plan of this problem travels farther: a plan has at most one arc out of each visit's
  // location and one more per shift, none longer than the travel model's longest arc.
  [[nodiscard]] Distance longest_plan_distance() const;
  // The same problem with another objective (weights are not part of validation).
  [[nodiscard]] Problem with_objective(const Objective& objective) const;
  // The same problem ranked by fewest routes, then distance: a route costs one tick more than
  // longest_plan_distance(), so one route fewer always wins.
  [[nodiscard]] Problem with_vehicles_then_distance() const;

  // May caregiver `c` do visit `v` at all (level, certificates, kind, exclusion, pin)? Ignores time.
  [[nodiscard]] bool qualified(int caregiver, int visit) const;

  // Travel between two visit/caregiver locations; -1 (digital, or no start/end) costs nothing.
  [[nodiscard]] Duration travel_time(TravelMode mode, int from, int to) const {
    return (from < 0 || to < 0) ? Duration(0) : data_.travel.duration(mode, from, to);
  }
  [[nodiscard]] Distance travel_distance(int from, int to) const {
    return (from < 0 || to < 0) ? Distance(0) : data_.travel.distance(from, to);
  }

 private:
  explicit Problem(ProblemData data) : data_(std::move(data)) {}
  ProblemData data_;
};

}  // namespace carecrowd::domain
