// Coordinator plans over HTTP: caregivers register, join the organisation and publish when they
// work; the coordinator plans tomorrow and offers or assigns; caregivers answer their proposals.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "TestServer.h"
#include "domain/CivilTime.h"

namespace carecrowd::testing {
namespace {

constexpr const char* kWeekdays[] = {"mo", "tu", "we", "th", "fr", "sa", "su"};

struct Person {
  std::int64_t id = 0;
  std::string token;
};

class PlanningOverHttp : public ::testing::Test {
 protected:
  void SetUp() override {
    admin_ = api_.login(kAdminEmail, kAdminPassword);
    org_ = make_organisation(api_, admin_, "Thuiszorg Utrecht");
    const std::vector<std::pair<double, double>> places{{52.0907, 5.1214}, {52.0950, 5.1100}, {52.0850, 5.1300}};
    for (std::size_t i = 0; i < places.size(); ++i) {
      const auto client = make_client(api_, org_.coordinator_token, "Client " + std::to_string(i), places[i].first,
                                      places[i].second);
      auto r = api_.post("/v1/clients/" + std::to_string(client) + "/arrangements",
                         {{"valid_from", tomorrow_}, {"valid_to", tomorrow_},
                          {"tasks", {care_task("morning", "08:00", "09:30", 30), care_task("midday", "12:00", "13:00", 20)}}},
                         org_.coordinator_token);
      ASSERT_EQ(r.status, 201) << r.text;
    }
  }

  static Json care_task(const std::string& key, const std::string& start, const std::string& end, int duration) {
    return {{"key", key},
            {"type", "care " + key},
            {"rrule", "FREQ=DAILY"},
            {"window", {{"start", start}, {"end", end}}},
            {"duration_minutes", duration}};
  }

  // Registers a caregiver who works for the organisation tomorrow between `from` and `to`.
  Person caregiver(const std::string& name, const std::string& from, const std::string& to, bool employed = false) {
    const std::string email = name + "@crowd.test";
    auto r = api_.post("/v1/caregivers", {{"email", email},
                                          {"password", "caregiver-pass"},
                                          {"name", name},
                                          {"level", 3},
                                          {"kind", employed ? "employee" : "freelancer"},
                                          {"home", {{"lat", 52.0900}, {"lon", 5.1150}}},
                                          {"travel_mode", "bike"},
                                          {"max_hours_week", 36},
                                          {"hourly_rate_cents", 2800}});
    EXPECT_EQ(r.status, 201) << r.text;
    Person p{r.body.value("id", std::int64_t{0}), api_.login(email, "caregiver-pass")};
    const std::string me = "/v1/caregivers/" + std::to_string(p.id);
    EXPECT_EQ(api_.post(me + "/organisations", {{"organisation_id", org_.id}}, p.token).status, 200);
    auto set = api_.put(me + "/availability",
                        {{"recurring", {{{"weekday", kWeekdays[weekday(day_)]}, {"from", from}, {"to", to}}}}}, p.token);
    EXPECT_EQ(set.status, 200) << set.text;
    if (employed) {
      auto e = api_.put("/v1/organisations/" + std::to_string(org_.id) + "/caregivers/" + std::to_string(p.id),
                        {{"employed", true}}, org_.admin_token);
      EXPECT_EQ(e.status, 200) << e.text;
    }
    return p;
  }

  Reply plan(const std::string& mode) {
    return api_.post("/v1/plans", {{"from", tomorrow_}, {"to", tomorrow_}, {"mode", mode}, {"time_limit_seconds", 0.3}},
                     org_.coordinator_token);
  }

  std::string task_status(const Json& task_id) {
    return api_.get("/v1/tasks/" + task_id.dump(), org_.coordinator_token).body.value("status", "");
  }

