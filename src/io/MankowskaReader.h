// MankowskaReader: reads a home health care instance in the text layout of Mankowska et al. (2014)
// (blocks nbNodes, nbVehi, nbServi, r, DS, a, x, y, d, p, mind, maxd, e, l; see
// /work/shared/benchmarks/README.md) into a domain::Problem.
//
// Mapping, on top of the shared HHC mapping in HhcInstance.h (visit ids, windows, links, scale
// 1000, objective (D + T + Tmax) / 3):
//  - node 0 is the office (location 0); node N-1, its copy, is not a location of its own; patient
//    node i (1..N-2) has id "p<i>" and is location i; the travel matrix is d restricted to nodes
//    0..N-2;
//  - service type s (0-based column) is certificate "s<s+1>" ("s1".."s6"), so visits are
//    "p<i>-s<s+1>", e.g. "p8-s5";
//  - caregiver k (0-based row of `a`) has id "c<k+1>" and the certificates of its row;
//  - a visit's duration is p[i*K + 0][s]; the reader checks that it is the same for every k and
//    returns an Error otherwise (the engine has one duration per visit);
//  - double-service patients (DS, 1-based node numbers) must need exactly two services and every
//    other patient exactly one; mind == maxd == 0 links the two visits as synchronised, otherwise
//    the higher service type starts mind..maxd after the lower one (precedence, same caregiver
//    allowed).
// Errors name "<source>:<line>" and the block and index ("d[3][4]"); nothing throws.
#pragma once

#include <string_view>

#include "core/Error.h"
#include "domain/Problem.h"

namespace carecrowd::io {

// `source_name` (usually the file path) prefixes error locations; its stem names the problem.
Result<domain::Problem> read_mankowska(std::string_view text, std::string_view source_name);

}  // namespace carecrowd::io
