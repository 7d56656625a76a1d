// Calendar arithmetic for tests (dates as YYYY-MM-DD, as the API speaks them).
export function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
