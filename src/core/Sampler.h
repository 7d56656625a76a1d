// Sampler: the source of randomness of the synthetic regions (generate/) and the demo region, with
// its own small distributions so that a seed gives the same region with every compiler and
// standard library.
//
// std::mt19937_64's output sequence is fixed by the standard, but std::uniform_int_distribution,
// std::normal_distribution and friends are not, so every draw here is computed from the raw 64-bit
// words by this file. The bell shape is a sum of three uniforms rather than a normal: it needs no
// libm calls and it is bounded, so scatter around a point never flies off across the city.
//
// Thread safety: none; one Sampler per generator phase.
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <random>
#include <utility>
#include <vector>

namespace carecrowd {

class Sampler {
 public:
  // Phases of the generator draw from independent streams, so that, for one seed, the clients'
  // homes do not move when only the number of caregivers changes.
  Sampler(std::uint64_t seed, std::uint64_t stream) : engine_(mix(seed ^ mix(stream + 1))) {}

  // Uniform in [0, 1).
  double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

  // Uniform in [0, n). REQUIRES: n > 0. The modulo bias is below 2^-40 for the n used here.
  int below(int n) {
    assert(n > 0);
    return static_cast<int>(engine_() % static_cast<std::uint64_t>(n));
  }

  bool chance(double p) { return uniform() < p; }

  // Bell-shaped in [-1.5, 1.5] with mean 0 and standard deviation 0.5.
  double bell() { return uniform() + uniform() + uniform() - 1.5; }

  // One of `values`, uniformly. REQUIRES: values is not empty.
  template <class T>
  T one_of(std::initializer_list<T> values) {
    return values.begin()[below(static_cast<int>(values.size()))];
  }

  // An index drawn with probability proportional to its weight. REQUIRES: some weight > 0.
  int weighted(std::initializer_list<int> weights) {
    int total = 0;
    for (int w : weights) total += w;
    int r = below(total);
    int index = 0;
    for (int w : weights) {
      if (r < w) return index;
      r -= w;
      ++index;
    }
    return index - 1;
  }

  // `n` categories in shuffled order whose counts follow `weights` as closely as whole numbers
  // allow (largest remainder), so that small regions get the intended mix too, not just a sample.
  std::vector<int> deal(int n, std::initializer_list<int> weights) {
    std::int64_t total = 0;
    for (int w : weights) total += w;
    std::vector<int> counts;
    std::vector<std::pair<std::int64_t, int>> remainders;  // (remainder, category)
    int dealt = 0;
    int category = 0;
    for (int w : weights) {
      const std::int64_t exact = static_cast<std::int64_t>(n) * w;
      counts.push_back(static_cast<int>(exact / total));
      remainders.emplace_back(exact % total, category++);
      dealt += counts.back();
    }
    // Ties go to the earlier category, which keeps the deal independent of the sort's stability.
    std::vector<bool> bumped(counts.size(), false);
    for (; dealt < n; ++dealt) {
      std::size_t best = counts.size();
      for (std::size_t c = 0; c < counts.size(); ++c)
        if (!bumped[c] && (best == counts.size() || remainders[c].first > remainders[best].first)) best = c;
      bumped[best] = true;
      ++counts[best];
    }
    std::vector<int> out;
    out.reserve(static_cast<std::size_t>(n));
    for (std::size_t c = 0; c < counts.size(); ++c) out.insert(out.end(), static_cast<std::size_t>(counts[c]), static_cast<int>(c));
    shuffle(out);
    return out;
  }

  template <class T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i)
      std::swap(items[i - 1], items[static_cast<std::size_t>(below(static_cast<int>(i)))]);
  }

 private:
  // splitmix64's finaliser: spreads small, similar seeds over the whole state.
  static std::uint64_t mix(std::uint64_t z) {
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  std::mt19937_64 engine_;
};

}  // namespace carecrowd
