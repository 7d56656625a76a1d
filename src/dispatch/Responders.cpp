#include "dispatch/Responders.h"

#include <algorithm>

#include "market/TravelTimes.h"

namespace carecrowd::dispatch {

RankedResponder predict_arrival(const Responder& responder, domain::Point client) {
  const market::TravelTimes travel(responder.mode);
  const auto seconds = travel.between(responder.from, client).get();
  // Whole minutes up, and never 0: even a neighbour has to get to the door.
  const int minutes = static_cast<int>(std::max<std::int64_t>(1, (seconds + 59) / 60));
  return {responder.caregiver_id, minutes, market::TravelTimes::straight_metres(responder.from, client),
          responder.disrupts_day};
}

std::vector<RankedResponder> rank_responders(const std::vector<Responder>& responders, domain::Point client) {
  std::vector<RankedResponder> ranked;
  ranked.reserve(responders.size());
  for (const auto& r : responders) ranked.push_back(predict_arrival(r, client));
  std::sort(ranked.begin(), ranked.end(), [](const RankedResponder& a, const RankedResponder& b) {
    if (a.predicted_minutes != b.predicted_minutes) return a.predicted_minutes < b.predicted_minutes;
    if (a.disrupts_day != b.disrupts_day) return !a.disrupts_day;
    if (a.metres != b.metres) return a.metres < b.metres;
    return a.caregiver_id < b.caregiver_id;
  });
  return ranked;
}

}  // namespace carecrowd::dispatch
