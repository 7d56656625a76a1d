#include "domain/Recurrence.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "core/Utf8.h"

namespace carecrowd {

namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
constexpr int kMaxNumber = 1'000'000;  // INTERVAL and COUNT; larger values only invite overflow

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  for (std::size_t end = s.find(sep); end != std::string_view::npos; end = s.find(sep)) {
    parts.push_back(trim(s.substr(0, end)));
    s.remove_prefix(end + 1);
  }
  parts.push_back(trim(s));
  return parts;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// An optionally signed whole number in [lo, hi].
std::optional<int> parse_int(std::string_view s, int lo, int hi) {
  const bool negative = !s.empty() && s.front() == '-';
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  if (!all_digits(s) || s.size() > 9) return std::nullopt;
  int value = 0;
  for (char c : s) value = value * 10 + (c - '0');
  if (negative) value = -value;
  if (value < lo || value > hi) return std::nullopt;
  return value;
}

// UNTIL=YYYYMMDD or YYYYMMDDTHHMMSS[Z]. The time (and whether it is UTC) is checked but dropped:
// rules are about days, and UNTIL is inclusive of its day.
std::optional<DayNumber> parse_until(std::string_view s) {
  if (s.size() == 16 && s.back() == 'Z') s.remove_suffix(1);
  if (s.size() != 8 && !(s.size() == 15 && s[8] == 'T' && all_digits(s.substr(9)))) return std::nullopt;
  if (!all_digits(s.substr(0, 8))) return std::nullopt;
  const auto number = [&](std::size_t pos, std::size_t n) { return *parse_int(s.substr(pos, n), 0, 9999); };
  if (s.size() == 15 && (number(9, 2) > 23 || number(11, 2) > 59 || number(13, 2) > 59)) return std::nullopt;
  const CivilDate date{number(0, 4), number(4, 2), number(6, 2)};
  if (!is_valid_date(date)) return std::nullopt;
  return day_number(date);
}

}  // namespace

