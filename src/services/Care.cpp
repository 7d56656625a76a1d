#include "services/Care.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "domain/Recurrence.h"
#include "market/Eligibility.h"
#include "records/ArrangementRecord.h"
#include "records/CareTaskRecord.h"
#include "records/CertificateRecord.h"
#include "records/ClientRecord.h"
#include "records/TaskRecord.h"
#include "services/AuditLog.h"
#include "services/Input.h"
#include "services/Materialiser.h"
#include "services/PlannedStarts.h"
#include "services/TaskEvents.h"

namespace carecrowd::services {

namespace {

Error not_found_client(std::int64_t id) {
  return not_found("client_id", std::to_string(id), "no such client in your organisation");
}

// Every day there is, for a range open at one end.
constexpr DayNumber kFirstDay = INT32_MIN;
constexpr DayNumber kLastDay = INT32_MAX;

Json opt_json(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(); }
Json opt_time(const std::optional<std::int64_t>& v) { return v ? Json(format_local_time(*v)) : Json(); }

Result<records::ClientDetails> read_client(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"name", "address", "postcode", "lat", "lon", "notes"});
  records::ClientDetails c;
  auto text = [&](const char* key, bool required) -> std::string {
    const Json* v = required ? in.require(body, key, Where{}) : JsonInput::find(body, key);
    return v ? in.string(*v, Where{key, ""}) : "";
  };
  c.name = text("name", true);
  c.address = text("address", true);
  c.postcode = text("postcode", true);
  c.notes = text("notes", false);
  if (const Json* v = in.require(body, "lat", Where{})) c.lat = in.number(*v, Where{"lat", ""});
  if (const Json* v = in.require(body, "lon", Where{})) c.lon = in.number(*v, Where{"lon", ""});
  if (!in.ok()) return in.error();
  return c;
}

