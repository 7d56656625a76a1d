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
#include "records/TaskReleaseRecord.h"
#include "records/TaskRecord.h"
#include "services/AuditLog.h"
#include "services/Claims.h"
#include "services/Caregivers.h"
#include "services/PlanAnswer.h"
#include "services/PlanProblem.h"
#include "services/PlanSummary.h"
#include "services/TaskEvents.h"

namespace carecrowd::services {
namespace {

constexpr double kMinTimeLimit = 0.1;
constexpr double kMaxTimeLimit = 30;
constexpr DayNumber kMaxPlanDays = 14;
constexpr LocalMinute kDecideBeforeWindow = 60;  // a proposal is answered at least this long before the task

// The value rules of a plan run's request (its JSON shape is read at the http edge).
std::optional<Error> check_plan_request(const PlanRequest& r, DayNumber today) {
  if (r.to < r.from) return bad_input("to", "", "is before from");
  if (r.to - r.from >= kMaxPlanDays) return bad_input("to", "", "a plan spans at most 14 days");
  if (r.to < today) return bad_input("to", "", "is in the past");
  if (r.mode != "offer" && r.mode != "assign" && r.mode != "review")
    return bad_input("mode", "", "must be \"offer\", \"assign\" or \"review\"");
  if (!(r.time_limit_seconds >= kMinTimeLimit && r.time_limit_seconds <= kMaxTimeLimit))
    return bad_input("time_limit_seconds", "", "must be between 0.1 and 30");
  return std::nullopt;
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

using records::ProposalStatus;

// The proposals handed out so far: how many of each status, and why the failed ones failed.
struct HandoutTally {
  std::map<ProposalStatus, std::int64_t> counts = {
      {ProposalStatus::pending, 0}, {ProposalStatus::assigned, 0}, {ProposalStatus::failed, 0}};
  std::vector<HandoutFailure> failures;
};

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
    refused = market::refusal_error(market::refusal(market::RefusalReason::taken), h.task_id);
  }
  const ProposalStatus status =
      refused ? ProposalStatus::failed : assign && h.employed ? ProposalStatus::assigned : ProposalStatus::pending;
  if (refused) tally.failures.push_back({h.task_id, h.caregiver_id, refused->reason});
  ++tally.counts[status];
  return status;
}

PlanSummary plan_summary(const PlanProblem& mapping, const PlanAnswer& answer) {
  std::set<std::int64_t> people;
  for (const auto& caregiver : mapping.caregivers) people.insert(caregiver.caregiver_id);
  PlanSummary s;
  s.visits = mapping.open_visits();
  s.planned = static_cast<std::int64_t>(answer.planned.size());
  s.unplanned = answer.unplanned;
  s.claimed_visits = static_cast<int>(mapping.visits.size()) - mapping.open_visits();
  s.claimed_unplanned = answer.claimed_unplanned;
  s.caregivers = static_cast<std::int64_t>(people.size());
  s.caregiver_days = mapping.caregiver_days;
  s.double_staffing_links = mapping.double_staffing_links;
  s.precedence_links = mapping.precedence_links;
  s.travel_minutes = answer.travel_minutes;
  s.seconds = answer.seconds;
  s.engine_runs = answer.runs;
  return s;
}

ShownStatus shown_status(ProposalStatus status, bool past_deadline) {
  switch (status) {
    case ProposalStatus::draft: return ShownStatus::draft;
    case ProposalStatus::pending: return past_deadline ? ShownStatus::expired : ShownStatus::pending;
    case ProposalStatus::accepted: return ShownStatus::accepted;
    case ProposalStatus::declined: return ShownStatus::declined;
    case ProposalStatus::assigned: return ShownStatus::assigned;
    case ProposalStatus::failed: return ShownStatus::failed;
    case ProposalStatus::superseded: return ShownStatus::superseded;
    case ProposalStatus::discarded: return ShownStatus::discarded;
  }
  return ShownStatus::failed;
}
ShownStatus shown_status(const records::ProposalRecord& p, LocalMinute now) { return shown_status(p.status, p.deadline <= now); }

// The proposals of runs first..last (ids) counted by shown status, in one query.
std::map<std::int64_t, ProposalCounts> proposal_counts(store::Transaction& tx, std::int64_t organisation,
                                                       std::int64_t first, std::int64_t last, LocalMinute now) {
  std::map<std::int64_t, ProposalCounts> out;
  for (const auto& c : records::proposal_counts(tx, organisation, first, last, now)) {
    out[c.plan_id].add(shown_status(c.status, c.past_deadline), c.count);
  }
  return out;
}

// REQUIRES: the run exists.
PlanView plan_view(store::Transaction& tx, std::int64_t plan_id, LocalMinute now) {
  PlanView view;
  view.run = *records::read_plan_run(tx, plan_id);
  view.summary = read_plan_summary(view.run.summary);
  for (auto& planned : records::plan_proposals(tx, plan_id)) {
    const ShownStatus status = shown_status(planned.proposal, now);
    view.counts.add(status);
    // A draft's deadline is set when it is sent; a discarded one never has one.
    const bool sent =
        planned.proposal.status != ProposalStatus::draft && planned.proposal.status != ProposalStatus::discarded;
    view.proposals.push_back({std::move(planned), status, sent});
  }
  return view;
}

CaregiverProposal caregiver_proposal(const records::OfferedProposal& offered, LocalMinute now) {
  return {offered, shown_status(offered.proposal, now)};
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
    return conflict("status", id, say("the proposal is already {}", records::to_string(p.status)));
  }
  if (p.deadline <= now) return conflict("deadline", id, say("the proposal expired at {}",
                                                             format_local_time(p.deadline)));
  return ProposalState{p.task_id, offered->task.client_id, offered->task.organisation_id, p.planned_start};
}

