import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes text to a stream, waiting for 'drain' when its buffer is full (exports can be large). */
export class Sink {
  constructor(private readonly out: Writable) {}
  async write(s: string): Promise<void> {
    if (!this.out.write(s)) await once(this.out, 'drain');
  }
}
