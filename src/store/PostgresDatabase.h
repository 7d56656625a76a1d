// PostgreSQL backend of Database, for several stateless server processes sharing one database. A
// small pool of connections per process (libpq; libpqxx for the listening connection and
// backups). Writes run in transactions at READ COMMITTED, with serialisation failures and
// deadlocks surfaced as TransientFailure so that Database::write retries; reads run statement by
// statement (autocommit: each statement on its own snapshot of committed data).
//
// Round trips, the main cost on one machine: each pooled connection prepares a SQL text once and
// then runs it by name (a bounded cache per connection, prepared again after a loss and, to renew
// its generic plan, after 64, 128, 256, ... runs); statements go out in libpq's pipeline mode, so
// that a write's BEGIN, a new statement's Parse and its execution cost one round trip; a ROLLBACK
// is sent without waiting for its answer; a COMMIT is always waited for (a write returns only once
// it is durable).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "store/Database.h"

namespace carecrowd::store {

struct PostgresOptions {
  int pool_size = 8;  // connections per process at most; a transaction waits for a free one
  // Prepared statements kept per connection. The services run about 160 distinct SQL texts, of
  // which a few dozen are hot; beyond the bound the least recently used ones are dropped.
  std::size_t statement_cache = 256;
};

std::unique_ptr<Database> open_postgres(const std::string& url, const PostgresOptions& options);

}  // namespace carecrowd::store
