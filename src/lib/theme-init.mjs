// @ts-check
/**
 * The inline script that runs before the body paints (Base.astro inlines it; an external file would cost a
 * render-blocking request): it marks <html class="js"> so CSS can show script-driven UI from the first frame without
 * a layout shift, and applies the saved theme. It lives here so the Content-Security-Policy allows exactly this text
 * by its hash (src/integrations/headers.mjs). Storage may throw in private modes.
 */
export const themeInitScript =
  "document.documentElement.classList.add('js');try{const t=localStorage.getItem('stl:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}";
