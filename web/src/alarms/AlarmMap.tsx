// Where an alarm's candidates are, drawn in SVG around the client (no tiles: nothing outside the
// carecrowd server is reachable). The alarm centre is told each caregiver's distance from the
// client, not where they are (need-to-know), so each is drawn on a ring at that distance, spread
// around the client; the table beside it says the same in words.
import { kilometres, minutes } from "../format";
import { useT } from "../i18n/language";
import { offerStatusLabels, type AlarmOffer } from "./alarmText";

const size = 360;
const centre = size / 2;
const reach = 150; // pixels from the client to the outermost ring

// A ring distance that reads well: 1, 2, 5, 10, 15 or 20 km.
function outerKm(metres: number[]): number {
  const furthest = Math.max(0, ...metres) / 1000;
  return [1, 2, 5, 10, 15, 20].find((km) => km >= furthest) ?? Math.ceil(furthest);
}

export function AlarmMap(props: { offers: AlarmOffer[]; names: Map<number, string>; place: string }) {
  const { offers, names } = props;
  const { t } = useT();
  const km = outerKm(offers.map((o) => o.distance_metres));
  const rings = [km / 3, (2 * km) / 3, km];
  const pixels = (metres: number) => (Math.min(metres / 1000, km) / km) * reach;
  return (
    <figure class="alarm-map">
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={t("alarmMap.label", { place: props.place })}>
        {rings.map((r) => (
          <g>
            <circle class="ring" cx={centre} cy={centre} r={(r / km) * reach} />
            <text class="ring-label" x={centre + 4} y={centre - (r / km) * reach - 3}>
              {kilometres(r * 1000)}
            </text>
          </g>
        ))}
        <circle class="client-dot" cx={centre} cy={centre} r={9} />
        <text class="client-label" x={centre} y={centre + 24} text-anchor="middle">
          {props.place}
        </text>
        {offers.map((o, i) => {
          const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, offers.length) + 0.35;
          const r = pixels(o.distance_metres);
          const x = centre + r * Math.cos(angle);
          const y = centre + r * Math.sin(angle);
          const name = names.get(o.caregiver_id) ?? t("alarm.actor.caregiver", { id: o.caregiver_id });
          return (
            <g class={`candidate ${o.status}`} data-caregiver-id={o.caregiver_id}>
              <line x1={centre} y1={centre} x2={x} y2={y} />
              <circle cx={x} cy={y} r={7} />
              <text x={x} y={y - 11} text-anchor="middle">
                {name.split(" ")[0]} · {minutes(o.predicted_minutes)}
              </text>
              <title>
                {t("alarmMap.candidate", {
                  name,
                  status: offerStatusLabels[o.status],
                  distance: kilometres(o.distance_metres),
                  minutes: o.predicted_minutes,
                })}
              </title>
            </g>
          );
        })}
      </svg>
      <figcaption class="muted">
        {t("alarmMap.caption")}
      </figcaption>
    </figure>
  );
}
