#include "services/Caregivers.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "records/CertificateRecord.h"
#include "services/Accounts.h"
#include "services/Care.h"
#include "services/Input.h"

namespace carecrowd::services {
namespace {

using market::CaregiverKind;

constexpr std::array<const char*, 7> kWeekdays{"mo", "tu", "we", "th", "fr", "sa", "su"};
constexpr std::size_t kMaxAvailabilityEntries = 200;

bool is_self(const Principal& who, std::int64_t caregiver_id) {
  return who.role == Role::caregiver && who.caregiver_id == caregiver_id;
}

Error no_such_caregiver(std::int64_t id) {
  return not_found("caregiver_id", std::to_string(id), "no such caregiver");
}

// Whether the caregiver works for the organisation (a row in caregiver_organisation).
bool works_for(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id) {
  return tx.query_i64("SELECT employed FROM caregiver_organisation WHERE caregiver_id = ? AND organisation_id = ?",
                      {caregiver_id, organisation_id})
      .has_value();
}

// The profile fields a caregiver sets at registration and may change later.
struct CaregiverFields {
  std::string name;
  std::int64_t level = 0;
  CaregiverKind kind = CaregiverKind::freelancer;
  double lat = 0, lon = 0;
  domain::TravelMode travel_mode = domain::TravelMode::bike;
  std::int64_t max_hours_week = 0;
  std::int64_t hourly_rate_cents = 0;
};

// Reads the fields present in `body` over `fields`; with `required` every field must be there.
Result<CaregiverFields> read_fields(const Json& body, CaregiverFields fields, bool required) {
  JsonInput in;
  auto get = [&](const char* key) -> const Json* {
    return required ? in.require(body, key, Where{}) : JsonInput::find(body, key);
  };
  if (const Json* v = get("name")) fields.name = in.string(*v, Where{"name", ""});
  if (const Json* v = get("level")) fields.level = in.integer(*v, Where{"level", ""}, 0, 6);
  if (const Json* v = get("kind")) {
    const std::string text = in.string(*v, Where{"kind", ""});
    if (const auto kind = domain::parse_caregiver_kind(text)) {
      fields.kind = *kind;
    } else if (in.ok()) {
      in.fail(Where{"kind", ""}, "must be employee, freelancer or volunteer");
    }
  }
  if (const Json* home = get("home")) {
    const Where w{"home", ""};
    if (in.expect_object(*home, w)) {
      in.only_known(*home, w, {"lat", "lon"});
      if (const Json* v = in.require(*home, "lat", w)) fields.lat = in.number(*v, w / "lat");
      if (const Json* v = in.require(*home, "lon", w)) fields.lon = in.number(*v, w / "lon");
    }
  }
  if (const Json* v = get("travel_mode")) {
    const std::string text = in.string(*v, Where{"travel_mode", ""});
    if (in.ok() && !domain::parse_travel_mode(text, fields.travel_mode)) {
      in.fail(Where{"travel_mode", ""}, "must be walk, bike, ebike or car");
    }
  }
  if (const Json* v = get("max_hours_week")) fields.max_hours_week = in.integer(*v, Where{"max_hours_week", ""}, 1, 60);
  if (const Json* v = get("hourly_rate_cents")) {
    fields.hourly_rate_cents = in.integer(*v, Where{"hourly_rate_cents", ""}, 0, 100'000);
  }
  if (!in.ok()) return in.error();
  if (auto e = check_text_line(fields.name, "name", 200)) return *e;
  // Volunteers do no professional care: level 0, and only they are level 0.
  if (fields.kind == CaregiverKind::volunteer && fields.level != 0) {
    return bad_input("level", "", "a volunteer has level 0");
  }
  if (fields.kind != CaregiverKind::volunteer && fields.level == 0) {
    return bad_input("level", "", "must be 1 to 6 for an employee or freelancer (0 is for volunteers)");
  }
  if (fields.lat < 50.7 || fields.lat > 53.6) {
    return bad_input("home.lat", "", "must be a latitude in the Netherlands (50.7 to 53.6)");
  }
  if (fields.lon < 3.3 || fields.lon > 7.3) {
    return bad_input("home.lon", "", "must be a longitude in the Netherlands (3.3 to 7.3)");
  }
  return fields;
}

constexpr const char* kCaregiverColumns =
    "id, name, level, kind, home_lat, home_lon, travel_mode, max_minutes_week, hourly_rate_cents";

std::optional<CaregiverFields> fields_of(const store::Row& r) {
  CaregiverFields f;
  f.name = r.text(1);
  f.level = r.i64(2);
  const auto kind = domain::parse_caregiver_kind(r.text(3));
  if (!kind) return std::nullopt;
  f.kind = *kind;
  f.lat = r.f64(4);
  f.lon = r.f64(5);
  if (!domain::parse_travel_mode(r.text(6), f.travel_mode)) return std::nullopt;
  f.max_hours_week = r.i64(7) / 60;
  f.hourly_rate_cents = r.i64(8);
  return f;
}

Json certificate_json(const store::Row& r, DayNumber today) {
  // Columns: code, expires_day, verified_by, verified_at.
  const bool verified = !r.is_null(3);
  Json out = {{"code", r.text(0)},
              {"expires", format_date(r.i64(1))},
              {"verified", verified},
              {"valid", verified && r.i64(1) >= today}};
  out["verified_by"] = r.is_null(2) ? Json() : Json(r.i64(2));
  out["verified_at"] = verified ? Json(format_local_time(r.i64(3))) : Json();
  return out;
}

Json certificates_of(store::Transaction& tx, std::int64_t caregiver_id, DayNumber today) {
  Json out = Json::array();
  for (const auto& r : tx.query("SELECT code, expires_day, verified_by, verified_at FROM certificate "
                                "WHERE caregiver_id = ? ORDER BY code",
                                {caregiver_id})) {
    out.push_back(certificate_json(r, today));
  }
  return out;
}

// The whole profile, for the caregiver themselves.
Json own_profile_json(store::Transaction& tx, std::int64_t caregiver_id, DayNumber today) {
  auto rows = tx.query(std::string("SELECT ") + kCaregiverColumns + " FROM caregiver WHERE id = ?", {caregiver_id});
  const auto& r = rows.at(0);
  Json organisations = Json::array();
  for (const auto& o : tx.query("SELECT o.id, o.name, co.employed FROM caregiver_organisation co "
                                "JOIN organisation o ON o.id = co.organisation_id WHERE co.caregiver_id = ? ORDER BY o.id",
                                {caregiver_id})) {
    organisations.push_back({{"id", o.i64(0)}, {"name", o.text(1)}, {"employed", o.i64(2) != 0}});
  }
  auto email = tx.query("SELECT email FROM app_user WHERE caregiver_id = ?", {caregiver_id});
  return {{"id", r.i64(0)},
          {"email", email.empty() ? Json() : Json(email[0].text(0))},
          {"name", r.text(1)},
          {"level", r.i64(2)},
          {"kind", r.text(3)},
          {"home", {{"lat", r.f64(4)}, {"lon", r.f64(5)}}},
          {"travel_mode", r.text(6)},
          {"max_hours_week", r.i64(7) / 60},
          {"hourly_rate_cents", r.i64(8)},
          {"certificates", certificates_of(tx, caregiver_id, today)},
          {"organisations", organisations}};
}

// What an organisation that the caregiver works for may see: no home, no rates.
Json limited_profile_json(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id,
                          DayNumber today) {
  auto rows = tx.query("SELECT c.id, c.name, c.level, c.kind, co.employed FROM caregiver c "
                       "JOIN caregiver_organisation co ON co.caregiver_id = c.id AND co.organisation_id = ? "
                       "WHERE c.id = ?",
                       {organisation_id, caregiver_id});
  const auto& r = rows.at(0);
  return {{"id", r.i64(0)},      {"name", r.text(1)},       {"level", r.i64(2)},
          {"kind", r.text(3)},   {"employed", r.i64(4) != 0}, {"certificates", certificates_of(tx, caregiver_id, today)}};
}

std::string weekday_name(std::int64_t weekday) {
  return weekday >= 0 && weekday < 7 ? kWeekdays[static_cast<std::size_t>(weekday)] : "?";
}

struct AvailabilityInput {
  std::vector<market::RecurringAvailability> recurring;
  std::vector<market::OneOffAvailability> one_off;
};

// Reads a from/to pair of an availability entry; records an error in `in`.
std::pair<int, int> read_span(JsonInput& in, const Json& entry, const Where& w) {
  int from = 0, to = 0;
  if (const Json* v = in.require(entry, "from", w)) from = read_clock(in, *v, w / "from");
  if (const Json* v = in.require(entry, "to", w)) to = read_clock(in, *v, w / "to");
  if (in.ok() && to <= from) in.fail(w / "to", "must be after \"from\"");
  return {from, to};
}

Result<AvailabilityInput> read_availability(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"recurring", "one_off"});
  AvailabilityInput out;
  if (const Json* list = JsonInput::find(body, "recurring"); list && in.expect_array(*list, Where{"recurring", ""})) {
    if (list->size() > kMaxAvailabilityEntries) return bad_input("recurring", "", "holds at most 200 entries");
    for (std::size_t i = 0; i < list->size() && in.ok(); ++i) {
      const Where w = Where{"recurring", ""}[i];
      const Json& e = (*list)[i];
      if (!in.expect_object(e, w)) break;
      in.only_known(e, w, {"weekday", "from", "to"});
      std::string name;
      if (const Json* v = in.require(e, "weekday", w)) name = in.string(*v, w / "weekday");
      for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      auto it = std::find(kWeekdays.begin(), kWeekdays.end(), name);
      if (in.ok() && it == kWeekdays.end()) in.fail(w / "weekday", "must be one of mo, tu, we, th, fr, sa, su");
      auto [from, to] = read_span(in, e, w);
      if (in.ok()) out.recurring.push_back({static_cast<int>(it - kWeekdays.begin()), from, to});
    }
  }
  if (const Json* list = JsonInput::find(body, "one_off"); list && in.ok() && in.expect_array(*list, Where{"one_off", ""})) {
    if (list->size() > kMaxAvailabilityEntries) return bad_input("one_off", "", "holds at most 200 entries");
    for (std::size_t i = 0; i < list->size() && in.ok(); ++i) {
      const Where w = Where{"one_off", ""}[i];
      const Json& e = (*list)[i];
      if (!in.expect_object(e, w)) break;
      in.only_known(e, w, {"date", "from", "to", "available"});
      DayNumber day = 0;
      if (const Json* v = in.require(e, "date", w)) day = read_date(in, *v, w / "date");
      auto [from, to] = read_span(in, e, w);
      bool available = true;
      if (const Json* v = JsonInput::find(e, "available")) available = in.boolean(*v, w / "available");
      if (in.ok()) out.one_off.push_back({day, from, to, available});
    }
  }
  if (!in.ok()) return in.error();
  return out;
}

Json availability_json(store::Transaction& tx, std::int64_t caregiver_id) {
  Json recurring = Json::array();
  Json one_off = Json::array();
  for (const auto& r : tx.query("SELECT weekday, day, from_minute, to_minute, available FROM availability "
                                "WHERE caregiver_id = ? ORDER BY COALESCE(day, -1), COALESCE(weekday, -1), from_minute",
                                {caregiver_id})) {
    const auto from = static_cast<int>(r.i64(2));
    const auto to = static_cast<int>(r.i64(3));
    if (!r.is_null(0)) {
      recurring.push_back({{"weekday", weekday_name(r.i64(0))}, {"from", format_clock(from)}, {"to", format_clock(to)}});
    } else {
      one_off.push_back({{"date", format_date(r.i64(1))},
                         {"from", format_clock(from)},
                         {"to", format_clock(to)},
                         {"available", r.i64(4) != 0}});
    }
  }
  return {{"recurring", recurring}, {"one_off", one_off}};
}

}  // namespace

