// TaskStatus: where a care task stands on the platform. A task is materialised `open`; a caregiver's
// claim (or an assignment from a plan) makes it `claimed`; their check-out makes it `done`. A
// claimed task goes back to `open` when its holder releases it or a coordinator reopens it. An
// open task is `cancelled` when its care arrangement no longer asks for it (a claimed one only when
// the coordinator reopens a task whose arrangement changed).
//
// The names are the ones stored and shown in the API; adding a state means adding it here, to the
// records that write it (src/records/TaskRecord) and to the admission rule (src/market/Admission).
#pragma once

#include <optional>
#include <string_view>

namespace carecrowd::domain {

enum class TaskStatus { open, claimed, done, cancelled };

[[nodiscard]] std::string_view to_string(TaskStatus status);
// nullopt when `text` names no status.
[[nodiscard]] std::optional<TaskStatus> parse_task_status(std::string_view text);

// Held by a caregiver: claimed, or done by them.
[[nodiscard]] constexpr bool is_held(TaskStatus status) {
  return status == TaskStatus::claimed || status == TaskStatus::done;
}

}  // namespace carecrowd::domain
