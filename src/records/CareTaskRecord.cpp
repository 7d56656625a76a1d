#include "records/CareTaskRecord.h"

#include <array>
#include <string_view>

#include "domain/TaskStatus.h"

namespace carecrowd::records {
namespace {

// The one column list of care_task: a column is added here (name and position) and in read_column,
// and nowhere else.
enum Column : std::size_t {
  id, arrangement_id, key, task_type, rrule, window_start, window_end, duration, level, certificates, mode, staff,
  after_key, pay_cents, active, switch_from_key, switch_on, due_within, column_count
};
constexpr std::array<std::string_view, column_count> kColumnNames{
    "id",    "arrangement_id", "key",  "task_type", "rrule",     "window_start", "window_end", "duration",
    "level", "certificates",   "mode", "staff",     "after_key", "pay_cents",    "active",
    "switch_from_key", "switch_on", "due_within"};

// The column list, each name after `alias` (e.g. "s.") when a statement joins care_task twice.
std::string columns_sql(std::string_view alias = "") {
  std::string s;
  for (const auto name : kColumnNames) {
    if (!s.empty()) s += ", ";
    s += alias;
    s += name;
  }
  return s;
}

// The one mapping of a column to the record's field.
void read_column(CareTaskRecord& c, Column column, const store::Row& r, std::size_t at) {
  switch (column) {
    case id: c.id = r.i64(at); break;
    case arrangement_id: c.arrangement_id = r.i64(at); break;
    case key: c.key = r.text(at); break;
    case task_type: c.task_type = r.text(at); break;
    case rrule: c.rrule = r.text(at); break;
    case window_start: c.window_start = r.i64(at); break;
    case window_end: c.window_end = r.i64(at); break;
    case duration: c.duration = r.i64(at); break;
    case level: c.level = static_cast<int>(r.i64(at)); break;
    case certificates: c.certificates = r.text(at); break;
    case mode: c.mode = r.text(at); break;
    case staff: c.staff = r.i64(at); break;
    case after_key:
      if (r.is_null(at)) {
        c.after_key.reset();
      } else {
        c.after_key = r.text(at);
      }
      break;
    case pay_cents: c.pay_cents = r.i64(at); break;
    case active: c.active = r.i64(at) != 0; break;
    case switch_from_key:
      if (r.is_null(at)) {
        c.switch_from_key.reset();
      } else {
        c.switch_from_key = r.text(at);
      }
      break;
    case switch_on: c.switch_on = r.is_null(at) ? std::string() : r.text(at); break;
    case due_within: c.due_within = r.opt_i64(at).value_or(0); break;
    case column_count: break;
  }
}

CareTaskRecord read_columns(const store::Row& r) {
  CareTaskRecord c;
  for (std::size_t i = 0; i < column_count; ++i) read_column(c, static_cast<Column>(i), r, i);
  return c;
}

}  // namespace

std::vector<CareTaskRecord> active_care_tasks(store::Transaction& tx, std::int64_t arrangement_id) {
  static const std::string sql =
      "SELECT " + columns_sql() + " FROM care_task WHERE arrangement_id = ? AND active = 1 ORDER BY id";
  std::vector<CareTaskRecord> out;
  for (const auto& r : tx.query(sql, {arrangement_id})) out.push_back(read_columns(r));
  return out;
}

std::optional<CareTaskRecord> read_care_task(store::Transaction& tx, std::int64_t care_task_id) {
  static const std::string sql = "SELECT " + columns_sql() + " FROM care_task WHERE id = ?";
  const auto rows = tx.query(sql, {care_task_id});
  if (rows.empty()) return std::nullopt;
  return read_columns(rows[0]);
}

std::int64_t insert_care_task(store::Transaction& tx, const CareTaskRecord& c) {
  std::vector<store::Param> params{c.arrangement_id, c.key, c.task_type, c.rrule, c.window_start, c.window_end,
                                   c.duration, std::int64_t{c.level}, c.certificates, c.mode, c.staff};
  // Branches, not ?: between two Params: GCC 12 warns (wrongly) of an uninitialised string there.
  if (c.after_key) {
    params.emplace_back(*c.after_key);
  } else {
    params.emplace_back(nullptr);
  }
  params.emplace_back(c.pay_cents);
  if (c.switch_from_key) {
    params.emplace_back(*c.switch_from_key);
    params.emplace_back(c.switch_on);
    params.emplace_back(c.due_within);
  } else {
    params.emplace_back(nullptr);
    params.emplace_back(nullptr);
    params.emplace_back(nullptr);
  }
  return *tx.query_i64(
      "INSERT INTO care_task (arrangement_id, key, task_type, rrule, window_start, window_end, duration, level, "
      "certificates, mode, staff, after_key, pay_cents, switch_from_key, switch_on, due_within) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      params);
}

std::vector<CareTaskRecord> contingent_lines_for(store::Transaction& tx, std::int64_t care_task_id) {
  static const std::string sql =
      "SELECT " + columns_sql("s.") +
      " FROM care_task f JOIN care_task s ON s.arrangement_id = f.arrangement_id AND s.switch_from_key = f.key "
      "AND s.active = 1 WHERE f.id = ? ORDER BY s.id";
  std::vector<CareTaskRecord> out;
  for (const auto& r : tx.query(sql, {care_task_id})) out.push_back(read_columns(r));
  return out;
}

void retire_care_task(store::Transaction& tx, std::int64_t care_task_id) {
  tx.exec("UPDATE care_task SET active = 0 WHERE id = ?", {care_task_id});
}

std::optional<ArrangementForTasks> read_arrangement_for_tasks(store::Transaction& tx, std::int64_t arrangement_id) {
  const auto rows = tx.query(
      "SELECT a.valid_from, a.valid_to, a.organisation_id, a.client_id, c.lat, c.lon, c.postcode "
      "FROM arrangement a JOIN client c ON c.id = a.client_id WHERE a.id = ?",
      {arrangement_id});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  return ArrangementForTasks{r.i64(0), r.opt_i64(1), r.i64(2), r.i64(3), r.f64(4), r.f64(5), r.text(6)};
}

std::vector<std::int64_t> arrangements_valid_from(store::Transaction& tx, DayNumber day) {
  std::vector<std::int64_t> out;
  for (const auto& r : tx.query("SELECT id FROM arrangement WHERE valid_to IS NULL OR valid_to >= ?", {day})) {
    out.push_back(r.i64(0));
  }
  return out;
}

std::set<std::tuple<std::string, DayNumber, std::int64_t>> slots_held_under_old_versions(store::Transaction& tx,
                                                                                      std::int64_t arrangement_id,
                                                                                      DayNumber first, DayNumber last) {
  using domain::TaskStatus;
  std::set<std::tuple<std::string, DayNumber, std::int64_t>> out;
  for (const auto& r : tx.query("SELECT ct.key, t.day, t.slot FROM task t JOIN care_task ct ON ct.id = t.care_task_id "
                                "WHERE ct.arrangement_id = ? AND ct.active = 0 AND t.status IN (?, ?) "
                                "AND t.day >= ? AND t.day <= ?",
                                {arrangement_id, std::string(domain::to_string(TaskStatus::claimed)),
                                 std::string(domain::to_string(TaskStatus::done)), first, last})) {
    out.emplace(r.text(0), r.i64(1), r.i64(2));
  }
  return out;
}

std::set<std::tuple<std::int64_t, DayNumber, std::int64_t>> materialised_slots(store::Transaction& tx,
                                                                               std::int64_t arrangement_id,
                                                                               DayNumber first, DayNumber last) {
  std::set<std::tuple<std::int64_t, DayNumber, std::int64_t>> out;
  for (const auto& r : tx.query("SELECT t.care_task_id, t.day, t.slot FROM task t JOIN care_task ct ON ct.id = t.care_task_id "
                                "WHERE ct.arrangement_id = ? AND ct.active = 1 AND t.day >= ? AND t.day <= ?",
                                {arrangement_id, first, last})) {
    out.emplace(r.i64(0), r.i64(1), r.i64(2));
  }
  return out;
}

}  // namespace carecrowd::records
