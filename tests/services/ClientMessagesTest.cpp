// A client's family writes to the care team and the team answers in one thread per client: each
// side's messages are marked read when the other side reads, the other side hears of a new message
// live (and nobody else does), every read and message is audited, the text's rules name the field,
// and another organisation's staff or another client's family cannot read or write.
#include <gtest/gtest.h>

#include "EventWorld.h"
#include "services/ClientMessages.h"

namespace carecrowd::services {
namespace {

class ClientMessagesTest : public EventWorld {
 protected:
  void SetUp() override {
    EventWorld::SetUp();
    noord_ = make_organisation("Noord");
    zuid_ = make_organisation("Zuid");
    client_ = make_client_with_daily_task(noord_, "Mevrouw Jansen", "09:00", "10:00");
    other_client_ = make_client_with_daily_task(noord_, "Meneer de Vries", "09:00", "10:00");
    family_ = make_family_account("Peter Jansen", client_, noord_);
    other_family_ = make_family_account("Karin de Vries", other_client_, noord_);
  }
  std::int64_t audited(const std::string& event) {
    return db_->read([&](store::Transaction& tx) {
      return *tx.query_i64("SELECT COUNT(*) FROM audit_event WHERE event = ? AND client_id = ?", {event, client_});
    });
  }
  Principal noord_, zuid_, family_, other_family_;
  std::int64_t client_ = 0, other_client_ = 0;
};

TEST_F(ClientMessagesTest, TheFamilyAsksTheTeamAnswersAndEachSideSeesTheOtherRead) {
  const auto asked = write_client_message(*platform_, family_, client_,
                                          NewClientMessage{"Mijn moeder valt vaker.\nKan iemand ernaar kijken?"});
  ASSERT_TRUE(asked) << asked.error().reason;
  EXPECT_TRUE(asked.value().from_family);
  EXPECT_EQ(asked.value().author_name, "Peter Jansen");

  // The team hears of it on the board's stream, with the client's name; the family does not.
  const auto heard = events_of_type("client.message");
  ASSERT_EQ(heard.size(), 1u);
  EXPECT_EQ(heard[0].first.organisation_id, noord_.organisation_id);
  EXPECT_EQ(heard[0].second["client_name"], "Mevrouw Jansen");
  EXPECT_TRUE(may_receive(noord_, heard[0].first));
  EXPECT_FALSE(may_receive(zuid_, heard[0].first));
  EXPECT_FALSE(may_receive(family_, heard[0].first));

  // Unread until the team opens the thread.
  auto seen_by_family = client_message_thread(*platform_, family_, client_);
  ASSERT_TRUE(seen_by_family);
  ASSERT_EQ(seen_by_family.value().messages.size(), 1u);
  EXPECT_FALSE(seen_by_family.value().messages[0].read_at);
  now_ += 5;
  const auto seen_by_team = client_message_thread(*platform_, noord_, client_);
  ASSERT_TRUE(seen_by_team);
  EXPECT_EQ(seen_by_team.value().client_name, "Mevrouw Jansen");
  ASSERT_EQ(seen_by_team.value().messages.size(), 1u);
  EXPECT_EQ(seen_by_team.value().messages[0].body, "Mijn moeder valt vaker.\nKan iemand ernaar kijken?");
  seen_by_family = client_message_thread(*platform_, family_, client_);
  EXPECT_EQ(seen_by_family.value().messages[0].read_at, now_);

  // The answer reaches each account of the client on their own stream.
  now_ += 10;
  const auto answered = write_client_message(*platform_, noord_, client_, NewClientMessage{"We komen morgen langs."});
  ASSERT_TRUE(answered);
  EXPECT_FALSE(answered.value().from_family);
  const auto answers = events_of_type("client.message");
  ASSERT_EQ(answers.size(), 2u);
  EXPECT_EQ(answers[1].first.user_id, family_.user_id);
  EXPECT_TRUE(may_receive(family_, answers[1].first));
  EXPECT_FALSE(may_receive(other_family_, answers[1].first));
  EXPECT_FALSE(may_receive(noord_, answers[1].first));
  EXPECT_FALSE(answers[1].second.contains("client_name"));

  const auto thread = client_message_thread(*platform_, family_, client_);
  ASSERT_EQ(thread.value().messages.size(), 2u);
  EXPECT_EQ(thread.value().messages[1].body, "We komen morgen langs.");
  EXPECT_EQ(thread.value().messages[1].read_at, now_);  // read now, by the family
  EXPECT_EQ(audited("client.message"), 2);
  EXPECT_EQ(audited("client.messages_read"), 4);
}

TEST_F(ClientMessagesTest, OnlyTheClientsAccountsAndTheirOrganisationsStaffTakePart) {
  EXPECT_EQ(client_message_thread(*platform_, zuid_, client_).error().kind, ErrorKind::not_found);
  EXPECT_EQ(write_client_message(*platform_, zuid_, client_, NewClientMessage{"Hallo"}).error().kind,
            ErrorKind::not_found);
  EXPECT_EQ(client_message_thread(*platform_, other_family_, client_).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(write_client_message(*platform_, other_family_, client_, NewClientMessage{"Hallo"}).error().kind,
            ErrorKind::forbidden);
  Principal analyst = noord_;
  analyst.role = Role::analyst;
  EXPECT_EQ(client_message_thread(*platform_, analyst, client_).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(client_message_thread(*platform_, noord_, 999'999).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(all_events().empty());
}

TEST_F(ClientMessagesTest, TheTextMustBeTextAndNamesItsFieldAndNothingIsStored) {
  for (const std::string& bad : {std::string(""), std::string(" \n\t "), std::string(2001, 'a'),
                                std::string("bel me\x01"), std::string("\xff\xfe")}) {
    const auto refused = write_client_message(*platform_, family_, client_, NewClientMessage{bad});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::bad_input);
    EXPECT_EQ(refused.error().field, "text");
  }
  EXPECT_TRUE(client_message_thread(*platform_, noord_, client_).value().messages.empty());
  EXPECT_TRUE(write_client_message(*platform_, family_, client_, NewClientMessage{std::string(2000, 'a')}));
}

}  // namespace
}  // namespace carecrowd::services
