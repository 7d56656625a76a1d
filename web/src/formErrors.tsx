// Errors for people, the same on every form. The server refuses a body with a problem document
// naming the field it is about ("valid_to", "tasks[0].weekly") and the reason in words, in the
// request's language. A form is a <Form error={refusal}>: each control names the body field or
// fields it stands for (`problem="valid_to"`), and shows the reason under itself, marked
// aria-invalid and described by it (ui.tsx: Field, Select, TextArea, FieldGroup; DateTimeFields).
// After each refusal the focus moves to the first control showing one; when no control stands for
// the field named, or none is named (a conflict, a network failure), the reason is shown at the
// top of the form and the focus moves there. The field's path is for the form, never shown to
// people.
import { createContext, type ComponentChildren, type JSX } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "./api";

// What to show people of a refusal: its reason, without the path the detail starts with.
export function problemText(error: ApiError): string {
  return error.reason || error.detail;
}

// The reason when the refusal is about one of `names` or a part of one ("tasks[0].window.start" is
// about "tasks[0].window" and "tasks[0]"); `exact`: about that very field only (a group whose
// parts have controls of their own).
export function problemAt(error: ApiError | null | undefined, names: string | string[] | undefined, exact = false): string | null {
  const field = error?.field;
  if (!field || names === undefined) return null;
  const about = (name: string) => field === name || (!exact && (field.startsWith(`${name}.`) || field.startsWith(`${name}[`)));
  return (Array.isArray(names) ? names : [names]).some(about) ? problemText(error) : null;
}

// A check the form made itself before sending (a number it cannot read), as a refusal of `field`:
// shown and focused like the server's.
export function ownProblem(field: string, reason: string): ApiError {
  return new ApiError(0, reason, field, reason);
}

const Refusal = createContext<ApiError | null>(null);

// The reason the enclosing Form's refusal gives for `names`, if it is about them.
export function useProblem(names: string | string[] | undefined, exact = false): string | null {
  return problemAt(useContext(Refusal), names, exact);
}

const focusable = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])";

// Focuses the first control marked invalid inside `form` (the first control of a marked group);
// false when there is none.
function focusFirstInvalid(form: HTMLFormElement): boolean {
  const marked = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!marked) return false;
  const target = marked.matches(focusable) ? marked : marked.querySelector<HTMLElement>(focusable);
  (target ?? marked).focus();
  return true;
}

export function Form(
  props: {
    error: ApiError | null | undefined;
    children: ComponentChildren;
  } & Omit<JSX.HTMLAttributes<HTMLFormElement>, "children">,
) {
  const { error, children, ...form } = props;
  const ref = useRef<HTMLFormElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  // The refusal no control took: shown at the top.
  const [unplaced, setUnplaced] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!error || !ref.current) {
      setUnplaced(null);
      return;
    }
    if (focusFirstInvalid(ref.current)) setUnplaced(null);
    else setUnplaced(error);
  }, [error]);
  useEffect(() => {
    if (unplaced) message.current?.focus();
  }, [unplaced]);
  return (
    <form ref={ref} noValidate {...form}>
      {unplaced && (
        <p ref={message} class="error form-problem" role="alert" tabIndex={-1}>
          {problemText(unplaced)}
        </p>
      )}
      <Refusal.Provider value={error ?? null}>{children}</Refusal.Provider>
    </form>
  );
}
