/**
 * Styles do not cross a shadow boundary: each open shadow root the scanner meets gets the `::highlight()` rules
 * adopted into it, from one constructed stylesheet (which a page's CSP does not govern).
 */
export function highlightRulesAdopter(css: string): (root: ShadowRoot) => void {
  let sheet: CSSStyleSheet | undefined;
  return (root) => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };
}

/** Can this document be highlighted at all (a body, the Highlight API, not a page being edited as a whole)? */
export function canHighlight(doc: Document): boolean {
  return !!doc.body && typeof CSS !== 'undefined' && 'highlights' in CSS && doc.designMode !== 'on';
}
