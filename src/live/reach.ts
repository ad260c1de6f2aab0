import { Socket } from 'node:net';
import type { LiveFailure, LiveReach } from '../law/live-facts.js';
import { Deadline, since, timeoutError } from './deadline.js';
import { netFailure } from './failure.js';

/** Opens a TCP connection to one address, within the time left; resolves to the open socket. */
export function connect(address: string, port: number, deadline: Deadline): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    const timer = setTimeout(() => {
      socket.destroy();
      reject(timeoutError());
    }, deadline.remaining());
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (e) => {
      clearTimeout(timer);
      socket.destroy();
      reject(e);
    });
    socket.connect({ host: address, port });
  });
}

/** Whether any of the addresses answers on a port: the first that does, else the last failure. */
export async function reach(addresses: readonly string[], port: number, deadline: Deadline): Promise<LiveReach> {
  const start = performance.now();
  let failure: LiveFailure | null = null;
  let tried: string | null = null;
  for (const address of addresses) {
    if (deadline.passed) {
      failure = 'timeout';
      break;
    }
    tried = address;
    try {
      const socket = await connect(address, port, deadline);
      socket.destroy();
      return { port, address, ok: true, failure: null, ms: since(start) };
    } catch (e) {
      failure = netFailure(e);
    }
  }
  return { port, address: tried, ok: false, failure: failure ?? 'error', ms: since(start) };
}
