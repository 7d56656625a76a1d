// FreshDatabase: an empty database for one test, of the kind the environment asks for, deleted
// afterwards. CARECROWD_TEST_DATABASE unset (or "sqlite") gives a SQLite file in the temp folder;
// a postgresql:// admin URL (what scripts/test-postgres prints) gives a new database on that server.
// `url()` is what `carecrowd serve --database` and store::Database::open take.
#pragma once

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <pqxx/pqxx>
#include <string>

namespace carecrowd::testing {

class FreshDatabase {
 public:
  // `label` names the files or databases, so that leftovers can be traced to their test suite.
  explicit FreshDatabase(const std::string& label) {
    static std::atomic<int> counter{0};
    const std::string unique = std::to_string(::getpid()) + "_" + std::to_string(counter++);
    const char* kind = std::getenv("CARECROWD_TEST_DATABASE");
    if (kind && std::string(kind).rfind("postgres", 0) == 0) {
      admin_ = kind;
      name_ = "carecrowd_" + label + "_" + unique;
      admin_exec("DROP DATABASE IF EXISTS " + name_);
      admin_exec("CREATE DATABASE " + name_);
      url_ = with_database(admin_, name_);
    } else {
      path_ = (std::filesystem::temp_directory_path() / ("carecrowd-" + label + "-" + unique + ".db")).string();
      remove_files();
      url_ = "sqlite:" + path_;
    }
  }
  ~FreshDatabase() {
    if (!path_.empty()) remove_files();
    if (!name_.empty()) {
      try {
        admin_exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
      } catch (const std::exception&) {
        // Left behind: deleted with the test server's data directory.
      }
    }
  }
  FreshDatabase(const FreshDatabase&) = delete;
  FreshDatabase& operator=(const FreshDatabase&) = delete;

  [[nodiscard]] const std::string& url() const { return url_; }

 private:
  void admin_exec(const std::string& sql) {
    pqxx::connection c(admin_);
    pqxx::nontransaction tx(c);
    tx.exec(sql);
  }
  void remove_files() {
    for (auto suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  // The URL with its database name replaced, keeping any query string.
  static std::string with_database(const std::string& url, const std::string& name) {
    const auto slash = url.find('/', url.find("://") + 3);
    const auto query = url.find('?');
    return (slash == std::string::npos ? url : url.substr(0, slash)) + "/" + name +
           (query == std::string::npos ? "" : url.substr(query));
  }

  std::string url_, path_, admin_, name_;
};

}  // namespace carecrowd::testing
