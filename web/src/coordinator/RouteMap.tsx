// A day's routes drawn from the clients' coordinates: no tiles (nothing outside the carecrowd server
// is reachable), just an equirectangular projection of the day's addresses fitted to their bounding
// box. Each caregiver's route starts and ends at their home (as the organisation knows it: rounded
// to about 200 m, a house marker) and joins their visits in planned order with numbered stops; open
// tasks are hollow markers. The table under the map says the same in words.
import { useState } from "preact/hooks";
import { clock, dateLabel, kilometres } from "../format";
import { navigate, useLocation } from "../router";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { Empty, Loaded, useLoad } from "../ui";
import { caregiverNames, fetchAll, loadCaregivers, nameOf, routeColour, startMinute, startOf, type Task } from "./data";
import "./coordinator.css";
import { useT } from "../i18n/language";
import { DateField } from "../DateTimeFields";

interface Route {
  caregiverId: number;
  name: string;
  colour: string;
  stops: Task[];
  home?: { lat: number; lon: number };
}

const width = 1000;

// Equirectangular: x = lon·cos(φ0), y = −lat, scaled uniformly into the view box with a margin.
function projection(points: { lat: number; lon: number }[]) {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const minLon = Math.min(...lons);
  const maxLon = Math.max(...lons);
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * k, 0.005);
  const spanY = Math.max(maxLat - minLat, 0.005);
  const height = Math.round(Math.min(Math.max((width * spanY) / spanX, 420), 1100));
  const margin = 40;
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return {
    height,
    // pixels per kilometre: a degree of latitude is 111.32 km
    perKm: scale / 111.32,
    at(p: { lat: number; lon: number }) {
      return { x: offsetX + (p.lon - minLon) * k * scale, y: offsetY + (maxLat - p.lat) * scale };
    },
  };
}

// A digital visit (a video call) happens nowhere: it is listed, not drawn.
function located(t: Task): boolean {
  return t.mode !== "digital";
}

