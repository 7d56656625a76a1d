#include "records/TaskDetails.h"

namespace carecrowd::records {
namespace {

// What the feed shows, read for one page in fixed-size batches of ids (a fixed statement text;
// unused places bind 0, which is no task's id).
constexpr std::size_t kShownBatch = 25;

const std::string& shown_sql() {
  static const std::string sql = [] {
    std::string s = "SELECT t.id, t.task_type, t.area, ct.staff, t.organisation_id, o.name FROM task t "
                    "JOIN care_task ct ON ct.id = t.care_task_id JOIN organisation o ON o.id = t.organisation_id "
                    "WHERE t.id IN (";
    for (std::size_t i = 0; i < kShownBatch; ++i) s += i ? ", ?" : "?";
    return s + ")";
  }();
  return sql;
}

const std::string& held_select() {
  static const std::string sql = "SELECT " + task_columns() +
                                 ", ct.staff, o.name, c.name, c.address, c.postcode, c.notes FROM task t "
                                 "JOIN client c ON c.id = t.client_id JOIN care_task ct ON ct.id = t.care_task_id "
                                 "JOIN organisation o ON o.id = t.organisation_id ";
  return sql;
}

HeldTask held_task_of(const store::Row& r) {
  const std::size_t n = task_column_count();
  return {read_task_columns(r), static_cast<int>(r.i64(n)), r.text(n + 1), r.text(n + 2), r.text(n + 3),
          r.text(n + 4),        r.text(n + 5)};
}

std::string status_text(domain::TaskStatus s) { return std::string(domain::to_string(s)); }

}  // namespace

std::map<std::int64_t, ShownTask> shown_tasks(store::Transaction& tx, const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, ShownTask> out;
  for (std::size_t first = 0; first < ids.size(); first += kShownBatch) {
    std::vector<store::Param> params;
    for (std::size_t i = first; i < first + kShownBatch; ++i) params.emplace_back(i < ids.size() ? ids[i] : std::int64_t{0});
    for (const auto& r : tx.query(shown_sql(), params)) {
      out[r.i64(0)] = {r.text(1), r.text(2), static_cast<int>(r.i64(3)), r.i64(4), r.text(5)};
    }
  }
  return out;
}

std::optional<HeldTask> read_held_task(store::Transaction& tx, std::int64_t task_id) {
  return store::read_alone<std::optional<HeldTask>>(tx, [&](auto& batch, auto& out) {
    read_held_task(batch, out, task_id);
  });
}

void read_held_task(store::QueryBatch& batch, std::optional<HeldTask>& out, std::int64_t task_id) {
  batch.add(held_select() + "WHERE t.id = ?", {task_id}, [&out](const store::Rows& rows) {
    out.reset();
    if (!rows.empty()) out = held_task_of(rows[0]);
  });
}

std::vector<HeldTask> held_tasks_on_days(store::Transaction& tx, std::int64_t caregiver_id, DayNumber first,
                                         DayNumber last) {
  static const std::string sql =
      held_select() + "WHERE t.caregiver_id = ? AND t.day >= ? AND t.day <= ? AND t.status IN (?, ?) "
                      "ORDER BY t.window_start, t.id";
  std::vector<HeldTask> out;
  for (const auto& r : tx.query(sql, {caregiver_id, first, last, status_text(domain::TaskStatus::claimed),
                                      status_text(domain::TaskStatus::done)})) {
    out.push_back(held_task_of(r));
  }
  return out;
}

std::vector<ClientVisit> client_visits(store::Transaction& tx, std::int64_t client_id, LocalMinute from, LocalMinute until) {
  static const std::string sql =
      "SELECT " + task_columns() +
      ", ct.staff, cg.name FROM task t JOIN care_task ct ON ct.id = t.care_task_id LEFT JOIN caregiver cg ON "
      "cg.id = t.caregiver_id WHERE t.client_id = ? AND t.status <> ? AND t.window_end + t.duration >= ? AND "
      "t.window_start < ? ORDER BY t.window_start, t.slot";
  const std::size_t n = task_column_count();
  std::vector<ClientVisit> out;
  for (const auto& r : tx.query(sql, {client_id, status_text(domain::TaskStatus::cancelled), from, until})) {
    out.push_back({read_task_columns(r), static_cast<int>(r.i64(n)),
                   r.is_null(n + 1) ? std::nullopt : std::optional<std::string>(r.text(n + 1))});
  }
  return out;
}

std::vector<VisitHolder> visit_holders(store::Transaction& tx, std::int64_t client_id, DayNumber first, DayNumber last) {
  std::vector<VisitHolder> out;
  for (const auto& r : tx.query("SELECT day, caregiver_id FROM task WHERE client_id = ? AND day >= ? AND day <= ? AND "
                                "caregiver_id IS NOT NULL AND status IN (?, ?)",
                                {client_id, first, last, status_text(domain::TaskStatus::claimed),
                                 status_text(domain::TaskStatus::done)})) {
    out.push_back({r.i64(0), r.i64(1)});
  }
  return out;
}

std::set<std::int64_t> clients_cared_for(store::Transaction& tx, std::int64_t caregiver_id, LocalMinute since) {
  return store::read_alone<std::set<std::int64_t>>(tx, [&](auto& batch, auto& out) {
    clients_cared_for(batch, out, caregiver_id, since);
  });
}

void clients_cared_for(store::QueryBatch& batch, std::set<std::int64_t>& out, std::int64_t caregiver_id,
                       LocalMinute since) {
  batch.add("SELECT DISTINCT client_id FROM task WHERE caregiver_id = ? AND window_start >= ?", {caregiver_id, since},
            [&out](const store::Rows& rows) {
              out.clear();
              for (const auto& r : rows) out.insert(r.i64(0));
            });
}

}  // namespace carecrowd::records