CaregiverProposal caregiver_proposal(store::Transaction& tx, std::int64_t proposal_id, LocalMinute now) {
  return caregiver_proposal(*records::read_offered_proposal(tx, proposal_id), now);
}

// What a run just handed out, as live events: each offer to its caregiver (as their proposals list
// shows it), each assignment to the board and to the employee whose day it joined. After the run's
// audit events, as publish() asks.
void publish_handouts(store::Transaction& tx, const Platform& platform, std::int64_t plan_id, std::int64_t organisation,
                      LocalMinute now) {
  for (const auto& offered : records::pending_proposals_of_plan(tx, plan_id)) {
    publish_offer(tx, platform, organisation, caregiver_proposal(offered, now));
  }
  for (const auto& p : records::assigned_proposals(tx, plan_id)) {
    publish_board_change(tx, platform, p.task_id, BoardChange::claimed);
    publish_held_task_change(tx, platform, p.caregiver_id, p.task_id, HeldTaskChange::assigned);
  }
}

}  // namespace

std::string_view to_string(ShownStatus status) {
  switch (status) {
    case ShownStatus::draft: return "draft";
    case ShownStatus::pending: return "pending";
    case ShownStatus::expired: return "expired";
    case ShownStatus::accepted: return "accepted";
    case ShownStatus::declined: return "declined";
    case ShownStatus::assigned: return "assigned";
    case ShownStatus::failed: return "failed";
    case ShownStatus::superseded: return "superseded";
    case ShownStatus::discarded: return "discarded";
  }
  return "failed";
}

