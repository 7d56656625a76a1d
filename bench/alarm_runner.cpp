// alarm_runner: alarm dispatch in the benchmark region (issue 11's two benches), in process, through
// the services' own calls as the server makes them, on a platform clock the runner moves.
//
//   alarm_runner --scenario latency [--alarms 1000] [--database sqlite:PATH | postgresql://...]
//   alarm_runner --scenario storm [--alarms 300] [--seed 1]
//
// The region is the demo region (demo/DemoRegion.h) with --clients clients and --caregivers
// caregivers; every caregiver then publishes availability for the whole week from 07:00 to 23:00,
// so that all of them are on duty at the runner's clock (a Tuesday, from 09:00).
//
// latency: alarms that go straight to physical dispatch (a fall, high priority) at clients drawn at
// random, one at a time; the time of services::raise_alarm, from the alarm's input to its stored
// first round of offers (the offers' events written), in milliseconds: p50, p90, p99, max. Each
// alarm is resolved after it is measured (not timed), so every alarm meets the same crowd.
//
// storm: --alarms alarms within an hour at clients drawn at random, a mix of kinds after
// social-alarm practice, minute by minute on the platform clock, with the alarm sweep run every
// minute as the server's ticker does. Simulated people: the coordinator answers a remote check
// within 0 to 1 minutes (one in ten after 3, too late: the timer dispatches) and finds 60% of
// button, no-activity and technical alarms and 30% of the others false (resolved remotely), the
// rest become visits; each caregiver offered answers within
// 0 to 3 minutes (an offer expires after 2), accepting about half the time; who accepted arrives
// after the predicted travel time stretched by 0 to 40%, and resolves it 15 minutes later; the
// coordinator on call re-dispatches an alarm escalated to them once, and closes one where the
// platform advised 112. Prints the share of physical responses on site within 30 and 45 minutes of
// the alarm, the share resolved remotely, escalations, and the alarms lost (not resolved and with no
// timer running when the storm is over, or never stored): the figure that must be 0.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <unistd.h>
#include <variant>
#include <string>
#include <vector>

#include "demo/DemoRegion.h"
#include "records/TaskReleaseRecord.h"
#include "services/Accounts.h"
#include "services/AlarmDispatch.h"
#include "services/Alarms.h"
#include "services/Caregivers.h"
#include "services/Clients.h"
#include "services/Platform.h"
#include "store/Database.h"

using namespace carecrowd;
using services::Principal;

namespace {

struct Options {
  std::string scenario = "latency";
  std::string database;
  int clients = 2000;
  int caregivers = 1000;
  int alarms = 0;  // 0: 1,000 for latency, 300 for the storm
  int warmup = 20;
  unsigned seed = 1;
};

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "alarm_runner: %s\n", what.c_str());
  std::exit(1);
}

template <typename T>
T must(Result<T> result, const char* what) {
  if (!result) fail(std::string(what) + ": " + result.error().message());
  return std::move(result.value());
}

Principal log_in(const services::Platform& platform, const std::string& email,
                 const std::string& password = demo::kDemoPassword) {
  const auto session = must(services::login(platform, services::LoginInput{email, password}, "bench"), "login");
  return must(services::authenticate(platform, session.token, "bench"), "authenticate");
}

// The region, seeded, with every caregiver on duty; the organisation's coordinator and clients.
struct Region {
  Principal coordinator;
  Principal centre;  // sends the alarms
  std::vector<std::int64_t> clients;               // of the coordinator's organisation
  std::map<std::int64_t, Principal> caregivers;    // by caregiver id
  int on_duty_for_organisation = 0;                // caregivers working for it
  int responders_for_organisation = 0;             // of them, at the default policy's level (3) or above
};

