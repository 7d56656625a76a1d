#include "domain/Financing.h"

#include "core/EnumNames.h"

namespace carecrowd::domain {
namespace {

constexpr EnumNames<Financing, 4> kFinancing{{
    {Financing::zvw, "zvw"},
    {Financing::wlz, "wlz"},
    {Financing::wmo, "wmo"},
    {Financing::private_payment, "private"},
}};

}  // namespace

std::string_view to_string(Financing financing) { return name_of(kFinancing, financing); }
std::optional<Financing> parse_financing(std::string_view text) { return value_named(kFinancing, text); }

}  // namespace carecrowd::domain
