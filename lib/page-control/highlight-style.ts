/**
 * The highlight style without a write to the page's DOM: each style is a Highlight name with its own
 * `::highlight()` rule (lib/page/highlights.css), and the page's one Highlight object is registered under the
 * style's name (`register`: the highlighter's, which also restores it if the page clears the registry). "Only while
 * a modifier key is held" registers it while Alt is down and removes it on release or when the window loses focus
 * (a key released elsewhere never reaches us).
 */
import type { HighlightStyle } from '../settings/settings.ts';

/** The registered names, by style. `tint` keeps the historical name, which tests and tools look up. */
export const STYLE_NAMES = { tint: 'steppe-lens', underline: 'steppe-lens-underline' } as const;

export interface StyleHandle {
  /** Are the highlights painted now (always, except in the modifier style while Alt is up)? */
  shown(): boolean;
  /** Removes every registration and listener this made. */
  remove(): void;
}

export function applyHighlightStyle(
  register: (name: string | null) => void,
  style: HighlightStyle,
  target: Window = window,
): StyleHandle {
  if (style !== 'modifier') {
    register(STYLE_NAMES[style]);
    return { shown: () => true, remove: () => register(null) };
  }
  let held = false;
  const show = (on: boolean) => {
    if (on === held) return;
    held = on;
    register(on ? STYLE_NAMES.tint : null);
  };
  register(null);
  const onKeyDown = (e: KeyboardEvent) => show(e.key === 'Alt' || e.altKey);
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.key === 'Alt') show(false);
  };
  const onBlur = () => show(false);
  target.addEventListener('keydown', onKeyDown, true);
  target.addEventListener('keyup', onKeyUp, true);
  target.addEventListener('blur', onBlur);
  return {
    shown: () => held,
    remove() {
      target.removeEventListener('keydown', onKeyDown, true);
      target.removeEventListener('keyup', onKeyUp, true);
      target.removeEventListener('blur', onBlur);
      register(null);
      held = false;
    },
  };
}
