// PostgreSQL backend of Database (libpqxx), for several stateless server processes sharing one
// database. A small pool of connections per process; writes in transactions at READ COMMITTED,
// with serialisation failures and deadlocks surfaced as TransientFailure so that Database::write
// retries; reads statement by statement (autocommit, each statement on its own snapshot). Each
// pooled connection prepares every SQL text it runs once and reuses that statement (a bounded
// cache per connection; a connection opened after a loss prepares again).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "store/Database.h"

namespace carecrowd::store {

struct PostgresOptions {
  int pool_size = 8;  // connections per process at most; a transaction waits for a free one
  // Prepared statements kept per connection. The services run about 200 distinct SQL texts, of
  // which a few dozen are hot; beyond the bound the least recently used ones are dropped.
  std::size_t statement_cache = 256;
};

std::unique_ptr<Database> open_postgres(const std::string& url, const PostgresOptions& options);

}  // namespace carecrowd::store
