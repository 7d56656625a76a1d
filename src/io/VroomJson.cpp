#include "io/VroomJson.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/JsonInput.h"
#include "io/JsonOutput.h"
#include "io/RouteTimeline.h"

namespace carecrowd::io {
namespace {

using detail::id_value;
using detail::in_units;
using namespace domain;

// VROOM's times are 32-bit seconds; its "no time window" is this whole range.
constexpr std::int64_t open_end = 4'294'967'295;
// One VROOM cost unit is 3600 cost ticks, so that per_hour (cost per hour of travel) is exactly the
// weight of a second of travel, and the default 3600 makes the cost the travel time in seconds.
constexpr std::int64_t cost_ticks_per_vroom_unit = 3600;

struct VehicleCosts {
  std::int64_t fixed = 0;
  std::int64_t per_hour = 3600;
  std::int64_t per_km = 0;
  friend bool operator==(const VehicleCosts&, const VehicleCosts&) = default;
};

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

TravelMode mode_of_profile(std::string_view profile) {
  if (profile == "bike" || profile == "bicycle" || profile == "cycling") return TravelMode::bike;
  if (profile == "foot" || profile == "walk" || profile == "walking") return TravelMode::walk;
  return TravelMode::car;
}

// Problem::create names domain fields; a VROOM user should see the fields of their own file.
Error in_vroom_terms(Error e) {
  auto replace = [&](std::string_view from, std::string_view to) {
    if (const auto at = e.field.find(from); at != std::string::npos) e.field.replace(at, from.size(), to);
  };
  replace("visits[", "jobs[");
  replace("caregivers[", "vehicles[");
  replace(".windows", ".time_windows");
  replace(".availability", ".time_window");
  replace(".certificates", ".skills");
  replace(".demand", ".delivery");
  return e;
}

class VroomReader {
 public:
  Result<Problem> read(const Json& root);

 private:
  void read_fleet(const Json& vehicles);
  void read_matrix(const Json& root);
  std::vector<std::int64_t> read_square(const Json& rows, const Where& where, std::size_t n);
  void read_vehicle(const Json& j, const Where& at);
  void read_job(const Json& j, const Where& at);
  int location(const Json& object, const Where& where, std::string_view coords_key, std::string_view index_key);
  void add_amount(std::vector<std::int64_t>& into, const Json& object, std::string_view key, const Where& where);
  CertificateSet skills(const Json& object, const Where& where);
  TimeWindow window(const Json& value, const Where& where);
  void refuse(const Json& object, const Where& where, std::string_view key, std::string_view what) {
    if (JsonInput::find(object, key)) in_.fail(where / key, std::string(what) + " are not supported");
  }

