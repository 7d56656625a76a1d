// Database: the one SQL seam of the platform. A small interface over SQLite (embedded default) and
// PostgreSQL (several server processes), so that the stores above it hold one set of SQL text.
//
// SQL is written once with `?` placeholders; the PostgreSQL backend rewrites them to `$n`. Each SQL
// text is a prepared statement, prepared once per pooled PostgreSQL connection and then run by
// name (parsed and planned once, not per execution): pass values as parameters, never spliced into
// the text, or every value becomes a statement of its own (the cache is bounded; beyond it, the
// least recently used go). Parameters travel as text and take the type the statement gives them.
// Values come back as Cells read with typed accessors: integers and reals as numbers (SQLite by
// the value's storage class; PostgreSQL by the column's type: smallint, integer and bigint as
// integers, real, double precision and numeric as reals), everything else as text, NULL as null;
// a number keeps its text too. The platform's tables hold integers, reals and text, and documents
// as bytes (a BLOB in SQLite, a bytea in PostgreSQL: passed as Bytes, read back with text()).
//
// Concurrency contract, the same for both backends (nothing here assumes a single process):
//  - read() sees only committed data: on SQLite one snapshot for the whole read; on PostgreSQL
//    each statement runs on its own (autocommit, no BEGIN/ROLLBACK round trips) and sees what was
//    committed when it started, as a transaction at READ COMMITTED would. A read that needs two
//    statements to agree asks it in one statement (or runs in a write);
//  - write() runs in a transaction at READ COMMITTED (PostgreSQL) or BEGIN IMMEDIATE (SQLite, one
//    writer at a time). Code that must serialise on a record (a caregiver's claims, the audit
//    chain) first UPDATEs that row, which takes its row lock until commit in PostgreSQL;
//  - a transaction that hits a serialisation failure or a deadlock is retried a few times.
//  - write() returns only after the commit is durable (SQLite: WAL + synchronous=FULL;
//    PostgreSQL: synchronous_commit on).
//  - a write may announce a value on a channel when it commits (notify_on_commit): threads of this
//    process waiting in notifications() wake right after that commit, and on PostgreSQL so do
//    those of every other process that listens on the channel (NOTIFY, which PostgreSQL delivers
//    only once the transaction committed, never for one that rolled back).
//  - a PostgreSQL connection that is lost (the server restarted) is dropped with every pooled
//    connection opened before the loss; the transaction is retried on a new one, and when
//    PostgreSQL does not accept connections within a short wait, DatabaseUnavailable is thrown. A
//    commit whose answer was lost is not retried (it may have been applied): DatabaseUnavailable.
// Thread safety: a Database is shared by all request threads; a Transaction belongs to one thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "store/Notifications.h"
#include "core/Error.h"

namespace carecrowd::store {

// Bytes that are not text (an uploaded document): bound as a BLOB (SQLite) or sent as bytea's hex
// text (PostgreSQL), and read back unchanged, as a text cell holding the bytes.
struct Bytes {
  std::string data;
};

using Param = std::variant<std::nullptr_t, std::int64_t, double, std::string, Bytes>;

// One value of a result row. Integers and reals are kept as numbers (reading them back needs no
// parsing); every non-null value also has its text, which is what a text column holds and what
// text() returns for numbers (short, so it fits std::string's inline buffer: no allocation).
struct Cell {
  enum class Type : std::uint8_t { null, integer, real, text };
  Type type = Type::null;
  std::int64_t integer = 0;
  double real = 0;
  std::string text;
};

class Row {
 public:
  explicit Row(std::vector<Cell> cells) : cells_(std::move(cells)) {}
  [[nodiscard]] std::size_t size() const { return cells_.size(); }
  [[nodiscard]] bool is_null(std::size_t i) const { return cells_.at(i).type == Cell::Type::null; }
  [[nodiscard]] std::int64_t i64(std::size_t i) const;   // REQUIRES: not null
  [[nodiscard]] double f64(std::size_t i) const;         // REQUIRES: not null
  [[nodiscard]] const std::string& text(std::size_t i) const { return cells_.at(i).text; }  // "" for NULL
  [[nodiscard]] std::optional<std::int64_t> opt_i64(std::size_t i) const;

