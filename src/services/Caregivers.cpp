#include "services/Caregivers.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "records/CaregiverProfileRecord.h"
#include "records/CaregiverRecord.h"
#include "records/CertificateRecord.h"
#include "records/OrganisationRecord.h"
#include "records/TaskRecord.h"
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

// Whether the caregiver works for the organisation.
bool works_for(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id) {
  return records::employment(tx, caregiver_id, organisation_id).has_value();
}

// The fields as they may be stored, or the first reason why not, naming the field.
Result<CaregiverFields> check_caregiver_fields(const CaregiverFields& fields) {
  if (auto e = check_text_line(fields.name, "name", 200)) return *e;
  if (auto e = check_range(fields.level, "level", "", 0, 6)) return *e;
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
  if (auto e = check_range(fields.max_hours_week, "max_hours_week", "", 1, 60)) return *e;
  if (auto e = check_range(fields.hourly_rate_cents, "hourly_rate_cents", "", 0, 100'000)) return *e;
  return fields;
}

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
  return check_caregiver_fields(fields);
}

CaregiverFields fields_of(const records::CaregiverProfileRecord& p) {
  CaregiverFields f;
  f.name = p.name;
  f.level = p.level;
  f.kind = p.kind;
  f.lat = p.home_lat;
  f.lon = p.home_lon;
  f.travel_mode = p.travel_mode;
  f.max_hours_week = p.max_minutes_week / 60;
  f.hourly_rate_cents = p.hourly_rate_cents;
  return f;
}

records::CaregiverProfileRecord profile_of(std::int64_t id, const CaregiverFields& f) {
  return {id,    f.name, static_cast<int>(f.level), f.kind, f.lat, f.lon, f.travel_mode, f.max_hours_week * 60,
          f.hourly_rate_cents};
}

Json certificate_json(const records::HeldCertificateRecord& c, DayNumber today) {
  const bool verified = c.verified_at.has_value();
  Json out = {{"code", c.code},
              {"expires", format_date(c.expires_day)},
              {"verified", verified},
              {"valid", verified && c.expires_day >= today}};
  out["verified_by"] = c.verified_by ? Json(*c.verified_by) : Json();
  out["verified_at"] = verified ? Json(format_local_time(*c.verified_at)) : Json();
  return out;
}

Json certificates_of(store::Transaction& tx, std::int64_t caregiver_id, DayNumber today) {
  Json out = Json::array();
  for (const auto& c : records::caregiver_certificates(tx, caregiver_id)) out.push_back(certificate_json(c, today));
  return out;
}

// The whole profile, for the caregiver themselves.
Json own_profile_json(store::Transaction& tx, std::int64_t caregiver_id, DayNumber today) {
  const auto p = records::read_caregiver_profile(tx, caregiver_id);
  Json organisations = Json::array();
  for (const auto& m : records::caregiver_memberships(tx, caregiver_id)) {
    organisations.push_back({{"id", m.organisation_id}, {"name", m.organisation}, {"employed", m.employed}});
  }
  const auto email = records::caregiver_login_email(tx, caregiver_id);
  return {{"id", p->id},
          {"email", email ? Json(*email) : Json()},
          {"name", p->name},
          {"level", p->level},
          {"kind", std::string(domain::to_string(p->kind))},
          {"home", {{"lat", p->home_lat}, {"lon", p->home_lon}}},
          {"travel_mode", std::string(domain::to_string(p->travel_mode))},
          {"max_hours_week", p->max_minutes_week / 60},
          {"hourly_rate_cents", p->hourly_rate_cents},
          {"certificates", certificates_of(tx, caregiver_id, today)},
          {"organisations", organisations}};
}

// What an organisation that the caregiver works for may see: no home, no rates.
Json limited_profile_json(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id,
                          DayNumber today) {
  const auto m = records::read_member_caregiver(tx, organisation_id, caregiver_id);
  return {{"id", m->id},
          {"name", m->name},
          {"level", m->level},
          {"kind", std::string(domain::to_string(m->kind))},
          {"employed", m->employed},
          {"certificates", certificates_of(tx, caregiver_id, today)}};
}

std::string weekday_name(std::int64_t weekday) {
  return weekday >= 0 && weekday < 7 ? kWeekdays[static_cast<std::size_t>(weekday)] : "?";
}

// An availability entry's span: from before to, both times of the day.
std::optional<Error> check_span(int from, int to, const Where& w) {
  if (from < 0 || from > 24 * 60) return bad_input((w / "from").path, "", "must be a time of day");
  if (to < 0 || to > 24 * 60) return bad_input((w / "to").path, "", "must be a time of day");
  if (to <= from) return bad_input((w / "to").path, "", "must be after \"from\"");
  return std::nullopt;
}

// Reads a from/to pair of an availability entry; records an error in `in`.
std::pair<int, int> read_span(JsonInput& in, const Json& entry, const Where& w) {
  int from = 0, to = 0;
  if (const Json* v = in.require(entry, "from", w)) from = read_clock(in, *v, w / "from");
  if (const Json* v = in.require(entry, "to", w)) to = read_clock(in, *v, w / "to");
  if (in.ok()) {
    if (auto e = check_span(from, to, w)) in.fail(w / "to", e->reason);
  }
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
  for (const auto& a : records::caregiver_availability(tx, caregiver_id)) {
    if (a.weekday) {
      recurring.push_back(
          {{"weekday", weekday_name(*a.weekday)}, {"from", format_clock(a.from_minute)}, {"to", format_clock(a.to_minute)}});
    } else {
      one_off.push_back({{"date", format_date(a.day.value_or(0))},
                         {"from", format_clock(a.from_minute)},
                         {"to", format_clock(a.to_minute)},
                         {"available", a.available}});
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
    auto made = register_caregiver_in(tx, {email, hash, f});
    if (!made) return made.error();
    Json out = own_profile_json(tx, made.value().caregiver_id, today);
    out["user_id"] = made.value().user_id;
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
    const auto current = records::read_caregiver_profile(tx, caregiver_id);
    if (!current) return no_such_caregiver(caregiver_id);
    auto fields = read_fields(body, fields_of(*current), false);
    if (!fields) return fields.error();
    records::update_caregiver_profile(tx, profile_of(caregiver_id, fields.value()));
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
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto added = add_certificate_in(tx, who, caregiver_id, code, expires, today);
    if (!added) return added.error();
    return certificate_json(*records::read_certificate(tx, caregiver_id, code), today);
  });
}

Result<std::vector<domain::CertificateType>> certificate_catalogue(const Platform& platform, const Principal& who) {
  (void)who;  // the route asks for a login; every role may read the catalogue
  return platform.db().read([](store::Transaction& tx) { return records::certificate_catalogue(tx); });
}

Result<Json> verify_certificate(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                const std::string& code) {
  // The coordinator who plans with the caregiver has seen the paper as often as the admin has.
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto verified = verify_certificate_in(tx, who, caregiver_id, code, now);
    if (!verified) return verified.error();
    return certificate_json(*records::read_certificate(tx, caregiver_id, code), now / kMinutesPerDay);
  });
}

