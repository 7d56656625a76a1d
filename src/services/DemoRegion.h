// DemoRegion: seeds an empty database with a realistic demo region so that a fresh server shows a
// working platform: two care organisations in one Dutch city, clients with care arrangements,
// a crowd of caregivers of mixed levels and kinds with availability and certificates, two weeks of
// tasks of which some are claimed, and a login for every role. Does nothing when the database
// already holds an organisation (a restart keeps its data).
//
// The region is Utrecht: clients live in its neighbourhoods (streets and postcodes of the
// neighbourhood, coordinates within about 4 km of the centre); north of the Dom they are clients of
// "Thuiszorg Utrecht Noord", south of it of "Wijkzorg Utrecht Zuid". Each has one arrangement of one
// to three recurring care tasks (morning care, insulin injections needing the injection
// certificate, evening help, a weekly double-staffed shower with a hoist, wound care, medication
// rounds, video check-ins, a volunteer's weekly company visit). Caregivers are about half employees,
// a third freelancers and the rest volunteers (level 0), mostly cycling, with weekly availability
// and certificates (most verified by an organisation admin). Tasks are materialised from
// kDemoHistoryDays days ago to the end of the horizon; a simple greedy roster claims most past tasks
// (now done, with check-in and check-out, so invoices and key figures show figures; a few were
// missed) and about 30% of future ones, respecting level, verified certificates, availability,
// travel time between tasks and weekly hours.
//
// Deterministic: the people and arrangements come from a fixed seed; only the dates follow today.
// Fast: one password hash shared by every demo login and one transaction of mostly multi-row
// statements, so the benchmark region (2,000 clients, 400 caregivers) seeds in seconds.
// Concurrent starts: the seeding transaction first locks the audit chain's head row, so a second
// server starting at the same time waits and then finds the organisations.
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

inline constexpr int kDemoHistoryDays = 3;  // days before today with done (and some missed) tasks

inline constexpr const char* kDemoNoordName = "Thuiszorg Utrecht Noord";
inline constexpr const char* kDemoZuidName = "Wijkzorg Utrecht Zuid";

// Every demo login has this password.
inline constexpr const char* kDemoPassword = "demo-password";
inline constexpr const char* kDemoPlatformAdminEmail = "platform@carecrowd.demo";
inline constexpr const char* kDemoNoordAdminEmail = "admin@noord.demo";
inline constexpr const char* kDemoNoordCoordinatorEmail = "coordinator@noord.demo";
inline constexpr const char* kDemoNoordAnalystEmail = "analyst@noord.demo";
inline constexpr const char* kDemoZuidAdminEmail = "admin@zuid.demo";
inline constexpr const char* kDemoZuidCoordinatorEmail = "coordinator@zuid.demo";
inline constexpr const char* kDemoZuidAnalystEmail = "analyst@zuid.demo";
// Caregivers: a freelancer working for both organisations with done tasks (their invoice has lines
// for both when the roster gave them work at both), an employee and a volunteer.
inline constexpr const char* kDemoFreelancerEmail = "freelancer@crowd.demo";
inline constexpr const char* kDemoEmployeeEmail = "employee@crowd.demo";
inline constexpr const char* kDemoVolunteerEmail = "volunteer@crowd.demo";
// Every caregiver of the crowd: caregiver<n>@crowd.demo, n = 1..caregivers.
inline constexpr const char* kDemoCrowdEmailPrefix = "caregiver";
inline constexpr const char* kDemoCrowdEmailDomain = "@crowd.demo";
// A client of Thuiszorg Utrecht Noord, and a family member acting for the same client.
inline constexpr const char* kDemoClientEmail = "client@noord.demo";
inline constexpr const char* kDemoFamilyEmail = "family@noord.demo";

}  // namespace carecrowd::services