 private:
  std::vector<Cell> cells_;
};

using Rows = std::vector<Row>;

// Thrown by a backend when the database refuses a statement for a reason the caller can act on.
struct ConstraintViolation : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// Thrown when a transaction must be retried (PostgreSQL 40001/40P01, SQLite BUSY after timeout).
struct TransientFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Thrown when the database cannot be reached (PostgreSQL down or restarting, connection refused)
// after the retries: the request failed cleanly and may be tried again (HTTP 503 with Retry-After).
struct DatabaseUnavailable : std::runtime_error {
  using std::runtime_error::runtime_error;
};

enum class Dialect { sqlite, postgresql };

// pg_dump's formats for a PostgreSQL backup (custom: for pg_restore; plain: SQL for psql). A
// SQLite backup is always a database file.
enum class BackupFormat { custom, plain };

class Transaction {
 public:
  virtual ~Transaction() = default;
  // The database's, for a record whose fastest statement differs between the two.
  [[nodiscard]] virtual Dialect dialect() const = 0;
  virtual Rows query(std::string_view sql, const std::vector<Param>& params = {}) = 0;
  // Returns the number of rows changed.
  virtual std::int64_t exec(std::string_view sql, const std::vector<Param>& params = {}) = 0;
  // A write whose result nobody needs (an audit row, an event, a visit's planned start), run when
  // it costs least: PostgreSQL sends it with the transaction's next statement or with its commit,
  // in the same round trip (statements still run in the order given, so a later query sees it);
  // SQLite runs it at once. Its failure is thrown by that next query, exec or commit (a
  // ConstraintViolation as from exec), and the transaction does not commit.
  virtual void exec_deferred(std::string_view sql, const std::vector<Param>& params = {}) { exec(sql, params); }
  // Statements that do not need each other's answers (the reads that open a request, say), with
  // their answers in the order given: PostgreSQL sends them in one round trip (with the deferred
  // writes before them) and runs them in that order, so each sees what the ones before it wrote;
  // SQLite runs them in turn. Composed by QueryBatch (store/QueryBatch.h).
  struct Query {
    std::string sql;
    std::vector<Param> params;
  };
  virtual std::vector<Rows> query_each(const std::vector<Query>& queries);
  // Runs several statements without parameters (migrations).
  virtual void exec_script(std::string_view sql) = 0;
  virtual void commit() = 0;  // a transaction not committed is rolled back when destroyed

  // Announces `value` on `channel` if and when this transaction commits (see Notifications).
  // `channel` is a lowercase SQL identifier; a channel's values should rise with each commit (the
  // last id written, say). Nothing is announced when the transaction rolls back.
  virtual void notify_on_commit(std::string_view channel, std::int64_t value) = 0;

  // First row's first column as an integer, or nullopt when there is no row.
  std::optional<std::int64_t> query_i64(std::string_view sql, const std::vector<Param>& params = {});
};

class Database {
 public:
  virtual ~Database() = default;
  // "sqlite:PATH", a bare path, or "postgresql://..." / "postgres://...". Applies migrations.
  // Throws std::runtime_error with a message for the operator when the database cannot be opened.
  static std::unique_ptr<Database> open(const std::string& url, int pool_size = 8);

  [[nodiscard]] virtual Dialect dialect() const = 0;
  [[nodiscard]] virtual std::string describe() const = 0;  // for logs; never a password
  virtual std::unique_ptr<Transaction> begin_read() = 0;
  virtual std::unique_ptr<Transaction> begin_write() = 0;

  // What this process knows of announced values (raised by this process's commits, and by other
  // processes' commits on channels it listens to).
  Notifications& notifications() { return notifications_; }
  // From now on, announcements on `channel` by other processes reach notifications() as well
  // (PostgreSQL: LISTEN on a connection of its own, kept open and re-opened after a failure; SQLite
  // has no such channel between processes, so this does nothing). Cheap to call again.
  virtual void listen(std::string_view channel) { (void)channel; }
  // Copies the whole database to `path` while it serves: SQLite through its online backup API (one
  // read snapshot; writers go on), PostgreSQL through pg_dump in `format` on a snapshot exported
  // here. Then runs `in_copy` in a read-only transaction that sees exactly what was copied. The
  // file appears at `path` only once complete and durable (written beside it, fsynced, renamed).
  // An error (kind io) names the cause when the copy fails.
  virtual std::optional<Error> backup(const std::string& path, BackupFormat format,
                                      const std::function<void(Transaction&)>& in_copy) = 0;

  // Runs `body` in a write transaction and commits it; retries on TransientFailure.
  template <class F>
  auto write(F&& body) -> decltype(body(std::declval<Transaction&>())) {
    for (int attempt = 0;; ++attempt) {
      try {
        auto tx = begin_write();
        if constexpr (std::is_void_v<decltype(body(*tx))>) {
          body(*tx);
          tx->commit();
          return;
        } else {
          auto result = body(*tx);
          // An expected failure (a Result holding an Error) rolls back whatever the body wrote.
          if constexpr (requires { result.ok(); }) {
            if (!result.ok()) return result;
          }
          tx->commit();
          return result;
        }
      } catch (const TransientFailure&) {
        if (attempt >= 8) throw;
      }
    }
  }
  // Runs `body` in a read transaction; retried on TransientFailure (a lost connection), as it
  // changes nothing.
  template <class F>
  auto read(F&& body) -> decltype(body(std::declval<Transaction&>())) {
    for (int attempt = 0;; ++attempt) {
      try {
        auto tx = begin_read();
        return body(*tx);
      } catch (const TransientFailure&) {
        if (attempt >= 8) throw;
      }
    }
  }

 private:
  Notifications notifications_;
};

}  // namespace carecrowd::store
