// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupAppProps } from '../../../src/ui/popup/PopupApp';
import type { PopupEntity } from '../../../src/ui/popup/types';
import { fakeT } from './card-fixture';

const ENTITIES: PopupEntity[] = [
  { id: 'brussel', name: 'Brussel', type: 'place', count: 2 },
  { id: 'pence', name: 'Mike Pence', type: 'person', count: 5 },
  { id: 'navo', name: 'NAVO', type: 'organization', count: 1 },
  { id: 'vdl', name: 'Ursula von der Leyen', type: 'person', count: 2 },
  { id: 'adams', name: 'Adams', type: 'person', count: 2 },
];

function renderPopup(overrides: Partial<PopupAppProps> = {}) {
  const props: PopupAppProps = {
    settings: { enabled: true, siteEnabled: true, hoverDelayMs: 500, types: { person: true, place: true, organization: true, other: true } },
    host: 'nos.nl',
    onChange: vi.fn(),
    entities: ENTITIES,
    scanState: 'article',
    onScan: vi.fn(),
    onEntityClick: vi.fn(),
    t: fakeT,
    ...overrides,
  };
  const result = render(<PopupApp {...props} />);
  return { ...result, props };
}

const byId = (container: Element, id: string) => container.querySelector<HTMLInputElement>(`#${id}`)!;

afterEach(cleanup);

describe('PopupApp', () => {
  it('has the global and per-site switches, labelled, as checkbox switches', () => {
    const { container } = renderPopup();
    const global = screen.getByRole('switch', { name: 'popupEnabled' });
    const site = screen.getByRole('switch', { name: 'popupSiteEnabled(nos.nl)' });
    expect(global).toBe(byId(container, 'cc-enabled'));
    expect(site).toBe(byId(container, 'cc-site-enabled'));
    expect(global.getAttribute('type')).toBe('checkbox');
    expect((global as HTMLInputElement).checked).toBe(true);
  });

  it('reports the global switch as an enabled patch', () => {
    const { container, props } = renderPopup();
    fireEvent.click(byId(container, 'cc-enabled'));
    expect(props.onChange).toHaveBeenCalledWith({ enabled: false });
  });

  it('reports the site switch as a siteEnabled patch', () => {
    const { container, props } = renderPopup({ settings: { enabled: true, siteEnabled: false, hoverDelayMs: 500, types: { person: true, place: true, organization: true, other: true } } });
    const site = byId(container, 'cc-site-enabled');
    expect(site.checked).toBe(false);
    fireEvent.click(site);
    expect(props.onChange).toHaveBeenCalledWith({ siteEnabled: true });
  });

  it('disables the site switch where there is no site', () => {
    const { container } = renderPopup({ host: null, scanState: 'unsupported', entities: null });
    const site = byId(container, 'cc-site-enabled');
    expect(site.disabled).toBe(true);
    expect(site.checked).toBe(false);
    expect(screen.getByRole('switch', { name: 'popupSiteUnavailable' })).toBe(site);
    expect(screen.getByText('popupUnsupported')).toBeTruthy();
  });

  it('sends the whole types object with one type flipped', () => {
    const { container, props } = renderPopup();
    fireEvent.click(byId(container, 'cc-type-place'));
    expect(props.onChange).toHaveBeenCalledWith({ types: { person: true, place: false, organization: true, other: true } });
  });

  it('shows the hover delay and saves it when the slider is released', () => {
    const { container, props } = renderPopup({ settings: { enabled: true, siteEnabled: true, hoverDelayMs: 700, types: { person: true, place: true, organization: true, other: true } } });
    const slider = byId(container, 'cc-hover-delay');
    expect(slider.min).toBe('200');
    expect(slider.max).toBe('1500');
    expect(slider.value).toBe('700');
    expect(container.querySelector('output')!.textContent).toBe('popupDelayValue(700)');
    slider.value = '1000';
    fireEvent.input(slider);
    expect(container.querySelector('output')!.textContent).toBe('popupDelayValue(1000)');
    expect(props.onChange).not.toHaveBeenCalled();
    fireEvent.change(slider);
    expect(props.onChange).toHaveBeenCalledWith({ hoverDelayMs: 1000 });
  });

  it('lists entities grouped by type in a fixed order, most mentioned first, with counts', () => {
    const { container } = renderPopup();
    const groups = [...container.querySelectorAll('.cc-entities__group')].map((g) => ({
      heading: g.querySelector('h3')!.textContent,
      names: [...g.querySelectorAll('.cc-entity__name')].map((n) => n.textContent),
      counts: [...g.querySelectorAll('.cc-entity__count')].map((n) => n.textContent),
    }));
    expect(groups).toEqual([
      { heading: 'typePersonPlural', names: ['Mike Pence', 'Adams', 'Ursula von der Leyen'], counts: ['5', '2', '2'] },
      { heading: 'typePlacePlural', names: ['Brussel'], counts: ['2'] },
      { heading: 'typeOrganizationPlural', names: ['NAVO'], counts: ['1'] },
    ]);
    expect(screen.getByRole('button', { name: /NAVO/ }).textContent).toContain('cardMentionsOne');
  });

  it('calls onEntityClick with the entity id', () => {
    const { props } = renderPopup();
    fireEvent.click(screen.getByRole('button', { name: /Ursula von der Leyen/ }));
    expect(props.onEntityClick).toHaveBeenCalledWith('vdl');
  });

  it('hides the types the reader filtered out', () => {
    const { container } = renderPopup({ settings: { enabled: true, siteEnabled: true, hoverDelayMs: 500, types: { person: false, place: true, organization: true, other: true } } });
    expect([...container.querySelectorAll('.cc-entity__name')].map((n) => n.textContent)).toEqual(['Brussel', 'NAVO']);
  });

  it('offers "Scan this page" only when the page is not an article', () => {
    for (const scanState of ['article', 'unsupported', 'off', 'scanning'] as const) {
      const { unmount } = renderPopup({ scanState, entities: scanState === 'article' ? ENTITIES : null });
      expect(screen.queryByRole('button', { name: 'popupScan' }), scanState).toBeNull();
      unmount();
    }
    const { props, container } = renderPopup({ scanState: 'not-article', entities: null });
    expect(screen.getByText('popupNotArticle')).toBeTruthy();
    expect(container.querySelector('.cc-entities')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'popupScan' }));
    expect(props.onScan).toHaveBeenCalledTimes(1);
  });

  it('says what it knows when there is no list', () => {
    renderPopup({ scanState: 'article', entities: [] });
    expect(screen.getByText('popupNoEntities')).toBeTruthy();
    cleanup();
    renderPopup({ scanState: 'article', entities: null });
    expect(screen.getByText('popupScanning').getAttribute('role')).toBe('status');
    cleanup();
    renderPopup({ scanState: 'off', entities: null });
    expect(screen.getByText('popupOff')).toBeTruthy();
  });

  it('renders entity names as text', () => {
    const { container } = renderPopup({ entities: [{ id: 'x', name: '<img src=x onerror=alert(1)>', type: 'other', count: 1 }] });
    expect(container.querySelector('img')).toBeNull();
    expect(within(container.querySelector('.cc-entities')!).getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
