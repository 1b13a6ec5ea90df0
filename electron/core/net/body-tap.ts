import type { Exchange, StreamChunk } from '../../shared/exchange';
import type { Clock } from '../clock';
import { createStreamScrubber, type SecretSet } from './secret-set';
import { detachedSlice } from './detached-slice';
import { createUtf8ChunkDecoder } from './utf8-chunks';

/** How much of a body to keep, and how to tell time and hide secrets while keeping it. */
export interface BodyTapOptions {
  keepBodies: boolean;
  maxBodyChars: number;
  isStream: boolean;
  secrets: SecretSet;
  clock: Clock;
  started: number;
}

/**
 * Records a response body as it passes: its size always; at debug level the text (or each stream
 * chunk with its arrival time), capped, with secrets masked even when one is split across chunks.
 */
export class BodyTap {
  size = 0;
  private kept = 0;
  private truncated = false;
  private text = '';
  private readonly chunks: StreamChunk[] = [];
  private readonly decoder = createUtf8ChunkDecoder();
  private readonly scrubber;

  constructor(private readonly options: BodyTapOptions) {
    this.scrubber = createStreamScrubber(options.secrets);
  }

  /** Counts (and at debug level keeps) one piece of the body. */
  take(bytes: Uint8Array): void {
    this.size += bytes.byteLength;
    const { keepBodies, maxBodyChars, isStream, clock, started } = this.options;
    if (!keepBodies) return;
    if (this.kept >= maxBodyChars) {
      this.truncated = true;
      return;
    }
    const text = this.scrubber.push(this.decoder.push(bytes));
    const room = maxBodyChars - this.kept;
    if (text.length > room) this.truncated = true;
    // The cut piece is copied: a slice would keep the whole decoded read alive in the log.
    const piece = text.length > room ? detachedSlice(text, room) : text;
    this.kept += piece.length;
    if (isStream) this.chunks.push({ t: clock.now() - started, data: piece });
    else this.text += piece;
  }

  /** Writes what was kept into the exchange's response record. */
  finish(record: NonNullable<Exchange['response']>): void {
    if (!this.options.keepBodies) return;
    const tail = this.truncated ? '' : this.scrubber.end() + this.options.secrets.scrub(this.decoder.end());
    if (this.options.isStream) {
      if (tail) this.chunks.push({ t: this.options.clock.now() - this.options.started, data: tail });
      record.chunks = this.chunks;
    } else record.body = this.text + tail;
    if (this.truncated) record.bodyTruncated = true;
  }
}
