import { type RefObject, useCallback, useEffect, useState } from 'react';

/** Full screen for one element through the Fullscreen API; `supported` is false where the API is missing or blocked. */
export function useFullScreen(ref: RefObject<HTMLElement | null>) {
  const [supported, setSupported] = useState(false);
  const [active, setActive] = useState(false);
  useEffect(() => {
    setSupported(Boolean(document.fullscreenEnabled));
    const onChange = () => setActive(document.fullscreenElement === ref.current && ref.current !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [ref]);
  const toggle = useCallback(() => {
    // both calls reject when the browser refuses (no user gesture, iframe policy): the console still works
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    else ref.current?.requestFullscreen().catch(() => {});
  }, [ref]);
  return { supported, active, toggle };
}
