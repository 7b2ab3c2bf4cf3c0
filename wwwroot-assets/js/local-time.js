// The browser's IANA time zone (e.g. "Europe/Berlin"), read once per circuit by BrowserTimeZone.
export function timeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
}
