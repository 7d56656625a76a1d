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

// A phone's photo is often larger than the document needs to be read (and than the limit): a photo
// over this many bytes is sent smaller, its longest side at most `longestSide` pixels, as a JPEG of
// falling quality until it fits. A PDF is sent as it is.
const shrinkAboveBytes = 2 * 1024 * 1024;
const longestSide = 2400;

async function smallerPhoto(file: File): Promise<Blob | null> {
  if (!file.type.startsWith("image/") || file.size <= shrinkAboveBytes) return null;
  let bitmap: ImageBitmap;
  try {
    // "from-image": a phone's photo stands as it was taken (its EXIF orientation).
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return null;  // not an image the browser can read: the server judges it as it is
  }
  const scale = Math.min(1, longestSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  let smallest: Blob | null = null;
  for (const quality of [0.85, 0.7, 0.55, 0.4]) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
    if (blob && (!smallest || blob.size < smallest.size)) smallest = blob;
    if (smallest && smallest.size <= shrinkAboveBytes) break;
  }
  return smallest && smallest.size < file.size ? smallest : null;
}

// The file as the upload's `evidence` (a large photo made smaller first), and how many bytes it is.
export async function readEvidence(file: File): Promise<{ evidence: EvidenceUpload; size: number }> {
  const photo = await smallerPhoto(file);
  const blob = photo ?? file;
  const fileName = photo ? `${file.name.replace(/\.[^.]*$/, "")}.jpg` : file.name;
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => resolve(String(reader.result));
    reader.readAsDataURL(blob);
  });
  return {
    evidence: {
      media_type: (photo ? "image/jpeg" : file.type) as EvidenceUpload["media_type"],
      file_name: fileName,
      content_base64: url.slice(url.indexOf(",") + 1),
    },
    size: blob.size,
  };
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
