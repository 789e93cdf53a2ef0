// Pagefind's excerpts are HTML: text with entities and <mark> around matches. We never insert that HTML; it is
// parsed into plain text parts and rebuilt with textContent and <mark> elements.

/** A run of excerpt text, marked when it is a match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the few entities Pagefind emits, plus numeric ones. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
    }
    return entities[code.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt into text parts; <mark> toggles highlighting, every other tag is dropped. */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<[^>]*>)/)) {
    if (piece.startsWith('<')) {
      if (/^<mark\b/i.test(piece)) mark = true;
      else if (/^<\/mark\s*>/i.test(piece)) mark = false;
      continue;
    }
    const text = decodeEntities(piece.replace(/[<>]/g, ''));
    if (!text) continue;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}
