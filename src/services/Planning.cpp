#include "services/Planning.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "domain/Problem.h"
#include "market/Eligibility.h"
#include "records/TaskRecord.h"
#include "services/AuditLog.h"
#include "services/Claims.h"
#include "services/Caregivers.h"
#include "services/Input.h"
#include "services/Market.h"
#include "services/PlanAnswer.h"
#include "services/PlanProblem.h"
#include "services/TaskEvents.h"

namespace carecrowd::services {
namespace {

constexpr double kDefaultTimeLimit = 2;
constexpr double kMinTimeLimit = 0.1;
constexpr double kMaxTimeLimit = 30;
constexpr DayNumber kMaxPlanDays = 14;
constexpr LocalMinute kDecideBeforeWindow = 60;  // a proposal is answered at least this long before the task

struct PlanRequest {
  DayNumber from = 0;
  DayNumber to = 0;
  std::string mode;
  double time_limit_seconds = kDefaultTimeLimit;
};

Result<PlanRequest> read_plan_request(const Json& body, DayNumber today) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"from", "to", "mode", "time_limit_seconds"});
  PlanRequest r;
  if (const Json* v = in.require(body, "from", Where{})) r.from = read_date(in, *v, Where{"from", ""});
  if (const Json* v = in.require(body, "to", Where{})) r.to = read_date(in, *v, Where{"to", ""});
  if (const Json* v = in.require(body, "mode", Where{})) r.mode = in.string(*v, Where{"mode", ""});
  if (const Json* v = JsonInput::find(body, "time_limit_seconds"))
    r.time_limit_seconds = in.number(*v, Where{"time_limit_seconds", ""});
  if (!in.ok()) return in.error();
  if (r.to < r.from) return bad_input("to", "", "is before from");
  if (r.to - r.from >= kMaxPlanDays) return bad_input("to", "", "a plan spans at most 14 days");
  if (r.to < today) return bad_input("to", "", "is in the past");
  if (r.mode != "offer" && r.mode != "assign" && r.mode != "review")
    return bad_input("mode", "", "must be \"offer\", \"assign\" or \"review\"");
  if (!(r.time_limit_seconds >= kMinTimeLimit && r.time_limit_seconds <= kMaxTimeLimit))
    return bad_input("time_limit_seconds", "", "must be between 0.1 and 30");
  return r;
}

LocalMinute proposal_deadline(const Settings& settings, LocalMinute now, LocalMinute window_start) {
  const LocalMinute deadline = std::min(now + settings.proposal_deadline_minutes, window_start - kDecideBeforeWindow);
  // A task starting within the hour can still be accepted until it starts.
  return deadline > now ? deadline : window_start;
}

// One planned task as a run hands it out: at its creation (mode offer or assign) or when a
// reviewed run is sent.
struct Handout {
  std::int64_t task_id = 0;
  std::int64_t caregiver_id = 0;
  bool employed = false;  // works for the run's organisation as an employee
  LocalMinute window_start = 0;
  LocalMinute planned_start = 0;  // where the plan's route starts it: the day keeps that order if it can
};

// The proposals handed out so far: how many of each status, and why the failed ones failed.
struct HandoutTally {
  Json counts = {{"pending", 0}, {"assigned", 0}, {"failed", 0}};
  Json failures = Json::array();
};

// Offers or assigns one planned task within the caller's transaction. With `assign`, an
// employee's task is claimed for them at once by the market's claim rule (audited as task.assign);
// any other task is offered if it is still open. Returns the proposal's status: assigned, pending
// or failed (why, in the tally).
std::string hand_out(store::Transaction& tx, const Principal& who, std::int64_t organisation, std::int64_t plan_id,
                     bool assign, const Handout& h, LocalMinute now, HandoutTally& tally) {
  std::optional<Error> refused;
  if (assign && h.employed) {
    auto claimed = claim_in(tx, {h.caregiver_id, h.task_id, h.planned_start}, now);
    if (!claimed) refused = claimed.error();
    if (!refused) {
      record_audit(tx, who, {"task.assign", claimed.value().task.client_id, organisation, "success",
                             "task " + std::to_string(h.task_id) + " to caregiver " + std::to_string(h.caregiver_id) +
                                 " (plan " + std::to_string(plan_id) + ")"});
    }
  } else if (const auto task = records::read_task(tx, h.task_id); !task || task->status != domain::TaskStatus::open) {
    // Claimed by someone while the engine ran (or the run waited for review): nothing left to offer.
    refused = market::refusal_error({market::RefusalReason::taken, "already claimed by someone else"}, h.task_id);
  }
  const std::string status = refused ? "failed" : assign && h.employed ? "assigned" : "pending";
  if (refused) tally.failures.push_back({{"task_id", h.task_id}, {"caregiver_id", h.caregiver_id}, {"reason", refused->reason}});
  tally.counts[status] = tally.counts[status].get<int>() + 1;
  return status;
}

