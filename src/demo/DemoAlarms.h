// DemoAlarms: the alarm side of the demo region, so that the alarm centre, the caregivers' alarm
// offers and the alarm key figures are not empty. Seeded after the region (demo/DemoRegion.h)
// through the services' own calls, each at its moment on the platform's clock, as the people
// involved would have made them: care staff register monitoring devices for a share of the
// clients and note how a responder gets in; over the last two days alarms came in and were
// resolved remotely, accepted and resolved on site, or escalated to the coordinator and to 112
// advice when nobody answered; and one alarm is open at the demo's clock.
//
// What became of each alarm is what the state machine made of it (services/Alarms.h,
// AlarmDispatch.h): an alarm meant to be answered on site that found nobody on duty is escalated
// and then resolved by the coordinator instead.
//
// Thread safety: runs once, before the server serves; each step is a transaction of its own.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::demo {

struct DemoAlarmCast {
  std::vector<services::Principal> coordinators;       // per organisation, in the region's order
  std::vector<std::pair<std::int64_t, int>> clients;    // (client id, organisation index)
  std::map<std::int64_t, services::Principal> caregivers;  // by caregiver id, each acting as themselves
};

struct DemoAlarmsSeeded {
  std::int64_t devices = 0;
  std::int64_t alarms = 0;
};

// REQUIRES: the region was seeded by this process just now (nothing else changes its alarms).
// `set_up_at`: when the devices were registered.
DemoAlarmsSeeded seed_demo_alarms(const services::Platform& platform, const DemoAlarmCast& cast, LocalMinute set_up_at);

}  // namespace carecrowd::demo
