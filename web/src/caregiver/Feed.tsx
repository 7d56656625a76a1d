// Open tasks near me: what coordinators offered me first (accept or decline), then the market's
// feed, best fit first; both follow the live events (a new offer, an urgent task that fits me).
// Nothing here names a client: the server sends type, window, duration, pay, area and distance
// only, and the shapes have no field for more.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, get, post, query } from "../api";
import { addDays, clock, dateLabel, dateTime, hours, minutes, mondayOf } from "../format";
import { useT, type Translate } from "../i18n/language";
import { useLiveRefresh } from "../live";
import { Link } from "../router";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { problemText } from "../formErrors";
import { asApiError, ErrorMessage, Loading, Notice, Select, useLoad } from "../ui";
import "./caregiver.css";
import type { Answer } from "../types";
import type { Availability, Caregiver, Feed as FeedPage, FeedTask, MyTasks, Proposal } from "./shapes";
import { TaskBadges, TaskFacts, windowLabel } from "./TaskFacts";
import { TaskDetails } from "./TaskDetails";

const pageSize = 20;
const feedDays = 14;

interface Claimed {
  type: string;
  day: string;
  window: string;
}

export function Feed(_props: ScreenProps) {
  const { t } = useT();
  const today = usePlatformToday();
  const { me } = useSession();
  // My travel mode, level and kind, for a task's details (travel time, who may do it, allowance).
  const profile = useLoad(() => get<Caregiver>(`/v1/caregivers/${me.caregiver_id}`), [me.caregiver_id]);
  const [dayFilter, setDayFilter] = useState("");
  const [claimed, setClaimed] = useState<Claimed | null>(null);
  const [feedVersion, setFeedVersion] = useState(0);
  // The claimed card leaves the list and takes the focus with it; the notice gets it instead, so a
  // keyboard or screen-reader user hears what happened and the phone scrolls to it.
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (claimed) noticeRef.current?.focus();
  }, [claimed]);

  const dayOptions = [{ value: "", label: t("feed.next7") }];
  for (let i = 0; i < feedDays; i++) {
    const d = addDays(today, i);
    dayOptions.push({ value: d, label: i === 0 ? t("feed.today", { date: dateLabel(d) }) : dateLabel(d) });
  }

  function onClaimed(what: Claimed) {
    setClaimed(what);
  }

  return (
    <div class="caregiver-screen">
      <h1>{t("feed.title")}</h1>
      {claimed && (
        <div ref={noticeRef} tabIndex={-1} class="claimed-notice">
          <Notice kind="success">
            {t("feed.claimed", { type: claimed.type, date: dateLabel(claimed.day), window: claimed.window })}{" "}
            <Link href={`/day?date=${claimed.day}`}>{t("feed.seeInMyDay")}</Link>
          </Notice>
        </div>
      )}
      <Offers
        profile={profile.data}
        onAccepted={(what) => {
          onClaimed(what);
          setFeedVersion((v) => v + 1); // an accepted offer changes what else fits my day
        }}
      />
      <h2 id="feed-heading">{t("feed.heading")}</h2>
      <div class="toolbar">
        <Select
          label={t("feed.day")}
          value={dayFilter}
          options={dayOptions}
          onChange={(e) => setDayFilter((e.target as HTMLSelectElement).value)}
        />
      </div>
      <FeedList
        key={`${dayFilter}|${feedVersion}`}
        from={dayFilter || today}
        to={dayFilter || addDays(today, 6)}
        onClaimed={onClaimed}
        profile={profile.data}
      />
    </div>
  );
}

