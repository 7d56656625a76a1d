#include "demo/DemoAlarms.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "services/AlarmDispatch.h"
#include "services/Alarms.h"
#include "services/Monitoring.h"

namespace carecrowd::demo {
namespace {

using domain::AlarmKind;
using domain::AlarmPriority;
using domain::AlarmStatus;
using services::Principal;

// One client in four has a monitoring device, at most this many (the benchmark region seeds fast).
constexpr int kMonitoredEvery = 4;
constexpr std::int64_t kMaxDevices = 120;

enum class Outcome { remote, on_site, unanswered };

struct PastAlarm {
  int days_ago;
  LocalMinute at;  // minute of that day
  std::size_t organisation;
  AlarmKind kind;
  AlarmPriority priority;
  Outcome outcome;
  const char* note;  // how it was resolved
};

// The last two days' alarms: about half not real (resolved remotely), some answered on site, and one
// nobody answered.
const std::array<PastAlarm, 6> kPastAlarms{{
    {2, 10 * 60 + 12, 0, AlarmKind::button, AlarmPriority::medium, Outcome::remote, "Pressed by accident, she is fine"},
    {2, 10 * 60 + 40, 0, AlarmKind::fall, AlarmPriority::high, Outcome::on_site, "Helped up, no injury; GP informed"},
    {1, 9 * 60 + 5, 0, AlarmKind::vital_out_of_range, AlarmPriority::medium, Outcome::on_site,
     "Blood pressure measured again, GP called"},
    {1, 11 * 60 + 30, 0, AlarmKind::no_activity, AlarmPriority::low, Outcome::remote, "He was in the garden"},
    {1, 14 * 60 + 20, 1, AlarmKind::button, AlarmPriority::high, Outcome::remote,
     "Wanted to know when the nurse comes"},
    {1, 20 * 60 + 10, 0, AlarmKind::fall, AlarmPriority::high, Outcome::unanswered,
     "Ambulance took her to the hospital"},
}};

struct Device {
  domain::DeviceKind kind;
  const char* label;
};
const std::array<Device, 6> kDevices{{
    {domain::DeviceKind::alarm_button, "pendant alarm button"},
    {domain::DeviceKind::fall_detector, "fall detector, worn on the wrist"},
    {domain::DeviceKind::activity_sensor, "movement sensor, living room"},
    {domain::DeviceKind::vital_sign_meter, "blood pressure meter"},
    {domain::DeviceKind::bed_sensor, "bed sensor"},
    {domain::DeviceKind::door_sensor, "front door sensor"},
}};

// The platform as it was at `t`: each step of the demo's history happens at its own moment.
services::Platform at(const services::Platform& platform, LocalMinute t) {
  return services::Platform(platform.db(), platform.settings(), [t] { return t; });
}

struct Monitored {
  std::int64_t client_id = 0;
  std::int64_t device_id = 0;
  std::size_t organisation = 0;
};

class AlarmHistory {
 public:
  AlarmHistory(const services::Platform& platform, const DemoAlarmCast& cast) : platform_(platform), cast_(cast) {}

  // Raises an alarm from `device` at `t`; its id, or nullopt when refused.
  std::optional<services::AlarmView> raise(const Monitored& device, AlarmKind kind, AlarmPriority priority, LocalMinute t) {
    services::AlarmInput input;
    input.device_id = device.device_id;
    input.kind = kind;
    input.priority = priority;
    input.observed_at = t;
    if (kind == AlarmKind::vital_out_of_range) input.observations = {{"systolic_mmhg", 186}};
    if (kind == AlarmKind::fall) input.observations = {{"impact_g", 2.9}};
    input.source_id = "demo-" + std::to_string(++sent_);
    auto received = services::raise_alarm(at(platform_, t), staff(device), input);
    if (!received) return std::nullopt;
    return received.value().view;
  }

