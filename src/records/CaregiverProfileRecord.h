// CaregiverProfileRecord: the caregiver table (store migration 0001) as one typed record, and what
// hangs off a caregiver: their login's email and name (app_user), the certificates they uploaded
// (certificate: verified by an organisation or not yet), their published availability (weekly
// entries and one-off days) and the organisations they work for (caregiver_organisation). Who may
// see or change what is decided in services (services/Caregivers.h); the marketplace's rules read
// the same facts as market types there.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/CaregiverKind.h"
#include "domain/CivilTime.h"
#include "domain/Travel.h"
#include "records/CertificateEvidenceRecord.h"
#include "store/Database.h"
#include "store/QueryBatch.h"

namespace carecrowd::records {

struct CaregiverProfileRecord {
  std::int64_t id = 0;
  std::string name;
  int level = 0;
  domain::CaregiverKind kind = domain::CaregiverKind::freelancer;
  double home_lat = 0, home_lon = 0;
  domain::TravelMode travel_mode = domain::TravelMode::bike;
  std::int64_t max_minutes_week = 0;
  std::int64_t hourly_rate_cents = 0;
};

// nullopt when there is no such caregiver (or the row holds a kind or mode no version wrote).
std::optional<CaregiverProfileRecord> read_caregiver_profile(store::Transaction& tx, std::int64_t caregiver_id);
std::int64_t insert_caregiver_profile(store::Transaction& tx, const CaregiverProfileRecord& profile);
// Changes every field but the id; the caregiver's login takes the new name too.
void update_caregiver_profile(store::Transaction& tx, const CaregiverProfileRecord& profile);
std::optional<std::string> caregiver_login_email(store::Transaction& tx, std::int64_t caregiver_id);

struct HeldCertificateRecord {
  std::string code;
  DayNumber expires_day = 0;
  std::optional<std::int64_t> verified_by;  // the organisation that vouched for it
  std::optional<LocalMinute> verified_at;
  std::optional<std::string> big_number;     // the BIG register's number, where it applies
  std::optional<std::string> duo_reference;  // the diploma register's (DUO) reference
  std::optional<EvidenceRecord> evidence;    // the document uploaded with it (store migration 0020)
  // Its latest verification, withdrawn or not, and whatever evidence it named (an upload since may
  // have replaced it).
  std::optional<VerificationRecord> last_verification;
};
// The caregiver's certificates by code.
std::vector<HeldCertificateRecord> caregiver_certificates(store::Transaction& tx, std::int64_t caregiver_id);
std::optional<HeldCertificateRecord> read_certificate(store::Transaction& tx, std::int64_t caregiver_id, const std::string& code);
// A certificate as uploaded: its registrations and the evidence stored with it, if any.
struct CertificateUploadRecord {
  std::string code;
  DayNumber expires = 0;
  std::optional<std::string> big_number;
  std::optional<std::string> duo_reference;
  std::optional<std::int64_t> evidence_id;
};
// A new upload replaces the old one and is unverified again.
void upload_certificate(store::Transaction& tx, std::int64_t caregiver_id, const CertificateUploadRecord& upload);

struct AvailabilityRecord {
  std::optional<int> weekday;   // a weekly entry (0 = Monday)
  std::optional<DayNumber> day; // a one-off entry
  int from_minute = 0, to_minute = 0;
  bool available = true;
};
// Weekly entries first (by weekday), then one-off days (by day), each by start.
std::vector<AvailabilityRecord> caregiver_availability(store::Transaction& tx, std::int64_t caregiver_id);
// The whole set replaced.
void replace_availability(store::Transaction& tx, std::int64_t caregiver_id, const std::vector<AvailabilityRecord>& entries);

struct MembershipRecord {
  std::int64_t organisation_id = 0;
  std::string organisation;
  bool employed = false;
};
// The organisations the caregiver works for, by id.
std::vector<MembershipRecord> caregiver_memberships(store::Transaction& tx, std::int64_t caregiver_id);
// Whether the caregiver works for the organisation, and if so whether employed.
std::optional<bool> employment(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id);
void join_organisation(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id);
void leave_organisation(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id);
void set_employed(store::Transaction& tx, std::int64_t caregiver_id, std::int64_t organisation_id, bool employed);

// A caregiver as an organisation they work for sees them.
struct MemberCaregiver {
  std::int64_t id = 0;
  std::string name;
  int level = 0;
  domain::CaregiverKind kind = domain::CaregiverKind::freelancer;
  bool employed = false;
  double home_lat = 0, home_lon = 0;  // exact: services/Caregivers.h says what an organisation sees of it
};
std::optional<MemberCaregiver> read_member_caregiver(store::Transaction& tx, std::int64_t organisation_id,
                                                     std::int64_t caregiver_id);
// The organisation's caregivers with id above `after`, by id, at most `limit`.
std::vector<MemberCaregiver> member_caregivers(store::Transaction& tx, std::int64_t organisation_id, std::int64_t after,
                                               std::int64_t limit);
// The certificates of the organisation's caregivers with ids in [first, last], by caregiver and code.
std::map<std::int64_t, std::vector<HeldCertificateRecord>> member_certificates(store::Transaction& tx,
                                                                           std::int64_t organisation_id,
                                                                           std::int64_t first, std::int64_t last);

// Everything the marketplace's rules need of a caregiver, in two round trips (the feed asks for it
// on every request): the profile, the certificates (without who verified them), the organisations
// they work for and their availability.
struct CaregiverFactsRecord {
  CaregiverProfileRecord profile;
  std::vector<HeldCertificateRecord> certificates;
  std::vector<std::int64_t> organisations;
  std::vector<AvailabilityRecord> availability;
};
// With ClaimTurn::take the profile is read by taking the caregiver's claim turn (CaregiverRecord.h
// take_claim_turn: their claims run one at a time) in the same statement.
enum class ClaimTurn : std::uint8_t { leave, take };
std::optional<CaregiverFactsRecord> read_caregiver_facts(store::Transaction& tx, std::int64_t caregiver_id,
                                                         ClaimTurn turn = ClaimTurn::leave);
// The same as part of `batch` (one round trip with the batch's other reads): `out` is set when the
// batch runs.
void read_caregiver_facts(store::QueryBatch& batch, std::optional<CaregiverFactsRecord>& out,
                          std::int64_t caregiver_id, ClaimTurn turn = ClaimTurn::leave);

}  // namespace carecrowd::records
