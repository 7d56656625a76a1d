// IdList: an SQL `IN (?, ...)` list for a set of ids, as records write it. The list is padded to the
// next power of two (the last id repeated, which changes no answer) so that a handful of SQL texts
// serve every size: each text is one prepared statement per PostgreSQL connection
// (store/Database.h), and a text per size would crowd the statement cache.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/Database.h"

namespace carecrowd::records {

// "(?, ?, ...)" for `ids` as id_params pads them. REQUIRES: ids not empty.
[[nodiscard]] std::string id_list_sql(const std::vector<std::int64_t>& ids);
// The ids as parameters, padded as id_list_sql counts them.
void append_id_params(std::vector<store::Param>& params, const std::vector<std::int64_t>& ids);

}  // namespace carecrowd::records