Result<Json> set_availability(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                              const Json& body) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  auto input = read_availability(body);
  if (!input) return input.error();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto set = set_availability_in(tx, who, caregiver_id, input.value());
    if (!set) return set.error();
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
    auto joined = join_organisation_in(tx, who, caregiver_id, organisation_id);
    if (!joined) return joined.error();
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
    records::take_claim_turn(tx, caregiver_id);
    if (!works_for(tx, caregiver_id, organisation_id)) {
      return not_found("organisation_id", std::to_string(organisation_id), "you do not work for this organisation");
    }
    const auto held = records::claimed_task_count(tx, caregiver_id, organisation_id);
    if (held > 0) {
      return conflict("organisation_id", std::to_string(organisation_id),
                      "you hold " + std::to_string(held) + " claimed tasks of this organisation; release them first");
    }
    records::leave_organisation(tx, caregiver_id, organisation_id);
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
    auto set = set_employment_in(tx, who, organisation_id, caregiver_id, employed);
    if (!set) return set.error();
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
    const auto members = records::member_caregivers(tx, organisation_id, page.value().after, page.value().limit);
    Json items = Json::array();
    if (members.empty()) return Json{{"items", items}};
    // One query for the certificates of the whole page.
    const auto certificates = records::member_certificates(tx, organisation_id, members.front().id, members.back().id);
    for (const auto& m : members) {
      Json held = Json::array();
      if (auto found = certificates.find(m.id); found != certificates.end()) {
        for (const auto& c : found->second) held.push_back(certificate_json(c, today));
      }
      items.push_back({{"id", m.id},
                       {"name", m.name},
                       {"level", m.level},
                       {"kind", std::string(domain::to_string(m.kind))},
                       {"employed", m.employed},
                       {"certificates", held}});
    }
    Json out = {{"items", items}};
    if (static_cast<std::int64_t>(members.size()) == page.value().limit) out["next_after"] = members.back().id;
    return out;
  });
}

Result<CaregiverRegistered> register_caregiver_in(store::Transaction& tx, const NewCaregiver& caregiver) {
  if (auto e = check_email(caregiver.email, "email")) return *e;
  auto fields = check_caregiver_fields(caregiver.fields);
  if (!fields) return fields.error();
  const auto id = records::insert_caregiver_profile(tx, profile_of(0, fields.value()));
  auto user = insert_user(tx, {caregiver.email, fields.value().name, caregiver.password_hash, Role::caregiver,
                               std::nullopt, id, std::nullopt});
  if (!user) return user.error();
  return CaregiverRegistered{id, user.value()};
}