  TestServer server_;
  Api api_ = server_.api();
  std::string admin_;
  Organisation org_;
  DayNumber day_ = simulated_now() / kMinutesPerDay + 1;
  std::string tomorrow_ = format_date(day_);
};

TEST_F(PlanningOverHttp, OfferedTasksAreClaimedByTheCaregiversWhoAcceptThem) {
  const auto anna = caregiver("anna", "07:00", "15:00");
  const auto bram = caregiver("bram", "07:00", "15:00");
  auto created = plan("offer");
  ASSERT_EQ(created.status, 201) << created.text;
  EXPECT_EQ(created.body["summary"]["visits"], 6);
  EXPECT_EQ(created.body["summary"]["planned"], 6);
  auto read = api_.get("/v1/plans/" + created.body["id"].dump(), org_.coordinator_token);
  ASSERT_EQ(read.status, 200);
  const Json proposals = read.body["proposals"];
  ASSERT_EQ(proposals.size(), 6U);
  auto offered_to = [&](const Json& p) { return p["caregiver"]["id"] == anna.id ? anna : bram; };
  auto other_than = [&](const Json& p) { return p["caregiver"]["id"] == anna.id ? bram : anna; };

  // Each caregiver sees only their own offers, without the client's name.
  auto annas = api_.get("/v1/my/proposals", anna.token);
  auto brams = api_.get("/v1/my/proposals", bram.token);
  ASSERT_EQ(annas.status, 200);
  ASSERT_EQ(brams.status, 200);
  EXPECT_EQ(annas.body["items"].size() + brams.body["items"].size(), 6U);
  EXPECT_EQ(annas.text.find("Client "), std::string::npos);

  // Accepted: the task is claimed by the caregiver it was offered to.
  const Json& first = proposals[0];
  const std::string first_path = "/v1/proposals/" + first["id"].dump();
  auto accepted = api_.post(first_path + "/accept", Json::object(), offered_to(first).token);
  ASSERT_EQ(accepted.status, 200) << accepted.text;
  auto held = api_.get("/v1/tasks/" + first["task"]["id"].dump(), org_.coordinator_token);
  EXPECT_EQ(held.body["status"], "claimed");
  EXPECT_EQ(held.body["caregiver_id"], first["caregiver"]["id"]);
  // Accepting twice, or answering someone else's offer, does not work.
  EXPECT_EQ(api_.post(first_path + "/accept", Json::object(), offered_to(first).token).status, 409);
  EXPECT_EQ(api_.post(first_path + "/decline", Json::object(), other_than(first).token).status, 404);

  // Declined: the task stays open.
  const Json& second = proposals[1];
  auto declined = api_.post("/v1/proposals/" + second["id"].dump() + "/decline", Json::object(), offered_to(second).token);
  ASSERT_EQ(declined.status, 200) << declined.text;
  EXPECT_EQ(declined.body["status"], "declined");
  EXPECT_EQ(task_status(second["task"]["id"]), "open");

  // Taken in the market by the other caregiver first: accepting the offer is a conflict.
  const Json& third = proposals[5];
  auto claimed = api_.post("/v1/tasks/" + third["task"]["id"].dump() + "/claim", Json::object(), other_than(third).token);
  ASSERT_EQ(claimed.status, 200) << claimed.text;
  auto late = api_.post("/v1/proposals/" + third["id"].dump() + "/accept", Json::object(), offered_to(third).token);
  EXPECT_EQ(late.status, 409) << late.text;
}

TEST_F(PlanningOverHttp, AssignClaimsTasksForEmployeesAtOnce) {
  const auto eva = caregiver("eva", "07:00", "10:30", true);    // mornings, employed
  const auto femke = caregiver("femke", "11:00", "15:00");      // middays, freelance
  auto created = plan("assign");
  ASSERT_EQ(created.status, 201) << created.text;
  EXPECT_EQ(created.body["summary"]["proposals"]["assigned"], 3);
  EXPECT_EQ(created.body["summary"]["proposals"]["pending"], 3);
  for (const auto& p : created.body["proposals"]) {
    if (p["caregiver"]["id"] == eva.id) {
      EXPECT_EQ(p["status"], "assigned");
      EXPECT_EQ(task_status(p["task"]["id"]), "claimed");
    } else {
      EXPECT_EQ(p["status"], "pending");
      EXPECT_EQ(task_status(p["task"]["id"]), "open");
    }
  }
  EXPECT_EQ(api_.get("/v1/my/proposals", femke.token).body["items"].size(), 3U);
  EXPECT_TRUE(api_.get("/v1/my/proposals", eva.token).body["items"].empty());
}

TEST_F(PlanningOverHttp, AReviewedPlanWaitsAsDraftsThatNoCaregiverSees) {
  const auto anna = caregiver("anna", "07:00", "15:00");
  const auto bram = caregiver("bram", "07:00", "15:00");
  auto created = plan("review");
  ASSERT_EQ(created.status, 201) << created.text;
  EXPECT_EQ(created.body["mode"], "review");
  EXPECT_TRUE(created.body["sent_mode"].is_null());
  EXPECT_EQ(created.body["counts"]["draft"], 6);
  EXPECT_EQ(created.body["summary"]["proposals"]["draft"], 6);
  const Json proposals = api_.get("/v1/plans/" + created.body["id"].dump(), org_.coordinator_token).body["proposals"];
  ASSERT_EQ(proposals.size(), 6U);
  for (const auto& p : proposals) {
    EXPECT_EQ(p["status"], "draft");
    EXPECT_TRUE(p["deadline"].is_null()) << "a draft's deadline is set when it is sent";
    EXPECT_EQ(task_status(p["task"]["id"]), "open");
  }
  EXPECT_TRUE(api_.get("/v1/my/proposals", anna.token).body["items"].empty());
  EXPECT_TRUE(api_.get("/v1/my/proposals", bram.token).body["items"].empty());
  // A draft cannot be answered: for its caregiver it does not exist yet.
  for (const auto& p : proposals) {
    const auto& to = p["caregiver"]["id"] == anna.id ? anna : bram;
    EXPECT_EQ(api_.post("/v1/proposals/" + p["id"].dump() + "/accept", Json::object(), to.token).status, 404);
  }
}

TEST_F(PlanningOverHttp, SendingAReviewedPlanOffersItsDraftsAndFailsThoseTakenMeanwhile) {
  const auto anna = caregiver("anna", "07:00", "15:00");
  const auto bram = caregiver("bram", "07:00", "15:00");
  // An earlier run's offers stay until the reviewed run is sent.
  auto earlier = plan("offer");
  ASSERT_EQ(earlier.status, 201) << earlier.text;
  auto created = plan("review");
  ASSERT_EQ(created.status, 201) << created.text;
  const std::string path = "/v1/plans/" + created.body["id"].dump();
  const std::string earlier_path = "/v1/plans/" + earlier.body["id"].dump();
  EXPECT_EQ(api_.get(earlier_path, org_.coordinator_token).body["counts"]["pending"], 6);

  // Taken in the market while the coordinator reviews.
  const Json taken = created.body["proposals"][0];
  const auto& taker = taken["caregiver"]["id"] == anna.id ? bram : anna;
  ASSERT_EQ(api_.post("/v1/tasks/" + taken["task"]["id"].dump() + "/claim", Json::object(), taker.token).status, 200);

  auto sent = api_.post(path + "/send", {{"mode", "offer"}}, org_.coordinator_token);
  ASSERT_EQ(sent.status, 200) << sent.text;
  EXPECT_EQ(sent.body["mode"], "review");
  EXPECT_EQ(sent.body["sent_mode"], "offer");
  EXPECT_FALSE(sent.body["sent_at"].is_null());
  EXPECT_EQ(sent.body["counts"]["pending"], 5);
  EXPECT_EQ(sent.body["counts"]["failed"], 1);
  EXPECT_EQ(sent.body["counts"]["draft"], 0);
  EXPECT_EQ(sent.body["summary"]["proposals"]["failed"], 1);
  ASSERT_EQ(sent.body["summary"]["failures"].size(), 1U);
  EXPECT_EQ(sent.body["summary"]["failures"][0]["task_id"], taken["task"]["id"]);
  for (const auto& p : sent.body["proposals"]) {
    EXPECT_EQ(p["status"], p["task"]["id"] == taken["task"]["id"] ? "failed" : "pending");
    EXPECT_TRUE(p["deadline"].is_string());
  }
  EXPECT_EQ(api_.get("/v1/my/proposals", anna.token).body["items"].size() +
                api_.get("/v1/my/proposals", bram.token).body["items"].size(),
            5U);
  // The earlier run's offers are replaced now, as by any run that offers.
  const Json replaced = api_.get(earlier_path, org_.coordinator_token).body["counts"];
  EXPECT_EQ(replaced["pending"], 0) << replaced;
  EXPECT_EQ(replaced["superseded"], 6) << replaced;

  // A sent run has no drafts left to send or discard.
  EXPECT_EQ(api_.post(path + "/send", {{"mode", "offer"}}, org_.coordinator_token).status, 409);
  EXPECT_EQ(api_.post(path + "/discard", Json::object(), org_.coordinator_token).status, 409);
}

TEST_F(PlanningOverHttp, SendingAReviewedPlanAsAssignmentClaimsEmployeesTasks) {
  const auto eva = caregiver("eva", "07:00", "10:30", true);    // mornings, employed
  const auto femke = caregiver("femke", "11:00", "15:00");      // middays, freelance
  auto created = plan("review");
  ASSERT_EQ(created.status, 201) << created.text;
  auto sent = api_.post("/v1/plans/" + created.body["id"].dump() + "/send", {{"mode", "assign"}}, org_.coordinator_token);
  ASSERT_EQ(sent.status, 200) << sent.text;
  EXPECT_EQ(sent.body["sent_mode"], "assign");
  EXPECT_EQ(sent.body["summary"]["proposals"]["assigned"], 3);
  EXPECT_EQ(sent.body["summary"]["proposals"]["pending"], 3);
  for (const auto& p : sent.body["proposals"]) {
    const bool employee = p["caregiver"]["id"] == eva.id;
    EXPECT_EQ(p["status"], employee ? "assigned" : "pending");
    EXPECT_EQ(task_status(p["task"]["id"]), employee ? "claimed" : "open");
  }
  EXPECT_EQ(api_.get("/v1/my/proposals", femke.token).body["items"].size(), 3U);
}

TEST_F(PlanningOverHttp, DiscardedDraftsAreNeverOffered) {
  const auto anna = caregiver("anna", "07:00", "15:00");
  auto created = plan("review");
  ASSERT_EQ(created.status, 201) << created.text;
  const std::string path = "/v1/plans/" + created.body["id"].dump();
  auto discarded = api_.post(path + "/discard", Json::object(), org_.coordinator_token);
  ASSERT_EQ(discarded.status, 200) << discarded.text;
  EXPECT_EQ(discarded.body["counts"]["discarded"], 6);
  EXPECT_TRUE(discarded.body["sent_mode"].is_null());
  for (const auto& p : discarded.body["proposals"]) EXPECT_EQ(p["status"], "discarded");
  EXPECT_EQ(api_.post(path + "/send", {{"mode", "offer"}}, org_.coordinator_token).status, 409);
  EXPECT_EQ(api_.post(path + "/discard", Json::object(), org_.coordinator_token).status, 409);
  EXPECT_TRUE(api_.get("/v1/my/proposals", anna.token).body["items"].empty());
  auto p = discarded.body["proposals"][0];
  EXPECT_EQ(api_.post("/v1/proposals/" + p["id"].dump() + "/accept", Json::object(), anna.token).status, 404);
}

TEST_F(PlanningOverHttp, RunsAreListedNewestFirstPageByPage) {
  caregiver("anna", "07:00", "15:00");
  auto first = plan("review");
  auto second = plan("offer");
  auto third = plan("review");
  ASSERT_EQ(third.status, 201) << third.text;
  ASSERT_EQ(api_.post("/v1/plans/" + first.body["id"].dump() + "/discard", Json::object(), org_.coordinator_token).status,
            200);
  auto page = api_.get("/v1/plans?limit=2", org_.coordinator_token);
  ASSERT_EQ(page.status, 200) << page.text;
  ASSERT_EQ(page.body["items"].size(), 2U);
  EXPECT_EQ(page.body["items"][0]["id"], third.body["id"]);
  EXPECT_EQ(page.body["items"][1]["id"], second.body["id"]);
  const Json& newest = page.body["items"][0];
  EXPECT_EQ(newest["mode"], "review");
  EXPECT_EQ(newest["from"], tomorrow_);
  EXPECT_EQ(newest["to"], tomorrow_);
  EXPECT_TRUE(newest["sent_mode"].is_null());
  EXPECT_EQ(newest["counts"]["draft"], newest["planned"]);
  EXPECT_EQ(newest["visits"], 6);
  EXPECT_EQ(page.body["items"][1]["counts"]["pending"], page.body["items"][1]["planned"]);
  ASSERT_TRUE(page.body.contains("next_before"));
  auto rest = api_.get("/v1/plans?limit=2&before=" + page.body["next_before"].dump(), org_.coordinator_token);
  ASSERT_EQ(rest.status, 200) << rest.text;
  ASSERT_EQ(rest.body["items"].size(), 1U);
  EXPECT_EQ(rest.body["items"][0]["id"], first.body["id"]);
  EXPECT_EQ(rest.body["items"][0]["counts"]["discarded"], rest.body["items"][0]["planned"]);
  EXPECT_EQ(rest.body["items"][0]["counts"]["draft"], 0);
  EXPECT_FALSE(rest.body.contains("next_before"));
  EXPECT_EQ(api_.get("/v1/plans?limit=0", org_.coordinator_token).status, 400);
}

TEST_F(PlanningOverHttp, PlansAreTheirOrganisationsAndCoordinatorsOnly) {
  const auto anna = caregiver("anna", "07:00", "15:00");
  auto created = plan("offer");
  ASSERT_EQ(created.status, 201) << created.text;
  const auto other = make_organisation(api_, admin_, "Zorg Oost");
  EXPECT_EQ(api_.get("/v1/plans/" + created.body["id"].dump(), other.coordinator_token).status, 404);
  EXPECT_EQ(api_.get("/v1/plans/" + created.body["id"].dump(), anna.token).status, 403);
  EXPECT_EQ(api_.post("/v1/plans", {{"from", tomorrow_}, {"to", tomorrow_}, {"mode", "offer"}}, anna.token).status, 403);
  auto too_long = api_.post("/v1/plans", {{"from", tomorrow_}, {"to", format_date(day_ + 14)}, {"mode", "offer"}},
                            org_.coordinator_token);
  EXPECT_EQ(too_long.status, 400);
  EXPECT_EQ(too_long.body["status"], 400);

  // Reviewing, sending and discarding: the organisation's coordinators and admins only.
  auto review = plan("review");
  ASSERT_EQ(review.status, 201) << review.text;
  const std::string path = "/v1/plans/" + review.body["id"].dump();
  EXPECT_EQ(api_.post(path + "/send", {{"mode", "offer"}}, other.coordinator_token).status, 404);
  EXPECT_EQ(api_.post(path + "/discard", Json::object(), other.coordinator_token).status, 404);
  EXPECT_EQ(api_.post(path + "/send", {{"mode", "offer"}}, anna.token).status, 403);
  EXPECT_EQ(api_.get("/v1/plans", anna.token).status, 403);
  EXPECT_TRUE(api_.get("/v1/plans", other.coordinator_token).body["items"].empty());
  EXPECT_EQ(api_.post(path + "/send", {{"mode", "review"}}, org_.coordinator_token).status, 400);
  EXPECT_EQ(api_.post(path + "/send", Json::object(), org_.coordinator_token).status, 400);
  EXPECT_EQ(api_.get(path, org_.coordinator_token).body["counts"]["draft"], review.body["counts"]["draft"]);
  auto sent = api_.post(path + "/send", {{"mode", "offer"}}, org_.admin_token);
  EXPECT_EQ(sent.status, 200) << sent.text;
}

}  // namespace
}  // namespace carecrowd::testing
