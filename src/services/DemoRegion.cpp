#include "services/DemoRegion.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <map>
#include <numbers>
#include <optional>
#include <set>
#include <vector>

#include "domain/Recurrence.h"
#include "domain/Travel.h"
#include "generate/CaregiverCrowd.h"
#include "generate/Sampler.h"
#include "market/Eligibility.h"
#include "services/Accounts.h"
#include "services/Credentials.h"
#include "domain/TaskStatus.h"
#include "services/DemoRoster.h"
#include "services/Materialiser.h"

namespace carecrowd::services {
namespace {

using generate::Sampler;

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
                                  "Key safe at the front door; the code is with the coordinator.",
                                  "Lives alone; daughter visits on Sundays.",
                                  "Hard of hearing: ring twice and wait.",
                                  "Cat in the house; keep the garden door closed.",
                                  "Diabetic; glucose meter in the kitchen drawer.",
                                  "Uses a walker; third floor, the lift is often out of order.",
                                  "Prefers to be called by first name.",
                                  "Partner has dementia; please report changes to the coordinator."};

template <class T, std::size_t N>
T pick(Sampler& sampler, const T (&items)[N]) {
  return items[sampler.below(static_cast<int>(N))];
}

constexpr const char* kWeekdays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

// One recurring care task of an arrangement, as stored in care_task.
struct CareTask {
  std::string key, type, rrule;
  int window_start = 0, window_end = 0;  // minutes of the day
  int duration = 0, level = 0, staff = 1;
  std::string certificates, mode = "physical";
};

CareTask care_task(const char* key, const char* type, std::string rrule, int start, int end, int duration, int level,
                   const char* certificates = "", const char* mode = "physical", int staff = 1) {
  // Stored in the canonical form, as the arrangement service stores an rrule it was given.
  auto rule = Recurrence::parse_rrule(rrule, "rrule");
  return {key, type, rule ? rule.value().to_rrule() : rrule, start, end, duration, level, staff, certificates, mode};
}

// One to three care tasks for a client, by a care profile; windows vary by a quarter of an hour
// either way so that not every client wants their morning care at 07:30.
std::vector<CareTask> care_profile(Sampler& sampler) {
  const int shift = 15 * (sampler.below(5) - 2);
  const std::string day_of_week = kWeekdays[sampler.below(7)];
  auto morning = [&] {
    return care_task("morning", "morning care", "FREQ=DAILY", 7 * 60 + 30 + shift, 10 * 60 + shift,
                     sampler.one_of({30, 45}), sampler.chance(0.6) ? 2 : 3);
  };
  auto evening = [&] {
    return care_task("evening", "evening help", "FREQ=DAILY", 19 * 60 + shift, 22 * 60 + shift, 30, 2);
  };
  auto injection = [&] {
    return care_task("injection", "insulin injection", "FREQ=DAILY", 7 * 60 + 45, 8 * 60 + 45, 15, 3, "injection");
  };
  auto shower = [&] {
    return care_task("shower", "shower with hoist (two carers)", "FREQ=WEEKLY;BYDAY=" + day_of_week, 9 * 60 + 30,
                     11 * 60, 45, 2, "", "physical", 2);
  };
  auto video = [&] {
    return care_task("video", "video check-in", sampler.chance(0.5) ? "FREQ=WEEKLY;BYDAY=MO,WE,FR" : "FREQ=DAILY",
                     11 * 60, 12 * 60, 15, 1, "", "digital");
  };
  auto wound = [&] {
    return care_task("wound", "wound care", sampler.chance(0.5) ? "FREQ=WEEKLY;BYDAY=MO,TH" : "FREQ=WEEKLY;BYDAY=TU,FR",
                     10 * 60, 12 * 60, 30, 4, "wound-care");
  };
  auto medication = [&] {
    return care_task("medication", "medication round", "FREQ=DAILY", 12 * 60, 13 * 60, 15, 3, "medication");
  };
  auto company = [&] {
    return care_task("company", "company and a walk", "FREQ=WEEKLY;BYDAY=" + day_of_week, 14 * 60, 16 * 60, 60, 0);
  };
  switch (sampler.weighted({16, 10, 10, 8, 10, 10, 12, 16, 8})) {
    case 0: return {morning()};
    case 1: return {morning(), evening()};
    case 2: return {injection(), evening()};
    case 3: return {morning(), shower()};
    case 4: return {morning(), video()};
    case 5: return {wound(), company()};
    case 6: return {medication(), video()};
    case 7: return {company()};
    default: return {morning(), injection(), evening()};
  }
}

// ---------------------------------------------------------------------------------------------
// The region in memory, before it is written.

struct Place {
  double lat = 0, lon = 0;
  const Neighbourhood* neighbourhood = nullptr;
};

// Scattered around a neighbourhood's centre (a bell of about `spread` metres).
Place place_in(const Neighbourhood& n, double spread, Sampler& sampler) {
  const double north = sampler.bell() * spread;
  const double east = sampler.bell() * spread;
  return {n.lat + north / kMetresPerDegree,
          n.lon + east / (kMetresPerDegree * std::cos(n.lat * std::numbers::pi / 180.0)), &n};
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

struct DemoClient {
  std::string name, address, postcode, notes;
  Place place;
  int organisation = 0;  // 0 Noord, 1 Zuid
  std::vector<CareTask> tasks;
};

struct Availability {
  int weekday = 0, from = 0, to = 0;  // minutes of the day
};

struct DemoCertificate {
  std::string code;
  bool verified = false;
  int valid_days = 0;  // from today
};

struct DemoCaregiver {
  std::string name, kind, travel_mode;
  int level = 0;
  Place home;
  domain::TravelMode mode = domain::TravelMode::bike;
  std::int64_t max_minutes_week = 0, hourly_rate_cents = 0;
  std::vector<int> organisations;  // the first is where they live (and are employed, if employees)
  std::vector<DemoCertificate> certificates;
  std::vector<Availability> availability;
};

std::vector<DemoClient> make_clients(int count) {
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

// Weekly availability by kind: employees work shifts four or five days a week (weekends too, as
// home care never stops), freelancers pick their days, volunteers give a few afternoons.
std::vector<Availability> weekly_pattern(const std::string& kind, Sampler& sampler) {
  constexpr int morning_from = 7 * 60, morning_to = 13 * 60 + 30, evening_from = 16 * 60, evening_to = 23 * 60;
  std::vector<int> days;
  std::vector<std::pair<int, int>> hours;
  if (kind == "employee") {
    static const std::vector<std::vector<int>> patterns = {{0, 1, 2, 3, 4}, {0, 1, 3, 5, 6}, {2, 3, 4, 5}, {0, 2, 4, 6}};
    days = patterns[static_cast<std::size_t>(sampler.weighted({50, 20, 15, 15}))];
    switch (sampler.weighted({55, 20, 25})) {  // most hands are needed in the morning
      case 0: hours = {{morning_from, morning_to}}; break;
      case 1: hours = {{evening_from, evening_to}}; break;
      default: hours = {{morning_from, 15 * 60 + 30}}; break;
    }
  } else if (kind == "freelancer") {
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
  std::vector<Availability> out;
  for (int d : days) {
    for (auto [from, to] : hours) out.push_back({d, from, to});
  }
  return out;
}

std::vector<DemoCaregiver> make_caregivers(int count) {
  Sampler sampler(kSeed, 2);
  const auto kinds = sampler.deal(count, {50, 35, 15});  // employees, freelancers, volunteers
  std::vector<DemoCaregiver> crowd;
  for (int i = 0; i < count; ++i) {
    DemoCaregiver c;
    const int kind = kinds[static_cast<std::size_t>(i)];
    c.kind = kind == 0 ? "employee" : kind == 1 ? "freelancer" : "volunteer";
    c.name = std::string(pick(sampler, kYoungerNames)) + " " + pick(sampler, kSurnames);
    c.home = place_in(neighbourhood_by_share(sampler, false), 900, sampler);
    if (kind == 0) c.level = 1 + sampler.weighted({10, 35, 35, 15, 5});
    if (kind == 1) c.level = 2 + sampler.weighted({20, 45, 25, 10});
    // Most cycle; a few nurses drive; volunteers walk or cycle.
    const int mode = kind == 2 ? sampler.weighted({30, 70, 0, 0}) : sampler.weighted({5, 50, 35, 10});
    c.mode = static_cast<domain::TravelMode>(mode);
    c.travel_mode = std::string(domain::to_string(c.mode));
    c.max_minutes_week = 60 * (kind == 0 ? 24 + 4 * sampler.below(4) : kind == 1 ? 16 + 4 * sampler.below(7)
                                                                                   : 4 + 2 * sampler.below(3));
    const domain::CaregiverKind domain_kind = kind == 0   ? domain::CaregiverKind::employee
                                              : kind == 1 ? domain::CaregiverKind::freelancer
                                                          : domain::CaregiverKind::volunteer;
    c.hourly_rate_cents = generate::hourly_cost_cents(domain_kind, c.level);
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

// ---------------------------------------------------------------------------------------------
// Writing: multi-row statements, so that a large region is a few hundred round trips.

// INSERT of rows of `width` parameters each, in statements of at most 200 rows.
void insert_rows(store::Transaction& tx, const std::string& head, std::size_t width,
                 const std::vector<store::Param>& params) {
  constexpr std::size_t kRows = 200;
  std::string tuple = "(";
  for (std::size_t i = 0; i < width; ++i) tuple += i ? ", ?" : "?";
  tuple += ")";
  const std::size_t rows = params.size() / width;
  for (std::size_t first = 0; first < rows; first += kRows) {
    const std::size_t n = std::min(kRows, rows - first);
    std::string sql = head + " VALUES ";
    for (std::size_t i = 0; i < n; ++i) sql += (i ? ", " : "") + tuple;
    tx.exec(sql, std::vector<store::Param>(params.begin() + static_cast<std::ptrdiff_t>(first * width),
                                           params.begin() + static_cast<std::ptrdiff_t>((first + n) * width)));
  }
}

store::Param nullable(const std::optional<std::int64_t>& v) {
  if (v) return *v;
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Seeding.

struct Login {
  std::string role, email, who;
};

struct Seeded {
  std::int64_t care_tasks = 0, tasks = 0, claimed = 0, done = 0;
  DayNumber first_day = 0, last_day = 0;
  std::vector<Login> logins;
};

std::string counted(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

DemoResult seed_demo_region(const Platform& platform, const DemoSpec& spec) {
  // A restart finds the region already there; checked before the (slow) password hash.
  const bool empty = platform.db().read(
      [](store::Transaction& tx) { return tx.query_i64("SELECT COUNT(*) FROM organisation").value_or(0) == 0; });
  if (!empty) return {};

  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  const DayNumber first_day = today - kDemoHistoryDays;
  const DayNumber last_day = today + std::max(platform.settings().horizon_days, 1) - 1;
  const auto clients = make_clients(std::max(spec.clients, 1));
  const auto crowd = make_caregivers(std::max(spec.caregivers, 1));
  const std::string password_hash = hash_password(kDemoPassword, password_cost(platform));

  auto seeded = platform.db().write([&](store::Transaction& tx) -> std::optional<Seeded> {
    // Two servers started at once: the second waits here for the first to commit, then finds the
    // organisations (the audit head row is the one row every process already serialises on).
    tx.exec("UPDATE audit_head SET seq = seq WHERE id = 1");
    if (tx.query_i64("SELECT COUNT(*) FROM organisation").value_or(0) != 0) return std::nullopt;
    Seeded out;
    out.first_day = first_day;
    out.last_day = last_day;
    const std::int64_t created_at = now;

    std::array<std::int64_t, 2> organisation{};
    const std::array<const char*, 2> names{kDemoNoordName, kDemoZuidName};
    for (std::size_t o = 0; o < 2; ++o) {
      organisation[o] = *tx.query_i64("INSERT INTO organisation (name, created_at) VALUES (?, ?) RETURNING id",
                                      {std::string(names[o]), static_cast<std::int64_t>(std::time(nullptr))});
    }
    auto add_user = [&](const char* email, const std::string& name, Role role, std::optional<std::int64_t> org,
                        std::optional<std::int64_t> caregiver, std::optional<std::int64_t> client,
                        const std::string& who) {
      auto id = insert_user(tx, {email, name, password_hash, role, org, caregiver, client});
      if (id) out.logins.push_back({std::string(to_string(role)), email, who});
    };
    add_user(kDemoPlatformAdminEmail, "Demo platform admin", Role::platform_admin, std::nullopt, std::nullopt,
             std::nullopt, "the platform");
    const std::array<std::array<const char*, 3>, 2> staff_emails{{
        {kDemoNoordAdminEmail, kDemoNoordCoordinatorEmail, kDemoNoordAnalystEmail},
        {kDemoZuidAdminEmail, kDemoZuidCoordinatorEmail, kDemoZuidAnalystEmail},
    }};
    const std::array<std::array<const char*, 3>, 2> staff_names{{
        {"Ellen Kuipers", "Marieke de Haan", "Ruud Verbeek"},
        {"Hans Brouwer", "Samira El Amrani", "Lieke Janssen"},
    }};
    const std::array<Role, 3> staff_roles{Role::org_admin, Role::coordinator, Role::analyst};
    for (std::size_t o = 0; o < 2; ++o) {
      for (std::size_t r = 0; r < 3; ++r) {
        add_user(staff_emails[o][r], staff_names[o][r], staff_roles[r], organisation[o], std::nullopt, std::nullopt,
                 names[o]);
      }
    }

    // Clients and their arrangements, valid from the first day of history.
    std::vector<std::int64_t> client_ids, arrangement_ids;
    std::vector<store::Param> care_rows;
    for (const auto& c : clients) {
      const auto id = *tx.query_i64(
          "INSERT INTO client (organisation_id, name, address, postcode, lat, lon, notes, created_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {organisation[static_cast<std::size_t>(c.organisation)], c.name, c.address, c.postcode, c.place.lat,
           c.place.lon, c.notes, created_at});
      const auto arrangement = *tx.query_i64(
          "INSERT INTO arrangement (organisation_id, client_id, valid_from, created_at) VALUES (?, ?, ?, ?) RETURNING id",
          {organisation[static_cast<std::size_t>(c.organisation)], id, first_day, created_at});
      client_ids.push_back(id);
      arrangement_ids.push_back(arrangement);
      for (const auto& t : c.tasks) {
        care_rows.insert(care_rows.end(),
                         {arrangement, t.key, t.type, t.rrule, std::int64_t{t.window_start}, std::int64_t{t.window_end},
                          std::int64_t{t.duration}, std::int64_t{t.level}, t.certificates, t.mode, std::int64_t{t.staff},
                          default_pay_cents(t.level, t.duration)});
        ++out.care_tasks;
      }
    }
    insert_rows(tx,
                "INSERT INTO care_task (arrangement_id, key, task_type, rrule, window_start, window_end, duration, "
                "level, certificates, mode, staff, pay_cents)",
                12, care_rows);
    for (auto id : arrangement_ids) out.tasks += materialise_arrangement(tx, id, first_day, last_day);

    // The crowd.
    std::vector<std::int64_t> caregiver_ids;
    std::vector<store::Param> works_for, certificates, availability;
    for (const auto& g : crowd) {
      const auto id = *tx.query_i64(
          "INSERT INTO caregiver (name, level, kind, home_lat, home_lon, travel_mode, max_minutes_week, "
          "hourly_rate_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {g.name, std::int64_t{g.level}, g.kind, g.home.lat, g.home.lon, g.travel_mode, g.max_minutes_week,
           g.hourly_rate_cents});
      caregiver_ids.push_back(id);
      for (std::size_t k = 0; k < g.organisations.size(); ++k) {
        const bool employed = g.kind == "employee" && k == 0;
        works_for.insert(works_for.end(), {id, organisation[static_cast<std::size_t>(g.organisations[k])],
                                           std::int64_t{employed ? 1 : 0}});
      }
      for (const auto& cert : g.certificates) {
        // Verified by the admin of the organisation they live in.
        const DayNumber expires = today + cert.valid_days;
        const std::optional<std::int64_t> by =
            cert.verified ? std::optional(organisation[static_cast<std::size_t>(g.organisations[0])]) : std::nullopt;
        certificates.insert(certificates.end(), {id, cert.code, expires, nullable(by),
                                                 nullable(cert.verified ? std::optional(now) : std::nullopt)});
      }
      for (const auto& a : g.availability) {
        availability.insert(availability.end(), {id, std::int64_t{a.weekday}, std::int64_t{a.from},
                                                 std::int64_t{a.to}, std::int64_t{1}});
      }
    }
    insert_rows(tx, "INSERT INTO caregiver_organisation (caregiver_id, organisation_id, employed)", 3, works_for);
    insert_rows(tx, "INSERT INTO certificate (caregiver_id, code, expires_day, verified_by, verified_at)", 5,
                certificates);
    insert_rows(tx, "INSERT INTO availability (caregiver_id, weekday, from_minute, to_minute, available)", 5,
                availability);

    // The roster over every task of the region.
    std::vector<RosterTask> tasks;
    for (const auto& r : tx.query("SELECT id, organisation_id, client_id, care_task_id, day, slot, window_start, "
                                  "window_end, duration, level, certificates, mode, lat, lon FROM task ORDER BY id")) {
      RosterTask t;
      t.id = r.i64(0);
      t.client_id = r.i64(2);
      t.care_task_id = r.i64(3);
      t.day = r.i64(4);
      t.slot = r.i64(5);
      t.demand = {r.i64(1), t.day, static_cast<int>(r.i64(9)), market::split_certificates(r.text(10))};
      t.stop = {r.i64(6), r.i64(7), static_cast<int>(r.i64(8)), std::nullopt, std::nullopt, r.i64(0)};
      if (r.text(11) != "digital") t.stop.location = domain::Point{r.f64(13), r.f64(12)};
      tasks.push_back(std::move(t));
    }
    std::vector<RosterCaregiver> roster_crowd;
    for (std::size_t c = 0; c < crowd.size(); ++c) {
      const auto& g = crowd[c];
      RosterCaregiver rc;
      rc.profile.id = caregiver_ids[c];
      rc.profile.level = g.level;
      rc.profile.kind = domain::parse_caregiver_kind(g.kind).value_or(domain::CaregiverKind::freelancer);
      rc.profile.home = {g.home.lon, g.home.lat};
      rc.profile.travel_mode = g.mode;
      rc.profile.max_minutes_week = static_cast<int>(g.max_minutes_week);
      for (const auto& cert : g.certificates) rc.profile.certificates.push_back({cert.code, today + cert.valid_days, cert.verified});
      for (int o : g.organisations) rc.profile.organisations.push_back(organisation[static_cast<std::size_t>(o)]);
      for (const auto& a : g.availability) rc.weekly.push_back({a.weekday, a.from, a.to});
      roster_crowd.push_back(std::move(rc));
    }
    Sampler sampler(kSeed, 3);
    DemoRoster roster(roster_crowd, first_day, last_day, now);
    roster.book(std::move(tasks), sampler);
    const auto claims = roster.claims(sampler);
    std::vector<store::Param> updates;
    std::map<std::int64_t, std::int64_t> done_by;                   // caregiver id -> done tasks
    std::map<std::int64_t, std::set<std::int64_t>> done_for;        // caregiver id -> organisations
    for (const auto& c : claims) {
      updates.insert(updates.end(), {c.task_id, std::string(domain::to_string(c.done ? domain::TaskStatus::done
                                                                                     : domain::TaskStatus::claimed)),
                                     c.caregiver_id, c.claimed_at, nullable(c.check_in), nullable(c.check_out),
                                     c.planned_start});
      ++out.claimed;
      if (c.done) {
        ++out.done;
        ++done_by[c.caregiver_id];
        done_for[c.caregiver_id].insert(c.organisation_id);
      }
    }
    // One UPDATE per 200 claims: the values as a table joined on the task id (both databases
    // name a VALUES table's columns column1, column2...; the casts type the parameters).
    constexpr std::size_t kWidth = 7, kRows = 200;
    const std::string tuple = "(CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS BIGINT), "
                              "CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))";
    for (std::size_t first = 0; first * kWidth < updates.size(); first += kRows) {
      const std::size_t n = std::min(kRows, updates.size() / kWidth - first);
      std::string sql =
          "UPDATE task SET status = v.column2, caregiver_id = v.column3, claimed_at = v.column4, check_in = v.column5, "
          "check_out = v.column6, planned_start = v.column7, version = version + 1 FROM (VALUES ";
      for (std::size_t i = 0; i < n; ++i) sql += (i ? ", " : "") + tuple;
      sql += ") AS v WHERE task.id = v.column1";
      tx.exec(sql, std::vector<store::Param>(updates.begin() + static_cast<std::ptrdiff_t>(first * kWidth),
                                             updates.begin() + static_cast<std::ptrdiff_t>((first + n) * kWidth)));
    }

    // Caregivers with logins, each showing a typical day: the busiest freelancer (working for both
    // organisations when one did) whose week is full (the feed then says why it is empty), the
    // busiest employee of Noord with a visit opening within the hour (to check in to right away), and a
    // volunteer. Where nobody has the property, the busiest of the kind.
    auto busiest = [&](const std::string& kind, bool both, const auto& typical) -> std::optional<std::size_t> {
      std::optional<std::size_t> best;
      for (std::size_t c = 0; c < crowd.size(); ++c) {
        const auto id = caregiver_ids[c];
        if (crowd[c].kind != kind || (both && done_for[id].size() < 2) || !typical(c)) continue;
        if (!best || done_by[id] > done_by[caregiver_ids[*best]]) best = c;
      }
      return best;
    };
    const auto any = [](std::size_t) { return true; };
    const auto full_week = [&](std::size_t c) { return roster.week_full(c, today); };
    // Not yet checked in at now (a check-in may come a few minutes early), inside the hour.
    const auto visit_soon = [&](std::size_t c) { return roster.holds_visit_opening(c, now + 10, now + 60); };
    std::optional<std::size_t> freelancer;
    for (const bool both : {true, false}) {
      if (!freelancer) freelancer = busiest("freelancer", both, full_week);
    }
    if (!freelancer) freelancer = busiest("freelancer", true, any);
    if (!freelancer) freelancer = busiest("freelancer", false, any);
    // The employee works for Noord, as the coordinator and the client whose logins the demo shows.
    const auto of_noord = [&](std::size_t c) {
      const auto& orgs = crowd[c].organisations;
      return std::find(orgs.begin(), orgs.end(), 0) != orgs.end();
    };
    auto employee = busiest("employee", false, [&](std::size_t c) { return of_noord(c) && visit_soon(c); });
    if (!employee) employee = busiest("employee", false, of_noord);
    if (!employee) employee = busiest("employee", false, any);
    const std::array<std::pair<const char*, std::optional<std::size_t>>, 3> crowd_logins{{
        {kDemoFreelancerEmail, freelancer},
        {kDemoEmployeeEmail, employee},
        {kDemoVolunteerEmail, busiest("volunteer", false, any)},
    }};
    for (const auto& [email, c] : crowd_logins) {
      if (!c) continue;  // a tiny crowd may lack a kind
      const auto& g = crowd[*c];
      add_user(email, g.name, Role::caregiver, std::nullopt, caregiver_ids[*c], std::nullopt,
               g.name + " (" + g.kind + ", level " + std::to_string(g.level) + ")");
    }

    // Every caregiver can log in as caregiver<n>@crowd.demo (n in seeding order), so a load test
    // or a curious user can act as any of the crowd; these are not listed in the summary.
    for (std::size_t c = 0; c < crowd.size(); ++c) {
      (void)insert_user(tx, {kDemoCrowdEmailPrefix + std::to_string(c + 1) + kDemoCrowdEmailDomain, crowd[c].name,
                             password_hash, Role::caregiver, std::nullopt, caregiver_ids[c], std::nullopt});
    }

    // A client of Noord with morning care, and a family member acting for them.
    std::size_t client = 0;
    for (std::size_t i = 0; i < clients.size(); ++i) {
      if (clients[i].organisation == 0 && clients[i].tasks.front().key == "morning") {
        client = i;
        break;
      }
    }
    const auto& c = clients[client];
    const auto org = organisation[static_cast<std::size_t>(c.organisation)];
    const std::string surname = c.name.substr(c.name.find(' ') + 1);
    add_user(kDemoClientEmail, c.name, Role::client, org, std::nullopt, client_ids[client], c.name);
    add_user(kDemoFamilyEmail, "Peter " + surname, Role::client, org, std::nullopt, client_ids[client],
             "Peter " + surname + ", family of " + c.name);
    return out;
  });
  if (!seeded) return {};

  const auto& s = *seeded;
  int employees = 0, freelancers = 0, volunteers = 0;
  for (const auto& g : crowd) (g.kind == "employee" ? employees : g.kind == "freelancer" ? freelancers : volunteers)++;
  std::string summary = "Demo region seeded: Utrecht, 2 organisations (" + std::string(kDemoNoordName) + ", " +
                        kDemoZuidName + "), " + counted(static_cast<std::int64_t>(clients.size()), "client", "clients") +
                        " with " + counted(s.care_tasks, "recurring care task", "recurring care tasks") + ", " +
                        counted(static_cast<std::int64_t>(crowd.size()), "caregiver", "caregivers") + " (" +
                        std::to_string(employees) + " employees, " + std::to_string(freelancers) + " freelancers, " +
                        std::to_string(volunteers) + " volunteers), " + counted(s.tasks, "task", "tasks") + " from " +
                        format_date(s.first_day) + " to " + format_date(s.last_day) + ": " +
                        std::to_string(s.claimed) + " claimed, of which " + std::to_string(s.done) + " done.\n";
  summary += "Log in with POST /v1/auth/login {\"email\", \"password\"} at the address above (API: GET /openapi.json).\n";
  summary += "Every caregiver also logs in as " + std::string(kDemoCrowdEmailPrefix) + "<n>" + kDemoCrowdEmailDomain +
             " (n = 1.." + std::to_string(crowd.size()) + ").\n";
  summary += "Demo logins, all with the password \"" + std::string(kDemoPassword) + "\":\n";
  for (const auto& l : s.logins) {
    std::string role = l.role, email = l.email;
    role.resize(std::max<std::size_t>(role.size(), 15), ' ');
    email.resize(std::max<std::size_t>(email.size(), 26), ' ');
    summary += "  " + role + email + l.who + "\n";
  }
  return {true, summary};
}

}  // namespace carecrowd::services
