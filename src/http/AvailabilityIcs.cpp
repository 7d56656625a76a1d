#include "http/AvailabilityIcs.h"

#include <algorithm>
#include <array>
#include <ctime>
#include <memory>
#include <string>
#include <tuple>

#include <libical/ical.h>

namespace carecrowd::http {
namespace {

// A calendar of a year of weekly events is some tens of kilobytes; this leaves room for a busy one.
constexpr std::size_t kMaxIcsBytes = 512 * 1024;

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimezone* platform_zone() {
  // The platform keeps Dutch wall-clock time; libical knows the zone from the system's tzdata.
  static icaltimezone* const zone = icaltimezone_get_builtin_timezone("Europe/Amsterdam");
  return zone;
}

LocalMinute wall_minute(const icaltimetype& t) {
  return day_number({t.year, t.month, t.day}) * kMinutesPerDay + t.hour * 60 + t.minute;
}

// The wall-clock time at `t` of an event whose start is floating (kept as written: libical counts
// it as UTC) or has a zone (converted to the platform's).
LocalMinute wall_minute_at(time_t t, bool floating) {
  return wall_minute(icaltime_from_timet_with_zone(t, 0, floating ? icaltimezone_get_utc_timezone() : platform_zone()));
}

bool is_floating(const icaltimetype& t) { return !t.is_date && t.zone == nullptr && !icaltime_is_utc(t); }

// Adds [start, end) as one-off entries, split at midnight, for the days today .. last.
void add_days(services::Availability& out, LocalMinute start, LocalMinute end, DayNumber today, DayNumber last,
              bool available) {
  while (start < end) {
    const DayNumber day = start / kMinutesPerDay;
    const LocalMinute day_end = (day + 1) * kMinutesPerDay;
    const LocalMinute stop = std::min(end, day_end);
    if (day >= today && day <= last) {
      out.one_off.push_back({day, static_cast<int>(start - day * kMinutesPerDay), static_cast<int>(stop - day * kMinutesPerDay),
                             available});
    }
    start = stop;
  }
}

// Adds a weekly span starting on `weekday` at `from` (minutes of the day) and lasting `minutes`,
// split at midnight onto the next weekday.
void add_weekly(services::Availability& out, int weekday, int from, int minutes) {
  while (minutes > 0) {
    const int to = std::min(kMinutesPerDay, from + minutes);
    out.recurring.push_back({weekday, from, to});
    minutes -= to - from;
    from = 0;
    weekday = (weekday + 1) % 7;
  }
}

// ISO weekday (0 = Monday) of libical's (1 = Sunday .. 7 = Saturday).
int iso_weekday(icalrecurrencetype_weekday day) { return (static_cast<int>(day) + 5) % 7; }

// A rule that repeats every day or every week without end: weekly entries say it whole.
bool repeats_weekly_for_ever(const icalrecurrencetype& rule) {
  if (rule.count != 0 || !icaltime_is_null_time(rule.until) || rule.interval > 1) return false;
  if (rule.freq != ICAL_WEEKLY_RECURRENCE && rule.freq != ICAL_DAILY_RECURRENCE) return false;
  // Only plain weekday lists: BYMONTH, BYSETPOS and the like narrow it to fewer weeks.
  return rule.by_month[0] == ICAL_RECURRENCE_ARRAY_MAX && rule.by_set_pos[0] == ICAL_RECURRENCE_ARRAY_MAX &&
         rule.by_month_day[0] == ICAL_RECURRENCE_ARRAY_MAX && rule.by_hour[0] == ICAL_RECURRENCE_ARRAY_MAX;
}

struct Occurrences {
  services::Availability* out;
  DayNumber today, last;
  bool floating;
  LocalMinute all_day_minutes;  // an all-day event's length (libical's span of one ends a day late)
  bool any = false;
};

// Whole days from one date to another (DATE values).
LocalMinute days_between(const icaltimetype& from, const icaltimetype& to) {
  return (day_number({to.year, to.month, to.day}) - day_number({from.year, from.month, from.day})) * kMinutesPerDay;
}

void add_occurrence(icalcomponent*, struct icaltime_span* span, void* data) {
  auto& o = *static_cast<Occurrences*>(data);
  LocalMinute start = 0, end = 0;
  if (o.all_day_minutes > 0) {
    // An all-day event's span starts at midnight of its date, counted as UTC.
    start = wall_minute_at(span->start, true);
    end = start + o.all_day_minutes;
  } else {
    start = wall_minute_at(span->start, o.floating);
    end = wall_minute_at(span->end, o.floating);
  }
  const std::size_t before = o.out->one_off.size();
  add_days(*o.out, start, end, o.today, o.last, true);
  o.any = o.any || o.out->one_off.size() > before;
}

template <class Entry, class Key>
void sort_unique(std::vector<Entry>& entries, Key key) {
  std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) { return key(a) < key(b); });
  entries.erase(std::unique(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) { return key(a) == key(b); }),
                entries.end());
}

}  // namespace

