// HhcInstance: a home health care routing and scheduling instance (Mankowska et al. 2014 and the
// JSON layout of Ceschia et al.) in benchmark units, after parsing and before the mapping to
// domain::Problem. Both HHC readers fill one and share the mapping, so a Mankowska text file and a
// JSON file of the same instance give the same Problem.
//
// Invariants (REQUIRES for build_hhc_problem; the readers check them and name the bad field):
//  - distances is (patients + 1)^2, row-major, finite and >= 0; location 0 is the office and
//    patient i is location i + 1;
//  - 1 <= service_names.size() <= 64, names distinct; every service type and ability indexes it;
//  - each patient: 0 <= earliest <= latest, every duration >= 0, ids distinct;
//  - a patient with a link lists exactly two services, and 0 <= min_gap <= max_gap.
//
// Mapping (documented contract, see build_hhc_problem): scale 1000 ticks per unit for time,
// distance and cost, cost_divisor 3, Objective::hhc_benchmark().
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/Error.h"
#include "domain/Problem.h"

namespace carecrowd::io {

struct HhcService {
  int type = 0;         // index into HhcInstance::service_names
  double duration = 0;  // units
};

struct HhcLink {
  bool simultaneous = true;  // else: the second listed service starts min..max after the first
  double min_gap = 0;
  double max_gap = 0;
};

struct HhcPatient {
  std::string id;                    // "p3"
  double earliest = 0;               // service must not start before
  double latest = 0;                 // starting later is allowed and costs tardiness
  std::vector<HhcService> services;  // in the file's order
  std::optional<HhcLink> link;
};

struct HhcCaregiver {
  std::string id;
  std::vector<int> abilities;  // service types
};

struct HhcInstance {
  std::string name;
  std::vector<std::string> service_names;
  std::vector<HhcPatient> patients;
  std::vector<HhcCaregiver> caregivers;
  std::vector<double> distances;
};

inline constexpr std::int64_t hhc_ticks_per_unit = 1000;

// Hard windows have no end in the benchmark (lateness is only priced); they end at the latest
// `latest` plus this many units, far beyond any useful plan, so that arithmetic stays finite.
inline constexpr double hhc_horizon_slack_units = 1e6;

// Maps the instance to a Problem:
//  - one Visit per (patient, service): id "<patient>-<service>" ("p3-s2"; a repeated service gets
//    "#2", "#3": "p3-s2#2"), client = patient id, location = patient index + 1, duration scaled,
//    certificates = {that service}, hard window [earliest, H], due = latest, lateness_weight 1;
//    H = (largest earliest or latest + hhc_horizon_slack_units) scaled;
//  - a link: simultaneous -> Link::synchronised; else Link::precedence from the first listed
//    visit to the second, gaps scaled, different_caregivers = false;
//  - caregivers by id, certificates = abilities, start = end = location 0, level 0, one
//    availability window [0, 2H] (so that a visit started at H can still end and return);
//  - arcs: duration ceil(1000 d), distance round(1000 d); windows, durations and gaps rounded
//    to the nearest tick.
// A visit's service is its only certificate, so a plan maps back to (patient, service) through
// Visit::client and the certificate name (see HhcPlanWriter.h).
// `source` prefixes the location of an error found by domain validation.
Result<domain::Problem> build_hhc_problem(const HhcInstance& instance, std::string_view source);

}  // namespace carecrowd::io
