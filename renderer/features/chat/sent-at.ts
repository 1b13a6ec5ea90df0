/** How a message's time reads: the time alone on the day it was sent, the date and time before. */
export interface SentAt {
  /** What the message shows. */
  shown: string;
  /** The date and time in full (the title). */
  full: string;
  /** For machines (the `dateTime` attribute). */
  iso: string;
}

interface Formats {
  time: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
  full: Intl.DateTimeFormat;
}

// The formatters are made once per language: each toLocale* call made its own (~35 µs), twice per
// message, every time a message rendered: ~4 ms for the 60 messages a conversation opens on.
const byLanguage = new Map<string, Formats>();
function formatsFor(language: string): Formats {
  let formats = byLanguage.get(language);
  if (!formats) {
    formats = {
      time: new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }),
      dateTime: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
      // What Date#toLocaleString gives without options.
      full: new Intl.DateTimeFormat(language, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }),
    };
    byLanguage.set(language, formats);
  }
  return formats;
}

/** A message's time in `language`, sent at `at`, seen at `now` (ms). Pure but for the formatters it keeps. */
export function sentAt(at: number, language: string, now: number): SentAt {
  const date = new Date(at);
  const formats = formatsFor(language);
  const sameDay = date.toDateString() === new Date(now).toDateString();
  return { shown: (sameDay ? formats.time : formats.dateTime).format(date), full: formats.full.format(date), iso: date.toISOString() };
}
