// The organisation's clients: search, add, and (at /clients/{id}) one client's record and care
// arrangements.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, get, post, query } from "../api";
import { Link, navigate } from "../router";
import type { ScreenProps } from "../screenProps";
import { Empty, ErrorMessage, Field, Loading, asApiError } from "../ui";
import { ClientForm, type ClientBody } from "./ClientForm";
import { ClientPage } from "./ClientPage";
import type { Answer } from "../types";
import type { Client } from "./data";
import "./coordinator.css";
import { useT } from "../i18n/language";

export function Clients(props: ScreenProps) {
  const id = /^\/(\d+)$/.exec(props.subpath)?.[1];
  if (id) return <ClientPage key={id} clientId={Number(id)} />;
  return <ClientList />;
}

function ClientList() {
  const { t } = useT();
  const [search, setSearch] = useState("");
  const [term, setTerm] = useState("");
  const [clients, setClients] = useState<Client[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [adding, setAdding] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  // Only the answer to the latest request counts: typing on while a search is under way, or a
  // "Show more" of an earlier search, must not mix lists.
  const latest = useRef(0);
  async function load(q: string, after?: number) {
    const request = ++latest.current;
    setLoading(true);
    try {
      const page = await get<Answer<"/v1/clients">>(`/v1/clients${query({ q, limit: 100, after })}`);
      if (request !== latest.current) return;
      setClients((before) => (after && before ? [...before, ...page.items] : page.items));
      setNext(page.next_after ?? null);
      setError(null);
    } catch (e) {
      if (request === latest.current) setError(asApiError(e));
    } finally {
      if (request === latest.current) setLoading(false);
    }
  }

  useEffect(() => {
    load(term);
  }, [term]);

  // Searching as one types, after a short pause.
  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);

  async function add(body: ClientBody) {
    setBusy(true);
    setSaveError(null);
    try {
      const client = await post<Client>("/v1/clients", body);
      navigate(`/clients/${client.id}?added=1`);
    } catch (e) {
      setSaveError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="coordinator clients-screen">
      <h1>{t("nav.clients")}</h1>
      <div class="toolbar">
        <form
          role="search"
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            setTerm(search.trim());
          }}
        >
          <Field label={t("clients.search")} type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
          <button type="submit">{t("clients.searchButton")}</button>
        </form>
        {!adding && (
          <button type="button" class="primary" onClick={() => setAdding(true)}>
            {t("clients.add")}
          </button>
        )}
      </div>
      {adding && (
        <div class="card">
          <ClientForm
            title={t("clients.addTitle")}
            submitLabel={t("clients.add")}
            error={saveError}
            busy={busy}
            onSubmit={add}
            onCancel={() => {
              setAdding(false);
              setSaveError(null);
            }}
          />
        </div>
      )}
      <ErrorMessage error={error} />
      {clients === null ? (
        <Loading what={t("clients.loading")} />
      ) : clients.length === 0 ? (
        <Empty title={term ? t("clients.noMatch.title", { term }) : t("clients.none.title")}>
          {term ? t("clients.noMatch.text") : t("clients.none.text")}
        </Empty>
      ) : (
        <>
          <p class="muted" role="status">
            {next ? t("clients.countMore", { count: clients.length }) : t("clients.count", { count: clients.length })}
            {term ? ` ${t("clients.matching", { term })}` : ""}
          </p>
          <ul class="client-list">
            {clients.map((c) => (
              <li class="card">
                <Link href={`/clients/${c.id}`}>
                  <strong>{c.name}</strong>
                  <span class="muted">
                    <br />
                    {c.address}, {c.postcode}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {next && (
            <p>
              <button type="button" disabled={loading} onClick={() => load(term, next)}>
                {t("clients.more")}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
