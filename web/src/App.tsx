import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, get, post, sessionEnded, storeToken, storedToken } from "./api";
import { addMinutes } from "./format";
import { Login } from "./Login";
import { AlarmOffers } from "./alarms/AlarmOffers";
import { Link, navigate, useLocation } from "./router";
import { screensFor } from "./screens";
import { SessionContext, type Session } from "./session";
import type { Me } from "./types";
import { ErrorMessage, Loading, asApiError } from "./ui";

const roleNames: Record<Me["role"], string> = {
  platform_admin: "Platform admin",
  org_admin: "Organisation admin",
  coordinator: "Care coordinator",
  caregiver: "Caregiver",
  client: "Client",
  analyst: "Analyst",
  alarm_centre: "Alarm centre",
};

export function App() {
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

  if (checking) return <Loading what="your account" />;
  if (!me && problem && storedToken()) {
    return (
      <main class="login">
        <div class="login-card">
          <ErrorMessage error={problem} />
          <button type="button" class="primary wide" onClick={() => { setProblem(null); loadMe(); }}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  if (!me) {
    return (
      <>
        {ended && (
          <p class="notice info" role="status">
            Your session ended. Please log in again.
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
  const { path } = useLocation();
  const screens = screensFor(me.role);
  const current = screens.find((s) => path === s.path || path.startsWith(`${s.path}/`));
  useEffect(() => {
    if (!current && screens.length) navigate(screens[0].path, true);
  }, [current, screens]);
  useEffect(() => {
    document.title = current ? `${current.label} · carecrowd` : "carecrowd";
  }, [current]);
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
        Skip to content
      </a>
      <header class="topbar">
        <span class="brand">
          <span class="logo" aria-hidden="true">
            ♥
          </span>{" "}
          carecrowd
        </span>
        <nav aria-label="Main">
          <ul>
            {screens.map((s) => (
              <li>
                <Link href={s.path} aria-current={s === current ? "page" : undefined}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div class="account">
          <span class="who">
            <span data-testid="user-name">{me.name}</span>
            <small>{roleNames[me.role]}</small>
          </span>
          <button type="button" onClick={onLogout}>
            Log out
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
