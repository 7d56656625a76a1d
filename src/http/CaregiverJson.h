// CaregiverJson: the requests and answers of caregivers' profiles, certificates, availability and
// the organisations they work for, as JSON at the http edge. Readers turn a body or query into the
// typed input of services/Caregivers.h, checking only its shape (types, required and unknown
// fields, kind and travel mode names, dates, "HH:MM", weekday names), with errors that name the
// field and the reason (http/RequestInput.h, io/JsonInput.h); the values' rules are the service's.
// Renderers turn the typed results into the JSON documented in docs/api.md and docs/openapi.json.
//
// Thread safety: pure functions.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "domain/CertificateType.h"
#include "http/AvailabilityIcs.h"
#include "services/Caregivers.h"
#include "services/CertificateEvidence.h"

namespace carecrowd::http {

// Registration: email, password, name, level, kind (employee | freelancer | volunteer), home {lat,
// lon}, travel_mode (walk | bike | ebike | car), max_hours_week, hourly_rate_cents; all required.
Result<services::CaregiverSignup> read_caregiver_signup(const nlohmann::json& body);
// A change of the profile: any of the profile fields above.
Result<services::CaregiverChanges> read_caregiver_changes(const nlohmann::json& body);
// A certificate: code, expires ("YYYY-MM-DD"); optional big_number, duo_reference and evidence
// {media_type, file_name, content_base64} (the bytes in standard base64).
Result<services::CertificateUpload> read_certificate_upload(const nlohmann::json& body);
// {evidence_id}: the document the verifier looked at.
Result<services::VerificationInput> read_verification(const nlohmann::json& body);
// {reason}
Result<services::Withdrawal> read_withdrawal(const nlohmann::json& body);
// Availability: recurring [{weekday "mo".."su", from "HH:MM", to "HH:MM"}], one_off [{date, from,
// to, available}].
Result<services::Availability> read_availability(const nlohmann::json& body);
// {"ics": "BEGIN:VCALENDAR..."}: a calendar file's text, read by AvailabilityIcs for the
// `horizon_days` from `today`.
Result<ImportedAvailability> read_availability_import(const nlohmann::json& body, DayNumber today, int horizon_days);
// {organisation_id}
Result<services::OrganisationToJoin> read_organisation_to_join(const nlohmann::json& body);
// {employed}
Result<services::Employment> read_employment(const nlohmann::json& body);

nlohmann::json certificate_types_json(const std::vector<domain::CertificateType>& catalogue);
nlohmann::json own_profile_json(const services::OwnProfile& profile);
nlohmann::json signed_up_json(const services::CaregiverSignedUp& signed_up);
nlohmann::json member_profile_json(const services::MemberProfile& profile);
nlohmann::json caregiver_json(const services::CaregiverView& view);
nlohmann::json member_list_json(const services::MemberList& members);
nlohmann::json held_certificate_json(const services::HeldCertificate& certificate);
// A document's description (never its bytes, which GET .../evidence/{evidence_id} serves).
nlohmann::json evidence_json(const records::EvidenceRecord& evidence);
nlohmann::json availability_json(const services::Availability& availability);

}  // namespace carecrowd::http