Result<Recurrence> Recurrence::parse_rrule(std::string_view text, std::string_view field) {
  // Reasons quote the rule's parts; printable() keeps them showable whatever bytes the rule held.
  // The rule is the sender's text: every piece of it quoted back goes through printable().
  const auto fail = [&](Phrase reason) { return bad_input(std::string(field), "", std::move(reason)); };
  std::string rule(trim(text));  // RFC 5545 names and values are case-insensitive
  std::transform(rule.begin(), rule.end(), rule.begin(), [](unsigned char c) { return std::toupper(c); });
  std::string_view body = rule;
  if (body.starts_with("RRULE:")) body.remove_prefix(6);

  Recurrence r;
  std::optional<Frequency> frequency;
  std::vector<std::string_view> seen;
  for (std::string_view part : split(body, ';')) {
    if (part.empty()) continue;  // tolerate "FREQ=DAILY;" and friends
    const std::size_t eq = part.find('=');
    if (eq == std::string_view::npos || eq == 0) {
      return fail(say("\"{}\" is not a PART=VALUE pair", printable(part)));
    }
    const std::string_view name = trim(part.substr(0, eq));
    const std::string_view value = trim(part.substr(eq + 1));
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      return fail(say("{}: given twice", printable(name)));
    }
    seen.push_back(name);
    const auto bad = [&](Phrase why) { return fail(say("{}: {}", printable(name), std::move(why))); };

    if (name == "FREQ") {
      if (value == "DAILY") frequency = Frequency::daily;
      else if (value == "WEEKLY") frequency = Frequency::weekly;
      else if (value == "MONTHLY") frequency = Frequency::monthly;
      else return bad(say("\"{}\" is not supported (DAILY, WEEKLY or MONTHLY)", printable(value)));
    } else if (name == "INTERVAL" || name == "COUNT") {
      // Unsigned, as RFC 5545 writes them (parse_int alone would take "+3").
      const auto n = all_digits(value) ? parse_int(value, 1, kMaxNumber) : std::nullopt;
      if (!n) return bad(say("expected a whole number from 1 to {}, got \"{}\"", kMaxNumber, printable(value)));
      if (name == "COUNT") r.count_ = *n;
      else r.interval_ = *n;
    } else if (name == "BYDAY") {
      for (std::string_view item : split(value, ',')) {
        const std::string_view day = item.substr(item.size() < 2 ? 0 : item.size() - 2);
        const auto* it = std::find(kWeekdays.begin(), kWeekdays.end(), day);
        if (it == kWeekdays.end()) return bad(say("\"{}\" is not a weekday (MO..SU)", printable(item)));
        const std::string_view prefix = item.substr(0, item.size() - 2);
        const auto ordinal = prefix.empty() ? std::optional<int>(0) : parse_int(prefix, -5, 5);
        if (!ordinal || (!prefix.empty() && *ordinal == 0)) {
          return bad(say("\"{}\": the ordinal before the weekday must be 1..5 or -5..-1", printable(item)));
        }
        r.by_day_.push_back({static_cast<int>(it - kWeekdays.begin()), *ordinal});
      }
    } else if (name == "BYMONTHDAY") {
      for (std::string_view item : split(value, ',')) {
        const auto day = parse_int(item, -31, 31);
        if (!day || *day == 0) {
          return bad(say("\"{}\" is not a day of the month (1..31 or -31..-1)", printable(item)));
        }
        r.by_month_day_.push_back(*day);
      }
    } else if (name == "UNTIL") {
      r.until_ = parse_until(value);
      if (!r.until_) return bad(say("expected YYYYMMDD or YYYYMMDDTHHMMSS[Z], got \"{}\"", printable(value)));
    } else if (name == "WKST") {
      // Weeks start on Monday everywhere in the platform (ISO); another start would shift INTERVAL.
      if (value != "MO") return bad(say("only MO is supported, got \"{}\"", printable(value)));
    } else {
      return fail(say("{}: unknown or unsupported part (supported: FREQ, INTERVAL, BYDAY, "
                              "BYMONTHDAY, COUNT, UNTIL, WKST)", printable(name)));
    }
  }

  if (!frequency) return fail(say("FREQ: missing (DAILY, WEEKLY or MONTHLY)"));
  r.frequency_ = *frequency;
  if (r.count_ && r.until_) return fail(say("COUNT and UNTIL: give one or the other, not both"));
  if (r.frequency_ != Frequency::monthly) {
    for (const DayRule& d : r.by_day_) {
      if (d.ordinal != 0) {
        return fail(say("BYDAY: \"{}{}\" has an ordinal, which needs FREQ=MONTHLY", d.ordinal,
                                kWeekdays[d.weekday]));
      }
    }
    if (!r.by_month_day_.empty()) return fail(say("BYMONTHDAY: needs FREQ=MONTHLY"));
  }
  std::sort(r.by_day_.begin(), r.by_day_.end());
  r.by_day_.erase(std::unique(r.by_day_.begin(), r.by_day_.end()), r.by_day_.end());
  std::sort(r.by_month_day_.begin(), r.by_month_day_.end());
  r.by_month_day_.erase(std::unique(r.by_month_day_.begin(), r.by_month_day_.end()), r.by_month_day_.end());
  return r;
}

Result<Recurrence> Recurrence::weekly(std::vector<int> weekdays, int every_n_weeks, std::string_view field) {
  const auto fail = [&](Phrase reason) { return bad_input(std::string(field), "", std::move(reason)); };
  if (weekdays.empty()) return fail(say("weekdays: expected at least one day (0 = Monday .. 6 = Sunday)"));
  Recurrence r;
  for (int w : weekdays) {
    if (w < 0 || w > 6) {
      return fail(say("weekdays: {} is not a weekday (0 = Monday .. 6 = Sunday)", w));
    }
    r.by_day_.push_back({w, 0});
  }
  if (every_n_weeks < 1 || every_n_weeks > kMaxNumber) {
    return fail(say("every_n_weeks: expected a whole number from 1 to {}, got {}", kMaxNumber,
                            every_n_weeks));
  }
  r.frequency_ = Frequency::weekly;
  r.interval_ = every_n_weeks;
  std::sort(r.by_day_.begin(), r.by_day_.end());
  r.by_day_.erase(std::unique(r.by_day_.begin(), r.by_day_.end()), r.by_day_.end());
  return r;
}

