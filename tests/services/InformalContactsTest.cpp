// A client's informal contacts (family carers holding a key) answering alarms: set in order by care
// staff from the client's own accounts; asked one at a time after a remote check that fails (or
// first, by the policy); a decline or a timeout asks the next; none left sends caregivers; the one
// who accepts arrives and resolves, or caregivers are sent when they are not on site in time. Each
// hears of the request over /v1/events, addressed to them alone.
#include <gtest/gtest.h>

#include "services/Accounts.h"
#include "services/AlarmPolicies.h"
#include "services/InformalContacts.h"
#include "AlarmWorld.h"

namespace carecrowd::services {
namespace {

using domain::AlarmKind;
using domain::AlarmPriority;
using domain::AlarmStatus;
using domain::OfferStatus;

class InformalContactsWorld : public AlarmWorld {
 protected:
  // A family account of `client` (as the organisation's admin makes one), signed in.
  Principal family(const std::string& name, std::int64_t client) { return make_family_account(name, client, coordinator_); }

  void contacts_are(const std::vector<Principal>& in_order) {
    std::vector<std::int64_t> ids;
    for (const auto& p : in_order) ids.push_back(p.user_id);
    auto set = set_informal_contacts(*platform_, coordinator_, client_, ids);
    ASSERT_TRUE(set.ok()) << set.error().message();
  }

  // The informal contacts asked so far, in order, with their requests' statuses.
  std::vector<std::pair<std::int64_t, OfferStatus>> asked(std::int64_t alarm_id) {
    std::vector<std::pair<std::int64_t, OfferStatus>> out;
    for (const auto& q : seen(alarm_id).contacts) out.emplace_back(q.user_id, q.status);
    return out;
  }

  // A button alarm whose remote check nobody answers (2 minutes): the informal contacts' turn.
  AlarmView unanswered_button(const std::string& source) {
    const auto alarm = raise(AlarmKind::button, AlarmPriority::high, source);
    EXPECT_EQ(alarm.alarm.status, AlarmStatus::remote_check);
    wait_minutes(2);
    return seen(alarm.alarm.id);
  }
};

TEST_F(InformalContactsWorld, OnlyTheClientsOwnAccountsMayBeListedEachOnceInOrder) {
  const auto daughter = family("Ilse", client_);
  const auto son = family("Bram", client_);
  const auto other_client = create_client(
      *platform_, coordinator_, records::ClientDetails{"Buurvrouw", "Domplein 2", "3512 JC", 52.0908, 5.1215, ""});
  ASSERT_TRUE(other_client.ok());
  const auto stranger = family("Vreemde", other_client.value().id);

  const auto before = informal_contacts(*platform_, coordinator_, client_);
  ASSERT_TRUE(before.ok());
  EXPECT_TRUE(before.value().contacts.empty());
  EXPECT_EQ(before.value().accounts.size(), 2u) << "the client's two family accounts may be listed";

  auto wrong = set_informal_contacts(*platform_, coordinator_, client_, std::vector<std::int64_t>{son.user_id, stranger.user_id});
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().field, "contacts[1]");
  auto twice = set_informal_contacts(*platform_, coordinator_, client_, std::vector<std::int64_t>{son.user_id, son.user_id});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().field, "contacts[1]");
  EXPECT_TRUE(informal_contacts(*platform_, coordinator_, client_).value().contacts.empty()) << "nothing stored";

  contacts_are({son, daughter});
  const auto set = informal_contacts(*platform_, coordinator_, client_).value();
  ASSERT_EQ(set.contacts.size(), 2u);
  EXPECT_EQ(set.contacts[0].user_id, son.user_id);
  EXPECT_EQ(set.contacts[0].position, 1);
  EXPECT_EQ(set.contacts[1].user_id, daughter.user_id);
  EXPECT_TRUE(set.accounts.empty());

  EXPECT_FALSE(informal_contacts(*platform_, daughter, client_).ok()) << "care staff only";
  EXPECT_FALSE(set_informal_contacts(*platform_, daughter, client_, std::vector<std::int64_t>{}).ok());
}

