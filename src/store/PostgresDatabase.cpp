#include "store/PostgresDatabase.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <pqxx/pqxx>
#include <set>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "store/DurableFile.h"
#include "store/Migrations.h"

namespace carecrowd::store {
namespace {

// `?` placeholders to `$1..$n`, leaving quoted text alone.
std::string numbered_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  bool quoted = false;
  for (char c : sql) {
    if (c == '\'') quoted = !quoted;
    if (c == '?' && !quoted) {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

// How long a request waits for PostgreSQL to accept a connection again before it fails with
// DatabaseUnavailable: long enough to ride out a dropped connection or a fast restart's last
// moments, short enough that a request of a server whose database is down ends promptly.
constexpr std::chrono::milliseconds kConnectPatience{1500};

// SQLSTATE classes that mean the session is gone: 08 connection exception, 57P01-57P03 the
// server shutting down, crashed, or not yet accepting connections.
bool connection_gone(const pqxx::sql_error& e) {
  const std::string& state = e.sqlstate();
  return state.rfind("08", 0) == 0 || state == "57P01" || state == "57P02" || state == "57P03";
}

// A connection the server closed while it sat in the pool (a restart, pg_terminate_backend) has
// its goodbye (an error message, then end of file) waiting on the socket: an idle connection
// expects nothing, so anything readable means it is gone. Found here, it is dropped before a
// statement fails on it (libpqxx 6.4 also leaks a result when BEGIN fails on a dead connection).
bool closed_while_idle(const pqxx::connection& connection) {
  pollfd socket{connection.sock(), POLLIN, 0};
  return socket.fd < 0 || ::poll(&socket, 1, 0) != 0;
}

// The pool's side of a lost connection: told so that it stops handing out connections opened
// before the loss (after a PostgreSQL restart every one of them is dead).
class ConnectionLossSink {
 public:
  virtual void connection_lost() = 0;

 protected:
  ~ConnectionLossSink() = default;
};

// Maps the driver's exceptions to the store's: retry (TransientFailure), refuse (ConstraintViolation)
// or give up for now (DatabaseUnavailable). A lost connection is retried by Database::write and
// read on a fresh connection, which fails with DatabaseUnavailable if PostgreSQL stays away; a
// commit whose answer was lost is not retried, as it may have been applied.
template <class F>
auto translate_errors(ConnectionLossSink& pool, bool& broken, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const pqxx::in_doubt_error& e) {
    broken = true;
    pool.connection_lost();
    throw DatabaseUnavailable(std::string("the connection to PostgreSQL was lost during commit: ") + e.what());
  } catch (const pqxx::serialization_failure& e) {
    throw TransientFailure(e.what());
  } catch (const pqxx::deadlock_detected& e) {
    throw TransientFailure(e.what());
  } catch (const pqxx::integrity_constraint_violation& e) {
    throw ConstraintViolation(e.what());
  } catch (const pqxx::broken_connection& e) {
    broken = true;
    pool.connection_lost();
    throw TransientFailure(e.what());
  } catch (const pqxx::sql_error& e) {
    if (!connection_gone(e)) throw;
    broken = true;
    pool.connection_lost();
    throw TransientFailure(e.what());
  }
}

// A statement's parameters as libpq takes them: text, or NULL (a null pointer). The texts are
// owned here; `values` points into them.
class ParamTexts {
 public:
  explicit ParamTexts(const std::vector<Param>& params) {
    storage_.reserve(params.size());
    values_.reserve(params.size());
    for (const auto& p : params) {
      std::visit(
          [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::int64_t>) storage_.push_back(std::to_string(v));
            else if constexpr (std::is_same_v<T, double>) storage_.push_back(pqxx::to_string(v));
            else if constexpr (std::is_same_v<T, std::string>) storage_.push_back(v);
          },
          p);
    }
    // Pointers only once storage_ stops growing (a moved short string changes address).
    std::size_t s = 0;
    for (const auto& p : params) {
      values_.push_back(std::holds_alternative<std::nullptr_t>(p) ? nullptr : storage_[s++].c_str());
    }
  }
  [[nodiscard]] auto dynamic() const { return pqxx::prepare::make_dynamic_params(values_); }

 private:
  std::vector<std::string> storage_;
  std::vector<const char*> values_;
};

// The statements prepared on one connection, by their SQL text (as the caller wrote it, with `?`):
// the same text runs as the same prepared statement, parsed by PostgreSQL once per connection
// instead of once per execution. A prepared statement lives as long as its session, so the cache
// lives with its connection: a connection opened after a loss starts with an empty cache and
// prepares again. Bounded (SQL text built at run time, an IN list of any length, must not grow it
// without end): when full, a new text runs unprepared and marks the cache for trimming, which drops
// the least recently used quarter at the start of the connection's next transaction (DEALLOCATE
// is sent outside any transaction, so that it cannot fail in an aborted one).
// Thread safety: none; it belongs to its connection, which one transaction holds at a time.
class StatementCache {
 public:
  explicit StatementCache(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {}

  // The name of the prepared statement for `sql` (defined on `connection` when new; libpqxx
  // prepares it on the server at its first execution), or nullptr when the cache is full.
  const std::string* statement(pqxx::connection& connection, std::string_view sql) {
    ++tick_;
    if (auto found = entries_.find(sql); found != entries_.end()) {
      found->second.used = tick_;
      return &found->second.name;
    }
    if (entries_.size() >= capacity_) {
      needs_trim_ = true;
      return nullptr;
    }
    std::string name = "cc" + std::to_string(next_name_++);
    connection.prepare(name, numbered_placeholders(sql));
    auto [it, inserted] = entries_.emplace(std::string(sql), Entry{std::move(name), tick_});
    return &it->second.name;
  }

  // REQUIRES: no transaction open on `connection`.
  void trim(pqxx::connection& connection) {
    if (!needs_trim_) return;
    needs_trim_ = false;
    std::vector<std::pair<std::uint64_t, std::string>> by_use;
    by_use.reserve(entries_.size());
    for (const auto& [sql, entry] : entries_) by_use.emplace_back(entry.used, sql);
    std::sort(by_use.begin(), by_use.end());
    const std::size_t drop = std::max<std::size_t>(capacity_ / 4, 1);
    for (std::size_t i = 0; i < drop && i < by_use.size(); ++i) {
      const auto it = entries_.find(by_use[i].second);
      connection.unprepare(it->second.name);
      entries_.erase(it);
    }
  }

 private:
  struct Entry {
    std::string name;
    std::uint64_t used;  // tick_ at the last use
  };
  // Lookups by string_view: no std::string built per statement.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  std::size_t capacity_;
  std::unordered_map<std::string, Entry, Hash, std::equal_to<>> entries_;
  std::uint64_t tick_ = 0;
  std::uint64_t next_name_ = 0;
  bool needs_trim_ = false;
};

// A pooled connection and what its session holds.
struct Session {
  Session(const std::string& url, std::size_t statement_capacity) : connection(url), statements(statement_capacity) {}
  pqxx::connection connection;
  StatementCache statements;
};

// Runs `sql` through the session's prepared statement for it (unprepared when the cache is full
// or there is no cache, as for a backup's borrowed transaction).
pqxx::result run(pqxx::transaction_base& work, Session* session, std::string_view sql, const std::vector<Param>& params) {
  const ParamTexts texts(params);
  if (session) {
    if (const std::string* name = session->statements.statement(session->connection, sql)) {
      return work.exec_prepared(*name, texts.dynamic());
    }
  }
  return work.exec_params(numbered_placeholders(sql), texts.dynamic());
}

// PostgreSQL's type oids (pg_type.dat) of the numbers the platform's tables hold.
constexpr pqxx::oid kInt2 = 21, kInt4 = 23, kInt8 = 20, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

// libpqxx 6 gives every value as text. Integers and reals are parsed here once, by their column's
// type, so that a Row holds them as numbers as SQLite's does; the text is kept for text().
Rows to_rows(const pqxx::result& result) {
  Rows rows;
  rows.reserve(result.size());
  const auto columns = static_cast<std::size_t>(result.columns());
  std::vector<Cell::Type> types(columns, Cell::Type::text);
  for (std::size_t c = 0; c < columns; ++c) {
    const pqxx::oid type = result.column_type(static_cast<pqxx::row::size_type>(c));
    if (type == kInt2 || type == kInt4 || type == kInt8) types[c] = Cell::Type::integer;
    if (type == kFloat4 || type == kFloat8 || type == kNumeric) types[c] = Cell::Type::real;
  }
  for (const auto& row : result) {
    std::vector<Cell> cells(columns);
    for (std::size_t c = 0; c < columns; ++c) {
      const auto field = row[static_cast<pqxx::row::size_type>(c)];
      if (field.is_null()) continue;
      Cell& cell = cells[c];
      cell.text.assign(field.c_str(), field.size());
      cell.type = types[c];
      if (cell.type == Cell::Type::integer) {
        const auto [end, ec] = std::from_chars(cell.text.data(), cell.text.data() + cell.text.size(), cell.integer);
        if (ec != std::errc()) cell.type = Cell::Type::text;  // cannot happen for an integer column; read as text
      } else if (cell.type == Cell::Type::real) {
        // strtod: "NaN" and "Infinity" as PostgreSQL prints them; NUMERIC beyond a double rounds.
        cell.real = std::strtod(cell.text.c_str(), nullptr);
      }
    }
    rows.emplace_back(std::move(cells));
  }
  return rows;
}

// A Transaction over a driver transaction someone else owns (a backup's exported snapshot).
class BorrowedTransaction final : public Transaction {
 public:
  BorrowedTransaction(pqxx::transaction_base& work, ConnectionLossSink& pool) : work_(work), pool_(pool) {}
  Rows query(std::string_view sql, const std::vector<Param>& params) override {
    return translate_errors(pool_, broken_, [&] { return to_rows(run(work_, nullptr, sql, params)); });
  }
  std::int64_t exec(std::string_view sql, const std::vector<Param>& params) override {
    return translate_errors(pool_, broken_,
                            [&] { return static_cast<std::int64_t>(run(work_, nullptr, sql, params).affected_rows()); });
  }
  void exec_script(std::string_view sql) override {
    translate_errors(pool_, broken_, [&] { work_.exec(std::string(sql)); });
  }
  void commit() override {}  // the owner ends it
  // A backup's snapshot is read-only: nothing it runs publishes.
  void notify_on_commit(std::string_view, std::int64_t) override {
    throw std::logic_error("notify_on_commit in a read-only snapshot");
  }

