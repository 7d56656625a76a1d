// Fuzzes read_vroom_problem (src/io/VroomJson.h): any text gives a Problem or an Error, never an
// exception; an accepted problem survives the native round trip.
#include "Invariants.h"
#include "io/VroomJson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace carecrowd;
  const auto problem = io::read_vroom_problem(fuzz::as_text(data, size));
  if (!problem) {
    fuzz::expect_presentable(problem.error());
    return 0;
  }
  fuzz::expect_native_round_trip(problem.value());
  return 0;
}
