#include "io/NativeProblemJson.h"

#include <array>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/JsonInput.h"
#include "io/JsonOutput.h"

namespace carecrowd::io {
namespace {

using detail::in_units;
using namespace domain;

constexpr std::array<std::string_view, travel_mode_count> mode_keys{"walk", "bike", "ebike", "car"};

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

bool explicit_null(const Json& object, std::string_view key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_null();
}

std::string_view objective_name(ObjectiveKind kind) {
  switch (kind) {
    case ObjectiveKind::care: return "care";
    case ObjectiveKind::hhc: return "hhc";
    case ObjectiveKind::distance: return "distance";
    case ObjectiveKind::vehicles_then_distance: return "vehicles_then_distance";
  }
  return "care";
}

// A Problem is built in one pass over the document: scale first (every number depends on it), then
// the lists that others refer to by name (certificates, caregivers) before those that refer to
// them (visits, then links).
class NativeProblemReader {
 public:
  Result<Problem> read(const Json& root);

 private:
  void read_scale(const Json& root);
  void read_certificates(const Json& root);
  void read_travel(const Json& root);
  void read_matrix(const Json& matrix);
  void read_caregiver(const Json& j, const Where& at);
  void read_visit(const Json& j, const Where& at);
  void read_link(const Json& j, const Where& at);
  void read_objective(const Json& root);

  int location(const Json& object, const Where& where, std::string_view coords_key, std::string_view index_key);
  int point(const Json& value, const Where& where);
  std::vector<TimeWindow> windows(const Json& value, const Where& where);
  CertificateSet certificates(const Json& value, const Where& where);
  std::vector<int> caregiver_refs(const Json& value, const Where& where);
  int caregiver_ref(const Json& value, const Where& where);
  int visit_ref(const Json& value, const Where& where);
  std::vector<std::int64_t> amounts(const Json& value, const Where& where);
  Duration duration(const Json& value, const Where& where) {
    return Duration(in_.ticks(value, where, data_.scale.time_ticks_per_unit));
  }
  Duration time(const Json& value, const Where& where) {
    return Duration(in_.time(value, where, data_.scale.time_ticks_per_unit));
  }

