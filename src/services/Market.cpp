#include "services/Market.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

#include "market/Availability.h"
#include "market/CertificateProspects.h"
#include "market/Eligibility.h"
#include "market/FeedRanking.h"
#include "market/PrivacyWindow.h"
#include "market/Roster.h"
#include "records/CaregiverRecord.h"
#include "records/CertificateRecord.h"
#include "records/TaskDetails.h"
#include "records/TaskRecord.h"
#include "services/AuditLog.h"
#include "services/Caregivers.h"
#include "services/Claims.h"
#include "services/Care.h"
#include "services/Input.h"
#include "services/PlannedStarts.h"
#include "services/TaskEvents.h"

namespace carecrowd::services {
namespace {

// A caregiver may check in this long before a task's window opens (arriving early is common).
constexpr LocalMinute kCheckInEarlyMinutes = 60;
// Clients a caregiver cared for in this past count as "continuity" in the feed.
constexpr LocalMinute kContinuityLookbackMinutes = 90 * kMinutesPerDay;
// The feed ranks at most this many open tasks per request: the earliest that pass the database's
// filters. A week of a 2,000-client region holds thousands a well-qualified caregiver could do;
// judging each against their day costs microseconds, and the feed must stay well under a
// millisecond. Later days are reached with `from`.
constexpr std::int64_t kMaxFeedCandidates = 150;
// Slack for clocks that differ a little between a phone and the server.
constexpr LocalMinute kClockSlackMinutes = 1;
// Metres per degree of latitude on the sphere the travel model uses, a little less so that the
// bounding box is never too small.
constexpr double kMetresPerDegree = 111'000.0;

std::string first_name(const std::string& name) { return name.substr(0, name.find(' ')); }

struct DayRange {
  DayNumber first = 0;
  DayNumber last = 0;
};

Result<DayRange> read_range(const Json& query, DayNumber today, DayNumber default_days, DayNumber max_days) {
  auto from = query_date(query, "from");
  if (!from) return from.error();
  auto to = query_date(query, "to");
  if (!to) return to.error();
  DayRange range;
  range.first = from.value().value_or(today);
  range.last = to.value().value_or(range.first + default_days - 1);
  if (range.last < range.first) return bad_input("to", "", "is before from");
  if (range.last - range.first >= max_days) {
    return bad_input("to", "", "the range spans at most " + std::to_string(max_days) + " days");
  }
  return range;
}

using records::TaskRecord;

using records::ShownTask;

Json window_json(LocalMinute start, LocalMinute end) {
  return {{"start", format_local_time(start)}, {"end", format_local_time(end)}};
}

// When a task of the feed may start: inside an availability interval (it must also end inside it,
// which the rules check exactly), after `earliest` and before `latest`. Intervals less than an hour
// apart are read as one range, so that a split day costs one query.
std::vector<market::Interval> start_ranges(const std::vector<market::Interval>& intervals, LocalMinute earliest,
                                           LocalMinute latest) {
  constexpr LocalMinute kJoinGap = 60;
  std::vector<market::Interval> ranges;
  for (const auto& i : intervals) {
    const market::Interval r{std::max(i.start, earliest), std::min(i.end, latest)};
    if (r.start > r.end) continue;
    if (!ranges.empty() && r.start - ranges.back().end < kJoinGap) {
      ranges.back().end = r.end;
    } else {
      ranges.push_back(r);
    }
  }
  return ranges;
}

// The level of task a caregiver may do: volunteers do no professional care, whatever level they state.
int level_of(const market::CaregiverProfile& caregiver) {
  return caregiver.kind == market::CaregiverKind::volunteer ? 0 : caregiver.level;
}

// Latitude and longitude bounds (min lat, max lat, min lon, max lon) of a box holding every place
// within `radius` metres of `home`, for the database to filter on before distances are computed.
std::array<double, 4> bounding_box(domain::Point home, double radius) {
  const double dlat = radius / kMetresPerDegree;
  const double dlon = dlat / std::max(0.1, std::cos(home.y * 3.14159265358979323846 / 180.0));
  return {home.y - dlat, home.y + dlat, home.x - dlon, home.x + dlon};
}

// The open tasks a caregiver could see: their organisations (by their id), level, and a box around
// home for visits at the client's; the caller sets when they start.
records::OpenTaskArea caregiver_area(const market::CaregiverProfile& caregiver, double radius) {
  records::OpenTaskArea area;
  area.caregiver_id = caregiver.id;
  area.max_level = level_of(caregiver);
  const auto box = bounding_box(caregiver.home, radius);
  area.min_lat = box[0];
  area.max_lat = box[1];
  area.min_lon = box[2];
  area.max_lon = box[3];
  return area;
}

struct FeedItem {
  TaskRecord task;
  std::optional<std::int64_t> distance_metres;
  int extra_travel_minutes = 0;
  bool continuity = false;
};

// A task as a caregiver's feed shows it (and the live event of an urgent task that fits them):
// what, when, roughly where, the pay and the fit; never who the client is or their address.
Json feed_item_json(const FeedItem& item, const ShownTask& more) {
  const TaskRecord& t = item.task;
  return {{"id", t.id},
          {"type", more.type},
          {"mode", t.mode},
          {"window", window_json(t.window_start, t.window_end)},
          {"duration_minutes", t.duration},
          {"pay_cents", t.pay_cents},
          {"area", more.area},
          {"distance_metres", item.distance_metres ? Json(*item.distance_metres) : Json()},
          {"extra_travel_minutes", item.extra_travel_minutes},
          {"urgent", t.urgent},
          {"continuity", item.continuity},
          {"double_staffed", more.staff > 1},
          {"organisation", {{"id", more.organisation_id}, {"name", more.organisation}}}};
}

// The feed's distance to a visit at the client's home: nullopt for a digital visit, the task
// outside the feed's radius answers `outside`; rounded to 100 m, since exact distances from a few
// homes could give a client's address away.
struct FeedDistance {
  std::optional<std::int64_t> metres;
  bool outside = false;
};
FeedDistance feed_distance(const market::CaregiverProfile& caregiver, const TaskRecord& t, double radius) {
  if (t.digital()) return {};
  const double metres = market::TravelTimes::straight_metres(caregiver.home, domain::Point{t.lon, t.lat});
  if (metres > radius) return {std::nullopt, true};
  return {std::llround(metres / 100.0) * 100, false};
}

// Clients the caregiver serves: cared for lately or holding a visit with (the issue's "clients
// they already serve"); a future claim counts, as the client will see this face.
std::set<std::int64_t> familiar_clients(store::Transaction& tx, std::int64_t caregiver_id, LocalMinute now) {
  return records::clients_cared_for(tx, caregiver_id, now - kContinuityLookbackMinutes);
}

// The JSON of a task its holder sees; the client's details only when `details` is set.
Json held_task_json(const records::HeldTask& held, const Settings& settings, bool details) {
  const TaskRecord& t = held.task;
  const auto privacy = market::privacy_window(t.window_start, t.window_end, t.duration, settings.privacy_margin_minutes);
  Json out = {{"id", t.id},
              {"day", format_date(t.day)},
              {"window", window_json(t.window_start, t.window_end)},
              {"duration_minutes", t.duration},
              {"type", t.task_type},
              {"mode", t.mode},
              {"pay_cents", t.pay_cents},
              {"area", t.area},
              {"status", std::string(domain::to_string(t.status))},
              {"urgent", t.urgent},
              {"double_staffed", held.staff > 1},
              {"check_in", t.check_in ? Json(format_local_time(*t.check_in)) : Json()},
              {"check_out", t.check_out ? Json(format_local_time(*t.check_out)) : Json()},
              {"details_visible_from", format_local_time(privacy.from)},
              {"details_visible_until", format_local_time(privacy.until)},
              // Until when the caregiver may give it back themselves (later only via the coordinator).
              {"release_until", format_local_time(t.window_start - settings.release_notice_minutes)},
              {"organisation", {{"id", t.organisation_id}, {"name", held.organisation}}}};
  if (details) {
    out["client"] = {{"name", held.client_name}, {"address", held.client_address}, {"postcode", held.client_postcode},
                     {"notes", held.client_notes}, {"lat", t.lat},                 {"lon", t.lon}};
  } else {
    out["client"] = nullptr;
  }
  return out;
}

// The holder's task, or 404 for anyone else (ids of other caregivers' tasks cannot be probed).
Result<TaskRecord> held_task(store::Transaction& tx, const Principal& who, std::int64_t task_id) {
  auto task = records::read_task(tx, task_id);
  if (!task || task->caregiver_id != who.caregiver_id) {
    return not_found("task_id", std::to_string(task_id), "no such task of yours");
  }
  return std::move(*task);
}

Result<Json> held_task_result(store::Transaction& tx, const Platform& platform, std::int64_t task_id) {
  return held_task_json(*records::read_held_task(tx, task_id), platform.settings(), false);
}

// The optional "at" of a check-in or check-out, default now; never in the future.
Result<LocalMinute> read_moment(const Json& body, LocalMinute now) {
  if (body.is_null()) return now;
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"at"});
  LocalMinute at = now;
  if (const Json* v = JsonInput::find(body, "at")) at = read_local_time(in, *v, Where{"at", ""});
  if (!in.ok()) return in.error();
  if (at > now + kClockSlackMinutes) return bad_input("at", "", "cannot be in the future");
  return at;
}

}  // namespace

