const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** Handlebars' own escape (same characters, same entities), the default for `{{x}}`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (ch) => entities[ch] ?? ch);
}
