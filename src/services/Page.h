// Page: one page of a list ordered by id, as a caller asks for it (?limit= and ?after= at the http
// edge, http/RequestInput.h read_page): at most `limit` items with ids above `after`.
//
// Thread safety: a value type.
#pragma once

#include <cstdint>

namespace carecrowd::services {

struct Page {
  std::int64_t limit = 50;  // 1..500 when read from a query
  std::int64_t after = 0;   // an id; the page holds larger ones
};

}  // namespace carecrowd::services
