#include "engine/Instance.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace carecrowd::engine {

using domain::Problem;

Instance::Instance(const Problem& problem) : problem_(&problem) {
  n_visits_ = static_cast<int>(problem.visits().size());
  dims_ = problem.capacity_dimensions();
  ticks_per_hour_ = 60 * problem.scale().time_ticks_per_unit;
  build_visits();
  build_routes();
  build_travel();
  build_eligibility();
  build_neighbours();
}

void Instance::build_visits() {
  const Problem& p = *problem_;
  const auto& o = p.objective();
  std::unordered_map<std::string, int> client_index;
  win_begin_.push_back(0);
  for (const auto& v : p.visits()) {
    loc_.push_back(v.mode == domain::VisitMode::digital ? -1 : v.location);
    dur_.push_back(v.duration);
    if (v.pinned_start) {
      win_open_.push_back(*v.pinned_start);
      win_close_.push_back(*v.pinned_start);
    } else {
      for (const auto& w : v.windows) {
        win_open_.push_back(w.open);
        win_close_.push_back(w.close);
      }
    }
    win_begin_.push_back(static_cast<int>(win_open_.size()));
    due_.push_back(v.due ? *v.due : Duration::max());
    late_w_.push_back(v.lateness_weight);
    demand_.insert(demand_.end(), v.demand.begin(), v.demand.end());
    unplanned_cost_.push_back(Cost(v.priority * (v.must_plan ? o.unplanned_must : o.unplanned_optional)));
    must_plan_.push_back(v.must_plan ? 1 : 0);
    auto [it, added] = client_index.try_emplace(v.client, static_cast<int>(client_history_.size()));
    if (added) client_history_.emplace_back();
    client_.push_back(it->second);
    auto& h = client_history_[it->second];
    h.insert(h.end(), v.history.begin(), v.history.end());
  }
  for (auto& h : client_history_) {
    std::sort(h.begin(), h.end());
    h.erase(std::unique(h.begin(), h.end()), h.end());
  }
  initial_caregiver_.assign(n_visits_, -1);
  change_cost_.assign(n_visits_, Cost(0));
  caregiver_dependent_ = o.new_face != 0;
  for (const auto& v : p.visits())
    if (!v.preferred.empty() && o.missed_preference != 0) caregiver_dependent_ = true;

  // Each link becomes two bounds, one seen from each end: t2 - t1 in [lo, hi].
  std::vector<std::vector<LinkBound>> per_visit(n_visits_);
  for (const auto& l : p.links()) {
    per_visit[l.second].push_back({l.first, l.min_gap, l.max_gap, l.different_caregivers});
    per_visit[l.first].push_back({l.second, -l.max_gap, -l.min_gap, l.different_caregivers});
  }
  link_begin_.push_back(0);
  for (const auto& bounds : per_visit) {
    link_bounds_.insert(link_bounds_.end(), bounds.begin(), bounds.end());
    link_begin_.push_back(static_cast<int>(link_bounds_.size()));
  }
}

void Instance::build_routes() {
  const Problem& p = *problem_;
  caregiver_routes_.resize(p.caregivers().size());
  for (std::size_t c = 0; c < p.caregivers().size(); ++c) {
    const auto& g = p.caregivers()[c];
    max_work_.push_back(g.max_work);
    for (std::size_t s = 0; s < g.availability.size(); ++s) {
      caregiver_routes_[c].push_back(static_cast<int>(r_caregiver_.size()));
      r_caregiver_.push_back(static_cast<int>(c));
      r_shift_.push_back(static_cast<int>(s));
      r_open_.push_back(g.availability[s].open);
      r_close_.push_back(g.availability[s].close);
      r_start_.push_back(g.start_location);
      r_end_.push_back(g.end_location);
      r_mode_.push_back(g.mode);
      r_cap_.insert(r_cap_.end(), g.capacity.begin(), g.capacity.end());
      r_max_visits_.push_back(g.max_visits ? *g.max_visits : n_visits_ + 1);
      r_hourly_.push_back(g.hourly_cost);
      r_break_.push_back(g.break_rule);
    }
  }
  n_routes_ = static_cast<int>(r_caregiver_.size());
}