// The client's details as they may be stored (the postcode normalised to "3511 AB"), or the first
// reason why not, naming the field.
Result<records::ClientDetails> check_client(records::ClientDetails c) {
  if (auto e = check_text_line(c.name, "name", 200)) return *e;
  if (auto e = check_text_line(c.address, "address", 300)) return *e;
  if (c.notes.size() > 10000) return bad_input("notes", "", "must be at most 10,000 characters");
  // Dutch postcode: four digits, the first not zero, then (optionally spaced) two letters.
  std::string pc;
  for (char ch : c.postcode) {
    if (ch != ' ') pc += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  const bool valid = pc.size() == 6 && pc[0] >= '1' && pc[0] <= '9' &&
                     std::all_of(pc.begin(), pc.begin() + 4, [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }) &&
                     std::all_of(pc.begin() + 4, pc.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  if (!valid) return bad_input("postcode", "", "must be a Dutch postcode like \"3511 AB\"");
  c.postcode = pc.substr(0, 4) + " " + pc.substr(4);
  if (c.lat < 50.7 || c.lat > 53.6) return bad_input("lat", "", "must be a latitude in the Netherlands (50.7 to 53.6)");
  if (c.lon < 3.3 || c.lon > 7.3) return bad_input("lon", "", "must be a longitude in the Netherlands (3.3 to 7.3)");
  return c;
}

Json client_json(const records::ClientRecord& c) {
  return {{"id", c.id},   {"organisation_id", c.organisation_id}, {"name", c.name},   {"address", c.address},
          {"postcode", c.postcode}, {"lat", c.lat},               {"lon", c.lon},     {"notes", c.notes}};
}

// A care task as stored: the input checked, its rule canonical, its certificates sorted and joined,
// its pay set. Two equal lines are the same care task (an update keeps it).
struct CareTaskLine {
  std::string key, type, rrule, certificates, mode, after;
  int window_start = 0, window_end = 0;
  std::int64_t duration = 0, level = 0, staff = 1, pay_cents = 0;

  bool operator==(const CareTaskLine&) const = default;
};

// The arrangement's lines, or the first reason (naming the field, tasks[i]..., and the task's key)
// why it cannot be stored.
Result<std::vector<CareTaskLine>> check_arrangement(const ArrangementInput& a, const std::vector<std::string>& catalog) {
  if (a.valid_to && *a.valid_to < a.valid_from) return bad_input("valid_to", "", "is before valid_from");
  if (a.tasks.empty() || a.tasks.size() > 100) return bad_input("tasks", "", "must hold 1 to 100 care tasks");
  std::set<std::string> keys;
  std::vector<CareTaskLine> lines;
  for (std::size_t i = 0; i < a.tasks.size(); ++i) {
    const CareTaskInput& t = a.tasks[i];
    const Where w = Where{"tasks", ""}[i].with_id(t.key);
    auto bad = [&](const Where& at, std::string reason) { return bad_input(at.path, t.key, std::move(reason)); };
    auto bad_text = check_text_line(t.key, (w / "key").path, 60);
    if (!bad_text) bad_text = check_text_line(t.type, (w / "type").path, 100);
    if (bad_text) {
      bad_text->id = t.key;
      return *bad_text;
    }
    if (!keys.insert(t.key).second) return bad(w / "key", "is used by two tasks");
    CareTaskLine c;
    c.key = t.key;
    c.type = t.type;
    auto rule = Recurrence::parse_rrule(t.rrule, (w / "rrule").path);
    if (!rule) return Error{rule.error().kind, rule.error().field, t.key, rule.error().reason};
    c.rrule = rule.value().to_rrule();
    c.window_start = t.window_start;
    c.window_end = t.window_end;
    if (t.window_start < 0 || t.window_start > 24 * 60) return bad(w / "window" / "start", "must be a time of day");
    if (t.window_end < 0 || t.window_end > 24 * 60) return bad(w / "window" / "end", "must be a time of day");
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
        return bad((w / "certificates")[k], "\"" + code + "\" is not a known certificate (" + known + ")");
      }
      codes.push_back(code);
    }
    if (c.mode != "physical" && c.mode != "digital") return bad(w / "mode", "must be \"physical\" or \"digital\"");
    if (c.window_end < c.window_start) return bad(w / "window", "ends before it starts");
    if (c.mode == "digital" && c.staff != 1) return bad(w / "staff", "a digital visit has one caregiver");
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    for (const auto& code : codes) c.certificates += (c.certificates.empty() ? "" : ",") + code;
    c.pay_cents = t.pay_cents.value_or(default_pay_cents(static_cast<int>(c.level), c.duration));
    lines.push_back(std::move(c));
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& c = lines[i];
    if (c.after.empty()) continue;
    if (c.after == c.key || !keys.count(c.after)) {
      return bad_input((Where{"tasks", ""}[i] / "after").path, c.key, "must name another task's key in this arrangement");
    }
  }
  return lines;
}

const std::vector<std::pair<std::string, int>>& weekday_names() {
  static const std::vector<std::pair<std::string, int>> names{{"mo", 0}, {"tu", 1}, {"we", 2}, {"th", 3},
                                                              {"fr", 4}, {"sa", 5}, {"su", 6}};
  return names;
}