// A run's offers replace what earlier runs still offer for the organisation's tasks on its days.
void supersede_earlier_offers(store::Transaction& tx, std::int64_t plan_id, std::int64_t organisation, DayNumber from,
                              DayNumber to) {
  tx.exec("UPDATE proposal SET status = 'superseded' WHERE status = 'pending' AND plan_id <> ? AND task_id IN "
          "(SELECT id FROM task WHERE organisation_id = ? AND day >= ? AND day <= ?)",
          {plan_id, organisation, from, to});
}

Json summary_json(const PlanProblem& mapping, const PlanAnswer& answer) {
  std::set<std::int64_t> people;
  for (const auto& caregiver : mapping.caregivers) people.insert(caregiver.caregiver_id);
  Json unplanned = Json::array();
  for (const auto& u : answer.unplanned)
    unplanned.push_back({{"task_id", u.task_id}, {"reason", std::string(domain::to_string(u.reason))}, {"detail", u.detail}});
  return {{"visits", mapping.open_visits()},
          {"planned", answer.planned.size()},
          {"unplanned", unplanned},
          {"claimed_visits", static_cast<int>(mapping.visits.size()) - mapping.open_visits()},
          {"claimed_unplanned", answer.claimed_unplanned},
          {"caregivers", people.size()},
          {"caregiver_days", mapping.caregiver_days},
          {"double_staffing_links", mapping.double_staffing_links},
          {"precedence_links", mapping.precedence_links},
          {"travel_minutes", answer.travel_minutes},
          {"seconds", answer.seconds},
          {"engine_runs", answer.runs}};
}

// A pending proposal past its deadline is shown as expired; the row keeps 'pending'.
std::string shown_status(const std::string& status, LocalMinute deadline, LocalMinute now) {
  return status == "pending" && deadline <= now ? "expired" : status;
}

// Every status a proposal is shown in, so that counts always name them all.
constexpr const char* kShownStatuses[] = {"draft",    "pending", "expired",    "accepted", "declined",
                                          "assigned", "failed",  "superseded", "discarded"};

Json zero_counts() {
  Json counts = Json::object();
  for (const char* status : kShownStatuses) counts[status] = 0;
  return counts;
}

// The proposals of runs first..last (ids) counted by shown status, in one query.
std::map<std::int64_t, Json> proposal_counts(store::Transaction& tx, std::int64_t organisation, std::int64_t first,
                                             std::int64_t last, LocalMinute now) {
  std::map<std::int64_t, Json> out;
  for (const auto& r : tx.query("SELECT p.plan_id, CASE WHEN p.status = 'pending' AND p.deadline <= ? THEN 'expired' "
                                "ELSE p.status END AS shown, COUNT(*) FROM proposal p JOIN plan_run r ON r.id = p.plan_id "
                                "WHERE r.organisation_id = ? AND p.plan_id >= ? AND p.plan_id <= ? GROUP BY p.plan_id, shown",
                                {now, organisation, first, last})) {
    auto [at, fresh] = out.try_emplace(r.i64(0), zero_counts());
    at->second[r.text(1)] = r.i64(2);
  }
  return out;
}

Json opt_time(const store::Row& r, std::size_t i) { return r.is_null(i) ? Json() : Json(format_local_time(r.i64(i))); }
Json opt_text(const store::Row& r, std::size_t i) { return r.is_null(i) ? Json() : Json(r.text(i)); }

