#include "services/Caregivers.h"

#include <cmath>

#include <algorithm>
#include <tuple>

#include "records/CaregiverProfileRecord.h"
#include "records/CaregiverRecord.h"
#include "records/CertificateEvidenceRecord.h"
#include "records/CertificateRecord.h"
#include "records/OrganisationRecord.h"
#include "records/TaskRecord.h"
#include "services/Accounts.h"
#include "services/CertificateEvidence.h"
#include "services/Credentials.h"
#include "io/JsonInput.h"
#include "services/InputRules.h"

namespace carecrowd::services {

using io::Where;  // a field's path in an error
namespace {

using market::CaregiverKind;

constexpr std::size_t kMaxAvailabilityEntries = 200;

bool is_self(const Principal& who, std::int64_t caregiver_id) { return is_the_caregiver(who, caregiver_id); }

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

std::vector<HeldCertificate> held_certificates(std::vector<records::HeldCertificateRecord> records, DayNumber today) {
  std::vector<HeldCertificate> out;
  for (auto& c : records) out.push_back(held_certificate(std::move(c), today));
  return out;
}

// REQUIRES: the caregiver exists.
OwnProfile own_profile(store::Transaction& tx, std::int64_t caregiver_id, DayNumber today) {
  return {*records::read_caregiver_profile(tx, caregiver_id), records::caregiver_login_email(tx, caregiver_id),
          held_certificates(records::caregiver_certificates(tx, caregiver_id), today),
          records::caregiver_memberships(tx, caregiver_id)};
}

MemberProfile member_of(records::MemberCaregiver caregiver, std::vector<HeldCertificate> certificates) {
  const HomeNear near = home_near(caregiver.home_lat, caregiver.home_lon);
  return {std::move(caregiver), std::move(certificates), near};
}

// REQUIRES: the caregiver works for the organisation.
MemberProfile member_profile(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id,
                             DayNumber today) {
  return member_of(*records::read_member_caregiver(tx, organisation_id, caregiver_id),
                   held_certificates(records::caregiver_certificates(tx, caregiver_id), today));
}

// An availability entry's span: from before to, both times of the day.
std::optional<Error> check_span(int from, int to, const Where& w) {
  if (from < 0 || from > 24 * 60) return bad_input((w / "from").path, "", "must be a time of day");
  if (to < 0 || to > 24 * 60) return bad_input((w / "to").path, "", "must be a time of day");
  if (to <= from) return bad_input((w / "to").path, "", "must be after \"from\"");
  return std::nullopt;
}

Availability availability_of(const std::vector<records::AvailabilityRecord>& entries) {
  Availability out;
  for (const auto& a : entries) {
    if (a.weekday) {
      out.recurring.push_back({*a.weekday, a.from_minute, a.to_minute});
    } else {
      out.one_off.push_back({a.day.value_or(0), a.from_minute, a.to_minute, a.available});
    }
  }
  return out;
}

}  // namespace

bool is_the_caregiver(const Principal& who, std::int64_t caregiver_id) {
  return who.role == Role::caregiver && who.caregiver_id == caregiver_id;
}

bool is_staff_of_their_organisation(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id) {
  return is_care_staff(who) && works_for(tx, caregiver_id, *who.organisation_id);
}

Error no_such_caregiver(std::int64_t id) {
  return not_found("caregiver_id", std::to_string(id), "no such caregiver");
}

HeldCertificate held_certificate(records::HeldCertificateRecord c, DayNumber today) {
  const bool valid = c.verified_at.has_value() && c.expires_day >= today;
  return {std::move(c), valid};
}

CaregiverFields CaregiverChanges::applied_to(CaregiverFields f) const {
  if (name) f.name = *name;
  if (level) f.level = *level;
  if (kind) f.kind = *kind;
  if (home) std::tie(f.lat, f.lon) = *home;
  if (travel_mode) f.travel_mode = *travel_mode;
  if (max_hours_week) f.max_hours_week = *max_hours_week;
  if (hourly_rate_cents) f.hourly_rate_cents = *hourly_rate_cents;
  return f;
}

HomeNear home_near(double lat, double lon) {
  return {std::round(lat / kHomeNearDegrees) * kHomeNearDegrees, std::round(lon / kHomeNearDegrees) * kHomeNearDegrees};
}

std::optional<Error> check_availability_count(std::string_view list, std::size_t count) {
  if (count <= kMaxAvailabilityEntries) return std::nullopt;
  return bad_input(std::string(list), "", say("holds at most {} entries", kMaxAvailabilityEntries));
}

Result<CaregiverSignedUp> register_caregiver(const Platform& platform, const Result<CaregiverSignup>& signup) {
  if (!signup) return signup.error();
  const std::string email = lower_case_email(signup.value().email);
  const std::string& password = signup.value().password;
  // The values are checked before the hash, which is slow on purpose, and again where they are stored.
  if (auto e = check_email(email, "email")) return *e;
  if (auto e = check_password(password, "password")) return *e;
  auto fields = check_caregiver_fields(signup.value().fields);
  if (!fields) return fields.error();
  // Hashing happens before the write transaction, not inside it.
  const std::string hash = hash_password(password, password_cost(platform));
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().write([&](store::Transaction& tx) -> Result<CaregiverSignedUp> {
    auto made = register_caregiver_in(tx, {email, hash, fields.value()});
    if (!made) return made.error();
    return CaregiverSignedUp{own_profile(tx, made.value().caregiver_id, today), made.value().user_id};
  });
}

Result<CaregiverView> get_caregiver(const Platform& platform, const Principal& who, std::int64_t caregiver_id) {
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().read([&](store::Transaction& tx) -> Result<CaregiverView> {
    if (is_self(who, caregiver_id)) return CaregiverView{own_profile(tx, caregiver_id, today)};
    if (is_staff_of_their_organisation(tx, who, caregiver_id)) {
      return CaregiverView{member_profile(tx, caregiver_id, *who.organisation_id, today)};
    }
    return no_such_caregiver(caregiver_id);
  });
}

Result<OwnProfile> update_caregiver(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                    const Result<CaregiverChanges>& changes) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  if (!changes) return changes.error();
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().write([&](store::Transaction& tx) -> Result<OwnProfile> {
    const auto current = records::read_caregiver_profile(tx, caregiver_id);
    if (!current) return no_such_caregiver(caregiver_id);
    auto fields = check_caregiver_fields(changes.value().applied_to(fields_of(*current)));
    if (!fields) return fields.error();
    records::update_caregiver_profile(tx, profile_of(caregiver_id, fields.value()));
    return own_profile(tx, caregiver_id, today);
  });
}