Result<ArrangementInput> read_arrangement(const Json& body, DayNumber today) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"valid_from", "valid_to", "tasks"});
  ArrangementInput out;
  out.valid_from = today;
  if (const Json* v = JsonInput::find(body, "valid_from")) out.valid_from = read_date(in, *v, Where{"valid_from", ""});
  if (const Json* v = JsonInput::find(body, "valid_to")) out.valid_to = read_date(in, *v, Where{"valid_to", ""});
  if (!in.ok()) return in.error();
  const Json* tasks = in.require(body, "tasks", Where{});
  if (!in.ok()) return in.error();
  if (!in.expect_array(*tasks, Where{"tasks", ""})) return in.error();
  if (tasks->empty() || tasks->size() > 100) return bad_input("tasks", "", "must hold 1 to 100 care tasks");
  for (std::size_t i = 0; i < tasks->size(); ++i) {
    const Json& t = (*tasks)[i];
    Where w = Where{"tasks", ""}[i];
    if (!in.expect_object(t, w)) return in.error();
    in.only_known(t, w, {"key", "type", "rrule", "weekly", "window", "duration_minutes", "level", "certificates",
                         "mode", "staff", "after", "pay_cents"});
    CareTaskInput c;
    if (const Json* v = in.require(t, "key", w)) c.key = in.string(*v, w / "key");
    if (const Json* v = in.require(t, "type", w)) c.type = in.string(*v, w / "type");
    if (!in.ok()) return in.error();
    w = w.with_id(c.key);
    const Json* rrule = JsonInput::find(t, "rrule");
    const Json* weekly = JsonInput::find(t, "weekly");
    if ((rrule != nullptr) == (weekly != nullptr)) {
      return bad_input(w.path, c.key, "needs exactly one of \"rrule\" or \"weekly\"");
    }
    if (rrule) {
      c.rrule = in.string(*rrule, w / "rrule");
      if (!in.ok()) return in.error();
    } else {
      if (!in.expect_object(*weekly, w / "weekly")) return in.error();
      in.only_known(*weekly, w / "weekly", {"days", "every_weeks"});
      std::vector<int> days;
      const Json* d = in.require(*weekly, "days", w / "weekly");
      if (d && in.expect_array(*d, w / "weekly" / "days")) {
        for (std::size_t k = 0; k < d->size(); ++k) {
          std::string name = in.string((*d)[k], (w / "weekly" / "days")[k]);
          for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          auto it = std::find_if(weekday_names().begin(), weekday_names().end(), [&](auto& p) { return p.first == name; });
          if (in.ok() && it == weekday_names().end()) in.fail((w / "weekly" / "days")[k], "must be one of mo, tu, we, th, fr, sa, su");
          if (it != weekday_names().end()) days.push_back(it->second);
        }
      }
      std::int64_t every = 1;
      if (const Json* e = JsonInput::find(*weekly, "every_weeks")) every = in.integer(*e, w / "weekly" / "every_weeks", 1, 52);
      if (!in.ok()) return in.error();
      auto rule = Recurrence::weekly(days, static_cast<int>(every), (w / "weekly").path);
      if (!rule) return Error{rule.error().kind, rule.error().field, c.key, rule.error().reason};
      c.rrule = rule.value().to_rrule();
    }
    if (const Json* win = in.require(t, "window", w)) {
      if (in.expect_object(*win, w / "window")) {
        in.only_known(*win, w / "window", {"start", "end"});
        if (const Json* s = in.require(*win, "start", w / "window")) c.window_start = read_clock(in, *s, w / "window" / "start");
        if (const Json* e = in.require(*win, "end", w / "window")) c.window_end = read_clock(in, *e, w / "window" / "end");
      }
    }
    if (const Json* v = in.require(t, "duration_minutes", w)) c.duration = in.integer(*v, w / "duration_minutes", 5, 8 * 60);
    if (const Json* v = JsonInput::find(t, "level")) c.level = in.integer(*v, w / "level", 0, 6);
    if (const Json* v = JsonInput::find(t, "staff")) c.staff = in.integer(*v, w / "staff", 1, 2);
    if (const Json* v = JsonInput::find(t, "mode")) c.mode = in.string(*v, w / "mode");
    if (const Json* v = JsonInput::find(t, "after")) c.after = in.string(*v, w / "after");
    if (const Json* v = JsonInput::find(t, "certificates"); v && in.expect_array(*v, w / "certificates")) {
      for (std::size_t k = 0; k < v->size(); ++k) c.certificates.push_back(in.string((*v)[k], (w / "certificates")[k]));
    }
    if (const Json* v = JsonInput::find(t, "pay_cents")) c.pay_cents = in.integer(*v, w / "pay_cents", 0, 1'000'000);
    if (!in.ok()) return in.error();
    out.tasks.push_back(std::move(c));
  }
  return out;
}

