#include "services/Arrangements.h"

#include <algorithm>
#include <set>

#include "domain/Recurrence.h"
#include "domain/StepOutcome.h"
#include "records/CertificateRecord.h"
#include "services/AuditLog.h"
#include "services/Clients.h"
#include "io/JsonInput.h"
#include "services/InputRules.h"
#include "services/Materialiser.h"

namespace carecrowd::services {

using io::Where;  // a field's path in an error

namespace {

// Every day there is, for a range open at one end.
constexpr DayNumber kFirstDay = INT32_MIN;
constexpr DayNumber kLastDay = INT32_MAX;

// A care task as stored: the input checked, its rule canonical, its certificates sorted and joined,
// its pay set. Two equal lines are the same care task (an update keeps it).
struct CareTaskLine {
  std::string key, type, rrule, certificates, mode, after;
  int window_start = 0, window_end = 0;
  std::int64_t duration = 0, level = 0, staff = 1, pay_cents = 0;
  std::string switch_from, switch_on;  // a contingent line: see CareTaskInput
  std::int64_t due_within = 0;

  bool operator==(const CareTaskLine&) const = default;
};

// The arrangement as it is stored: valid_from set.
struct CheckedArrangement {
  DayNumber valid_from = 0;
  std::optional<DayNumber> valid_to;
  std::vector<CareTaskLine> lines;
};

// The arrangement's lines, or the first reason (naming the field, tasks[i]..., and the task's key)
// why it cannot be stored.
Result<CheckedArrangement> check_arrangement(const ArrangementInput& a, DayNumber today,
                                             const std::vector<std::string>& catalog) {
  CheckedArrangement out{a.valid_from.value_or(today), a.valid_to, {}};
  if (out.valid_to && *out.valid_to < out.valid_from) return bad_input("valid_to", "", "is before valid_from");
  if (auto e = check_care_task_count(a.tasks.size())) return *e;
  std::set<std::string> keys;
  std::vector<CareTaskLine>& lines = out.lines;
  for (std::size_t i = 0; i < a.tasks.size(); ++i) {
    const CareTaskInput& t = a.tasks[i];
    const Where w = Where{"tasks", ""}[i].with_id(t.key);
    auto bad = [&](const Where& at, Phrase reason) { return bad_input(at.path, t.key, std::move(reason)); };
    auto bad_text = check_text_line(t.key, (w / "key").path, 60);
    if (!bad_text) bad_text = check_text_line(t.type, (w / "type").path, 100);
    if (bad_text) {
      bad_text->id = t.key;
      return *bad_text;
    }
    if (!keys.insert(t.key).second) return bad(w / "key", say("is used by two tasks"));
    CareTaskLine c;
    c.key = t.key;
    c.type = t.type;
    if (!t.switch_from.empty()) {
      // A contingent line: no rule, no window; checked against the other lines below.
      c.switch_from = t.switch_from;
      std::vector<domain::SwitchTrigger> triggers;
      for (std::size_t k = 0; k < t.switch_on.size(); ++k) {
        const auto trigger = domain::parse_switch_trigger(t.switch_on[k]);
        if (!trigger) return bad((w / "switch" / "on")[k], say("must be \"missed\" or \"out_of_range\""));
        triggers.push_back(*trigger);
      }
      if (triggers.empty()) return bad(w / "switch" / "on", say("must name at least one of \"missed\" or "
                                                                "\"out_of_range\""));
      c.switch_on = domain::join_triggers(triggers);
      if (auto e = check_range(t.due_within, (w / "switch" / "within_minutes").path, t.key, 15, 24 * 60)) return *e;
      c.due_within = t.due_within;
      if (t.mode != "physical") return bad(w / "mode", say("a switch makes a physical visit"));
      if (t.staff != 1) return bad(w / "staff", say("a switch makes a visit for one caregiver"));
      if (!t.after.empty()) return bad(w / "after", say("a switch's visit follows no other task"));
    } else {
      auto rule = Recurrence::parse_rrule(t.rrule, (w / "rrule").path);
      if (!rule) {
        Error e = rule.error();
        e.id = t.key;
        return e;
      }
      c.rrule = rule.value().to_rrule();
      c.window_start = t.window_start;
      c.window_end = t.window_end;
    }
    if (t.window_start < 0 || t.window_start > 24 * 60) return bad(w / "window" / "start", say("must be a time of day"));
    if (t.window_end < 0 || t.window_end > 24 * 60) return bad(w / "window" / "end", say("must be a time of day"));
    auto out_of_range = check_range(t.duration, (w / "duration_minutes").path, t.key, 5, 8 * 60);
    if (!out_of_range) out_of_range = check_range(t.level, (w / "level").path, t.key, 0, 6);
    if (!out_of_range) out_of_range = check_range(t.staff, (w / "staff").path, t.key, 1, 2);
    if (!out_of_range && t.pay_cents) out_of_range = check_range(*t.pay_cents, (w / "pay_cents").path, t.key, 0, 1'000'000);
    if (out_of_range) return *out_of_range;
    c.duration = t.duration;
    c.level = t.level;
    c.staff = t.staff;
    c.mode = t.mode;
    c.after = t.after;
    std::vector<std::string> codes;
    for (std::size_t k = 0; k < t.certificates.size(); ++k) {
      const std::string& code = t.certificates[k];
      if (std::find(catalog.begin(), catalog.end(), code) == catalog.end()) {
        std::string known;
        for (const auto& k2 : catalog) known += (known.empty() ? "" : ", ") + k2;
        return bad((w / "certificates")[k], say("\"{}\" is not a known certificate ({})", code, known));
      }
      codes.push_back(code);
    }
    if (c.mode != "physical" && c.mode != "digital") return bad(w / "mode", say("must be \"physical\" or \"digital\""));
    if (c.window_end < c.window_start) return bad(w / "window", say("ends before it starts"));
    if (c.mode == "digital" && c.staff != 1) return bad(w / "staff", say("a digital visit has one caregiver"));
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    for (const auto& code : codes) c.certificates += (c.certificates.empty() ? "" : ",") + code;
    c.pay_cents = t.pay_cents.value_or(default_pay_cents(static_cast<int>(c.level), c.duration));
    lines.push_back(std::move(c));
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& c = lines[i];
    if (c.switch_from.empty()) continue;
    const auto from = std::find_if(lines.begin(), lines.end(), [&](const CareTaskLine& l) { return l.key == c.switch_from; });
    if (from == lines.end() || from->mode != "digital" || !from->switch_from.empty()) {
      return bad_input((Where{"tasks", ""}[i] / "switch" / "from").path, c.key,
                       "must name a digital task's key in this arrangement");
    }
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& c = lines[i];
    if (c.after.empty()) continue;
    if (c.after == c.key || !keys.count(c.after)) {
      return bad_input((Where{"tasks", ""}[i] / "after").path, c.key, "must name another task's key in this arrangement");
    }
  }
  return out;
}

void insert_care_task(store::Transaction& tx, std::int64_t arrangement_id, const CareTaskLine& c) {
  records::CareTaskRecord r;
  r.arrangement_id = arrangement_id;
  r.key = c.key;
  r.task_type = c.type;
  r.rrule = c.rrule;
  r.window_start = c.window_start;
  r.window_end = c.window_end;
  r.duration = c.duration;
  r.level = static_cast<int>(c.level);
  r.certificates = c.certificates;
  r.mode = c.mode;
  r.staff = c.staff;
  if (!c.after.empty()) r.after_key = c.after;
  r.pay_cents = c.pay_cents;
  if (!c.switch_from.empty()) {
    r.switch_from_key = c.switch_from;
    r.switch_on = c.switch_on;
    r.due_within = c.due_within;
  }
  records::insert_care_task(tx, r);
}

// A stored line as check_arrangement gives it, to tell whether a new arrangement changes it.
CareTaskLine care_task_line(const records::CareTaskRecord& r) {
  CareTaskLine c;
  c.key = r.key;
  c.type = r.task_type;
  c.rrule = r.rrule;
  c.window_start = static_cast<int>(r.window_start);
  c.window_end = static_cast<int>(r.window_end);
  c.duration = r.duration;
  c.level = r.level;
  c.certificates = r.certificates;
  c.mode = r.mode;
  c.staff = r.staff;
  c.after = r.after_key.value_or("");
  c.pay_cents = r.pay_cents;
  c.switch_from = r.switch_from_key.value_or("");
  c.switch_on = r.switch_on;
  c.due_within = r.due_within;
  return c;
}

// The arrangement, or not found when it is not the principal's organisation's.
Result<records::ArrangementRecord> owned_arrangement(store::Transaction& tx, const Principal& who,
                                                     std::int64_t arrangement_id) {
  const auto arrangement = records::read_arrangement(tx, arrangement_id);
  if (!arrangement || !who.in_organisation(arrangement->organisation_id)) {
    return not_found("arrangement_id", std::to_string(arrangement_id), "no such arrangement in your organisation");
  }
  return *arrangement;
}

Arrangement read_whole_arrangement(store::Transaction& tx, std::int64_t arrangement_id) {
  return {*records::read_arrangement(tx, arrangement_id), records::active_care_tasks(tx, arrangement_id)};
}

// Cancels a care task's future open tasks and reports its future claimed ones, which stay as they
// are until the coordinator decides (a caregiver has committed to them).
void retire_future_tasks(store::Transaction& tx, std::int64_t care_task_id, LocalMinute now, DayNumber from_day,
                         const std::string& reason, std::vector<TaskConflict>& conflicts) {
  records::cancel_open_tasks(tx, care_task_id, now, from_day, kLastDay);
  for (auto& t : records::claimed_tasks(tx, care_task_id, now, from_day, kLastDay)) {
    conflicts.push_back({std::move(t), reason});
  }
}

}  // namespace

std::optional<Error> check_care_task_count(std::size_t count) {
  if (count == 0 || count > 100) return bad_input("tasks", "", "must hold 1 to 100 care tasks");
  return std::nullopt;
}

Result<ArrangementMade> create_arrangement_in(store::Transaction& tx, const Platform& platform, const Principal& who,
                                              std::int64_t client_id, const ArrangementInput& input, LocalMinute now) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may set care arrangements");
  const DayNumber today = now / kMinutesPerDay;
  auto checked = check_arrangement(input, today, records::certificate_codes(tx));
  if (!checked) return checked.error();
  const auto& a = checked.value();
  if (auto client = client_of_organisation(tx, who, client_id); !client) return client.error();
  const auto id = records::insert_arrangement(tx, *who.organisation_id, client_id, a.valid_from, a.valid_to, now);
  for (const auto& c : a.lines) insert_care_task(tx, id, c);
  const auto created = materialise_arrangement(tx, id, today, today + platform.settings().horizon_days - 1);
  record_audit(tx, who, {"arrangement.create", client_id, who.organisation_id, "success",
                         "arrangement " + std::to_string(id)});
  return ArrangementMade{id, created};
}

