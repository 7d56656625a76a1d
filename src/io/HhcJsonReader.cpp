#include "io/HhcJsonReader.h"

#include <map>
#include <optional>
#include <set>
#include <string>

#include "io/HhcInstance.h"
#include "io/JsonInput.h"
#include "io/SourceRef.h"
#include "io/TextLines.h"

namespace carecrowd::io {
namespace {

struct KnownService {
  int type = 0;
  std::optional<double> default_duration;
};

// Turns the parsed document into an HhcInstance, checking every field on the way. The first error
// wins (JsonInput); each step returns as soon as one is recorded, before a neutral value could be
// used as an index or a count.
class Parser {
 public:
  Result<HhcInstance> run(const Json& root) {
    if (!root.is_object()) return bad_input("", "", "must be a JSON object");
    read_services(root);
    read_caregivers(root);
    check_office(root);
    read_patients(root);
    read_distances(root);
    if (!in_.ok()) return in_.error();
    return std::move(out_);
  }

 private:
  // A benchmark number: finite and at most max_benchmark_number in magnitude (TextLines.h).
  double number(const Json& value, const Where& where) { return in_.number(value, where, max_benchmark_number); }

  // The member `key` of `object` that must be an array (of `size` elements, when given).
  const Json* array(const Json& object, std::string_view key, const Where& where,
                    std::optional<std::size_t> size = std::nullopt) {
    const Json* list = in_.member(object, key, where);
    if (list == nullptr) return nullptr;
    const bool ok = size ? in_.expect_array(*list, where / key, *size) : in_.expect_array(*list, where / key);
    return ok ? list : nullptr;
  }

  // The "id" member of `object`: a non-empty string.
  std::string id_of(const Json& object, const Where& where) {
    const Json* id = in_.member(object, "id", where);
    return id ? in_.nonempty_string(*id, where / "id") : std::string();
  }

  void read_service(const Json& s, const Where& where) {
    const std::string id = id_of(s, where);
    if (!in_.ok()) return;
    KnownService known{static_cast<int>(out_.service_names.size()), std::nullopt};
    if (s.contains("default_duration")) {
      known.default_duration = number(s["default_duration"], where / "default_duration");
      if (!in_.ok()) return;
    }
    if (!services_.emplace(id, known).second) return in_.fail((where / "id").with_id(id), "is used twice");
    out_.service_names.push_back(id);
  }

  void read_services(const Json& root) {
    const Where where = Where{} / "services";
    const Json* services = array(root, "services", Where{});
    if (services == nullptr) return;
    if (services->empty()) return in_.fail(where, "must list at least one service");
    if (services->size() > static_cast<std::size_t>(domain::CertificateSet::capacity))
      return in_.fail(where, "at most 64 services are supported");
    for (std::size_t i = 0; i < services->size() && in_.ok(); ++i) read_service((*services)[i], where[i]);
  }

  // The index of the service `value` names; `where` carries the id of the object that names it.
  int service_type(const Json& value, const Where& where) {
    const std::string name = in_.nonempty_string(value, where);
    if (!in_.ok()) return 0;
    const auto it = services_.find(name);
    if (it == services_.end()) {
      in_.fail(where, "names the unknown service '" + name + "'");
      return 0;
    }
    return it->second.type;
  }

  void read_caregiver(const Json& c, const Where& where) {
    HhcCaregiver g{id_of(c, where), {}};
    if (!in_.ok()) return;
    const Where w = where.with_id(g.id);
    const Json* list = array(c, "abilities", w);
    if (list == nullptr) return;
    for (std::size_t i = 0; i < list->size() && in_.ok(); ++i)
      g.abilities.push_back(service_type((*list)[i], (w / "abilities")[i]));
    if (in_.ok()) out_.caregivers.push_back(std::move(g));
  }

  void read_caregivers(const Json& root) {
    if (!in_.ok()) return;
    const Json* list = array(root, "caregivers", Where{});
    if (list == nullptr) return;
    for (std::size_t i = 0; i < list->size() && in_.ok(); ++i) read_caregiver((*list)[i], (Where{} / "caregivers")[i]);
  }

  // The office's coordinates are not needed (distances are given), only that there is one.
  void check_office(const Json& root) {
    if (!in_.ok()) return;
    const Json* offices = array(root, "central_offices", Where{});
    if (offices != nullptr && offices->size() != 1)
      in_.fail(Where{} / "central_offices", "must hold exactly one office, holds " + std::to_string(offices->size()));
  }

  void read_window(const Json& p, const Where& where, HhcPatient& patient) {
    const Json* tw = array(p, "time_window", where, 2);
    if (tw == nullptr) return;
    const Where w = where / "time_window";
    const double earliest = number((*tw)[0], w[0]);
    const double latest = number((*tw)[1], w[1]);
    if (!in_.ok()) return;
    if (earliest < 0) return in_.fail(w[0], "must not be negative");
    if (latest < earliest) return in_.fail(w, "the window closes before it opens");
    patient.earliest = earliest;
    patient.latest = latest;
  }