Result<Json> task_feed(const Platform& platform, const Principal& who, const Json& query) {
  if (!is_caregiver(who)) return forbidden("only a caregiver has a task feed");
  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  auto range = read_range(query, today, 7, 31);
  if (!range) return range.error();
  auto page = read_page(query, 50);
  if (!page) return page.error();
  const DayRange days = range.value();
  const auto& settings = platform.settings();
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    Json out = {{"from", format_date(days.first)}, {"to", format_date(days.last)}, {"items", Json::array()}, {"total", 0}};
    auto facts = load_caregiver_facts(tx, *who.caregiver_id);
    if (!facts) return not_found("caregiver_id", std::to_string(*who.caregiver_id), "no such caregiver");
    const auto& caregiver = facts->profile;
    const market::AvailabilityCalendar calendar(facts->recurring, facts->one_off, days.first, days.last);
    // Nothing to offer someone who works for no organisation or has not said when they can work.
    if (caregiver.organisations.empty() || calendar.empty()) return out;

    const double radius = settings.feed_radius_metres;
    // One query per range of availability, earliest first, until the feed has enough candidates:
    // each jumps to its range in the index instead of filtering a week of tasks.
    records::FeedSearch search;
    search.area = caregiver_area(caregiver, radius);
    for (const auto& c : caregiver.certificates) {
      if (!market::certificate_valid(c, days.first)) continue;
      if (!search.held_certificates.empty()) search.held_certificates += ',';
      search.held_certificates += c.code;
    }
    std::vector<TaskRecord> candidates;
    for (const auto& r : start_ranges(calendar.intervals(), now + 1, (days.last + 1) * kMinutesPerDay - 1)) {
      search.area.start_from = r.start;
      search.area.start_until = r.end;
      search.limit = kMaxFeedCandidates - static_cast<std::int64_t>(candidates.size());
      auto found = records::open_tasks_for_feed(tx, search);
      candidates.insert(candidates.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
      if (static_cast<std::int64_t>(candidates.size()) >= kMaxFeedCandidates) break;
    }
    if (candidates.empty()) return out;

    const market::Roster roster = load_roster(tx, caregiver, days.first, days.last);
    const std::set<std::int64_t> familiar = familiar_clients(tx, caregiver.id, now);

    std::vector<FeedItem> items;
    std::vector<market::FeedEntry> entries;
    // A double-staffed visit is offered once (its lowest open slot): the slots are interchangeable.
    std::map<std::pair<std::int64_t, DayNumber>, std::size_t> offered;
    for (auto& t : candidates) {
      const auto visit = std::make_pair(t.care_task_id, t.day);
      if (auto seen = offered.find(visit); seen != offered.end()) {
        auto& first = items[seen->second].task;
        if (t.slot < first.slot) {
          first.id = t.id;
          first.slot = t.slot;
          entries[seen->second].task_id = t.id;
        }
        continue;
      }
      const FeedDistance distance = feed_distance(caregiver, t, radius);
      if (distance.outside) continue;
      market::Fit fit;
      if (market::why_not_admitted({caregiver, calendar, roster}, task_on_offer(t), now, &fit)) continue;
      const int extra = static_cast<int>((fit.extra_travel.get() + 59) / 60);
      const bool continuity = familiar.count(t.client_id) > 0;
      offered.emplace(visit, items.size());
      entries.push_back({t.id, t.window_start, extra, continuity, t.pay_cents});
      items.push_back({std::move(t), distance.metres, extra, continuity});
    }
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return market::ranks_before(entries[a], entries[b]); });

    const auto skip = static_cast<std::size_t>(std::min<std::int64_t>(page.value().after, static_cast<std::int64_t>(order.size())));
    const auto end = std::min(order.size(), skip + static_cast<std::size_t>(page.value().limit));
    std::vector<std::int64_t> page_ids;
    for (std::size_t k = skip; k < end; ++k) page_ids.push_back(items[order[k]].task.id);
    const auto shown = records::shown_tasks(tx, page_ids);
    Json& list = out["items"];
    for (std::size_t k = skip; k < end; ++k) {
      const FeedItem& item = items[order[k]];
      const auto found = shown.find(item.task.id);
      list.push_back(feed_item_json(item, found == shown.end() ? ShownTask{} : found->second));
    }
    out["total"] = items.size();
    if (end < order.size()) out["next_after"] = end;
    return out;
  });
}

