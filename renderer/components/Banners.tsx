import { useStore } from '../store/store';
import { AlertBanner } from './NoteBanner';

/** What keeps the window from working, and what went wrong at start (a settings file set aside). */
export function Banners() {
  const fatal = useStore((s) => s.fatal);
  const problems = useStore((s) => s.info?.problems);
  return (
    <>
      <AlertBanner text={fatal} />
      {problems?.map((p) => (
        <div key={p} role="alert" className="banner warn">
          {p}
        </div>
      ))}
    </>
  );
}
