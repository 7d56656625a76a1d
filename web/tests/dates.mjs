// Calendar arithmetic for tests (dates as YYYY-MM-DD, as the API speaks them).
export function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// How the app's date fields show a date: dd-mm-yyyy (dd-mm-jjjj in Dutch), in both languages.
export function shownDate(date) {
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}
