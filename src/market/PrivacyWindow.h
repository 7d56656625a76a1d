// PrivacyWindow: when the caregiver holding a task may see who the client is. Name, address and
// notes are needed to do the visit, not to plan one's week: they are visible from `margin` before
// the task's window opens until `margin` after the task can have ended (window end + duration), and
// the feed, the claim and the rest of the caregiver's week show the postcode area only.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>

#include "domain/CivilTime.h"

namespace carecrowd::market {

struct PrivacyWindow {
  LocalMinute from = 0;   // inclusive
  LocalMinute until = 0;  // inclusive

  [[nodiscard]] bool contains(LocalMinute now) const { return from <= now && now <= until; }
};

[[nodiscard]] inline PrivacyWindow privacy_window(LocalMinute window_start, LocalMinute window_end,
                                                  std::int64_t duration_minutes, std::int64_t margin_minutes) {
  return {window_start - margin_minutes, window_end + duration_minutes + margin_minutes};
}

}  // namespace carecrowd::market