  void play(const PastAlarm& past, const Monitored& device, DayNumber today) {
    LocalMinute moment = (today - past.days_ago) * kMinutesPerDay + past.at;
    auto view = raise(device, past.kind, past.priority, moment);
    if (!view) return;
    const std::int64_t id = view->alarm.id;
    const Principal& coordinator = staff(device);
    if (past.outcome == Outcome::remote) {
      resolve(coordinator, id, moment + 3, past.note);
      return;
    }
    if (past.outcome == Outcome::unanswered) {
      // Nobody answers: the timers take it to the coordinator and then to 112 advice.
      for (int minute = 1; minute <= 12; ++minute) services::sweep_alarms(at(platform_, moment + minute));
      resolve(coordinator, id, moment + 14, past.note);
      return;
    }
    if (view->alarm.status == AlarmStatus::remote_check) {
      moment += 4;
      auto dispatched =
          services::dispatch_alarm(at(platform_, moment), coordinator, id, services::AlarmNote{"No answer on the phone"});
      if (!dispatched) return;
      view = dispatched.value();
    }
    const auto offer = std::find_if(view->offers.begin(), view->offers.end(),
                                    [](const auto& o) { return o.status == domain::OfferStatus::offered; });
    const auto responder = offer == view->offers.end() ? cast_.caregivers.end() : cast_.caregivers.find(offer->caregiver_id);
    moment += 2;
    if (responder == cast_.caregivers.end() || !services::accept_alarm(at(platform_, moment), responder->second, id)) {
      // Nobody on duty to send: the coordinator found another way.
      resolve(coordinator, id, moment + 3, "Her neighbour went round and helped");
      return;
    }
    moment += std::max(1, offer->predicted_minutes);
    if (!services::report_arrival(at(platform_, moment), responder->second, id)) return;
    resolve(responder->second, id, moment + 25, past.note);
  }

  std::int64_t sent() const { return sent_; }

 private:
  const Principal& staff(const Monitored& device) const { return cast_.coordinators[device.organisation]; }

  void resolve(const Principal& who, std::int64_t id, LocalMinute t, const char* note) {
    (void)services::resolve_alarm(at(platform_, t), who, id, services::AlarmNote{note});
  }

  const services::Platform& platform_;
  const DemoAlarmCast& cast_;
  std::int64_t sent_ = 0;
};

}  // namespace

DemoAlarmsSeeded seed_demo_alarms(const services::Platform& platform, const DemoAlarmCast& cast, LocalMinute set_up_at) {
  DemoAlarmsSeeded out;
  const auto then = at(platform, set_up_at);
  std::vector<Monitored> monitored;
  for (std::size_t i = 0; i < cast.clients.size() && out.devices < kMaxDevices; i += kMonitoredEvery) {
    const auto [client_id, organisation] = cast.clients[i];
    const auto o = static_cast<std::size_t>(organisation);
    const Device& d = kDevices[monitored.size() % kDevices.size()];
    const auto device = services::register_device(then, cast.coordinators[o], client_id, services::DeviceInput{d.kind, d.label});
    if (!device) continue;
    const std::string code = std::to_string(1000 + (client_id * 7919) % 9000);
    (void)services::set_access_instructions(then, cast.coordinators[o], client_id,
                                            services::AccessInstructions{"Sleutelkluis links van de voordeur, code " + code});
    monitored.push_back({client_id, device.value().id, o});
    ++out.devices;
  }

  AlarmHistory history(platform, cast);
  const DayNumber today = platform.now() / kMinutesPerDay;
  // The n-th alarm of an organisation comes from its n-th monitored client.
  std::array<std::size_t, 2> next{};
  const auto device_of = [&](std::size_t organisation) -> const Monitored* {
    std::size_t seen = 0;
    for (const auto& m : monitored) {
      if (m.organisation != organisation) continue;
      if (seen++ == next[organisation]) {
        ++next[organisation];
        return &m;
      }
    }
    return nullptr;
  };
  for (const auto& past : kPastAlarms) {
    if (const Monitored* device = device_of(past.organisation)) history.play(past, *device, today);
  }
  // And one that came in just now.
  if (const Monitored* device = device_of(0)) history.raise(*device, AlarmKind::fall, AlarmPriority::high, platform.now());
  out.alarms = history.sent();
  return out;
}

}  // namespace carecrowd::demo
