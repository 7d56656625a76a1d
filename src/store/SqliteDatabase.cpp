#include "store/SqliteDatabase.h"

#include <sqlite3.h>

#include <charconv>
#include <filesystem>
#include <mutex>
#include <unordered_map>

#include "store/DurableFile.h"
#include "store/Migrations.h"

namespace carecrowd::store {
namespace {

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what) {
  const std::string message = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  const int primary = rc & 0xff;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) throw TransientFailure(message);
  if (primary == SQLITE_CONSTRAINT) throw ConstraintViolation(message);
  throw std::runtime_error(message);
}

// One connection with its cache of prepared statements (the SQL text is the key: the stores use a
// fixed set of statements, so the cache stays small).
class Connection {
 public:
  explicit Connection(const std::string& path) {
    const int rc = sqlite3_open_v2(path.c_str(), &db_,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      std::string message = "cannot open SQLite database " + path + ": " + sqlite3_errstr(rc);
      sqlite3_close(db_);
      throw std::runtime_error(message);
    }
    sqlite3_busy_timeout(db_, 10000);
    // A page cache of up to 32 MiB (SQLite's default is 2 MiB): a large write (the demo region, a
    // week's plan) then stays in memory until its commit instead of spilling pages to the WAL and
    // reading them back; the cache grows only as far as it is used. Temporary storage in memory:
    // the statement journal SQLite keeps for each multi-row change inside a transaction was a file
    // in /var/tmp, written a page at a time (half a million writes while the demo region seeded).
    script("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768; "
           "PRAGMA temp_store=MEMORY;");
  }
  ~Connection() {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  [[nodiscard]] sqlite3* handle() const { return db_; }

  void script(std::string_view sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
      std::string message = error ? error : sqlite3_errstr(rc);
      sqlite3_free(error);
      const int primary = rc & 0xff;
      if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) throw TransientFailure(message);
      throw std::runtime_error("SQLite: " + message);
    }
  }

  sqlite3_stmt* prepare(std::string_view sql) {
    auto it = statements_.find(std::string(sql));
    if (it != statements_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) fail(db_, rc, "prepare");
    statements_.emplace(std::string(sql), stmt);
    return stmt;
  }

  Rows run(std::string_view sql, const std::vector<Param>& params, std::int64_t* changed) {
    sqlite3_stmt* stmt = prepare(sql);
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() { sqlite3_reset(s); sqlite3_clear_bindings(s); }
    } reset{stmt};
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i) + 1;
      int rc = SQLITE_OK;
      std::visit(
          [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) rc = sqlite3_bind_null(stmt, index);
            else if constexpr (std::is_same_v<T, std::int64_t>) rc = sqlite3_bind_int64(stmt, index, v);
            else if constexpr (std::is_same_v<T, double>) rc = sqlite3_bind_double(stmt, index, v);
            else if constexpr (std::is_same_v<T, Bytes>) {
              rc = sqlite3_bind_blob64(stmt, index, v.data.data(), v.data.size(), SQLITE_TRANSIENT);
            } else rc = sqlite3_bind_text(stmt, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
          },
          params[i]);
      if (rc != SQLITE_OK) fail(db_, rc, "bind");
    }
    Rows rows;
    const int columns = sqlite3_column_count(stmt);
    for (;;) {
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) fail(db_, rc, sql);
      std::vector<Cell> cells(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        Cell& cell = cells[static_cast<std::size_t>(c)];
        switch (sqlite3_column_type(stmt, c)) {
          case SQLITE_NULL:
            break;
          case SQLITE_INTEGER: {
            cell.type = Cell::Type::integer;
            cell.integer = sqlite3_column_int64(stmt, c);
            char buffer[24];
            auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, cell.integer);
            cell.text.assign(buffer, end);
            break;
          }
          case SQLITE_FLOAT: {
            cell.type = Cell::Type::real;
            cell.real = sqlite3_column_double(stmt, c);
            char buffer[32];
            auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, cell.real);
            cell.text.assign(buffer, end);
            break;
          }
          case SQLITE_BLOB: {
            // Read as the bytes they are (sqlite3_column_text would convert them to text).
            cell.type = Cell::Type::text;
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, c));
            cell.text.assign(bytes ? bytes : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, c)));
            break;
          }
          default: {
            cell.type = Cell::Type::text;
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            cell.text.assign(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c)));
          }
        }
      }
      rows.emplace_back(std::move(cells));
    }
    if (changed) *changed = sqlite3_changes64(db_);
    return rows;
  }

 private:
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

class SqliteDatabase;

class SqliteTransaction final : public Transaction {
 public:
  Dialect dialect() const override { return Dialect::sqlite; }
  SqliteTransaction(SqliteDatabase& owner, std::unique_ptr<Connection> connection, bool write,
                    std::unique_lock<std::mutex> writer);
  ~SqliteTransaction() override;

