#include "services/Planning.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "domain/Problem.h"
#include "market/Eligibility.h"
#include "records/PlanRunRecord.h"
#include "records/ProposalRecord.h"
#include "records/TaskRecord.h"
#include "services/AuditLog.h"
#include "services/Claims.h"
#include "services/Caregivers.h"
#include "services/Input.h"
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

using records::ProposalStatus;

// Offers or assigns one planned task within the caller's transaction. With `assign`, an
// employee's task is claimed for them at once by the market's claim rule (audited as task.assign);
// any other task is offered if it is still open. Returns the proposal's status: assigned, pending
// or failed (why, in the tally).
ProposalStatus hand_out(store::Transaction& tx, const Principal& who, std::int64_t organisation, std::int64_t plan_id,
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
  const ProposalStatus status =
      refused ? ProposalStatus::failed : assign && h.employed ? ProposalStatus::assigned : ProposalStatus::pending;
  if (refused) tally.failures.push_back({{"task_id", h.task_id}, {"caregiver_id", h.caregiver_id}, {"reason", refused->reason}});
  const std::string name(records::to_string(status));
  tally.counts[name] = tally.counts[name].get<int>() + 1;
  return status;
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
std::string shown_status(ProposalStatus status, bool past_deadline) {
  return status == ProposalStatus::pending && past_deadline ? "expired" : std::string(records::to_string(status));
}
std::string shown_status(const records::ProposalRecord& p, LocalMinute now) { return shown_status(p.status, p.deadline <= now); }

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
  for (const auto& c : records::proposal_counts(tx, organisation, first, last, now)) {
    auto [at, fresh] = out.try_emplace(c.plan_id, zero_counts());
    const std::string shown = shown_status(c.status, c.past_deadline);
    at->second[shown] = at->second[shown].get<std::int64_t>() + c.count;
  }
  return out;
}

Json opt_time(const std::optional<LocalMinute>& t) { return t ? Json(format_local_time(*t)) : Json(); }
Json opt_text(const std::optional<std::string>& t) { return t ? Json(*t) : Json(); }

Json plan_json(store::Transaction& tx, std::int64_t plan_id, LocalMinute now) {
  const auto run = records::read_plan_run(tx, plan_id);
  Json proposals = Json::array();
  Json counts = zero_counts();
  for (const auto& [p, t, client_name, caregiver_name] : records::plan_proposals(tx, plan_id)) {
    const std::string status = shown_status(p, now);
    counts[status] = counts[status].get<std::int64_t>() + 1;
    // A draft's deadline is set when it is sent; a discarded one never has one.
    const bool sent = p.status != ProposalStatus::draft && p.status != ProposalStatus::discarded;
    proposals.push_back(
        {{"id", p.id},
         {"task",
          {{"id", t.id},
           {"day", format_date(t.day)},
           {"type", t.task_type},
           {"window", {{"start", format_local_time(t.window_start)}, {"end", format_local_time(t.window_end)}}},
           {"duration_minutes", t.duration},
           {"client_id", t.client_id},
           {"client_name", client_name}}},
         {"caregiver", {{"id", p.caregiver_id}, {"name", caregiver_name}}},
         {"planned_start", format_local_time(p.planned_start)},
         {"deadline", sent ? Json(format_local_time(p.deadline)) : Json()},
         {"status", status}});
  }
  return {{"id", run->id},
          {"organisation_id", run->organisation_id},
          {"from", format_date(run->from_day)},
          {"to", format_date(run->to_day)},
          {"mode", run->mode},
          {"created_by", run->created_by},
          {"created_at", format_local_time(run->created_at)},
          {"sent_mode", opt_text(run->sent_mode)},
          {"sent_at", opt_time(run->sent_at)},
          {"summary", Json::parse(run->summary)},
          {"counts", counts},
          {"proposals", proposals}};
}

