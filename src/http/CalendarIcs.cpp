#include "http/CalendarIcs.h"

#include <cstdlib>
#include <ctime>
#include <memory>

#include <libical/ical.h>

namespace carecrowd::http {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype floating_time(LocalMinute minute) {
  const CivilDate date = civil_date(minute / kMinutesPerDay);
  const auto in_day = static_cast<int>(minute % kMinutesPerDay);
  icaltimetype t = icaltime_null_time();
  t.year = date.year;
  t.month = date.month;
  t.day = date.day;
  t.hour = in_day / 60;
  t.minute = in_day % 60;
  t.is_date = 0;
  return t;  // no zone: floating
}

void add_text(icalcomponent* event, icalproperty* property) { icalcomponent_add_property(event, property); }

}  // namespace

std::string calendar_ics(const services::Calendar& calendar, std::int64_t stamp) {
  Component ics(icalcomponent_new_vcalendar());
  icalcomponent_add_property(ics.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(ics.get(), icalproperty_new_prodid("-//carecrowd//Agenda//NL"));
  icalcomponent_add_property(ics.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(ics.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
  // The name calendar programs show for a subscribed feed (a widely read extension).
  icalproperty* name = icalproperty_new_x(calendar.name.c_str());
  icalproperty_set_x_name(name, "X-WR-CALNAME");
  icalcomponent_add_property(ics.get(), name);
  const icaltimetype dtstamp =
      icaltime_from_timet_with_zone(static_cast<time_t>(stamp), 0, icaltimezone_get_utc_timezone());
  for (const auto& e : calendar.entries) {
    icalcomponent* event = icalcomponent_new_vevent();
    add_text(event, icalproperty_new_uid(e.uid.c_str()));
    add_text(event, icalproperty_new_dtstamp(dtstamp));
    add_text(event, icalproperty_new_sequence(static_cast<int>(e.sequence)));
    add_text(event, icalproperty_new_dtstart(floating_time(e.start)));
    add_text(event, icalproperty_new_dtend(floating_time(e.start + e.minutes)));
    add_text(event, icalproperty_new_summary(e.summary.c_str()));
    if (!e.location.empty()) add_text(event, icalproperty_new_location(e.location.c_str()));
    if (!e.description.empty()) add_text(event, icalproperty_new_description(e.description.c_str()));
    add_text(event, icalproperty_new_status(e.cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_component(ics.get(), event);
  }
  char* text = icalcomponent_as_ical_string_r(ics.get());
  std::string out(text ? text : "");
  std::free(text);
  return out;
}

}  // namespace carecrowd::http
