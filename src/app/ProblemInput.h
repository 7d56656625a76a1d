// ProblemInput: reads a problem or a plan file in any supported format, for every command.
#pragma once

#include <string>

#include "core/Error.h"
#include "domain/Plan.h"
#include "domain/Problem.h"
#include "io/Format.h"
#include "io/SolomonReader.h"

namespace carecrowd::app {

Result<domain::Problem> read_problem(const std::string& path, io::InputFormat format, io::SolomonRounding rounding);
// A plan in the native layout or the HHC solution layout (sniffed).
Result<domain::Plan> read_plan(const domain::Problem& problem, const std::string& path);

}  // namespace carecrowd::app
