#include "services/DayRange.h"

#include <string>

namespace carecrowd::services {

Result<DayRange> day_range(const DaysAsked& asked, DayNumber today, DayNumber default_days, DayNumber max_days) {
  DayRange range;
  range.first = asked.from.value_or(today);
  range.last = asked.to.value_or(range.first + default_days - 1);
  return checked_day_range(range, max_days);
}

Result<DayRange> checked_day_range(DayRange range, DayNumber max_days) {
  if (range.last < range.first) return bad_input("to", "", "is before from");
  if (range.last - range.first >= max_days) {
    return bad_input("to", "", say("the range spans at most {} days", max_days));
  }
  return range;
}

}  // namespace carecrowd::services
