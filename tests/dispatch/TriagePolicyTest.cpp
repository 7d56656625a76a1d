// The default triage policy follows social-alarm practice: what may be a mistake is checked
// remotely first; a fall, a high vital sign and a missed visit get a caregiver at once.
#include <gtest/gtest.h>

#include "dispatch/TriagePolicy.h"

namespace carecrowd::dispatch {
namespace {

using domain::AlarmKind;
using domain::AlarmPriority;

TEST(TriagePolicy, DefaultSendsSomeoneAtOnceForAHighPriorityFallOrVitalSign) {
  const auto policy = default_policy();
  EXPECT_EQ(first_step(policy, AlarmKind::fall, AlarmPriority::high), FirstStep::dispatch);
  EXPECT_EQ(first_step(policy, AlarmKind::vital_out_of_range, AlarmPriority::high), FirstStep::dispatch);
  EXPECT_EQ(first_step(policy, AlarmKind::fall, AlarmPriority::low), FirstStep::remote_check);
}

TEST(TriagePolicy, DefaultChecksAButtonNoActivityAndTechnicalAlarmRemotelyFirst) {
  const auto policy = default_policy();
  for (auto kind : {AlarmKind::button, AlarmKind::no_activity, AlarmKind::technical}) {
    for (auto priority : {AlarmPriority::high, AlarmPriority::medium, AlarmPriority::low}) {
      EXPECT_EQ(first_step(policy, kind, priority), FirstStep::remote_check) << domain::to_string(kind);
    }
  }
}

TEST(TriagePolicy, DefaultDispatchesACarerNonArrivalWhateverItsPriority) {
  const auto policy = default_policy();
  for (auto priority : {AlarmPriority::high, AlarmPriority::medium, AlarmPriority::low}) {
    EXPECT_EQ(first_step(policy, AlarmKind::carer_non_arrival, priority), FirstStep::dispatch);
  }
}

TEST(TriagePolicy, DefaultMeetsTheFollowUpNormWithinItsTimers) {
  // Rounds of offers and the coordinator's turn end well before 45 minutes, the norm for 90% on site.
  const auto p = default_policy();
  EXPECT_LE(p.remote_check_minutes + p.max_rounds * p.offer_minutes + p.coordinator_minutes, 15);
  EXPECT_EQ(p.version, 0);
}

TEST(TriagePolicy, AClientsOwnStepsChangeOnlyThePairsTheyName) {
  const auto client = for_client(default_policy(), {{AlarmKind::button, AlarmPriority::high, FirstStep::dispatch}});
  EXPECT_EQ(first_step(client, AlarmKind::button, AlarmPriority::high), FirstStep::dispatch);
  EXPECT_EQ(first_step(client, AlarmKind::button, AlarmPriority::low), FirstStep::remote_check);
  EXPECT_EQ(first_step(client, AlarmKind::fall, AlarmPriority::high), FirstStep::dispatch);
  EXPECT_EQ(client.version, 0) << "still the organisation's version";
}

TEST(TriagePolicy, StepNamesReadBack) {
  EXPECT_EQ(parse_first_step(to_string(FirstStep::remote_check)), FirstStep::remote_check);
  EXPECT_EQ(parse_first_step("dispatch"), FirstStep::dispatch);
  EXPECT_FALSE(parse_first_step("visit").has_value());
}

}  // namespace
}  // namespace carecrowd::dispatch
