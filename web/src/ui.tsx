// Building blocks every screen uses, so loading, empty and error states look and read the same
// everywhere, and every form field has a label.
import type { ComponentChildren, JSX } from "preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "./api";
import { problemText, useProblem } from "./formErrors";
import { useT } from "./i18n/language";

// Loads data for a screen; `reload` fetches again (after a claim, a save) and keeps showing the
// current data meanwhile. When the inputs change (another day, another search) the old data is
// dropped at once, and only the answer to the latest request is kept: a slow answer for an
// earlier day can never overwrite a later one.
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const reload = useCallback(() => {
    const request = ++latest.current;
    setLoading(true);
    load()
      .then((value) => {
        if (request !== latest.current) return;
        setData(value);
        setError(null);
      })
      .catch((e) => {
        if (request === latest.current) setError(asApiError(e));
      })
      .finally(() => {
        if (request === latest.current) setLoading(false);
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => {
    setData(undefined);
    setError(null);
    reload();
  }, [reload]);
  return { data, error, loading, reload };
}

export function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, e instanceof Error ? e.message : String(e));
}

export function ErrorMessage({ error }: { error: ApiError | null | undefined }) {
  if (!error) return null;
  return (
    <p class="error" role="alert">
      {problemText(error)}
    </p>
  );
}

// `what`: already translated ("je bezoeken"), read inside "Loading …".
export function Loading({ what }: { what: string }) {
  const { t } = useT();
  return (
    <p class="muted" role="status" aria-live="polite">
      {t("common.loadingWhat", { what })}
    </p>
  );
}

export function Empty({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty" role="status">
      <strong>{title}</strong>
      {children && <p>{children}</p>}
    </div>
  );
}

// A page's loading/error/empty handling in one place.
export function Loaded<T>(props: {
  state: { data: T | undefined; error: ApiError | null; loading: boolean };
  what: string;
  children: (data: T) => ComponentChildren;
}) {
  const { data, error, loading } = props.state;
  if (error) return <ErrorMessage error={error} />;
  if (data === undefined) return loading ? <Loading what={props.what} /> : null;
  return <>{props.children(data)}</>;
}

let fieldCounter = 0;
export function useFieldId(prefix: string) {
  const [id] = useState(() => `${prefix}-${++fieldCounter}`);
  return id;
}

// What every control of a form takes besides its own attributes: its label, a hint, and its error:
// `error` one the form found itself, or `problem`, the body field(s) it stands for, whose reason
// the enclosing Form's refusal gives (formErrors.tsx); `exact`: that field itself, not its parts.
interface Labelled {
  label: string;
  hint?: string;
  error?: string | null;
  problem?: string | string[];
  exact?: boolean;
}

// The error a control shows, and the attributes that tie it to it.
function useControlError(id: string, props: Labelled) {
  const fromServer = useProblem(props.problem, props.exact);
  const error = props.error ?? fromServer;
  return {
    error,
    aria: {
      "aria-invalid": error ? ("true" as const) : undefined,
      "aria-describedby": error ? `${id}-error` : props.hint ? `${id}-hint` : undefined,
    },
  };
}

function Below({ id, hint, error }: { id: string; hint?: string; error: string | null }) {
  if (error) {
    return (
      <small id={`${id}-error`} class="field-error">
        {error}
      </small>
    );
  }
  return hint ? (
    <small id={`${id}-hint`} class="muted">
      {hint}
    </small>
  ) : null;
}

// A labelled input, its hint or its error under it.
export function Field(props: Labelled & JSX.InputHTMLAttributes<HTMLInputElement>) {
  const { label, hint, error: _error, problem: _problem, exact: _exact, ...input } = props;
  const id = useFieldId("field");
  const { error, aria } = useControlError(id, props);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} {...aria} {...input} />
      <Below id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextArea(props: Labelled & JSX.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { label, hint, error: _error, problem: _problem, exact: _exact, ...area } = props;
  const id = useFieldId("text");
  const { error, aria } = useControlError(id, props);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} {...aria} {...area} />
      <Below id={id} hint={hint} error={error} />
    </div>
  );
}

export function Select(
  props: Labelled & { options: { value: string; label: string }[] } & JSX.SelectHTMLAttributes<HTMLSelectElement>,
) {
  const { label, hint, error: _error, problem: _problem, exact: _exact, options, ...select } = props;
  const id = useFieldId("select");
  const { error, aria } = useControlError(id, props);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} {...aria} {...select}>
        {options.map((o) => (
          <option value={o.value}>{o.label}</option>
        ))}
      </select>
      <Below id={id} hint={hint} error={error} />
    </div>
  );
}

// Controls that answer one question together (days of the week, certificates): a fieldset with
// its legend, marked and described as one; the focus goes to its first control.
export function FieldGroup(
  props: Omit<Labelled, "label"> & { legend: ComponentChildren; class?: string; children: ComponentChildren },
) {
  const id = useFieldId("group");
  const { error, aria } = useControlError(id, { ...props, label: "" });
  return (
    <fieldset class={props.class} {...aria}>
      <legend>{props.legend}</legend>
      {props.children}
      {error ? (
        <small id={`${id}-error`} class="field-error field-group-error">
          {error}
        </small>
      ) : (
        props.hint && (
          <small id={`${id}-hint`} class="muted">
            {props.hint}
          </small>
        )
      )}
    </fieldset>
  );
}

// A message about what just happened. `takeFocus`: the control that did it is gone (a form that
// closed, a button replaced), so the focus moves here instead of falling to the page's top.
export function Notice({
  children,
  kind = "info",
  takeFocus = false,
}: {
  children: ComponentChildren;
  kind?: "info" | "success";
  takeFocus?: boolean;
}) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus, children]);
  return (
    <p ref={ref} class={`notice ${kind}`} role="status" aria-live="polite" tabIndex={takeFocus ? -1 : undefined}>
      {children}
    </p>
  );
}

// A form's buttons: any extra ones first, then submit (saying so while busy) and Cancel.
export function FormActions(props: {
  busy: boolean;
  submitLabel: string;
  onCancel?: () => void;
  children?: ComponentChildren;
}) {
  const { t } = useT();
  return (
    <div class="actions">
      {props.children}
      <button type="submit" class="primary" disabled={props.busy}>
        {props.busy ? t("common.saving") : props.submitLabel}
      </button>
      {props.onCancel && (
        <button type="button" onClick={props.onCancel}>
          {t("common.cancel")}
        </button>
      )}
    </div>
  );
}

// Saves the CSV text as a file without leaving the page.
export function downloadText(filename: string, text: string, type = "text/csv") {
  downloadBlob(filename, new Blob([text], { type }));
}

// Saves a file the app holds (a CSV it made, a document it fetched with the login) without leaving
// the page: a link could not carry the login.
export function downloadBlob(filename: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