Result<HeldCertificate> add_certificate(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                        const Result<CertificateUpload>& upload) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  if (!upload) return upload.error();
  const auto& u = upload.value();
  const LocalMinute now = platform.now();
  return platform.db().write(
      [&](store::Transaction& tx) -> Result<HeldCertificate> { return add_certificate_in(tx, who, caregiver_id, u, now); });
}

Result<std::vector<domain::CertificateType>> certificate_catalogue(const Platform& platform, const Principal& who) {
  (void)who;  // the route asks for a login; every role may read the catalogue
  return platform.db().read([](store::Transaction& tx) { return records::certificate_catalogue(tx); });
}

Result<Availability> set_availability(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                      const Result<Availability>& availability) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  if (!availability) return availability.error();
  return platform.db().write([&](store::Transaction& tx) -> Result<Availability> {
    auto set = set_availability_in(tx, who, caregiver_id, availability.value());
    if (!set) return set.error();
    return availability_of(records::caregiver_availability(tx, caregiver_id));
  });
}

Result<Availability> get_availability(const Platform& platform, const Principal& who, std::int64_t caregiver_id) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  return platform.db().read([&](store::Transaction& tx) -> Result<Availability> {
    return availability_of(records::caregiver_availability(tx, caregiver_id));
  });
}

Result<Availability> preview_availability(const Principal& who, std::int64_t caregiver_id,
                                          const Result<Availability>& imported) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  if (!imported) return imported.error();
  if (auto e = check_availability_count("recurring", imported.value().recurring.size())) return *e;
  if (auto e = check_availability_count("one_off", imported.value().one_off.size())) return *e;
  return imported.value();
}

Result<OwnProfile> join_organisation(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                     const Result<OrganisationToJoin>& join) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  if (!join) return join.error();
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().write([&](store::Transaction& tx) -> Result<OwnProfile> {
    auto joined = join_organisation_in(tx, who, caregiver_id, join.value().organisation_id);
    if (!joined) return joined.error();
    return own_profile(tx, caregiver_id, today);
  });
}

Result<OwnProfile> leave_organisation(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                      std::int64_t organisation_id) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().write([&](store::Transaction& tx) -> Result<OwnProfile> {
    // Queue with this caregiver's claims (which take the same row), so that no claim of this
    // organisation's task slips in between the count below and the delete.
    records::take_claim_turn(tx, caregiver_id);
    if (!works_for(tx, caregiver_id, organisation_id)) {
      return not_found("organisation_id", std::to_string(organisation_id), "you do not work for this organisation");
    }
    const auto held = records::claimed_task_count(tx, caregiver_id, organisation_id);
    if (held > 0) {
      return conflict("organisation_id", std::to_string(organisation_id),
                      say("you hold {} claimed tasks of this organisation; release them first", held));
    }
    records::leave_organisation(tx, caregiver_id, organisation_id);
    return own_profile(tx, caregiver_id, today);
  });
}

