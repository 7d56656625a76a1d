#include "domain/StepOutcome.h"

#include <algorithm>

#include "core/EnumNames.h"

namespace carecrowd::domain {
namespace {

constexpr EnumNames<StepOutcome, 4> kOutcomes{{
    {StepOutcome::done, "done"},
    {StepOutcome::not_reached, "not_reached"},
    {StepOutcome::out_of_range, "out_of_range"},
    {StepOutcome::missed, "missed"},
}};

constexpr EnumNames<SwitchTrigger, 2> kTriggers{{
    {SwitchTrigger::missed, "missed"},
    {SwitchTrigger::out_of_range, "out_of_range"},
}};

}  // namespace

std::string_view to_string(StepOutcome outcome) { return name_of(kOutcomes, outcome); }
std::optional<StepOutcome> parse_step_outcome(std::string_view text) { return value_named(kOutcomes, text); }

std::string_view to_string(SwitchTrigger trigger) { return name_of(kTriggers, trigger); }
std::optional<SwitchTrigger> parse_switch_trigger(std::string_view text) { return value_named(kTriggers, text); }

std::optional<SwitchTrigger> trigger_of(StepOutcome outcome) {
  switch (outcome) {
    case StepOutcome::not_reached:
    case StepOutcome::missed: return SwitchTrigger::missed;
    case StepOutcome::out_of_range: return SwitchTrigger::out_of_range;
    case StepOutcome::done: break;
  }
  return std::nullopt;
}

std::string join_triggers(const std::vector<SwitchTrigger>& triggers) {
  std::string out;
  for (const SwitchTrigger t : {SwitchTrigger::missed, SwitchTrigger::out_of_range}) {
    if (std::find(triggers.begin(), triggers.end(), t) == triggers.end()) continue;
    if (!out.empty()) out += ',';
    out += to_string(t);
  }
  return out;
}

std::optional<std::vector<SwitchTrigger>> split_triggers(std::string_view text) {
  std::vector<SwitchTrigger> out;
  while (!text.empty()) {
    const auto comma = text.find(',');
    const auto name = text.substr(0, comma);
    const auto trigger = parse_switch_trigger(name);
    if (!trigger) return std::nullopt;
    if (std::find(out.begin(), out.end(), *trigger) == out.end()) out.push_back(*trigger);
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
  }
  return out;
}

}  // namespace carecrowd::domain
