/** What a channel adapter is given to send one message. */
export interface OutgoingMessage {
  id: string;
  address: string | null;
  title: string;
  body: string;
  templateCode: string | null;
  variables: Record<string, string>;
}

/** The outcome of one attempt. A retryable failure is tried again later; any other failure is final. */
export type SendResult = { ok: true; providerMessageId: string | null } | { ok: false; retryable: boolean; error: string };

export interface ChannelSender {
  send(message: OutgoingMessage): Promise<SendResult>;
}

/** A channel without its settings: every message fails at once with a reason staff can read. */
export function notConfiguredSender(reason: string): ChannelSender {
  return { send: async () => ({ ok: false, retryable: false, error: reason }) };
}
