// `carecrowd backup` while the server takes writes: the copy is restored (SQLite: the file itself;
// PostgreSQL: pg_restore or psql into a fresh database) and its audit chain verified against the
// checkpoint the backup anchored. Runs on the database CARECROWD_TEST_DATABASE names.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "TestServer.h"
#include "store/Database.h"

namespace carecrowd::testing {
namespace {

namespace fs = std::filesystem;

struct BackupFiles {
  BackupFiles() {
    const auto unique = std::to_string(::getpid()) + "-" + std::to_string(counter++);
    copy = (fs::temp_directory_path() / ("carecrowd-backup-" + unique)).string();
    anchor = copy + ".anchor";
    key_file = copy + ".key";
    std::ofstream(key_file) << std::string(44, 'b') << "\n";
  }
  ~BackupFiles() {
    for (const auto& f : {copy, anchor, key_file, copy + "-wal", copy + "-shm"}) fs::remove(f);
  }
  static inline int counter = 0;
  std::string copy, anchor, key_file;
};

int run(const std::string& command, std::string* out) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  char buffer[4096];
  while (auto n = fread(buffer, 1, sizeof buffer, pipe)) out->append(buffer, n);
  const int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The restored copy as a database URL, and what restoring it took (the fresh database it went into).
struct Restored {
  std::unique_ptr<FreshDatabase> target;
  std::string url;
};

Restored restore(const TestServer& server, const BackupFiles& files, const std::string& format) {
  Restored out;
  if (!server.postgres()) {
    out.url = "sqlite:" + files.copy;  // a SQLite backup is a database file: restoring is copying it back
    return out;
  }
  out.target = std::make_unique<FreshDatabase>("restore");
  out.url = out.target->url();
  std::string log;
  const std::string command = format == "plain"
                                  ? "psql -q -v ON_ERROR_STOP=1 -d '" + out.url + "' -f '" + files.copy + "'"
                                  : "pg_restore --exit-on-error --no-owner -d '" + out.url + "' '" + files.copy + "'";
  EXPECT_EQ(run(command, &log), 0) << command << "\n" << log;
  return out;
}

class Backup : public ::testing::TestWithParam<std::string> {};

bool testing_postgres() {
  const char* kind = std::getenv("CARECROWD_TEST_DATABASE");
  return kind && std::string(kind).rfind("postgres", 0) == 0;
}

TEST_P(Backup, ACopyTakenWhileServingRestoresWithAnIntactAuditChainMatchingItsAnchor) {
  // Decided before a server starts: one stopped at once may miss its SIGTERM (it is not listening yet).
  if (!testing_postgres() && GetParam() != "custom") GTEST_SKIP() << "pg_dump formats are for PostgreSQL";
  TestServer server;
  Api api = server.api();
  auto org = make_organisation(api, api.login(kAdminEmail, kAdminPassword), "Org Reserve");
  for (int i = 0; i < 3; ++i) make_client(api, org.coordinator_token, "Client " + std::to_string(i));

  // Writes go on during the backup: each one an audit event, so the copy must be one snapshot of
  // the chain and its head.
  std::atomic<bool> stop{false};
  std::atomic<int> written{0};
  std::thread writer([&] {
    Api busy = server.api();
    for (int i = 0; !stop; ++i) {
      if (busy.get("/v1/clients", org.coordinator_token).status == 200) ++written;
    }
  });
  BackupFiles files;
  std::vector<std::string> args = {"backup", "--database", server.database(), "-o", files.copy,
                                   "--anchor", files.anchor, "--audit-key-file", files.key_file};
  if (server.postgres()) args.insert(args.end(), {"--format", GetParam()});
  std::string out;
  const int code = TestServer::run_cli(args, &out);
  stop = true;
  writer.join();
  ASSERT_EQ(code, 0) << out;
  EXPECT_NE(out.find("the copy's audit log:"), std::string::npos) << out;
  EXPECT_NE(out.find("anchored event"), std::string::npos) << out;
  EXPECT_GT(written.load(), 0);
  EXPECT_FALSE(fs::exists(files.copy + ".partial"));

  const auto restored = restore(server, files, GetParam());
  ASSERT_EQ(TestServer::run_cli({"audit", "verify", "--database", restored.url, "--anchor", files.anchor,
                                 "--audit-key-file", files.key_file},
                                &out),
            0)
      << out;
  EXPECT_NE(out.find("1 checkpoints authentic"), std::string::npos) << out;
  EXPECT_NE(out.find("0 later events not yet anchored"), std::string::npos) << out;
  auto db = store::Database::open(restored.url, 1);
  const auto clients = db->read([](store::Transaction& tx) { return tx.query_i64("SELECT COUNT(*) FROM client"); });
  EXPECT_EQ(clients.value_or(0), 3);
}

INSTANTIATE_TEST_SUITE_P(Formats, Backup, ::testing::Values("custom", "plain"));

TEST(BackupCommand, AFormatForASqliteDatabaseIsAUsageError) {
  FreshDatabase fresh("backupformat");
  if (fresh.url().rfind("sqlite:", 0) != 0) GTEST_SKIP() << "about SQLite";
  BackupFiles files;
  std::string out;
  EXPECT_EQ(TestServer::run_cli({"backup", "--database", fresh.url(), "-o", files.copy, "--format", "plain"}, &out), 2)
      << out;
  EXPECT_NE(out.find("--format"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(files.copy));
}

TEST(BackupCommand, ACopyThatCannotBeWrittenIsAnErrorNamingThePath) {
  FreshDatabase fresh("backupfail");
  std::string out;
  EXPECT_EQ(TestServer::run_cli({"backup", "--database", fresh.url(), "-o", "/nonexistent/folder/copy"}, &out), 1)
      << out;
  EXPECT_NE(out.find("/nonexistent/folder/copy"), std::string::npos) << out;
}

TEST(BackupCommand, ACopyOfATamperedLogSaysSoAndIsNotAnchored) {
  TestServer server;
  Api api = server.api();
  auto org = make_organisation(api, api.login(kAdminEmail, kAdminPassword), "Org Vervalst");
  make_client(api, org.coordinator_token, "Client");
  auto db = store::Database::open(server.database(), 1);
  db->write([](store::Transaction& tx) { tx.exec("UPDATE audit_event SET detail = 'x' WHERE seq = 1"); });
  BackupFiles files;
  std::string out;
  EXPECT_EQ(TestServer::run_cli({"backup", "--database", server.database(), "-o", files.copy, "--anchor", files.anchor,
                                 "--audit-key-file", files.key_file},
                                &out),
            3)
      << out;
  EXPECT_NE(out.find("TAMPERED"), std::string::npos) << out;
  EXPECT_TRUE(fs::exists(files.copy));
  EXPECT_EQ(fs::file_size(files.anchor), 0u);
}

}  // namespace
}  // namespace carecrowd::testing