Json care_task_json(const records::CareTaskRecord& c) {
  Json certs = Json::array();
  for (auto& code : market::split_certificates(c.certificates)) certs.push_back(code);
  Json out = {{"id", c.id},
              {"key", c.key},
              {"type", c.task_type},
              {"rrule", c.rrule},
              {"window", {{"start", format_clock(static_cast<int>(c.window_start))}, {"end", format_clock(static_cast<int>(c.window_end))}}},
              {"duration_minutes", c.duration},
              {"level", c.level},
              {"certificates", certs},
              {"mode", c.mode},
              {"staff", c.staff},
              {"pay_cents", c.pay_cents}};
  out["after"] = c.after_key ? Json(*c.after_key) : Json();
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
  return c;
}

// The arrangement with its organisation, or not found when it is not the principal's organisation's.
Result<std::pair<std::int64_t, std::int64_t>> owned_arrangement(store::Transaction& tx, const Principal& who,
                                                                std::int64_t arrangement_id) {
  const auto arrangement = records::read_arrangement(tx, arrangement_id);
  if (!arrangement || !who.in_organisation(arrangement->organisation_id)) {
    return not_found("arrangement_id", std::to_string(arrangement_id), "no such arrangement in your organisation");
  }
  return std::pair{arrangement->organisation_id, arrangement->client_id};
}

Json arrangement_json(store::Transaction& tx, std::int64_t arrangement_id) {
  const auto a = records::read_arrangement(tx, arrangement_id);
  Json tasks = Json::array();
  for (const auto& c : records::active_care_tasks(tx, arrangement_id)) tasks.push_back(care_task_json(c));
  Json out = {{"id", a->id}, {"client_id", a->client_id}, {"valid_from", format_date(a->valid_from)},
              {"version", a->version}, {"tasks", tasks}};
  out["valid_to"] = a->valid_to ? Json(format_date(*a->valid_to)) : Json();
  return out;
}

// Cancels a care task's future open tasks and lists its future claimed ones, which stay as they
// are until the coordinator decides (a caregiver has committed to them).
Json retire_future_tasks(store::Transaction& tx, std::int64_t care_task_id, LocalMinute now, DayNumber from_day,
                         const std::string& reason) {
  records::cancel_open_tasks(tx, care_task_id, now, from_day, kLastDay);
  Json conflicts = Json::array();
  for (const auto& t : records::claimed_tasks(tx, care_task_id, now, from_day, kLastDay)) {
    Json task = task_json(t);
    task["conflict"] = reason;
    conflicts.push_back(std::move(task));
  }
  return conflicts;
}

// The planned starts of the claimed and done tasks among `tasks`, walking their caregivers' days in
// one query.
std::map<std::int64_t, PlannedStart> page_planned_starts(store::Transaction& tx, const std::vector<records::ClientTask>& tasks) {
  std::set<std::int64_t> caregivers;
  DayNumber first = 0, last = -1;
  for (const auto& [t, name] : tasks) {
    if (!domain::is_held(t.status) || !t.caregiver_id) continue;
    first = caregivers.empty() ? t.day : std::min(first, t.day);
    last = caregivers.empty() ? t.day : std::max(last, t.day);
    caregivers.insert(*t.caregiver_id);
  }
  return planned_starts(tx, {caregivers.begin(), caregivers.end()}, first, last);
}

}  // namespace


bool task_at_risk(const Platform& platform, domain::TaskStatus status, LocalMinute window_start, bool checked_in,
                  LocalMinute now) {
  const auto& s = platform.settings();
  if (status == domain::TaskStatus::open) return window_start <= now + s.at_risk_open_within_minutes;
  if (status == domain::TaskStatus::claimed) return !checked_in && now > window_start + s.at_risk_after_minutes;
  return false;
}

