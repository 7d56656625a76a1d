// A certificate's evidence, as caregivers send it and care staff open it: the document read from
// the phone or computer into the upload's body, and a button that fetches it with the login (a link
// could not carry it) and saves it. The server judges the document again by its bytes and size.
import { useState } from "preact/hooks";
import { ApiError, getBlob } from "./api";
import { fileSize } from "./format";
import { useT } from "./i18n/language";
import type { Schemas } from "./types";
import { asApiError, downloadBlob, ErrorMessage } from "./ui";

export type Evidence = Schemas["Evidence"];
export type EvidenceUpload = NonNullable<Schemas["EvidenceUpload"]>;

// The server's limit (5 MB), checked here first so that a phone does not send a file for nothing.
export const maxEvidenceBytes = 5 * 1024 * 1024;
export const evidenceTypes = ["application/pdf", "image/png", "image/jpeg"] as const;

// The file as the upload's `evidence`: its bytes in base64, its type as the browser names it.
export function readEvidence(file: File): Promise<EvidenceUpload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result);
      resolve({
        media_type: file.type as EvidenceUpload["media_type"],
        file_name: file.name,
        content_base64: url.slice(url.indexOf(",") + 1),
      });
    };
    reader.readAsDataURL(file);
  });
}

// "diploma.pdf (120 kB)"
export function evidenceLabel(evidence: Evidence): string {
  return `${evidence.file_name} (${fileSize(evidence.size_bytes)})`;
}

// Opens (saves) the document; the label names it for a screen reader.
export function EvidenceButton(props: { caregiverId: number; evidence: Evidence; label: string }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  async function open() {
    setBusy(true);
    setError(null);
    try {
      const blob = await getBlob(`/v1/caregivers/${props.caregiverId}/evidence/${props.evidence.id}`);
      downloadBlob(props.evidence.file_name, blob);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" class="evidence-open" aria-label={props.label} disabled={busy} onClick={open}>
        {busy ? t("evidence.opening") : t("evidence.open", { file: evidenceLabel(props.evidence) })}
      </button>
      {error && <ErrorMessage error={error} />}
    </>
  );
}