void Instance::build_travel() {
  const auto& travel = problem_->travel();
  n_loc_ = travel.size();
  if (travel.kind() == domain::TravelModel::Kind::matrix) {
    // Every mode shares the given matrix.
    dense_ = n_loc_ > 0;
    dist_matrix_ = travel.distance_matrix().data();
    for (auto& d : dur_matrix_) d = travel.duration_matrix().data();
    return;
  }
  if (n_loc_ > dense_travel_limit) return;
  dense_ = true;
  const auto n = static_cast<std::size_t>(n_loc_);
  // Great-circle distance is symmetric: compute each pair once, and durations from distances.
  dense_dist_.assign(n * n, 0);
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = a + 1; b < n; ++b)
      dense_dist_[a * n + b] = dense_dist_[b * n + a] = travel.distance(static_cast<int>(a), static_cast<int>(b)).get();
  dense_dur_.resize(domain::travel_mode_count);
  for (TravelMode m : r_mode_) {
    auto& d = dense_dur_[static_cast<std::size_t>(m)];
    if (!d.empty()) continue;
    d.resize(n * n);
    for (std::size_t i = 0; i < n * n; ++i)
      d[i] = i / n == i % n ? 0 : travel.duration_over(m, Distance(dense_dist_[i])).get();
  }
  dist_matrix_ = dense_dist_.data();
  for (int m = 0; m < domain::travel_mode_count; ++m) dur_matrix_[m] = dense_dur_[static_cast<std::size_t>(m)].data();
}

void Instance::build_eligibility() {
  const Problem& p = *problem_;
  words_ = (n_routes_ + 63) / 64;
  eligible_.assign(static_cast<std::size_t>(n_visits_) * words_, 0);
  eligible_routes_.resize(n_visits_);
  eligible_count_.assign(n_visits_, 0);
  qualified_anywhere_.assign(n_visits_, 0);
  // Ranking homes by distance: a planar approximation is enough to order them and is far cheaper
  // than the travel model on large geographic instances.
  const auto& travel = p.travel();
  const bool planar = travel.kind() == domain::TravelModel::Kind::geographic;
  std::vector<domain::Point> xy(planar ? static_cast<std::size_t>(travel.size()) : 0);
  for (std::size_t i = 0; i < xy.size(); ++i) {
    const auto pt = travel.point(static_cast<int>(i));
    xy[i] = {pt.x * std::cos(pt.y * 3.14159265358979 / 180.0), pt.y};
  }
  auto home_distance = [&](int loc, int r) -> double {
    const int home = r_start_[r];
    if (loc < 0 || home < 0) return 0;
    if (planar) {
      const double dx = xy[loc].x - xy[home].x, dy = xy[loc].y - xy[home].y;
      return dx * dx + dy * dy;
    }
    return static_cast<double>(distance(loc, home).get());
  };
  std::vector<std::pair<double, int>> ranked;
  for (int v = 0; v < n_visits_; ++v) {
    ranked.clear();
    for (int r = 0; r < n_routes_; ++r) {
      if (!p.qualified(r_caregiver_[r], v)) continue;
      qualified_anywhere_[v] = 1;
      // The shift must at least overlap a window of the visit, ignoring travel.
      const Duration latest_start = r_close_[r] - dur_[v];
      if (snap(v, r_open_[r]) > latest_start) continue;
      eligible_[static_cast<std::size_t>(v) * words_ + (r >> 6)] |= std::uint64_t{1} << (r & 63);
      ranked.emplace_back(home_distance(loc_[v], r), r);
    }
    eligible_count_[v] = static_cast<int>(ranked.size());
    const auto keep = std::min<std::size_t>(ranked.size(), static_cast<std::size_t>(nearest_routes_kept));
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
    auto& list = eligible_routes_[v];
    for (std::size_t i = 0; i < keep; ++i) list.push_back(ranked[i].second);
  }
}

