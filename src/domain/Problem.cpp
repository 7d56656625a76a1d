#include "domain/Problem.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "core/Utf8.h"

namespace carecrowd::domain {
namespace {

std::string at(std::string_view list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

// Windows must be non-empty, each open <= close, sorted and disjoint.
std::optional<Error> check_windows(const std::vector<TimeWindow>& windows, const std::string& field,
                                   const std::string& id) {
  if (windows.empty()) return bad_input(field, id, "needs at least one time window");
  for (std::size_t w = 0; w < windows.size(); ++w) {
    if (windows[w].close < windows[w].open)
      return bad_input(at(field, w), id, "window closes before it opens");
    if (w > 0 && windows[w].open <= windows[w - 1].close)
      return bad_input(at(field, w), id, "windows must be sorted and must not overlap");
  }
  return std::nullopt;
}

std::optional<Error> check_caregiver_refs(const std::vector<int>& refs, std::size_t caregivers,
                                          const std::string& field, const std::string& id) {
  for (std::size_t i = 0; i < refs.size(); ++i)
    if (refs[i] < 0 || static_cast<std::size_t>(refs[i]) >= caregivers)
      return bad_input(at(field, i), id, "refers to an unknown caregiver");
  return std::nullopt;
}

std::optional<Error> check_amounts(const std::vector<std::int64_t>& amounts, int dims,
                                   const std::string& field, const std::string& id) {
  if (amounts.size() != static_cast<std::size_t>(dims))
    return bad_input(field, id, "has " + std::to_string(amounts.size()) + " values, the problem has " +
                                    std::to_string(dims) + " capacity dimensions");
  for (std::size_t i = 0; i < amounts.size(); ++i)
    if (amounts[i] < 0) return bad_input(at(field, i), id, "must not be negative");
  return std::nullopt;
}

std::optional<Error> check_certificates(CertificateSet set, std::size_t known, const std::string& field,
                                        const std::string& id) {
  for (int b = static_cast<int>(known); b < CertificateSet::capacity; ++b)
    if (set.contains(b)) return bad_input(field, id, "names an unknown certificate");
  return std::nullopt;
}

// Names and ids are written back out (plans in JSON, summaries on a terminal): they must be text.
// The id is not quoted in the error, since it is what is wrong.
constexpr const char* not_text = "must be UTF-8 text";

std::optional<Error> validate(ProblemData& d) {
  if (!is_valid_utf8(d.name)) return bad_input("name", "", not_text);
  for (std::size_t i = 0; i < d.certificate_names.size(); ++i)
    if (!is_valid_utf8(d.certificate_names[i])) return bad_input(at("certificates", i), "", not_text);
  if (d.capacity_dimensions < 0) return bad_input("capacity_dimensions", "", "must not be negative");
  if (d.certificate_names.size() > static_cast<std::size_t>(CertificateSet::capacity))
    return bad_input("certificates", "", "at most 64 distinct certificates are supported");
  const int locations = d.travel.size();
  auto location_ok = [&](int loc) { return loc >= -1 && loc < locations; };

  std::unordered_set<std::string> ids;
  for (std::size_t i = 0; i < d.caregivers.size(); ++i) {
    Caregiver& c = d.caregivers[i];
    const std::string f = at("caregivers", i);
    if (c.id.empty()) return bad_input(f + ".id", "", "must not be empty");
    if (!is_valid_utf8(c.id)) return bad_input(f + ".id", "", not_text);
    if (!ids.insert(c.id).second) return bad_input(f + ".id", c.id, "is used twice");
    if (c.level < 0 || c.level > 6) return bad_input(f + ".level", c.id, "must be between 0 and 6");
    if (c.kind == CaregiverKind::volunteer && c.level != 0) c.level = 0;  // volunteers work unqualified
    if (!location_ok(c.start_location)) return bad_input(f + ".start", c.id, "location is not in the travel matrix");
    if (!location_ok(c.end_location)) return bad_input(f + ".end", c.id, "location is not in the travel matrix");
    if (auto e = check_windows(c.availability, f + ".availability", c.id)) return e;
    if (c.max_work && *c.max_work < Duration(0)) return bad_input(f + ".max_work", c.id, "must not be negative");
    if (c.break_rule && (c.break_rule->length <= Duration(0) || c.break_rule->after < Duration(0)))
      return bad_input(f + ".break", c.id, "needs a positive length and a non-negative threshold");
    if (c.hourly_cost < 0) return bad_input(f + ".hourly_cost", c.id, "must not be negative");
    if (c.max_visits && *c.max_visits < 0) return bad_input(f + ".max_visits", c.id, "must not be negative");
    if (auto e = check_amounts(c.capacity, d.capacity_dimensions, f + ".capacity", c.id)) return e;
    if (auto e = check_certificates(c.certificates, d.certificate_names.size(), f + ".certificates", c.id)) return e;
  }

  ids.clear();
  const std::size_t caregivers = d.caregivers.size();
  for (std::size_t i = 0; i < d.visits.size(); ++i) {
    Visit& v = d.visits[i];
    const std::string f = at("visits", i);
    if (v.id.empty()) return bad_input(f + ".id", "", "must not be empty");
    if (!is_valid_utf8(v.id)) return bad_input(f + ".id", "", not_text);
    if (!is_valid_utf8(v.client)) return bad_input(f + ".client", "", not_text);
    if (!ids.insert(v.id).second) return bad_input(f + ".id", v.id, "is used twice");
    if (v.client.empty()) v.client = v.id;
    if (v.mode == VisitMode::physical && v.location < 0)
      return bad_input(f + ".location", v.id, "a physical visit needs a location");
    if (!location_ok(v.location)) return bad_input(f + ".location", v.id, "location is not in the travel matrix");
    if (v.duration < Duration(0)) return bad_input(f + ".duration", v.id, "must not be negative");
    if (auto e = check_windows(v.windows, f + ".windows", v.id)) return e;
    if (v.lateness_weight < 0) return bad_input(f + ".lateness_weight", v.id, "must not be negative");
    if (v.level < 0 || v.level > 6) return bad_input(f + ".level", v.id, "must be between 0 and 6");
    if (auto e = check_certificates(v.certificates, d.certificate_names.size(), f + ".certificates", v.id)) return e;
    if (v.priority < 1) return bad_input(f + ".priority", v.id, "must be at least 1");
    if (auto e = check_amounts(v.demand, d.capacity_dimensions, f + ".demand", v.id)) return e;
    if (auto e = check_caregiver_refs(v.preferred, caregivers, f + ".preferred", v.id)) return e;
    if (auto e = check_caregiver_refs(v.excluded, caregivers, f + ".excluded", v.id)) return e;
    if (auto e = check_caregiver_refs(v.history, caregivers, f + ".history", v.id)) return e;
    if (v.pinned_caregiver &&
        (*v.pinned_caregiver < 0 || static_cast<std::size_t>(*v.pinned_caregiver) >= caregivers))
      return bad_input(f + ".pinned.caregiver", v.id, "refers to an unknown caregiver");
    if (v.pinned_start && std::none_of(v.windows.begin(), v.windows.end(),
                                       [&](const TimeWindow& w) { return w.contains(*v.pinned_start); }))
      return bad_input(f + ".pinned.start", v.id, "lies outside the visit's windows");
  }

  for (std::size_t i = 0; i < d.links.size(); ++i) {
    Link& l = d.links[i];
    const std::string f = at("links", i);
    const auto n = static_cast<int>(d.visits.size());
    if (l.first < 0 || l.first >= n) return bad_input(f + ".first", "", "refers to an unknown visit");
    if (l.second < 0 || l.second >= n) return bad_input(f + ".second", "", "refers to an unknown visit");
    if (l.first == l.second) return bad_input(f, d.visits[l.first].id, "links a visit to itself");
    if (l.kind == Link::Kind::synchronised) {
      l.min_gap = l.max_gap = Duration(0);
      l.different_caregivers = true;
    }
    if (l.max_gap < l.min_gap) return bad_input(f + ".max_gap", d.visits[l.first].id, "is smaller than min_gap");
  }
  return std::nullopt;
}

}  // namespace

Objective Objective::care_defaults() {
  Objective o;
  o.kind = ObjectiveKind::care;
  o.distance = 25;              // 0.025 cent per metre: EUR 0.25 per km (cost ticks are 1/1000 cent)
  o.travel_time = 0;            // travel time is paid through labour
  o.lateness = 1'000;           // 1 cent per second late: EUR 0.60 per minute
  o.max_lateness = 0;
  o.new_face = 500'000;         // EUR 5 per caregiver new to a client
  o.missed_preference = 200'000;  // EUR 2 per visit not done by a preferred caregiver
  o.labour = true;
  return o;
}

Objective Objective::hhc_benchmark() {
  Objective o;
  o.kind = ObjectiveKind::hhc;
  o.distance = 1;
  o.lateness = 1;
  o.max_lateness = 1;
  return o;
}

Objective Objective::distance_only() {
  Objective o;
  o.kind = ObjectiveKind::distance;
  o.distance = 1;
  return o;
}

Objective Objective::vehicles_then_distance(std::int64_t route_weight) {
  Objective o = distance_only();
  o.kind = ObjectiveKind::vehicles_then_distance;
  o.per_route = route_weight;
  return o;
}

Distance Problem::longest_plan_distance() const {
  std::int64_t arcs = 0;
  for (const Visit& v : data_.visits) arcs += v.location >= 0 ? 1 : 0;
  for (const Caregiver& c : data_.caregivers) arcs += static_cast<std::int64_t>(c.availability.size());
  return Distance(arcs * data_.travel.longest_arc_bound().get());
}

Problem Problem::with_objective(const Objective& objective) const {
  ProblemData data = data_;
  data.objective = objective;
  return Problem(std::move(data));
}

Problem Problem::with_vehicles_then_distance() const {
  return with_objective(Objective::vehicles_then_distance(longest_plan_distance().get() + 1));
}

Result<Problem> Problem::create(ProblemData data) {
  if (auto e = validate(data)) return *e;
  return Problem(std::move(data));
}

bool Problem::qualified(int caregiver, int visit) const {
  const Caregiver& c = data_.caregivers[caregiver];
  const Visit& v = data_.visits[visit];
  if (v.pinned_caregiver && *v.pinned_caregiver != caregiver) return false;
  if (c.kind == CaregiverKind::volunteer && v.level > 0) return false;
  if (c.level < v.level) return false;
  if (!c.certificates.includes(v.certificates)) return false;
  return std::find(v.excluded.begin(), v.excluded.end(), caregiver) == v.excluded.end();
}

}  // namespace carecrowd::domain
