#include "services/AlarmFigures.h"

#include <algorithm>
#include <cstddef>

#include "services/AlarmDispatch.h"

namespace carecrowd::services {
namespace {

using domain::AlarmStatus;

// Where the steps after the triage begin: past the `triaged` step and the step it led to.
std::size_t after_triage(const std::vector<records::AlarmStep>& timeline) {
  for (std::size_t i = 0; i < timeline.size(); ++i) {
    if (timeline[i].status == AlarmStatus::triaged) return std::min(i + 2, timeline.size());
  }
  return timeline.size();
}

}  // namespace

ResponseTimes& ResponseTimes::operator+=(const ResponseTimes& other) {
  minutes_.insert(minutes_.end(), other.minutes_.begin(), other.minutes_.end());
  return *this;
}

std::optional<std::int64_t> ResponseTimes::percentile(int p) const {
  if (minutes_.empty()) return std::nullopt;
  std::vector<std::int64_t> sorted = minutes_;
  std::sort(sorted.begin(), sorted.end());
  // Nearest rank: the ceil(p·n / 100)-th smallest, in whole numbers.
  const std::int64_t n = count();
  const std::int64_t rank = std::clamp<std::int64_t>((p * n + 99) / 100, 1, n);
  return sorted[static_cast<std::size_t>(rank - 1)];
}

std::int64_t ResponseTimes::within(std::int64_t limit) const {
  return std::count_if(minutes_.begin(), minutes_.end(), [&](std::int64_t m) { return m <= limit; });
}

AlarmFigures& AlarmFigures::operator+=(const AlarmFigures& o) {
  received += o.received;
  for (std::size_t k = 0; k < by_kind.size(); ++k) by_kind[k] += o.by_kind[k];
  resolved += o.resolved;
  resolved_remotely += o.resolved_remotely;
  escalated_to_coordinator += o.escalated_to_coordinator;
  advised_112 += o.advised_112;
  first_contact += o.first_contact;
  acceptance += o.acceptance;
  arrival += o.arrival;
  return *this;
}

AlarmFigures figures_of_alarm(const records::AlarmRecord& alarm, const std::vector<records::AlarmStep>& timeline) {
  AlarmFigures f;
  f.received = 1;
  ++f.by_kind[static_cast<std::size_t>(alarm.kind)];
  const auto since_receipt = [&](const records::AlarmStep& s) { return std::max<std::int64_t>(0, s.at - alarm.created_at); };
  bool accepted = false, arrived = false, contacted = false, to_coordinator = false, to_112 = false;
  const std::size_t answers_from = after_triage(timeline);
  for (std::size_t i = 0; i < timeline.size(); ++i) {
    const auto& s = timeline[i];
    const bool accepts = s.status == AlarmStatus::accepted;
    if (accepts && !accepted) {
      accepted = true;
      f.acceptance.add(since_receipt(s));
    }
    if (s.status == AlarmStatus::on_site && !arrived) {
      arrived = true;
      f.arrival.add(since_receipt(s));
    }
    if (!contacted && i >= answers_from && (accepts || acted_by_care_staff(s.actor))) {
      contacted = true;
      f.first_contact.add(since_receipt(s));
    }
    to_coordinator = to_coordinator || s.escalation == domain::Escalation::coordinator;
    to_112 = to_112 || s.escalation == domain::Escalation::advise_112;
  }
  if (alarm.status == AlarmStatus::resolved) {
    f.resolved = 1;
    f.resolved_remotely = accepted || arrived ? 0 : 1;
  }
  f.escalated_to_coordinator = to_coordinator ? 1 : 0;
  f.advised_112 = to_112 ? 1 : 0;
  return f;
}

std::map<DayNumber, AlarmFigures> alarm_figures_in(store::Transaction& tx, std::int64_t organisation_id,
                                                   DayNumber first, DayNumber last) {
  const LocalMinute from = first * kMinutesPerDay;
  const LocalMinute to = (last + 1) * kMinutesPerDay;
  std::map<std::int64_t, std::vector<records::AlarmStep>> timelines;
  for (auto& [alarm_id, step] : records::steps_of_alarms_received(tx, organisation_id, from, to)) {
    timelines[alarm_id].push_back(std::move(step));
  }
  std::map<DayNumber, AlarmFigures> out;
  for (const auto& alarm : records::alarms_received(tx, organisation_id, from, to)) {
    out[alarm.created_at / kMinutesPerDay] += figures_of_alarm(alarm, timelines[alarm.id]);
  }
  return out;
}

}  // namespace carecrowd::services
