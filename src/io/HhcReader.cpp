#include "io/HhcReader.h"

#include "io/Format.h"
#include "io/HhcJsonReader.h"
#include "io/MankowskaReader.h"

namespace carecrowd::io {

Result<domain::Problem> read_hhc(std::string_view text, std::string_view source_name) {
  if (looks_like_json(text)) return read_hhc_json(text, source_name);
  return read_mankowska(text, source_name);
}

}  // namespace carecrowd::io
