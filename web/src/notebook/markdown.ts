// Markdown cells: GitHub-flavoured Markdown (tables, strikethrough, task lists; no math) rendered by
// `marked`, then sanitized by DOMPurify before it touches the page, so a <script>, an onerror= or
// a javascript: link written in a cell never runs. Loaded on demand (a separate chunk): a notebook
// without text cells never downloads it.

import { Marked } from 'marked';
import DOMPurify from 'dompurify';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const purify = DOMPurify();
// Links open in a new tab and cannot reach back into the notebook.
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/** Safe HTML for a markdown source. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(marked.parse(source) as string);
}

/** Safe HTML for any HTML (markdown's output, an object's _repr_html_). */
export function sanitizeHtml(html: string): string {
  return purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    // style: no page-covering overlays or url(...) tricks from a shared notebook.
    FORBID_ATTR: ['style'],
    ADD_ATTR: ['target'],
  });
}
