// The platform admin's screen: the care organisations on the platform, adding one, and its first
// users (an organisation admin then adds the rest). The platform admin never sees client data.
import { useState } from "preact/hooks";
import { get, post } from "../api";
import type { ApiError } from "../api";
import type { ScreenProps } from "../screenProps";
import type { Answer, Schemas } from "../types";
import { Form } from "../formErrors";
import { Empty, Field, Loaded, Notice, Select, asApiError, useLoad } from "../ui";
import { useT } from "../i18n/language";

type Organisation = Schemas["Organisation"];

export function Organisations(_props: ScreenProps) {
  const { t } = useT();
  const list = useLoad(() => get<Answer<"/v1/organisations">>("/v1/organisations"), []);
  const [name, setName] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function create(e: Event) {
    e.preventDefault();
    setError(null);
    setDone(null);
    try {
      const made = await post<Organisation>("/v1/organisations", { name });
      setDone(t("admin.added", { name: made.name }));
      setName("");
      list.reload();
    } catch (err) {
      setError(asApiError(err));
    }
  }

  return (
    <div>
      <h1>{t("nav.organisations")}</h1>
      <Loaded state={list} what={t("admin.loading")}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t("admin.none.title")}>{t("admin.none.text")}</Empty>
          ) : (
            <ul class="cards">
              {data.items.map((o) => (
                <li class="card" key={o.id}>
                  <strong>{o.name}</strong>
                  <AddUser organisation={o} />
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <Form error={error} class="card" onSubmit={create} aria-labelledby="new-organisation">
        <h2 id="new-organisation">{t("admin.addTitle")}</h2>
        <Field
          label={t("clientForm.name")}
          required
          value={name}
          problem="name"
          onInput={(e) => setName(e.currentTarget.value)}
        />
        {done && <Notice kind="success">{done}</Notice>}
        <button type="submit" class="primary">
          {t("admin.add")}
        </button>
      </Form>
    </div>
  );
}

function AddUser({ organisation }: { organisation: Organisation }) {
  const { t } = useT();
  const empty = { email: "", name: "", password: "", role: "org_admin" };
  const [user, setUser] = useState(empty);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function add(e: Event) {
    e.preventDefault();
    setError(null);
    setDone(null);
    try {
      await post(`/v1/organisations/${organisation.id}/users`, user);
      setDone(t("admin.userAdded", { name: user.name, email: user.email }));
      setUser(empty);
    } catch (err) {
      setError(asApiError(err));
    }
  }

  return (
    <details>
      <summary>{t("admin.addUser", { name: organisation.name })}</summary>
      <Form error={error} onSubmit={add} aria-label={t("admin.addUser", { name: organisation.name })}>
        <div class="row">
          <Field label={t("clientForm.name")} required value={user.name} problem="name"
            onInput={(e) => setUser({ ...user, name: e.currentTarget.value })} />
          <Field label={t("login.email")} type="email" required value={user.email} problem="email"
            onInput={(e) => setUser({ ...user, email: e.currentTarget.value })} />
          <Field label={t("contacts.firstPassword")} type="password" required minLength={8} value={user.password}
            autoComplete="new-password" problem="password"
            onInput={(e) => setUser({ ...user, password: e.currentTarget.value })} />
          <Select label={t("admin.role")} value={user.role} problem="role" onChange={(e) => setUser({ ...user, role: e.currentTarget.value })}
            options={[
              { value: "org_admin", label: t("role.org_admin") },
              { value: "coordinator", label: t("role.coordinator") },
              { value: "analyst", label: t("role.analyst") },
            ]} />
        </div>
        {done && <Notice kind="success">{done}</Notice>}
        <button type="submit">{t("admin.addUserButton")}</button>
      </Form>
    </details>
  );
}
