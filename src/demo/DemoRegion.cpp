#include "demo/DemoRegion.h"

#include <algorithm>
#include <array>
#include <ctime>
#include <stdexcept>
#include <tuple>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "core/Sampler.h"
#include "demo/DemoAlarms.h"
#include "demo/DemoEvidence.h"
#include "demo/DemoPeople.h"
#include "demo/DemoRoster.h"
#include "domain/TaskStatus.h"
#include "records/AuditRecords.h"
#include "records/OrganisationRecord.h"
#include "records/TaskRecord.h"
#include "services/Accounts.h"
#include "services/Arrangements.h"
#include "services/Clients.h"
#include "services/Caregivers.h"
#include "services/CertificateEvidence.h"
#include "services/Claims.h"
#include "services/Credentials.h"
#include "services/InformalContacts.h"
#include "services/Materialiser.h"
#include "services/Visits.h"

namespace carecrowd::demo {
namespace {

using services::Principal;
using services::Role;

constexpr std::uint64_t kRosterSeed = 3512;  // the roster's draws; any fixed number gives the same roster

struct Login {
  std::string role, email, who;
};

struct Seeded {
  std::int64_t care_tasks = 0, tasks = 0, claimed = 0, done = 0, refused = 0;
  DayNumber first_day = 0, last_day = 0;
  std::vector<Login> logins;
  DemoAlarmCast cast;  // who seeds the alarms once the region is stored
};

std::string counted(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// The demo acts through the services as the people it seeds: a principal for each.
Principal acting(Role role, std::int64_t user_id, std::string name, std::optional<std::int64_t> organisation,
                 std::optional<std::int64_t> caregiver = std::nullopt) {
  Principal who;
  who.user_id = user_id;
  who.role = role;
  who.name = std::move(name);
  who.organisation_id = organisation;
  who.caregiver_id = caregiver;
  who.source = "demo";
  return who;
}

// A step of the seeding that cannot fail on the demo's own data; if it does, the region is not
// what the summary says, so the seeding stops (the transaction rolls back) with the reason.
template <class T>
T expect(Result<T> result, const char* step) {
  if (!result) throw std::runtime_error(std::string("demo region: ") + step + ": " + result.error().field + ": " + result.error().reason);
  return std::move(result).value();
}

}  // namespace

DemoResult seed_demo_region(const services::Platform& platform, const DemoSpec& spec) {
  // A restart finds the region already there; checked before the (slow) password hash.
  if (platform.db().read([](store::Transaction& tx) { return records::any_organisation(tx); })) return {};

  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  const DayNumber first_day = today - kDemoHistoryDays;
  const DayNumber last_day = today + std::max(platform.settings().horizon_days, 1) - 1;
  // The region was set up the evening before its first day: arrangements, the crowd and claims.
  const LocalMinute set_up_at = first_day * kMinutesPerDay - 4 * 60;
  const auto clients = make_demo_clients(std::max(spec.clients, 1));
  const auto crowd = make_demo_caregivers(std::max(spec.caregivers, 1));
  const std::string password_hash = services::hash_password(kDemoPassword, services::password_cost(platform));

  auto seeded = platform.db().write([&](store::Transaction& tx) -> std::optional<Seeded> {
    // Two servers started at once: the second waits here for the first to commit, then finds the
    // organisations (the audit chain's head is the one row every process already serialises on).
    records::lock_audit_chain(tx);
    if (records::any_organisation(tx)) return std::nullopt;
    Seeded out;
    out.first_day = first_day;
    out.last_day = last_day;

    auto add_login = [&](const char* email, const std::string& name, Role role, std::optional<std::int64_t> org,
                         std::optional<std::int64_t> caregiver, std::optional<std::int64_t> client,
                         const std::string& who) -> std::int64_t {
      const auto id = expect(services::insert_user(tx, {email, name, password_hash, role, org, caregiver, client}), email);
      out.logins.push_back({std::string(services::to_string(role)), email, who});
      return id;
    };
    const auto admin_id = add_login(kDemoPlatformAdminEmail, "Demo platform admin", Role::platform_admin, std::nullopt,
                                    std::nullopt, std::nullopt, "the platform");
    const Principal platform_admin = acting(Role::platform_admin, admin_id, "Demo platform admin", std::nullopt);

    // The two organisations, their admins, coordinators and analysts.
    std::array<std::int64_t, 2> organisation{};
    std::array<Principal, 2> org_admin, coordinator;
    const std::array<const char*, 2> names{kDemoNoordName, kDemoZuidName};
    const std::array<std::array<const char*, 3>, 2> staff_emails{{
        {kDemoNoordAdminEmail, kDemoNoordCoordinatorEmail, kDemoNoordAnalystEmail},
        {kDemoZuidAdminEmail, kDemoZuidCoordinatorEmail, kDemoZuidAnalystEmail},
    }};
    const std::array<std::array<const char*, 3>, 2> staff_names{{
        {"Ellen Kuipers", "Marieke de Haan", "Ruud Verbeek"},
        {"Hans Brouwer", "Samira El Amrani", "Lieke Janssen"},
    }};
    const std::array<Role, 3> staff_roles{Role::org_admin, Role::coordinator, Role::analyst};
    for (std::size_t o = 0; o < 2; ++o) {
      organisation[o] = expect(services::create_organisation_in(tx, platform_admin, names[o]), "organisation");
      for (std::size_t r = 0; r < 3; ++r) {
        const auto id = expect(services::create_user_in(tx, platform_admin, organisation[o],
                                                        {staff_emails[o][r], staff_names[o][r], password_hash,
                                                         staff_roles[r], organisation[o], std::nullopt, std::nullopt}),
                               staff_emails[o][r]);
        out.logins.push_back({std::string(services::to_string(staff_roles[r])), staff_emails[o][r], names[o]});
        const Principal who = acting(staff_roles[r], id, staff_names[o][r], organisation[o]);
        if (r == 0) org_admin[o] = who;
        if (r == 1) coordinator[o] = who;
      }
    }

    out.cast.coordinators.assign(coordinator.begin(), coordinator.end());

    // Clients and their arrangements, set up by their organisation's coordinator before the first
    // day of history, which materialises their tasks from that day; the rest of the horizon as the
    // platform's daily run adds it.
    std::vector<std::int64_t> client_ids, arrangement_ids;
    for (const auto& c : clients) {
      const Principal& by = coordinator[static_cast<std::size_t>(c.organisation)];
      const auto client = expect(services::create_client_in(tx, by, {c.name, c.address, c.postcode, c.place.lat, c.place.lon, c.notes},
                                                            set_up_at),
                                 "client");
      const auto made = expect(services::create_arrangement_in(tx, platform, by, client.id, {first_day, std::nullopt, c.tasks},
                                                               set_up_at),
                               "arrangement");
      client_ids.push_back(client.id);
      out.cast.clients.emplace_back(client.id, c.organisation);
      arrangement_ids.push_back(made.id);
      // Contingent lines make visits only when a digital step fails: they recur on no calendar.
      out.care_tasks += std::count_if(c.tasks.begin(), c.tasks.end(), [](const auto& t) { return t.switch_from.empty(); });
      out.tasks += made.tasks_created;
    }
    for (auto id : arrangement_ids) out.tasks += services::materialise_arrangement(tx, id, first_day, last_day);

    // The crowd registers (caregiver<n>@crowd.demo, n in seeding order, so that a load test or a
    // curious user can act as any of them), joins its organisations, uploads certificates and
    // publishes availability; organisations mark their employees and verify most certificates.
    std::vector<std::int64_t> caregiver_ids;
    std::map<std::int64_t, Principal> caregivers;  // by caregiver id: each acting as themselves
    for (std::size_t n = 0; n < crowd.size(); ++n) {
      const auto& g = crowd[n];
      const std::string email = kDemoCrowdEmailPrefix + std::to_string(n + 1) + kDemoCrowdEmailDomain;
      services::CaregiverFields fields{g.name, g.level, g.kind, g.home.lat, g.home.lon, g.mode, g.max_minutes_week / 60,
                                       g.hourly_rate_cents};
      const auto made = expect(services::register_caregiver_in(tx, {email, password_hash, fields}), "caregiver");
      const auto id = made.caregiver_id;
      caregiver_ids.push_back(id);
      const Principal self = acting(Role::caregiver, made.user_id, g.name, std::nullopt, id);
      caregivers[id] = self;
      out.cast.caregivers[id] = self;
      for (std::size_t k = 0; k < g.organisations.size(); ++k) {
        const auto o = static_cast<std::size_t>(g.organisations[k]);
        expect(services::join_organisation_in(tx, self, id, organisation[o]), "join");
        if (g.kind == domain::CaregiverKind::employee && k == 0) {
          expect(services::set_employment_in(tx, org_admin[o], organisation[o], id, true), "employment");
        }
      }
      for (const auto& cert : g.certificates) {
        services::CertificateUpload upload{cert.code, today + cert.valid_days, std::nullopt, std::nullopt,
                                           services::EvidenceDocument{"application/pdf", cert.code + ".pdf",
                                                                      demo_evidence_pdf(g.name, cert.code)}};
        const auto held = expect(services::add_certificate_in(tx, self, id, upload, set_up_at), "certificate");
        // Verified by the coordinator of the organisation they live in, against the document.
        if (cert.verified) {
          const auto home = static_cast<std::size_t>(g.organisations[0]);
          const auto evidence = held.record.evidence->id;
          expect(services::verify_certificate_in(tx, coordinator[home], id, cert.code, evidence, set_up_at),
                 "verification");
        }
      }
      services::Availability availability;
      for (const auto& a : g.availability) availability.recurring.push_back({a.weekday, a.from, a.to});
      expect(services::set_availability_in(tx, self, id, availability), "availability");
    }

    // Who would take which task, chosen by the one admission rule over every task of the region...
    std::vector<RosterTask> tasks;
    for (std::size_t o = 0; o < 2; ++o) {
      for (const auto& [t, client_name] : records::board_tasks(tx, organisation[o], first_day, last_day)) {
        if (t.status != domain::TaskStatus::open) continue;
        const auto offer = services::task_on_offer(t);
        tasks.push_back({t.id, t.client_id, t.care_task_id, t.slot, t.day, offer.demand, offer.stop});
      }
    }
    std::sort(tasks.begin(), tasks.end(), [](const RosterTask& a, const RosterTask& b) { return a.id < b.id; });
    std::vector<RosterCaregiver> roster_crowd;
    for (auto id : caregiver_ids) {
      const auto facts = services::load_caregiver_facts(tx, id);
      roster_crowd.push_back({facts->profile, facts->recurring});
    }
    Sampler sampler(kRosterSeed, 3);
    DemoRoster roster(roster_crowd, first_day, last_day, now);
    roster.book(std::move(tasks), sampler);
    // ... then claimed as the caregivers would have, each at its moment, through the one claim, and
    // the past visits checked in and out.
    std::map<std::int64_t, std::int64_t> done_by;             // caregiver id -> done tasks
    std::map<std::int64_t, std::set<std::int64_t>> done_for;  // caregiver id -> organisations
    const auto claims = roster.claims(sampler);
    for (const auto& c : claims) {
      auto claimed = services::claim_in(tx, {c.caregiver_id, c.task_id, c.planned_start}, c.claimed_at);
      if (!claimed) {
        ++out.refused;  // the roster and the claim judged the day differently: the task stays open
        continue;
      }
      ++out.claimed;
    }
    for (const auto& c : claims) {
      if (!c.check_in) continue;
      const Principal& self = caregivers[c.caregiver_id];
      if (!services::check_in_in(tx, platform, self, c.task_id, *c.check_in)) continue;
      if (!c.check_out || !services::check_out_in(tx, platform, self, c.task_id, *c.check_out)) continue;
      ++out.done;
      ++done_by[c.caregiver_id];
      done_for[c.caregiver_id].insert(c.organisation_id);
    }

    // Caregivers with logins, each showing a typical day: the busiest freelancer (working for both
    // organisations when one did) whose week is full (the feed then says why it is empty), the
    // busiest employee of Noord with a visit opening within the hour (to check in to right away), and a
    // volunteer. Where nobody has the property, the busiest of the kind.
    auto busiest = [&](domain::CaregiverKind kind, bool both, const auto& typical) -> std::optional<std::size_t> {
      std::optional<std::size_t> best;
      for (std::size_t c = 0; c < crowd.size(); ++c) {
        const auto id = caregiver_ids[c];
        if (crowd[c].kind != kind || (both && done_for[id].size() < 2) || !typical(c)) continue;
        if (!best || done_by[id] > done_by[caregiver_ids[*best]]) best = c;
      }
      return best;
    };
    const auto any = [](std::size_t) { return true; };
    const auto full_week = [&](std::size_t c) { return roster.week_full(c, today); };
    // Not yet checked in at now (a check-in may come a few minutes early), inside the hour.
    const auto visit_soon = [&](std::size_t c) { return roster.holds_visit_opening(c, now + 10, now + 60); };
    std::optional<std::size_t> freelancer;
    for (const bool both : {true, false}) {
      if (!freelancer) freelancer = busiest(domain::CaregiverKind::freelancer, both, full_week);
    }
    if (!freelancer) freelancer = busiest(domain::CaregiverKind::freelancer, true, any);
    if (!freelancer) freelancer = busiest(domain::CaregiverKind::freelancer, false, any);
    // The employee works for Noord, as the coordinator and the client whose logins the demo shows.
    const auto of_noord = [&](std::size_t c) {
      const auto& orgs = crowd[c].organisations;
      return std::find(orgs.begin(), orgs.end(), 0) != orgs.end();
    };
    auto employee = busiest(domain::CaregiverKind::employee, false, [&](std::size_t c) { return of_noord(c) && visit_soon(c); });
    if (!employee) employee = busiest(domain::CaregiverKind::employee, false, of_noord);
    if (!employee) employee = busiest(domain::CaregiverKind::employee, false, any);
    const std::array<std::pair<const char*, std::optional<std::size_t>>, 3> crowd_logins{{
        {kDemoFreelancerEmail, freelancer},
        {kDemoEmployeeEmail, employee},
        {kDemoVolunteerEmail, busiest(domain::CaregiverKind::volunteer, false, any)},
    }};
    for (const auto& [email, c] : crowd_logins) {
      if (!c) continue;  // a tiny crowd may lack a kind
      const auto& g = crowd[*c];
      add_login(email, g.name, Role::caregiver, std::nullopt, caregiver_ids[*c], std::nullopt,
                g.name + " (" + std::string(domain::to_string(g.kind)) + ", level " + std::to_string(g.level) + ")");
    }

    // A client of Noord with morning care, and a family member acting for them.
    std::size_t client = 0;
    for (std::size_t i = 0; i < clients.size(); ++i) {
      if (clients[i].organisation == 0 && clients[i].tasks.front().key == "morning") {
        client = i;
        break;
      }
    }
    const auto& c = clients[client];
    const auto org = organisation[static_cast<std::size_t>(c.organisation)];
    const std::string surname = c.name.substr(c.name.find(' ') + 1);
    const Principal& admin = org_admin[static_cast<std::size_t>(c.organisation)];
    std::int64_t family_account = 0;
    for (const auto& [email, name, who] : {std::tuple{kDemoClientEmail, c.name, c.name},
                                           std::tuple{kDemoFamilyEmail, "Peter " + surname, "Peter " + surname + ", familie van " + c.name}}) {
      family_account = expect(
          services::create_user_in(tx, admin, org, {email, name, password_hash, Role::client, org, std::nullopt, client_ids[client]}),
          email);
      out.logins.push_back({"client", email, who});
    }
    // Peter holds a key: he is asked first when his mother's alarm needs someone on site.
    expect(services::set_informal_contacts_in(tx, admin, client_ids[client], std::vector<std::int64_t>{family_account}),
           "informal contacts");
    return out;
  });
  if (!seeded) return {};

  const auto& s = *seeded;
  const auto alarms = seed_demo_alarms(platform, s.cast, set_up_at);
  int employees = 0, freelancers = 0, volunteers = 0;
  for (const auto& g : crowd) {
    (g.kind == domain::CaregiverKind::employee     ? employees
     : g.kind == domain::CaregiverKind::freelancer ? freelancers
                                                   : volunteers)++;
  }
  std::string summary = "Demo region seeded: Utrecht, 2 organisations (" + std::string(kDemoNoordName) + ", " +
                        kDemoZuidName + "), " + counted(static_cast<std::int64_t>(clients.size()), "client", "clients") +
                        " with " + counted(s.care_tasks, "recurring care task", "recurring care tasks") + ", " +
                        counted(static_cast<std::int64_t>(crowd.size()), "caregiver", "caregivers") + " (" +
                        std::to_string(employees) + " employees, " + std::to_string(freelancers) + " freelancers, " +
                        std::to_string(volunteers) + " volunteers), " + counted(s.tasks, "task", "tasks") + " from " +
                        format_date(s.first_day) + " to " + format_date(s.last_day) + ": " +
                        std::to_string(s.claimed) + " claimed, of which " + std::to_string(s.done) + " done; " +
                        counted(alarms.devices, "client", "clients") + " with a monitoring device, " +
                        counted(alarms.alarms, "alarm", "alarms") + " over the last two days (the last one open now).\n";
  summary += "Log in with POST /v1/auth/login {\"email\", \"password\"} at the address above (API: GET /openapi.json).\n";
  summary += "Every caregiver also logs in as " + std::string(kDemoCrowdEmailPrefix) + "<n>" + kDemoCrowdEmailDomain +
             " (n = 1.." + std::to_string(crowd.size()) + ").\n";
  summary += "Demo logins, all with the password \"" + std::string(kDemoPassword) + "\":\n";
  for (const auto& l : s.logins) {
    std::string role = l.role, email = l.email;
    role.resize(std::max<std::size_t>(role.size(), 15), ' ');
    email.resize(std::max<std::size_t>(email.size(), 26), ' ');
    summary += "  " + role + email + l.who + "\n";
  }
  return {true, summary};
}

}  // namespace carecrowd::demo