  JsonInput in_;
  ProblemData data_;
  bool matrix_ = false;
  std::string profile_ = "car";
  double speed_factor_ = 1;
  VehicleCosts costs_;
  std::vector<Point> points_;
  std::map<std::pair<double, double>, int> point_index_;  // (lon, lat) -> location
  std::unordered_map<std::string, int> skill_index_;
  std::optional<std::size_t> dims_;  // the length of the first amount seen ...
  std::string dims_from_;            // ... and where it was
};

Result<Problem> VroomReader::read(const Json& root) {
  const Where top;
  if (!in_.expect_object(root, top)) return in_.error();
  if (const Json* s = JsonInput::find(root, "shipments"); s && !(s->is_array() && s->empty()))
    in_.fail(top / "shipments", "shipments are not supported; give pickups and deliveries as jobs");
  const Json* vehicles = in_.require(root, "vehicles", top);
  if (!in_.ok() || !in_.expect_array(*vehicles, top / "vehicles")) return in_.error();
  if (vehicles->empty()) return bad_input("vehicles", "", "needs at least one vehicle");

  data_.name = "vroom";
  data_.scale = Scale{1, 1, cost_ticks_per_vroom_unit, 1};
  read_fleet(*vehicles);
  read_matrix(root);
  if (!in_.ok()) return in_.error();

  for (std::size_t i = 0; i < vehicles->size() && in_.ok(); ++i) read_vehicle((*vehicles)[i], (top / "vehicles")[i]);
  if (const Json* jobs = JsonInput::find(root, "jobs"); jobs && in_.expect_array(*jobs, top / "jobs"))
    for (std::size_t i = 0; i < jobs->size() && in_.ok(); ++i) read_job((*jobs)[i], (top / "jobs")[i]);
  if (!in_.ok()) return in_.error();

  // Amounts left out are zero, in as many dimensions as the file uses anywhere.
  const std::size_t dims = dims_.value_or(0);
  data_.capacity_dimensions = static_cast<int>(dims);
  for (Caregiver& c : data_.caregivers) c.capacity.resize(dims, 0);
  for (Visit& v : data_.visits) v.demand.resize(dims, 0);

  if (!matrix_) {
    GeographicSettings settings;
    for (double& speed : settings.speed_kmh) speed *= speed_factor_;
    data_.travel = TravelModel::geographic(std::move(points_), settings);
  }

  Objective& o = data_.objective;
  o = Objective{};
  o.kind = ObjectiveKind::distance;  // pure routing: no continuity, preferences or labour
  o.travel_time = costs_.per_hour;
  o.distance = costs_.per_km * cost_ticks_per_vroom_unit / 1000;
  o.per_route = costs_.fixed * cost_ticks_per_vroom_unit;

  auto problem = Problem::create(std::move(data_));
  if (!problem) return in_vroom_terms(problem.error());
  return problem;
}

void VroomReader::read_fleet(const Json& vehicles) {
  // Vehicles share one travel model and one objective here, so what VROOM allows per vehicle
  // (profile, speed factor, costs) must be the same for all of them.
  for (std::size_t i = 0; i < vehicles.size() && in_.ok(); ++i) {
    const Json& v = vehicles[i];
    const Where w = (Where{} / "vehicles")[i].with_id(peek_id(v));
    if (!in_.expect_object(v, w)) return;
    std::string profile = "car";
    if (const Json* p = JsonInput::find(v, "profile")) profile = in_.string(*p, w / "profile");
    double speed = 1;
    if (const Json* s = JsonInput::find(v, "speed_factor")) {
      speed = in_.number(*s, w / "speed_factor");
      if (in_.ok() && (speed <= 0 || speed > 5)) in_.fail(w / "speed_factor", "must be above 0 and at most 5");
    }
    // Bounded so that a plan's cost stays far inside 64 bits.
    constexpr std::int64_t max_cost = 10'000'000;
    VehicleCosts costs;
    if (const Json* c = JsonInput::find(v, "costs"); c && in_.expect_object(*c, w / "costs")) {
      if (const Json* f = JsonInput::find(*c, "fixed")) costs.fixed = in_.integer(*f, w / "costs" / "fixed", 0, max_cost);
      if (const Json* h = JsonInput::find(*c, "per_hour"))
        costs.per_hour = in_.integer(*h, w / "costs" / "per_hour", 0, max_cost);
      if (const Json* k = JsonInput::find(*c, "per_km")) {
        costs.per_km = in_.integer(*k, w / "costs" / "per_km", 0, max_cost);
        // A metre costs per_km * 3600 / 1000 cost ticks, which must be whole.
        if (in_.ok() && costs.per_km * cost_ticks_per_vroom_unit % 1000 != 0)
          in_.fail(w / "costs" / "per_km", "must be a multiple of 5 (carecrowd prices distance in whole ticks)");
      }
      if (const Json* t = JsonInput::find(*c, "per_task_hour");
          t && in_.integer(*t, w / "costs" / "per_task_hour", 0, max_cost) != 0)
        in_.fail(w / "costs" / "per_task_hour", "costs per task hour are not supported");
    }
    if (!in_.ok()) return;
    if (i == 0) {
      profile_ = profile;
      speed_factor_ = speed;
      costs_ = costs;
      continue;
    }
    if (profile != profile_)
      return in_.fail(w / "profile", "is " + in_quotes(profile) + ", but vehicles[0] uses " + in_quotes(profile_) +
                                         "; all vehicles must share one profile");
    if (speed != speed_factor_)
      return in_.fail(w / "speed_factor", "differs from vehicles[0]; all vehicles must share one speed factor");
    if (!(costs == costs_))
      return in_.fail(w / "costs", "differ from vehicles[0].costs; all vehicles must share their costs");
  }
}

std::vector<std::int64_t> VroomReader::read_square(const Json& rows, const Where& where, std::size_t n) {
  std::vector<std::int64_t> out;
  if (!in_.expect_array(rows, where)) return out;
  if (rows.size() != n) {
    in_.fail(where, "has " + std::to_string(rows.size()) + " rows, expected " + std::to_string(n));
    return out;
  }
  out.reserve(n * n);
  for (std::size_t i = 0; i < n && in_.ok(); ++i) {
    if (!in_.expect_array(rows[i], where[i])) break;
    if (rows[i].size() != n) {
      in_.fail(where[i], "has " + std::to_string(rows[i].size()) + " entries, the matrix has " + std::to_string(n) +
                             " locations");
      break;
    }
    for (std::size_t j = 0; j < n; ++j) out.push_back(in_.integer(rows[i][j], where[i][j], 0, JsonInput::max_ticks));
  }
  return out;
}

void VroomReader::read_matrix(const Json& root) {
  const Json* durations = nullptr;
  const Json* distances = nullptr;
  Where dw;
  Where sw;
  if (const Json* matrices = JsonInput::find(root, "matrices")) {
    const Where w = Where{} / "matrices";
    if (!in_.expect_object(*matrices, w)) return;
    const Json* entry = JsonInput::find(*matrices, profile_);
    if (entry == nullptr)
      return in_.fail(w / profile_, "is required: the vehicles use the profile " + in_quotes(profile_));
    if (!in_.expect_object(*entry, w / profile_)) return;
    if (JsonInput::find(*entry, "costs"))
      return in_.fail(w / profile_ / "costs", "cost matrices are not supported; costs follow from travel time");
    durations = in_.require(*entry, "durations", w / profile_);
    distances = JsonInput::find(*entry, "distances");
    dw = w / profile_ / "durations";
    sw = w / profile_ / "distances";
  } else if (const Json* legacy = JsonInput::find(root, "matrix")) {
    durations = legacy;
    dw = Where{} / "matrix";
  } else {
    return;  // coordinates, read with the jobs and vehicles
  }
  if (!in_.ok() || !in_.expect_array(*durations, dw)) return;
  matrix_ = true;
  const std::size_t n = durations->size();
  std::vector<std::int64_t> dur = read_square(*durations, dw, n);
  std::vector<std::int64_t> dist(n * n, 0);  // VROOM reports no distance without a matrix for it
  if (distances != nullptr) dist = read_square(*distances, sw, n);
  if (!in_.ok()) return;
  // VROOM divides travel times by the speed factor, rounding to whole seconds.
  if (speed_factor_ != 1)
    for (std::int64_t& d : dur) d = std::llround(static_cast<double>(d) / speed_factor_);
  data_.travel = TravelModel::from_matrix(static_cast<int>(n), std::move(dur), std::move(dist));
}

int VroomReader::location(const Json& object, const Where& where, std::string_view coords_key,
                          std::string_view index_key) {
  if (matrix_) {
    // VROOM uses coordinates only for display once a matrix is given; so do we (we drop them).
    const Json* index = JsonInput::find(object, index_key);
    if (index == nullptr) {
      if (JsonInput::find(object, coords_key)) in_.fail(where / index_key, "is required when the input has a matrix");
      return -1;
    }
    const std::int64_t i = in_.integer(*index, where / index_key, 0, JsonInput::max_ticks);
    if (in_.ok() && i >= data_.travel.size()) {
      in_.fail(where / index_key, "is " + std::to_string(i) + ", but the matrix has only " +
                                      std::to_string(data_.travel.size()) + " locations");
      return -1;
    }
    return static_cast<int>(i);
  }
  if (JsonInput::find(object, index_key)) {
    in_.fail(where / index_key, "needs \"matrices\" in the input; without them, give " + in_quotes(coords_key) +
                                    ": [lon, lat]");
    return -1;
  }
  const Json* coords = JsonInput::find(object, coords_key);
  if (coords == nullptr) return -1;
  const Where w = where / coords_key;
  if (!in_.expect_array(*coords, w)) return -1;
  if (coords->size() != 2) {
    in_.fail(w, "must be [longitude, latitude]");
    return -1;
  }
  const double lon = in_.number((*coords)[0], w[0]);
  const double lat = in_.number((*coords)[1], w[1]);
  if (!in_.ok()) return -1;
  if (lon < -180 || lon > 180) in_.fail(w[0], "is a longitude and must be between -180 and 180");
  if (lat < -90 || lat > 90) in_.fail(w[1], "is a latitude and must be between -90 and 90");
  if (!in_.ok()) return -1;
  // Tasks at one address share a location, so travelling between them takes no time.
  const auto [it, inserted] = point_index_.emplace(std::pair{lon, lat}, static_cast<int>(points_.size()));
  if (inserted) points_.push_back(Point{lon, lat});
  return it->second;
}

void VroomReader::add_amount(std::vector<std::int64_t>& into, const Json& object, std::string_view key,
                             const Where& where) {
  const Json* value = JsonInput::find(object, key);
  if (value == nullptr) return;
  const Where w = where / key;
  if (!in_.expect_array(*value, w)) return;
  if (!dims_) {
    dims_ = value->size();
    dims_from_ = w.path;
  } else if (value->size() != *dims_) {
    return in_.fail(w, "has " + std::to_string(value->size()) + " values, but " + dims_from_ + " has " +
                           std::to_string(*dims_) + "; all amounts need the same length");
  }
  into.resize(value->size(), 0);
  for (std::size_t i = 0; i < value->size() && in_.ok(); ++i)
    into[i] += in_.integer((*value)[i], w[i], 0, JsonInput::max_ticks);
}

CertificateSet VroomReader::skills(const Json& object, const Where& where) {
  CertificateSet set;
  const Json* list = JsonInput::find(object, "skills");
  const Where w = where / "skills";
  if (list == nullptr || !in_.expect_array(*list, w)) return set;
  for (std::size_t i = 0; i < list->size() && in_.ok(); ++i) {
    const std::int64_t skill = in_.integer((*list)[i], w[i], 0, open_end);
    if (!in_.ok()) break;
    std::string name = std::to_string(skill);
    auto it = skill_index_.find(name);
    if (it == skill_index_.end()) {
      if (data_.certificate_names.size() == static_cast<std::size_t>(CertificateSet::capacity)) {
        in_.fail(w[i], "is the 65th distinct skill; at most 64 are supported");
        break;
      }
      it = skill_index_.emplace(name, static_cast<int>(data_.certificate_names.size())).first;
      data_.certificate_names.push_back(std::move(name));
    }
    set.insert(it->second);
  }
  return set;
}

TimeWindow VroomReader::window(const Json& value, const Where& where) {
  if (!in_.expect_array(value, where)) return {};
  if (value.size() != 2) {
    in_.fail(where, "must be [start, end]");
    return {};
  }
  const TimeWindow tw{Duration(in_.integer(value[0], where[0], 0, JsonInput::max_ticks)),
                      Duration(in_.integer(value[1], where[1], 0, JsonInput::max_ticks))};
  if (in_.ok() && tw.close < tw.open) in_.fail(where, "closes before it opens");
  return tw;
}

void VroomReader::read_vehicle(const Json& j, const Where& at) {
  if (!in_.expect_object(j, at)) return;
  Caregiver c;
  if (const Json* id = in_.require(j, "id", at)) c.id = in_.id(*id, at / "id");
  const Where w = at.with_id(c.id);
  refuse(j, w, "steps", "given vehicle steps");
  refuse(j, w, "max_travel_time", "travel time limits");
  refuse(j, w, "max_distance", "distance limits");
  c.mode = matrix_ ? TravelMode::car : mode_of_profile(profile_);
  c.start_location = location(j, w, "start", "start_index");
  c.end_location = location(j, w, "end", "end_index");
  add_amount(c.capacity, j, "capacity", w);
  c.certificates = skills(j, w);
  c.availability = {TimeWindow{Duration(0), Duration(open_end)}};
  if (const Json* tw = JsonInput::find(j, "time_window")) c.availability = {window(*tw, w / "time_window")};
  // Breaks are accepted and left out: see the header.
  if (const Json* b = JsonInput::find(j, "breaks")) in_.expect_array(*b, w / "breaks");
  if (const Json* m = JsonInput::find(j, "max_tasks"))
    c.max_visits = static_cast<int>(in_.integer(*m, w / "max_tasks", 0, 1'000'000));
  if (in_.ok()) data_.caregivers.push_back(std::move(c));
}

void VroomReader::read_job(const Json& j, const Where& at) {
  if (!in_.expect_object(j, at)) return;
  Visit v;
  if (const Json* id = in_.require(j, "id", at)) v.id = in_.id(*id, at / "id");
  const Where w = at.with_id(v.id);
  v.client = v.id;
  if (const Json* s = JsonInput::find(j, "setup"); s && in_.integer(*s, w / "setup", 0, JsonInput::max_ticks) != 0)
    in_.fail(w / "setup", "setup times are not supported");
  v.location = location(j, w, "location", "location_index");
  if (in_.ok() && v.location < 0) in_.fail(w / (matrix_ ? "location_index" : "location"), "is required");
  if (const Json* s = JsonInput::find(j, "service")) v.duration = Duration(in_.integer(*s, w / "service", 0, JsonInput::max_ticks));
  add_amount(v.demand, j, "delivery", w);
  add_amount(v.demand, j, "pickup", w);
  add_amount(v.demand, j, "amount", w);
  v.certificates = skills(j, w);
  if (const Json* p = JsonInput::find(j, "priority")) v.priority = in_.integer(*p, w / "priority", 0, 100) + 1;
  v.windows = {TimeWindow{Duration(0), Duration(open_end)}};
  if (const Json* tws = JsonInput::find(j, "time_windows"); tws && in_.expect_array(*tws, w / "time_windows")) {
    v.windows.clear();
    for (std::size_t i = 0; i < tws->size() && in_.ok(); ++i) v.windows.push_back(window((*tws)[i], (w / "time_windows")[i]));
    // VROOM accepts windows in any order, ours are sorted; overlaps are refused either way, and
    // named by their place in the file rather than in the sorted list.
    std::vector<std::size_t> order(v.windows.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v.windows[a].open < v.windows[b].open; });
    for (std::size_t k = 1; k < order.size() && in_.ok(); ++k)
      if (v.windows[order[k]].open <= v.windows[order[k - 1]].close)
        in_.fail((w / "time_windows")[std::max(order[k], order[k - 1])], "overlaps another time window");
    std::vector<TimeWindow> sorted;
    for (std::size_t i : order) sorted.push_back(v.windows[i]);
    v.windows = std::move(sorted);
  }
  if (in_.ok()) data_.visits.push_back(std::move(v));
}

// ---- writing ------------------------------------------------------------------------------------

class VroomWriter {
 public:
  VroomWriter(const Problem& problem, const Plan& plan) : p_(problem), plan_(plan) {}
  Json write() const;

