// Versioned schema migrations: src/store/migrations/NNNN_name.sql, embedded in the binary at build
// time (so that a server started anywhere carries its schema) and applied in order at start, each
// in its own transaction together with its row in schema_migration. Safe when several processes
// start at once: PostgreSQL takes an advisory lock, SQLite serialises writers.
#pragma once

#include <string_view>
#include <vector>

#include "store/Database.h"

namespace carecrowd::store {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;  // with @ID@, @INT@, @REAL@, @BLOB@ placeholders
};

// All migrations, ascending by version (generated from the .sql files by CMake).
const std::vector<Migration>& embedded_migrations();

// The SQL of a migration for one dialect.
std::string dialect_sql(std::string_view sql, Dialect dialect);

void apply_migrations(Database& db);
// Highest applied version (0 for an empty database).
int schema_version(Database& db);

}  // namespace carecrowd::store
