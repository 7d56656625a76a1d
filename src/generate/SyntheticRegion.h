// SyntheticRegion: a realistic one-day home-care problem for a Dutch city, generated from a seed,
// for scale runs, demos and tests where real client data may not be used.
//
// The region is a city (a disc around `centre`) whose area grows with the number of clients, at
// the density of a Dutch city's district-nursing caseload; clients cluster in neighbourhoods. Its
// demand and supply are described in ClientDemand.h and CaregiverCrowd.h; in short:
//  - clients get one to four care moments a day (morning care 07:00-10:00, medication rounds,
//    lunch, evening 17:00-20:00, late 21:00-23:00, household help, nursing acts, video check-ins);
//    a client's visits share `client` and a location;
//  - levels 0-4, mostly 2-3; about 15% of visits need a certificate (injection, catheter,
//    tube-feeding, wound-care, medication); about 3% are digital; about 4% are the hoist partner
//    of a double-staffed visit (synchronised link); a few medication rounds are followed by a
//    check (precedence link); household help (level 0) may wait, everything else must be planned;
//  - about 30% of clients know one to three caregivers (history), a few prefer one;
//  - the crowd is about 50% employees, 35% freelancers and 15% volunteers (level 0), on morning,
//    evening, split and day shifts, cycling mostly, living all over the city.
// With the default ratio of eight visits per caregiver, supply exceeds demand by enough for a
// planner to plan nearly every visit; every visit has a qualified caregiver whenever the crowd
// has at least one professional.
//
// Units are the native ones (domain::Scale defaults): ticks are seconds from midnight, metres, and
// 1/1000 euro cent. Travel is domain::TravelModel::geographic with its default speeds.
//
// Deterministic: one spec gives the same problem on every platform (see Sampler.h). The clients'
// homes and visits depend only on the seed and the visit count, not on the number of caregivers.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>

#include "domain/Problem.h"

namespace carecrowd::generate {

struct RegionSpec {
  int visits = 1000;
  int caregivers = 125;
  std::uint64_t seed = 1;
  double centre_lat = 52.0907, centre_lon = 5.1214;  // Utrecht
  // A Dutch city has about 2% of its people in district nursing: some 80 clients per km^2 at
  // 4,000 inhabitants per km^2.
  double clients_per_km2 = 80;
  // Neighbourhoods where clients cluster: one per this many visits.
  int visits_per_neighbourhood = 150;
  double digital_share = 0.03;         // video check-ins, of all visits
  double double_staffed_share = 0.04;  // hoist partners (synchronised links), of all visits
};

// The problem named "synthetic-<visits>-<caregivers>-<seed>", with exactly spec.visits visits and
// spec.caregivers caregivers. Always valid.
// REQUIRES: visits >= 0, caregivers >= 1, clients_per_km2 > 0, visits_per_neighbourhood >= 1,
// both shares in [0, 0.2], |centre_lat| < 80.
domain::Problem generate_region(const RegionSpec& spec);

// The city's radius in metres: every visit and home lies within it of the centre, by great-circle
// distance. At least a kilometre.
double city_radius_metres(const RegionSpec& spec);

}  // namespace carecrowd::generate
