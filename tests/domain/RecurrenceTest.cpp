// Expected days were cross-checked against python-dateutil's rrule, which like Recurrence counts
// dtstart as an occurrence only when it matches the rule.
#include "domain/Recurrence.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/Utf8.h"

namespace carecrowd {
namespace {

DayNumber day(const char* text) { return parse_date(text, "test").value(); }

Recurrence rule(const char* text) {
  auto r = Recurrence::parse_rrule(text, "test");
  EXPECT_TRUE(r.ok()) << text << ": " << (r.ok() ? "" : r.error().message());
  return std::move(r).value();
}

// Occurrences as "YYYY-MM-DD" strings, so that a failure shows readable dates.
std::vector<std::string> dates(const Recurrence& r, const char* dtstart, const char* from, const char* to) {
  std::vector<std::string> out;
  for (DayNumber d : r.occurrences(day(dtstart), day(from), day(to))) out.push_back(format_date(d));
  return out;
}

using Dates = std::vector<std::string>;

TEST(Recurrence, EveryOtherWeekOnMondayAndThursdayCountsWeeksFromTheStartWeek) {
  // 2026-03-04 is a Wednesday: its week's Monday (03-02) is before dtstart, its Thursday is not.
  const Recurrence r = rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH");
  EXPECT_EQ(dates(r, "2026-03-04", "2026-03-01", "2026-04-05"),
            (Dates{"2026-03-05", "2026-03-16", "2026-03-19", "2026-03-30", "2026-04-02"}));
  EXPECT_EQ(dates(r, "2026-03-04", "2026-03-17", "2026-03-29"), (Dates{"2026-03-19"}));
  EXPECT_EQ(r.occurrences(day("2026-03-04"), day("2026-03-04"), day("2028-03-03")).size(), 105U);
}

TEST(Recurrence, WeeklyWithoutBydayUsesTheStartWeekday) {
  EXPECT_EQ(dates(rule("FREQ=WEEKLY;INTERVAL=3"), "2026-03-04", "2026-03-01", "2026-05-01"),
            (Dates{"2026-03-04", "2026-03-25", "2026-04-15"}));
}

TEST(Recurrence, CountIsUsedUpByOccurrencesBeforeFrom) {
  EXPECT_EQ(dates(rule("FREQ=DAILY;COUNT=5"), "2026-03-04", "2026-03-06", "2026-12-31"),
            (Dates{"2026-03-06", "2026-03-07", "2026-03-08"}));
  // We 03-04 and Fr 03-06 fall before `from` but still count, leaving Mo 03-09 and We 03-11.
  EXPECT_EQ(dates(rule("FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=4"), "2026-03-04", "2026-03-07", "2026-12-31"),
            (Dates{"2026-03-09", "2026-03-11"}));
  EXPECT_TRUE(dates(rule("FREQ=DAILY;COUNT=5"), "2026-03-04", "2026-03-09", "2026-12-31").empty());
}

TEST(Recurrence, UntilIsInclusiveAndOnlyItsDateCounts) {
  const Dates expected{"2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07"};
  EXPECT_EQ(dates(rule("FREQ=DAILY;UNTIL=20260307"), "2026-03-04", "2026-03-01", "2026-05-01"), expected);
  EXPECT_EQ(dates(rule("FREQ=DAILY;UNTIL=20260307T000000Z"), "2026-03-04", "2026-03-01", "2026-05-01"), expected);
  EXPECT_EQ(dates(rule("FREQ=DAILY;UNTIL=20260307T235959"), "2026-03-04", "2026-03-01", "2026-05-01"), expected);
  EXPECT_TRUE(dates(rule("FREQ=DAILY;UNTIL=20260303"), "2026-03-04", "2026-03-01", "2026-05-01").empty());
}

TEST(Recurrence, DailyIntervalIsCountedFromDtstartAndBydayFilters) {
  EXPECT_EQ(dates(rule("FREQ=DAILY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR"), "2026-03-04", "2026-03-04", "2026-03-25"),
            (Dates{"2026-03-04", "2026-03-10", "2026-03-13", "2026-03-16", "2026-03-19", "2026-03-25"}));
}

TEST(Recurrence, MonthlyLastFriday) {
  EXPECT_EQ(dates(rule("FREQ=MONTHLY;BYDAY=-1FR"), "2026-01-01", "2026-01-01", "2026-06-30"),
            (Dates{"2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24", "2026-05-29", "2026-06-26"}));
}

TEST(Recurrence, MonthlyOrdinalsWithIntervalAndFifthWeekdaysThatAreRare) {
  EXPECT_EQ(dates(rule("FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO,3MO"), "2026-01-15", "2026-01-01", "2026-07-31"),
            (Dates{"2026-01-19", "2026-03-02", "2026-03-16", "2026-05-04", "2026-05-18", "2026-07-06",
                   "2026-07-20"}));
  EXPECT_EQ(dates(rule("FREQ=MONTHLY;BYDAY=5SU"), "2026-01-01", "2026-01-01", "2026-12-31"),
            (Dates{"2026-03-29", "2026-05-31", "2026-08-30", "2026-11-29"}));
}

TEST(Recurrence, MonthDay31SkipsShortMonths) {
  const Dates expected{"2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31",
                       "2026-08-31", "2026-10-31", "2026-12-31"};
  EXPECT_EQ(dates(rule("FREQ=MONTHLY;BYMONTHDAY=31"), "2026-01-01", "2026-01-01", "2026-12-31"), expected);
  EXPECT_EQ(dates(rule("FREQ=MONTHLY"), "2026-01-31", "2026-01-01", "2026-12-31"), expected);
}

TEST(Recurrence, NegativeMonthDaysCountFromTheEndIncludingLeapFebruary) {
  EXPECT_EQ(dates(rule("FREQ=MONTHLY;BYMONTHDAY=-1"), "2023-12-01", "2023-12-01", "2024-03-31"),
            (Dates{"2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"}));
  EXPECT_EQ(dates(rule("FREQ=MONTHLY;BYMONTHDAY=-1"), "2024-12-01", "2024-12-01", "2025-03-31"),
            (Dates{"2024-12-31", "2025-01-31", "2025-02-28", "2025-03-31"}));
  EXPECT_EQ(dates(rule("FREQ=MONTHLY;BYMONTHDAY=1,-1,15"), "2026-01-10", "2026-01-01", "2026-03-10"),
            (Dates{"2026-01-15", "2026-01-31", "2026-02-01", "2026-02-15", "2026-02-28", "2026-03-01"}));
}

TEST(Recurrence, LeapDayRecursOnlyInLeapYears) {
  EXPECT_EQ(dates(rule("FREQ=MONTHLY;INTERVAL=12"), "2024-02-29", "2024-01-01", "2032-12-31"),
            (Dates{"2024-02-29", "2028-02-29", "2032-02-29"}));
}

TEST(Recurrence, BydayAndBymonthdayTogetherMustBothMatch) {
  EXPECT_EQ(dates(rule("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13"), "2026-01-01", "2026-01-01", "2027-12-31"),
            (Dates{"2026-02-13", "2026-03-13", "2026-11-13", "2027-08-13"}));
}

TEST(Recurrence, LongRunningRulesWithoutCountAnswerForAnyWindow) {
  EXPECT_EQ(dates(rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"), "2000-01-03", "2026-03-01", "2026-03-31"),
            (Dates{"2026-03-10", "2026-03-24"}));
}

TEST(Recurrence, NothingBeforeDtstartOrInAnEmptyWindow) {
  const Recurrence r = rule("FREQ=DAILY");
  EXPECT_EQ(dates(r, "2026-03-04", "2026-02-01", "2026-03-05"), (Dates{"2026-03-04", "2026-03-05"}));
  EXPECT_TRUE(dates(r, "2026-03-04", "2026-03-10", "2026-03-09").empty());
  EXPECT_TRUE(dates(r, "2026-03-04", "2026-01-01", "2026-03-03").empty());
}

TEST(Recurrence, NeverLoopsForeverOnRulesThatCannotMatchOrHugeWindows) {
  // February never has a 30th, so this rule never occurs; the walk must still end.
  EXPECT_TRUE(rule("FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30;COUNT=3")
                  .occurrences(day("2026-02-01"), day("2026-02-01"), std::int64_t{1} << 60)
                  .empty());
  const auto all = rule("FREQ=DAILY").occurrences(day("2026-01-01"), day("2026-01-01"), std::int64_t{1} << 60);
  EXPECT_EQ(static_cast<DayNumber>(all.size()), Recurrence::kHorizonDays);
}

TEST(Recurrence, WeeklyPatternIsTheSameAsItsRrule) {
  const auto pattern = Recurrence::weekly({3, 0, 3}, 2, "tasks[0]");
  ASSERT_TRUE(pattern.ok());
  EXPECT_EQ(pattern.value().to_rrule(), "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH");
  EXPECT_EQ(pattern.value(), rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"));
  EXPECT_EQ(dates(pattern.value(), "2026-03-04", "2026-03-01", "2026-03-20"),
            (Dates{"2026-03-05", "2026-03-16", "2026-03-19"}));
}

TEST(Recurrence, WeeklyPatternErrorsNameTheField) {
  const auto check = [](std::vector<int> days, int every, const std::string& reason) {
    const auto r = Recurrence::weekly(std::move(days), every, "tasks[4]");
    ASSERT_FALSE(r.ok()) << reason;
    EXPECT_EQ(r.error().field, "tasks[4]");
    EXPECT_EQ(r.error().reason, reason);
  };
  check({}, 1, "weekdays: expected at least one day (0 = Monday .. 6 = Sunday)");
  check({0, 7}, 1, "weekdays: 7 is not a weekday (0 = Monday .. 6 = Sunday)");
  check({-1}, 1, "weekdays: -1 is not a weekday (0 = Monday .. 6 = Sunday)");
  check({0}, 0, "every_n_weeks: expected a whole number from 1 to 1000000, got 0");
}

TEST(Recurrence, CanonicalTextRoundTrips) {
  EXPECT_EQ(rule("rrule:freq=weekly;byday=th,mo;wkst=mo;interval=1").to_rrule(), "FREQ=WEEKLY;BYDAY=MO,TH");
  EXPECT_EQ(rule("  RRULE:FREQ=MONTHLY;BYMONTHDAY=15,-1,1,15;UNTIL=20270101T120000Z; ").to_rrule(),
            "FREQ=MONTHLY;BYMONTHDAY=-1,1,15;UNTIL=20270101");
  EXPECT_EQ(rule("FREQ=MONTHLY;BYDAY=+1MO,-1FR").to_rrule(), "FREQ=MONTHLY;BYDAY=1MO,-1FR");
  for (const char* text : {"FREQ=DAILY", "FREQ=DAILY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR;COUNT=10",
                           "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20261231", "FREQ=WEEKLY;INTERVAL=3",
                           "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO,3MO;COUNT=7",
                           "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", "FREQ=MONTHLY;BYMONTHDAY=-1,1,15"}) {
    const Recurrence r = rule(text);
    EXPECT_EQ(r.to_rrule(), text);
    const Recurrence again = rule(r.to_rrule().c_str());
    EXPECT_EQ(again, r);
    EXPECT_EQ(again.occurrences(day("2026-01-15"), day("2026-01-01"), day("2027-12-31")),
              r.occurrences(day("2026-01-15"), day("2026-01-01"), day("2027-12-31")));
  }
}

TEST(Recurrence, EveryErrorNamesTheFieldAndThePart) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"", "FREQ: missing (DAILY, WEEKLY or MONTHLY)"},
      {"INTERVAL=2", "FREQ: missing (DAILY, WEEKLY or MONTHLY)"},
      {"FREQ=YEARLY", "FREQ: \"YEARLY\" is not supported (DAILY, WEEKLY or MONTHLY)"},
      {"FREQ=DAILY;FREQ=WEEKLY", "FREQ: given twice"},
      {"FREQ=WEEKLY;BYDAY=MO;BYDAY=TU", "BYDAY: given twice"},
      {"FREQ=WEEKLY;BYDAY=MO,XX", "BYDAY: \"XX\" is not a weekday (MO..SU)"},
      {"FREQ=WEEKLY;BYDAY=", "BYDAY: \"\" is not a weekday (MO..SU)"},
      {"FREQ=MONTHLY;BYDAY=0MO", "BYDAY: \"0MO\": the ordinal before the weekday must be 1..5 or -5..-1"},
      {"FREQ=MONTHLY;BYDAY=6MO", "BYDAY: \"6MO\": the ordinal before the weekday must be 1..5 or -5..-1"},
      {"FREQ=MONTHLY;BYDAY=XMO", "BYDAY: \"XMO\": the ordinal before the weekday must be 1..5 or -5..-1"},
      {"FREQ=WEEKLY;BYDAY=1MO", "BYDAY: \"1MO\" has an ordinal, which needs FREQ=MONTHLY"},
      {"FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY: needs FREQ=MONTHLY"},
      {"FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY: \"32\" is not a day of the month (1..31 or -31..-1)"},
      {"FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY: \"0\" is not a day of the month (1..31 or -31..-1)"},
      {"FREQ=DAILY;INTERVAL=0", "INTERVAL: expected a whole number from 1 to 1000000, got \"0\""},
      {"FREQ=DAILY;INTERVAL=+2", "INTERVAL: expected a whole number from 1 to 1000000, got \"+2\""},
      {"FREQ=DAILY;COUNT=-1", "COUNT: expected a whole number from 1 to 1000000, got \"-1\""},
      {"FREQ=DAILY;COUNT=", "COUNT: expected a whole number from 1 to 1000000, got \"\""},
      {"FREQ=DAILY;COUNT=99999999999", "COUNT: expected a whole number from 1 to 1000000, got \"99999999999\""},
      {"FREQ=DAILY;COUNT=3;UNTIL=20261231", "COUNT and UNTIL: give one or the other, not both"},
      {"FREQ=DAILY;UNTIL=20260230", "UNTIL: expected YYYYMMDD or YYYYMMDDTHHMMSS[Z], got \"20260230\""},
      {"FREQ=DAILY;UNTIL=2026-12-31", "UNTIL: expected YYYYMMDD or YYYYMMDDTHHMMSS[Z], got \"2026-12-31\""},
      {"FREQ=DAILY;UNTIL=20261231T250000Z", "UNTIL: expected YYYYMMDD or YYYYMMDDTHHMMSS[Z], got \"20261231T250000Z\""},
      {"FREQ=WEEKLY;WKST=SU", "WKST: only MO is supported, got \"SU\""},
      {"FREQ=DAILY;BYHOUR=9", "BYHOUR: unknown or unsupported part (supported: FREQ, INTERVAL, BYDAY, "
                              "BYMONTHDAY, COUNT, UNTIL, WKST)"},
      {"FREQ=DAILY;COUNT", "\"COUNT\" is not a PART=VALUE pair"},
      {"FREQ=DAILY;=3", "\"=3\" is not a PART=VALUE pair"},
  };
  for (const auto& [text, reason] : cases) {
    const auto r = Recurrence::parse_rrule(text, "tasks[2].rrule");
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.error().field, "tasks[2].rrule");
    EXPECT_EQ(r.error().reason, reason) << text;
    EXPECT_EQ(r.error().kind, ErrorKind::bad_input);
  }
}

// Found by fuzz/Recurrence: a part holding bytes that are not UTF-8 was quoted as it was, so the
// error could not be sent back inside a JSON problem document.
TEST(Recurrence, ErrorsQuoteTheRuleAsPrintableText) {
  const auto bad = Recurrence::parse_rrule("FREQ=DAILY;\xff\xfe\x01" "CWEEKLY1", "tasks[0].rrule");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "tasks[0].rrule");
  EXPECT_EQ(bad.error().reason, "\"\\xFF\\xFE\\x01CWEEKLY1\" is not a PART=VALUE pair");
  EXPECT_TRUE(is_valid_utf8(bad.error().message()));
  const auto freq = Recurrence::parse_rrule("FREQ=D\xc3\xa9ILY", "rrule");
  ASSERT_FALSE(freq.ok());
  EXPECT_NE(freq.error().reason.find("D\xc3\xa9ILY"), std::string::npos) << freq.error().reason;  // UTF-8 stays as it is
}

}  // namespace
}  // namespace carecrowd
