#include "records/ProposalRecord.h"

#include <stdexcept>

#include "core/EnumNames.h"

namespace carecrowd::records {
namespace {

constexpr EnumNames<ProposalStatus, 8> kStatusNames{{
    {ProposalStatus::draft, "draft"},
    {ProposalStatus::pending, "pending"},
    {ProposalStatus::accepted, "accepted"},
    {ProposalStatus::declined, "declined"},
    {ProposalStatus::assigned, "assigned"},
    {ProposalStatus::failed, "failed"},
    {ProposalStatus::superseded, "superseded"},
    {ProposalStatus::discarded, "discarded"},
}};

std::string text(ProposalStatus s) { return std::string(to_string(s)); }

ProposalStatus status_of(const std::string& stored) {
  const auto parsed = parse_proposal_status(stored);
  // Only this file writes the column, from the enum: another value means a damaged database.
  if (!parsed) throw std::runtime_error("a proposal has an unknown status '" + stored + "'");
  return *parsed;
}

// The one column list of the proposal table, qualified with the alias `p`.
constexpr const char* kProposalColumns = "p.id, p.plan_id, p.task_id, p.caregiver_id, p.planned_start, p.deadline, p.status";
constexpr std::size_t kProposalColumnCount = 7;

ProposalRecord proposal_at(const store::Row& r, std::size_t at) {
  return {r.i64(at),     r.i64(at + 1), r.i64(at + 2), r.i64(at + 3),
          r.i64(at + 4), r.i64(at + 5), status_of(r.text(at + 6))};
}

// The task's columns first (TaskRecord reads them from the row's start), then the proposal's.
const std::string& offered_select() {
  static const std::string sql = "SELECT " + task_columns() + ", " + kProposalColumns +
                                 ", o.name FROM proposal p JOIN task t ON t.id = p.task_id "
                                 "JOIN organisation o ON o.id = t.organisation_id ";
  return sql;
}

OfferedProposal offered_of(const store::Row& r) {
  const std::size_t n = task_column_count();
  return {proposal_at(r, n), read_task_columns(r), r.text(n + kProposalColumnCount)};
}

std::vector<OfferedProposal> offered(store::Transaction& tx, const std::string& where, const std::vector<store::Param>& params) {
  std::vector<OfferedProposal> out;
  for (const auto& r : tx.query(offered_select() + where, params)) out.push_back(offered_of(r));
  return out;
}

}  // namespace

std::string_view to_string(ProposalStatus status) { return name_of(kStatusNames, status); }

std::optional<ProposalStatus> parse_proposal_status(std::string_view name) { return value_named(kStatusNames, name); }

void insert_proposal(store::Transaction& tx, const ProposalRecord& p, const std::optional<ProposalReasons>& reasons) {
  const auto or_null = [&](std::int64_t value) { return reasons ? store::Param(value) : store::Param(nullptr); };
  tx.exec("INSERT INTO proposal (plan_id, task_id, caregiver_id, planned_start, deadline, status, added_travel_minutes, "
          "late_minutes, known_client) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {p.plan_id, p.task_id, p.caregiver_id, p.planned_start, p.deadline, text(p.status),
           or_null(reasons ? reasons->added_travel_minutes : 0), or_null(reasons ? reasons->late_minutes : 0),
           or_null(reasons && reasons->known_client ? 1 : 0)});
}

bool discard_draft(store::Transaction& tx, std::int64_t plan_id, std::int64_t proposal_id) {
  return tx.exec("UPDATE proposal SET status = ? WHERE id = ? AND plan_id = ? AND status = ?",
                 {text(ProposalStatus::discarded), proposal_id, plan_id, text(ProposalStatus::draft)}) == 1;
}

bool change_draft_caregiver(store::Transaction& tx, std::int64_t plan_id, std::int64_t proposal_id,
                            std::int64_t caregiver_id) {
  return tx.exec("UPDATE proposal SET caregiver_id = ?, added_travel_minutes = NULL, late_minutes = NULL, "
                 "known_client = NULL WHERE id = ? AND plan_id = ? AND status = ?",
                 {caregiver_id, proposal_id, plan_id, text(ProposalStatus::draft)}) == 1;
}

std::int64_t supersede_pending_offers(store::Transaction& tx, std::int64_t plan_id, std::int64_t organisation_id,
                                      DayNumber first, DayNumber last) {
  return tx.exec("UPDATE proposal SET status = ? WHERE status = ? AND plan_id <> ? AND task_id IN "
                 "(SELECT id FROM task WHERE organisation_id = ? AND day >= ? AND day <= ?)",
                 {text(ProposalStatus::superseded), text(ProposalStatus::pending), plan_id, organisation_id, first, last});
}

std::int64_t supersede_pending_offers_of_its_tasks(store::Transaction& tx, std::int64_t plan_id) {
  return tx.exec("UPDATE proposal SET status = ? WHERE status = ? AND plan_id <> ? AND task_id IN "
                 "(SELECT task_id FROM proposal WHERE plan_id = ?)",
                 {text(ProposalStatus::superseded), text(ProposalStatus::pending), plan_id, plan_id});
}

