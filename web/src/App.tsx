import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, get, post, sessionEnded, storeToken, storedToken } from "./api";
import { addMinutes } from "./format";
import { LanguageContext, onLanguageChange, currentLanguage, useT } from "./i18n/language";
import { LanguageSwitch } from "./i18n/LanguageSwitch";
import { Login } from "./Login";
import { AlarmOffers } from "./alarms/AlarmOffers";
import { Bell } from "./notifications/Bell";
import { noticeTypes } from "./notifications/fromEvent";
import { Link, navigate, useLocation } from "./router";
import { screensFor } from "./screens";
import { SessionContext, type Session } from "./session";
import type { Me } from "./types";
import { ErrorMessage, Loading, asApiError } from "./ui";

const roleNames: Record<Me["role"], string> = {
  platform_admin: "role.platform_admin",
  org_admin: "role.org_admin",
  coordinator: "role.coordinator",
  caregiver: "role.caregiver",
  client: "role.client",
  analyst: "role.analyst",
  alarm_centre: "role.alarm_centre",
};

// The language as the root's state: a switch renders the whole app again in the other language.
export function App() {
  const [language, setLanguage] = useState(currentLanguage);
  useEffect(() => onLanguageChange(() => setLanguage(currentLanguage())), []);
  return (
    <LanguageContext.Provider value={language}>
      <Signed />
    </LanguageContext.Provider>
  );
}

function Signed() {
  const { t } = useT();
  const [me, setMe] = useState<Session["me"] | null>(null);
  const [answeredAt, setAnsweredAt] = useState(0); // performance.now() when /v1/me answered
  const [checking, setChecking] = useState(Boolean(storedToken()));
  const [ended, setEnded] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);

  function loadMe() {
    setChecking(true);
    get<Session["me"]>("/v1/me")
      .then((value) => {
        // Open the role's home at once, so the first screen drawn is already at its address.
        const home = screensFor(value.role)[0];
        if (home && location.pathname === "/") navigate(home.path, true);
        setMe(value);
        setAnsweredAt(performance.now());
        setEnded(false);
      })
      .catch((e) => {
        // Only a refused token ends the session; a network blip or a server error does not.
        if (e instanceof ApiError && e.status === 401) storeToken(null);
        else setProblem(asApiError(e));
        setMe(null);
      })
      .finally(() => setChecking(false));
  }

  useEffect(() => {
    if (storedToken()) loadMe();
    const onEnded = () => {
      setMe(null);
      setEnded(true);
    };
    sessionEnded.addEventListener("ended", onEnded);
    return () => sessionEnded.removeEventListener("ended", onEnded);
  }, []);

  if (checking) return <Loading what={t("app.loadingAccount")} />;
  if (!me && problem && storedToken()) {
    return (
      <main class="login">
        <div class="login-card">
          <ErrorMessage error={problem} />
          <button type="button" class="primary wide" onClick={() => { setProblem(null); loadMe(); }}>
            {t("common.tryAgain")}
          </button>
          <LanguageSwitch />
        </div>
      </main>
    );
  }
  if (!me) {
    return (
      <>
        {ended && (
          <p class="notice info" role="status">
            {t("app.sessionEnded")}
          </p>
        )}
        <Login onLoggedIn={loadMe} />
      </>
    );
  }

  async function logout() {
    try {
      await post("/v1/auth/logout");
    } catch {
      // The token is forgotten here either way.
    }
    storeToken(null);
    setMe(null);
    navigate("/", true);
  }

  return (
    <SessionContext.Provider
      value={{
        me,
        logout,
        platformNow: () => addMinutes(me.now, Math.floor((performance.now() - answeredAt) / 60000)),
        platformMs: () => Date.parse(`${me.now}:00Z`) + (performance.now() - answeredAt),
      }}
    >
      <Shell me={me} onLogout={logout} />
    </SessionContext.Provider>
  );
}

function Shell({ me, onLogout }: { me: Session["me"]; onLogout: () => void }) {
  const { t, language } = useT();
  const { path } = useLocation();
  const screens = screensFor(me.role);
  const current = screens.find((s) => path === s.path || path.startsWith(`${s.path}/`));
  useEffect(() => {
    if (!current && screens.length) navigate(screens[0].path, true);
  }, [current, screens]);
  useEffect(() => {
    document.title = current ? `${t(current.label)} · carecrowd` : "carecrowd";
  }, [current, language]);
  // A new screen: move the keyboard and screen-reader focus to its content, as a page load would.
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    document.getElementById("main")?.focus();
  }, [current]);

  return (
    <div class={`shell role-${me.role}`}>
      <a class="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <header class="topbar">
        <span class="brand">
          <span class="logo" aria-hidden="true">
            ♥
          </span>{" "}
          carecrowd
        </span>
        <nav aria-label={t("app.mainMenu")}>
          <ul>
            {screens.map((s) => (
              <li>
                <Link href={s.path} aria-current={s === current ? "page" : undefined}>
                  {t(s.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div class="account">
          <span class="who">
            <span data-testid="user-name">{me.name}</span>
            <small>{t(roleNames[me.role])}</small>
          </span>
          {noticeTypes[me.role] && <Bell />}
          <LanguageSwitch />
          <button type="button" onClick={onLogout}>
            {t("app.logout")}
          </button>
        </div>
      </header>
      {me.role === "caregiver" && <AlarmOffers />}
      <main id="main" tabIndex={-1}>
        {current ? <current.component subpath={path.slice(current.path.length)} /> : null}
      </main>
    </div>
  );
}