Json task_json(const records::ClientTask& ct) {
  const records::TaskRecord& t = ct.task;
  Json certs = Json::array();
  for (auto& code : market::split_certificates(t.certificates)) certs.push_back(code);
  return {{"id", t.id},
          {"client_id", t.client_id},
          {"client_name", ct.client_name},
          {"day", format_date(t.day)},
          {"slot", t.slot},
          {"window", {{"start", format_local_time(t.window_start)}, {"end", format_local_time(t.window_end)}}},
          {"duration_minutes", t.duration},
          {"type", t.task_type},
          {"level", t.level},
          {"certificates", certs},
          {"mode", t.mode},
          {"pay_cents", t.pay_cents},
          {"area", t.area},
          {"status", std::string(domain::to_string(t.status))},
          {"caregiver_id", opt_json(t.caregiver_id)},
          {"urgent", t.urgent},
          {"check_in", opt_time(t.check_in)},
          {"check_out", opt_time(t.check_out)},
          {"care_task_id", t.care_task_id},
          {"lat", t.lat},
          {"lon", t.lon}};
}

Result<records::ClientRecord> create_client_in(store::Transaction& tx, const Principal& who, const records::ClientDetails& details,
                                               LocalMinute now) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may add clients");
  auto c = check_client(details);
  if (!c) return c.error();
  const auto id = records::insert_client(tx, *who.organisation_id, c.value(), now);
  record_audit(tx, who, {"client.create", id, who.organisation_id, "success", ""});
  return *records::read_client(tx, id);
}

Result<Json> create_client(const Platform& platform, const Principal& who, const Json& body) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may add clients");
  auto input = read_client(body);
  if (!input) return input.error();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto client = create_client_in(tx, who, input.value(), platform.now());
    if (!client) return client.error();
    return client_json(client.value());
  });
}

Result<Json> update_client(const Platform& platform, const Principal& who, std::int64_t client_id, const Json& body) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may change clients");
  auto input = read_client(body);
  if (!input) return input.error();
  auto checked = check_client(input.value());
  if (!checked) return checked.error();
  const auto& c = checked.value();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    if (!records::read_client_of(tx, *who.organisation_id, client_id)) return not_found_client(client_id);
    records::update_client(tx, client_id, c);
    // Future tasks go where the client now lives.
    records::move_future_tasks(tx, client_id, platform.now(), c.lat, c.lon, c.postcode.substr(0, 4));
    record_audit(tx, who, {"client.update", client_id, who.organisation_id, "success", ""});
    return client_json(*records::read_client(tx, client_id));
  });
}

Result<Json> get_client(const Platform& platform, const Principal& who, std::int64_t client_id) {
  const bool own_client = who.role == Role::client && who.client_id == client_id;
  if (!is_care_staff(who) && !own_client) return forbidden("your role may not read client records");
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    const auto client = records::read_client(tx, client_id);
    if (!client || !who.in_organisation(client->organisation_id)) return not_found_client(client_id);
    record_audit(tx, who, {"client.read", client_id, client->organisation_id, "success", ""});
    return client_json(*client);
  });
}

Result<Json> list_clients(const Platform& platform, const Principal& who, const Json& query) {
  if (!is_care_staff(who)) return forbidden("only a coordinator or organisation admin may list clients");
  auto page = read_page(query, 100);
  if (!page) return page.error();
  std::optional<std::string> name_part;
  if (auto q = query.find("q"); q != query.end() && q->is_string()) name_part = q->get<std::string>();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    Json items = Json::array();
    for (const auto& c : records::list_clients(tx, *who.organisation_id, page.value().after, name_part, page.value().limit)) {
      items.push_back(client_json(c));
    }
    // A list shows names and addresses: one event for the listing, not one per client.
    record_audit(tx, who, {"client.list", std::nullopt, who.organisation_id, "success",
                           std::to_string(items.size()) + " clients"});
    Json out = {{"items", items}};
    if (static_cast<std::int64_t>(items.size()) == page.value().limit) out["next_after"] = items.back()["id"];
    return out;
  });
}

