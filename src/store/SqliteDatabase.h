// SQLite backend of Database: one file in WAL mode with synchronous=FULL, so that every committed
// transaction survives a crash of the process or the machine. Readers run in parallel on their own
// connections; writers take an in-process mutex before BEGIN IMMEDIATE (so that threads queue
// instead of sleeping in SQLite's busy handler) and rely on busy_timeout between processes.
#pragma once

#include <memory>
#include <string>

#include "store/Database.h"

namespace carecrowd::store {

std::unique_ptr<Database> open_sqlite(const std::string& path, int pool_size);

}  // namespace carecrowd::store
