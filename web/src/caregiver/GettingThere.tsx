// How the caregiver gets to a visit they hold, inside the privacy window: for a home visit a route
// to the client's door in the phone's own map app (geo:) or on openstreetmap.org, built from the
// coordinates the server sends with the address; for a digital visit, that it is a video call. The
// data holds no call link, so the app says where it comes from instead of making one up.
import { useT } from "../i18n/language";
import type { HeldTask } from "./shapes";

export function GettingThere({ task }: { task: HeldTask }) {
  const { t } = useT();
  if (task.mode === "digital") {
    return (
      <p class="video-call" data-testid="video-call">
        <strong>{t("day.video.title")}</strong> {t("day.video.link", { organisation: task.organisation.name })}
      </p>
    );
  }
  const c = task.client;
  if (!c || !Number.isFinite(c.lat) || !Number.isFinite(c.lon)) return null;
  // Five decimals: about a metre, more than a door needs.
  const to = `${c.lat.toFixed(5)},${c.lon.toFixed(5)}`;
  return (
    <p class="getting-there">
      <a class="button primary" href={`geo:${to}`}>
        {t("day.navigate")}
      </a>{" "}
      <a href={`https://www.openstreetmap.org/directions?to=${to}`} target="_blank" rel="noopener noreferrer">
        {t("day.routeOnMap")}
      </a>
    </p>
  );
}
