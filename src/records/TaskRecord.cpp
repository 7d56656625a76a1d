#include "records/TaskRecord.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string_view>

namespace carecrowd::records {
namespace {

using domain::TaskStatus;

// The one column list of the task table: a column is added here (name and position) and in
// read_task_columns, and nowhere else.
enum Column : std::size_t {
  id, organisation_id, client_id, care_task_id, day, slot, window_start, window_end, duration, task_type, level,
  certificates, mode, pay_cents, lat, lon, area, status, caregiver_id, claimed_at, urgent, check_in, check_out,
  planned_start, version, column_count
};
constexpr std::array<std::string_view, column_count> kColumnNames{
    "id", "organisation_id", "client_id", "care_task_id", "day", "slot", "window_start", "window_end", "duration",
    "task_type", "level", "certificates", "mode", "pay_cents", "lat", "lon", "area", "status", "caregiver_id",
    "claimed_at", "urgent", "check_in", "check_out", "planned_start", "version"};

std::string status_text(TaskStatus s) { return std::string(domain::to_string(s)); }

}  // namespace

const std::string& task_columns() {
  static const std::string columns = [] {
    std::string s;
    for (const auto name : kColumnNames) {
      if (!s.empty()) s += ", ";
      s += "t.";
      s += name;
    }
    return s;
  }();
  return columns;
}

std::size_t task_column_count() { return column_count; }

TaskRecord read_task_columns(const store::Row& r) {
  TaskRecord t;
  t.id = r.i64(id);
  t.organisation_id = r.i64(organisation_id);
  t.client_id = r.i64(client_id);
  t.care_task_id = r.i64(care_task_id);
  t.day = r.i64(day);
  t.slot = r.i64(slot);
  t.window_start = r.i64(window_start);
  t.window_end = r.i64(window_end);
  t.duration = r.i64(duration);
  t.task_type = r.text(task_type);
  t.level = static_cast<int>(r.i64(level));
  t.certificates = r.text(certificates);
  t.mode = r.text(mode);
  t.pay_cents = r.i64(pay_cents);
  t.lat = r.f64(lat);
  t.lon = r.f64(lon);
  t.area = r.text(area);
  const auto parsed = domain::parse_task_status(r.text(status));
  // Only this file writes the column, from the enum: another value means a damaged database.
  if (!parsed) throw std::runtime_error("task " + std::to_string(t.id) + " has an unknown status '" + r.text(status) + "'");
  t.status = *parsed;
  t.caregiver_id = r.opt_i64(caregiver_id);
  t.claimed_at = r.opt_i64(claimed_at);
  t.urgent = r.i64(urgent) != 0;
  t.check_in = r.opt_i64(check_in);
  t.check_out = r.opt_i64(check_out);
  t.planned_start = r.opt_i64(planned_start);
  t.version = r.i64(version);
  return t;
}

std::optional<TaskRecord> read_task(store::Transaction& tx, std::int64_t task_id) {
  const auto rows = tx.query("SELECT " + task_columns() + " FROM task t WHERE t.id = ?", {task_id});
  if (rows.empty()) return std::nullopt;
  return read_task_columns(rows[0]);
}

std::vector<TaskRecord> held_tasks(store::Transaction& tx, std::int64_t caregiver_id, LocalMinute from, LocalMinute until) {
  static const std::string sql = "SELECT " + task_columns() +
                                 " FROM task t WHERE t.caregiver_id = ? AND t.window_start >= ? AND t.window_start < ? "
                                 "AND t.status IN (?, ?) ORDER BY t.window_start, t.id";
  std::vector<TaskRecord> out;
  for (const auto& r : tx.query(sql, {caregiver_id, from, until, status_text(TaskStatus::claimed),
                                      status_text(TaskStatus::done)})) {
    out.push_back(read_task_columns(r));
  }
  return out;
}

std::vector<TaskRecord> unannounced_tasks_starting_by(store::Transaction& tx, LocalMinute starts_by, LocalMinute now) {
  static const std::string sql = "SELECT " + task_columns() +
                                 " FROM task t WHERE t.status = ? AND t.window_start >= ? AND t.window_start <= ? "
                                 "AND t.window_end + t.duration >= ? AND NOT EXISTS "
                                 "(SELECT 1 FROM task_at_risk a WHERE a.task_id = t.id) ORDER BY t.id";
  std::vector<TaskRecord> out;
  // A window spans at most a day and a visit lasts at most 8 hours, so a task that started two days
  // ago has ended: the lower bound keeps months of never-claimed history out of the index range.
  const LocalMinute started_after = now - 2 * kMinutesPerDay;
  // Each status on its own jumps into the (status, window_start) index.
  for (const TaskStatus s : {TaskStatus::open, TaskStatus::claimed}) {
    for (const auto& r : tx.query(sql, {status_text(s), started_after, starts_by, now})) out.push_back(read_task_columns(r));
  }
  std::sort(out.begin(), out.end(), [](const TaskRecord& a, const TaskRecord& b) { return a.id < b.id; });
  return out;
}

namespace {

const std::string& client_task_select() {
  static const std::string sql = "SELECT " + task_columns() + ", c.name FROM task t JOIN client c ON c.id = t.client_id ";
  return sql;
}

std::vector<ClientTask> client_tasks(store::Transaction& tx, const std::string& sql, const std::vector<store::Param>& params) {
  std::vector<ClientTask> out;
  for (const auto& r : tx.query(sql, params)) out.push_back({read_task_columns(r), r.text(column_count)});
  return out;
}

}  // namespace

std::optional<ClientTask> read_client_task(store::Transaction& tx, std::int64_t task_id) {
  auto found = client_tasks(tx, client_task_select() + "WHERE t.id = ?", {task_id});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<ClientTask> list_tasks(store::Transaction& tx, const TaskListing& listing) {
  std::string sql = client_task_select() + "WHERE t.organisation_id = ? AND t.day >= ? AND t.day <= ? AND t.id > ?";
  std::vector<store::Param> params{listing.organisation_id, listing.first, listing.last, listing.after};
  if (listing.status) {
    sql += " AND t.status = ?";
    params.emplace_back(status_text(*listing.status));
  }
  if (listing.client_id) {
    sql += " AND t.client_id = ?";
    params.emplace_back(*listing.client_id);
  }
  sql += " ORDER BY t.id LIMIT ?";
  params.emplace_back(listing.limit);
  return client_tasks(tx, sql, params);
}

std::vector<ClientTask> board_tasks(store::Transaction& tx, std::int64_t organisation_id, DayNumber first, DayNumber last) {
  static const std::string sql =
      client_task_select() + "WHERE t.organisation_id = ? AND t.day >= ? AND t.day <= ? AND t.status <> ?";
  return client_tasks(tx, sql, {organisation_id, first, last, status_text(TaskStatus::cancelled)});
}

std::int64_t cancel_open_tasks(store::Transaction& tx, std::int64_t care_task_id, LocalMinute after, DayNumber first,
                               DayNumber last) {
  return tx.exec("UPDATE task SET status = ?, version = version + 1 WHERE care_task_id = ? AND status = ? "
                 "AND window_start > ? AND day >= ? AND day <= ?",
                 {status_text(TaskStatus::cancelled), care_task_id, status_text(TaskStatus::open), after, first, last});
}

std::vector<ClientTask> claimed_tasks(store::Transaction& tx, std::int64_t care_task_id, LocalMinute after,
                                      DayNumber first, DayNumber last) {
  static const std::string sql = client_task_select() +
                                 "WHERE t.care_task_id = ? AND t.status = ? AND t.window_start > ? AND t.day >= ? "
                                 "AND t.day <= ? ORDER BY t.window_start, t.id";
  return client_tasks(tx, sql, {care_task_id, status_text(TaskStatus::claimed), after, first, last});
}

bool claim_open_task(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id, LocalMinute at) {
  return tx.exec("UPDATE task SET status = ?, caregiver_id = ?, claimed_at = ?, urgent = 0, version = version + 1 "
                 "WHERE id = ? AND status = ?",
                 {status_text(TaskStatus::claimed), caregiver_id, at, task_id, status_text(TaskStatus::open)}) == 1;
}

bool release_claimed_task(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id) {
  return tx.exec("UPDATE task SET status = ?, caregiver_id = NULL, claimed_at = NULL, planned_start = NULL, urgent = 1, "
                 "version = version + 1 WHERE id = ? AND caregiver_id = ? AND status = ? AND check_in IS NULL",
                 {status_text(TaskStatus::open), task_id, caregiver_id, status_text(TaskStatus::claimed)}) == 1;
}

bool check_in_task(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id, LocalMinute at) {
  return tx.exec("UPDATE task SET check_in = ?, version = version + 1 WHERE id = ? AND caregiver_id = ? AND status = ? "
                 "AND check_in IS NULL",
                 {at, task_id, caregiver_id, status_text(TaskStatus::claimed)}) == 1;
}

bool check_out_task(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id, LocalMinute at) {
  return tx.exec("UPDATE task SET check_out = ?, status = ?, version = version + 1 WHERE id = ? AND caregiver_id = ? "
                 "AND status = ? AND check_in IS NOT NULL",
                 {at, status_text(TaskStatus::done), task_id, caregiver_id, status_text(TaskStatus::claimed)}) == 1;
}

bool reopen_claimed_task(store::Transaction& tx, std::int64_t task_id) {
  return tx.exec("UPDATE task SET status = ?, caregiver_id = NULL, claimed_at = NULL, planned_start = NULL, urgent = 1, "
                 "version = version + 1 WHERE id = ? AND status = ? AND check_in IS NULL",
                 {status_text(TaskStatus::open), task_id, status_text(TaskStatus::claimed)}) == 1;
}

bool cancel_claimed_task(store::Transaction& tx, std::int64_t task_id) {
  return tx.exec("UPDATE task SET status = ?, caregiver_id = NULL, claimed_at = NULL, planned_start = NULL, "
                 "version = version + 1 WHERE id = ? AND status = ? AND check_in IS NULL",
                 {status_text(TaskStatus::cancelled), task_id, status_text(TaskStatus::claimed)}) == 1;
}

bool set_planned_start(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id, LocalMinute start) {
  return tx.exec("UPDATE task SET planned_start = ? WHERE id = ? AND caregiver_id = ? AND status = ?",
                 {start, task_id, caregiver_id, status_text(TaskStatus::claimed)}) == 1;
}

bool mark_announced_at_risk(store::Transaction& tx, std::int64_t task_id, LocalMinute at) {
  return tx.exec("INSERT INTO task_at_risk (task_id, announced_at) VALUES (?, ?) ON CONFLICT (task_id) DO NOTHING",
                 {task_id, at}) == 1;
}

std::int64_t forget_at_risk_announcements(store::Transaction& tx, LocalMinute before) {
  return tx.exec("DELETE FROM task_at_risk WHERE announced_at < ?", {before});
}

}  // namespace carecrowd::records
