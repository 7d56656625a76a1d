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
#include <optional>
#include <libpq-fe.h>
#include <pqxx/pqxx>
#include <set>
#include <span>
#include <stdexcept>
#include <thread>
#include <unordered_map>
#include <utility>

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
bool connection_gone_state(const std::string& state) {
  return state.rfind("08", 0) == 0 || state == "57P01" || state == "57P02" || state == "57P03";
}
bool connection_gone(const pqxx::sql_error& e) { return connection_gone_state(e.sqlstate()); }

// The pool's side of a lost connection: told so that it stops handing out connections opened
// before the loss (after a PostgreSQL restart every one of them is dead).
class ConnectionLossSink {
 public:
  virtual void connection_lost() = 0;

 protected:
  ~ConnectionLossSink() = default;
};

// Maps libpqxx's exceptions (a backup's snapshot; the pool's own connections use libpq, see
// throw_translated) to the store's: retry (TransientFailure), refuse (ConstraintViolation)
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

// bytea's hex input form ("\x" and two hex digits a byte): bytes travel as text like every other
// parameter, so one prepared statement takes them whatever they hold.
std::string bytea_hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 + 2 * bytes.size());
  out += "\\x";
  for (const unsigned char b : bytes) {
    out += kDigits[b >> 4];
    out += kDigits[b & 0xf];
  }
  return out;
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
            else if constexpr (std::is_same_v<T, Bytes>) storage_.push_back(bytea_hex(v.data));
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
  [[nodiscard]] const char* const* values() const { return values_.data(); }

 private:
  std::vector<std::string> storage_;
  std::vector<const char*> values_;
};

// The statements prepared on one connection, by their SQL text (as the caller wrote it, with `?`):
// the same text runs as the same prepared statement, parsed by PostgreSQL once per connection
// instead of once per execution, and after five runs usually with one generic plan instead of
// being planned each time. A prepared statement lives as long as its session, so the cache lives
// with its connection: a connection opened after a loss starts empty and prepares again.
//
// A generic plan is kept until the table's statistics change, and one made while the tables were
// nearly empty (a new database being filled: the demo region) can scan a whole table for what an
// index finds once it has grown. So a statement is prepared again, under a new name, after 64
// runs, then 128, 256, ... : a plan is never older than half its statement's runs, at a cost of a
// few extra plannings per statement and connection.
//
// Bounded (SQL text built at run time, an IN list of any length, must not grow it without end):
// when full, a new text runs unprepared and marks the cache for trimming, which drops the least
// recently used quarter before the connection's next transaction, with the names replaced by a
// renewal (DEALLOCATE outside any transaction, so that it cannot fail in an aborted one).
// Thread safety: none; it belongs to its connection, which one transaction holds at a time.
class StatementCache {
 public:
  struct Entry {
    std::string name;
    bool prepared = false;      // PostgreSQL accepted the Parse under `name`
    std::uint64_t used = 0;     // tick at the last use
    std::uint64_t runs = 0;     // under this name
    std::uint64_t renew_at = kFirstRenewal;
  };

