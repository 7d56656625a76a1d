#include "records/CaregiverProfileRecord.h"

#include "records/SessionRecord.h"

namespace carecrowd::records {
namespace {

// The one column list of the caregiver table as a profile (claim_seq is the claim turn's,
// records/CaregiverRecord.h).
constexpr const char* kProfileColumns =
    "id, name, level, kind, home_lat, home_lon, travel_mode, max_minutes_week, hourly_rate_cents";

std::optional<CaregiverProfileRecord> profile_of(const store::Row& r) {
  CaregiverProfileRecord p;
  p.id = r.i64(0);
  p.name = r.text(1);
  p.level = static_cast<int>(r.i64(2));
  const auto kind = domain::parse_caregiver_kind(r.text(3));
  if (!kind) return std::nullopt;
  p.kind = *kind;
  p.home_lat = r.f64(4);
  p.home_lon = r.f64(5);
  if (!domain::parse_travel_mode(r.text(6), p.travel_mode)) return std::nullopt;
  p.max_minutes_week = r.i64(7);
  p.hourly_rate_cents = r.i64(8);
  return p;
}

// A certificate with its evidence's description and its latest verification (with the verifier's
// name), as one row: the columns, then the tables they come from.
constexpr const char* kCertificateColumns =
    "cert.code, cert.expires_day, cert.verified_by, cert.verified_at, cert.big_number, cert.duo_reference, "
    "ev.id, ev.caregiver_id, ev.media_type, ev.file_name, ev.size_bytes, ev.sha256, ev.uploaded_by, ev.uploaded_at, "
    "ver.id, ver.evidence_id, ver.evidence_sha256, ver.organisation_id, ver.verified_by, vu.name, ver.verified_at, "
    "ver.withdrawn_by, ver.withdrawn_at, ver.withdrawal_reason";
constexpr const char* kCertificateTables =
    " FROM certificate cert LEFT JOIN certificate_evidence ev ON ev.id = cert.evidence_id "
    "LEFT JOIN certificate_verification ver ON ver.id = (SELECT MAX(v.id) FROM certificate_verification v "
    "WHERE v.caregiver_id = cert.caregiver_id AND v.code = cert.code) "
    "LEFT JOIN app_user vu ON vu.id = ver.verified_by";
constexpr std::size_t kCertificateColumnCount = 24;

std::optional<std::string> optional_text(const store::Row& r, std::size_t at) {
  if (r.is_null(at)) return std::nullopt;
  return r.text(at);
}

HeldCertificateRecord certificate_of(const store::Row& r) {
  HeldCertificateRecord c{r.text(0), r.i64(1), r.opt_i64(2), r.opt_i64(3), optional_text(r, 4), optional_text(r, 5),
                          std::nullopt, std::nullopt};
  if (!r.is_null(6)) {
    c.evidence = EvidenceRecord{r.i64(6), r.i64(7), c.code, r.text(8), r.text(9), r.i64(10), r.text(11), r.i64(12),
                                r.i64(13)};
  }
  if (!r.is_null(14)) {
    c.last_verification = VerificationRecord{r.i64(14), r.i64(15), r.text(16), r.i64(17), r.i64(18),
                                             r.text(19),    r.i64(20),    r.opt_i64(21), r.opt_i64(22), r.text(23)};
  }
  return c;
}

// The one column list of a caregiver as an organisation knows them (c: caregiver, co: the membership).
constexpr const char* kMemberColumns = "c.id, c.name, c.level, c.kind, co.employed, c.home_lat, c.home_lon";

MemberCaregiver member_of(const store::Row& r) {
  return {r.i64(0), r.text(1), static_cast<int>(r.i64(2)),
          domain::parse_caregiver_kind(r.text(3)).value_or(domain::CaregiverKind::freelancer), r.i64(4) != 0,
          r.f64(5), r.f64(6)};
}

std::string text(domain::CaregiverKind kind) { return std::string(domain::to_string(kind)); }
std::string text(domain::TravelMode mode) { return std::string(domain::to_string(mode)); }

}  // namespace

std::optional<CaregiverProfileRecord> read_caregiver_profile(store::Transaction& tx, std::int64_t caregiver_id) {
  const auto rows = tx.query(std::string("SELECT ") + kProfileColumns + " FROM caregiver WHERE id = ?", {caregiver_id});
  if (rows.empty()) return std::nullopt;
  return profile_of(rows[0]);
}

std::int64_t insert_caregiver_profile(store::Transaction& tx, const CaregiverProfileRecord& p) {
  return *tx.query_i64(
      "INSERT INTO caregiver (name, level, kind, home_lat, home_lon, travel_mode, max_minutes_week, hourly_rate_cents) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {p.name, std::int64_t{p.level}, text(p.kind), p.home_lat, p.home_lon, text(p.travel_mode), p.max_minutes_week,
       p.hourly_rate_cents});
}