bool send_draft(store::Transaction& tx, std::int64_t proposal_id, ProposalStatus status, LocalMinute deadline) {
  return tx.exec("UPDATE proposal SET status = ?, deadline = ? WHERE id = ? AND status = ?",
                 {text(status), deadline, proposal_id, text(ProposalStatus::draft)}) == 1;
}

std::int64_t discard_drafts(store::Transaction& tx, std::int64_t plan_id) {
  return tx.exec("UPDATE proposal SET status = ? WHERE plan_id = ? AND status = ?",
                 {text(ProposalStatus::discarded), plan_id, text(ProposalStatus::draft)});
}

void answer_proposal(store::Transaction& tx, std::int64_t proposal_id, ProposalStatus answer) {
  tx.exec("UPDATE proposal SET status = ? WHERE id = ?", {text(answer), proposal_id});
}

std::vector<ProposalCount> proposal_counts(store::Transaction& tx, std::int64_t organisation_id, std::int64_t first,
                                           std::int64_t last, LocalMinute now) {
  std::vector<ProposalCount> out;
  for (const auto& r : tx.query("SELECT p.plan_id, p.status, CASE WHEN p.deadline <= ? THEN 1 ELSE 0 END AS past, "
                                "COUNT(*) FROM proposal p JOIN plan_run r ON r.id = p.plan_id WHERE r.organisation_id = ? "
                                "AND p.plan_id >= ? AND p.plan_id <= ? GROUP BY p.plan_id, p.status, past",
                                {now, organisation_id, first, last})) {
    out.push_back({r.i64(0), status_of(r.text(1)), r.i64(2) != 0, r.i64(3)});
  }
  return out;
}

std::vector<PlannedProposal> plan_proposals(store::Transaction& tx, std::int64_t plan_id) {
  static const std::string sql = "SELECT " + task_columns() + ", " + kProposalColumns +
                                 ", c.name, g.name, p.added_travel_minutes, p.late_minutes, p.known_client "
                                 "FROM proposal p JOIN task t ON t.id = p.task_id JOIN client c ON "
                                 "c.id = t.client_id JOIN caregiver g ON g.id = p.caregiver_id WHERE p.plan_id = ? "
                                 "ORDER BY p.planned_start, p.id";
  const std::size_t n = task_column_count();
  const std::size_t why = n + kProposalColumnCount + 2;
  std::vector<PlannedProposal> out;
  for (const auto& r : tx.query(sql, {plan_id})) {
    std::optional<ProposalReasons> reasons;
    // All three are written together: one NULL means none were (a hand offer, or an older run).
    if (!r.is_null(why)) reasons = ProposalReasons{r.i64(why), r.i64(why + 1), r.i64(why + 2) != 0};
    out.push_back({proposal_at(r, n), read_task_columns(r), r.text(n + kProposalColumnCount),
                   r.text(n + kProposalColumnCount + 1), reasons});
  }
  return out;
}

std::optional<OfferedProposal> read_offered_proposal(store::Transaction& tx, std::int64_t proposal_id) {
  auto found = offered(tx, "WHERE p.id = ?", {proposal_id});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<OfferedProposal> pending_proposals_of_plan(store::Transaction& tx, std::int64_t plan_id) {
  return offered(tx, "WHERE p.plan_id = ? AND p.status = ? ORDER BY p.id", {plan_id, text(ProposalStatus::pending)});
}

std::vector<OfferedProposal> open_offers_to(store::Transaction& tx, std::int64_t caregiver_id, LocalMinute now) {
  return offered(tx, "WHERE p.caregiver_id = ? AND p.status = ? AND p.deadline > ? AND t.status = ? "
                     "ORDER BY p.deadline, p.id LIMIT 500",
                 {caregiver_id, text(ProposalStatus::pending), now, std::string(domain::to_string(domain::TaskStatus::open))});
}

std::vector<ProposalRecord> assigned_proposals(store::Transaction& tx, std::int64_t plan_id) {
  std::vector<ProposalRecord> out;
  for (const auto& r : tx.query(std::string("SELECT ") + kProposalColumns +
                                    " FROM proposal p WHERE p.plan_id = ? AND p.status = ? ORDER BY p.id",
                                {plan_id, text(ProposalStatus::assigned)})) {
    out.push_back(proposal_at(r, 0));
  }
  return out;
}

std::vector<DraftProposal> draft_proposals(store::Transaction& tx, std::int64_t plan_id) {
  std::vector<DraftProposal> out;
  for (const auto& r : tx.query(std::string("SELECT ") + kProposalColumns +
                                    ", t.window_start, COALESCE(co.employed, 0) FROM proposal p JOIN task t ON t.id = "
                                    "p.task_id LEFT JOIN caregiver_organisation co ON co.caregiver_id = p.caregiver_id "
                                    "AND co.organisation_id = t.organisation_id WHERE p.plan_id = ? AND p.status = ? "
                                    "ORDER BY p.planned_start, p.id",
                                {plan_id, text(ProposalStatus::draft)})) {
    out.push_back({proposal_at(r, 0), r.i64(kProposalColumnCount), r.i64(kProposalColumnCount + 1) != 0});
  }
  return out;
}

}  // namespace carecrowd::records