Region seed_region(const services::Platform& platform, const Options& o) {
  const auto t0 = std::chrono::steady_clock::now();
  demo::seed_demo_region(platform, {o.clients, o.caregivers});
  Region region;
  region.coordinator = log_in(platform, demo::kDemoNoordCoordinatorEmail);
  // The alarm centre that sends the alarms: an account of its own, as an organisation admin makes it.
  const Principal admin = log_in(platform, demo::kDemoNoordAdminEmail);
  must(services::create_user(platform, admin, *admin.organisation_id,
                             services::StaffAccount{"centrale@noord.bench", "Alarmcentrale", "bench-password-1",
                                                    services::Role::alarm_centre, std::nullopt}),
       "alarm centre");
  region.centre = log_in(platform, "centrale@noord.bench", "bench-password-1");
  services::ClientQuery query;
  query.page = services::Page{100, 0};
  for (;;) {
    const auto page = must(services::list_clients(platform, region.coordinator, query), "clients");
    for (const auto& c : page.items) region.clients.push_back(c.id);
    if (!page.next_after) break;
    query.page.after = *page.next_after;
  }
  services::Availability on_duty;
  for (int weekday = 0; weekday < 7; ++weekday) on_duty.recurring.push_back({weekday, 7 * 60, 23 * 60});
  const std::int64_t organisation = *region.coordinator.organisation_id;
  for (int n = 1; n <= o.caregivers; ++n) {
    const auto who = log_in(platform, demo::kDemoCrowdEmailPrefix + std::to_string(n) + demo::kDemoCrowdEmailDomain);
    must(services::set_availability(platform, who, *who.caregiver_id, on_duty), "availability");
    const auto own = std::get<services::OwnProfile>(must(services::get_caregiver(platform, who, *who.caregiver_id), "caregiver"));
    for (const auto& org : own.organisations) {
      if (org.organisation_id == organisation) {
        ++region.on_duty_for_organisation;
        if (own.profile.level >= 3) ++region.responders_for_organisation;
      }
    }
    region.caregivers.emplace(*who.caregiver_id, who);
  }
  std::printf("region: %zu clients of %s, %d caregivers on duty (%d work for it, %d of them level 3 or above), seeded in %.1f s\n",
              region.clients.size(), demo::kDemoNoordName, o.caregivers, region.on_duty_for_organisation,
              region.responders_for_organisation,
              std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  std::fflush(stdout);
  return region;
}

services::AlarmInput alarm_at(std::int64_t client, domain::AlarmKind kind, domain::AlarmPriority priority,
                              LocalMinute now, const std::string& source) {
  services::AlarmInput in;
  in.client_id = client;
  in.kind = kind;
  in.priority = priority;
  in.observed_at = now;
  in.source_id = source;
  return in;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto at = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(at, v.size() - 1)];
}

void latency(const services::Platform& platform, const Region& region, const Options& o) {
  std::mt19937 draw(o.seed);
  std::uniform_int_distribution<std::size_t> pick(0, region.clients.size() - 1);
  std::vector<double> ms;
  std::size_t offers = 0;
  const int alarms = o.alarms > 0 ? o.alarms : 1000;
  for (int i = 0; i < o.warmup + alarms; ++i) {
    const auto input = alarm_at(region.clients[pick(draw)], domain::AlarmKind::fall, domain::AlarmPriority::high,
                                platform.now(), "latency-" + std::to_string(i));
    const auto t0 = std::chrono::steady_clock::now();
    const auto received = must(services::raise_alarm(platform, region.centre, input), "alarm");
    const double elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (i >= o.warmup) {
      ms.push_back(elapsed);
      offers += received.view.offers.size();
    }
    must(services::resolve_alarm(platform, region.coordinator, received.view.alarm.id, services::AlarmNote{"bench"}),
         "resolve");
  }
  std::printf("dispatch decision, alarm in to offers out (%d alarms, %.2f offers each): p50 %.2f ms, p90 %.2f ms, "
              "p99 %.2f ms, max %.2f ms\n",
              alarms, static_cast<double>(offers) / alarms, percentile(ms, 0.5), percentile(ms, 0.9),
              percentile(ms, 0.99), percentile(ms, 1.0));
}

// A storm alarm as the runner follows it.
struct Followed {
  std::int64_t id = 0;
  LocalMinute raised_at = 0;
  bool physical = false;       // a round of offers was made
  bool remote_answered = false;
  std::optional<LocalMinute> accepted_at, arrive_at, arrived_at;
  std::optional<std::int64_t> responder;
  bool redispatched = false;
  bool advised_112 = false;
  bool resolved = false;
  bool resolved_remotely = false;
  std::set<std::int64_t> answered;  // caregivers whose offer the runner has answered or let expire
};

