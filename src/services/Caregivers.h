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
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "domain/CertificateType.h"
#include "domain/Travel.h"
#include "market/Availability.h"
#include "market/Eligibility.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// Self-registration, unauthenticated. Body: email, password, name, level (1..6; 0 for a
// volunteer), kind (employee | freelancer | volunteer), home {lat, lon}, travel_mode (walk | bike |
// ebike | car), max_hours_week (1..60), hourly_rate_cents. Creates the caregiver and their login.
Result<nlohmann::json> register_caregiver(const Platform& platform, const nlohmann::json& body);
Result<nlohmann::json> get_caregiver(const Platform& platform, const Principal& who, std::int64_t caregiver_id);
// The caregiver changes their profile; fields absent from the body keep their value.
Result<nlohmann::json> update_caregiver(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                        const nlohmann::json& body);

// Certificates. Body: code (from the catalogue, records/CertificateRecord.h), expires ("YYYY-MM-DD"). Uploading a code
// again replaces it and needs verifying again.
Result<nlohmann::json> add_certificate(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                       const nlohmann::json& body);
// The certificate catalogue (records/CertificateRecord.h), for anyone logged in: what each code
// means, whether it is a reserved procedure and how long it counts.
Result<std::vector<domain::CertificateType>> certificate_catalogue(const Platform& platform, const Principal& who);
// An admin or coordinator of an organisation the caregiver works for vouches for the certificate.
Result<nlohmann::json> verify_certificate(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                          const std::string& code);

// Availability. Body: recurring [{weekday "mo".."su", from "HH:MM", to "HH:MM"}], one_off [{date,
// from, to, available}]; replaces the whole set.
Result<nlohmann::json> set_availability(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                        const nlohmann::json& body);
Result<nlohmann::json> get_availability(const Platform& platform, const Principal& who, std::int64_t caregiver_id);

// The caregiver joins (body: organisation_id) or leaves an organisation. Leaving is refused while
// they hold claimed tasks of it.
Result<nlohmann::json> join_organisation(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                         const nlohmann::json& body);
Result<nlohmann::json> leave_organisation(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                          std::int64_t organisation_id);

// An organisation's admin marks a caregiver who works for it as employed (body: employed), and
// lists its caregivers (admin or coordinator), paginated by id.
Result<nlohmann::json> set_employment(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                                      std::int64_t caregiver_id, const nlohmann::json& body);
Result<nlohmann::json> list_organisation_caregivers(const Platform& platform, const Principal& who,
                                                    std::int64_t organisation_id, const nlohmann::json& query);

// The same in the caller's transaction (the demo region, later the simulation), with the same
// checks and permissions as the JSON calls above once their body is read.
// The profile fields a caregiver sets at registration and may change later.
struct CaregiverFields {
  std::string name;
  std::int64_t level = 0;  // 1..6; 0 for (and only for) a volunteer
  market::CaregiverKind kind = market::CaregiverKind::freelancer;
  double lat = 0, lon = 0;  // home, in the Netherlands
  domain::TravelMode travel_mode = domain::TravelMode::bike;
  std::int64_t max_hours_week = 0;  // 1..60
  std::int64_t hourly_rate_cents = 0;
};
struct NewCaregiver {
  std::string email;          // lower case
  std::string password_hash;  // services/Credentials.h hash_password
  CaregiverFields fields;
};
struct CaregiverRegistered {
  std::int64_t caregiver_id = 0;
  std::int64_t user_id = 0;
};
struct AvailabilityInput {
  std::vector<market::RecurringAvailability> recurring;  // at most 200
  std::vector<market::OneOffAvailability> one_off;       // at most 200
};
Result<CaregiverRegistered> register_caregiver_in(store::Transaction& tx, const NewCaregiver& caregiver);
// `who` is the caregiver themselves.
Result<Done> add_certificate_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                const std::string& code, DayNumber expires, DayNumber today);
Result<Done> set_availability_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                 const AvailabilityInput& availability);
Result<Done> join_organisation_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                  std::int64_t organisation_id);
// `who` is an admin or coordinator of an organisation the caregiver works for.
Result<Done> verify_certificate_in(store::Transaction& tx, const Principal& who, std::int64_t caregiver_id,
                                   const std::string& code, LocalMinute now);
// `who` is the organisation's admin.
Result<Done> set_employment_in(store::Transaction& tx, const Principal& who, std::int64_t organisation_id,
                               std::int64_t caregiver_id, bool employed);

// For the marketplace: what the rules need to know about a caregiver, read in `tx` (two queries).
struct CaregiverFacts {
  market::CaregiverProfile profile;
  std::vector<market::RecurringAvailability> recurring;
  std::vector<market::OneOffAvailability> one_off;
};
std::optional<CaregiverFacts> load_caregiver_facts(store::Transaction& tx, std::int64_t caregiver_id);

}  // namespace carecrowd::services