std::vector<FeedOffer> feed_offers_for_task(store::Transaction& tx, const Platform& platform, std::int64_t task_id,
                                            std::int64_t except_caregiver, std::int64_t limit) {
  const LocalMinute now = platform.now();
  const double radius = platform.settings().feed_radius_metres;
  const auto task = records::read_task(tx, task_id);
  // Only an open task that has not started is in anyone's feed.
  if (!task || task->status != domain::TaskStatus::open || task->window_start <= now) return {};
  const TaskRecord& t = *task;
  const market::TaskOnOffer offer = task_on_offer(t);
  records::CaregiverSearch search;
  search.organisation_id = t.organisation_id;
  search.level = t.level;
  search.day = t.day;
  search.except_caregiver = except_caregiver;
  if (!t.digital()) {
    // Home within the radius of the task is the task within the radius of home: the feed's box.
    const auto box = bounding_box(domain::Point{t.lon, t.lat}, radius);
    search.home_within = records::CaregiverSearch::Box{box[0], box[1], box[2], box[3], t.lat, t.lon};
  }
  const auto shown = records::shown_tasks(tx, {t.id});
  const ShownTask more = shown.count(t.id) ? shown.at(t.id) : ShownTask{};
  std::vector<FeedOffer> offers;
  for (const std::int64_t caregiver_id : records::caregivers_to_judge(tx, search, limit)) {
    const auto facts = load_caregiver_facts(tx, caregiver_id);
    if (!facts) continue;
    const FeedDistance distance = feed_distance(facts->profile, t, radius);
    if (distance.outside) continue;
    const market::AvailabilityCalendar calendar(facts->recurring, facts->one_off, t.day, t.day);
    const market::Roster roster = load_roster(tx, facts->profile, t.day, t.day);
    market::Fit fit;
    if (market::why_not_admitted({facts->profile, calendar, roster}, offer, now, &fit)) continue;
    const int extra = static_cast<int>((fit.extra_travel.get() + 59) / 60);
    const bool continuity = familiar_clients(tx, caregiver_id, now).count(t.client_id) > 0;
    offers.push_back({caregiver_id, feed_item_json({t, distance.metres, extra, continuity}, more)});
  }
  return offers;
}

