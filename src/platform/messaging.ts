// Typed wrappers over runtime/tabs messaging. Receivers parse with the core's per-direction parsers.
import browser from 'webextension-polyfill';
import type {
  AnalyzeReply, BackgroundToContent, ContentToBackground, PageState, PopupToBackground, PopupToContent,
} from '../core/messages';
import type { Settings } from '../core/settings';

type ReplyTo<M> = M extends { kind: 'analyze' } ? AnalyzeReply
  : M extends { kind: 'get-settings' | 'update-settings' | 'set-site-enabled' } ? Settings
  : M extends { kind: 'get-page-state' | 'scan' } ? PageState
  : void;

export function sendToBackground<M extends ContentToBackground | PopupToBackground>(message: M): Promise<ReplyTo<M>> {
  return browser.runtime.sendMessage(message) as Promise<ReplyTo<M>>;
}

export function sendToTab<M extends PopupToContent | BackgroundToContent>(tabId: number, message: M): Promise<ReplyTo<M>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ReplyTo<M>>;
}

/**
 * Listens for messages, handing the parsed message (or nothing, when `parse` rejects it) to `handle`.
 * Returning undefined from `handle` leaves the message to other listeners.
 */
export function listen<M>(
  parse: (raw: unknown) => M | null,
  handle: (message: M, sender: browser.Runtime.MessageSender) => Promise<unknown> | undefined,
): () => void {
  const listener = (raw: unknown, sender: browser.Runtime.MessageSender) => {
    let message: M | null;
    try {
      message = parse(raw);
    } catch {
      message = null;
    }
    if (message === null) return undefined;
    return handle(message, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