 private:
  pqxx::transaction_base& work_;
  ConnectionLossSink& pool_;
  bool broken_ = false;
};

// postgresql://user:secret@host/db -> (postgresql://user@host/db, "secret" percent-decoded).
std::pair<std::string, std::string> split_password(const std::string& url) {
  const auto scheme = url.find("://");
  const auto at = url.find('@');
  if (at == std::string::npos || scheme == std::string::npos || at < scheme) return {url, ""};
  const auto colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return {url, ""};
  std::string password;
  for (std::size_t i = colon + 1; i < at; ++i) {
    if (url[i] == '%' && i + 2 < at) {
      password += static_cast<char>(std::stoi(url.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      password += url[i];
    }
  }
  return {url.substr(0, colon) + url.substr(at), password};
}

// Runs pg_dump on `snapshot` into `file`; the password goes through the environment, not argv,
// which every local user can read. pg_dump's own messages go to our stderr.
std::optional<Error> run_pg_dump(const std::string& url, const std::string& snapshot, BackupFormat format,
                                 const std::string& file) {
  const auto [safe_url, password] = split_password(url);
  std::vector<std::string> args = {"pg_dump", "--no-password", "--snapshot=" + snapshot,
                                   std::string("--format=") + (format == BackupFormat::plain ? "plain" : "custom"),
                                   "--file=" + file, "--dbname=" + safe_url};
  const pid_t pid = fork();
  if (pid < 0) return Error{ErrorKind::io, "backup", "", std::string("fork: ") + std::strerror(errno)};
  if (pid == 0) {
    if (!password.empty()) setenv("PGPASSWORD", password.c_str(), 1);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execvp("pg_dump", argv.data());
    std::fprintf(stderr, "carecrowd: backup: cannot run pg_dump: %s\n", std::strerror(errno));
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return Error{ErrorKind::io, "backup", "",
                 "pg_dump failed (exit " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) +
                     "; its message is above; is postgresql-client installed?)"};
  }
  return std::nullopt;
}

class PostgresDatabase;

// A read runs each statement on its own (autocommit), a write in a transaction. For a read that is
// what a transaction at READ COMMITTED gives too (each statement sees what was committed before it
// started) without the two round trips of BEGIN and ROLLBACK.
enum class Access { read, write };

class PostgresTransaction final : public Transaction {
 public:
  PostgresTransaction(PostgresDatabase& owner, std::unique_ptr<Session> session, std::uint64_t generation,
                      Access access);
  ~PostgresTransaction() override;

  Rows query(std::string_view sql, const std::vector<Param>& params) override;
  std::int64_t exec(std::string_view sql, const std::vector<Param>& params) override;
  void exec_script(std::string_view sql) override;
  void commit() override;
  void notify_on_commit(std::string_view channel, std::int64_t value) override {
    // A read has no commit to announce (and its statements are not held back until one).
    if (access_ == Access::read) throw std::logic_error("notify_on_commit in a read");
    // NOTIFY inside the transaction: PostgreSQL sends it to the listening processes when (and only
    // if) this transaction commits.
    query(std::string("SELECT pg_notify(?, ?)"), {std::string(channel), std::to_string(value)});
    announcements_.emplace_back(std::string(channel), value);
  }

 private:
  PostgresDatabase& owner_;
  std::unique_ptr<Session> session_;
  std::uint64_t generation_;
  Access access_;
  std::unique_ptr<pqxx::transaction_base> work_;
  bool broken_ = false;
  std::vector<std::pair<std::string, std::int64_t>> announcements_;
};

// Raises a channel's value when another process's NOTIFY arrives; the payload is the value.
class ChannelReceiver final : public pqxx::notification_receiver {
 public:
  ChannelReceiver(pqxx::connection_base& connection, const std::string& channel, Notifications& notifications)
      : pqxx::notification_receiver(connection, channel), notifications_(notifications) {}

  void operator()(const std::string& payload, int /*backend_pid*/) override {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(payload.data(), payload.data() + payload.size(), value);
    // Someone else's NOTIFY on our channel name without a number: wake nobody, the polls go on.
    if (ec != std::errc() || end != payload.data() + payload.size()) return;
    notifications_.raise(channel(), value);
  }

 private:
  Notifications& notifications_;
};

// The process's one listening connection: LISTENs on every channel asked for, wakes up a few times
// a second to take on new channels and to notice a stop, and reconnects after a failure (what was
// announced meanwhile is found by the waiters' polls).
class Listener {
 public:
  Listener(std::string url, Notifications& notifications) : url_(std::move(url)), notifications_(notifications) {}
  ~Listener() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
  }
  Listener(const Listener&) = delete;
  Listener& operator=(const Listener&) = delete;

  void add(std::string_view channel) {
    std::lock_guard lock(mutex_);
    if (!channels_.insert(std::string(channel)).second) return;
    if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
  }

 private:
  // How long one wait for a notification lasts: the delay before a new channel is listened to and
  // before a stop is noticed. Notifications themselves arrive at once.
  static constexpr long kSliceMicroseconds = 200'000;
  static constexpr auto kReconnectDelay = std::chrono::seconds(1);

  void run() {
    while (!stopping()) {
      try {
        pqxx::connection connection(url_);
        std::set<std::string> heard;
        // After the connection, so that they unregister (UNLISTEN) before it closes.
        std::vector<std::unique_ptr<ChannelReceiver>> receivers;
        while (!stopping()) {
          for (const auto& channel : wanted()) {
            if (heard.insert(channel).second) {
              receivers.push_back(std::make_unique<ChannelReceiver>(connection, channel, notifications_));
            }
          }
          connection.await_notification(0, kSliceMicroseconds);
        }
      } catch (const std::exception&) {
        // PostgreSQL went away or refused the connection: try again shortly.
        std::unique_lock lock(mutex_);
        wake_.wait_for(lock, kReconnectDelay, [&] { return stopping_; });
      }
    }
  }

  bool stopping() {
    std::lock_guard lock(mutex_);
    return stopping_;
  }
  std::set<std::string> wanted() {
    std::lock_guard lock(mutex_);
    return channels_;
  }

  std::string url_;
  Notifications& notifications_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::set<std::string> channels_;
  bool stopping_ = false;
  std::thread thread_;
};

class PostgresDatabase final : public Database, public ConnectionLossSink {
 public:
  PostgresDatabase(std::string url, const PostgresOptions& options)
      : url_(std::move(url)),
        pool_size_(std::max(options.pool_size, 1)),
        statement_capacity_(options.statement_cache),
        listener_(url_, notifications()) {}

