#include "io/HhcInstance.h"

#include <algorithm>
#include <cassert>

#include "io/SourceRef.h"
#include "io/Ticks.h"

namespace carecrowd::io {
namespace {

using domain::TimeWindow;

constexpr std::int64_t scale = hhc_ticks_per_unit;

Duration time_ticks(double units) { return Duration(round_ticks(units, scale)); }

double horizon_units(const HhcInstance& in) {
  double last = 0;
  for (const HhcPatient& p : in.patients) last = std::max({last, p.earliest, p.latest});
  return last + hhc_horizon_slack_units;
}

domain::TravelModel make_travel(const HhcInstance& in) {
  const auto n = static_cast<int>(in.patients.size()) + 1;
  assert(in.distances.size() == static_cast<std::size_t>(n) * n);
  std::vector<std::int64_t> durations(in.distances.size());
  std::vector<std::int64_t> distances(in.distances.size());
  for (std::size_t k = 0; k < in.distances.size(); ++k) {
    durations[k] = ceil_decimal_ticks(in.distances[k], scale);
    distances[k] = round_ticks(in.distances[k], scale);
  }
  return domain::TravelModel::from_matrix(n, std::move(durations), std::move(distances));
}

domain::CertificateSet only(int type) {
  domain::CertificateSet set;
  set.insert(type);
  return set;
}

// Ids are "<patient>-<service>"; the rare patient needing one service twice gets "#2", "#3" so
// that ids stay unique and the first one keeps the plain form.
std::string visit_id(const HhcInstance& in, const HhcPatient& p, std::size_t j) {
  const int type = p.services[j].type;
  const auto repeats = std::count_if(p.services.begin(), p.services.begin() + static_cast<std::ptrdiff_t>(j),
                                     [&](const HhcService& s) { return s.type == type; });
  std::string id = p.id + "-" + in.service_names[static_cast<std::size_t>(type)];
  if (repeats > 0) id += "#" + std::to_string(repeats + 1);
  return id;
}

domain::Visit make_visit(const HhcInstance& in, std::size_t patient, std::size_t j, Duration horizon) {
  const HhcPatient& p = in.patients[patient];
  domain::Visit v;
  v.id = visit_id(in, p, j);
  v.client = p.id;
  v.location = static_cast<int>(patient) + 1;
  v.duration = time_ticks(p.services[j].duration);
  v.windows = {TimeWindow{time_ticks(p.earliest), horizon}};
  v.due = time_ticks(p.latest);
  v.lateness_weight = 1;
  v.certificates = only(p.services[j].type);
  return v;
}

domain::Link make_link(const HhcLink& l, int first) {
  domain::Link link;
  link.first = first;
  link.second = first + 1;
  if (l.simultaneous) {
    link.kind = domain::Link::Kind::synchronised;
    return link;
  }
  link.kind = domain::Link::Kind::precedence;
  link.min_gap = time_ticks(l.min_gap);
  link.max_gap = time_ticks(l.max_gap);
  link.different_caregivers = false;
  return link;
}

void add_patients(const HhcInstance& in, Duration horizon, domain::ProblemData& d) {
  for (std::size_t i = 0; i < in.patients.size(); ++i) {
    const HhcPatient& p = in.patients[i];
    const auto first = static_cast<int>(d.visits.size());
    for (std::size_t j = 0; j < p.services.size(); ++j) d.visits.push_back(make_visit(in, i, j, horizon));
    if (p.link) {
      assert(p.services.size() == 2);
      d.links.push_back(make_link(*p.link, first));
    }
  }
}

domain::Caregiver make_caregiver(const HhcCaregiver& c, Duration horizon) {
  domain::Caregiver g;
  g.id = c.id;
  for (int type : c.abilities) g.certificates.insert(type);
  g.start_location = g.end_location = 0;
  g.availability = {TimeWindow{Duration(0), horizon * 2}};
  return g;
}

}  // namespace

Result<domain::Problem> build_hhc_problem(const HhcInstance& in, std::string_view source) {
  const Duration horizon = time_ticks(horizon_units(in));
  domain::ProblemData d;
  d.name = in.name;
  d.scale = domain::Scale{scale, scale, scale, 3};
  d.travel = make_travel(in);
  d.certificate_names = in.service_names;
  d.capacity_dimensions = 0;
  add_patients(in, horizon, d);
  for (const HhcCaregiver& c : in.caregivers) d.caregivers.push_back(make_caregiver(c, horizon));
  d.objective = domain::Objective::hhc_benchmark();
  auto problem = domain::Problem::create(std::move(d));
  if (!problem) return from_source(problem.error(), source);
  return problem;
}

}  // namespace carecrowd::io
