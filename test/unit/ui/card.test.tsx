// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../../src/core/types';
import { Card, type CardProps } from '../../../src/ui/card/Card';
import { fakeT, navo, pence, vonDerLeyen } from './card-fixture';

const index = new Map([pence, vonDerLeyen, navo].map((e) => [e.id, e]));

function renderCard(overrides: Partial<CardProps> = {}) {
  const props: CardProps = {
    entity: pence,
    lookupEntity: (id) => index.get(id),
    article: { source: 'nos.nl', published: '2024-03-12', language: 'nl' },
    currentMention: 1,
    onStep: vi.fn(),
    onOpenEntity: vi.fn(),
    onClose: vi.fn(),
    t: fakeT,
    theme: 'light',
    locale: 'nl-NL',
    ...overrides,
  };
  const result = render(<Card {...props} />);
  return { ...result, props, dialog: screen.getByRole('dialog') };
}

afterEach(cleanup);

describe('Card', () => {
  it('is a dialog named after the entity, focusable by script, and described by its type and roles', () => {
    const { dialog } = renderCard();
    expect(dialog.getAttribute('aria-label')).toBe('Mike Pence');
    expect(dialog.tabIndex).toBe(-1);
    const described = dialog.getAttribute('aria-describedby')!.split(' ')
      .map((id) => dialog.querySelector(`[id="${id}"]`)?.textContent);
    expect(described).toEqual(['typePerson', 'Amerikaanse vicepresident']);
    expect(dialog.dataset.theme).toBe('light');
    expect(dialog.dataset.type).toBe('person');
  });

  it('shows reported speech, the writer\'s words, without quotation marks', () => {
    const { dialog } = renderCard({ entity: { ...pence, quotes: [{ ...pence.quotes[0]!, text: 'de NAVO blijft', reported: true }] } });
    expect(dialog.querySelector('blockquote')).toBeNull();
    expect(dialog.querySelector('.cc-quote__reported')!.textContent).toBe('de NAVO blijft');
    expect(dialog.querySelector('figcaption')!.textContent).toBe('zei Pence');
  });

  it('shows name, type, roles, other names, quotes with attribution and the informative sentences', () => {
    const { dialog } = renderCard();
    const text = dialog.textContent!;
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe('Mike Pence');
    expect(text).toContain('typePerson');
    expect(text).toContain('Amerikaanse vicepresident');
    expect(within(dialog).getByText('cardAliases')).toBeTruthy();
    // The name itself is not repeated among the other names.
    expect(dialog.querySelector('.cc-card__aliases')!.textContent).toBe('Pence');
    const quote = dialog.querySelector('blockquote')!;
    expect(quote.textContent).toBe('“We staan achter Europa,”');

    expect(dialog.querySelector('figcaption')!.textContent).toBe('zei Pence');
    const facts = [...dialog.querySelectorAll('.cc-fact')].map((f) => f.textContent);
    // The quote's sentence is shown as a quote, not again as a fact.
    expect(facts).toEqual([
      'De Amerikaanse vicepresident Mike Pence bezocht dinsdag Brussel.',
      'Pence sprak met Ursula von der Leyen over de NAVO.',
    ]);
    expect(text).toContain('cardMentionsMany(3)');
  });

  it('emphasises the entity’s own mentions inside each fact, and nothing else', () => {
    const { dialog } = renderCard();
    const marks = [...dialog.querySelectorAll('.cc-fact')].map((f) => [...f.querySelectorAll('mark')].map((m) => m.textContent));
    expect(marks).toEqual([['Mike Pence'], ['Pence']]);
  });

  it('puts the article language on page text', () => {
    const { dialog } = renderCard();
    expect(dialog.querySelector('.cc-card__name')!.getAttribute('lang')).toBe('nl');
    expect(dialog.querySelector('.cc-facts')!.closest('[lang]')!.getAttribute('lang')).toBe('nl');
  });

  it('renders hostile page text as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const entity: Entity = {
      ...pence,
      name: hostile,
      aliases: [`<b>${hostile}</b>`],
      roles: [`<script>alert(2)</script>`],
      quotes: [{ ...pence.quotes[0]!, text: hostile, attribution: '<svg onload=alert(3)>' }],
      facts: [{ text: `Zie ${hostile} hier.`, sentence: '', start: 0, end: 0 }],
      related: [{ id: 'x', name: '<iframe src=javascript:alert(4)>', count: 2 }],
    };
    const { dialog } = renderCard({ entity });
    expect(dialog.querySelector('img, script, svg:not(.cc-icon), iframe, b')).toBeNull();
    expect(dialog.getAttribute('aria-label')).toBe(hostile);
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe(hostile);
    expect(dialog.textContent).toContain(`“${hostile}”`);
    expect(dialog.textContent).toContain('<script>alert(2)</script>');
    expect(dialog.textContent).toContain('<iframe src=javascript:alert(4)>');
    // The fact's offsets do not fit its text, so the name is found in the text and still only marked as text.
    expect(dialog.querySelector('.cc-fact mark')!.textContent).toBe(hostile);
  });

  it('steps between mentions with labelled previous/next buttons and shows the position', () => {
    const { dialog, props } = renderCard({ currentMention: 1 });
    expect(dialog.querySelector('.cc-mentions__position [aria-hidden]')!.textContent).toBe('2 / 3');
    expect(within(dialog).getByRole('status').textContent).toContain('cardMentionPosition(2,3)');
    fireEvent.click(within(dialog).getByRole('button', { name: 'cardNextMention' }));
    expect(props.onStep).toHaveBeenLastCalledWith(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'cardPreviousMention' }));
    expect(props.onStep).toHaveBeenLastCalledWith(-1);
    expect(props.onStep).toHaveBeenCalledTimes(2);
  });

  it('offers no stepping for an entity mentioned once', () => {
    const { dialog } = renderCard({ entity: { ...pence, mentions: pence.mentions.slice(0, 1) }, currentMention: 0 });
    expect(within(dialog).queryByRole('button', { name: 'cardNextMention' })).toBeNull();
    expect(dialog.textContent).toContain('cardMentionsOne');
  });

  it('shows related entities as chips in their type colour that open their cards', () => {
    const { dialog, props } = renderCard();
    const chip = within(dialog).getByRole('button', { name: /NAVO/ });
    expect(chip.dataset.type).toBe('organization');
    expect(within(dialog).getByRole('button', { name: /Ursula von der Leyen/ }).dataset.type).toBe('person');
    fireEvent.click(chip);
    expect(props.onOpenEntity).toHaveBeenCalledWith('navo');
  });

  it('keeps keyboard focus in the card and starts at the top when a related entity replaces it', () => {
    const { dialog, props, rerender } = renderCard();
    const chip = within(dialog).getByRole('button', { name: /NAVO/ });
    chip.focus();
    dialog.scrollTop = 40;
    fireEvent.click(chip);
    rerender(<Card {...props} entity={navo} currentMention={0} />);
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(dialog.getAttribute('aria-label')).toBe('NAVO');
    expect(document.activeElement).toBe(dialog);
    expect(dialog.scrollTop).toBe(0);
  });

  it('leaves focus alone when the entity changes by hover', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const { props, rerender } = renderCard();
    rerender(<Card {...props} entity={navo} currentMention={0} />);
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('closes on Escape without letting the page see the key, and from the close button', () => {
    const { dialog, props } = renderCard();
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'cardNextMention' }), { key: 'Escape' });
    document.removeEventListener('keydown', pageListener);
    expect(props.onClose).toHaveBeenCalledTimes(1);
    expect(pageListener).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'cardClose' }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('wraps Tab from the last control to the first and Shift+Tab back', () => {
    const { dialog } = renderCard();
    const buttons = within(dialog).getAllByRole('button');
    const first = buttons[0]!;
    const last = buttons[buttons.length - 1]!;
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('reports focus entering and leaving the card, not moves inside it', () => {
    const onFocusEnter = vi.fn();
    const onFocusLeave = vi.fn();
    const outside = document.createElement('button');
    document.body.append(outside);
    const { dialog } = renderCard({ onFocusEnter, onFocusLeave });
    const [first, second] = within(dialog).getAllByRole('button');
    outside.focus();
    first!.focus();
    second!.focus();
    outside.focus();
    expect(onFocusEnter).toHaveBeenCalledTimes(1);
    expect(onFocusLeave).toHaveBeenCalledTimes(1);
    outside.remove();
  });

  it('passes pointer enter and leave through for the hover intent', () => {
    const onPointerEnter = vi.fn();
    const onPointerLeave = vi.fn();
    const { dialog } = renderCard({ onPointerEnter, onPointerLeave });
    fireEvent.pointerEnter(dialog);
    fireEvent.pointerLeave(dialog);
    expect(onPointerEnter).toHaveBeenCalledTimes(1);
    expect(onPointerLeave).toHaveBeenCalledTimes(1);
  });

  it('names source and date (in the reader’s locale) in the footer', () => {
    const { dialog } = renderCard();
    const footer = dialog.querySelector('footer')!;
    expect(footer.textContent).toContain('nos.nl');
    expect(footer.textContent).toContain('cardBasis');
    const time = footer.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2024-03-12');
    expect(time.textContent).toMatch(/12 mrt\.? 2024/);
  });

  it('leaves out blocks the article says nothing about', () => {
    const bare: Entity = { ...navo, mentions: pence.mentions.slice(0, 1) };
    const { dialog } = renderCard({ entity: bare, article: { source: null, published: null, language: 'nl' } });
    expect(within(dialog).queryAllByRole('heading', { level: 3 })).toEqual([]);
    expect(dialog.querySelector('.cc-card__roles, time')).toBeNull();
    expect(dialog.getAttribute('aria-describedby')!.split(' ')).toHaveLength(1);
  });
});

describe('Card prepared during the dwell', () => {
  it('is no dialog and hidden from assistive technology until revealed, then the same element becomes the dialog', () => {
    const props: CardProps = {
      entity: pence, lookupEntity: (id) => index.get(id), article: { source: null, published: null, language: 'nl' },
      currentMention: 0, onStep: vi.fn(), onOpenEntity: vi.fn(), onClose: vi.fn(), t: fakeT, theme: 'light',
    };
    const { container, rerender } = render(<Card {...props} preparing />);
    const root = container.querySelector('.cc-card')!;
    expect(root.getAttribute('role')).toBeNull();
    expect(root.getAttribute('aria-hidden')).toBe('true');
    expect(root.hasAttribute('data-preparing')).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    rerender(<Card {...props} />);
    const dialog = screen.getByRole('dialog', { name: pence.name });
    expect(dialog).toBe(root);
    expect(dialog.getAttribute('aria-hidden')).toBeNull();
    expect(dialog.hasAttribute('data-preparing')).toBe(false);
  });
});