Json plan_json(store::Transaction& tx, std::int64_t plan_id, LocalMinute now) {
  const auto run = tx.query("SELECT id, organisation_id, from_day, to_day, mode, created_by, created_at, summary, "
                            "sent_mode, sent_at FROM plan_run WHERE id = ?",
                            {plan_id});
  const auto& r = run.at(0);
  Json proposals = Json::array();
  Json counts = zero_counts();
  for (const auto& p : tx.query(
           "SELECT p.id, p.task_id, t.day, t.task_type, t.window_start, t.window_end, t.duration, t.client_id, c.name, "
           "p.caregiver_id, g.name, p.planned_start, p.deadline, p.status FROM proposal p JOIN task t ON t.id = "
           "p.task_id JOIN client c ON c.id = t.client_id JOIN caregiver g ON g.id = p.caregiver_id WHERE p.plan_id = ? "
           "ORDER BY p.planned_start, p.id",
           {plan_id})) {
    const std::string status = shown_status(p.text(13), p.i64(12), now);
    counts[status] = counts[status].get<std::int64_t>() + 1;
    // A draft's deadline is set when it is sent; a discarded one never has one.
    const bool sent = status != "draft" && status != "discarded";
    proposals.push_back(
        {{"id", p.i64(0)},
         {"task",
          {{"id", p.i64(1)},
           {"day", format_date(p.i64(2))},
           {"type", p.text(3)},
           {"window", {{"start", format_local_time(p.i64(4))}, {"end", format_local_time(p.i64(5))}}},
           {"duration_minutes", p.i64(6)},
           {"client_id", p.i64(7)},
           {"client_name", p.text(8)}}},
         {"caregiver", {{"id", p.i64(9)}, {"name", p.text(10)}}},
         {"planned_start", format_local_time(p.i64(11))},
         {"deadline", sent ? Json(format_local_time(p.i64(12))) : Json()},
         {"status", status}});
  }
  return {{"id", r.i64(0)},
          {"organisation_id", r.i64(1)},
          {"from", format_date(r.i64(2))},
          {"to", format_date(r.i64(3))},
          {"mode", r.text(4)},
          {"created_by", r.i64(5)},
          {"created_at", format_local_time(r.i64(6))},
          {"sent_mode", opt_text(r, 8)},
          {"sent_at", opt_time(r, 9)},
          {"summary", Json::parse(r.text(7))},
          {"counts", counts},
          {"proposals", proposals}};
}

// A proposal as its caregiver sees it: what, when, where roughly, and the pay; no client details.
constexpr const char* kCaregiverProposalSelect =
    "SELECT p.id, p.plan_id, p.planned_start, p.deadline, p.status, t.id, t.day, t.task_type, t.window_start, "
    "t.window_end, t.duration, t.level, t.certificates, t.mode, t.pay_cents, t.area, o.id, o.name, p.caregiver_id "
    "FROM proposal p JOIN task t ON t.id = p.task_id JOIN organisation o ON o.id = t.organisation_id ";

Json caregiver_proposal_json(const store::Row& r, LocalMinute now) {
  return {{"id", r.i64(0)},
          {"plan_id", r.i64(1)},
          {"planned_start", format_local_time(r.i64(2))},
          {"deadline", format_local_time(r.i64(3))},
          {"status", shown_status(r.text(4), r.i64(3), now)},
          {"task",
           {{"id", r.i64(5)},
            {"day", format_date(r.i64(6))},
            {"type", r.text(7)},
            {"window", {{"start", format_local_time(r.i64(8))}, {"end", format_local_time(r.i64(9))}}},
            {"duration_minutes", r.i64(10)},
            {"level", r.i64(11)},
            {"certificates", market::split_certificates(r.text(12))},
            {"mode", r.text(13)},
            {"pay_cents", r.i64(14)},
            {"area", r.text(15)}}},
          {"organisation", {{"id", r.i64(16)}, {"name", r.text(17)}}}};
}

struct ProposalState {
  std::int64_t task_id = 0;
  std::int64_t client_id = 0;
  std::int64_t organisation_id = 0;
  LocalMinute planned_start = 0;
};

// The caller's pending, unexpired proposal, or the error that answers the request.
Result<ProposalState> answerable_proposal(store::Transaction& tx, const Principal& who, std::int64_t proposal_id,
                                          LocalMinute now) {
  auto rows = tx.query("SELECT p.caregiver_id, p.status, p.deadline, p.task_id, t.client_id, t.organisation_id, "
                       "p.planned_start FROM "
                       "proposal p JOIN task t ON t.id = p.task_id WHERE p.id = ?",
                       {proposal_id});
  const std::string id = std::to_string(proposal_id);
  // Someone else's proposal answers as one that does not exist, so ids cannot be probed; so does a
  // draft or discarded one, which was never sent.
  if (rows.empty() || rows[0].i64(0) != *who.caregiver_id || rows[0].text(1) == "draft" ||
      rows[0].text(1) == "discarded")
    return not_found("proposal_id", id, "no such proposal for you");
  const auto& r = rows[0];
  if (r.text(1) != "pending") return conflict("status", id, "the proposal is already " + r.text(1));
  if (r.i64(2) <= now) return conflict("deadline", id, "the proposal expired at " + format_local_time(r.i64(2)));
  return ProposalState{r.i64(3), r.i64(4), r.i64(5), r.i64(6)};
}