export function RouteMap(_props: ScreenProps) {
  const { t } = useT();
  const today = usePlatformToday();
  const { me } = useSession();
  const { params } = useLocation();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(params.get("date") ?? "") ? params.get("date")! : today;
  const state = useLoad(
    () => Promise.all([fetchAll<Task>("/v1/tasks", { from: date, to: date }), loadCaregivers(me.organisation_id ?? 0)]),
    [date, me.organisation_id],
  );
  const [hidden, setHidden] = useState<Set<number>>(new Set());
  const [hideOpen, setHideOpen] = useState(false);

  return (
    <section class="coordinator map-screen">
      <h1>{t("map.title")}</h1>
      <div class="toolbar">
        <DateField label={t("board.date")} value={date} onValue={(v) => v && navigate(`/map?date=${v}`)} />
      </div>
      <Loaded state={state} what={t("map.loading")}>
        {([allTasks, caregivers]) => {
          const names = caregiverNames(caregivers);
          const homes = new Map(caregivers.map((c) => [c.id, c.home_near]));
          const tasks = allTasks.filter((task) => task.status !== "cancelled");
          const places = tasks.filter(located);
          const digital = tasks.filter((task) => task.mode === "digital").length;
          if (places.length === 0) {
            return (
              <Empty title={t("map.empty.title", { date: dateLabel(date) })}>
                {digital ? t("map.empty.digital", { count: digital }) : t("map.empty.none")}
              </Empty>
            );
          }
          const byCaregiver = new Map<number, Task[]>();
          for (const task of places) {
            if (task.caregiver_id === null) continue;
            byCaregiver.set(task.caregiver_id, [...(byCaregiver.get(task.caregiver_id) ?? []), task]);
          }
          const routes: Route[] = [...byCaregiver.entries()]
            .map(([id, stops]) => ({
              caregiverId: id,
              name: nameOf(names, id),
              colour: "",
              stops: stops.sort((a, b) => startMinute(a) - startMinute(b) || a.id - b.id),
              home: homes.get(id),
            }))
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((r, i) => ({ ...r, colour: routeColour(i) }));
          const open = places.filter((task) => task.caregiver_id === null);
          const map = projection([...places, ...routes.flatMap((r) => (r.home ? [r.home] : []))]);
          const visible = routes.filter((r) => !hidden.has(r.caregiverId));
          const kmBar = map.perKm >= 40 ? 1 : map.perKm >= 8 ? 5 : 10;
          const toggle = (id: number) => {
            const next = new Set(hidden);
            if (next.has(id)) next.delete(id);
            else next.add(id);
            setHidden(next);
          };
          return (
            <>
              <h2>{dateLabel(date)}</h2>
              <p class="muted">
                {t("map.routes", { count: routes.length })}, {t("map.openToTravel", { count: open.length })}
                {digital > 0 && `; ${t("map.digitalNotOnMap", { count: digital })}`}.
              </p>
              <div class="map-layout">
                <svg
                  class="route-map"
                  viewBox={`0 0 ${width} ${map.height}`}
                  role="img"
                  aria-label={t("map.label", { routes: visible.length, open: hideOpen ? 0 : open.length, date: dateLabel(date) })}
                >
                  <rect x={0} y={0} width={width} height={map.height} fill="#eef3f1" />
                  {!hideOpen &&
                    open.map((task) => {
                      const p = map.at(task);
                      return (
                        <g class="open-marker" data-task-id={task.id}>
                          <title>
                            {t("map.openMarker", {
                              window: `${clock(task.window.start)}–${clock(task.window.end)}`,
                              type: task.type,
                              client: task.client_name,
                            })}
                            {task.at_risk ? ` (${t("board.atRisk")})` : ""}
                          </title>
                          <circle class="open-stop" cx={p.x} cy={p.y} r={6} />
                          {task.at_risk && <circle class="risk-ring" cx={p.x} cy={p.y} r={11} />}
                        </g>
                      );
                    })}
                  {visible.map((r) => (
                    <polyline
                      class="route"
                      data-caregiver-id={r.caregiverId}
                      stroke={r.colour}
                      points={[...(r.home ? [r.home] : []), ...r.stops, ...(r.home ? [r.home] : [])]
                        .map((place) => {
                          const p = map.at(place);
                          return `${p.x.toFixed(1)},${p.y.toFixed(1)}`;
                        })
                        .join(" ")}
                    />
                  ))}
                  {visible.map((r) => {
                    if (!r.home) return null;
                    const p = map.at(r.home);
                    return (
                      <g class="home" data-caregiver-id={r.caregiverId}>
                        <title>{t("map.home", { name: r.name })}</title>
                        <path
                          d={`M${p.x - 8},${p.y + 7} V${p.y - 2} L${p.x},${p.y - 9} L${p.x + 8},${p.y - 2} V${p.y + 7} Z`}
                          fill="#fff"
                          stroke={r.colour}
                          stroke-width={2.5}
                        />
                      </g>
                    );
                  })}
                  {visible.map((r) =>
                    r.stops.map((task, i) => {
                      const p = map.at(task);
                      return (
                        <g class="stop" data-task-id={task.id}>
                          <title>
                            {t("map.stop", { name: r.name, n: i + 1, time: clock(startOf(task)), type: task.type, client: task.client_name })}
                            {task.at_risk ? ` (${t("board.atRisk")})` : ""}
                          </title>
                          <circle cx={p.x} cy={p.y} r={9} fill={r.colour} stroke="#fff" stroke-width={1.5} />
                          <text class="stop-number" x={p.x} y={p.y}>
                            {i + 1}
                          </text>
                          {task.at_risk && (
                            <>
                              <circle class="risk-ring" cx={p.x} cy={p.y} r={14} />
                              <text class="risk-label" x={p.x + 12} y={p.y - 10}>
                                !
                              </text>
                            </>
                          )}
                        </g>
                      );
                    }),
                  )}
                  <g class="scale-bar" aria-hidden="true">
                    <line x1={20} y1={map.height - 20} x2={20 + kmBar * map.perKm} y2={map.height - 20} stroke="#37474f" stroke-width={3} />
                    <text x={20} y={map.height - 28} font-size="13" fill="#37474f">
                      {kilometres(kmBar * 1000)}
                    </text>
                  </g>
                </svg>
                <div class="map-legend">
                  <h3 id="map-legend-title">{t("map.show")}</h3>
                  <div class="legend-buttons">
                    <button type="button" onClick={() => setHidden(new Set())}>
                      {t("map.showAll")}
                    </button>
                    <button type="button" onClick={() => setHidden(new Set(routes.map((r) => r.caregiverId)))}>
                      {t("map.hideAll")}
                    </button>
                  </div>
                  <ul aria-labelledby="map-legend-title">
                    <li>
                      <label>
                        <input type="checkbox" checked={!hideOpen} onChange={() => setHideOpen(!hideOpen)} />
                        <span class="open-swatch" aria-hidden="true" />
                        {t("map.openTasks", { count: open.length, risk: open.filter((task) => task.at_risk).length })}
                      </label>
                    </li>
                    {routes.map((r) => (
                      <li>
                        <label>
                          <input type="checkbox" checked={!hidden.has(r.caregiverId)} onChange={() => toggle(r.caregiverId)} />
                          <span class="route-swatch" style={{ background: r.colour }} aria-hidden="true" />
                          {r.name} ({r.stops.length})
                        </label>
                      </li>
                    ))}
                  </ul>
                  <p class="muted stop-info">
                    {t("map.numbers")} <span aria-hidden="true">(!)</span> {t("map.ring")}
                  </p>
                </div>
              </div>
              <h2>{t("map.routesHeading")}</h2>
              {routes.length === 0 ? (
                <Empty title={t("map.noRoutes.title")}>{t("map.noRoutes.text")}</Empty>
              ) : (
                <div class="table-wrap">
                  <table class="routes-table">
                    <caption class="visually-hidden">{t("map.caption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("role.caregiver")}</th>
                        <th scope="col">{t("map.stops")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {routes.map((r) => (
                        <tr>
                          <th scope="row">
                            <span class="route-swatch" style={{ background: r.colour }} aria-hidden="true" /> {r.name}
                          </th>
                          <td>
                            <ol>
                              {r.stops.map((task) => (
                                <li>
                                  {clock(startOf(task))} {task.type} – {task.client_name} ({task.area})
                                  {task.at_risk && <strong class="risk-text"> {t("board.atRisk")}</strong>}
                                </li>
                              ))}
                            </ol>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {open.length > 0 && (
                <details class="card open-list">
                  <summary>{t("map.openOnMap", { count: open.length })}</summary>
                  <ul>
                    {open
                      .slice()
                      .sort((a, b) => startMinute(a) - startMinute(b))
                      .map((task) => (
                        <li>
                          {clock(task.window.start)}–{clock(task.window.end)} {task.type} – {task.client_name} ({task.area})
                          {task.at_risk && <strong class="risk-text"> {t("board.atRisk")}</strong>}
                        </li>
                      ))}
                  </ul>
                </details>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
