// Caregivers: the crowd's side of the platform. A caregiver registers themselves (no organisation
// invites them), keeps a profile with home, travel mode and hours, uploads certificates that an
// organisation's admin or coordinator verifies, publishes when they are available, and joins the organisations
// they work for (a freelancer may work for several; an organisation's admin marks employees).
//
// Who sees what: a caregiver sees and changes only their own profile. An admin or coordinator of an
// organisation the caregiver works for sees a limited profile (name, level, kind, certificates),
// never the home address. Anyone else gets 404, as for an id that does not exist.
//
// No client data is read or changed here, so nothing here writes the audit log.
// Inputs and results are typed; the http edge reads and renders them (http/CaregiverJson.h).
//
// Thread safety: stateless functions over the Platform (or the caller's transaction); safe from
// any number of request threads and processes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/Error.h"
#include "domain/CertificateType.h"
#include "domain/Travel.h"
#include "market/Availability.h"
#include "market/Eligibility.h"
#include "records/CaregiverProfileRecord.h"
#include "services/Page.h"
#include "services/Platform.h"
#include "services/Principal.h"
#include "store/Database.h"

namespace carecrowd::services {

// The profile fields a caregiver sets at registration and may change later.
struct CaregiverFields {
  std::string name;         // one line, 1..200 bytes
  std::int64_t level = 0;   // 1..6; 0 for (and only for) a volunteer
  market::CaregiverKind kind = market::CaregiverKind::freelancer;
  double lat = 0, lon = 0;  // home, in the Netherlands
  domain::TravelMode travel_mode = domain::TravelMode::bike;
  std::int64_t max_hours_week = 0;  // 1..60
  std::int64_t hourly_rate_cents = 0;  // 0..100,000
};
// A change of some of them; the others keep their value. A home is both coordinates.
struct CaregiverChanges {
  std::optional<std::string> name;
  std::optional<std::int64_t> level;
  std::optional<market::CaregiverKind> kind;
  std::optional<std::pair<double, double>> home;  // lat, lon
  std::optional<domain::TravelMode> travel_mode;
  std::optional<std::int64_t> max_hours_week;
  std::optional<std::int64_t> hourly_rate_cents;

