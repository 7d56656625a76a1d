// DemoRegion: seeds an empty database with a realistic demo region so that a fresh server shows a
// working platform: two care organisations in Utrecht, clients with care arrangements, a crowd of
// caregivers of mixed levels and kinds with availability and certificates (demo/DemoPeople.h),
// two weeks of tasks of which some are claimed, and a login for every role. Does nothing when the
// database already holds an organisation (a restart keeps its data).
//
// Seeded as the platform's users would have built it, through the services' own calls (as the
// month-long simulation will): the platform admin creates the organisations and their staff;
// each coordinator adds their clients and sets their arrangements (the evening before the first of
// kDemoHistoryDays days of history, so tasks are materialised from that day); the caregivers
// register, join organisations, upload certificates (most verified by a coordinator) and publish
// availability; a simple greedy roster (demo/DemoRoster.h) chooses who takes which task by the one
// admission rule, and each is claimed through services::claim_in at its moment: most past tasks
// (now done, checked in and out, so invoices and key figures show figures; a few were missed) and
// about 30% of future ones. Every value passes the same checks as one sent to the API. Then, once
// that is stored, the alarm side (demo/DemoAlarms.h): monitoring devices for a share of the
// clients, alarms of the last two days and one open now.
//
// Deterministic: the people and arrangements come from a fixed seed; only the dates follow today.
// Fast: one password hash shared by every demo login and one transaction, so the benchmark
// region (2,000 clients, 400 caregivers) seeds in seconds.
// Concurrent starts: the seeding transaction first locks the audit chain's head row, so a second
// server starting at the same time waits and then finds the organisations.
#pragma once

#include <string>

#include "services/Platform.h"

namespace carecrowd::demo {

struct DemoSpec {
  int clients = 300;
  int caregivers = 80;
};

struct DemoResult {
  bool seeded = false;
  std::string summary;  // printed by `carecrowd serve --demo`: what was seeded and the demo logins
};

DemoResult seed_demo_region(const services::Platform& platform, const DemoSpec& spec);

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

}  // namespace carecrowd::demo