Result<ArrangementMade> create_arrangement_in(store::Transaction& tx, const Platform& platform, const Principal& who,
                                              std::int64_t client_id, const ArrangementInput& input, LocalMinute now) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may set care arrangements");
  auto lines = check_arrangement(input, records::certificate_codes(tx));
  if (!lines) return lines.error();
  if (!records::read_client_of(tx, *who.organisation_id, client_id)) return not_found_client(client_id);
  const DayNumber today = now / kMinutesPerDay;
  const auto id = records::insert_arrangement(tx, *who.organisation_id, client_id, input.valid_from, input.valid_to, now);
  for (const auto& c : lines.value()) insert_care_task(tx, id, c);
  const auto created = materialise_arrangement(tx, id, today, today + platform.settings().horizon_days - 1);
  record_audit(tx, who, {"arrangement.create", client_id, who.organisation_id, "success",
                         "arrangement " + std::to_string(id)});
  return ArrangementMade{id, created};
}

Result<Json> create_arrangement(const Platform& platform, const Principal& who, std::int64_t client_id,
                                const Json& body) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may set care arrangements");
  const LocalMinute now = platform.now();
  auto input = read_arrangement(body, now / kMinutesPerDay);
  if (!input) return input.error();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto made = create_arrangement_in(tx, platform, who, client_id, input.value(), now);
    if (!made) return made.error();
    Json out = arrangement_json(tx, made.value().id);
    out["tasks_created"] = made.value().tasks_created;
    return out;
  });
}

Result<Json> update_arrangement(const Platform& platform, const Principal& who, std::int64_t arrangement_id,
                                const Json& body) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may change care arrangements");
  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  auto input = read_arrangement(body, today);
  if (!input) return input.error();
  const auto& a = input.value();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto checked = check_arrangement(a, records::certificate_codes(tx));
    if (!checked) return checked.error();
    const auto& lines = checked.value();
    auto owner = owned_arrangement(tx, who, arrangement_id);
    if (!owner) return owner.error();
    const auto client_id = owner.value().second;
    Json conflicts = Json::array();
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
      const bool removed = std::none_of(a.tasks.begin(), a.tasks.end(), [&](auto& t) { return t.key == old.key; });
      for (auto& c : retire_future_tasks(tx, r.id, now, today, removed ? "removed" : "changed")) {
        conflicts.push_back(std::move(c));
      }
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
        for (const auto& t : records::claimed_tasks(tx, r.id, now, first, last)) {
          Json task = task_json(t);
          task["conflict"] = "outside validity";
          conflicts.push_back(std::move(task));
        }
      }
    }
    const auto created = materialise_arrangement(tx, arrangement_id, today, today + platform.settings().horizon_days - 1);
    record_audit(tx, who, {"arrangement.update", client_id, who.organisation_id, "success",
                           "arrangement " + std::to_string(arrangement_id)});
    Json out = arrangement_json(tx, arrangement_id);
    out["tasks_created"] = created;
    out["conflicts"] = conflicts;
    return out;
  });
}