Result<MemberProfile> set_employment(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                                     std::int64_t caregiver_id, const Result<Employment>& employment) {
  if (who.role != Role::org_admin || !who.in_organisation(organisation_id)) {
    return forbidden("only this organisation's admin may mark its employees");
  }
  if (!employment) return employment.error();
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().write([&](store::Transaction& tx) -> Result<MemberProfile> {
    auto set = set_employment_in(tx, who, organisation_id, caregiver_id, employment.value().employed);
    if (!set) return set.error();
    return member_profile(tx, caregiver_id, organisation_id, today);
  });
}

Result<MemberList> list_organisation_caregivers(const Platform& platform, const Principal& who,
                                                std::int64_t organisation_id, const Result<Page>& page) {
  if (!is_care_staff(who) || !who.in_organisation(organisation_id)) {
    return forbidden("only this organisation's admin or coordinators may list its caregivers");
  }
  if (!page) return page.error();
  const DayNumber today = platform.now() / kMinutesPerDay;
  return platform.db().read([&](store::Transaction& tx) -> Result<MemberList> {
    MemberList out;
    auto members = records::member_caregivers(tx, organisation_id, page.value().after, page.value().limit);
    if (members.empty()) return out;
    // One query for the certificates of the whole page.
    auto certificates = records::member_certificates(tx, organisation_id, members.front().id, members.back().id);
    if (static_cast<std::int64_t>(members.size()) == page.value().limit) out.next_after = members.back().id;
    for (auto& m : members) {
      std::vector<HeldCertificate> held;
      if (auto found = certificates.find(m.id); found != certificates.end()) {
        held = held_certificates(std::move(found->second), today);
      }
      out.items.push_back(member_of(std::move(m), std::move(held)));
    }
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

Result<HeldCertificate> add_certificate_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                           const CertificateUpload& upload, LocalMinute now) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  const std::string& code = upload.code;
  const auto catalog = records::certificate_codes(tx);
  if (std::find(catalog.begin(), catalog.end(), code) == catalog.end()) {
    std::string known;
    for (const auto& k : catalog) known += (known.empty() ? "" : ", ") + k;
    return bad_input("code", code, say("is not a known certificate ({})", known));
  }
  if (upload.expires < now / kMinutesPerDay) return bad_input("expires", code, "the certificate has already expired");
  if (upload.big_number) {
    if (auto e = check_big_number(*upload.big_number)) return *e;
  }
  if (upload.duo_reference) {
    if (auto e = check_duo_reference(*upload.duo_reference)) return *e;
  }
  records::CertificateUploadRecord stored{code, upload.expires, upload.big_number, upload.duo_reference, std::nullopt};
  if (upload.evidence) {
    const EvidenceDocument& document = *upload.evidence;
    if (auto e = check_evidence_document(document)) return *e;
    stored.evidence_id = records::insert_evidence(
        tx, {caregiver_id, code, document.media_type, document.file_name, sha256_hex(document.content),
             document.content, who.user_id, now});
  }
  // A new upload replaces the old one, and an organisation must look at it again. Serialised with
  // verifications of the same certificate, so that none verifies a document this upload replaced.
  records::take_certificate_turn(tx, caregiver_id, code);
  records::upload_certificate(tx, caregiver_id, stored);
  records::drop_unnamed_evidence(tx, caregiver_id, code);
  return held_certificate(*records::read_certificate(tx, caregiver_id, code), now / kMinutesPerDay);
}

Result<Done> set_availability_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                 const Availability& a) {
  if (!is_self(who, caregiver_id)) return no_such_caregiver(caregiver_id);
  if (auto e = check_availability_count("recurring", a.recurring.size())) return *e;
  if (auto e = check_availability_count("one_off", a.one_off.size())) return *e;
  std::vector<records::AvailabilityRecord> entries;
  for (std::size_t i = 0; i < a.recurring.size(); ++i) {
    const auto& r = a.recurring[i];
    const Where w = Where{"recurring", ""}[i];
    if (auto e = check_weekday(r.weekday, (w / "weekday").path)) return *e;
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

std::optional<CaregiverFacts> load_caregiver_facts(store::Transaction& tx, std::int64_t caregiver_id,
                                                   records::ClaimTurn turn) {
  auto record = records::read_caregiver_facts(tx, caregiver_id, turn);
  if (!record) return std::nullopt;
  return caregiver_facts_of(*record);
}

CaregiverFacts caregiver_facts_of(const records::CaregiverFactsRecord& record) {
  CaregiverFacts facts;
  auto& p = facts.profile;
  p.id = record.profile.id;
  p.level = record.profile.level;
  p.kind = record.profile.kind;
  p.home = domain::Point{record.profile.home_lon, record.profile.home_lat};
  p.travel_mode = record.profile.travel_mode;
  p.max_minutes_week = static_cast<int>(record.profile.max_minutes_week);
  for (const auto& c : record.certificates) p.certificates.push_back({c.code, c.expires_day, c.verified_at.has_value()});
  p.organisations = record.organisations;
  auto availability = availability_of(record.availability);
  facts.recurring = std::move(availability.recurring);
  facts.one_off = std::move(availability.one_off);
  return facts;
}

}  // namespace carecrowd::services
