// The sessions a server process remembers (services/SessionCache) never outlive a change made by
// this process or by another one on the same database: a logout refuses the token at once here and
// within seconds elsewhere, a renamed caregiver signs in under the new name everywhere.
#include <chrono>
#include <ctime>
#include <thread>

#include "records/CaregiverProfileRecord.h"
#include "records/SessionRecord.h"
#include "services/Accounts.h"
#include "services/Credentials.h"
#include "ServiceWorld.h"

namespace carecrowd::services {
namespace {

class SessionCacheTest : public ServiceWorld {
 protected:
  SessionCacheTest() : ServiceWorld("session_cache") {}

  // A session for the account, as a login makes one (without the password).
  std::string sign_in(const Principal& who) {
    const std::string token = new_token();
    db_->write([&](store::Transaction& tx) {
      records::insert_session(tx, token_digest(token), who.user_id, static_cast<std::int64_t>(std::time(nullptr)) + 3600);
    });
    return token;
  }

  // A second server process on the same database: its own connections, notifications and memory.
  struct OtherProcess {
    std::unique_ptr<store::Database> db;
    std::unique_ptr<Platform> platform;
  };
  OtherProcess other_process() {
    OtherProcess p;
    p.db = store::Database::open(fresh_->url());
    p.platform = std::make_unique<Platform>(*p.db, Settings{});
    return p;
  }

  // Asks `platform` to check the token until `done` says yes, for at most `limit`.
  template <class Done>
  static bool within(const Platform& platform, const std::string& token, std::chrono::milliseconds limit, Done done) {
    const auto until = std::chrono::steady_clock::now() + limit;
    for (;;) {
      if (done(authenticate(platform, token, "test"))) return true;
      if (std::chrono::steady_clock::now() >= until) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
};

TEST_F(SessionCacheTest, ALogoutHereRefusesTheTokenAtOnce) {
  const Principal coordinator = make_organisation("Zorg Noord");
  const std::string token = sign_in(coordinator);
  ASSERT_TRUE(authenticate(*platform_, token, "test"));
  ASSERT_TRUE(authenticate(*platform_, token, "test"));  // now remembered
  ASSERT_TRUE(logout(*platform_, token));
  const auto after = authenticate(*platform_, token, "test");
  ASSERT_FALSE(after);
  EXPECT_EQ(after.error().kind, ErrorKind::unauthenticated);
  EXPECT_NE(after.error().reason.find("logged out"), std::string::npos) << after.error().reason;
}

TEST_F(SessionCacheTest, ALogoutInAnotherProcessRefusesTheTokenHereWithinSeconds) {
  const Principal coordinator = make_organisation("Zorg Noord");
  const std::string token = sign_in(coordinator);
  auto other = other_process();
  ASSERT_TRUE(authenticate(*platform_, token, "test"));
  ASSERT_TRUE(authenticate(*platform_, token, "test"));  // remembered here
  ASSERT_TRUE(authenticate(*other.platform, token, "test"));
  ASSERT_TRUE(logout(*other.platform, token));
  EXPECT_FALSE(authenticate(*other.platform, token, "test"));
  // PostgreSQL's notification arrives in milliseconds; a second SQLite process hears of it at its
  // next look at the last change (once a second).
  EXPECT_TRUE(within(*platform_, token, std::chrono::seconds(3), [](const Result<Principal>& p) { return !p; }));
}

TEST_F(SessionCacheTest, ACaregiverRenamedInAnotherProcessSignsInUnderTheNewNameHere) {
  const Principal coordinator = make_organisation("Zorg Noord");
  const Principal anna = db_->write(
      [&](store::Transaction& tx) { return insert_caregiver(tx, {.name = "Anna"}, *coordinator.organisation_id); });
  const std::string token = sign_in(anna);
  auto other = other_process();
  const auto before = authenticate(*platform_, token, "test");
  ASSERT_TRUE(before);
  EXPECT_EQ(before.value().name, "Anna");
  other.db->write([&](store::Transaction& tx) {
    auto profile = records::read_caregiver_profile(tx, *anna.caregiver_id);
    ASSERT_TRUE(profile);
    profile->name = "Anna de Vries";
    records::update_caregiver_profile(tx, *profile);
  });
  EXPECT_TRUE(within(*platform_, token, std::chrono::seconds(3),
                     [](const Result<Principal>& p) { return p && p.value().name == "Anna de Vries"; }));
}

TEST_F(SessionCacheTest, ANewSessionOfAnotherProcessIsKnownHereAtOnce) {
  const Principal coordinator = make_organisation("Zorg Noord");
  auto other = other_process();
  const std::string first = sign_in(coordinator);
  ASSERT_TRUE(authenticate(*platform_, first, "test"));
  // A token this process never saw is read, not taken for unknown.
  const std::string second = sign_in(coordinator);
  EXPECT_TRUE(authenticate(*platform_, second, "test"));
  EXPECT_FALSE(authenticate(*platform_, new_token(), "test"));
}

}  // namespace
}  // namespace carecrowd::services
