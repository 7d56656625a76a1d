#include "services/Feed.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

#include "market/Availability.h"
#include "market/CertificateProspects.h"
#include "market/Eligibility.h"
#include "market/FeedRanking.h"
#include "market/Roster.h"
#include "market/TravelTimes.h"
#include "records/CaregiverRecord.h"
#include "records/CertificateRecord.h"
#include "services/Caregivers.h"
#include "services/Claims.h"

namespace carecrowd::services {
namespace {

// Clients a caregiver cared for in this past count as "continuity" in the feed.
constexpr LocalMinute kContinuityLookbackMinutes = 90 * kMinutesPerDay;
// The feed ranks at most this many open tasks per request: the earliest that pass the database's
// filters. A week of a 2,000-client region holds thousands a well-qualified caregiver could do;
// judging each against their day costs microseconds, and the feed must stay well under a
// millisecond. Later days are reached with `from`.
constexpr std::int64_t kMaxFeedCandidates = 150;

using records::ShownTask;
using records::TaskRecord;

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

// The open tasks a caregiver could see: their organisations (by their id), level, and a box around
// home for visits at the client's; the caller sets when they start.
records::OpenTaskArea caregiver_area(const market::CaregiverProfile& caregiver, double radius) {
  records::OpenTaskArea area;
  area.caregiver_id = caregiver.id;
  area.max_level = level_of(caregiver);
  const auto box = market::TravelTimes::box_around(caregiver.home, radius);
  area.min_lat = box[0];
  area.max_lat = box[1];
  area.min_lon = box[2];
  area.max_lon = box[3];
  return area;
}

// The feed's distance to a visit at the client's home: nullopt for a digital visit, the task
// outside the feed's radius answers `outside`; as people are shown distances (TravelTimes.h).
struct FeedDistance {
  std::optional<std::int64_t> metres;
  bool outside = false;
};
FeedDistance feed_distance(const market::CaregiverProfile& caregiver, const TaskRecord& t, double radius) {
  if (t.digital()) return {};
  const double metres = market::TravelTimes::straight_metres(caregiver.home, domain::Point{t.lon, t.lat});
  if (metres > radius) return {std::nullopt, true};
  return {market::TravelTimes::shown_metres(metres), false};
}

// Clients the caregiver serves: cared for lately or holding a visit with (the issue's "clients
// they already serve"); a future claim counts, as the client will see this face.
void read_familiar_clients(store::QueryBatch& batch, std::set<std::int64_t>& out, std::int64_t caregiver_id,
                           LocalMinute now) {
  records::clients_cared_for(batch, out, caregiver_id, now - kContinuityLookbackMinutes);
}

}  // namespace

Result<Feed> task_feed(const Platform& platform, const Principal& who, const Result<FeedQuery>& query) {
  if (!is_caregiver(who)) return forbidden("only a caregiver has a task feed");
  if (!query) return query.error();
  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  auto range = day_range(query.value().days, today, 7, 31);
  if (!range) return range.error();
  const DayRange days = range.value();
  const auto& settings = platform.settings();
  return platform.db().read([&](store::Transaction& tx) -> Result<Feed> {
    Feed out;
    out.days = days;
    // The caregiver, their days and the clients they serve in one round trip: only the rare
    // caregiver without work or availability needs none but the first.
    store::QueryBatch batch;
    std::optional<records::CaregiverFactsRecord> record;
    records::HeldDays held;
    std::set<std::int64_t> familiar;
    records::read_caregiver_facts(batch, record, *who.caregiver_id);
    read_roster(batch, held, *who.caregiver_id, days.first, days.last);
    read_familiar_clients(batch, familiar, *who.caregiver_id, now);
    batch.run(tx);
    if (!record) return not_found("caregiver_id", std::to_string(*who.caregiver_id), "no such caregiver");
    const CaregiverFacts facts = caregiver_facts_of(*record);
    const auto& caregiver = facts.profile;
    const market::AvailabilityCalendar calendar(facts.recurring, facts.one_off, days.first, days.last);
    // Nothing to offer someone who works for no organisation or has not said when they can work.
    if (caregiver.organisations.empty() || calendar.empty()) return out;

    const double radius = settings.feed_radius_metres;
    // One question per range of availability, earliest first, until the feed has enough candidates:
    // each jumps to its range in the index instead of filtering a week of tasks (all asked at once
    // on PostgreSQL).
    records::FeedSearch search;
    search.area = caregiver_area(caregiver, radius);
    search.organisation_ids = caregiver.organisations;
    for (const auto& c : caregiver.certificates) {
      if (!market::certificate_valid(c, days.first)) continue;
      if (!search.held_certificates.empty()) search.held_certificates += ',';
      search.held_certificates += c.code;
    }
    for (const auto& r : start_ranges(calendar.intervals(), now + 1, (days.last + 1) * kMinutesPerDay - 1)) {
      search.starts.push_back({r.start, r.end});
    }
    search.limit = kMaxFeedCandidates;
    std::vector<TaskRecord> candidates = records::open_tasks_for_feed(tx, search);
    if (candidates.empty()) return out;

    const market::Roster roster = roster_of(held, caregiver);

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
      items.push_back({std::move(t), ShownTask{}, distance.metres, extra, continuity});
    }
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return market::ranks_before(entries[a], entries[b]); });

