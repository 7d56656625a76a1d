// Accounts, sessions and failed logins as stored.
#include "RecordWorld.h"
#include "records/LoginFailureRecord.h"
#include "records/OrganisationRecord.h"
#include "records/SessionRecord.h"
#include "records/UserRecord.h"

namespace carecrowd::records {
namespace {

class AccountRecordsTest : public RecordWorld {
 protected:
  std::int64_t make_user(const std::string& email, std::optional<std::int64_t> organisation) {
    return db_->write([&](store::Transaction& tx) {
      return insert_user(tx, {0, email, "Name of " + email, "$argon2id$hash", "coordinator", organisation,
                              std::nullopt, std::nullopt, 1000});
    });
  }
};

TEST_F(AccountRecordsTest, ALoginReadsTheHashButAListOfAnOrganisationsAccountsNever) {
  const auto org = db_->write([](store::Transaction& tx) { return insert_organisation(tx, "Noord", 0); });
  const auto id = make_user("a@noord.test", org);
  (void)make_user("b@elsewhere.test", std::nullopt);
  db_->read([&](store::Transaction& tx) {
    EXPECT_EQ(user_id_by_email(tx, "a@noord.test"), id);
    const auto login = read_user_for_login(tx, "a@noord.test");
    ASSERT_TRUE(login);
    EXPECT_EQ(login->id, id);
    EXPECT_EQ(login->password_hash, "$argon2id$hash");
    EXPECT_EQ(login->role, "coordinator");
    EXPECT_EQ(login->organisation_id, org);
    EXPECT_FALSE(read_user_for_login(tx, "nobody@noord.test"));
    const auto listed = users_of_organisation(tx, org);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].email, "a@noord.test");
    EXPECT_EQ(listed[0].password_hash, "");
    EXPECT_EQ(user_email(tx, id), "a@noord.test");
  });
}

TEST_F(AccountRecordsTest, ASessionIsReadWithItsAccountUntilRevokedAndForgottenOnlyOnceExpired) {
  const auto id = make_user("a@noord.test", std::nullopt);
  db_->write([&](store::Transaction& tx) {
    insert_session(tx, "digest-1", id, 500);
    insert_session(tx, "digest-2", id, 499);
  });
  db_->write([&](store::Transaction& tx) {
    const auto session = read_session(tx, "digest-1");
    ASSERT_TRUE(session);
    EXPECT_EQ(session->user.id, id);
    EXPECT_EQ(session->user.name, "Name of a@noord.test");
    EXPECT_EQ(session->user.role, "coordinator");
    EXPECT_EQ(session->expires_at, 500);
    EXPECT_FALSE(session->revoked);
    revoke_session(tx, "digest-1");
    EXPECT_TRUE(read_session(tx, "digest-1")->revoked);
    forget_expired_sessions(tx, 500);  // expired before 500: only digest-2
    EXPECT_TRUE(read_session(tx, "digest-1"));
    EXPECT_FALSE(read_session(tx, "digest-2"));
  });
}

TEST_F(AccountRecordsTest, FailedLoginsCountAfterTheWindowsStartAndAreForgottenPerEmailOrByAge) {
  db_->write([&](store::Transaction& tx) {
    for (std::int64_t at : {100, 200, 300}) record_login_failure(tx, "a@noord.test", at);
    record_login_failure(tx, "b@noord.test", 300);
    EXPECT_EQ(login_failures_since(tx, "a@noord.test", 200), 1);  // strictly after
    EXPECT_EQ(login_failures_since(tx, "a@noord.test", 99), 3);
    forget_login_failures_before(tx, 200);
    EXPECT_EQ(login_failures_since(tx, "a@noord.test", 0), 2);
    forget_login_failures_of(tx, "a@noord.test");
    EXPECT_EQ(login_failures_since(tx, "a@noord.test", 0), 0);
    EXPECT_EQ(login_failures_since(tx, "b@noord.test", 0), 1);
  });
}

TEST_F(AccountRecordsTest, OrganisationsAreFoundByIdOrNameAndListedById) {
  db_->write([&](store::Transaction& tx) {
    const auto zuid = insert_organisation(tx, "Zuid", 0);
    const auto noord = insert_organisation(tx, "Noord", 0);
    EXPECT_TRUE(organisation_exists(tx, noord));
    EXPECT_FALSE(organisation_exists(tx, noord + zuid));
    EXPECT_EQ(organisation_id_by_name(tx, "Noord"), noord);
    EXPECT_EQ(organisation_name(tx, zuid), "Zuid");
    const auto all = all_organisations(tx);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].name, "Zuid");
    EXPECT_EQ(all[1].name, "Noord");
  });
}

}  // namespace
}  // namespace carecrowd::records