void update_caregiver_profile(store::Transaction& tx, const CaregiverProfileRecord& p) {
  tx.exec("UPDATE caregiver SET name = ?, level = ?, kind = ?, home_lat = ?, home_lon = ?, travel_mode = ?, "
          "max_minutes_week = ?, hourly_rate_cents = ? WHERE id = ?",
          {p.name, std::int64_t{p.level}, text(p.kind), p.home_lat, p.home_lon, text(p.travel_mode), p.max_minutes_week,
           p.hourly_rate_cents, p.id});
  // The account signs in under the caregiver's name: sessions remembered with the old one are forgotten.
  if (tx.exec("UPDATE app_user SET name = ? WHERE caregiver_id = ? AND name <> ?", {p.name, p.id, p.name}) > 0) {
    announce_session_change(tx);
  }
}

std::optional<std::string> caregiver_login_email(store::Transaction& tx, std::int64_t caregiver_id) {
  const auto rows = tx.query("SELECT email FROM app_user WHERE caregiver_id = ?", {caregiver_id});
  if (rows.empty()) return std::nullopt;
  return rows[0].text(0);
}

std::vector<HeldCertificateRecord> caregiver_certificates(store::Transaction& tx, std::int64_t caregiver_id) {
  std::vector<HeldCertificateRecord> out;
  for (const auto& r : tx.query(std::string("SELECT ") + kCertificateColumns + kCertificateTables +
                                    " WHERE cert.caregiver_id = ? ORDER BY cert.code",
                                {caregiver_id})) {
    out.push_back(certificate_of(r));
  }
  return out;
}

std::optional<HeldCertificateRecord> read_certificate(store::Transaction& tx, std::int64_t caregiver_id,
                                                      const std::string& code) {
  const auto rows = tx.query(std::string("SELECT ") + kCertificateColumns + kCertificateTables +
                                 " WHERE cert.caregiver_id = ? AND cert.code = ?",
                             {caregiver_id, code});
  if (rows.empty()) return std::nullopt;
  return certificate_of(rows[0]);
}

void upload_certificate(store::Transaction& tx, std::int64_t caregiver_id, const CertificateUploadRecord& u) {
  const auto optional = [](const auto& value) -> store::Param {
    if (!value) return nullptr;
    return *value;
  };
  tx.exec("INSERT INTO certificate (caregiver_id, code, expires_day, big_number, duo_reference, evidence_id) "
          "VALUES (?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (caregiver_id, code) DO UPDATE SET expires_day = excluded.expires_day, verified_by = NULL, "
          "verified_at = NULL, big_number = excluded.big_number, duo_reference = excluded.duo_reference, "
          "evidence_id = excluded.evidence_id",
          {caregiver_id, u.code, u.expires, optional(u.big_number), optional(u.duo_reference), optional(u.evidence_id)});
}