Json caregiver_proposal(store::Transaction& tx, std::int64_t proposal_id, LocalMinute now) {
  return caregiver_proposal_json(tx.query(std::string(kCaregiverProposalSelect) + "WHERE p.id = ?", {proposal_id}).at(0), now);
}

// What a run just handed out, as live events: each offer to its caregiver (as their proposals list
// shows it), each assignment to the board and to the employee whose day it joined. After the run's
// audit events, as publish() asks.
void publish_handouts(store::Transaction& tx, const Platform& platform, std::int64_t plan_id, std::int64_t organisation,
                      LocalMinute now) {
  for (const auto& r : tx.query(std::string(kCaregiverProposalSelect) + "WHERE p.plan_id = ? AND p.status = 'pending' ORDER BY p.id",
                                {plan_id})) {
    publish_offer(tx, platform, /*p.caregiver_id*/ r.i64(18), organisation, caregiver_proposal_json(r, now));
  }
  for (const auto& r : tx.query("SELECT task_id, caregiver_id FROM proposal WHERE plan_id = ? AND status = 'assigned' ORDER BY id",
                                {plan_id})) {
    publish_board_change(tx, platform, r.i64(0), BoardChange::claimed);
    publish_held_task_change(tx, platform, r.i64(1), r.i64(0), HeldTaskChange::assigned);
  }
}

}  // namespace

Result<Json> create_plan(const Platform& platform, const Principal& who, const Json& body) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may plan the organisation's tasks");
  const std::int64_t organisation = *who.organisation_id;
  auto request = read_plan_request(body, platform.now() / kMinutesPerDay);
  if (!request) return request.error();
  const PlanRequest& req = request.value();

  // Read, solve, write: no transaction is open while the engine runs.
  PlanProblem mapping = platform.db().read(
      [&](store::Transaction& tx) { return read_plan_problem(tx, organisation, req.from, req.to, platform.now()); });
  // The mapping keeps its ids; the engine's data moves into the validated Problem.
  auto problem = domain::Problem::create(std::move(mapping.data));
  if (!problem) {
    const Error& e = problem.error();
    return Error{ErrorKind::infeasible, e.field, e.id, e.reason};
  }
  const PlanAnswer answer = answer_plan(mapping, problem.value(), req.time_limit_seconds);
  Json summary = summary_json(mapping, answer);

  const bool assign = req.mode == "assign";
  const bool review = req.mode == "review";
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    const LocalMinute now = platform.now();
    const std::int64_t plan_id =
        tx.query("INSERT INTO plan_run (organisation_id, from_day, to_day, mode, created_by, created_at, summary) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 {organisation, req.from, req.to, req.mode, who.user_id, now, summary.dump()})
            .at(0)
            .i64(0);
    // A reviewed run changes nothing until it is sent: its proposals wait as drafts.
    HandoutTally tally;
    if (review) {
      tally.counts = {{"draft", answer.planned.size()}};
    } else {
      supersede_earlier_offers(tx, plan_id, organisation, req.from, req.to);
    }
    for (const auto& p : answer.planned) {
      const std::string status =
          review ? "draft"
                 : hand_out(tx, who, organisation, plan_id, assign,
                            {p.task_id, p.caregiver_id, p.employed, p.window_start, p.start}, now, tally);
      // A draft's deadline is set again when it is sent; the column holds one from the start.
      tx.exec("INSERT INTO proposal (plan_id, task_id, caregiver_id, planned_start, deadline, status) VALUES (?, ?, ?, ?, "
              "?, ?)",
              {plan_id, p.task_id, p.caregiver_id, p.start, proposal_deadline(platform.settings(), now, p.window_start),
               status});
    }
    summary["failures"] = tally.failures;  // why a proposal could not be offered or assigned
    summary["proposals"] = tally.counts;
    tx.exec("UPDATE plan_run SET summary = ? WHERE id = ?", {summary.dump(), plan_id});
    record_audit(tx, who, {"plan.create", std::nullopt, organisation, "success",
                           "plan " + std::to_string(plan_id) + " (" + req.mode + "): " +
                               std::to_string(answer.planned.size()) + " of " +
                               std::to_string(mapping.open_visits()) + " open tasks planned"});
    if (!review) publish_handouts(tx, platform, plan_id, organisation, now);
    return plan_json(tx, plan_id, now);
  });
}

