import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSize, type AttachmentRef } from '../../../electron/shared/attachments';
import { useStore } from '../../store/store';

function useAttachmentUrl(id: string, variant: 'original' | 'thumb'): string | undefined {
  const attachmentUrl = useStore((s) => s.attachmentUrl);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let live = true;
    void attachmentUrl(id, variant).then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, [attachmentUrl, id, variant]);
  return url;
}

function FullSize({ file, onClose }: { file: AttachmentRef; onClose(): void }) {
  const { t } = useTranslation();
  const url = useAttachmentUrl(file.id, 'original');
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog image-viewer" role="dialog" aria-modal="true" aria-label={t('attachments.viewer', { name: file.name })}>
        <div className="dialog-head">
          <h2>{file.name}</h2>
          <button type="button" className="icon" aria-label={t('attachments.close')} autoFocus onClick={onClose}>
            ×
          </button>
        </div>
        {url && <img src={url} alt={file.name} />}
      </div>
    </div>
  );
}

function ImageThumb({ file }: { file: AttachmentRef }) {
  const { t } = useTranslation();
  const url = useAttachmentUrl(file.id, 'thumb');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="thumb-button" aria-label={t('attachments.open', { name: file.name })} onClick={() => setOpen(true)}>
        {url ? <img src={url} alt={file.name} className="thumb" /> : <span className="thumb placeholder" />}
      </button>
      {open && <FullSize file={file} onClose={() => setOpen(false)} />}
    </>
  );
}

/** The files sent with a question: images as thumbnails that open full size, documents as chips. */
export function MessageAttachments({ files }: { files: readonly AttachmentRef[] }) {
  const { t } = useTranslation();
  return (
    <ul className="message-files" aria-label={t('attachments.list')}>
      {files.map((f) => (
        <li key={f.id}>
          {f.kind === 'image' ? (
            <ImageThumb file={f} />
          ) : (
            <span className="chip">
              <span className="chip-kind">{f.kind}</span>
              <span className="chip-name">{f.name}</span>
              <span className="muted small">
                {formatSize(f.size)}
                {f.pages ? ` · ${t('attachments.pages', { count: f.pages })}` : ''}
                {f.chars ? ` · ${t('attachments.chars', { count: f.chars })}` : ''}
              </span>
              {f.note === 'no-text' && <span className="small warn">{t('attachments.noText')}</span>}
              {f.note === 'text-truncated' && <span className="small warn">{t('attachments.truncated')}</span>}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
