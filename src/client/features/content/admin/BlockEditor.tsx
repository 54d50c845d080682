import { useState } from 'react';
import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { BLOCK_KINDS, EMBED_LISTS, type BlockKind, type EmbedList } from '../../../../shared/domain/content';
import type { ContentImage } from '../../../../shared/contracts/content';
import { api } from '../../../app/api';
import { useTranslation } from '../../../app/translation';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { fieldId } from '../../../components/forms/form-errors';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { SelectField } from '../../../components/forms/SelectField';
import { imageUrl } from '../content.queries';
import { emptyContact, emptyLink, newBlock, type BlockState, type ContactState, type LinkState, type Texts } from './block-state';

interface Common {
  formId: string;
  labels: Record<string, string>;
  errorFor(path: string): string | undefined;
}

/** The labels of every field of the blocks, by API path, for the error summary. */
export function blockLabels(blocks: readonly BlockState[], t: (key: string, o?: Record<string, unknown>) => string): Record<string, string> {
  const out: Record<string, string> = {};
  const texts = (path: string, label: string) => {
    for (const l of ['nb', 'nn', 'en']) out[`${path}.${l}`] = `${label} (${l})`;
  };
  blocks.forEach((b, i) => {
    const p = `draft.blocks.${i}`;
    const n = i + 1;
    if (b.kind === 'text') texts(`${p}.body`, `${t('content.admin.blockHeading', { n, kind: t('content.admin.blockKinds.text') })}`);
    if (b.kind === 'image') {
      out[`${p}.imageId`] = `${t('content.admin.image.file')} (${n})`;
      texts(`${p}.alt`, `${t('content.admin.image.alt')} (${n})`);
      texts(`${p}.caption`, `${t('content.admin.image.caption')} (${n})`);
    }
    if (b.kind === 'links' || b.kind === 'contacts' || b.kind === 'embed') texts(`${p}.title`, `${t(`content.admin.${b.kind}.title`)} (${n})`);
    if (b.kind === 'links')
      b.items.forEach((_, j) => {
        texts(`${p}.items.${j}.label`, t('content.admin.links.label', { n: j + 1 }));
        out[`${p}.items.${j}.url`] = t('content.admin.links.url', { n: j + 1 });
      });
    if (b.kind === 'contacts')
      b.items.forEach((_, j) => {
        for (const f of ['name', 'organisation', 'email', 'phone']) out[`${p}.items.${j}.${f}`] = t(`content.admin.contacts.${f}`, { n: j + 1 });
        texts(`${p}.items.${j}.role`, t('content.admin.contacts.role', { n: j + 1 }));
      });
    if (b.kind === 'embed') out[`${p}.limit`] = `${t('content.admin.embed.limit')} (${n})`;
  });
  return out;
}

function Texts3({ c, path, legend, value, onChange, rows, description }: { c: Common; path: string; legend: string; value: Texts; onChange(v: Texts): void; rows?: number; description?: string }) {
  return (
    <LocalizedTextFields
      formId={c.formId}
      field={path}
      legend={legend}
      description={description}
      rows={rows ?? null}
      labels={c.labels}
      values={value}
      errorFor={c.errorFor}
      onChange={(l, v) => onChange({ ...value, [l]: v })}
    />
  );
}

function ImageFields({ c, path, block, onChange, programmeId }: { c: Common; path: string; block: Extract<BlockState, { kind: 'image' }>; onChange(b: BlockState): void; programmeId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    setStatus(t('content.admin.image.uploading'));
    const form = new FormData();
    form.append('file', file);
    try {
      const image = await api.upload<ContentImage>(`/api/programmes/${encodeURIComponent(programmeId)}/content-images`, form);
      onChange({ ...block, imageId: image.id });
      setStatus(t('content.admin.image.uploaded'));
    } catch {
      setStatus(null);
      setError(t('validation.imageType'));
    }
  };
  const fileError = error ?? c.errorFor(`${path}.imageId`);
  const inputId = fieldId(c.formId, `${path}.imageId`);
  return (
    <div className="stack-sm">
      {block.imageId ? <img src={imageUrl(block.imageId)} alt={block.alt.nb} className="content-image-thumb" /> : <Paragraph data-size="sm">{t('content.admin.image.none')}</Paragraph>}
      <Textfield id={inputId} type="file" accept="image/png,image/jpeg,image/webp" label={t('content.admin.image.file')} description={t('content.admin.image.fileHelp')} error={fileError} onChange={(e) => void upload(e.target.files?.[0])} />
      <ActionStatus message={status} />
      <Texts3 c={c} path={`${path}.alt`} legend={t('content.admin.image.alt')} description={t('content.admin.image.altHelp')} value={block.alt} onChange={(alt) => onChange({ ...block, alt })} />
      <Texts3 c={c} path={`${path}.caption`} legend={t('content.admin.image.caption')} value={block.caption} onChange={(caption) => onChange({ ...block, caption })} />
    </div>
  );
}

