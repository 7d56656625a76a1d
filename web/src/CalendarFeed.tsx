// A caregiver's or family's visits in their own calendar program: a secret feed link (RFC 5545)
// made, shown to copy or subscribe to, and revoked here. The link is shown once, when made: only
// its digest is stored, so a lost link is replaced, not looked up.
import { useState } from "preact/hooks";
import { del, post } from "./api";
import { useT } from "./i18n/language";
import type { paths } from "./openapi.gen";
import { asApiError, ErrorMessage, Notice } from "./ui";
import type { ApiError } from "./api";

type Link = paths["/v1/my/calendar-link"]["post"]["responses"][201]["content"]["application/json"];

export function CalendarFeed() {
  const { t } = useT();
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function make() {
    setBusy(true);
    setError(null);
    setRevoked(false);
    try {
      const link = await post<Link>("/v1/my/calendar-link");
      setUrl(`${location.origin}${link.path}`);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }
  async function revoke() {
    setBusy(true);
    setError(null);
    try {
      await del("/v1/my/calendar-link");
      setUrl(null);
      setRevoked(true);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{t("calendar.title")}</h2>
      <p class="muted">{t("calendar.intro")}</p>
      {url && (
        <>
          <label>
            {t("calendar.link")}
            <input type="text" readOnly value={url} data-testid="calendar-url" onFocus={(e) => e.currentTarget.select()} />
          </label>
          <p class="muted">{t("calendar.keepSecret")}</p>
          <p>
            <a href={url.replace(/^https?:/, "webcal:")}>{t("calendar.subscribe")}</a>
          </p>
        </>
      )}
      {revoked && <Notice kind="success">{t("calendar.revoked")}</Notice>}
      <ErrorMessage error={error} />
      <div class="card-actions">
        <button type="button" onClick={make} disabled={busy}>
          {url ? t("calendar.makeNew") : t("calendar.make")}
        </button>
        <button type="button" class="secondary" onClick={revoke} disabled={busy}>
          {t("calendar.revoke")}
        </button>
      </div>
    </section>
  );
}
