import { useState } from "preact/hooks";
import { ApiError, post, storeToken } from "./api";
import { useT } from "./i18n/language";
import { LanguageSwitch } from "./i18n/LanguageSwitch";
import { Form } from "./formErrors";
import { Field, asApiError } from "./ui";

export function Login({ onLoggedIn }: { onLoggedIn: () => void }) {
  const { t } = useT();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const reply = await post<{ token: string }>("/v1/auth/login", { email, password });
      storeToken(reply.token);
      onLoggedIn();
    } catch (err) {
      const apiError = asApiError(err);
      setError(
        apiError.status === 401
          ? new ApiError(401, t("login.refused"))
          : apiError,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="login">
      <div class="login-card">
        <h1>
          <span class="logo" aria-hidden="true">
            ♥
          </span>{" "}
          carecrowd
        </h1>
        <p class="muted">{t("login.tagline")}</p>
        <Form error={error} onSubmit={submit} aria-label={t("login.submit")}>
          <Field
            label={t("login.email")}
            type="email"
            name="email"
            autoComplete="username"
            problem="email"
            required
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
          <Field
            label={t("login.password")}
            type="password"
            name="password"
            autoComplete="current-password"
            problem="password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          <button type="submit" class="primary wide" disabled={busy}>
            {busy ? t("login.busy") : t("login.submit")}
          </button>
        </Form>
        <LanguageSwitch />
      </div>
    </main>
  );
}
