// Eligibility: whether a caregiver may do a task at all, apart from their time: they work for the
// task's organisation, their level is high enough (a volunteer only does level-0 tasks), and they
// hold every certificate the task needs, verified by an organisation and not expired on the
// task's day. Time (availability, other tasks, weekly hours) is judged by Availability,
// DaySchedule and WeeklyHours.
//
// An unverified or expired certificate unlocks nothing: a caregiver can upload any certificate,
// and only an organisation's admin or coordinator who has seen the paper may vouch for it.
//
// Thread safety: plain values and pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Phrase.h"
#include "domain/CaregiverKind.h"
#include "domain/CivilTime.h"
#include "domain/Travel.h"

namespace carecrowd::market {

using domain::CaregiverKind;

struct HeldCertificate {
  std::string code;
  DayNumber expires = 0;  // the last day on which it is valid
  bool verified = false;
};

// Valid on `day`: verified, and `day` is not after its expiry.
[[nodiscard]] bool certificate_valid(const HeldCertificate& certificate, DayNumber day);

struct CaregiverProfile {
  std::int64_t id = 0;
  int level = 0;  // 0 (volunteer) .. 6
  CaregiverKind kind = CaregiverKind::freelancer;
  domain::Point home;  // x = longitude, y = latitude
  domain::TravelMode travel_mode = domain::TravelMode::bike;
  int max_minutes_week = 0;
  std::vector<HeldCertificate> certificates;
  std::vector<std::int64_t> organisations;  // the organisations the caregiver works for
};

// What a task asks of whoever does it.
struct TaskDemand {
  std::int64_t organisation_id = 0;
  DayNumber day = 0;
  int level = 0;
  std::vector<std::string> certificates;
};

// nullopt when the caregiver may do the task; otherwise why not, in words for the caregiver.
[[nodiscard]] std::optional<Phrase> why_not_eligible(const CaregiverProfile& caregiver, const TaskDemand& task);

// Certificates as stored: comma-separated codes ("injection,wound-care"), "" for none.
[[nodiscard]] std::vector<std::string> split_certificates(std::string_view text);

}  // namespace carecrowd::market
