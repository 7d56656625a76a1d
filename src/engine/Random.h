// Random: a small, fast, seedable generator (xoshiro256** by Blackman and Vigna) so that a search
// is reproducible for a given seed on every platform, unlike std:: distributions.
//
// Thread safety: none; one per search thread.
#pragma once

#include <cstdint>

namespace carecrowd::engine {

class Random {
 public:
  explicit Random(std::uint64_t seed) {
    // splitmix64 spreads a small seed over the whole state.
    for (auto& word : s_) {
      seed += 0x9e3779b97f4a7c15ULL;
      std::uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
      word = z ^ (z >> 31);
    }
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  // Uniform in [0, 1).
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // Uniform in [0, n). REQUIRES: n > 0
  int below(int n) { return static_cast<int>((next() >> 33) % static_cast<std::uint64_t>(n)); }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4]{};
};

}  // namespace carecrowd::engine