  [[nodiscard]] Dialect dialect() const override { return Dialect::postgresql; }
  [[nodiscard]] std::string describe() const override { return split_password(url_).first; }

  std::unique_ptr<Transaction> begin_read() override { return begin(Access::read); }
  std::unique_ptr<Transaction> begin_write() override { return begin(Access::write); }

  std::optional<Error> backup(const std::string& path, BackupFormat format,
                              const std::function<void(Transaction&)>& in_copy) override {
    // The snapshot pg_dump copies is exported from this transaction, which reads the same one:
    // what in_copy sees is exactly what the dump holds.
    std::unique_ptr<pqxx::connection> connection;
    try {
      connection = std::make_unique<pqxx::connection>(url_);
    } catch (const std::exception& e) {
      return Error{ErrorKind::io, "--database", describe(), std::string("cannot connect: ") + e.what()};
    }
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> snapshot(*connection);
    const auto id = snapshot.exec("SELECT pg_export_snapshot()")[0][0].as<std::string>();
    const std::string partial = path + ".partial";
    std::filesystem::remove(partial);
    if (auto error = run_pg_dump(url_, id, format, partial)) return error;
    if (auto error = make_durable(partial, path)) return error;
    BorrowedTransaction tx(snapshot, *this);
    in_copy(tx);
    return std::nullopt;
  }

