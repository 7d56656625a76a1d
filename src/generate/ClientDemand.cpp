#include "generate/ClientDemand.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <string>

#include "generate/CareCertificates.h"

namespace carecrowd::generate {
namespace {

using domain::Link;
using domain::TimeWindow;
using domain::Visit;

enum class Moment : std::uint8_t {
  morning_care, med_morning, nursing, household, lunch, med_noon, video_call, evening, med_evening, late,
};

struct Pattern {
  int weight;  // clients in a hundred
  int count;
  std::array<Moment, 4> moments;
};

using enum Moment;
// Care patterns of a Dutch district-nursing caseload: many clients get only morning care or
// household help; a few need care four times a day. About two visits per client.
constexpr std::array<Pattern, 10> patterns{{
    {10, 1, {household}},
    {20, 1, {morning_care}},
    {10, 1, {nursing}},
    {15, 2, {morning_care, evening}},
    {10, 2, {morning_care, late}},
    {3, 2, {morning_care, household}},
    {14, 3, {morning_care, lunch, evening}},
    {10, 4, {morning_care, lunch, evening, late}},
    {4, 3, {med_morning, med_noon, med_evening}},
    {4, 2, {med_morning, med_evening}},
}};
static_assert([] {
  int total = 0;
  for (const Pattern& p : patterns) total += p.weight;
  return total == 100;
}(), "pattern weights are clients in a hundred");

// Moments that move a client who may need a hoist: out of bed, in the evening, into bed.
constexpr bool is_transfer(Moment m) { return m == morning_care || m == evening || m == late; }

// Of the clients with a morning medication round, this share get a check an hour or two later.
constexpr double check_chance = 0.15;
constexpr int check_min_gap = 60, check_max_gap = 120;  // minutes

// Pattern averages over all clients: visits, transfers, whether a fourth moment still fits, and
// morning medication rounds.
struct PatternMeans {
  double visits = 0, transfers = 0, room = 0, med_mornings = 0;
};

constexpr PatternMeans pattern_means() {
  PatternMeans m;
  double total = 0;
  for (const Pattern& p : patterns) {
    total += p.weight;
    m.visits += p.weight * p.count;
    if (p.count < 4) m.room += p.weight;
    for (int i = 0; i < p.count; ++i) {
      if (is_transfer(p.moments[static_cast<std::size_t>(i)])) m.transfers += p.weight;
      if (p.moments[static_cast<std::size_t>(i)] == med_morning) m.med_mornings += p.weight;
    }
  }
  m.visits /= total;
  m.transfers /= total;
  m.room /= total;
  m.med_mornings /= total;
  return m;
}
constexpr PatternMeans means = pattern_means();

std::string_view name(Moment m) {
  switch (m) {
    case morning_care: return "morning";
    case med_morning: return "medication-am";
    case nursing: return "nursing";
    case household: return "household";
    case lunch: return "lunch";
    case med_noon: return "medication-noon";
    case video_call: return "video";
    case evening: return "evening";
    case med_evening: return "medication-pm";
    case late: return "late";
  }
  return "visit";
}

// Per-client chances that give the requested shares of all visits (see expected_visits_per_client).
struct ClientChances {
  double video = 0;
  double hoist = 0;
};

ClientChances chances(const DemandMix& mix) {
  const double per_client = expected_visits_per_client(mix);
  return {std::min(1.0, mix.digital_share * per_client / means.room),
          std::min(1.0, mix.double_staffed_share * per_client / means.transfers)};
}

class ClientMaker {
 public:
  ClientMaker(const domain::Scale& scale, Sampler& sampler)
      : ticks_per_minute_(scale.time_ticks_per_unit), sampler_(sampler) {}

