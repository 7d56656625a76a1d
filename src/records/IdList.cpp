#include "records/IdList.h"

namespace carecrowd::records {
namespace {

std::size_t padded(std::size_t n) {
  std::size_t size = 1;
  while (size < n) size *= 2;
  return size;
}

}  // namespace

std::string id_list_sql(const std::vector<std::int64_t>& ids) {
  std::string sql = "(";
  for (std::size_t i = 0; i < padded(ids.size()); ++i) sql += i ? ", ?" : "?";
  return sql + ")";
}

void append_id_params(std::vector<store::Param>& params, const std::vector<std::int64_t>& ids) {
  for (const std::int64_t id : ids) params.emplace_back(id);
  for (std::size_t i = ids.size(); i < padded(ids.size()); ++i) params.emplace_back(ids.back());
}

}  // namespace carecrowd::records
