// Instance: a domain::Problem flattened into arrays indexed by visit and by route (one route per
// caregiver shift), with everything the search asks millions of times precomputed: travel, the
// caregiver x visit eligibility table, link bounds and each visit's nearest neighbours.
//
// Travel: a matrix problem is read in place; a geographic problem with at most
// `dense_travel_limit` locations gets dense matrices per travel mode in use, larger ones are
// computed on demand through the same domain::TravelModel (so the checker sees identical values).
//
// Thread safety: immutable after construction; shared read-only by all search threads.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/Quantity.h"
#include "domain/Problem.h"

namespace carecrowd::engine {

using domain::TravelMode;

// Link as seen from one visit: t(visit) must lie in [t(partner) + lo, t(partner) + hi].
struct LinkBound {
  int partner = -1;
  Duration lo;
  Duration hi;
  bool different_caregivers = false;
};

class Instance {
 public:
  static constexpr int dense_travel_limit = 3000;
  static constexpr int neighbour_count = 40;

  explicit Instance(const domain::Problem& problem);
  // Holds pointers into its own arrays: neither copied nor moved.
  Instance(const Instance&) = delete;
  Instance& operator=(const Instance&) = delete;

  const domain::Problem& problem() const { return *problem_; }
  int visits() const { return n_visits_; }
  int routes() const { return n_routes_; }
  int dims() const { return dims_; }

  // ---- visits
  int location(int v) const { return loc_[v]; }
  Duration duration(int v) const { return dur_[v]; }
  Duration due(int v) const { return due_[v]; }
  std::int64_t lateness_weight(int v) const { return late_w_[v]; }
  int client(int v) const { return client_[v]; }
  const std::int64_t* demand(int v) const { return demand_.data() + static_cast<std::size_t>(v) * dims_; }
  Cost unplanned_cost(int v) const { return unplanned_cost_[v]; }
  bool must_plan(int v) const { return must_plan_[v] != 0; }
  int window_count(int v) const { return win_begin_[v + 1] - win_begin_[v]; }
  Duration first_open(int v) const { return win_open_[win_begin_[v]]; }
  Duration last_close(int v) const { return win_close_[win_begin_[v + 1] - 1]; }
  // Earliest start >= t inside a hard window of v, or Duration::max() if none.
  Duration snap(int v, Duration t) const {
    for (int w = win_begin_[v]; w < win_begin_[v + 1]; ++w) {
      if (t <= win_close_[w]) return t < win_open_[w] ? win_open_[w] : t;
    }
    return Duration::max();
  }
  // Latest start <= t inside a hard window of v, or a very small value if none.
  Duration latest_within(int v, Duration t) const {
    for (int w = win_begin_[v + 1] - 1; w >= win_begin_[v]; --w) {
      if (t >= win_open_[w]) return t > win_close_[w] ? win_close_[w] : t;
    }
    return -Duration::max();
  }
  // Lateness of starting v at t, unweighted.
  Duration lateness(int v, Duration t) const { return t > due_[v] ? t - due_[v] : Duration(0); }
  bool has_links(int v) const { return link_begin_[v] != link_begin_[v + 1]; }
  const LinkBound* links_begin(int v) const { return link_bounds_.data() + link_begin_[v]; }
  const LinkBound* links_end(int v) const { return link_bounds_.data() + link_begin_[v + 1]; }
  bool any_links() const { return !link_bounds_.empty(); }
  const std::vector<int>& neighbours(int v) const { return neighbours_[v]; }

  // ---- routes (caregiver shifts)
  int caregiver(int r) const { return r_caregiver_[r]; }
  int shift(int r) const { return r_shift_[r]; }
  Duration open(int r) const { return r_open_[r]; }
  Duration close(int r) const { return r_close_[r]; }
  int start_location(int r) const { return r_start_[r]; }
  int end_location(int r) const { return r_end_[r]; }
  TravelMode mode(int r) const { return r_mode_[r]; }
  const std::int64_t* capacity(int r) const { return r_cap_.data() + static_cast<std::size_t>(r) * dims_; }
  int max_visits(int r) const { return r_max_visits_[r]; }
  std::int64_t hourly_cost(int r) const { return r_hourly_[r]; }
  const std::optional<domain::BreakRule>& break_rule(int r) const { return r_break_[r]; }
  std::optional<Duration> max_work(int caregiver) const { return max_work_[caregiver]; }
  const std::vector<int>& routes_of_caregiver(int c) const { return caregiver_routes_[c]; }
  int caregivers() const { return static_cast<int>(caregiver_routes_.size()); }
  std::int64_t ticks_per_hour() const { return ticks_per_hour_; }