  HhcService read_required(const Json& r, const Where& where) {
    const Json* service = in_.member(r, "service", where);
    if (service == nullptr) return {};
    const int type = service_type(*service, where / "service");
    if (!in_.ok()) return {};
    const KnownService& known = services_.at(out_.service_names[static_cast<std::size_t>(type)]);
    if (!r.contains("duration") && !known.default_duration) {
      in_.fail(where / "duration", "is missing and the service has no default_duration");
      return {};
    }
    double duration = known.default_duration.value_or(0);
    if (r.contains("duration")) duration = number(r["duration"], where / "duration");
    if (in_.ok() && duration < 0) in_.fail(where / "duration", "must not be negative");
    return HhcService{type, duration};
  }

  void read_services_of(const Json& p, const Where& where, HhcPatient& patient) {
    const Json* required = array(p, "required_caregivers", where);
    if (required == nullptr) return;
    const Where w = where / "required_caregivers";
    if (required->empty() || required->size() > 2)
      return in_.fail(w, "must list one or two services, lists " + std::to_string(required->size()));
    for (std::size_t i = 0; i < required->size() && in_.ok(); ++i) {
      const HhcService s = read_required((*required)[i], w[i]);
      if (in_.ok()) patient.services.push_back(s);
    }
  }

  HhcLink read_gap(const Json& sync, const Where& where) {
    const Json* gap = array(sync, "distance", where, 2);
    if (gap == nullptr) return {};
    const Where w = where / "distance";
    const double lo = number((*gap)[0], w[0]);
    const double hi = number((*gap)[1], w[1]);
    if (!in_.ok()) return {};
    if (lo < 0) in_.fail(w[0], "must not be negative");
    if (hi < lo) in_.fail(w, "the maximum gap is smaller than the minimum");
    return HhcLink{false, lo, hi};
  }

  void read_sync(const Json& p, const Where& where, HhcPatient& patient) {
    if (!in_.ok() || !p.contains("synchronization")) return;
    const Where w = where / "synchronization";
    const Json& sync = p["synchronization"];
    if (patient.services.size() != 2) return in_.fail(w, "needs exactly two required_caregivers");
    const Json* typej = in_.member(sync, "type", w);
    const std::string type = typej ? in_.nonempty_string(*typej, w / "type") : std::string();
    if (!in_.ok()) return;
    if (type == "simultaneous") {
      patient.link = HhcLink{true, 0, 0};
      return;
    }
    if (type != "sequential") return in_.fail(w / "type", "must be \"simultaneous\" or \"sequential\"");
    const HhcLink link = read_gap(sync, w);
    if (in_.ok()) patient.link = link;
  }

  HhcPatient read_patient(const Json& p, const Where& where) {
    HhcPatient patient;
    patient.id = id_of(p, where);
    if (!in_.ok()) return patient;
    const Where w = where.with_id(patient.id);
    read_window(p, w, patient);
    if (in_.ok()) read_services_of(p, w, patient);
    read_sync(p, w, patient);
    return patient;
  }

  void read_patients(const Json& root) {
    if (!in_.ok()) return;
    const Json* list = array(root, "patients", Where{});
    if (list == nullptr) return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size() && in_.ok(); ++i) {
      const Where where = (Where{} / "patients")[i];
      HhcPatient p = read_patient((*list)[i], where);
      if (!in_.ok()) return;
      if (!ids.insert(p.id).second) return in_.fail((where / "id").with_id(p.id), "is used twice");
      out_.patients.push_back(std::move(p));
    }
  }

  void read_distance_row(const Json& row, const Where& where, std::size_t n) {
    if (!row.is_array() || row.size() != n)
      return in_.fail(where, "must be an array of " + std::to_string(n) + " numbers (office + patients)");
    for (std::size_t j = 0; j < n && in_.ok(); ++j) {
      const double d = number(row[j], where[j]);
      if (!in_.ok()) return;
      if (d < 0) return in_.fail(where[j], "a distance must not be negative");
      out_.distances.push_back(d);
    }
  }

  void read_distances(const Json& root) {
    if (!in_.ok()) return;
    const std::size_t n = out_.patients.size() + 1;
    const Json* matrix = array(root, "distances", Where{});
    if (matrix == nullptr) return;
    const Where where = Where{} / "distances";
    if (matrix->size() != n)
      return in_.fail(where, "must have " + std::to_string(n) + " rows (office + " + std::to_string(n - 1) +
                                 " patients), has " + std::to_string(matrix->size()));
    for (std::size_t i = 0; i < n && in_.ok(); ++i) read_distance_row((*matrix)[i], where[i], n);
  }

  JsonInput in_;
  std::map<std::string, KnownService, std::less<>> services_;
  HhcInstance out_;
};

}  // namespace

Result<domain::Problem> read_hhc_json(std::string_view text, std::string_view source_name) {
  auto root = parse_json(text);
  if (!root) return from_source(root.error(), source_name);
  Result<HhcInstance> instance = bad_input(std::string(source_name), "", "was not read");
  try {
    instance = Parser().run(root.value());
  } catch (const Json::exception& e) {
    // The parser checks every type before using it, so this is a bug; still, bad input must never
    // take the program down.
    return bad_input(std::string(source_name), "", std::string("could not be read: ") + e.what());
  }
  if (!instance) return from_source(instance.error(), source_name);
  instance.value().name = file_stem(source_name);
  return build_hhc_problem(instance.value(), source_name);
}

}  // namespace carecrowd::io
