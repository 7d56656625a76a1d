// Responders: ranking the caregivers who may answer an alarm by when they would arrive. Who may
// answer at all is the marketplace's one admission rule (market/Admission.h), judged by the
// services (services/AlarmDispatch.h) before ranking; this file only orders those admitted.
//
// A responder sets out from where they are: the client of the visit they are checked in at, else
// their last known position while fresh, else their home (services/AlarmDispatch.h decides). The predicted arrival is the marketplace's travel time (market/TravelTimes.h, the
// planning engine's model) for their travel mode, rounded up to whole minutes. Of equal arrivals,
// the one whose day the response fits without making a later visit late (the marketplace's day fit,
// market/Roster.h) goes first, then the nearer caregiver, then the lower id, so that the ranking is
// the same in every process.
//
// Thread safety: plain values and pure functions.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/Travel.h"

namespace carecrowd::dispatch {

struct Responder {
  std::int64_t caregiver_id = 0;
  domain::Point from;  // x = longitude, y = latitude
  domain::TravelMode mode = domain::TravelMode::bike;
  bool disrupts_day = false;  // answering would make a visit of their day late
};

struct RankedResponder {
  std::int64_t caregiver_id = 0;
  int predicted_minutes = 0;  // to arrive at the client, at least 1
  double metres = 0;          // as the crow flies, from where they set out
  bool disrupts_day = false;
};

[[nodiscard]] RankedResponder predict_arrival(const Responder& responder, domain::Point client);
// Soonest arrival first.
[[nodiscard]] std::vector<RankedResponder> rank_responders(const std::vector<Responder>& responders,
                                                           domain::Point client);

}  // namespace carecrowd::dispatch
