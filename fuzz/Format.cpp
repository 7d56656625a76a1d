// Fuzzes the format sniffing of `carecrowd plan --format auto` (src/io/Format.h): detect_format
// looks at any text, JSON or not, without an exception, and calls JSON only what looks like it.
#include "Invariants.h"
#include "io/Format.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace carecrowd;
  const std::string_view text = fuzz::as_text(data, size);
  const io::InputFormat format = io::detect_format(text);
  const bool json = io::looks_like_json(text);
  if (json && format != io::InputFormat::native && format != io::InputFormat::vroom && format != io::InputFormat::hhc)
    fuzz::broken("JSON text is native, vroom or hhc", std::string(io::to_string(format)));
  fuzz::expect_presentable_if_error(io::parse_input_format(text));
  return 0;
}
