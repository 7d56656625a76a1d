#include "io/SolomonReader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "io/SourceRef.h"
#include "io/TextLines.h"
#include "io/Ticks.h"

namespace carecrowd::io {
namespace {

using domain::TimeWindow;

constexpr std::array<const char*, 7> columns = {"CUST NO.",   "XCOORD.",  "YCOORD.",     "DEMAND",
                                                "READY TIME", "DUE DATE", "SERVICE TIME"};

struct Row {
  int line = 0;
  std::int64_t number = 0;
  double x = 0;
  double y = 0;
  std::int64_t demand = 0;
  double ready = 0;
  double due = 0;
  double service = 0;
};

struct SolomonFile {
  std::string name;
  std::int64_t vehicles = 0;
  std::int64_t capacity = 0;
  std::vector<Row> rows;  // rows[0] is the depot
};

// A word that starts like a number ("25", "-3", "+1", ".5"): a data row, even when the number
// itself is bad. Deciding by parse_number instead would skip a row holding an out-of-range number
// ("2000000000") as if it were a header, and report the wrong problem.
bool starts_like_number(std::string_view word) {
  const char c = word.front();
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
}

// The first line at or after `i` that starts like a number. Solomon headers ("NUMBER CAPACITY",
// "CUST NO. XCOORD. ...") vary in spacing and wording between copies, so they are skipped rather
// than matched.
std::size_t skip_headers(const std::vector<TextLine>& lines, std::size_t i) {
  while (i < lines.size() && !starts_like_number(lines[i].words[0])) ++i;
  return i;
}

std::size_t find_keyword(const std::vector<TextLine>& lines, std::size_t from, std::string_view keyword) {
  for (std::size_t i = from; i < lines.size(); ++i)
    if (lines[i].words[0] == keyword) return i;
  return lines.size();
}

Error at_line(std::string_view source, int line, std::string_view column, std::string id, std::string reason) {
  std::string field = line_ref(source, line);
  if (!column.empty()) field += " " + std::string(column);
  return bad_input(std::move(field), std::move(id), std::move(reason));
}

// The fleet line lies between VEHICLE and CUSTOMER; `customer` bounds the search so that a missing
// fleet line is not mistaken for the depot row.
Result<std::array<double, 2>> parse_fleet(const std::vector<TextLine>& lines, std::size_t vehicle,
                                          std::size_t customer, std::string_view source) {
  const std::size_t i = skip_headers(lines, vehicle + 1);
  if (i >= customer)
    return at_line(source, lines[vehicle].number, "VEHICLE", "", "has no NUMBER and CAPACITY line");
  const TextLine& l = lines[i];
  if (l.words.size() != 2)
    return at_line(source, l.number, "VEHICLE", "",
                   "expected 2 numbers (NUMBER CAPACITY), found " + std::to_string(l.words.size()));
  const auto k = parse_number(l.words[0]);
  const auto q = parse_number(l.words[1]);
  if (!k) return at_line(source, l.number, "NUMBER", "", not_a_number(l.words[0]));
  if (!as_whole(*k) || *k < 1) return at_line(source, l.number, "NUMBER", "", "must be a whole number >= 1");
  if (!q) return at_line(source, l.number, "CAPACITY", "", not_a_number(l.words[1]));
  if (!as_whole(*q) || *q < 0) return at_line(source, l.number, "CAPACITY", "", "must be a whole number >= 0");
  return std::array<double, 2>{*k, *q};
}

std::optional<Error> check_row(const Row& r, std::string_view source, bool depot) {
  const std::string id = std::to_string(r.number);
  if (depot && r.number != 0)
    return at_line(source, r.line, columns[0], id, "the first row must be the depot, number 0");
  if (r.demand < 0) return at_line(source, r.line, columns[3], id, "must not be negative");
  if (r.ready < 0) return at_line(source, r.line, columns[4], id, "must not be negative");
  if (r.due < r.ready)
    return at_line(source, r.line, columns[5], id, "the window closes before it opens (DUE DATE < READY TIME)");
  if (r.service < 0) return at_line(source, r.line, columns[6], id, "must not be negative");
  return std::nullopt;
}

Result<Row> parse_row(const TextLine& l, std::string_view source) {
  if (l.words.size() != columns.size())
    return at_line(source, l.number, "", "",
                   "expected 7 numbers (CUST NO. .. SERVICE TIME), found " + std::to_string(l.words.size()) +
                       " (is the file truncated?)");
  std::array<double, 7> v{};
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const auto n = parse_number(l.words[c]);
    if (!n) return at_line(source, l.number, columns[c], "", not_a_number(l.words[c]));
    v[c] = *n;
  }
  if (!as_whole(v[0]) || v[0] < 0) return at_line(source, l.number, columns[0], "", "must be a whole number >= 0");
  if (!as_whole(v[3])) return at_line(source, l.number, columns[3], "", "must be a whole number");
  return Row{l.number, *as_whole(v[0]), v[1], v[2], *as_whole(v[3]), v[4], v[5], v[6]};
}

Result<std::vector<Row>> parse_customers(const std::vector<TextLine>& lines, std::size_t i, std::string_view source) {
  std::vector<Row> rows;
  std::set<std::int64_t> numbers;
  for (i = skip_headers(lines, i); i < lines.size(); ++i) {
    auto row = parse_row(lines[i], source);
    if (!row) return row.error();
    if (auto e = check_row(row.value(), source, rows.empty())) return *e;
    if (!numbers.insert(row.value().number).second)
      return at_line(source, lines[i].number, columns[0], std::to_string(row.value().number), "is used twice");
    rows.push_back(row.value());
  }
  if (rows.size() < 2)
    return bad_input(std::string(source), "", "the CUSTOMER table needs the depot and at least one customer");
  return rows;
}

// Beyond this many customers the file is refused: the travel matrices computed from the
// coordinates grow with the square (5,000 customers: 2 x 25 million arcs, 400 MB), while the
// largest published Gehring-Homberger instances have 1,000.
constexpr std::size_t max_customers = 5000;

// Counts the customer rows (lines after the CUSTOMER header) before any is parsed, so that an
// oversized file is refused before it costs memory.
std::optional<Error> check_customer_count(const std::vector<TextLine>& lines, std::size_t customer,
                                          std::string_view source) {
  const std::size_t first = skip_headers(lines, customer + 1);
  const std::size_t rows = lines.size() - first;
  if (rows > max_customers + 1)  // + 1: the depot row
    return bad_input(std::string(source), "",
                     "has " + std::to_string(rows - 1) + " customers; at most " + std::to_string(max_customers) +
                         " are supported");
  return std::nullopt;
}

Result<SolomonFile> parse_file(std::string_view text, std::string_view source) {
  const std::vector<TextLine> lines = split_lines(text);
  if (lines.empty()) return bad_input(std::string(source), "", "the file is empty");
  const std::size_t vehicle = find_keyword(lines, 1, "VEHICLE");
  if (vehicle == lines.size()) return bad_input(std::string(source), "", "has no VEHICLE section");
  const std::size_t customer = find_keyword(lines, vehicle + 1, "CUSTOMER");
  if (customer == lines.size())
    return bad_input(std::string(source), "", "has no CUSTOMER section (is the file truncated?)");
  auto fleet = parse_fleet(lines, vehicle, customer, source);
  if (!fleet) return fleet.error();
  if (auto e = check_customer_count(lines, customer, source)) return *e;
  auto rows = parse_customers(lines, customer + 1, source);
  if (!rows) return rows.error();
  SolomonFile file;
  file.name = std::string(lines[0].words[0]);
  // A vehicle serves at least one customer or stays home, so more vehicles than customers can
  // never be used; the surplus would only cost memory and search time (a file declaring a
  // million vehicles made a 0.2 s planning run take 7 s and 1.5 GB).
  const auto customers = static_cast<double>(rows.value().size() - 1);
  file.vehicles = static_cast<std::int64_t>(std::min(fleet.value()[0], customers));
  file.capacity = static_cast<std::int64_t>(fleet.value()[1]);
  file.rows = std::move(rows.value());
  return file;
}

domain::TravelModel make_travel(const std::vector<Row>& rows, SolomonRounding rounding, std::int64_t scale) {
  const auto n = static_cast<int>(rows.size());
  std::vector<std::int64_t> durations(static_cast<std::size_t>(n) * n, 0);
  std::vector<std::int64_t> distances(durations.size(), 0);
  for (int a = 0; a < n; ++a)
    for (int b = 0; b < n; ++b) {
      if (a == b) continue;
      const double d = std::hypot(rows[a].x - rows[b].x, rows[a].y - rows[b].y);
      const std::size_t k = static_cast<std::size_t>(a) * n + b;
      if (rounding == SolomonRounding::trunc1) {
        durations[k] = distances[k] = floor_ticks(d, scale);
      } else {
        durations[k] = ceil_ticks(d, scale);
        distances[k] = round_ticks(d, scale);
      }
    }
  return domain::TravelModel::from_matrix(n, std::move(durations), std::move(distances));
}

domain::Visit make_visit(const Row& r, int location, std::int64_t scale) {
  domain::Visit v;
  v.id = std::to_string(r.number);
  v.client = v.id;
  v.location = location;
  v.duration = Duration(round_ticks(r.service, scale));
  v.windows = {TimeWindow{Duration(round_ticks(r.ready, scale)), Duration(round_ticks(r.due, scale))}};
  v.demand = {r.demand};
  return v;
}

std::vector<domain::Caregiver> make_fleet(const SolomonFile& f, std::int64_t scale) {
  const Row& depot = f.rows[0];
  const TimeWindow horizon{Duration(round_ticks(depot.ready, scale)), Duration(round_ticks(depot.due, scale))};
  std::vector<domain::Caregiver> fleet(static_cast<std::size_t>(f.vehicles));
  for (std::size_t k = 0; k < fleet.size(); ++k) {
    fleet[k].id = "v" + std::to_string(k + 1);
    fleet[k].start_location = fleet[k].end_location = 0;
    fleet[k].availability = {horizon};
    fleet[k].capacity = {f.capacity};
  }
  return fleet;
}

}  // namespace

Result<domain::Problem> read_solomon(std::string_view text, std::string_view source_name, SolomonRounding rounding) {
  auto parsed = parse_file(text, source_name);
  if (!parsed) return parsed.error();
  const SolomonFile& f = parsed.value();
  const std::int64_t scale = rounding == SolomonRounding::exact ? 1000 : 10;

  domain::ProblemData d;
  d.name = f.name;
  d.scale = domain::Scale{scale, scale, scale, 1};
  d.travel = make_travel(f.rows, rounding, scale);
  d.capacity_dimensions = 1;
  for (std::size_t i = 1; i < f.rows.size(); ++i) d.visits.push_back(make_visit(f.rows[i], static_cast<int>(i), scale));
  d.caregivers = make_fleet(f, scale);
  d.objective = domain::Objective::distance_only();
  auto problem = domain::Problem::create(std::move(d));
  if (!problem) return from_source(problem.error(), source_name);
  return problem;
}

}  // namespace carecrowd::io