  explicit StatementCache(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {}

  // The statement for `sql`, new (not prepared) when unknown or due for renewal; nullptr when the
  // cache is full (run it unprepared). Stays valid until the next take_evicted().
  Entry* statement(std::string_view sql) {
    auto found = entries_.find(sql);
    if (found == entries_.end()) {
      if (entries_.size() >= capacity_) {
        needs_trim_ = true;
        return nullptr;
      }
      found = entries_.emplace(std::string(sql), Entry{new_name()}).first;
    }
    Entry& e = found->second;
    e.used = ++tick_;
    if (e.prepared && ++e.runs >= e.renew_at) {
      evicted_.push_back(std::move(e.name));
      e = Entry{new_name(), false, tick_, 0, std::min(e.renew_at * 2, kLastRenewal)};
    }
    return &e;
  }

  // The names to DEALLOCATE, forgotten here: those renewed since the last call and, when the cache
  // was found full, the least recently used quarter.
  std::vector<std::string> take_evicted() {
    std::vector<std::string> names = std::move(evicted_);
    evicted_.clear();
    if (!needs_trim_) return names;
    needs_trim_ = false;
    std::vector<std::pair<std::uint64_t, std::string_view>> by_use;
    by_use.reserve(entries_.size());
    for (const auto& [sql, entry] : entries_) by_use.emplace_back(entry.used, sql);
    std::sort(by_use.begin(), by_use.end());
    by_use.resize(std::min(by_use.size(), std::max<std::size_t>(capacity_ / 4, 1)));
    std::vector<std::string> texts;
    for (const auto& [used, sql] : by_use) texts.emplace_back(sql);  // before erasing what they view
    for (const auto& sql : texts) {
      const auto it = entries_.find(sql);
      if (it->second.prepared) names.push_back(std::move(it->second.name));
      entries_.erase(it);
    }
    return names;
  }

 private:
  static constexpr std::uint64_t kFirstRenewal = 64;
  static constexpr std::uint64_t kLastRenewal = std::uint64_t{1} << 20;

  std::string new_name() { return "cc" + std::to_string(next_name_++); }

  // Lookups by string_view: no std::string built per statement.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  std::size_t capacity_;
  std::unordered_map<std::string, Entry, Hash, std::equal_to<>> entries_;
  std::vector<std::string> evicted_;  // renewed names still prepared in the session
  std::uint64_t tick_ = 0;
  std::uint64_t next_name_ = 0;
  bool needs_trim_ = false;
};

// What libpq reported when a statement failed: its SQLSTATE (empty when libpq itself failed) and
// message, and whether the connection is gone.
struct PgFailure : std::runtime_error {
  PgFailure(std::string state, const std::string& message, bool lost)
      : std::runtime_error(message), sqlstate(std::move(state)), connection_lost(lost) {}
  std::string sqlstate;
  bool connection_lost;
};

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

// PostgreSQL's type oids (pg_type.dat) of the numbers the platform's tables hold.
constexpr Oid kInt2 = 21, kInt4 = 23, kInt8 = 20, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;
// ... and of the bytes of a document, which come as bytea's hex output ("\x...").
constexpr Oid kBytea = 17;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
// The bytes of bytea's hex output; a text in any other form is kept as it came (the server's
// bytea_output is hex unless someone set it to the old escape form).
void decode_bytea(Cell& cell) {
  const std::string& text = cell.text;
  if (text.size() < 2 || text[0] != '\\' || text[1] != 'x' || text.size() % 2 != 0) return;
  std::string bytes;
  bytes.reserve(text.size() / 2 - 1);
  for (std::size_t i = 2; i < text.size(); i += 2) {
    const int high = hex_value(text[i]), low = hex_value(text[i + 1]);
    if (high < 0 || low < 0) return;
    bytes += static_cast<char>(high * 16 + low);
  }
  cell.text = std::move(bytes);
}

// Values come as text (the protocol's text format). Integers and reals are parsed once, by their
// column's type, so that a Row holds them as numbers as SQLite's does; the text is kept for text().
Cell::Type cell_type(Oid type) {
  if (type == kInt2 || type == kInt4 || type == kInt8) return Cell::Type::integer;
  if (type == kFloat4 || type == kFloat8 || type == kNumeric) return Cell::Type::real;
  return Cell::Type::text;
}
void fill(Cell& cell, const char* text, std::size_t size, Cell::Type type) {
  cell.text.assign(text, size);
  cell.type = type;
  if (type == Cell::Type::integer) {
    const auto [end, ec] = std::from_chars(text, text + size, cell.integer);
    if (ec != std::errc()) cell.type = Cell::Type::text;  // cannot happen for an integer column; read as text
  } else if (type == Cell::Type::real) {
    // from_chars: several times faster than strtod (a feed reads 300 coordinates), and it reads
    // "NaN" and "Infinity" as PostgreSQL prints them; a NUMERIC beyond a double, which it refuses,
    // goes to strtod, which rounds it to infinity.
    const auto [end, ec] = std::from_chars(text, text + size, cell.real);
    if (ec != std::errc()) cell.real = std::strtod(cell.text.c_str(), nullptr);
  }
}

Rows to_rows(const PGresult* result) {
  const int count = PQntuples(result);
  const int columns = PQnfields(result);
  std::vector<Cell::Type> types;
  std::vector<bool> bytea;
  for (int c = 0; c < columns; ++c) {
    types.push_back(cell_type(PQftype(result, c)));
    bytea.push_back(PQftype(result, c) == kBytea);
  }
  Rows rows;
  rows.reserve(static_cast<std::size_t>(count));
  for (int r = 0; r < count; ++r) {
    std::vector<Cell> cells(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      if (PQgetisnull(result, r, c)) continue;
      const auto i = static_cast<std::size_t>(c);
      fill(cells[i], PQgetvalue(result, r, c), static_cast<std::size_t>(PQgetlength(result, r, c)), types[i]);
      if (bytea[i]) decode_bytea(cells[i]);
    }
    rows.emplace_back(std::move(cells));
  }
  return rows;
}

std::int64_t affected_rows(const PGresult* result) {
  const char* text = PQcmdTuples(const_cast<PGresult*>(result));
  std::int64_t n = 0;
  std::from_chars(text, text + std::strlen(text), n);  // "" for a statement that changes no rows
  return n;
}

// A statement whose answer nobody waits for: sent with the transaction's next statement or its
// COMMIT (Transaction::exec_deferred).
struct Deferred {
  std::string sql;
  std::vector<Param> params;
};

// One pooled connection (libpq) and what its session holds. Statements go out in pipeline mode:
// a write's BEGIN, the Parse of a statement new to this session and its execution leave together
// and cost one round trip; a ROLLBACK is sent without waiting, and its answer read before the
// connection's next use. A COMMIT is always waited for (durability).
// Thread safety: none; one transaction holds it at a time.
class PgSession {
 public:
  PgSession(const std::string& url, std::size_t statement_capacity)
      : connection_(PQconnectdb(url.c_str())), statements_(statement_capacity) {
    if (!connection_ || PQstatus(connection_) != CONNECTION_OK) {
      const std::string message = connection_ ? PQerrorMessage(connection_) : "out of memory";
      PQfinish(connection_);
      throw std::runtime_error(message);
    }
    // Notices ("relation ... already exists, skipping" from the migrations' IF NOT EXISTS) are not
    // errors; libpq would print each to stderr.
    PQsetNoticeProcessor(connection_, [](void*, const char*) {}, nullptr);
  }
  ~PgSession() { PQfinish(connection_); }
  PgSession(const PgSession&) = delete;
  PgSession& operator=(const PgSession&) = delete;

