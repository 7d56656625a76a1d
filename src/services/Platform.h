// Platform: what every service needs: the database, the settings an operator may change, and the
// clock. Its one memory, the sessions read lately (SessionCache), forgets what any process changes,
// so any number of server processes can share a database.
//
// Thread safety: shared by all request threads; immutable after construction apart from the
// Database and the SessionCache, which are thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include "domain/CivilTime.h"
#include "services/SessionCache.h"
#include "store/Database.h"

namespace carecrowd::services {

struct Settings {
  int horizon_days = 14;               // tasks are materialised this far ahead
  int release_notice_minutes = 24 * 60;  // a caregiver may release a task until this before it
  int at_risk_after_minutes = 15;      // not checked in this long after the window opened
  int at_risk_open_within_minutes = 24 * 60;  // open tasks starting this soon are at risk
  int privacy_margin_minutes = 2 * 60;  // client details visible this long before/after a visit
  int token_lifetime_minutes = 12 * 60;
  int login_attempts = 5;              // failed logins per email per window before 429
  int login_window_minutes = 15;
  int proposal_deadline_minutes = 12 * 60;
  int feed_radius_metres = 15'000;     // open tasks further from home are not in the feed
  bool fast_password_hashing = false;  // tests and demo only: argon2id at its minimum cost
};

class Platform {
 public:
  Platform(store::Database& db, Settings settings, std::function<LocalMinute()> clock = {})
      : db_(db), settings_(settings), clock_(std::move(clock)), sessions_(std::make_shared<SessionCache>(db)) {}

  [[nodiscard]] store::Database& db() const { return db_; }
  [[nodiscard]] const Settings& settings() const { return settings_; }
  [[nodiscard]] LocalMinute now() const { return clock_ ? clock_() : local_now(); }
  [[nodiscard]] SessionCache& sessions() const { return *sessions_; }

 private:
  store::Database& db_;
  Settings settings_;
  std::function<LocalMinute()> clock_;
  std::shared_ptr<SessionCache> sessions_;  // shared by copies of this platform
};

}  // namespace carecrowd::services
