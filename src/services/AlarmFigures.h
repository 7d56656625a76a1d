// AlarmFigures: an organisation's alarm key figures (issue 11, item 9), counted from what the alarms
// stored: their rows and their timelines (records/AlarmRecord.h, records/AlarmTimeline.h). Nothing
// here decides what an alarm may do; it reads the steps the state machine (services/AlarmDispatch.h,
// dispatch/AlarmTimer.h) took. Only aggregates leave services/Kpis.h: no client or caregiver is named.
//
// Definitions, per alarm, counted on the day it was received (its created_at); times are whole
// minutes on the platform's clock from its receipt:
//  - received, by kind;
//  - resolved: it stands resolved; resolved remotely: resolved, and no caregiver ever accepted it
//    (a remote check, or the coordinator after an escalation, closed it);
//  - first contact: the first step after its triage (the `triaged` step and the step that followed
//    it in the same transaction) that a person took: a caregiver accepting it, or care staff
//    resolving or dispatching it. A decline, the platform's timer and the sender are not contact;
//  - acceptance: the first step to `accepted`; arrival: the first step to `on_site`;
//  - escalated to the coordinator: any step to escalation `coordinator`; advised 112: any step to
//    `advise_112`.
// Each of the three times is given as percentiles (nearest rank: the least minutes within which at
// least p% of the alarms that reached the step did) and as the share of those alarms within 15, 30,
// 45 and 60 minutes. Alarms that never reached the step are not in its times (they are in the
// counts above).
//
// Thread safety: value types and pure functions; alarm_figures_in runs in the caller's transaction.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "domain/Alarm.h"
#include "domain/CivilTime.h"
#include "records/AlarmRecord.h"
#include "records/AlarmTimeline.h"
#include "store/Database.h"

namespace carecrowd::services {

// The limits the shares are counted for, after the social-alarm norms (on site within 45 and 60).
inline constexpr std::array<int, 4> kAlarmResponseLimits{15, 30, 45, 60};
// The percentiles shown.
inline constexpr std::array<int, 3> kAlarmPercentiles{50, 90, 95};

// The minutes to one step, one entry per alarm that reached it.
class ResponseTimes {
 public:
  void add(std::int64_t minutes) { minutes_.push_back(minutes); }
  ResponseTimes& operator+=(const ResponseTimes& other);

  [[nodiscard]] std::int64_t count() const { return static_cast<std::int64_t>(minutes_.size()); }
  // The nearest-rank percentile, 0 < p <= 100; nullopt over no alarm.
  [[nodiscard]] std::optional<std::int64_t> percentile(int p) const;
  // How many took at most `limit` minutes.
  [[nodiscard]] std::int64_t within(std::int64_t limit) const;

 private:
  std::vector<std::int64_t> minutes_;
};

struct AlarmFigures {
  std::int64_t received = 0;
  std::array<std::int64_t, domain::kAlarmKinds> by_kind{};  // indexed by domain::AlarmKind
  std::int64_t resolved = 0;
  std::int64_t resolved_remotely = 0;
  std::int64_t escalated_to_coordinator = 0;
  std::int64_t advised_112 = 0;
  ResponseTimes first_contact, acceptance, arrival;

  AlarmFigures& operator+=(const AlarmFigures& other);
};

// One alarm's share of the figures, from its row and its timeline (oldest step first).
AlarmFigures figures_of_alarm(const records::AlarmRecord& alarm, const std::vector<records::AlarmStep>& timeline);

// The figures of the organisation's alarms received on the days [first, last], by the day received
// (days without alarms are absent).
std::map<DayNumber, AlarmFigures> alarm_figures_in(store::Transaction& tx, std::int64_t organisation_id,
                                                   DayNumber first, DayNumber last);

}  // namespace carecrowd::services
