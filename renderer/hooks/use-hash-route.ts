import { useCallback, useEffect, useState } from 'react';

/** A parsed `#/view/param` location. */
export interface Route {
  view: 'chat' | 'network' | 'settings';
  param?: string;
}

/** Parses the hash into a route; anything unknown is the chat. Pure. */
export function parseRoute(hash: string): Route {
  const [, view, param] = /^#\/?([a-z]+)?(?:\/(.+))?$/.exec(hash) ?? [];
  const known = view === 'network' || view === 'settings' || view === 'chat' ? view : 'chat';
  return param ? { view: known, param: decodeURIComponent(param) } : { view: known };
}

/** Builds a hash for a route. Pure. */
export function routeHash(route: Route): string {
  return `#/${route.view}${route.param ? `/${encodeURIComponent(route.param)}` : ''}`;
}

/** The current route, following hash changes. */
export function useHashRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((r: Route) => {
    window.location.hash = routeHash(r);
  }, []);
  return [route, navigate];
}
