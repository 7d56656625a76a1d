// The bell in the top bar: how many notices are unread, and a panel with the latest, newest first,
// each with the time it came and a link to the screen it concerns. Opening the panel reads them.
// It listens to the one event stream of the tab for as long as the user is logged in, whatever
// screen is open, and on opening takes in what was published for the user while the app was closed
// (missed.ts); a new notice is also read out to screen readers.
import { useEffect, useRef, useState } from "preact/hooks";
import { useT } from "../i18n/language";
import { useLiveEvents } from "../live";
import { Link } from "../router";
import { usePlatformToday, useSession } from "../session";
import { addNotice, holds, markAllRead, onInboxChange, readInbox } from "./inbox";
import { noticeFrom, noticeTypes } from "./fromEvent";
import { markSeen, readMissed } from "./missed";
import { noticeText, noticeTime } from "./noticeText";
import "./notifications.css";

export function Bell() {
  const { t } = useT();
  const { me, platformNow } = useSession();
  const today = usePlatformToday();
  const [notices, setNotices] = useState(() => readInbox(me.id));
  const [open, setOpen] = useState(false);
  // Unread when the panel was opened: shown as new in it, though now counted as read.
  const [fresh, setFresh] = useState<Set<number>>(new Set());
  const [announced, setAnnounced] = useState("");
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const openNow = useRef(open);
  openNow.current = open;

  const types = noticeTypes[me.role] ?? [];
  // What was published for this user while the app was closed (or while the stream could not
  // resume): unread notices, each at the time it was published.
  const takeInMissed = () => {
    if (types.length === 0) return;
    readMissed(types)
      .then(({ events, upTo }) => {
        let kept = readInbox(me.id);
        let added = 0;
        for (const event of events) {
          const notice = noticeFrom(event, me.role, event.at);
          if (!notice || holds(kept, notice.id)) continue;
          kept = addNotice(me.id, notice);
          added++;
        }
        setNotices(openNow.current ? markAllRead(me.id) : kept);
        if (added > 0) setAnnounced(t("notifications.missed", { count: added }));
        markSeen(upTo);
      })
      .catch(() => undefined); // the bell goes on with what the stream brings
  };
  useLiveEvents(
    types,
    (event) => {
      const notice = noticeFrom(event, me.role, platformNow());
      if (!notice) return;
      // Seen as it comes when the panel is open.
      const kept = addNotice(me.id, openNow.current ? { ...notice, read: true } : notice);
      setNotices(openNow.current ? markAllRead(me.id) : kept);
      if (openNow.current) setFresh((s) => new Set(s).add(notice.id));
      setAnnounced(t("notifications.newNotice", { text: noticeText(notice, t) }));
      markSeen(event.id);
    },
    takeInMissed,
    takeInMissed,
  );
  useEffect(() => onInboxChange(me.id, () => setNotices(readInbox(me.id))), [me.id]);

  // Escape or a click outside closes the panel; Escape gives the focus back to the bell.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onClick = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [open]);

  function toggle() {
    if (open) {
      setOpen(false);
      return;
    }
    setFresh(new Set(notices.filter((n) => !n.read).map((n) => n.id)));
    setNotices(markAllRead(me.id));
    setOpen(true);
  }

  const unread = notices.filter((n) => !n.read).length;
  return (
    <div class="bell">
      <button
        type="button"
        ref={button}
        class="bell-button"
        aria-expanded={open}
        aria-controls="notifications-panel"
        aria-label={unread ? t("notifications.bellUnread", { count: unread }) : t("notifications.bell")}
        onClick={toggle}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
        </svg>
        {unread > 0 && (
          <span class="bell-count" aria-hidden="true">
            {unread > 9 ? "9+" : unread}
          </span>
        )}
      </button>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announced}
      </p>
      {open && (
        <div id="notifications-panel" class="bell-panel" ref={panel} role="region" aria-labelledby="notifications-heading">
          <h2 id="notifications-heading">{t("notifications.heading")}</h2>
          {notices.length === 0 ? (
            <p class="muted">{t("notifications.empty")}</p>
          ) : (
            <ol class="notices">
              {notices.map((n) => (
                // Following its link closes the panel (the click reaches the item after the link's).
                <li key={n.id} class={fresh.has(n.id) ? "notice-item fresh" : "notice-item"} data-kind={n.kind} onClick={() => setOpen(false)}>
                  <time dateTime={n.at}>{noticeTime(n, today)}</time>
                  <Link href={n.href}>{noticeText(n, t)}</Link>
                  {fresh.has(n.id) && <span class="badge">{t("notifications.new")}</span>}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
