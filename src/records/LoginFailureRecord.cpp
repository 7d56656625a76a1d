#include "records/LoginFailureRecord.h"

namespace carecrowd::records {

void record_login_failure(store::Transaction& tx, const std::string& email, std::int64_t at) {
  tx.exec("INSERT INTO login_failure (email, at) VALUES (?, ?)", {email, at});
}

std::int64_t login_failures_since(store::Transaction& tx, const std::string& email, std::int64_t after) {
  return tx.query_i64("SELECT COUNT(*) FROM login_failure WHERE email = ? AND at > ?", {email, after}).value_or(0);
}

void forget_login_failures_of(store::Transaction& tx, const std::string& email) {
  tx.exec("DELETE FROM login_failure WHERE email = ?", {email});
}

void forget_login_failures_before(store::Transaction& tx, std::int64_t before) {
  tx.exec("DELETE FROM login_failure WHERE at < ?", {before});
}

}  // namespace carecrowd::records
