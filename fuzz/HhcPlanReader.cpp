// Fuzzes read_hhc_plan (src/io/HhcPlanReader.h) against the tests' tiny HHC instance
// (tests/io/TinyHhc.h): any text gives a Plan or an Error naming the JSON path, never an exception;
// the checker judges any plan the reader accepts without failing (HhcPlanReader leaves
// feasibility to it).
#include "Invariants.h"
#include "check/PlanChecker.h"
#include "io/HhcJsonReader.h"
#include "io/HhcPlanReader.h"
#include "io/TinyHhc.h"

namespace {

const carecrowd::domain::Problem& tiny_problem() {
  using namespace carecrowd;
  static const domain::Problem problem = [] {
    auto read = io::read_hhc_json(io::testing::tiny_hhc_json, "tiny.json");
    if (!read) fuzz::broken("the tests' tiny HHC instance is a problem", read.error().message());
    return std::move(read).value();
  }();
  return problem;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace carecrowd;
  const domain::Problem& problem = tiny_problem();
  const auto plan = io::read_hhc_plan(problem, fuzz::as_text(data, size));
  if (!plan) {
    fuzz::expect_presentable(plan.error());
    return 0;
  }
  (void)check::check_plan(problem, plan.value());
  return 0;
}
