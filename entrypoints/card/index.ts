/**
 * The card's code (Preact, Floating UI, the card), injected by the background into a frame on its first card
 * (lib/page/handoff.ts): no page pays for it before a reader asks for a card.
 */
import { createCardHost } from '@/components/Card/card-host.tsx';
import { registerCardView } from '@/lib/page/handoff.ts';

export default defineUnlistedScript(() => registerCardView(createCardHost));