  JsonInput in_;
  ProblemData data_;
  bool matrix_ = false;
  GeographicSettings settings_;
  std::vector<Point> points_;
  std::map<std::pair<double, double>, int> point_index_;  // (lat, lon) -> location
  std::unordered_map<std::string, int> certificate_index_;
  std::unordered_map<std::string, int> caregiver_index_;
  std::unordered_map<std::string, int> visit_index_;
};

Result<Problem> NativeProblemReader::read(const Json& root) {
  const Where top;
  if (!in_.expect_object(root, top)) return in_.error();
  in_.only_known(root, top, {"$schema", "comment", "name", "scale", "certificates", "capacity_dimensions", "travel",
                             "matrix", "caregivers", "visits", "links", "objective"});
  if (const Json* name = JsonInput::find(root, "name")) data_.name = in_.string(*name, top / "name");
  read_scale(root);
  read_certificates(root);
  if (const Json* dims = JsonInput::find(root, "capacity_dimensions"))
    data_.capacity_dimensions = static_cast<int>(in_.integer(*dims, top / "capacity_dimensions", 0, 64));
  read_travel(root);
  if (!in_.ok()) return in_.error();

  // Caregivers are read before visits, which refer to them by id.
  if (const Json* list = in_.require(root, "caregivers", top); list && in_.expect_array(*list, top / "caregivers"))
    for (std::size_t i = 0; i < list->size() && in_.ok(); ++i) read_caregiver((*list)[i], (top / "caregivers")[i]);
  if (const Json* list = in_.require(root, "visits", top); list && in_.expect_array(*list, top / "visits"))
    for (std::size_t i = 0; i < list->size() && in_.ok(); ++i) read_visit((*list)[i], (top / "visits")[i]);
  if (const Json* list = JsonInput::find(root, "links"); list && in_.expect_array(*list, top / "links"))
    for (std::size_t i = 0; i < list->size() && in_.ok(); ++i) read_link((*list)[i], (top / "links")[i]);
  read_objective(root);
  if (!in_.ok()) return in_.error();

  if (!matrix_) data_.travel = TravelModel::geographic(std::move(points_), settings_);
  return Problem::create(std::move(data_));
}

void NativeProblemReader::read_scale(const Json& root) {
  const Json* scale = JsonInput::find(root, "scale");
  const Where w = Where{} / "scale";
  if (scale == nullptr || !in_.expect_object(*scale, w)) return;
  in_.only_known(*scale, w, {"time_ticks_per_unit", "distance_ticks_per_unit", "cost_ticks_per_unit", "cost_divisor"});
  auto field = [&](std::string_view key, std::int64_t& out) {
    if (const Json* v = JsonInput::find(*scale, key)) out = in_.integer(*v, w / key, 1, 1'000'000'000);
  };
  field("time_ticks_per_unit", data_.scale.time_ticks_per_unit);
  field("distance_ticks_per_unit", data_.scale.distance_ticks_per_unit);
  field("cost_ticks_per_unit", data_.scale.cost_ticks_per_unit);
  field("cost_divisor", data_.scale.cost_divisor);
}

void NativeProblemReader::read_certificates(const Json& root) {
  const Json* list = JsonInput::find(root, "certificates");
  const Where w = Where{} / "certificates";
  if (list == nullptr || !in_.expect_array(*list, w)) return;
  for (std::size_t i = 0; i < list->size() && in_.ok(); ++i) {
    std::string name = in_.string((*list)[i], w[i]);
    if (!in_.ok()) return;
    if (name.empty()) return in_.fail(w[i], "must not be empty");
    if (data_.certificate_names.size() == static_cast<std::size_t>(CertificateSet::capacity))
      return in_.fail(w[i], "at most 64 distinct certificates are supported");
    if (!certificate_index_.emplace(name, static_cast<int>(data_.certificate_names.size())).second)
      return in_.fail(w[i], in_quotes(name) + " is listed twice");
    data_.certificate_names.push_back(std::move(name));
  }
}

void NativeProblemReader::read_travel(const Json& root) {
  const Json* travel = JsonInput::find(root, "travel");
  const Json* matrix = JsonInput::find(root, "matrix");
  if (matrix != nullptr) {
    matrix_ = true;
    if (travel != nullptr)
      return in_.fail(Where{} / "travel", "applies to coordinates only; this problem gives a \"matrix\"");
    return read_matrix(*matrix);
  }
  const Where w = Where{} / "travel";
  if (travel == nullptr || !in_.expect_object(*travel, w)) return;
  in_.only_known(*travel, w, {"detour_factor", "speed_kmh", "overhead_seconds"});
  if (const Json* f = JsonInput::find(*travel, "detour_factor")) {
    settings_.detour_factor = in_.number(*f, w / "detour_factor");
    if (in_.ok() && (settings_.detour_factor < 1 || settings_.detour_factor > 10))
      in_.fail(w / "detour_factor", "must be between 1 and 10");
  }
  if (const Json* speeds = JsonInput::find(*travel, "speed_kmh"); speeds && in_.expect_object(*speeds, w / "speed_kmh")) {
    in_.only_known(*speeds, w / "speed_kmh", {"walk", "bike", "ebike", "car"});
    for (std::size_t m = 0; m < mode_keys.size(); ++m) {
      const Json* v = JsonInput::find(*speeds, mode_keys[m]);
      if (v == nullptr) continue;
      const double speed = in_.number(*v, w / "speed_kmh" / mode_keys[m]);
      if (in_.ok() && (speed <= 0 || speed > 300)) in_.fail(w / "speed_kmh" / mode_keys[m], "must be above 0 and at most 300");
      settings_.speed_kmh[m] = speed;
    }
  }
  if (const Json* overheads = JsonInput::find(*travel, "overhead_seconds");
      overheads && in_.expect_object(*overheads, w / "overhead_seconds")) {
    in_.only_known(*overheads, w / "overhead_seconds", {"walk", "bike", "ebike", "car"});
    for (std::size_t m = 0; m < mode_keys.size(); ++m)
      if (const Json* v = JsonInput::find(*overheads, mode_keys[m]))
        settings_.overhead_seconds[m] = in_.integer(*v, w / "overhead_seconds" / mode_keys[m], 0, 86'400);
  }
}

void NativeProblemReader::read_matrix(const Json& matrix) {
  const Where w = Where{} / "matrix";
  if (!in_.expect_object(matrix, w)) return;
  in_.only_known(matrix, w, {"durations", "distances"});
  const Json* durations = in_.require(matrix, "durations", w);
  const Json* distances = in_.require(matrix, "distances", w);
  if (!in_.ok() || !in_.expect_array(*durations, w / "durations") || !in_.expect_array(*distances, w / "distances"))
    return;
  const std::size_t n = durations->size();
  if (distances->size() != n)
    return in_.fail(w / "distances", "has " + std::to_string(distances->size()) + " rows, \"durations\" has " +
                                         std::to_string(n));
  std::vector<std::int64_t> dur;
  std::vector<std::int64_t> dist;
  dur.reserve(n * n);
  dist.reserve(n * n);
  // Entries are ticks as they are (seconds and metres by default), so no rounding happens here.
  for (const auto& [key, values] : {std::pair{"durations", durations}, std::pair{"distances", distances}}) {
    auto& out = values == durations ? dur : dist;
    for (std::size_t i = 0; i < n && in_.ok(); ++i) {
      const Json& row = (*values)[i];
      const Where rw = (w / key)[i];
      if (!in_.expect_array(row, rw)) return;
      if (row.size() != n)
        return in_.fail(rw, "has " + std::to_string(row.size()) + " entries, the matrix has " + std::to_string(n) +
                                " locations");
      for (std::size_t j = 0; j < n; ++j) out.push_back(in_.integer(row[j], rw[j], 0, JsonInput::max_ticks));
    }
  }
  if (in_.ok()) data_.travel = TravelModel::from_matrix(static_cast<int>(n), std::move(dur), std::move(dist));
}

int NativeProblemReader::location(const Json& object, const Where& where, std::string_view coords_key,
                                  std::string_view index_key) {
  const Json* coords = JsonInput::find(object, coords_key);
  const Json* index = JsonInput::find(object, index_key);
  if (matrix_) {
    if (coords != nullptr) {
      in_.fail(where / coords_key, "the problem has a \"matrix\": give " + in_quotes(index_key) + " instead of coordinates");
      return -1;
    }
    if (index == nullptr) return -1;
    const std::int64_t i = in_.integer(*index, where / index_key, 0, JsonInput::max_ticks);
    if (in_.ok() && i >= data_.travel.size()) {
      in_.fail(where / index_key, "is " + std::to_string(i) + ", but the matrix has only " +
                                      std::to_string(data_.travel.size()) + " locations");
      return -1;
    }
    return static_cast<int>(i);
  }
  if (index != nullptr) {
    in_.fail(where / index_key, "needs a top-level \"matrix\"; without one, give " + in_quotes(coords_key) + ": [lat, lon]");
    return -1;
  }
  return coords == nullptr ? -1 : point(*coords, where / coords_key);
}

int NativeProblemReader::point(const Json& value, const Where& where) {
  if (!in_.expect_array(value, where)) return -1;
  if (value.size() != 2) {
    in_.fail(where, "must be [latitude, longitude]");
    return -1;
  }
  const double lat = in_.number(value[0], where[0]);
  const double lon = in_.number(value[1], where[1]);
  if (!in_.ok()) return -1;
  if (lat < -90 || lat > 90) in_.fail(where[0], "is a latitude and must be between -90 and 90");
  if (lon < -180 || lon > 180) in_.fail(where[1], "is a longitude and must be between -180 and 180");
  if (!in_.ok()) return -1;
  const auto [it, inserted] = point_index_.emplace(std::pair{lat, lon}, static_cast<int>(points_.size()));
  if (inserted) points_.push_back(Point{lon, lat});
  return it->second;
}

std::vector<TimeWindow> NativeProblemReader::windows(const Json& value, const Where& where) {
  std::vector<TimeWindow> out;
  if (!in_.expect_array(value, where)) return out;
  if (value.empty()) in_.fail(where, "needs at least one window");
  for (std::size_t i = 0; i < value.size() && in_.ok(); ++i) {
    const Json& pair = value[i];
    if (!in_.expect_array(pair, where[i])) break;
    if (pair.size() != 2) {
      in_.fail(where[i], "must be [open, close]");
      break;
    }
    const TimeWindow tw{time(pair[0], where[i][0]), time(pair[1], where[i][1])};
    if (in_.ok() && tw.close < tw.open) in_.fail(where[i], "closes before it opens");
    out.push_back(tw);
  }
  return out;
}

CertificateSet NativeProblemReader::certificates(const Json& value, const Where& where) {
  CertificateSet set;
  if (!in_.expect_array(value, where)) return set;
  for (std::size_t i = 0; i < value.size() && in_.ok(); ++i) {
    const std::string name = in_.string(value[i], where[i]);
    if (!in_.ok()) break;
    const auto it = certificate_index_.find(name);
    if (it == certificate_index_.end()) {
      in_.fail(where[i], "names the unknown certificate " + in_quotes(name) + " (not in the top-level \"certificates\")");
      break;
    }
    set.insert(it->second);
  }
  return set;
}

int NativeProblemReader::caregiver_ref(const Json& value, const Where& where) {
  const std::string id = in_.id(value, where);
  if (!in_.ok()) return -1;
  const auto it = caregiver_index_.find(id);
  if (it == caregiver_index_.end()) {
    in_.fail(where, "refers to the unknown caregiver " + in_quotes(id));
    return -1;
  }
  return it->second;
}

std::vector<int> NativeProblemReader::caregiver_refs(const Json& value, const Where& where) {
  std::vector<int> out;
  if (!in_.expect_array(value, where)) return out;
  for (std::size_t i = 0; i < value.size() && in_.ok(); ++i) out.push_back(caregiver_ref(value[i], where[i]));
  return out;
}

int NativeProblemReader::visit_ref(const Json& value, const Where& where) {
  const std::string id = in_.id(value, where);
  if (!in_.ok()) return -1;
  const auto it = visit_index_.find(id);
  if (it == visit_index_.end()) {
    in_.fail(where, "refers to the unknown visit " + in_quotes(id));
    return -1;
  }
  return it->second;
}

std::vector<std::int64_t> NativeProblemReader::amounts(const Json& value, const Where& where) {
  std::vector<std::int64_t> out;
  if (!in_.expect_array(value, where)) return out;
  for (std::size_t i = 0; i < value.size() && in_.ok(); ++i)
    out.push_back(in_.integer(value[i], where[i], 0, JsonInput::max_ticks));
  return out;
}

void NativeProblemReader::read_caregiver(const Json& j, const Where& at) {
  if (!in_.expect_object(j, at)) return;
  Caregiver c;
  if (const Json* id = in_.require(j, "id", at)) c.id = in_.id(*id, at / "id");
  const Where w = at.with_id(c.id);
  in_.only_known(j, w, {"id", "level", "certificates", "kind", "travel_mode", "home", "home_index", "end", "end_index",
                        "availability", "max_work_minutes", "break", "hourly_cost_cents", "capacity", "max_visits"});
  if (const Json* v = JsonInput::find(j, "level")) c.level = static_cast<int>(in_.integer(*v, w / "level", 0, 6));
  if (const Json* v = JsonInput::find(j, "certificates")) c.certificates = certificates(*v, w / "certificates");
  if (const Json* v = JsonInput::find(j, "kind")) {
    const std::string kind = in_.string(*v, w / "kind");
    if (const auto parsed = parse_caregiver_kind(kind)) c.kind = *parsed;
    else if (in_.ok()) in_.fail(w / "kind", "must be \"employee\", \"freelancer\" or \"volunteer\", not " + in_quotes(kind));
  }
  if (const Json* v = JsonInput::find(j, "travel_mode")) {
    const std::string mode = in_.string(*v, w / "travel_mode");
    if (in_.ok() && !parse_travel_mode(mode, c.mode))
      in_.fail(w / "travel_mode", "must be \"walk\", \"bike\", \"ebike\" or \"car\", not " + in_quotes(mode));
  }
  c.start_location = location(j, w, "home", "home_index");
  // Caregivers go back home unless told otherwise; an explicit null means "done after the last visit".
  if (explicit_null(j, "end") || explicit_null(j, "end_index")) c.end_location = -1;
  else if (JsonInput::find(j, "end") || JsonInput::find(j, "end_index")) c.end_location = location(j, w, "end", "end_index");
  else c.end_location = c.start_location;
  if (const Json* v = in_.require(j, "availability", w)) c.availability = windows(*v, w / "availability");
  if (const Json* v = JsonInput::find(j, "max_work_minutes")) c.max_work = duration(*v, w / "max_work_minutes");
  if (const Json* v = JsonInput::find(j, "break"); v && in_.expect_object(*v, w / "break")) {
    in_.only_known(*v, w / "break", {"after_minutes", "length_minutes"});
    const Json* after = in_.require(*v, "after_minutes", w / "break");
    const Json* length = in_.require(*v, "length_minutes", w / "break");
    if (in_.ok()) {
      BreakRule rule{duration(*after, w / "break" / "after_minutes"), duration(*length, w / "break" / "length_minutes")};
      if (in_.ok() && rule.length <= Duration(0)) in_.fail(w / "break" / "length_minutes", "must be positive");
      c.break_rule = rule;
    }
  }
  if (const Json* v = JsonInput::find(j, "hourly_cost_cents"))
    c.hourly_cost = in_.ticks(*v, w / "hourly_cost_cents", data_.scale.cost_ticks_per_unit);
  if (const Json* v = JsonInput::find(j, "capacity")) c.capacity = amounts(*v, w / "capacity");
  if (const Json* v = JsonInput::find(j, "max_visits"))
    c.max_visits = static_cast<int>(in_.integer(*v, w / "max_visits", 0, 1'000'000));
  if (!in_.ok()) return;
  // Checked here, not left to Problem::create, so that references to the id never resolve wrongly.
  if (!caregiver_index_.emplace(c.id, static_cast<int>(data_.caregivers.size())).second)
    return in_.fail(w / "id", "is used twice");
  data_.caregivers.push_back(std::move(c));
}

void NativeProblemReader::read_visit(const Json& j, const Where& at) {
  if (!in_.expect_object(j, at)) return;
  Visit v;
  if (const Json* id = in_.require(j, "id", at)) v.id = in_.id(*id, at / "id");
  const Where w = at.with_id(v.id);
  in_.only_known(j, w, {"id", "client", "location", "location_index", "digital", "duration", "windows", "due",
                        "lateness_weight", "level", "certificates", "priority", "must_plan", "demand", "preferred",
                        "excluded", "history", "pinned"});
  v.client = v.id;
  if (const Json* c = JsonInput::find(j, "client")) v.client = in_.id(*c, w / "client");
  if (const Json* d = JsonInput::find(j, "digital"); d && in_.boolean(*d, w / "digital")) v.mode = VisitMode::digital;
  v.location = location(j, w, "location", "location_index");
  if (in_.ok() && v.mode == VisitMode::physical && v.location < 0)
    in_.fail(w / (matrix_ ? "location_index" : "location"), "is required for a visit that is not digital");
  if (const Json* d = in_.require(j, "duration", w)) v.duration = duration(*d, w / "duration");
  if (const Json* d = in_.require(j, "windows", w)) v.windows = windows(*d, w / "windows");
  if (const Json* d = JsonInput::find(j, "due")) v.due = time(*d, w / "due");
  if (const Json* d = JsonInput::find(j, "lateness_weight"))
    v.lateness_weight = in_.integer(*d, w / "lateness_weight", 0, 1'000'000);
  if (const Json* d = JsonInput::find(j, "level")) v.level = static_cast<int>(in_.integer(*d, w / "level", 0, 6));
  if (const Json* d = JsonInput::find(j, "certificates")) v.certificates = certificates(*d, w / "certificates");
  if (const Json* d = JsonInput::find(j, "priority")) v.priority = in_.integer(*d, w / "priority", 1, 1'000'000);
  if (const Json* d = JsonInput::find(j, "must_plan")) v.must_plan = in_.boolean(*d, w / "must_plan");
  v.demand.assign(static_cast<std::size_t>(data_.capacity_dimensions), 0);
  if (const Json* d = JsonInput::find(j, "demand")) v.demand = amounts(*d, w / "demand");
  if (const Json* d = JsonInput::find(j, "preferred")) v.preferred = caregiver_refs(*d, w / "preferred");
  if (const Json* d = JsonInput::find(j, "excluded")) v.excluded = caregiver_refs(*d, w / "excluded");
  if (const Json* d = JsonInput::find(j, "history")) v.history = caregiver_refs(*d, w / "history");
  if (const Json* p = JsonInput::find(j, "pinned"); p && in_.expect_object(*p, w / "pinned")) {
    in_.only_known(*p, w / "pinned", {"caregiver", "start"});
    if (const Json* c = in_.require(*p, "caregiver", w / "pinned")) v.pinned_caregiver = caregiver_ref(*c, w / "pinned" / "caregiver");
    if (const Json* s = JsonInput::find(*p, "start")) v.pinned_start = time(*s, w / "pinned" / "start");
  }
  if (!in_.ok()) return;
  if (!visit_index_.emplace(v.id, static_cast<int>(data_.visits.size())).second)
    return in_.fail(w / "id", "is used twice");
  data_.visits.push_back(std::move(v));
}

void NativeProblemReader::read_link(const Json& j, const Where& at) {
  if (!in_.expect_object(j, at)) return;
  // A link has no id of its own; errors carry the id of its first visit, as Problem::create does.
  Where w = at;
  if (const Json* first = JsonInput::find(j, "first"); first && (first->is_string() || first->is_number()))
    w = at.with_id(first->is_string() ? first->get<std::string>() : first->dump());
  in_.only_known(j, w, {"type", "first", "second", "min_gap", "max_gap", "different_caregivers"});
  Link link;
  if (const Json* t = in_.require(j, "type", w)) {
    const std::string type = in_.string(*t, w / "type");
    if (type == "double_staffing") link.kind = Link::Kind::synchronised;
    else if (type == "precedence") link.kind = Link::Kind::precedence;
    else if (in_.ok()) in_.fail(w / "type", "must be \"double_staffing\" or \"precedence\", not " + in_quotes(type));
  }
  if (const Json* f = in_.require(j, "first", w)) link.first = visit_ref(*f, w / "first");
  if (const Json* s = in_.require(j, "second", w)) link.second = visit_ref(*s, w / "second");
  if (!in_.ok()) return;
  if (link.kind == Link::Kind::synchronised) {
    // Double staffing is two caregivers at the same time, by definition; a gap would contradict it.
    for (std::string_view key : {"min_gap", "max_gap"})
      if (JsonInput::find(j, key)) return in_.fail(w / key, "applies to precedence links only");
    const Json* different = JsonInput::find(j, "different_caregivers");
    if (different && !in_.boolean(*different, w / "different_caregivers") && in_.ok())
      return in_.fail(w / "different_caregivers", "must be true for double staffing");
    link.different_caregivers = true;
  } else {
    link.min_gap = Duration(0);
    link.max_gap = Duration::max();
    link.different_caregivers = false;
    const std::int64_t tpu = data_.scale.time_ticks_per_unit;
    if (const Json* g = JsonInput::find(j, "min_gap")) link.min_gap = Duration(in_.ticks(*g, w / "min_gap", tpu, true));
    if (const Json* g = JsonInput::find(j, "max_gap")) link.max_gap = Duration(in_.ticks(*g, w / "max_gap", tpu, true));
    if (const Json* d = JsonInput::find(j, "different_caregivers"))
      link.different_caregivers = in_.boolean(*d, w / "different_caregivers");
    if (in_.ok() && link.max_gap < link.min_gap) in_.fail(w / "max_gap", "is smaller than min_gap");
  }
  if (in_.ok()) data_.links.push_back(link);
}

void NativeProblemReader::read_objective(const Json& root) {
  data_.objective = Objective::care_defaults();
  const Json* o = JsonInput::find(root, "objective");
  const Where w = Where{} / "objective";
  if (o == nullptr || !in_.expect_object(*o, w)) return;
  in_.only_known(*o, w, {"kind", "unplanned_must", "unplanned_optional", "distance", "travel_time", "lateness",
                         "max_lateness", "new_face", "missed_preference", "labour", "per_route"});
  if (const Json* k = JsonInput::find(*o, "kind")) {
    const std::string kind = in_.string(*k, w / "kind");
    if (kind == "care") data_.objective = Objective::care_defaults();
    else if (kind == "hhc") data_.objective = Objective::hhc_benchmark();
    else if (kind == "distance") data_.objective = Objective::distance_only();
    // The route weight depends on the travel (Problem::with_vehicles_then_distance): given, or
    // the order would not be strict.
    else if (kind == "vehicles_then_distance") {
      data_.objective = Objective::vehicles_then_distance(0);
      if (in_.ok() && JsonInput::find(*o, "per_route") == nullptr)
        in_.fail(w / "per_route", "is required with kind \"vehicles_then_distance\" (a route's cost, above any plan's distance)");
    } else if (in_.ok()) {
      in_.fail(w / "kind", "must be \"care\", \"hhc\", \"distance\" or \"vehicles_then_distance\", not " + in_quotes(kind));
    }
  }
  Objective& obj = data_.objective;
  // Weights are cost ticks per tick, as in domain::Objective; bounded so that sums stay in 64 bits.
  constexpr std::int64_t max_weight = 1'000'000'000'000'000;
  auto weight = [&](std::string_view key, std::int64_t& out) {
    if (const Json* v = JsonInput::find(*o, key)) out = in_.integer(*v, w / key, 0, max_weight);
  };
  weight("unplanned_must", obj.unplanned_must);
  weight("unplanned_optional", obj.unplanned_optional);
  weight("distance", obj.distance);
  weight("travel_time", obj.travel_time);
  weight("lateness", obj.lateness);
  weight("max_lateness", obj.max_lateness);
  weight("new_face", obj.new_face);
  weight("missed_preference", obj.missed_preference);
  weight("per_route", obj.per_route);
  if (const Json* v = JsonInput::find(*o, "labour")) obj.labour = in_.boolean(*v, w / "labour");
}

// ---- writing ------------------------------------------------------------------------------------

class NativeProblemWriter {
 public:
  explicit NativeProblemWriter(const Problem& problem) : d_(problem.data()) {}
  Json write() const;

 private:
  // Times and durations alike, in file units.
  Json units(Duration t) const { return in_units(t.get(), d_.scale.time_ticks_per_unit); }
  Json window(const TimeWindow& tw) const { return Json::array({units(tw.open), units(tw.close)}); }
  Json windows(const std::vector<TimeWindow>& list) const {
    Json out = Json::array();
    for (const TimeWindow& tw : list) out.push_back(window(tw));
    return out;
  }
  Json certificates(CertificateSet set) const {
    Json out = Json::array();
    for (std::size_t i = 0; i < d_.certificate_names.size(); ++i)
      if (set.contains(static_cast<int>(i))) out.push_back(d_.certificate_names[i]);
    return out;
  }
  Json caregiver_ids(const std::vector<int>& refs) const {
    Json out = Json::array();
    for (int c : refs) out.push_back(d_.caregivers[c].id);
    return out;
  }
  // Writes location `loc` under the key fitting the travel model; nothing for -1.
  void location(Json& j, std::string_view coords_key, std::string_view index_key, int loc) const {
    if (loc < 0) return;
    if (d_.travel.kind() == TravelModel::Kind::matrix) {
      j[std::string(index_key)] = loc;
    } else {
      const Point pt = d_.travel.point(loc);
      j[std::string(coords_key)] = Json::array({pt.y, pt.x});
    }
  }
  Json caregiver(const Caregiver& c) const;
  Json visit(const Visit& v) const;
  Json link(const Link& l) const;
  Json travel() const;
  Json objective() const;

  const ProblemData& d_;
};

Json NativeProblemWriter::write() const {
  Json j;
  j["name"] = d_.name;
  const Scale defaults;
  const Scale& s = d_.scale;
  if (s.time_ticks_per_unit != defaults.time_ticks_per_unit || s.distance_ticks_per_unit != defaults.distance_ticks_per_unit ||
      s.cost_ticks_per_unit != defaults.cost_ticks_per_unit || s.cost_divisor != defaults.cost_divisor)
    j["scale"] = {{"time_ticks_per_unit", s.time_ticks_per_unit},
                  {"distance_ticks_per_unit", s.distance_ticks_per_unit},
                  {"cost_ticks_per_unit", s.cost_ticks_per_unit},
                  {"cost_divisor", s.cost_divisor}};
  if (!d_.certificate_names.empty()) j["certificates"] = d_.certificate_names;
  if (d_.capacity_dimensions > 0) j["capacity_dimensions"] = d_.capacity_dimensions;
  if (d_.travel.kind() == TravelModel::Kind::matrix) {
    const int n = d_.travel.size();
    Json durations = Json::array();
    Json distances = Json::array();
    for (int a = 0; a < n; ++a) {
      Json dur_row = Json::array();
      Json dist_row = Json::array();
      for (int b = 0; b < n; ++b) {
        // A matrix model has one duration matrix for every mode.
        dur_row.push_back(d_.travel.duration(TravelMode::walk, a, b).get());
        dist_row.push_back(d_.travel.distance(a, b).get());
      }
      durations.push_back(std::move(dur_row));
      distances.push_back(std::move(dist_row));
    }
    j["matrix"] = {{"durations", std::move(durations)}, {"distances", std::move(distances)}};
  } else if (Json t = travel(); !t.empty()) {
    j["travel"] = std::move(t);
  }
  j["caregivers"] = Json::array();
  for (const Caregiver& c : d_.caregivers) j["caregivers"].push_back(caregiver(c));
  j["visits"] = Json::array();
  for (const Visit& v : d_.visits) j["visits"].push_back(visit(v));
  if (!d_.links.empty()) {
    j["links"] = Json::array();
    for (const Link& l : d_.links) j["links"].push_back(link(l));
  }
  j["objective"] = objective();
  return j;
}

Json NativeProblemWriter::travel() const {
  const GeographicSettings defaults;
  const GeographicSettings& s = d_.travel.settings();
  Json j = Json::object();
  if (s.detour_factor != defaults.detour_factor) j["detour_factor"] = s.detour_factor;
  for (std::size_t m = 0; m < mode_keys.size(); ++m) {
    if (s.speed_kmh[m] != defaults.speed_kmh[m]) j["speed_kmh"][std::string(mode_keys[m])] = s.speed_kmh[m];
    if (s.overhead_seconds[m] != defaults.overhead_seconds[m])
      j["overhead_seconds"][std::string(mode_keys[m])] = s.overhead_seconds[m];
  }
  return j;
}

Json NativeProblemWriter::caregiver(const Caregiver& c) const {
  Json j;
  j["id"] = c.id;
  if (c.level != 0) j["level"] = c.level;
  if (!c.certificates.empty()) j["certificates"] = certificates(c.certificates);
  if (c.kind != CaregiverKind::employee) j["kind"] = to_string(c.kind);
  if (c.mode != Caregiver{}.mode) j["travel_mode"] = to_string(c.mode);
  location(j, "home", "home_index", c.start_location);
  if (c.end_location != c.start_location) {
    if (c.end_location < 0)
      j[d_.travel.kind() == TravelModel::Kind::matrix ? "end_index" : "end"] = nullptr;
    else
      location(j, "end", "end_index", c.end_location);
  }
  j["availability"] = windows(c.availability);
  if (c.max_work) j["max_work_minutes"] = units(*c.max_work);
  if (c.break_rule)
    j["break"] = {{"after_minutes", units(c.break_rule->after)}, {"length_minutes", units(c.break_rule->length)}};
  if (c.hourly_cost != 0) j["hourly_cost_cents"] = in_units(c.hourly_cost, d_.scale.cost_ticks_per_unit);
  if (d_.capacity_dimensions > 0) j["capacity"] = c.capacity;
  if (c.max_visits) j["max_visits"] = *c.max_visits;
  return j;
}

Json NativeProblemWriter::visit(const Visit& v) const {
  Json j;
  j["id"] = v.id;
  if (v.client != v.id) j["client"] = v.client;
  location(j, "location", "location_index", v.location);
  if (v.mode == VisitMode::digital) j["digital"] = true;
  j["duration"] = units(v.duration);
  j["windows"] = windows(v.windows);
  if (v.due) j["due"] = units(*v.due);
  if (v.lateness_weight != 1) j["lateness_weight"] = v.lateness_weight;
  if (v.level != 0) j["level"] = v.level;
  if (!v.certificates.empty()) j["certificates"] = certificates(v.certificates);
  if (v.priority != 1) j["priority"] = v.priority;
  if (!v.must_plan) j["must_plan"] = false;
  for (std::int64_t amount : v.demand) {
    if (amount == 0) continue;
    j["demand"] = v.demand;
    break;
  }
  if (!v.preferred.empty()) j["preferred"] = caregiver_ids(v.preferred);
  if (!v.excluded.empty()) j["excluded"] = caregiver_ids(v.excluded);
  if (!v.history.empty()) j["history"] = caregiver_ids(v.history);
  if (v.pinned_caregiver) {
    j["pinned"]["caregiver"] = d_.caregivers[*v.pinned_caregiver].id;
    if (v.pinned_start) j["pinned"]["start"] = units(*v.pinned_start);
  }
  return j;
}

Json NativeProblemWriter::link(const Link& l) const {
  Json j;
  j["first"] = d_.visits[l.first].id;
  j["second"] = d_.visits[l.second].id;
  if (l.kind == Link::Kind::synchronised) {
    j["type"] = "double_staffing";
    return j;
  }
  j["type"] = "precedence";
  if (l.min_gap != Duration(0)) j["min_gap"] = units(l.min_gap);
  // Duration::max() is the reader's "no upper limit", written as an absent field.
  if (l.max_gap != Duration::max()) j["max_gap"] = units(l.max_gap);
  if (l.different_caregivers) j["different_caregivers"] = true;
  return j;
}

Json NativeProblemWriter::objective() const {
  const Objective& o = d_.objective;
  // Every weight is written, not only those differing from the kind's defaults, so that a plan
  // checked later is priced the same even if the defaults change.
  return Json{{"kind", objective_name(o.kind)},
              {"unplanned_must", o.unplanned_must},
              {"unplanned_optional", o.unplanned_optional},
              {"distance", o.distance},
              {"travel_time", o.travel_time},
              {"lateness", o.lateness},
              {"max_lateness", o.max_lateness},
              {"new_face", o.new_face},
              {"missed_preference", o.missed_preference},
              {"labour", o.labour},
              {"per_route", o.per_route}};
}

}  // namespace

Result<domain::Problem> read_native_problem(std::string_view text) {
  auto parsed = parse_json(text);
  if (!parsed) return parsed.error();
  try {
    return NativeProblemReader().read(parsed.value());
  } catch (const Json::exception& e) {
    // Every access above is type-checked first; this is the safety net the contract promises.
    return bad_input("", "", std::string("could not read the problem: ") + e.what());
  }
}

nlohmann::json write_native_problem(const domain::Problem& problem) { return NativeProblemWriter(problem).write(); }

}  // namespace carecrowd::io
