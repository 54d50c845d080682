import { useRef, useState } from 'react';
import { Alert, Button, Checkbox, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { ImportPreview, InspectDimension } from '../../../../shared/contracts/imports';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import type { MappingDraft } from '../mapping-draft';
import { useAreaSource } from '../../areas/areas.queries';

interface Props {
  areas: ImportPreview['areas'];
  /** Source areas that would be imported under register areas of another classification (`0801 → 0301`). */
  crossed: readonly string[];
  /** The file's area dimension, for the names of skipped codes. */
  dimension: InspectDimension | undefined;
  draft: MappingDraft;
  onChange(draft: MappingDraft): void;
  announce(text: string): void;
}

function UnknownArea({
  source,
  label,
  onMap,
  onSkip,
}: {
  source: string;
  label: string;
  onMap(code: string): void;
  onSkip(): void;
}) {
  const { t } = useTranslation();
  const areaCodeSource = useAreaSource('code');
  const [code, setCode] = useState<string | null>(null);
  const id = `unknown-area-${source.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <li className="subform stack-sm">
      <Heading level={4} data-size="2xs">
        <code>{source}</code> {label && label !== source ? `– ${label}` : ''}
      </Heading>
      <EntityPicker
        id={id}
        label={t('imports.areas.mapTo', { code: source })}
        searchLabel={t('imports.areas.search', { code: source })}
        source={areaCodeSource}
        value={code}
        onChange={setCode}
      />
      <div className="form-actions">
        <Button
          variant="secondary"
          data-size="sm"
          disabled={code === null}
          onClick={() => code && onMap(code)}
        >
          {t('imports.areas.map', { code: source })}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onSkip}>
          {t('imports.areas.skip', { code: source })}
        </Button>
      </div>
    </li>
  );
}

/**
 * The file's area codes against the register: those found, those the user has mapped or skipped
 * (each can be undone), and those unknown, each to be mapped to a register area or skipped.
 */
export function PreviewAreas({ areas, crossed, dimension, draft, onChange, announce }: Props) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const labelOf = (code: string) => dimension?.categories.find((c) => c.code === code)?.label ?? '';
  const mapped = Object.entries(draft.areaCodes).filter(
    (e): e is [string, string] => e[1] !== null,
  );
  const skippedByChoice = Object.entries(draft.areaCodes)
    .filter(([, v]) => v === null)
    .map(([k]) => k);
  // With "skip all unknown" on, the server lists the unknown codes as skipped.
  const skippedAsUnknown = areas.skipped.filter((c) => !skippedByChoice.includes(c));

  // The item acted on leaves its list when the preview comes back: focus goes to the section's heading.
  const update = (next: MappingDraft, message: string) => {
    onChange(next);
    announce(message);
    headingRef.current?.focus();
  };
  const setCode = (source: string, code: string | null) => ({
    ...draft,
    areaCodes: { ...draft.areaCodes, [source]: code },
  });
  const forget = (source: string) => {
    const codes = { ...draft.areaCodes };
    delete codes[source];
    return { ...draft, areaCodes: codes };
  };

  return (
    <section aria-labelledby="preview-areas" className="stack">
      <Heading
        level={3}
        data-size="sm"
        id="preview-areas"
        ref={headingRef}
        tabIndex={-1}
        className="focus-heading"
      >
        {t('imports.areas.title')}
      </Heading>
      <Paragraph>{t('imports.areas.matched', { count: areas.matched.length })}</Paragraph>
      {areas.matched.length > 0 ? (
        <Details>
          <Details.Summary>
            {t('imports.areas.showMatched', { count: areas.matched.length })}
          </Details.Summary>
          <Details.Content>
            <ul className="category-list">
              {areas.matched.map((m) => (
                <li key={m.source}>
                  <code>{m.source}</code> → {m.name} ({m.code})
                </li>
              ))}
            </ul>
          </Details.Content>
        </Details>
      ) : null}

      {areas.classification !== 'unknown' ? (
        <Paragraph>{t('imports.areas.classification', { kind: t(`imports.classification.${areas.classification}`) })}</Paragraph>
      ) : null}

      {crossed.length > 0 || draft.acrossClassifications ? (
        <Alert data-color="warning" className="stack-sm">
          {crossed.length > 0 ? (
            <>
              <Heading level={4} data-size="xs">
                {t('imports.areas.crossedTitle', { count: crossed.length })}
              </Heading>
              <Paragraph>{t('imports.areas.crossedHelp', { kind: t(`imports.classification.${areas.classification}`) })}</Paragraph>
              <ul className="plain-list inline-codes">
                {crossed.map((c) => (
                  <li key={c}>
                    <code>{c}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <Checkbox
            id="across-classifications"
            label={t('imports.areas.acrossClassifications')}
            description={t('imports.areas.acrossClassificationsHelp')}
            checked={draft.acrossClassifications}
            onChange={(e) => update({ ...draft, acrossClassifications: e.target.checked }, e.target.checked ? t('imports.areas.acrossConfirmed') : t('imports.areas.acrossWithdrawn'))}
          />
        </Alert>
      ) : null}

      {areas.unknown.length > 0 ? (
        <Alert data-color="warning" className="stack-sm">
          <Heading level={4} data-size="xs">
            {t('imports.areas.unknownTitle', { count: areas.unknown.length })}
          </Heading>
          <Paragraph>{t('imports.areas.unknownHelp')}</Paragraph>
          <ul className="plain-list inline-codes">
            {areas.unknown.map((u) => (
              <li key={u.source}>
                <code>{u.source}</code> {u.label && u.label !== u.source ? u.label : ''}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      {areas.unknown.length > 0 || draft.skipUnknown ? (
        <Checkbox
          id="skip-unknown"
          label={t('imports.areas.skipUnknown')}
          description={t('imports.areas.skipUnknownHelp')}
          checked={draft.skipUnknown}
          onChange={(e) =>
            update(
              { ...draft, skipUnknown: e.target.checked },
              e.target.checked
                ? t('imports.areas.skippingUnknown')
                : t('imports.areas.notSkippingUnknown'),
            )
          }
        />
      ) : null}

      {areas.unknown.length > 0 && !draft.skipUnknown ? (
        <ul className="plain-list stack-sm">
          {areas.unknown.map((u) => (
            <UnknownArea
              key={u.source}
              source={u.source}
              label={u.label}
              onMap={(code) =>
                update(
                  setCode(u.source, code),
                  t('imports.areas.mappedMessage', { source: u.source, code }),
                )
              }
              onSkip={() =>
                update(
                  setCode(u.source, null),
                  t('imports.areas.skippedMessage', { code: u.source }),
                )
              }
            />
          ))}
        </ul>
      ) : null}

      {skippedAsUnknown.length > 0 ? (
        <Paragraph>
          {t('imports.areas.skippedAsUnknown', { count: skippedAsUnknown.length })}{' '}
          <span className="inline-codes">
            {skippedAsUnknown.map((c) => (
              <code key={c}>{c}</code>
            ))}
          </span>
        </Paragraph>
      ) : null}

      {mapped.length > 0 || skippedByChoice.length > 0 ? (
        <div className="stack-sm">
          <Heading level={4} data-size="2xs">
            {t('imports.areas.choices')}
          </Heading>
          <ul className="plain-list stack-sm">
            {mapped.map(([source, code]) => (
              <li key={source} className="choice-row">
                <span>{t('imports.areas.mappedTo', { source, label: labelOf(source), code })}</span>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() =>
                    update(forget(source), t('imports.areas.undone', { code: source }))
                  }
                >
                  {t('imports.areas.undoMap', { code: source })}
                </Button>
              </li>
            ))}
            {skippedByChoice.map((source) => (
              <li key={source} className="choice-row">
                <span>{t('imports.areas.skippedLine', { source, label: labelOf(source) })}</span>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() =>
                    update(forget(source), t('imports.areas.undone', { code: source }))
                  }
                >
                  {t('imports.areas.undoSkip', { code: source })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
