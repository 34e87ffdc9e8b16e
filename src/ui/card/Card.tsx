// The context card: what this article says about one entity. Every piece of page text is rendered as a
// text child, never as markup.
import type { Entity, EntityType } from '../../core/types';
import { useCallback, useId, useRef } from 'preact/hooks';
import { TYPE_LABEL_KEYS, type Translate } from '../messages';
import type { Theme } from '../theme';
import { TypeIcon } from '../TypeIcon';
import { CardFooter } from './CardFooter';
import { CardSection } from './CardSection';
import { FactList } from './FactList';
import { wrapTab } from './focus-cycle';
import { MentionStepper } from './MentionStepper';
import { QuoteList } from './QuoteList';
import { RelatedChips } from './RelatedChips';
import { useEntitySwitch } from './use-entity-switch';
import { useFocusBoundary } from './use-focus-boundary';

/** A card is read in a glance; beyond this many quotes or sentences it becomes the article again. */
const MAX_QUOTES = 4;
const MAX_FACTS = 4;
const MAX_RELATED = 8;

export interface CardArticle {
  source: string | null;
  published: string | null;
  /** BCP 47 tag of the article's language, put on page text so screen readers pronounce it right. */
  language: string;
}

export interface CardProps {
  entity: Entity;
  /** Finds another entity of the same analysis (used for the related chips' type colours). */
  lookupEntity(id: string): Entity | undefined;
  article: CardArticle;
  /** 0-based index into entity.mentions of the mention the card belongs to. */
  currentMention: number;
  onStep(delta: 1 | -1): void;
  onOpenEntity(id: string): void;
  onClose(): void;
  onPointerEnter?(): void;
  onPointerLeave?(): void;
  /** Focus moved into the card from outside it. */
  onFocusEnter?(): void;
  /** Focus left the card for somewhere outside it. */
  onFocusLeave?(): void;
  t: Translate;
  theme: Theme;
  /** The reader's locale for dates (browser.i18n.getUILanguage()); the runtime default when absent. */
  locale?: string;
  /** Receives the card's root element (for positioning and moving focus into it). */
  elementRef?(element: HTMLDivElement | null): void;
  /**
   * Rendered ahead, during the hover dwell, invisible and outside the accessibility tree, so that revealing it
   * when the dwell ends is a cheap update rather than the page's first card render (tens of milliseconds).
   */
  preparing?: boolean;
}

const unique = (values: readonly string[]) => {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.trim().toLocaleLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

export function Card(props: CardProps) {
  const { entity, article, t } = props;
  const root = useRef<HTMLDivElement>(null);
  const typeId = useId();
  const rolesId = useId();

  useFocusBoundary(root, props.onFocusEnter, props.onFocusLeave);

  // A stable ref callback: a new one each render would make Preact report null and then the element again.
  const elementRef = useRef(props.elementRef);
  elementRef.current = props.elementRef;
  const setRoot = useCallback((el: HTMLDivElement | null) => {
    root.current = el;
    elementRef.current?.(el);
  }, []);

  const openEntity = useEntitySwitch(root, entity.id, props.onOpenEntity);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // The page must not also act on this Escape (close its own menus, leave fullscreen video).
      event.preventDefault();
      event.stopPropagation();
      props.onClose();
      return;
    }
    if (root.current) wrapTab(root.current, event);
  };

  const roles = unique(entity.roles);
  const aliases = unique(entity.aliases).filter((a) => a.toLocaleLowerCase() !== entity.name.toLocaleLowerCase());
  const quotes = entity.quotes.slice(0, MAX_QUOTES);
  // A sentence already shown as a quote is not repeated as a fact.
  const facts = entity.facts
    .filter((f) => !quotes.some((q) => f.start < q.end && q.start < f.end))
    .slice(0, MAX_FACTS);
  const related = entity.related.slice(0, MAX_RELATED);
  const typeOf = (id: string): EntityType => props.lookupEntity(id)?.type ?? 'other';
  const lang = article.language || undefined;

  return (
    <div
      ref={setRoot}
      class="cc-card"
      role={props.preparing ? undefined : 'dialog'}
      aria-hidden={props.preparing ? 'true' : undefined}
      data-preparing={props.preparing ? '' : undefined}
      aria-label={entity.name}
      aria-describedby={roles.length > 0 ? `${typeId} ${rolesId}` : typeId}
      tabIndex={-1}
      data-theme={props.theme}
      data-type={entity.type}
      onKeyDown={onKeyDown}
      onPointerEnter={props.onPointerEnter && (() => props.onPointerEnter?.())}
      onPointerLeave={props.onPointerLeave && (() => props.onPointerLeave?.())}
    >
      <div class="cc-card__header">
        <div class="cc-card__title">
          {/* The dialog is already named after the entity; the heading is for the eye and for navigation. */}
          <h2 class="cc-card__name" lang={lang}>{entity.name}</h2>
          <p class="cc-card__type" id={typeId}>
            <TypeIcon type={entity.type} />
            {t(TYPE_LABEL_KEYS[entity.type])}
          </p>
        </div>
        <button type="button" class="cc-button cc-card__close" aria-label={t('cardClose')} onClick={() => props.onClose()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      {roles.length > 0 && (
        <ul class="cc-card__roles" id={rolesId} lang={lang}>
          {roles.map((role) => <li key={role}>{role}</li>)}
        </ul>
      )}

      <MentionStepper count={entity.mentions.length} current={props.currentMention} onStep={props.onStep} t={t} />

      {aliases.length > 0 && (
        <CardSection title={t('cardAliases')}>
          <p class="cc-card__aliases" lang={lang}>{aliases.join(', ')}</p>
        </CardSection>
      )}

      {quotes.length > 0 && (
        <CardSection title={t('cardQuotes')}>
          <div lang={lang}><QuoteList quotes={quotes} /></div>
        </CardSection>
      )}

      {facts.length > 0 && (
        <CardSection title={t('cardFacts')}>
          <div lang={lang}>
            <FactList facts={facts} mentions={entity.mentions} names={[entity.name, ...entity.aliases]} />
          </div>
        </CardSection>
      )}

      {related.length > 0 && (
        <CardSection title={t('cardRelated')}>
          <RelatedChips related={related} typeOf={typeOf} onOpenEntity={openEntity} />
        </CardSection>
      )}

      <CardFooter source={article.source} published={article.published} locale={props.locale} t={t} />
    </div>
  );
}