Result<Json> get_plan(const Platform& platform, const Principal& who, std::int64_t plan_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may read the organisation's plans");
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    const auto organisation = tx.query_i64("SELECT organisation_id FROM plan_run WHERE id = ?", {plan_id});
    if (!organisation || !who.in_organisation(*organisation))
      return not_found("plan_id", std::to_string(plan_id), "no such plan in your organisation");
    record_audit(tx, who, {"plan.read", std::nullopt, organisation, "success", "plan " + std::to_string(plan_id)});
    return plan_json(tx, plan_id, platform.now());
  });
}

Result<Json> list_plans(const Platform& platform, const Principal& who, const Json& query) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may read the organisation's plans");
  auto limit = query_int(query, "limit", 1, 500);
  if (!limit) return limit.error();
  auto before = query_int(query, "before", 1, INT64_MAX);
  if (!before) return before.error();
  const std::int64_t page = limit.value().value_or(50);
  const std::int64_t organisation = *who.organisation_id;
  const LocalMinute now = platform.now();
  // Run summaries and counts only: no client data, so nothing to audit.
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    const auto runs = tx.query("SELECT id, from_day, to_day, mode, created_by, created_at, sent_mode, sent_at, summary "
                               "FROM plan_run WHERE organisation_id = ? AND id < ? ORDER BY id DESC LIMIT ?",
                               {organisation, before.value().value_or(INT64_MAX), page});
    Json items = Json::array();
    if (runs.empty()) return Json{{"items", items}};
    const auto counts = proposal_counts(tx, organisation, runs.back().i64(0), runs.front().i64(0), now);
    for (const auto& r : runs) {
      const Json summary = Json::parse(r.text(8));
      const auto found = counts.find(r.i64(0));
      items.push_back({{"id", r.i64(0)},
                       {"from", format_date(r.i64(1))},
                       {"to", format_date(r.i64(2))},
                       {"mode", r.text(3)},
                       {"created_by", r.i64(4)},
                       {"created_at", format_local_time(r.i64(5))},
                       {"sent_mode", opt_text(r, 6)},
                       {"sent_at", opt_time(r, 7)},
                       {"visits", summary.value("visits", 0)},
                       {"planned", summary.value("planned", 0)},
                       {"counts", found == counts.end() ? zero_counts() : found->second}});
    }
    Json out = {{"items", items}};
    if (static_cast<std::int64_t>(runs.size()) == page) out["next_before"] = runs.back().i64(0);
    return out;
  });
}

Result<Json> send_plan(const Platform& platform, const Principal& who, std::int64_t plan_id, const Json& body) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may send the organisation's plans");
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"mode"});
  std::string mode;
  if (const Json* v = in.require(body, "mode", Where{})) mode = in.string(*v, Where{"mode", ""});
  if (!in.ok()) return in.error();
  if (mode != "offer" && mode != "assign") return bad_input("mode", "", "must be \"offer\" or \"assign\"");
  const std::string id = std::to_string(plan_id);
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    const LocalMinute now = platform.now();
    const auto run = tx.query("SELECT organisation_id, from_day, to_day, summary FROM plan_run WHERE id = ?", {plan_id});
    if (run.empty() || !who.in_organisation(run[0].i64(0)))
      return not_found("plan_id", id, "no such plan in your organisation");
    const std::int64_t organisation = run[0].i64(0);
    // First the run's row: two sends (or a send and a discard) of one run queue here, and the
    // second finds no drafts left.
    tx.exec("UPDATE plan_run SET sent_mode = ?, sent_at = ?, sent_by = ? WHERE id = ?", {mode, now, who.user_id, plan_id});
    // Employment as it is now: an employee taken on since the run is assigned, one who left is offered.
    const auto drafts = tx.query(
        "SELECT p.id, p.task_id, p.caregiver_id, t.window_start, COALESCE(co.employed, 0), p.planned_start FROM proposal p "
        "JOIN task t ON t.id = p.task_id LEFT JOIN caregiver_organisation co ON co.caregiver_id = p.caregiver_id AND "
        "co.organisation_id = t.organisation_id WHERE p.plan_id = ? AND p.status = 'draft' ORDER BY p.planned_start, p.id",
        {plan_id});
    if (drafts.empty()) return conflict("plan_id", id, "the plan has no draft proposals left to send");
    supersede_earlier_offers(tx, plan_id, organisation, run[0].i64(1), run[0].i64(2));
    HandoutTally tally;
    for (const auto& d : drafts) {
      const Handout h{d.i64(1), d.i64(2), d.i64(4) != 0, d.i64(3), d.i64(5)};
      const std::string status = hand_out(tx, who, organisation, plan_id, mode == "assign", h, now, tally);
      tx.exec("UPDATE proposal SET status = ?, deadline = ? WHERE id = ? AND status = 'draft'",
              {status, proposal_deadline(platform.settings(), now, h.window_start), d.i64(0)});
    }
    Json summary = Json::parse(run[0].text(3));
    summary["failures"] = tally.failures;
    summary["proposals"] = tally.counts;
    tx.exec("UPDATE plan_run SET summary = ? WHERE id = ?", {summary.dump(), plan_id});
    record_audit(tx, who, {"plan.send", std::nullopt, organisation, "success",
                           "plan " + id + " (" + mode + "): " + std::to_string(drafts.size()) + " draft proposals"});
    publish_handouts(tx, platform, plan_id, organisation, now);
    return plan_json(tx, plan_id, now);
  });
}