Result<Done> add_certificate_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                const std::string& code, DayNumber expires, DayNumber today) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  const auto catalog = records::certificate_codes(tx);
  if (std::find(catalog.begin(), catalog.end(), code) == catalog.end()) {
    std::string known;
    for (const auto& k : catalog) known += (known.empty() ? "" : ", ") + k;
    return bad_input("code", code, "is not a known certificate (" + known + ")");
  }
  if (expires < today) return bad_input("expires", code, "the certificate has already expired");
  // A new upload replaces the old one, and an organisation must look at it again.
  records::upload_certificate(tx, caregiver_id, code, expires);
  return Done{};
}

Result<Done> verify_certificate_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                   const std::string& code, LocalMinute now) {
  // The coordinator who plans with the caregiver has seen the paper as often as the admin has.
  if (!is_care_staff(who)) return forbidden("only an organisation's admin or coordinator may verify certificates");
  if (!works_for(tx, caregiver_id, *who.organisation_id)) return no_such_caregiver(caregiver_id);
  if (!records::verify_certificate(tx, caregiver_id, code, *who.organisation_id, now)) {
    return not_found("code", code, "the caregiver has not uploaded this certificate");
  }
  return Done{};
}

Result<Done> set_availability_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                 const AvailabilityInput& a) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  if (a.recurring.size() > kMaxAvailabilityEntries) return bad_input("recurring", "", "holds at most 200 entries");
  if (a.one_off.size() > kMaxAvailabilityEntries) return bad_input("one_off", "", "holds at most 200 entries");
  std::vector<records::AvailabilityRecord> entries;
  for (std::size_t i = 0; i < a.recurring.size(); ++i) {
    const auto& r = a.recurring[i];
    const Where w = Where{"recurring", ""}[i];
    if (r.weekday < 0 || r.weekday > 6) return bad_input((w / "weekday").path, "", "must be one of mo, tu, we, th, fr, sa, su");
    if (auto e = check_span(r.from, r.to, w)) return *e;
    entries.push_back({r.weekday, std::nullopt, r.from, r.to, true});
  }
  for (std::size_t i = 0; i < a.one_off.size(); ++i) {
    const auto& o = a.one_off[i];
    if (auto e = check_span(o.from, o.to, Where{"one_off", ""}[i])) return *e;
    entries.push_back({std::nullopt, o.day, o.from, o.to, o.available});
  }
  records::replace_availability(tx, caregiver_id, entries);
  return Done{};
}

Result<Done> join_organisation_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                  std::int64_t organisation_id) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  if (!records::organisation_exists(tx, organisation_id)) {
    return not_found("organisation_id", std::to_string(organisation_id), "no such organisation");
  }
  records::join_organisation(tx, caregiver_id, organisation_id);
  return Done{};
}

Result<Done> set_employment_in(store::Transaction& tx, const Principal& who, std::int64_t organisation_id,
                               std::int64_t caregiver_id, bool employed) {
  if (who.role != Role::org_admin || !who.in_organisation(organisation_id)) {
    return forbidden("only this organisation's admin may mark its employees");
  }
  if (!works_for(tx, caregiver_id, organisation_id)) return no_such_caregiver(caregiver_id);
  records::set_employed(tx, caregiver_id, organisation_id, employed);
  return Done{};
}

std::optional<CaregiverFacts> load_caregiver_facts(store::Transaction& tx, std::int64_t caregiver_id) {
  auto record = records::read_caregiver_facts(tx, caregiver_id);
  if (!record) return std::nullopt;
  CaregiverFacts facts;
  auto& p = facts.profile;
  p.id = caregiver_id;
  p.level = record->profile.level;
  p.kind = record->profile.kind;
  p.home = domain::Point{record->profile.home_lon, record->profile.home_lat};
  p.travel_mode = record->profile.travel_mode;
  p.max_minutes_week = static_cast<int>(record->profile.max_minutes_week);
  for (const auto& c : record->certificates) p.certificates.push_back({c.code, c.expires_day, c.verified_at.has_value()});
  p.organisations = record->organisations;
  for (const auto& a : record->availability) {
    if (a.weekday) {
      facts.recurring.push_back({*a.weekday, a.from_minute, a.to_minute});
    } else {
      facts.one_off.push_back({a.day.value_or(0), a.from_minute, a.to_minute, a.available});
    }
  }
  return facts;
}

}  // namespace carecrowd::services
