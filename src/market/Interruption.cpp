#include "market/Interruption.h"

#include <algorithm>

namespace carecrowd::market {

std::vector<std::int64_t> visits_made_late(const std::vector<Stop>& day, domain::Point call_place, LocalMinute now,
                                           LocalMinute free_at, const TravelTimes& times) {
  std::vector<const Stop*> ahead;
  for (const Stop& s : day) {
    if (!s.started && s.window_end >= now) ahead.push_back(&s);
  }
  std::stable_sort(ahead.begin(), ahead.end(), [](const Stop* a, const Stop* b) { return walks_before(*a, *b); });
  std::vector<std::int64_t> late;
  domain::Point here = call_place;
  std::int64_t free_seconds = free_at * 60;
  for (const Stop* s : ahead) {
    const std::int64_t arrival = free_seconds + (s->location ? times.between(here, *s->location).get() : 0);
    const std::int64_t start = std::max(arrival, s->earliest_start() * 60);
    if (start > s->latest_start() * 60) {
      late.push_back(s->id);
      continue;
    }
    free_seconds = start + std::int64_t{s->duration_minutes} * 60;
    if (s->location) here = *s->location;
  }
  return late;
}

}  // namespace carecrowd::market
