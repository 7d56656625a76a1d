#include "services/Invoices.h"

#include <cmath>
#include <map>

#include "services/CsvRows.h"
#include "services/Input.h"

namespace carecrowd::services {
namespace {

struct Month {
  std::string text;  // "YYYY-MM"
  DayNumber first = 0;
  DayNumber last = 0;
};

Result<Month> parse_month(std::string_view text) {
  const Error wrong = bad_input("month", std::string(text), "must be a month as YYYY-MM");
  if (text.size() != 7 || text[4] != '-') return wrong;
  auto first = parse_date(std::string(text) + "-01", "month");
  if (!first) return wrong;
  const CivilDate date = civil_date(first.value());
  return Month{std::string(text), first.value(), day_number({date.year, date.month, days_in_month(date.year, date.month)})};
}

double hours_of(std::int64_t minutes) { return std::round(static_cast<double>(minutes) / 60.0 * 100.0) / 100.0; }

struct Sums {
  std::int64_t tasks = 0;
  std::int64_t minutes = 0;
  std::int64_t amount_cents = 0;

  void add(std::int64_t task_minutes, std::int64_t cents) {
    ++tasks;
    minutes += task_minutes;
    amount_cents += cents;
  }
  void write(Json& out) const {
    out["tasks"] = tasks;
    out["minutes"] = minutes;
    out["hours"] = hours_of(minutes);
    out["amount_cents"] = amount_cents;
  }
};

// The billable tasks of a month: done, with a check-in and a check-out not before it.
constexpr const char* kBillable =
    "t.status = 'done' AND t.check_in IS NOT NULL AND t.check_out IS NOT NULL AND t.check_out >= t.check_in "
    "AND t.day >= ? AND t.day <= ?";


}  // namespace

Result<Json> caregiver_invoice(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                               std::string_view month_text) {
  if (who.role != Role::caregiver || !who.caregiver_id) return forbidden("only a caregiver may read their invoices");
  // Another caregiver's invoice answers as if the caregiver did not exist.
  if (*who.caregiver_id != caregiver_id) {
    return not_found("caregiver_id", std::to_string(caregiver_id), "no such caregiver");
  }
  auto month = parse_month(month_text);
  if (!month) return month.error();
  const Month& m = month.value();
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    auto caregiver = tx.query("SELECT name FROM caregiver WHERE id = ?", {caregiver_id});
    if (caregiver.empty()) return not_found("caregiver_id", std::to_string(caregiver_id), "no such caregiver");
    auto rows = tx.query(std::string("SELECT t.organisation_id, o.name, t.id, t.day, t.task_type, t.area, t.check_in, "
                                     "t.check_out, t.pay_cents FROM task t JOIN organisation o ON o.id = t.organisation_id "
                                     "WHERE t.caregiver_id = ? AND ") +
                             kBillable + " ORDER BY o.name, t.organisation_id, t.check_in, t.id",
                         {caregiver_id, m.first, m.last});
    Json organisations = Json::array();
    Sums totals;
    std::optional<std::int64_t> current;
    Sums sums;
    Json lines = Json::array();
    std::string name;
    auto close = [&] {
      if (!current) return;
      Json org = {{"organisation_id", *current}, {"organisation_name", name}};
      sums.write(org);
      org["lines"] = std::move(lines);
      organisations.push_back(std::move(org));
      lines = Json::array();
      sums = Sums{};
    };
    for (const auto& r : rows) {
      if (!current || *current != r.i64(0)) {
        close();
        current = r.i64(0);
        name = r.text(1);
      }
      const std::int64_t minutes = r.i64(7) - r.i64(6);
      const std::int64_t cents = r.i64(8);
      Json line = {{"task_id", r.i64(2)},
                   {"date", format_date(r.i64(3))},
                   {"type", r.text(4)},
                   {"area", r.text(5)},
                   {"check_in", format_local_time(r.i64(6))},
                   {"check_out", format_local_time(r.i64(7))},
                   {"minutes", minutes},
                   {"amount_cents", cents}};
      line["hourly_equivalent_cents"] = minutes > 0 ? Json((cents * 60 + minutes / 2) / minutes) : Json();
      lines.push_back(std::move(line));
      sums.add(minutes, cents);
      totals.add(minutes, cents);
    }
    close();
    Json out = {{"caregiver_id", caregiver_id},  {"caregiver_name", caregiver[0].text(0)},
                {"month", m.text},               {"from", format_date(m.first)},
                {"to", format_date(m.last)},     {"organisations", organisations}};
    Json total_json = Json::object();
    totals.write(total_json);
    out["totals"] = total_json;
    return out;
  });
}

