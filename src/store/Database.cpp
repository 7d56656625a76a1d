#include "store/Database.h"

#include <charconv>
#include <cstdlib>

#include "store/PostgresDatabase.h"
#include "store/SqliteDatabase.h"

namespace carecrowd::store {

std::int64_t Row::i64(std::size_t i) const {
  const Cell& cell = cells_.at(i);
  switch (cell.type) {
    case Cell::Type::integer: return cell.integer;
    case Cell::Type::real: return static_cast<std::int64_t>(cell.real);
    case Cell::Type::null: throw std::logic_error("Row::i64 on NULL column " + std::to_string(i));
    case Cell::Type::text: break;
  }
  std::int64_t value = 0;
  const auto* end = cell.text.data() + cell.text.size();
  auto [ptr, ec] = std::from_chars(cell.text.data(), end, value);
  if (ec != std::errc()) {
    // A REAL column holding an integral value ("3.0"), as PostgreSQL's text form may give it.
    return static_cast<std::int64_t>(std::strtod(cell.text.c_str(), nullptr));
  }
  return value;
}

double Row::f64(std::size_t i) const {
  const Cell& cell = cells_.at(i);
  switch (cell.type) {
    case Cell::Type::integer: return static_cast<double>(cell.integer);
    case Cell::Type::real: return cell.real;
    case Cell::Type::null: throw std::logic_error("Row::f64 on NULL column " + std::to_string(i));
    case Cell::Type::text: break;
  }
  return std::strtod(cell.text.c_str(), nullptr);
}

std::optional<std::int64_t> Row::opt_i64(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return i64(i);
}

std::vector<Rows> Transaction::query_each(const std::vector<Query>& queries) {
  std::vector<Rows> answers;
  answers.reserve(queries.size());
  for (const auto& q : queries) answers.push_back(query(q.sql, q.params));
  return answers;
}

std::optional<std::int64_t> Transaction::query_i64(std::string_view sql, const std::vector<Param>& params) {
  auto rows = query(sql, params);
  if (rows.empty() || rows.front().is_null(0)) return std::nullopt;
  return rows.front().i64(0);
}

std::unique_ptr<Database> Database::open(const std::string& url, int pool_size) {
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return open_postgres(url, PostgresOptions{.pool_size = pool_size});
  }
  std::string path = url;
  if (path.rfind("sqlite:", 0) == 0) path = path.substr(7);
  if (path.empty()) throw std::runtime_error("--database: an empty SQLite path");
  return open_sqlite(path, pool_size);
}

}  // namespace carecrowd::store