// A proposal as its caregiver sees it: what, when, where roughly, and the pay; no client details.
Json caregiver_proposal_json(const records::OfferedProposal& offered, LocalMinute now) {
  const records::ProposalRecord& p = offered.proposal;
  const records::TaskRecord& t = offered.task;
  return {{"id", p.id},
          {"plan_id", p.plan_id},
          {"planned_start", format_local_time(p.planned_start)},
          {"deadline", format_local_time(p.deadline)},
          {"status", shown_status(p, now)},
          {"task",
           {{"id", t.id},
            {"day", format_date(t.day)},
            {"type", t.task_type},
            {"window", {{"start", format_local_time(t.window_start)}, {"end", format_local_time(t.window_end)}}},
            {"duration_minutes", t.duration},
            {"level", t.level},
            {"certificates", market::split_certificates(t.certificates)},
            {"mode", t.mode},
            {"pay_cents", t.pay_cents},
            {"area", t.area}}},
          {"organisation", {{"id", t.organisation_id}, {"name", offered.organisation}}}};
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
  const auto offered = records::read_offered_proposal(tx, proposal_id);
  const std::string id = std::to_string(proposal_id);
  // Someone else's proposal answers as one that does not exist, so ids cannot be probed; so does a
  // draft or discarded one, which was never sent.
  if (!offered || offered->proposal.caregiver_id != *who.caregiver_id ||
      offered->proposal.status == ProposalStatus::draft || offered->proposal.status == ProposalStatus::discarded)
    return not_found("proposal_id", id, "no such proposal for you");
  const records::ProposalRecord& p = offered->proposal;
  if (p.status != ProposalStatus::pending) {
    return conflict("status", id, "the proposal is already " + std::string(records::to_string(p.status)));
  }
  if (p.deadline <= now) return conflict("deadline", id, "the proposal expired at " + format_local_time(p.deadline));
  return ProposalState{p.task_id, offered->task.client_id, offered->task.organisation_id, p.planned_start};
}

Json caregiver_proposal(store::Transaction& tx, std::int64_t proposal_id, LocalMinute now) {
  return caregiver_proposal_json(*records::read_offered_proposal(tx, proposal_id), now);
}