Result<PlanView> create_plan(const Platform& platform, const Principal& who, const Result<PlanRequest>& request) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may plan the organisation's tasks");
  const std::int64_t organisation = *who.organisation_id;
  if (!request) return request.error();
  const PlanRequest& req = request.value();
  if (auto wrong = check_plan_request(req, platform.now() / kMinutesPerDay)) return *wrong;

  // Read, solve, write: no transaction is open while the engine runs.
  std::optional<std::vector<std::int64_t>> released;
  PlanProblem mapping = platform.db().read([&](store::Transaction& tx) {
    if (req.repair) released = records::released_open_tasks(tx, organisation, req.from, req.to);
    return read_plan_problem(tx, organisation, req.from, req.to, platform.now(), released);
  });
  if (req.repair && mapping.open_visits() == 0) {
    return conflict("repair", "", "no visit released on these days (sick, absent, no-show) is open to re-plan");
  }
  // A repair starts from the days as held, so that what it changes is only what it must.
  std::optional<domain::Plan> initial;
  if (req.repair) initial = held_plan(mapping);
  // The mapping keeps its ids; the engine's data moves into the validated Problem.
  auto problem = domain::Problem::create(std::move(mapping.data));
  if (!problem) {
    Error e = problem.error();
    e.kind = ErrorKind::infeasible;
    return e;
  }
  const PlanAnswer answer = answer_plan(mapping, problem.value(), req.time_limit_seconds, std::move(initial));
  PlanSummary summary = plan_summary(mapping, answer);
  summary.repair = req.repair;
  summary.changed_assignments = answer.changed_assignments;

  const bool assign = req.mode == "assign";
  const bool review = req.mode == "review";
  return platform.db().write([&](store::Transaction& tx) -> Result<PlanView> {
    const LocalMinute now = platform.now();
    records::PlanRunRecord run;
    run.organisation_id = organisation;
    run.from_day = req.from;
    run.to_day = req.to;
    run.mode = req.mode;
    run.created_by = who.user_id;
    run.created_at = now;
    run.summary = stored_plan_summary(summary);
    const std::int64_t plan_id = records::insert_plan_run(tx, run);
    // A reviewed run changes nothing until it is sent: its proposals wait as drafts.
    HandoutTally tally;
    if (review) {
      tally.counts = {{ProposalStatus::draft, static_cast<std::int64_t>(answer.planned.size())}};
    } else if (!req.repair) {
      records::supersede_pending_offers(tx, plan_id, organisation, req.from, req.to);
    }
    for (const auto& p : answer.planned) {
      const ProposalStatus status =
          review ? ProposalStatus::draft
                 : hand_out(tx, who, organisation, plan_id, assign,
                            {p.task_id, p.caregiver_id, p.employed, p.window_start, p.start}, now, tally);
      // A draft's deadline is set again when it is sent; the column holds one from the start.
      records::insert_proposal(tx, {0, plan_id, p.task_id, p.caregiver_id, p.start,
                                    proposal_deadline(platform.settings(), now, p.window_start), status},
                               p.reasons);
    }
    // A repair replaces only what was offered of its own tasks (after its proposals are stored).
    if (req.repair && !review) records::supersede_pending_offers_of_its_tasks(tx, plan_id);
    summary.failures = std::move(tally.failures);  // why a proposal could not be offered or assigned
    summary.proposals = std::move(tally.counts);
    records::set_plan_summary(tx, plan_id, stored_plan_summary(summary));
    record_audit(tx, who, {"plan.create", std::nullopt, organisation, "success",
                           "plan " + std::to_string(plan_id) + " (" + req.mode + (req.repair ? ", repair" : "") + "): " +
                               std::to_string(answer.planned.size()) + " of " +
                               std::to_string(mapping.open_visits()) + " open tasks planned"});
    if (!review) publish_handouts(tx, platform, plan_id, organisation, now);
    return plan_view(tx, plan_id, now);
  });
}

LocalMinute proposal_deadline(const Settings& settings, LocalMinute now, LocalMinute window_start) {
  const LocalMinute deadline = std::min(now + settings.proposal_deadline_minutes, window_start - kDecideBeforeWindow);
  // A task starting within the hour can still be accepted until it starts.
  return deadline > now ? deadline : window_start;
}

