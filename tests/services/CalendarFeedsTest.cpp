// Calendar feeds: a secret link per account, read without a login, showing what the account's own
// screens show (the client's name and address only inside the privacy window), visits that left a
// caregiver as cancelled with a higher SEQUENCE, and a family's "who is coming".
#include <gtest/gtest.h>

#include <algorithm>

#include "EventWorld.h"
#include "services/Accounts.h"
#include "services/CalendarFeeds.h"
#include "services/TaskBoard.h"
#include "services/TaskClaim.h"
#include "services/Visits.h"

namespace carecrowd::services {
namespace {

class CalendarFeedsTest : public EventWorld {
 protected:
  void SetUp() override {
    EventWorld::SetUp();
    noord_ = make_organisation("Noord");
    client_ = make_client_with_daily_task(noord_, "Joke de Vries", "09:00", "10:00");
    anna_ = make_caregiver("Anna Bakker", noord_);
  }
  const CalendarEntry* entry_of(const Calendar& calendar, std::int64_t task_id) {
    const std::string uid = "task-" + std::to_string(task_id) + "@carecrowd";
    const auto found = std::find_if(calendar.entries.begin(), calendar.entries.end(),
                                    [&](const CalendarEntry& e) { return e.uid == uid; });
    return found == calendar.entries.end() ? nullptr : &*found;
  }
  Principal family(const std::string& name) { return make_family_account(name, client_, noord_); }
  Principal noord_, anna_;
  std::int64_t client_ = 0;
};

TEST_F(CalendarFeedsTest, ACaregiversFeedShowsTheClientOnlyInsideThePrivacyWindowAndALeftVisitAsCancelled) {
  const auto soon = task_on(client_, today_);           // 09:00 today, the clock is at 08:00: inside
  const auto later = task_on(client_, today_ + 3);      // outside
  ASSERT_TRUE(claim_task(*platform_, anna_, soon).ok());
  ASSERT_TRUE(claim_task(*platform_, anna_, later).ok());
  const auto link = make_calendar_link(*platform_, anna_);
  ASSERT_TRUE(link.ok());
  EXPECT_GE(link.value().token.size(), 32u);

  auto feed = calendar_of_link(*platform_, link.value().token);
  ASSERT_TRUE(feed.ok()) << feed.error().message();
  const auto* inside = entry_of(feed.value(), soon);
  const auto* outside = entry_of(feed.value(), later);
  ASSERT_NE(inside, nullptr);
  ASSERT_NE(outside, nullptr);
  EXPECT_NE(inside->summary.find("Joke de Vries"), std::string::npos) << inside->summary;
  EXPECT_NE(inside->location.find("Joke de Vriesstraat 1"), std::string::npos) << inside->location;
  EXPECT_EQ(outside->summary.find("de Vries"), std::string::npos) << "only the first name: " << outside->summary;
  EXPECT_NE(outside->summary.find("Joke"), std::string::npos);
  EXPECT_EQ(outside->location.find("straat"), std::string::npos) << "the area, never the address: " << outside->location;
  EXPECT_FALSE(outside->cancelled);
  EXPECT_EQ(outside->start, (today_ + 3) * kMinutesPerDay + 9 * 60);
  EXPECT_EQ(outside->minutes, 30);
  const auto claimed_sequence = outside->sequence;

  // Given back: still in the calendar, cancelled, with a higher sequence; the other visit stays.
  ASSERT_TRUE(release_task(*platform_, anna_, later).ok());
  feed = calendar_of_link(*platform_, link.value().token);
  ASSERT_TRUE(feed.ok());
  const auto* left = entry_of(feed.value(), later);
  ASSERT_NE(left, nullptr);
  EXPECT_TRUE(left->cancelled);
  EXPECT_GT(left->sequence, claimed_sequence);
  EXPECT_EQ(left->summary.find("Joke"), std::string::npos) << "a visit that left names no client: " << left->summary;
  const std::string left_uid = left->uid;
  ASSERT_NE(entry_of(feed.value(), soon), nullptr);
  EXPECT_FALSE(entry_of(feed.value(), soon)->cancelled);

  // Claimed again: confirmed again, with a higher sequence still.
  ASSERT_TRUE(claim_task(*platform_, anna_, later).ok());
  feed = calendar_of_link(*platform_, link.value().token);
  ASSERT_TRUE(feed.ok());
  const auto count = std::count_if(feed.value().entries.begin(), feed.value().entries.end(),
                                   [&](const CalendarEntry& e) { return e.uid == left_uid; });
  EXPECT_EQ(count, 1) << "one event per visit";
  EXPECT_FALSE(entry_of(feed.value(), later)->cancelled);
}

TEST_F(CalendarFeedsTest, ANewLinkRevokesTheOldOneAndARevokedLinkIsNotFound) {
  const auto first = make_calendar_link(*platform_, anna_);
  const auto second = make_calendar_link(*platform_, anna_);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_NE(first.value().token, second.value().token);
  EXPECT_EQ(calendar_of_link(*platform_, first.value().token).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(calendar_of_link(*platform_, second.value().token).ok());
  ASSERT_TRUE(revoke_calendar_link(*platform_, anna_).ok());
  EXPECT_EQ(calendar_of_link(*platform_, second.value().token).error().kind, ErrorKind::not_found);
  EXPECT_EQ(calendar_of_link(*platform_, "not-a-link").error().kind, ErrorKind::not_found);
  EXPECT_EQ(calendar_of_link(*platform_, "").error().kind, ErrorKind::not_found);
  // Care staff plan on the board, not in a feed.
  EXPECT_EQ(make_calendar_link(*platform_, noord_).error().kind, ErrorKind::forbidden);
}

TEST_F(CalendarFeedsTest, AFamilysFeedSaysWhoIsComingAndWhenStillNobodyIs) {
  const auto tomorrow = task_on(client_, today_ + 1);
  const auto after = task_on(client_, today_ + 2);
  ASSERT_TRUE(claim_task(*platform_, anna_, tomorrow).ok());
  const auto son = family("Peter");
  const auto link = make_calendar_link(*platform_, son);
  ASSERT_TRUE(link.ok());
  const auto feed = calendar_of_link(*platform_, link.value().token);
  ASSERT_TRUE(feed.ok());
  const auto* coming = entry_of(feed.value(), tomorrow);
  const auto* open = entry_of(feed.value(), after);
  ASSERT_NE(coming, nullptr);
  ASSERT_NE(open, nullptr);
  EXPECT_NE(coming->summary.find("Anna"), std::string::npos) << coming->summary;
  EXPECT_EQ(coming->summary.find("Bakker"), std::string::npos) << "a caregiver's first name only";
  EXPECT_EQ(open->summary.find("Anna"), std::string::npos);
  EXPECT_NE(open->summary.find("zoeken"), std::string::npos) << open->summary;
}

}  // namespace
}  // namespace carecrowd::services
