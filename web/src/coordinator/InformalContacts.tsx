// A client's informal contacts for alarms, on the coordinator's client page: the family carers
// holding a key, in the order they are asked when an alarm needs someone on site (before caregivers
// are sent). Each is a family account of the client (the organisation's admin makes one); the
// coordinator adds, removes and reorders them, and every change is saved at once.
import { useState } from "preact/hooks";
import { get, put, type ApiError } from "../api";
import { ErrorMessage, Loaded, Select, asApiError, useLoad } from "../ui";
import type { Answer } from "../types";

type Contacts = Answer<"/v1/clients/{id}/informal-contacts">;

export function InformalContacts({ clientId }: { clientId: number }) {
  const contacts = useLoad(() => get<Contacts>(`/v1/clients/${clientId}/informal-contacts`), [clientId]);
  const [adding, setAdding] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function save(ids: number[]) {
    setBusy(true);
    setError(null);
    try {
      await put<Contacts>(`/v1/clients/${clientId}/informal-contacts`, { contacts: ids });
      setAdding("");
      contacts.reload();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="card informal-contacts">
      <h2>Informal contacts for alarms</h2>
      <p class="muted">
        Family carers who hold a key, asked in this order when an alarm needs someone at the door, before caregivers are sent.
      </p>
      <Loaded state={contacts} what="the informal contacts">
        {(c) => {
          const ids = c.items.map((x) => x.user_id);
          const move = (from: number, to: number) => {
            const next = [...ids];
            const [moved] = next.splice(from, 1);
            next.splice(to, 0, moved);
            void save(next);
          };
          return (
            <>
              {c.items.length === 0 ? (
                <p>No informal contact: alarms go to caregivers.</p>
              ) : (
                <ol class="contact-order">
                  {c.items.map((x, i) => (
                    <li key={x.user_id} data-user-id={x.user_id}>
                      <strong>{x.name}</strong> <span class="muted">{x.email}</span>{" "}
                      <button type="button" disabled={busy || i === 0} onClick={() => move(i, i - 1)} aria-label={`Ask ${x.name} earlier`}>
                        ↑
                      </button>
                      <button
                        type="button"
                        disabled={busy || i === c.items.length - 1}
                        onClick={() => move(i, i + 1)}
                        aria-label={`Ask ${x.name} later`}
                      >
                        ↓
                      </button>
                      <button type="button" disabled={busy} onClick={() => void save(ids.filter((id) => id !== x.user_id))}>
                        Remove {x.name}
                      </button>
                    </li>
                  ))}
                </ol>
              )}
              {c.accounts.length === 0 ? (
                <p class="muted">
                  {c.items.length === 0
                    ? "The client has no family account yet: the organisation's admin makes one."
                    : "Every family account of the client is listed."}
                </p>
              ) : (
                <form
                  aria-label="Add an informal contact"
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (adding) void save([...ids, Number(adding)]);
                  }}
                >
                  <Select
                    label="Family account"
                    value={adding}
                    onChange={(e) => setAdding(e.currentTarget.value)}
                    options={[
                      { value: "", label: "Choose…" },
                      ...c.accounts.map((a) => ({ value: String(a.user_id), label: `${a.name} (${a.email})` })),
                    ]}
                  />
                  <button type="submit" disabled={busy || !adding}>
                    Add as informal contact
                  </button>
                </form>
              )}
              <ErrorMessage error={error} />
            </>
          );
        }}
      </Loaded>
    </div>
  );
}
