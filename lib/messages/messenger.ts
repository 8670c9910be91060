/**
 * The sending side: `send(type, payload)` resolves to the response type `MessageMap` gives for that type, or
 * rejects with a `MessageError`. The transport (`browser.runtime.sendMessage`, or `tabs.sendMessage` bound to a
 * tab) is passed in by the entrypoint, so nothing here touches the extension API.
 */
import { CHANNEL, type Envelope, type MessageType, type Payload, type Reply, type Response } from './protocol.ts';

export type Transport = (message: Envelope) => Promise<unknown>;

export class MessageError extends Error {
  override readonly name = 'MessageError';
}

export interface Messenger {
  send<T extends MessageType>(type: T, payload: Payload<T>): Promise<Response<T>>;
}

export function createMessenger(transport: Transport): Messenger {
  return {
    async send(type, payload) {
      const reply = (await transport({ channel: CHANNEL, type, payload })) as Reply<typeof type> | undefined;
      if (reply === undefined || reply === null) throw new MessageError(`no answer to "${type}"`);
      if (!reply.ok) throw new MessageError(`"${type}" failed: ${reply.error}`);
      return reply.value;
    },
  };
}
