#include "io/HhcJsonReader.h"

#include <map>
#include <optional>
#include <set>
#include <string>

#include "io/HhcInstance.h"
#include "io/JsonFields.h"
#include "io/SourceRef.h"

namespace carecrowd::io {
namespace {

struct KnownService {
  int type = 0;
  std::optional<double> default_duration;
};

// Turns the parsed document into an HhcInstance, checking every field on the way.
class Parser {
 public:
  explicit Parser(std::string_view source) : source_(source) {}

  Result<HhcInstance> run(const Json& root) {
    if (!root.is_object()) return json_error(source_, "", "", "must be a JSON object");
    if (auto e = read_services(root)) return *e;
    if (auto e = read_caregivers(root)) return *e;
    if (auto e = check_office(root)) return *e;
    if (auto e = read_patients(root)) return *e;
    if (auto e = read_distances(root)) return *e;
    return std::move(out_);
  }

 private:
  Error error(std::string_view path, std::string id, std::string reason) const {
    return json_error(source_, path, std::move(id), std::move(reason));
  }

  std::optional<Error> read_service(const Json& s, const std::string& path) {
    auto idj = member(s, "id", path, source_);
    if (!idj) return idj.error();
    auto id = string_value(*idj.value(), key_path(path, "id"), source_);
    if (!id) return id.error();
    KnownService known{static_cast<int>(out_.service_names.size()), std::nullopt};
    if (s.contains("default_duration")) {
      auto d = number_value(s["default_duration"], key_path(path, "default_duration"), source_);
      if (!d) return d.error();
      known.default_duration = d.value();
    }
    if (!services_.emplace(id.value(), known).second) return error(key_path(path, "id"), id.value(), "is used twice");
    out_.service_names.push_back(id.value());
    return std::nullopt;
  }

  std::optional<Error> read_services(const Json& root) {
    auto list = array_member(root, "services", "", source_);
    if (!list) return list.error();
    const Json& services = *list.value();
    if (services.empty()) return error("services", "", "must list at least one service");
    if (services.size() > static_cast<std::size_t>(domain::CertificateSet::capacity))
      return error("services", "", "at most 64 services are supported");
    for (std::size_t i = 0; i < services.size(); ++i)
      if (auto e = read_service(services[i], index_path("services", i))) return e;
    return std::nullopt;
  }

  Result<int> service_type(const Json& value, const std::string& path, const std::string& id) const {
    auto name = string_value(value, path, source_);
    if (!name) return name.error();
    const auto it = services_.find(name.value());
    if (it == services_.end()) return error(path, id, "names the unknown service '" + name.value() + "'");
    return it->second.type;
  }

  std::optional<Error> read_caregiver(const Json& c, const std::string& path) {
    auto idj = member(c, "id", path, source_);
    if (!idj) return idj.error();
    auto id = string_value(*idj.value(), key_path(path, "id"), source_);
    if (!id) return id.error();
    auto abilities = array_member(c, "abilities", path, source_);
    if (!abilities) return abilities.error();
    HhcCaregiver g{id.value(), {}};
    const Json& list = *abilities.value();
    for (std::size_t i = 0; i < list.size(); ++i) {
      auto type = service_type(list[i], index_path(key_path(path, "abilities"), i), g.id);
      if (!type) return type.error();
      g.abilities.push_back(type.value());
    }
    out_.caregivers.push_back(std::move(g));
    return std::nullopt;
  }

  std::optional<Error> read_caregivers(const Json& root) {
    auto list = array_member(root, "caregivers", "", source_);
    if (!list) return list.error();
    for (std::size_t i = 0; i < list.value()->size(); ++i)
      if (auto e = read_caregiver((*list.value())[i], index_path("caregivers", i))) return e;
    return std::nullopt;
  }

  // The office's coordinates are not needed (distances are given), only that there is one.
  std::optional<Error> check_office(const Json& root) const {
    auto offices = array_member(root, "central_offices", "", source_);
    if (!offices) return offices.error();
    if (offices.value()->size() != 1)
      return error("central_offices", "", "must hold exactly one office, holds " +
                                              std::to_string(offices.value()->size()));
    return std::nullopt;
  }

  std::optional<Error> read_window(const Json& p, const std::string& path, HhcPatient& patient) const {
    auto tw = array_member(p, "time_window", path, source_, 2);
    if (!tw) return tw.error();
    const std::string twp = key_path(path, "time_window");
    auto earliest = number_value((*tw.value())[0], index_path(twp, 0), source_);
    if (!earliest) return earliest.error();
    auto latest = number_value((*tw.value())[1], index_path(twp, 1), source_);
    if (!latest) return latest.error();
    if (earliest.value() < 0) return error(index_path(twp, 0), patient.id, "must not be negative");
    if (latest.value() < earliest.value()) return error(twp, patient.id, "the window closes before it opens");
    patient.earliest = earliest.value();
    patient.latest = latest.value();
    return std::nullopt;
  }

  Result<HhcService> read_required(const Json& r, const std::string& path, const std::string& id) const {
    auto service = member(r, "service", path, source_);
    if (!service) return service.error();
    auto type = service_type(*service.value(), key_path(path, "service"), id);
    if (!type) return type.error();
    const KnownService& known = services_.at(out_.service_names[static_cast<std::size_t>(type.value())]);
    if (!r.contains("duration") && !known.default_duration)
      return error(key_path(path, "duration"), id, "is missing and the service has no default_duration");
    double duration = known.default_duration.value_or(0);
    if (r.contains("duration")) {
      auto d = number_value(r["duration"], key_path(path, "duration"), source_);
      if (!d) return d.error();
      duration = d.value();
    }
    if (duration < 0) return error(key_path(path, "duration"), id, "must not be negative");
    return HhcService{type.value(), duration};
  }

