// Date and clock-time fields that read the same whatever the browser's language: a date is typed
// and shown as dd-mm-jjjj (dd-mm-yyyy), a time as UU:MM on a 24-hour clock. The browser's own
// date and time pickers follow its locale ("03/02/2026", "09:00 AM" in an English browser), which
// Dutch planners misread. The form still gets the API's values: YYYY-MM-DD and HH:MM.
// A date also accepts YYYY-MM-DD and "2-3-2026" or "2/3/2026"; a time "9:30", "0930" or "9.30".
// The arrow keys step a date a day, a time an hour (in its hours) or a minute (in its minutes),
// as the browser's pickers do.
import type { ComponentChildren, JSX } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { addDays, numericDate } from "./format";
import { useProblem } from "./formErrors";
import { useT } from "./i18n/language";
import { useFieldId } from "./ui";

const pad = (n: number) => String(n).padStart(2, "0");

export function parseDate(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  let match = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = s.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function parseTime(text: string, allowMidnight = false): string | null {
  const match = text.trim().match(/^(\d{1,2})(?:[:.]?(\d{2}))?$/);
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2] ?? "0")];
  if (allowMidnight && h === 24 && m === 0) return "24:00";
  return h <= 23 && m <= 59 ? `${pad(h)}:${pad(m)}` : null;
}

interface Props {
  label: ComponentChildren;
  value: string; // the API's value, "" for none
  // The value whenever the text is a valid one, and "" while it is not (nor empty).
  onValue: (value: string) => void;
  // The text as typed, for a form that must tell "none" from "not valid yet" (an optional field).
  onText?: (text: string) => void;
  hint?: string;
  error?: string | null; // a reason the form found itself
  problem?: string | string[]; // the body field(s) it stands for: the Form's refusal of them shows here (formErrors.tsx)
  name?: string;
  required?: boolean;
  disabled?: boolean;
  "aria-label"?: string;
}

// The text the user types, kept apart from the value it stands for: the value is only given to
// the form when the text is valid, and the text is written out anew (dd-mm-jjjj) when the field
// is left or the value changes from outside (another day chosen with a button).
function TypedField(
  props: Props & {
    kind: "date" | "time";
    parse: (text: string) => string | null;
    show: (value: string) => string;
    step: (value: string, up: boolean, caret: number) => string | null;
  },
) {
  const { t } = useT();
  const id = useFieldId(props.kind);
  const [text, setText] = useState(() => props.show(props.value));
  const [touched, setTouched] = useState(false);
  const emitted = useRef(props.value);
  useEffect(() => {
    if (props.value !== emitted.current) {
      emitted.current = props.value;
      setText(props.show(props.value));
    }
  }, [props.value]);

  const parsed = props.parse(text);
  const invalid = text.trim() !== "" && parsed === null;
  const own = invalid && touched ? t(props.kind === "date" ? "input.date.invalid" : "input.time.invalid") : null;
  const fromServer = useProblem(props.problem);
  const error = own ?? props.error ?? fromServer;
  const pattern = t(props.kind === "date" ? "input.date.pattern" : "input.time.pattern");
  // A date says how to type it under the field; a time's uu:mm is plain from its placeholder.
  const hint = [props.hint, props.kind === "date" ? pattern : undefined].filter(Boolean).join(" · ");

  function give(next: string) {
    const value = next.trim() === "" ? "" : (props.parse(next) ?? "");
    emitted.current = value;
    props.onValue(value);
  }

  const onKeyDown: JSX.KeyboardEventHandler<HTMLInputElement> = (e) => {
    if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
    if (!parsed) return;
    const next = props.step(parsed, e.key === "ArrowUp", e.currentTarget.selectionStart ?? 0);
    if (!next) return;
    e.preventDefault();
    setText(props.show(next));
    props.onText?.(props.show(next));
    give(next);
  };

  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        class={`typed-${props.kind}`}
        inputMode="numeric"
        autoComplete="off"
        name={props.name}
        required={props.required}
        disabled={props.disabled}
        aria-label={props["aria-label"]}
        placeholder={pattern}
        value={text}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          props.onText?.(e.currentTarget.value);
          if (props.parse(e.currentTarget.value) !== null) setTouched(false);
          give(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setTouched(true);
          if (parsed) setText(props.show(parsed));
        }}
      />
      {error ? (
        <small id={`${id}-error`} class="field-error">
          {error}
        </small>
      ) : (
        hint && (
          <small id={`${id}-hint`} class="muted">
            {hint}
          </small>
        )
      )}
    </div>
  );
}

export function DateField(props: Props) {
  return (
    <TypedField
      {...props}
      kind="date"
      parse={parseDate}
      show={numericDate}
      step={(value, up) => addDays(value, up ? 1 : -1)}
    />
  );
}

export function TimeField(props: Props & { allowMidnight?: boolean }) {
  const { allowMidnight, ...rest } = props;
  return (
    <TypedField
      {...rest}
      kind="time"
      parse={(text) => parseTime(text, allowMidnight)}
      show={(value) => value}
      step={(value, up, caret) => {
        if (value === "24:00") return null;
        const total = Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5)) + (up ? 1 : -1) * (caret >= 3 ? 1 : 60);
        const wrapped = (total + 24 * 60) % (24 * 60);
        return `${pad(Math.floor(wrapped / 60))}:${pad(wrapped % 60)}`;
      }}
    />
  );
}
