// Fuzzes Recurrence::parse_rrule (src/domain/Recurrence.h): any text gives a rule or an Error
// naming the part, never an exception. An accepted rule writes canonical RRULE text that parses to
// an equal rule, and expands, from several start days and windows, to ascending days inside the
// window and not before the start.
#include <vector>

#include "Invariants.h"
#include "domain/CivilTime.h"
#include "domain/Recurrence.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace carecrowd;
  const auto rule = Recurrence::parse_rrule(fuzz::as_text(data, size), "rrule");
  if (!rule) {
    fuzz::expect_presentable(rule.error());
    return 0;
  }
  const std::string canonical = rule.value().to_rrule();
  const auto again = Recurrence::parse_rrule(canonical, "rrule");
  if (!again) fuzz::broken("to_rrule() parses", canonical + ": " + again.error().message());
  if (!(again.value() == rule.value())) fuzz::broken("parse_rrule(to_rrule()) gives an equal rule", canonical);

  // A Thursday in a common year and a leap day, so that month ends and BYMONTHDAY=-1 vary.
  for (const DayNumber start : {day_number({2026, 1, 1}), day_number({2024, 2, 29})}) {
    for (const auto& [from, to] : {std::pair{start, start + 400}, std::pair{start - 30, start + 30},
                                   std::pair{start + 3000, start + 4000}, std::pair{start + 10, start + 5}}) {
      const std::vector<DayNumber> days = rule.value().occurrences(start, from, to);
      for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i] < from || days[i] > to || days[i] < start)
          fuzz::broken("occurrences lie in the window, from the start on", canonical + " " + format_date(days[i]));
        if (i > 0 && days[i] <= days[i - 1]) fuzz::broken("occurrences ascend", canonical + " " + format_date(days[i]));
      }
    }
  }
  return 0;
}
