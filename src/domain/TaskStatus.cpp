#include "domain/TaskStatus.h"

#include <array>
#include <utility>

namespace carecrowd::domain {
namespace {

constexpr std::array<std::pair<TaskStatus, std::string_view>, 4> kNames{{
    {TaskStatus::open, "open"},
    {TaskStatus::claimed, "claimed"},
    {TaskStatus::done, "done"},
    {TaskStatus::cancelled, "cancelled"},
}};

}  // namespace

std::string_view to_string(TaskStatus status) {
  for (const auto& [s, name] : kNames) {
    if (s == status) return name;
  }
  return "unknown";
}

std::optional<TaskStatus> parse_task_status(std::string_view text) {
  for (const auto& [s, name] : kNames) {
    if (name == text) return s;
  }
  return std::nullopt;
}

}  // namespace carecrowd::domain
