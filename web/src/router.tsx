// A small path router: screens are plain URLs (/board, /feed) so a reload or a shared link opens
// the same screen; the server answers every app path with index.html.
import { useEffect, useState } from "preact/hooks";
import type { ComponentChildren, JSX } from "preact";

const changed = new EventTarget();

export function navigate(to: string, replace = false) {
  if (to === location.pathname + location.search) return;
  if (replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  changed.dispatchEvent(new Event("change"));
}

export function useLocation(): { path: string; params: URLSearchParams } {
  const read = () => ({ path: location.pathname, params: new URLSearchParams(location.search) });
  const [where, setWhere] = useState(read);
  useEffect(() => {
    const update = () => setWhere(read());
    window.addEventListener("popstate", update);
    changed.addEventListener("change", update);
    return () => {
      window.removeEventListener("popstate", update);
      changed.removeEventListener("change", update);
    };
  }, []);
  return where;
}

export function Link(props: { href: string; children: ComponentChildren } & JSX.AnchorHTMLAttributes<HTMLAnchorElement>) {
  const { href, children, ...rest } = props;
  return (
    <a
      {...rest}
      href={href}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