    const auto skip =
        static_cast<std::size_t>(std::min<std::int64_t>(query.value().after, static_cast<std::int64_t>(order.size())));
    const auto end = std::min(order.size(), skip + static_cast<std::size_t>(query.value().limit));
    std::vector<std::int64_t> page_ids;
    for (std::size_t k = skip; k < end; ++k) page_ids.push_back(items[order[k]].task.id);
    const auto shown = records::shown_tasks(tx, page_ids);
    for (std::size_t k = skip; k < end; ++k) {
      FeedItem& item = items[order[k]];
      if (const auto found = shown.find(item.task.id); found != shown.end()) item.shown = found->second;
      out.items.push_back(std::move(item));
    }
    out.total = static_cast<std::int64_t>(items.size());
    if (end < order.size()) out.next_after = static_cast<std::int64_t>(end);
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
    const auto box = market::TravelTimes::box_around(domain::Point{t.lon, t.lat}, radius);
    search.home_within = records::CaregiverSearch::Box{box[0], box[1], box[2], box[3], t.lat, t.lon};
  }
  const auto shown = records::shown_tasks(tx, {t.id});
  const ShownTask more = shown.count(t.id) ? shown.at(t.id) : ShownTask{};
  std::vector<FeedOffer> offers;
  for (const std::int64_t caregiver_id : records::caregivers_to_judge(tx, search, limit)) {
    // Each caregiver in one round trip.
    store::QueryBatch batch;
    std::optional<records::CaregiverFactsRecord> record;
    records::HeldDays held;
    std::set<std::int64_t> familiar;
    records::read_caregiver_facts(batch, record, caregiver_id);
    read_roster(batch, held, caregiver_id, t.day, t.day);
    read_familiar_clients(batch, familiar, caregiver_id, now);
    batch.run(tx);
    if (!record) continue;
    const CaregiverFacts facts = caregiver_facts_of(*record);
    const FeedDistance distance = feed_distance(facts.profile, t, radius);
    if (distance.outside) continue;
    const market::AvailabilityCalendar calendar(facts.recurring, facts.one_off, t.day, t.day);
    const market::Roster roster = roster_of(held, facts.profile);
    market::Fit fit;
    if (market::why_not_admitted({facts.profile, calendar, roster}, offer, now, &fit)) continue;
    const int extra = static_cast<int>((fit.extra_travel.get() + 59) / 60);
    const bool continuity = familiar.count(t.client_id) > 0;
    offers.push_back({caregiver_id, FeedItem{t, more, distance.metres, extra, continuity}});
  }
  return offers;
}

Result<CertificateProspects> certificate_prospects(const Platform& platform, const Principal& who) {
  if (!is_caregiver(who)) return forbidden("only a caregiver has certificates to get");
  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  const auto& settings = platform.settings();
  // Every day the feed can show open tasks for: tasks exist up to the horizon.
  const DayNumber last = today + settings.horizon_days - 1;
  const double radius = settings.feed_radius_metres;
  return platform.db().read([&](store::Transaction& tx) -> Result<CertificateProspects> {
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
    CertificateProspects out;
    out.days = {today, last};
    out.radius_metres = settings.feed_radius_metres;
    const auto days = static_cast<double>(last - today + 1);
    for (const auto& p : market::certificate_prospects(records::certificate_codes(tx), caregiver.certificates, today, tasks)) {
      // What they have of it now: nothing, a paper not yet verified, or a verified one that expired.
      const auto held = std::find_if(caregiver.certificates.begin(), caregiver.certificates.end(),
                                     [&](const auto& c) { return c.code == p.code; });
      const HeldState state = held == caregiver.certificates.end() ? HeldState::none
                              : !held->verified                    ? HeldState::unverified
                                                                   : HeldState::expired;
      const double hours = static_cast<double>(p.minutes) / 60;
      out.items.push_back({p.code, state, p.tasks, p.minutes, p.pay_cents, p.tasks * 7 / days, hours * 7 / days,
                           std::llround(static_cast<double>(p.pay_cents) * 7 / days)});
    }
    return out;
  });
}

}  // namespace carecrowd::services
