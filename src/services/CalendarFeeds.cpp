#include "services/CalendarFeeds.h"

#include <algorithm>
#include <ctime>

#include "records/CalendarLinkRecord.h"
#include "records/TaskRecord.h"
#include "services/Accounts.h"
#include "services/AuditLog.h"
#include "services/Credentials.h"
#include "services/Visits.h"

namespace carecrowd::services {
namespace {

// A caregiver's calendar reaches this far back (visits done lately stay in view) and as far ahead
// as "my tasks" answers in one go.
constexpr DayNumber kCaregiverDaysBack = 7;
constexpr DayNumber kCaregiverDaysAhead = 54;

std::int64_t unix_now() { return static_cast<std::int64_t>(std::time(nullptr)); }

bool may_have_calendar(const Principal& who) {
  return is_caregiver(who) || (who.role == Role::client && who.client_id.has_value());
}

// The same for a visit whatever happens to it, and unique beyond this platform.
std::string visit_uid(std::int64_t task_id) { return "task-" + std::to_string(task_id) + "@carecrowd"; }

// A visit as an event: the same UID whatever happens to it, at `start` for its duration.
CalendarEntry visit_entry(const records::TaskRecord& t, std::int64_t sequence, LocalMinute start) {
  CalendarEntry e;
  e.uid = visit_uid(t.id);
  e.sequence = sequence;
  e.start = start;
  e.minutes = t.duration;
  return e;
}

LocalMinute start_of(const records::TaskRecord& t) { return t.planned_start.value_or(t.window_start); }

std::string window_text(const records::TaskRecord& t) {
  const auto hhmm = [](LocalMinute m) { return format_local_time(m).substr(11, 5); };
  return "Tijdvenster " + hhmm(t.window_start) + "–" + hhmm(t.window_end) + ", " + std::to_string(t.duration) + " min";
}

Calendar caregiver_calendar(const Platform& platform, const Principal& who) {
  Calendar out;
  out.name = "carecrowd: mijn bezoeken";
  const DayNumber today = platform.now() / kMinutesPerDay;
  const auto mine = my_tasks(platform, who, DaysAsked{today - kCaregiverDaysBack, today + kCaregiverDaysAhead});
  if (!mine) return out;  // a caregiver always has tasks to list; nothing else can fail here
  for (const auto& view : mine.value().items) {
    const auto& h = view.held;
    const auto& t = h.task;
    CalendarEntry e = visit_entry(t, t.version, start_of(t));
    // Inside the privacy window the client's name and address, as "my day" shows them; outside it
    // the first name and the postcode area only.
    if (view.details) {
      e.summary = t.task_type + ": " + h.client_name;
      e.location = t.digital() ? "" : h.client_address;
    } else {
      e.summary = t.task_type + ": " + first_name(h.client_name) + " (" + t.area + ")";
      e.location = t.digital() ? "" : t.area;
    }
    e.description = window_text(t) + (t.digital() ? ", digitaal contact" : "") + ". " + h.organisation + ".";
    out.entries.push_back(std::move(e));
  }
  // Visits that left them: cancelled, with what the calendar knew of them, and never the client.
  platform.db().read([&](store::Transaction& tx) {
    const LocalMinute from = (today - kCaregiverDaysBack) * kMinutesPerDay;
    const LocalMinute until = (today + kCaregiverDaysAhead + 1) * kMinutesPerDay;
    for (const auto& left : records::tasks_left(tx, *who.caregiver_id, from, until)) {
      CalendarEntry e = visit_entry(left.task, left.version, left.task.window_start);
      e.summary = left.task.task_type + " (niet meer van jou)";
      e.description = "Dit bezoek staat niet meer op jouw naam.";
      e.cancelled = true;
      out.entries.push_back(std::move(e));
    }
  });
  return out;
}

Calendar family_calendar(const Platform& platform, const Principal& who) {
  Calendar out;
  out.name = "carecrowd: wie komt er";
  const auto visits = my_visits(platform, who);
  if (!visits) return out;
  for (const auto& v : visits.value()) {
    const auto& t = v.task;
    CalendarEntry e = visit_entry(t, t.version, start_of(t));
    e.summary = t.task_type + ": " + (v.caregiver_first_name ? *v.caregiver_first_name : "we zoeken nog iemand");
    e.description = window_text(t) + ".";
    out.entries.push_back(std::move(e));
  }
  return out;
}

}  // namespace

Result<CalendarLink> make_calendar_link(const Platform& platform, const Principal& who) {
  if (!may_have_calendar(who)) return forbidden("only caregivers, clients and their family have a calendar feed");
  CalendarLink link{new_token()};
  platform.db().write([&](store::Transaction& tx) {
    records::replace_calendar_link(tx, who.user_id, token_digest(link.token), unix_now());
    record_audit(tx, who, {"calendar.link", who.client_id, who.organisation_id, "success", "new calendar link"});
  });
  return link;
}

Result<Done> revoke_calendar_link(const Platform& platform, const Principal& who) {
  if (!may_have_calendar(who)) return forbidden("only caregivers, clients and their family have a calendar feed");
  platform.db().write([&](store::Transaction& tx) {
    const auto revoked = records::revoke_calendar_links(tx, who.user_id, unix_now());
    record_audit(tx, who, {"calendar.revoke", who.client_id, who.organisation_id, "success",
                           std::to_string(revoked) + " calendar links revoked"});
  });
  return Done{};
}

Result<Calendar> calendar_of_link(const Platform& platform, std::string_view token) {
  const auto user = platform.db().read(
      [&](store::Transaction& tx) { return records::calendar_link_user(tx, token_digest(token)); });
  if (!user) return not_found("token", "", "no such calendar link (it may have been revoked)");
  const Principal who = principal_of(*user, "calendar");
  if (is_caregiver(who)) return caregiver_calendar(platform, who);
  if (may_have_calendar(who)) return family_calendar(platform, who);
  return not_found("token", "", "no such calendar link");
}

}  // namespace carecrowd::services
