#include <gtest/gtest.h>

#include <algorithm>

#include "market/DaySchedule.h"
#include "market/Roster.h"

namespace carecrowd::market {
namespace {

using domain::Point;
using domain::TravelMode;

const DayNumber kDay = day_number({2026, 3, 2});
const Point kHome{5.1214, 52.0907};        // Utrecht centre (lon, lat)
const Point kOudwijk{5.1370, 52.0890};     // about 1 km east
const Point kOvervecht{5.1160, 52.1160};   // about 3 km north
LocalMinute at(int hour, int minute = 0) { return kDay * kMinutesPerDay + hour * 60 + minute; }

Stop visit(LocalMinute start, LocalMinute end, int duration, std::optional<Point> where) {
  return Stop{start, end, duration, where, std::nullopt, 0};
}

TEST(DaySchedule, AnEmptyDayCostsTheWayThereAndBack) {
  TravelTimes bike(TravelMode::bike);
  DaySchedule day({}, kHome, bike);
  auto fit = day.fit(visit(at(9), at(10), 30, kOudwijk));
  ASSERT_TRUE(fit.feasible);
  EXPECT_EQ(fit.extra_travel, bike.between(kHome, kOudwijk) + bike.between(kOudwijk, kHome));
}

TEST(DaySchedule, TwoFixedVisitsAtTheSameTimeDoNotFit) {
  DaySchedule day({visit(at(9), at(9), 30, kOudwijk)}, kHome, TravelTimes(TravelMode::car));
  EXPECT_FALSE(day.fit(visit(at(9), at(9), 30, kOvervecht)).feasible);
}

TEST(DaySchedule, TravelBetweenVisitsCountsAsOverlap) {
  TravelTimes bike(TravelMode::bike);
  DaySchedule day({visit(at(9), at(9), 50, kOudwijk)}, kHome, bike);
  const auto journey = bike.between(kOudwijk, kOvervecht).get();
  ASSERT_GT(journey, 60);  // more than a minute by bike
  // Starting exactly when the first visit ends leaves no time to get there.
  EXPECT_FALSE(day.fit(visit(at(9, 50), at(9, 50), 20, kOvervecht)).feasible);
  // A window that closes after the journey does fit.
  EXPECT_TRUE(day.fit(visit(at(9, 50), at(10, 30), 20, kOvervecht)).feasible);
}

TEST(DaySchedule, AVisitAtTheSamePlaceRightAfterwardsFitsWithoutTravel) {
  TravelTimes bike(TravelMode::bike);
  DaySchedule day({visit(at(9), at(9), 30, kOudwijk)}, kHome, bike);
  auto fit = day.fit(visit(at(9, 30), at(9, 30), 30, kOudwijk));
  ASSERT_TRUE(fit.feasible);
  EXPECT_EQ(fit.extra_travel.get(), 0);
}

TEST(DaySchedule, ExtraTravelIsTheDetourBetweenTheNeighbouringVisits) {
  TravelTimes car(TravelMode::car);
  DaySchedule day({visit(at(8), at(9), 30, kOudwijk), visit(at(13), at(14), 30, kOudwijk)}, kHome, car);
  auto fit = day.fit(visit(at(10), at(11), 30, kOvervecht));
  ASSERT_TRUE(fit.feasible);
  EXPECT_EQ(fit.extra_travel, car.between(kOudwijk, kOvervecht) + car.between(kOvervecht, kOudwijk));
}

TEST(DaySchedule, ACandidateThatMakesAnotherVisitLateDoesNotFit) {
  DaySchedule day({visit(at(9), at(12), 60, kOudwijk), visit(at(10, 15), at(10, 15), 30, kOudwijk)}, kHome,
                  TravelTimes(TravelMode::walk));
  // Fits in time itself (09:00-10:00 window), but only by pushing the 10:15 visit late.
  EXPECT_FALSE(day.fit(visit(at(9), at(10), 60, kOvervecht)).feasible);
}

TEST(DaySchedule, ADigitalVisitNeedsNoTravelButStillTakesTime) {
  TravelTimes bike(TravelMode::bike);
  DaySchedule day({visit(at(9), at(9), 30, kOudwijk)}, kHome, bike);
  auto call = day.fit(visit(at(9, 30), at(9, 30), 15, std::nullopt));
  ASSERT_TRUE(call.feasible);
  EXPECT_EQ(call.extra_travel.get(), 0);
  EXPECT_FALSE(day.fit(visit(at(9, 10), at(9, 10), 15, std::nullopt)).feasible);
}

TEST(DaySchedule, AVisitWithAFixedStartStartsExactlyThenAndNothingMayPushIt) {
  TravelTimes walk(TravelMode::walk);
  // A 09:00-12:00 visit care staff fixed at 10:30: walked at 10:30, not at its window's start.
  Stop fixed = visit(at(9), at(12), 30, kOudwijk);
  fixed.fixed_start = at(10, 30);
  fixed.planned_start = at(10, 30);
  const DaySchedule day({fixed}, kHome, walk);
  EXPECT_EQ(day.start_seconds(0), at(10, 30) * 60);
  // Before it, at the same place, ending in time: fits.
  EXPECT_TRUE(day.fit(visit(at(10), at(10), 30, kOudwijk)).feasible);
  // Fits in time itself, but only by pushing the fixed visit later: its window would allow that,
  // its fixed start does not.
  EXPECT_FALSE(day.fit(visit(at(10, 15), at(10, 20), 30, kOudwijk)).feasible);
  Stop unfixed = fixed;
  unfixed.fixed_start.reset();
  EXPECT_TRUE(DaySchedule({unfixed}, kHome, walk).fit(visit(at(10, 15), at(10, 20), 30, kOudwijk)).feasible);
}

TEST(DaySchedule, ACandidateWithAFixedStartFitsOnlyAtThatStart) {
  TravelTimes walk(TravelMode::walk);
  const DaySchedule day({visit(at(9), at(9), 30, kOudwijk)}, kHome, walk);
  Stop candidate = visit(at(9), at(12), 30, kOudwijk);
  candidate.fixed_start = at(9, 10);  // during the 09:00 visit: no other place is tried
  EXPECT_FALSE(day.fit(candidate).feasible);
  candidate.fixed_start = at(11);
  const Fit fit = day.fit(candidate);
  ASSERT_TRUE(fit.feasible);
  const auto with = day.with(candidate, fit.position);
  ASSERT_EQ(with.size(), 2U);
  EXPECT_EQ(with[1].planned_start, at(11)) << "starts at its fixed minute, not when it could";
}

TEST(Roster, KnowsTheVisitsItHoldsAndTheWeeksWork) {
  Roster roster({{11, kDay, visit(at(9), at(10), 45, kOudwijk)}, {12, kDay + 6, visit(at(9), at(10), 30, kOudwijk)},
                 {13, kDay + 7, visit(at(9), at(10), 60, kOudwijk)}},
                kHome, TravelMode::bike);
  EXPECT_TRUE(roster.holds_visit(11, kDay));
  EXPECT_FALSE(roster.holds_visit(11, kDay + 1));
  EXPECT_EQ(roster.minutes_in_week(kDay + 3), 75);  // Monday and Sunday of one week
  EXPECT_EQ(roster.minutes_in_week(kDay + 7), 60);
  EXPECT_EQ(Roster::week_start(kDay + 6), kDay);
}

TEST(Roster, AVisitRunningPastMidnightClashesWithTheNextEarlyMorning) {
  Roster roster({{11, kDay, visit(at(23, 30), at(23, 30), 60, kOudwijk)}}, kHome, TravelMode::bike);
  const LocalMinute next_midnight = (kDay + 1) * kMinutesPerDay;
  EXPECT_FALSE(roster.fit(kDay + 1, visit(next_midnight + 10, next_midnight + 10, 30, kOvervecht)).feasible);
  EXPECT_TRUE(roster.fit(kDay + 1, visit(next_midnight + 120, next_midnight + 180, 30, kOvervecht)).feasible);
}

}  // namespace
}  // namespace carecrowd::market