  // A connection the server closed while it sat in the pool (a restart, pg_terminate_backend) has
  // its goodbye (an error message, then end of file) waiting on the socket: an idle connection
  // expects nothing once the answers it is owed are read, so anything readable means it is gone.
  bool closed_while_idle() {
    try {
      collect_owed();
    } catch (const PgFailure&) {
      return true;
    }
    pollfd socket{PQsocket(connection_), POLLIN, 0};
    return PQstatus(connection_) != CONNECTION_OK || socket.fd < 0 || ::poll(&socket, 1, 0) != 0;
  }

  // Runs `deferred` and then `sql` with `params` (none when `sql` is null) through their prepared
  // statements (a new one's Parse goes in the same round trip), after BEGIN when `begin`; returns
  // the last result. Throws PgFailure: the first failure among them.
  PgResult run(const std::vector<Deferred>& deferred, const std::string_view* sql, const std::vector<Param>& params,
               bool begin) {
    const Statement one{sql ? *sql : std::string_view(), &params};
    auto results = run_each(deferred, std::span<const Statement>(&one, sql ? 1 : 0), begin);
    return results.empty() ? PgResult() : std::move(results.back());
  }

  // A statement to run and its values, not copied (the caller's outlive the call).
  struct Statement {
    std::string_view sql;
    const std::vector<Param>* params;
  };
  // The same for several statements in one round trip (Transaction::query_each): their results,
  // in order. Throws PgFailure: the first failure among them.
  std::vector<PgResult> run_each(const std::vector<Deferred>& deferred, std::span<const Statement> queries,
                                 bool begin) {
    collect_owed();
    enter_pipeline();
    Batch batch;
    bool sent = !begin || send("BEGIN", batch.commands);
    for (const auto& d : deferred) sent = sent && queue(d.sql, d.params, batch);
    // Where each statement's answer is: after its Parse when it is new to this session.
    std::vector<int> answer_at;
    answer_at.reserve(queries.size());
    for (const auto& q : queries) {
      sent = sent && queue(q.sql, *q.params, batch);
      answer_at.push_back(batch.commands - 1);
    }
    if (!sent || PQpipelineSync(connection_) != 1) throw lost();
    auto results = finish(batch);
    std::vector<PgResult> answers;
    answers.reserve(queries.size());
    for (const int at : answer_at) answers.push_back(std::move(results[static_cast<std::size_t>(at)]));
    return answers;
  }