Result<Json> certificate_prospects(const Platform& platform, const Principal& who) {
  if (!is_caregiver(who)) return forbidden("only a caregiver has certificates to get");
  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  const auto& settings = platform.settings();
  // Every day the feed can show open tasks for: tasks exist up to the horizon.
  const DayNumber last = today + settings.horizon_days - 1;
  const double radius = settings.feed_radius_metres;
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    auto facts = load_caregiver_facts(tx, *who.caregiver_id);
    if (!facts) return not_found("caregiver_id", std::to_string(*who.caregiver_id), "no such caregiver");
    const auto& caregiver = facts->profile;
    std::vector<market::ProspectTask> tasks;
    if (!caregiver.organisations.empty()) {
      // The feed's filters but certificates and time: open, not started, in their organisations, at
      // their level, near home (or digital); only tasks that need some certificate matter here.
      records::OpenTaskArea area = caregiver_area(caregiver, radius);
      area.start_from = now + 1;
      area.start_until = (last + 1) * kMinutesPerDay - 1;
      // A double-staffed visit counts once, as the feed offers it once: one caregiver does one slot.
      std::set<std::pair<std::int64_t, DayNumber>> visits;
      for (const auto& t : records::open_tasks_asking_certificates(tx, area)) {
        if (feed_distance(caregiver, t, radius).outside) continue;
        if (!visits.emplace(t.care_task_id, t.day).second) continue;
        tasks.push_back({t.day, market::split_certificates(t.certificates), static_cast<int>(t.duration), t.pay_cents});
      }
    }
    const auto days = static_cast<double>(last - today + 1);
    const auto tenths = [](double v) { return std::round(v * 10) / 10; };
    Json items = Json::array();
    for (const auto& p : market::certificate_prospects(records::certificate_codes(tx), caregiver.certificates, today, tasks)) {
      // What they have of it now: nothing, a paper not yet verified, or a verified one that expired.
      const auto held = std::find_if(caregiver.certificates.begin(), caregiver.certificates.end(),
                                     [&](const auto& c) { return c.code == p.code; });
      const char* state = held == caregiver.certificates.end() ? "none" : !held->verified ? "unverified" : "expired";
      const double hours = static_cast<double>(p.minutes) / 60;
      items.push_back({{"code", p.code},
                       {"held", state},
                       {"tasks", p.tasks},
                       {"minutes", p.minutes},
                       {"hours", tenths(hours)},
                       {"pay_cents", p.pay_cents},
                       {"per_week",
                        {{"tasks", tenths(p.tasks * 7 / days)},
                         {"hours", tenths(hours * 7 / days)},
                         {"pay_cents", std::llround(static_cast<double>(p.pay_cents) * 7 / days)}}}});
    }
    return Json{{"from", format_date(today)},
                {"to", format_date(last)},
                {"days", last - today + 1},
                {"radius_metres", settings.feed_radius_metres},
                {"items", items}};
  });
}

