#include "http/FhirAlarmJson.h"

#include <charconv>
#include <optional>

#include "domain/Instant.h"
#include "http/RequestInput.h"

namespace carecrowd::http {
namespace {

constexpr const char* kKindCoding =
    sentence("must hold a coding whose code is one of fall, button, no-activity, vital-out-of-range, "
             "carer-non-arrival, technical");
constexpr const char* kInterpretation =
    sentence("must hold a coding whose code is one of HH, LL, AA (high), H, L, A (medium), N (low), or high, medium, "
             "low");
constexpr const char* kDeviceAlertPriority = sentence("must be one of high, medium, low, info");
constexpr const char* kReference = sentence("must be Patient/<client id> or Device/<device id>");

struct Reference {
  bool device = false;  // else a patient: a client
  std::int64_t id = 0;
};

// {"reference": "Patient/12"} or {"reference": "Device/3"}; nullopt after recording the error.
std::optional<Reference> read_reference(JsonInput& in, const Json& value, const Where& where) {
  if (!in.expect_object(value, where)) return std::nullopt;
  const Json* text = in.require(value, "reference", where);
  if (!text) return std::nullopt;
  const std::string reference = in.string(*text, where / "reference");
  if (!in.ok()) return std::nullopt;
  Reference out;
  std::string_view number;
  if (reference.rfind("Patient/", 0) == 0) {
    number = std::string_view(reference).substr(8);
  } else if (reference.rfind("Device/", 0) == 0) {
    out.device = true;
    number = std::string_view(reference).substr(7);
  }
  const auto [end, failure] = std::from_chars(number.data(), number.data() + number.size(), out.id);
  if (number.empty() || failure != std::errc{} || end != number.data() + number.size() || out.id < 1) {
    in.fail(where / "reference", kReference);
    return std::nullopt;
  }
  return out;
}

// The codings of a CodeableConcept member `key` of `object` (required), each as its code ("" when it
// has none).
std::vector<std::string> read_codes(JsonInput& in, const Json& object, const char* key, const Where& where) {
  std::vector<std::string> codes;
  const Json* codeable = in.require(object, key, where);
  if (!codeable || !in.expect_object(*codeable, where / key)) return codes;
  const Json* coding = in.require(*codeable, "coding", where / key);
  if (!coding || !in.expect_array(*coding, where / key / "coding")) return codes;
  for (std::size_t i = 0; i < coding->size(); ++i) {
    const Where at = (where / key / "coding")[i];
    if (!in.expect_object((*coding)[i], at)) return codes;
    const Json* code = JsonInput::find((*coding)[i], "code");
    codes.push_back(code ? in.string(*code, at / "code") : "");
  }
  return codes;
}

// HL7 v3 ObservationInterpretation: critical values call for the fastest response.
std::optional<domain::AlarmPriority> priority_of_interpretation(const std::string& code) {
  if (code == "HH" || code == "LL" || code == "AA") return domain::AlarmPriority::high;
  if (code == "H" || code == "L" || code == "A") return domain::AlarmPriority::medium;
  if (code == "N") return domain::AlarmPriority::low;
  return domain::parse_alarm_priority(code);
}

// The name a component or the Observation gives its value: its code's text, else its first code.
std::string value_name(JsonInput& in, const Json& code, const Where& where) {
  if (!in.expect_object(code, where)) return "";
  if (const Json* text = JsonInput::find(code, "text")) return in.nonempty_string(*text, where / "text");
  const Json* coding = JsonInput::find(code, "coding");
  if (coding && coding->is_array() && !coding->empty() && (*coding)[0].is_object()) {
    if (const Json* first = JsonInput::find((*coding)[0], "code")) {
      return in.nonempty_string(*first, (where / "coding")[0] / "code");
    }
  }
  in.fail(where, "must have text or a coding with a code: the name of the value");
  return "";
}

}  // namespace

bool is_fhir_resource(const Json& body) { return body.is_object() && body.contains("resourceType"); }

Error FhirAlarm::in_fhir_terms(Error error) const {
  for (const auto& [native, fhir] : paths) {
    if (error.field == native) {
      error.field = fhir;
      break;
    }
  }
  return error;
}

Result<FhirAlarm> read_fhir_alarm(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  const Json* resource_type = in.require(body, "resourceType", Where{});
  const std::string type = resource_type ? in.string(*resource_type, Where{"resourceType", ""}) : "";
  if (in.ok() && type != "Observation" && type != "DeviceAlert") in.fail(Where{"resourceType", ""}, "must be Observation or DeviceAlert");
  if (!in.ok()) return in.error();
  const bool observation = type == "Observation";
  const Where root{type, ""};
  FhirAlarm out;
  services::AlarmInput& a = out.input;

  if (const Json* ids = in.require(body, "identifier", root); ids && in.expect_array(*ids, root / "identifier")) {
    if (ids->empty()) {
      in.fail(root / "identifier", "must hold at least one identifier: the alarm's source id");
    } else if (in.expect_object((*ids)[0], (root / "identifier")[0])) {
      const Where at = (root / "identifier")[0];
      if (const Json* value = in.require((*ids)[0], "value", at)) a.source_id = in.string(*value, at / "value");
      out.paths.emplace_back("source_id", (at / "value").path);
    }
  }

  if (const Json* subject = JsonInput::find(body, "subject")) {
    if (const auto ref = read_reference(in, *subject, root / "subject")) {
      (ref->device ? a.device_id : a.client_id) = ref->id;
      out.paths.emplace_back(ref->device ? "device_id" : "client_id", (root / "subject" / "reference").path);
    }
  }
  const char* device_key = observation ? "device" : "source";
  if (const Json* device = JsonInput::find(body, device_key)) {
    const Where at = root / device_key;
    if (const auto ref = read_reference(in, *device, at)) {
      if (!ref->device) {
        in.fail(at / "reference", "must be Device/<device id>");
      } else if (a.device_id && *a.device_id != ref->id) {
        in.fail(at / "reference", "names another device than subject.reference");
      } else {
        a.device_id = ref->id;
        out.paths.emplace_back("device_id", (at / "reference").path);
      }
    }
  }
  // Neither: the service says a client or device is required; the resource calls it the subject.
  out.paths.emplace_back("client_id", (root / "subject").path);

  const char* kind_key = observation ? "code" : "condition";
  const auto kind_codes = read_codes(in, body, kind_key, root);
  if (in.ok()) {
    std::optional<domain::AlarmKind> kind;
    for (const auto& code : kind_codes) {
      if ((kind = domain::parse_alarm_kind(code))) break;
    }
    if (kind) {
      a.kind = *kind;
    } else {
      in.fail(root / kind_key / "coding", kKindCoding);
    }
  }

  if (observation) {
    std::optional<domain::AlarmPriority> priority;
    if (const Json* interpretation = in.require(body, "interpretation", root);
        interpretation && in.expect_array(*interpretation, root / "interpretation")) {
      for (std::size_t i = 0; i < interpretation->size() && in.ok() && !priority; ++i) {
        const Where at = (root / "interpretation")[i];
        if (!in.expect_object((*interpretation)[i], at)) break;
        const Json* coding = JsonInput::find((*interpretation)[i], "coding");
        if (!coding || !in.expect_array(*coding, at / "coding")) continue;
        for (std::size_t k = 0; k < coding->size() && !priority; ++k) {
          if (!in.expect_object((*coding)[k], (at / "coding")[k])) break;
          if (const Json* code = JsonInput::find((*coding)[k], "code")) {
            priority = priority_of_interpretation(in.string(*code, (at / "coding")[k] / "code"));
          }
        }
      }
      if (in.ok() && !priority) in.fail(root / "interpretation", kInterpretation);
    }
    if (priority) a.priority = *priority;
  } else if (const Json* priority = in.require(body, "priority", root)) {
    const std::string code = in.string(*priority, root / "priority");
    if (code == "info") {
      a.priority = domain::AlarmPriority::low;
    } else if (const auto parsed = domain::parse_alarm_priority(code)) {
      a.priority = *parsed;
    } else if (in.ok()) {
      in.fail(root / "priority", kDeviceAlertPriority);
    }
  }

  const char* time_key = observation ? "effectiveDateTime" : "occurrenceDateTime";
  if (const Json* when = in.require(body, time_key, root)) {
    const Where at = root / time_key;
    const std::string text = in.string(*when, at);
    if (in.ok()) {
      auto parsed = parse_date_time(text, at.path);
      if (parsed) {
        a.observed_at = parsed.value();
      } else {
        in.fail(at, parsed.error().said());
      }
    }
    out.paths.emplace_back("observed_at", at.path);
  }

  if (observation) {
    if (const Json* quantity = JsonInput::find(body, "valueQuantity")) {
      const Where at = root / "valueQuantity";
      std::string name = "value";
      if (const Json* code = JsonInput::find(body, "code"); code && code->is_object()) {
        if (const Json* text = JsonInput::find(*code, "text")) name = in.nonempty_string(*text, root / "code" / "text");
      }
      if (in.expect_object(*quantity, at)) {
        if (const Json* value = in.require(*quantity, "value", at)) a.observations[name] = in.number(*value, at / "value");
      }
      out.paths.emplace_back("observations." + name, (at / "value").path);
      out.paths.emplace_back("observations", at.path);
    }
    if (const Json* components = JsonInput::find(body, "component");
        components && in.expect_array(*components, root / "component")) {
      for (std::size_t i = 0; i < components->size() && in.ok(); ++i) {
        const Where at = (root / "component")[i];
        const Json& component = (*components)[i];
        if (!in.expect_object(component, at)) break;
        const Json* code = in.require(component, "code", at);
        const std::string name = code ? value_name(in, *code, at / "code") : "";
        const Json* quantity = in.require(component, "valueQuantity", at);
        if (!in.ok()) break;
        if (!in.expect_object(*quantity, at / "valueQuantity")) break;
        const Json* value = in.require(*quantity, "value", at / "valueQuantity");
        if (!value) break;
        const double number = in.number(*value, at / "valueQuantity" / "value");
        if (a.observations.count(name)) {
          in.fail(at / "code", say("names the value {} that another value of the resource names too", name));
          break;
        }
        a.observations[name] = number;
        out.paths.emplace_back("observations." + name, (at / "valueQuantity" / "value").path);
      }
      out.paths.emplace_back("observations", (root / "component").path);
    }
  }
  if (!in.ok()) return in.error();
  return out;
}

}  // namespace carecrowd::http
