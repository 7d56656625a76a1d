#include "store/PostgresDatabase.h"

#include <charconv>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <pqxx/pqxx>
#include <set>
#include <thread>

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

template <class F>
auto translate_errors(F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const pqxx::serialization_failure& e) {
    throw TransientFailure(e.what());
  } catch (const pqxx::deadlock_detected& e) {
    throw TransientFailure(e.what());
  } catch (const pqxx::integrity_constraint_violation& e) {
    throw ConstraintViolation(e.what());
  } catch (const pqxx::broken_connection& e) {
    throw TransientFailure(e.what());
  }
}

class PostgresDatabase;

class PostgresTransaction final : public Transaction {
 public:
  PostgresTransaction(PostgresDatabase& owner, std::unique_ptr<pqxx::connection> connection, bool write);
  ~PostgresTransaction() override;

  Rows query(std::string_view sql, const std::vector<Param>& params) override {
    return translate_errors([&] { return to_rows(run(sql, params)); });
  }
  std::int64_t exec(std::string_view sql, const std::vector<Param>& params) override {
    return translate_errors([&] { return static_cast<std::int64_t>(run(sql, params).affected_rows()); });
  }
  void exec_script(std::string_view sql) override {
    translate_errors([&] { work_->exec(std::string(sql)); });
  }
  void commit() override;
  void notify_on_commit(std::string_view channel, std::int64_t value) override {
    // NOTIFY inside the transaction: PostgreSQL sends it to the listening processes when (and only
    // if) this transaction commits.
    query(std::string("SELECT pg_notify(?, ?)"), {std::string(channel), std::to_string(value)});
    announcements_.emplace_back(std::string(channel), value);
  }

 private:
  pqxx::result run(std::string_view sql, const std::vector<Param>& params) {
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
    return work_->exec_params(numbered_placeholders(sql), pqxx::prepare::make_dynamic_params(values));
  }

  static Rows to_rows(const pqxx::result& result) {
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

  PostgresDatabase& owner_;
  std::unique_ptr<pqxx::connection> connection_;
  std::unique_ptr<pqxx::work> work_;
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

class PostgresDatabase final : public Database {
 public:
  PostgresDatabase(std::string url, int pool_size)
      : url_(std::move(url)), pool_size_(pool_size), listener_(url_, notifications()) {}

  [[nodiscard]] Dialect dialect() const override { return Dialect::postgresql; }
  [[nodiscard]] std::string describe() const override {
    // postgresql://user:secret@host/db -> postgresql://user@host/db
    auto at = url_.find('@');
    auto scheme = url_.find("://");
    if (at == std::string::npos || scheme == std::string::npos) return url_;
    auto colon = url_.find(':', scheme + 3);
    if (colon == std::string::npos || colon > at) return url_;
    return url_.substr(0, colon) + url_.substr(at);
  }

  std::unique_ptr<Transaction> begin_read() override {
    return std::make_unique<PostgresTransaction>(*this, take(), false);
  }
  std::unique_ptr<Transaction> begin_write() override {
    return std::make_unique<PostgresTransaction>(*this, take(), true);
  }
  void listen(std::string_view channel) override { listener_.add(channel); }

  void give_back(std::unique_ptr<pqxx::connection> connection) {
    {
      std::lock_guard lock(mutex_);
      --in_use_;
      if (connection && connection->is_open()) idle_.push_back(std::move(connection));
    }
    freed_.notify_one();
  }

 private:
  std::unique_ptr<pqxx::connection> take() {
    std::unique_lock lock(mutex_);
    freed_.wait(lock, [&] { return !idle_.empty() || in_use_ < pool_size_; });
    ++in_use_;
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return connection;
    }
    lock.unlock();
    try {
      return std::make_unique<pqxx::connection>(url_);
    } catch (const std::exception& e) {
      give_back(nullptr);
      throw TransientFailure(std::string("cannot connect to PostgreSQL: ") + e.what());
    }
  }

  std::string url_;
  int pool_size_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<pqxx::connection>> idle_;
  int in_use_ = 0;
  Listener listener_;  // last: its thread stops before the rest goes
};

void PostgresTransaction::commit() {
  translate_errors([&] { work_->commit(); });
  for (const auto& [channel, value] : announcements_) owner_.notifications().raise(channel, value);
  announcements_.clear();
}

PostgresTransaction::PostgresTransaction(PostgresDatabase& owner, std::unique_ptr<pqxx::connection> connection,
                                         bool /*write*/)
    : owner_(owner), connection_(std::move(connection)) {
  try {
    work_ = std::make_unique<pqxx::work>(*connection_);
  } catch (...) {
    owner_.give_back(nullptr);
    throw;
  }
}

PostgresTransaction::~PostgresTransaction() {
  try {
    work_.reset();  // aborts when not committed
  } catch (...) {
    connection_.reset();
  }
  owner_.give_back(std::move(connection_));
}

}  // namespace

std::unique_ptr<Database> open_postgres(const std::string& url, int pool_size) {
  std::unique_ptr<Database> db;
  try {
    db = std::make_unique<PostgresDatabase>(url, pool_size < 1 ? 1 : pool_size);
    apply_migrations(*db);
  } catch (const TransientFailure& e) {
    throw std::runtime_error(e.what());
  }
  return db;
}

}  // namespace carecrowd::store
