import browser from 'webextension-polyfill';
import type { Message, RequestType, Requests, Response } from './protocol';

export function send<K extends RequestType>(type: K, req: Requests[K]['req']): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, ...req } as Message) as Promise<Response<K>>;
}
