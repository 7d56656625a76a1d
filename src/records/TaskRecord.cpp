#include "records/TaskRecord.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string_view>

#include "records/IdList.h"

namespace carecrowd::records {
namespace {

using domain::TaskStatus;

// The one column list of the task table: a column is added here (name and position) and in
// read_column, and nowhere else.
enum Column : std::size_t {
  id, organisation_id, client_id, care_task_id, day, slot, window_start, window_end, duration, task_type, level,
  certificates, mode, pay_cents, lat, lon, area, status, caregiver_id, claimed_at, urgent, check_in, check_out,
  planned_start, version, outcome, follow_up_task_id, fixed_start, column_count
};
constexpr std::array<std::string_view, column_count> kColumnNames{
    "id", "organisation_id", "client_id", "care_task_id", "day", "slot", "window_start", "window_end", "duration",
    "task_type", "level", "certificates", "mode", "pay_cents", "lat", "lon", "area", "status", "caregiver_id",
    "claimed_at", "urgent", "check_in", "check_out", "planned_start", "version", "outcome", "follow_up_task_id",
    "fixed_start"};

std::string status_text(TaskStatus s) { return std::string(domain::to_string(s)); }

// Every column, in the order of the enum.
constexpr auto kAllColumns = [] {
  std::array<Column, column_count> all{};
  for (std::size_t i = 0; i < column_count; ++i) all[i] = static_cast<Column>(i);
  return all;
}();

// What the feed judges a task by: the columns of the task_feed index (store migrations 0002, 0009), so
// that the feed reads index entries only and never the task rows (status is the index's first
// column and always open there).
constexpr std::array<Column, 16> kFeedColumns{id,     client_id, care_task_id, day,          slot,      window_start,
                                             window_end, duration, level,   certificates, mode,      pay_cents,
                                             lat,    lon,       urgent,       organisation_id};

// What a caregiver's days are judged by (their held tasks around a claim or a feed).
constexpr std::array<Column, 14> kDayColumns{id,   care_task_id, day,    window_start, window_end,   duration, mode,
                                            lat,  lon,          status, check_in,     planned_start, caregiver_id,
                                            fixed_start};

// What the key figures are computed from (services/Kpis).
constexpr std::array<Column, 14> kFigureColumns{client_id,    day,      window_start, window_end, duration,
                                               status,       caregiver_id, check_in, check_out,  pay_cents,
                                               lat,          lon,      mode,     area};

// What a day is walked by (services/PlannedStarts), before the holder's home.
constexpr std::array<Column, 12> kWalkColumns{id,       caregiver_id, day, window_start, window_end, duration,
                                             mode,     lat,          lon, check_in,     planned_start, fixed_start};

// What a new task is stored with: the rest are the columns' defaults (no holder, not urgent,
// version 1).
constexpr std::array<Column, 17> kNewTaskColumns{organisation_id, client_id, care_task_id, day,         slot,
                                                window_start,    window_end, duration,   task_type,    level,
                                                certificates,    mode,      pay_cents,    lat,         lon,
                                                area,            status};

// A new task's column names and one row of placeholders for them (insert_new_tasks, insert_follow_up).
std::string new_task_names() {
  std::string s;
  for (const Column c : kNewTaskColumns) {
    if (!s.empty()) s += ", ";
    s += kColumnNames[c];
  }
  return s;
}
std::string new_task_placeholders() {
  std::string s;
  for (std::size_t i = 0; i < kNewTaskColumns.size(); ++i) s += i ? ", ?" : "?";
  return s;
}

template <std::size_t N>
std::string columns_sql(const std::array<Column, N>& columns) {
  std::string s;
  for (const Column c : columns) {
    if (!s.empty()) s += ", ";
    s += "t.";
    s += kColumnNames[c];
  }
  return s;
}

// The one mapping of a column to the record's field.
void read_column(TaskRecord& t, Column c, const store::Row& r, std::size_t at) {
  switch (c) {
    case id: t.id = r.i64(at); break;
    case organisation_id: t.organisation_id = r.i64(at); break;
    case client_id: t.client_id = r.i64(at); break;
    case care_task_id: t.care_task_id = r.i64(at); break;
    case day: t.day = r.i64(at); break;
    case slot: t.slot = r.i64(at); break;
    case window_start: t.window_start = r.i64(at); break;
    case window_end: t.window_end = r.i64(at); break;
    case duration: t.duration = r.i64(at); break;
    case task_type: t.task_type = r.text(at); break;
    case level: t.level = static_cast<int>(r.i64(at)); break;
    case certificates: t.certificates = r.text(at); break;
    case mode: t.mode = r.text(at); break;
    case pay_cents: t.pay_cents = r.i64(at); break;
    case lat: t.lat = r.f64(at); break;
    case lon: t.lon = r.f64(at); break;
    case area: t.area = r.text(at); break;
    case status: {
      const auto parsed = domain::parse_task_status(r.text(at));
      // Only this file writes the column, from the enum: another value means a damaged database.
      if (!parsed) throw std::runtime_error("a task has an unknown status '" + r.text(at) + "'");
      t.status = *parsed;
      break;
    }
    case caregiver_id: t.caregiver_id = r.opt_i64(at); break;
    case claimed_at: t.claimed_at = r.opt_i64(at); break;
    case urgent: t.urgent = r.i64(at) != 0; break;
    case check_in: t.check_in = r.opt_i64(at); break;
    case check_out: t.check_out = r.opt_i64(at); break;
    case planned_start: t.planned_start = r.opt_i64(at); break;
    case version: t.version = r.i64(at); break;
    case outcome:
      if (r.is_null(at)) {
        t.outcome.reset();
      } else {
        // Only this file writes the column, from the enum, as the status.
        t.outcome = domain::parse_step_outcome(r.text(at));
        if (!t.outcome) throw std::runtime_error("a task has an unknown outcome '" + r.text(at) + "'");
      }
      break;
    case follow_up_task_id: t.follow_up_task_id = r.opt_i64(at); break;
    case fixed_start: t.fixed_start = r.opt_i64(at); break;
    case column_count: break;
  }
}

store::Param nullable(const std::optional<std::int64_t>& v) {
  if (v) return *v;
  return nullptr;
}

// ... and of the record's field to a column's value, writing.
store::Param write_param(const TaskRecord& t, Column c) {
  switch (c) {
    case id: return t.id;
    case organisation_id: return t.organisation_id;
    case client_id: return t.client_id;
    case care_task_id: return t.care_task_id;
    case day: return t.day;
    case slot: return t.slot;
    case window_start: return t.window_start;
    case window_end: return t.window_end;
    case duration: return t.duration;
    case task_type: return t.task_type;
    case level: return std::int64_t{t.level};
    case certificates: return t.certificates;
    case mode: return t.mode;
    case pay_cents: return t.pay_cents;
    case lat: return t.lat;
    case lon: return t.lon;
    case area: return t.area;
    case status: return status_text(t.status);
    case caregiver_id: return nullable(t.caregiver_id);
    case claimed_at: return nullable(t.claimed_at);
    case urgent: return std::int64_t{t.urgent ? 1 : 0};
    case check_in: return nullable(t.check_in);
    case check_out: return nullable(t.check_out);
    case planned_start: return nullable(t.planned_start);
    case version: return t.version;
    case outcome:
      if (t.outcome) return std::string(domain::to_string(*t.outcome));
      return nullptr;
    case follow_up_task_id: return nullable(t.follow_up_task_id);
    case fixed_start: return nullable(t.fixed_start);
    case column_count: break;
  }
  return nullptr;
}

template <std::size_t N>
TaskRecord read_columns(const std::array<Column, N>& columns, const store::Row& r, std::size_t first = 0) {
  TaskRecord t;
  for (std::size_t i = 0; i < N; ++i) read_column(t, columns[i], r, first + i);
  return t;
}

}  // namespace

const std::string& task_columns() {
  static const std::string columns = columns_sql(kAllColumns);
  return columns;
}

std::size_t task_column_count() { return column_count; }

TaskRecord read_task_columns(const store::Row& r) { return read_columns(kAllColumns, r); }

std::optional<TaskRecord> read_task(store::Transaction& tx, std::int64_t task_id) {
  return store::read_alone<std::optional<TaskRecord>>(tx, [&](auto& batch, auto& out) {
    read_task(batch, out, task_id);
  });
}

void read_task(store::QueryBatch& batch, std::optional<TaskRecord>& out, std::int64_t task_id) {
  batch.add("SELECT " + task_columns() + " FROM task t WHERE t.id = ?", {task_id}, [&out](const store::Rows& rows) {
    out.reset();
    if (!rows.empty()) out = read_task_columns(rows[0]);
  });
}

HeldDays held_days(store::Transaction& tx, std::int64_t caregiver_id, LocalMinute from, LocalMinute until,
                   const std::vector<DayNumber>& mondays) {
  return store::read_alone<HeldDays>(tx, [&](auto& batch, auto& out) {
    held_days(batch, out, caregiver_id, from, until, mondays);
  });
}

void held_days(store::QueryBatch& batch, HeldDays& out, std::int64_t caregiver_id, LocalMinute from,
               LocalMinute until, const std::vector<DayNumber>& mondays) {
  // One statement: a row of the weeks' sums, joined with the tasks of the days (none: one row of
  // sums with a NULL task).
  const std::string held = "caregiver_id = ? AND window_start >= ? AND window_start < ? AND status IN (?, ?)";
  std::string sums;
  std::vector<store::Param> params;
  const std::string claimed = status_text(TaskStatus::claimed), done = status_text(TaskStatus::done);
  for (std::size_t w = 0; w < mondays.size(); ++w) {
    if (w) sums += ", ";
    sums += "(SELECT COALESCE(SUM(duration), 0) FROM task WHERE " + held + ") AS m" + std::to_string(w);
    params.insert(params.end(), {caregiver_id, mondays[w] * kMinutesPerDay, (mondays[w] + 7) * kMinutesPerDay, claimed, done});
  }
  if (mondays.empty()) sums = "0 AS m";
  const std::size_t first_task_column = std::max<std::size_t>(mondays.size(), 1);
  std::string sql = "SELECT w.*, " + columns_sql(kDayColumns) + " FROM (SELECT " + sums +
                    ") w LEFT JOIN task t ON t.caregiver_id = ? AND t.window_start >= ? AND t.window_start < ? "
                    "AND t.status IN (?, ?) ORDER BY t.window_start, t.id";
  params.insert(params.end(), {caregiver_id, from, until, claimed, done});
  batch.add(std::move(sql), std::move(params), [&out, mondays, first_task_column](const store::Rows& rows) {
    out = HeldDays{};
    for (const auto& r : rows) {
      if (r.is_null(first_task_column)) continue;  // the row of sums alone: no task on the days
      out.tasks.push_back(read_columns(kDayColumns, r, first_task_column));
    }
    if (!rows.empty()) {
      for (std::size_t w = 0; w < mondays.size(); ++w) out.week_minutes[mondays[w]] = rows[0].i64(w);
    }
  });
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

std::vector<TaskAtHome> held_tasks_of_days(store::Transaction& tx, const std::vector<std::int64_t>& caregiver_ids,
                                           DayNumber first, DayNumber last) {
  std::vector<TaskAtHome> out;
  if (caregiver_ids.empty()) return out;
  // A task's window starts on its day, so the window_start bounds let the caregiver index do the work.
  std::string sql = "SELECT " + columns_sql(kWalkColumns) +
                    ", g.home_lat, g.home_lon, g.travel_mode FROM task t JOIN caregiver g ON g.id = t.caregiver_id "
                    "WHERE t.status IN (?, ?) AND t.window_start >= ? AND t.window_start < ? AND t.day >= ? AND "
                    "t.day <= ? AND t.caregiver_id IN (";
  std::vector<store::Param> params{status_text(TaskStatus::claimed), status_text(TaskStatus::done),
                                   first * kMinutesPerDay, (last + 1) * kMinutesPerDay, first, last};
  for (std::size_t i = 0; i < caregiver_ids.size(); ++i) {
    sql += i ? ", ?" : "?";
    params.emplace_back(caregiver_ids[i]);
  }
  sql += ")";
  constexpr std::size_t home = kWalkColumns.size();
  for (const auto& r : tx.query(sql, params)) {
    TaskAtHome t{read_columns(kWalkColumns, r), {}};
    t.home = {*t.task.caregiver_id, r.f64(home), r.f64(home + 1), r.text(home + 2)};
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<TaskRecord> tasks_for_key_figures(store::Transaction& tx, std::int64_t organisation, DayNumber first,
                                              DayNumber last) {
  static const std::string sql = "SELECT " + columns_sql(kFigureColumns) +
                                 " FROM task t WHERE t.organisation_id = ? AND t.day >= ? AND t.day <= ? AND "
                                 "t.status <> ?";
  std::vector<TaskRecord> out;
  for (const auto& r : tx.query(sql, {organisation, first, last, status_text(TaskStatus::cancelled)})) {
    out.push_back(read_columns(kFigureColumns, r));
  }
  return out;
}

std::int64_t insert_open_tasks(store::Transaction& tx, const std::vector<TaskRecord>& tasks) {
  // Many rows per statement: one round trip per 100 tasks rather than per task (a region of
  // thousands of clients materialises in seconds on PostgreSQL). Conflicting rows are skipped and
  // not counted by either database.
  constexpr std::size_t kRows = 100;
  const std::string row = "(" + new_task_placeholders() + ")";
  std::int64_t created = 0;
  for (std::size_t first = 0; first < tasks.size(); first += kRows) {
    const std::size_t n = std::min(kRows, tasks.size() - first);
    std::string sql = "INSERT INTO task (" + new_task_names() + ") VALUES ";
    std::vector<store::Param> params;
    params.reserve(n * kNewTaskColumns.size());
    for (std::size_t i = 0; i < n; ++i) {
      if (i) sql += ", ";
      sql += row;
      TaskRecord task = tasks[first + i];
      task.status = TaskStatus::open;
      for (const Column c : kNewTaskColumns) params.push_back(write_param(task, c));
    }
    sql += " ON CONFLICT (care_task_id, day, slot) DO NOTHING";
    created += tx.exec(sql, params);
  }
  return created;
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

// The feed's filters after its start range and organisations, on the task `t`: level, place and
// certificates (parameters: level, the box, the held certificates). A certificate the task asks for
// is lacking when its code is in the catalogue, in the task's list and not in the held list.
const std::string& feed_filters_sql() {
  static const std::string sql =
      " AND t.level <= ? AND (t.mode = 'digital' OR (t.lat >= ? AND t.lat <= ? AND t.lon >= ? AND t.lon <= ?))"
      " AND (t.certificates = '' OR NOT EXISTS (SELECT 1 FROM certificate_type k"
      " WHERE (',' || t.certificates || ',') LIKE ('%,' || k.code || ',%')"
      " AND (',' || ? || ',') NOT LIKE ('%,' || k.code || ',%')))";
  return sql;
}
void add_feed_filter_params(std::vector<store::Param>& params, const FeedSearch& f) {
  const OpenTaskArea& a = f.area;
  params.insert(params.end(),
                {std::int64_t{a.max_level}, a.min_lat, a.max_lat, a.min_lon, a.max_lon, f.held_certificates});
}

// SQLite: at most this many start ranges in one statement: a week of availability mostly fits in
// one, and the statement texts (one per count, each prepared once) stay few.
constexpr std::size_t kRangesPerStatement = 8;

// SQLite's statement for `ranges` start ranges: each range's earliest tasks (its own jump into the
// feed's index, cut at the limit), one range after the other, cut at the limit again. The ranges
// come earliest first and do not overlap, so the branches' order is the start order: no outer
// ORDER BY, which would make the database run and sort every branch. SQLite runs UNION ALL's
// branches in turn and stops at the LIMIT, so a range after those that filled the feed is never
// searched (the records test pins the order).
const std::string& sqlite_feed_sql(std::size_t ranges) {
  static const std::array<std::string, kRangesPerStatement> texts = [] {
    const std::string one =
        "SELECT * FROM (SELECT " + columns_sql(kFeedColumns) +
        " FROM task t WHERE t.status = ? AND t.window_start >= ? AND t.window_start <= ?"
        " AND t.organisation_id IN (SELECT organisation_id FROM caregiver_organisation WHERE caregiver_id = ?)" +
        feed_filters_sql() + " ORDER BY t.window_start LIMIT ?) r";
    std::array<std::string, kRangesPerStatement> out;
    std::string branches;
    for (std::size_t n = 1; n <= kRangesPerStatement; ++n) {
      if (n > 1) branches += " UNION ALL ";
      branches += one + std::to_string(n);
      out[n - 1] = branches + " LIMIT ?";
    }
    return out;
  }();
  return texts[ranges - 1];
}

std::vector<TaskRecord> sqlite_open_tasks_for_feed(store::Transaction& tx, const FeedSearch& f) {
  std::vector<TaskRecord> out;
  for (std::size_t first = 0; first < f.starts.size() && static_cast<std::int64_t>(out.size()) < f.limit;
       first += kRangesPerStatement) {
    const std::size_t count = std::min(kRangesPerStatement, f.starts.size() - first);
    const std::int64_t wanted = f.limit - static_cast<std::int64_t>(out.size());
    std::vector<store::Param> params;
    params.reserve(count * 11 + 1);
    for (std::size_t i = first; i < first + count; ++i) {
      params.insert(params.end(), {status_text(TaskStatus::open), f.starts[i].from, f.starts[i].until, f.area.caregiver_id});
      add_feed_filter_params(params, f);
      params.emplace_back(wanted);
    }
    params.emplace_back(wanted);
    for (const auto& r : tx.query(sqlite_feed_sql(count), params)) {
      out.push_back(read_columns(kFeedColumns, r));
      out.back().status = TaskStatus::open;
    }
  }
  return out;
}

// "{1,2,3}": a PostgreSQL array's text, one parameter whatever the count (one statement text).
std::string pg_array(const std::vector<std::int64_t>& values) {
  std::string s = "{";
  for (const std::int64_t v : values) {
    if (s.size() > 1) s += ',';
    s += std::to_string(v);
  }
  return s + "}";
}

// PostgreSQL's statement: one for any number of ranges. The ranges come as two arrays; for each, in
// the arrays' order, a lateral subquery jumps to the range in the feed's index and takes its earliest
// tasks, and the outer LIMIT stops the nested loop once the feed is full, so a later range is never
// searched (no outer ORDER BY, which would run every range and sort; the records test pins the order).
// Against a UNION ALL branch per range, PostgreSQL plans and starts one small subquery instead of up
// to eight (planning and executor start-up were a fifth of its work for a feed), and the
// caregiver's organisations come as values (the caller read them already) instead of a subquery per
// branch.
const std::string& postgres_feed_sql() {
  static const std::string sql =
      "SELECT c.* FROM unnest(?::bigint[], ?::bigint[]) AS r(start_from, start_until) CROSS JOIN LATERAL (SELECT " +
      columns_sql(kFeedColumns) +
      " FROM task t WHERE t.status = ? AND t.window_start >= r.start_from AND t.window_start <= r.start_until"
      " AND t.organisation_id = ANY(?::bigint[])" +
      feed_filters_sql() + " ORDER BY t.window_start LIMIT ?) c LIMIT ?";
  return sql;
}

std::vector<TaskRecord> postgres_open_tasks_for_feed(store::Transaction& tx, const FeedSearch& f) {
  std::vector<std::int64_t> from, until;
  for (const auto& r : f.starts) {
    from.push_back(r.from);
    until.push_back(r.until);
  }
  std::vector<store::Param> params{pg_array(from), pg_array(until), status_text(TaskStatus::open),
                                   pg_array(f.organisation_ids)};
  add_feed_filter_params(params, f);
  params.insert(params.end(), {f.limit, f.limit});
  std::vector<TaskRecord> out;
  for (const auto& r : tx.query(postgres_feed_sql(), params)) {
    out.push_back(read_columns(kFeedColumns, r));
    out.back().status = TaskStatus::open;
  }
  return out;
}
}  // namespace

std::vector<TaskRecord> open_tasks_for_feed(store::Transaction& tx, const FeedSearch& f) {
  if (f.starts.empty() || f.organisation_ids.empty() || f.limit <= 0) return {};
  return tx.dialect() == store::Dialect::postgresql ? postgres_open_tasks_for_feed(tx, f)
                                                     : sqlite_open_tasks_for_feed(tx, f);
}

std::vector<TaskRecord> open_tasks_asking_certificates(store::Transaction& tx, const OpenTaskArea& a) {
  static const std::string sql =
      "SELECT " + columns_sql(kFeedColumns) +
      " FROM task t WHERE t.status = ? AND t.window_start >= ? AND t.window_start <= ?"
      " AND t.organisation_id IN (SELECT organisation_id FROM caregiver_organisation WHERE caregiver_id = ?)"
      " AND t.level <= ? AND (t.mode = 'digital' OR (t.lat >= ? AND t.lat <= ? AND t.lon >= ? AND t.lon <= ?))"
      " AND t.certificates <> ''";
  std::vector<TaskRecord> out;
  for (const auto& r : tx.query(sql, {status_text(TaskStatus::open), a.start_from, a.start_until, a.caregiver_id,
                                      std::int64_t{a.max_level}, a.min_lat, a.max_lat, a.min_lon, a.max_lon})) {
    out.push_back(read_columns(kFeedColumns, r));
    out.back().status = TaskStatus::open;
  }
  return out;
}

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

std::int64_t move_future_tasks(store::Transaction& tx, std::int64_t client_id, LocalMinute after, double lat, double lon,
                               const std::string& area) {
  return tx.exec("UPDATE task SET lat = ?, lon = ?, area = ? WHERE client_id = ? AND window_start > ?",
                 {lat, lon, area, client_id, after});
}

std::int64_t claimed_task_count(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id) {
  return tx.query_i64("SELECT COUNT(*) FROM task WHERE caregiver_id = ? AND organisation_id = ? AND status = ?",
                      {caregiver_id, organisation_id, status_text(TaskStatus::claimed)})
      .value_or(0);
}

std::vector<TaskRecord> claimed_tasks_not_started(store::Transaction& tx, std::int64_t caregiver_id, LocalMinute from,
                                                  LocalMinute until, std::optional<std::int64_t> organisation_id) {
  static const std::string sql =
      "SELECT " + task_columns() +
      " FROM task t WHERE t.caregiver_id = ? AND t.status = ? AND t.check_in IS NULL AND t.window_end >= ? "
      "AND t.window_start < ? AND (? = 0 OR t.organisation_id = ?) ORDER BY t.window_start, t.id";
  const std::int64_t organisation = organisation_id.value_or(0);
  std::vector<TaskRecord> out;
  for (const auto& r :
       tx.query(sql, {caregiver_id, status_text(TaskStatus::claimed), from, until, organisation, organisation})) {
    out.push_back(read_task_columns(r));
  }
  return out;
}

std::vector<TaskRecord> unarrived_monitored_visits(store::Transaction& tx, LocalMinute opened_after,
                                                   LocalMinute opened_by) {
  static const std::string sql =
      "SELECT " + task_columns() +
      " FROM task t WHERE t.status = ? AND t.window_start > ? AND t.window_start <= ? AND t.check_in IS NULL "
      "AND EXISTS (SELECT 1 FROM device d WHERE d.client_id = t.client_id) "
      "AND NOT EXISTS (SELECT 1 FROM alarm a WHERE a.task_id = t.id) ORDER BY t.id";
  std::vector<TaskRecord> out;
  for (const auto& r : tx.query(sql, {status_text(TaskStatus::claimed), opened_after, opened_by})) {
    out.push_back(read_task_columns(r));
  }
  return out;
}

std::map<std::int64_t, Place> checked_in_places(store::Transaction& tx, const std::vector<std::int64_t>& caregiver_ids) {
  std::map<std::int64_t, Place> out;
  if (caregiver_ids.empty()) return out;
  std::vector<store::Param> params{status_text(TaskStatus::claimed)};
  append_id_params(params, caregiver_ids);
  // The latest check-in of each: ordered so, the first row per caregiver is kept. `status || ''`
  // keeps the planner off the indexes that lead with status (every claimed task of the platform);
  // the caregiver index finds each caregiver's few.
  for (const auto& r : tx.query("SELECT caregiver_id, lat, lon FROM task WHERE status || '' = ? AND check_in IS NOT NULL "
                                "AND mode <> 'digital' AND caregiver_id IN " + id_list_sql(caregiver_ids) +
                                    " ORDER BY caregiver_id, check_in DESC",
                                params)) {
    out.try_emplace(r.i64(0), Place{r.f64(1), r.f64(2)});
  }
  return out;
}

namespace {
// A claimed task that has not started loses its holder through `change` (a conditional UPDATE,
// true when it changed the task): keeps who held it and the version the change gives it, so the
// holder's calendar shows the visit cancelled. The row is written first, with the change's own
// conditions, because the change clears the holder; a change that finds nothing to change takes it
// back.
template <class Change>
bool leaving_holder(store::Transaction& tx, std::int64_t task_id, Change change) {
  const std::string claimed = status_text(TaskStatus::claimed);
  const bool kept = tx.exec("INSERT INTO task_left (task_id, caregiver_id, version) SELECT id, caregiver_id, version + 1 "
                            "FROM task WHERE id = ? AND status = ? AND check_in IS NULL AND caregiver_id IS NOT NULL",
                            {task_id, claimed}) == 1;
  const bool changed = change();
  if (kept && !changed) {
    tx.exec("DELETE FROM task_left WHERE task_id = ? AND version = (SELECT version + 1 FROM task WHERE id = ?)",
            {task_id, task_id});
  }
  return changed;
}
}  // namespace

std::vector<LeftTask> tasks_left(store::Transaction& tx, std::int64_t caregiver_id, LocalMinute from,
                                 LocalMinute until) {
  static const std::string sql =
      "SELECT " + task_columns() + ", l.version FROM (SELECT task_id, MAX(version) AS version FROM task_left "
      "WHERE caregiver_id = ? GROUP BY task_id) l JOIN task t ON t.id = l.task_id "
      "WHERE t.window_start >= ? AND t.window_start < ? AND (t.caregiver_id IS NULL OR t.caregiver_id <> ?) "
      "ORDER BY t.id";
  std::vector<LeftTask> out;
  for (const auto& r : tx.query(sql, {caregiver_id, from, until, caregiver_id})) {
    out.push_back({read_task_columns(r), r.i64(task_column_count())});
  }
  return out;
}

bool claim_open_task(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id, LocalMinute at) {
  return tx.exec("UPDATE task SET status = ?, caregiver_id = ?, claimed_at = ?, urgent = 0, version = version + 1 "
                 "WHERE id = ? AND status = ?",
                 {status_text(TaskStatus::claimed), caregiver_id, at, task_id, status_text(TaskStatus::open)}) == 1;
}

// What a claimed task forgets when it leaves its holder (released, taken back, cancelled): who held
// it and since when, and where their day placed it and the start care staff fixed in it.
constexpr std::string_view kHolderForgotten =
    "caregiver_id = NULL, claimed_at = NULL, planned_start = NULL, fixed_start = NULL";

bool release_claimed_task(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id) {
  static const std::string sql = "UPDATE task SET status = ?, " + std::string(kHolderForgotten) +
                                 ", urgent = 1, version = version + 1"
                                 " WHERE id = ? AND caregiver_id = ? AND status = ? AND check_in IS NULL";
  return leaving_holder(tx, task_id, [&] {
    return tx.exec(sql, {status_text(TaskStatus::open), task_id, caregiver_id, status_text(TaskStatus::claimed)}) == 1;
  });
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
  static const std::string sql = "UPDATE task SET status = ?, " + std::string(kHolderForgotten) +
                                 ", urgent = 1, version = version + 1 WHERE id = ? AND status = ? AND check_in IS NULL";
  return leaving_holder(tx, task_id, [&] {
    return tx.exec(sql, {status_text(TaskStatus::open), task_id, status_text(TaskStatus::claimed)}) == 1;
  });
}

bool cancel_claimed_task(store::Transaction& tx, std::int64_t task_id) {
  static const std::string sql = "UPDATE task SET status = ?, " + std::string(kHolderForgotten) +
                                 ", version = version + 1 WHERE id = ? AND status = ? AND check_in IS NULL";
  return leaving_holder(tx, task_id, [&] {
    return tx.exec(sql, {status_text(TaskStatus::cancelled), task_id, status_text(TaskStatus::claimed)}) == 1;
  });
}

void store_planned_start(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id, LocalMinute start) {
  tx.exec_deferred("UPDATE task SET planned_start = ? WHERE id = ? AND caregiver_id = ? AND status = ?",
                   {start, task_id, caregiver_id, status_text(TaskStatus::claimed)});
}

void store_fixed_start(store::Transaction& tx, std::int64_t task_id, std::int64_t caregiver_id, LocalMinute start) {
  tx.exec_deferred("UPDATE task SET fixed_start = ? WHERE id = ? AND caregiver_id = ? AND status = ?",
                   {start, task_id, caregiver_id, status_text(TaskStatus::claimed)});
}

bool record_step_outcome(store::Transaction& tx, std::int64_t task_id, domain::StepOutcome outcome) {
  const std::string name(domain::to_string(outcome));
  if (outcome == domain::StepOutcome::missed) {
    return tx.exec("UPDATE task SET outcome = ? WHERE id = ? AND outcome IS NULL AND check_in IS NULL",
                   {name, task_id}) == 1;
  }
  return tx.exec("UPDATE task SET outcome = ? WHERE id = ? AND outcome IS NULL", {name, task_id}) == 1;
}

void link_follow_up(store::Transaction& tx, std::int64_t task_id, std::int64_t follow_up_task_id) {
  tx.exec("UPDATE task SET follow_up_task_id = ? WHERE id = ?", {follow_up_task_id, task_id});
}

std::optional<std::int64_t> insert_follow_up(store::Transaction& tx, const TaskRecord& task) {
  static const std::string sql = "INSERT INTO task (" + new_task_names() + ", urgent) VALUES (" +
                                 new_task_placeholders() +
                                 ", 1) ON CONFLICT (care_task_id, day, slot) DO NOTHING RETURNING id";
  TaskRecord open = task;
  open.status = TaskStatus::open;
  std::vector<store::Param> params;
  params.reserve(kNewTaskColumns.size());
  for (const Column c : kNewTaskColumns) params.push_back(write_param(open, c));
  return tx.query_i64(sql, params);
}

std::optional<std::int64_t> task_id_of(store::Transaction& tx, std::int64_t care_task_id, DayNumber day,
                                       std::int64_t slot) {
  return tx.query_i64("SELECT id FROM task WHERE care_task_id = ? AND day = ? AND slot = ?", {care_task_id, day, slot});
}

std::vector<TaskRecord> unheld_digital_steps(store::Transaction& tx, LocalMinute ended_after, LocalMinute ended_by) {
  static const std::string sql =
      "SELECT " + task_columns() +
      " FROM task t WHERE t.status = ? AND t.window_start >= ? AND t.window_start <= ? AND t.mode = ? AND "
      "t.check_in IS NULL AND t.outcome IS NULL AND t.window_end + t.duration > ? AND t.window_end + t.duration <= ? "
      "AND EXISTS (SELECT 1 FROM care_task f JOIN care_task s ON s.arrangement_id = f.arrangement_id AND "
      "s.switch_from_key = f.key AND s.active = 1 WHERE f.id = t.care_task_id AND ',' || s.switch_on || ',' LIKE ?)";
  const std::string missed = "%," + std::string(domain::to_string(domain::SwitchTrigger::missed)) + ",%";
  std::vector<TaskRecord> out;
  // A window spans at most a day and a visit lasts at most 8 hours: the window_start bounds let the
  // (status, window_start) index do the work.
  for (const TaskStatus s : {TaskStatus::open, TaskStatus::claimed}) {
    for (const auto& r : tx.query(sql, {status_text(s), ended_after - 2 * kMinutesPerDay, ended_by, std::string("digital"),
                                        ended_after, ended_by, missed})) {
      out.push_back(read_task_columns(r));
    }
  }
  std::sort(out.begin(), out.end(), [](const TaskRecord& a, const TaskRecord& b) { return a.id < b.id; });
  return out;
}

bool mark_announced_at_risk(store::Transaction& tx, std::int64_t task_id, LocalMinute at) {
  return tx.exec("INSERT INTO task_at_risk (task_id, announced_at) VALUES (?, ?) ON CONFLICT (task_id) DO NOTHING",
                 {task_id, at}) == 1;
}

std::int64_t forget_at_risk_announcements(store::Transaction& tx, LocalMinute before) {
  return tx.exec("DELETE FROM task_at_risk WHERE announced_at < ?", {before});
}

}  // namespace carecrowd::records
