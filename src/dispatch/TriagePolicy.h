// TriagePolicy: an organisation's rules for what happens to an alarm, as data an organisation admin
// edits (records/AlarmPolicyRecord.h stores each edit as a new version; an alarm keeps the version it
// was triaged by). For each kind and priority, the first step: a remote check (the coordinator on
// call phones or video-calls the client), the client's informal contacts (family carers holding a
// key, asked one at a time in their order; none left: caregivers are sent) or physical dispatch at
// once; where a remote check that fails leads (the informal contacts, or caregivers); then the
// timers of every step and how many caregivers are asked at a time. A client may have their own first steps for
// some kinds and priorities (FirstStepOverride), which care staff set.
//
// The default follows social-alarm practice (EN 50134-7, the UK TSA code, Dutch follow-up
// practice): about half of all alarms are not real (Nivel 2018), so an alarm that may well be a
// mistake (a button pressed, no activity, a technical fault, a medium or low priority reading) is
// checked remotely first, and a check nobody answers becomes a visit fast (2 minutes: the norm
// answers 98.5% of alarms remotely within 60 s, and the platform's clock counts minutes). A fall,
// a high-priority vital sign out of range and a carer who did not arrive go straight to physical
// dispatch. A remote check that fails goes to the client's informal contacts first, where they have
// any: someone holding a key is on site within 15 minutes (at most 30), sooner than the professional
// follow-up; each has 3 minutes to accept, and one who accepted but is not on site within 30 minutes
// has caregivers sent after all. Professional follow-up must be on site 90% within 45 and all within 60 minutes: offers
// expire after 2 minutes, three rounds of three caregivers take at most 6 minutes, the coordinator
// on call then has 5 minutes before the platform advises 112, and a caregiver who accepted but is
// not on site within 45 minutes is escalated to the coordinator.
//
// Thread safety: plain values and pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/Alarm.h"

namespace carecrowd::dispatch {

enum class FirstStep { remote_check, informal_contacts, dispatch };

[[nodiscard]] std::string_view to_string(FirstStep step);  // "remote_check", "informal_contacts", "dispatch"
[[nodiscard]] std::optional<FirstStep> parse_first_step(std::string_view text);

struct TriagePolicy {
  std::int64_t version = 0;  // 0: the platform's default, not stored
  // first_step[kind][priority], indexed by the enums' values.
  std::array<std::array<FirstStep, domain::kAlarmPriorities>, domain::kAlarmKinds> first_step{};
  int remote_check_minutes = 2;  // no answer to the remote check: after_remote_check
  // Where a remote check that fails (no answer, or it finds a visit is needed) leads: the informal
  // contacts or dispatch (never back to a remote check).
  FirstStep after_remote_check = FirstStep::informal_contacts;
  int contact_minutes = 3;           // an informal contact's time to accept, before the next is asked
  int contact_arrival_minutes = 30;  // accepted by an informal contact but not on site: caregivers are sent
  int offers_per_round = 3;      // caregivers asked at once
  int offer_minutes = 2;         // an offer's time to accept
  int max_rounds = 3;            // rounds of offers before the coordinator on call has it
  int coordinator_minutes = 5;   // the coordinator's time before the platform advises 112
  int arrival_minutes = 45;      // accepted but not on site: the coordinator has it
  int response_level = 3;        // the least level that answers an alarm (a "verzorgende IG")
  int on_site_minutes = 30;      // how long a response is counted in the responder's day
  int radius_metres = 15'000;    // responders further from the client than this are not asked
  bool outcome_required = false;  // every resolve names its outcome (dispatch/AlarmOutcome.h)

  // Bounds a policy must keep, for the editor's errors (services/AlarmPolicies.h).
  static constexpr int kMaxMinutes = 24 * 60;
  static constexpr int kMaxOffersPerRound = 50;
  static constexpr int kMaxRounds = 20;
};

// The platform's default, version 0 (see above).
[[nodiscard]] TriagePolicy default_policy();

[[nodiscard]] FirstStep first_step(const TriagePolicy& policy, domain::AlarmKind kind, domain::AlarmPriority priority);

// A client's own first step for one kind and priority, overriding their organisation's policy.
struct FirstStepOverride {
  domain::AlarmKind kind = domain::AlarmKind::button;
  domain::AlarmPriority priority = domain::AlarmPriority::high;
  FirstStep step = FirstStep::dispatch;
};
// `policy` with the client's overrides applied (its version stays the organisation's).
[[nodiscard]] TriagePolicy for_client(TriagePolicy policy, const std::vector<FirstStepOverride>& overrides);
void set_first_step(TriagePolicy& policy, domain::AlarmKind kind, domain::AlarmPriority priority, FirstStep step);

}  // namespace carecrowd::dispatch
