/** Renders scenario prose that renderMarkdown produced at build time (it escapes all input, so no markup is injected). */
export function Html({ html, className }: { html: string; className?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML comes from renderMarkdown, which escapes everything first
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
