// Instants with an offset from UTC (FHIR's dateTime) on the region's wall clock: Amsterdam here, an
// hour ahead of UTC in winter and two in summer.
#include "domain/Instant.h"

#include <cstdlib>
#include <ctime>
#include <string>

#include <gtest/gtest.h>

namespace carecrowd {
namespace {

class InAmsterdam : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const char* tz = std::getenv("TZ")) saved_ = tz;
    had_ = std::getenv("TZ") != nullptr;
    setenv("TZ", "Europe/Amsterdam", 1);
    tzset();
  }
  void TearDown() override {
    if (had_) {
      setenv("TZ", saved_.c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }
  static LocalMinute local(const char* text) { return parse_local_time(text, "t").value(); }

 private:
  std::string saved_;
  bool had_ = false;
};

TEST_F(InAmsterdam, ADateTimeWithoutAnOffsetIsALocalTimeAlready) {
  EXPECT_EQ(parse_date_time("2026-12-08T09:00:00", "t").value(), local("2026-12-08T09:00"));
  EXPECT_EQ(parse_date_time("2026-12-08T09:00:59.999", "t").value(), local("2026-12-08T09:00")) << "seconds truncated";
}

TEST_F(InAmsterdam, AnOffsetIsTurnedIntoTheRegionsWallClockInWinterAndSummer) {
  EXPECT_EQ(parse_date_time("2026-12-08T08:00:00Z", "t").value(), local("2026-12-08T09:00"));
  EXPECT_EQ(parse_date_time("2026-12-08T09:00:00+01:00", "t").value(), local("2026-12-08T09:00"));
  EXPECT_EQ(parse_date_time("2026-12-08T03:00:00.5-05:00", "t").value(), local("2026-12-08T09:00"));
  EXPECT_EQ(parse_date_time("2026-07-01T07:00:00Z", "t").value(), local("2026-07-01T09:00")) << "summer time";
  EXPECT_EQ(parse_date_time("2026-12-31T23:30:00Z", "t").value(), local("2027-01-01T00:30")) << "into the next year";
}

TEST_F(InAmsterdam, MalformedDateTimesNameTheField) {
  for (const char* bad : {"2026-12-08", "2026-12-08T09:00", "2026-12-08T09:00:00+1", "2026-12-08T09:00:00.",
                          "2026-12-08T09:00:00 Z", "2026-12-08T25:00:00Z", "2026-12-08T09:00:00+01:00x",
                          "2026-12-08T09:00:00+24:00"}) {
    const auto parsed = parse_date_time(bad, "effectiveDateTime");
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.error().field, "effectiveDateTime");
    EXPECT_NE(parsed.error().reason.find(bad), std::string::npos) << parsed.error().reason;
  }
}

}  // namespace
}  // namespace carecrowd