 private:
  Json time(Duration t) const { return in_units(t.get(), p_.scale().time_ticks_per_unit); }
  Json distance(Distance d) const { return in_units(d.get(), p_.scale().distance_ticks_per_unit); }
  double cost(Cost c) const {
    const Scale& s = p_.scale();
    return static_cast<double>(c.get()) / static_cast<double>(s.cost_ticks_per_unit * s.cost_divisor);
  }
  // Adds "location_index" (matrix model) or "location" [lon, lat] (geographic); nothing for -1.
  void location(Json& j, int loc) const {
    if (loc < 0) return;
    if (p_.travel().kind() == TravelModel::Kind::matrix) {
      j["location_index"] = loc;
    } else {
      const Point pt = p_.travel().point(loc);
      j["location"] = Json::array({pt.x, pt.y});
    }
  }
  Json step(std::string_view type, int loc, Duration arrival, Duration service, Duration waiting, Duration travelled,
            Distance covered) const {
    Json s{{"type", type}};
    location(s, loc);
    s["setup"] = 0;
    s["service"] = time(service);
    s["waiting_time"] = time(waiting);
    s["arrival"] = time(arrival);
    s["duration"] = time(travelled);
    s["distance"] = distance(covered);
    return s;
  }
  // What the summary adds up over routes.
  struct Totals {
    Cost cost;
    Duration service;
    Duration travel;
    Duration waiting;
    Distance distance;
    std::int64_t priority = 0;
    std::vector<std::int64_t> delivery;
  };
  Cost route_cost(const Route& route, const detail::RouteTimeline& timeline) const;
  Json route(const Route& route, Totals& totals) const;

