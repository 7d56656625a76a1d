// ClientDemand: the demand side of a synthetic region — clients and their visits for one day, the
// double staffing and precedence links between them.
//
// Each client follows a care pattern of one to four care moments (morning care; medication
// rounds; lunch; evening; late, helping to bed; household help; nursing acts such as injections or
// wound care; a video check-in). Every moment becomes one visit; a client who needs a hoist gets a
// second, synchronised visit for each transfer (morning, evening, late), and a few medication
// rounds are followed 60-120 minutes later by a check. Visits of one client are contiguous and
// share `client` and, when physical, one location.
//
// Thread safety: pure functions.
#pragma once

#include <vector>

#include "domain/Problem.h"
#include "generate/City.h"
#include "core/Sampler.h"

namespace carecrowd::generate {

struct DemandMix {
  double digital_share = 0.03;         // of all visits: video check-ins
  double double_staffed_share = 0.04;  // of all visits: the second visit of a double-staffed pair
};

struct ClientVisits {
  int first = 0;  // index of the client's first visit
  int end = 0;    // one past its last
  int neighbourhood = 0;
};

struct Demand {
  std::vector<domain::Visit> visits;
  std::vector<domain::Link> links;
  std::vector<ClientVisits> clients;
};

// Exactly `visits` visits (the last client's pattern is cut short to fit). Appends one point per
// client with physical visits to `points`.
// REQUIRES: visits >= 0; both shares in [0, 0.2].
Demand make_demand(int visits, const DemandMix& mix, const City& city, const domain::Scale& scale,
                   std::vector<domain::Point>& points, Sampler& sampler);

// Visits per client on average, links included; sizes the city for a number of visits.
double expected_visits_per_client(const DemandMix& mix);

}  // namespace carecrowd::generate