  void connection_lost() override {
    std::lock_guard lock(mutex_);
    ++generation_;
    idle_.clear();
  }
  void listen(std::string_view channel) override { listener_.add(channel); }

  void give_back(std::unique_ptr<Session> session, std::uint64_t generation) {
    {
      std::lock_guard lock(mutex_);
      --in_use_;
      if (session && session->connection.is_open() && generation == generation_) {
        idle_.push_back(std::move(session));
      }
    }
    freed_.notify_one();
  }

 private:
  std::unique_ptr<Transaction> begin(Access access) {
    std::unique_lock lock(mutex_);
    freed_.wait(lock, [&] { return !idle_.empty() || in_use_ < pool_size_; });
    ++in_use_;
    if (!idle_.empty()) {
      auto session = std::move(idle_.back());
      idle_.pop_back();
      if (!closed_while_idle(session->connection)) {
        const std::uint64_t generation = generation_;
        lock.unlock();
        return std::make_unique<PostgresTransaction>(*this, std::move(session), generation, access);
      }
      // One closed while idle: the others were opened before the same restart.
      ++generation_;
      idle_.clear();
    }
    const std::uint64_t generation = generation_;
    lock.unlock();
    return std::make_unique<PostgresTransaction>(*this, connect(generation), generation, access);
  }