void Instance::build_neighbours() {
  // Proximity mixes travel with time-window compatibility (Vidal et al. 2013): a neighbour that
  // would make us wait long or arrive late is less useful than one that is merely a bit further.
  neighbours_.assign(n_visits_, {});
  if (n_visits_ <= 1) return;
  const int k = std::min(neighbour_count, n_visits_ - 1);
  const TravelMode mode = n_routes_ > 0 ? r_mode_[0] : TravelMode::bike;
  auto proximity = [&](int i, int j) {
    const Duration t = travel(mode, loc_[i], loc_[j]);
    const Duration wait = first_open(j) - (last_close(i) + dur_[i] + t);
    const Duration warp = first_open(i) + dur_[i] + t - last_close(j);
    return t.get() + std::max<std::int64_t>(0, wait.get()) / 5 + std::max<std::int64_t>(0, warp.get());
  };
  std::vector<int> candidates;
  const auto& travel_model = problem_->travel();
  const bool use_grid = n_visits_ > 4000 && travel_model.kind() == domain::TravelModel::Kind::geographic;
  // For big geographic instances: bucket visits on a grid and rank only nearby ones.
  std::vector<std::vector<int>> grid;
  double min_x = 0, min_y = 0, cell = 1;
  int gx = 1, gy = 1;
  std::vector<domain::Point> planar_xy;
  if (travel_model.kind() == domain::TravelModel::Kind::geographic) {
    planar_xy.resize(static_cast<std::size_t>(n_visits_));
    for (int v = 0; v < n_visits_; ++v) {
      if (loc_[v] < 0) continue;
      const auto pt = travel_model.point(loc_[v]);
      planar_xy[v] = {pt.x * std::cos(pt.y * 3.14159265358979 / 180.0), pt.y};
    }
  }
  auto xy = [&](int v) { return planar_xy[v]; };
  if (use_grid) {
    double max_x = -1e300, max_y = -1e300;
    min_x = min_y = 1e300;
    for (int v = 0; v < n_visits_; ++v) {
      const auto pt = xy(v);
      min_x = std::min(min_x, pt.x); max_x = std::max(max_x, pt.x);
      min_y = std::min(min_y, pt.y); max_y = std::max(max_y, pt.y);
    }
    const double area = std::max(1e-12, (max_x - min_x) * (max_y - min_y));
    cell = std::sqrt(area * 16.0 / n_visits_);
    gx = std::max(1, static_cast<int>((max_x - min_x) / cell) + 1);
    gy = std::max(1, static_cast<int>((max_y - min_y) / cell) + 1);
    grid.resize(static_cast<std::size_t>(gx) * gy);
    for (int v = 0; v < n_visits_; ++v) {
      const auto pt = xy(v);
      const int cx = std::min(gx - 1, static_cast<int>((pt.x - min_x) / cell));
      const int cy = std::min(gy - 1, static_cast<int>((pt.y - min_y) / cell));
      grid[static_cast<std::size_t>(cy) * gx + cx].push_back(v);
    }
  }
  std::vector<std::pair<std::int64_t, int>> ranked;
  for (int i = 0; i < n_visits_; ++i) {
    candidates.clear();
    if (use_grid && loc_[i] >= 0) {
      const auto pt = xy(i);
      const int cx = std::min(gx - 1, static_cast<int>((pt.x - min_x) / cell));
      const int cy = std::min(gy - 1, static_cast<int>((pt.y - min_y) / cell));
      for (int ring = 0; candidates.size() < static_cast<std::size_t>(4 * k) && ring < std::max(gx, gy) + 1; ++ring) {
        candidates.clear();
        for (int y = std::max(0, cy - ring); y <= std::min(gy - 1, cy + ring); ++y)
          for (int x = std::max(0, cx - ring); x <= std::min(gx - 1, cx + ring); ++x)
            for (int v : grid[static_cast<std::size_t>(y) * gx + x])
              if (v != i) candidates.push_back(v);
      }
      // Dense neighbourhoods fill a cell with hundreds of visits: keep the nearest few by the
      // cheap planar distance before pricing them with the travel model.
      const std::size_t shortlist = static_cast<std::size_t>(4 * k);
      if (candidates.size() > shortlist) {
        auto planar = [&](int v) {
          const auto q = xy(v);
          return (q.x - pt.x) * (q.x - pt.x) + (q.y - pt.y) * (q.y - pt.y);
        };
        std::nth_element(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(shortlist), candidates.end(),
                         [&](int a, int b) { return planar(a) < planar(b); });
        candidates.resize(shortlist);
      }
    } else {
      for (int j = 0; j < n_visits_; ++j)
        if (j != i) candidates.push_back(j);
    }
    ranked.clear();
    for (int j : candidates) ranked.emplace_back(std::min(proximity(i, j), proximity(j, i)), j);
    const auto keep = std::min<std::size_t>(static_cast<std::size_t>(k), ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
    for (std::size_t x = 0; x < keep; ++x) neighbours_[i].push_back(ranked[x].second);
  }
}

Cost Instance::assignment_cost(int v, int c) const {
  Cost cost(0);
  const auto& pref = problem_->visits()[v].preferred;
  if (!pref.empty() && std::find(pref.begin(), pref.end(), c) == pref.end())
    cost += Cost(problem_->objective().missed_preference);
  if (initial_caregiver_[v] >= 0 && initial_caregiver_[v] != c) cost += change_cost_[v];
  return cost;
}

void Instance::set_initial_caregiver(int v, int c, Cost change_cost) {
  initial_caregiver_[v] = c;
  change_cost_[v] = change_cost;
  if (change_cost != Cost(0)) caregiver_dependent_ = true;
}

bool Instance::has_history(int client, int caregiver) const {
  const auto& h = client_history_[client];
  return std::binary_search(h.begin(), h.end(), caregiver);
}

}  // namespace carecrowd::engine