  // A visit for moment `m`: its window, duration, level, certificates and soft due time.
  Visit visit(Moment m, const std::string& client, int location) {
    Visit v;
    v.id = client + "-" + std::string(name(m));
    v.client = client;
    v.location = location;
    int duration = 20;
    switch (m) {
      case morning_care:
        // Washing and dressing: the longest and most common visit, before the day starts.
        v.level = 1 + sampler_.weighted({5, 65, 30});
        duration = sampler_.one_of({15, 20, 25, 25, 30, 30, 35, 40, 45, 60});
        window(v, 7 * 60, 10 * 60, sampler_.one_of({30, 45, 60, 60, 90, 120}));
        if (sampler_.chance(0.05)) {
          const auto c = sampler_.one_of({catheter, wound_care, medication});
          v.certificates.insert(c);
          v.level = std::max(v.level, c == medication ? 2 : 3);
        }
        // Some clients must be ready early, for day care or a taxi: late is allowed, but costs.
        if (sampler_.chance(0.05) && width(v) >= 60) v.due = v.windows[0].open + minutes(30);
        break;
      case med_morning:
      case med_noon:
      case med_evening: {
        v.level = 2 + sampler_.weighted({60, 40});
        v.certificates.insert(medication);
        duration = sampler_.one_of({10, 10, 15});
        const int w = sampler_.one_of({30, 45, 60});
        if (m == med_morning) window(v, 7 * 60 + 30, 9 * 60 + 30, w);
        else if (m == med_noon) window(v, 12 * 60, 13 * 60 + 30, w);
        else window(v, 17 * 60, 18 * 60 + 30, w);
        // Medication works best on time; the window is what is still acceptable.
        v.due = v.windows[0].open + minutes(15);
        break;
      }
      case nursing: {
        v.level = 3 + sampler_.weighted({55, 45});
        const auto c = static_cast<Certificate>(sampler_.weighted({35, 20, 10, 35}));  // injection..wound_care
        v.certificates.insert(c);
        const bool morning = sampler_.chance(0.7);
        const int lo = morning ? 7 * 60 + 30 : 17 * 60, hi = morning ? 11 * 60 : 20 * 60;
        if (c == injection) {
          // Insulin before a meal: narrow, and lateness weighs double.
          duration = sampler_.one_of({10, 15});
          window(v, lo, hi, sampler_.one_of({30, 45, 60}));
          v.due = v.windows[0].open + minutes(15);
          v.lateness_weight = 2;
        } else {
          duration = c == wound_care ? sampler_.one_of({20, 30, 40}) : c == catheter ? sampler_.one_of({15, 20, 30})
                                                                                     : sampler_.one_of({30, 45});
          window(v, lo, hi, sampler_.one_of({30, 45, 60, 60, 90}));
        }
        break;
      }
      case household:
        // Household help needs no qualification, so volunteers may do it, and it may wait a day.
        v.level = 0;
        v.must_plan = false;
        duration = sampler_.one_of({45, 60, 60});
        if (sampler_.chance(0.6)) window(v, 9 * 60, 12 * 60, sampler_.one_of({90, 120}));
        else window(v, 13 * 60, 15 * 60 + 30, sampler_.one_of({90, 120}));
        break;
      case lunch:
        v.level = 1 + sampler_.weighted({40, 60});
        duration = sampler_.one_of({15, 20, 25, 30});
        window(v, 11 * 60 + 30, 13 * 60 + 30, sampler_.one_of({30, 60, 60, 90, 120}));
        break;
      case video_call:
        // Blended care: a check-in by video instead of a trip; no location, so no travel.
        v.mode = domain::VisitMode::digital;
        v.location = -1;
        v.level = 2 + sampler_.weighted({70, 30});
        duration = sampler_.one_of({10, 15});
        if (sampler_.chance(0.5)) window(v, 9 * 60 + 30, 12 * 60, sampler_.one_of({30, 60}));
        else window(v, 16 * 60 + 30, 19 * 60 + 30, sampler_.one_of({30, 60}));
        break;
      case evening:
        v.level = 2 + sampler_.weighted({70, 30});
        duration = sampler_.one_of({15, 20, 20, 25, 30, 30});
        window(v, 17 * 60, 20 * 60, sampler_.one_of({30, 60, 60, 90, 120}));
        break;
      case late:
        v.level = 2 + sampler_.weighted({70, 30});
        duration = sampler_.one_of({15, 20, 25, 30});
        window(v, 21 * 60, 23 * 60, sampler_.one_of({30, 60, 60, 90, 120}));
        break;
    }
    v.duration = minutes(duration);
    return v;
  }

  // The hoist partner: the same moment, a second pair of hands; the assistant needs no
  // certificate and at most level 2.
  static Visit partner(const Visit& base) {
    Visit v = base;
    v.id = base.id + "-hoist";
    v.level = std::min(base.level, 2);
    v.certificates = domain::CertificateSet();
    v.due.reset();
    v.lateness_weight = 1;
    return v;
  }

