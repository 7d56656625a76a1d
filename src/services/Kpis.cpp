#include "services/Kpis.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>

#include "domain/Travel.h"
#include "records/CaregiverHome.h"
#include "records/CaregiverKinds.h"
#include "records/TaskRecord.h"
#include "records/TaskReleaseRecord.h"

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

// The caregiver kinds, each its enum value as an index (volunteer is the last).
constexpr std::size_t kCaregiverKinds = static_cast<std::size_t>(domain::CaregiverKind::volunteer) + 1;

// One task's share of the sums (see the header); travel is added per caregiver and day.
KpiFigures task_figures(const TaskRecord& t, LocalMinute now) {
  KpiFigures f;
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
  }
  return f;
}

struct Home {
  domain::Point point;
  domain::TravelMode mode = domain::TravelMode::bike;
};

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

// The repairs of the days, as the tasks stand at `now` (see the header).
Repairs repairs_of_days(store::Transaction& tx, std::int64_t organisation, DayNumber first, DayNumber last,
                        LocalMinute now) {
  Repairs out;
  for (const auto cause : domain::kReleaseCauses) out.by_cause.push_back({cause, {}});
  out.per_day.resize(static_cast<std::size_t>(last - first + 1));
  for (const auto& r : records::release_outcomes(tx, organisation, first, last)) {
    RepairFigures f;
    f.released = 1;
    if (domain::is_held(r.status) && r.claimed_at) {
      ++(*r.claimed_at <= r.window_start ? f.retaken_in_time : f.retaken_late);
    } else if (r.status == TaskStatus::open) {
      ++(now >= r.window_start ? f.missed : f.open);
    }
    out.by_cause[static_cast<std::size_t>(r.cause)].figures += f;
    out.per_day[static_cast<std::size_t>(r.day - first)] += f;
  }
  return out;
}

}  // namespace

KpiFigures& KpiFigures::operator+=(const KpiFigures& o) {
  due += o.due;
  covered += o.covered;
  check_ins += o.check_ins;
  in_window += o.in_window;
  late_minutes += o.late_minutes;
  done += o.done;
  care_minutes += o.care_minutes;
  pay_cents += o.pay_cents;
  travel_seconds += o.travel_seconds;
  alarms += o.alarms;
  return *this;
}

RepairFigures& RepairFigures::operator+=(const RepairFigures& o) {
  released += o.released;
  retaken_in_time += o.retaken_in_time;
  retaken_late += o.retaken_late;
  missed += o.missed;
  open += o.open;
  return *this;
}

Result<Kpis> organisation_kpis(const Platform& platform, const Principal& who, const Result<DaysAsked>& asked) {
  const bool may = who.role == Role::analyst || who.role == Role::org_admin || who.role == Role::coordinator;
  if (!may || !who.organisation_id) {
    return forbidden("only an organisation's analyst, admin or coordinator may read its key figures");
  }
  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  if (!asked) return asked.error();
  DayRange asked_range;
  asked_range.last = asked.value().to.value_or(today);
  asked_range.first = asked.value().from.value_or(asked_range.last - 13);
  auto range = checked_day_range(asked_range, kKpiMaxDays);
  if (!range) return range.error();
  const DayNumber first = range.value().first;
  const DayNumber last = range.value().last;
  const std::int64_t organisation = *who.organisation_id;

  return platform.db().read([&](store::Transaction& tx) -> Result<Kpis> {
    const std::vector<TaskRecord> tasks = records::tasks_for_key_figures(tx, organisation, first, last);
    std::unordered_map<std::int64_t, Home> homes;
    for (const auto& h : records::homes_of_caregivers_done_for(tx, organisation, first, last)) {
      Home home{{h.lon, h.lat}, domain::TravelMode::bike};
      domain::parse_travel_mode(h.travel_mode, home.mode);  // an unknown mode keeps the bike, the common case
      homes[h.caregiver_id] = home;
    }

    std::unordered_map<std::int64_t, domain::CaregiverKind> kind_of;
    for (const auto& k : records::kinds_of_caregivers_holding(tx, organisation, first, last)) kind_of[k.caregiver_id] = k.kind;
    // A task's kind of holder: nullopt when nobody holds it (or, never stored, an unknown kind).
    const auto holder_kind = [&](std::optional<std::int64_t> caregiver) -> std::optional<domain::CaregiverKind> {
      if (!caregiver) return std::nullopt;
      auto found = kind_of.find(*caregiver);
      return found == kind_of.end() ? std::nullopt : std::optional(found->second);
    };

    std::map<DayNumber, KpiFigures> days;
    for (DayNumber d = first; d <= last; ++d) days[d] = KpiFigures{};
    std::array<KpiFigures, kCaregiverKinds> kinds{};
    KpiFigures nobodys;
    std::map<std::string, KpiFigures> areas;
    std::map<std::pair<std::int64_t, DayNumber>, std::vector<const TaskRecord*>> worked;  // (caregiver, day)
    std::unordered_map<std::int64_t, std::set<std::int64_t>> carers_of_client;
    for (const auto& t : tasks) {
      const KpiFigures f = task_figures(t, now);
      days[t.day] += f;
      const auto kind = holder_kind(t.caregiver_id);
      (kind ? kinds[static_cast<std::size_t>(*kind)] : nobodys) += f;
      areas[t.area] += f;
      const bool done = t.status == TaskStatus::done;
      if (done && t.caregiver_id) worked[{*t.caregiver_id, t.day}].push_back(&t);
      if (t.caregiver_id && (done || t.status == TaskStatus::claimed)) carers_of_client[t.client_id].insert(*t.caregiver_id);
    }
    for (const auto& [key, list] : worked) {
      auto home = homes.find(key.first);
      if (home == homes.end()) continue;
      const std::int64_t seconds = travel_seconds(home->second, list);
      days[key.second].travel_seconds += seconds;
      const auto kind = holder_kind(key.first);
      (kind ? kinds[static_cast<std::size_t>(*kind)] : nobodys).travel_seconds += seconds;
    }

    for (const auto& [d, figures] : alarm_figures_in(tx, organisation, first, last)) days[d].alarms += figures;

    Kpis out;
    out.organisation_id = organisation;
    out.days = range.value();
    for (const auto& [d, f] : days) {
      out.total += f;
      out.per_day.push_back({d, f});
    }
    std::map<std::size_t, std::int64_t> distribution;
    for (const auto& [client, carers] : carers_of_client) {
      ++distribution[carers.size()];
      out.client_caregivers += static_cast<std::int64_t>(carers.size());
    }
    for (const auto& [carers, clients] : distribution) {
      out.distribution.push_back({static_cast<std::int64_t>(carers), clients});
    }
    out.clients = static_cast<std::int64_t>(carers_of_client.size());
    out.repairs = repairs_of_days(tx, organisation, first, last, now);
    for (std::size_t k = 0; k < kinds.size(); ++k) {
      out.by_caregiver_kind.push_back({static_cast<domain::CaregiverKind>(k), kinds[k]});
    }
    // Tasks nobody held count only once due (an open task still ahead is no figure yet).
    if (nobodys.due > 0) out.by_caregiver_kind.push_back({std::nullopt, nobodys});
    for (auto& [area, figures] : areas) out.by_area.push_back({area, figures});
    return out;
  });
}

}  // namespace carecrowd::services
