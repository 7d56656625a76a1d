// The platform admin's screen: the care organisations on the platform, adding one, and its first
// users (an organisation admin then adds the rest). The platform admin never sees client data.
import { useState } from "preact/hooks";
import { get, post } from "../api";
import type { ApiError } from "../api";
import type { ScreenProps } from "../screenProps";
import type { Answer, Schemas } from "../types";
import { Empty, ErrorMessage, Field, Loaded, Notice, Select, asApiError, fieldError, useLoad } from "../ui";

type Organisation = Schemas["Organisation"];

export function Organisations(_props: ScreenProps) {
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
      setDone(`${made.name} was added.`);
      setName("");
      list.reload();
    } catch (err) {
      setError(asApiError(err));
    }
  }

  return (
    <div>
      <h1>Organisations</h1>
      <Loaded state={list} what="organisations">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title="No organisations yet">Add the first care organisation below.</Empty>
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
      <form class="card" onSubmit={create} aria-labelledby="new-organisation">
        <h2 id="new-organisation">Add an organisation</h2>
        <Field
          label="Name"
          required
          value={name}
          error={fieldError(error, "name")}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        {error && !error.field && <ErrorMessage error={error} />}
        {done && <Notice kind="success">{done}</Notice>}
        <button type="submit" class="primary">
          Add organisation
        </button>
      </form>
    </div>
  );
}

function AddUser({ organisation }: { organisation: Organisation }) {
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
      setDone(`${user.name} can now log in as ${user.email}.`);
      setUser(empty);
    } catch (err) {
      setError(asApiError(err));
    }
  }

  return (
    <details>
      <summary>Add a user to {organisation.name}</summary>
      <form onSubmit={add} aria-label={`Add a user to ${organisation.name}`}>
        <div class="row">
          <Field label="Name" required value={user.name} error={fieldError(error, "name")}
            onInput={(e) => setUser({ ...user, name: e.currentTarget.value })} />
          <Field label="Email" type="email" required value={user.email} error={fieldError(error, "email")}
            onInput={(e) => setUser({ ...user, email: e.currentTarget.value })} />
          <Field label="First password" type="password" required minLength={8} value={user.password}
            autoComplete="new-password" error={fieldError(error, "password")}
            onInput={(e) => setUser({ ...user, password: e.currentTarget.value })} />
          <Select label="Role" value={user.role} onChange={(e) => setUser({ ...user, role: e.currentTarget.value })}
            options={[
              { value: "org_admin", label: "Organisation admin" },
              { value: "coordinator", label: "Care coordinator" },
              { value: "analyst", label: "Analyst" },
            ]} />
        </div>
        {error && !["name", "email", "password"].includes(error.field ?? "") && <ErrorMessage error={error} />}
        {done && <Notice kind="success">{done}</Notice>}
        <button type="submit">Add user</button>
      </form>
    </details>
  );
}
