// PostgreSQL backend of Database (libpqxx), for several stateless server processes sharing one
// database. A small pool of connections per process; transactions at READ COMMITTED, with
// serialisation failures and deadlocks surfaced as TransientFailure so that Database::write retries.
#pragma once

#include <memory>
#include <string>

#include "store/Database.h"

namespace carecrowd::store {

std::unique_ptr<Database> open_postgres(const std::string& url, int pool_size);

}  // namespace carecrowd::store