// Proposals a coordinator's planning run offered me; accepting claims the task.
function Offers({ onAccepted, profile }: { onAccepted: (what: Claimed) => void; profile: Caregiver | undefined }) {
  const { t } = useT();
  const [opened, setOpened] = useState<number | null>(null);
  const state = useLoad(() => get<Answer<"/v1/my/proposals">>("/v1/my/proposals"), []);
  // A coordinator's plan offered me something: the list shows it without a reload.
  useLiveRefresh(["proposal.offered"], () => true, state.reload);
  const [gone, setGone] = useState<Set<number>>(new Set());
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState<number | null>(null);
  const [declined, setDeclined] = useState<string | null>(null);
  const declinedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (declined) declinedRef.current?.focus();
  }, [declined]);

  async function answer(p: Proposal, verb: "accept" | "decline") {
    setBusy(p.id);
    setDeclined(null);
    try {
      await post(`/v1/proposals/${p.id}/${verb}`);
      setGone((s) => new Set(s).add(p.id));
      setErrors(({ [p.id]: _, ...rest }) => rest);
      if (verb === "accept") onAccepted({ type: p.task.type, day: p.task.day, window: t("feed.offer.startAt", { time: clock(p.planned_start) }) });
      else setDeclined(t("feed.offer.declined", { type: p.task.type, date: dateLabel(p.task.day) }));
    } catch (e) {
      setErrors((m) => ({ ...m, [p.id]: problemText(asApiError(e)) }));
    } finally {
      setBusy(null);
    }
  }

  if (state.error) return <ErrorMessage error={state.error} />;
  const offers = (state.data?.items ?? []).filter((p) => p.status === "pending" && !gone.has(p.id));
  if (!offers.length && !declined) return null;
  return (
    <section aria-labelledby="offers-heading">
      <h2 id="offers-heading">{t("feed.offer.heading")}</h2>
      {declined && (
        <div ref={declinedRef} tabIndex={-1} class="claimed-notice">
          <Notice>{declined}</Notice>
        </div>
      )}
      {offers.length > 0 && (
        <ul class="cards">
          {offers.map((p) => (
            <li class="card task-card offer" key={p.id} data-proposal={p.id}>
              <div class="task-head">
                <h3>{p.task.type}</h3>
                <span class="when">
                  {t("feed.offer.planned", { date: dateLabel(p.task.day), time: clock(p.planned_start) })}
                </span>
              </div>
              <p class="muted window-line">{windowLabel(p.task.window, false)}</p>
              <TaskBadges mode={p.task.mode} />
              <TaskFacts
                duration={p.task.duration_minutes}
                pay={p.task.pay_cents}
                area={p.task.area}
                organisation={p.organisation}
                mode={p.task.mode}
              />
              <p class="deadline">
                {t("feed.offer.deadline", { when: dateTime(p.deadline) })}
              </p>
              <button
                type="button"
                class="wide details-toggle"
                aria-expanded={opened === p.id}
                aria-controls={`offer-details-${p.id}`}
                aria-label={t(opened === p.id ? "feed.details.hideLabel" : "feed.details.showLabel", { type: p.task.type, window: windowLabel(p.task.window) })}
                onClick={() => setOpened(opened === p.id ? null : p.id)}
              >
                {opened === p.id ? t("feed.details.hide") : t("feed.details.show")}
              </button>
              {opened === p.id && <TaskDetails task={p.task} profile={profile} id={`offer-details-${p.id}`} />}
              {errors[p.id] && (
                <p class="error" role="alert">
                  {errors[p.id]}
                </p>
              )}
              <div class="card-actions">
                <button
                  type="button"
                  class="primary"
                  disabled={busy === p.id}
                  aria-label={t("feed.offer.acceptLabel", { type: p.task.type, date: dateLabel(p.task.day), time: clock(p.planned_start) })}
                  onClick={() => answer(p, "accept")}
                >
                  {t("feed.offer.accept")}
                </button>
                <button
                  type="button"
                  disabled={busy === p.id}
                  aria-label={t("feed.offer.declineLabel", { type: p.task.type, date: dateLabel(p.task.day), time: clock(p.planned_start) })}
                  onClick={() => answer(p, "decline")}
                >
                  {t("feed.offer.decline")}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// One day range of the feed, paged with "Show more". A claimed card leaves the list; a refused
// claim keeps the card and shows the server's reason on it.
function FeedList(props: { from: string; to: string; onClaimed: (what: Claimed) => void; profile: Caregiver | undefined }) {
  const { t } = useT();
  const [items, setItems] = useState<FeedTask[]>([]);
  const [nextAfter, setNextAfter] = useState<number | undefined>(undefined);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [claimedHere, setClaimedHere] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [refusals, setRefusals] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState<number | null>(null);
  const [opened, setOpened] = useState<Set<number>>(new Set());
  const toggleDetails = (id: number) =>
    setOpened((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  async function load(after?: number, limit = pageSize) {
    setLoading(true);
    try {
      const page = await get<FeedPage>(`/v1/feed${query({ from: props.from, to: props.to, limit, after })}`);
      setItems((old) => {
        const seen = new Set(old.map((t) => t.id));
        return [...(after === undefined ? [] : old), ...page.items.filter((t) => after === undefined || !seen.has(t.id))];
      });
      setNextAfter(page.next_after);
      setTotal(page.total);
      if (after === undefined) setClaimedHere(0);  // a fresh ranking: positions hold again
      setError(null);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setLoading(false);
    }
  }

  useEffect(() => {
    load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // An urgent task that newly fits me, on the days shown: a fresh ranking, as long as what is shown.
  useLiveRefresh(
    ["task.urgent"],
    (event) => {
      const start = (event.data.window as { start?: unknown } | undefined)?.start;
      const day = typeof start === "string" ? start.slice(0, 10) : "";
      return day >= props.from && day <= props.to;
    },
    () => load(undefined, Math.min(500, Math.max(pageSize, items.length))),
  );

  async function claim(task: FeedTask) {
    setBusy(task.id);
    try {
      await post(`/v1/tasks/${task.id}/claim`);
      const left = items.filter((t) => t.id !== task.id);
      setItems(left);
      // The last card shown is gone but there is more: fetch the (re-ranked) feed afresh.
      if (left.length === 0 && nextAfter !== undefined) load();
      setClaimedHere((n) => n + 1);
      setTotal((n) => (n === undefined ? n : n - 1));
      setRefusals(({ [task.id]: _, ...rest }) => rest);
      props.onClaimed({ type: task.type, day: task.window.start.slice(0, 10), window: windowLabel(task.window, false) });
    } catch (e) {
      setRefusals((m) => ({ ...m, [task.id]: claimRefusal(asApiError(e), t) }));
    } finally {
      setBusy(null);
    }
  }

  // The feed's paging is a position in its ranking, and a claim re-ranks the rest (extra travel,
  // fit around the new visit). After a claim "Show more" therefore fetches the ranking afresh,
  // as long as what is shown plus a page, instead of continuing from a position that has moved.
  function showMore() {
    if (claimedHere > 0) load(undefined, Math.min(500, items.length + pageSize));
    else load(nextAfter);
  }

  if (error && !items.length) return <ErrorMessage error={error} />;
  if (loading && !items.length) return <Loading what={t("feed.loading")} />;
  if (!items.length) return <EmptyFeed judged={total !== undefined} />;

  return (
    <>
      <p class="muted" aria-live="polite">
        {total !== undefined ? t("feed.fit", { count: total }) : t("feed.shown", { count: items.length })}
        {total !== undefined && items.length < total ? `, ${t("feed.shown", { count: items.length })}` : ""}
      </p>
      <ul class="cards" aria-labelledby="feed-heading">
        {items.map((task) => (
          <li class="card task-card" key={task.id} data-task={task.id}>
            <div class="task-head">
              <h3>{task.type}</h3>
              <span class="when">{windowLabel(task.window)}</span>
            </div>
            <TaskBadges
              mode={task.mode}
              urgent={task.urgent}
              doubleStaffed={task.double_staffed}
              continuity={task.continuity}
            />
            <TaskFacts
              duration={task.duration_minutes}
              pay={task.pay_cents}
              area={task.area}
              organisation={task.organisation}
              mode={task.mode}
              distance={task.distance_metres}
              extraTravel={task.extra_travel_minutes}
            />
            <button
              type="button"
              class="wide details-toggle"
              aria-expanded={opened.has(task.id)}
              aria-controls={`details-${task.id}`}
              aria-label={t(opened.has(task.id) ? "feed.details.hideLabel" : "feed.details.showLabel", { type: task.type, window: windowLabel(task.window) })}
              onClick={() => toggleDetails(task.id)}
            >
              {opened.has(task.id) ? t("feed.details.hide") : t("feed.details.show")}
            </button>
            {opened.has(task.id) && <TaskDetails task={task} profile={props.profile} id={`details-${task.id}`} />}
            {refusals[task.id] && (
              <p class="error" role="alert">
                {refusals[task.id]}
              </p>
            )}
            <button
              type="button"
              class="primary wide"
              disabled={busy === task.id}
              aria-label={t("feed.claimLabel", { type: task.type, window: windowLabel(task.window) })}
              onClick={() => claim(task)}
            >
              {busy === task.id ? t("feed.claiming") : t("feed.claim")}
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} />
      {nextAfter !== undefined && (
        <button type="button" class="wide" disabled={loading} onClick={showMore}>
          {loading ? t("common.loading") : t("feed.more")}
        </button>
      )}
    </>
  );
}

// The server's reason, in words for someone standing on a doorstep.
function claimRefusal(error: ApiError, t: Translate): string {
  const reason = problemText(error);
  if (error.status === 409 && /already claimed/.test(reason)) return t("feed.refused.taken", { reason });
  if (error.status === 409) return t("feed.refused.cannot", { reason });
  if (error.status === 404) return t("feed.refused.gone");
  return reason;
}

// Why the list is empty, with what the server knows about me: no organisation, no published
// hours, a week already full, or certificates the tasks near me need.
function EmptyFeed({ judged }: { judged: boolean }) {
  const { t } = useT();
  const { me } = useSession();
  const today = usePlatformToday();
  const week = mondayOf(today);
  const facts = useLoad(
    () =>
      Promise.all([
        get<Caregiver>(`/v1/caregivers/${me.caregiver_id}`),
        get<Availability>(`/v1/caregivers/${me.caregiver_id}/availability`),
        get<MyTasks>(`/v1/my/tasks${query({ from: week, to: addDays(week, 6) })}`),
      ]),
    [me.caregiver_id, week],
  );
  const [profile, availability, held] = facts.data ?? [];
  const heldMinutes = held?.items.reduce((sum, t) => sum + t.duration_minutes, 0) ?? 0;
  return (
    <div class="empty" role="status">
      <strong>{judged ? t("feed.empty.titleDays") : t("feed.empty.titleYet")}</strong>
      {profile && profile.organisations.length === 0 && <p>{t("feed.empty.noOrganisation")}</p>}
      {availability && availability.recurring.length === 0 && availability.one_off.length === 0 && (
        <p>{t("feed.empty.noAvailability")}</p>
      )}
      {profile && held && (
        <p>{t("feed.empty.week", { held: minutes(heldMinutes), max: hours(profile.max_hours_week) })}</p>
      )}
      <p>{t("feed.empty.only")}</p>
      <ul class="empty-reasons">
        <li>
          {t("feed.empty.hours")} (<Link href="/availability">{t("feed.empty.setAvailability")}</Link>),
        </li>
        <li>{t("feed.empty.weekly")}</li>
        <li>
          {t("feed.empty.level")} (<Link href="/certificates">{t("feed.empty.myCertificates")}</Link>),
        </li>
        <li>{t("feed.empty.near")}</li>
      </ul>
    </div>
  );
}