Result<ImportedAvailability> availability_from_ics(std::string_view ics, DayNumber today, int horizon_days) {
  if (ics.size() > kMaxIcsBytes) return bad_input("ics", "", "is larger than 512 kB");
  const std::string text(ics);
  Component root(icalparser_parse_string(text.c_str()));
  if (!root) return bad_input("ics", "", "is not an iCalendar file (BEGIN:VCALENDAR ... END:VCALENDAR)");
  icalcomponent* calendar = root.get();
  const DayNumber last = today + horizon_days - 1;
  ImportedAvailability out;
  auto events = [&](auto each) {
    if (icalcomponent_isa(calendar) == ICAL_VEVENT_COMPONENT) {
      each(calendar);
      return;
    }
    for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e != nullptr;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
      each(e);
    }
  };
  events([&](icalcomponent* event) {
    ++out.events;
    if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED) {
      ++out.skipped;
      return;
    }
    const icaltimetype start = icalcomponent_get_dtstart(event);
    icaltimetype end = icalcomponent_get_dtend(event);
    if (icaltime_is_null_time(start) || !icaltime_is_valid_time(start)) {
      ++out.skipped;
      return;
    }
    if (icaltime_is_null_time(end) && start.is_date) {  // an all-day event without an end is one day
      end = start;
      icaltime_adjust(&end, 1, 0, 0, 0);
    }
    const bool floating = is_floating(start);
    if (icaltime_is_null_time(end) || icaltime_compare(end, start) <= 0) {
      ++out.skipped;
      return;
    }
    icalproperty* rule_property = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    if (rule_property != nullptr) {
      const icalrecurrencetype rule = icalproperty_get_rrule(rule_property);
      if (repeats_weekly_for_ever(rule)) {
        // The span as it falls on the first occurrence, in wall-clock time.
        const icaltime_span span = icaltime_span_new(start, end, 1);
        const LocalMinute from = start.is_date ? wall_minute_at(span.start, true) : wall_minute_at(span.start, floating);
        const LocalMinute to = start.is_date ? from + days_between(start, end) : wall_minute_at(span.end, floating);
        const int minutes = static_cast<int>(std::min<LocalMinute>(to - from, 7 * kMinutesPerDay));
        const int from_minute = static_cast<int>(from % kMinutesPerDay);
        std::array<bool, 7> days{};
        for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
          days[static_cast<std::size_t>(iso_weekday(icalrecurrencetype_day_day_of_week(rule.by_day[i])))] = true;
        }
        if (std::none_of(days.begin(), days.end(), [](bool d) { return d; })) {
          if (rule.freq == ICAL_DAILY_RECURRENCE) days.fill(true);
          else days[static_cast<std::size_t>(weekday(from / kMinutesPerDay))] = true;
        }
        for (int d = 0; d < 7; ++d) {
          if (days[static_cast<std::size_t>(d)]) add_weekly(out.availability, d, from_minute, minutes);
        }
        // An occurrence taken out of the rule (EXDATE) is a day off within the period.
        for (icalproperty* x = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); x != nullptr;
             x = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
          icaltimetype off = icalproperty_get_exdate(x);
          if (off.zone == nullptr && !icaltime_is_utc(off) && !off.is_date) off.zone = start.zone;
          const icaltime_span off_span = icaltime_span_new(off, off, 1);
          const LocalMinute off_start =
              off.is_date ? wall_minute_at(off_span.start, true) + from_minute
                          : wall_minute_at(off_span.start, floating && !icaltime_is_utc(off));
          add_days(out.availability, off_start, off_start + minutes, today, last, false);
        }
        return;
      }
    }
    Occurrences found{&out.availability, today, last, floating, start.is_date ? days_between(start, end) : 0};
    // A day's margin each side: floating times are counted as UTC, zoned ones are up to 14 hours off.
    const icaltimetype from =
        icaltime_from_timet_with_zone(static_cast<time_t>((today - 1) * 86400), 0, icaltimezone_get_utc_timezone());
    const icaltimetype until =
        icaltime_from_timet_with_zone(static_cast<time_t>((last + 2) * 86400), 0, icaltimezone_get_utc_timezone());
    icalcomponent_foreach_recurrence(event, from, until, add_occurrence, &found);
    if (!found.any) ++out.skipped;
  });
  if (out.events == 0) return bad_input("ics", "", "holds no events (VEVENT)");
  sort_unique(out.availability.recurring, [](const market::RecurringAvailability& r) {
    return std::make_tuple(r.weekday, r.from, r.to);
  });
  sort_unique(out.availability.one_off, [](const market::OneOffAvailability& o) {
    return std::make_tuple(o.day, o.from, o.to, o.available);
  });
  return out;
}

}  // namespace carecrowd::http