  // Ends the transaction with COMMIT and waits for it, in one round trip with a BEGIN (`begin`: a
  // write that ran no statement), the deferred statements and the announcements (pg_notify, which
  // PostgreSQL delivers to the listeners only at the commit, so nothing is gained by sending them
  // earlier). A COMMIT that fails has rolled the transaction back; one that follows a failed
  // statement is not run, and the transaction stays open until the ROLLBACK. Throws PgFailure.
  void commit(bool begin, const std::vector<Deferred>& deferred,
              const std::vector<std::pair<std::string, std::int64_t>>& announcements) {
    collect_owed();
    enter_pipeline();
    Batch batch;
    bool sent = !begin || send("BEGIN", batch.commands);
    for (const auto& d : deferred) sent = sent && queue(d.sql, d.params, batch);
    for (const auto& [channel, value] : announcements) {
      if (!sent) break;
      const std::string payload = std::to_string(value);
      const char* values[] = {channel.c_str(), payload.c_str()};
      sent = PQsendQueryParams(connection_, "SELECT pg_notify($1, $2)", 2, nullptr, values, nullptr, nullptr, 0) == 1;
      ++batch.commands;
    }
    if (!sent || !send("COMMIT", batch.commands) || PQpipelineSync(connection_) != 1) throw lost();
    finish(batch);
  }

  // Whether a transaction is open (or failed and not yet ended) on the connection.
  [[nodiscard]] bool in_transaction() const {
    const auto status = PQtransactionStatus(connection_);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
  }

  // A command without parameters whose answer is read at the connection's next use (ROLLBACK:
  // nothing waits for it). False when it could not be sent: the connection is gone.
  bool send_without_waiting(const char* sql) {
    try {
      collect_owed();
    } catch (const PgFailure&) {
      return false;
    }
    enter_pipeline();
    int commands = 0;
    if (!send(sql, commands) || PQpipelineSync(connection_) != 1) return false;
    owed_ = commands;
    return true;
  }

  // Several statements without parameters in one simple query (migrations). Throws PgFailure.
  void script(std::string_view sql) {
    collect_owed();
    PgResult result(PQexec(connection_, std::string(sql).c_str()));
    if (!result) throw lost();
    const auto status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw failure(result.get());
  }

  // Drops the statements the cache let go of; between transactions. Throws PgFailure.
  void trim_statements() {
    const auto names = statements_.take_evicted();
    if (names.empty()) return;
    collect_owed();
    enter_pipeline();
    int commands = 0;
    for (const auto& name : names) {
      // Names are ours ("cc" and a number): nothing to quote.
      if (!send(("DEALLOCATE " + name).c_str(), commands)) throw lost();
    }
    if (PQpipelineSync(connection_) != 1) throw lost();
    throw_first_failure(collect(commands));
  }