Result<Json> end_arrangement(const Platform& platform, const Principal& who, std::int64_t arrangement_id,
                             const Json& query) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may end care arrangements");
  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  auto last = query_date(query, "last_day");
  if (!last) return last.error();
  const DayNumber last_day = last.value().value_or(today);
  if (last_day < today) return bad_input("last_day", "", "cannot be in the past");
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto owner = owned_arrangement(tx, who, arrangement_id);
    if (!owner) return owner.error();
    records::end_arrangement(tx, arrangement_id, last_day);
    Json conflicts = Json::array();
    for (const auto& r : records::active_care_tasks(tx, arrangement_id)) {
      for (auto& c : retire_future_tasks(tx, r.id, now, last_day + 1, "arrangement ended")) conflicts.push_back(std::move(c));
    }
    record_audit(tx, who, {"arrangement.end", owner.value().second, who.organisation_id, "success",
                           "arrangement " + std::to_string(arrangement_id)});
    Json out = arrangement_json(tx, arrangement_id);
    out["conflicts"] = conflicts;
    return out;
  });
}

Result<Json> get_arrangement(const Platform& platform, const Principal& who, std::int64_t arrangement_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may read care arrangements");
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto owner = owned_arrangement(tx, who, arrangement_id);
    if (!owner) return owner.error();
    record_audit(tx, who, {"arrangement.read", owner.value().second, who.organisation_id, "success",
                           "arrangement " + std::to_string(arrangement_id)});
    return arrangement_json(tx, arrangement_id);
  });
}

Result<Json> list_arrangements(const Platform& platform, const Principal& who, std::int64_t client_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may read care arrangements");
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    if (!records::read_client_of(tx, *who.organisation_id, client_id)) return not_found_client(client_id);
    Json items = Json::array();
    for (const auto& a : records::client_arrangements(tx, client_id)) items.push_back(arrangement_json(tx, a.id));
    record_audit(tx, who, {"arrangement.list", client_id, who.organisation_id, "success", ""});
    return Json{{"items", items}};
  });
}

Result<Json> list_tasks(const Platform& platform, const Principal& who, const Json& query) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may list the organisation's tasks");
  const DayNumber today = platform.now() / kMinutesPerDay;
  auto from = query_date(query, "from");
  if (!from) return from.error();
  auto to = query_date(query, "to");
  if (!to) return to.error();
  auto client = query_int(query, "client_id", 1, INT64_MAX);
  if (!client) return client.error();
  auto page = read_page(query, 200);
  if (!page) return page.error();
  const DayNumber first = from.value().value_or(today);
  const DayNumber last = to.value().value_or(first + 6);
  if (last < first) return bad_input("to", "", "is before from");
  records::TaskListing listing{*who.organisation_id, first, last, page.value().after, std::nullopt, client.value(),
                                page.value().limit};
  if (auto s = query.find("status"); s != query.end()) {
    listing.status = domain::parse_task_status(s->is_string() ? s->get<std::string>() : "");
    if (!listing.status) return bad_input("status", "", "must be open, claimed, done or cancelled");
  }
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    const auto tasks = records::list_tasks(tx, listing);
    const auto starts = page_planned_starts(tx, tasks);
    Json items = Json::array();
    for (const auto& ct : tasks) {
      Json task = task_json(ct);
      task["at_risk"] = task_at_risk(platform, ct.task.status, ct.task.window_start, ct.task.check_in.has_value(), now);
      set_planned_start(task, ct.task.id, starts);
      items.push_back(std::move(task));
    }
    record_audit(tx, who, {"task.list", client.value(), who.organisation_id, "success",
                           std::to_string(items.size()) + " tasks"});
    Json out = {{"items", items}};
    if (static_cast<std::int64_t>(items.size()) == page.value().limit) out["next_after"] = items.back()["id"];
    return out;
  });
}

Result<Json> get_task(const Platform& platform, const Principal& who, std::int64_t task_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may read the organisation's tasks");
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    auto found = records::read_client_task(tx, task_id);
    if (!found || !who.in_organisation(found->task.organisation_id)) {
      return not_found("task_id", std::to_string(task_id), "no such task in your organisation");
    }
    const records::TaskRecord& t = found->task;
    record_audit(tx, who, {"task.read", t.client_id, who.organisation_id, "success", "task " + std::to_string(task_id)});
    Json task = task_json(*found);
    task["at_risk"] = task_at_risk(platform, t.status, t.window_start, t.check_in.has_value(), platform.now());
    set_planned_start(task, task_id, page_planned_starts(tx, {*found}));
    return task;
  });
}