function LinkFields({ c, path, items, onChange }: { c: Common; path: string; items: LinkState[]; onChange(items: LinkState[]): void }) {
  const { t } = useTranslation();
  const set = (j: number, v: LinkState) => onChange(items.map((x, k) => (k === j ? v : x)));
  return (
    <div className="stack-sm">
      {items.map((item, j) => (
        <div key={j} className="stack-sm">
          <Texts3 c={c} path={`${path}.items.${j}.label`} legend={t('content.admin.links.label', { n: j + 1 })} value={item.label} onChange={(label) => set(j, { ...item, label })} />
          <Textfield id={fieldId(c.formId, `${path}.items.${j}.url`)} type="url" label={t('content.admin.links.url', { n: j + 1 })} value={item.url} error={c.errorFor(`${path}.items.${j}.url`)} onChange={(e) => set(j, { ...item, url: e.target.value })} />
          {items.length > 1 ? (
            <div>
              <Button variant="tertiary" data-size="sm" onClick={() => onChange(items.filter((_, k) => k !== j))}>
                {t('content.admin.links.remove', { n: j + 1 })}
              </Button>
            </div>
          ) : null}
        </div>
      ))}
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => onChange([...items, emptyLink()])}>
          {t('content.admin.links.add')}
        </Button>
      </div>
    </div>
  );
}

function ContactFields({ c, path, items, onChange }: { c: Common; path: string; items: ContactState[]; onChange(items: ContactState[]): void }) {
  const { t } = useTranslation();
  const set = (j: number, v: ContactState) => onChange(items.map((x, k) => (k === j ? v : x)));
  const field = (j: number, item: ContactState, f: 'name' | 'organisation' | 'email' | 'phone', type: 'text' | 'email' | 'tel' = 'text') => (
    <Textfield id={fieldId(c.formId, `${path}.items.${j}.${f}`)} type={type} label={t(`content.admin.contacts.${f}`, { n: j + 1 })} value={item[f]} error={c.errorFor(`${path}.items.${j}.${f}`)} onChange={(e) => set(j, { ...item, [f]: e.target.value })} />
  );
  return (
    <div className="stack-sm">
      {items.map((item, j) => (
        <div key={j} className="stack-sm">
          {field(j, item, 'name')}
          <Texts3 c={c} path={`${path}.items.${j}.role`} legend={t('content.admin.contacts.role', { n: j + 1 })} value={item.role} onChange={(role) => set(j, { ...item, role })} />
          {field(j, item, 'organisation')}
          {field(j, item, 'email', 'email')}
          {field(j, item, 'phone', 'tel')}
          {items.length > 1 ? (
            <div>
              <Button variant="tertiary" data-size="sm" onClick={() => onChange(items.filter((_, k) => k !== j))}>
                {t('content.admin.contacts.remove', { n: j + 1 })}
              </Button>
            </div>
          ) : null}
        </div>
      ))}
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => onChange([...items, emptyContact()])}>
          {t('content.admin.contacts.add')}
        </Button>
      </div>
    </div>
  );
}

