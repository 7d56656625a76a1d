// The bell's missed notifications: the events published for a user after the last one their app
// took in, read from the stored events (any server process may have published them), only those
// the user may receive, of the kinds asked for; the cursor kept per user moves only forward.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "EventWorld.h"
#include "services/Events.h"
#include "services/Notices.h"

namespace carecrowd::services {
namespace {

using namespace std::chrono_literals;

class Notices : public EventWorld {
 protected:
  std::int64_t publish_to(const std::string& type, std::optional<std::int64_t> organisation,
                          std::optional<std::int64_t> caregiver = std::nullopt,
                          std::optional<std::int64_t> user = std::nullopt) {
    return db_->write([&](store::Transaction& tx) {
      return publish(tx, *platform_, {type, {{"n", type}}, organisation, caregiver, user});
    });
  }

  static Principal person(std::int64_t user, Role role, std::optional<std::int64_t> organisation,
                          std::optional<std::int64_t> caregiver = std::nullopt) {
    Principal who;
    who.user_id = user;
    who.role = role;
    who.organisation_id = organisation;
    who.caregiver_id = caregiver;
    return who;
  }

  std::vector<std::int64_t> missed_ids(const Principal& who, const std::vector<std::string>& types) {
    auto missed = missed_events(*platform_, who, types);
    EXPECT_TRUE(missed.ok()) << (missed.ok() ? "" : missed.error().message());
    std::vector<std::int64_t> ids;
    if (missed.ok()) {
      for (const auto& e : missed.value().events) ids.push_back(e.id);
    }
    return ids;
  }

  // Users who exist (the cursor's row refers to its account).
  std::int64_t user(const std::string& name) {
    const auto id = db_->write([&](store::Transaction& tx) {
      return insert_user(tx, {name + "@notices.test", name, "x", Role::coordinator, std::nullopt, std::nullopt, std::nullopt});
    });
    EXPECT_TRUE(id.ok());
    return id.ok() ? id.value() : 0;
  }
};

TEST_F(Notices, BeforeTheAppFirstReportsNothingCountsAsMissed) {
  publish_to("task.urgent", 1, 5);
  const auto anna = person(user("anna"), Role::caregiver, std::nullopt, 5);
  const auto missed = missed_events(*platform_, anna, {"task.urgent"});
  ASSERT_TRUE(missed.ok());
  EXPECT_FALSE(missed.value().seen_up_to);
  EXPECT_TRUE(missed.value().events.empty()) << "the bell starts from now";
  EXPECT_EQ(missed.value().latest_event_id, 1);
}

TEST_F(Notices, ACaregiverFindsTheOffersMadeForThemAfterTheirCursorAndNoOneElses) {
  const auto anna = person(user("anna"), Role::caregiver, std::nullopt, 5);
  const auto bert = person(user("bert"), Role::caregiver, std::nullopt, 6);
  publish_to("proposal.offered", 1, 5);  // 1: before Anna's app last looked
  ASSERT_TRUE(mark_events_seen(*platform_, anna, 1).ok());
  ASSERT_TRUE(mark_events_seen(*platform_, bert, 1).ok());
  const auto offer = publish_to("proposal.offered", 1, 5);      // 2: Anna's
  publish_to("proposal.offered", 1, 6);                          // 3: Bert's
  const auto urgent = publish_to("task.urgent", 2, 5);           // 4: Anna's, from another organisation
  publish_to("task.claimed", 1);                                 // 5: the board's
  publish_to("task.assigned", 1, 5);                             // 6: Anna's, a type not asked for
  EXPECT_EQ(missed_ids(anna, {"proposal.offered", "task.urgent"}), (std::vector<std::int64_t>{offer, urgent}));
  EXPECT_EQ(missed_ids(bert, {"proposal.offered", "task.urgent"}), (std::vector<std::int64_t>{3}));
  const auto missed = missed_events(*platform_, anna, {"proposal.offered"});
  ASSERT_TRUE(missed.ok());
  EXPECT_EQ(missed.value().seen_up_to, 1);
  EXPECT_EQ(missed.value().latest_event_id, 6) << "the stream starts after every event read";
  ASSERT_EQ(missed.value().events.size(), 1U);
  EXPECT_EQ(nlohmann::json::parse(missed.value().events[0].data_json)["n"], "proposal.offered");
  EXPECT_FALSE(missed.value().more);
  EXPECT_TRUE(missed_ids(anna, {}).empty()) << "no types asked for: none";
}

TEST_F(Notices, ABoardsNoticesReachItsOwnCareStaffOnlyNeverAnotherOrganisations) {
  const auto noord = person(user("noord"), Role::coordinator, 1);
  const auto zuid = person(user("zuid"), Role::coordinator, 2);
  const auto analyst = person(user("analyst"), Role::analyst, 1);
  for (const auto& who : {noord, zuid, analyst}) ASSERT_TRUE(mark_events_seen(*platform_, who, 0).ok());
  const auto at_risk = publish_to("task.at_risk", 1);      // Noord's board
  const auto zuid_risk = publish_to("task.at_risk", 2);    // Zuid's board
  publish_to("task.at_risk", 1, 5);                        // addressed to a caregiver of Noord: not the board's
  publish_to("task.at_risk", 1, std::nullopt, 99);         // addressed to a family account of Noord
  EXPECT_EQ(missed_ids(noord, {"task.at_risk"}), (std::vector<std::int64_t>{at_risk}));
  EXPECT_EQ(missed_ids(zuid, {"task.at_risk"}), (std::vector<std::int64_t>{zuid_risk}));
  EXPECT_TRUE(missed_ids(analyst, {"task.at_risk"}).empty()) << "an analyst receives no board events";
}

TEST_F(Notices, AFamilyAccountFindsWhatWasAddressedToItAlone) {
  const auto peter = person(user("peter"), Role::client, 1);
  const auto other = person(user("other"), Role::client, 1);
  ASSERT_TRUE(mark_events_seen(*platform_, peter, 0).ok());
  ASSERT_TRUE(mark_events_seen(*platform_, other, 0).ok());
  const auto asked = publish_to("alarm.contact_asked", 1, std::nullopt, peter.user_id);
  publish_to("client.message", 1);  // the board's
  EXPECT_EQ(missed_ids(peter, {"alarm.contact_asked", "client.message"}), (std::vector<std::int64_t>{asked}));
  EXPECT_TRUE(missed_ids(other, {"alarm.contact_asked", "client.message"}).empty());
}

TEST_F(Notices, TheCursorMovesOnlyForwardAndOnlyToPublishedIds) {
  const auto anna = person(user("anna"), Role::caregiver, std::nullopt, 5);
  for (int i = 0; i < 3; ++i) publish_to("task.urgent", 1, 5);
  auto kept = mark_events_seen(*platform_, anna, 3);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept.value(), 3);
  kept = mark_events_seen(*platform_, anna, 1);  // another device, behind
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept.value(), 3) << "never back";
  EXPECT_TRUE(missed_ids(anna, {"task.urgent"}).empty());
  for (std::int64_t bad : {std::int64_t{4}, std::int64_t{-1}}) {
    const auto refused = mark_events_seen(*platform_, anna, bad);
    ASSERT_FALSE(refused.ok()) << bad;
    EXPECT_EQ(refused.error().kind, ErrorKind::bad_input);
    EXPECT_EQ(refused.error().field, "last_event_id");
  }
}