  std::optional<Error> read_services_of(const Json& p, const std::string& path, HhcPatient& patient) const {
    auto list = array_member(p, "required_caregivers", path, source_);
    if (!list) return list.error();
    const std::string lp = key_path(path, "required_caregivers");
    const Json& required = *list.value();
    if (required.empty() || required.size() > 2)
      return error(lp, patient.id, "must list one or two services, lists " + std::to_string(required.size()));
    for (std::size_t i = 0; i < required.size(); ++i) {
      auto s = read_required(required[i], index_path(lp, i), patient.id);
      if (!s) return s.error();
      patient.services.push_back(s.value());
    }
    return std::nullopt;
  }

  Result<HhcLink> read_gap(const Json& sync, const std::string& path, const std::string& id) const {
    auto gap = array_member(sync, "distance", path, source_, 2);
    if (!gap) return gap.error();
    const std::string gp = key_path(path, "distance");
    auto lo = number_value((*gap.value())[0], index_path(gp, 0), source_);
    if (!lo) return lo.error();
    auto hi = number_value((*gap.value())[1], index_path(gp, 1), source_);
    if (!hi) return hi.error();
    if (lo.value() < 0) return error(index_path(gp, 0), id, "must not be negative");
    if (hi.value() < lo.value()) return error(gp, id, "the maximum gap is smaller than the minimum");
    return HhcLink{false, lo.value(), hi.value()};
  }

  std::optional<Error> read_sync(const Json& p, const std::string& path, HhcPatient& patient) const {
    if (!p.contains("synchronization")) return std::nullopt;
    const std::string sp = key_path(path, "synchronization");
    const Json& sync = p["synchronization"];
    if (patient.services.size() != 2) return error(sp, patient.id, "needs exactly two required_caregivers");
    auto typej = member(sync, "type", sp, source_);
    if (!typej) return typej.error();
    auto type = string_value(*typej.value(), key_path(sp, "type"), source_);
    if (!type) return type.error();
    if (type.value() == "simultaneous") {
      patient.link = HhcLink{true, 0, 0};
      return std::nullopt;
    }
    if (type.value() != "sequential")
      return error(key_path(sp, "type"), patient.id, "must be \"simultaneous\" or \"sequential\"");
    auto link = read_gap(sync, sp, patient.id);
    if (!link) return link.error();
    patient.link = link.value();
    return std::nullopt;
  }

  Result<HhcPatient> read_patient(const Json& p, const std::string& path) const {
    auto idj = member(p, "id", path, source_);
    if (!idj) return idj.error();
    auto id = string_value(*idj.value(), key_path(path, "id"), source_);
    if (!id) return id.error();
    HhcPatient patient;
    patient.id = id.value();
    if (auto e = read_window(p, path, patient)) return *e;
    if (auto e = read_services_of(p, path, patient)) return *e;
    if (auto e = read_sync(p, path, patient)) return *e;
    return patient;
  }

  std::optional<Error> read_patients(const Json& root) {
    auto list = array_member(root, "patients", "", source_);
    if (!list) return list.error();
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.value()->size(); ++i) {
      const std::string path = index_path("patients", i);
      auto p = read_patient((*list.value())[i], path);
      if (!p) return p.error();
      if (!ids.insert(p.value().id).second) return error(key_path(path, "id"), p.value().id, "is used twice");
      out_.patients.push_back(std::move(p.value()));
    }
    return std::nullopt;
  }

  std::optional<Error> read_distance_row(const Json& row, const std::string& path, std::size_t n) {
    if (!row.is_array() || row.size() != n)
      return error(path, "", "must be an array of " + std::to_string(n) + " numbers (office + patients)");
    for (std::size_t j = 0; j < n; ++j) {
      auto d = number_value(row[j], index_path(path, j), source_);
      if (!d) return d.error();
      if (d.value() < 0) return error(index_path(path, j), "", "a distance must not be negative");
      out_.distances.push_back(d.value());
    }
    return std::nullopt;
  }

  std::optional<Error> read_distances(const Json& root) {
    const std::size_t n = out_.patients.size() + 1;
    auto matrix = array_member(root, "distances", "", source_);
    if (!matrix) return matrix.error();
    if (matrix.value()->size() != n)
      return error("distances", "", "must have " + std::to_string(n) + " rows (office + " +
                                        std::to_string(n - 1) + " patients), has " +
                                        std::to_string(matrix.value()->size()));
    for (std::size_t i = 0; i < n; ++i)
      if (auto e = read_distance_row((*matrix.value())[i], index_path("distances", i), n)) return e;
    return std::nullopt;
  }

  std::string_view source_;
  std::map<std::string, KnownService, std::less<>> services_;
  HhcInstance out_;
};

}  // namespace

Result<domain::Problem> read_hhc_json(std::string_view text, std::string_view source_name) {
  auto root = parse_json(text, source_name);
  if (!root) return root.error();
  Result<HhcInstance> instance = bad_input(std::string(source_name), "", "was not read");
  try {
    instance = Parser(source_name).run(root.value());
  } catch (const Json::exception& e) {
    // The parser checks every type before using it, so this is a bug; still, bad input must never
    // take the program down.
    return bad_input(std::string(source_name), "", std::string("could not be read: ") + e.what());
  }
  if (!instance) return instance.error();
  instance.value().name = file_stem(source_name);
  return build_hhc_problem(instance.value(), source_name);
}

}  // namespace carecrowd::io
