// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { effectiveBackground } from '../../../src/ui/page-background';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

describe('effectiveBackground', () => {
  it('finds the nearest ancestor that paints a background', () => {
    document.body.style.backgroundColor = 'rgb(20, 20, 20)';
    document.body.innerHTML = '<article style="background-color: rgba(0, 0, 0, 0)"><p><span id="m">Pence</span></p></article>';
    expect(effectiveBackground(document.getElementById('m')!)).toBe('rgb(20, 20, 20)');
  });

  it('prefers a closer coloured block over the body', () => {
    document.body.style.backgroundColor = 'rgb(20, 20, 20)';
    document.body.innerHTML = '<aside style="background-color: rgb(250, 250, 250)"><span id="m">Pence</span></aside>';
    expect(effectiveBackground(document.getElementById('m')!)).toBe('rgb(250, 250, 250)');
  });

  it('says transparent when nothing paints one', () => {
    document.body.innerHTML = '<p><span id="m">Pence</span></p>';
    expect(effectiveBackground(document.getElementById('m')!)).toBe('transparent');
  });
});
