#include "services/Kpis.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "domain/Travel.h"
#include "records/CaregiverHome.h"
#include "records/TaskRecord.h"
#include "services/CsvRows.h"
#include "services/Input.h"

namespace carecrowd::services {
namespace {

using domain::TaskStatus;
using records::TaskRecord;

// See the header: the time worked, or the planned duration when a check-in or -out is missing.
std::int64_t care_minutes(const TaskRecord& t) {
  if (t.check_in && t.check_out && *t.check_out >= *t.check_in) return *t.check_out - *t.check_in;
  return t.duration;
}

bool checked_in_in_window(const TaskRecord& t) {
  return t.check_in && *t.check_in >= t.window_start - kKpiGraceMinutes && *t.check_in <= t.window_end + kKpiGraceMinutes;
}

struct Home {
  domain::Point point;
  domain::TravelMode mode = domain::TravelMode::bike;
};

struct Figures {
  std::int64_t due = 0, covered = 0, check_ins = 0, in_window = 0, late_minutes = 0, done = 0, care_minutes = 0,
               pay_cents = 0;
  std::int64_t travel_seconds = 0;

  Figures& operator+=(const Figures& o) {
    due += o.due;
    covered += o.covered;
    check_ins += o.check_ins;
    in_window += o.in_window;
    late_minutes += o.late_minutes;
    done += o.done;
    care_minutes += o.care_minutes;
    pay_cents += o.pay_cents;
    travel_seconds += o.travel_seconds;
    return *this;
  }
  [[nodiscard]] double travel_minutes() const { return std::round(static_cast<double>(travel_seconds) / 6.0) / 10.0; }
};

// A share rounded to four decimals, or null when there is nothing to share.
Json ratio(double part, double whole) {
  if (whole <= 0) return Json();
  return std::round(part / whole * 10000.0) / 10000.0;
}

// Travel of one caregiver on one day over their done tasks, in visiting order (see the header).
std::int64_t travel_seconds(const Home& home, std::vector<const TaskRecord*> tasks) {
  std::sort(tasks.begin(), tasks.end(), [](const TaskRecord* a, const TaskRecord* b) {
    return a->check_in.value_or(a->window_start) < b->check_in.value_or(b->window_start);
  });
  std::vector<domain::Point> points{home.point};
  for (const auto* t : tasks) {
    if (!t->digital()) points.push_back({t->lon, t->lat});
  }
  if (points.size() == 1) return 0;
  points.push_back(home.point);
  const auto model = domain::TravelModel::geographic(points);
  std::int64_t seconds = 0;
  for (int i = 0; i + 1 < model.size(); ++i) seconds += model.duration(home.mode, i, i + 1).get();
  return seconds;
}

Json figures_json(const Figures& f) {
  return {{"due", f.due},
          {"covered", f.covered},
          {"coverage", ratio(static_cast<double>(f.covered), static_cast<double>(f.due))},
          {"check_ins", f.check_ins},
          {"in_window", f.in_window},
          {"punctuality", ratio(static_cast<double>(f.in_window), static_cast<double>(f.check_ins))},
          {"done", f.done},
          {"care_minutes", f.care_minutes},
          {"travel_minutes", f.travel_minutes()},
          {"travel_share", ratio(f.travel_seconds / 60.0, f.travel_seconds / 60.0 + static_cast<double>(f.care_minutes))},
          {"pay_cents", f.pay_cents}};
}

}  // namespace

Result<Json> organisation_kpis(const Platform& platform, const Principal& who, const Json& query) {
  const bool may = who.role == Role::analyst || who.role == Role::org_admin || who.role == Role::coordinator;
  if (!may || !who.organisation_id) {
    return forbidden("only an organisation's analyst, admin or coordinator may read its key figures");
  }
  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  auto from_query = query_date(query, "from");
  if (!from_query) return from_query.error();
  auto to_query = query_date(query, "to");
  if (!to_query) return to_query.error();
  const DayNumber last = to_query.value().value_or(today);
  const DayNumber first = from_query.value().value_or(last - 13);
  if (last < first) return bad_input("to", "", "is before from");
  if (last - first + 1 > kKpiMaxDays) {
    return bad_input("to", "", "the range spans at most " + std::to_string(kKpiMaxDays) + " days");
  }
  const std::int64_t organisation = *who.organisation_id;

  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    const std::vector<TaskRecord> tasks = records::tasks_for_key_figures(tx, organisation, first, last);
    std::unordered_map<std::int64_t, Home> homes;
    for (const auto& h : records::homes_of_caregivers_done_for(tx, organisation, first, last)) {
      Home home{{h.lon, h.lat}, domain::TravelMode::bike};
      domain::parse_travel_mode(h.travel_mode, home.mode);  // an unknown mode keeps the bike, the common case
      homes[h.caregiver_id] = home;
    }

    std::map<DayNumber, Figures> days;
    for (DayNumber d = first; d <= last; ++d) days[d] = Figures{};
    std::map<std::pair<std::int64_t, DayNumber>, std::vector<const TaskRecord*>> worked;  // (caregiver, day)
    std::unordered_map<std::int64_t, std::set<std::int64_t>> carers_of_client;
    for (const auto& t : tasks) {
      Figures& f = days[t.day];
      const bool done = t.status == TaskStatus::done;
      if (t.window_start < now) {
        ++f.due;
        if (done && checked_in_in_window(t)) ++f.covered;
        if (t.check_in) {
          ++f.check_ins;
          if (checked_in_in_window(t)) ++f.in_window;
          f.late_minutes += std::max<std::int64_t>(0, *t.check_in - t.window_end);
        }
      }
      if (done) {
        ++f.done;
        f.care_minutes += care_minutes(t);
        f.pay_cents += t.pay_cents;
        if (t.caregiver_id) worked[{*t.caregiver_id, t.day}].push_back(&t);
      }
      if (t.caregiver_id && (done || t.status == TaskStatus::claimed)) carers_of_client[t.client_id].insert(*t.caregiver_id);
    }
    for (const auto& [key, list] : worked) {
      auto home = homes.find(key.first);
      if (home != homes.end()) days[key.second].travel_seconds += travel_seconds(home->second, list);
    }

    Figures total;
    Json day_list = Json::array();
    for (const auto& [d, f] : days) {
      total += f;
      Json entry = figures_json(f);
      entry["day"] = format_date(d);
      day_list.push_back(std::move(entry));
    }
    std::map<std::size_t, std::int64_t> distribution;
    std::int64_t carer_sum = 0;
    for (const auto& [client, carers] : carers_of_client) {
      ++distribution[carers.size()];
      carer_sum += static_cast<std::int64_t>(carers.size());
    }
    Json distribution_json = Json::array();
    for (const auto& [carers, clients] : distribution) {
      distribution_json.push_back({{"caregivers", carers}, {"clients", clients}});
    }
    const auto clients = static_cast<std::int64_t>(carers_of_client.size());
    const double care_hours = static_cast<double>(total.care_minutes) / 60.0;
    const double travel_minutes = total.travel_seconds / 60.0;

    Json out = {{"organisation_id", organisation},
                {"from", format_date(first)},
                {"to", format_date(last)},
                {"grace_minutes", kKpiGraceMinutes}};
    out["coverage"] = {{"due", total.due},
                       {"covered", total.covered},
                       {"rate", ratio(static_cast<double>(total.covered), static_cast<double>(total.due))}};
    out["punctuality"] = {
        {"check_ins", total.check_ins},
        {"in_window", total.in_window},
        {"rate", ratio(static_cast<double>(total.in_window), static_cast<double>(total.check_ins))},
        {"mean_minutes_late", total.check_ins > 0 ? Json(std::round(static_cast<double>(total.late_minutes) /
                                                                    static_cast<double>(total.check_ins) * 10.0) /
                                                         10.0)
                                                   : Json()}};
    out["continuity"] = {
        {"clients", clients},
        {"mean_caregivers_per_client", ratio(static_cast<double>(carer_sum), static_cast<double>(clients))},
        {"distribution", distribution_json}};
    out["travel"] = {{"travel_minutes", total.travel_minutes()},
                     {"care_minutes", total.care_minutes},
                     {"share", ratio(travel_minutes, travel_minutes + static_cast<double>(total.care_minutes))}};
    out["cost"] = {{"pay_cents", total.pay_cents},
                   {"care_hours", std::round(care_hours * 100.0) / 100.0},
                   {"cents_per_care_hour",
                    care_hours > 0 ? Json(std::llround(static_cast<double>(total.pay_cents) / care_hours)) : Json()}};
    out["days"] = std::move(day_list);
    return out;
  });
}