TEST_F(InformalContactsWorld, AFailedRemoteCheckAsksTheFirstContactWhoAcceptsArrivesAndResolves) {
  const auto anna = responder("Anna", 500);
  const auto daughter = family("Ilse", client_);
  const auto son = family("Bram", client_);
  contacts_are({daughter, son});

  const auto alarm = unanswered_button("button-c1");
  EXPECT_EQ(alarm.alarm.status, AlarmStatus::informal_contacts);
  EXPECT_TRUE(alarm.offers.empty()) << "no caregiver is asked while the family is";
  EXPECT_EQ(asked(alarm.alarm.id), (std::vector<std::pair<std::int64_t, OfferStatus>>{{daughter.user_id, OfferStatus::offered}}));
  EXPECT_NE(alarm.timeline.back().reason.find("asked Ilse (informal contact 1)"), std::string::npos)
      << alarm.timeline.back().reason;
  // She hears of it, addressed to her alone.
  const auto told = events_of_type("alarm.contact_asked");
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].first.user_id, daughter.user_id);
  EXPECT_TRUE(may_receive(daughter, told[0].first));
  EXPECT_FALSE(may_receive(son, told[0].first));
  // Her family screen says she is asked, and until when.
  const auto mine = my_alarms(*platform_, daughter).value();
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].my_request, OfferStatus::offered);
  EXPECT_TRUE(mine[0].answer_by.has_value());
  EXPECT_FALSE(my_alarms(*platform_, son).value()[0].my_request.has_value()) << "not asked yet";

  EXPECT_FALSE(accept_alarm(*platform_, son, alarm.alarm.id).ok()) << "not asked: not theirs to take";
  auto accepted = accept_alarm(*platform_, daughter, alarm.alarm.id);
  ASSERT_TRUE(accepted.ok()) << accepted.error().message();
  EXPECT_EQ(accepted.value().alarm.status, AlarmStatus::accepted);
  EXPECT_EQ(accepted.value().alarm.contact_user_id, daughter.user_id);
  EXPECT_FALSE(accepted.value().alarm.caregiver_id.has_value());
  ASSERT_TRUE(accepted.value().client.has_value()) << "she holds a key; the access instructions are shown";
  EXPECT_EQ(accepted.value().client->access_instructions, "key safe 4711");
  EXPECT_TRUE(accepted.value().offers.empty()) << "no caregivers' offers for family";
  EXPECT_EQ(accept_alarm(*platform_, daughter, alarm.alarm.id).error().kind, ErrorKind::conflict);
  EXPECT_EQ(my_alarms(*platform_, son).value()[0].contact_first_name, "Ilse") << "the family sees who goes";

  auto arrived = report_arrival(*platform_, daughter, alarm.alarm.id);
  ASSERT_TRUE(arrived.ok()) << arrived.error().message();
  EXPECT_EQ(arrived.value().alarm.status, AlarmStatus::on_site);
  EXPECT_FALSE(resolve_alarm(*platform_, son, alarm.alarm.id, AlarmNote{"fine"}).ok()) << "only whoever went";
  auto resolved = resolve_alarm(*platform_, daughter, alarm.alarm.id,
                                AlarmNote{"helped her up, no injury", dispatch::AlarmOutcome::resolved_on_site});
  ASSERT_TRUE(resolved.ok()) << resolved.error().message();
  EXPECT_EQ(resolved.value().alarm.status, AlarmStatus::resolved);
  EXPECT_EQ(timeline_events(alarm.alarm.id),
            (std::vector<std::string>{"created", "triaged", "remote_check", "informal_contacts", "accepted", "on_site",
                                      "resolved"}));
  EXPECT_EQ(seen(alarm.alarm.id).timeline[4].actor, "informal_contact:" + std::to_string(daughter.user_id));
  EXPECT_TRUE(seen(alarm.alarm.id).offers.empty()) << "no caregiver was ever asked";
  EXPECT_EQ(wait_minutes(60), 0) << "nothing left to time";
  (void)anna;
}

TEST_F(InformalContactsWorld, ADeclineOrATimeoutAsksTheNextAndNoneLeftSendsCaregivers) {
  const auto anna = responder("Anna", 500);
  const auto daughter = family("Ilse", client_);
  const auto son = family("Bram", client_);
  contacts_are({daughter, son});
  const auto alarm = unanswered_button("button-c2");

  // Ilse cannot come: Bram is asked at once.
  auto declined = decline_alarm(*platform_, daughter, alarm.alarm.id);
  ASSERT_TRUE(declined.ok()) << declined.error().message();
  EXPECT_EQ(asked(alarm.alarm.id), (std::vector<std::pair<std::int64_t, OfferStatus>>{
                                       {daughter.user_id, OfferStatus::declined}, {son.user_id, OfferStatus::offered}}));
  EXPECT_FALSE(accept_alarm(*platform_, daughter, alarm.alarm.id).ok()) << "she answered already";

  // Bram does not answer in 3 minutes: nobody is left, caregivers are asked.
  EXPECT_EQ(wait_minutes(2), 0);
  EXPECT_EQ(wait_minutes(1), 1);
  const auto after = seen(alarm.alarm.id);
  EXPECT_EQ(after.alarm.status, AlarmStatus::dispatching);
  EXPECT_EQ(asked(alarm.alarm.id).back(), (std::pair<std::int64_t, OfferStatus>{son.user_id, OfferStatus::expired}));
  EXPECT_EQ(offered(alarm.alarm.id), std::vector<std::int64_t>{*anna.caregiver_id});
  EXPECT_NE(after.timeline.back().reason.find("no informal contact left to ask"), std::string::npos)
      << after.timeline.back().reason;
  const auto closed = events_of_type("alarm.contact_closed");
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].first.user_id, son.user_id);
  EXPECT_EQ(closed[0].second["status"], "expired");
  EXPECT_FALSE(accept_alarm(*platform_, son, alarm.alarm.id).ok()) << "too late: caregivers have it";
}