Result<PlanView> offer_task(const Platform& platform, const Principal& who, std::int64_t task_id,
                            const Result<TaskOffer>& offer) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may offer a task");
  return platform.db().write([&](store::Transaction& tx) -> Result<PlanView> {
    const auto task = records::read_task(tx, task_id);
    const std::string id = std::to_string(task_id);
    if (!task || !who.in_organisation(task->organisation_id)) {
      return not_found("task_id", id, "no such task in your organisation");
    }
    if (!offer) return offer.error();
    const auto& chosen = offer.value().caregiver_ids;
    if (chosen.empty() || chosen.size() > kMaxOfferedCaregivers) {
      return bad_input("caregiver_ids", "", say("choose 1 to {} caregivers", kMaxOfferedCaregivers));
    }
    if (std::set<std::int64_t>(chosen.begin(), chosen.end()).size() != chosen.size()) {
      return bad_input("caregiver_ids", "", "names a caregiver twice");
    }
    if (task->status != domain::TaskStatus::open) {
      return conflict("status", id, say("only an open task can be offered (it is {})",
                                        domain::to_string(task->status)));
    }
    const LocalMinute now = platform.now();
    for (const std::int64_t caregiver_id : chosen) {
      if (auto refused = why_not_claimable(tx, caregiver_id, task_id, now)) {
        return refusal_for_care_staff(tx, *refused, caregiver_id, "caregiver_ids");
      }
      // Offered already and still to answer: a second offer would only be a duplicate in their list.
      for (const auto& open : records::open_offers_to(tx, caregiver_id, now)) {
        if (open.proposal.task_id == task_id) {
          return conflict("caregiver_ids", std::to_string(caregiver_id), "already offered this task and not yet answered");
        }
      }
    }
    records::PlanRunRecord run;
    run.organisation_id = task->organisation_id;
    run.from_day = run.to_day = task->day;
    run.mode = "hand";
    run.created_by = who.user_id;
    run.created_at = now;
    PlanSummary summary;
    summary.visits = summary.planned = 1;
    summary.caregivers = static_cast<std::int64_t>(chosen.size());
    summary.proposals = {{ProposalStatus::pending, static_cast<std::int64_t>(chosen.size())},
                         {ProposalStatus::assigned, 0},
                         {ProposalStatus::failed, 0}};
    run.summary = stored_plan_summary(summary);
    const std::int64_t plan_id = records::insert_plan_run(tx, run);
    const LocalMinute deadline = proposal_deadline(platform.settings(), now, task->window_start);
    std::string names;
    for (const std::int64_t caregiver_id : chosen) {
      records::insert_proposal(tx, {0, plan_id, task_id, caregiver_id, task->window_start, deadline, ProposalStatus::pending});
      names += (names.empty() ? "" : ", ") + std::to_string(caregiver_id);
    }
    record_audit(tx, who, {"task.offer", task->client_id, task->organisation_id, "success",
                           "task " + id + " offered to caregivers " + names + " (by hand, plan " + std::to_string(plan_id) + ")"});
    publish_handouts(tx, platform, plan_id, task->organisation_id, now);
    return plan_view(tx, plan_id, now);
  });
}

Result<PlanView> get_plan(const Platform& platform, const Principal& who, std::int64_t plan_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may read the organisation's plans");
  return platform.db().write([&](store::Transaction& tx) -> Result<PlanView> {
    const auto run = records::read_plan_run(tx, plan_id);
    if (!run || !who.in_organisation(run->organisation_id))
      return not_found("plan_id", std::to_string(plan_id), "no such plan in your organisation");
    record_audit(tx, who, {"plan.read", std::nullopt, run->organisation_id, "success", "plan " + std::to_string(plan_id)});
    return plan_view(tx, plan_id, platform.now());
  });
}

