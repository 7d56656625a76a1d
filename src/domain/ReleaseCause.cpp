#include "domain/ReleaseCause.h"

#include "core/EnumNames.h"

namespace carecrowd::domain {
namespace {

constexpr EnumNames<ReleaseCause, 4> kNames{{
    {ReleaseCause::sick, "sick"},
    {ReleaseCause::absent, "absent"},
    {ReleaseCause::no_show, "no_show"},
    {ReleaseCause::alarm, "alarm"},
}};

}  // namespace

std::string_view to_string(ReleaseCause cause) { return name_of(kNames, cause); }

std::optional<ReleaseCause> parse_release_cause(std::string_view text) { return value_named(kNames, text); }

bool is_absence(ReleaseCause cause) { return cause == ReleaseCause::sick || cause == ReleaseCause::absent; }

}  // namespace carecrowd::domain