  // Did the medication work, was it taken? A short check 60-120 minutes after the round, by video
  // half of the time.
  Visit check(const Visit& first) {
    Visit v;
    v.id = first.client + "-check";
    v.client = first.client;
    v.level = 2;
    v.duration = minutes(sampler_.one_of({10, 15}));
    v.windows = {{first.windows[0].open + minutes(check_min_gap), first.windows[0].close + minutes(check_max_gap)}};
    v.location = first.location;
    if (sampler_.chance(0.5)) {
      v.mode = domain::VisitMode::digital;
      v.location = -1;
    }
    return v;
  }

  [[nodiscard]] Duration minutes(std::int64_t m) const { return Duration(m * ticks_per_minute_); }

 private:
  // A window of `w` minutes inside [lo, hi], opening on a quarter hour. REQUIRES: w <= hi - lo.
  void window(Visit& v, int lo, int hi, int w) {
    assert(w <= hi - lo);
    const int open = lo + 15 * sampler_.below((hi - lo - w) / 15 + 1);
    v.windows = {TimeWindow{minutes(open), minutes(open + w)}};
  }
  [[nodiscard]] std::int64_t width(const Visit& v) const {
    return (v.windows[0].close - v.windows[0].open).get() / ticks_per_minute_;
  }

  std::int64_t ticks_per_minute_;
  Sampler& sampler_;
};

}  // namespace

double expected_visits_per_client(const DemandMix& mix) {
  // Video calls and hoist partners are chosen per client so that they come out as shares of all
  // visits; checks are a fixed chance per morning medication round.
  return (means.visits + means.med_mornings * check_chance) / (1 - mix.digital_share - mix.double_staffed_share);
}

Demand make_demand(int visits, const DemandMix& mix, const City& city, const domain::Scale& scale,
                   std::vector<domain::Point>& points, Sampler& sampler) {
  assert(visits >= 0);
  assert(mix.digital_share >= 0 && mix.digital_share <= 0.2);
  assert(mix.double_staffed_share >= 0 && mix.double_staffed_share <= 0.2);
  Demand demand;
  demand.visits.reserve(static_cast<std::size_t>(visits));
  ClientMaker maker(scale, sampler);
  const ClientChances chance = chances(mix);

  auto room = [&] { return static_cast<int>(demand.visits.size()) < visits; };
  while (room()) {
    const std::string client = "c" + std::to_string(demand.clients.size());
    ClientVisits span;
    span.first = static_cast<int>(demand.visits.size());
    // Most clients live in a neighbourhood cluster; some anywhere.
    const Place home = sampler.chance(0.8) ? city.near(sampler.below(city.neighbourhoods()), sampler)
                                           : city.anywhere(sampler);
    span.neighbourhood = home.neighbourhood;

    std::size_t p = 0;
    for (int r = sampler.below(100); r >= patterns[p].weight; ++p) r -= patterns[p].weight;
    const Pattern& pattern = patterns[p];
    const bool hoist = sampler.chance(chance.hoist);
    const bool checked = sampler.chance(check_chance);
    const bool has_check = checked && std::find(pattern.moments.begin(), pattern.moments.begin() + pattern.count,
                                                med_morning) != pattern.moments.begin() + pattern.count;
    // A video check-in comes on top of the pattern, but no client gets more than four moments.
    const bool video = pattern.count + (has_check ? 1 : 0) < 4 && sampler.chance(chance.video);
    // Every pattern has a physical moment, so every client has a home to visit.
    const int location = static_cast<int>(points.size());
    points.push_back(city.point(home));

    for (int i = 0; i < pattern.count && room(); ++i) {
      const Moment m = pattern.moments[static_cast<std::size_t>(i)];
      demand.visits.push_back(maker.visit(m, client, location));
      const int base = static_cast<int>(demand.visits.size()) - 1;
      if (hoist && is_transfer(m) && room()) {
        demand.visits.push_back(ClientMaker::partner(demand.visits.back()));
        demand.links.push_back(Link{Link::Kind::synchronised, base, base + 1, Duration(0), Duration(0), true});
      }
      if (has_check && m == med_morning && room()) {
        Visit check = maker.check(demand.visits[static_cast<std::size_t>(base)]);
        demand.visits.push_back(std::move(check));
        demand.links.push_back(Link{Link::Kind::precedence, base, static_cast<int>(demand.visits.size()) - 1,
                                    maker.minutes(check_min_gap), maker.minutes(check_max_gap), false});
      }
    }
    if (video && room()) demand.visits.push_back(maker.visit(video_call, client, -1));
    span.end = static_cast<int>(demand.visits.size());
    demand.clients.push_back(span);
  }
  return demand;
}

}  // namespace carecrowd::generate