std::vector<AvailabilityRecord> caregiver_availability(store::Transaction& tx, std::int64_t caregiver_id) {
  std::vector<AvailabilityRecord> out;
  for (const auto& r : tx.query("SELECT weekday, day, from_minute, to_minute, available FROM availability "
                                "WHERE caregiver_id = ? ORDER BY COALESCE(day, -1), COALESCE(weekday, -1), from_minute",
                                {caregiver_id})) {
    AvailabilityRecord a;
    if (!r.is_null(0)) a.weekday = static_cast<int>(r.i64(0));
    a.day = r.opt_i64(1);
    a.from_minute = static_cast<int>(r.i64(2));
    a.to_minute = static_cast<int>(r.i64(3));
    a.available = r.i64(4) != 0;
    out.push_back(a);
  }
  return out;
}

void replace_availability(store::Transaction& tx, std::int64_t caregiver_id, const std::vector<AvailabilityRecord>& entries) {
  tx.exec("DELETE FROM availability WHERE caregiver_id = ?", {caregiver_id});
  for (const auto& a : entries) {
    std::vector<store::Param> params{caregiver_id};
    // Branches, not ?: between two Params: GCC 12 warns (wrongly) of an uninitialised string there.
    if (a.weekday) {
      params.emplace_back(std::int64_t{*a.weekday});
    } else {
      params.emplace_back(nullptr);
    }
    if (a.day) {
      params.emplace_back(*a.day);
    } else {
      params.emplace_back(nullptr);
    }
    params.emplace_back(std::int64_t{a.from_minute});
    params.emplace_back(std::int64_t{a.to_minute});
    params.emplace_back(std::int64_t{a.available ? 1 : 0});
    tx.exec("INSERT INTO availability (caregiver_id, weekday, day, from_minute, to_minute, available) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            params);
  }
}

std::vector<MembershipRecord> caregiver_memberships(store::Transaction& tx, std::int64_t caregiver_id) {
  std::vector<MembershipRecord> out;
  for (const auto& r : tx.query("SELECT o.id, o.name, co.employed FROM caregiver_organisation co "
                                "JOIN organisation o ON o.id = co.organisation_id WHERE co.caregiver_id = ? ORDER BY o.id",
                                {caregiver_id})) {
    out.push_back({r.i64(0), r.text(1), r.i64(2) != 0});
  }
  return out;
}

std::optional<bool> employment(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id) {
  const auto employed = tx.query_i64(
      "SELECT employed FROM caregiver_organisation WHERE caregiver_id = ? AND organisation_id = ?",
      {caregiver_id, organisation_id});
  if (!employed) return std::nullopt;
  return *employed != 0;
}

void join_organisation(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id) {
  tx.exec("INSERT INTO caregiver_organisation (caregiver_id, organisation_id) VALUES (?, ?) "
          "ON CONFLICT (caregiver_id, organisation_id) DO NOTHING",
          {caregiver_id, organisation_id});
}

void leave_organisation(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id) {
  tx.exec("DELETE FROM caregiver_organisation WHERE caregiver_id = ? AND organisation_id = ?",
          {caregiver_id, organisation_id});
}

void set_employed(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id, bool employed) {
  tx.exec("UPDATE caregiver_organisation SET employed = ? WHERE caregiver_id = ? AND organisation_id = ?",
          {std::int64_t{employed ? 1 : 0}, caregiver_id, organisation_id});
}

std::optional<MemberCaregiver> read_member_caregiver(store::Transaction& tx, std::int64_t organisation_id,
                                                     std::int64_t caregiver_id) {
  const auto rows = tx.query(std::string("SELECT ") + kMemberColumns + " FROM caregiver c "
                             "JOIN caregiver_organisation co ON co.caregiver_id = c.id AND co.organisation_id = ? "
                             "WHERE c.id = ?",
                             {organisation_id, caregiver_id});
  if (rows.empty()) return std::nullopt;
  return member_of(rows[0]);
}

std::vector<MemberCaregiver> member_caregivers(store::Transaction& tx, std::int64_t organisation_id, std::int64_t after,
                                               std::int64_t limit) {
  std::vector<MemberCaregiver> out;
  for (const auto& r : tx.query(std::string("SELECT ") + kMemberColumns + " FROM caregiver c "
                                "JOIN caregiver_organisation co ON co.caregiver_id = c.id WHERE co.organisation_id = ? "
                                "AND c.id > ? ORDER BY c.id LIMIT ?",
                                {organisation_id, after, limit})) {
    out.push_back(member_of(r));
  }
  return out;
}

std::map<std::int64_t, std::vector<HeldCertificateRecord>> member_certificates(store::Transaction& tx,
                                                                               std::int64_t organisation_id,
                                                                               std::int64_t first, std::int64_t last) {
  std::map<std::int64_t, std::vector<HeldCertificateRecord>> out;
  for (const auto& r : tx.query(std::string("SELECT ") + kCertificateColumns + ", cert.caregiver_id" +
                                    kCertificateTables +
                                    " JOIN caregiver_organisation co ON co.caregiver_id = cert.caregiver_id AND "
                                    "co.organisation_id = ? WHERE cert.caregiver_id >= ? AND cert.caregiver_id <= ? "
                                    "ORDER BY cert.code",
                                {organisation_id, first, last})) {
    out[r.i64(kCertificateColumnCount)].push_back(certificate_of(r));
  }
  return out;
}

std::optional<CaregiverFactsRecord> read_caregiver_facts(store::Transaction& tx, std::int64_t caregiver_id,
                                                         ClaimTurn turn) {
  return store::read_alone<std::optional<CaregiverFactsRecord>>(tx, [&](auto& batch, auto& out) {
    read_caregiver_facts(batch, out, caregiver_id, turn);
  });
}

void read_caregiver_facts(store::QueryBatch& batch, std::optional<CaregiverFactsRecord>& out,
                          std::int64_t caregiver_id, ClaimTurn turn) {
  // With the turn: the same row update as take_claim_turn, returning the profile.
  std::string profile_sql = turn == ClaimTurn::take
                                ? std::string("UPDATE caregiver SET claim_seq = claim_seq + 1 WHERE id = ? RETURNING ")
                                : std::string("SELECT ") + kProfileColumns + " FROM caregiver WHERE id = ?";
  if (turn == ClaimTurn::take) profile_sql += kProfileColumns;
  batch.add(std::move(profile_sql), {caregiver_id}, [&out](const store::Rows& rows) {
    out.reset();
    if (rows.empty()) return;
    if (auto profile = profile_of(rows[0])) out = CaregiverFactsRecord{std::move(*profile), {}, {}, {}};
  });
  // Certificates, organisations and availability in one statement.
  batch.add(
      "SELECT 'c', code, expires_day, COALESCE(verified_at, -1), 0, 0, 0 FROM certificate WHERE caregiver_id = ? "
      "UNION ALL SELECT 'o', '', organisation_id, 0, 0, 0, 0 FROM caregiver_organisation WHERE caregiver_id = ? "
      "UNION ALL SELECT 'a', '', COALESCE(weekday, -1), COALESCE(day, -1), from_minute, to_minute, available "
      "FROM availability WHERE caregiver_id = ?",
      {caregiver_id, caregiver_id, caregiver_id}, [&out](const store::Rows& rows) {
        if (!out) return;
        CaregiverFactsRecord& facts = *out;
        for (const auto& r : rows) {
          const std::string& kind = r.text(0);
          if (kind == "c") {
            const std::int64_t verified_at = r.i64(3);
            HeldCertificateRecord held;
            held.code = r.text(1);
            held.expires_day = r.i64(2);
            if (verified_at >= 0) held.verified_at = verified_at;
            facts.certificates.push_back(std::move(held));
          } else if (kind == "o") {
            facts.organisations.push_back(r.i64(2));
          } else {
            AvailabilityRecord a;
            if (r.i64(2) >= 0) a.weekday = static_cast<int>(r.i64(2));
            if (r.i64(2) < 0) a.day = r.i64(3);
            a.from_minute = static_cast<int>(r.i64(4));
            a.to_minute = static_cast<int>(r.i64(5));
            a.available = r.i64(6) != 0;
            facts.availability.push_back(a);
          }
        }
      });
}

}  // namespace carecrowd::records