Result<PlanRuns> list_plans(const Platform& platform, const Principal& who, const Result<PlanListQuery>& query) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may read the organisation's plans");
  if (!query) return query.error();
  const std::int64_t page = query.value().limit;
  const std::int64_t before = query.value().before.value_or(INT64_MAX);
  const std::int64_t organisation = *who.organisation_id;
  const LocalMinute now = platform.now();
  // Run summaries and counts only: no client data, so nothing to audit.
  return platform.db().read([&](store::Transaction& tx) -> Result<PlanRuns> {
    PlanRuns out;
    const auto runs = records::plan_runs_before(tx, organisation, before, page);
    if (runs.empty()) return out;
    const auto counts = proposal_counts(tx, organisation, runs.back().id, runs.front().id, now);
    for (const auto& r : runs) {
      const PlanSummary summary = read_plan_summary(r.summary);
      const auto found = counts.find(r.id);
      out.items.push_back(
          {r, summary.visits, summary.planned, found == counts.end() ? ProposalCounts{} : found->second});
    }
    if (static_cast<std::int64_t>(runs.size()) == page) out.next_before = runs.back().id;
    return out;
  });
}

Result<PlanView> send_plan(const Platform& platform, const Principal& who, std::int64_t plan_id,
                           const Result<PlanSending>& sending) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may send the organisation's plans");
  if (!sending) return sending.error();
  const std::string& mode = sending.value().mode;
  if (mode != "offer" && mode != "assign") return bad_input("mode", "", "must be \"offer\" or \"assign\"");
  const std::string id = std::to_string(plan_id);
  return platform.db().write([&](store::Transaction& tx) -> Result<PlanView> {
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
    PlanSummary summary = read_plan_summary(run->summary);
    // A repair replaces only what was offered of its own tasks; any other run, its days' offers.
    if (summary.repair) {
      records::supersede_pending_offers_of_its_tasks(tx, plan_id);
    } else {
      records::supersede_pending_offers(tx, plan_id, organisation, run->from_day, run->to_day);
    }
    HandoutTally tally;
    for (const auto& d : drafts) {
      const Handout h{d.proposal.task_id, d.proposal.caregiver_id, d.employed, d.window_start, d.proposal.planned_start};
      const ProposalStatus status = hand_out(tx, who, organisation, plan_id, mode == "assign", h, now, tally);
      records::send_draft(tx, d.proposal.id, status, proposal_deadline(platform.settings(), now, h.window_start));
    }
    summary.failures = std::move(tally.failures);
    summary.proposals = std::move(tally.counts);
    records::set_plan_summary(tx, plan_id, stored_plan_summary(summary));
    record_audit(tx, who, {"plan.send", std::nullopt, organisation, "success",
                           "plan " + id + " (" + mode + "): " + std::to_string(drafts.size()) + " draft proposals"});
    publish_handouts(tx, platform, plan_id, organisation, now);
    return plan_view(tx, plan_id, now);
  });
}

Result<PlanView> discard_plan(const Platform& platform, const Principal& who, std::int64_t plan_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may discard the organisation's plans");
  const std::string id = std::to_string(plan_id);
  return platform.db().write([&](store::Transaction& tx) -> Result<PlanView> {
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
    return plan_view(tx, plan_id, platform.now());
  });
}

