// CertificateSet: a set of certificates (e.g. injection, catheter, tube-feeding) as a bit mask over
// the problem's certificate names, so that "may this caregiver do this visit" is one AND.
//
// Invariant: at most 64 distinct certificates per problem (validated when the problem is read).
#pragma once

#include <bit>
#include <cstdint>

namespace carecrowd::domain {

class CertificateSet {
 public:
  static constexpr int capacity = 64;

  constexpr CertificateSet() = default;
  constexpr explicit CertificateSet(std::uint64_t bits) : bits_(bits) {}

  // REQUIRES: 0 <= index < capacity
  constexpr void insert(int index) { bits_ |= std::uint64_t{1} << index; }
  [[nodiscard]] constexpr bool contains(int index) const { return (bits_ >> index) & 1U; }
  [[nodiscard]] constexpr bool includes(CertificateSet needed) const {
    return (needed.bits_ & ~bits_) == 0;
  }
  [[nodiscard]] constexpr CertificateSet missing_from(CertificateSet held) const {
    return CertificateSet(bits_ & ~held.bits_);
  }
  [[nodiscard]] constexpr bool empty() const { return bits_ == 0; }
  [[nodiscard]] constexpr int size() const { return std::popcount(bits_); }
  [[nodiscard]] constexpr std::uint64_t bits() const { return bits_; }
  friend constexpr bool operator==(CertificateSet, CertificateSet) = default;

 private:
  std::uint64_t bits_ = 0;
};

}  // namespace carecrowd::domain
