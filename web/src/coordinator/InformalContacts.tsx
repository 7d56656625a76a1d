// A client's informal contacts for alarms, on the coordinator's client page: the family carers
// holding a key, in the order they are asked when an alarm needs someone on site (before caregivers
// are sent). Each is a family account of the client (the organisation's admin makes one); the
// coordinator adds, removes and reorders them, and every change is saved at once. The organisation's
// admin may make a family account here too (a name, an email and a first password to pass on).
import { useState } from "preact/hooks";
import { get, post, put, type ApiError } from "../api";
import { useSession } from "../session";
import { Form } from "../formErrors";
import { ErrorMessage, Field, Loaded, Select, asApiError, useLoad } from "../ui";
import type { Answer } from "../types";
import { useT } from "../i18n/language";

type Contacts = Answer<"/v1/clients/{id}/informal-contacts">;

export function InformalContacts({ clientId }: { clientId: number }) {
  const { t } = useT();
  const contacts = useLoad(() => get<Contacts>(`/v1/clients/${clientId}/informal-contacts`), [clientId]);
  const [adding, setAdding] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const { me } = useSession();

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
      <h2>{t("contacts.title")}</h2>
      <p class="muted">{t("contacts.intro")}</p>
      <Loaded state={contacts} what={t("contacts.loading")}>
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
                <p>{t("contacts.none")}</p>
              ) : (
                <ol class="contact-order">
                  {c.items.map((x, i) => (
                    <li key={x.user_id} data-user-id={x.user_id}>
                      <strong>{x.name}</strong> <span class="muted">{x.email}</span>{" "}
                      <button type="button" disabled={busy || i === 0} onClick={() => move(i, i - 1)} aria-label={t("contacts.earlier", { name: x.name })}>
                        ↑
                      </button>
                      <button
                        type="button"
                        disabled={busy || i === c.items.length - 1}
                        onClick={() => move(i, i + 1)}
                        aria-label={t("contacts.later", { name: x.name })}
                      >
                        ↓
                      </button>
                      <button type="button" disabled={busy} onClick={() => void save(ids.filter((id) => id !== x.user_id))}>
                        {t("contacts.remove", { name: x.name })}
                      </button>
                    </li>
                  ))}
                </ol>
              )}
              {c.accounts.length === 0 ? (
                <p class="muted">
                  {c.items.length === 0
                    ? t("contacts.noAccount")
                    : t("contacts.allListed")}
                </p>
              ) : (
                <Form
                  error={error}
                  aria-label={t("contacts.addForm")}
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (adding) void save([...ids, Number(adding)]);
                  }}
                >
                  <Select
                    label={t("contacts.account")}
                    value={adding}
                    problem="contacts"
                    onChange={(e) => setAdding(e.currentTarget.value)}
                    options={[
                      { value: "", label: t("contacts.choose") },
                      ...c.accounts.map((a) => ({ value: String(a.user_id), label: `${a.name} (${a.email})` })),
                    ]}
                  />
                  <button type="submit" disabled={busy || !adding}>
                    {t("contacts.add")}
                  </button>
                </Form>
              )}
              {c.accounts.length === 0 && <ErrorMessage error={error} />}
              {me.role === "org_admin" && me.organisation_id && (
                <FamilyAccountForm organisationId={me.organisation_id} clientId={clientId} onMade={contacts.reload} />
              )}
            </>
          );
        }}
      </Loaded>
    </div>
  );
}

// The organisation's admin makes a family account of the client: it can then be listed above.
function FamilyAccountForm(props: { organisationId: number; clientId: number; onMade: () => void }) {
  const { t } = useT();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [made, setMade] = useState<string | null>(null);

  async function make() {
    setBusy(true);
    setError(null);
    setMade(null);
    try {
      await post(`/v1/organisations/${props.organisationId}/users`, {
        name,
        email,
        password,
        role: "client",
        client_id: props.clientId,
      });
      setMade(t("contacts.made", { name, email }));
      setName("");
      setEmail("");
      setPassword("");
      props.onMade();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form
      error={error}
      aria-label={t("contacts.newAccount")}
      onSubmit={(e) => {
        e.preventDefault();
        void make();
      }}
    >
      <h3>{t("contacts.newAccount")}</h3>
      <Field label={t("clientForm.name")} value={name} problem="name" onInput={(e) => setName(e.currentTarget.value)} />
      <Field
        label={t("login.email")}
        type="email"
        value={email}
        problem="email"
        onInput={(e) => setEmail(e.currentTarget.value)}
      />
      <Field
        label={t("contacts.firstPassword")}
        hint={t("contacts.firstPasswordHint")}
        type="password"
        value={password}
        problem="password"
        onInput={(e) => setPassword(e.currentTarget.value)}
      />
      <button type="submit" disabled={busy}>
        {t("contacts.make")}
      </button>
      {made && <p role="status">{made}</p>}
    </Form>
  );
}