Result<Json> register_caregiver(const Platform& platform, const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"email", "password", "name", "level", "kind", "home", "travel_mode", "max_hours_week",
                                "hourly_rate_cents"});
  std::string email, password;
  if (const Json* v = in.require(body, "email", Where{})) email = in.string(*v, Where{"email", ""});
  if (const Json* v = in.require(body, "password", Where{})) password = in.string(*v, Where{"password", ""});
  if (!in.ok()) return in.error();
  for (auto& c : email) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (auto e = check_email(email, "email")) return *e;
  if (auto e = check_password(password, "password")) return *e;
  auto fields = read_fields(body, CaregiverFields{}, true);
  if (!fields) return fields.error();
  const auto& f = fields.value();
  // Hashing is slow on purpose; it happens before the write transaction, not inside it.
  const std::string hash = hash_password(password, password_cost(platform));
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    const auto id = *tx.query_i64(
        "INSERT INTO caregiver (name, level, kind, home_lat, home_lon, travel_mode, max_minutes_week, "
        "hourly_rate_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {f.name, f.level, std::string(domain::to_string(f.kind)), f.lat, f.lon,
         std::string(domain::to_string(f.travel_mode)), f.max_hours_week * 60, f.hourly_rate_cents});
    auto user = insert_user(tx, {email, f.name, hash, Role::caregiver, std::nullopt, id, std::nullopt});
    if (!user) return user.error();
    Json out = own_profile_json(tx, id, today);
    out["user_id"] = user.value();
    return out;
  });
}

