// MarketWorld: fixtures for the marketplace tests, made over the API as a user's app would: caregivers
// who register themselves, join organisations and publish availability, and care arrangements with
// one visit at a chosen local time (relative to now, for the notice and privacy rules).
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <sodium.h>

#include "TestServer.h"
#include "domain/CivilTime.h"

namespace carecrowd::testing {

// Utrecht: a home and client places around it (lat, lon).
inline constexpr double kHomeLat = 52.0907, kHomeLon = 5.1214;

struct Caregiver {
  std::int64_t id = 0;
  std::string email;
  std::string token;
};

inline Json caregiver_body(const std::string& email, const std::string& name, int level,
                           const std::string& kind = "freelancer", int max_hours_week = 40) {
  return {{"email", email},
          {"password", "caregiver-pass"},
          {"name", name},
          {"level", level},
          {"kind", kind},
          {"home", {{"lat", kHomeLat}, {"lon", kHomeLon}}},
          {"travel_mode", "bike"},
          {"max_hours_week", max_hours_week},
          {"hourly_rate_cents", 3000}};
}

// Registers, logs in, and (when given) joins the organisations and is available all week.
inline Caregiver make_caregiver(Api& api, const std::string& email, const std::string& name, int level,
                                const std::vector<std::int64_t>& organisations = {}, const std::string& kind = "freelancer",
                                int max_hours_week = 40) {
  Caregiver c;
  auto r = api.post("/v1/caregivers", caregiver_body(email, name, level, kind, max_hours_week));
  EXPECT_EQ(r.status, 201) << r.text;
  c.id = r.body.value("id", std::int64_t{0});
  c.email = email;
  c.token = api.login(email, "caregiver-pass");
  for (auto org : organisations) {
    auto joined = api.post("/v1/caregivers/" + std::to_string(c.id) + "/organisations", {{"organisation_id", org}},
                           c.token);
    EXPECT_EQ(joined.status, 200) << joined.text;
  }
  if (!organisations.empty()) {
    Json week = Json::array();
    for (const char* day : {"mo", "tu", "we", "th", "fr", "sa", "su"}) {
      week.push_back({{"weekday", day}, {"from", "00:00"}, {"to", "24:00"}});
    }
    auto set = api.put("/v1/caregivers/" + std::to_string(c.id) + "/availability", {{"recurring", week}}, c.token);
    EXPECT_EQ(set.status, 200) << set.text;
  }
  return c;
}

// Bytes in standard base64, as a browser's FileReader gives them.
inline std::string base64(const std::string& bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

// The start of a PDF: what the server judges a document by.
inline const std::string kTinyPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

// A certificate's upload with a document as evidence.
inline Json certificate_upload(const std::string& code, const std::string& expires,
                               const std::string& document = kTinyPdf, const std::string& media_type = "application/pdf") {
  return {{"code", code},
          {"expires", expires},
          {"evidence", {{"media_type", media_type}, {"file_name", code + ".pdf"}, {"content_base64", base64(document)}}}};
}

// The certificate as `token` (the caregiver, or care staff of their organisation) sees it; null when
// not found.
inline Json certificate_of(Api& api, const std::string& token, std::int64_t caregiver_id, const std::string& code) {
  const auto r = api.get("/v1/caregivers/" + std::to_string(caregiver_id), token);
  for (const auto& c : r.body.value("certificates", Json::array())) {
    if (c["code"] == code) return c;
  }
  return nullptr;
}

// Care staff verify the certificate against the evidence it has now.
inline Reply verify_certificate(Api& api, const std::string& token, std::int64_t caregiver_id, const std::string& code) {
  const Json held = certificate_of(api, token, caregiver_id, code);
  const std::int64_t evidence =
      held.is_object() && held["evidence"].is_object() ? held["evidence"]["id"].get<std::int64_t>() : 1;
  return api.post("/v1/caregivers/" + std::to_string(caregiver_id) + "/certificates/" + code + "/verify",
                  {{"evidence_id", evidence}}, token);
}

// One care task of an arrangement, on the day and at the time of `start` (local minutes); the window
// is `window_minutes` wide (capped at midnight).
inline Json visit_at(const std::string& key, LocalMinute start, int window_minutes, int duration, int level = 0,
                     const std::vector<std::string>& certificates = {}, int staff = 1) {
  const int clock = static_cast<int>(start % kMinutesPerDay);
  const int end = std::min(clock + window_minutes, kMinutesPerDay);
  return {{"key", key},
          {"type", "care " + key},
          {"rrule", "FREQ=DAILY"},
          {"window", {{"start", format_clock(clock)}, {"end", format_clock(end)}}},
          {"duration_minutes", duration},
          {"level", level},
          {"certificates", certificates},
          {"staff", staff}};
}

// An arrangement on the one day of `start` holding the care tasks; returns the ids of its tasks in
// the order of their care tasks (and slots).
inline std::vector<std::int64_t> arrange(Api& api, const std::string& coordinator_token, std::int64_t client,
                                         LocalMinute start, const std::vector<Json>& care_tasks) {
  const std::string day = format_date(start / kMinutesPerDay);
  auto r = api.post("/v1/clients/" + std::to_string(client) + "/arrangements",
                    {{"valid_from", day}, {"valid_to", day}, {"tasks", care_tasks}}, coordinator_token);
  EXPECT_EQ(r.status, 201) << r.text;
  auto tasks = api.get("/v1/tasks?client_id=" + std::to_string(client) + "&from=" + day + "&to=" + day + "&limit=500",
                       coordinator_token);
  EXPECT_EQ(tasks.status, 200) << tasks.text;
  // Care tasks are stored in the order given, and their tasks follow them.
  std::vector<std::pair<std::pair<std::int64_t, std::int64_t>, std::int64_t>> found;
  for (const auto& t : tasks.body["items"]) {
    found.push_back({{t["care_task_id"].get<std::int64_t>(), t["slot"].get<std::int64_t>()}, t["id"].get<std::int64_t>()});
  }
  std::sort(found.begin(), found.end());
  std::vector<std::int64_t> ids;
  for (const auto& f : found) ids.push_back(f.second);
  return ids;
}

// One visit; returns its task id.
inline std::int64_t one_visit(Api& api, const std::string& coordinator_token, std::int64_t client, LocalMinute start,
                              int window_minutes = 0, int duration = 30, int level = 0,
                              const std::vector<std::string>& certificates = {}) {
  auto ids = arrange(api, coordinator_token, client, start,
                     {visit_at("visit", start, window_minutes, duration, level, certificates)});
  EXPECT_EQ(ids.size(), 1u);
  return ids.empty() ? 0 : ids[0];
}

// Tomorrow at hh:mm, local time.
inline LocalMinute tomorrow_at(int hour, int minute = 0) {
  return (simulated_now() / kMinutesPerDay + 1) * kMinutesPerDay + hour * 60 + minute;
}

inline std::vector<std::int64_t> feed_ids(const Reply& feed) {
  std::vector<std::int64_t> ids;
  for (const auto& item : feed.body["items"]) ids.push_back(item["id"].get<std::int64_t>());
  return ids;
}

inline bool contains(const std::vector<std::int64_t>& ids, std::int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace carecrowd::testing
