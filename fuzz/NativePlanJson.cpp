// Fuzzes read_native_plan (src/io/NativePlanJson.h) against examples/tiny.json: any text gives a
// Plan or an Error naming the path, never an exception. A plan the reader accepts may be anything
// but well-formed (a visit twice, a missed window): the checker must judge it without failing, and
// writing it and reading it back gives the same routes ("reading inverts writing exactly").
#include "Invariants.h"
#include "check/PlanChecker.h"
#include "io/Format.h"
#include "io/NativePlanJson.h"

namespace {

const carecrowd::domain::Problem& tiny_problem() {
  using namespace carecrowd;
  static const domain::Problem problem = [] {
    const auto text = io::read_text_file(CARECROWD_SOURCE_DIR "/examples/tiny.json");
    if (!text) fuzz::broken("examples/tiny.json can be read", text.error().message());
    auto read = io::read_native_problem(text.value());
    if (!read) fuzz::broken("examples/tiny.json is a problem", read.error().message());
    return std::move(read).value();
  }();
  return problem;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace carecrowd;
  const domain::Problem& problem = tiny_problem();
  const auto plan = io::read_native_plan(problem, fuzz::as_text(data, size));
  if (!plan) {
    fuzz::expect_presentable(plan.error());
    return 0;
  }
  const auto report = check::check_plan(problem, plan.value());
  const auto written = io::write_native_plan(problem, plan.value(), report.cost);
  const auto again = io::read_native_plan(problem, written.dump());
  if (!again) fuzz::broken("a written plan reads back", again.error().message());
  if (again.value().routes != plan.value().routes) fuzz::broken("a plan read back has the same routes", written.dump());
  return 0;
}
