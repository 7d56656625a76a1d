// A day's routes drawn from the clients' coordinates: no tiles (nothing outside the carecrowd server
// is reachable), just an equirectangular projection of the day's addresses fitted to their bounding
// box. Each caregiver's visits are joined in planned order with numbered stops; open tasks are
// hollow markers. The table under the map says the same in words.
import { useState } from "preact/hooks";
import { clock, dateLabel } from "../format";
import { navigate, useLocation } from "../router";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { Empty, Field, Loaded, useLoad } from "../ui";
import { caregiverNames, fetchAll, loadCaregivers, nameOf, routeColour, startMinute, startOf, type Task } from "./data";
import "./coordinator.css";

interface Route {
  caregiverId: number;
  name: string;
  colour: string;
  stops: Task[];
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
      <h1>Routes map</h1>
      <div class="toolbar">
        <Field
          label="Date"
          type="date"
          value={date}
          onChange={(e) => e.currentTarget.value && navigate(`/map?date=${e.currentTarget.value}`)}
        />
      </div>
      <Loaded state={state} what="the day's routes">
        {([allTasks, caregivers]) => {
          const names = caregiverNames(caregivers);
          const tasks = allTasks.filter((t) => t.status !== "cancelled");
          const places = tasks.filter(located);
          const digital = tasks.filter((t) => t.mode === "digital").length;
          if (places.length === 0) {
            return (
              <Empty title={`No visits to travel to on ${dateLabel(date)}`}>
                {digital ? `There are only ${digital} digital visits on this day.` : "No task is planned on this day."}
              </Empty>
            );
          }
          const byCaregiver = new Map<number, Task[]>();
          for (const t of places) {
            if (t.caregiver_id === null) continue;
            byCaregiver.set(t.caregiver_id, [...(byCaregiver.get(t.caregiver_id) ?? []), t]);
          }
          const routes: Route[] = [...byCaregiver.entries()]
            .map(([id, stops]) => ({
              caregiverId: id,
              name: nameOf(names, id),
              colour: "",
              stops: stops.sort((a, b) => startMinute(a) - startMinute(b) || a.id - b.id),
            }))
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((r, i) => ({ ...r, colour: routeColour(i) }));
          const open = places.filter((t) => t.caregiver_id === null);
          const map = projection(places);
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
                {routes.length} caregiver route{routes.length === 1 ? "" : "s"}, {open.length} open task
                {open.length === 1 ? "" : "s"} to travel to
                {digital > 0 && `; ${digital} digital visits are not on the map`}.
              </p>
              <div class="map-layout">
                <svg
                  class="route-map"
                  viewBox={`0 0 ${width} ${map.height}`}
                  role="img"
                  aria-label={`Map of ${visible.length} routes and ${hideOpen ? 0 : open.length} open tasks on ${dateLabel(date)}; the table below lists the same routes`}
                >
                  <rect x={0} y={0} width={width} height={map.height} fill="#eef3f1" />
                  {!hideOpen &&
                    open.map((t) => {
                      const p = map.at(t);
                      return (
                        <g class="open-marker" data-task-id={t.id}>
                          <title>
                            {`Open: ${clock(t.window.start)}–${clock(t.window.end)} ${t.type}, ${t.client_name}${t.at_risk ? " (at risk)" : ""}`}
                          </title>
                          <circle class="open-stop" cx={p.x} cy={p.y} r={6} />
                          {t.at_risk && <circle class="risk-ring" cx={p.x} cy={p.y} r={11} />}
                        </g>
                      );
                    })}
                  {visible.map((r) => (
                    <polyline
                      class="route"
                      data-caregiver-id={r.caregiverId}
                      stroke={r.colour}
                      points={r.stops
                        .map((t) => {
                          const p = map.at(t);
                          return `${p.x.toFixed(1)},${p.y.toFixed(1)}`;
                        })
                        .join(" ")}
                    />
                  ))}
                  {visible.map((r) =>
                    r.stops.map((t, i) => {
                      const p = map.at(t);
                      return (
                        <g class="stop" data-task-id={t.id}>
                          <title>{`${r.name}, stop ${i + 1}: ${clock(startOf(t))} ${t.type}, ${t.client_name}${t.at_risk ? " (at risk)" : ""}`}</title>
                          <circle cx={p.x} cy={p.y} r={9} fill={r.colour} stroke="#fff" stroke-width={1.5} />
                          <text class="stop-number" x={p.x} y={p.y}>
                            {i + 1}
                          </text>
                          {t.at_risk && (
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
                      {kmBar} km
                    </text>
                  </g>
                </svg>
                <div class="map-legend">
                  <h3 id="map-legend-title">Show on the map</h3>
                  <div class="legend-buttons">
                    <button type="button" onClick={() => setHidden(new Set())}>
                      Show all
                    </button>
                    <button type="button" onClick={() => setHidden(new Set(routes.map((r) => r.caregiverId)))}>
                      Hide all
                    </button>
                  </div>
                  <ul aria-labelledby="map-legend-title">
                    <li>
                      <label>
                        <input type="checkbox" checked={!hideOpen} onChange={() => setHideOpen(!hideOpen)} />
                        <span class="open-swatch" aria-hidden="true" />
                        Open tasks ({open.length}, {open.filter((t) => t.at_risk).length} at risk)
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
                    Numbers are the order of visits; a dashed red ring <span aria-hidden="true">(!)</span> marks a visit at risk.
                  </p>
                </div>
              </div>
              <h2>Routes</h2>
              {routes.length === 0 ? (
                <Empty title="No routes yet">No caregiver holds a visit to travel to on this day.</Empty>
              ) : (
                <div class="table-wrap">
                  <table class="routes-table">
                    <caption class="visually-hidden">Each caregiver's stops in order, with times</caption>
                    <thead>
                      <tr>
                        <th scope="col">Caregiver</th>
                        <th scope="col">Stops</th>
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
                              {r.stops.map((t) => (
                                <li>
                                  {clock(startOf(t))} {t.type} – {t.client_name} ({t.area})
                                  {t.at_risk && <strong class="risk-text"> at risk</strong>}
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
                  <summary>Open tasks on the map ({open.length})</summary>
                  <ul>
                    {open
                      .slice()
                      .sort((a, b) => startMinute(a) - startMinute(b))
                      .map((t) => (
                        <li>
                          {clock(t.window.start)}–{clock(t.window.end)} {t.type} – {t.client_name} ({t.area})
                          {t.at_risk && <strong class="risk-text"> at risk</strong>}
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
