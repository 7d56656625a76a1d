// DemoRegion: seeds an empty database with a realistic demo region so that a fresh server shows a
// working platform: two care organisations in one Dutch city, clients with care arrangements,
// a crowd of caregivers of mixed levels and kinds with availability and certificates, two weeks of
// tasks of which some are claimed, and a login for every role. Does nothing when the database
// already holds an organisation (a restart keeps its data).
#pragma once

#include <string>

#include "services/Platform.h"

namespace carecrowd::services {

struct DemoSpec {
  int clients = 300;
  int caregivers = 80;
};

struct DemoResult {
  bool seeded = false;
  std::string summary;  // printed by `carecrowd serve --demo`: what was seeded and the demo logins
};

DemoResult seed_demo_region(const Platform& platform, const DemoSpec& spec);

}  // namespace carecrowd::services
