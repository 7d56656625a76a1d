// SolomonReader: reads a VRPTW instance in the Solomon / Gehring-Homberger text layout (see
// /work/shared/benchmarks/README.md) into a domain::Problem.
//
// Mapping (the contract other layers and the benchmark tables rely on):
//  - location 0 is the depot; the customer on row i of the CUSTOMER table is location i;
//  - each customer becomes one Visit: id and client = its CUST NO. as written ("17"), one hard
//    window [READY TIME, DUE DATE] for the start, duration SERVICE TIME, demand {DEMAND}, level 0,
//    no certificates, no `due` (there is no lateness in VRPTW);
//  - the K vehicles become K identical caregivers with ids "v1".."vK" (v for vehicle, so a vehicle
//    number is never mistaken for a customer number), start = end = location 0, one availability
//    window [depot READY TIME, depot DUE DATE], capacity {Q}, level 0; K is capped at the number of
//    customers, since more vehicles than customers can never be used;
//  - travel time = distance = the Euclidean distance, in ticks as set by SolomonRounding;
//  - objective Objective::distance_only(); the problem is named after the file's first line.
//
// Every malformed input (missing section, short row, a window closing before it opens, a negative
// service time, a NUMBER that is not a whole number from 1 to 1e9...) gives an Error naming
// "<source>:<line>" and the column; nothing throws. A file with more than 5,000 customers is
// refused (its computed travel matrices would grow with the square of that).
#pragma once

#include <string_view>

#include "core/Error.h"
#include "domain/Problem.h"

namespace carecrowd::io {

enum class SolomonRounding {
  // The literature's hierarchical convention with full-precision distances: 1000 ticks per unit
  // for time, distance and cost. An arc's duration is ceil(1000 d), so a plan feasible in ticks is
  // feasible in exact arithmetic; its distance is round(1000 d), so totals are within 0.0005 per
  // arc of the exact sum.
  exact,
  // DIMACS 2021 / CVRPLIB: each arc is floor(10 d) / 10 for both time and distance; 10 ticks per
  // unit, so the sum of arcs is exact and comparable with the dimacs_trunc1_cvrplib table.
  trunc1,
};

// REQUIRES: nothing; any text is accepted and malformed text gives an Error.
// `source_name` (usually the file name) only prefixes error locations.
Result<domain::Problem> read_solomon(std::string_view text, std::string_view source_name,
                                     SolomonRounding rounding);

}  // namespace carecrowd::io
