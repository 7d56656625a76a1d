// StepOutcome: what came of a step of a client's care journey, and which outcomes call for a
// physical visit in its place (blended care: what can be digital is digital, and a digital step that
// fails becomes a physical visit). A step is a task; its outcome is written once, when known:
//   done          the step took place as planned (any check-out says so unless it names another);
//   not_reached   a video contact was held but the client did not answer;
//   out_of_range  a review of remote measurements found values out of range;
//   missed        nobody held the step: its time passed without a check-in (the platform's sweep).
// A contingent line of a care arrangement names the triggers it answers: `missed` (a video contact
// that did not happen, whether not answered or not held) and `out_of_range`.
//
// The names are the ones stored and shown in the API.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carecrowd::domain {

enum class StepOutcome { done, not_reached, out_of_range, missed };

[[nodiscard]] std::string_view to_string(StepOutcome outcome);
// nullopt when `text` names no outcome.
[[nodiscard]] std::optional<StepOutcome> parse_step_outcome(std::string_view text);

// What a contingent line answers.
enum class SwitchTrigger { missed, out_of_range };

[[nodiscard]] std::string_view to_string(SwitchTrigger trigger);
[[nodiscard]] std::optional<SwitchTrigger> parse_switch_trigger(std::string_view text);

// The trigger an outcome pulls, if any (`done` pulls none).
[[nodiscard]] std::optional<SwitchTrigger> trigger_of(StepOutcome outcome);

// Triggers as stored: comma-separated names, each once, in the enum's order; and back (nullopt for
// an unknown name).
[[nodiscard]] std::string join_triggers(const std::vector<SwitchTrigger>& triggers);
[[nodiscard]] std::optional<std::vector<SwitchTrigger>> split_triggers(std::string_view text);

}  // namespace carecrowd::domain
