import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { AttachmentService } from '../../../../../electron/core/attachments/attachment-service';
import { SEND_MAX_BYTES, SEND_MAX_EDGE } from '../../../../../electron/core/attachments/images';
import { attachmentKind, attachmentProblem } from '../../../../../electron/shared/attachments';
import { docxWith, pdfWithText, pngOf } from '../../../../support/files';
import { useTempDir } from '../../../../support/temp-dir';

describe('attachments', () => {
  const dir = useTempDir('sb-attach-');

  it('knows each kind by type or name, and refuses the rest and the too large before reading', () => {
    expect(attachmentKind('shot.PNG', '')?.kind).toBe('image');
    expect(attachmentKind('x', 'image/webp')?.kind).toBe('image');
    expect(attachmentKind('paper.pdf', '')?.kind).toBe('pdf');
    expect(attachmentKind('notes.docx', '')?.kind).toBe('docx');
    expect(attachmentKind('main.rs', '')?.kind).toBe('text');
    expect(attachmentKind('data.csv', 'text/csv')).toEqual({ kind: 'text', mime: 'text/csv' });
    expect(attachmentKind('movie.mp4', 'video/mp4')).toBeUndefined();
    expect(attachmentProblem('movie.mp4', 'video/mp4', 10)).toEqual({ reason: 'unsupported' });
    expect(attachmentProblem('big.txt', '', 11 * 1024 * 1024)).toMatchObject({ reason: 'too-large' });
  });

  it('keeps a file once by its hash, downscales a 20 MB image to what providers take, and makes a thumbnail', async () => {
    const service = new AttachmentService(dir());
    const big = await pngOf(3000, 2400);
    expect(big.byteLength).toBeGreaterThan(20 * 1024 * 1024);
    const ref = await service.add('screen.png', 'image/png', big);
    expect(ref).toMatchObject({ kind: 'image', width: 3000, height: 2400, size: big.byteLength });
    const part = service.part(ref, 'openai-chat');
    if (part.kind !== 'image') throw new Error('expected an image part');
    const sent = Buffer.from(part.base64, 'base64');
    expect(sent.byteLength).toBeLessThanOrEqual(SEND_MAX_BYTES);
    const meta = await sharp(sent).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(SEND_MAX_EDGE);
    expect((await service.add('again.png', 'image/png', big)).id).toBe(ref.id);
    expect(service.read(ref.id, 'thumb').mime).toBe('image/png');
  }, 60_000);

  it("takes a PDF's text out for protocols that do not read PDFs, and sends the PDF itself where they do", async () => {
    const service = new AttachmentService(dir());
    const ref = await service.add('paper.pdf', 'application/pdf', pdfWithText(['Quarterly revenue grew 12%', 'Costs fell']));
    expect(ref).toMatchObject({ kind: 'pdf', pages: 1 });
    expect(service.part(ref, 'openai-chat')).toMatchObject({ kind: 'text', name: 'paper.pdf', text: expect.stringContaining('Quarterly revenue grew 12%') });
    expect(service.part(ref, 'anthropic').kind).toBe('pdf');
    expect(service.part(ref, 'gemini').kind).toBe('pdf');
    const scan = await service.add('scan.pdf', 'application/pdf', pdfWithText([]));
    expect(scan.note).toBe('no-text');
  });

  it('reads Word documents and text files, and refuses a binary file with a text name', async () => {
    const service = new AttachmentService(dir());
    const docx = await service.add('brief.docx', '', docxWith(['First paragraph', 'Second paragraph']));
    expect(service.part(docx, 'ollama')).toMatchObject({ kind: 'text', text: expect.stringContaining('Second paragraph') });
    const code = await service.add('main.py', '', Buffer.from('print("hi")\n'));
    expect(service.part(code, 'ollama')).toMatchObject({ kind: 'text', text: 'print("hi")\n' });
    await expect(service.add('fake.txt', '', Buffer.from([0x00, 0x01, 0x02]))).rejects.toThrow(/not a text file/);
    await expect(service.add('photo.png', 'image/png', Buffer.from('not an image'))).rejects.toThrow(/could not be read as an image/);
  });
});