Result<Json> get_caregiver(const Platform& platform, const Principal& who, std::int64_t caregiver_id) {
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    if (is_self(who, caregiver_id)) return own_profile_json(tx, caregiver_id, today);
    if (is_care_staff(who) && works_for(tx, caregiver_id, *who.organisation_id)) {
      return limited_profile_json(tx, caregiver_id, *who.organisation_id, today);
    }
    return no_such_caregiver(caregiver_id);
  });
}

Result<Json> update_caregiver(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                              const Json& body) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"name", "level", "kind", "home", "travel_mode", "max_hours_week", "hourly_rate_cents"});
  if (!in.ok()) return in.error();
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto rows = tx.query(std::string("SELECT ") + kCaregiverColumns + " FROM caregiver WHERE id = ?", {caregiver_id});
    if (rows.empty()) return no_such_caregiver(caregiver_id);
    auto current = fields_of(rows[0]);
    if (!current) return no_such_caregiver(caregiver_id);
    auto fields = read_fields(body, *current, false);
    if (!fields) return fields.error();
    const auto& f = fields.value();
    tx.exec("UPDATE caregiver SET name = ?, level = ?, kind = ?, home_lat = ?, home_lon = ?, travel_mode = ?, "
            "max_minutes_week = ?, hourly_rate_cents = ? WHERE id = ?",
            {f.name, f.level, std::string(domain::to_string(f.kind)), f.lat, f.lon,
             std::string(domain::to_string(f.travel_mode)), f.max_hours_week * 60, f.hourly_rate_cents, caregiver_id});
    tx.exec("UPDATE app_user SET name = ? WHERE caregiver_id = ?", {f.name, caregiver_id});
    return own_profile_json(tx, caregiver_id, today);
  });
}