TEST_F(InformalContactsWorld, AContactNotOnSiteInTimeHasCaregiversSentAndIsToldSo) {
  const auto anna = responder("Anna", 500);
  const auto daughter = family("Ilse", client_);
  contacts_are({daughter});
  const auto alarm = unanswered_button("button-c3");
  ASSERT_TRUE(accept_alarm(*platform_, daughter, alarm.alarm.id).ok());
  const auto policy = dispatch::default_policy();
  EXPECT_EQ(wait_minutes(policy.contact_arrival_minutes - 1), 0) << "she still has a minute";
  EXPECT_EQ(wait_minutes(1), 1);
  const auto after = seen(alarm.alarm.id);
  EXPECT_EQ(after.alarm.status, AlarmStatus::dispatching);
  EXPECT_FALSE(after.alarm.contact_user_id.has_value()) << "caregivers take over";
  EXPECT_EQ(offered(alarm.alarm.id), std::vector<std::int64_t>{*anna.caregiver_id});
  bool told = false;
  for (const auto& [event, data] : events_of_type("alarm.changed")) {
    if (event.user_id == daughter.user_id && data["status"] == "dispatching") told = true;
  }
  EXPECT_TRUE(told) << "Ilse hears that caregivers were sent";
  EXPECT_FALSE(report_arrival(*platform_, daughter, alarm.alarm.id).ok());
}

TEST_F(InformalContactsWorld, ThePolicyMayAskTheContactsFirstAndAClientWithoutContactsGoesToCaregivers) {
  const auto anna = responder("Anna", 500);
  Principal admin = coordinator_;
  admin.role = Role::org_admin;
  auto policy = dispatch::default_policy();
  dispatch::set_first_step(policy, AlarmKind::fall, AlarmPriority::medium, dispatch::FirstStep::informal_contacts);
  policy.after_remote_check = dispatch::FirstStep::dispatch;
  ASSERT_TRUE(update_alarm_policy(*platform_, admin, policy).ok());
  const auto stored = alarm_policy(*platform_, coordinator_).value();
  EXPECT_EQ(stored.after_remote_check, dispatch::FirstStep::dispatch);
  EXPECT_EQ(dispatch::first_step(stored, AlarmKind::fall, AlarmPriority::medium), dispatch::FirstStep::informal_contacts);

  // No contacts yet: straight on to caregivers, and the timeline says why.
  const auto without = raise(AlarmKind::fall, AlarmPriority::medium, "fall-c1");
  EXPECT_EQ(without.alarm.status, AlarmStatus::dispatching);
  EXPECT_NE(seen(without.alarm.id).timeline.back().reason.find("the client has no informal contact"), std::string::npos);
  ASSERT_TRUE(resolve_alarm(*platform_, coordinator_, without.alarm.id, AlarmNote{"test"}).ok());

  const auto daughter = family("Ilse", client_);
  contacts_are({daughter});
  const auto with = raise(AlarmKind::fall, AlarmPriority::medium, "fall-c2");
  EXPECT_EQ(with.alarm.status, AlarmStatus::informal_contacts);
  // The coordinator need not wait for the family: caregivers now, and Ilse's request is withdrawn.
  auto sent = dispatch_alarm(*platform_, coordinator_, with.alarm.id, AlarmNote{"she sounded confused on the phone"});
  ASSERT_TRUE(sent.ok()) << sent.error().message();
  EXPECT_EQ(sent.value().alarm.status, AlarmStatus::dispatching);
  EXPECT_EQ(asked(with.alarm.id).back().second, OfferStatus::withdrawn);
  EXPECT_EQ(offered(with.alarm.id), std::vector<std::int64_t>{*anna.caregiver_id});

  // With after_remote_check = dispatch, an unanswered check skips the family.
  const auto button = unanswered_button("button-c4");
  EXPECT_EQ(button.alarm.status, AlarmStatus::dispatching);

  auto bad = policy;
  bad.after_remote_check = dispatch::FirstStep::remote_check;
  const auto refused = update_alarm_policy(*platform_, admin, bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "after_remote_check");
  bad = policy;
  bad.contact_minutes = 0;
  EXPECT_EQ(update_alarm_policy(*platform_, admin, bad).error().field, "contact_minutes");
}

}  // namespace
}  // namespace carecrowd::services