Result<ArrangementCreated> create_arrangement(const Platform& platform, const Principal& who, std::int64_t client_id,
                                              const Result<ArrangementInput>& input) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may set care arrangements");
  if (!input) return input.error();
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<ArrangementCreated> {
    auto made = create_arrangement_in(tx, platform, who, client_id, input.value(), now);
    if (!made) return made.error();
    return ArrangementCreated{read_whole_arrangement(tx, made.value().id), made.value().tasks_created};
  });
}

Result<ArrangementUpdated> update_arrangement(const Platform& platform, const Principal& who,
                                              std::int64_t arrangement_id, const Result<ArrangementInput>& input) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may change care arrangements");
  if (!input) return input.error();
  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  return platform.db().write([&](store::Transaction& tx) -> Result<ArrangementUpdated> {
    auto checked = check_arrangement(input.value(), today, records::certificate_codes(tx));
    if (!checked) return checked.error();
    const auto& a = checked.value();
    const auto& lines = a.lines;
    auto owner = owned_arrangement(tx, who, arrangement_id);
    if (!owner) return owner.error();
    const auto client_id = owner.value().client_id;
    ArrangementUpdated out;
    std::set<std::string> kept;
    for (const auto& r : records::active_care_tasks(tx, arrangement_id)) {
      const CareTaskLine old = care_task_line(r);
      auto same = std::find(lines.begin(), lines.end(), old);
      if (same != lines.end()) {
        kept.insert(old.key);
        continue;
      }
      // Changed or removed: its future unclaimed tasks go; claimed ones are reported.
      records::retire_care_task(tx, r.id);
      const bool removed = std::none_of(lines.begin(), lines.end(), [&](auto& t) { return t.key == old.key; });
      retire_future_tasks(tx, r.id, now, today, removed ? "removed" : "changed", out.conflicts);
    }
    for (const auto& c : lines) {
      if (!kept.count(c.key)) insert_care_task(tx, arrangement_id, c);
    }
    // A shorter validity retires the kept tasks' days outside it too.
    records::set_validity(tx, arrangement_id, a.valid_from, a.valid_to);
    for (const auto& r : records::active_care_tasks(tx, arrangement_id)) {
      // The days before valid_from and after valid_to.
      std::vector<std::pair<DayNumber, DayNumber>> outside{{kFirstDay, a.valid_from - 1}};
      if (a.valid_to) outside.emplace_back(*a.valid_to + 1, kLastDay);
      for (const auto& [first, last] : outside) {
        records::cancel_open_tasks(tx, r.id, now, first, last);
        for (auto& t : records::claimed_tasks(tx, r.id, now, first, last)) {
          out.conflicts.push_back({std::move(t), "outside validity"});
        }
      }
    }
    out.tasks_created = materialise_arrangement(tx, arrangement_id, today, today + platform.settings().horizon_days - 1);
    record_audit(tx, who, {"arrangement.update", client_id, who.organisation_id, "success",
                           "arrangement " + std::to_string(arrangement_id)});
    out.arrangement = read_whole_arrangement(tx, arrangement_id);
    return out;
  });
}