Result<Json> add_certificate(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                             const Json& body) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  auto object = body_object(body);
  if (!object) return object.error();
  const DayNumber today = platform.now() / kMinutesPerDay;
  JsonInput in;
  in.only_known(body, Where{}, {"code", "expires"});
  std::string code;
  DayNumber expires = 0;
  if (const Json* v = in.require(body, "code", Where{})) code = in.string(*v, Where{"code", ""});
  if (const Json* v = in.require(body, "expires", Where{})) expires = read_date(in, *v, Where{"expires", ""});
  if (!in.ok()) return in.error();
  const auto catalog = platform.db().read([](store::Transaction& tx) { return records::certificate_codes(tx); });
  if (std::find(catalog.begin(), catalog.end(), code) == catalog.end()) {
    std::string known;
    for (const auto& k : catalog) known += (known.empty() ? "" : ", ") + k;
    return bad_input("code", code, "is not a known certificate (" + known + ")");
  }
  if (expires < today) return bad_input("expires", code, "the certificate has already expired");
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    // A new upload replaces the old one, and an organisation must look at it again.
    tx.exec("INSERT INTO certificate (caregiver_id, code, expires_day) VALUES (?, ?, ?) "
            "ON CONFLICT (caregiver_id, code) DO UPDATE SET expires_day = excluded.expires_day, verified_by = NULL, "
            "verified_at = NULL",
            {caregiver_id, code, expires});
    auto rows = tx.query("SELECT code, expires_day, verified_by, verified_at FROM certificate "
                         "WHERE caregiver_id = ? AND code = ?",
                         {caregiver_id, code});
    return certificate_json(rows.at(0), today);
  });
}

Result<std::vector<domain::CertificateType>> certificate_catalogue(const Platform& platform, const Principal& who) {
  (void)who;  // the route asks for a login; every role may read the catalogue
  return platform.db().read([](store::Transaction& tx) { return records::certificate_catalogue(tx); });
}

