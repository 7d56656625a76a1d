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

pqxx::result exec_with_params(pqxx::transaction_base& work, std::string_view sql, const std::vector<Param>& params) {
  std::vector<std::string> storage;
  storage.reserve(params.size());
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const auto& p : params) {
    if (std::holds_alternative<std::nullptr_t>(p)) {
      values.push_back(nullptr);
      continue;
    }
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::int64_t>) storage.push_back(std::to_string(v));
          else if constexpr (std::is_same_v<T, double>) storage.push_back(pqxx::to_string(v));
          else if constexpr (std::is_same_v<T, std::string>) storage.push_back(v);
        },
        p);
    values.push_back(nullptr);  // patched below, once storage stops moving
  }
  std::size_t s = 0;
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (!std::holds_alternative<std::nullptr_t>(params[i])) values[i] = storage[s++].c_str();
  }
  return work.exec_params(numbered_placeholders(sql), pqxx::prepare::make_dynamic_params(values));
}

Rows to_rows(const pqxx::result& result) {
  Rows rows;
  rows.reserve(result.size());
  const auto columns = static_cast<std::size_t>(result.columns());
  for (const auto& row : result) {
    std::vector<Cell> cells(columns);
    for (std::size_t c = 0; c < columns; ++c) {
      const auto field = row[static_cast<pqxx::row::size_type>(c)];
      if (field.is_null()) continue;
      cells[c].type = Cell::Type::text;  // numbers are parsed from their text when read
      cells[c].text.assign(field.c_str(), field.size());
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
    return translate_errors(pool_, broken_, [&] { return to_rows(exec_with_params(work_, sql, params)); });
  }
  std::int64_t exec(std::string_view sql, const std::vector<Param>& params) override {
    return translate_errors(pool_, broken_,
                            [&] { return static_cast<std::int64_t>(exec_with_params(work_, sql, params).affected_rows()); });
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

class PostgresTransaction final : public Transaction {
 public:
  PostgresTransaction(PostgresDatabase& owner, std::unique_ptr<pqxx::connection> connection, std::uint64_t generation);
  ~PostgresTransaction() override;

  Rows query(std::string_view sql, const std::vector<Param>& params) override;
  std::int64_t exec(std::string_view sql, const std::vector<Param>& params) override;
  void exec_script(std::string_view sql) override;
  void commit() override;
  void notify_on_commit(std::string_view channel, std::int64_t value) override {
    // NOTIFY inside the transaction: PostgreSQL sends it to the listening processes when (and only
    // if) this transaction commits.
    query(std::string("SELECT pg_notify(?, ?)"), {std::string(channel), std::to_string(value)});
    announcements_.emplace_back(std::string(channel), value);
  }

 private:
  PostgresDatabase& owner_;
  std::unique_ptr<pqxx::connection> connection_;
  std::uint64_t generation_;
  std::unique_ptr<pqxx::work> work_;
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
  PostgresDatabase(std::string url, int pool_size)
      : url_(std::move(url)), pool_size_(pool_size), listener_(url_, notifications()) {}

  [[nodiscard]] Dialect dialect() const override { return Dialect::postgresql; }
  [[nodiscard]] std::string describe() const override { return split_password(url_).first; }

  std::unique_ptr<Transaction> begin_read() override { return begin(); }
  std::unique_ptr<Transaction> begin_write() override { return begin(); }

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

  void give_back(std::unique_ptr<pqxx::connection> connection, std::uint64_t generation) {
    {
      std::lock_guard lock(mutex_);
      --in_use_;
      if (connection && connection->is_open() && generation == generation_) {
        idle_.push_back(std::move(connection));
      }
    }
    freed_.notify_one();
  }

 private:
  std::unique_ptr<Transaction> begin() {
    std::unique_lock lock(mutex_);
    freed_.wait(lock, [&] { return !idle_.empty() || in_use_ < pool_size_; });
    ++in_use_;
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      if (!closed_while_idle(*connection)) {
        const std::uint64_t generation = generation_;
        lock.unlock();
        return std::make_unique<PostgresTransaction>(*this, std::move(connection), generation);
      }
      // One closed while idle: the others were opened before the same restart.
      ++generation_;
      idle_.clear();
    }
    const std::uint64_t generation = generation_;
    lock.unlock();
    return std::make_unique<PostgresTransaction>(*this, connect(generation), generation);
  }

  // A new connection, retried with growing pauses for kConnectPatience; then DatabaseUnavailable.
  std::unique_ptr<pqxx::connection> connect(std::uint64_t generation) {
    const auto deadline = std::chrono::steady_clock::now() + kConnectPatience;
    auto pause = std::chrono::milliseconds(25);
    for (;;) {
      try {
        return std::make_unique<pqxx::connection>(url_);
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
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<pqxx::connection>> idle_;  // guarded by mutex_
  int in_use_ = 0;                                        // guarded by mutex_
  std::uint64_t generation_ = 0;  // guarded by mutex_; connections from an older one are not pooled
  Listener listener_;  // last: its thread stops before the rest goes
};

PostgresTransaction::PostgresTransaction(PostgresDatabase& owner, std::unique_ptr<pqxx::connection> connection,
                                         std::uint64_t generation)
    : owner_(owner), connection_(std::move(connection)), generation_(generation) {
  try {
    translate_errors(owner_, broken_, [&] { work_ = std::make_unique<pqxx::work>(*connection_); });
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
  owner_.give_back(broken_ ? nullptr : std::move(connection_), generation_);
}

Rows PostgresTransaction::query(std::string_view sql, const std::vector<Param>& params) {
  return translate_errors(owner_, broken_, [&] { return to_rows(exec_with_params(*work_, sql, params)); });
}
std::int64_t PostgresTransaction::exec(std::string_view sql, const std::vector<Param>& params) {
  return translate_errors(owner_, broken_,
                          [&] { return static_cast<std::int64_t>(exec_with_params(*work_, sql, params).affected_rows()); });
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

std::unique_ptr<Database> open_postgres(const std::string& url, int pool_size) {
  std::unique_ptr<Database> db;
  try {
    db = std::make_unique<PostgresDatabase>(url, pool_size < 1 ? 1 : pool_size);
    apply_migrations(*db);
  } catch (const TransientFailure& e) {
    throw std::runtime_error(e.what());
  } catch (const DatabaseUnavailable& e) {
    throw std::runtime_error(e.what());
  }
  return db;
}

}  // namespace carecrowd::store