namespace carecrowd::market {
namespace {

// The rule as the header states it, walked from scratch for every place the candidate could go:
// an independent check of DaySchedule's incremental fit.
struct Walked {
  Duration travel;
  std::vector<bool> late;
};

Walked walk(const std::vector<Stop>& order, Point home, const TravelTimes& times) {
  Walked out{Duration(0), std::vector<bool>(order.size(), false)};
  Point here = home;
  std::int64_t clock = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const Stop& s = order[i];
    const Duration leg = s.location ? times.between(here, *s.location) : Duration(0);
    const std::int64_t start = i == 0 ? s.window_start * 60 : std::max(clock + leg.get(), s.window_start * 60);
    out.late[i] = start > s.window_end * 60;
    clock = start + std::int64_t{s.duration_minutes} * 60;
    if (s.location) {
      out.travel += leg;
      here = *s.location;
    }
  }
  out.travel += times.between(here, home);
  return out;
}

// A day in the order it is walked (planned starts, else windows).
std::vector<Stop> in_walking_order(std::vector<Stop> day) {
  std::stable_sort(day.begin(), day.end(), walks_before);
  return day;
}

// Every place the candidate could go, each walked from scratch; the feasible place that adds the
// least travel (the earliest of equals).
Fit fit_from_scratch(std::vector<Stop> day, const Stop& candidate, Point home, const TravelTimes& times) {
  day = in_walking_order(day);
  const Walked base = walk(day, home, times);
  // Of places adding equal travel, the one nearest the window-order place wins.
  std::size_t natural = 0;
  while (natural < day.size() && !comes_before(candidate, day[natural])) ++natural;
  const auto distance = [natural](std::size_t at) { return at > natural ? at - natural : natural - at; };
  Fit best;
  for (std::size_t at = 0; at <= day.size(); ++at) {
    std::vector<Stop> order = day;
    order.insert(order.begin() + static_cast<std::ptrdiff_t>(at), candidate);
    const Walked with = walk(order, home, times);
    bool fits = !with.late[at];
    for (std::size_t i = 0; fits && i < day.size(); ++i) fits = !with.late[i < at ? i : i + 1] || base.late[i];
    const Duration extra = with.travel - base.travel;
    if (fits && (!best.feasible || extra < best.extra_travel ||
                 (extra == best.extra_travel && distance(at) < distance(best.position)))) {
      best = {true, extra, at};
    }
  }
  return best;
}

// Random days of up to six visits between 07:00 and 19:00 (one in five digital) and a candidate,
// from a fixed seed: the same days on every run.
class RandomDays {
 public:
  explicit RandomDays(std::uint64_t seed) : seed_(seed) {}
  std::pair<std::vector<Stop>, Stop> next() {
    std::vector<Stop> day;
    for (std::uint64_t k = draw(7); k > 0; --k) day.push_back(stop());
    const Stop candidate = stop();
    return {std::move(day), candidate};
  }