Result<Json> organisation_invoices(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                                   std::string_view month_text) {
  if (who.role != Role::org_admin) return forbidden("only an organisation admin may read its invoices");
  if (!who.in_organisation(organisation_id)) {
    return not_found("organisation_id", std::to_string(organisation_id), "no such organisation of yours");
  }
  auto month = parse_month(month_text);
  if (!month) return month.error();
  const Month& m = month.value();
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    auto organisation = tx.query("SELECT name FROM organisation WHERE id = ?", {organisation_id});
    if (organisation.empty()) {
      return not_found("organisation_id", std::to_string(organisation_id), "no such organisation of yours");
    }
    auto rows = tx.query(std::string("SELECT g.id, g.name, g.kind, COUNT(*), SUM(t.check_out - t.check_in), "
                                     "SUM(t.pay_cents) FROM task t JOIN caregiver g ON g.id = t.caregiver_id "
                                     "WHERE t.organisation_id = ? AND ") +
                             kBillable + " GROUP BY g.id, g.name, g.kind ORDER BY g.name, g.id",
                         {organisation_id, m.first, m.last});
    Json caregivers = Json::array();
    Sums totals;
    for (const auto& r : rows) {
      Json c = {{"caregiver_id", r.i64(0)}, {"name", r.text(1)}, {"kind", r.text(2)}};
      Sums sums{r.i64(3), r.i64(4), r.i64(5)};
      sums.write(c);
      caregivers.push_back(std::move(c));
      totals.tasks += sums.tasks;
      totals.minutes += sums.minutes;
      totals.amount_cents += sums.amount_cents;
    }
    Json out = {{"organisation_id", organisation_id},
                {"organisation_name", organisation[0].text(0)},
                {"month", m.text},
                {"from", format_date(m.first)},
                {"to", format_date(m.last)},
                {"caregivers", caregivers}};
    Json total_json = Json::object();
    totals.write(total_json);
    out["totals"] = total_json;
    return out;
  });
}

std::string caregiver_invoice_csv(const Json& invoice) {
  std::string csv = csv_row({"organisation", "date", "task_id", "type", "area", "check_in", "check_out", "minutes",
                             "amount_cents", "hourly_equivalent_cents"});
  for (const auto& org : invoice.at("organisations")) {
    for (const auto& line : org.at("lines")) {
      csv += csv_row({org.at("organisation_name"), line.at("date"), line.at("task_id"), line.at("type"), line.at("area"),
                      line.at("check_in"), line.at("check_out"), line.at("minutes"), line.at("amount_cents"),
                      line.at("hourly_equivalent_cents")});
    }
  }
  return csv;
}

std::string organisation_invoices_csv(const Json& invoices) {
  std::string csv = csv_row({"organisation", "caregiver_id", "caregiver", "kind", "tasks", "minutes", "hours",
                             "amount_cents"});
  for (const auto& c : invoices.at("caregivers")) {
    csv += csv_row({invoices.at("organisation_name"), c.at("caregiver_id"), c.at("name"), c.at("kind"), c.at("tasks"),
                    c.at("minutes"), c.at("hours"), c.at("amount_cents")});
  }
  return csv;
}

}  // namespace carecrowd::services