  // May route r take visit v (qualification, kind, exclusion, pin, and a shift that overlaps one
  // of the visit's windows)?
  bool eligible(int v, int r) const {
    return (eligible_[static_cast<std::size_t>(v) * words_ + (r >> 6)] >> (r & 63)) & 1U;
  }
  // Routes that may take v, nearest home first: all of them on instances with at most
  // `nearest_routes_kept` routes, otherwise only that many nearest (memory and time stay linear).
  const std::vector<int>& eligible_routes(int v) const { return eligible_routes_[v]; }
  // How many routes may take v, whether listed or not.
  int eligible_count(int v) const { return eligible_count_[v]; }
  static constexpr int nearest_routes_kept = 120;
  bool qualified_anywhere(int v) const { return qualified_anywhere_[v] != 0; }

  // Soft cost of caregiver c doing v, apart from continuity: a missed preference, or (when
  // repairing) a change from the caregiver of the initial plan.
  Cost assignment_cost(int v, int c) const;
  void set_initial_caregiver(int v, int c, Cost change_cost);
  bool has_history(int client, int caregiver) const;
  // Does a visit's cost depend on who does it (continuity, preferences, changes from an initial
  // plan)? If not, moving visits between caregivers changes only route costs.
  bool caregiver_dependent_costs() const { return caregiver_dependent_; }
  int clients() const { return static_cast<int>(client_history_.size()); }

  // ---- travel; -1 (no location) costs nothing
  Duration travel(TravelMode m, int a, int b) const {
    if (a < 0 || b < 0 || a == b) return Duration(0);
    if (dense_) return Duration(dur_matrix_[static_cast<std::size_t>(m)][static_cast<std::size_t>(a) * n_loc_ + b]);
    return problem_->travel().duration(m, a, b);
  }
  Distance distance(int a, int b) const {
    if (a < 0 || b < 0 || a == b) return Distance(0);
    if (dense_) return Distance(dist_matrix_[static_cast<std::size_t>(a) * n_loc_ + b]);
    return problem_->travel().distance(a, b);
  }

 private:
  void build_visits();
  void build_routes();
  void build_travel();
  void build_eligibility();
  void build_neighbours();

  const domain::Problem* problem_;
  int n_visits_ = 0, n_routes_ = 0, dims_ = 0, words_ = 0, n_loc_ = 0;
  std::int64_t ticks_per_hour_ = 3600;

  std::vector<int> loc_, client_, win_begin_;
  std::vector<Duration> dur_, due_, win_open_, win_close_;
  std::vector<std::int64_t> late_w_, demand_;
  std::vector<Cost> unplanned_cost_;
  std::vector<std::uint8_t> must_plan_, qualified_anywhere_;
  std::vector<int> link_begin_;
  std::vector<LinkBound> link_bounds_;
  std::vector<std::vector<int>> neighbours_;
  std::vector<std::vector<int>> client_history_;  // sorted caregiver indices per client
  std::vector<int> initial_caregiver_;
  std::vector<Cost> change_cost_;
  bool caregiver_dependent_ = false;

  std::vector<int> r_caregiver_, r_shift_, r_start_, r_end_, r_max_visits_;
  std::vector<Duration> r_open_, r_close_;
  std::vector<TravelMode> r_mode_;
  std::vector<std::int64_t> r_cap_, r_hourly_;
  std::vector<std::optional<domain::BreakRule>> r_break_;
  std::vector<std::optional<Duration>> max_work_;
  std::vector<std::vector<int>> caregiver_routes_;

  std::vector<std::uint64_t> eligible_;
  std::vector<std::vector<int>> eligible_routes_;
  std::vector<int> eligible_count_;

  // Dense travel: pointers into the problem's matrices, or into our own for geographic problems.
  bool dense_ = false;
  const std::int64_t* dist_matrix_ = nullptr;
  const std::int64_t* dur_matrix_[domain::travel_mode_count] = {};
  std::vector<std::int64_t> dense_dist_;
  std::vector<std::vector<std::int64_t>> dense_dur_;
};

}  // namespace carecrowd::engine