Result<Json> board(const Platform& platform, const Principal& who, const Json& query) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may see the planning board");
  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  auto from = query_date(query, "from");
  if (!from) return from.error();
  auto to = query_date(query, "to");
  if (!to) return to.error();
  const DayNumber first = from.value().value_or(today);
  const DayNumber last = to.value().value_or(first + 6);
  if (last < first) return bad_input("to", "", "is before from");
  if (last - first > 62) return bad_input("to", "", "the board spans at most 63 days");
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    std::map<DayNumber, Json> days;
    for (DayNumber d = first; d <= last; ++d) {
      days[d] = {{"day", format_date(d)}, {"open", 0}, {"claimed", 0}, {"done", 0}, {"at_risk", 0}};
    }
    Json at_risk = Json::array();
    for (const auto& ct : records::board_tasks(tx, *who.organisation_id, first, last)) {
      const records::TaskRecord& t = ct.task;
      auto& day = days[t.day];
      const std::string status(domain::to_string(t.status));
      day[status] = day[status].get<std::int64_t>() + 1;
      if (task_at_risk(platform, t.status, t.window_start, t.check_in.has_value(), now)) {
        day["at_risk"] = day["at_risk"].get<std::int64_t>() + 1;
        if (at_risk.size() < 500) at_risk.push_back(task_json(ct));
      }
    }
    Json list = Json::array();
    for (auto& [d, j] : days) list.push_back(std::move(j));
    record_audit(tx, who, {"board.read", std::nullopt, who.organisation_id, "success", ""});
    return Json{{"from", format_date(first)}, {"to", format_date(last)}, {"days", list}, {"at_risk", at_risk}};
  });
}

Result<Json> reopen_task(const Platform& platform, const Principal& who, std::int64_t task_id) {
  if (!is_care_staff(who)) return forbidden("only a coordinator may reopen a claimed task");
  return platform.db().write([&](store::Transaction& tx) -> Result<Json> {
    const auto task = records::read_task(tx, task_id);
    if (!task || !who.in_organisation(task->organisation_id)) {
      return not_found("task_id", std::to_string(task_id), "no such task in your organisation");
    }
    const auto not_reopenable = [&] {
      return conflict("status", std::to_string(task_id), "only a claimed task that has not started can be reopened");
    };
    if (task->status != domain::TaskStatus::claimed || task->check_in) return not_reopenable();
    const auto care_task = records::read_care_task(tx, task->care_task_id);
    const bool superseded = !care_task->active;
    const std::int64_t holder = *task->caregiver_id;  // a claimed task has one
    if (superseded) {
      // Its care task was changed or removed since the claim: the old version goes, and the
      // current version (if any) is materialised for the day it served.
      if (!records::cancel_claimed_task(tx, task_id)) return not_reopenable();
      materialise_arrangement(tx, care_task->arrangement_id, task->day, task->day);
    } else if (!records::reopen_claimed_task(tx, task_id)) {
      return not_reopenable();
    }
    // The board, the caregiver whose day just lost the task, and (when it is open again, urgent)
    // the caregivers it now fits; a cancelled old version is nobody's to take.
    const auto urgent = find_urgent_task_notice(tx, platform, task_id, holder);
    record_audit(tx, who, {"task.reopen", task->client_id, who.organisation_id, "success",
                           "task " + std::to_string(task_id) + (superseded ? " (old version cancelled)" : "")});
    publish_board_change(tx, platform, task_id, BoardChange::reopened);
    publish_held_task_change(tx, platform, holder, task_id, HeldTaskChange::reopened);
    publish_urgent_task(tx, platform, urgent);
    return task_json(*records::read_client_task(tx, task_id));
  });
}

}  // namespace carecrowd::services
