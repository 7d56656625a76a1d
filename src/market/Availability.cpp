#include "market/Availability.h"

#include <algorithm>

namespace carecrowd::market {
namespace {

// Sorts and merges intervals that overlap or touch.
std::vector<Interval> merged(std::vector<Interval> intervals) {
  std::sort(intervals.begin(), intervals.end(), [](const Interval& a, const Interval& b) { return a.start < b.start; });
  std::vector<Interval> out;
  for (const Interval& i : intervals) {
    if (i.end <= i.start) continue;
    if (!out.empty() && i.start <= out.back().end) {
      out.back().end = std::max(out.back().end, i.end);
    } else {
      out.push_back(i);
    }
  }
  return out;
}

// `from` minus every interval of `holes` (both sorted and merged).
std::vector<Interval> subtract(const std::vector<Interval>& from, const std::vector<Interval>& holes) {
  std::vector<Interval> out;
  for (Interval piece : from) {
    for (const Interval& hole : holes) {
      if (hole.end <= piece.start || hole.start >= piece.end) continue;
      if (hole.start > piece.start) out.push_back({piece.start, hole.start});
      piece.start = hole.end;
      if (piece.start >= piece.end) break;
    }
    if (piece.start < piece.end) out.push_back(piece);
  }
  return out;
}

}  // namespace

AvailabilityCalendar::AvailabilityCalendar(const std::vector<RecurringAvailability>& recurring,
                                           const std::vector<OneOffAvailability>& one_off, DayNumber first,
                                           DayNumber last) {
  std::vector<Interval> free;
  std::vector<Interval> busy;
  // One day beyond `last`, so that a task running past midnight sees the next morning.
  for (DayNumber day = first; day <= last + 1; ++day) {
    const LocalMinute midnight = day * kMinutesPerDay;
    const int wd = weekday(day);
    for (const auto& r : recurring) {
      if (r.weekday == wd) free.push_back({midnight + r.from, midnight + r.to});
    }
  }
  for (const auto& o : one_off) {
    if (o.day < first || o.day > last + 1) continue;
    const LocalMinute midnight = o.day * kMinutesPerDay;
    (o.available ? free : busy).push_back({midnight + o.from, midnight + o.to});
  }
  intervals_ = subtract(merged(std::move(free)), merged(std::move(busy)));
}

bool AvailabilityCalendar::covers(LocalMinute start, LocalMinute end) const {
  // The last interval starting at or before `start` is the only one that can hold it.
  auto it = std::upper_bound(intervals_.begin(), intervals_.end(), start,
                             [](LocalMinute t, const Interval& i) { return t < i.start; });
  if (it == intervals_.begin()) return false;
  --it;
  return it->start <= start && end <= it->end;
}

bool AvailabilityCalendar::any_on(DayNumber day) const {
  const LocalMinute midnight = day * kMinutesPerDay;
  return std::any_of(intervals_.begin(), intervals_.end(), [&](const Interval& i) {
    return i.start < midnight + kMinutesPerDay && i.end > midnight;
  });
}

}  // namespace carecrowd::market
