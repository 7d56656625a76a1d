// A caregiver's alarm offers, on every screen of their phone: an offer arriving over the live
// events announces itself (a dialog, a short tone through the Web Audio API and a vibration where
// the browser allows; silently without them) and is accepted or declined right there. Accepting
// opens the alarm with the client's details and the route; an offer someone else took or that ran
// out goes away with a word why.
import { useEffect, useRef, useState } from "preact/hooks";
import { post, type ApiError } from "../api";
import { clock, kilometres } from "../format";
import { useT } from "../i18n/language";
import { useLiveEvents } from "../live";
import { navigate } from "../router";
import { problemText } from "../formErrors";
import { ErrorMessage, Notice, asApiError } from "../ui";
import { kindLabel, offerEvent, priorityLabels, type Alarm, type OfferEvent } from "./alarmText";

type Priority = Alarm["priority"];
import "./alarms.css";

let audio: AudioContext | undefined;

// Three short high tones and a vibration; whatever the browser refuses is skipped without a word.
function announce() {
  try {
    navigator.vibrate?.([400, 200, 400, 200, 400]);
  } catch {
    // no vibration here
  }
  try {
    const Context: typeof AudioContext | undefined = window.AudioContext;
    if (!Context) return;
    audio ??= new Context();
    const ctx = audio;
    ctx.resume().catch(() => undefined);
    for (let i = 0; i < 3; i++) {
      const tone = ctx.createOscillator();
      const gain = ctx.createGain();
      tone.frequency.value = 880;
      gain.gain.value = 0.2;
      tone.connect(gain).connect(ctx.destination);
      const at = ctx.currentTime + i * 0.45;
      tone.start(at);
      tone.stop(at + 0.25);
    }
  } catch {
    // no sound here
  }
}

export function AlarmOffers() {
  const { t } = useT();
  const [offers, setOffers] = useState<OfferEvent[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const acceptButton = useRef<HTMLButtonElement>(null);

  useLiveEvents(["alarm.offered", "alarm.offer_closed"], (event) => {
    if (event.type === "alarm.offered") {
      const offer = offerEvent(event.data);
      if (!offer) return;
      setOffers((list) => [...list.filter((o) => o.alarm_id !== offer.alarm_id), offer]);
      setNote(null);
      announce();
      return;
    }
    const id = Number(event.data.alarm_id);
    setOffers((list) => {
      if (list.some((o) => o.alarm_id === id)) {
        setNote(event.data.status === "expired" ? t("alarmOffer.ranOut") : t("alarmOffer.taken"));
      }
      return list.filter((o) => o.alarm_id !== id);
    });
  });

  const offer = offers[0];
  useEffect(() => {
    if (offer) acceptButton.current?.focus();
  }, [offer?.alarm_id]);

  async function answer(action: "accept" | "decline") {
    if (!offer) return;
    setBusy(true);
    setError(null);
    try {
      await post(`/v1/alarms/${offer.alarm_id}/${action}`);
      setOffers((list) => list.filter((o) => o.alarm_id !== offer.alarm_id));
      if (action === "accept") navigate(`/alarm/${offer.alarm_id}`);
      else setNote(t("alarmOffer.declined"));
    } catch (e) {
      const problem = asApiError(e);
      // Taken meanwhile, or run out: the offer is gone either way.
      if (problem.status === 409 || problem.status === 404) {
        setOffers((list) => list.filter((o) => o.alarm_id !== offer.alarm_id));
        setNote(problemText(problem));
      } else {
        setError(problem);
      }
    } finally {
      setBusy(false);
    }
  }

  if (!offer) {
    return note ? (
      <div class="alarm-offer-note">
        <Notice>{note}</Notice>
      </div>
    ) : null;
  }
  return (
    <div class="alarm-offer" role="alertdialog" aria-labelledby="alarm-offer-title" aria-describedby="alarm-offer-facts">
      <h2 id="alarm-offer-title">{t("alarmOffer.title", { kind: kindLabel(offer.kind) })}</h2>
      <ul class="facts" id="alarm-offer-facts">
        <li>
          {t("alarmOffer.priority")}{" "}
          <strong>{offer.priority in priorityLabels ? priorityLabels[offer.priority as Priority] : offer.priority}</strong>
        </li>
        <li>{t("task.area", { area: offer.area })}</li>
        <li>{t("alarmOffer.away", { distance: kilometres(offer.distance_metres) })}</li>
        <li>{t("alarmOffer.thereIn", { minutes: offer.predicted_minutes })}</li>
        <li>{t("alarmOffer.answerBy", { time: clock(offer.expires_at) })}</li>
      </ul>
      <ErrorMessage error={error} />
      <div class="actions">
        <button type="button" class="primary" ref={acceptButton} disabled={busy} onClick={() => void answer("accept")}>
          {t("feed.offer.accept")}
        </button>
        <button type="button" disabled={busy} onClick={() => void answer("decline")}>
          {t("feed.offer.decline")}
        </button>
      </div>
      {offers.length > 1 && <p class="muted">{t("alarmOffer.more", { count: offers.length - 1 })}</p>}
    </div>
  );
}
