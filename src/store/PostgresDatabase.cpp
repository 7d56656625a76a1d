#include "store/PostgresDatabase.h"

#include <condition_variable>
#include <mutex>
#include <pqxx/pqxx>

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
  void commit() override {
    translate_errors([&] { work_->commit(); });
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
};

class PostgresDatabase final : public Database {
 public:
  PostgresDatabase(std::string url, int pool_size) : url_(std::move(url)), pool_size_(pool_size) {}

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
};

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