  [[nodiscard]] CaregiverFields applied_to(CaregiverFields fields) const;
};

// A certificate the caregiver holds, and whether it counts today (verified and not expired).
struct HeldCertificate {
  records::HeldCertificateRecord record;
  bool valid = false;
};
// The whole profile, as the caregiver themselves sees it.
struct OwnProfile {
  records::CaregiverProfileRecord profile;
  std::optional<std::string> email;  // their login
  std::vector<HeldCertificate> certificates;
  std::vector<records::MembershipRecord> organisations;
};
// What an organisation the caregiver works for sees: no home, no rates.
// Where a caregiver's home is as an organisation they work for sees it: rounded to about 200 metres
// (kHomeNearDegrees), enough to start and end their routes on a map without giving the door away.
struct HomeNear {
  double lat = 0, lon = 0;
};
inline constexpr double kHomeNearDegrees = 0.002;
[[nodiscard]] HomeNear home_near(double lat, double lon);

struct MemberProfile {
  records::MemberCaregiver caregiver;  // its exact home is not rendered: home_near is
  std::vector<HeldCertificate> certificates;
  HomeNear home_near;
};

// Self-registration, unauthenticated: email (compared in lower case), password and every profile
// field. Creates the caregiver and their login. `signup` (and every `Result` input below) is as
// the http edge read it: its error is answered after the permission check, as before the body was
// typed (a caller in the process passes the input).
struct CaregiverSignup {
  std::string email, password;
  CaregiverFields fields;
};
struct CaregiverSignedUp {
  OwnProfile profile;
  std::int64_t user_id = 0;
};
Result<CaregiverSignedUp> register_caregiver(const Platform& platform, const Result<CaregiverSignup>& signup);
// The caregiver themselves see the whole profile; an admin or coordinator of an organisation they
// work for the member's view.
using CaregiverView = std::variant<OwnProfile, MemberProfile>;
Result<CaregiverView> get_caregiver(const Platform& platform, const Principal& who, std::int64_t caregiver_id);
Result<OwnProfile> update_caregiver(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                    const Result<CaregiverChanges>& changes);

// The one rule of who, besides the caregiver themselves, sees what a caregiver keeps here (their
// member profile, certificates and the documents behind them) and verifies their certificates: an
// admin or coordinator of an organisation the caregiver works for.
[[nodiscard]] bool is_staff_of_their_organisation(store::Transaction& tx, const Principal& who,
                                                  std::int64_t caregiver_id);
// The caregiver themselves.
[[nodiscard]] bool is_the_caregiver(const Principal& who, std::int64_t caregiver_id);
// What anyone else is told: nothing exists (404, as for an id that does not exist).
[[nodiscard]] Error no_such_caregiver(std::int64_t caregiver_id);

// A certificate held as the caregiver sees it on `today`.
[[nodiscard]] HeldCertificate held_certificate(records::HeldCertificateRecord record, DayNumber today);

// A document sent as a certificate's evidence (services/CertificateEvidence.h has its rules).
struct EvidenceDocument {
  std::string media_type;  // as declared; the bytes must say the same
  std::string file_name;
  std::string content;     // the bytes
};
// Certificates: a code from the catalogue (records/CertificateRecord.h), when it expires, the
// registrations where they apply and the evidence (services/CertificateEvidence.h). Uploading a
// code again replaces it and needs verifying again.
struct CertificateUpload {
  std::string code;
  DayNumber expires = 0;
  std::optional<std::string> big_number;
  std::optional<std::string> duo_reference;
  std::optional<EvidenceDocument> evidence;
};
Result<HeldCertificate> add_certificate(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                        const Result<CertificateUpload>& upload);
// The certificate catalogue (records/CertificateRecord.h), for anyone logged in: what each code
// means, whether it is a reserved procedure and how long it counts.
Result<std::vector<domain::CertificateType>> certificate_catalogue(const Platform& platform, const Principal& who);
// Verifying and withdrawing a certificate: services/CertificateEvidence.h.

// Availability: weekly entries and one-off days (each a span of the day, from before to); setting
// replaces the whole set.
struct Availability {
  std::vector<market::RecurringAvailability> recurring;  // at most 200
  std::vector<market::OneOffAvailability> one_off;       // at most 200
};
// A list of availability entries holds at most 200: bad_input naming `list` otherwise (also for a
// reader that would rather not read the 201st).
std::optional<Error> check_availability_count(std::string_view list, std::size_t count);
Result<Availability> set_availability(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                      const Result<Availability>& availability);
Result<Availability> get_availability(const Platform& platform, const Principal& who, std::int64_t caregiver_id);
// What an imported calendar makes of one's availability, checked as a change would be (the
// caregiver themself; the entry limits) but not stored: the caregiver sees it and saves it.
Result<Availability> preview_availability(const Principal& who, std::int64_t caregiver_id,
                                          const Result<Availability>& imported);

// The caregiver joins or leaves an organisation. Leaving is refused while they hold claimed tasks
// of it.
struct OrganisationToJoin {
  std::int64_t organisation_id = 0;
};
Result<OwnProfile> join_organisation(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                     const Result<OrganisationToJoin>& join);
Result<OwnProfile> leave_organisation(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                      std::int64_t organisation_id);

// An organisation's admin marks a caregiver who works for it as employed or not, and lists its
// caregivers (admin or coordinator), paginated by id (limit default 100).
struct Employment {
  bool employed = false;
};
Result<MemberProfile> set_employment(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                                     std::int64_t caregiver_id, const Result<Employment>& employment);
struct MemberList {
  std::vector<MemberProfile> items;
  std::optional<std::int64_t> next_after;  // when the page is full
};
Result<MemberList> list_organisation_caregivers(const Platform& platform, const Principal& who,
                                                std::int64_t organisation_id, const Result<Page>& page);

// The same in the caller's transaction (the demo region, later the simulation), with the same
// checks and permissions as the calls above.
struct NewCaregiver {
  std::string email;          // lower case
  std::string password_hash;  // services/Credentials.h hash_password
  CaregiverFields fields;
};
struct CaregiverRegistered {
  std::int64_t caregiver_id = 0;
  std::int64_t user_id = 0;
};
Result<CaregiverRegistered> register_caregiver_in(store::Transaction& tx, const NewCaregiver& caregiver);
// `who` is the caregiver themselves; the evidence, if any, is stored as uploaded by them at `now`.
// Returns the certificate as stored (with its evidence's id, which a verification names).
Result<HeldCertificate> add_certificate_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                           const CertificateUpload& upload, LocalMinute now);
Result<Done> set_availability_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                 const Availability& availability);
Result<Done> join_organisation_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                  std::int64_t organisation_id);
// `who` is the organisation's admin.
Result<Done> set_employment_in(store::Transaction& tx, const Principal& who, std::int64_t organisation_id,
                               std::int64_t caregiver_id, bool employed);

// For the marketplace: what the rules need to know about a caregiver, read in `tx` (two statements,
// one round trip).
struct CaregiverFacts {
  market::CaregiverProfile profile;
  std::vector<market::RecurringAvailability> recurring;
  std::vector<market::OneOffAvailability> one_off;
};
// With records::ClaimTurn::take, first takes the caregiver's claim turn (services/Claims.h).
std::optional<CaregiverFacts> load_caregiver_facts(store::Transaction& tx, std::int64_t caregiver_id,
                                                   records::ClaimTurn turn = records::ClaimTurn::leave);
// The same from the record read (records::read_caregiver_facts, alone or in a batch).
[[nodiscard]] CaregiverFacts caregiver_facts_of(const records::CaregiverFactsRecord& record);

}  // namespace carecrowd::services
