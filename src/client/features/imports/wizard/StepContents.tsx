import {
  Alert,
  Button,
  Details,
  Heading,
  Paragraph,
  Table,
  Tag,
} from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { InspectDimension, Upload } from '../../../../shared/contracts/imports';
import { useLocale } from '../../../app/locale-context';
import { SelectField } from '../../../components/forms/SelectField';
import { ScrollTable } from '../../../components/ScrollTable';
import { firstOf, formatBytes, formatCount } from '../import-format';
import { StepHeading } from './StepHeading';

const PREVIEW_CATEGORIES = 6;

/** The first categories of a dimension, and all of them (up to the thousand the server sends) on request. */
function Categories({ dimension }: { dimension: InspectDimension }) {
  const { t } = useTranslation();
  const { shown, more } = firstOf(dimension.categories, PREVIEW_CATEGORIES);
  const text = (c: { code: string; label: string }) =>
    c.label && c.label !== c.code ? `${c.label} (${c.code})` : c.code;
  return (
    <div className="stack-sm">
      <span>
        {shown.map(text).join(', ')}
        {more > 0
          ? ` ${t('imports.contents.andMore', { count: dimension.size - shown.length })}`
          : ''}
      </span>
      {more > 0 ? (
        <Details>
          <Details.Summary>
            {t('imports.contents.allCategories', {
              dimension: dimension.label || dimension.id,
              count: dimension.size,
            })}
          </Details.Summary>
          <Details.Content>
            <ul className="category-list">
              {dimension.categories.map((c) => (
                <li key={c.code}>{text(c)}</li>
              ))}
            </ul>
            {dimension.isTruncated ? (
              <Paragraph className="muted">
                {t('imports.contents.truncated', {
                  shown: dimension.categories.length,
                  count: dimension.size,
                })}
              </Paragraph>
            ) : null}
          </Details.Content>
        </Details>
      ) : null}
    </div>
  );
}

interface Props {
  upload: Upload;
  onDataset(dataset: number): void;
  onBack(): void;
  onNext(): void;
}

/** Step 2: what the file holds, as the server read it, before anything is mapped. */
export function StepContents({ upload, onDataset, onBack, onNext }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const symbols = Object.entries(upload.symbols).sort((a, b) => b[1] - a[1]);
  const withheld = upload.cells - upload.values;
  return (
    <section aria-labelledby="wizard-step-heading" className="stack">
      <StepHeading step={2}>{t('imports.steps.contents')}</StepHeading>
      <Paragraph>{t('imports.contents.intro')}</Paragraph>
      <dl className="facts">
        <div>
          <dt>{t('imports.contents.fileName')}</dt>
          <dd>
            {upload.fileName} ({formatBytes(upload.size, locale)})
          </dd>
        </div>
        <div>
          <dt>{t('imports.contents.format')}</dt>
          <dd>{t(`imports.format.${upload.format}`)}</dd>
        </div>
        <div>
          <dt>{t('imports.contents.encoding')}</dt>
          <dd>{upload.encoding}</dd>
        </div>
        <div>
          <dt>{t('imports.contents.title')}</dt>
          <dd>{upload.title ?? t('common.notSet')}</dd>
        </div>
        <div>
          <dt>{t('imports.contents.languages')}</dt>
          <dd>{upload.languages.length > 0 ? upload.languages.join(', ') : t('common.notSet')}</dd>
        </div>
        <div>
          <dt>{t('imports.contents.cells')}</dt>
          <dd>
            {t('imports.contents.cellsText', {
              cells: formatCount(upload.cells, locale),
              values: formatCount(upload.values, locale),
              withheld: formatCount(withheld, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('imports.contents.checksum')}</dt>
          <dd>
            <code className="checksum">{upload.checksum}</code>
          </dd>
        </div>
        {upload.sourceUrl ? (
          <div>
            <dt>{t('imports.contents.sourceUrl')}</dt>
            <dd>{upload.sourceUrl}</dd>
          </div>
        ) : null}
      </dl>

      {upload.warnings.length > 0 ? (
        <Alert data-color="warning">
          <Heading level={3} data-size="xs">
            {t('imports.contents.warnings')}
          </Heading>
          <ul>
            {upload.warnings.map((w, i) => (
              <li key={i} lang="en">
                {w}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      {upload.datasets.length > 1 ? (
        <SelectField
          id="import-dataset"
          label={t('imports.contents.dataset')}
          description={t('imports.contents.datasetHelp', { count: upload.datasets.length })}
          value={String(upload.dataset)}
          onChange={(e) => onDataset(Number(e.target.value))}
        >
          {upload.datasets.map((d) => (
            <option key={d.index} value={d.index}>
              {d.label || t('imports.contents.datasetNumber', { n: d.index + 1 })}
            </option>
          ))}
        </SelectField>
      ) : null}

      <section aria-labelledby="contents-dimensions" className="stack-sm">
        <Heading level={3} data-size="sm" id="contents-dimensions">
          {t('imports.contents.dimensions')}
        </Heading>
        <ScrollTable label={t('imports.contents.dimensions')}>
          <Table className="dimension-table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('imports.contents.dimension')}</Table.HeaderCell>
                <Table.HeaderCell>{t('imports.contents.role')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">
                  {t('imports.contents.size')}
                </Table.HeaderCell>
                <Table.HeaderCell>{t('imports.contents.categories')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {upload.dimensions.map((d) => (
                <Table.Row key={d.id}>
                  <Table.Cell>
                    <span className="dimension-label">{d.label || d.id}</span>{' '}
                    {d.label && d.label !== d.id ? <code>{d.id}</code> : null}
                  </Table.Cell>
                  <Table.Cell>
                    {d.role ? (
                      <Tag data-size="sm" data-color="info">
                        {t(`imports.role.${d.role}`)}
                      </Tag>
                    ) : (
                      <span className="muted">{t('imports.role.none')}</span>
                    )}
                  </Table.Cell>
                  <Table.Cell className="numeric">{formatCount(d.size, locale)}</Table.Cell>
                  <Table.Cell>
                    <Categories dimension={d} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      </section>

      <section aria-labelledby="contents-symbols" className="stack-sm">
        <Heading level={3} data-size="sm" id="contents-symbols">
          {t('imports.contents.symbols')}
        </Heading>
        {symbols.length === 0 ? (
          <Paragraph>{t('imports.contents.noSymbols')}</Paragraph>
        ) : (
          <>
            <Paragraph className="muted">{t('imports.contents.symbolsHelp')}</Paragraph>
            <Table className="symbol-table">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('imports.contents.symbol')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">
                    {t('imports.contents.cellCount')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {symbols.map(([symbol, count]) => (
                  <Table.Row key={symbol}>
                    <Table.Cell>
                      <code>{symbol === '' ? t('imports.contents.emptySymbol') : symbol}</code>
                    </Table.Cell>
                    <Table.Cell className="numeric">{formatCount(count, locale)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </>
        )}
      </section>

      <div className="form-actions">
        <Button variant="secondary" onClick={onBack}>
          {t('imports.wizard.otherFile')}
        </Button>
        <Button onClick={onNext}>{t('imports.wizard.toMapping')}</Button>
      </div>
    </section>
  );
}
