import { MESSAGE_CHANNEL_LABELS, MESSAGE_STATUS_LABELS, messageTopic, type MessageChannel, type MessageStatus } from '@guanjia/domain/messaging/index';
import type { Language } from '../../ui/language';

export const topicLabel = (code: string, lng: Language) => messageTopic(code)?.label[lng] ?? code;
export const channelLabel = (c: MessageChannel, lng: Language) => MESSAGE_CHANNEL_LABELS[c][lng];
export const statusLabel = (s: MessageStatus, lng: Language) => MESSAGE_STATUS_LABELS[s][lng];

export const STATUS_COLORS: Record<MessageStatus, string> = { queued: 'blue', sending: 'processing', sent: 'green', failed: 'red', suppressed: 'default' };