Result<ArrangementEnded> end_arrangement(const Platform& platform, const Principal& who, std::int64_t arrangement_id,
                                         const Result<ArrangementEnd>& end) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may end care arrangements");
  if (!end) return end.error();
  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  const DayNumber last_day = end.value().last_day.value_or(today);
  if (last_day < today) return bad_input("last_day", "", "cannot be in the past");
  return platform.db().write([&](store::Transaction& tx) -> Result<ArrangementEnded> {
    auto owner = owned_arrangement(tx, who, arrangement_id);
    if (!owner) return owner.error();
    records::end_arrangement(tx, arrangement_id, last_day);
    ArrangementEnded out;
    for (const auto& r : records::active_care_tasks(tx, arrangement_id)) {
      retire_future_tasks(tx, r.id, now, last_day + 1, "arrangement ended", out.conflicts);
    }
    record_audit(tx, who, {"arrangement.end", owner.value().client_id, who.organisation_id, "success",
                           "arrangement " + std::to_string(arrangement_id)});
    out.arrangement = read_whole_arrangement(tx, arrangement_id);
    return out;
  });
}

Result<Arrangement> get_arrangement(const Platform& platform, const Principal& who, std::int64_t arrangement_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may read care arrangements");
  return platform.db().write([&](store::Transaction& tx) -> Result<Arrangement> {
    auto owner = owned_arrangement(tx, who, arrangement_id);
    if (!owner) return owner.error();
    record_audit(tx, who, {"arrangement.read", owner.value().client_id, who.organisation_id, "success",
                           "arrangement " + std::to_string(arrangement_id)});
    return read_whole_arrangement(tx, arrangement_id);
  });
}

Result<std::vector<Arrangement>> list_arrangements(const Platform& platform, const Principal& who,
                                                   std::int64_t client_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may read care arrangements");
  return platform.db().write([&](store::Transaction& tx) -> Result<std::vector<Arrangement>> {
    if (auto client = client_of_organisation(tx, who, client_id); !client) return client.error();
    std::vector<Arrangement> items;
    for (const auto& a : records::client_arrangements(tx, client_id)) items.push_back(read_whole_arrangement(tx, a.id));
    record_audit(tx, who, {"arrangement.list", client_id, who.organisation_id, "success", ""});
    return items;
  });
}

}  // namespace carecrowd::services
