// FeedRanking: the order in which a caregiver sees the open tasks they may do, best fit first.
//
// Keys, in order:
//  1. extra travel the task adds to their day, in steps of 5 minutes (finer differences are noise
//     next to traffic, and a step lets the later keys decide between tasks that fit about equally);
//  2. continuity: tasks of clients the caregiver has cared for before come first (a familiar face
//     matters to clients, and the caregiver knows the house);
//  3. start time, earliest first;
//  4. pay, highest first;
//  5. task id, so that the order is total and pages are stable.
//
// Thread safety: pure function.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/CivilTime.h"

namespace carecrowd::market {

inline constexpr int kTravelStepMinutes = 5;

struct FeedEntry {
  std::int64_t task_id = 0;
  LocalMinute window_start = 0;
  int extra_travel_minutes = 0;
  bool continuity = false;
  std::int64_t pay_cents = 0;
};

// Whether `a` comes before `b` in the feed.
[[nodiscard]] bool ranks_before(const FeedEntry& a, const FeedEntry& b);
// Sorts best fit first.
void rank_feed(std::vector<FeedEntry>& entries);

}  // namespace carecrowd::market
