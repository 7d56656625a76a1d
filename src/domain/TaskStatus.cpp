#include "domain/TaskStatus.h"

#include "core/EnumNames.h"

namespace carecrowd::domain {
namespace {

constexpr EnumNames<TaskStatus, 4> kNames{{
    {TaskStatus::open, "open"},
    {TaskStatus::claimed, "claimed"},
    {TaskStatus::done, "done"},
    {TaskStatus::cancelled, "cancelled"},
}};

}  // namespace

std::string_view to_string(TaskStatus status) { return name_of(kNames, status); }

std::optional<TaskStatus> parse_task_status(std::string_view text) { return value_named(kNames, text); }

}  // namespace carecrowd::domain
