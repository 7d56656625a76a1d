// FhirAlarmJson: an alarm sent as a FHIR R4 resource to POST /v1/alarms, read into the same typed
// input as the native body (services::AlarmInput), so that one validation (services/Alarms.h)
// judges both. Two shapes are read: an Observation (as vital-sign meters and fall detectors send
// them through a gateway) and a DeviceAlert (the alert resource of FHIR's device work group).
//
//   resourceType            "Observation" | "DeviceAlert"
//   identifier[0].value     -> source_id (what makes a retry idempotent)
//   subject.reference       "Patient/<client id>" -> client_id, or "Device/<device id>" -> device_id
//   device.reference        (Observation) / source.reference (DeviceAlert): "Device/<id>" -> device_id
//   code.coding[]           (Observation) / condition.coding[] (DeviceAlert): the first coding whose
//                           code is a kind (fall, button, no-activity, ...) -> kind
//   interpretation[].coding[] (Observation): HL7 v3 ObservationInterpretation, critical (HH, LL, AA)
//                           -> high, abnormal (H, L, A) -> medium, N -> low; or high|medium|low
//   priority                (DeviceAlert): high | medium | low | info (-> low)
//   effectiveDateTime       (Observation) / occurrenceDateTime (DeviceAlert) -> observed_at; an
//                           offset ("Z", "+01:00") is turned into the region's wall clock
//   valueQuantity.value     (Observation) -> an observation named by code.text, else "value"
//   component[i]            (Observation): code.text (else code.coding[0].code) names
//                           valueQuantity.value -> an observation
//
// Other members of the resource (id, meta, status, category, text, ...) are FHIR's and are not read.
// An error names the FHIR path of the field ("Observation.subject.reference"); the service's errors
// about a value are renamed to the FHIR path it was read from (FhirAlarm::in_fhir_terms).
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "services/Alarms.h"

namespace carecrowd::http {

struct FhirAlarm {
  services::AlarmInput input;
  // Each native field read (as the service's errors name it: "client_id", "observations.pulse")
  // and the FHIR path it was read from.
  std::vector<std::pair<std::string, std::string>> paths;

  // `error` with its field named as the resource named it; unchanged when it names no field read.
  [[nodiscard]] Error in_fhir_terms(Error error) const;
};

// Whether a body is a FHIR resource (it has "resourceType") rather than the native alarm body.
[[nodiscard]] bool is_fhir_resource(const nlohmann::json& body);

Result<FhirAlarm> read_fhir_alarm(const nlohmann::json& body);

}  // namespace carecrowd::http