std::string kpis_csv(const Json& kpis) {
  const auto per_care_hour = [](const Json& pay_cents, const Json& care_minutes) -> Json {
    const double minutes = care_minutes.get<double>();
    if (minutes <= 0) return nullptr;
    return std::llround(pay_cents.get<double>() * 60.0 / minutes);
  };
  std::string csv = csv_row({"day", "due", "covered", "coverage", "check_ins", "in_window", "punctuality", "done",
                             "care_minutes", "travel_minutes", "travel_share", "pay_cents", "cents_per_care_hour",
                             "mean_caregivers_per_client"});
  for (const Json& d : kpis.at("days")) {
    csv += csv_row({d.at("day"), d.at("due"), d.at("covered"), d.at("coverage"), d.at("check_ins"), d.at("in_window"),
                    d.at("punctuality"), d.at("done"), d.at("care_minutes"), d.at("travel_minutes"),
                    d.at("travel_share"), d.at("pay_cents"), per_care_hour(d.at("pay_cents"), d.at("care_minutes")),
                    nullptr});
  }
  const Json& coverage = kpis.at("coverage");
  const Json& punctuality = kpis.at("punctuality");
  const Json& travel = kpis.at("travel");
  const Json& cost = kpis.at("cost");
  csv += csv_row({"total", coverage.at("due"), coverage.at("covered"), coverage.at("rate"), punctuality.at("check_ins"),
                  punctuality.at("in_window"), punctuality.at("rate"), nullptr, travel.at("care_minutes"),
                  travel.at("travel_minutes"), travel.at("share"), cost.at("pay_cents"),
                  cost.at("cents_per_care_hour"), kpis.at("continuity").at("mean_caregivers_per_client")});
  return csv;
}

}  // namespace carecrowd::services
