// A client's care record: set by care staff with its rules (the field named on a refusal, nothing
// stored), read by the client and their family, every read and change audited, another
// organisation's client not found.
#include <gtest/gtest.h>

#include "EventWorld.h"
#include "services/ClientCare.h"

namespace carecrowd::services {
namespace {

class ClientCareTest : public EventWorld {
 protected:
  void SetUp() override {
    EventWorld::SetUp();
    noord_ = make_organisation("Noord");
    zuid_ = make_organisation("Zuid");
    client_ = make_client_with_daily_task(noord_, "Mevrouw Jansen", "09:00", "10:00");
  }
  std::int64_t audited(const std::string& event) {
    return db_->read([&](store::Transaction& tx) {
      return *tx.query_i64("SELECT COUNT(*) FROM audit_event WHERE event = ? AND client_id = ?", {event, client_});
    });
  }
  Principal noord_, zuid_;
  std::int64_t client_ = 0;
};

TEST_F(ClientCareTest, CareStaffSetItTheClientReadsItAndEveryRuleNamesItsField) {
  const auto empty = client_care(*platform_, noord_, client_);
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty.value().phone, "");
  EXPECT_FALSE(empty.value().financing.has_value());

  records::ClientCare care;
  care.phone = "+31 6 1234 5678";
  care.emergency_contact = "Peter Jansen (zoon), 06-87654321";
  care.financing = domain::Financing::wlz;
  care.indicated_minutes_week = 7 * 60;
  care.care_plan = "Ochtendzorg: wassen en aankleden; steunkousen aan.\nAvond: medicatie.";
  const auto stored = set_client_care(*platform_, noord_, client_, care);
  ASSERT_TRUE(stored.ok()) << stored.error().message();
  EXPECT_EQ(stored.value().financing, domain::Financing::wlz);
  EXPECT_EQ(stored.value().indicated_minutes_week, 420);
  EXPECT_EQ(stored.value().care_plan, care.care_plan);

  Principal family;
  family.user_id = 99;
  family.role = Role::client;
  family.organisation_id = noord_.organisation_id;
  family.client_id = client_;
  const auto read = client_care(*platform_, family, client_);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.value().emergency_contact, care.emergency_contact);
  EXPECT_EQ(set_client_care(*platform_, family, client_, care).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(client_care(*platform_, zuid_, client_).error().kind, ErrorKind::not_found);
  EXPECT_EQ(set_client_care(*platform_, zuid_, client_, care).error().kind, ErrorKind::not_found);

  for (const auto& [field, bad] : std::vector<std::pair<std::string, records::ClientCare>>{
           {"phone", [] { records::ClientCare c; c.phone = "call me"; return c; }()},
           {"phone", [] { records::ClientCare c; c.phone = std::string(31, '1'); return c; }()},
           {"emergency_contact", [] { records::ClientCare c; c.emergency_contact = "two\nlines"; return c; }()},
           {"indicated_minutes_week", [] { records::ClientCare c; c.indicated_minutes_week = 7 * 24 * 60 + 1; return c; }()},
           {"care_plan", [] { records::ClientCare c; c.care_plan = std::string(4001, 'x'); return c; }()},
       }) {
    const auto refused = set_client_care(*platform_, noord_, client_, bad);
    ASSERT_FALSE(refused.ok()) << field;
    EXPECT_EQ(refused.error().field, field);
  }
  EXPECT_EQ(client_care(*platform_, noord_, client_).value().phone, care.phone) << "nothing stored";
  EXPECT_EQ(audited("client.care_update"), 1);
  EXPECT_EQ(audited("client.care_read"), 3);
}

}  // namespace
}  // namespace carecrowd::services