Result<Json> claim_task(const Platform& platform, const Principal& who, std::int64_t task_id) {
  if (!is_caregiver(who)) return forbidden("only a caregiver claims tasks");
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto claimed = claim_in(tx, {*who.caregiver_id, task_id, std::nullopt}, now);
    if (!claimed) return claimed.error();
    const TaskRecord& t = claimed.value().task;
    record_audit(tx, who, {"task.claim", t.client_id, t.organisation_id, "success", "task " + std::to_string(task_id)});
    publish_board_change(tx, platform, task_id, BoardChange::claimed);
    return held_task_result(tx, platform, task_id);
  });
}

Result<Json> release_task(const Platform& platform, const Principal& who, std::int64_t task_id) {
  if (!is_caregiver(who)) return forbidden("only a caregiver releases their tasks");
  const LocalMinute now = platform.now();
  const auto notice = platform.settings().release_notice_minutes;
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto held = held_task(tx, who, task_id);
    if (!held) return held.error();
    const auto& h = held.value();
    const std::string id = std::to_string(task_id);
    if (h.status != domain::TaskStatus::claimed) {
      return conflict("task_id", id, "only a claimed task can be released; it is " + std::string(domain::to_string(h.status)));
    }
    if (h.check_in) return conflict("task_id", id, "you have checked in; ask your coordinator");
    if (now > h.window_start - notice) {
      return conflict("task_id", id,
                      "tasks can be released until " + market::describe_minutes(notice) + " before their window (" +
                          format_local_time(h.window_start) + "); ask your coordinator");
    }
    // Conditional, like the claim: a coordinator may have reopened the task since it was read.
    if (!records::release_claimed_task(tx, task_id, *who.caregiver_id)) {
      return conflict("task_id", id, "the task changed meanwhile; reload it");
    }
    // Back in the market as urgent: the caregivers it now fits hear of it (not the one who gave it back).
    const auto urgent = find_urgent_task_notice(tx, platform, task_id, *who.caregiver_id);
    record_audit(tx, who, {"task.release", h.client_id, h.organisation_id, "success", "task " + id});
    publish_board_change(tx, platform, task_id, BoardChange::released);
    publish_urgent_task(tx, platform, urgent);
    return Json{{"id", task_id}, {"status", "open"}, {"urgent", true}};
  });
}