Result<Json> verify_certificate(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                const std::string& code) {
  // The coordinator who plans with the caregiver has seen the paper as often as the admin has.
  if (!is_care_staff(who)) return forbidden("only an organisation's admin or coordinator may verify certificates");
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    if (!works_for(tx, caregiver_id, *who.organisation_id)) return no_such_caregiver(caregiver_id);
    const auto changed = tx.exec("UPDATE certificate SET verified_by = ?, verified_at = ? WHERE caregiver_id = ? AND code = ?",
                                 {*who.organisation_id, now, caregiver_id, code});
    if (changed == 0) return not_found("code", code, "the caregiver has not uploaded this certificate");
    auto rows = tx.query("SELECT code, expires_day, verified_by, verified_at FROM certificate "
                         "WHERE caregiver_id = ? AND code = ?",
                         {caregiver_id, code});
    return certificate_json(rows.at(0), now / kMinutesPerDay);
  });
}

Result<Json> set_availability(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                              const Json& body) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  auto input = read_availability(body);
  if (!input) return input.error();
  const auto& a = input.value();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    tx.exec("DELETE FROM availability WHERE caregiver_id = ?", {caregiver_id});
    for (const auto& r : a.recurring) {
      tx.exec("INSERT INTO availability (caregiver_id, weekday, day, from_minute, to_minute, available) "
              "VALUES (?, ?, NULL, ?, ?, 1)",
              {caregiver_id, std::int64_t{r.weekday}, std::int64_t{r.from}, std::int64_t{r.to}});
    }
    for (const auto& o : a.one_off) {
      tx.exec("INSERT INTO availability (caregiver_id, weekday, day, from_minute, to_minute, available) "
              "VALUES (?, NULL, ?, ?, ?, ?)",
              {caregiver_id, o.day, std::int64_t{o.from}, std::int64_t{o.to}, std::int64_t{o.available ? 1 : 0}});
    }
    return availability_json(tx, caregiver_id);
  });
}

Result<Json> get_availability(const Platform& platform, const Principal& who, std::int64_t caregiver_id) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> { return availability_json(tx, caregiver_id); });
}

Result<Json> join_organisation(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                               const Json& body) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"organisation_id"});
  std::int64_t organisation_id = 0;
  if (const Json* v = in.require(body, "organisation_id", Where{})) {
    organisation_id = in.integer(*v, Where{"organisation_id", ""}, 1, INT64_MAX);
  }
  if (!in.ok()) return in.error();
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    if (!tx.query_i64("SELECT id FROM organisation WHERE id = ?", {organisation_id})) {
      return not_found("organisation_id", std::to_string(organisation_id), "no such organisation");
    }
    tx.exec("INSERT INTO caregiver_organisation (caregiver_id, organisation_id) VALUES (?, ?) "
            "ON CONFLICT (caregiver_id, organisation_id) DO NOTHING",
            {caregiver_id, organisation_id});
    return own_profile_json(tx, caregiver_id, today);
  });
}

Result<Json> leave_organisation(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                std::int64_t organisation_id) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    // Queue with this caregiver's claims (which take the same row), so that no claim of this
    // organisation's task slips in between the count below and the delete.
    tx.exec("UPDATE caregiver SET claim_seq = claim_seq + 1 WHERE id = ?", {caregiver_id});
    if (!works_for(tx, caregiver_id, organisation_id)) {
      return not_found("organisation_id", std::to_string(organisation_id), "you do not work for this organisation");
    }
    const auto held = tx.query_i64("SELECT COUNT(*) FROM task WHERE caregiver_id = ? AND organisation_id = ? AND "
                                   "status = 'claimed'",
                                   {caregiver_id, organisation_id}).value_or(0);
    if (held > 0) {
      return conflict("organisation_id", std::to_string(organisation_id),
                      "you hold " + std::to_string(held) + " claimed tasks of this organisation; release them first");
    }
    tx.exec("DELETE FROM caregiver_organisation WHERE caregiver_id = ? AND organisation_id = ?",
            {caregiver_id, organisation_id});
    return own_profile_json(tx, caregiver_id, today);
  });
}

Result<Json> set_employment(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                            std::int64_t caregiver_id, const Json& body) {
  if (who.role != Role::org_admin || !who.in_organisation(organisation_id)) {
    return forbidden("only this organisation's admin may mark its employees");
  }
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"employed"});
  bool employed = false;
  if (const Json* v = in.require(body, "employed", Where{})) employed = in.boolean(*v, Where{"employed", ""});
  if (!in.ok()) return in.error();
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    if (!works_for(tx, caregiver_id, organisation_id)) return no_such_caregiver(caregiver_id);
    tx.exec("UPDATE caregiver_organisation SET employed = ? WHERE caregiver_id = ? AND organisation_id = ?",
            {std::int64_t{employed ? 1 : 0}, caregiver_id, organisation_id});
    return limited_profile_json(tx, caregiver_id, organisation_id, today);
  });
}

