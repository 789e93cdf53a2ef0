// @ts-check
/**
 * The inline script that applies the saved theme before first paint (Base.astro inlines it; an external file
 * would cost a render-blocking request). It lives here so astro.config.mjs can allow exactly this text in the
 * Content-Security-Policy by its hash (src/integrations/headers.mjs). Storage may throw in private modes.
 */
export const themeInitScript =
  "try{const t=localStorage.getItem('stl:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}";
