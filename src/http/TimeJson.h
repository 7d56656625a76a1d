// TimeJson: how the answers write a moment that may be unset: "YYYY-MM-DDTHH:MM" on the region's
// clock (domain/CivilTime.h), or null. One rule for every renderer.
//
// Thread safety: pure functions.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "domain/CivilTime.h"

namespace carecrowd::http {

[[nodiscard]] inline nlohmann::json optional_time(const std::optional<LocalMinute>& minute) {
  return minute ? nlohmann::json(format_local_time(*minute)) : nlohmann::json();
}

}  // namespace carecrowd::http