Result<Json> list_organisation_caregivers(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                                          const Json& query) {
  if (!is_care_staff(who) || !who.in_organisation(organisation_id)) {
    return forbidden("only this organisation's admin or coordinators may list its caregivers");
  }
  auto page = read_page(query, 100);
  if (!page) return page.error();
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    auto rows = tx.query("SELECT c.id, c.name, c.level, c.kind, co.employed FROM caregiver c "
                         "JOIN caregiver_organisation co ON co.caregiver_id = c.id WHERE co.organisation_id = ? "
                         "AND c.id > ? ORDER BY c.id LIMIT ?",
                         {organisation_id, page.value().after, page.value().limit});
    Json items = Json::array();
    if (rows.empty()) return Json{{"items", items}};
    // One query for the certificates of the whole page.
    std::map<std::int64_t, Json> certificates;
    for (const auto& r : tx.query("SELECT cert.code, cert.expires_day, cert.verified_by, cert.verified_at, "
                                  "cert.caregiver_id FROM certificate cert JOIN caregiver_organisation co ON "
                                  "co.caregiver_id = cert.caregiver_id AND co.organisation_id = ? WHERE "
                                  "cert.caregiver_id >= ? AND cert.caregiver_id <= ? ORDER BY cert.code",
                                  {organisation_id, rows.front().i64(0), rows.back().i64(0)})) {
      auto& list = certificates[r.i64(4)];
      if (list.is_null()) list = Json::array();
      list.push_back(certificate_json(r, today));
    }
    for (const auto& r : rows) {
      auto found = certificates.find(r.i64(0));
      items.push_back({{"id", r.i64(0)},
                       {"name", r.text(1)},
                       {"level", r.i64(2)},
                       {"kind", r.text(3)},
                       {"employed", r.i64(4) != 0},
                       {"certificates", found == certificates.end() ? Json::array() : found->second}});
    }
    Json out = {{"items", items}};
    if (static_cast<std::int64_t>(rows.size()) == page.value().limit) out["next_after"] = rows.back().i64(0);
    return out;
  });
}

std::optional<CaregiverFacts> load_caregiver_facts(store::Transaction& tx, std::int64_t caregiver_id) {
  auto rows = tx.query(std::string("SELECT ") + kCaregiverColumns + " FROM caregiver WHERE id = ?", {caregiver_id});
  if (rows.empty()) return std::nullopt;
  auto fields = fields_of(rows[0]);
  if (!fields) return std::nullopt;
  CaregiverFacts facts;
  auto& p = facts.profile;
  p.id = caregiver_id;
  p.level = static_cast<int>(fields->level);
  p.kind = fields->kind;
  p.home = domain::Point{fields->lon, fields->lat};
  p.travel_mode = fields->travel_mode;
  p.max_minutes_week = static_cast<int>(rows[0].i64(7));
  // Certificates, organisations and availability in one round trip: the feed asks for them on
  // every request.
  for (const auto& r : tx.query(
           "SELECT 'c', code, expires_day, CASE WHEN verified_at IS NULL THEN 0 ELSE 1 END, 0, 0, 0 "
           "FROM certificate WHERE caregiver_id = ? "
           "UNION ALL SELECT 'o', '', organisation_id, 0, 0, 0, 0 FROM caregiver_organisation WHERE caregiver_id = ? "
           "UNION ALL SELECT 'a', '', COALESCE(weekday, -1), COALESCE(day, -1), from_minute, to_minute, available "
           "FROM availability WHERE caregiver_id = ?",
           {caregiver_id, caregiver_id, caregiver_id})) {
    const std::string& kind = r.text(0);
    if (kind == "c") {
      p.certificates.push_back({r.text(1), r.i64(2), r.i64(3) != 0});
    } else if (kind == "o") {
      p.organisations.push_back(r.i64(2));
    } else if (r.i64(2) >= 0) {
      facts.recurring.push_back({static_cast<int>(r.i64(2)), static_cast<int>(r.i64(4)), static_cast<int>(r.i64(5))});
    } else {
      facts.one_off.push_back({r.i64(3), static_cast<int>(r.i64(4)), static_cast<int>(r.i64(5)), r.i64(6) != 0});
    }
  }
  return facts;
}

}  // namespace carecrowd::services
