#include "generate/CaregiverCrowd.h"

#include <algorithm>
#include <cassert>
#include <string>

#include "generate/CareCertificates.h"

namespace carecrowd::generate {
namespace {

using domain::CaregiverKind;
using domain::TimeWindow;
using domain::TravelMode;

enum Shift : int { morning = 0, evening = 1, split = 2, day = 3 };

// Shifts of Dutch home-care teams, minutes from midnight.
constexpr int morning_open = 7 * 60, morning_close = 13 * 60;
constexpr int evening_open = 16 * 60, evening_close = 23 * 60;
constexpr int day_close = 15 * 60 + 30;

struct Clock {
  std::int64_t ticks_per_minute;
  [[nodiscard]] Duration minutes(std::int64_t m) const { return Duration(m * ticks_per_minute); }
  [[nodiscard]] TimeWindow window(int open, int close) const { return {minutes(open), minutes(close)}; }
};

std::vector<TimeWindow> availability(Shift shift, const Clock& clock) {
  switch (shift) {
    case morning: return {clock.window(morning_open, morning_close)};
    case evening: return {clock.window(evening_open, evening_close)};
    // Both halves of a split shift are offered; max_work keeps the day within eight hours.
    case split: return {clock.window(morning_open, morning_close), clock.window(evening_open, evening_close)};
    case day: return {clock.window(morning_open, day_close)};
  }
  return {};
}

// Certificates come with training: a level-2 carer may have done the medication course, a level-4
// nurse holds most of them.
domain::CertificateSet certificates_for(int level, Sampler& sampler) {
  domain::CertificateSet held;
  auto maybe = [&](Certificate c, double p) {
    if (sampler.chance(p)) held.insert(c);
  };
  if (level == 2) {
    maybe(medication, 0.5);
  } else if (level == 3) {
    maybe(medication, 0.85);
    maybe(injection, 0.5);
    maybe(wound_care, 0.4);
    maybe(catheter, 0.4);
    maybe(tube_feeding, 0.2);
  } else if (level >= 4) {
    maybe(medication, 0.95);
    maybe(injection, 0.9);
    maybe(wound_care, 0.8);
    maybe(catheter, 0.75);
    maybe(tube_feeding, 0.5);
  }
  return held;
}

// Most Dutch city caregivers cycle; nurses covering a wider area drive; volunteers stay closer.
TravelMode travel_mode(CaregiverKind kind, Sampler& sampler) {
  constexpr TravelMode modes[] = {TravelMode::walk, TravelMode::bike, TravelMode::ebike, TravelMode::car};
  const int m = kind == CaregiverKind::volunteer ? sampler.weighted({30, 60, 10, 0}) : sampler.weighted({7, 50, 28, 15});
  return modes[m];
}

}  // namespace

Crowd make_crowd(int count, const City& city, const domain::Scale& scale, std::vector<domain::Point>& points,
                 Sampler& sampler) {
  assert(count >= 0);
  const Clock clock{scale.time_ticks_per_unit};
  Crowd crowd;
  crowd.caregivers.resize(static_cast<std::size_t>(count));
  crowd.neighbourhood.resize(static_cast<std::size_t>(count));

  constexpr CaregiverKind kinds[] = {CaregiverKind::employee, CaregiverKind::freelancer, CaregiverKind::volunteer};
  const std::vector<int> kind_of = sampler.deal(count, {50, 35, 15});

  // Shifts per kind. Volunteers help with the household in the daytime, so they get no evenings.
  std::vector<int> professionals, volunteers;
  for (int i = 0; i < count; ++i) (kinds[kind_of[static_cast<std::size_t>(i)]] == CaregiverKind::volunteer ? volunteers : professionals).push_back(i);
  std::vector<int> shift_of(static_cast<std::size_t>(count), morning);
  const std::vector<int> professional_shifts = sampler.deal(static_cast<int>(professionals.size()), {40, 25, 15, 20});
  const std::vector<int> volunteer_shifts = sampler.deal(static_cast<int>(volunteers.size()), {60, 0, 0, 40});
  for (std::size_t k = 0; k < professionals.size(); ++k) shift_of[static_cast<std::size_t>(professionals[k])] = professional_shifts[k];
  for (std::size_t k = 0; k < volunteers.size(); ++k) shift_of[static_cast<std::size_t>(volunteers[k])] = volunteer_shifts[k];

  // Levels 1..5 within each professional shift group. Demand is mostly level 2-3 with a few
  // level-4 visits; a higher level may do every lower one, so the crowd leans high.
  std::vector<int> level_of(static_cast<std::size_t>(count), 0);
  for (int shift : {morning, evening, split, day}) {
    std::vector<int> group;
    for (int i : professionals)
      if (shift_of[static_cast<std::size_t>(i)] == shift) group.push_back(i);
    const std::vector<int> levels = sampler.deal(static_cast<int>(group.size()), {5, 35, 40, 15, 5});
    for (std::size_t k = 0; k < group.size(); ++k) level_of[static_cast<std::size_t>(group[k])] = levels[k] + 1;
  }

  for (int i = 0; i < count; ++i) {
    const auto u = static_cast<std::size_t>(i);
    domain::Caregiver& c = crowd.caregivers[u];
    c.id = "cg" + std::to_string(i);
    c.kind = kinds[kind_of[u]];
    c.level = level_of[u];
    c.certificates = certificates_for(c.level, sampler);
    c.mode = travel_mode(c.kind, sampler);
    // The crowd lives all over the city, most of it in the neighbourhoods where its clients live.
    const Place home = sampler.chance(0.75) ? city.near(sampler.below(city.neighbourhoods()), sampler)
                                            : city.anywhere(sampler);
    crowd.neighbourhood[u] = home.neighbourhood;
    c.start_location = c.end_location = static_cast<int>(points.size());
    points.push_back(city.point(home));
    c.availability = availability(static_cast<Shift>(shift_of[u]), clock);
    c.max_work = clock.minutes(c.kind == CaregiverKind::volunteer ? 4 * 60 : 8 * 60);
    // Dutch labour law (Arbeidstijdenwet) applies to employees; freelancers arrange their own.
    if (c.kind == CaregiverKind::employee) c.break_rule = domain::BreakRule{clock.minutes(330), clock.minutes(30)};
    c.hourly_cost = domain::hourly_cost_cents(c.kind, c.level) * scale.cost_ticks_per_unit;
  }
  return crowd;
}

}  // namespace carecrowd::generate
