/**
 * Runs one of the on-demand scripts in the sender's frame, in the content scripts' isolated world (where the
 * every-page script takes it from; lib/page/handoff.ts). Not a web-accessible resource: pages cannot see or probe it.
 */
import type { InjectedScript } from '@/lib/messages/protocol.ts';
import type { Sender } from '@/lib/messages/router.ts';

export async function injectScript(script: InjectedScript, sender: Sender): Promise<true> {
  if (sender.tabId === undefined) throw new Error('no tab to inject into');
  const target = { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] };
  await browser.scripting.executeScript({ target, files: [`/${script}.js`], injectImmediately: true });
  return true;
}