function BlockFields({ c, path, block, onChange, programmeId }: { c: Common; path: string; block: BlockState; onChange(b: BlockState): void; programmeId: string }) {
  const { t } = useTranslation();
  switch (block.kind) {
    case 'text':
      return <Texts3 c={c} path={`${path}.body`} legend={t('content.admin.text.body')} description={t('content.admin.text.help')} rows={8} value={block.body} onChange={(body) => onChange({ ...block, body })} />;
    case 'image':
      return <ImageFields c={c} path={path} block={block} onChange={onChange} programmeId={programmeId} />;
    case 'links':
      return (
        <>
          <Texts3 c={c} path={`${path}.title`} legend={t('content.admin.links.title')} value={block.title} onChange={(title) => onChange({ ...block, title })} />
          <LinkFields c={c} path={path} items={block.items} onChange={(items) => onChange({ ...block, items })} />
        </>
      );
    case 'contacts':
      return (
        <>
          <Texts3 c={c} path={`${path}.title`} legend={t('content.admin.contacts.title')} value={block.title} onChange={(title) => onChange({ ...block, title })} />
          <ContactFields c={c} path={path} items={block.items} onChange={(items) => onChange({ ...block, items })} />
        </>
      );
    case 'embed':
      return (
        <>
          <Paragraph data-size="sm">{t('content.admin.embed.help')}</Paragraph>
          <SelectField id={fieldId(c.formId, `${path}.list`)} label={t('content.admin.embed.list')} value={block.list} onChange={(e) => onChange({ ...block, list: e.target.value as EmbedList })}>
            {EMBED_LISTS.map((l) => (
              <option key={l} value={l}>
                {t(`content.blocks.embed.${l}`)}
              </option>
            ))}
          </SelectField>
          <Textfield id={fieldId(c.formId, `${path}.limit`)} type="number" min={1} max={50} label={t('content.admin.embed.limit')} value={String(block.limit)} error={c.errorFor(`${path}.limit`)} onChange={(e) => onChange({ ...block, limit: Number(e.target.value) || 1 })} />
          <Texts3 c={c} path={`${path}.title`} legend={t('content.admin.embed.title')} value={block.title} onChange={(title) => onChange({ ...block, title })} />
        </>
      );
  }
}

/** The page's blocks in order, each with its fields, moved up and down and removed by buttons; new ones added at the end. */
export function BlockEditor({ formId, labels, errorFor, blocks, onChange, programmeId }: Common & { blocks: BlockState[]; onChange(blocks: BlockState[]): void; programmeId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<BlockKind>('text');
  const c = { formId, labels, errorFor };
  const move = (i: number, by: number) => {
    const next = [...blocks];
    const [b] = next.splice(i, 1);
    next.splice(i + by, 0, b!);
    onChange(next);
  };
  return (
    <Fieldset>
      <Fieldset.Legend>{t('content.admin.blocks')}</Fieldset.Legend>
      <Fieldset.Description>{t('content.admin.blocksHelp')}</Fieldset.Description>
      <ol className="plain-list stack">
        {blocks.map((block, i) => {
          const n = i + 1;
          return (
            <li key={block.key} className="content-block-editor stack-sm">
              <Heading level={3} data-size="2xs">
                {t('content.admin.blockHeading', { n, kind: t(`content.admin.blockKinds.${block.kind}`) })}
              </Heading>
              <BlockFields c={c} path={`draft.blocks.${i}`} block={block} programmeId={programmeId} onChange={(b) => onChange(blocks.map((x, k) => (k === i ? b : x)))} />
              <div className="content-block-tools">
                <Button variant="tertiary" data-size="sm" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('content.admin.moveUp', { n })}
                </Button>
                <Button variant="tertiary" data-size="sm" disabled={i === blocks.length - 1} onClick={() => move(i, 1)}>
                  {t('content.admin.moveDown', { n })}
                </Button>
                <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => onChange(blocks.filter((_, k) => k !== i))}>
                  {t('content.admin.removeBlock', { n })}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="content-block-tools">
        <SelectField id={`${formId}-new-block`} label={t('content.admin.addBlock')} value={kind} onChange={(e) => setKind(e.target.value as BlockKind)}>
          {BLOCK_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`content.admin.blockKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <div className="content-add-block">
          <Button variant="secondary" onClick={() => onChange([...blocks, newBlock(kind)])}>
            {t('content.admin.addBlock')}
          </Button>
        </div>
      </div>
    </Fieldset>
  );
}