 private:
  std::uint64_t draw(std::uint64_t bound) {
    seed_ = seed_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return (seed_ >> 33) % bound;
  }
  Stop stop() {
    const LocalMinute start = at(7) + static_cast<LocalMinute>(draw(12 * 60));
    std::optional<Point> where;
    if (draw(5) != 0) where = Point{5.08 + 0.0001 * static_cast<double>(draw(800)), 52.06 + 0.0001 * static_cast<double>(draw(600))};
    return visit(start, start + static_cast<LocalMinute>(draw(4) * 30), 10 + static_cast<int>(draw(50)), where);
  }
  std::uint64_t seed_;
};

// A short visit may go before a long visit with an earlier window; the stored day keeps it there
// (planned starts), so walking it again finds both on time and still guards the day.
TEST(DaySchedule, AShortVisitGoesBeforeALongerOneAndTheStoredDayKeepsThatOrder) {
  const TravelTimes bike(TravelMode::bike);
  Stop long_visit = visit(at(8), at(12), 180, kHome);
  long_visit.id = 1;
  Stop short_visit = visit(at(9), at(9) + 30, 30, kHome);
  short_visit.id = 2;
  const DaySchedule day({long_visit}, kHome, bike);
  const Fit fit = day.fit(short_visit);
  ASSERT_TRUE(fit.feasible);
  EXPECT_EQ(fit.position, 0u);
  const auto stored = day.with(short_visit, fit.position);
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].id, 2);
  EXPECT_EQ(stored[0].planned_start, at(9));
  EXPECT_EQ(stored[1].id, 1);
  EXPECT_EQ(stored[1].planned_start, at(9) + 30);
  // Loaded again (in any order), the day is walked as stored: the long visit still has until
  // 12:00 to start, so 15 minutes at 10:00 fit between the two, two and a half hours do not.
  const DaySchedule again({stored[1], stored[0]}, kHome, bike);
  EXPECT_EQ(again.stops()[0].id, 2);
  EXPECT_EQ(again.start_seconds(1), (at(9) + 30) * 60);
  EXPECT_EQ(again.fit(visit(at(10), at(10) + 15, 15, kHome)).position, 1u);
  EXPECT_TRUE(again.fit(visit(at(10), at(10) + 15, 15, kHome)).feasible);
  EXPECT_FALSE(again.fit(visit(at(10), at(11), 150, kHome)).feasible);
}

