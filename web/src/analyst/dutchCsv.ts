// The key figures' CSV as Dutch Excel opens it. The server writes one CSV (RFC 4180: commas,
// decimal points, money in cents, dates as YYYY-MM-DD; GET /v1/kpis?format=csv), which stays the
// English download unchanged. A Dutch Excel reads a comma-separated file as one column and a
// decimal point as a thousands separator, so for Dutch the browser rewrites that same file:
//  - cells separated by ";" (Excel's list separator in the Dutch locale), lines ended by CRLF;
//  - decimals with a comma, no thousands separators ("1583,25", "0,4367");
//  - money in euros with two decimals instead of cents (pay_cents 158325 -> "1583,25"), its
//    column named in euros;
//  - dates as dd-mm-jjjj, the total row as "totaal";
//  - column names in Dutch (a column the app does not know yet keeps the server's name);
//  - a UTF-8 byte order mark first, without which Excel reads "cliënt" as "cliÃ«nt".
// Every cell keeps the server's value (only its notation changes), so the file round-trips: read
// back with the same conventions it gives the server's figures.
import { kindLabel } from "../alarms/alarmText";
import type { Translate } from "../i18n/language";

export const byteOrderMark = "\uFEFF";

// Cells of an RFC 4180 text (quoted cells may hold the separator, quotes and line breaks).
export function parseCsv(text: string, separator = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        ++i;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") ++i;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function csvCell(value: string, separator: string): string {
  return /[";\r\n]/.test(value) || value.includes(separator) ? `"${value.replaceAll('"', '""')}"` : value;
}

// Cents columns: shown in euros in the Dutch file.
const centColumns = new Set(["pay_cents", "cents_per_care_hour"]);

// "158325" (cents) -> "1583,25"; exact, without floating point.
function eurosFromCents(cents: string): string {
  const negative = cents.startsWith("-");
  const digits = (negative ? cents.slice(1) : cents).padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)},${digits.slice(-2)}`;
}

function dutchCell(column: string, value: string): string {
  if (value === "") return "";
  if (column === "day") {
    if (value === "total") return "totaal";
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return m ? `${m[3]}-${m[2]}-${m[1]}` : value;
  }
  if (centColumns.has(column) && /^-?\d+$/.test(value)) return eurosFromCents(value);
  // A number: only its decimal point changes (the server writes no thousands separators).
  return /^-?\d+\.\d+$/.test(value) ? value.replace(".", ",") : value;
}

// Alarm columns: "alarms_fall", "first_contact_p90", "arrival_share_within_45".
const alarmSteps = ["first_contact", "acceptance", "arrival"];

function dutchHeader(column: string, t: Translate): string {
  const known = t(`kpis.csvColumn.${column}`, { defaultValue: "" });
  if (known) return known;
  for (const step of alarmSteps) {
    if (!column.startsWith(`${step}_`)) continue;
    const rest = column.slice(step.length + 1);
    const stepName = t(`figures.steps.${step}`);
    const percentile = /^p(\d+)$/.exec(rest);
    if (percentile) return t("kpis.csvPercentile", { step: stepName, n: percentile[1] });
    const within = /^share_within_(\d+)$/.exec(rest);
    if (within) return t("kpis.csvShareWithin", { step: stepName, minutes: within[1] });
  }
  if (column.startsWith("alarms_")) {
    const kind = column.slice("alarms_".length);
    const label = kindLabel(kind);
    if (label !== kind) return t("kpis.csvAlarmKind", { kind: label });
  }
  return column;
}

// The server's CSV (as GET /v1/kpis?format=csv sends it) in Dutch Excel's convention; `t` gives
// the Dutch column names.
export function dutchKpisCsv(serverCsv: string, t: Translate): string {
  const [header, ...rows] = parseCsv(serverCsv);
  if (!header) return byteOrderMark;
  const lines = [
    header.map((column) => dutchHeader(column, t)),
    ...rows.map((row) => row.map((value, i) => dutchCell(header[i] ?? "", value))),
  ].map((cells) => cells.map((c) => csvCell(c, ";")).join(";"));
  return `${byteOrderMark}${lines.join("\r\n")}\r\n`;
}
