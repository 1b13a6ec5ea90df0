import { AppError } from '../../shared/errors';

/**
 * The image as providers take it: the long edge at most 2048 px (OpenAI's high-detail size;
 * Anthropic and Gemini take it too) and at most 4.5 MB (Anthropic refuses more than 5 MB per
 * image). Kept as PNG when that fits, else JPEG at falling quality. GIFs send their first frame.
 */
export const SEND_MAX_EDGE = 2048;
export const SEND_MAX_BYTES = 4.5 * 1024 * 1024;
const THUMB_EDGE = 320;

/** An image's size, its form to send, and a thumbnail for the window. */
export interface PreparedImage {
  width: number;
  height: number;
  send: { bytes: Buffer; mime: string };
  thumb: Buffer;
}

/** Reads, downscales and re-encodes an image (sharp); a file that is not an image says so. */
export async function prepareImage(bytes: Uint8Array, name: string, mime: string): Promise<PreparedImage> {
  // Loaded on first use: sharp and its libvips take tens of milliseconds to load, which every
  // start of the preview and the CLI paid while most sessions never attach an image.
  const sharp = (await import('sharp')).default;
  let meta;
  try {
    meta = await sharp(bytes).metadata();
  } catch (error) {
    throw new AppError('attachment-unreadable', `${name} could not be read as an image (${(error as Error).message}).`);
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  const resized = () => sharp(bytes, { animated: false }).rotate().resize({ width: SEND_MAX_EDGE, height: SEND_MAX_EDGE, fit: 'inside', withoutEnlargement: true });
  const small = Math.max(width, height) <= SEND_MAX_EDGE && bytes.byteLength <= SEND_MAX_BYTES && mime !== 'image/gif';
  let send: PreparedImage['send'] = small ? { bytes: Buffer.from(bytes), mime } : { bytes: await resized().png().toBuffer(), mime: 'image/png' };
  for (const quality of [88, 80, 70, 60, 50]) {
    if (send.bytes.byteLength <= SEND_MAX_BYTES) break;
    send = { bytes: await resized().jpeg({ quality, mozjpeg: true }).toBuffer(), mime: 'image/jpeg' };
  }
  const thumb = await sharp(bytes, { animated: false }).rotate().resize({ width: THUMB_EDGE, height: THUMB_EDGE, fit: 'inside', withoutEnlargement: true }).png().toBuffer();
  return { width, height, send, thumb };
}
