#include "generate/SyntheticRegion.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "generate/CareCertificates.h"
#include "generate/CaregiverCrowd.h"
#include "generate/City.h"
#include "generate/ClientDemand.h"
#include "core/Sampler.h"

namespace carecrowd::generate {
namespace {

using domain::Caregiver;
using domain::CaregiverKind;
using domain::Visit;

// Independent random streams per phase (see Sampler).
enum Stream : std::uint64_t { city_stream = 1, crowd_stream = 2, demand_stream = 3, continuity_stream = 4 };

DemandMix mix_of(const RegionSpec& spec) { return {spec.digital_share, spec.double_staffed_share}; }

// May `c` do `v` as far as the generator's visits go (no pins or exclusions exist yet)?
bool fits(const Caregiver& c, const Visit& v) {
  if (c.kind == CaregiverKind::volunteer && v.level > 0) return false;
  return c.level >= v.level && c.certificates.includes(v.certificates);
}

// Continuity: about 30% of clients already know one to three caregivers from earlier weeks, people
// who live in their neighbourhood and may do their care; a tenth of those prefer the first one.
void add_continuity(Demand& demand, const Crowd& crowd, Sampler& sampler) {
  const std::vector<Caregiver>& caregivers = crowd.caregivers;
  if (caregivers.empty()) return;
  int neighbourhoods = 0;
  for (int n : crowd.neighbourhood) neighbourhoods = std::max(neighbourhoods, n + 1);
  std::vector<std::vector<int>> living_in(static_cast<std::size_t>(neighbourhoods));
  for (std::size_t c = 0; c < caregivers.size(); ++c)
    living_in[static_cast<std::size_t>(crowd.neighbourhood[c])].push_back(static_cast<int>(c));
  std::vector<int> everyone(caregivers.size());
  for (std::size_t c = 0; c < everyone.size(); ++c) everyone[c] = static_cast<int>(c);

  for (const ClientVisits& client : demand.clients) {
    if (!sampler.chance(0.3)) continue;
    const int wanted = 1 + sampler.weighted({50, 35, 15});
    int level = 0;
    for (int v = client.first; v < client.end; ++v) level = std::max(level, demand.visits[static_cast<std::size_t>(v)].level);
    const auto n = static_cast<std::size_t>(client.neighbourhood);
    const std::vector<int>& local = n < living_in.size() && !living_in[n].empty() ? living_in[n] : everyone;

    std::vector<int> history;
    // A bounded number of tries: a client whose neighbours cannot do the care simply knows fewer.
    for (int attempt = 0; attempt < 12 && static_cast<int>(history.size()) < wanted; ++attempt) {
      const std::vector<int>& pool = attempt < 8 ? local : everyone;
      const int c = pool[static_cast<std::size_t>(sampler.below(static_cast<int>(pool.size())))];
      const Caregiver& cg = caregivers[static_cast<std::size_t>(c)];
      if (cg.level < level || (cg.kind == CaregiverKind::volunteer && level > 0)) continue;
      if (std::find(history.begin(), history.end(), c) == history.end()) history.push_back(c);
    }
    if (history.empty()) continue;
    const bool prefers = sampler.chance(0.1);
    for (int v = client.first; v < client.end; ++v) {
      Visit& visit = demand.visits[static_cast<std::size_t>(v)];
      visit.history = history;
      if (prefers && fits(caregivers[static_cast<std::size_t>(history[0])], visit)) visit.preferred = {history[0]};
    }
  }
}

// A sampled crowd can miss a rare combination (a level-4 visit needing tube feeding); a region
// where some visit can never be planned is not what a scale run wants, so someone is trained up:
// a random professional who already has the level, else the most senior one.
void cover_every_visit(const std::vector<Visit>& visits, std::vector<Caregiver>& caregivers, Sampler& sampler) {
  std::vector<std::pair<int, domain::CertificateSet>> needs;
  for (const Visit& v : visits)
    if (std::find(needs.begin(), needs.end(), std::pair{v.level, v.certificates}) == needs.end())
      needs.emplace_back(v.level, v.certificates);
  for (const auto& [level, certificates] : needs) {
    Visit need;
    need.level = level;
    need.certificates = certificates;
    if (std::any_of(caregivers.begin(), caregivers.end(), [&](const Caregiver& c) { return fits(c, need); })) continue;
    std::vector<int> able;
    int senior = -1;
    for (std::size_t c = 0; c < caregivers.size(); ++c) {
      const Caregiver& cg = caregivers[c];
      if (cg.kind == CaregiverKind::volunteer) continue;
      if (cg.level >= level) able.push_back(static_cast<int>(c));
      if (senior < 0 || cg.level > caregivers[static_cast<std::size_t>(senior)].level) senior = static_cast<int>(c);
    }
    // Only volunteers: level-0 visits are covered already and nobody can be trained for the rest.
    if (senior < 0) return;
    const int chosen = able.empty() ? senior : able[static_cast<std::size_t>(sampler.below(static_cast<int>(able.size())))];
    Caregiver& c = caregivers[static_cast<std::size_t>(chosen)];
    c.level = std::max(c.level, level);
    c.certificates = domain::CertificateSet(c.certificates.bits() | certificates.bits());
  }
}

}  // namespace

double city_radius_metres(const RegionSpec& spec) {
  const double clients = spec.visits / expected_visits_per_client(mix_of(spec));
  const double area_km2 = clients / spec.clients_per_km2;
  return std::max(1000.0, 1000.0 * std::sqrt(area_km2 / 3.14159265358979323846));
}

domain::Problem generate_region(const RegionSpec& spec) {
  assert(spec.visits >= 0 && spec.caregivers >= 1);
  assert(spec.clients_per_km2 > 0 && spec.visits_per_neighbourhood >= 1);
  domain::ProblemData data;
  data.name = "synthetic-" + std::to_string(spec.visits) + "-" + std::to_string(spec.caregivers) + "-" +
              std::to_string(spec.seed);
  data.certificate_names = certificate_names();
  data.objective = domain::Objective::care_defaults();

  Sampler city_sampler(spec.seed, city_stream);
  const int neighbourhoods = std::max(1, (spec.visits + spec.visits_per_neighbourhood / 2) / spec.visits_per_neighbourhood);
  const City city(spec.centre_lat, spec.centre_lon, city_radius_metres(spec), neighbourhoods, city_sampler);

  std::vector<domain::Point> points;
  Sampler crowd_sampler(spec.seed, crowd_stream);
  Crowd crowd = make_crowd(spec.caregivers, city, data.scale, points, crowd_sampler);
  Sampler demand_sampler(spec.seed, demand_stream);
  Demand demand = make_demand(spec.visits, mix_of(spec), city, data.scale, points, demand_sampler);

  Sampler continuity_sampler(spec.seed, continuity_stream);
  add_continuity(demand, crowd, continuity_sampler);
  cover_every_visit(demand.visits, crowd.caregivers, continuity_sampler);
  // Training may have raised a level, and pay follows the level.
  for (Caregiver& c : crowd.caregivers) c.hourly_cost = domain::hourly_cost_cents(c.kind, c.level) * data.scale.cost_ticks_per_unit;

  data.travel = domain::TravelModel::geographic(std::move(points));
  data.caregivers = std::move(crowd.caregivers);
  data.visits = std::move(demand.visits);
  data.links = std::move(demand.links);
  auto problem = domain::Problem::create(std::move(data));
  // The generator builds only valid problems; failing here is a bug in it, not bad input.
  if (!problem) throw std::logic_error("generate_region built an invalid problem: " + problem.error().message());
  return std::move(problem).value();
}

}  // namespace carecrowd::generate
