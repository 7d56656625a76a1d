#include "dispatch/AlarmOutcome.h"

#include <array>

namespace carecrowd::dispatch {
namespace {

constexpr std::array<std::string_view, 5> kNames{"false-alarm", "resolved-remotely", "needs-visit", "resolved-on-site",
                                                 "referred"};

}  // namespace

std::string_view to_string(AlarmOutcome outcome) { return kNames[static_cast<std::size_t>(outcome)]; }

std::optional<AlarmOutcome> parse_alarm_outcome(std::string_view text) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == text) return static_cast<AlarmOutcome>(i);
  }
  return std::nullopt;
}

bool fits(AlarmOutcome outcome, domain::AlarmStatus status) {
  using domain::AlarmStatus;
  switch (status) {
    case AlarmStatus::remote_check:
      return outcome == AlarmOutcome::false_alarm || outcome == AlarmOutcome::resolved_remotely ||
             outcome == AlarmOutcome::needs_visit;
    case AlarmStatus::accepted:
    case AlarmStatus::on_site:
      return outcome == AlarmOutcome::false_alarm || outcome == AlarmOutcome::resolved_on_site ||
             outcome == AlarmOutcome::referred;
    case AlarmStatus::escalated:
    case AlarmStatus::informal_contacts:
    case AlarmStatus::dispatching:
      return outcome != AlarmOutcome::needs_visit;
    case AlarmStatus::created:
    case AlarmStatus::triaged:
    case AlarmStatus::resolved:
      return false;
  }
  return false;
}

std::string outcomes_fitting(domain::AlarmStatus status) {
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < kNames.size(); ++i) count += fits(static_cast<AlarmOutcome>(i), status) ? 1 : 0;
  std::size_t written = 0;
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (!fits(static_cast<AlarmOutcome>(i), status)) continue;
    if (written > 0) out += written + 1 == count ? " or " : ", ";
    out += kNames[i];
    ++written;
  }
  return out;
}

}  // namespace carecrowd::dispatch
