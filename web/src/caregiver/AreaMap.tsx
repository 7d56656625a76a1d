// A small map of where a task is, before a claim, drawn in SVG (no tiles: nothing outside the
// carecrowd server is reachable). Before a claim the caregiver is told the task's postcode area and
// its straight-line distance from home, not the address nor the direction (need-to-know), so the
// area is drawn as a band around home at that distance: "somewhere about here", never a point.
import { kilometres } from "../format";
import { useT } from "../i18n/language";

const width = 320;
const height = 220;
const centre = { x: width / 2, y: height / 2 };
const reach = 95; // pixels from home to the outermost ring
// Half the band's width: the distance is rounded to 100 m and a postcode area is about a kilometre across.
const areaHalfMetres = 500;

// A ring distance that reads well.
function outerKm(metres: number): number {
  const km = (metres + areaHalfMetres) / 1000;
  return [1, 2, 5, 10, 15, 20, 30, 50].find((r) => r >= km) ?? Math.ceil(km);
}

export function AreaMap({ area, distance }: { area: string; distance: number }) {
  const { t } = useT();
  const km = outerKm(distance);
  const px = (metres: number) => (metres / 1000 / km) * reach;
  const inner = px(Math.max(0, distance - areaHalfMetres));
  const outer = px(distance + areaHalfMetres);
  return (
    <figure class="area-map">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t("feed.details.mapLabel", { area, distance: kilometres(distance) })}
      >
        <circle class="scale-ring" cx={centre.x} cy={centre.y} r={reach} />
        <text class="scale-label" x={centre.x + 4} y={centre.y - reach - 4}>
          {kilometres(km * 1000)}
        </text>
        {/* the area: a band from (distance − 500 m) to (distance + 500 m) around home */}
        <circle
          class="area-band"
          data-testid="area-band"
          cx={centre.x}
          cy={centre.y}
          r={(inner + outer) / 2}
          stroke-width={Math.max(4, outer - inner)}
        />
        <text class="area-label" x={centre.x} y={Math.max(14, centre.y - (inner + outer) / 2 - Math.max(4, outer - inner) / 2 - 4)} text-anchor="middle">
          {t("task.area", { area })}
        </text>
        <circle class="home-dot" data-testid="home-dot" cx={centre.x} cy={centre.y} r={7} />
        <text class="home-label" x={centre.x} y={centre.y + 22} text-anchor="middle">
          {t("feed.details.home")}
        </text>
      </svg>
      <figcaption class="muted">{t("feed.details.mapCaption")}</figcaption>
    </figure>
  );
}