// What has started stays first: a new visit is never placed before a visit checked in or done.
TEST(DaySchedule, NothingGoesBeforeAStartedVisit) {
  const TravelTimes bike(TravelMode::bike);
  Stop done = visit(at(8), at(12), 60, kHome);
  done.started = true;
  const Stop video = visit(at(10), at(16), 15, std::nullopt);
  const Fit fit = DaySchedule({done}, kHome, bike).fit(video);
  ASSERT_TRUE(fit.feasible);
  EXPECT_EQ(fit.position, 1u);
  // A visit whose window closes before the started one could end cannot be placed at all.
  EXPECT_FALSE(DaySchedule({done}, kHome, bike).fit(visit(at(7), at(8), 30, kHome)).feasible);
}

// A digital visit adds no travel wherever it goes; it goes where its window puts it, rather than
// first, pushing the whole day later.
TEST(DaySchedule, AVisitAddingNoTravelGoesWhereItsWindowPutsIt) {
  const TravelTimes bike(TravelMode::bike);
  const Stop morning = visit(at(8), at(9), 30, kHome);
  const Stop afternoon = visit(at(14), at(15), 30, kHome);
  const Fit fit = DaySchedule({morning, afternoon}, kHome, bike).fit(visit(at(10), at(16), 15, std::nullopt));
  ASSERT_TRUE(fit.feasible);
  EXPECT_EQ(fit.extra_travel, Duration(0));
  EXPECT_EQ(fit.position, 1u);
}

TEST(DaySchedule, AnAcceptedCandidateLeavesTheStoredDayWithNoNewLateVisit) {
  RandomDays days(777);
  const TravelTimes bike(TravelMode::bike);
  int accepted = 0;
  for (int round = 0; round < 2000; ++round) {
    auto [day, candidate] = days.next();
    for (std::size_t i = 0; i < day.size(); ++i) day[i].id = static_cast<std::int64_t>(i + 1);
    candidate.id = 100;
    const DaySchedule schedule(day, kHome, bike);
    const Fit fit = schedule.fit(candidate);
    if (!fit.feasible) continue;
    ++accepted;
    const auto old_day = in_walking_order(day);
    const Walked before = walk(old_day, kHome, bike);
    const auto stored = schedule.with(candidate, fit.position);
    // Walked again from its planned starts, the stored day has the same order...
    const auto reloaded = in_walking_order(stored);
    for (std::size_t i = 0; i < stored.size(); ++i) ASSERT_EQ(reloaded[i].id, stored[i].id) << "round " << round;
    // ...the old visits in their order with the candidate at its place: every visit on time before
    // is on time after (a nearer previous place can even make a late one punctual), the candidate
    // is on time, and the planned starts are the walk's.
    const Walked after = walk(stored, kHome, bike);
    ASSERT_EQ(stored[fit.position].id, 100) << "round " << round;
    ASSERT_FALSE(after.late[fit.position]) << "round " << round << ": the candidate itself is late";
    for (std::size_t i = 0; i < old_day.size(); ++i) {
      const std::size_t now_at = i < fit.position ? i : i + 1;
      ASSERT_EQ(stored[now_at].id, old_day[i].id) << "round " << round;
      ASSERT_TRUE(!after.late[now_at] || before.late[i]) << "round " << round << ": visit " << i << " made late";
    }
    const DaySchedule walked(stored, kHome, bike);
    for (std::size_t i = 0; i < stored.size(); ++i) {
      ASSERT_EQ(*stored[i].planned_start, (walked.start_seconds(i) + 59) / 60) << "round " << round;
    }
  }
  EXPECT_GT(accepted, 200);
}

TEST(DaySchedule, IncrementalFitAgreesWithWalkingEveryOrderFromScratch) {
  RandomDays days(12345);
  const TravelTimes bike(TravelMode::bike);
  int feasible = 0;
  for (int round = 0; round < 2000; ++round) {
    const auto [day, candidate] = days.next();
    const Fit expected = fit_from_scratch(day, candidate, kHome, bike);
    const Fit got = DaySchedule(day, kHome, bike).fit(candidate);
    ASSERT_EQ(got.feasible, expected.feasible) << "round " << round;
    if (expected.feasible) {
      ++feasible;
      ASSERT_EQ(got.extra_travel, expected.extra_travel) << "round " << round;
      ASSERT_EQ(got.position, expected.position) << "round " << round;
    }
  }
  EXPECT_GT(feasible, 200);  // the random days exercise both answers
}

}  // namespace
}  // namespace carecrowd::market
