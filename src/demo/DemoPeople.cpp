#include "demo/DemoPeople.h"

#include <array>
#include <cmath>
#include <numbers>
#include <set>

#include "core/Sampler.h"

namespace carecrowd::demo {
namespace {

constexpr std::uint64_t kSeed = 3512;  // the Dom's postcode; any fixed number gives the same region
constexpr double kCentreLat = 52.0907;  // the Dom tower: north of it is Noord, south of it Zuid
constexpr double kMetresPerDegree = 111'320;

// ---------------------------------------------------------------------------------------------
// The region's vocabulary: Utrecht's neighbourhoods, names, notes and care patterns.

struct Neighbourhood {
  const char* name;
  double lat, lon;
  std::array<const char*, 2> postcodes;  // four-digit areas of the neighbourhood
  std::array<const char*, 4> streets;
  int clients;     // relative share of the clients: older neighbourhoods need more care
  int caregivers;  // relative share of the caregivers' homes
};

const std::array<Neighbourhood, 15> kNeighbourhoods = {{
    {"Binnenstad", 52.0907, 5.1214, {"3511", "3512"}, {"Oudegracht", "Nieuwegracht", "Lange Nieuwstraat", "Springweg"}, 6, 8},
    {"Wittevrouwen", 52.0965, 5.1335, {"3581", "3581"}, {"Biltstraat", "Nachtegaalstraat", "Wittevrouwenkade", "Poortstraat"}, 5, 8},
    {"Oudwijk", 52.0885, 5.1390, {"3581", "3581"}, {"Burgemeester Reigerstraat", "Oudwijk", "Lucas Bolwerk", "Emmalaan"}, 4, 6},
    {"Oost", 52.0870, 5.1520, {"3583", "3584"}, {"Adriaen van Ostadelaan", "Prins Hendriklaan", "Jan van Scorelstraat", "Koningslaan"}, 7, 6},
    {"Tuindorp", 52.1080, 5.1330, {"3571", "3572"}, {"Kardinaal de Jongweg", "Van Lieflandlaan", "Blauwkapelseweg", "Prof. Suringarlaan"}, 8, 5},
    {"Overvecht", 52.1160, 5.1130, {"3562", "3563"}, {"Gambiadreef", "Zambesidreef", "Tigrisdreef", "Bernadottelaan"}, 12, 7},
    {"Zuilen", 52.1075, 5.0960, {"3553", "3554"}, {"Amsterdamsestraatweg", "Marnixlaan", "Burgemeester Norbruislaan", "Prinses Margrietstraat"}, 9, 6},
    {"Ondiep", 52.1010, 5.1040, {"3552", "3552"}, {"Ondiep", "Laan van Chartroise", "Cremerstraat", "Royaards van den Hamkade"}, 7, 6},
    {"Lombok", 52.0925, 5.1000, {"3531", "3532"}, {"Kanaalstraat", "Damstraat", "Jan Pieterszoon Coenstraat", "Vleutenseweg"}, 5, 9},
    {"Oog in Al", 52.0880, 5.0860, {"3533", "3533"}, {"Thomas à Kempisweg", "Kanaalweg", "Cornelis Trooststraat", "Jan van Galenstraat"}, 5, 5},
    {"Kanaleneiland", 52.0760, 5.0960, {"3526", "3527"}, {"Marco Pololaan", "Columbuslaan", "Churchilllaan", "Trumanlaan"}, 9, 7},
    {"Rivierenwijk", 52.0790, 5.1160, {"3522", "3523"}, {"Vondellaan", "Rijnlaan", "Waalstraat", "Maasstraat"}, 6, 6},
    {"Tolsteeg", 52.0825, 5.1270, {"3521", "3521"}, {"Tolsteegsingel", "Bollenhofsestraat", "Jutfaseweg", "Oranjebrug"}, 4, 5},
    {"Hoograven", 52.0725, 5.1260, {"3525", "3525"}, {"Hooft Graaflandstraat", "Verlengde Hoogravenseweg", "Marshallaan", "Van Bijnkershoeklaan"}, 8, 6},
    {"Lunetten", 52.0640, 5.1390, {"3524", "3524"}, {"Muiderslot", "Zonnenburg", "Hondsrug", "Baden Powellweg"}, 7, 5},
}};

// Postcode letters as PostNL hands them out (no F, I, O, Q, U, Y; S avoided for SA/SD/SS).
constexpr const char* kPostcodeLetters = "ABCDEGHJKLMNPRTVWXZ";

constexpr const char* kOlderWomen[] = {"Johanna",   "Cornelia", "Wilhelmina", "Hendrika", "Maria",  "Geertruida",
                                       "Anna",      "Elisabeth", "Adriana",   "Margaretha", "Gerda", "Tineke",
                                       "Riet",      "Fatima",   "Aïcha",      "Ineke",    "Joke",   "Truus",
                                       "Annie",     "Willy",    "Dina",       "Greet",    "Nel",    "Hatice"};
constexpr const char* kOlderMen[] = {"Johannes", "Cornelis", "Hendrik", "Jan",  "Willem",  "Pieter", "Gerrit",
                                     "Dirk",     "Jacobus",  "Kees",    "Henk", "Theo",    "Ahmed",  "Mustafa",
                                     "Bert",     "Frans",    "Joop",    "Wim",  "Mehmet",  "Ton"};
constexpr const char* kYoungerNames[] = {"Sanne",   "Lisa",   "Fleur",  "Anouk",  "Fatima", "Noor",    "Emma",
                                         "Sophie",  "Daan",   "Thijs",  "Mohammed", "Bram", "Lotte",   "Iris",
                                         "Eva",     "Mila",   "Yasmina", "Rik",   "Jeroen", "Marieke", "Ingrid",
                                         "Petra",   "Annemiek", "Esra", "Kevin",  "Joost",  "Femke",   "Naima",
                                         "Sevda",   "Tim",    "Hanneke", "Wouter", "Soufiane", "Merel"};
constexpr const char* kSurnames[] = {
    "de Jong",    "Jansen",     "de Vries",  "van den Berg", "van Dijk",  "Bakker",    "Janssen",   "Visser",
    "Smit",       "Meijer",     "de Boer",   "Mulder",       "de Groot",  "Bos",       "Vos",       "Peters",
    "Hendriks",   "van Leeuwen", "Dekker",   "Brouwer",      "de Wit",    "Dijkstra",  "Smits",     "de Graaf",
    "van der Meer", "Kok",      "Jacobs",    "van der Linden", "Vermeulen", "van den Broek", "Schouten", "Willems",
    "van Vliet",  "Hoekstra",   "Maas",      "Verhoeven",    "Koster",    "van Dam",   "van der Wal", "Prins",
    "Blom",       "Huisman",    "Kuipers",   "van Wijk",     "Postma",    "El Amrani", "Yilmaz",    "Bouzid",
    "Kaya",       "Verbeek",    "Hermans",   "van Rijn",     "Sanders",   "Timmermans", "Wouters",  "Kramer"};
constexpr const char* kNotes[] = {"",
                                  "",
                                  "Sleutelkluis bij de voordeur; de code heeft de wijkverpleegkundige.",
                                  "Woont alleen; dochter komt op zondag.",
                                  "Slechthorend: twee keer bellen en even wachten.",
                                  "Kat in huis; houd de tuindeur dicht.",
                                  "Diabetes; glucosemeter in de keukenla.",
                                  "Loopt met een rollator; derde verdieping, de lift is vaak stuk.",
                                  "Wil graag bij de voornaam genoemd worden.",
                                  "Partner heeft dementie; meld veranderingen aan de wijkverpleegkundige."};

template <class T, std::size_t N>
T pick(Sampler& sampler, const T (&items)[N]) {
  return items[sampler.below(static_cast<int>(N))];
}

constexpr const char* kWeekdays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

services::CareTaskInput care_task(const char* key, const char* type, std::string rrule, int start, int end,
                                  int duration, int level, std::vector<std::string> certificates = {},
                                  const char* mode = "physical", int staff = 1) {
  services::CareTaskInput t;
  t.key = key;
  t.type = type;
  t.rrule = std::move(rrule);
  t.window_start = start;
  t.window_end = end;
  t.duration = duration;
  t.level = level;
  t.certificates = std::move(certificates);
  t.mode = mode;
  t.staff = staff;
  return t;
}

// One to three care tasks for a client, by a care profile; windows vary by a quarter of an hour
// either way so that not every client wants their morning care at 07:30.
std::vector<services::CareTaskInput> care_profile(Sampler& sampler) {
  const int shift = 15 * (sampler.below(5) - 2);
  const std::string day_of_week = kWeekdays[sampler.below(7)];
  auto morning = [&] {
    return care_task("morning", "ochtendzorg", "FREQ=DAILY", 7 * 60 + 30 + shift, 10 * 60 + shift,
                     sampler.one_of({30, 45}), sampler.chance(0.6) ? 2 : 3);
  };
  auto evening = [&] {
    return care_task("evening", "avondhulp", "FREQ=DAILY", 19 * 60 + shift, 22 * 60 + shift, 30, 2);
  };
  auto injection = [&] {
    return care_task("injection", "insuline-injectie", "FREQ=DAILY", 7 * 60 + 45, 8 * 60 + 45, 15, 3, {"injection"});
  };
  auto shower = [&] {
    return care_task("shower", "douchen met tillift (twee zorgverleners)", "FREQ=WEEKLY;BYDAY=" + day_of_week, 9 * 60 + 30,
                     11 * 60, 45, 2, {}, "physical", 2);
  };
  auto video = [&] {
    return care_task("video", "videocontact", sampler.chance(0.5) ? "FREQ=WEEKLY;BYDAY=MO,WE,FR" : "FREQ=DAILY",
                     11 * 60, 12 * 60, 15, 1, {}, "digital");
  };
  // Blended care: a missed video check-in is followed by a visit at home within four hours.
  auto visit_if_missed = [] {
    services::CareTaskInput t = care_task("visit-if-missed", "huisbezoek na een gemist videocontact", "", 0, 0,
                                          30, 2);
    t.switch_from = "video";
    t.switch_on = {"missed"};
    t.due_within = 4 * 60;
    return t;
  };
  auto wound = [&] {
    return care_task("wound", "wondzorg", sampler.chance(0.5) ? "FREQ=WEEKLY;BYDAY=MO,TH" : "FREQ=WEEKLY;BYDAY=TU,FR",
                     10 * 60, 12 * 60, 30, 4, {"wound-care"});
  };
  auto medication = [&] {
    return care_task("medication", "medicatieronde", "FREQ=DAILY", 12 * 60, 13 * 60, 15, 3, {"medication"});
  };
  auto company = [&] {
    return care_task("company", "gezelschap en een wandeling", "FREQ=WEEKLY;BYDAY=" + day_of_week, 14 * 60, 16 * 60, 60, 0);
  };
  switch (sampler.weighted({16, 10, 10, 8, 10, 10, 12, 16, 8})) {
    case 0: return {morning()};
    case 1: return {morning(), evening()};
    case 2: return {injection(), evening()};
    case 3: return {morning(), shower()};
    case 4: return {morning(), video(), visit_if_missed()};
    case 5: return {wound(), company()};
    case 6: return {medication(), video(), visit_if_missed()};
    case 7: return {company()};
    default: return {morning(), injection(), evening()};
  }
}

// ---------------------------------------------------------------------------------------------
// The region in memory, before it is written.

// Scattered around a neighbourhood's centre (a bell of about `spread` metres).
Place place_in(const Neighbourhood& n, double spread, Sampler& sampler) {
  const double north = sampler.bell() * spread;
  const double east = sampler.bell() * spread;
  return {n.lat + north / kMetresPerDegree,
          n.lon + east / (kMetresPerDegree * std::cos(n.lat * std::numbers::pi / 180.0))};
}

const Neighbourhood& neighbourhood_by_share(Sampler& sampler, bool for_clients) {
  int total = 0;
  for (const auto& n : kNeighbourhoods) total += for_clients ? n.clients : n.caregivers;
  int r = sampler.below(total);
  for (const auto& n : kNeighbourhoods) {
    r -= for_clients ? n.clients : n.caregivers;
    if (r < 0) return n;
  }
  return kNeighbourhoods.back();
}

int organisation_at(double lat) { return lat >= kCentreLat ? 0 : 1; }

// Weekly availability by kind: employees work shifts four or five days a week (weekends too, as
// home care never stops), freelancers pick their days, volunteers give a few afternoons.
std::vector<DemoAvailability> weekly_pattern(domain::CaregiverKind kind, Sampler& sampler) {
  constexpr int morning_from = 7 * 60, morning_to = 13 * 60 + 30, evening_from = 16 * 60, evening_to = 23 * 60;
  std::vector<int> days;
  std::vector<std::pair<int, int>> hours;
  if (kind == domain::CaregiverKind::employee) {
    static const std::vector<std::vector<int>> patterns = {{0, 1, 2, 3, 4}, {0, 1, 3, 5, 6}, {2, 3, 4, 5}, {0, 2, 4, 6}};
    days = patterns[static_cast<std::size_t>(sampler.weighted({50, 20, 15, 15}))];
    switch (sampler.weighted({55, 20, 25})) {  // most hands are needed in the morning
      case 0: hours = {{morning_from, morning_to}}; break;
      case 1: hours = {{evening_from, evening_to}}; break;
      default: hours = {{morning_from, 15 * 60 + 30}}; break;
    }
  } else if (kind == domain::CaregiverKind::freelancer) {
    for (int d = 0; d < 7; ++d) {
      if (sampler.chance(0.7)) days.push_back(d);
    }
    if (days.empty()) days = {sampler.below(7)};
    switch (sampler.weighted({45, 40, 15})) {
      case 0: hours = {{morning_from, 12 * 60 + 30}, {17 * 60, evening_to}}; break;  // a split shift
      case 1: hours = {{morning_from, morning_to}}; break;
      default: hours = {{evening_from, evening_to}}; break;
    }
  } else {
    for (int d = 0; d < 7; ++d) {
      if (sampler.chance(0.4)) days.push_back(d);
    }
    if (days.empty()) days = {sampler.below(5)};
    hours = {{10 * 60, 18 * 60}};
  }
  std::vector<DemoAvailability> out;
  for (int d : days) {
    for (auto [from, to] : hours) out.push_back({d, from, to});
  }
  return out;
}

}  // namespace

std::vector<DemoClient> make_demo_clients(int count) {
  Sampler sampler(kSeed, 1);
  std::vector<DemoClient> clients;
  std::set<std::string> addresses;
  for (int i = 0; i < count; ++i) {
    DemoClient c;
    const auto& n = neighbourhood_by_share(sampler, true);
    c.place = place_in(n, 500, sampler);
    c.organisation = organisation_at(c.place.lat);
    const bool woman = sampler.chance(0.62);  // most home-care clients are older women
    c.name = std::string(woman ? pick(sampler, kOlderWomen) : pick(sampler, kOlderMen)) + " " + pick(sampler, kSurnames);
    // A street and a house number nobody else in the demo has.
    do {
      c.address = std::string(n.streets[static_cast<std::size_t>(sampler.below(4))]) + " " +
                  std::to_string(1 + sampler.below(240));
      if (sampler.chance(0.2)) c.address += sampler.one_of({"-bis", " A", " B", "-1", "-2"});
    } while (!addresses.insert(c.address).second);
    c.postcode = std::string(n.postcodes[static_cast<std::size_t>(sampler.below(2))]) + " " +
                 kPostcodeLetters[sampler.below(19)] + kPostcodeLetters[sampler.below(19)];
    c.notes = pick(sampler, kNotes);
    c.tasks = care_profile(sampler);
    clients.push_back(std::move(c));
  }
  return clients;
}

std::vector<DemoCaregiver> make_demo_caregivers(int count) {
  Sampler sampler(kSeed, 2);
  const auto kinds = sampler.deal(count, {50, 35, 15});  // employees, freelancers, volunteers
  std::vector<DemoCaregiver> crowd;
  for (int i = 0; i < count; ++i) {
    DemoCaregiver c;
    const int kind = kinds[static_cast<std::size_t>(i)];
    c.kind = kind == 0   ? domain::CaregiverKind::employee
             : kind == 1 ? domain::CaregiverKind::freelancer
                         : domain::CaregiverKind::volunteer;
    c.name = std::string(pick(sampler, kYoungerNames)) + " " + pick(sampler, kSurnames);
    c.home = place_in(neighbourhood_by_share(sampler, false), 900, sampler);
    if (kind == 0) c.level = 1 + sampler.weighted({10, 35, 35, 15, 5});
    if (kind == 1) c.level = 2 + sampler.weighted({20, 45, 25, 10});
    // Most cycle; a few nurses drive; volunteers walk or cycle.
    const int mode = kind == 2 ? sampler.weighted({30, 70, 0, 0}) : sampler.weighted({5, 50, 35, 10});
    c.mode = static_cast<domain::TravelMode>(mode);
    c.max_minutes_week = 60 * (kind == 0 ? 24 + 4 * sampler.below(4) : kind == 1 ? 16 + 4 * sampler.below(7)
                                                                                   : 4 + 2 * sampler.below(3));
    c.hourly_rate_cents = domain::hourly_cost_cents(c.kind, c.level);
    const int home_org = organisation_at(c.home.lat);
    c.organisations = {home_org};
    // Freelancers often take work from both; some employees help out the other team.
    if ((kind == 1 && sampler.chance(0.6)) || (kind == 0 && sampler.chance(0.1)) || (kind == 2 && sampler.chance(0.2))) {
      c.organisations.push_back(1 - home_org);
    }
    // Certificates come with training: level 3 holds some, a level-4 or 5 nurse most. Most are
    // verified by an organisation admin; some wait for verification.
    auto maybe = [&](const char* code, double p) {
      if (sampler.chance(p)) c.certificates.push_back({code, sampler.chance(0.8), 180 + sampler.below(900)});
    };
    if (c.level == 2) maybe("medication", 0.5);
    if (c.level == 3) {
      maybe("medication", 0.85);
      maybe("injection", 0.7);
      maybe("wound-care", 0.4);
      maybe("catheter", 0.4);
    }
    if (c.level >= 4) {
      maybe("medication", 0.95);
      maybe("injection", 0.9);
      maybe("wound-care", 0.85);
      maybe("catheter", 0.75);
      maybe("tube-feeding", 0.5);
    }
    c.availability = weekly_pattern(c.kind, sampler);
    crowd.push_back(std::move(c));
  }
  return crowd;
}

}  // namespace carecrowd::demo