namespace {

// One draft of a reviewed run, changed by `change` in the run's turn (queued behind a send of the
// same run, as discard_plan is): the shared steps of discard_proposal and change_proposal_caregiver.
template <class Change>
Result<PlanView> review_draft(const Platform& platform, const Principal& who, std::int64_t plan_id,
                              std::int64_t proposal_id, Change change) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may review the organisation's plans");
  return platform.db().write([&](store::Transaction& tx) -> Result<PlanView> {
    const auto run = records::read_plan_run(tx, plan_id);
    if (!run || !who.in_organisation(run->organisation_id))
      return not_found("plan_id", std::to_string(plan_id), "no such plan in your organisation");
    records::take_plan_run_turn(tx, plan_id);
    const auto proposals = records::plan_proposals(tx, plan_id);
    const auto found = std::find_if(proposals.begin(), proposals.end(),
                                    [&](const auto& p) { return p.proposal.id == proposal_id; });
    const std::string id = std::to_string(proposal_id);
    if (found == proposals.end()) return not_found("proposal_id", id, "no such proposal in this plan");
    if (found->proposal.status != ProposalStatus::draft) {
      return conflict("status", id, say("the proposal is {}, no longer a draft to review",
                                        records::to_string(found->proposal.status)));
    }
    auto done = change(tx, *found);
    if (!done) return done.error();
    record_audit(tx, who, {"plan.review", found->task.client_id, run->organisation_id, "success",
                           "plan " + std::to_string(plan_id) + ": proposal " + id + " " + done.value()});
    return plan_view(tx, plan_id, platform.now());
  });
}

}  // namespace

Result<PlanView> discard_proposal(const Platform& platform, const Principal& who, std::int64_t plan_id,
                                  std::int64_t proposal_id) {
  return review_draft(platform, who, plan_id, proposal_id,
                      [&](store::Transaction& tx, const records::PlannedProposal& p) -> Result<std::string> {
                        records::discard_draft(tx, plan_id, p.proposal.id);
                        return std::string("discarded");
                      });
}

Result<PlanView> change_proposal_caregiver(const Platform& platform, const Principal& who, std::int64_t plan_id,
                                           std::int64_t proposal_id, const Result<std::int64_t>& caregiver_id) {
  return review_draft(platform, who, plan_id, proposal_id,
                      [&](store::Transaction& tx, const records::PlannedProposal& p) -> Result<std::string> {
                        if (!caregiver_id) return caregiver_id.error();
                        const std::int64_t chosen = caregiver_id.value();
                        if (chosen == p.proposal.caregiver_id) {
                          return conflict("caregiver_id", std::to_string(chosen), "the proposal is theirs already");
                        }
                        if (auto refused = why_not_claimable(tx, chosen, p.proposal.task_id, platform.now())) {
                          return refusal_for_care_staff(tx, *refused, chosen, "caregiver_id");
                        }
                        records::change_draft_caregiver(tx, plan_id, p.proposal.id, chosen);
                        return "to caregiver " + std::to_string(chosen) + " (was " +
                               std::to_string(p.proposal.caregiver_id) + ")";
                      });
}

Result<std::vector<CaregiverProposal>> list_my_proposals(const Platform& platform, const Principal& who) {
  if (!is_caregiver(who)) return forbidden("only a caregiver has proposals");
  const LocalMinute now = platform.now();
  return platform.db().read([&](store::Transaction& tx) -> Result<std::vector<CaregiverProposal>> {
    std::vector<CaregiverProposal> out;
    for (const auto& offered : records::open_offers_to(tx, *who.caregiver_id, now)) {
      out.push_back(caregiver_proposal(offered, now));
    }
    return out;
  });
}

Result<CaregiverProposal> accept_proposal(const Platform& platform, const Principal& who, std::int64_t proposal_id) {
  if (!is_caregiver(who)) return forbidden("only the caregiver a task was proposed to may accept it");
  return platform.db().write([&](store::Transaction& tx) -> Result<CaregiverProposal> {
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

Result<CaregiverProposal> decline_proposal(const Platform& platform, const Principal& who, std::int64_t proposal_id) {
  if (!is_caregiver(who)) return forbidden("only the caregiver a task was proposed to may decline it");
  return platform.db().write([&](store::Transaction& tx) -> Result<CaregiverProposal> {
    const LocalMinute now = platform.now();
    auto state = answerable_proposal(tx, who, proposal_id, now);
    if (!state) return state.error();
    records::answer_proposal(tx, proposal_id, ProposalStatus::declined);
    return caregiver_proposal(tx, proposal_id, now);
  });
}

}  // namespace carecrowd::services
