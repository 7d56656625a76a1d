// Plan: the answer to a Problem — each used shift's visits in order with their start times, and
// every visit that could not be planned with the reason why.
//
// A Plan may be produced by the engine, read from a file (a warm start or a plan to check) or
// built by hand in a test; nothing here guarantees it is feasible: check::check_plan says so.
//
// Thread safety: a value type.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Quantity.h"

namespace carecrowd::domain {

struct PlannedVisit {
  int visit = -1;  // index into Problem::visits
  Duration start;  // start of service
  friend bool operator==(const PlannedVisit&, const PlannedVisit&) = default;
};

struct Route {
  int caregiver = -1;  // index into Problem::caregivers
  int shift = 0;       // index into that caregiver's availability
  std::vector<PlannedVisit> visits;
  std::optional<Duration> break_start;  // when the shift takes its break (see BreakRule)
  friend bool operator==(const Route&, const Route&) = default;
};

enum class UnplannedReason {
  no_qualified_caregiver,  // nobody has the level, certificates or kind (or all are excluded)
  no_availability,         // qualified caregivers exist, none is available in the window
  caregivers_full,         // qualified and available ones have no room left
  link_partner_unplanned,  // the linked visit (double staffing, precedence) could not be planned
  too_far,                 // only reachable by travelling past the window
  not_chosen,              // may-wait visit left out because planning it cost more than waiting
};

std::string_view to_string(UnplannedReason reason);
bool parse_unplanned_reason(std::string_view text, UnplannedReason& reason);

struct Unplanned {
  int visit = -1;
  UnplannedReason reason = UnplannedReason::caregivers_full;
  std::optional<int> closest_caregiver;  // the qualified caregiver that came closest
  std::string detail;                    // one sentence for the coordinator
};

struct Plan {
  std::vector<Route> routes;
  std::vector<Unplanned> unplanned;
};

}  // namespace carecrowd::domain