Result<Json> check_in(const Platform& platform, const Principal& who, std::int64_t task_id, const Json& body) {
  if (!is_caregiver(who)) return forbidden("only a caregiver checks in");
  const LocalMinute now = platform.now();
  auto at = read_moment(body, now);
  if (!at) return at.error();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto held = held_task(tx, who, task_id);
    if (!held) return held.error();
    const auto& h = held.value();
    const std::string id = std::to_string(task_id);
    if (h.status != domain::TaskStatus::claimed) return conflict("task_id", id, "the task is " + std::string(domain::to_string(h.status)));
    if (h.check_in) return conflict("task_id", id, "already checked in at " + format_local_time(*h.check_in));
    if (at.value() < h.window_start - kCheckInEarlyMinutes) {
      return conflict("at", id, "check-in opens " + market::describe_minutes(kCheckInEarlyMinutes) + " before the window (" +
                                    format_local_time(h.window_start) + ")");
    }
    if (!records::check_in_task(tx, task_id, *who.caregiver_id, at.value())) {
      return conflict("task_id", id, "the task changed meanwhile; reload it");
    }
    record_audit(tx, who, {"task.check_in", h.client_id, h.organisation_id, "success", "task " + id});
    publish_board_change(tx, platform, task_id, BoardChange::checked_in);
    return held_task_result(tx, platform, task_id);
  });
}

Result<Json> check_out(const Platform& platform, const Principal& who, std::int64_t task_id, const Json& body) {
  if (!is_caregiver(who)) return forbidden("only a caregiver checks out");
  const LocalMinute now = platform.now();
  auto at = read_moment(body, now);
  if (!at) return at.error();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto held = held_task(tx, who, task_id);
    if (!held) return held.error();
    const auto& h = held.value();
    const std::string id = std::to_string(task_id);
    if (h.status != domain::TaskStatus::claimed) return conflict("task_id", id, "the task is " + std::string(domain::to_string(h.status)));
    if (!h.check_in) return conflict("task_id", id, "check in first");
    if (at.value() < *h.check_in) {
      return conflict("at", id, "is before the check-in at " + format_local_time(*h.check_in));
    }
    if (!records::check_out_task(tx, task_id, *who.caregiver_id, at.value())) {
      return conflict("task_id", id, "the task changed meanwhile; reload it");
    }
    record_audit(tx, who, {"task.check_out", h.client_id, h.organisation_id, "success", "task " + id});
    publish_board_change(tx, platform, task_id, BoardChange::done);
    return held_task_result(tx, platform, task_id);
  });
}

Result<Json> my_tasks(const Platform& platform, const Principal& who, const Json& query) {
  if (!is_caregiver(who)) return forbidden("only a caregiver has tasks");
  const LocalMinute now = platform.now();
  auto range = read_range(query, now / kMinutesPerDay, 14, 63);
  if (!range) return range.error();
  const auto& settings = platform.settings();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    // The whole day of every organisation they work for: these are all their claimed and done tasks.
    const auto starts = planned_starts(tx, {*who.caregiver_id}, range.value().first, range.value().last);
    Json items = Json::array();
    for (const auto& held : records::held_tasks_on_days(tx, *who.caregiver_id, range.value().first, range.value().last)) {
      const TaskRecord& t = held.task;
      const bool details =
          market::privacy_window(t.window_start, t.window_end, t.duration, settings.privacy_margin_minutes).contains(now);
      // Each view of a client's details is logged in this transaction, before the response is sent.
      if (details) {
        record_audit(tx, who, {"client.read", t.client_id, t.organisation_id, "success", "task " + std::to_string(t.id)});
      }
      Json item = held_task_json(held, settings, details);
      set_planned_start(item, t.id, starts);
      items.push_back(std::move(item));
    }
    return Json{{"from", format_date(range.value().first)}, {"to", format_date(range.value().last)}, {"items", items}};
  });
}

Result<Json> my_visits(const Platform& platform, const Principal& who) {
  if (who.role != Role::client || !who.client_id) return forbidden("only a client or family account has visits");
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    Json items = Json::array();
    for (const auto& visit : records::client_visits(tx, *who.client_id, now, now + 14 * kMinutesPerDay)) {
      const TaskRecord& t = visit.task;
      const bool coming = t.status != domain::TaskStatus::open && visit.caregiver_name;
      items.push_back({{"id", t.id},
                       {"window", window_json(t.window_start, t.window_end)},
                       {"duration_minutes", t.duration},
                       {"type", t.task_type},
                       {"mode", t.mode},
                       {"digital", t.digital()},
                       {"status", std::string(domain::to_string(t.status))},
                       {"double_staffed", visit.staff > 1},
                       {"caregiver", coming ? Json(first_name(*visit.caregiver_name)) : Json()}});
    }
    record_audit(tx, who, {"client.visits_read", who.client_id, who.organisation_id, "success",
                           std::to_string(items.size()) + " visits"});
    return Json{{"items", items}};
  });
}

}  // namespace carecrowd::services