  const Problem& p_;
  const Plan& plan_;
};

Cost VroomWriter::route_cost(const Route& route, const detail::RouteTimeline& timeline) const {
  const Objective& o = p_.objective();
  std::int64_t total = o.per_route + o.travel_time * timeline.travel_time().get() + o.distance * timeline.distance().get();
  for (const PlannedVisit& pv : route.visits) {
    const Visit& v = p_.visits()[pv.visit];
    if (v.due && pv.start > *v.due) total += o.lateness * v.lateness_weight * (pv.start - *v.due).get();
  }
  if (o.labour) {
    const std::int64_t ticks_per_hour = 60 * p_.scale().time_ticks_per_unit;
    total += p_.caregivers()[route.caregiver].hourly_cost * (timeline.end - timeline.departure).get() / ticks_per_hour;
  }
  return Cost(total);
}

Json VroomWriter::route(const Route& r, Totals& totals) const {
  const Caregiver& c = p_.caregivers()[r.caregiver];
  const detail::RouteTimeline timeline = detail::route_timeline(p_, r);
  const Cost route_total = route_cost(r, timeline);

  Json steps = Json::array();
  if (c.start_location >= 0)
    steps.push_back(step("start", c.start_location, timeline.departure, Duration(0), Duration(0), Duration(0), Distance(0)));
  std::vector<std::int64_t> delivery(static_cast<std::size_t>(p_.capacity_dimensions()), 0);
  std::int64_t priority = 0;
  for (const detail::TimelineStop& stop : timeline.stops) {
    if (stop.is_break()) {
      // A break has no place of its own in VROOM's output; it happens where the caregiver is.
      steps.push_back(step("break", -1, stop.arrival, stop.service, stop.waiting(), stop.cumulative_travel,
                           stop.cumulative_distance));
      continue;
    }
    const Visit& v = p_.visits()[stop.visit];
    Json s = step("job", stop.location, stop.arrival, stop.service, stop.waiting(), stop.cumulative_travel,
                  stop.cumulative_distance);
    s["id"] = id_value(v.id);
    steps.push_back(std::move(s));
    for (std::size_t d = 0; d < delivery.size(); ++d) delivery[d] += v.demand[d];
    priority += v.priority - 1;  // back to VROOM's 0..100
  }
  if (c.end_location >= 0)
    steps.push_back(step("end", c.end_location, timeline.end, Duration(0), Duration(0), timeline.travel_time(),
                         timeline.distance()));

  totals.cost += route_total;
  totals.service += timeline.service();
  totals.travel += timeline.travel_time();
  totals.waiting += timeline.waiting();
  totals.distance += timeline.distance();
  totals.priority += priority;
  for (std::size_t d = 0; d < delivery.size(); ++d) totals.delivery[d] += delivery[d];
  return Json{{"vehicle", id_value(c.id)},
              {"cost", cost(route_total)},
              {"setup", 0},
              {"service", time(timeline.service())},
              {"duration", time(timeline.travel_time())},
              {"waiting_time", time(timeline.waiting())},
              {"priority", priority},
              {"distance", distance(timeline.distance())},
              {"delivery", delivery},
              {"steps", std::move(steps)},
              {"violations", Json::array()}};
}

Json VroomWriter::write() const {
  Json routes = Json::array();
  Totals totals;
  totals.delivery.assign(static_cast<std::size_t>(p_.capacity_dimensions()), 0);
  for (const Route& r : plan_.routes) {
    // VROOM lists only the vehicles that are used.
    if (!r.visits.empty()) routes.push_back(route(r, totals));
  }
  Json unassigned = Json::array();
  for (const Unplanned& u : plan_.unplanned) {
    const Visit& v = p_.visits()[u.visit];
    Json entry{{"id", id_value(v.id)}, {"type", "job"}, {"reason", to_string(u.reason)}};
    location(entry, v.mode == VisitMode::physical ? v.location : -1);
    if (!u.detail.empty()) entry["detail"] = u.detail;
    unassigned.push_back(std::move(entry));
  }
  Json summary{{"cost", cost(totals.cost)},
               {"routes", routes.size()},
               {"unassigned", unassigned.size()},
               {"setup", 0},
               {"service", time(totals.service)},
               {"duration", time(totals.travel)},
               {"waiting_time", time(totals.waiting)},
               {"priority", totals.priority},
               {"distance", distance(totals.distance)},
               {"delivery", totals.delivery},
               {"violations", Json::array()}};
  return Json{{"code", 0}, {"summary", std::move(summary)}, {"unassigned", std::move(unassigned)}, {"routes", std::move(routes)}};
}

}  // namespace

Result<domain::Problem> read_vroom_problem(std::string_view text) {
  auto parsed = parse_json(text);
  if (!parsed) return parsed.error();
  try {
    return VroomReader().read(parsed.value());
  } catch (const Json::exception& e) {
    // Every access above is type-checked first; this is the safety net the contract promises.
    return bad_input("", "", std::string("could not read the VROOM input: ") + e.what());
  }
}

nlohmann::json write_vroom_plan(const domain::Problem& problem, const domain::Plan& plan,
                                const domain::CostBreakdown& /*cost*/) {
  return VroomWriter(problem, plan).write();
}

}  // namespace carecrowd::io