TEST_F(Notices, ManyMissedEventsListTheNewestAndSaySoAndTypesAreChecked) {
  const auto anna = person(user("anna"), Role::caregiver, std::nullopt, 5);
  ASSERT_TRUE(mark_events_seen(*platform_, anna, 0).ok());
  db_->write([&](store::Transaction& tx) {
    for (int i = 0; i < kMaxMissedEvents + 3; ++i) publish(tx, *platform_, {"task.urgent", {}, 1, 5});
  });
  const auto missed = missed_events(*platform_, anna, {"task.urgent"});
  ASSERT_TRUE(missed.ok());
  ASSERT_EQ(missed.value().events.size(), static_cast<std::size_t>(kMaxMissedEvents));
  EXPECT_EQ(missed.value().events.front().id, 4) << "the newest, ascending";
  EXPECT_EQ(missed.value().events.back().id, kMaxMissedEvents + 3);
  EXPECT_TRUE(missed.value().more);

  for (const std::vector<std::string>& bad :
       {std::vector<std::string>{"Task.Urgent"}, std::vector<std::string>{""}, std::vector<std::string>{"a;b"},
        std::vector<std::string>(kMaxEventTypes + 1, "task.urgent"),
        std::vector<std::string>{std::string(kMaxEventTypeLength + 1, 'a')}}) {
    const auto refused = missed_events(*platform_, anna, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "types");
  }
}

TEST_F(Notices, EventsAreKeptAWeekForTheBellButAStreamResumesOnlyOverTwoHours) {
  const auto anna = person(user("anna"), Role::caregiver, std::nullopt, 5);
  publish_to("task.claimed", 1);  // 1
  ASSERT_TRUE(mark_events_seen(*platform_, anna, 1).ok());
  const auto offer = publish_to("proposal.offered", 1, 5);  // 2, on Monday 08:00
  now_ += 3 * 24 * 60;                                       // Thursday
  EXPECT_EQ(prune_events(*platform_, kNoticeRetention), 0) << "three days old: kept for the bell";
  EXPECT_EQ(missed_ids(anna, {"proposal.offered"}), (std::vector<std::int64_t>{offer}));
  EXPECT_FALSE(can_resume_after(*platform_, 1)) << "a stream three days behind reloads instead of reading them all";
  EXPECT_TRUE(can_resume_after(*platform_, 2)) << "nothing after it";
  now_ += 5 * 24 * 60;  // a week and a day
  EXPECT_EQ(prune_events(*platform_, kNoticeRetention), 2);
  const auto missed = missed_events(*platform_, anna, {"proposal.offered"});
  ASSERT_TRUE(missed.ok());
  EXPECT_TRUE(missed.value().events.empty());
  EXPECT_TRUE(missed.value().more) << "some were no longer kept";
}

}  // namespace
}  // namespace carecrowd::services