void storm(const services::Platform& platform, const Region& region, const Options& o, LocalMinute& sim_now) {
  std::mt19937 draw(o.seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::uniform_int_distribution<std::size_t> pick(0, region.clients.size() - 1);
  const int alarms = o.alarms > 0 ? o.alarms : 300;
  const LocalMinute start = sim_now;

  // The mix: (kind, priority, share), after social-alarm practice: most alarms are a button pressed.
  struct Share {
    domain::AlarmKind kind;
    domain::AlarmPriority priority;
    double share;
  };
  using K = domain::AlarmKind;
  using P = domain::AlarmPriority;
  const std::vector<Share> mix{{K::button, P::high, 0.25},          {K::button, P::medium, 0.15},
                               {K::fall, P::high, 0.15},            {K::no_activity, P::medium, 0.15},
                               {K::vital_out_of_range, P::high, 0.05}, {K::vital_out_of_range, P::medium, 0.07},
                               {K::technical, P::low, 0.10},        {K::carer_non_arrival, P::high, 0.08}};
  struct Planned {
    LocalMinute at;
    Share what;
  };
  std::vector<Planned> plan;
  for (int i = 0; i < alarms; ++i) {
    double u = unit(draw);
    Share what = mix.back();
    for (const auto& s : mix) {
      if (u < s.share) {
        what = s;
        break;
      }
      u -= s.share;
    }
    plan.push_back({start + static_cast<LocalMinute>(unit(draw) * 60), what});
  }
  std::sort(plan.begin(), plan.end(), [](const Planned& a, const Planned& b) { return a.at < b.at; });

  std::vector<Followed> followed;
  std::size_t next = 0;
  int not_stored = 0;
  const auto answer_delay = [&] { return static_cast<LocalMinute>(unit(draw) * 4); };  // 0..3 minutes
  std::map<std::pair<std::int64_t, std::int64_t>, LocalMinute> answer_at;  // (alarm, caregiver) -> minute
  std::map<std::int64_t, LocalMinute> check_answer_at;                      // alarm -> minute
  const auto t0 = std::chrono::steady_clock::now();
  for (sim_now = start; sim_now < start + 240; ++sim_now) {
    for (; next < plan.size() && plan[next].at <= sim_now; ++next) {
      const auto& p = plan[next];
      auto received = services::raise_alarm(
          platform, region.centre,
          alarm_at(region.clients[pick(draw)], p.what.kind, p.what.priority, sim_now, "storm-" + std::to_string(next)));
      if (!received) {
        ++not_stored;
        continue;
      }
      Followed f;
      f.id = received.value().view.alarm.id;
      f.raised_at = sim_now;
      followed.push_back(f);
    }
    services::sweep_alarms(platform);
    bool open = next < plan.size();
    for (auto& f : followed) {
      if (f.resolved) continue;
      const auto view = must(services::read_alarm(platform, region.coordinator, f.id), "read");
      const auto& a = view.alarm;
      using S = domain::AlarmStatus;
      if (a.status == S::resolved) {
        f.resolved = true;
        continue;
      }
      open = true;
      if (!view.offers.empty()) f.physical = true;
      if (a.status == S::remote_check) {
        auto [it, fresh] = check_answer_at.try_emplace(f.id, LocalMinute{0});
        if (fresh) it->second = sim_now + (unit(draw) < 0.1 ? 3 : static_cast<LocalMinute>(unit(draw) * 2));
        if (it->second <= sim_now) {
          const bool mostly_false = a.kind == K::button || a.kind == K::no_activity || a.kind == K::technical;
          if (unit(draw) < (mostly_false ? 0.6 : 0.3)) {
            must(services::resolve_alarm(platform, region.coordinator, f.id, services::AlarmNote{"false alarm, checked by video"}),
                 "remote resolve");
            f.resolved = f.resolved_remotely = true;
          } else {
            must(services::dispatch_alarm(platform, region.coordinator, f.id, services::AlarmNote{"needs a visit"}),
                 "dispatch");
          }
        }
        continue;
      }
      if (a.status == S::dispatching) {
        for (const auto& offer : view.offers) {
          if (offer.status != domain::OfferStatus::offered || f.answered.count(offer.caregiver_id)) continue;
          auto [it, fresh] = answer_at.try_emplace(std::make_pair(f.id, offer.caregiver_id), LocalMinute{0});
          if (fresh) it->second = offer.offered_at + answer_delay();
          if (it->second > sim_now) continue;
          f.answered.insert(offer.caregiver_id);
          const double u = unit(draw);
          const auto& who = region.caregivers.at(offer.caregiver_id);
          if (u < 0.5) {
            // Another alarm may have taken this caregiver, or someone else this alarm: a conflict is
            // an answer too.
            if (services::accept_alarm(platform, who, f.id)) {
              f.accepted_at = sim_now;
              f.responder = offer.caregiver_id;
              f.arrive_at = sim_now + std::max<LocalMinute>(
                                        1, static_cast<LocalMinute>(offer.predicted_minutes * (1.0 + 0.4 * unit(draw)) + 0.5));
              break;
            }
          } else if (u < 0.8) {
            (void)services::decline_alarm(platform, who, f.id);
          }  // else: no answer, the offer expires
        }
        continue;
      }
      if (a.status == S::accepted && f.arrive_at && *f.arrive_at <= sim_now && f.responder) {
        must(services::report_arrival(platform, region.caregivers.at(*f.responder), f.id), "arrival");
        f.arrived_at = sim_now;
        continue;
      }
      if (a.status == S::on_site && f.arrived_at && *f.arrived_at + 15 <= sim_now && f.responder) {
        must(services::resolve_alarm(platform, region.caregivers.at(*f.responder), f.id, services::AlarmNote{"helped up, unhurt"}),
             "resolve");
        f.resolved = true;
        continue;
      }
      if (a.status == S::escalated) {
        if (a.escalation == domain::Escalation::advise_112) {
          f.advised_112 = true;
          must(services::resolve_alarm(platform, region.coordinator, f.id, services::AlarmNote{"112 called"}), "112");
          f.resolved = true;
        } else if (!f.redispatched) {
          f.redispatched = true;
          f.answered.clear();
          must(services::dispatch_alarm(platform, region.coordinator, f.id, services::AlarmNote{"coordinator re-dispatches"}),
               "re-dispatch");
        }
      }
    }
    if (!open) break;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  int physical = 0, within30 = 0, within45 = 0, arrived = 0, remote = 0, advised = 0, redispatched = 0, lost = not_stored;
  std::vector<double> to_site;
  for (const auto& f : followed) {
    if (f.resolved_remotely && !f.physical) ++remote;
    if (f.advised_112) ++advised;
    if (f.redispatched) ++redispatched;
    if (f.physical) {
      ++physical;
      if (f.arrived_at) {
        ++arrived;
        const auto minutes = *f.arrived_at - f.raised_at;
        to_site.push_back(static_cast<double>(minutes));
        if (minutes <= 30) ++within30;
        if (minutes <= 45) ++within45;
      }
    }
    if (!f.resolved) {
      const auto view = must(services::read_alarm(platform, region.coordinator, f.id), "read");
      if (!view.alarm.due_at) ++lost;
    }
  }
  const auto share = [](int part, int whole) { return whole > 0 ? 100.0 * part / whole : 0.0; };
  std::printf("storm: %d alarms in 60 minutes, followed for %lld minutes of platform clock (%.1f s)\n", alarms,
              static_cast<long long>(sim_now - start), seconds);
  std::printf("  physical responses: %d; on site within 30 min %.1f%%, within 45 min %.1f%% (arrived %d; minutes to "
              "site p50 %.0f, p90 %.0f, max %.0f)\n",
              physical, share(within30, physical), share(within45, physical), arrived, percentile(to_site, 0.5),
              percentile(to_site, 0.9), percentile(to_site, 1.0));
  std::printf("  resolved remotely: %d (%.1f%%); re-dispatched by the coordinator: %d; 112 advised: %d; lost: %d\n",
              remote, share(remote, alarms), redispatched, advised, lost);
  // The responders' own visits that answering made late, given back to the market (either
  // organisation's: a responder may work for both).
  int given_back = 0;
  const DayNumber today = start / kMinutesPerDay;
  for (const char* email : {demo::kDemoNoordCoordinatorEmail, demo::kDemoZuidCoordinatorEmail}) {
    const auto organisation = *log_in(platform, email).organisation_id;
    platform.db().read([&](store::Transaction& tx) {
      for (const auto& r : records::release_outcomes(tx, organisation, today, today + 1)) {
        if (r.cause != domain::ReleaseCause::alarm) continue;
        ++given_back;
      }
    });
  }
  // (The storm simulates no crowd claiming them again: the market's own figures do, Kpis.h.)
  std::printf("  responders' own visits given back to the market, made late by the response: %d\n", given_back);
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"Alarm dispatch in the benchmark region: decision latency, or an alarm storm"};
  app.add_option("--scenario", o.scenario)->check(CLI::IsMember({"latency", "storm"}))->capture_default_str();
  app.add_option("--database", o.database, "sqlite:PATH or postgresql://... (default: a fresh SQLite file in /tmp)");
  app.add_option("--clients", o.clients)->capture_default_str();
  app.add_option("--caregivers", o.caregivers)->capture_default_str();
  app.add_option("--alarms", o.alarms, "latency: 1000; storm: 300");
  app.add_option("--warmup", o.warmup, "latency: alarms not counted")->capture_default_str();
  app.add_option("--seed", o.seed)->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  std::string path;
  if (o.database.empty()) {
    path = (std::filesystem::temp_directory_path() / ("alarm_runner-" + std::to_string(::getpid()) + ".db")).string();
    o.database = "sqlite:" + path;
  }
  auto db = store::Database::open(o.database);
  services::Settings settings;
  settings.fast_password_hashing = true;  // the demo's logins: the runner logs in every caregiver
  LocalMinute sim_now = must(parse_local_time("2026-12-08T09:00", "clock"), "clock");
  services::Platform platform(*db, settings, [&sim_now] { return sim_now; });
  const Region region = seed_region(platform, o);
  if (o.scenario == "latency") {
    latency(platform, region, o);
  } else {
    storm(platform, region, o, sim_now);
  }
  db.reset();
  if (!path.empty()) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
  return 0;
}