 private:
  void enter_pipeline() {
    if (PQpipelineStatus(connection_) == PQ_PIPELINE_OFF && PQenterPipelineMode(connection_) != 1) throw lost();
  }
  bool send(const char* sql, int& commands) {
    ++commands;
    return PQsendQueryParams(connection_, sql, 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
  }

  // The commands of one round trip, and the Parses among them (a statement's entry and the index
  // of its answer).
  struct Batch {
    int commands = 0;
    std::vector<std::pair<StatementCache::Entry*, int>> parses;
  };
  // Queues `sql`'s execution, after its Parse when the session has not prepared it yet. An entry
  // counts as prepared from its Parse on, so that the same new text twice in one batch is parsed
  // once; finish() corrects that when the Parse failed.
  bool queue(std::string_view sql, const std::vector<Param>& params, Batch& batch) {
    const ParamTexts texts(params);  // libpq copies the values into its buffer when sending
    const int n = static_cast<int>(params.size());
    StatementCache::Entry* statement = statements_.statement(sql);
    if (!statement) {
      ++batch.commands;
      const std::string numbered = numbered_placeholders(sql);
      return PQsendQueryParams(connection_, numbered.c_str(), n, nullptr, texts.values(), nullptr, nullptr, 0) == 1;
    }
    if (!statement->prepared) {
      const std::string numbered = numbered_placeholders(sql);
      if (PQsendPrepare(connection_, statement->name.c_str(), numbered.c_str(), n, nullptr) != 1) return false;
      statement->prepared = true;
      batch.parses.emplace_back(statement, batch.commands++);
    }
    ++batch.commands;
    return PQsendQueryPrepared(connection_, statement->name.c_str(), n, texts.values(), nullptr, nullptr, 0) == 1;
  }
  // Reads the batch's answers; throws the first failure. A statement stays prepared even if its
  // execution failed; a Parse that failed left nothing to run by name.
  std::vector<PgResult> finish(const Batch& batch) {
    auto results = collect(batch.commands);
    for (const auto& [statement, index] : batch.parses) {
      statement->prepared = PQresultStatus(results[static_cast<std::size_t>(index)].get()) == PGRES_COMMAND_OK;
    }
    throw_first_failure(results);
    return results;
  }

  // Reads the answers of `commands` commands and of the sync after them, and leaves pipeline mode.
  // Each command's answer is one result (a failed one, or PIPELINE_ABORTED after a failure), then
  // a null. A missing answer means the connection is gone.
  std::vector<PgResult> collect(int commands) {
    std::vector<PgResult> results;
    results.reserve(static_cast<std::size_t>(commands));
    for (int i = 0; i < commands; ++i) {
      PgResult first(PQgetResult(connection_));
      if (!first) throw lost();
      while (PGresult* more = PQgetResult(connection_)) PQclear(more);
      results.push_back(std::move(first));
    }
    PgResult sync(PQgetResult(connection_));
    if (!sync || PQresultStatus(sync.get()) != PGRES_PIPELINE_SYNC) throw lost();
    if (PQexitPipelineMode(connection_) != 1) throw lost();
    return results;
  }
  // The answers of a command sent without waiting. A failed ROLLBACK is no news (the transaction
  // is over either way) unless the connection went with it.
  void collect_owed() {
    if (owed_ == 0) return;
    const int commands = owed_;
    owed_ = 0;
    collect(commands);
  }

  void throw_first_failure(const std::vector<PgResult>& results) {
    for (const auto& r : results) {
      const auto status = PQresultStatus(r.get());
      if (status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE || status == PGRES_NONFATAL_ERROR) {
        throw failure(r.get());
      }
    }
  }
  PgFailure failure(const PGresult* result) {
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    std::string sqlstate = state ? state : "";
    const bool gone = PQstatus(connection_) != CONNECTION_OK || connection_gone_state(sqlstate);
    return PgFailure(std::move(sqlstate), PQresultErrorMessage(result), gone);
  }
  PgFailure lost() {
    return PgFailure("", std::string("the connection to PostgreSQL was lost: ") + PQerrorMessage(connection_), true);
  }

  PGconn* connection_;
  StatementCache statements_;
  int owed_ = 0;  // commands sent without waiting whose answers (and sync) are unread
};

// The store's errors for libpq's: retry (TransientFailure), refuse (ConstraintViolation) or give
// up for now (DatabaseUnavailable), as translate_errors does for libpqxx's. `committing`: a lost
// connection during COMMIT leaves the outcome unknown, so it is not retried.
[[noreturn]] void throw_translated(const PgFailure& e, ConnectionLossSink& pool, bool& broken, bool committing) {
  if (e.connection_lost) {
    broken = true;
    pool.connection_lost();
    if (committing) {
      throw DatabaseUnavailable(std::string("the connection to PostgreSQL was lost during commit: ") + e.what());
    }
    throw TransientFailure(e.what());
  }
  if (e.sqlstate == "40001" || e.sqlstate == "40P01") throw TransientFailure(e.what());
  if (e.sqlstate.rfind("23", 0) == 0) throw ConstraintViolation(e.what());
  throw std::runtime_error(e.what());
}

// Runs a backup's statement in its libpqxx transaction (unprepared: a backup runs a few).
pqxx::result run_unprepared(pqxx::transaction_base& work, std::string_view sql, const std::vector<Param>& params) {
  const ParamTexts texts(params);
  return work.exec_params(numbered_placeholders(sql), texts.dynamic());
}

// The same conversion for libpqxx's results (a backup's snapshot).
Rows to_rows(const pqxx::result& result) {
  const auto columns = static_cast<std::size_t>(result.columns());
  std::vector<Cell::Type> types;
  for (std::size_t c = 0; c < columns; ++c) types.push_back(cell_type(result.column_type(static_cast<pqxx::row::size_type>(c))));
  Rows rows;
  rows.reserve(result.size());
  for (const auto& row : result) {
    std::vector<Cell> cells(columns);
    for (std::size_t c = 0; c < columns; ++c) {
      const auto field = row[static_cast<pqxx::row::size_type>(c)];
      if (field.is_null()) continue;
      fill(cells[c], field.c_str(), field.size(), types[c]);
      if (result.column_type(static_cast<pqxx::row::size_type>(c)) == kBytea) decode_bytea(cells[c]);
    }
    rows.emplace_back(std::move(cells));
  }
  return rows;
}

// A Transaction over a driver transaction someone else owns (a backup's exported snapshot).
class BorrowedTransaction final : public Transaction {
 public:
  Dialect dialect() const override { return Dialect::postgresql; }
  BorrowedTransaction(pqxx::transaction_base& work, ConnectionLossSink& pool) : work_(work), pool_(pool) {}
  Rows query(std::string_view sql, const std::vector<Param>& params) override {
    return translate_errors(pool_, broken_, [&] { return to_rows(run_unprepared(work_, sql, params)); });
  }
  std::int64_t exec(std::string_view sql, const std::vector<Param>& params) override {
    return translate_errors(pool_, broken_,
                            [&] { return static_cast<std::int64_t>(run_unprepared(work_, sql, params).affected_rows()); });
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
// started) without the round trips of BEGIN and ROLLBACK.
enum class Access { read, write };

class PostgresTransaction final : public Transaction {
 public:
  Dialect dialect() const override { return Dialect::postgresql; }
  PostgresTransaction(PostgresDatabase& owner, std::unique_ptr<PgSession> session, std::uint64_t generation,
                      Access access);
  ~PostgresTransaction() override;

  Rows query(std::string_view sql, const std::vector<Param>& params) override;
  std::vector<Rows> query_each(const std::vector<Query>& queries) override;
  std::int64_t exec(std::string_view sql, const std::vector<Param>& params) override;
  void exec_deferred(std::string_view sql, const std::vector<Param>& params) override {
    // A read's statements run one by one (autocommit): nothing to send them with.
    if (access_ == Access::read) {
      exec(sql, params);
      return;
    }
    deferred_.push_back({std::string(sql), params});
  }
  void exec_script(std::string_view sql) override;
  void commit() override;
  void notify_on_commit(std::string_view channel, std::int64_t value) override {
    // A read has no commit to announce.
    if (access_ == Access::read) throw std::logic_error("notify_on_commit in a read");
    // NOTIFY (pg_notify) goes out with the COMMIT: PostgreSQL sends it to the listening processes
    // when (and only if) this transaction commits.
    announcements_.emplace_back(std::string(channel), value);
  }

 private:
  PgResult run(std::string_view sql, const std::vector<Param>& params);

  PostgresDatabase& owner_;
  std::unique_ptr<PgSession> session_;
  std::uint64_t generation_;
  Access access_;
  // A write's BEGIN goes out with its first statement (or its COMMIT, when it ran none).
  bool begun_ = false;
  bool ended_ = false;  // commit() was called
  bool broken_ = false;
  std::vector<Deferred> deferred_;  // sent with the next statement or the COMMIT
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

  void give_back(std::unique_ptr<PgSession> session, std::uint64_t generation) {
    {
      std::lock_guard lock(mutex_);
      --in_use_;
      if (session && generation == generation_) {
        idle_.push_back(std::move(session));
      }
    }
    freed_.notify_one();
  }

 private:
  std::unique_ptr<Transaction> begin(Access access) {
    std::unique_ptr<PgSession> session;
    std::uint64_t generation = 0;
    {
      std::unique_lock lock(mutex_);
      freed_.wait(lock, [&] { return !idle_.empty() || in_use_ < pool_size_; });
      ++in_use_;
      if (!idle_.empty()) {
        session = std::move(idle_.back());  // the most recently used: its statements are prepared
        idle_.pop_back();
      }
      generation = generation_;
    }
    // Outside the lock: it may wait for the answer to the ROLLBACK that ended its last transaction.
    if (session && session->closed_while_idle()) {
      session.reset();
      // One closed while idle: the others were opened before the same restart.
      std::lock_guard lock(mutex_);
      ++generation_;
      idle_.clear();
      generation = generation_;
    }
    if (!session) session = connect(generation);
    return std::make_unique<PostgresTransaction>(*this, std::move(session), generation, access);
  }

  // A new connection, retried with growing pauses for kConnectPatience; then DatabaseUnavailable.
  std::unique_ptr<PgSession> connect(std::uint64_t generation) {
    const auto deadline = std::chrono::steady_clock::now() + kConnectPatience;
    auto pause = std::chrono::milliseconds(25);
    for (;;) {
      try {
        return std::make_unique<PgSession>(url_, statement_capacity_);
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
  std::vector<std::unique_ptr<PgSession>> idle_;  // guarded by mutex_
  int in_use_ = 0;                                        // guarded by mutex_
  std::uint64_t generation_ = 0;  // guarded by mutex_; connections from an older one are not pooled
  Listener listener_;  // last: its thread stops before the rest goes
};

PostgresTransaction::PostgresTransaction(PostgresDatabase& owner, std::unique_ptr<PgSession> session,
                                         std::uint64_t generation, Access access)
    : owner_(owner), session_(std::move(session)), generation_(generation), access_(access) {
  try {
    session_->trim_statements();
  } catch (const PgFailure& e) {
    owner_.give_back(nullptr, generation_);
    bool broken = true;
    throw_translated(e, owner_, broken, false);
  }
}

PostgresTransaction::~PostgresTransaction() {
  // Not committed, or a statement sent with the COMMIT failed: rolled back. Nothing waits for
  // PostgreSQL's answer: it is read before the connection's next use, and a failure to send means
  // the connection is gone.
  if (!broken_ && session_->in_transaction() && !session_->send_without_waiting("ROLLBACK")) broken_ = true;
  owner_.give_back(broken_ ? nullptr : std::move(session_), generation_);
}

PgResult PostgresTransaction::run(std::string_view sql, const std::vector<Param>& params) {
  const bool begin = access_ == Access::write && !begun_;
  begun_ = begun_ || begin;
  const auto deferred = std::exchange(deferred_, {});
  try {
    return session_->run(deferred, &sql, params, begin);
  } catch (const PgFailure& e) {
    throw_translated(e, owner_, broken_, false);
  }
}

Rows PostgresTransaction::query(std::string_view sql, const std::vector<Param>& params) {
  return to_rows(run(sql, params).get());
}
std::vector<Rows> PostgresTransaction::query_each(const std::vector<Query>& queries) {
  if (queries.empty()) return {};
  const bool begin = access_ == Access::write && !begun_;
  begun_ = begun_ || begin;
  const auto deferred = std::exchange(deferred_, {});
  std::vector<PgSession::Statement> statements;
  statements.reserve(queries.size());
  for (const auto& q : queries) statements.push_back({q.sql, &q.params});
  std::vector<PgResult> results;
  try {
    results = session_->run_each(deferred, statements, begin);
  } catch (const PgFailure& e) {
    throw_translated(e, owner_, broken_, false);
  }
  std::vector<Rows> answers;
  answers.reserve(results.size());
  for (const auto& r : results) answers.push_back(to_rows(r.get()));
  return answers;
}
std::int64_t PostgresTransaction::exec(std::string_view sql, const std::vector<Param>& params) {
  return affected_rows(run(sql, params).get());
}
void PostgresTransaction::exec_script(std::string_view sql) {
  try {
    if (access_ == Access::write && (!begun_ || !deferred_.empty())) {
      const bool begin = !begun_;
      begun_ = true;
      session_->run(std::exchange(deferred_, {}), nullptr, {}, begin);
    }
    session_->script(sql);
  } catch (const PgFailure& e) {
    throw_translated(e, owner_, broken_, false);
  }
}
void PostgresTransaction::commit() {
  if (access_ == Access::write && !ended_ && (begun_ || !deferred_.empty() || !announcements_.empty())) {
    const bool begin = !begun_;
    begun_ = true;
    ended_ = true;
    try {
      session_->commit(begin, std::exchange(deferred_, {}), announcements_);
    } catch (const PgFailure& e) {
      throw_translated(e, owner_, broken_, true);
    }
  }
  ended_ = true;
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
