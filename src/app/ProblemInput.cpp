#include "app/ProblemInput.h"

#include "io/HhcPlanReader.h"
#include "io/HhcReader.h"
#include "io/NativePlanJson.h"
#include "io/NativeProblemJson.h"
#include "io/VroomJson.h"

namespace carecrowd::app {

Result<domain::Problem> read_problem(const std::string& path, io::InputFormat format, io::SolomonRounding rounding) {
  auto text = io::read_text_file(path);
  if (!text) return text.error();
  if (format == io::InputFormat::automatic) format = io::detect_format(text.value());
  const std::string name = path.substr(path.find_last_of('/') + 1);
  switch (format) {
    case io::InputFormat::native: return io::read_native_problem(text.value());
    case io::InputFormat::vroom: return io::read_vroom_problem(text.value());
    case io::InputFormat::solomon: return io::read_solomon(text.value(), name, rounding);
    case io::InputFormat::hhc: return io::read_hhc(text.value(), name);
    case io::InputFormat::automatic: break;
  }
  return bad_input(path, "", "cannot tell the format of this file; name it with --format");
}

Result<domain::Plan> read_plan(const domain::Problem& problem, const std::string& path) {
  auto text = io::read_text_file(path);
  if (!text) return text.error();
  // The HHC solution layout names caregivers with "caregiver_id"; the native one with "caregiver".
  if (text.value().find("\"caregiver_id\"") != std::string::npos) return io::read_hhc_plan(problem, text.value());
  return io::read_native_plan(problem, text.value());
}

}  // namespace carecrowd::app
