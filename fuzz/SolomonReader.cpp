// Fuzzes read_solomon (src/io/SolomonReader.h) in both roundings: any text gives a Problem or an
// Error naming the line, never an exception; an accepted problem has at most one vehicle per
// customer and survives the native round trip.
#include "Invariants.h"
#include "io/SolomonReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace carecrowd;
  for (const auto rounding : {io::SolomonRounding::exact, io::SolomonRounding::trunc1}) {
    const auto problem = io::read_solomon(fuzz::as_text(data, size), "fuzz.txt", rounding);
    if (!problem) {
      fuzz::expect_presentable(problem.error());
      continue;
    }
    const auto& p = problem.value();
    if (p.caregivers().size() > p.visits().size())
      fuzz::broken("vehicles are capped at one per customer", std::to_string(p.caregivers().size()));
    fuzz::expect_native_round_trip(p);
  }
  return 0;
}