// What a run just handed out, as live events: each offer to its caregiver (as their proposals list
// shows it), each assignment to the board and to the employee whose day it joined. After the run's
// audit events, as publish() asks.
void publish_handouts(store::Transaction& tx, const Platform& platform, std::int64_t plan_id, std::int64_t organisation,
                      LocalMinute now) {
  for (const auto& offered : records::pending_proposals_of_plan(tx, plan_id)) {
    publish_offer(tx, platform, offered.proposal.caregiver_id, organisation, caregiver_proposal_json(offered, now));
  }
  for (const auto& p : records::assigned_proposals(tx, plan_id)) {
    publish_board_change(tx, platform, p.task_id, BoardChange::claimed);
    publish_held_task_change(tx, platform, p.caregiver_id, p.task_id, HeldTaskChange::assigned);
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
    records::PlanRunRecord run;
    run.organisation_id = organisation;
    run.from_day = req.from;
    run.to_day = req.to;
    run.mode = req.mode;
    run.created_by = who.user_id;
    run.created_at = now;
    run.summary = summary.dump();
    const std::int64_t plan_id = records::insert_plan_run(tx, run);
    // A reviewed run changes nothing until it is sent: its proposals wait as drafts.
    HandoutTally tally;
    if (review) {
      tally.counts = {{"draft", answer.planned.size()}};
    } else {
      records::supersede_pending_offers(tx, plan_id, organisation, req.from, req.to);
    }
    for (const auto& p : answer.planned) {
      const ProposalStatus status =
          review ? ProposalStatus::draft
                 : hand_out(tx, who, organisation, plan_id, assign,
                            {p.task_id, p.caregiver_id, p.employed, p.window_start, p.start}, now, tally);
      // A draft's deadline is set again when it is sent; the column holds one from the start.
      records::insert_proposal(tx, {0, plan_id, p.task_id, p.caregiver_id, p.start,
                                    proposal_deadline(platform.settings(), now, p.window_start), status});
    }
    summary["failures"] = tally.failures;  // why a proposal could not be offered or assigned
    summary["proposals"] = tally.counts;
    records::set_plan_summary(tx, plan_id, summary.dump());
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
    const auto run = records::read_plan_run(tx, plan_id);
    if (!run || !who.in_organisation(run->organisation_id))
      return not_found("plan_id", std::to_string(plan_id), "no such plan in your organisation");
    record_audit(tx, who, {"plan.read", std::nullopt, run->organisation_id, "success", "plan " + std::to_string(plan_id)});
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
    const auto runs = records::plan_runs_before(tx, organisation, before.value().value_or(INT64_MAX), page);
    Json items = Json::array();
    if (runs.empty()) return Json{{"items", items}};
    const auto counts = proposal_counts(tx, organisation, runs.back().id, runs.front().id, now);
    for (const auto& r : runs) {
      const Json summary = Json::parse(r.summary);
      const auto found = counts.find(r.id);
      items.push_back({{"id", r.id},
                       {"from", format_date(r.from_day)},
                       {"to", format_date(r.to_day)},
                       {"mode", r.mode},
                       {"created_by", r.created_by},
                       {"created_at", format_local_time(r.created_at)},
                       {"sent_mode", opt_text(r.sent_mode)},
                       {"sent_at", opt_time(r.sent_at)},
                       {"visits", summary.value("visits", 0)},
                       {"planned", summary.value("planned", 0)},
                       {"counts", found == counts.end() ? zero_counts() : found->second}});
    }
    Json out = {{"items", items}};
    if (static_cast<std::int64_t>(runs.size()) == page) out["next_before"] = runs.back().id;
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
    const auto run = records::read_plan_run(tx, plan_id);
    if (!run || !who.in_organisation(run->organisation_id))
      return not_found("plan_id", id, "no such plan in your organisation");
    const std::int64_t organisation = run->organisation_id;
    // First the run's row: two sends (or a send and a discard) of one run queue here, and the
    // second finds no drafts left.
    records::mark_plan_sent(tx, plan_id, mode, now, who.user_id);
    // Employment as it is now: an employee taken on since the run is assigned, one who left is offered.
    const auto drafts = records::draft_proposals(tx, plan_id);
    if (drafts.empty()) return conflict("plan_id", id, "the plan has no draft proposals left to send");
    records::supersede_pending_offers(tx, plan_id, organisation, run->from_day, run->to_day);
    HandoutTally tally;
    for (const auto& d : drafts) {
      const Handout h{d.proposal.task_id, d.proposal.caregiver_id, d.employed, d.window_start, d.proposal.planned_start};
      const ProposalStatus status = hand_out(tx, who, organisation, plan_id, mode == "assign", h, now, tally);
      records::send_draft(tx, d.proposal.id, status, proposal_deadline(platform.settings(), now, h.window_start));
    }
    Json summary = Json::parse(run->summary);
    summary["failures"] = tally.failures;
    summary["proposals"] = tally.counts;
    records::set_plan_summary(tx, plan_id, summary.dump());
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
    const auto run = records::read_plan_run(tx, plan_id);
    if (!run || !who.in_organisation(run->organisation_id))
      return not_found("plan_id", id, "no such plan in your organisation");
    const std::optional<std::int64_t> organisation = run->organisation_id;
    // Queue behind a send of the same run (see send_plan), which takes this row first.
    records::take_plan_run_turn(tx, plan_id);
    const auto discarded = records::discard_drafts(tx, plan_id);
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
    for (const auto& offered : records::open_offers_to(tx, *who.caregiver_id, now)) {
      items.push_back(caregiver_proposal_json(offered, now));
    }
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
    records::answer_proposal(tx, proposal_id, ProposalStatus::accepted);
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
    records::answer_proposal(tx, proposal_id, ProposalStatus::declined);
    return caregiver_proposal(tx, proposal_id, now);
  });
}

}  // namespace carecrowd::services