bool Recurrence::matches(DayNumber day, DayNumber dtstart) const {
  const int wd = weekday(day);
  const auto weekday_listed = [&](int nth, int nth_from_end) {
    return std::any_of(by_day_.begin(), by_day_.end(), [&](const DayRule& r) {
      return r.weekday == wd && (r.ordinal == 0 || r.ordinal == nth || r.ordinal == nth_from_end);
    });
  };
  switch (frequency_) {
    case Frequency::daily:
      return (day - dtstart) % interval_ == 0 && (by_day_.empty() || weekday_listed(0, 0));
    case Frequency::weekly: {
      const DayNumber weeks = ((day - wd) - (dtstart - weekday(dtstart))) / 7;
      if (weeks % interval_ != 0) return false;
      return by_day_.empty() ? wd == weekday(dtstart) : weekday_listed(0, 0);
    }
    case Frequency::monthly: {
      const CivilDate date = civil_date(day);
      const CivilDate start = civil_date(dtstart);
      if (((date.year - start.year) * 12 + date.month - start.month) % interval_ != 0) return false;
      if (by_day_.empty() && by_month_day_.empty()) return date.day == start.day;
      const int length = days_in_month(date.year, date.month);
      const bool month_day_ok = by_month_day_.empty() ||
          std::any_of(by_month_day_.begin(), by_month_day_.end(),
                      [&](int md) { return md == date.day || md == date.day - length - 1; });
      return month_day_ok &&
             (by_day_.empty() || weekday_listed((date.day - 1) / 7 + 1, -((length - date.day) / 7 + 1)));
    }
  }
  return false;
}

std::vector<DayNumber> Recurrence::occurrences(DayNumber dtstart, DayNumber from, DayNumber to) const {
  std::vector<DayNumber> out;
  // With COUNT every occurrence since dtstart uses up the count, so the walk must start there.
  const DayNumber first = count_ ? dtstart : std::max(dtstart, from);
  if (first > to) return out;
  DayNumber last = to - first < kHorizonDays ? to : first + kHorizonDays - 1;
  if (until_) last = std::min(last, *until_);
  int counted = 0;
  for (DayNumber day = first; day <= last; ++day) {
    if (!matches(day, dtstart)) continue;
    if (count_ && ++counted > *count_) break;
    if (day >= from) out.push_back(day);
  }
  return out;
}

std::string Recurrence::to_rrule() const {
  static constexpr std::array<std::string_view, 3> kFrequencies = {"DAILY", "WEEKLY", "MONTHLY"};
  std::string out = fmt::format("FREQ={}", kFrequencies[static_cast<int>(frequency_)]);
  if (interval_ != 1) out += fmt::format(";INTERVAL={}", interval_);
  for (std::size_t i = 0; i < by_day_.size(); ++i) {
    out += i == 0 ? ";BYDAY=" : ",";
    if (by_day_[i].ordinal != 0) out += std::to_string(by_day_[i].ordinal);
    out += kWeekdays[by_day_[i].weekday];
  }
  for (std::size_t i = 0; i < by_month_day_.size(); ++i) {
    out += (i == 0 ? ";BYMONTHDAY=" : ",") + std::to_string(by_month_day_[i]);
  }
  if (count_) out += fmt::format(";COUNT={}", *count_);
  if (until_) {
    const CivilDate d = civil_date(*until_);
    out += fmt::format(";UNTIL={:04}{:02}{:02}", d.year, d.month, d.day);
  }
  return out;
}

}  // namespace carecrowd
