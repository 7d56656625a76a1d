// Fuzzes read_mankowska (src/io/MankowskaReader.h): any text gives a Problem or an Error naming the
// line and block, never an exception; an accepted problem survives the native round trip.
#include "Invariants.h"
#include "io/MankowskaReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace carecrowd;
  const auto problem = io::read_mankowska(fuzz::as_text(data, size), "fuzz.txt");
  if (!problem) {
    fuzz::expect_presentable(problem.error());
    return 0;
  }
  fuzz::expect_native_round_trip(problem.value());
  return 0;
}
