// DemoPeople: who lives and works in the demo region (demo/DemoRegion.h), before anything is
// stored: Utrecht's clients with the care each needs, and the crowd of caregivers with their
// levels, certificates, organisations and weekly availability.
//
// The region is Utrecht: clients live in its neighbourhoods (streets and postcodes of the
// neighbourhood, coordinates within about 4 km of the centre); north of the Dom they are clients of
// the first organisation ("Thuiszorg Utrecht Noord"), south of it of the second ("Wijkzorg Utrecht
// Zuid"). Each has one to three recurring care tasks (morning care, insulin injections needing the
// injection certificate, evening help, a weekly double-staffed shower with a hoist, wound care,
// medication rounds, video check-ins, a volunteer's weekly company visit), named and noted in Dutch as a
// Dutch organisation writes them ("ochtendzorg", "wondzorg"). Caregivers are about
// half employees, a third freelancers and the rest volunteers (level 0), mostly cycling, with
// weekly availability and certificates (most to be verified by an organisation).
//
// Deterministic: the same count gives the same people on every platform (core/Sampler.h), and
// the first n clients do not change when only the number of caregivers does.
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/CaregiverKind.h"
#include "domain/Travel.h"
#include "services/Arrangements.h"

namespace carecrowd::demo {

struct Place {
  double lat = 0, lon = 0;
};

struct DemoClient {
  std::string name, address, postcode, notes;
  Place place;
  int organisation = 0;  // 0 Noord, 1 Zuid
  std::vector<services::CareTaskInput> tasks;
};

struct DemoAvailability {
  int weekday = 0, from = 0, to = 0;  // Monday 0; minutes of the day
};

struct DemoCertificate {
  std::string code;
  bool verified = false;  // by an organisation the caregiver works for
  int valid_days = 0;     // from today
};

struct DemoCaregiver {
  std::string name;
  domain::CaregiverKind kind = domain::CaregiverKind::freelancer;
  int level = 0;
  Place home;
  domain::TravelMode mode = domain::TravelMode::bike;
  std::int64_t max_minutes_week = 0, hourly_rate_cents = 0;
  std::vector<int> organisations;  // the first is where they live (and are employed, if employees)
  std::vector<DemoCertificate> certificates;
  std::vector<DemoAvailability> availability;
};

[[nodiscard]] std::vector<DemoClient> make_demo_clients(int count);
[[nodiscard]] std::vector<DemoCaregiver> make_demo_caregivers(int count);

}  // namespace carecrowd::demo
