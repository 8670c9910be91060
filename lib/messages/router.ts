/**
 * The receiving side: one handler per message type, in a table whose types come from `MessageMap`. Every message
 * is validated before its handler sees it; anything else gets a clear refusal, never an exception.
 */
import {
  type Envelope,
  isOnChannel,
  type MessageType,
  type Payload,
  parseEnvelope,
  type Reply,
  type Response,
} from './protocol.ts';

/** Who sent a message, as far as the receiver needs to know (the frame to inject into, for one). */
export interface Sender {
  readonly tabId?: number;
  readonly frameId?: number;
  /** The sending frame's URL (the browser's word, not the page's). */
  readonly url?: string;
}

type Handler<T extends MessageType> = (payload: Payload<T>, sender: Sender) => Response<T> | Promise<Response<T>>;
export type Handlers<K extends MessageType = MessageType> = { readonly [T in K]: Handler<T> };

/**
 * Answers a message of our channel with a `Reply`: a refusal for a malformed message or a type this side does not
 * handle, the handler's value, or its error as text. A message of another channel gets no answer (undefined), so
 * that another listener may answer it.
 */
export function createRouter<K extends MessageType>(
  handlers: Handlers<K>,
): (message: unknown, sender?: Sender) => Promise<Reply> | undefined {
  return (message, sender = {}) => (isOnChannel(message) ? answer(handlers, message, sender) : undefined);
}

async function answer<K extends MessageType>(handlers: Handlers<K>, message: unknown, sender: Sender): Promise<Reply> {
  const parsed = parseEnvelope(message);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { type, payload } = parsed.envelope as Envelope<K>;
  if (!Object.hasOwn(handlers, type)) return { ok: false, error: `"${type}" is not handled here` };
  try {
    const handler = handlers[type] as Handler<K>;
    return { ok: true, value: await handler(payload, sender) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