  // A new connection, retried with growing pauses for kConnectPatience; then DatabaseUnavailable.
  std::unique_ptr<Session> connect(std::uint64_t generation) {
    const auto deadline = std::chrono::steady_clock::now() + kConnectPatience;
    auto pause = std::chrono::milliseconds(25);
    for (;;) {
      try {
        return std::make_unique<Session>(url_, statement_capacity_);
      } catch (const std::exception& e) {
        if (std::chrono::steady_clock::now() + pause > deadline) {
          give_back(nullptr, generation);
          throw DatabaseUnavailable(std::string("cannot connect to PostgreSQL at ") + describe() + ": " + e.what());
        }
      }
      std::this_thread::sleep_for(pause);
      pause = std::min(pause * 2, std::chrono::milliseconds(400));
    }
  }

  std::string url_;
  int pool_size_;
  std::size_t statement_capacity_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<Session>> idle_;  // guarded by mutex_
  int in_use_ = 0;                                        // guarded by mutex_
  std::uint64_t generation_ = 0;  // guarded by mutex_; connections from an older one are not pooled
  Listener listener_;  // last: its thread stops before the rest goes
};

PostgresTransaction::PostgresTransaction(PostgresDatabase& owner, std::unique_ptr<Session> session,
                                         std::uint64_t generation, Access access)
    : owner_(owner), session_(std::move(session)), generation_(generation), access_(access) {
  try {
    translate_errors(owner_, broken_, [&] {
      session_->statements.trim(session_->connection);  // before BEGIN: see StatementCache
      if (access_ == Access::read) {
        work_ = std::make_unique<pqxx::nontransaction>(session_->connection);
      } else {
        work_ = std::make_unique<pqxx::work>(session_->connection);
      }
    });
  } catch (...) {
    owner_.give_back(nullptr, generation_);
    throw;
  }
}

PostgresTransaction::~PostgresTransaction() {
  try {
    work_.reset();  // aborts when not committed
  } catch (...) {
    broken_ = true;
  }
  owner_.give_back(broken_ ? nullptr : std::move(session_), generation_);
}

Rows PostgresTransaction::query(std::string_view sql, const std::vector<Param>& params) {
  return translate_errors(owner_, broken_, [&] { return to_rows(run(*work_, session_.get(), sql, params)); });
}
std::int64_t PostgresTransaction::exec(std::string_view sql, const std::vector<Param>& params) {
  return translate_errors(owner_, broken_,
                          [&] { return static_cast<std::int64_t>(run(*work_, session_.get(), sql, params).affected_rows()); });
}
void PostgresTransaction::exec_script(std::string_view sql) {
  translate_errors(owner_, broken_, [&] { work_->exec(std::string(sql)); });
}
void PostgresTransaction::commit() {
  translate_errors(owner_, broken_, [&] { work_->commit(); });
  for (const auto& [channel, value] : announcements_) owner_.notifications().raise(channel, value);
  announcements_.clear();
}

}  // namespace

std::unique_ptr<Database> open_postgres(const std::string& url, const PostgresOptions& options) {
  std::unique_ptr<Database> db;
  try {
    db = std::make_unique<PostgresDatabase>(url, options);
    apply_migrations(*db);
  } catch (const TransientFailure& e) {
    throw std::runtime_error(e.what());
  } catch (const DatabaseUnavailable& e) {
    throw std::runtime_error(e.what());
  }
  return db;
}

}  // namespace carecrowd::store
