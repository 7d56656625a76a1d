// Every visit of a generated region fits, on its own, into the shift of some qualified caregiver:
// reachable from home inside its window and home again before the shift ends, as the independent
// checker (src/check) judges it. A region where this fails would leave visits unplanned for a
// reason no planner could fix.
#include <gtest/gtest.h>

#include <optional>
#include <set>

#include "check/PlanChecker.h"
#include "domain/Plan.h"
#include "generate/SyntheticRegion.h"

namespace carecrowd::generate {
namespace {

using domain::Plan;
using domain::Problem;

// Every visit unplanned except `visit`, which `caregiver` does alone in `shift`, as early as the
// window and the trip from home allow.
Plan alone(const Problem& p, int visit, int caregiver, int shift) {
  const domain::Visit& v = p.visits()[static_cast<std::size_t>(visit)];
  const domain::Caregiver& c = p.caregivers()[static_cast<std::size_t>(caregiver)];
  const Duration arrival = c.availability[static_cast<std::size_t>(shift)].open +
                           p.travel_time(c.mode, c.start_location, v.location);
  Plan plan;
  plan.routes.push_back(domain::Route{caregiver, shift, {{visit, max(arrival, v.windows[0].open)}}, std::nullopt});
  for (int other = 0; other < static_cast<int>(p.visits().size()); ++other)
    if (other != visit) plan.unplanned.push_back(domain::Unplanned{other, domain::UnplannedReason::not_chosen, {}, {}});
  return plan;
}

TEST(SyntheticReachability, EveryUnlinkedVisitFitsSomeQualifiedCaregiversShift) {
  RegionSpec s;
  s.visits = 400;
  s.caregivers = 50;
  s.seed = 5;
  const Problem p = generate_region(s);
  std::set<int> linked;
  for (const domain::Link& l : p.links()) linked.insert({l.first, l.second});

  int tried = 0, fitting = 0;
  for (int v = 0; v < static_cast<int>(p.visits().size()); ++v) {
    if (linked.contains(v)) continue;
    ++tried;
    bool fits = false;
    for (int c = 0; c < static_cast<int>(p.caregivers().size()) && !fits; ++c) {
      if (!p.qualified(c, v)) continue;
      const auto shifts = static_cast<int>(p.caregivers()[static_cast<std::size_t>(c)].availability.size());
      for (int shift = 0; shift < shifts && !fits; ++shift) fits = check::check_plan(p, alone(p, v, c, shift)).feasible;
    }
    fitting += fits ? 1 : 0;
    EXPECT_TRUE(fits) << p.visits()[static_cast<std::size_t>(v)].id;
  }
  EXPECT_GT(tried, 300);
  EXPECT_EQ(fitting, tried);
}

}  // namespace
}  // namespace carecrowd::generate
