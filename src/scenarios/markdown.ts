import type { Text } from './types';

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const inline = (text: string) =>
  escapeHtml(text.trim().replace(/\s*\n\s*/g, ' '))
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>');

/**
 * The small Markdown subset scenario prose uses (paragraphs, "- " lists, "> " quotes such as a message someone
 * received, *em*, **strong**), rendered to HTML.
 * Everything is escaped first, so scenario files cannot inject markup.
 */
export function renderMarkdown(source: string): string {
  return source
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n').map((l) => l.trim());
      if (lines.every((l) => l.startsWith('- ')))
        return `<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`;
      if (lines.every((l) => l === '>' || l.startsWith('> ')))
        return `<blockquote>${renderMarkdown(lines.map((l) => l.slice(2)).join('\n'))}</blockquote>`;
      return `<p>${inline(block)}</p>`;
    })
    .join('');
}

/** A text with every variant rendered to HTML. */
export function renderText(text: Text): Text {
  return typeof text === 'string' ? renderMarkdown(text) : text.map((v) => ({ ...v, text: renderMarkdown(v.text) }));
}

/** A copy of the scenario whose Markdown fields (situation, feedback, outcome; every variant) hold rendered HTML. */
export function withHtmlProse<
  T extends { scenes: { situation: Text; choices: { feedback: Text }[] }[]; endings: { outcome: Text }[] },
>(scenario: T): T {
  return {
    ...scenario,
    scenes: scenario.scenes.map((s) => ({
      ...s,
      situation: renderText(s.situation),
      choices: s.choices.map((c) => ({ ...c, feedback: renderText(c.feedback) })),
    })),
    endings: scenario.endings.map((e) => ({ ...e, outcome: renderText(e.outcome) })),
  };
}
