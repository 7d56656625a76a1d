// A small map of where a task is, before a claim, drawn in SVG (no tiles: nothing outside the
// carecrowd server is reachable). It is centred on the task's area as the feed gives it
// (`area_bounds`: the grid cell of about a square kilometre holding the client's home, the same for
// every home in it, never the address), drawn as that square, with the caregiver's home where it
// lies from there and a ring for scale.
import { kilometres } from "../format";
import { useT } from "../i18n/language";
import type { FeedTask } from "./shapes";

const width = 320;
const height = 220;
const centre = { x: width / 2, y: height / 2 };
const reach = 95; // pixels from the area's centre to the scale ring
const metresPerDegree = 111_195; // along a meridian (the earth's mean radius)

type Bounds = FeedTask["area_bounds"];
interface Place {
  lat: number;
  lon: number;
}

// A ring distance that reads well, holding `metres`.
function ringKm(metres: number): number {
  const km = metres / 1000;
  return [1, 2, 5, 10, 15, 20, 30, 50].find((r) => r >= km) ?? Math.ceil(km);
}

// Metres east and north of `from` (a flat projection: fine over a few kilometres).
function offset(from: Place, to: Place): { east: number; north: number } {
  const east = (to.lon - from.lon) * metresPerDegree * Math.cos((from.lat * Math.PI) / 180);
  return { east, north: (to.lat - from.lat) * metresPerDegree };
}

export function AreaMap({ area, bounds, distance, home }: { area: string; bounds: Bounds; distance: number; home?: Place }) {
  const { t } = useT();
  const mid: Place = { lat: (bounds.south + bounds.north) / 2, lon: (bounds.west + bounds.east) / 2 };
  const corner = offset(mid, { lat: bounds.north, lon: bounds.east });
  const toHome = home ? offset(mid, home) : null;
  const km = ringKm(Math.max(Math.hypot(corner.east, corner.north), toHome ? Math.hypot(toHome.east, toHome.north) + 150 : 0));
  const px = (metres: number) => (metres / 1000 / km) * reach;
  // Never smaller than a few pixels, however far home is.
  const cell = { w: Math.max(8, 2 * px(corner.east)), h: Math.max(8, 2 * px(corner.north)) };
  const homeAt = toHome ? { x: centre.x + px(toHome.east), y: centre.y - px(toHome.north) } : null;
  return (
    <figure class="area-map">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t("feed.details.mapLabel", { area, distance: kilometres(distance) })}
        data-centre-lat={mid.lat.toFixed(6)}
        data-centre-lon={mid.lon.toFixed(6)}
      >
        <circle class="scale-ring" cx={centre.x} cy={centre.y} r={reach} />
        <text class="scale-label" x={centre.x + 4} y={centre.y - reach - 4}>
          {kilometres(km * 1000)}
        </text>
        {homeAt && <line class="home-line" x1={homeAt.x} y1={homeAt.y} x2={centre.x} y2={centre.y} />}
        <rect
          class="area-cell"
          data-testid="area-cell"
          x={centre.x - cell.w / 2}
          y={centre.y - cell.h / 2}
          width={cell.w}
          height={cell.h}
        />
        <text class="area-label" x={centre.x} y={Math.max(14, centre.y - cell.h / 2 - 6)} text-anchor="middle">
          {t("task.area", { area })}
        </text>
        {homeAt && (
          <>
            <circle class="home-dot" data-testid="home-dot" cx={homeAt.x} cy={homeAt.y} r={6} />
            <text class="home-label" x={homeAt.x} y={homeAt.y > height - 24 ? homeAt.y - 12 : homeAt.y + 20} text-anchor="middle">
              {t("feed.details.home")}
            </text>
          </>
        )}
      </svg>
      <figcaption class="muted">{t("feed.details.mapCaption")}</figcaption>
    </figure>
  );
}