  Rows query(std::string_view sql, const std::vector<Param>& params) override {
    return connection_->run(sql, params, nullptr);
  }
  std::int64_t exec(std::string_view sql, const std::vector<Param>& params) override {
    std::int64_t changed = 0;
    connection_->run(sql, params, &changed);
    return changed;
  }
  void exec_script(std::string_view sql) override { connection_->script(sql); }
  void commit() override;
  void notify_on_commit(std::string_view channel, std::int64_t value) override {
    announcements_.emplace_back(std::string(channel), value);
  }

 private:
  SqliteDatabase& owner_;
  std::unique_ptr<Connection> connection_;
  std::unique_lock<std::mutex> writer_;
  bool open_ = true;
  std::vector<std::pair<std::string, std::int64_t>> announcements_;
};

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(std::string path) : path_(std::move(path)) {}

  [[nodiscard]] Dialect dialect() const override { return Dialect::sqlite; }
  [[nodiscard]] std::string describe() const override { return "sqlite:" + path_; }

  std::unique_ptr<Transaction> begin_read() override {
    auto connection = take();
    connection->script("BEGIN");
    return std::make_unique<SqliteTransaction>(*this, std::move(connection), false,
                                               std::unique_lock<std::mutex>());
  }
  std::unique_ptr<Transaction> begin_write() override {
    std::unique_lock<std::mutex> writer(writer_mutex_);
    auto connection = take();
    try {
      connection->script("BEGIN IMMEDIATE");
    } catch (...) {
      give_back(std::move(connection));
      throw;
    }
    return std::make_unique<SqliteTransaction>(*this, std::move(connection), true, std::move(writer));
  }

  std::optional<Error> backup(const std::string& path, BackupFormat /*format*/,
                              const std::function<void(Transaction&)>& in_copy) override {
    const std::string partial = path + ".partial";
    for (auto suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(partial + suffix);
    if (auto error = copy_to(partial)) return error;
    if (auto error = make_durable(partial, path)) return error;
    // The copy is its own database now: what it holds is read from it.
    SqliteDatabase copy(path);
    copy.read([&](Transaction& tx) { in_copy(tx); });
    return std::nullopt;
  }

  void give_back(std::unique_ptr<Connection> connection) {
    std::lock_guard lock(pool_mutex_);
    if (idle_.size() < 32) idle_.push_back(std::move(connection));
  }

 private:
  std::unique_ptr<Connection> take() {
    {
      std::lock_guard lock(pool_mutex_);
      if (!idle_.empty()) {
        auto connection = std::move(idle_.back());
        idle_.pop_back();
        return connection;
      }
    }
    return std::make_unique<Connection>(path_);
  }

  // The online backup API in one step: the whole database is copied in one read transaction, so
  // the copy is one consistent snapshot, and in WAL mode writers are not blocked meanwhile.
  std::optional<Error> copy_to(const std::string& partial) {
    auto source = take();
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(partial.c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::optional<Error> error;
    if (rc == SQLITE_OK) {
      sqlite3_backup* copy = sqlite3_backup_init(target, "main", source->handle(), "main");
      if (!copy) {
        rc = sqlite3_errcode(target);
      } else {
        rc = sqlite3_backup_step(copy, -1);
        sqlite3_backup_finish(copy);
        if (rc == SQLITE_DONE) rc = SQLITE_OK;
      }
    }
    if (rc != SQLITE_OK) {
      error = Error{ErrorKind::io, "-o", partial,
                    std::string("the SQLite backup failed: ") + sqlite3_errstr(rc)};
    }
    sqlite3_close(target);
    give_back(std::move(source));
    return error;
  }

  std::string path_;
  std::mutex pool_mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::mutex writer_mutex_;
};

SqliteTransaction::SqliteTransaction(SqliteDatabase& owner, std::unique_ptr<Connection> connection,
                                     bool /*write*/, std::unique_lock<std::mutex> writer)
    : owner_(owner), connection_(std::move(connection)), writer_(std::move(writer)) {}

void SqliteTransaction::commit() {
  connection_->script("COMMIT");
  open_ = false;
  // After the commit and before the writer lock is let go (when this transaction is destroyed):
  // a woken reader finds the committed rows, and the values reach waiters in commit order.
  for (const auto& [channel, value] : announcements_) owner_.notifications().raise(channel, value);
  announcements_.clear();
}

SqliteTransaction::~SqliteTransaction() {
  if (open_) {
    try {
      connection_->script("ROLLBACK");
    } catch (...) {
      // A failed rollback leaves the connection unusable: drop it instead of pooling it.
      return;
    }
  }
  owner_.give_back(std::move(connection_));
}

}  // namespace

std::unique_ptr<Database> open_sqlite(const std::string& path, int /*pool_size*/) {
  // SQLite's allocation statistics take a global mutex on every malloc; nothing here reads them.
  // Only possible before SQLite initialises, hence once, before the first connection.
  static const int memstatus_off = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)memstatus_off;
  auto db = std::make_unique<SqliteDatabase>(path);
  apply_migrations(*db);
  return db;
}

}  // namespace carecrowd::store
