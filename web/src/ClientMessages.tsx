// A client's messages with the care team, one thread per client (GET/POST /v1/clients/{id}/messages):
// on the family page the family writes to the coordinating nurse, on the client page care staff
// read and answer. Each side sees when the other read its messages; a new message arrives live
// (event client.message). The text's refusal is shown at the field, which takes the focus (Form).
import { useState } from "preact/hooks";
import { get, post, type ApiError } from "./api";
import { Form } from "./formErrors";
import { dateTime } from "./format";
import { useT } from "./i18n/language";
import type { Answer } from "./types";
import { asApiError, Loaded, Notice, TextArea, useFieldId, useLoad } from "./ui";
import { useLiveRefresh } from "./live";

type Thread = Answer<"/v1/clients/{id}/messages">;

export function ClientMessages(props: { clientId: number; side: "family" | "staff" }) {
  const { t } = useT();
  const thread = useLoad(() => get<Thread>(`/v1/clients/${props.clientId}/messages`), [props.clientId]);
  useLiveRefresh(
    ["client.message"],
    (event) => event.data.client_id === props.clientId,
    thread.reload,
  );
  const id = useFieldId("client-message");
  const [text, setText] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  async function send(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSent(false);
    try {
      await post(`/v1/clients/${props.clientId}/messages`, { text });
      setText("");
      setSent(true);
      thread.reload();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  const mine = (fromFamily: boolean) => (props.side === "family") === fromFamily;
  const titleId = `${id}-title`;
  return (
    <section class="client-messages" aria-labelledby={titleId}>
      <h2 id={titleId}>{props.side === "family" ? t("messages.titleFamily") : t("messages.titleStaff")}</h2>
      <p class="muted">{props.side === "family" ? t("messages.introFamily") : t("messages.introStaff")}</p>
      <Loaded state={thread} what={t("messages.loading")}>
        {(data) =>
          data.messages.length === 0 ? (
            <p class="muted">{t("messages.none")}</p>
          ) : (
            <ol class="message-thread" aria-label={t("messages.thread")}>
              {data.messages.map((m) => (
                <li key={m.id} class={mine(m.from_family) ? "message mine" : "message theirs"}>
                  <div class="muted">
                    <strong>{m.author}</strong>
                    {" · "}
                    {m.from_family ? t("messages.family") : t("messages.team")}
                    {" · "}
                    <time dateTime={m.at}>{dateTime(m.at)}</time>
                  </div>
                  <p class="message-text">{m.text}</p>
                  {mine(m.from_family) && (
                    <div class="muted read-mark">
                      {m.read_at ? t("messages.readAt", { at: dateTime(m.read_at) }) : t("messages.notRead")}
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )
        }
      </Loaded>
      <Form error={error} onSubmit={send}>
        {sent && <Notice kind="success">{t("messages.sent")}</Notice>}
        <TextArea
          label={props.side === "family" ? t("messages.labelFamily") : t("messages.labelStaff")}
          rows={3}
          value={text}
          maxLength={2000}
          problem="text"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={busy}>
          {t("messages.send")}
        </button>
      </Form>
    </section>
  );
}
