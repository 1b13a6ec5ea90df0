import type { ReactNode } from 'react';

/** The outcome of something the user just did: said politely when it went well, as an alert when not. */
export interface Note {
  tone: 'ok' | 'bad';
  text: string;
}

/** Shows a note as a banner (nothing without one); `children` add to its text (e.g. the causes). */
export function NoteBanner({ note, children }: { note: Note | undefined; children?: ReactNode }) {
  if (!note) return null;
  return (
    <div role={note.tone === 'bad' ? 'alert' : 'status'} className={`banner ${note.tone}`}>
      {note.text}
      {children}
    </div>
  );
}

/** An error as an alert banner (nothing without one): a failed action's reason. */
export function AlertBanner({ text }: { text: string | undefined }) {
  return <NoteBanner note={text ? { tone: 'bad', text } : undefined} />;
}
