// The one place the app talks to the carecrowd server. Every error the server sends is an RFC 9457
// problem document; ApiError keeps its field and reason so a form can show them next to the input.

import { connectEventStream } from "./eventStream";
import { currentLanguage, t } from "./i18n/language";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly field?: string,
    readonly reason?: string,
  ) {
    super(detail);
  }
}

const tokenKey = "carecrowd.token";

export function storedToken(): string | null {
  return sessionStorage.getItem(tokenKey);
}

export function storeToken(token: string | null) {
  if (token) sessionStorage.setItem(tokenKey, token);
  else sessionStorage.removeItem(tokenKey);
}

// Fired when the server no longer accepts the token (expired, logged out elsewhere).
export const sessionEnded = new EventTarget();

function endSession() {
  storeToken(null);
  sessionEnded.dispatchEvent(new Event("ended"));
}

async function request(method: string, path: string, body?: unknown): Promise<Response> {
  // The server writes its problem documents in the language the user chose, not the browser's.
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": currentLanguage() };
  const token = storedToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, t("app.unreachable"));
  }
  if (response.ok) return response;
  let problem: { detail?: string; field?: string; reason?: string; title?: string } = {};
  try {
    problem = await response.json();
  } catch {
    // Not a problem document (a proxy's error page): the status text is all there is.
  }
  if (response.status === 401 && token && !path.endsWith("/auth/login")) endSession();
  throw new ApiError(
    response.status,
    problem.detail ?? problem.title ?? `${response.status} ${response.statusText}`,
    problem.field,
    problem.reason,
  );
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await request(method, path, body);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const get = <T>(path: string) => api<T>("GET", path);
export const post = <T>(path: string, body?: unknown) => api<T>("POST", path, body ?? {});
export const put = <T>(path: string, body: unknown) => api<T>("PUT", path, body);
export const del = <T>(path: string) => api<T>("DELETE", path);

// Text responses (CSV downloads).
export async function getText(path: string): Promise<string> {
  const response = await request("GET", path);
  return response.text();
}

// A document as the server sends it (a certificate's evidence), with its media type.
export async function getBlob(path: string): Promise<Blob> {
  const response = await request("GET", path);
  return response.blob();
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== "")
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

// A live event from GET /v1/events (docs/api.md lists the types and their data).
export interface LiveEvent {
  id: number;
  type: string;
  data: Record<string, unknown>;
}

export interface LiveEventHandlers {
  onEvent: (event: LiveEvent) => void;
  // The server could not resume from the last event seen (too old, or another database), or the
  // stream started afresh: whatever a screen shows may be stale, so it loads everything again.
  onResync: () => void;
  // The stream is open for the first time: every event from here on will come through it.
  onOpen?: () => void;
}

// Opens the live event stream with the session's token (read again at every reconnect); returns a
// function that closes it. A refused token ends the session, as for any other request.
export function openLiveEvents(handlers: LiveEventHandlers): () => void {
  let connections = 0;
  const stream = connectEventStream({
    url: "/v1/events",
    onOpen: () => {
      if (connections++ === 0) handlers.onOpen?.();
      // A reconnect with no event id to resume from (none had come yet) may have missed events.
      else if (!stream.lastEventId()) handlers.onResync();
    },
    headers: (): Record<string, string> => {
      const token = storedToken();
      return token ? { Authorization: `Bearer ${token}` } : {};
    },
    onEvent: (event) => {
      if (event.type === "resync") {
        handlers.onResync();
        return;
      }
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return; // not an event of ours
      }
      if (data && typeof data === "object") handlers.onEvent({ id: Number(event.id), type: event.type, data: data as Record<string, unknown> });
    },
    onRefused: (status) => {
      if (status === 401) {
        if (storedToken()) endSession();
        return "stop";
      }
      return status === 403 ? "stop" : "retry";
    },
  });
  return () => stream.close();
}