Result<Json> discard_plan(const Platform& platform, const Principal& who, std::int64_t plan_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may discard the organisation's plans");
  const std::string id = std::to_string(plan_id);
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    const auto organisation = tx.query_i64("SELECT organisation_id FROM plan_run WHERE id = ?", {plan_id});
    if (!organisation || !who.in_organisation(*organisation))
      return not_found("plan_id", id, "no such plan in your organisation");
    // Queue behind a send of the same run (see send_plan), which takes this row first.
    tx.exec("UPDATE plan_run SET sent_mode = sent_mode WHERE id = ?", {plan_id});
    const auto discarded =
        tx.exec("UPDATE proposal SET status = 'discarded' WHERE plan_id = ? AND status = 'draft'", {plan_id});
    if (discarded == 0) return conflict("plan_id", id, "the plan has no draft proposals left to discard");
    record_audit(tx, who, {"plan.discard", std::nullopt, organisation, "success",
                           "plan " + id + ": " + std::to_string(discarded) + " draft proposals"});
    return plan_json(tx, plan_id, platform.now());
  });
}

Result<Json> list_my_proposals(const Platform& platform, const Principal& who) {
  if (!is_caregiver(who)) return forbidden("only a caregiver has proposals");
  const LocalMinute now = platform.now();
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    Json items = Json::array();
    for (const auto& r : tx.query(std::string(kCaregiverProposalSelect) +
                                      "WHERE p.caregiver_id = ? AND p.status = 'pending' AND p.deadline > ? AND "
                                      "t.status = 'open' ORDER BY p.deadline, p.id LIMIT 500",
                                  {*who.caregiver_id, now}))
      items.push_back(caregiver_proposal_json(r, now));
    return Json{{"items", items}};
  });
}

Result<Json> accept_proposal(const Platform& platform, const Principal& who, std::int64_t proposal_id) {
  if (!is_caregiver(who)) return forbidden("only the caregiver a task was proposed to may accept it");
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    const LocalMinute now = platform.now();
    auto state = answerable_proposal(tx, who, proposal_id, now);
    if (!state) return state.error();
    const ProposalState& p = state.value();
    const std::string task = std::to_string(p.task_id);
    if (auto claimed = claim_in(tx, {*who.caregiver_id, p.task_id, p.planned_start}, now); !claimed) {
      return claimed.error();
    }
    tx.exec("UPDATE proposal SET status = 'accepted' WHERE id = ?", {proposal_id});
    record_audit(tx, who, {"task.claim", p.client_id, p.organisation_id, "success",
                           "task " + task + " (proposal " + std::to_string(proposal_id) + ")"});
    publish_board_change(tx, platform, p.task_id, BoardChange::claimed);
    return caregiver_proposal(tx, proposal_id, now);
  });
}

Result<Json> decline_proposal(const Platform& platform, const Principal& who, std::int64_t proposal_id) {
  if (!is_caregiver(who)) return forbidden("only the caregiver a task was proposed to may decline it");
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    const LocalMinute now = platform.now();
    auto state = answerable_proposal(tx, who, proposal_id, now);
    if (!state) return state.error();
    tx.exec("UPDATE proposal SET status = 'declined' WHERE id = ?", {proposal_id});
    return caregiver_proposal(tx, proposal_id, now);
  });
}

}  // namespace carecrowd::services
